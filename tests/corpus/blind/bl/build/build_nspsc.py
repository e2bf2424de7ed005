"""Nova Scotia Public Service Commission - "Competency Dictionary For HR Roles (MCP Employees) In the Public
Service of Nova Scotia" (February 2007) -> PDF.

Layout: US Letter portrait, Arial. Cover page (commission name, title over three lines, date). Page 2:
"Success Through HR Professionals" (Heading 1) with the three competency names as an indented list,
"Definition of Competency" (Heading 1) with two paragraphs explaining the additive lettered scale (level 'C'
includes 'A' and 'B'), and a bordered, shaded note box (career-development pilot; the eight leadership
competencies are in the leadership dictionary). Then one competency per page: Heading 1 name, definition
paragraph (ending with how the scale progresses), and bold "Level A - <title>" ... "Level D - <title>" lines
each followed by Word bullets. Running header (commission name) and footer (dictionary title, date, page
number) from page 2 on.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bllib as L  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.shared import Inches, Pt, RGBColor  # noqa: E402

STEM = "nspsc-competency-dictionary-hr-roles"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Competency Dictionary For HR Roles (MCP Employees) In the Public Service of Nova Scotia"
FONT = "Liberation Sans"

SUCCESS = ("The government\u2019s HR Community has identified three competencies as critical to success in an HR "
           "role and to achieving the HR Community\u2019s vision.")
DEF1 = ("A competency is any knowledge, skill, ability or behaviour that can be observed and/or measured and "
        "that contributes to successful job performance.")
DEF2 = ("A competency has two main parts -- the definition and the scale. The definition explains what the "
        "competency means and gives everyone in the organization a shared language for it. Each competency also "
        "has levels of proficiency, set out as a scale. The scale describes a pattern of behaviour for each level "
        "and is incremental and additive, which means that any level includes all of the levels before it. For "
        "example, a level \u2018C\u2019 includes the behaviours described in levels \u2018A\u2019 and "
        "\u2018B\u2019. The scale starts with passive behaviour at the first level, and activity increases "
        "gradually through the higher levels. How each scale progresses is described with its definition.")
NOTE = ("Please note that the competencies in this dictionary are intended for career development only, as part "
        "of a pilot for government\u2019s HR Community. MCP employees remain responsible for the eight leadership "
        "competencies in the performance management process. These competencies are set out in the Competency "
        "Dictionary for Leadership Roles in the Public Service of Nova Scotia.")

COMPS = [
    ("Client Orientation",
     "Client Orientation means building and keeping strong relationships with clients. It centres on "
     "understanding what clients need and on delivering services that meet or exceed those needs, while "
     "balancing the client\u2019s interests with those of government as a whole. The scale moves from responding "
     "to stated requests to acting as a trusted advisor who helps shape the client\u2019s longer-term direction.",
     [("Level A \u2013 Responds to Client Requests",
       ["Follows up promptly on client inquiries, requests and complaints",
        "Keeps clients informed about the progress of their files",
        "Treats clients courteously and with respect"]),
      ("Level B \u2013 Clarifies Client Needs",
       ["Asks questions to understand the underlying needs behind a request",
        "Takes personal responsibility for resolving client problems quickly",
        "Checks with clients that the service met their needs"]),
      ("Level C \u2013 Adds Value for the Client",
       ["Looks beyond the immediate request to find services that would help the client",
        "Tailors HR advice to the client\u2019s business situation",
        "Builds relationships with clients based on trust and credibility"]),
      ("Level D \u2013 Acts as a Trusted Advisor",
       ["Anticipates client needs and brings forward solutions before problems arise",
        "Takes part in the client\u2019s planning and decision making",
        "Balances client needs with corporate HR policy and the broader interests of government"])]),
    ("Change Leadership",
     "Change Leadership is the capacity to start change, lead it and help others accept it. It includes "
     "explaining why change is needed, building support for new ways of working, and helping clients and "
     "colleagues move through transition. The scale moves from supporting change that others introduce to "
     "championing change across the organization.",
     [("Level A \u2013 Supports Change",
       ["Speaks positively about changes introduced by the organization",
        "Adjusts own work practices to new processes promptly"]),
      ("Level B \u2013 Explains the Need for Change",
       ["Describes to clients and colleagues how a change will affect them",
        "Listens to concerns and passes them on to those leading the change",
        "Points out opportunities to improve HR processes"]),
      ("Level C \u2013 Builds Support for Change",
       ["Involves stakeholders early in planning a change",
        "Adapts the way a change is presented to suit different audiences",
        "Coaches managers through the people side of a change"]),
      ("Level D \u2013 Champions Change",
       ["Makes a compelling case for change across departments",
        "Aligns HR programs and practices with the direction of change",
        "Identifies and removes barriers to change at the organizational level"])]),
    ("Effective Interactive Communication",
     "Effective Interactive Communication is the ability to send and receive information clearly, in a way that "
     "fits the audience and the situation. It covers listening, speaking and writing, and the use of "
     "communication to build understanding and agreement. The scale moves from sharing information clearly to "
     "communicating strategically on complex and sensitive matters.",
     [("Level A \u2013 Shares Information Clearly",
       ["Expresses ideas clearly in conversation and in written material",
        "Listens attentively and checks own understanding"]),
      ("Level B \u2013 Adapts the Message",
       ["Adjusts language, tone and format to the audience",
        "Notices non-verbal cues and responds to them",
        "Explains HR policies in plain language"]),
      ("Level C \u2013 Engages in Two-Way Dialogue",
       ["Encourages open discussion and invites different points of view",
        "Handles difficult conversations with tact and sensitivity",
        "Summarizes discussions to confirm a shared understanding"]),
      ("Level D \u2013 Communicates Strategically",
       ["Plans communication on complex or sensitive HR issues for several audiences",
        "Uses communication to build consensus among parties with competing interests",
        "Models effective communication for the HR Community"])]),
]

NAVY = "1F3864"


def run(p, text, bold=False, size=11, italic=False, color=None):
    r = p.add_run(text)
    L.font(r, FONT, size, bold=bold, italic=italic, color=color)
    return r


def heading(d, text):
    p = d.add_paragraph(style="Heading 1")
    run(p, text, bold=True, size=15, color=NAVY)
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(8)
    return p


def body(d, text, after=8, italic=False, bold=False):
    p = d.add_paragraph()
    run(p, text, italic=italic, bold=bold)
    p.paragraph_format.space_after = Pt(after)
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build():
    d = Document()
    L.clear_core_props(d, TITLE)
    L.style_font(d, "Normal", FONT, 11)
    L.style_font(d, "Heading 1", FONT, 15, bold=True, color=NAVY)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(hp, "Nova Scotia Public Service Commission", size=8, italic=True)
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, Inches(6.5))
    run(fp, "Competency Dictionary for HR Roles \u2013 February 2007\t", size=8)
    L.add_field(fp, "PAGE")
    for r in fp.runs:
        L.font(r, FONT, 8)
    L.para_border(fp, ("top",), "808080", 4, 4)
    bullet = L.add_numbering(d, L.bullet_lvl("\u2022", left=720, hanging=360), "6B7C8D9E")

    # cover
    for _ in range(5):
        d.add_paragraph()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "Nova Scotia Public Service Commission", size=13, color=NAVY)
    for _ in range(3):
        d.add_paragraph()
    for text, size in (("Competency Dictionary", 30), ("For HR Roles (MCP Employees)", 20),
                       ("In the Public Service of Nova Scotia", 20)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(p, text, bold=True, size=size, color=NAVY)
    for _ in range(4):
        d.add_paragraph()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "February 2007", size=14)
    page_break(d)

    heading(d, "Success Through HR Professionals")
    body(d, SUCCESS)
    body(d, "These three competencies are:", after=4)
    for name, _, _ in COMPS:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Inches(1.25)
        p.paragraph_format.space_after = Pt(2)
        run(p, name, bold=True)
    d.add_paragraph()
    heading(d, "Definition of Competency")
    body(d, DEF1)
    body(d, DEF2, after=14)
    t = d.add_table(rows=1, cols=1)
    L.table_borders(t, NAVY, 8)
    L.set_cell_margins(t, 120, 120, 160, 160)
    L.shade(t.rows[0].cells[0], "EAF1FB")
    run(t.rows[0].cells[0].paragraphs[0], NOTE, bold=True, italic=True, size=10)

    for name, definition, levels in COMPS:
        page_break(d)
        heading(d, name)
        body(d, definition, after=12)
        for label, items in levels:
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(3)
            p.paragraph_format.keep_with_next = True
            run(p, label, bold=True, color=NAVY)
            for text in items:
                p = d.add_paragraph()
                run(p, text)
                L.set_num(p, bullet)
                p.paragraph_format.space_after = Pt(2)
    return d


def gold():
    comps = []
    for name, definition, levels in COMPS:
        lv = [{"rank": k + 1, "label": label, "behaviors": L.items(STEM, items)}
              for k, (label, items) in enumerate(levels)]
        comps.append(L.competency(STEM, name, definition, levels=lv))
    return comps


def main():
    L.docx_to_pdf(build(), OUT)
    L.write_gold(OUT, "pdf", TITLE, gold())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
