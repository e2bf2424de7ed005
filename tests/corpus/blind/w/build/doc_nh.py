"""State of New Hampshire, Department of Administrative Services, Division of Personnel: "Individual
Development Plan For Organizational Enhancement, Career Ladders, and Career Development" (2008), section
"Knowledge, Skills and Abilities [terms and definitions]", pages 20-22, as PDF (python-docx -> LibreOffice).

Per KSA: name (Heading 2), definition ("Definition:" label for two KSAs, none for the middle one), bold
run-in labels "Suggested On-the-Job Activities" (Word bullets), "Division of Personnel Courses" (course
number, title and hours on one tabbed line each), "Suggested Readings" (APA 7, italic titles, one journal article, hanging
indent), and a "Related KSAs:" line.  Running header, centred page number starting at 20.
"""
import shutil
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Pt

import wcommon as C

STEM = "nh-idp-ksa-definitions"
FILE = STEM + ".pdf"
TITLE = "Individual Development Plan Model"

# (name, definition, labelled?, activities, courses [(no, title, hours)], readings [(authors_str, year,
#  title, rest, [authors], publisher)], related)
KSAS = [
    ("Oral Communication",
     "Expresses information to individuals or groups clearly and effectively, taking into account the "
     "audience and the nature of the information; makes clear and convincing oral presentations; listens to "
     "others and asks clarifying questions when needed.",
     True,
     ["Present your unit's monthly report at a staff meeting and ask a colleague for feedback on clarity.",
      "Brief your supervisor on a project in five minutes or less, then in writing compare what you said "
      "with what you planned to say.",
      "Answer public inquiries at the front counter or on the agency phone line for one week.",
      "Join a Toastmasters club or a similar group and give at least three prepared talks."],
     [("BET 212", "Presentation Skills for Public Employees", "6 hours"),
      ("BET 118", "Listening for Results", "3 hours"),
      ("CPS 104", "Communicating as a Supervisor", "7 hours")],
     [("Anderson, C.", 2016, "TED talks: The official TED guide to public speaking", "Houghton Mifflin Harcourt",
       ["C. Anderson"], None),
      ("Nichols, M. P.", 2009, "The lost art of listening: How learning to listen can improve relationships",
       "Guilford Press", ["M. P. Nichols"], "2nd ed.")],
     ["Written Communication", "Interpersonal Skills", "Customer Service"]),
    ("Problem Solving",
     "Identifies and analyzes problems; weighs how relevant and accurate the information is; generates and "
     "evaluates alternative solutions and makes recommendations.",
     False,
     ["Keep a log of recurring problems in your work area for a month and look for patterns.",
      "Take part in a process improvement team and map one process from start to finish.",
      "Before bringing a problem to your supervisor, write down two possible solutions and the pros and cons "
      "of each.",
      "Ask an experienced co-worker to walk you through how they solved a difficult case."],
     [("BET 230", "Creative Problem Solving", "6 hours"),
      ("CPM 310", "Data-Driven Decision Making", "12 hours")],
     [("Heath, C., & Heath, D.", 2013, "Decisive: How to make better choices in life and work", "Crown Business",
       ["C. Heath", "D. Heath"], None),
      ("Kepner, C. H., & Tregoe, B. B.", 1981, "The new rational manager", "Princeton Research Press",
       ["C. H. Kepner", "B. B. Tregoe"], None),
      ("Garvin, D. A., & Roberto, M. A.", 2001, "What you don't know about making decisions",
       "Harvard Business Review", ["D. A. Garvin", "M. A. Roberto"], "ARTICLE:79(8), 108\u2013116")],
     ["Decision Making", "Creative Thinking"]),
    ("Customer Service",
     "Anticipates and meets the needs of internal and external customers; delivers high-quality products and "
     "services; is committed to continuous improvement.",
     True,
     ["Survey the customers of your unit and share the results with your team.",
      "Shadow a co-worker in another bureau who serves the same customers.",
      "Review a recent complaint with your supervisor and identify what could be done differently."],
     [("BET 140", "Customer Service in State Government", "3 hours"),
      ("BET 141", "Handling Difficult Customers", "3 hours")],
     [("Goodman, J. A.", 2019, "Strategic customer service: Managing the customer experience to increase "
       "positive word of mouth, build loyalty, and maximize profits", "AMACOM", ["J. A. Goodman"], "2nd ed.")],
     ["Oral Communication", "Problem Solving", "Teamwork"]),
]


