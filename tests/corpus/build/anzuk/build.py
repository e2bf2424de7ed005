"""anzuk: six documents modeled on Australian and UK public-sector / university competency documents.

  anzuk-aps-ils-aps1-6-comparative.docx        Australian Public Service Commission, ILS "APS 1-6 comparative":
                                               capability heading, description, table with the levels as
                                               COLUMNS (APS 1 .. APS 6, low to high) and behaviour themes in the
                                               first column; Word bullets in the cells; landscape, page header/footer
  anzuk-aps-ils-leadership-pathway-overview.pdf APSC ILS "Leadership pathway - comparative view": one matrix,
                                               capabilities as ROWS (name + description in the first column),
                                               levels EL1 | EL2 | SES B1 | SES B2 | SES B3 as columns; landscape, 2 pages
  anzuk-nhs-healthcare-leadership-model.pdf    NHS Leadership Academy "Healthcare Leadership Model": one dimension
                                               per page (name, unlabelled description, "Why is it important?",
                                               the scale Exemplary / Strong / Proficient / Essential HIGH TO LOW
                                               with "Do I ...?" bullets, "Related competencies:" line), running
                                               header, footer with web address and page number, 4 pages
  anzuk-uoe-influencing-others.html            University of Edinburgh HR web page (site header, nav, breadcrumb,
                                               section menu, footer) with one competency: description, "Key
                                               behaviours" under bold sub-headings, numbered interview questions,
                                               "Learning resources" as APA citations
  anzuk-uoe-levels-of-performance.txt          plain-text export of the Edinburgh framework's self-assessment page:
                                               levels-of-performance key, two competencies, "Level A" (highest) ..
                                               "Level C" headings, "*" bullets hard-wrapped at 80 columns
                                               with indented continuation lines
  anzuk-uoe-embracing-change-development.docx  Edinburgh "Development opportunities" for one competency: numbered
                                               activities under three theme headings, "Recommended courses" table
                                               (Course | Provider | Duration), quick tips

All wording is invented for the test corpus (book titles, authors and publishers are fictional);
only the structure follows the publishers' documents.  Run:  /tmp/venvtest/bin/python build.py
"""
import html
import os
import sys
import tempfile
import textwrap
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # build/: the shared common.py
import common as C  # noqa: E402

WORK = Path(os.environ.get("KEEP_WORK") or tempfile.mkdtemp(prefix="anzuk-build-"))
WORK.mkdir(parents=True, exist_ok=True)


# ------------------------------------------------------------------ small helpers
def cell_para(cell, text, first, bold=False, size=None, num=None, style=None):
    """Write into a table cell: the first call reuses the cell's empty paragraph."""
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    if style:
        p.style = style
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if num is not None:
        C.set_num(p, num)
    p.paragraph_format.space_after = Pt(2)
    return p


def right_tab(paragraph, pos_in):
    """Clear the Header/Footer style's default stops (centre 3.25in, right 6.5in) and set one right stop."""
    ts = paragraph.paragraph_format.tab_stops
    for pos in (3.25, 6.5):
        ts.add_tab_stop(Inches(pos), WD_TAB_ALIGNMENT.CLEAR)
    ts.add_tab_stop(Inches(pos_in), WD_TAB_ALIGNMENT.RIGHT)


def page_of(pages, text, where):
    """1-based page of a text in the rendered PDF (it must occur on exactly one page)."""
    hits = C.find_pages(pages, text)
    assert len(hits) == 1, (where, text, hits)
    return hits[0]


def check_pages(found, expected, label):
    """The pages written into the gold were read off the rendered PDF; fail if a rebuild moves them."""
    if found != expected:
        print(f"!! {label}: pages changed\n   expected {expected}\n   found    {found}")
        return False
    return True


