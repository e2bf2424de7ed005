"""Northern Care Alliance NHS Group - NCA Leadership By All Competency Framework (PDF, 6 pages)."""
from aolib import *

STEM = "nca-leadership-by-all-competency-framework"
TITLE = "NCA Leadership By All Competency Framework"
PURPLE = "4B2A6D"
TEAL = "00857C"

COMPS = [
    ("Compassionate Leadership",
     "Puts kindness and care at the centre of how we lead: we listen to colleagues, patients and carers, "
     "and we act on what we hear.",
     ["Listens with full attention and checks understanding before responding",
      "Notices when colleagues are under pressure and offers practical support",
      "Treats every person with dignity, whatever their role, grade or background",
      "Creates space for others to raise concerns without fear of blame or reprisal",
      "Recognises and thanks people for the contribution they make"],
     ["Interrupts, talks over or dismisses the views of others",
      "Overlooks signs of stress or fatigue in the team",
      "Reacts defensively when concerns are raised",
      "Takes the credit for work done by others"]),
    ("Working Together",
     "Builds connected teams across professional and organisational boundaries so that care is joined up "
     "for our patients and the communities we serve.",
     ["Shares information openly with colleagues in other teams and care organisations",
      "Looks for common goals when working with partners outside the NCA",
      "Involves patients, carers and colleagues in the decisions that affect them",
      "Deals with disagreement constructively and in good time"],
     ["Works in isolation and protects own area at the expense of others",
      "Withholds information that others need in order to do their jobs",
      "Makes decisions without involving the people who will be affected"]),
    ("Delivering Safe and Reliable Care",
     "Takes personal responsibility for high standards, learns from what goes well and what does not, "
     "and keeps the quality and safety of care under constant review.",
     ["Sets clear expectations and follows through on commitments",
      "Speaks up promptly when standards of safety or quality slip",
      "Uses data, audit results and feedback to improve the way services are delivered",
      "Encourages the team to learn from incidents rather than to look for someone to blame",
      "Manages budgets, time and equipment carefully so that we give value for money"],
     ["Accepts poor standards or ignores risks to patient safety",
      "Misses deadlines without letting those affected know",
      "Repeats the same mistakes without stopping to reflect on them"]),
]
EFF = "Effective behaviours"
INEFF = "Ineffective behaviours"


def footer(sec):
    footer_text(sec, TITLE, ["Page ", "PAGE", " of ", "NUMPAGES"], size=8, color="5B5B5B")


