"""Wisconsin DNR - "Competency Based Hiring within the DNR" (excerpt): DOCX (python-docx) -> PDF."""
import shutil
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Inches

import bhlib as L

STEM = "wdnr-competency-based-hiring"
DOC = STEM

INTRO = [
    ("Introduction", [
        "The Department of Natural Resources (DNR) has adopted a \u201ccompetency based\u201d approach to its "
        "human resources practices and activities as part of its strategic plan. The material below answers the "
        "questions we hear most often about that approach."]),
    ("What is meant by \u201ccompetency\u201d?", [
        "In human resources work, a \u201ccompetency\u201d is a cluster of related skills. The DNR sorts these "
        "skills into three broad categories: technical, managerial and interpersonal. Each category describes "
        "specific behaviors and abilities.",
        "When it is used in hiring, the competency model links the needs of an individual program with the skills "
        "that are most likely to produce an excellent hire."]),
    ("How is this different?", [
        "Like many organizations, the DNR has tended to base hiring and promotion mainly on technical knowledge. "
        "Relying on technical qualifications alone may limit what we can do as an organization. Managing natural "
        "resources and environmental concerns today takes more than sound science: we also have to weigh the "
        "social, political and financial concerns of resource users, administrators, the Natural Resources Board "
        "and our elected officials.",
        "Whether someone succeeds in a job (or fails in it) often depends on who that person is: his or her "
        "values, work ethic, attitude toward service and willingness to keep learning and to change with the "
        "organization. In other words, what you know is not the only thing that matters."]),
    ("What skill sets are we talking about?", [
        "Every position in the DNR calls for three kinds of competencies. Technical skills are \u2018the what\u2019 "
        "of the job and remain very important. Managerial skills are \u2018the how\u2019 of the job, and "
        "interpersonal skills are \u2018the who\u2019.",
        "The pages that follow describe the managerial and interpersonal competencies used most often in DNR "
        "hiring. Technical competencies are written by each program for its own positions."]),
]

COMPS = [
    {"cat": "MANAGERIAL COMPETENCIES (\u2018the how\u2019)",
     "cat_intro": "Managerial competencies describe how a person organizes and carries out the work.",
     "name": "Planning and Organizing", "deflabel": True,
     "definition": "Sets priorities, plans work and arranges time and resources so that assignments are "
                   "finished on schedule and within budget.",
     "bullets": [
         "Breaks large projects into steps and sets realistic timelines for each one.",
         "Anticipates seasonal workloads, such as the field season or license renewals, and schedules work "
         "ahead of them.",
         "Keeps track of several assignments at once without losing sight of deadlines.",
         "Adjusts plans when priorities change and tells affected coworkers and partners promptly.",
         "Uses staff, equipment and funds efficiently."],
     "questions": [
         "Describe a project you planned from start to finish. How did you decide what had to be done first?",
         "Tell us about a time when two important deadlines fell in the same week. What did you do, and how did "
         "it turn out?",
         "How do you keep track of the work you have committed to?"]},
    {"name": "Decision Making", "deflabel": False,
     "definition": "Makes sound and timely decisions based on the best information available, considers how "
                   "they will affect people and resources, and accepts responsibility for the results.",
     "bullets": [
         "Gathers the relevant facts and opinions before reaching a conclusion.",
         "Weighs the biological, social and financial consequences of each option.",
         "Makes a decision when one is needed, even when some information is missing.",
         "Explains the reasons for a decision to the people it affects."],
     "questions": [
         "Tell us about a difficult decision you made at work. What options did you consider, and why did you "
         "choose the one you did?",
         "Describe a decision you made that turned out to be wrong. What did you learn from it?"],
     "related": ["Planning and Organizing", "Conflict Resolution"]},
    {"cat": "INTERPERSONAL COMPETENCIES (\u2018the who\u2019)",
     "cat_intro": "Interpersonal competencies describe how a person works with the public, partners and "
                  "coworkers.",
     "name": "Customer Service", "deflabel": True,
     "definition": "Responds to the needs of the public, license holders, partners and coworkers courteously "
                   "and accurately, and follows through until each request is resolved.",
     "bullets": [
         "Listens carefully to find out what the customer actually needs.",
         "Gives accurate information or refers the customer to the person who can help.",
         "Stays courteous and professional with upset or demanding customers.",
         "Follows up to make sure the problem was resolved."],
     "questions": [
         "Tell us about a time you helped a customer who was angry about a decision you could not change. What "
         "did you say?",
         "Describe a time you went beyond your normal duties to resolve a customer\u2019s problem.",
         "How do you decide when to refer a caller to someone else?"]},
    {"name": "Conflict Resolution", "deflabel": True,
     "definition": "Recognizes disagreements early and works with the people involved to reach solutions they "
                   "can accept and support.",
     "bullets": [
         "Addresses disagreements directly rather than letting them grow.",
         "Remains calm and objective when others are upset.",
         "Looks for common interests among people who hold opposing views.",
         "Helps groups agree on next steps and records what was agreed."],
     "note": "Positions that work with landowners, user groups or the media should give this competency extra "
             "weight when interviews are planned."},
]