# ============================================================== 1. APS ILS comparative (DOCX)
ILS_STEM = "anzuk-aps-ils-aps1-6-comparative"
ILS_TITLE = "Integrated Leadership System (ILS) APS 1\u20136 comparative"
ILS_LEVELS = ["APS 1", "APS 2", "APS 3", "APS 4", "APS 5", "APS 6"]
ILS_CAPS = [
    {
        "name": "Supports strategic direction",
        "definition": "Connects day-to-day work with the purpose of the agency, thinks ahead about what lies "
                      "beyond the immediate task, and uses information and sound judgement to move the work "
                      "of the team forward.",
        "rows": [
            ("Supports shared purpose and direction", [
                ["Knows the purpose of the agency and how the work of the team fits within it.",
                 "Carries out tasks as directed by the supervisor."],
                ["Explains in simple terms how own tasks help the team meet its goals.",
                 "Follows instructions and checks back when the direction is unclear."],
                ["Links own work to the goals of the section and adjusts effort to match.",
                 "Asks questions to understand why a decision or recommendation was made."],
                ["Passes on direction from the supervisor accurately to colleagues.",
                 "Relates the work of the section to the wider goals of the agency."],
                ["Shows team members how their tasks contribute to agency outcomes.",
                 "Explains the reasoning behind decisions to those affected by them."],
                ["Promotes the agency's direction and keeps the team focused on agreed priorities.",
                 "Sets out goals and expectations clearly at the start of each piece of work."],
            ]),
            ("Thinks strategically", [
                ["Notices how changes in the workplace affect daily tasks."],
                ["Keeps up to date with changes to procedures that affect own work."],
                ["Thinks about how own work affects other people in the section.",
                 "Raises problems that may affect the team in the coming weeks."],
                ["Considers the effect of current issues on the work of the section.",
                 "Identifies risks in own projects and suggests ways to reduce them."],
                ["Looks beyond the immediate task to see how it affects other areas of the agency.",
                 "Takes the views of stakeholders into account when planning work."],
                ["Anticipates emerging issues and plans the work of the team to respond to them.",
                 "Weighs the longer-term consequences of options before recommending a course of action."],
            ]),
            ("Harnesses information and opportunities", [
                ["Finds information using the sources available in the workplace."],
                ["Collects and records information accurately and in the required format."],
                ["Checks information from more than one source before relying on it.",
                 "Suggests simple improvements to the way information is handled."],
                ["Draws together information from several sources to identify trends.",
                 "Shares useful information with colleagues promptly."],
                ["Analyses information to find gaps, inconsistencies and opportunities.",
                 "Uses networks inside the agency to gather intelligence on issues."],
                ["Interprets complex information and presents the implications to decision makers.",
                 "Spots opportunities to improve programs and builds a case for change."],
            ]),
        ],
    },
    {
        "name": "Supports productive working relationships",
        "definition": "Builds cooperative relationships with colleagues, clients and stakeholders, respects "
                      "differences between people, and helps others to learn and succeed.",
        "rows": [
            ("Nurtures internal and external relationships", [
                ["Is courteous and helpful to colleagues and clients."],
                ["Builds good working relationships with people in the immediate team."],
                ["Keeps regular contact with colleagues in related work areas.",
                 "Responds to client requests promptly and politely."],
                ["Develops working relationships with contacts in other sections and agencies.",
                 "Takes action to meet client needs and follows up to confirm they were met."],
                ["Maintains a network of contacts across the agency and uses it to resolve issues.",
                 "Anticipates the needs of clients and adjusts services accordingly."],
                ["Builds and sustains relationships with key stakeholders inside and outside the agency.",
                 "Manages sensitive client relationships and negotiates outcomes acceptable to all parties."],
            ]),
            ("Listens to, understands and recognises the needs of others", [
                ["Listens carefully to instructions and asks for clarification when needed."],
                ["Pays attention to what others say and checks own understanding."],
                ["Listens to colleagues' concerns and responds with consideration."],
                ["Recognises differing views and takes them into account when working with others.",
                 "Notices when colleagues are under pressure and offers help."],
                ["Draws out the ideas of quieter team members in discussions.",
                 "Acknowledges the concerns of others before putting forward own view."],
                ["Reads the underlying interests of stakeholders and shapes proposals to address them.",
                 "Creates opportunities for team members to raise concerns openly."],
            ]),
            ("Shares learning and supports others", [
                ["Shares what is learned on the job with colleagues."],
                ["Helps new starters to settle into the team."],
                ["Shows colleagues how to complete routine tasks.",
                 "Offers feedback to colleagues in a constructive way."],
                ["Coaches less experienced colleagues in the skills needed for their work."],
                ["Gives regular, specific feedback to team members on their performance.",
                 "Identifies development needs in the team and suggests suitable learning."],
                ["Supports the development of team members through coaching and delegated responsibility.",
                 "Recognises and celebrates the achievements of others."],
            ]),
        ],
    },
]


def build_ils_docx():
    d = docx.Document()
    C.clear_core_props(d, title=ILS_TITLE)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for name, sz in (("Heading 1", 18), ("Heading 2", 14)):
        d.styles[name].font.name = "Arial"
        d.styles[name].font.size = Pt(sz)
        d.styles[name].font.color.rgb = RGBColor(0x1B, 0x36, 0x5D)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11.69), Inches(8.27)
    sec.left_margin = sec.right_margin = Inches(0.7)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("Australian Public Service Commission")
    hr.font.size = Pt(8)
    hr.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    right_tab(fp, 10.29)
    fp.add_run("Integrated Leadership System \u2013 APS 1\u20136 comparative\t")
    C.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(8)
    bul = C.add_abstract(d, C.BULLET_LVL.format(left=216, hang=216), "5A1C2E71")

    d.add_heading(ILS_TITLE, level=1)
    widths = [1.75] + [(11.69 - 1.4 - 1.75) / 6] * 6
    for cap in ILS_CAPS:
        d.add_heading(cap["name"], level=2)
        d.add_paragraph(cap["definition"])
        t = d.add_table(rows=1, cols=7)
        t.style = d.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        hdr = t.rows[0]
        C.mark_header_row(hdr)
        for j, lab in enumerate([""] + ILS_LEVELS):
            cell_para(hdr.cells[j], lab, True, bold=True)
            C.cell_shading(hdr.cells[j], "D9E2F3")
        for theme, cells in cap["rows"]:
            row = t.add_row()
            C.row_flags(row)
            cell_para(row.cells[0], theme, True, bold=True)
            for j, items in enumerate(cells, start=1):
                nid = C.add_num(d, bul)
                for k, x in enumerate(items):
                    cell_para(row.cells[j], x, k == 0, size=9, num=nid)
        C.fix_widths(t, widths)
        d.add_paragraph()
    out = C.DOCS / f"{ILS_STEM}.docx"
    d.save(out)
    return out


def gold_ils(path):
    doc = path.stem
    comps = []
    for cap in ILS_CAPS:
        g = C.competency(doc, cap["name"], cap["definition"])
        g["levels"] = [{"rank": i + 1, "label": lab, "behaviors": [
            C.item(doc, x, None, theme) for theme, cells in cap["rows"] for x in cells[i]]}
            for i, lab in enumerate(ILS_LEVELS)]
        comps.append(g)
    return C.write_gold(path, "docx", ILS_TITLE, comps)


