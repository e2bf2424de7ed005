"""NPAG (National Physiotherapy Advisory Group; CAPR / CCPUP / PEAC / CPA) - Competency Profile for
Physiotherapists in Canada (2017), excerpt: p.7 (definitions, statement of proficiency) and pp.11-12
(Domain 2 Communication, Domain 3 Collaboration). python-docx -> LibreOffice PDF, US Letter."""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.shared import Pt, Inches, RGBColor

import bilib as L

STEM = "npag-competency-profile-physiotherapists"
NAVY = RGBColor(0x1F, 0x3A, 0x5F)
LEVEL = "Entry-to-Practice Milestones"

DOMAINS = [
    ("Domain 2", "Communication",
     "Physiotherapists communicate effectively to build and maintain relationships with clients, families, "
     "care providers and other stakeholders, and to support safe and effective client services.",
     [("2.1", "Use effective verbal and non-verbal communication.", [
         "Express ideas and information clearly, using plain language and avoiding professional jargon.",
         "Listen actively and respond to the concerns and questions raised by the client.",
         "Recognize how own non-verbal behaviour, and that of others, influences an interaction.",
         "Adapt the communication approach to the client\u2019s age, culture, language and health literacy."]),
      ("2.2", "Use effective written communication.", [
         "Produce documentation that is accurate, legible, timely and complete.",
         "Meet legislative, regulatory and organizational requirements for record keeping.",
         "Prepare reports and correspondence suited to the needs of the intended reader."]),
      ("2.3", "Use communication tools and technologies effectively.", [
         "Select communication tools that suit the purpose of the exchange and the audience.",
         "Protect the privacy and security of client information when communicating electronically.",
         "Use virtual care platforms in keeping with regulatory guidance and client consent."])]),
    ("Domain 3", "Collaboration",
     "Physiotherapists work collaboratively with clients, families and other care providers to achieve "
     "client-centred, integrated services.",
     [("3.1", "Promote an integrated approach to client services.", [
         "Describe the roles and scopes of practice of other health and social care providers.",
         "Involve the client and other providers in shared decision-making about services.",
         "Consult with or refer to other providers when client needs fall outside the scope of "
         "physiotherapy practice."]),
      ("3.2", "Facilitate collaborative relationships.", [
         "Develop respectful working relationships with clients, families and team members.",
         "Contribute physiotherapy knowledge and perspective to team discussions and care plans.",
         "Address misunderstandings and disagreements in a constructive and timely manner."]),
      ("3.3", "Contribute to effective teamwork.", [
         "Participate in setting team goals and in evaluating how well the team is functioning.",
         "Share information with team members in a timely way to support continuity of care.",
         "Carry out agreed responsibilities within the team and follow through on commitments.",
         "Respect the expertise and contributions of all team members."])]),
]


def p_(doc_or_cell, text="", size=10, bold=False, color=None, after=6, italic=False):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic
        if color is not None:
            r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(after)
    return p


def footer(section, start):
    L.page_start(section, start)
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    L.right_tab(fp, 7.0)
    r = fp.add_run("Competency Profile for Physiotherapists in Canada\t")
    r.font.size = Pt(8)
    r.font.color.rgb = NAVY
    L.add_field(fp, "PAGE", str(start))
    for run in fp.runs[1:]:
        run.font.size = Pt(8)


def domain_title(doc, code, name, cont=False):
    p = doc.add_paragraph()
    r = p.add_run(f"{code}  ")
    r.font.size = Pt(11)
    r.bold = True
    r.font.color.rgb = RGBColor(0x6A, 0x8E, 0xB5)
    r = p.add_run(name + (" (Continued)" if cont else ""))
    r.font.size = Pt(18)
    r.bold = True
    r.font.color.rgb = NAVY
    p.paragraph_format.space_after = Pt(6)
    p.paragraph_format.keep_with_next = True


def description_box(doc, text):
    t = doc.add_table(rows=1, cols=1)
    L.no_borders(t)
    L.cell_margins(t, 100, 100, 140, 140)
    c = t.rows[0].cells[0]
    L.shade(c, "E6EDF5")
    c.text = ""
    r = c.paragraphs[0].add_run(text)
    r.italic = True
    r.font.size = Pt(10)
    L.fix_widths(t, [7.0])
    p_(doc, "", after=2)


