"""AUBMC: hospital HR competency dictionary, python-docx -> LibreOffice -> PDF (A4 portrait).

Header "Page X of Y" + "Human Resources Department - AUB Medical Center"; title; cluster lines
"Core Competencies:" / "Managerial Competencies:"; competencies as Word-numbered bold "n. Name:" lines (the
numbering restarts in the second cluster), a definition paragraph, then "Level n: <title>" lines each followed by
Word bullets whose glyph is a hyphen."""
from pathlib import Path
import tempfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm, RGBColor

import bjlib as L

STEM = "aubmc-competency-dictionary"
PDF = L.DOCS / f"{STEM}.pdf"
TITLE = "AUBMC COMPETENCY DICTIONARY"

CLUSTERS = [
    ("Core Competencies:", [
        ("Achievement Orientation",
         "Owning assigned work and committing to deliver the expected result: taking responsibility for deadlines "
         "and for the task itself, meeting performance standards and complying with the rules and policies of the "
         "organization.",
         [("Level 1: Follow basic instructions", [
             "Observe the work rules and performance expectations set out in writing by the organization",
             "Give advance notice of planned absence or late arrival",
             "Come to work reliably on scheduled days and at scheduled times",
             "Own the assignment and care about its outcome"]),
          ("Level 2: Complete routine tasks independently", [
              "Carry out routine tasks and projects with little direction",
              "Report on task status, issues and likely problems in a timely way",
              "Keep going under difficult working conditions until tasks and projects are finished",
              "Put in extra time and effort when needed to meet a deadline"]),
          ("Level 3: Answer for unit/department results", [
              "Hold self and staff accountable for assigned responsibilities; use performance management to "
              "reinforce accountability",
              "Lead on the most technically complex and politically sensitive assignments and issues",
              "State performance expectations clearly, give room to improve and apply consequences",
              "See complex assignments through to completion"]),
          ("Level 4: Answer for organizational results", [
              "Carry final responsibility for the performance of the department or the organization; set the "
              "objectives and strategies that meet its needs",
              "Manage the performance of direct reports to deliver the expected results",
              "Keep a cost-effective balance of controls so that operations stay within budget"])]),
        ("Client Focus",
         "Recognizing the present and future needs of clients and responding to them; delivering excellent service "
         "to internal and external clients.",
         [("Level 1: Respond to client requests", [
             "Greet clients promptly and courteously",
             "Answer questions and requests accurately or refer them to the right person",
             "Follow up to confirm that the request was handled"]),
          ("Level 2: Go beyond the immediate request", [
              "Ask questions to understand the client\u2019s underlying needs",
              "Take personal responsibility for correcting service problems",
              "Keep clients informed about delays and next steps"]),
          ("Level 3: Improve service in the unit", [
              "Use patient and client feedback to improve unit processes",
              "Set service standards for the team and monitor them",
              "Handle escalated complaints with tact and fairness"]),
          ("Level 4: Build a client-centered organization", [
              "Anticipate the long-term needs of patients, families and referring physicians",
              "Build partnerships with external clients and the community",
              "Embed service excellence in organizational strategies and policies"])]),
        ("Communication Skills",
         "Listening to others and replying in a way that encourages open communication.",
         [("Level 1: Share information clearly", [
             "Listen attentively without interrupting",
             "Express ideas clearly and briefly, orally and in writing",
             "Check understanding by asking questions and summarizing"]),
          ("Level 2: Use empathy/Tailor communication to the audience", [
              "Adjust the content, style, tone and channel of communication to the audience\u2019s language, "
              "cultural background and level of understanding",
              "Deliver decisions or recommendations that may be received badly with tact and sensitivity",
              "Show that you understand the concerns of others",
              "Foresee how messages will be received and adapt them accordingly"]),
          ("Level 3: Communicate across units", [
              "Present complex information to groups in a structured and convincing way",
              "Create opportunities for two-way communication within the department",
              "Clear up misunderstandings between units before they escalate"]),
          ("Level 4: Shape organizational communication", [
              "Communicate the vision and strategy of the organization in a compelling way",
              "Represent AUBMC with external stakeholders and the media",
              "Build channels that keep staff at all levels informed"])]),
    ]),
    ("Managerial Competencies:", [
        ("Developing Others",
         "Encouraging the long-term learning and growth of others through coaching, feedback and challenging "
         "assignments.",
         [("Level 1: Support the learning of colleagues", [
             "Explain procedures patiently to new staff",
             "Share useful knowledge and resources with team members"]),
          ("Level 2: Coach and give feedback", [
              "Give specific and timely feedback on performance",
              "Agree on development goals with each staff member"]),
          ("Level 3: Plan development in the unit", [
              "Delegate assignments that stretch the abilities of staff",
              "Identify training needs and secure the resources to meet them"]),
          ("Level 4: Build organizational talent", [
              "Put succession plans in place for critical positions",
              "Build a culture in which learning is valued and rewarded"])]),
    ]),
]