# ============================================================== 6. APS ILS leadership pathway matrix (PDF)
LP_STEM = "anzuk-aps-ils-leadership-pathway-overview"
LP_TITLE = "Leadership pathway: comparative view"
LP_LEVELS = ["EL1", "EL2", "SES B1", "SES B2", "SES B3"]
LP_CAPS = [
    ("Shapes strategic thinking",
     "Sees the bigger picture, sets direction for the work area and turns agency strategy into practical plans.",
     [["Explains to the team how its tasks serve the strategic goals of the agency.",
       "Considers the longer-term effects of decisions on the work area."],
      ["Translates agency strategy into business plans for the branch.",
       "Scans the policy environment and adjusts priorities in response to new risks."],
      ["Shapes the strategic agenda of the division in line with government priorities.",
       "Builds a shared view of the future with senior colleagues across portfolios."],
      ["Sets the long-term direction of the group and aligns its divisions behind it.",
       "Anticipates shifts in the political and economic environment and positions the agency to respond."],
      ["Defines the vision for the agency and its place in the wider public sector.",
       "Leads strategic debate across government on issues of national significance."]]),
    ("Achieves results",
     "Organises people and resources to deliver outcomes on time, manages risk and takes responsibility "
     "for performance.",
     [["Plans projects, allocates tasks and monitors progress against milestones.",
       "Adapts plans quickly when priorities change."],
      ["Manages several programs at once and balances competing demands for resources.",
       "Holds team leaders accountable for the quality and timeliness of their results."],
      ["Drives delivery of major programs and removes obstacles to progress.",
       "Builds organisational capability so that results are sustained over time."],
      ["Allocates resources across divisions to deliver the agency's highest priorities.",
       "Holds senior executives to account for organisational performance."],
      ["Takes ultimate responsibility for the outcomes and performance of the agency.",
       "Builds an organisation able to respond quickly to the priorities of government."]]),
    ("Cultivates productive working relationships",
     "Develops strong relationships inside and outside the agency, values diversity and brings out the "
     "best in people.",
     [["Builds rapport with stakeholders and keeps them informed.",
       "Recognises the strengths of team members and draws on them."],
      ["Manages relationships with senior stakeholders across agencies.",
       "Mentors team leaders and encourages a culture of collaboration."],
      ["Represents the agency in whole-of-government forums and negotiates outcomes.",
       "Invests in the development of future leaders across the division."],
      ["Builds alliances with leaders of other agencies and sectors.",
       "Sets expectations for a respectful and inclusive workplace culture across the group."],
      ["Maintains strong working relationships with ministers and their offices.",
       "Shapes partnerships between the agency, other jurisdictions and the community."]]),
    ("Exemplifies personal drive and integrity",
     "Acts with professionalism and probity, shows resilience under pressure and commits to ongoing "
     "self-development.",
     [["Applies the APS Values consistently and challenges conduct that falls short of them.",
       "Stays composed and focused when work becomes demanding."],
      ["Makes difficult decisions and stands by them when they are unpopular.",
       "Seeks feedback on own leadership and acts on it."],
      ["Models ethical leadership and upholds the impartiality of the public service.",
       "Shows courage in giving frank advice to ministers and senior executives."],
      ["Demonstrates resilience and composure in the face of sustained scrutiny.",
       "Promotes the APS Values through the decisions and systems of the group."],
      ["Sets the ethical tone for the whole agency through personal example.",
       "Accepts accountability publicly for the actions of the agency."]]),
    ("Communicates with influence",
     "Communicates clearly and persuasively, listens to others and negotiates outcomes that serve the "
     "public interest.",
     [["Writes and speaks clearly, tailoring the message to the audience.",
       "Listens to differing views and checks that they have been understood."],
      ["Presents complex issues convincingly to senior audiences.",
       "Negotiates with stakeholders to reach workable agreements."],
      ["Speaks for the agency with authority in public and in parliamentary settings.",
       "Persuades influential stakeholders to support sensitive reforms."],
      ["Advocates for the agency's position in interdepartmental negotiations.",
       "Communicates change to large audiences in a way that builds commitment."],
      ["Represents the agency and the government confidently before the public and the media.",
       "Influences the direction of national policy debate."]]),
]
# pages read off the rendered PDF (rows cannot split across pages)
LP_PAGES = {"Shapes strategic thinking": 1, "Achieves results": 1,
            "Cultivates productive working relationships": 1, "Exemplifies personal drive and integrity": 2,
            "Communicates with influence": 2}


def build_lp_pdf():
    d = docx.Document()
    C.clear_core_props(d, title=LP_TITLE)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11.69), Inches(8.27)
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    hp = sec.header.paragraphs[0]
    right_tab(hp, 10.09)
    hp.add_run("Integrated Leadership System\tAustralian Public Service Commission")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    C.add_field(fp, "PAGE")
    for p in (hp, fp):
        for r in p.runs:
            r.font.size = Pt(8)
            r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    bul = C.add_abstract(d, C.BULLET_LVL.format(left=216, hang=216), "6B2D3F82")

    tp = d.add_paragraph()
    tr = tp.add_run(LP_TITLE)
    tr.bold = True
    tr.font.size = Pt(20)
    tr.font.color.rgb = RGBColor(0x1B, 0x36, 0x5D)
    t = d.add_table(rows=1, cols=6)
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    C.mark_header_row(hdr)
    for j, lab in enumerate(["Capability"] + LP_LEVELS):
        cell_para(hdr.cells[j], lab, True, bold=True)
        C.cell_shading(hdr.cells[j], "1B365D")
        hdr.cells[j].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for name, definition, cells in LP_CAPS:
        row = t.add_row()
        C.row_flags(row)
        cell_para(row.cells[0], name, True, bold=True, size=11)
        cell_para(row.cells[0], definition, False, size=9.5)
        for j, items in enumerate(cells, start=1):
            nid = C.add_num(d, bul)
            for k, x in enumerate(items):
                cell_para(row.cells[j], x, k == 0, size=10, num=nid)
    C.fix_widths(t, [2.09] + [1.6] * 5)
    src = WORK / f"{LP_STEM}.docx"
    d.save(src)
    C.soffice(src, "pdf:writer_pdf_Export", C.DOCS)
    return C.DOCS / f"{LP_STEM}.pdf"


