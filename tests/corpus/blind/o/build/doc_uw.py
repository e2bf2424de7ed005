"""uw-research-job-family-rating-form.docx: University of Washington Human Resources, interview rating form
for the Research job family (Critical Success Factors).

python-docx: applicant form fields (Word table), instructions, then per critical success factor a heading,
a one-line definition and a three-column Word table (Question and lettered Prompts | Anchors | Score 0/1),
prompts as a real lowerLetter Word list, anchors as a real bullet list, header/footer."""
import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

import common as C
import lib as L

STEM = "uw-research-job-family-rating-form"
TITLE = "Research Job Family Rating Form"

FACTORS = [
    {
        "name": "Confidentiality",
        "definition": "Protects sensitive information about people, research and University business, and shares it only with those who have a legitimate need to know.",
        "questions": [
            ("Your manager calls and asks you to pull together information on your group\u2019s progress with a project, without telling the rest of the group. A few hours later a colleague takes you aside and quietly asks, \u201cHave you heard whether the project is being moved to another unit?\u201d How would you respond?",
             ["What would you say to your colleague?",
              "Would you mention the conversation to your manager? Why or why not?",
              "What would you do if the colleague kept pressing you for an answer?"],
             ["Does not disclose or hint at the confidential information",
              "Responds to the colleague courteously and without misleading them",
              "Recognizes when to involve the manager"]),
            ("Tell me about a time when you had access to sensitive or confidential records. How did you protect them?",
             ["What kind of information was it?",
              "What steps did you take to keep it secure?",
              "What was the outcome?"],
             ["Describes specific safeguards used (for example, locked files or restricted access)",
              "Shows awareness of privacy rules and University policy"]),
        ],
    },
    {
        "name": "Attention to Detail",
        "definition": "Completes work accurately and thoroughly, checks it for errors, and follows procedures closely.",
        "questions": [
            ("Describe a situation in a previous job that required you to be especially attentive to detail.",
             ["What strategies or systems did you use to keep errors to a minimum?",
              "How would others describe the accuracy of your work?",
              "How do you feel about the statement, \u201cEmployees should be held accountable for every error in their work\u201d?"],
             ["Describes a specific system or routine for checking work",
              "Gives an example of catching an error before it caused a problem",
              "Takes ownership of accuracy rather than relying on others to find mistakes"]),
        ],
    },
    {
        "name": "Orientation to Service",
        "definition": "Treats faculty, staff, students, research participants and the public as customers, and goes beyond the minimum to meet their needs.",
        "questions": [
            ("Can you give an example of a time when you worked with others on a project and went beyond your primary job responsibilities?",
             ["Please describe the situation.",
              "What exactly did you do?",
              "What was the outcome?",
              "Can you think of another time when you went beyond your primary responsibilities to help on a project?"],
             ["Response goes beyond the limits of typical job responsibilities",
              "Response describes specific actions the applicant took",
              "Applicant gives a second example of going beyond typical job responsibilities",
              "Second example includes specific actions"]),
            ("Describe a situation in which you dealt with an upset co-worker.",
             ["How did you handle the situation?",
              "What was the outcome?",
              "If it happened again, would you handle it differently? If so, what would you do?"],
             ["Demonstrates active listening",
              "Looks for an opportunity to help",
              "Takes ownership of the problem if one arises in a service interaction",
              "Opens the service encounter with a greeting and introduction"]),
        ],
    },
]

PURPLE = "4B2E83"
LETTER_LVL = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
              '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
              '<w:pPr><w:ind w:left="300" w:hanging="260"/></w:pPr></w:lvl>')


