"""Workitect's Competency Dictionary (excerpt): PDF via python-docx -> LibreOffice.

Cover page with the 34 competency names in three cluster columns (a borderless table), then the
entries in TWO TEXT COLUMNS: group banners ("COMPETENCIES DEALING WITH PEOPLE", "THE LEADING OTHERS
CLUSTER"), "N. NAME" in capitals, run-in "Definition:", behaviours typed as "a)" ... lettered lines,
Fostering Teamwork split into "Behaviors for Team Members:" / "Behaviors for Team Leaders:"; the
first column runs over into the second in the middle of an entry. Copyright footer."""
import tempfile
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "workitect-competency-dictionary"
TITLE = "Workitect's Competency Dictionary"
FOOTER = "\u00a92007 Workitect, Inc.   www.workitect.com   800.870.9490"

COVER = [
    ("COMPETENCIES DEALING WITH PEOPLE", [
        ("LEADING OTHERS", ["1 Establishing Focus", "2 Providing Motivational Support", "3 Fostering Teamwork",
                            "4 Empowering Others", "5 Managing Change", "6 Developing Others",
                            "7 Managing Performance", "8 Fostering Diversity"]),
        ("COMMUNICATING AND INFLUENCING", ["9 Attention To Communication", "10 Oral Communication",
                                           "11 Written Communication", "12 Persuasive Communication",
                                           "13 Interpersonal Effectiveness", "14 Influencing Others",
                                           "15 Building Collaborative Relationships", "16 Customer Orientation"])]),
    ("COMPETENCIES DEALING WITH BUSINESS", [
        ("PREVENTING AND SOLVING PROBLEMS", ["17 Diagnostic Information Gathering", "18 Analytical Thinking",
                                             "19 Forward Thinking", "20 Conceptual Thinking",
                                             "21 Strategic Thinking", "22 Technical Expertise"]),
        ("ACHIEVING RESULTS", ["23 Initiative", "24 Entrepreneurial Orientation", "25 Fostering Innovation",
                               "26 Results Orientation", "27 Thoroughness", "28 Decisiveness",
                               "29 Business Acumen", "30 Global Perspective"])]),
    ("COMPETENCIES DEALING WITH SELF MANAGEMENT", [
        ("", ["31 Self Confidence", "32 Stress Management", "33 Personal Credibility", "34 Flexibility"])]),
]

ENTRIES = [
    ("1.", "ESTABLISHING FOCUS",
     "The ability to set goals that serve the business mission and to communicate them.",
     [(None, ["Lines up own unit\u2019s goals with the strategic direction of the business",
              "Makes sure people in the unit see how their work connects to the business mission",
              "Makes sure everyone understands the unit\u2019s mission and identifies with it",
              "Makes sure the unit sets goals and a plan that help carry out the business mission"])]),
    ("2.", "PROVIDING MOTIVATIONAL SUPPORT",
     "Skill at strengthening other people\u2019s commitment to their work.",
     [(None, ["Recognizes and rewards people for what they achieve",
              "Thanks people and acknowledges their contributions",
              "Shows pride in the group and helps people feel good about their accomplishments",
              "Looks for inventive ways to make people\u2019s work rewarding",
              "Shows own commitment to a process by taking part in person at key events",
              "Spots morale problems and deals with them promptly"])]),
    ("3.", "FOSTERING TEAMWORK",
     "For a team member, being able and willing to cooperate with the others on the team; for a team "
     "leader, showing the interest, skill and results needed to help groups learn to work together.",
     [("Behaviors for Team Members:",
       ["Listens to others and responds to their ideas",
        "Values what other team members contribute",
        "Takes into account the needs and views of the whole team when making decisions",
        "Keeps the team informed about own work and about relevant outside events",
        "Looks for solutions that every team member can support",
        "Shares own expertise with others",
        "Helps others with information or other support to build or maintain working relationships"]),
      ("Behaviors for Team Leaders:",
       ["Gives people chances to learn to work together as a team",
        "Draws everyone into active participation",
        "Encourages cooperation with other work units",
        "Makes sure that all members of the team are treated fairly",
        "Recognizes and rewards the success of the team as a whole"])]),
    ("4.", "EMPOWERING OTHERS",
     "Showing confidence that employees can succeed, especially at demanding new tasks; delegating real "
     "responsibility and authority; leaving employees free to decide how they will reach their goals and "
     "settle issues.",
     [(None, ["Gives people room to make decisions within their own area of work",
              "Lets others make decisions and take charge",
              "Encourages people to take on new and challenging responsibilities",
              "Voices confidence in the ability of others to succeed",
              "Encourages people to find their own answers to problems rather than handing them a solution"])]),
]


def render(out_path):
    doc = docx.Document()
    H.clear_core_props(doc, "Competency Dictionary", "Workitect")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    st.paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.7)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run(FOOTER)
    fr.font.size = Pt(7.5)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Workitect\u2019s")
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Competency Dictionary")
    r.bold = True
    r.font.size = Pt(24)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("with Definitions and observable Behaviors that may indicate the existence of a competency")
    r.italic = True
    r.font.size = Pt(11)
    p.paragraph_format.space_after = Pt(18)
    t = doc.add_table(rows=2, cols=3)
    H.no_borders(t)
    for ci, (head, groups) in enumerate(COVER):
        c0 = t.rows[0].cells[ci]
        r = c0.paragraphs[0].add_run(head)
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        H.shade(c0, "1F4E79")
        cell = t.rows[1].cells[ci]
        first = True
        for gname, names in groups:
            if gname:
                gp = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                gp.paragraph_format.space_before = Pt(6)
                gr = gp.add_run(gname)
                gr.bold = True
                gr.font.size = Pt(8.5)
            for n in names:
                np_ = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                np_.add_run(n)
    H.fix_widths(t, [2.35, 2.35, 2.35])

    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    H.set_columns(sec2, 2, 432)
    for text, size in (("COMPETENCIES DEALING WITH PEOPLE", 11), ("THE LEADING OTHERS CLUSTER", 10)):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    for no, name, definition, groups in ENTRIES:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(f"{no} {name}")
        r.bold = True
        r.font.size = Pt(10.5)
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        p.add_run("Definition: ").bold = True
        p.add_run(definition)
        for sub, items in groups:
            if sub:
                sp = doc.add_paragraph()
                sp.paragraph_format.space_before = Pt(4)
                sr = sp.add_run(sub)
                sr.bold = True
                sr.italic = True
            for i, it in enumerate(items):
                ip = doc.add_paragraph()
                ip.paragraph_format.left_indent = Inches(0.25)
                ip.paragraph_format.first_line_indent = Inches(-0.25)
                ip.add_run(f"{'abcdefghijklmnop'[i]})\t{it}")
    tmp = Path(tempfile.mkdtemp(prefix="batch-g-wk-"))
    src = tmp / f"{STEM}.docx"
    doc.save(src)
    H.docx_to_pdf(src, out_path)


def gold(doc_path):
    g = H.Gold(STEM)
    for no, name, definition, groups in ENTRIES:
        ind = []
        for sub, items in groups:
            ind += g.items(items, sub.rstrip(":") if sub else None)
        g.comp(name, definition, indicators=ind)
    return g.write(doc_path, "pdf", "Competency Dictionary")
