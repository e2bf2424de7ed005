"""Build the devguide-* corpus documents and their gold files.

  devguide-judgment-decision-making.docx   modeled on the State of Georgia "Competency-Based Development Guide"
                                          (definition, activities under theme headings with bold lead
                                          sentences, recommended courses, "Title | Author/Publisher, Year" table)
  devguide-strategic-networking.pdf        modeled on Air University's leadership competency development pages
                                          ("Definition:", "Ideas for Developing this Competency:"), printed with
                                          prose book citations, tips and a running footer
  devguide-navigating-organisational-change.md  modeled on the University of Queensland staff "Leadership development"
                                          page (self-development activities, professional reading), as a Markdown export

All wording below was written for this corpus; book titles, authors and publishers are fictional.
Run:  /tmp/venvtest/bin/python build.py   (LibreOffice on PATH)
"""
import sys
import tempfile
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # build/: the shared common.py
import common as C  # noqa: E402

WORK = Path(tempfile.mkdtemp(prefix="devguide-"))

# =========================================================================================
# 1. Georgia-style DOCX
# =========================================================================================
GA_STEM = "devguide-judgment-decision-making"
GA_NAME = "Judgment & Decision Making"
GA_HEADER = "Competency-Based Development Guide"
GA_FOOTER = "Georgia State Government"
GA_DEF = ("Makes sound, timely choices by gathering relevant facts, weighing options against the "
          "agency's goals and rules, and accepting responsibility for the results.")
GA_RELATED_SENTENCE = "This competency is closely related to Results Orientation, Accountability and Problem Solving."
GA_RELATED = ["Results Orientation", "Accountability", "Problem Solving"]
# (theme, [(lead sentence, [explanation paragraphs], lead shares its paragraph with the 1st explanation)])
GA_ACTIVITIES = [
    ("Gathering the Facts", [
        ("Map what you know and what you don't.",
         ["Before a significant decision, list the facts you have, the assumptions you are making, and "
          "the questions still open. Share the list with a colleague and ask what you missed."], True),
        ("Go to the source.",
         ["When a problem is reported to you second-hand, talk with the people closest to the work "
          "before you decide. First-hand accounts often change the picture."], True),
        ("Set an information deadline.",
         ["Decide in advance how long you will spend gathering data. Endless research can become a "
          "way to avoid choosing."], False),
    ]),
    ("Weighing the Options", [
        ("Generate at least three alternatives.",
         ["Resist the first workable idea. Describe two more options, including doing nothing, and "
          "compare them side by side."], True),
        ("Use a simple decision matrix.",
         ["Rate each option against criteria such as cost, risk, customer impact and legal "
          "requirements. The numbers will not make the decision for you, but they expose your reasoning."], False),
        ("Ask who else is affected.",
         ["Identify the employees, customers and partner agencies who will feel the effects of your choice.",
          "Invite at least one of them to react to your preferred option before you commit to it."], False),
    ]),
    ("Acting and Following Through", [
        ("Communicate the decision and the reason for it.",
         ["People accept difficult choices more readily when they understand the reasoning behind them."], True),
        ("Review your decisions after the fact.",
         ["Keep a short decision journal. Three months later, note what happened and what you would do "
          "differently next time."], False),
    ]),
]
GA_COURSES = [
    "Making Decisions in the Public Sector (one-day classroom course)",
    "Critical Thinking Essentials (online, self-paced)",
    "Managing Risk in State Programs (two-day workshop)",
]
GA_TABLE_HEAD = ("Title", "Author/Publisher, Year")
# table rows as printed; ("", x) / (x, "") rows continue the row above
GA_TABLE_ROWS = [
    ("Clear Choices: A Field Guide to Everyday Decisions", "Marian T. Holloway/Brightwater Press, 2006."),
    ("The Second Opinion: How Good Managers Test Their", "Dennis Achebe and Ruth Calloway/Meridian Business Books, 2011."),
    ("Assumptions", ""),
    ("Deciding Under Pressure", "Kevin R. Osei/Public Service Institute, 2009."),
    ("Judgment Calls in Government", "Laura Feinstein, Omar Haddad and Priya Natarajan/Capitol Hill Press, 2014."),
]
# the readings as read from the table (split row merged)
GA_READINGS = [
    ("Clear Choices: A Field Guide to Everyday Decisions", ["Marian T. Holloway"], "Brightwater Press", 2006,
     "Marian T. Holloway/Brightwater Press, 2006."),
    ("The Second Opinion: How Good Managers Test Their Assumptions", ["Dennis Achebe", "Ruth Calloway"],
     "Meridian Business Books", 2011, "Dennis Achebe and Ruth Calloway/Meridian Business Books, 2011."),
    ("Deciding Under Pressure", ["Kevin R. Osei"], "Public Service Institute", 2009,
     "Kevin R. Osei/Public Service Institute, 2009."),
    ("Judgment Calls in Government", ["Laura Feinstein", "Omar Haddad", "Priya Natarajan"], "Capitol Hill Press",
     2014, "Laura Feinstein, Omar Haddad and Priya Natarajan/Capitol Hill Press, 2014."),
]


