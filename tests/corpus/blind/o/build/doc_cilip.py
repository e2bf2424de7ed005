"""cilip-pksb-self-assessment.pdf: CILIP (Chartered Institute of Library and Information Professionals),
Professional Knowledge and Skills Base (PKSB), self-assessment form.

python-docx, landscape -> LibreOffice -> PDF.  A 0-4 rating-scale key, then numbered sections in capitals
("1. ORGANISING KNOWLEDGE AND INFORMATION") with a description and a cross-reference sentence to other
sections, each followed by a five-column table: Knowledge/Skills Area (1.1 ...) | Description |
Current rating (0-4 tick boxes) | Target rating (0-4 tick boxes) | Evidence / development activities."""
import shutil
import tempfile
from pathlib import Path

import docx
from docx.shared import Inches, Pt, RGBColor

import common as C
import lib as L

STEM = "cilip-pksb-self-assessment"
TITLE = "Professional Knowledge and Skills Base (PKSB)"

SCALE = [
    ("0", "No knowledge or skill in this area"),
    ("1", "Basic understanding: aware of the area and its main concepts"),
    ("2", "Developing: applies the knowledge and skills with some guidance"),
    ("3", "Competent: applies the knowledge and skills independently and can advise colleagues"),
    ("4", "Expert: recognised for expertise; leads, develops or teaches others in this area"),
]

SECTIONS = [
    (1, "ORGANISING KNOWLEDGE AND INFORMATION",
     "Organising all types of knowledge, information and other resources, including developing and using "
     "tools, strategies and protocols, so that these resources can be arranged, searched and retrieved "
     "effectively.",
     "This section will often be consulted together with USING AND EXPLOITING KNOWLEDGE AND INFORMATION (3) "
     "and RECORDS MANAGEMENT AND ARCHIVING (6).",
     ["USING AND EXPLOITING KNOWLEDGE AND INFORMATION", "RECORDS MANAGEMENT AND ARCHIVING"],
     [("Information and knowledge resources",
       "Being able to distinguish the forms in which knowledge and information occur in organisations, "
       "including tacit, explicit and implicit knowledge, and what this means for how they can be organised "
       "for access and discovery."),
      ("Cataloguing and metadata",
       "Being able to create, manage and apply metadata that describes resources consistently, using "
       "recognised standards and schemas so that resources can be found and shared."),
      ("Classification, taxonomies and thesauri",
       "Being able to design, apply and maintain classification schemes, taxonomies and controlled "
       "vocabularies that group related resources and support retrieval."),
      ("Indexing and abstracting",
       "Being able to produce, or specify and procure tools that produce, concise representations of the "
       "content of resources, such as indexes, abstracts and summaries.")]),
    (6, "RECORDS MANAGEMENT AND ARCHIVING",
     "Managing records and archives throughout their life, from creation to disposal or permanent "
     "preservation, so that the evidence of an organisation\u2019s activities stays authentic, reliable and "
     "accessible.",
     "This section will often be consulted together with INFORMATION GOVERNANCE AND COMPLIANCE (5) and "
     "ORGANISING KNOWLEDGE AND INFORMATION (1).",
     ["INFORMATION GOVERNANCE AND COMPLIANCE", "ORGANISING KNOWLEDGE AND INFORMATION"],
     [("Records management principles",
       "Being able to apply the principles and standards of records management to the creation, capture and "
       "control of records in any format."),
      ("Retention and disposal",
       "Being able to develop and apply retention schedules and disposal procedures that meet legal, "
       "regulatory and business requirements."),
      ("Archival appraisal and selection",
       "Being able to judge which records have lasting value and to select them for permanent preservation."),
      ("Digital preservation",
       "Being able to plan and carry out actions that keep digital records and archives usable, authentic "
       "and accessible over time.")]),
]

MAGENTA = "A3195B"
BOXES = "\u2610 0  \u2610 1  \u2610 2  \u2610 3  \u2610 4"


