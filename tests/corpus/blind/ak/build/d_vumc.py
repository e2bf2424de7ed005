"""vumc-cbbi-interviewer-guide.docx: Vanderbilt University School of Medicine (Vanderbilt University
Medical Center) MD admissions, Competency-Based Behavioral Interview (CBBI) interviewer guide, as a Word
document (python-docx: Title/Heading styles, header and page-numbered footer, numbered and bulleted
lists with real numbering, per competency a 'Definition:' paragraph, a 'Lead question', 'Follow-up
probes' bullets, a three-column rating-anchor table (1 / 3 / 5), an optional 'Interviewer tip', a notes
line; a score box at the end)."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import akcommon as C

STEM = "vumc-cbbi-interviewer-guide"
TITLE = "Competency-Based Behavioral Interview (CBBI)"
SUBTITLE = "Interviewer Guide \u2013 2024\u20132025 Admissions Cycle"
HEADER = "Vanderbilt University School of Medicine \u00b7 MD Admissions"
FOOTER = "CBBI Interviewer Guide \u00b7 Confidential \u2013 for interviewer use only"
GOLDC = RGBColor(0x86, 0x6D, 0x4B)

ABOUT = ("The CBBI is a 30-minute structured interview in which every applicant is asked about the same "
         "competencies. The CBBI interviewer does not see the rest of the application file; the summary "
         "interviewer does.")
PREMISES_LEAD = "The method rests on two premises:"
PREMISES = ["The best predictor of future behavior is past behavior.",
            "The more recent the behavior, the more likely it is to be repeated."]
DIFFERS_H = "How the CBBI differs from a traditional interview"
DIFFERS = ["Questions are planned in advance and tied to a competency.",
           "Interviewers are trained in the CBBI technique.",
           "Rating scales are provided so that scoring is less subjective.",
           "Questions ask what the applicant actually did, not what they might do.",
           "Every applicant is measured against the same criteria, which makes comparison easier."]
PROBES_H = "General follow-up questions"
PROBES_LEAD = "Use these with any competency when an answer stays general:"
GENERAL_PROBES = ["Who else was involved?", "What exactly did you do?", "What did you say?",
                  "What happened after that?", "What was your specific contribution?"]
SCORING_H = "Scoring"
SCORING = ("Rate each competency from 1 to 5. Anchors are given for 1, 3 and 5; give a 2 or a 4 when a "
           "response falls between two anchors. Record the evidence for your rating in the notes space.")

ANCHORS = ["1 \u2013 Concern", "3 \u2013 Meets expectations", "5 \u2013 Exceptional"]

COMPS = [
    ("Ethical Responsibility",
     "Behaves honestly and ethically, takes responsibility for own actions and holds to professional "
     "standards when it is hard to do so.",
     "Tell me about a time you were asked to do something you felt was wrong. What did you do?",
     ["Who was asking you, and what was at stake?",
      "What options did you consider?",
      "How did the other person react to your decision?",
      "Looking back, would you handle it the same way?"],
     ["Cannot give a real example, or describes going along with the request without reflection. "
      "Blames others for the outcome.",
      "Describes a specific situation, recognizes the ethical issue and takes a reasonable course of "
      "action. Shows some reflection on the outcome.",
      "Gives a detailed, recent example, acts on principle despite real cost or pressure, and explains "
      "clearly what they learned and how it shapes their conduct now."],
     "Listen for \u201cI\u201d rather than \u201cwe\u201d: you are scoring what the applicant did, not what "
     "the group did."),
    ("Resilience and Adaptability",
     "Copes with setbacks and change, recovers from disappointment and adjusts plans when circumstances "
     "shift.",
     "Describe a time when something important to you did not go as planned. How did you respond?",
     ["What was your first reaction?",
      "What did you change as a result?",
      "Who, if anyone, did you turn to for support?"],
     ["Example shows little recovery or learning; dwells on the setback or on the failings of others.",
      "Describes a real setback, a reasonable adjustment and a sensible outcome.",
      "Gives a clear account of recovery, takes practical steps to adapt, and draws lessons they have "
      "since applied elsewhere."],
     "A setback outside medicine or academics is just as acceptable as one in the classroom or the lab."),
    ("Commitment to Service",
     "Shows a lasting desire to help others and puts the needs of the people served ahead of own "
     "convenience.",
     "Tell me about a time you went out of your way to help someone who needed it.",
     ["How did you become aware of the need?",
      "What did it cost you in time or effort?",
      "What difference did your help make?",
      "Is this something you have kept doing?"],
     ["Help described was incidental or required of them; little sign of concern for the person served.",
      "Describes meaningful help given by choice and shows understanding of the other person\u2019s needs.",
      "Describes service sustained over time, with clear initiative, insight into the needs of others "
      "and reflection on its impact."],
     None),
]


def _styles(doc):
    n = doc.styles["Normal"]
    n.font.name = "Calibri"
    n.font.size = Pt(11)
    n._element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    n.paragraph_format.space_after = Pt(6)
    for name, size in (("Title", 22), ("Subtitle", 13), ("Heading 1", 15), ("Heading 2", 13)):
        s = doc.styles[name]
        s.font.name = "Calibri"
        s.font.size = Pt(size)
        s.font.color.rgb = RGBColor(0, 0, 0) if name != "Heading 2" else GOLDC
        rf = s._element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(attr)) is not None:
                del rf.attrib[qn(attr)]
        rf.set(qn("w:ascii"), "Calibri")
        rf.set(qn("w:hAnsi"), "Calibri")


def _label(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    return p


def render(path):
    doc = Document()
    _styles(doc)
    C.clear_core_props(doc, title="CBBI Interviewer Guide", author="Office of Admissions")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run(HEADER)
    r.font.size = Pt(9)
    r.font.color.rgb = GOLDC
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(17.1), WD_TAB_ALIGNMENT.RIGHT)
    fp.add_run(FOOTER + "\tPage ")
    C.add_field(fp, "PAGE")
    fp.add_run(" of ")
    C.add_field(fp, "NUMPAGES", "3")
    for r in fp.runs:
        r.font.size = Pt(8)

    bullet = C.add_numbering(doc, C.bullet_lvl("\uf0b7", 720, 360, "Symbol"), "1C2D3E4F")
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(SUBTITLE, style="Subtitle")
    doc.add_paragraph("About the CBBI", style="Heading 1")
    doc.add_paragraph(ABOUT)
    doc.add_paragraph(PREMISES_LEAD)
    num = C.add_numbering(doc, C.decimal_lvl("%1.", 720, 360), "2D3E4F50")
    for t in PREMISES:
        C.set_num(doc.add_paragraph(t), num)
    doc.add_paragraph(DIFFERS_H, style="Heading 2")
    for t in DIFFERS:
        C.set_num(doc.add_paragraph(t), bullet)
    doc.add_paragraph(PROBES_H, style="Heading 2")
    doc.add_paragraph(PROBES_LEAD)
    for t in GENERAL_PROBES:
        C.set_num(doc.add_paragraph(t), bullet)
    doc.add_paragraph(SCORING_H, style="Heading 2")
    doc.add_paragraph(SCORING)

    doc.add_paragraph("Competencies", style="Heading 1")
    for i, (name, definition, lead, probes, anchors, tip) in enumerate(COMPS, 1):
        doc.add_paragraph(f"{i}. {name}", style="Heading 2")
        p = doc.add_paragraph()
        p.add_run("Definition: ").bold = True
        p.add_run(definition)
        _label(doc, "Lead question")
        q = doc.add_paragraph(lead)
        q.paragraph_format.left_indent = Cm(0.6)
        _label(doc, "Follow-up probes")
        for t in probes:
            C.set_num(doc.add_paragraph(t), bullet)
        _label(doc, "Rating anchors")
        t = doc.add_table(rows=2, cols=3)
        t.style = doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, h in zip(t.rows[0].cells, ANCHORS):
            cell.text = ""
            cell.paragraphs[0].add_run(h).bold = True
            C.shade(cell, "EFE7D6")
        for cell, a in zip(t.rows[1].cells, anchors):
            cell.text = a
            for pp in cell.paragraphs:
                for rr in pp.runs:
                    rr.font.size = Pt(10)
        C.fix_widths(t, [2.25, 2.25, 2.25])
        C.row_flags(t.rows[0], cant_split=True, header=True)
        C.row_flags(t.rows[1])
        if tip:
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.add_run("Interviewer tip: ").bold = True
            p.add_run(tip).italic = True
        p = doc.add_paragraph("Score (1\u20135): ______    Notes: " + "_" * 48)
        p.paragraph_format.space_before = Pt(6)
    doc.add_paragraph("Overall", style="Heading 1")
    doc.add_paragraph("Overall CBBI score (1\u20135): ______")
    doc.add_paragraph("Interviewer: ____________________________    Date: ______________")
    doc.save(path)


def gold():
    d = STEM
    comps = []
    for name, definition, lead, probes, anchors, tip in COMPS:
        iq = [C.item(d, lead, "Lead question")] + C.items(d, probes, "Follow-up probes")
        lvls = [C.level(d, r, lab, [a]) for r, (lab, a) in enumerate(zip(ANCHORS, anchors), 1)]
        comps.append(C.competency(d, name, definition, levels=lvls, interview_questions=iq,
                                  tips=[C.item(d, tip)] if tip else []))
    return comps


def build():
    path = C.DOCS / f"{STEM}.docx"
    render(path)
    return C.write_gold(path, "docx", TITLE, gold())