def build_ga_docx():
    d = docx.Document()
    C.clear_core_props(d, title=GA_NAME)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        d.styles[name].font.name = "Arial"
        d.styles[name].font.color.rgb = RGBColor(0x00, 0x33, 0x66)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(1)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hr = hp.add_run(GA_HEADER)
    hr.italic = True
    hr.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.add_run(GA_FOOTER + "\t\tPage ")          # the Footer style's centre and right tab stops
    C.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(9)
    bul = C.add_numbering(d, C.bullet_lvl(glyph="\uf0b7", left=720, hanging=360, font="Symbol"), "2D4F6A01")

    d.add_heading(GA_NAME, level=1)
    p = d.add_paragraph()
    p.add_run("Definition:").bold = True
    p.add_run(" " + GA_DEF)
    d.add_paragraph(GA_RELATED_SENTENCE)

    d.add_heading("Development Activities", level=2)
    for theme, items in GA_ACTIVITIES:
        d.add_heading(theme, level=3)
        for lead, expl, inline in items:
            p = d.add_paragraph()
            p.add_run(lead).bold = True
            rest = list(expl)
            if inline:
                p.add_run(" " + rest.pop(0))
            for e in rest:
                d.add_paragraph(e)

    d.add_heading("Recommended Courses", level=2)
    for c in GA_COURSES:
        p = d.add_paragraph(c)
        C.set_num(p, bul)

    d.add_heading("Suggested Readings", level=2)
    t = d.add_table(rows=1 + len(GA_TABLE_ROWS), cols=2)
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for cell, text in zip(t.rows[0].cells, GA_TABLE_HEAD):
        cell.paragraphs[0].add_run(text).bold = True
    C.row_flags(t.rows[0], cant_split=False, header=True)
    for row, cells in zip(t.rows[1:], GA_TABLE_ROWS):
        for cell, text in zip(row.cells, cells):
            if text:
                cell.paragraphs[0].add_run(text)
    C.fix_widths(t, (3.4, 3.1))
    d.save(C.DOCS / f"{GA_STEM}.docx")


def ga_gold():
    doc = GA_STEM
    acts = [C.item(" ".join([lead] + expl), doc, None, theme)
            for theme, items in GA_ACTIVITIES for lead, expl, _ in items]
    reads = [C.reading(f"{title} | {cell}", title, authors, pub, year, None, doc)
             for title, authors, pub, year, cell in GA_READINGS]
    comp = C.competency(GA_NAME, doc, definition=GA_DEF, activities=acts,
                        courses=[C.item(c, doc) for c in GA_COURSES], readings=reads, related=GA_RELATED)
    return C.write_gold(doc, f"{doc}.docx", "docx", GA_NAME, [comp])