def build():
    d = docx.Document()
    L.set_font(d, "Arial", 9, after=2)
    L.style_font(d, "Title", "Arial", 18, True, MAGENTA)
    L.style_font(d, "Heading 1", "Arial", 12, True, "FFFFFF")
    L.style_font(d, "Heading 2", "Arial", 11.5, True, MAGENTA)
    C.clear_core_props(d, TITLE)
    sec = d.sections[0]
    L.landscape(sec, 11.69, 8.27)
    sec.left_margin = sec.right_margin = Inches(0.6)
    sec.top_margin = Inches(0.7)
    sec.bottom_margin = Inches(0.6)
    hp = sec.header.paragraphs[0]
    L.right_tab(hp, Inches(10.4))
    hr = hp.add_run("CILIP")
    hr.bold = True
    hr.font.color.rgb = RGBColor.from_string(MAGENTA)
    hp.add_run("  the library and information association\tPKSB self-assessment").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, Inches(10.4))
    fp.add_run("The PKSB is CILIP\u2019s intellectual property, please do not distribute or copy  \u00a9 CILIP 2021\tPage ")
    C.add_field(fp, "PAGE")
    for run in fp.runs:
        run.font.size = Pt(7.5)

    d.add_paragraph("Professional Knowledge and Skills Base (PKSB)", style="Title")
    sub = d.add_paragraph()
    sub.add_run("Self-assessment").bold = True
    d.add_paragraph("Name: ______________________________    Date: ______________    Current role: ______________________________")
    d.add_paragraph(
        "Rate yourself from 0 to 4 for each knowledge/skills area you wish to assess. Tick your current rating "
        "and the rating you aim to reach, and note the evidence or development activities that support them. "
        "You do not need to complete every area: choose those relevant to your role and career plans.")
    kt = d.add_table(rows=1 + len(SCALE), cols=2)
    L.grid_borders(kt, "C9C9C9", 4)
    C.fix_widths(kt, [0.9, 6.0])
    kt.rows[0].cells[0].paragraphs[0].add_run("Rating").bold = True
    kt.rows[0].cells[1].paragraphs[0].add_run("What the rating means").bold = True
    for row, (n, txt) in zip(kt.rows[1:], SCALE):
        row.cells[0].paragraphs[0].add_run(n).bold = True
        row.cells[1].paragraphs[0].add_run(txt)
    d.add_paragraph()
    band = d.add_paragraph("Professional Expertise", style="Heading 1")
    band.paragraph_format.space_before = Pt(6)
    band_pPr = band._p.get_or_add_pPr()
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    band_pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{MAGENTA}"/>'))

    for n, name, desc, xref, _rel, areas in SECTIONS:
        h = d.add_paragraph(f"{n}. {name}", style="Heading 2")
        L.keep_next(h)
        dp = d.add_paragraph(desc)
        L.keep_next(dp)
        xp = d.add_paragraph()
        xp.add_run(xref).italic = True
        L.keep_next(xp)
        t = d.add_table(rows=1 + len(areas), cols=5)
        L.grid_borders(t, "A0A0A0", 4)
        L.cell_margins(t, 50, 50, 80, 80)
        C.fix_widths(t, [2.0, 3.8, 1.55, 1.55, 1.5])
        for cell, lab in zip(t.rows[0].cells, ("Knowledge/Skills Area", "Description", "Current rating (0\u20134)",
                                                "Target rating (0\u20134)", "Evidence / development activities")):
            C.shade(cell, "F3D9E4")
            cell.paragraphs[0].add_run(lab).bold = True
        C.mark_header_row(t.rows[0])
        for k, (row, (aname, adesc)) in enumerate(zip(t.rows[1:], areas), 1):
            C.row_flags(row)
            row.cells[0].paragraphs[0].add_run(f"{n}.{k} ").bold = True
            row.cells[0].paragraphs[0].add_run(aname).bold = True
            row.cells[1].paragraphs[0].add_run(adesc)
            row.cells[2].paragraphs[0].add_run(BOXES).font.name = "DejaVu Sans"
            row.cells[3].paragraphs[0].add_run(BOXES).font.name = "DejaVu Sans"
            for c in row.cells[2:4]:
                for r in c.paragraphs[0].runs:
                    r.font.size = Pt(7.5)
        d.add_paragraph()
    tmp = Path(tempfile.mkdtemp(prefix="o-cilip-"))
    dx = tmp / f"{STEM}.docx"
    d.save(dx)
    pdf = L.to_pdf(dx, tmp)
    out = L.DOCS / f"{STEM}.pdf"
    shutil.copy(pdf, out)
    shutil.rmtree(tmp, ignore_errors=True)
    return out


def gold():
    comps = []
    for _n, name, desc, _xref, rel, areas in SECTIONS:
        comps.append(L.comp(STEM, name, desc, related=rel))
        for aname, adesc in areas:
            comps.append(L.comp(STEM, aname, adesc))
    return L.write_gold(L.DOCS / f"{STEM}.pdf", "pdf", TITLE, comps)


if __name__ == "__main__":
    print(build())
    print(gold())