def comp_table(doc, rows):
    t = doc.add_table(rows=1, cols=2)
    L.table_borders(t, color="8FA9C7", sz=6)
    L.cell_margins(t, 50, 50, 110, 110)
    hdr = t.rows[0]
    L.row_flags(hdr, cant_split=True, header=True)
    for cell, text in zip(hdr.cells, ["Essential Competencies", LEVEL]):
        L.shade(cell, "1F3A5F")
        cell.text = ""
        r = cell.paragraphs[0].add_run(text)
        r.bold = True
        r.font.size = Pt(10.5)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for num, name, milestones in rows:
        row = t.add_row()
        L.row_flags(row, cant_split=True)
        left, right = row.cells
        left.text = ""
        lp = left.paragraphs[0]
        r = lp.add_run(num + "  ")
        r.bold = True
        r.font.color.rgb = NAVY
        r = lp.add_run(name)
        r.bold = True
        right.text = ""
        first = True
        for i, m in enumerate(milestones, 1):
            mp = right.paragraphs[0] if first else right.add_paragraph()
            first = False
            mp.paragraph_format.left_indent = Inches(0.5)
            mp.paragraph_format.first_line_indent = Inches(-0.5)
            mp.paragraph_format.tab_stops.add_tab_stop(Inches(0.5))
            mp.paragraph_format.space_after = Pt(3)
            r = mp.add_run(f"{num}.{i}\t")
            r.font.color.rgb = NAVY
            mp.add_run(m)
    L.fix_widths(t, [2.5, 4.5])
    return t


def build():
    doc = Document()
    L.clear_core_props(doc, "Competency Profile for Physiotherapists in Canada")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.75)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    footer(sec, 7)

    # ------------------------------------------------------------ p.7
    p_(doc, "Definitions of Key Terms", size=16, bold=True, color=NAVY, after=8)
    terms = [
        ("Client", "The individual, family, group, community or organization receiving physiotherapy "
                   "services."),
        ("Domain", "A broad area of physiotherapy practice. The profile is organized into seven domains."),
        ("Essential Competency", "The knowledge, skills and attitudes that physiotherapists need across "
                                 "their careers, described at a level that applies to every practice "
                                 "setting."),
        ("Entry-to-Practice Milestone", "The expected performance of a physiotherapist for an essential "
                                        "competency at the point of entry into practice."),
    ]
    for term, definition in terms:
        p = doc.add_paragraph()
        r = p.add_run(term + ": ")
        r.bold = True
        r.font.color.rgb = NAVY
        p.add_run(definition)
        p.paragraph_format.space_after = Pt(6)
    p_(doc, "", after=6)
    p_(doc, "Statement of Entry-to-Practice Proficiency", size=16, bold=True, color=NAVY, after=8)
    p_(doc, "Entry-to-practice physiotherapists are able to practise safely, effectively and ethically "
            "across the breadth of the profession, with clients of all ages and in a range of settings. "
            "They are expected to recognize the limits of their own competence, to seek support when they "
            "need it, and to continue developing their competence throughout their careers.")
    p_(doc, "The milestones that follow each essential competency describe what a physiotherapist can be "
            "expected to demonstrate at entry to practice. They do not describe the performance of an "
            "experienced practitioner.")

    # ------------------------------------------------------------ pp.11-12 (new section, new numbering)
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    footer(sec2, 11)
    code, name, desc, rows = DOMAINS[0]
    domain_title(doc, code, name)
    description_box(doc, desc)
    comp_table(doc, rows)
    p_(doc, "", after=0)
    code, name, desc, rows = DOMAINS[1]
    domain_title(doc, code, name)
    description_box(doc, desc)
    comp_table(doc, rows[:1])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    domain_title(doc, code, name, cont=True)
    comp_table(doc, rows[1:])

    out_docx = L.BI / "build" / f"{STEM}.docx"
    doc.save(out_docx)
    pdf = L.DOCS / f"{STEM}.pdf"
    L.docx_to_pdf(out_docx, pdf)
    out_docx.unlink()
    return pdf


def gold(pdf):
    comps = []
    for _code, _dname, _desc, rows in DOMAINS:
        for num, name, milestones in rows:
            comps.append(L.competency(STEM, name, None, levels=[
                L.level(1, LEVEL, [L.item(STEM, m) for m in milestones])]))
    L.write_gold(pdf, "pdf", "Competency Profile for Physiotherapists in Canada", comps)


if __name__ == "__main__":
    gold(build())
