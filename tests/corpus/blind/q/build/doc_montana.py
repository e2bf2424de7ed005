"""1. State of Montana competency dictionary excerpt: DOCX, no heading styles (everything Normal)."""
import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches, RGBColor

import qcommon as C

STEM = "mt-competency-dictionary"
TITLE = "Competency Dictionary: Behavioral Competencies"

LEVELS = ["Entry Level", "Journey Level", "Expert Level"]

COMPS = [
    {
        "name": "Interpersonal Understanding",
        "definition": ("Develops solid working relationships. Recognizes how individuals, work units and "
                       "cultures operate and respond, and picks up on how others are feeling. Builds rapport "
                       "with co-workers and customers without the aim of persuading them."),
        "levels": [
            ["Listens to co-workers without interrupting and checks that the message was understood.",
             "Treats customers and colleagues courteously, including when under pressure.",
             "Notices obvious signs that a co-worker is frustrated or upset and responds with consideration."],
            ["Encourages open discussion within the work unit so that people feel comfortable raising what matters to them.",
             "Deals with others in an open and accepting way and is fair and unbiased toward each person.",
             "Reads unspoken concerns and adjusts own approach to suit the individual.",
             "Acknowledges the skills, expertise and contributions of others."],
            ["Builds a climate of trust across work units and agencies.",
             "Helps others understand the reasons behind the reactions of individuals and groups.",
             "Resolves sensitive interpersonal situations that others have been unable to settle."],
        ],
    },
    {
        "name": "Sound Judgment",
        "definition": ("Makes timely, well-reasoned decisions by weighing the facts, the options and their "
                       "likely consequences. Knows when a decision should be referred to someone else."),
        "levels": [
            ["Follows established procedures when making routine decisions.",
             "Gathers the basic facts before acting and asks for help when a situation falls outside the rules.",
             "Explains the reasons for own decisions when asked."],
            ["Weighs several options and their risks before recommending a course of action.",
             "Makes decisions on non-routine matters within the limits of own authority.",
             "Considers how a decision will affect customers, co-workers and other programs.",
             "Revisits a decision when new information shows that it is no longer sound."],
            ["Makes difficult decisions when information is incomplete or the situation is ambiguous.",
             "Sets decision criteria that others in the agency use.",
             "Takes responsibility for unpopular decisions and explains them openly."],
        ],
    },
    {
        "name": "Service Orientation",
        "definition": ("Identifies and responds to the needs of internal and external customers, and works to "
                       "deliver services that are timely, accurate and courteous."),
        "levels": [
            ["Greets customers promptly and responds to their requests politely.",
             "Passes requests that are beyond own role to the right person and follows up.",
             "Keeps customers informed about the status of their requests."],
            ["Asks questions to find the need behind a customer\u2019s request.",
             "Resolves most customer problems without referral.",
             "Uses customer feedback to improve the way work is done."],
            ["Anticipates customer needs and designs services that meet them.",
             "Sets service standards for the unit and monitors how well they are met.",
             "Handles escalated complaints and finds solutions acceptable to both the customer and the agency."],
        ],
        "note": ("Note: Journey Level behaviors are the expected standard for most positions in the "
                 "customer service occupations."),
    },
]


def para(doc, text="", bold=False, italic=False, size=None, align=None, space_after=6, color=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def build():
    doc = docx.Document()
    C.clear_core_props(doc, "")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = sec.bottom_margin = Inches(0.9)
    # running header / footer (Normal style paragraphs in header/footer parts)
    hp = sec.header.paragraphs[0]
    hp.text = "State of Montana \u2013 Competency Dictionary"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Department of Administration, State Human Resources Division  \u2022  Page ")
    r.font.size = Pt(8)
    C.add_field(fp, "PAGE")

    para(doc, "STATE OF MONTANA", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "Department of Administration \u2013 State Human Resources Division", size=11,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    para(doc, TITLE, bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    para(doc, "(excerpt \u2013 three competencies)", italic=True, size=10,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=14)
    para(doc, ("A competency is a pattern of knowledge, skill and behavior that leads to successful "
               "performance in a job. Each entry in this dictionary gives the competency title, a short "
               "definition, and behavioral statements written for three levels of performance. Entry Level "
               "statements describe an employee who is still learning the work; Journey Level statements "
               "describe fully competent, independent performance; Expert Level statements describe the "
               "employee that others turn to for guidance."))
    para(doc, ("The levels build on one another: an employee at the Journey Level is expected to show the "
               "Entry Level behaviors as well. Agencies may adapt the statements to fit a particular "
               "occupation or work unit."), space_after=14)

    for ci, comp in enumerate(COMPS):
        para(doc, comp["name"], bold=True, size=12, space_after=3)
        para(doc, comp["definition"], italic=True, space_after=8)
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        h = t.rows[0].cells
        for cell, txt in zip(h, ["Level", "Behavioral Statements"]):
            cell.paragraphs[0].add_run(txt).bold = True
            C.shade_cell(cell, "D9D9D9")
        C.header_row(t.rows[0])
        for label, behs in zip(LEVELS, comp["levels"]):
            row = t.add_row()
            C.cant_split(row)
            row.cells[0].paragraphs[0].add_run(label).bold = True
            cell = row.cells[1]
            for i, b in enumerate(behs):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                p.add_run(b)
                p.paragraph_format.space_after = Pt(4)
        C.fix_widths(t, [1.3, 5.2])
        if comp.get("note"):
            para(doc, "", space_after=2)
            para(doc, comp["note"], size=10, space_after=14)
        else:
            para(doc, "", space_after=14)
    # assert no heading styles anywhere
    for p in doc.paragraphs:
        assert p.style.name == "Normal", p.style.name
    out = C.DOCS / f"{STEM}.docx"
    doc.save(out)
    return out


def gold(path):
    comps = []
    for comp in COMPS:
        levels = [C.level(i + 1, LEVELS[i], behs, STEM) for i, behs in enumerate(comp["levels"])]
        notes = [C.item(comp["note"], STEM)] if comp.get("note") else []
        comps.append(C.competency(comp["name"], STEM, comp["definition"], levels=levels, notes=notes))
    return C.write_gold(path, "docx", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(gold(p))