def style_doc(d):
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(4)
    rpr = st.element.get_or_add_rPr()
    rpr.rFonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", "Arial")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.0)
    sec.header_distance = Cm(1.0)


def header(d):
    hdr = d.sections[0].header
    p1 = hdr.paragraphs[0]
    p1.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for part in ("Page ",):
        r = p1.add_run(part)
        r.font.size = Pt(8.5)
    L.add_field(p1, "PAGE")
    p1.add_run(" of ").font.size = Pt(8.5)
    L.add_field(p1, "NUMPAGES")
    for r in p1.runs:
        r.font.size = Pt(8.5)
    p2 = hdr.add_paragraph()
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p2.add_run("Human Resources Department - AUB Medical Center")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    pPr = p2._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="4" '
                         f'w:color="840029"/></w:pBdr>'))


def build_docx(path):
    d = docx.Document()
    style_doc(d)
    L.clear_core_props(d, TITLE)
    header(d)
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.paragraph_format.space_after = Pt(12)
    r = t.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = RGBColor(0x84, 0x00, 0x29)
    dash_num = None
    for ci, (cluster, comps) in enumerate(CLUSTERS):
        cp = d.add_paragraph()
        cp.paragraph_format.space_before = Pt(6 if ci == 0 else 14)
        cp.paragraph_format.space_after = Pt(6)
        cr = cp.add_run(cluster)
        cr.bold = True
        cr.underline = True
        cr.font.size = Pt(12)
        name_num = L.add_numbering(d, L.decimal_lvl("%1.", left=360, hanging=360), f"0A{ci}B1C2D")
        for name, definition, levels in comps:
            np_ = d.add_paragraph()
            L.set_num(np_, name_num)
            np_.paragraph_format.space_before = Pt(10)
            np_.paragraph_format.keep_with_next = True
            nr = np_.add_run(f"{name}:")
            nr.bold = True
            nr.font.size = Pt(11)
            dp = d.add_paragraph(definition)
            dp.paragraph_format.left_indent = Cm(0.63)
            dp.paragraph_format.space_after = Pt(6)
            for label, bullets in levels:
                lp = d.add_paragraph()
                lp.paragraph_format.left_indent = Cm(0.63)
                lp.paragraph_format.space_before = Pt(4)
                lp.paragraph_format.keep_with_next = True
                lr = lp.add_run(label)
                lr.bold = True
                lr.italic = True
                if dash_num is None:
                    dash_num = L.add_numbering(d, L.bullet_lvl("-", left=1080, hanging=288), "1D2E3F4A")
                for b in bullets:
                    bp = d.add_paragraph(b)
                    L.set_num(bp, dash_num)
                    bp.paragraph_format.space_after = Pt(1)
    d.save(path)


def gold():
    comps = []
    for _cluster, cs in CLUSTERS:
        for name, definition, levels in cs:
            lv = [L.level(i + 1, label, [L.item(STEM, b) for b in bullets])
                  for i, (label, bullets) in enumerate(levels)]
            comps.append(L.competency(STEM, name, definition, levels=lv))
    return comps


def main():
    tmp = Path(tempfile.mkdtemp(prefix="bj-aubmc-"))
    src = tmp / f"{STEM}.docx"
    build_docx(src)
    L.convert(src, PDF, "pdf:writer_pdf_Export")
    L.write_gold(PDF, "pdf", TITLE, gold())
    print("wrote", PDF)


if __name__ == "__main__":
    main()
