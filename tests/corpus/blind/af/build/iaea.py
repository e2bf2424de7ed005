"""IAEA, The Competency Framework - A guide for IAEA managers and staff: section 2, core competencies
(excerpt, pp. 10-13). PDF via python-docx -> LibreOffice. Occupational roles printed high -> low."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor
import common as C
import helpers as H

STEM = "iaea-competency-framework-core-competencies"
NAVY = "1F3864"

INTRO = [
    "Core competencies form the base of the framework. They set out the behaviours that every staff member "
    "of the Agency is expected to show, whatever the post, the department or the duty station.",
    "Each core competency is described for the three occupational roles in the Agency: Managerial, "
    "Professional and General Service. The behaviours listed for a role are those that distinguish excellent "
    "performance in that role. They are not a checklist, and staff are not expected to show every behaviour "
    "at all times.",
    "The four core competencies are Communication, Teamwork, Planning and Organizing, and Achieving Results.",
]

COMPS = [
    ("COMMUNICATION",
     "Shares information clearly and honestly, in speech and in writing, adapting the message to the audience; "
     "listens actively to others and makes sure that what is said has been understood.",
     [("Managerial", [
         "Creates an atmosphere in which staff feel free to raise ideas, questions and concerns.",
         "Explains the reasons behind decisions and keeps the team informed of developments that affect its work.",
         "Communicates the Agency\u2019s positions with tact and impartiality to Member States and external partners.",
         "Checks that key messages have reached all staff and acts on the feedback received."]),
      ("Professional", [
         "Writes reports and briefings that are accurate, well organized and suited to the reader.",
         "Presents complex technical information in a form that non-specialists can follow.",
         "Listens to the views of colleagues and counterparts before putting forward a position.",
         "Shares relevant information with colleagues in other units without being asked."]),
      ("General Service", [
         "Conveys information to colleagues and visitors promptly, courteously and accurately.",
         "Drafts routine correspondence that is clear and free of errors.",
         "Asks questions to confirm that instructions and requests have been correctly understood."])]),
    ("TEAMWORK",
     "Works cooperatively with colleagues inside and outside the unit, pools knowledge and effort, and puts the "
     "success of the team and of the Agency ahead of personal interest.",
     [("Managerial", [
         "Builds teams whose members bring complementary skills and backgrounds.",
         "Sets shared goals and makes each member\u2019s role in reaching them clear.",
         "Recognizes the contribution of the team and shares credit for its achievements.",
         "Deals with conflict within the team openly and fairly."]),
      ("Professional", [
         "Contributes expertise to multidisciplinary teams and projects across divisions.",
         "Supports colleagues who are under pressure, including in areas outside own responsibility.",
         "Accepts joint decisions and works to carry them out, even where own view differed."]),
      ("General Service", [
         "Offers help to colleagues when workloads peak.",
         "Treats all team members with respect, regardless of nationality, culture or grade.",
         "Keeps the team informed of own work so that tasks can be covered during absences."])]),
    ("PLANNING AND ORGANIZING",
     "Sets clear and realistic objectives, decides priorities, and organizes time, people and resources so that "
     "work is completed on schedule and to the required standard.",
     [("Managerial", [
         "Translates the Agency\u2019s programme priorities into clear, achievable plans for the organizational unit.",
         "Allocates staff and budget in line with priorities and adjusts allocations as circumstances change.",
         "Anticipates risks to delivery and puts contingency arrangements in place."]),
      ("Professional", [
         "Breaks projects into tasks with milestones, deadlines and responsibilities.",
         "Monitors progress against the plan and takes corrective action when work falls behind.",
         "Coordinates with other units whose input is needed, allowing enough lead time."]),
      ("General Service", [
         "Organizes own workload so that deadlines are met.",
         "Keeps files, records and schedules up to date and easy for others to use.",
         "Alerts the supervisor early when competing requests cannot all be met on time."])]),
]
RANK = {"General Service": 1, "Professional": 2, "Managerial": 3}


def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def build():
    d = docx.Document()
    C.clear_core_props(d, "The Competency Framework")
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="10"/>'))
    hp = sec.header.paragraphs[0]
    run(hp, "The Competency Framework", size=8, color="7F7F7F")
    run(hp, "\t\tA guide for IAEA managers and staff", italic=True, size=8, color="7F7F7F")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    C.add_field(fp, "PAGE", "10")
    bullet = C.add_numbering(d, C.bullet_lvl("\u25aa", left=284, hanging=227), "1A2B3C01")

    h = d.add_paragraph()
    run(h, "2. CORE COMPETENCIES", bold=True, size=18, color=NAVY)
    h.paragraph_format.space_after = Pt(18)
    for t in INTRO:
        p = d.add_paragraph(t)
        p.paragraph_format.space_after = Pt(8)

    for name, definition, roles in COMPS:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        h = d.add_paragraph()
        run(h, name, bold=True, size=16, color=NAVY)
        h.paragraph_format.space_after = Pt(6)
        p = d.add_paragraph()
        run(p, definition, italic=True, size=10.5)
        p.paragraph_format.space_after = Pt(14)
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        hdr = t.rows[0].cells
        for cell, label in zip(hdr, ["Occupational role", "Behavioural indicators"]):
            cell.paragraphs[0].text = ""
            run(cell.paragraphs[0], label, bold=True, color="FFFFFF")
            C.shade(cell, NAVY)
        C.mark_header_row(t.rows[0])
        for role, bullets in roles:
            cells = t.add_row().cells
            run(cells[0].paragraphs[0], role, bold=True)
            C.shade(cells[0], "DCE6F2")
            first = True
            for b in bullets:
                p = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
                p.text = b
                C.set_num(p, bullet)
                p.paragraph_format.space_after = Pt(3)
                first = False
            C.row_flags(t.rows[-1])
        C.fix_widths(t, [1.6, 5.0])

    H.WORK.mkdir(parents=True, exist_ok=True)
    src = H.WORK / f"{STEM}.docx"
    d.save(src)
    pdf = H.to_pdf(src, H.DOCS)
    return pdf


def gold(pdf):
    D = STEM
    comps = []
    for name, definition, roles in COMPS:
        levels = [H.lvl(RANK[r], r, b, D) for r, b in roles]
        comps.append(H.comp(name, D, definition, levels=levels))
    return H.write_gold(pdf, "pdf", "The Competency Framework", comps)


if __name__ == "__main__":
    print(gold(build()))
