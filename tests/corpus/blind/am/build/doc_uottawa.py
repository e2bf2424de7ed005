"""University of Ottawa, Human Resources - "Key Competencies Development Activities Guide" (support staff):
cover page, disclaimer / contact page with version number, table of contents with dot leaders, introduction (list of
the key competencies, types of development activities), then one chapter per competency: "<Name> competency",
"Definition of the <name> competency", "Suggestions on how to develop this competency" with the sub-headings
"On your own", "With your supervisor", "As a team".
PDF: python-docx -> LibreOffice; running header (guide title) and footer (Human Resources | University of Ottawa,
page number) on every page but the cover."""
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from amlib import (DOCS, add_field, add_numbering, bullet_lvl, clear_core_props, competency, item,  # noqa: E402
                   para_border_bottom, set_num, soffice)

STEM = "uottawa-key-competencies-development-activities"
FILE = DOCS / f"{STEM}.pdf"
TITLE = "Key Competencies Development Activities Guide"
GARNET = RGBColor(0x8F, 0x00, 0x1A)

INTRO = [
    "This guide suggests concrete activities that support staff can use to strengthen the key competencies "
    "expected of them at the University. Most of the suggestions can be carried out during regular work, alone, "
    "with your supervisor or with your team.",
    "Use the guide when preparing your annual performance discussion: choose one or two competencies, pick the "
    "activities that suit your situation, and agree with your supervisor on how you will measure your progress.",
]
KEY_LIST = ["Planning", "Client service", "Communication", "Teamwork", "Initiative", "Adaptability"]
ACTIVITY_TYPES = [
    "Co-development group: a small group of peers meets regularly to work on real cases and develops "
    "professional skills through reflection and dialogue with peers.",
    "Mentoring program: mentoring takes place over several months.",
    "Job shadowing: spending a few hours or days with a colleague in another unit to observe how the work is done.",
]

COMPS = [
    ("Planning",
     "Sets priorities, organizes own work and the resources needed, and schedules activities so that objectives "
     "are met on time.",
     {"On your own": [
         "Use a weekly planner to list your tasks and rank them by importance and urgency.",
         "At the end of each day, review what you accomplished and adjust the next day\u2019s plan.",
         "Break large assignments into smaller steps, each with its own deadline.",
         "Record how long recurring tasks actually take so that your estimates improve.",
         "Read a book or an article on time management and try one technique for a month."],
      "With your supervisor": [
          "Agree on priorities for the coming term and review them together every month.",
          "Ask your supervisor to give you a small project that you plan from beginning to end.",
          "Discuss a deadline that was missed and identify what could have been anticipated."],
      "As a team": [
          "Offer to prepare the schedule for a team event or project.",
          "Suggest a shared calendar or task board for the team\u2019s recurring work.",
          "At the end of a project, lead a short discussion on what worked in the planning and what did not"]}),
    ("Client service",
     "Understands the needs of internal and external clients, responds to them courteously and promptly, and "
     "looks for ways to improve the service provided.",
     {"On your own": [
         "List your main clients and write down what each of them expects from you.",
         "After a difficult exchange with a client, note what you would do differently next time.",
         "Follow up with clients a few days after a request to make sure the problem was solved.",
         "Learn the services offered by neighbouring units so you can refer clients accurately."],
      "With your supervisor": [
          "Review client comments or complaints together and agree on one improvement to make.",
          "Ask to take part in a client satisfaction survey for your unit.",
          "Set a service standard (for example, a response time) and track it for three months."],
      "As a team": [
          "Map the steps a client goes through to obtain a service and look for unnecessary delays.",
          "Share examples of excellent service at team meetings.",
          "Create a shared list of answers to frequently asked questions."]}),
    ("Communication",
     "Conveys information clearly and respectfully, orally and in writing, and listens actively to others.",
     {"On your own": [
         "Before sending an important email, reread it from the reader\u2019s point of view and remove anything "
         "unnecessary.",
         "In conversations, restate the other person\u2019s main point before giving your opinion.",
         "Take a writing or public-speaking workshop offered by the University.",
         "Ask a colleague to comment on a document you wrote."],
      "With your supervisor": [
          "Agree on how and how often you will keep your supervisor informed about your files.",
          "Ask for feedback after presenting at a meeting."],
      "As a team": [
          "Volunteer to take and circulate the minutes of team meetings.",
          "Propose a short round at each meeting where everyone shares an update.",
          "Present a procedure you know well to your colleagues."]}),
]
GROUPS = ["On your own", "With your supervisor", "As a team"]


def _h(d, text, size, color=GARNET, before=12, after=6, bold=True):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    r.font.color.rgb = color
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.keep_with_next = True
    return p