def gold_lp(path):
    doc = path.stem
    pages = C.pdf_pages(path, tables=True)
    comps, found = [], {}
    for name, definition, cells in LP_CAPS:
        pg = LP_PAGES[name]
        found[name] = page_of(pages, definition, name)
        g = C.competency(doc, name, definition)
        g["levels"] = [{"rank": i + 1, "label": lab,
                        "behaviors": [C.item(doc, x, pg) for x in cells[i]]}
                       for i, lab in enumerate(LP_LEVELS)]
        comps.append(g)
    ok = check_pages(found, LP_PAGES, LP_STEM)
    return C.write_gold(path, "pdf", LP_TITLE, comps), ok


# ============================================================== 2. NHS Healthcare Leadership Model (PDF)
HLM_STEM = "anzuk-nhs-healthcare-leadership-model"
HLM_TITLE = "Healthcare Leadership Model"
HLM_SUBTITLE = "The nine dimensions of leadership behaviour \u2013 dimension summaries"
WHY = "Why is it important?"
SCALE = ["Exemplary", "Strong", "Proficient", "Essential"]        # printed high to low
HLM = [
    {
        "name": "Evaluating information",
        "definition": "Seeking out varied information; using it to generate new ideas and to make "
                      "evidence-based decisions that improve services for patients.",
        "why": "Leaders who gather information widely and think about it carefully are better placed to "
               "spot problems early, to question established practice and to find better ways of "
               "delivering care. Decisions grounded in good evidence are also easier to explain to "
               "colleagues and to the public.",
        "scale": {
            "Exemplary": ["Do I create the conditions for radical thinking about how care could be organised "
                          "across the whole system?",
                          "Do I test new ideas against the best available evidence before committing major "
                          "resources to them?"],
            "Strong": ["Do I combine information from inside and outside my organisation to anticipate future "
                       "needs?",
                       "Do I encourage my team to challenge assumptions and look for alternative explanations?"],
            "Proficient": ["Do I look for patterns and trends in the information available to me?",
                           "Do I use evidence to support the proposals I make?",
                           "Do I seek out views that differ from my own before reaching a conclusion?"],
            "Essential": ["Do I actively look for information about how well my service is performing?",
                          "Do I make sure I understand the facts before I act?"],
        },
        "related_line": "Connecting our service, Sharing the vision and Influencing for results",
        "related": ["Connecting our service", "Sharing the vision", "Influencing for results"],
    },
    {
        "name": "Connecting our service",
        "definition": "Understanding how health and care services fit together, how different people, teams "
                      "and organisations interact, and how to work across those boundaries for the benefit "
                      "of patients.",
        "why": "Patients rarely experience a single team in isolation. Leaders who understand the wider "
               "system can close the gaps and remove the duplications that patients fall into, and can "
               "build the partnerships needed to deliver joined-up care.",
        "scale": {
            "Exemplary": ["Do I build partnerships across organisations to redesign care around the needs of "
                          "whole communities?",
                          "Do I use my understanding of national policy to shape local services?"],
            "Strong": ["Do I adapt my style to the culture of other organisations in order to work effectively "
                       "with them?",
                       "Do I take account of how decisions in my area affect partners elsewhere in the system?"],
            "Proficient": ["Do I understand how my team's work links with that of other teams?",
                           "Do I share information with colleagues in other services to improve patient "
                           "journeys?"],
            "Essential": ["Do I know who the main partners of my team are and what they do?",
                          "Do I understand the basic structure of the organisation I work in?"],
        },
        "related_line": None,
        "related": [],
    },
    {
        "name": "Engaging the team",
        "definition": "Bringing people together around shared goals, drawing on the ideas of every team "
                      "member and showing that each contribution matters to the quality of care.",
        "why": "Teams whose members feel heard and valued are more committed, more willing to raise "
               "concerns and more likely to find improvements. Engaged teams also cope better with "
               "pressure and change.",
        "scale": {
            "Exemplary": ["Do I create a climate in which teams across my organisation take ownership of "
                          "improving care?",
                          "Do I remove the barriers that stop people from contributing fully?"],
            "Strong": ["Do I involve the team in setting its own goals and measures of success?",
                       "Do I recognise and use the different strengths of team members?"],
            "Proficient": ["Do I make time to listen to the ideas of team members?",
                           "Do I give credit to others for their contributions?"],
            "Essential": ["Do I treat every member of the team with respect?",
                          "Do I share the information that the team needs in order to do its work?"],
        },
        "related_line": "Developing capability and Holding to account",
        "related": ["Developing capability", "Holding to account"],
    },
    {
        "name": "Holding to account",
        "definition": "Agreeing clear performance goals and quality indicators, supporting people to meet "
                      "them and dealing promptly with performance that falls short.",
        "why": "Clear expectations help people to do their best work and give patients confidence in the "
               "standard of care they receive. When poor performance is left unchallenged, standards "
               "drop and the efforts of the rest of the team are undermined.",
        "scale": {
            "Exemplary": ["Do I build a culture of high expectations and shared accountability across my "
                          "organisation?",
                          "Do I hold senior colleagues to account even when doing so carries personal risk?"],
            "Strong": ["Do I give honest feedback about performance, including when it is difficult to hear?",
                       "Do I set stretching goals that help people to grow?"],
            "Proficient": ["Do I agree clear objectives with the people I work with?",
                           "Do I monitor progress and offer support when targets are at risk?"],
            "Essential": ["Do I take responsibility for the quality of my own work?",
                          "Do I know what is expected of me and of my team?"],
        },
        "related_line": None,
        "related": [],
    },
]
HLM_PAGES = {"Evaluating information": 1, "Connecting our service": 2, "Engaging the team": 3,
             "Holding to account": 4}


