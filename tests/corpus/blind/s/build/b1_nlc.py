"""1. North Lanarkshire Council competency framework: Word document with no heading styles -> PDF."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import sutil as S
import docx
from docx.shared import Pt, Inches, RGBColor
from docx.enum.text import WD_TAB_ALIGNMENT, WD_BREAK

STEM = "nlc-competency-framework"

INTRO = [
    "Our competency framework describes the behaviours we expect all employees to show in their day to "
    "day work. It is used in the Performance Review and Development (PRD) process, in recruitment and "
    "selection, and to plan learning and development.",
    "Each competency has four levels, because different jobs call for different levels of complexity in "
    "the same behaviour. Level 1 applies to everyone in the council. Levels 2, 3 and 4 are cumulative: "
    "employees at a higher level should also be showing the behaviours described at the levels below.",
]
KEY = [
    "-  Level 1 (All employees) \u2013 individual contributors within a team",
    "-  Level 2 (Team Leader / Manager) \u2013 supports a team and is accountable for its results",
    "-  Level 3 (Area / Functional Manager) \u2013 manages managers; third tier officers",
    "-  Level 4 (Executive) \u2013 members of the extended and core Corporate Management Team",
]
LEVELS = ["Level 1 (All employees)", "Level 2 (Team Leader / Manager)",
          "Level 3 (Area / Functional Manager)", "Level 4 (Executive)"]

COMPS = [
    ("1.", "Customer Focus",
     "Puts the needs of residents, service users and internal customers at the centre of what we do, "
     "listening to what they tell us and changing how services are delivered so that those needs are met.",
     "\u2022", [
         ["Treats every customer with courtesy and patience, and takes the time to find out what they actually need.",
          "Keeps customers informed about progress and explains clearly when something cannot be done.",
          "Follows through on promises made to customers, or passes the enquiry on to someone who can help."],
         ["Sets clear service standards for the team and checks that they are being met.",
          "Gathers customer feedback and complaints and uses them to change the way the team works.",
          "Supports staff to resolve difficult or complex customer issues without passing them on unnecessarily.",
          "Makes sure team members understand who their customers are, including colleagues in other services."],
         ["Designs services around customer insight and evidence of need rather than around internal processes.",
          "Works with community groups and partners to understand the needs of different parts of the community.",
          "Challenges managers to remove the barriers that make it hard for customers to access services."],
         ["Champions a customer-first culture across the council and models it in own decisions.",
          "Ensures that the council\u2019s strategic plans reflect what residents and communities have told us.",
          "Holds services to account for customer outcomes and uses performance information to drive "
          "improvement across directorates."],
     ]),
    ("2.", "Working with Others",
     "Builds positive, trusting relationships with colleagues, partners and communities, and works "
     "co-operatively across teams and organisations to achieve shared goals.",
     "-", [
         ["Shares information, knowledge and ideas openly with colleagues.",
          "Offers help to others in the team when workloads are heavy, without waiting to be asked.",
          "Respects the views and contributions of others, including those who see things differently.",
          "Deals with disagreement constructively and raises concerns in the right way."],
         ["Creates a team climate in which people feel able to speak up and contribute.",
          "Builds working relationships with other teams and services so that delivery is joined up.",
          "Recognises and values the contribution made by each member of the team."],
         ["Develops partnerships with external organisations, agreeing shared priorities and responsibilities.",
          "Breaks down barriers between services so that resources and expertise are shared across the council.",
          "Resolves conflict between teams or partners by finding solutions that everyone can support."],
         ["Leads the council\u2019s contribution to strategic partnerships at regional and national level.",
          "Builds a culture of collaboration in which working across boundaries is the norm.",
          "Negotiates with senior stakeholders to secure agreement on complex or contentious issues."],
     ]),
    ("3.", "Delivering Results",
     "Takes responsibility for delivering good quality work on time and within budget, planning and "
     "prioritising effectively and keeping going when faced with obstacles.",
     "\u2022", [
         ["Plans and organises own work so that deadlines are met.",
          "Checks own work for accuracy and quality before passing it on.",
          "Takes ownership of problems and tries to resolve them before asking for help."],
         ["Agrees clear objectives with team members and monitors progress against them.",
          "Allocates work fairly, taking account of people\u2019s skills, development needs and capacity.",
          "Tackles poor performance promptly and constructively.",
          "Makes the best use of the resources available to the team, looking for more efficient ways of working."],
         ["Translates council priorities into service plans with measurable targets.",
          "Manages budgets and resources across the service to achieve value for money.",
          "Anticipates risks to delivery and puts contingency plans in place."],
         ["Sets the strategic direction and performance standards for the council as a whole.",
          "Takes difficult decisions about priorities and resources in the interests of the wider organisation.",
          "Creates a performance culture in which success is recognised and underperformance is addressed."],
     ]),
]


def para(d, text="", bold=False, size=None, space_after=6, indent=None, hanging=None):
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(space_after); pf.space_before = Pt(0)
    if indent is not None:
        pf.left_indent = Inches(indent)
    if hanging is not None:
        pf.first_line_indent = Inches(-hanging)
        pf.tab_stops.add_tab_stop(Inches(indent))
    if text:
        r = p.add_run(text); r.bold = bold
        if size:
            r.font.size = Pt(size)
    return p


def build():
    d = docx.Document()
    S.clear_props(d, title="Competency Framework", author="")
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Inches(11.69), Inches(8.27)      # A4
    sec.left_margin = sec.right_margin = Inches(1.0)
    sec.top_margin = sec.bottom_margin = Inches(1.0)
    # header: organisation name + document title on one line
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(6.27), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("North Lanarkshire Council"); r.bold = True; r.font.size = Pt(9)
    r = hp.add_run("\tTalent and Organisational Development"); r.font.size = Pt(9)
    # footer: reference code + Page n of m
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.27), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("Ref: HR/TOD/CF-03  Issue 2  (March 2019)\tPage "); r.font.size = Pt(8)
    S.add_field(fp, "PAGE"); fp.add_run(" of ")
    S.add_field(fp, "NUMPAGES")
    for run in fp.runs:
        run.font.size = Pt(8)

    para(d, "Competency Framework", bold=True, size=16, space_after=2)
    para(d, "Behavioural competencies for all employees", size=12, space_after=12)
    for t in INTRO:
        para(d, t)
    para(d, "The four levels apply to the following groups of staff:", space_after=4)
    for t in KEY:
        para(d, t, space_after=2)
    para(d, "", space_after=6)

    for num, name, definition, glyph, levels in COMPS:
        p = para(d, f"{num}  {name}", bold=True, size=12, space_after=6)
        p.paragraph_format.space_before = Pt(12)
        p = para(d, space_after=8)
        r = p.add_run("Definition: "); r.bold = True
        p.add_run(definition)
        for label, bullets in zip(LEVELS, levels):
            p = para(d, label, bold=True, space_after=3)
            p.paragraph_format.space_before = Pt(4)
            for b in bullets:
                sep = "\t" if glyph == "\u2022" else "  "
                if glyph == "\u2022":
                    para(d, f"{glyph}{sep}{b}", space_after=2, indent=0.3, hanging=0.25)
                else:
                    para(d, f"{glyph}{sep}{b}", space_after=2, indent=0.3, hanging=0.2)
    para(d, "", space_after=6)
    para(d, "Issued by Talent and Organisational Development. Next review due: March 2021.", size=9)

    src = Path("/tmp") / f"{STEM}.docx"
    d.save(src)
    S.soffice(src, "pdf", S.DOCS)
    return S.DOCS / f"{STEM}.pdf"


if __name__ == "__main__":
    print(build())
