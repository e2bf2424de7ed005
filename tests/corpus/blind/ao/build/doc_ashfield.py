"""Ashfield District Council - Leadership Competency Framework (DOCX; Word multilevel heading numbering
"1.0 / 1.1", summary table of themes, competencies as numbered Heading 2 under unnumbered theme headings,
positive / negative indicator lists, development suggestions for some competencies)."""
from aolib import *

STEM = "ashfield-leadership-competency-framework"
TITLE = "Leadership Competency Framework"
NAVY = "17365D"
POS = "Positive indicators"
NEG = "Negative indicators"
DEV = "Ways to develop this competency"

THEMES = [
    ("Strategic", ["Vision and Direction", "Political and Commercial Awareness", "Leading Change"]),
    ("People", ["Developing People", "Communicating and Engaging", "Working in Partnership",
                "Valuing Diversity"]),
    ("Performance", ["Delivering Results", "Managing Resources", "Customer Focus"]),
]

DETAIL = {
    "Vision and Direction": (
        "Understands where the council is heading and translates the Corporate Plan into clear goals that "
        "inspire the team and link everyday work to the bigger picture.",
        ["Explains how the team's work contributes to the Corporate Plan",
         "Sets clear, achievable objectives that reflect council priorities",
         "Looks ahead and plans for future demands on the service",
         "Inspires others with a positive picture of what can be achieved"],
        ["Focuses only on day-to-day tasks and loses sight of longer-term aims",
         "Sets objectives that are unclear or that conflict with council priorities",
         "Fails to explain the reasons behind decisions"],
        ["Shadow a member of the Corporate Leadership Team at a planning meeting",
         "Lead the team in producing its service plan for the coming year"]),
    "Developing People": (
        "Supports every member of the team to reach their potential through regular feedback, coaching and "
        "development opportunities.",
        ["Holds regular one-to-ones and annual appraisals that are meaningful",
         "Gives honest, constructive feedback and recognises good work",
         "Identifies development needs and agrees plans to meet them",
         "Delegates work that stretches people and builds their confidence",
         "Deals with poor performance promptly and fairly"],
        ["Cancels or postpones one-to-ones and appraisals",
         "Keeps challenging or interesting work to themselves",
         "Ignores under-performance in the hope that it will improve"],
        ["Complete the council's coaching skills workshop",
         "Mentor a colleague from another service area",
         "Ask your team for feedback on how well you support their development"]),
    "Communicating and Engaging": (
        "Communicates openly and clearly with staff, members, partners and residents, listens to their views "
        "and involves them in decisions.",
        ["Keeps the team informed about what is happening across the council",
         "Listens actively and is open to challenge",
         "Adapts style and language to suit the audience",
         "Involves staff in decisions that affect their work"],
        ["Communicates only by email when a conversation is needed",
         "Passes on messages without explaining what they mean for the team",
         "Becomes defensive when views are challenged"],
        []),
    "Delivering Results": (
        "Takes personal responsibility for achieving high-quality outcomes on time and within budget, and "
        "holds others to account for their part.",
        ["Plans work with clear milestones and monitors progress against them",
         "Uses performance information to identify and address problems early",
         "Holds self and others accountable for agreed outcomes",
         "Celebrates success and learns from things that go wrong"],
        ["Allows deadlines to slip without taking action",
         "Blames others when targets are missed",
         "Starts projects without considering the resources needed"],
        []),
}