def build_hlm_pdf():
    d = docx.Document()
    C.clear_core_props(d, title=HLM_TITLE)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    blue = RGBColor(0x00, 0x5E, 0xB8)
    for name, sz in (("Heading 1", 20), ("Heading 2", 13), ("Heading 3", 12)):
        d.styles[name].font.name = "Arial"
        d.styles[name].font.size = Pt(sz)
        d.styles[name].font.color.rgb = blue
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(1)
    hp = sec.header.paragraphs[0]
    right_tab(hp, 6.27)
    hp.add_run(f"{HLM_TITLE}\tNHS Leadership Academy")
    fp = sec.footer.paragraphs[0]
    right_tab(fp, 6.27)
    fp.add_run("www.leadershipacademy.nhs.uk\t")
    C.add_field(fp, "PAGE")
    for p in (hp, fp):
        for r in p.runs:
            r.font.size = Pt(8)
            r.font.color.rgb = RGBColor(0x42, 0x55, 0x63)
    bul = C.add_abstract(d, C.BULLET_LVL.format(left=567, hang=283), "3C4D5E6F")

    tp = d.add_paragraph()
    tr = tp.add_run(HLM_TITLE)
    tr.bold = True
    tr.font.size = Pt(24)
    tr.font.color.rgb = blue
    sp = d.add_paragraph()
    sr = sp.add_run(HLM_SUBTITLE)
    sr.font.size = Pt(13)
    sr.font.color.rgb = RGBColor(0x42, 0x55, 0x63)
    for i, dim in enumerate(HLM):
        h = d.add_heading(dim["name"], level=1)
        if i:
            h.paragraph_format.page_break_before = True
        d.add_paragraph(dim["definition"])
        d.add_heading(WHY, level=3)
        d.add_paragraph(dim["why"])
        for lab in SCALE:
            d.add_heading(lab, level=2)
            nid = C.add_num(d, bul)
            for q in dim["scale"][lab]:
                C.set_num(d.add_paragraph(q, style="List Paragraph"), nid)
        if dim["related_line"]:
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            p.add_run("Related competencies: ").bold = True
            p.add_run(dim["related_line"])
    src = WORK / f"{HLM_STEM}.docx"
    d.save(src)
    C.soffice(src, "pdf:writer_pdf_Export", C.DOCS)
    return C.DOCS / f"{HLM_STEM}.pdf"


def gold_hlm(path):
    doc = path.stem
    pages = C.pdf_pages(path)
    comps, found = [], {}
    for dim in HLM:
        pg = HLM_PAGES[dim["name"]]
        found[dim["name"]] = page_of(pages, dim["definition"], dim["name"])
        g = C.competency(doc, dim["name"], dim["definition"])
        n = len(SCALE)
        g["levels"] = [{"rank": n - i, "label": lab,
                        "behaviors": [C.item(doc, q, pg) for q in dim["scale"][lab]]}
                       for i, lab in enumerate(SCALE)]
        g["levels"].sort(key=lambda lv: lv["rank"])
        g["related"] = list(dim["related"])
        g["notes"] = [C.item(doc, dim["why"], pg, WHY)]
        comps.append(g)
    ok = check_pages(found, HLM_PAGES, HLM_STEM)
    return C.write_gold(path, "pdf", HLM_TITLE, comps), ok


