"""NSW Public Sector Capability Framework (v2 2020) style: one capability per page, levels as table columns."""
import tempfile
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt

import common as C
import util as U

STEM = "nsw-capability-framework"
FILE = STEM + ".pdf"
TITLE = "NSW Public Sector Capability Framework"
LEVELS = ["Foundational", "Intermediate", "Adept", "Advanced", "Highly Advanced"]

CAPS = [
    {
        "group": "Relationships",
        "name": "Commit to Customer Service",
        "definition": "Deliver customer-focused services that support public sector and organisational objectives",
        "page": 17,
        "levels": [
            ["Help build a workplace culture that puts customers first",
             "Know the services on offer well and explain them clearly to customers",
             "Recognise what customers need and respond to it quickly",
             "Deal with customer questions and complaints promptly, and pass on those that need attention from others"],
            ["Treat customer service as central to the work of the team and the organisation",
             "Draw on a sound understanding of the organisation’s services to answer customer enquiries",
             "Solve complex customer problems, referring issues to more senior staff when needed",
             "Keep customers informed about progress and about any delays in delivery",
             "Look for ways to make services better and put them forward"],
            ["Make sure the team’s work contributes to a customer-focused culture",
             "Gather and use customer feedback to design and improve services",
             "Find and act on ways to reduce the barriers customers face when accessing services",
             "Work with other teams and agencies to deliver services that fit together for customers",
             "Set clear service standards and check that they are met"],
            ["Promote a culture that values and rewards excellent customer service",
             "Build strategic relationships with key stakeholders and customer groups",
             "Use evidence about customer needs to shape policy, programs and service delivery",
             "Anticipate changes in customer expectations and plan how to respond",
             "Lead the resolution of complex or sensitive customer issues across business units"],
            ["Set the strategic direction for customer service across the organisation and the sector",
             "Champion a culture in which customer outcomes drive decisions at every level",
             "Lead partnerships across government and with non-government bodies to design integrated services",
             "Hold the organisation to account for measurable improvements in customer experience",
             "Position the organisation to respond to long-term shifts in community needs"],
        ],
    },
    {
        "group": "Results",
        "name": "Think and Solve Problems",
        "definition": "Analyse issues, take account of the wider context and develop workable solutions",
        "page": 23,
        "levels": [
            ["Follow set procedures to find and fix routine problems",
             "Collect information from reliable sources to understand a problem",
             "Check that information is accurate before acting on it",
             "Raise issues that cannot be solved within own role with the right person"],
            ["Research and analyse information, and draw sound conclusions from it",
             "Use judgement to put forward options that are practical and timely",
             "Think about the causes of a problem, not only its symptoms",
             "Take part in reviews of work processes and suggest improvements"],
            ["Work through complex information and weigh up the evidence and options",
             "Develop solutions that take account of risks, costs and wider implications",
             "Use a range of techniques to test ideas and assumptions",
             "Look for chances to improve and share lessons learned with the team",
             "Bring in stakeholders’ views when framing problems and designing responses"],
            ["Analyse complex, ambiguous and competing information to pin down the core issues",
             "Anticipate emerging problems and act early to limit their impact",
             "Develop sound, innovative and well-reasoned approaches to difficult issues",
             "Draw on a wide range of expertise inside and outside the organisation",
             "Build a culture of continuous improvement and evidence-based decisions"],
            ["Bring a whole-of-sector perspective to the most complex and sensitive issues",
             "Direct the development of new approaches where established solutions no longer work",
             "Model rigorous, objective analysis in organisational decision-making",
             "Create the conditions for others to innovate and take considered risks",
             "Judge the broader social, economic and political implications of proposed solutions"],
        ],
    },
]

NAVY = "002664"
FOOT = "NSW PUBLIC SERVICE COMMISSION | NSW PUBLIC SECTOR CAPABILITY FRAMEWORK VERSION 2: 2020"


def _footer(section):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.paragraph_format.tab_stops.add_tab_stop(Cm(18.0), alignment=2)
    U.set_font(p.add_run(FOOT + "\t"), "Arial", 7, color="555555")
    r = p.runs[-1]
    C.add_field(p, "PAGE", "1")
    for r in p.runs[1:]:
        U.set_font(r, "Arial", 7, color="555555")
    section.header.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""


def build():
    d = docx.Document()
    C.clear_core_props(d, "NSW Public Sector Capability Framework")
    bullet = C.add_numbering(d, C.bullet_lvl("\u2022", left=170, hanging=170), "1A2B3C01")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9)
    for i, cap in enumerate(CAPS):
        if i == 0:
            sec = d.sections[0]
        else:
            sec = d.add_section(WD_SECTION.NEW_PAGE)
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(1.5)
        sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.6)
        U.page_start(sec, cap["page"])
        _footer(sec)
        # capability group band
        p = d.add_paragraph()
        U.set_font(p.add_run(cap["group"]), "Arial", 10, bold=True, color="FFFFFF")
        U.shade_paragraph(p, NAVY)
        U.para_spacing(p, 0, 10)
        # capability name
        p = d.add_paragraph()
        U.set_font(p.add_run(cap["name"]), "Arial", 20, bold=True, color=NAVY)
        U.para_spacing(p, 4, 4)
        # definition
        p = d.add_paragraph()
        U.set_font(p.add_run(cap["definition"]), "Arial", 11, color="222222")
        U.para_spacing(p, 0, 12)
        # levels table
        t = d.add_table(rows=2, cols=5)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        U.table_borders(t, "B0B7C3", 4)
        C.mark_header_row(t.rows[0])
        for j, lv in enumerate(LEVELS):
            c = t.rows[0].cells[j]
            C.shade(c, "D7DDE8")
            cp = c.paragraphs[0]
            U.set_font(cp.add_run(lv), "Arial", 9, bold=True, color=NAVY)
            U.para_spacing(cp, 2, 2)
            body = t.rows[1].cells[j]
            U.cell_margins(body, 80, 80, 70, 70)
            for k, text in enumerate(cap["levels"][j]):
                bp = body.paragraphs[0] if k == 0 else body.add_paragraph()
                C.set_num(bp, bullet)
                U.set_font(bp.add_run(text), "Arial", 8)
                U.para_spacing(bp, 0, 5)
        U.fixed_table(t, [3.6] * 5)
    tmp = Path(tempfile.mkdtemp(prefix="batchb-nsw-")) / (STEM + ".docx")
    d.save(tmp)
    U.docx_to_pdf(tmp, FILE)


def gold():
    comps = []
    for cap in CAPS:
        levels = []
        for r, (lab, items) in enumerate(zip(LEVELS, cap["levels"]), start=1):
            levels.append({"rank": r, "label": lab, "behaviors": [C.item(STEM, t) for t in items]})
        comps.append(C.competency(cap["name"], STEM, definition=cap["definition"], levels=levels))
    return C.write_gold(U.DOCS / FILE, "pdf", TITLE, comps)
