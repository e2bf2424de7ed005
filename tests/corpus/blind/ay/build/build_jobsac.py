"""jobsac-competency-interview-techniques.pdf: a jobs.ac.uk careers-advice article as printed
from the browser ("Print this article"): date/title header and URL + page/pages footer on every page."""
from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Pt, Cm, RGBColor

from _util import C, DOCS, run, soffice_pdf

STEM = "jobsac-competency-interview-techniques"
URL = "https://www.jobs.ac.uk/careers-advice/interview-tips/1631/competency-based-interview-techniques"

INTRO = [
    "This article picks up the main themes of the earlier article How To Be More Than Competent In "
    "Competency Based Interviews and looks at particular competency questions in more depth. It will help "
    "you get ready for follow-up questions and go back over your past experience, so that you can match "
    "your skills and background more closely to what employers are asking for. Employers run Competency "
    "Based Interviews (CBIs) so that every applicant is judged against the same criteria, which in turn "
    "makes it easier to compare candidates fairly. Typical opening questions are:",
]
OPENERS = [
    "Tell me about a time when you have\u2026led a change",
    "Describe an example of\u2026.getting a message across",
    "Tell us about an occasion when you had to\u2026.sort out a problem",
]
AFTER = [
    "Interviewers will normally follow these up with more searching questions built around what the "
    "candidate has actually done and how they behaved. In Higher Education, CBIs are used mostly for "
    "administrative and professional services posts rather than for academic ones. Even so, getting ready "
    "for a CBI-style interview is good preparation whatever the format, because it makes you concentrate "
    "on specific evidence of how you meet the job description and person specification. For a way of "
    "setting out that match, see the STAR model in the article: How To Be More Than Competent In "
    "Competency Based Interviews",
    "The definitions below of some common competencies, what they mean in practice, examples of evidence "
    "and likely follow-up questions should help you prepare.",
]

COMPS = [
    ("Team working",
     "Working with other people towards goals you share.",
     "It is as much about drawing out the best in others and knowing your own strengths as it is about "
     "taking the lead",
     "Coping with the unexpected; getting a new project off the ground; pulling a team together",
     "How might you encourage someone who is short of confidence? How have you shaped your own role "
     "within a team? What would you do if a colleague was not pulling their weight?"),
    ("Communication",
     "Getting information and ideas across clearly, in speech and in writing, and listening to what "
     "others say.",
     "It covers choosing the right medium and tone for the audience as well as checking that the message "
     "has landed",
     "Presenting to a committee; writing guidance for students or staff; handling a difficult enquiry by "
     "phone or email",
     "How did you adapt your message for a non-specialist audience? How did you know that you had been "
     "understood? Tell us about a time when a misunderstanding arose. What did you do to put it right?"),
    ("Problem solving",
     "Analysing a situation, weighing up the options and arriving at a sound solution.",
     "Employers want to see how you reasoned as well as what you decided, including when the information "
     "you had was incomplete",
     "Fixing a process that kept failing; resolving a complaint; making a decision against a tight "
     "deadline",
     "What other options did you consider, and why did you reject them? Who else did you involve? "
     "Looking back, would you do anything differently?"),
    ("Planning and organising",
     "Setting priorities and managing your time and resources so that work is finished to standard and "
     "on schedule.",
     "This includes spotting risks early and changing the plan when circumstances change",
     "Running an event; juggling competing deadlines; coordinating an admissions or examinations cycle",
     "How did you decide what came first? What did you do when something threatened the deadline? How "
     "did you keep other people informed of progress?"),
    ("Managing change",
     "Responding positively to new ways of working and helping others through them.",
     "Interviewers are looking for flexibility, resilience and an ability to see what a change will bring "
     "to the organisation",
     "Introducing a new system; restructuring a team; taking on a new area of responsibility",
     "How did you win over people who were resistant? What did you find hardest about the change? How "
     "did you judge whether it had worked?"),
    ("Leadership",
     "Giving direction, motivating others and taking responsibility for the results.",
     "You do not need a management title to show leadership; leading a project or running a student "
     "society counts",
     "Chairing a working group; mentoring a new colleague; taking charge in a crisis",
     "How did you get the group to agree on a direction? How did you deal with a member of the group who "
     "disagreed? What feedback have you had on the way you lead?"),
]
RELATED = [
    "How To Be More Than Competent In Competency Based Interviews",
    "Answering Strengths-Based Interview Questions",
    "Ten Questions to Ask at the End of an Interview",
]