# =========================================================================================
# 2. Air University-style PDF with prose citations, tips and a running footer
# =========================================================================================
AU_STEM = "devguide-strategic-networking"
AU_NAME = "Strategic Networking"
AU_FOOTER = "Air University \u2022 Leadership Development Resources"
AU_DEF = ("Builds and maintains a broad web of contacts inside and outside the organization and draws "
          "on it to share information, gain support and accomplish the mission.")
AU_RELATED_SENTENCE = ("This competency is closely related to Partnering, Political Savvy and Oral and "
                       "Written Communication.")
AU_RELATED = ["Partnering", "Political Savvy", "Oral Communication", "Written Communication"]
AU_ACTIVITIES = [
    "Keep a contact map of the offices your unit depends on and update it every quarter.",
    "Volunteer for a cross-functional working group outside your normal chain of command.",
    "Attend a professional association meeting and follow up with two new contacts within a week.",
    "Invite a counterpart from a sister service or another agency to brief your staff on their priorities.",
    "Ask a senior leader to describe how they built their professional network early in their career.",
    "Offer help to a contact before you need something from them.",
    "Before a major staffing action, identify the three people whose support matters most and meet "
    "with each of them in person.",
    "Join an installation or community board where you will meet leaders from outside your career field.",
]
AU_COURSES = [
    "Building Coalitions Across Organizations (three-day resident seminar)",
    "Influence Without Authority (distance learning module)",
]
# (citation as printed, title, authors, publisher, year, description)
AU_READINGS = [
    ("Connected Command: Building Networks That Get Things Done by R. L. Mendez & S. K. Park "
     "(Harbor Point Press, 2008).", "Connected Command: Building Networks That Get Things Done",
     ["R. L. Mendez", "S. K. Park"], "Harbor Point Press", 2008,
     "Shows how military and civilian leaders cultivate relationships across organizational boundaries "
     "and turn them into support for their priorities."),
    ("The Reciprocity Habit by J. Whitcombe (Fenwick & Lowe, 2012).", "The Reciprocity Habit",
     ["J. Whitcombe"], "Fenwick & Lowe", 2012,
     "Argues that lasting professional relationships rest on giving value first and offers exercises "
     "for doing so consistently."),
    ("Beyond the Org Chart: Informal Influence in Large Institutions by A. B. Castellano, T. Nguyen & "
     "M. O. Frost (Stratton Academic, 2004).", "Beyond the Org Chart: Informal Influence in Large Institutions",
     ["A. B. Castellano", "T. Nguyen", "M. O. Frost"], "Stratton Academic", 2004,
     "Describes research on hidden communication networks and how leaders can find the people who "
     "really move information."),
    ("Trust at a Distance by P. D. Okonkwo & L. Brandt (Ridgeline Books, 2015).", "Trust at a Distance",
     ["P. D. Okonkwo", "L. Brandt"], "Ridgeline Books", 2015,
     "Offers practical advice for keeping relationships strong when colleagues are spread across "
     "bases, time zones and deployments."),
]
AU_TIPS = [
    "Remember names and one personal detail about each new contact.",
    "Set aside fifteen minutes a week to reach out to people you have not spoken with recently.",
    "Close every conversation by agreeing on a next step.",
    "Thank people who helped you, and tell them what difference their help made.",
    "Protect confidences; a network runs on trust.",
    "Introduce people in your network to each other when their interests overlap.",
    "Review your contact map before every change of assignment.",
]
# page of every item, read off the rendered PDF (paragraphs are kept whole)
AU_PAGES = {"activities": [1] * 8, "courses": [1, 1], "readings": [1, 1, 1, 2], "tips": [2] * 7}


