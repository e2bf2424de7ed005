"""DRP (drp.eu.com) - "The Structured Interview": an example interview schedule whose topics each have a detailed
line-of-questioning template (main question, prompt questions, positive / negative indicators, a second example,
supplementary questions, space for evidence and a rating), preceded by the instructions for interviewers and the
steps for rating.  PDF: python-docx -> LibreOffice; indicators as a two-column Word table; footer with page number."""
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from amlib import (DOCS, add_field, add_numbering, bullet_lvl, clear_core_props, competency, decimal_lvl,  # noqa: E402
                   fix_widths, item, row_flags, set_num, shade, soffice)

STEM = "drp-structured-interview-templates"
FILE = DOCS / f"{STEM}.pdf"
TITLE = "The Structured Interview"
TEAL = RGBColor(0x00, 0x5F, 0x73)

AREAS = ["Problem Resolution", "Business Awareness", "Communication Skills", "Technical Mastery",
         "Customer Management", "Emotional Maturity", "Teamwork", "Negotiating and Influencing",
         "Planning and Organising"]
INSTRUCTIONS = [
    "Two interviewers should be present: one asks the questions and probes, the other records the answers. Agree "
    "in advance who will cover which topics, and swap roles between topics.",
    "Obtain evidence from each candidate on each topic. Use the indicators to make sure you cover each area fully.",
    "If more evidence is needed, repeat the process with a second example.",
    "Then move on to the supplementary questions.",
    "Plan to spend roughly the same time on each topic, about five to ten minutes.",
    "Make sure you collect enough evidence on each topic during the interview \u2013 it will be too late afterwards. "
    "Use open questions and the \u201cfunnel technique\u201d (a series of increasingly specific questions) to gather "
    "more evidence. Evidence may come from inside or outside work.",
    "Take notes of the candidate\u2019s answers so that the evidence can be assessed and ratings awarded after the "
    "interview.",
]
RATING_STEPS = [
    "Start with the first topic and take each area in turn.",
    "Read through your notes and mark each piece of evidence as positive or negative against the indicators.",
    "Weigh the evidence as a whole and award a rating on the scale below.",
    "Repeat for every topic before discussing ratings with the other interviewer.",
]
SCALE = [("5", "Strong positive evidence on almost all indicators; no negative evidence."),
         ("4", "Clear positive evidence on most indicators; minor negative evidence."),
         ("3", "Positive and negative evidence broadly balanced."),
         ("2", "Limited positive evidence; several negative indicators shown."),
         ("1", "Little or no positive evidence; negative evidence predominates.")]

TOPICS = [
    {"name": "Problem Resolution",
     "definition": "Identifies problems early, gathers the relevant facts and works out practical, lasting "
                   "solutions.",
     "main": "Tell me about a recent problem at work that you had to resolve.",
     "prompts": ["What was the situation?", "What exactly did you do?", "Who else did you involve, and why?",
                 "What was the outcome?", "What would you do differently next time?"],
     "pos": ["Establishes the facts before acting", "Considers more than one option",
             "Involves the right people at the right time", "Checks that the solution has worked"],
     "neg": ["Jumps to conclusions", "Treats symptoms rather than causes", "Works in isolation",
             "Leaves the problem for others to finish"],
     "second": "Can you give me another example, this time one where your solution did not work as well as you "
               "had hoped?",
     "supp": ["How do you decide when a problem needs to be escalated?",
              "What do you do when you cannot find the cause of a problem?"]},
    {"name": "Communication Skills",
     "definition": "Gets messages across clearly and concisely, orally and in writing, and checks that they have "
                   "been understood.",
     "main": "Describe a time when you had to explain something complicated to people who were not familiar with "
             "the subject.",
     "prompts": ["Who was the audience?", "How did you prepare?", "How did you know they had understood?",
                 "What feedback did you receive?"],
     "pos": ["Adapts language and detail to the audience", "Structures information logically",
             "Listens and checks understanding", "Writes clearly and concisely"],
     "neg": ["Uses jargon or unnecessary detail", "Does not check understanding", "Talks over others",
             "Written work is disorganised"],
     "second": "Can you give me an example of a written communication you produced that had to persuade its "
               "readers?",
     "supp": ["How do you handle a meeting in which one person dominates the discussion?",
              "When would you choose to speak to someone rather than email them?"]},
    {"name": "Planning and Organising",
     "definition": "Plans ahead, sets priorities and organises time and resources so that work is delivered on "
                   "time and to standard.",
     "main": "Tell me about a piece of work you planned from start to finish.",
     "prompts": ["How did you decide what had to be done first?", "What resources did you need and how did you "
                 "secure them?", "How did you monitor progress?", "What happened when things did not go to plan?"],
     "pos": ["Breaks work into clear stages with deadlines", "Anticipates obstacles and plans for them",
             "Monitors progress and adjusts plans", "Makes effective use of other people\u2019s time"],
     "neg": ["Starts work without a plan", "Misses deadlines without warning", "Fails to prioritise",
             "Over-commits self or others"],
     "second": "Can you describe a time when you had several deadlines at once?",
     "supp": ["What tools do you use to organise your own work?",
              "How do you handle a request that conflicts with your existing priorities?"]},
]


