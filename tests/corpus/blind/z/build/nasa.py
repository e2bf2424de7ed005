"""NASA Leadership Model for Managers and Supervisors (Core Competencies & Suggested Courses), excerpt:
python-docx, landscape Word document.

Layout of the NASA model documents: title, an overview "graphic" (here a table of the six dimensions
and their competencies), a note on suggested courses; then per competency a line
"PERFORMANCE DIMENSION: ...", a line "COMPETENCY: <Name> - <definition>", and a two-column table
"SKILLS/BEHAVIORS | SUGGESTED COURSES": the left cell has a bold skill name and Word bullets, the right
cell course bullets under a provider heading ("NASA", "OPM"); some rows list no course.
Header "NASA Leadership Model ... Manager/Supervisor", centred page number.
"""
from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt

import common as C
import helpers as H

STEM = "nasa-leadership-model-managers-supervisors"
TITLE = "NASA LEADERSHIP MODEL FOR MANAGERS AND SUPERVISORS"

OVERVIEW = [
    ("Personal Effectiveness", ["Cognitive Skills", "Relating to Others",
                                "Personal Capabilities & Characteristics"]),
    ("Managing Information & Knowledge", ["Use of Information Technology", "Knowledge Management"]),
    ("Discipline Competency", ["Broad Understanding of Discipline",
                               "Maintain Credibility of Core Competency"]),
    ("Working Internationally", ["International Policy", "Cross-Cultural Relationships",
                                 "International Partnerships & Alliances"]),
    ("Business Acumen", ["Organizational Culture", "Organizational Strategy", "Business Development",
                         "Business Management", "Internal/External Awareness", "Customer Relationships"]),
    ("Leading & Managing Others", ["Leading & Managing Change", "Leading & Managing People",
                                   "Leading & Managing the Work", "Communication & Advocacy"]),
]

COMPS = [
    {
        "dimension": "PERSONAL EFFECTIVENESS",
        "name": "Cognitive Skills",
        "definition": "Uses sound, critical judgment and suitable decision-making and thinking strategies "
                      "on organizational, interpersonal and competitive issues.",
        "rows": [
            ("Strategic Thinking", [
                "Considers the strategic, business and competitive implications of problems and issues.",
                "Takes a long-term view of organizational issues, in keeping with the timeframes of NASA’s business.",
                "Anticipates threats and opportunities.",
                "Balances short-term needs with long-term priorities."],
             [("NASA", ["Mid-Level Leader Program (MLLP)", "Strategic Thinking for Managers"])]),
            ("Decision Making", [
                "Makes decisions even when they may have unpleasant consequences.",
                "Gathers relevant information and a range of views before deciding.",
                "Makes effective decisions in ambiguous situations.",
                "Makes decisions in a timely way.",
                "Explains the impact and implications of decisions to employees."],
             [("OPM", ["Decision Making for Results", "Leading in a Complex Environment"])]),
            ("Problem Solving/Critical Thinking", [
                "Separates relevant from irrelevant information when solving problems.",
                "Looks for the root causes of problems rather than their symptoms.",
                "Provides timely solutions to problems."],
             [("NASA", ["Critical Thinking and Problem Solving Workshop"])]),
            ("Creativity and Innovation", [
                "Encourages creative thinking and innovation in the organization.",
                "Tries out new ideas and approaches.",
                "Is open to innovative approaches to both existing and new problems."],
             []),
        ],
    },
    {
        "dimension": "PERSONAL EFFECTIVENESS",
        "name": "Relating to Others",
        "definition": "Builds trust and supportive working relationships.",
        "rows": [
            ("Influence and Negotiation", [
                "Persuades others by reasoning with them rather than by applying pressure.",
                "Seeks win/win outcomes in influence and negotiation.",
                "Secures, through negotiation and influence, the resources the organization needs."],
             [("NASA", ["Influence and Negotiation Seminar"]), ("OPM", ["Negotiation Strategies"])]),
            ("Communication", [
                "Encourages an open exchange of ideas and information.",
                "Communicates decisions and the reasons behind them promptly.",
                "Makes sure people are clear about what s/he has communicated.",
                "Is effective at oral communication.",
                "Is effective at written communication."],
             [("NASA", ["Effective Writing for Managers", "Presentation Skills Workshop"])]),
            ("Listening", [
                "Listens effectively to diverse audiences.",
                "Pays close attention and tries to understand other points of view.",
                "Checks understanding by restating what was heard."],
             []),
            ("Trust Building", [
                "Establishes trust and mutual respect in dealings with others.",
                "Treats people fairly and with respect.",
                "Treats each person as an individual.",
                "Acts consistently, so that words and actions match."],
             [("OPM", ["Building Trust in the Workplace"])]),
        ],
    },
]

