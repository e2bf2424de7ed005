"""National University of Ireland Galway - Competency Framework for Academic Roles, "A Guide to using
Competencies at NUIG" (PDF; title + two-level contents with dot leaders, guide sections, sample
interview questions by competency, competencies in an appendix with career-stage sub-headings)."""
from aolib import *

STEM = "nuig-competency-framework-academic-roles"
TITLE = "Competency Framework for Academic Roles at National University of Ireland Galway"
MAROON = "7A1E3A"
BLUE = "2E5E8C"
STAGES = ["Lecturer", "Senior Lecturer", "Professor"]

COMPS = [
    ("Teaching & Learning",
     "Designs, delivers and continually improves teaching, learning and assessment that engage students and "
     "help them to become independent, critical learners.",
     [["Delivers well-organised lectures, tutorials and practicals within own discipline",
       "Uses a range of assessment methods and gives students timely, useful feedback",
       "Reflects on student evaluations and adjusts teaching in response",
       "Supervises undergraduate and taught postgraduate projects"],
      ["Designs and leads modules and contributes to the design of programmes",
       "Introduces innovative and research-informed approaches to teaching",
       "Mentors colleagues who are new to teaching",
       "Supervises research students through to successful completion"],
      ["Leads the development of new programmes at School or College level",
       "Shapes teaching and learning policy within the University and nationally",
       "Is recognised externally for excellence in teaching, for example as an external examiner or "
       "through awards"]],
     ["Tell us about a module you have redesigned. What prompted the change and how did you know it had "
      "worked?",
      "How have you responded to feedback from students that was critical of your teaching?"]),
    ("Research & Scholarship",
     "Carries out original research and scholarship of high quality, secures the resources to sustain it "
     "and makes sure that its results reach academic and wider audiences.",
     [["Publishes research in recognised peer-reviewed outlets",
       "Prepares and submits applications for research funding",
       "Presents research at national and international conferences",
       "Establishes an independent line of research"],
      ["Maintains a sustained record of high-quality publications",
       "Secures competitive research funding as principal investigator",
       "Builds and leads a research group or network",
       "Contributes to the research strategy of the School"],
      ["Is an international leader in the field, with a record of influential research",
       "Secures major research programmes and partnerships",
       "Leads research strategy at College or University level",
       "Develops the next generation of research leaders"]],
     ["Describe the research project you are proudest of. What was your own contribution?",
      "What are your plans for funding your research over the next five years?"]),
    ("Contribution & Engagement",
     "Contributes to the running and development of the School and the University, and engages with the "
     "discipline, with industry and with the wider community.",
     [["Takes on administrative roles within the discipline, such as year head or module co-ordinator",
       "Participates in School committees and open days",
       "Builds links with practitioners and professional bodies in own field"],
      ["Leads significant roles such as programme director or head of discipline",
       "Represents the School on College and University committees",
       "Develops partnerships with industry, the public sector or community organisations"],
      ["Provides academic leadership as head of school or in senior University roles",
       "Influences policy and practice in the discipline at national and international level",
       "Acts as an ambassador for the University with external stakeholders"]],
     ["Give an example of a role you have taken on outside your teaching and research. What difference did "
      "you make?"]),
]


