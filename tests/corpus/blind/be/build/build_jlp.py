"""John Lewis Partnership / Waitrose - Welcome Break Partner Team Manager Development Workbook: the
behaviours section, each behaviour with strap line, "What it looks like" bullets and a development-activity
table grouped by 70/20/10 rows (python-docx)."""
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
import belib as B

STEM = "jlp-waitrose-team-manager-development-workbook"
DOC = B.DOCS / f"{STEM}.docx"
TITLE = "Partner Team Manager Development Workbook"
GREEN = "5C8A3A"

INTRO = [
    "The Partnership\u2019s behaviours describe how we work together and how we treat our customers and each "
    "other. As a Team Manager you will be expected to show each behaviour yourself and to develop it in your "
    "team.",
    "For each behaviour, work through the activities with your Branch Manager and agree a date for completing "
    "each one. Around 70% of your learning will come from experience in your unit, 20% from working with and "
    "learning from others, and 10% from courses and e-learning.",
]
G_JOB, G_OTHERS, G_COURSES = "Learning on the job", "Learning from others", "Courses and e-learning"

BEHAVIOURS = [
    ("Show respect",
     "We treat everyone with courtesy and consideration, and value the differences between people.",
     ["Listens to Partners and customers and takes their views seriously",
      "Treats everyone fairly and consistently",
      "Handles difficult conversations calmly and in private",
      "Values the different backgrounds and experiences in the team"],
     {G_JOB: ["Hold a one-to-one conversation with each Partner in your team within your first four weeks",
              "Lead a team briefing and invite questions and feedback from Partners"],
      G_OTHERS: ["Shadow your Branch Manager during a difficult conversation with a Partner and discuss what you "
                 "observed",
                 "Ask two Partners for feedback on how well you listen, and act on what they tell you"],
      G_COURSES: ["Complete the \u2018Valuing Difference\u2019 e-learning module on the Partnership intranet",
                  "Attend the \u2018Having Great Conversations\u2019 workshop"]}),
    ("Work together",
     "We support each other, share what we know and work as one team across the Partnership.",
     ["Builds good relationships with colleagues in Welcome Break and Waitrose",
      "Shares information and ideas openly",
      "Steps in to help other teams at busy times",
      "Involves Partners in planning and solving problems"],
     {G_JOB: ["Plan the rota for a peak trading weekend together with the Welcome Break duty manager",
              "Involve your team in agreeing one improvement to a daily routine, and review it after a month"],
      G_OTHERS: ["Spend a shift in a neighbouring Waitrose branch and share one idea with your team on your return",
                 "Meet the Welcome Break site manager to agree how the two teams will keep each other informed"],
      G_COURSES: ["Complete the \u2018Working as One Team\u2019 e-learning module"]}),
    ("Achieve more",
     "We set high standards, look for better ways of doing things and deliver results for our customers and "
     "the business.",
     ["Sets clear targets for the team and reviews progress regularly",
      "Takes ownership of problems and sees them through",
      "Looks for ways to improve availability, service and waste",
      "Recognises and celebrates the team\u2019s successes"],
     {G_JOB: ["Take responsibility for the unit\u2019s weekly waste figures and agree one action to reduce them",
              "Set and review monthly sales and service targets with your team"],
      G_OTHERS: ["Review the branch trading report with your Branch Manager each week"],
      G_COURSES: ["Attend the \u2018Trading Essentials\u2019 workshop",
                  "Complete the \u2018Understanding Your Numbers\u2019 e-learning module"]}),
]


def build_docx(path):
    d = Document()
    B.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Gill Sans MT"
    st.font.size = Pt(10.5)
    for hs, size in [("Heading 1", 17), ("Heading 2", 14)]:
        h = d.styles[hs]
        h.font.name = "Gill Sans MT"
        h.font.size = Pt(size)
        h.font.color.rgb = RGBColor(0x3B, 0x5E, 0x24)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("John Lewis Partnership  |  Waitrose")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x3B, 0x5E, 0x24)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), alignment=2)
    r = fp.add_run("Waitrose Welcome Break \u2013 Partner Team Manager Development Workbook\t")
    r.font.size = Pt(8.5)
    B.add_field(fp, "PAGE", "18")
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="18"/>'))

    d.add_heading("Section 4: Our behaviours \u2013 your development plan", level=1)
    for t in INTRO:
        d.add_paragraph(t).paragraph_format.space_after = Pt(6)

    bullet = B.add_numbering(d, B.bullet_lvl("\u2022", left=360, hanging=360), "0BE4D001")
    for i, (name, strap, looks, acts) in enumerate(BEHAVIOURS):
        if i:
            d.add_page_break()
        d.add_heading(name, level=2)
        p = d.add_paragraph()
        rr = p.add_run(strap)
        rr.italic = True
        rr.font.size = Pt(11.5)
        p = d.add_paragraph()
        rr = p.add_run("What it looks like")
        rr.bold = True
        p.paragraph_format.space_before = Pt(8)
        for b in looks:
            p = d.add_paragraph(b)
            B.set_num(p, bullet)
        p = d.add_paragraph()
        rr = p.add_run("Development activities")
        rr.bold = True
        p.paragraph_format.space_before = Pt(10)
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for cell, txt in zip(t.rows[0].cells, ["Activity", "Agreed completion date", "Completed (initials)"]):
            B.shade(cell, GREEN)
            rr = cell.paragraphs[0].add_run(txt)
            rr.bold = True
            rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        B.row_flags(t.rows[0], header=True)
        for group in (G_JOB, G_OTHERS, G_COURSES):
            row = t.add_row()
            m = row.cells[0].merge(row.cells[2])
            B.shade(m, "E3EDD9")
            m.paragraphs[0].add_run(group).bold = True
            for a in acts[group]:
                row = t.add_row()
                row.cells[0].paragraphs[0].add_run(a)
        B.fix_widths(t, [4.4, 1.2, 1.1])
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.add_run("My reflections:").bold = True
        for _ in range(2):
            d.add_paragraph("_" * 78)
    d.save(path)


def gold():
    comps = []
    for name, strap, looks, acts in BEHAVIOURS:
        activities = B.items(acts[G_JOB], STEM, G_JOB) + B.items(acts[G_OTHERS], STEM, G_OTHERS)
        courses = B.items(acts[G_COURSES], STEM, G_COURSES)
        comps.append(B.competency(name, STEM, definition=strap, indicators=B.items(looks, STEM),
                                  activities=activities, courses=courses))
    return comps


def main():
    build_docx(DOC)
    print(B.write_gold(DOC, "docx", TITLE, gold()))


if __name__ == "__main__":
    main()