NOTE = ("The suggested courses are only some of the possible courses. More are listed on the "
        "website, linked to each competency of the model.")


def build():
    doc = Document()
    H.base_font(doc, "Arial", 10)
    C.clear_core_props(doc, "NASA Leadership Model - Managers and Supervisors")
    s = doc.sections[0]
    s.page_width, s.page_height = Inches(8.5), Inches(11)
    H.landscape(s)
    s.left_margin = s.right_margin = Inches(0.7)
    s.top_margin = s.bottom_margin = Inches(0.7)
    doc.styles["Header"].paragraph_format.tab_stops.clear_all()
    hp = s.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(9.6), WD_TAB_ALIGNMENT.RIGHT)
    H.run(hp, "NASA Leadership Model", bold=True, size=9)
    H.run(hp, "\tManager/Supervisor", bold=True, size=9)
    fp = s.footer.paragraphs[0]
    fp.alignment = 1
    C.add_field(fp, "PAGE", "1")

    bullet = C.add_numbering(doc, C.bullet_lvl("\uf0b7", left=288, hanging=216, font="Symbol"), "5A1C0003")

    H.para(doc, TITLE, bold=True, size=15, align="center", space_after=2)
    H.para(doc, "Core Competencies & Suggested Courses", bold=True, size=12, align="center", space_after=8)
    H.para(doc, "The overview below shows every competency of the NASA Leadership Model, arranged under "
                "the dimensions of the model. Skills, behaviors and suggested courses are listed on the "
                "pages that follow.", space_after=8)
    ov = doc.add_table(rows=2, cols=3)
    H.grid_borders(ov, color="1F497D", size=8)
    C.fix_widths(ov, [3.2, 3.2, 3.2])
    for i, (dim, comps) in enumerate(OVERVIEW):
        cell = ov.rows[i // 3].cells[i % 3]
        H.cell_par(cell, dim, bold=True, size=10, first=True, color="1F497D")
        for c in comps:
            p = H.cell_par(cell, c, size=9)
            C.set_num(p, bullet)
    H.para(doc, "", space_after=4)
    H.para(doc, NOTE, italic=True, size=9, space_after=0)

    for comp in COMPS:
        p = H.para(doc, f"PERFORMANCE DIMENSION: {comp['dimension']}", bold=True, size=11,
                   space_before=0, space_after=2)
        p.paragraph_format.page_break_before = True
        p = H.para(doc, "", space_after=6)
        H.run(p, "COMPETENCY: ", bold=True, size=11)
        H.run(p, f"{comp['name']} - ", bold=True, size=11)
        H.run(p, comp["definition"], size=11)
        t = doc.add_table(rows=1, cols=2)
        H.grid_borders(t, color="000000", size=6)
        C.fix_widths(t, [6.2, 3.4])
        h = t.rows[0]
        H.cell_par(h.cells[0], "SKILLS/BEHAVIORS", bold=True, size=10, first=True)
        H.cell_par(h.cells[1], "SUGGESTED COURSES", bold=True, size=10, first=True)
        for c in h.cells:
            C.shade(c, "D9D9D9")
        C.mark_header_row(h)
        for skill, behs, courses in comp["rows"]:
            row = t.add_row()
            C.row_flags(row)
            H.cell_par(row.cells[0], skill, bold=True, size=10, first=True)
            for b in behs:
                p = H.cell_par(row.cells[0], b, size=9.5)
                C.set_num(p, bullet)
            first = True
            for provider, titles in courses:
                H.cell_par(row.cells[1], provider, bold=True, size=9.5, first=first)
                first = False
                for title in titles:
                    p = H.cell_par(row.cells[1], title, size=9.5)
                    C.set_num(p, bullet)

    doc.save(H.DOCS / f"{STEM}.docx")
    return H.DOCS / f"{STEM}.docx"


def gold():
    comps = []
    for comp in COMPS:
        ind, crs = [], []
        for skill, behs, courses in comp["rows"]:
            ind += H.items(behs, STEM, group=skill)
            for provider, titles in courses:
                crs += H.items(titles, STEM, group=provider)
        comps.append(C.competency(comp["name"], STEM, definition=comp["definition"],
                                  indicators=ind, courses=crs))
    return C.write_gold(STEM, f"{STEM}.docx", "docx", TITLE, comps)


if __name__ == "__main__":
    build()
    gold()