def build(workdir):
    d = new_document(font="Liberation Serif", size=11, margins_cm=(2.4, 2.3, 2.2, 2.3))
    bullet = add_numbering(d, bullet_lvl("\u2022", left=360, hanging=284), "6F7A8B01")
    qnum = add_numbering(d, decimal_lvl("%1.", left=360, hanging=360), "6F7A8B02")
    sec = d.sections[0]
    header_text(sec, "A Guide to using Competencies at NUIG", align="right", size=9, color="7F7F7F")
    footer_text(sec, "", ["PAGE", " | Page"], size=9, color="7F7F7F")

    # ---- page 1: title + contents
    para(d, "Competency Framework for Academic Roles at National University of Ireland Galway",
         bold=True, size=20, color=MAROON, after=6)
    para(d, "A Guide to using Competencies at NUI Galway", size=14, color=BLUE, after=24)
    para(d, "Contents", bold=True, size=14, color=MAROON, after=8)
    toc = [("Foreword", 2, 0, True), ("Why and how to use this Guide", 2, 0, True),
           ("Introduction to Competencies", 2, 0, True), ("What are Competencies?", 2, 0.6, False),
           ("The role of Competencies", 2, 0.6, False), ("The Structure of our Framework", 3, 0, True),
           ("An Overview", 3, 0.6, False), ("The Structure", 3, 0.6, False),
           ("Using the Competency Framework", 3, 0, True),
           ("A Competency Based Approach to Recruitment and Selection", 3, 0.6, False),
           ("Appendix: The Competencies", 4, 0, True)]
    for text, pg, ind, bold in toc:
        toc_line(d, text, pg, indent_cm=ind, bold=bold, width_cm=16.4, size=10.5)
    page_break(d)

    # ---- page 2: foreword, why, introduction
    def h1(t, before=10):
        para(d, t, bold=True, size=14, color=MAROON, before=before, after=4, keep_next=True)

    def h2(t):
        para(d, t, bold=True, size=12, color=BLUE, before=6, after=3, keep_next=True)

    h1("Foreword", before=0)
    para(d, "Our academic staff are central to the University's mission of teaching, research and service to "
            "the community. This Guide sets out, for the first time in one place, the competencies that we value "
            "in academic roles and how they grow as a career develops. I hope it will be a practical support to "
            "colleagues and to those who recruit and review them.", align="justify")
    para(d, "Deputy President and Registrar", italic=True)
    h1("Why and how to use this Guide")
    para(d, "The Guide is for academic staff, heads of school and members of selection and promotion boards. "
            "Read the Introduction for an explanation of what competencies are, then use the Appendix to see "
            "what is expected at each career stage.", align="justify")
    h1("Introduction to Competencies")
    h2("What are Competencies?")
    para(d, "Competencies are the combination of knowledge, skills and behaviours that lead to effective "
            "performance in a role. They describe how work is done as well as what is achieved.",
         align="justify")
    h2("The role of Competencies")
    para(d, "Competencies give a shared language for recruitment and selection, probation, performance "
            "review, promotion and development planning. They make expectations transparent and help to "
            "ensure that decisions about people are fair and consistent.", align="justify")
    page_break(d)

    # ---- page 3: structure + using (sample questions)
    h1("The Structure of our Framework", before=0)
    h2("An Overview")
    para(d, "The Framework contains three competencies which together describe the academic role: "
            + ", ".join(c[0] for c in COMPS[:-1]) + " and " + COMPS[-1][0] + ".", align="justify")
    h2("The Structure")
    para(d, "Each competency has a definition followed by behavioural indicators for three career stages: "
            "Lecturer, Senior Lecturer and Professor. The indicators are cumulative, so an academic at a "
            "later stage is expected to show the indicators of earlier stages as well.", align="justify")
    h1("Using the Competency Framework")
    h2("A Competency Based Approach to Recruitment and Selection")
    para(d, "Selection boards should agree in advance which competencies they will assess and plan questions "
            "that ask candidates for specific examples from their experience. The questions below are samples "
            "only.", align="justify")
    for name, definition, levels, qs in COMPS:
        para(d, name, bold=True, italic=True, size=11, before=4, after=2, keep_next=True)
        for q in qs:
            p = para(d, q, after=2)
            set_num(p, qnum)
    page_break(d)

    # ---- pages 4-5: appendix competencies
    h1("Appendix: The Competencies", before=0)
    for ci, (name, definition, levels, qs) in enumerate(COMPS):
        para(d, name, bold=True, size=13, color="FFFFFF", shade=MAROON, before=8 if ci else 2, after=4,
             keep_next=True)
        p = para(d, "", align="justify", after=4, keep_next=True)
        run(p, "Definition: ", bold=True)
        run(p, definition)
        for stage, lst in zip(STAGES, levels):
            para(d, stage, bold=True, size=11, color=BLUE, shade="E8EEF5", before=4, after=2, keep_next=True)
            bullets(d, lst, bullet, after=1)

    docx_path = workdir / f"{STEM}.docx"
    d.save(docx_path)
    pdf = to_pdf(docx_path, workdir)
    out = DOCS / f"{STEM}.pdf"
    out.write_bytes(pdf.read_bytes())

    gold = []
    for name, definition, levels, qs in COMPS:
        lv = [level(STEM, i + 1, STAGES[i], lst) for i, lst in enumerate(levels)]
        gold.append(competency(STEM, name, definition, levels=lv,
                               interview_questions=[item(STEM, q) for q in qs]))
    write_gold(out, "pdf", TITLE, gold)
    return out