# ============================================================== 3. Edinburgh HR web page (HTML)
UOE_HTML_STEM = "anzuk-uoe-influencing-others"
INF = {
    "name": "Influencing others",
    "definition": "Persuading and encouraging others to support a course of action by presenting a clear "
                  "case, listening to their concerns and building agreement that benefits the University.",
    "behaviours": [
        ("Presenting a persuasive case", [
            "Prepares arguments in advance and supports them with relevant evidence.",
            "Adapts the style and content of the message to suit the audience.",
            "Anticipates objections and prepares considered responses.",
        ]),
        ("Building support and agreement", [
            "Identifies the people whose support is needed and engages them early.",
            "Seeks common ground and proposes solutions that meet shared interests.",
            "Uses formal and informal networks across the University to gain backing for ideas.",
        ]),
        ("Maintaining credibility", [
            "Follows through on commitments made to others.",
            "Acknowledges the merits of opposing views and changes position when the evidence warrants it.",
        ]),
    ],
    "questions": [
        "Tell us about a time when you persuaded a group of colleagues to adopt an idea they were initially "
        "unsure about. How did you approach it?",
        "Describe a situation in which you needed the support of someone more senior than you. What did you do "
        "to gain it?",
        "Give an example of a proposal of yours that was not accepted. What did you learn from the experience?",
        "How do you adjust the way you present information for different audiences? Give a recent example.",
        "Tell us about a time when you changed your own view after listening to the arguments of others.",
    ],
    # (citation as printed, title (italic on the page), authors, publisher, year, description or None)
    "readings": [
        ("Whitlock, R. J., & Amadi, C. (2015). Making the case: Persuasion skills for professional staff. "
         "Kelburn Press.",
         "Making the case: Persuasion skills for professional staff", ["Whitlock, R. J.", "Amadi, C."],
         "Kelburn Press", 2015,
         "A practical guide to structuring arguments and handling objections, in meetings and in writing."),
        ("Harrow, M. (2019). The quiet influencer: Building support without authority. Lattice Books.",
         "The quiet influencer: Building support without authority", ["Harrow, M."], "Lattice Books", 2019,
         "Shows how staff without line authority can win commitment through networks and trust."),
        ("Fenwick, D. A., Osei, P., & Lindqvist, J. (2011). Negotiating in universities: Interests, "
         "evidence and agreement. Thornbury Academic.",
         "Negotiating in universities: Interests, evidence and agreement",
         ["Fenwick, D. A.", "Osei, P.", "Lindqvist, J."], "Thornbury Academic", 2011, None),
    ],
}


def e(s):
    s = html.escape(s, quote=False)
    for ch in "\u2018\u2019\u201c\u201d\u2013":
        s = s.replace(ch, f"&#{ord(ch)};")
    return s


def build_uoe_html():
    body = [f'<h1 class="page-title">{e(INF["name"])}</h1>',
            f'<p class="lead">{e(INF["definition"])}</p>',
            '<h2>Key behaviours</h2>']
    for group, items in INF["behaviours"]:
        body.append(f'<p><strong>{e(group)}</strong></p>')
        body.append('<ul>')
        body += [f'  <li>{e(x)}</li>' for x in items]
        body.append('</ul>')
    body.append('<h2>Interview questions</h2>')
    body.append('<ol>')
    body += [f'  <li>{e(q)}</li>' for q in INF["questions"]]
    body.append('</ol>')
    body.append('<h2>Learning resources</h2>')
    for cit, title, authors, pub, year, desc in INF["readings"]:
        head, rest = cit.split(title, 1)
        p = f'{e(head)}<em>{e(title)}</em>{e(rest)}'
        if desc:
            p += f' {e(desc)}'
        body.append(f'<p class="citation">{p}</p>')
    others = ["Being customer focused", "Leading, developing and managing people",
              "Managing finances and resources", "Planning and organising",
              "Problem-solving and decision making", "Embracing the need for change",
              "Thinking and acting strategically"]
    side = "\n".join(f'          <li><a href="/human-resources/learning-development/competency-framework/'
                     f'{C.slug(o)}">{e(o)}</a></li>' for o in others)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(INF["name"])} | The University of Edinburgh</title>
<link rel="stylesheet" href="/themes/upstream/edinburgh/css/edgel.min.css">
<style>
  .citation {{ padding-left: 2em; text-indent: -2em; }}
  .visually-hidden {{ position: absolute; width: 1px; height: 1px; overflow: hidden; }}
</style>
<script>
  (function(w,d){{ w.uoeConsent = w.uoeConsent || []; d.documentElement.className += ' js'; }})(window, document);
</script>
</head>
<body class="page-node-type-uoe-general-page">
<a class="visually-hidden" href="#main-content">Skip to main content</a>
<header class="uoe-header" role="banner">
  <div class="container">
    <a class="navbar-brand" href="https://www.ed.ac.uk/"><img src="/themes/upstream/edinburgh/logo.svg" alt="The University of Edinburgh home"></a>
    <form class="search" action="/search" role="search"><label for="q" class="visually-hidden">Search</label><input id="q" name="q" type="search" placeholder="Search"><button type="submit">Search</button></form>
  </div>
  <nav class="navbar" aria-label="Main">
    <ul class="navbar-nav">
      <li><a href="/studying">Study</a></li>
      <li><a href="/research">Research</a></li>
      <li><a href="/global">Global</a></li>
      <li><a href="/about">About</a></li>
      <li><a href="/news">News</a></li>
      <li><a href="/events">Events</a></li>
      <li><a href="/staff">Staff</a></li>
    </ul>
  </nav>
  <div class="site-name"><a href="/human-resources">Human Resources</a></div>
</header>
<nav class="breadcrumb-wrapper" aria-label="Breadcrumb">
  <ol class="breadcrumb">
    <li class="breadcrumb-item"><a href="/">Home</a></li>
    <li class="breadcrumb-item"><a href="/human-resources">Human Resources</a></li>
    <li class="breadcrumb-item"><a href="/human-resources/learning-development">Learning and development</a></li>
    <li class="breadcrumb-item"><a href="/human-resources/learning-development/competency-framework">Competency framework</a></li>
    <li class="breadcrumb-item active" aria-current="page">{e(INF["name"])}</li>
  </ol>
</nav>
<div class="container main">
  <div class="row">
    <aside class="col-lg-3 sidebar" aria-label="Section navigation">
      <nav class="section-menu">
        <h2 class="visually-hidden">In this section</h2>
        <ul>
          <li><a href="/human-resources/learning-development/competency-framework">Competency framework</a></li>
{side}
        </ul>
      </nav>
    </aside>
    <main id="main-content" class="col-lg-9" role="main">
      <article class="node">
{chr(10).join('        ' + line for line in body)}
        <p class="back"><a href="/human-resources/learning-development/competency-framework">Back to the competency framework</a></p>
      </article>
      <div class="page-meta">This article was published on 14 Jun, 2021</div>
    </main>
  </div>
