"""Wiltshire Council - Behaviours framework booklet (PDF).

Modelled on "Wiltshire Council's Behaviours framework - It's about how we work" (issuu / vdocuments copies: cover
with the six behaviour names, "Why do we need a behaviours framework?", "What is the behaviours framework?",
"What do we mean by behaviour?", "What are the behaviours and how do they work?"), on the behaviour statements
of wiltshire-seniorappointments.com ("You ..." sentences) and on the council's equality impact assessment, which
says the framework outlines "what is acceptable and what is not". Layout per the batch assignment: EFFECTIVE /
INEFFECTIVE indicators, as a two-column Word table "Acceptable behaviours" | "Unacceptable behaviours" under each
behaviour. Excerpt: three of the six behaviours. A4, footer "Wiltshire Council - Behaviours framework" + page
number. All wording is ours. python-docx -> LibreOffice -> PDF.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import cblib as L

STEM = "wilts-behaviours-framework"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Wiltshire Council\u2019s Behaviours framework"
SIX = ["Trust and respect", "Leadership", "Simplicity", "Working together", "Responsibility", "Excellence"]
GOOD, BAD = "Acceptable behaviours", "Unacceptable behaviours"

BEHAVIOURS = [
    {"name": "Trust and respect",
     "definition": "You know the effect you have on other people and on the resources you use. You are open, "
                   "you listen properly to understand other points of view, you value diversity and you do what "
                   "you can to reduce harm to our environment.",
     "good": ["Treats colleagues, customers and partners with courtesy, whatever their background",
              "Listens to other views before reaching a decision",
              "Keeps confidential information confidential",
              "Uses council money, equipment and energy carefully"],
     "bad": ["Talks about colleagues behind their backs",
             "Interrupts or dismisses people whose opinions differ from their own",
             "Ignores offensive remarks or jokes",
             "Wastes resources because \u2018it\u2019s not my budget\u2019"]},
    {"name": "Working together",
     "definition": "You work with other people towards a shared goal. You share what you know, support your "
                   "colleagues and look for expertise and answers from partners and from the communities we "
                   "serve.",
     "good": ["Offers help to other teams when they are under pressure",
              "Shares information early so that others can plan",
              "Involves partners and residents in finding solutions",
              "Thanks people for their contribution"],
     "bad": ["Protects own team\u2019s interests at the expense of the council as a whole",
             "Keeps information to themselves",
             "Refuses to take part in joint work unless told to"]},
    {"name": "Responsibility",
     "definition": "You own your work and use your initiative to get things done. You are answerable for your "
                   "own performance and development, and you stand by your actions and decisions.",
     "good": ["Does what they said they would do, when they said they would do it",
              "Admits mistakes and learns from them",
              "Seeks feedback and acts on it",
              "Raises problems with the right person rather than ignoring them"],
     "bad": ["Blames others when things go wrong",
             "Waits to be told what to do",
             "Misses deadlines without letting anyone know",
             "Says \u2018that\u2019s not my job\u2019"]},
]


def build_doc():
    d = Document()
    L.clear_core_props(d, TITLE)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    normal = d.styles["Normal"]
    L.style_font(normal, "Arial")
    normal.font.size = Pt(10.5)
    purple = RGBColor(0x5B, 0x2C, 0x6F)
    for s in ("Heading 1", "Heading 2", "Title"):
        L.style_font(d.styles[s], "Arial")
        d.styles[s].font.color.rgb = purple

    fp = sec.footer.paragraphs[0]
    fp.text = "Wiltshire Council \u2013 Behaviours framework\t"
    L.right_tab(fp, 17)
    L.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(8)

    bullet = L.add_numbering(d, L.bullet_lvl("\u2022", left=284, hanging=284), "5B2C6F01")

    t = d.add_paragraph(TITLE, style="Title")
    t.runs[0].font.size = Pt(24)
    s = d.add_paragraph("It\u2019s about how we work")
    s.runs[0].italic = True
    s.runs[0].font.size = Pt(14)
    for name in SIX:
        p = d.add_paragraph(name)
        p.runs[0].bold = True
        p.runs[0].font.color.rgb = purple
        p.paragraph_format.space_after = Pt(0)

    d.add_paragraph("Why do we need a behaviours framework?", style="Heading 2")
    d.add_paragraph("We want Wiltshire Council to be a rewarding and enjoyable place to work. When staff enjoy "
                    "their work, residents and customers notice, and each of us has a part to play in reaching "
                    "our goals.")
    d.add_paragraph("What is the behaviours framework?", style="Heading 2")
    d.add_paragraph("The framework sets out the core behaviours that describe \u2018how\u2019 we go about our "
                    "work. It sits alongside \u2018what\u2019 we do, which is set out in each job description.")
    d.add_paragraph("What are the behaviours and how do they work?", style="Heading 2")
    d.add_paragraph("There are six sets of behaviours, and they apply to every member of staff whatever their "
                    "role or grade. For each behaviour the framework shows what is acceptable and what is not. "
                    "Three of the six are reproduced on the following pages.")

    for i, b in enumerate(BEHAVIOURS):
        h = d.add_paragraph(b["name"], style="Heading 1")
        if i == 0:
            h.paragraph_format.page_break_before = True
        L.keep_with_next(h)
        p = d.add_paragraph(b["definition"])
        L.keep_with_next(p)
        tbl = d.add_table(rows=2, cols=2)
        tbl.style = d.styles["Table Grid"]
        L.fix_widths(tbl, [3.35, 3.35])
        L.row_flags(tbl.rows[0], header=True)
        for j, (lab, key, fill) in enumerate(((GOOD, "good", "E4DCEB"), (BAD, "bad", "F2F2F2"))):
            hc = tbl.rows[0].cells[j]
            L.shade(hc, fill)
            hc.paragraphs[0].add_run(lab).bold = True
            body = tbl.rows[1].cells[j]
            for k, txt in enumerate(b[key]):
                para = body.paragraphs[0] if k == 0 else body.add_paragraph()
                para.add_run(txt)
                L.set_num(para, bullet)
        d.add_paragraph()
    return d


def gold():
    out = []
    for b in BEHAVIOURS:
        ind = L.items(STEM, b["good"], GOOD) + L.items(STEM, b["bad"], BAD)
        out.append(L.competency(STEM, b["name"], b["definition"], indicators=ind))
    return out


def main():
    L.docx_to_pdf(build_doc(), OUT)
    L.write_gold(OUT, "pdf", TITLE, gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()