def build(workdir):
    d = new_document(font="Arial", size=10, margins_cm=(2.2, 2.0, 2.0, 2.0))
    bullet = add_numbering(d, bullet_lvl("\u2022", left=284, hanging=227, color=TEAL), "1A2B3C01")
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    header_text(sec, "Northern Care Alliance NHS Group", size=8, color=PURPLE, bold=True)
    footer(sec)

    # ---- page 1: cover
    para(d, "Northern Care Alliance", bold=True, size=16, color=PURPLE, align="right", after=0)
    para(d, "NHS Group", bold=True, size=12, color="005EB8", align="right", after=120)
    para(d, "NCA Leadership By All", bold=True, size=30, color="FFFFFF", shade=PURPLE, after=0, before=0)
    para(d, "Competency Framework", bold=True, size=26, color="FFFFFF", shade=PURPLE, after=18)
    para(d, "Everyone included.  Everyone contributes.  Everyone makes a difference.", italic=True, size=12,
         color=TEAL, after=200)
    para(d, "Organisational Development and Leadership", size=9, color="5B5B5B", after=0)
    para(d, "Version 1.0", size=9, color="5B5B5B")
    page_break(d)

    # ---- page 2: table of contents
    para(d, "Table of Contents", bold=True, size=16, color=PURPLE, after=14)
    for text, pg in [("Context", 3), ("Introduction to the Leadership By All competency framework", 3),
                     ("How to review the Competencies", 4), ("Core Leaders Competencies", 5),
                     ("Appendices", 6)]:
        toc_line(d, text, pg, width_cm=17.0)
    page_break(d)

    # ---- page 3: context + introduction
    para(d, "Context", bold=True, size=14, color=PURPLE, after=6)
    para(d, "Across the NCA our purpose is simple: everything we do should help to save and improve lives. "
            "We hold high ambitions for our patients, our communities and our colleagues, and six core beliefs "
            "shape how we pursue them. Our services set out to be pioneering, connected, deliverable at scale, "
            "trusted, highly reliable and good value for money.", align="justify")
    para(d, "When each of us applies these beliefs and brings our professional best to work, we improve the "
            "experience of patients and of the people we work alongside.", align="justify")
    para(d, "Leadership By All", bold=True, size=11, color=TEAL, before=6)
    para(d, "Leadership By All is our way of helping every colleague to be their professional best and to reach "
            "their potential. We describe leadership as bringing our core beliefs to life in a way that makes a "
            "difference, whether or not someone holds a formal management role.", align="justify")
    para(d, "Introduction to the Leadership By All competency framework", bold=True, size=14, color=PURPLE,
         before=10, after=6)
    para(d, "The competencies describe what we need and expect from one another and how each of us can show "
            "leadership in our own role. They give us a shared language for how we behave with patients, peers "
            "and colleagues, and they set a quality standard against which we can benchmark and develop our "
            "leadership behaviours day to day.", align="justify")
    para(d, "The framework is a baseline tool for:", after=2)
    bullets(d, ["Recruitment and selection", "Talent management and assessment", "Career reviews",
                "Succession planning", "A strengths-based approach to performance management",
                "Organisation design and role reviews"], bullet)
    page_break(d)

    # ---- page 4: how to review
    para(d, "How to review the Competencies", bold=True, size=14, color=PURPLE, after=6)
    para(d, "Each competency opens with a short description, followed by examples of effective behaviours "
            "(what we want to see) and ineffective behaviours (what gets in the way). The examples are not a "
            "checklist; use them to prompt a conversation about the evidence you can point to.", align="justify")
    para(d, "When you review yourself, or a colleague, against a competency, use the scale below.",
         align="justify")
    t = d.add_table(rows=5, cols=2)
    borders(t, color="BFBFBF")
    cell_margins(t)
    fix_widths(t, [3.5, 13.5])
    hdr = [("Rating", "What it means")]
    rows = [("1", "Rarely demonstrated: the behaviour is seldom seen and is a clear development need"),
            ("2", "Sometimes demonstrated: the behaviour is shown in some situations but not consistently"),
            ("3", "Often demonstrated: the behaviour is a regular part of how the colleague works"),
            ("4", "Consistently demonstrated and role-modelled: others look to the colleague as an example")]
    for r, (a, b) in enumerate(hdr + rows):
        cell_text(t.rows[r].cells[0], a, bold=(r == 0), color="FFFFFF" if r == 0 else None, align="center")
        cell_text(t.rows[r].cells[1], b, bold=(r == 0), color="FFFFFF" if r == 0 else None)
        if r == 0:
            shade(t.rows[r].cells[0], PURPLE)
            shade(t.rows[r].cells[1], PURPLE)
    para(d, "", after=4)
    para(d, "Agree with your manager which competencies matter most for your role, and record the outcome of "
            "the review on the form in the Appendices.", align="justify")
    para(d, "The Core Leaders Competencies are:", after=2, before=6)
    bullets(d, [c[0] for c in COMPS], bullet)
    page_break(d)

    # ---- pages 5-6: competencies
    para(d, "Core Leaders Competencies", bold=True, size=16, color=PURPLE, after=10)

    def comp_block(name, definition, eff, ineff):
        para(d, name, bold=True, size=13, color="FFFFFF", shade=TEAL, after=4, keep_next=True)
        para(d, definition, italic=True, align="justify", after=6, keep_next=True)
        t = d.add_table(rows=2, cols=2)
        borders(t, color="BFBFBF")
        cell_margins(t)
        fix_widths(t, [8.5, 8.5])
        row_flags(t.rows[0], cant_split=True, header=True)
        for i, h in enumerate([EFF, INEFF]):
            cell_text(t.rows[0].cells[i], h, bold=True, color="FFFFFF")
            shade(t.rows[0].cells[i], PURPLE if i == 0 else "7F7F7F")
        for i, lst in enumerate([eff, ineff]):
            cell = t.rows[1].cells[i]
            first = True
            for b in lst:
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                run(p, b, size=9.5)
                set_num(p, bullet)
                p.paragraph_format.space_after = Pt(3)
        row_flags(t.rows[1], cant_split=True)
        para(d, "", after=8)

    for i, (name, definition, eff, ineff) in enumerate(COMPS):
        comp_block(name, definition, eff, ineff)
        if i == 1:
            page_break(d)

    # ---- appendix
    para(d, "Appendices", bold=True, size=14, color=PURPLE, before=6, after=4)
    para(d, "Appendix 1: Competency review record", bold=True, size=10, after=4)
    t = d.add_table(rows=4, cols=4)
    borders(t, color="BFBFBF")
    cell_margins(t)
    fix_widths(t, [5.0, 2.6, 2.6, 6.8])
    for i, h in enumerate(["Competency", "Self rating (1-4)", "Reviewer rating (1-4)", "Evidence and agreed actions"]):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "E6E0EE")
    for r in range(1, 4):
        t.rows[r].height = Cm(1.3)

    docx_path = workdir / f"{STEM}.docx"
    d.save(docx_path)
    pdf = to_pdf(docx_path, workdir)
    out = DOCS / f"{STEM}.pdf"
    out.write_bytes(pdf.read_bytes())

    comps = []
    for name, definition, eff, ineff in COMPS:
        inds = [item(STEM, b, EFF) for b in eff] + [item(STEM, b, INEFF) for b in ineff]
        comps.append(competency(STEM, name, definition, indicators=inds))
    write_gold(out, "pdf", TITLE, comps)
    return out