CLOSING = ("Questions about competency based hiring may be directed to the human resources staff in your "
           "region or in the Bureau of Human Resources.")


def build():
    d = Document()
    L.clear_core_props(d, "Competency Based Hiring within the DNR")
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = sec.bottom_margin = Inches(1)
    # footer: title left, page number right (tab)
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, Inches(6.5))
    r = fp.add_run("Competency Based Hiring within the DNR\tPage ")
    r.font.size = Pt(9)
    L.add_field(fp, "PAGE")
    for run in fp.runs:
        run.font.size = Pt(9)

    bullets = L.add_numbering(d, L.bullet_lvl("\u2022", left=720, hanging=360), "1A2B3C4D")

    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = t.add_run("COMPETENCY BASED HIRING WITHIN THE DNR")
    rr.bold = True
    rr.font.size = Pt(14)
    for q, paras in INTRO:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.add_run(q).bold = True
        for x in paras:
            d.add_paragraph(x)

    first = True
    for c in COMPS:
        if "cat" in c:
            p = d.add_paragraph()
            if first:
                p.add_run().add_break(WD_BREAK.PAGE)
                first = False
            p.paragraph_format.space_before = Pt(10)
            r = p.add_run(c["cat"])
            r.bold = True
            r.font.size = Pt(12)
            d.add_paragraph(c["cat_intro"])
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(c["name"])
        r.bold = True
        r.underline = True
        p = d.add_paragraph()
        if c["deflabel"]:
            p.add_run("Definition: ").bold = True
            p.add_run(c["definition"])
        else:
            p.add_run(c["definition"]).italic = True
        p = d.add_paragraph()
        p.paragraph_format.keep_with_next = True
        p.add_run("Behavioral indicators:").bold = True
        for b in c["bullets"]:
            bp = d.add_paragraph(b)
            bp.paragraph_format.space_after = Pt(2)
            L.set_num(bp, bullets)
        if c.get("questions"):
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.keep_with_next = True
            p.add_run("Sample interview questions:").bold = True
            nums = L.add_numbering(d, L.decimal_lvl("%1.", left=720, hanging=360), "5E6F7A8B")
            for q in c["questions"]:
                qp = d.add_paragraph(q)
                qp.paragraph_format.space_after = Pt(2)
                L.set_num(qp, nums)
        if c.get("related"):
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.add_run("Related competencies: ").bold = True
            p.add_run("; ".join(c["related"]))
        if c.get("note"):
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.add_run("Note: ").italic = True
            p.add_run(c["note"]).italic = True
    p = d.add_paragraph(CLOSING)
    p.paragraph_format.space_before = Pt(14)

    tmpdir = Path(tempfile.mkdtemp(prefix="bh-docx-"))
    tmp = tmpdir / f"{STEM}.docx"
    d.save(tmp)
    pdf = L.DOCS / f"{STEM}.pdf"
    L.docx_to_pdf(tmp, pdf)
    shutil.rmtree(tmpdir, ignore_errors=True)
    return pdf


def gold(pdf):
    comps = []
    for c in COMPS:
        fields = {
            "indicators": [L.item(DOC, b) for b in c["bullets"]],
            "interview_questions": [L.item(DOC, q) for q in c.get("questions", [])],
            "related": list(c.get("related", [])),
        }
        if c.get("note"):
            fields["notes"] = [L.item(DOC, "Note: " + c["note"])]
        comps.append(L.competency(DOC, c["name"], c["definition"], **fields))
    L.write_gold(pdf, "pdf", "COMPETENCY BASED HIRING WITHIN THE DNR", comps)


if __name__ == "__main__":
    gold(build())