BRAND = "E4032E"


def header_footer(sec):
    sec.header_distance = Cm(0.6)
    sec.footer_distance = Cm(0.6)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(9.5), WD_TAB_ALIGNMENT.CENTER)
    run(hp, "02/12/2026, 10:14", size=8)
    run(hp, "\tCompetency Based Interview Techniques | jobs.ac.uk", size=8)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(18.0), WD_TAB_ALIGNMENT.RIGHT)
    run(fp, URL, size=8)
    run(fp, "\t", size=8)
    C.add_field(fp, "PAGE")
    run(fp, "/", size=8)
    C.add_field(fp, "NUMPAGES")
    for r in fp.runs:
        r.font.size = Pt(8)


def build():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(6)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    header_footer(sec)
    C.clear_core_props(d, "Competency Based Interview Techniques | jobs.ac.uk")
    bullet = C.add_numbering(d, C.bullet_lvl("\u2022", left=420, hanging=280), "4A1B2C3D")

    p = d.add_paragraph()
    run(p, "jobs", bold=True, size=20, color=BRAND)
    run(p, ".ac.uk", bold=True, size=20, color="333333")
    run(p, "    Search Jobs   Careers Advice   Employers   Recruiters   Sign in", size=8, color="555555")
    p = d.add_paragraph()
    run(p, "Home  \u203a  Careers Advice  \u203a  Interview Tips", size=8, color="555555")
    p = d.add_paragraph()
    run(p, "Competency Based Interview Techniques", bold=True, size=18)
    p = d.add_paragraph()
    run(p, "Share by Email    Print this article    More sharing options", size=8, color="1F5FA8")

    for t in INTRO:
        d.add_paragraph(t)
    for t in OPENERS:
        q = d.add_paragraph(t)
        C.set_num(q, bullet)
        q.paragraph_format.space_after = Pt(2)
    for t in AFTER:
        d.add_paragraph(t)

    for name, defin, meaning, evidence, questions in COMPS:
        h = d.add_paragraph()
        h.paragraph_format.space_before = Pt(10)
        h.paragraph_format.keep_with_next = True
        run(h, name, bold=True, size=13, color="1F3864")
        d.add_paragraph(defin).paragraph_format.keep_with_next = True
        d.add_paragraph(meaning)
        e = d.add_paragraph()
        C.set_num(e, bullet)
        e.paragraph_format.space_after = Pt(2)
        run(e, "Evidence: ", bold=True)
        run(e, evidence)
        q = d.add_paragraph()
        C.set_num(q, bullet)
        run(q, "Questions : ", bold=True)
        run(q, questions)

    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    run(p, "Related articles", bold=True, size=11, color=BRAND)
    for t in RELATED:
        q = d.add_paragraph()
        run(q, t, color="1F5FA8")
        q.paragraph_format.space_after = Pt(1)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    run(p, "Back to Interview Tips", size=9, color="1F5FA8")
    p = d.add_paragraph()
    run(p, "jobs.ac.uk \u2013 the home of jobs in higher education, research and science", size=8,
        color="777777")

    tmp = DOCS.parent / "build" / "tmp"
    tmp.mkdir(exist_ok=True)
    src = tmp / f"{STEM}.docx"
    d.save(src)
    out = soffice_pdf(src)
    print("wrote", out)


if __name__ == "__main__":
    build()