def _label(d, text):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.color.rgb = TEAL
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    return p


def _li(d, text, num):
    p = d.add_paragraph(text)
    p.paragraph_format.space_after = Pt(2)
    set_num(p, num)
    return p


def build():
    d = Document()
    clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Verdana"
    st.font.size = Pt(9.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("drp.eu.com  \u2013  The Structured Interview  \u2013  ")
    r.font.size = Pt(7.5)
    add_field(fp, "PAGE", "1")

    t = d.add_paragraph()
    tr = t.add_run(TITLE)
    tr.bold = True
    tr.font.size = Pt(20)
    tr.font.color.rgb = TEAL
    d.add_paragraph("This interview schedule gives guidance to help you design your own interview and make sure "
                    "that job candidates are interviewed consistently and fairly. The example schedule covers nine "
                    "areas:")
    nb = add_numbering(d, bullet_lvl("\u2013", left=567, hanging=283), "0D9B0001")
    for a in AREAS:
        _li(d, a, nb)
    _label(d, "Additional required information")
    ni = add_numbering(d, bullet_lvl("\u2022", left=567, hanging=283), "0D9B0002")
    for x in INSTRUCTIONS:
        _li(d, x, ni)
    _label(d, "Steps for Rating the Structured Interview")
    nr = add_numbering(d, decimal_lvl("%1.", left=567, hanging=283), "0D9B0003")
    for x in RATING_STEPS:
        _li(d, x, nr)
    sc = d.add_table(rows=1, cols=2)
    sc.style = "Table Grid"
    for c, txt in zip(sc.rows[0].cells, ["Rating", "Evidence"]):
        c.paragraphs[0].add_run(txt).bold = True
        shade(c, "D5E8EC")
    for k, v in SCALE:
        row = sc.add_row()
        row.cells[0].paragraphs[0].add_run(k)
        row.cells[1].paragraphs[0].add_run(v)
    fix_widths(sc, [0.8, 5.6])

    for i, tpc in enumerate(TOPICS):
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        h = d.add_paragraph()
        hr = h.add_run(f"Line of questioning template: {tpc['name']}")
        hr.bold = True
        hr.font.size = Pt(14)
        hr.font.color.rgb = TEAL
        dp = d.add_paragraph()
        dp.add_run("Definition: ").bold = True
        dp.add_run(tpc["definition"])
        _label(d, "Main question")
        d.add_paragraph(tpc["main"])
        _label(d, "Prompt questions")
        npq = add_numbering(d, bullet_lvl("\u2022", left=567, hanging=283), f"0D9B1{i}01")
        for q in tpc["prompts"]:
            _li(d, q, npq)
        _label(d, "Indicators")
        it = d.add_table(rows=1, cols=2)
        it.style = "Table Grid"
        row_flags(it.rows[0], cant_split=True, header=True)
        for c, txt in zip(it.rows[0].cells, ["Positive indicators", "Negative indicators"]):
            c.paragraphs[0].add_run(txt).bold = True
            shade(c, "D5E8EC")
        for pz, ng in zip(tpc["pos"], tpc["neg"]):
            row = it.add_row()
            row.cells[0].paragraphs[0].add_run(pz)
            row.cells[1].paragraphs[0].add_run(ng)
        fix_widths(it, [3.2, 3.2])
        _label(d, "Second example")
        d.add_paragraph(tpc["second"])
        _label(d, "Supplementary questions")
        nsq = add_numbering(d, decimal_lvl("%1.", left=567, hanging=283), f"0D9B1{i}02")
        for q in tpc["supp"]:
            _li(d, q, nsq)
        _label(d, "Evidence")
        for _ in range(4):
            d.add_paragraph("_" * 78)
        rp = d.add_paragraph()
        rp.add_run("Rating:   1     2     3     4     5").bold = True
    docx_path = Path("/tmp") / f"am-{STEM}.docx"
    d.save(docx_path)
    soffice(docx_path, "pdf", DOCS)
    (DOCS / f"am-{STEM}.pdf").rename(FILE)
    docx_path.unlink()
    return FILE


def gold():
    comps = []
    for t in TOPICS:
        qs = ([item(STEM, t["main"], "Main question")]
              + [item(STEM, q, "Prompt questions") for q in t["prompts"]]
              + [item(STEM, t["second"], "Second example")]
              + [item(STEM, q, "Supplementary questions") for q in t["supp"]])
        inds = [item(STEM, x, "Positive indicators") for x in t["pos"]] + \
               [item(STEM, x, "Negative indicators") for x in t["neg"]]
        comps.append(competency(STEM, t["name"], t["definition"], indicators=inds, interview_questions=qs))
    return "pdf", TITLE, comps