def build_au_pdf():
    d = docx.Document()
    C.clear_core_props(d, title=AU_NAME)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.keep_together = True          # no paragraph is split over two pages
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = sec.bottom_margin = Inches(1)
    fp = sec.footer.paragraphs[0]
    fp.add_run(AU_FOOTER + "\t\tPage ")
    C.add_field(fp, "PAGE")
    fp.add_run(" of ")
    C.add_field(fp, "NUMPAGES")
    for r in fp.runs:
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    bul = C.add_numbering(d, C.bullet_lvl(left=720, hanging=360), "1E3B5C77")
    dec = C.add_numbering(d, C.decimal_lvl(left=720, hanging=360), "1E3B5C78")

    def label(text):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(text)
        r.bold = True
        r.font.color.rgb = RGBColor(0x00, 0x30, 0x87)
        return p

    t = d.add_paragraph()
    tr = t.add_run(AU_NAME)
    tr.bold = True
    tr.font.size = Pt(20)
    tr.font.color.rgb = RGBColor(0x00, 0x30, 0x87)
    p = d.add_paragraph()
    p.add_run("Definition:").bold = True
    p.add_run("  " + AU_DEF)
    d.add_paragraph(AU_RELATED_SENTENCE)
    label("Ideas for Developing this Competency:")
    for a in AU_ACTIVITIES:
        C.set_num(d.add_paragraph(a), bul)
    label("Recommended Courses:")
    for c in AU_COURSES:
        C.set_num(d.add_paragraph(c), bul)
    label("Suggested Readings:")
    for cit, *_, desc in AU_READINGS:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Inches(0.3)
        p.add_run(cit).italic = False
        p.add_run(" " + desc)
    label("Tips:")
    for tip in AU_TIPS:
        C.set_num(d.add_paragraph(tip), dec)
    src = WORK / f"{AU_STEM}.docx"
    d.save(src)
    C.soffice(src, "pdf:writer_pdf_Export", C.DOCS)


def au_gold():
    doc = AU_STEM
    P = AU_PAGES
    comp = C.competency(
        AU_NAME, doc, definition=AU_DEF, related=AU_RELATED,
        activities=[C.item(a, doc, pg) for a, pg in zip(AU_ACTIVITIES, P["activities"])],
        courses=[C.item(c, doc, pg) for c, pg in zip(AU_COURSES, P["courses"])],
        readings=[C.reading(cit, title, authors, pub, year, desc, doc, pg)
                  for (cit, title, authors, pub, year, desc), pg in zip(AU_READINGS, P["readings"])],
        tips=[C.item(t, doc, pg) for t, pg in zip(AU_TIPS, P["tips"])])
    return C.write_gold(doc, f"{doc}.pdf", "pdf", AU_NAME, [comp])


# =========================================================================================
# 3. UQ-style Markdown export
# =========================================================================================
UQ_STEM = "devguide-navigating-organisational-change"
UQ_NAME = "Navigating Organisational Change"
UQ_NOTE = ("Change rarely goes to plan, and the way a leader handles the uncertain middle stage often "
           "decides whether it succeeds.")
UQ_DEF = ("Guides colleagues through new priorities, structures or ways of working by explaining why "
          "change is needed, involving people in shaping it and keeping momentum until new practices "
          "take hold.")
