"""Queen's University (Kingston, Ontario) - Competency Dictionary excerpt.

Layout (after the Queen's HR "Competency Dictionary" PDF, 12 pages, 2016): running header with the dictionary
title, "Page X of Y" footer; each entry "N - NAME" in capitals, "Definition:" line (no final period), then a
five-column table: the header row holds "Level 1" ... "Level 5" each with a one-line summary, the body rows the
behaviours of each level, one per cell, columns of unequal length.  The second entry's table runs over the page
break (header row repeated, rows kept whole).
python-docx -> LibreOffice -> PDF.
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

import allib as L

STEM = "queens-competency-dictionary"
TITLE = "Queen's University Competency Dictionary"

ENTRIES = [
    {
        "num": 1, "name": "BUILDS RELATIONSHIPS",
        "definition": "Seeks out and makes use of chances to form and keep a network of contacts who supply "
                      "information and support toward work-related objectives",
        "levels": [
            ("Deals with people in a polite and courteous way", [
                "Chooses the right way to interact or communicate for the situation (email, phone, in person)",
                "Shows an understanding of the organizational and departmental structure and of co-worker and "
                "supervisor roles",
                "Treats others with professionalism, diplomacy and tact",
                "Values diversity and encourages inclusion in the workplace",
            ]),
            ("Forms relationships with internal and external stakeholders and deepens them over time", [
                "Knows every member of the department and how each contributes to organizational success",
                "Takes part in conversations to build rapport with colleagues",
                "Builds professional bonds with a wide range of key stakeholders through respect, trust, "
                "support and mutual understanding",
                "Acknowledges what others contribute",
            ]),
            ("Draws on a network of relationships to reach organizational goals and objectives", [
                "Establishes effective relationships in potentially complex settings",
                "Listens actively and responds constructively without falling back on criticism or negativity",
                "Looks for and cultivates relationships with people who hold different perspectives",
            ]),
            ("Uses broad professional networks to create synergies between departmental work groups", [
                "Moves comfortably through the structure of departments beyond their own",
                "Uses networks and connections built through work groups and project coordination to get "
                "tasks done and reach goals",
                "Brings people from different units together to work on shared problems",
            ]),
            ("Sustains ongoing contact with departments and outside networks in many capacities to achieve "
             "organization-wide impact", [
                "Represents the University in external partnerships and networks",
                "Builds alliances with outside organizations that advance the University's strategic "
                "priorities",
                "Coaches others on how to build and use professional networks",
            ]),
        ],
    },
    {
        "num": 2, "name": "COMMUNICATES EFFECTIVELY",
        "definition": "Shares information and ideas clearly and concisely, orally and in writing, and listens "
                      "in order to understand the needs and views of others",
        "levels": [
            ("Exchanges routine information accurately and courteously", [
                "Speaks and writes in a clear, polite and professional manner",
                "Checks understanding by asking questions and restating key points",
                "Passes information on to colleagues promptly",
                "Uses correct grammar, spelling and punctuation in routine correspondence",
                "Responds to voicemail and email within expected timelines",
            ]),
            ("Adjusts messages to suit the audience and the purpose", [
                "Selects the format and channel that best fit the message and the audience",
                "Prepares clear summaries, reports and presentations",
                "Gives and receives feedback openly and respectfully",
                "Keeps supervisor and team informed of progress and issues",
                "Puts technical or specialized information into terms others can use",
            ]),
            ("Conveys complex or sensitive information clearly to a range of audiences", [
                "Explains complex policies and processes in plain language",
                "Handles difficult or emotional conversations calmly and with tact",
                "Anticipates questions and concerns and addresses them in advance",
                "Facilitates meetings so that all voices are heard",
            ]),
            ("Communicates with influence across departments and with external partners", [
                "Negotiates and persuades to gain support for departmental initiatives",
                "Writes proposals and briefing notes for senior leaders",
                "Builds shared understanding among groups with competing interests",
                "Designs communication plans for projects that affect several units",
            ]),
            ("Shapes communication strategy for the organization and represents it publicly", [
                "Sets the direction for communication on institution-wide initiatives",
                "Speaks on behalf of the University to external audiences and the media",
                "Creates a culture of open, two-way communication across the organization",
            ]),
        ],
    },
    {
        "num": 3, "name": "DEMONSTRATES ACCOUNTABILITY",
        "definition": "Takes ownership of own work, decisions and results, and follows through on commitments "
                      "made to others",
        "levels": [
            ("Completes assigned tasks reliably and on time", [
                "Arrives prepared and ready to work",
                "Follows established policies and procedures",
                "Lets the supervisor know when deadlines are at risk",
            ]),
            ("Takes responsibility for the quality of own work and results", [
                "Admits mistakes and works to correct them",
                "Plans own work so that commitments are met",
                "Asks for feedback on own performance",
            ]),
            ("Holds self and others to agreed standards", [
                "Sets clear expectations with colleagues on shared work",
                "Follows up on commitments others have made",
                "Uses results to improve processes",
            ]),
            ("Builds accountability into the systems of the unit", [
                "Sets measurable goals for the unit and tracks progress against them",
                "Addresses performance gaps promptly and fairly",
            ]),
            ("Models accountability at the institutional level", [
                "Reports openly on institutional results, including shortfalls",
                "Accepts responsibility for decisions that affect the whole University",
            ]),
        ],
    },
]

FONT = "Arial"
HEAD_FILL = "1F3864"    # Queen's navy
SUM_FILL = "D9E2F3"


def _run(p, text, bold=False, italic=False, size=9, color=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    r.font.name = FONT
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def _cell_text(cell, text, **kw):
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    _run(p, text, **kw)
    return p


def build():
    doc = Document()
    L.clear_core_props(doc, title=TITLE, author="Human Resources")
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.7)
    sec.top_margin, sec.bottom_margin = Inches(0.8), Inches(0.7)
    sec.header_distance = sec.footer_distance = Inches(0.35)

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(hp, TITLE, bold=True, size=9, color="1F3864")
    L.para_border_bottom(hp, color="1F3864", sz=6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(fp, "Page ", size=8)
    L.add_field(fp, "PAGE")
    _run(fp, " of ", size=8)
    L.add_field(fp, "NUMPAGES", "2")
    for r in fp.runs:
        r.font.size = Pt(8)
        r.font.name = FONT

    gold = []
    for n, e in enumerate(ENTRIES):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(0 if n == 0 else 14)
        p.paragraph_format.space_after = Pt(4)
        p.paragraph_format.keep_with_next = True
        _run(p, f"{e['num']} - {e['name']}", bold=True, size=12, color="1F3864")
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(6)
        p.paragraph_format.keep_with_next = True
        _run(p, "Definition: ", bold=True, size=10)
        _run(p, e["definition"], size=10)

        nrows = max(len(b) for _, b in e["levels"])
        t = doc.add_table(rows=1 + nrows, cols=5)
        t.style = doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        L.fix_widths(t, [1.42] * 5)
        hdr = t.rows[0]
        L.row_flags(hdr, cant_split=True, header=True)
        for i, (summary, behaviours) in enumerate(e["levels"]):
            c = hdr.cells[i]
            L.shade(c, SUM_FILL)
            _cell_text(c, f"Level {i + 1}", bold=True, size=9.5, color="1F3864")
            q = c.add_paragraph()
            q.paragraph_format.space_before = Pt(2)
            q.paragraph_format.space_after = Pt(2)
            _run(q, summary, italic=True, size=8.5)
        for r in range(nrows):
            row = t.rows[1 + r]
            L.row_flags(row, cant_split=True)
            for i, (_, behaviours) in enumerate(e["levels"]):
                if r < len(behaviours):
                    p = _cell_text(row.cells[i], behaviours[r], size=8.5)
                    p.paragraph_format.space_before = Pt(2)
                    p.paragraph_format.space_after = Pt(2)
        levels = [L.level(STEM, i + 1, f"Level {i + 1}", [summary] + list(behaviours))
                  for i, (summary, behaviours) in enumerate(e["levels"])]
        gold.append(L.competency(STEM, e["name"], e["definition"], levels=levels))

    src = L.BATCH / "build" / "tmp" / f"{STEM}.docx"
    src.parent.mkdir(exist_ok=True)
    doc.save(src)
    L.soffice(src, "pdf", L.DOCS)
    out = L.DOCS / f"{STEM}.pdf"
    L.write_gold(out, "pdf", TITLE, gold)
    return out


if __name__ == "__main__":
    print(build())
