"""University of Nottingham, PDPR Behavioural Competency Reference Guide (Version 2.0): PDF via python-docx.

Running header "Performance at Work", footer "Behavioural Competency Reference Guide | Version 2.0 | Last amended:
10/02/2012 | Page X of Y", a front-matter table of the 5 competency groups and 15 competency names, then two
competencies, each on a new page: group line, name, "Definition", "Why is this important?", and a
"Level | Behavioural Indicators" table whose bullets are Word numbering with the Symbol-font bullet (U+F0B7).
"""
import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt, RGBColor, Inches

import helpers as H

STEM = "nottingham-pdpr-behavioural-competency-guide"
TITLE = "Behavioural Competency Reference Guide"
BLUE = "10263B"

GROUPS = [
    ("Achieving and delivery", ["Drive for Results", "Serving the Customer", "Quality Focus"]),
    ("Personal effectiveness", ["Planning, organising and flexibility", "Confidence and self-control",
                                "Problem solving and initiative", "Critical information seeking"]),
    ("Working together", ["Communicating with clarity", "Embracing change", "Collaborating with others",
                          "Influencing and relationship building"]),
    ("Thinking and innovation", ["Innovation and creativity", "Conceptual and strategic thinking"]),
    ("Managing, leading and developing others", ["Managing and leading the team", "Developing others"]),
]

COMPS = [
    {
        "group": "Achieving and delivery",
        "name": "Drive for Results",
        "definition": ("Sets and works towards challenging goals, shows determination to deliver work of a high "
                       "standard and keeps going in the face of setbacks to achieve the outcomes required."),
        "why": ("The University works in a competitive environment in which students, funders and partners expect "
                "high quality. Staff who focus on results help their teams and the University to meet their "
                "objectives and to make the best use of the resources available."),
        "levels": [
            ["Completes tasks to the agreed deadline and standard",
             "Checks own work for accuracy before passing it on",
             "Asks for guidance when unsure of what is expected"],
            ["Plans own workload so that priorities are met",
             "Keeps going when faced with obstacles and looks for ways around them",
             "Looks for ways of improving how own tasks are carried out"],
            ["Sets clear, measurable targets for self and others",
             "Monitors progress against objectives and takes corrective action where needed",
             "Takes responsibility for the delivery of projects from start to finish",
             "Balances quality with speed of delivery when resources are limited"],
            ["Sets stretching goals for the department that are aligned with University strategy",
             "Holds others to account for delivering agreed outcomes",
             "Removes barriers that prevent the team from achieving results",
             "Reviews performance data to identify trends and opportunities for improvement"],
        ],
    },
    {
        "group": "Working together",
        "name": "Communicating with clarity",
        "definition": ("Conveys information and ideas clearly and concisely, in writing and in person, and adapts "
                       "the message and the way it is delivered to suit the audience."),
        "why": ("Clear communication underpins good working relationships, reduces the risk of error and makes sure "
                "that colleagues, students and external partners understand what is expected of them and why."),
        "levels": [
            ["Speaks and writes clearly and politely to colleagues and customers",
             "Listens carefully and checks understanding",
             "Passes on messages accurately and promptly"],
            ["Produces written work that is well organised and easy to follow",
             "Adapts language to suit the person being addressed",
             "Keeps colleagues informed of progress and of any problems"],
            ["Presents information confidently to groups",
             "Explains complex or technical information in terms that non-specialists can understand",
             "Chooses the most suitable method of communication for the message and the audience"],
            ["Communicates difficult or unwelcome messages sensitively and honestly",
             "Writes reports and papers that inform decisions at committee level",
             "Creates opportunities for open, two-way communication within the team"],
            ["Represents the University persuasively to external audiences, including the media",
             "Develops communication strategies that reach stakeholders across the institution",
             "Acts as a role model for open and honest communication"],
        ],
    },
]


def _run(p, text, bold=False, size=None, color=None, italic=False):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def _label(d, text):
    p = d.add_paragraph()
    _run(p, text, bold=True, size=11, color=BLUE)
    return p


