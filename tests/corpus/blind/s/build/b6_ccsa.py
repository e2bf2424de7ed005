"""6. CCSA competency-based interview tool (Counselling cluster): DOCX with rating-scale table, per-competency
question/notes tables and a checkbox rating row."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import sutil as S
import docx
from docx.shared import Pt, Inches, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

STEM = "ccsa-interview-tool-counselling"

SCALE = [
    ("1", "Little or no evidence",
     "No relevant example was given, or the example showed behaviour opposite to what the competency requires."),
    ("2", "Limited evidence",
     "The example was vague or only partly relevant; few of the expected behaviours were shown."),
    ("3", "Acceptable evidence",
     "A relevant example showing most of the expected behaviours at the targeted proficiency level."),
    ("4", "Strong evidence",
     "A clear, specific example showing all of the expected behaviours, with a positive result."),
    ("5", "Exceptional evidence",
     "Several specific examples showing behaviour above the targeted proficiency level, in complex situations."),
]

COMPS = [
    ("Interpersonal Rapport", "3",
     "Establishing and maintaining relationships with clients, colleagues and partners that are based on "
     "trust, respect and genuine concern, and using sensitivity and tact to understand and respond to the "
     "needs of others.",
     [("Tell us about a time when you had to build trust with a client who was reluctant to engage with "
       "services. What did you do, and how did the client respond?", None),
      ("Describe a situation in which a client or colleague became upset or angry with you. How did you "
       "handle it?", "Follow-up: What was the outcome, and would you do anything differently?"),
      ("Give an example of how you adapted your approach to connect with someone whose background or "
       "values were very different from your own.", None)]),
    ("Client-centred Change", "3",
     "Using an approach that respects each client\u2019s own goals and readiness for change, and supporting "
     "clients to recognise their strengths and make the changes they choose.",
     [("Tell us about a client who was not yet ready to change their substance use. How did you work with "
       "them?", None),
      ("Describe a time when a client\u2019s goals were different from what you or your team thought was "
       "best. What did you do?", None),
      ("Give an example of how you helped a client to recognise and build on their own strengths. What was "
       "the result?", None)]),
    ("Self-care", "2",
     "Recognising the effects of demanding work on one\u2019s own physical, emotional and mental health, and "
     "taking steps to maintain personal well-being and professional effectiveness.",
     [("Tell us about a period when your work was especially stressful. How did you notice the effect it "
       "was having on you, and what did you do about it?", None),
      ("What strategies do you use to keep a healthy balance between your work and your personal life? "
       "Give an example of a time you used one of them.", None),
      ("Describe a time when you asked a supervisor or colleague for support after a difficult situation "
       "at work. What led you to ask?", None)]),
]


def p(d, text="", bold=False, italic=False, size=None, after=6, style=None, align=None):
    para = d.add_paragraph(style=style) if style else d.add_paragraph()
    para.paragraph_format.space_after = Pt(after)
    if align is not None:
        para.alignment = align
    if text:
        r = para.add_run(text); r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
    return para


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text); r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    return cell.paragraphs[0]


def build():
    d = docx.Document()
    S.clear_props(d, title="Interview Tool - Counselling", author="")
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    for name, size, color in (("Heading 1", 15, "1F4E79"), ("Heading 2", 12.5, "1F4E79")):
        hs = d.styles[name]; hs.font.name = "Calibri"; hs.font.size = Pt(size)
        hs.font.color.rgb = RGBColor.from_string(color)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Inches(11), Inches(8.5)
    sec.left_margin = sec.right_margin = Inches(0.9)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(6.7), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Competencies for Canada\u2019s Substance Abuse Workforce\tSection III \u2013 Interview Tools")
    r.font.size = Pt(8); r.italic = True
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.7), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("Canadian Centre on Substance Abuse \u2022 Counselling\tIII\u2013"); r.font.size = Pt(8)
    S.add_field(fp, "PAGE")
    fp.runs[-2].font.size = Pt(8)

    qnum = None
    p(d, "Interview Tool: Counselling", style="Title", after=2)
    p(d, "Behavioural competencies \u2013 structured interview guide", italic=True, size=12, after=10)

    t = d.add_table(rows=2, cols=4); t.style = "Table Grid"
    for (i, j), lab in zip([(0, 0), (0, 2), (1, 0), (1, 2)], ["Candidate:", "Position:", "Interviewer(s):", "Date:"]):
        cell_text(t.cell(i, j), lab, bold=True)
    S.fix_widths(t, [1.2, 2.15, 1.2, 2.15])
    p(d, "", after=4)

    p(d, "How to use this tool", style="Heading 2", after=4)
    p(d, "Ask each question as written. Use the probes only when the candidate\u2019s answer does not give you "
         "enough detail about what they did. Record the candidate\u2019s answers in the Notes column during the "
         "interview, then rate each competency using the scale below once the interview is over. Do not "
         "rate during the interview.", after=6)

    p(d, "Rating scale", style="Heading 2", after=4)
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Rating", "Level of evidence", "Descriptor"]):
        cell_text(c, txt, bold=True); S.shade(c, "DEEAF6")
    for n, lvl, desc in SCALE:
        cells = t.add_row().cells
        cell_text(cells[0], n, bold=True).alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell_text(cells[1], lvl)
        cell_text(cells[2], desc)
    S.fix_widths(t, [0.7, 1.6, 4.4])

    for ci, (name, lvl, definition, questions) in enumerate(COMPS):
        h = p(d, name, style="Heading 1", after=4)
        h.paragraph_format.page_break_before = True
        para = p(d, after=4)
        r = para.add_run("Proficiency level targeted: "); r.bold = True
        para.add_run(lvl)
        p(d, definition, italic=True, after=8)
        qnum = S.add_numbering(d, S.decimal_lvl("%1.", left=340, hanging=340), f"7A{ci}B3C4D")
        t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells, ["Question", "Notes"]):
            cell_text(c, txt, bold=True); S.shade(c, "DEEAF6")
        S.row_header(t.rows[0])
        for q, follow in questions:
            row = t.add_row()
            S.cant_split(row)
            c0 = row.cells[0]
            para = cell_text(c0, q)
            S.set_num(para, qnum)
            if follow:
                fp2 = c0.add_paragraph()
                fp2.paragraph_format.left_indent = Inches(0.24)
                fr = fp2.add_run(follow); fr.italic = True
            row.cells[1].text = ""
            # room to write
            trPr = row._tr.get_or_add_trPr()
            trPr.append(parse_xml(f'<w:trHeight {nsdecls("w")} w:val="1900" w:hRule="atLeast"/>'))
        row = t.add_row()
        m = row.cells[0].merge(row.cells[1])
        m.text = ""
        rp = m.paragraphs[0]
        rr = rp.add_run("Rating:   "); rr.bold = True
        rp.add_run("\u2610 1     \u2610 2     \u2610 3     \u2610 4     \u2610 5")
        S.fix_widths(t, [3.6, 3.1])

    h = p(d, "Overall assessment", style="Heading 1", after=4)
    h.paragraph_format.page_break_before = True
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for lab in ["Interpersonal Rapport", "Client-centred Change", "Self-care", "Total (out of 15)"]:
        cells = t.add_row().cells
        cell_text(cells[0], lab, bold=(lab.startswith("Total")))
    S.fix_widths(t, [4.7, 2.0])
    p(d, "", after=6)
    p(d, "Comments:", bold=True, after=40)
    p(d, "Interviewer signature: ______________________________     Date: ______________", after=4)
    p(d, "\u00a9 Canadian Centre on Substance Abuse 2010. This tool may be reproduced and adapted provided "
         "CCSA is acknowledged as the source.", size=8, after=0)

    out = S.DOCS / f"{STEM}.docx"
    d.save(out)
    return out


if __name__ == "__main__":
    print(build())