def _toc_line(d, text, page, indent=0.0, bold=False):
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    r = p.add_run(f"{text}\t{page}")
    r.bold = bold
    r.font.size = Pt(10)


def build():
    d = Document()
    clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hr = hp.add_run(TITLE)
    hr.font.size = Pt(8.5)
    hr.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    para_border_bottom(hp, "8F001A", 6)
    fp = sec.footer.paragraphs[0]
    fr = fp.add_run("Human Resources | University of Ottawa\t\t")
    fr.font.size = Pt(8.5)
    add_field(fp, "PAGE", "1")

    # cover
    for _ in range(8):
        d.add_paragraph()
    c = d.add_paragraph()
    c.alignment = WD_ALIGN_PARAGRAPH.LEFT
    cr = c.add_run("Key Competencies\nDevelopment Activities\nGuide")
    cr.bold = True
    cr.font.size = Pt(30)
    cr.font.color.rgb = GARNET
    for _ in range(10):
        d.add_paragraph()
    u = d.add_paragraph()
    ur = u.add_run("uOttawa  |  Human Resources")
    ur.font.size = Pt(12)
    ur.bold = True
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # disclaimer / contact page
    _h(d, "Disclaimer notice", 12, before=0)
    d.add_paragraph("This document contains background information provided for information purposes only, and its "
                    "content may change without notice. It does not replace the provisions of collective "
                    "agreements, the University\u2019s policies and practices or their official interpretation, which "
                    "prevail at all times. For an alternative format, please contact Human Resources.")
    _h(d, "For more information", 12)
    for line in ["Human Resources", "550 Cumberland St.", "Room 019", "Ottawa ON  K1N 6N5",
                 "Tel.: 613-562-5832", "Fax: 613-562-5206", "hr@uottawa.ca"]:
        p = d.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    d.add_paragraph("\u00a9 Human Resources, University of Ottawa")
    d.add_paragraph("Version: 1.0.2649")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # table of contents (page numbers as printed; checked against the rendering)
    _h(d, "Table of contents", 16, before=0)
    toc = [("Introduction", 4, 0, True), ("Introduction", 4, 0.6, False),
           ("Key competencies for University of Ottawa support staff", 4, 0.6, False),
           ("Types of development activities", 4, 0.6, False)]
    pages = {"Planning": 5, "Client service": 6, "Communication": 7}
    for name, _, _ in COMPS:
        n = pages[name]
        toc.append((f"{name} competency", n, 0, True))
        toc.append((f"Definition of the {name.lower()} competency", n, 0.6, False))
        toc.append(("Suggestions on how to develop this competency", n, 0.6, False))
        for g in GROUPS:
            toc.append((g, n, 1.2, False))
    for text, page, ind, bold in toc:
        _toc_line(d, text, page, ind, bold)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # introduction
    _h(d, "Introduction", 18, before=0)
    _h(d, "Introduction", 12)
    for para in INTRO:
        d.add_paragraph(para)
    _h(d, "Key competencies for University of Ottawa support staff", 12)
    num_k = add_numbering(d, bullet_lvl("\u2022", left=567, hanging=283), "0A7A0001")
    for k in KEY_LIST:
        set_num(d.add_paragraph(k), num_k)
    _h(d, "Types of development activities", 12)
    num_t = add_numbering(d, bullet_lvl("\u2022", left=567, hanging=283), "0A7A0002")
    for a in ACTIVITY_TYPES:
        set_num(d.add_paragraph(a), num_t)

    for i, (name, definition, groups) in enumerate(COMPS):
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _h(d, f"{name} competency", 18, before=0)
        _h(d, f"Definition of the {name.lower()} competency", 12)
        d.add_paragraph(definition)
        _h(d, "Suggestions on how to develop this competency", 12)
        for j, g in enumerate(GROUPS):
            _h(d, g, 11, color=RGBColor(0x33, 0x33, 0x33), before=6, after=3)
            num = add_numbering(d, bullet_lvl("\u2022", left=567, hanging=283), f"0A7A{i + 1:02d}{j + 1:02d}")
            for a in groups[g]:
                p = d.add_paragraph(a)
                p.paragraph_format.space_after = Pt(3)
                set_num(p, num)
    docx_path = Path("/tmp") / f"am-{STEM}.docx"
    d.save(docx_path)
    soffice(docx_path, "pdf", DOCS)
    (DOCS / f"am-{STEM}.pdf").rename(FILE)
    docx_path.unlink()
    return FILE


def gold():
    comps = []
    for name, definition, groups in COMPS:
        acts = [item(STEM, a, g) for g in GROUPS for a in groups[g]]
        comps.append(competency(STEM, name, definition, activities=acts))
    return "pdf", TITLE, comps
