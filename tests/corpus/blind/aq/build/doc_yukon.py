"""Government of Yukon - Core Competency Framework (January 2015): cover, "Understanding the Competencies"
(format of the competency scales), three competencies with a definition, a "Why is ... important?"
paragraph and a behavioural-scale table (levels as rows, broken across pages with the header row
repeated), and a position-level profile table. python-docx -> LibreOffice PDF."""
from pathlib import Path
import shutil
import tempfile

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

import helpers as H

NAME = "yukon-core-competency-framework.pdf"
TEAL = RGBColor(0x00, 0x5A, 0x70)

OVERVIEW = ("The core competencies describe the behaviours that every Yukon government employee is expected to "
            "show, whatever their position or department. Each competency is set out in the same way, so that "
            "employees and supervisors share a common language when they talk about performance, learning and "
            "career development.")
FORMAT = [
    ("Competency name", "The title given to the competency."),
    ("Definition", "A short description of what the competency means and of the kinds of behaviour the scale "
                   "describes."),
    ("Why is the competency important?", "An explanation of how and why the competency matters to the Yukon "
                                         "government."),
    ("Behavioural scale", "A scale of levels describing how the competency is shown. The levels are numbered in "
                          "ascending order: each level is more complex and more demanding than the one before "
                          "it, and includes the behaviours of the lower levels."),
]

COMPS = [
    {
        "name": "Client Service",
        "definition": "Focuses effort on finding out and meeting the needs of clients, whether internal or "
                      "external, and on delivering service that adds value for them.",
        "why": "The Yukon government exists to serve the public. Whether clients are members of the public, "
               "other departments or partner organizations, the quality of the service they receive shapes "
               "their trust in government. Employees who focus on client needs help programs meet their goals "
               "and make good use of public resources.",
        "levels": [
            ("1. Responds to Client Requests", [
                "Answers client questions and requests promptly and courteously",
                "Keeps clients informed about the progress of their requests",
                "Follows through on commitments made to clients"]),
            ("2. Takes Personal Responsibility for Client Needs", [
                "Makes himself or herself available to clients, particularly when they are facing difficulties",
                "Takes ownership of client problems and corrects them quickly, without becoming defensive",
                "Checks that the service provided has met the client\u2019s needs"]),
            ("3. Addresses Underlying Client Needs", [
                "Asks questions to uncover needs that go beyond the initial request",
                "Matches available programs and services to those underlying needs",
                "Suggests improvements to services based on what clients say"]),
            ("4. Acts as a Trusted Advisor", [
                "Builds long-term relationships with clients and partners",
                "Gives independent advice on complex client issues, even when it is not what the client "
                "expects to hear",
                "Shapes program and service delivery around the long-term interests of clients"]),
        ],
    },
    {
        "name": "Teamwork and Cooperation",
        "definition": "Works with others toward shared goals, as a member of a team rather than separately or "
                      "in competition, and helps build a cooperative work environment.",
        "why": "Much of the work of the Yukon government cuts across units and departments. Cooperation lets "
               "teams combine their knowledge and resources, achieve results that no one could achieve alone, "
               "and keep the workplace respectful.",
        "levels": [
            ("1. Cooperates with Others", [
                "Does his or her share of the team\u2019s work",
                "Supports team decisions",
                "Keeps other team members informed and up to date"]),
            ("2. Shares Information and Expertise", [
                "Offers knowledge, ideas and resources that help the team",
                "Asks for input from others and values their contributions",
                "Speaks positively about team members and about other work units"]),
            ("3. Encourages Others and Builds Team Commitment", [
                "Acknowledges the contributions of team members publicly",
                "Helps the team resolve conflicts openly and constructively",
                "Involves others in planning and in decisions that affect them"]),
            ("4. Builds Cooperation Across Boundaries", [
                "Creates partnerships between teams, branches and departments to meet shared goals",
                "Removes obstacles to cooperation within and between work units",
                "Models cooperative behaviour in dealings with other governments and organizations"]),
        ],
    },
    {
        "name": "Adaptability",
        "definition": "Adjusts readily to changing situations and works effectively with a variety of people "
                      "and approaches; sees the value of different perspectives and changes own approach as the "
                      "situation requires.",
        "why": "Programs, technology and community needs change over time. Employees who adapt well keep "
               "services running through change and help colleagues and clients to do the same.",
        "levels": [
            ("1. Accepts the Need for Change", [
                "Recognizes that change is part of the work environment",
                "Is willing to take on new tasks and learn new procedures",
                "Stays positive when priorities shift"]),
            ("2. Adapts Own Approach", [
                "Changes work methods to fit the needs of a particular situation",
                "Considers other points of view and revises own position when new information comes to light",
                "Manages several demands at the same time"]),
            ("3. Adapts Plans and Strategies", [
                "Adjusts plans, goals or priorities in response to changing conditions",
                "Helps others understand and cope with change",
                "Applies rules and procedures flexibly to meet broader objectives"]),
            ("4. Leads Organizational Adaptation", [
                "Anticipates change and prepares the organization for it",
                "Redesigns programs or structures in response to new realities",
                "Champions change and keeps people engaged through uncertainty"]),
        ],
    },
]

