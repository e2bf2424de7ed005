"""Irish Prison Service / Public Appointments Service - Recruit Prison Officer information booklet,
Appendix 2 "Recruit Prison Officer Competencies" (python-docx -> LibreOffice -> PDF)."""
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
import belib as B

STEM = "ips-recruit-prison-officer-competencies"
DOC = B.DOCS / f"{STEM}.pdf"
TITLE = "Recruit Prison Officer Competencies"

INTRO = [
    "The competencies set out below are those required to perform effectively as a Recruit Prison Officer. "
    "Candidates will be assessed against these competencies at interview and should think about examples from "
    "their work, education or personal life that show each of them.",
    "Each competency is shown with a short description and the behaviours expected of an effective Recruit "
    "Prison Officer.",
]

APP1_INTRO = ("Vacancies arising from this campaign will be filled in the Dublin area. The prisons and places of "
              "detention concerned are:")
PRISONS = [
    ("Mountjoy Prison", "a closed, medium security prison for adult males, the main committal prison for Dublin"),
    ("D\u00f3chas Centre", "a closed, medium security prison for female offenders"),
    ("Cloverhill Prison", "a closed, medium security prison for remand prisoners"),
    ("Wheatfield Place of Detention", "a closed, medium to high security place of detention for adult males"),
    ("Training Unit", "a semi-open, low security facility focused on work training and resettlement"),
]
APP1_CLOSE = ("Successful candidates may, after training, be assigned to any of the above locations in line with "
              "the needs of the Service.")

COMPS = [
    ("Relating to Others",
     "Deals with people from all walks of life in a fair, respectful and even-handed way.",
     ["Treats everyone with dignity and respect, regardless of their background or circumstances",
      "Listens carefully and takes time to understand the other person\u2019s point of view",
      "Adapts the way they communicate to the person and the situation",
      "Shows empathy while keeping appropriate professional boundaries",
      "Builds rapport quickly and is approachable"]),
    ("Teamwork",
     "Works cooperatively with colleagues and supports the team in achieving shared goals.",
     ["Plays an active part in the team and shares the workload willingly",
      "Offers help to colleagues, particularly when they are under pressure",
      "Shares information and experience openly with the team",
      "Respects the contribution of others and values differences within the team",
      "Puts the needs of the team ahead of personal preferences when required"]),
    ("Resilience & Composure",
     "Stays calm and effective when faced with pressure, conflict or setbacks.",
     ["Remains composed in tense or confrontational situations",
      "Thinks clearly and acts appropriately when under pressure",
      "Does not take criticism or hostility personally",
      "Recovers quickly from difficult events and learns from them",
      "Recognises the signs of stress in self and others and takes appropriate action"]),
    ("Judgement & Problem Solving",
     "Assesses situations quickly and takes sound, timely and proportionate decisions.",
     ["Gathers the relevant facts before acting, where time allows",
      "Identifies risks to safety and security and responds to them promptly",
      "Follows rules and procedures, while recognising when a situation needs to be referred on",
      "Takes responsibility for decisions and can explain the reasons for them"]),
    ("Integrity & Commitment to the Role",
     "Acts honestly and ethically and shows a genuine commitment to the values of the Irish Prison Service.",
     ["Is honest and trustworthy in all dealings",
      "Respects confidentiality and handles information appropriately",
      "Challenges inappropriate behaviour by colleagues or prisoners",
      "Understands the importance of the role in supporting the rehabilitation of prisoners",
      "Acts as a positive role model for prisoners"]),
]


def set_cell_margins(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblCellMar {nsdecls("w")}><w:top w:w="80" w:type="dxa"/><w:left w:w="110" w:type="dxa"/>'
        f'<w:bottom w:w="80" w:type="dxa"/><w:right w:w="110" w:type="dxa"/></w:tblCellMar>'))


def build_docx(path):
    d = Document()
    B.clear_core_props(d, "Recruit Prison Officer in the Irish Prison Service 2018")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    # pages of the booklet start at 17 in this excerpt
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="16"/>'))
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Recruit Prison Officer in the Irish Prison Service 2018")
    r.italic = True
    r.font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("- ")
    B.add_field(fp, "PAGE", "16")
    fp.add_run(" -")

    p = d.add_paragraph()
    r = p.add_run("Appendix 1")
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    r = p.add_run("Information regarding Prison Estate")
    r.bold = True
    r.font.size = Pt(12)
    d.add_paragraph(APP1_INTRO)
    pb = B.add_numbering(d, B.bullet_lvl("\u2022", left=568, hanging=284), "0BE1A002")
    for name, txt in PRISONS:
        p = d.add_paragraph()
        rr = p.add_run(name)
        rr.bold = True
        p.add_run(" \u2013 " + txt)
        B.set_num(p, pb)
        p.paragraph_format.space_after = Pt(3)
    d.add_paragraph(APP1_CLOSE).paragraph_format.space_before = Pt(6)
    d.add_paragraph()
    p = d.add_paragraph()
    r = p.add_run("Appendix 2")
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    r = p.add_run("Recruit Prison Officer Competencies")
    r.bold = True
    r.font.size = Pt(12)
    for t in INTRO:
        p = d.add_paragraph(t)
        p.paragraph_format.space_after = Pt(6)

    bullet = B.add_numbering(d, B.bullet_lvl("\u2022", left=284, hanging=284), "0BE1A001")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell_margins(t)
    hdr = t.rows[0]
    B.row_flags(hdr, cant_split=True, header=True)
    for cell, txt in zip(hdr.cells, ["Competency", "Effective Behaviours"]):
        B.shade(cell, "1F4E3D")
        run = cell.paragraphs[0].add_run(txt)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for name, desc, bullets in COMPS:
        row = t.add_row()
        left, right = row.cells
        B.shade(left, "E8F0EC")
        rr = left.paragraphs[0].add_run(name)
        rr.bold = True
        dp = left.add_paragraph(desc)
        dp.paragraph_format.space_before = Pt(6)
        for i, b in enumerate(bullets):
            bp = right.paragraphs[0] if i == 0 else right.add_paragraph()
            bp.add_run(b)
            B.set_num(bp, bullet)
            bp.paragraph_format.space_after = Pt(3)
    B.fix_widths(t, [1.95, 4.55])
    d.save(path)


def gold():
    return [B.competency(n, STEM, definition=desc, indicators=B.items(bs, STEM)) for n, desc, bs in COMPS]


def main():
    tmp = Path("/tmp") / f"{STEM}.docx"
    build_docx(tmp)
    B.to_pdf(tmp, DOC)
    print(B.write_gold(DOC, "pdf", TITLE, gold()))


if __name__ == "__main__":
    main()