def build():
    d = docx.Document()
    L.set_font(d, "Arial", 9.5, after=2)
    L.style_font(d, "Title", "Arial", 17, True, PURPLE)
    L.style_font(d, "Heading 1", "Arial", 12.5, True, PURPLE)
    L.style_font(d, "Heading 2", "Arial", 11, True, "222222")
    C.clear_core_props(d, TITLE)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.75)
    hp = sec.header.paragraphs[0]
    L.right_tab(hp, Inches(7.0))
    hr = hp.add_run("UNIVERSITY of WASHINGTON")
    hr.bold = True
    hr.font.color.rgb = RGBColor.from_string(PURPLE)
    hp.add_run("\tHuman Resources").font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, Inches(7.0))
    fp.add_run("UW Human Resources \u2013 Interview rating form (Research job family)\tPage ")
    C.add_field(fp, "PAGE")
    for run in fp.runs:
        run.font.size = Pt(7.5)

    d.add_paragraph(TITLE, style="Title")
    ft = d.add_table(rows=3, cols=2)
    L.grid_borders(ft, "BBBBBB", 4)
    C.fix_widths(ft, [3.5, 3.5])
    for row, pair in zip(ft.rows, [("Date:", "Name of Applicant:"),
                                   ("Position Applying for:", "Position Requisition #:"),
                                   ("Employment Specialist:", "Rating:")]):
        for cell, lab in zip(row.cells, pair):
            cell.paragraphs[0].add_run(lab).bold = True
    d.add_paragraph()
    d.add_paragraph(
        "Ask every applicant the same questions in the same order. Use the prompts to draw out a complete "
        "example of what the applicant did. For each anchor, circle 1 if the response shows it and 0 if it "
        "does not, then total the scores in the Rating field above.")

    bul = C.add_numbering(d, C.bullet_lvl("\u2022", left=240, hanging=180), "00DA0001")
    d.add_paragraph("Critical Success Factors", style="Heading 1")
    for f in FACTORS:
        h = d.add_paragraph(f["name"], style="Heading 2")
        L.keep_next(h)
        dp = d.add_paragraph()
        dp.add_run(f["definition"]).italic = True
        L.keep_next(dp)
        t = d.add_table(rows=1 + len(f["questions"]), cols=3)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        L.grid_borders(t, "8C7BB5", 6)
        L.cell_margins(t, 50, 50, 90, 90)
        C.fix_widths(t, [3.6, 2.75, 0.65])
        for cell, lab in zip(t.rows[0].cells, ("Question", "Anchors", "Score")):
            C.shade(cell, "E6E1F0")
            cell.paragraphs[0].add_run(lab).bold = True
        C.mark_header_row(t.rows[0])
        for row, (q, prompts, anchors) in zip(t.rows[1:], f["questions"]):
            C.row_flags(row)
            qc, ac, sc = row.cells
            qc.paragraphs[0].add_run(q).bold = True
            pl = qc.add_paragraph()
            pl.paragraph_format.space_before = Pt(4)
            pl.add_run("Prompts").italic = True
            letters = C.add_numbering(d, LETTER_LVL, "00DA01%02d" % (len(d.part.numbering_part.element)))
            for pr in prompts:
                pp = qc.add_paragraph(pr)
                C.set_num(pp, letters)
            for k, a in enumerate(anchors):
                ap = ac.paragraphs[0] if k == 0 else ac.add_paragraph()
                ap.add_run(a)
                C.set_num(ap, bul)
                ap.paragraph_format.space_after = Pt(4)
                sp = sc.paragraphs[0] if k == 0 else sc.add_paragraph()
                sp.add_run("0    1")
                sp.paragraph_format.space_after = Pt(4)
        d.add_paragraph()
    tot = d.add_paragraph()
    tot.add_run("Total score: ______    Interviewer: ______________________    Date: __________").bold = True
    out = L.DOCS / f"{STEM}.docx"
    d.save(out)
    return out


def gold():
    comps = []
    for f in FACTORS:
        qs = [L.item(STEM, " ".join([q] + prompts)) for q, prompts, _a in f["questions"]]
        anchors = [L.item(STEM, a) for _q, _p, an in f["questions"] for a in an]
        comps.append(L.comp(STEM, f["name"], f["definition"], indicators=anchors, interview_questions=qs))
    return L.write_gold(L.DOCS / f"{STEM}.docx", "docx", TITLE, comps)


if __name__ == "__main__":
    print(build())
    print(gold())