def build():
    d = docx.Document()
    H.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(4)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.9)
    bullet = H.add_numbering(d, H.bullet_lvl("\uf0b7", left=300, hanging=260, font="Symbol"), "4E4F5401")

    hp = sec.header.paragraphs[0]
    _run(hp, "Performance at Work", size=8, color="7F7F7F")
    fp = sec.footer.paragraphs[0]
    _run(fp, "Behavioural Competency Reference Guide     Version 2.0     Last amended: 10/02/2012     Page ",
         size=8, color="7F7F7F")
    H.add_field(fp, "PAGE")
    _run(fp, " of ", size=8, color="7F7F7F")
    H.add_field(fp, "NUMPAGES", "3")

    p = d.add_paragraph()
    _run(p, "Personal Development and Performance Review", bold=True, size=18, color=BLUE)
    p = d.add_paragraph()
    _run(p, TITLE, bold=True, size=15, color=BLUE)
    _label(d, "Introduction")
    d.add_paragraph(
        "The University aims to raise its performance by developing the performance of its staff, through the "
        "skilful and committed use of the Personal Development and Performance Review (PDPR) process. Managers "
        "should review not only what an individual does but also how objectives have been met. This guide helps "
        "managers and staff to identify behavioural indicators that support more effective delivery.")
    _label(d, "Competencies: What are they?")
    d.add_paragraph(
        "Competencies are abilities or attributes, described in terms of behaviour, that are key to effective or "
        "highly effective performance in a job. Unlike specialist or technical skills, they apply across a range "
        "of jobs and describe how tasks are achieved rather than what is achieved.")
    _label(d, "Competency Framework")
    d.add_paragraph("The framework has 15 competencies grouped in five areas:")
    t = d.add_table(rows=1, cols=2)
    H.grid_borders(t, "A6A6A6")
    for c, txt in zip(t.rows[0].cells, ["Competency Group", "Behavioural Competencies"]):
        c.paragraphs[0].text = ""
        _run(c.paragraphs[0], txt, bold=True, color="FFFFFF")
        H.shade(c, BLUE)
    for g, names in GROUPS:
        r = t.add_row()
        r.cells[0].paragraphs[0].text = g
        r.cells[1].paragraphs[0].text = names[0]
        for n in names[1:]:
            r.cells[1].add_paragraph(n)
    H.fix_widths(t, [2.4, 4.2])
    d.add_paragraph(
        "For each competency you will find a definition, a short explanation of why it matters, and behavioural "
        "indicators grouped by level: level 1 indicators apply to roles of lower complexity and level 4 or 5 "
        "indicators to senior or specialist roles. Higher levels assume the indicators of the levels below.")

    for comp in COMPS:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        p = d.add_paragraph()
        _run(p, comp["group"], size=9, color="7F7F7F")
        p = d.add_paragraph()
        _run(p, comp["name"], bold=True, size=16, color=BLUE)
        _label(d, "Definition")
        d.add_paragraph(comp["definition"])
        _label(d, "Why is this important?")
        d.add_paragraph(comp["why"])
        _label(d, "Behavioural Indicators")
        t = d.add_table(rows=1, cols=2)
        H.grid_borders(t, "A6A6A6")
        H.repeat_header(t.rows[0])
        for c, txt in zip(t.rows[0].cells, ["Level", "Behavioural Indicators"]):
            c.paragraphs[0].text = ""
            _run(c.paragraphs[0], txt, bold=True, color="FFFFFF")
            H.shade(c, BLUE)
        for i, bullets in enumerate(comp["levels"], start=1):
            r = t.add_row()
            H.cant_split(r)
            r.cells[0].paragraphs[0].text = ""
            _run(r.cells[0].paragraphs[0], f"Level {i}", bold=True)
            H.shade(r.cells[0], "DCE6F1")
            r.cells[1].paragraphs[0].text = bullets[0]
            H.set_num(r.cells[1].paragraphs[0], bullet)
            for b in bullets[1:]:
                H.set_num(r.cells[1].add_paragraph(b), bullet)
        H.fix_widths(t, [1.0, 5.6])

    H.TMP.mkdir(parents=True, exist_ok=True)
    src = H.TMP / f"{STEM}.docx"
    d.save(src)
    out = H.DOCS / f"{STEM}.pdf"
    H.docx_to_pdf(src, out)

    comps = []
    for comp in COMPS:
        comps.append(H.competency(
            STEM, comp["name"], comp["definition"],
            levels=[H.level(i, f"Level {i}", H.items(STEM, b)) for i, b in enumerate(comp["levels"], 1)],
            notes=[H.item(STEM, comp["why"], "Why is this important?")]))
    H.write_gold(out, "pdf", TITLE, comps)


if __name__ == "__main__":
    build()