</div>
<footer class="uoe-footer" role="contentinfo">
  <ul class="footer-links">
    <li><a href="/about/website/accessibility">Website accessibility</a></li>
    <li><a href="/about/website/privacy">Privacy &amp; cookies</a></li>
    <li><a href="/about/website/freedom-of-information">Freedom of information</a></li>
    <li><a href="/about/contact-us">Contact us</a></li>
  </ul>
  <p class="charity">The University of Edinburgh is a registered Scottish charity, number SC005336.</p>
  <p class="copyright">&copy; The University of Edinburgh 2021</p>
</footer>
<script src="/themes/upstream/edinburgh/js/edgel.min.js"></script>
</body>
</html>
"""
    out = C.DOCS / f"{UOE_HTML_STEM}.html"
    out.write_text(page, encoding="utf-8")
    return out


def gold_uoe_html(path):
    doc = path.stem
    g = C.competency(doc, INF["name"], INF["definition"])
    g["indicators"] = [C.item(doc, x, None, group) for group, items in INF["behaviours"] for x in items]
    g["interview_questions"] = [C.item(doc, q) for q in INF["questions"]]
    g["readings"] = [{"text": C.norm(cit), "title": title, "authors": authors, "publisher": pub, "year": year,
                      "description": desc, "source": {"document": doc, "page": None}}
                     for cit, title, authors, pub, year, desc in INF["readings"]]
    return C.write_gold(path, "html", INF["name"], [g])


# ============================================================== 4. Edinburgh plain-text export (TXT)
UOE_TXT_STEM = "anzuk-uoe-levels-of-performance"
TXT_TITLE = "Leadership and Management (Competency) Framework"
TXT_KEY = [("Level A", "outstanding performance, well beyond what the grade requires"),
           ("Level B", "sound, consistent performance that meets the grade"),
           ("Level C", "developing in the role; further learning needed")]
TXT_COMPS = [
    {
        "num": 5,
        "name": "Managing finances and resources",
        "definition": "Making effective use of the University's money, staff time, equipment and space, "
                      "and accounting for them responsibly.",
        "levels": {
            "Level A": ["Anticipates pressures on budgets and resources and plans alternatives well in advance.",
                        "Finds new ways of sharing equipment, space and staff time with other areas of the "
                        "University to reduce costs.",
                        "Is consulted by colleagues as a source of advice on financial planning."],
            "Level B": ["Prepares accurate budgets and monitors spending against them each month.",
                        "Allocates staff time and equipment according to agreed priorities.",
                        "Follows University financial regulations and procurement rules."],
            "Level C": ["Keeps records of expenditure but sometimes needs reminders to reconcile them.",
                        "Is learning to match resources to priorities with support from the line manager."],
        },
    },
    {
        "num": 9,
        "name": "Thinking and acting strategically",
        "definition": "Looking beyond immediate demands to the longer-term direction of the University, and "
                      "shaping the work of the area so that it contributes to that direction.",
        "levels": {
            "Level A": ["Develops plans for the area that look three to five years ahead and anticipates "
                        "changes in the sector.",
                        "Persuades senior colleagues to invest in long-term initiatives that support the "
                        "University's strategic plan."],
            "Level B": ["Relates the objectives of the team to the strategic plans of the University and the "
                        "College.",
                        "Considers the wider implications of decisions before acting."],
            "Level C": ["Understands the main goals of the University but does not yet use them to set "
                        "priorities for own work.",
                        "Tends to focus on immediate tasks rather than longer-term aims."],
        },
    },
]
TXT_RANK = {"Level A": 3, "Level B": 2, "Level C": 1}     # the key says Level A is the highest
def build_uoe_txt():
    W = 80
    lines = ["THE UNIVERSITY OF EDINBURGH", TXT_TITLE,
             "Self-assessment: levels of performance", "",
             "Levels of performance for use in optional (self) assessment", ""]
    for lab, desc in TXT_KEY:
        lines.append(f"    {lab} - {desc}")
    lines += ["", "-" * 72, ""]
    for c in TXT_COMPS:
        lines += [f"{c['num']}. {c['name']}", ""]
        lines += textwrap.wrap(f"Description: {c['definition']}", W)
        lines.append("")
        for lab in ("Level A", "Level B", "Level C"):
            lines.append(lab)
            for b in c["levels"][lab]:
                # hard-wrapped at 80 columns like the rest of the export; continuation lines indented
                lines += textwrap.wrap(b, 80, initial_indent="  * ", subsequent_indent="    ")
            lines.append("")
        lines.append("")
    lines += ["Human Resources, The University of Edinburgh            Last updated April 2011", ""]
    out = C.DOCS / f"{UOE_TXT_STEM}.txt"
    out.write_text("\n".join(lines), encoding="utf-8")
    return out


def gold_uoe_txt(path):
    doc = path.stem
    comps = []
    for c in TXT_COMPS:
        g = C.competency(doc, c["name"], c["definition"])
        g["levels"] = sorted(({"rank": TXT_RANK[lab], "label": lab,
                               "behaviors": [C.item(doc, b) for b in items]}
                              for lab, items in c["levels"].items()), key=lambda lv: lv["rank"])
        comps.append(g)
    return C.write_gold(path, "txt", TXT_TITLE, comps)


# ============================================================== 5. Edinburgh development guide (DOCX)
DEV_STEM = "anzuk-uoe-embracing-change-development"
DEV = {
    "name": "Embracing the need for change",
    "definition": "Recognising when change is needed, responding to it positively and helping colleagues to "
                  "adapt, so that the University keeps improving the way it works.",
    "activities": [
        ("Understanding change", [
            "Read the latest University strategic plan and note three changes that will affect your area over "
            "the next two years.",
            "Ask a colleague who has led a recent change project to talk you through what worked and what did "
            "not.",
            "Keep a short journal of your own reactions to a change at work and review it after a month.",
        ]),
        ("Leading change in your team", [
            "Involve your team in mapping the impact of a planned change on each of the services it provides.",
            "Hold a short regular briefing during any period of change so that people hear news from you first.",
            "Identify one routine process in your area and pilot an improved version with a small group of "
            "colleagues.",
            "Agree with your line manager a change initiative that you will lead, and review it together at "
            "your next annual review.",
        ]),
        ("Supporting others through change", [
            "Arrange one-to-one conversations with team members who seem unsettled by a change and listen to "
            "their concerns.",
            "Point colleagues to the support available from the Staff Counselling Service and from the HR "
            "Partner for your area.",
        ]),
    ],
    "courses": [
        ("Managing Change in Practice", "HR Learning and Development", "1 day"),
        ("Leading Teams Through Uncertainty", "Institute for Academic Development", "2 half-days"),
        ("Resilience at Work", "Staff Counselling Service", "3 hours"),
        ("Introduction to Project Management", "Information Services", "Online, self-paced (about 4 hours)"),
    ],
    "tips": [
        "Expect some resistance and treat it as information rather than opposition.",
        "Explain the reasons for a change before describing the details.",
        "Celebrate early successes, however small.",
        "Check in with people again a few weeks after a change has taken place.",
    ],
}
DEV_TITLE = DEV["name"]


def build_dev_docx():
    d = docx.Document()
    C.clear_core_props(d, title=DEV_TITLE)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    green = RGBColor(0x04, 0x1E, 0x42)
    for name, sz in (("Heading 1", 18), ("Heading 2", 14), ("Heading 3", 12)):
        d.styles[name].font.name = "Calibri"
        d.styles[name].font.size = Pt(sz)
        d.styles[name].font.color.rgb = green
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(1)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.add_run("Human Resources | Learning and Development").font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    right_tab(fp, 6.27)
    fp.add_run("Leadership and Management (Competency) Framework: development opportunities\t")
    C.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(8)
    dec = C.add_abstract(d, C.DECIMAL_LVL.format(left=720, hang=360), "2B3C4D5E")
    bul = C.add_abstract(d, C.BULLET_LVL.format(left=720, hang=360), "2B3C4D5F")

    d.add_heading(DEV["name"], level=1)
    p = d.add_paragraph()
    p.add_run("Description: ").bold = True
    p.add_run(DEV["definition"])
    d.add_heading("Development activities", level=2)
    for theme, acts in DEV["activities"]:
        d.add_heading(theme, level=3)
        nid = C.add_num(d, dec, restart=True)
        for a in acts:
            C.set_num(d.add_paragraph(a, style="List Paragraph"), nid)
    d.add_heading("Recommended courses", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = d.styles["Table Grid"]
    hdr = t.rows[0]
    C.mark_header_row(hdr)
    for j, lab in enumerate(("Course", "Provider", "Duration")):
        cell_para(hdr.cells[j], lab, True, bold=True)
        C.cell_shading(hdr.cells[j], "E7E6E6")
    for course in DEV["courses"]:
        row = t.add_row()
        for j, v in enumerate(course):
            cell_para(row.cells[j], v, True)
    C.fix_widths(t, [2.5, 2.4, 1.37])
    d.add_heading("Quick tips", level=2)
    nid = C.add_num(d, bul)
    for tip in DEV["tips"]:
        C.set_num(d.add_paragraph(tip, style="List Paragraph"), nid)
    out = C.DOCS / f"{DEV_STEM}.docx"
    d.save(out)
    return out


def gold_dev(path):
    doc = path.stem
    g = C.competency(doc, DEV["name"], DEV["definition"])
    g["activities"] = [C.item(doc, a, None, theme) for theme, acts in DEV["activities"] for a in acts]
    g["courses"] = [C.item(doc, " | ".join(c)) for c in DEV["courses"]]  # a table row: its cells joined, as printed
    g["tips"] = [C.item(doc, t) for t in DEV["tips"]]
    return C.write_gold(path, "docx", DEV_TITLE, [g])


# ============================================================== main
if __name__ == "__main__":
    ok = True
    p = build_ils_docx()
    ok &= C.check(p, gold_ils(p))
    p = build_lp_pdf()
    g, pages_ok = gold_lp(p)
    ok &= pages_ok and C.check(p, g, pdf_tables=True)
    p = build_hlm_pdf()
    g, pages_ok = gold_hlm(p)
    ok &= pages_ok and C.check(p, g)
    p = build_uoe_html()
    ok &= C.check(p, gold_uoe_html(p))
    p = build_uoe_txt()
    ok &= C.check(p, gold_uoe_txt(p))
    p = build_dev_docx()
    ok &= C.check(p, gold_dev(p))
    print("all checks passed" if ok else "SOME CHECKS FAILED")
    sys.exit(0 if ok else 1)