UQ_RELATED_SENTENCE = "This competency is closely related to Flexibility, Vision and Resilience."
UQ_RELATED = ["Flexibility", "Vision", "Resilience"]
UQ_ACTIVITIES = [
    ("Self-development activities", [
        "Stretch assignment: offer to lead a small change in your area, such as a new intake process or "
        "reporting template, and see it through from planning to review.",
        "Reflective practice: after each significant change you experience, note what helped you adjust "
        "and what slowed you down, then look for patterns.",
        "Intentional curiosity: ask people in other faculties and divisions how they introduced recent "
        "changes and what they would do again.",
    ]),
    ("Learning from others", [
        "Find a mentor who has led a restructure and meet monthly while you work on a change of your own.",
        "Sit in on a project steering committee to observe how decisions about timing and communication are made.",
    ]),
    ("Working with your team", [
        "Hold a short \u201cstart, stop, continue\u201d session with your team before a change begins.",
        "Agree on two or three signs that the change is working and review them together each month.",
        "Celebrate early wins publicly so the team can see progress.",
    ]),
]
UQ_COURSES = [
    "Leading Change at UQ (half-day workshop)",
    "Managing Transitions for Supervisors (online module)",
]
# (line as printed, text, title, authors, year, description)
UQ_READINGS = [
    ("Steering Through Uncertainty, Helen Okafor and Tom Westbrook (2013)", "Steering Through Uncertainty",
     ["Helen Okafor", "Tom Westbrook"], 2013,
     "examines why change efforts stall in the middle stage and how leaders can restore momentum."),
    ("The Quiet Transition, Margit Lindqvist (2018)", "The Quiet Transition", ["Margit Lindqvist"], 2018,
     "describes the emotional side of organisational change and offers practical conversations for supervisors."),
    ("Campus in Motion: Change Leadership in Higher Education, Daniel Reyes, Aisha Karim and Paul Vance (2010)",
     "Campus in Motion: Change Leadership in Higher Education", ["Daniel Reyes", "Aisha Karim", "Paul Vance"], 2010,
     "draws on university case studies to show how shared governance shapes the pace of change."),
]
UQ_TIPS = [
    "Explain the reason for a change before you explain the details.",
    "Expect a dip in performance during the transition and plan for it.",
    "Keep communicating even when there is little new to say.",
    "Listen for the concerns behind resistance; they often point to real risks.",
    "Look after your own energy, because your team will take its cue from you.",
]


def wrap(text, width=100):
    """Hard-wrap a paragraph the way the export does (continuation lines indented for list items)."""
    import textwrap
    return textwrap.wrap(text, width)


def build_uq_md():
    L = [f"# {UQ_NAME}", "", *wrap(UQ_NOTE), "", "## Definition", "", *wrap(UQ_DEF), "",
         UQ_RELATED_SENTENCE, "", "## Development activities", ""]
    for theme, items in UQ_ACTIVITIES:
        L += [f"### {theme}", ""]
        for it in items:
            lines = wrap(it, 98)
            L.append("- " + lines[0])
            L += ["  " + x for x in lines[1:]]
        L.append("")
    L += ["## Courses", ""] + [f"- {c}" for c in UQ_COURSES] + [""]
    L += ["## Professional reading", ""]
    for cit, _, _, _, desc in UQ_READINGS:
        lines = wrap(f"{cit}: {desc}", 98)
        L.append("- " + lines[0])
        L += ["  " + x for x in lines[1:]]
    L += ["", "## Tips", ""]
    L += [f"{i}. {t}" for i, t in enumerate(UQ_TIPS, 1)]
    L.append("")
    (C.DOCS / f"{UQ_STEM}.md").write_text("\n".join(L), encoding="utf-8")


def uq_gold():
    doc = UQ_STEM
    comp = C.competency(
        UQ_NAME, doc, definition=UQ_DEF, related=UQ_RELATED,
        activities=[C.item(a, doc, None, theme) for theme, items in UQ_ACTIVITIES for a in items],
        courses=[C.item(c, doc) for c in UQ_COURSES],
        readings=[C.reading(cit, title, authors, None, year, desc, doc)
                  for cit, title, authors, year, desc in UQ_READINGS],
        tips=[C.item(t, doc) for t in UQ_TIPS],
        notes=[C.item(UQ_NOTE, doc)])
    return C.write_gold(doc, f"{doc}.md", "md", UQ_NAME, [comp])


if __name__ == "__main__":
    C.DOCS.mkdir(parents=True, exist_ok=True)
    C.GOLD.mkdir(parents=True, exist_ok=True)
    build_ga_docx()
    build_au_pdf()
    build_uq_md()
    ok = True
    for g in (ga_gold(), au_gold(), uq_gold()):
        n, missing, score = C.check_gold(g)
        print(f"{g.name}: {n} texts checked, {len(missing)} missing; {score}")
        for m in missing:
            print("   MISSING", m)
        ok &= not missing and score == "overall F1 1.000"
    sys.exit(0 if ok else 1)