def build(workdir):
    d = new_document(font="Arial", size=10.5, margins_cm=(2.2, 2.2, 2.2, 2.2))
    bullet = add_numbering(d, bullet_lvl("\uf0b7", left=357, hanging=357, font="Symbol"), "8B9CAD01")
    # multilevel heading numbering: level 0 "1.0", level 1 "1.1"
    headnum = add_numbering(d,
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.0"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl>', "8B9CAD02")
    abst = d.part.numbering_part.element.findall(qn("w:abstractNum"))
    for a in abst:
        if a.find(qn("w:nsid")).get(qn("w:val")) == "8B9CAD02":
            a.find(qn("w:multiLevelType")).set(qn("w:val"), "multilevel")
    for name, size in (("Heading 1", 13), ("Heading 2", 11.5), ("Heading 3", 11)):
        st = d.styles[name]
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor.from_string(NAVY)
        st.font.bold = True
        st.font.italic = False
        st.paragraph_format.space_before = Pt(12 if name == "Heading 1" else 9)
        st.paragraph_format.space_after = Pt(4)

    sec = d.sections[0]
    footer_text(sec, "Ashfield District Council \u2013 Leadership Competency Framework", ["PAGE"], size=8)

    def h(text, lvl):
        p = d.add_paragraph(text, style=f"Heading {lvl}")
        if lvl in (1, 2):
            set_num(p, headnum, ilvl=lvl - 1)
        return p

    para(d, "Ashfield District Council", bold=True, size=12, color=NAVY, after=2)
    para(d, "Leadership Competency Framework", bold=True, size=22, color=NAVY, after=2)
    para(d, "For managers and team leaders", size=12, color="595959", after=16)

    h("ABOUT THIS FRAMEWORK", 1)
    para(d, "The Competency Framework supports delivery of the council's Corporate Plan and People Strategy and "
            "is a key part of the Corporate Performance Management Framework. It sets out how we want our "
            "leaders to behave at work and places the council's values at the heart of everything we do.",
         align="justify")
    h("Ashfield District Council's Values", 2)
    para(d, "Our values describe the kind of organisation we want to be:", after=2)
    bullets(d, ["Excellent service \u2013 we put customers first and get things right",
                "Working together \u2013 we collaborate with colleagues, partners and communities",
                "Honesty and integrity \u2013 we are open, fair and accountable",
                "Respect \u2013 we value everyone and treat people with dignity"], bullet)
    h("Who the framework applies to", 2)
    para(d, "The framework applies to everyone who leads or manages people or services, from team leaders to "
            "the Corporate Leadership Team. It is used for recruitment and selection, appraisal and personal "
            "development.", align="justify")

    h("HOW THE FRAMEWORK IS STRUCTURED", 1)
    para(d, "There are ten competencies, grouped into three themes:", after=4)
    t = d.add_table(rows=2, cols=3)
    t.style = d.styles["Table Grid"]
    cell_margins(t)
    fix_widths(t, [5.5, 5.5, 5.5])
    for i, (theme, comps) in enumerate(THEMES):
        cell_text(t.rows[0].cells[i], theme, bold=True, color="FFFFFF", align="center")
        shade(t.rows[0].cells[i], NAVY)
        cell = t.rows[1].cells[i]
        for k, c in enumerate(comps):
            q = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            run(q, c, size=9.5)
            q.paragraph_format.space_after = Pt(2)
    para(d, "", after=2)
    h("Using the framework", 2)
    para(d, "Each competency has a short description followed by positive indicators (what effective "
            "leadership looks like) and negative indicators (what we do not want to see). Some competencies "
            "also suggest ways to develop. Section 3 reproduces a selection of the competencies.",
         align="justify")

    h("THE COMPETENCIES", 1)
    for theme, comps in THEMES:
        shown = [c for c in comps if c in DETAIL]
        if not shown:
            continue
        h(f"{theme} theme", 3)
        for name in shown:
            definition, pos, neg, dev = DETAIL[name]
            h(name, 2)
            para(d, definition, align="justify")
            para(d, POS, bold=True, before=4, after=2, keep_next=True)
            bullets(d, pos, bullet)
            para(d, NEG, bold=True, before=4, after=2, keep_next=True)
            bullets(d, neg, bullet)
            if dev:
                para(d, DEV, bold=True, before=4, after=2, keep_next=True)
                bullets(d, dev, bullet)

    out = DOCS / f"{STEM}.docx"
    d.save(out)
    gold = []
    for theme, comps in THEMES:
        for name in comps:
            if name not in DETAIL:
                continue
            definition, pos, neg, dev = DETAIL[name]
            inds = [item(STEM, b, POS) for b in pos] + [item(STEM, b, NEG) for b in neg]
            gold.append(competency(STEM, name, definition, indicators=inds,
                                   activities=[item(STEM, b) for b in dev]))
    write_gold(out, "docx", TITLE, gold)
    return out