def citation(authors, year, title, publisher, edition):
    if edition and edition.startswith("ARTICLE:"):          # journal article: "Journal, vol(issue), pages."
        return f"{authors} ({year}). {title}. {publisher}, {edition[8:]}."
    ed = f" ({edition})" if edition else ""
    return f"{authors} ({year}). {title}{ed}. {publisher}."


def label(d, text):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    p.add_run(text).bold = True
    return p


def render(outdir):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11.5)
    for hn, size in (("Heading 1", 15), ("Heading 2", 13)):
        d.styles[hn].font.name = "Arial"
        d.styles[hn].font.size = Pt(size)
    C.clear_core_props(d, TITLE)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="20"/>'))
    hp = sec.header.paragraphs[0]
    hp.text = "Individual Development Plan Model \u2013 NH Division of Personnel"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    C.add_field(fp, "PAGE", "20")

    bullet_abs = C.add_abstract(d, C.BULLET_LVL.format(left=720, hang=360), "5C7D9E01")

    d.add_heading("Knowledge, Skills and Abilities", level=1)
    p = d.add_paragraph()
    p.add_run("[terms and definitions]").italic = True
    d.add_paragraph(
        "The terms below are knowledge, skills and abilities (KSAs) that an employee and supervisor may choose "
        "as development targets when completing Track #1, Individual Development Planning for Organizational "
        "Enhancement. Each term is followed by suggested on-the-job activities, Division of Personnel courses "
        "offered through the Bureau of Education and Training, and suggested readings. Record the KSA and the "
        "activities you select in Section B of the Individual Development Planning Form (pages 31-33).")
    for name, definition, labelled, acts, courses, readings, related in KSAS:
        h = d.add_heading(name, level=2)
        h.paragraph_format.space_before = Pt(14)
        p = d.add_paragraph()
        if labelled:
            p.add_run("Definition: ").bold = True
        p.add_run(definition)
        label(d, "Suggested On-the-Job Activities")
        n = C.add_num(d, bullet_abs)
        for a in acts:
            q = d.add_paragraph(a)
            q.paragraph_format.space_after = Pt(1)
            C.set_num(q, n)
        label(d, "Division of Personnel Courses")
        for no, title, hours in courses:
            q = d.add_paragraph(f"{no}\t{title}\t{hours}")
            q.paragraph_format.left_indent = Inches(0.25)
            q.paragraph_format.space_after = Pt(0)
            ts = q.paragraph_format.tab_stops
            ts.add_tab_stop(Inches(1.1))
            ts.add_tab_stop(Inches(5.2))
        label(d, "Suggested Readings")
        for authors, year, title, publisher, _names, edition in readings:
            q = d.add_paragraph()
            q.paragraph_format.left_indent = Inches(0.5)
            q.paragraph_format.first_line_indent = Inches(-0.25)
            q.paragraph_format.space_after = Pt(2)
            q.add_run(f"{authors} ({year}). ")
            if edition and edition.startswith("ARTICLE:"):
                vol, pages = edition[8:].split(", ", 1)
                q.add_run(f"{title}. ")
                q.add_run(f"{publisher}, {vol.split('(')[0]}").italic = True
                q.add_run(f"({vol.split('(')[1]}, {pages}.")
            else:
                q.add_run(title).italic = True
                q.add_run(f"{' (' + edition + ')' if edition else ''}. {publisher}.")
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.add_run("Related KSAs: ").bold = True
        p.add_run("; ".join(related))
    tmp = Path(tempfile.mkdtemp(prefix="nh-"))
    src = tmp / (STEM + ".docx")
    d.save(src)
    C.soffice(src, "pdf", tmp)
    shutil.copy(tmp / (STEM + ".pdf"), outdir / FILE)
    shutil.rmtree(tmp, ignore_errors=True)


def gold():
    comps = []
    for name, definition, _lab, acts, courses, readings, related in KSAS:
        comps.append(C.competency(
            name, STEM, definition=definition,
            activities=[C.item(STEM, a) for a in acts],
            courses=[C.item(STEM, f"{no} {title} {hours}") for no, title, hours in courses],
            readings=[C.reading(citation(a, y, t, pub, ed), t, names, pub, y, None, STEM)
                      for a, y, t, pub, names, ed in readings],
            related=list(related)))
    C.write_gold(STEM, FILE, "pdf", TITLE, comps)


def build():
    render(C.DOCS)
    gold()


if __name__ == "__main__":
    build()