PROFILE_HEAD = ["Position level", "Client Service", "Teamwork and Cooperation", "Adaptability"]
PROFILE = [
    ["Employee", "2", "2", "1"],
    ["Supervisor", "2", "3", "2"],
    ["Manager", "3", "3", "3"],
    ["Director and above", "4", "4", "4"],
]


def _font(run, size=10, bold=False, italic=False, color=None):
    run.font.name = "Arial"
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    if color is not None:
        run.font.color.rgb = color


def _p(doc, text="", size=10, bold=False, italic=False, after=6, before=0, color=None, keep=False, align=None):
    p = doc.add_paragraph()
    if text:
        _font(p.add_run(text), size, bold, italic, color)
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    pf.keep_with_next = keep
    if align is not None:
        p.alignment = align
    return p


def _page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build(out_dir):
    doc = docx.Document()
    H.clear_core_props(doc, "Core Competency Framework")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(6.7), WD_TAB_ALIGNMENT.RIGHT)
    _font(hp.add_run("Government of Yukon | Core Competency Framework\t\t"), 8, color=TEAL)
    H.add_field(hp, "PAGE")
    _font(hp.add_run("/"), 8, color=TEAL)
    H.add_field(hp, "NUMPAGES", "5")
    for r in hp.runs:
        r.font.size = Pt(8)
    H.para_border_bottom(hp, color="005A70")

    bul = H.add_abstract(doc, H.bullet_lvl("\u2022", left=216, hanging=216, font="Symbol"), "1D40C7E9")

    # cover
    _p(doc, "", after=150)
    _p(doc, "Core Competency Framework", 30, True, color=TEAL, after=8)
    _p(doc, "January 2015", 16, color=TEAL, after=200)
    _p(doc, "Government of Yukon", 12, True, after=2)
    _p(doc, "Public Service Commission", 11, after=2)
    _page_break(doc)

    _p(doc, "Understanding the Competencies", 18, True, color=TEAL, after=8)
    _p(doc, "Overview", 12, True, after=4, keep=True)
    _p(doc, OVERVIEW, after=10)
    _p(doc, "Format of the Competency Scales", 12, True, after=4, keep=True)
    _p(doc, "Each competency contains the following components:", after=6)
    for term, desc in FORMAT:
        p = doc.add_paragraph()
        _font(p.add_run(term + ": "), 10, True)
        _font(p.add_run(desc), 10)
        p.paragraph_format.left_indent = Inches(0.3)
        p.paragraph_format.space_after = Pt(4)

    for c in COMPS:
        _p(doc, c["name"], 16, True, color=TEAL, before=18, after=6, keep=True)
        _p(doc, "Definition", 11, True, after=2, keep=True)
        _p(doc, c["definition"], after=8)
        _p(doc, f"Why is {c['name']} important?", 11, True, after=2, keep=True)
        _p(doc, c["why"], after=8)
        _p(doc, "Behavioural Scale", 11, True, after=4, keep=True)
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        H.row_flags(t.rows[0], cant_split=True, header=True)
        for cell, head in zip(t.rows[0].cells, ("Level", "Behavioural Indicators")):
            q = cell.paragraphs[0]
            _font(q.add_run(head), 10, True, color=RGBColor(0xFF, 0xFF, 0xFF))
            H.shade(cell, "005A70")
        for label, bullets in c["levels"]:
            row = t.add_row()
            H.row_flags(row)
            q = row.cells[0].paragraphs[0]
            _font(q.add_run(label), 10, True)
            num = H.add_num(doc, bul)
            for k, b in enumerate(bullets):
                q = row.cells[1].paragraphs[0] if k == 0 else row.cells[1].add_paragraph()
                _font(q.add_run(b), 10)
                H.set_num(q, num)
                q.paragraph_format.space_after = Pt(3)
        H.fix_widths(t, [2.2, 4.5])

    _p(doc, "Core Competency Profile by Position Level", 14, True, color=TEAL, before=20, after=4, keep=True)
    _p(doc, "The table shows the level of each core competency that is expected for success at each position "
            "level.", after=6, keep=True)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for cell, head in zip(t.rows[0].cells, PROFILE_HEAD):
        q = cell.paragraphs[0]
        _font(q.add_run(head), 9, True, color=RGBColor(0xFF, 0xFF, 0xFF))
        H.shade(cell, "005A70")
    for r in PROFILE:
        row = t.add_row()
        for cell, v in zip(row.cells, r):
            q = cell.paragraphs[0]
            _font(q.add_run(v), 9)
            if v.isdigit():
                q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.fix_widths(t, [2.2, 1.5, 1.5, 1.5])

    tmp = Path(tempfile.mkdtemp(prefix="aq-yukon-")) / "yukon.docx"
    doc.save(tmp)
    out = Path(out_dir) / NAME
    H.docx_to_pdf(tmp, out)
    shutil.rmtree(tmp.parent, ignore_errors=True)
    return out
