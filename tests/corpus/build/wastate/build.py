"""wastate: two documents modeled on the California Department of Human Resources (CalHR)
competency models (a US state HR department's competency dictionary).

  wastate-calhr-leadership-competency-model.pdf   5 competencies; definition, "Key Skills" line,
                                                  Level 1 - Novice .. Level 5 - Expert (low to high) as
                                                  headings with bullets; running header + "Page N of M"
  wastate-calhr-core-competency-model.docx        3 competencies; "Key Skills" heading and line,
                                                  "Proficiency Level Behavior Indicators:", then per key
                                                  skill the five levels (bold labels, Word bullet lists)

All wording below is invented for the test corpus; only the layout follows CalHR's pages.
Run:  /tmp/venvtest/bin/python build.py   (then it rewrites the gold files and checks them)
"""
import os
import sys
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # build/: the shared common.py
import common as C  # noqa: E402

WORK = Path(os.environ.get("KEEP_WORK") or tempfile.mkdtemp(prefix="wastate-build-"))
WORK.mkdir(parents=True, exist_ok=True)
C.DOCS.mkdir(parents=True, exist_ok=True)
C.GOLD.mkdir(parents=True, exist_ok=True)

LEVELS_DASH = ["Level 1 \u2013 Novice", "Level 2 \u2013 Basic", "Level 3 \u2013 Intermediate",
               "Level 4 \u2013 Advanced", "Level 5 \u2013 Expert"]
LEVELS_COLON = ["Level 1: Novice", "Level 2: Basic", "Level 3: Intermediate",
                "Level 4: Advanced", "Level 5: Expert"]

# ============================================================== leadership model (PDF)
LEADERSHIP_TITLE = "Leadership Competency Model"
LEADERSHIP_HEADER = "CalHR Leadership Competency Model"
LEADERSHIP = [
    {
        "name": "Fiscal and Business Acumen",
        "definition": "Applies a working knowledge of state operations, budgets and program priorities to make "
                      "sound decisions that protect public resources and improve the services delivered to Californians.",
        "key_skills": ["Budget Stewardship", "Operational Insight", "Sound Judgment", "Public Sector Context"],
        "levels": [
            ["Follows established budgeting, purchasing and accounting procedures in daily work.",
             "Names the main programs, services and customers of the work unit.",
             "Checks facts with a supervisor before acting on an unfamiliar issue.",
             "Shows interest in how state government is funded and organized."],
            ["Reads budget reports and expenditure summaries and uses them to plan routine purchases.",
             "Explains how the services of the work unit connect to the goals of the division.",
             "Weighs available information and known risks before making routine decisions.",
             "Describes the role of control agencies and the steps of the annual budget cycle."],
            ["Prepares cost estimates and tracks spending against allocations for assigned programs, "
             "flagging variances early enough for managers to act on them.",
             "Maps the processes, stakeholders and performance measures of the division and the department.",
             "Makes timely decisions on complex issues and records the reasoning behind each one.",
             "Considers legislative, labor relations and policy constraints when planning the work of the unit."],
            ["Advises managers on trade-offs among funding options, including long-term costs and risks.",
             "Uses knowledge of departmental operations to redesign services that cross unit boundaries.",
             "Coaches staff to base their recommendations on evidence rather than on habit or preference.",
             "Anticipates how statewide initiatives and new legislation will change departmental operations."],
            ["Establishes controls and reporting systems that keep departmental spending aligned with strategic priorities.",
             "Shapes department-wide business models in response to shifts in demand, funding and technology.",
             "Makes high-stakes decisions with incomplete information and accepts accountability for the outcome.",
             "Represents the department on fiscal matters before control agencies, the Legislature and external partners."],
        ],
    },
    {
        "name": "Leading Through Change",
        "definition": "Guides people and processes through planned and unplanned change, building readiness "
                      "beforehand and sustaining the new ways of working once the change is in place.",
        "key_skills": ["Change Readiness", "Change Communication", "Resilience"],
        "levels": [
            ["Accepts new procedures and asks questions to understand why they were introduced.",
             "Passes along accurate information about upcoming changes to co-workers.",
             "Stays productive while adjusting to new tools, systems or assignments."],
            ["Identifies how a proposed change will affect own tasks and suggests practical adjustments.",
             "Explains the purpose of a change in plain language to customers and peers.",
             "Recovers quickly from setbacks and helps others keep their attention on the work."],
            ["Plans the steps, resources and timelines needed to put a change in place within the work unit.",
             "Holds listening sessions to surface concerns and carries them back to decision makers.",
             "Models a steady, constructive attitude when priorities shift without warning."],
            ["Builds support for change by involving affected staff and stakeholders early in the design.",
             "Creates communication plans that keep every audience informed from the first announcement to full adoption.",
             "Helps teams work through loss and uncertainty and recognizes progress along the way."],
            ["Leads organization-wide transformation and aligns structures, systems and culture with the new direction.",
             "Serves as the visible champion of change and answers difficult questions openly.",
             "Builds a culture that treats disruption as an opportunity to learn and improve."],
        ],
    },
    {
        "name": "Conflict Resolution and Mediation",
        "definition": "Recognizes disagreements early and addresses them in a fair and respectful manner that "
                      "preserves working relationships and keeps the work moving forward.",
        "key_skills": ["Early Intervention", "Mediation", "Constructive Dialogue"],
        "levels": [
            ["Notices tension within the work group and brings it to the attention of a supervisor.",
             "Listens to each side of a disagreement without taking sides too quickly.",
             "Expresses own views calmly and avoids personal remarks."],
            ["Raises concerns directly with the people involved before issues grow.",
             "Helps co-workers find common ground on routine workload disputes.",
             "Restates the positions of others accurately to show they have been heard."],
            ["Addresses recurring conflicts in the team by clarifying roles, expectations and decision rights.",
             "Facilitates conversations between parties and guides them toward agreements they can keep.",
             "Creates ground rules that allow difficult topics to be discussed safely in meetings."],
            ["Resolves conflicts that involve several units, unions or outside stakeholders.",
             "Coaches supervisors on mediation techniques and on when to escalate a dispute.",
             "Turns disagreement into better solutions by inviting opposing ideas and testing them openly."],
            ["Designs department-wide approaches, such as alternative dispute resolution programs, that prevent "
             "conflicts from escalating.",
             "Brokers agreements on contentious issues among executives, partner agencies and the public.",
             "Sets the tone for respectful debate across the organization through personal example."],
        ],
    },
    {
        "name": "Developing Talent",
        "definition": "Supports the growth of employees through coaching, feedback and meaningful assignments "
                      "so that the organization has the talent it needs today and in the years ahead.",
        "key_skills": ["Coaching", "Feedback", "Succession Planning"],
        "levels": [
            ["Shares job knowledge and shortcuts with new co-workers.",
             "Thanks others for help and mentions what worked well.",
             "Keeps own training plan current and completes required courses."],
            ["Shows others how to complete unfamiliar tasks and checks their understanding afterwards.",
             "Gives specific, timely feedback that focuses on behavior rather than personality.",
             "Identifies skills the work unit will need as experienced staff retire."],
            ["Holds regular development conversations and helps employees set realistic learning goals.",
             "Balances recognition and corrective feedback and follows up on agreed improvements.",
             "Assigns stretch projects that prepare employees for higher-level responsibilities."],
            ["Builds coaching skills among supervisors and holds them accountable for developing their staff.",
             "Creates a culture in which feedback flows in every direction, including upward.",
             "Maintains a pool of ready candidates for key positions through rotations and mentoring."],
            ["Sponsors leadership programs and makes talent development a standing agenda item for the executive team.",
             "Uses workforce data and employee feedback to improve how the organization develops people.",
             "Integrates succession planning with the strategic plan and the workforce plan of the department."],
        ],
    },
    {
        "name": "Vision and Strategic Direction",
        "definition": "Defines a clear picture of where the organization is going and translates that picture "
                      "into goals, plans and priorities that others can act on.",
        "key_skills": ["Visioning", "Strategic Planning", "Alignment"],
        "levels": [
            ["Describes how own work contributes to the mission of the department.",
             "Completes assignments in the order set by the unit's work plan.",
             "Asks how new instructions fit with existing goals when they seem to conflict."],
            ["Relates the goals of the work unit to the strategic plan of the department.",
             "Breaks assigned objectives into tasks with milestones and due dates.",
             "Points out activities that no longer support current priorities."],
            ["Communicates a compelling picture of the future to the team and links it to daily work.",
             "Develops unit plans with measurable objectives and reviews them on a regular schedule.",
             "Aligns resources and assignments with the priorities of the division."],
            ["Scans trends in technology, demographics and policy to inform long-range plans.",
             "Leads strategic planning for a division and secures commitment from stakeholders.",
             "Ensures that programs across units pursue consistent goals and avoid duplication."],
            ["Sets the long-term vision of the department in partnership with the administration and the Legislature.",
             "Directs the strategic plan and adjusts it as conditions and mandates change.",
             "Aligns the department's vision with statewide priorities and the work of partner agencies."],
        ],
    },
]

# ============================================================== core model (DOCX)
CORE_TITLE = "Core Competency Model"
CORE = [
    {
        "name": "Collaborative Teamwork",
        "definition": "Builds and maintains productive working relationships and combines the efforts of "
                      "others to reach shared goals.",
        "skills": [
            ("Teamwork", [
                ["Asks teammates for help and information when a task calls for it."],
                ["Offers help to teammates without being asked and shares information freely."],
                ["Coordinates own work with others to meet team goals and deadlines.",
                 "Sets clear shared objectives with the team and tracks progress together."],
                ["Brings members of several teams together around a common objective and resolves "
                 "overlaps in their responsibilities."],
                ["Creates the conditions for high-performing teams across the organization and "
                 "celebrates collective achievement."],
            ]),
            ("Building Relationships", [
                ["Maintains courteous working relationships within the immediate work group."],
                ["Reaches out to colleagues in other units to understand how their work connects with own work."],
                ["Builds relationships of mutual benefit with stakeholders, partner programs and diverse groups.",
                 "Takes part in communities of practice related to the work."],
                ["Helps others establish networks inside and outside the department to meet shared objectives."],
                ["Forms lasting partnerships with other agencies and organizations and formalizes them "
                 "through agreements."],
            ]),
        ],
    },
    {
        "name": "Clear Communication",
        "definition": "Listens to others and conveys information, ideas and decisions clearly, in speech and "
                      "in writing, in a way that suits the audience.",
        "skills": [
            ("Listening", [
                ["Pays attention to the speaker and asks questions to confirm understanding."],
                ["Summarizes what others have said before responding."],
                ["Picks up on unspoken concerns and responds to them with care."],
                ["Creates settings in which people feel safe to raise difficult issues."],
                ["Uses what is heard across the organization to shape policy and direction."],
            ]),
            ("Speaking", [
                ["Shares routine information clearly with co-workers and customers."],
                ["Presents information to small groups in an organized way."],
                ["Adjusts the message, tone and level of detail to different audiences."],
                ["Delivers persuasive presentations to leadership and external groups."],
                ["Speaks for the department to the media, the Legislature and the public."],
            ]),
            ("Writing", [
                ["Writes accurate e-mail messages and short notes using correct grammar."],
                ["Drafts letters and summaries that follow department style and templates."],
                ["Writes reports that organize complex information for decision makers."],
                ["Reviews and edits the writing of others for clarity, accuracy and tone."],
                ["Authors or approves policy documents, legislative analyses and public reports."],
            ]),
        ],
    },
    {
        "name": "Integrity and Accountability",
        "definition": "Acts honestly and fairly, honors commitments and uses public resources responsibly.",
        "skills": [
            ("Accountability", [
                ["Completes assigned work and admits mistakes promptly."],
                ["Takes ownership of results and follows through on commitments to others."],
                ["Sets clear expectations for the work unit and monitors results against them."],
                ["Holds self and managers accountable for outcomes and for the way they are achieved."],
                ["Builds systems of accountability that make performance visible throughout the department."],
            ]),
            ("Stewardship", [
                ["Uses state equipment, time and supplies only for authorized purposes."],
                ["Reports waste, fraud or misuse of resources through the proper channels."],
                ["Reviews processes of the work unit to reduce waste and protect confidential information."],
                ["Leads internal control reviews and acts on their findings."],
                ["Champions a culture of ethical conduct and transparent use of public funds."],
            ]),
        ],
    },
]


# ------------------------------------------------------------------ shared document setup
def base_document(font="Arial", size=10.5):
    d = docx.Document()
    C.clear_core_props(d)
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(3)
    for name, sz, color in (("Title", 20, "1F3864"), ("Heading 1", 16, "1F3864"),
                            ("Heading 2", 13, "1F4E79"), ("Heading 3", 11, "2E75B6"),
                            ("Heading 4", 10.5, "000000")):
        s = d.styles[name]
        s.font.name = font
        s.font.size = Pt(sz)
        s.font.color.rgb = RGBColor.from_string(color)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = sec.bottom_margin = Inches(0.9)
    return d


def bottom_border(paragraph):
    pPr = paragraph._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" '
                         f'w:color="1F4E79"/></w:pBdr>'))


# ------------------------------------------------------------------ PDF
def build_leadership_pdf():
    d = base_document()
    C.clear_core_props(d, title=LEADERSHIP_TITLE)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run(LEADERSHIP_HEADER)
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    bottom_border(hp)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for part in ("Page ", ("PAGE",), " of ", ("NUMPAGES",)):
        if isinstance(part, tuple):
            C.add_field(fp, part[0])
        else:
            fp.add_run(part)
    for run in fp.runs:
        run.font.size = Pt(9)

    bullet_abs = C.add_abstract(d, C.BULLET_LVL.format(left=360, hang=270), "4C1A7B21")
    d.add_paragraph(LEADERSHIP_TITLE, style="Title")
    for comp in LEADERSHIP:
        d.add_heading(comp["name"], level=2)
        d.add_paragraph(comp["definition"])
        p = d.add_paragraph()
        p.add_run("Key Skills: ").bold = True
        p.add_run(" | ".join(comp["key_skills"]))
        for label, bullets in zip(LEVELS_DASH, comp["levels"]):
            h = d.add_heading(label, level=3)
            h.paragraph_format.keep_with_next = True
            nid = C.add_num(d, bullet_abs)
            for b in bullets:
                bp = d.add_paragraph(b, style="List Paragraph")
                bp.paragraph_format.space_after = Pt(1)
                C.set_num(bp, nid)
    src = WORK / "wastate-calhr-leadership-competency-model.docx"
    d.save(src)
    C.soffice(src, "pdf:writer_pdf_Export", C.DOCS)
    return C.DOCS / "wastate-calhr-leadership-competency-model.pdf"


def gold_leadership(pdf):
    doc_id = pdf.stem
    pages = C.pdf_pages(pdf)

    def page_of(text):
        hits = C.find_pages(pages, text)
        assert len(hits) >= 1, text
        return hits[0]

    comps = []
    for comp in LEADERSHIP:
        c = C.competency(doc_id, comp["name"], comp["definition"])
        c["key_words"] = list(comp["key_skills"])
        for rank, (label, bullets) in enumerate(zip(LEVELS_DASH, comp["levels"]), start=1):
            c["levels"].append({"rank": rank, "label": label,
                                "behaviors": [C.item(doc_id, b, page_of(b)) for b in bullets]})
        comps.append(c)
    return C.write_gold(pdf, "pdf", LEADERSHIP_TITLE, comps)


# ------------------------------------------------------------------ DOCX
def build_core_docx():
    d = base_document(font="Arial", size=11)
    C.clear_core_props(d, title=CORE_TITLE)
    bullet_abs = C.add_abstract(d, C.BULLET_LVL.format(left=720, hang=360), "2B6E0F93")
    d.add_heading(CORE_TITLE, level=1)
    for comp in CORE:
        d.add_heading(comp["name"], level=2)
        d.add_paragraph(comp["definition"])
        d.add_heading("Key Skills", level=3)
        d.add_paragraph(" | ".join(s for s, _ in comp["skills"]))
        d.add_heading("Proficiency Level Behavior Indicators:", level=3)
        for skill, levels in comp["skills"]:
            h = d.add_heading("", level=4)
            h.add_run(skill).underline = True
            for label, bullets in zip(LEVELS_COLON, levels):
                lp = d.add_paragraph()
                lp.add_run(label).bold = True
                lp.paragraph_format.keep_with_next = True
                lp.paragraph_format.space_after = Pt(0)
                nid = C.add_num(d, bullet_abs)
                for b in bullets:
                    bp = d.add_paragraph(b, style="List Paragraph")
                    C.set_num(bp, nid)
    out = C.DOCS / "wastate-calhr-core-competency-model.docx"
    d.save(out)
    return out


def gold_core(path):
    doc_id = path.stem
    comps = []
    for comp in CORE:
        c = C.competency(doc_id, comp["name"], comp["definition"])
        c["key_words"] = [s for s, _ in comp["skills"]]
        for rank, label in enumerate(LEVELS_COLON, start=1):
            beh = [C.item(doc_id, b, None, skill)
                   for skill, levels in comp["skills"] for b in levels[rank - 1]]
            c["levels"].append({"rank": rank, "label": label, "behaviors": beh})
        comps.append(c)
    return C.write_gold(path, "docx", CORE_TITLE, comps)


if __name__ == "__main__":
    pdf = build_leadership_pdf()
    g1 = gold_leadership(pdf)
    dx = build_core_docx()
    g2 = gold_core(dx)
    ok = C.check(pdf, g1) & C.check(dx, g2)
    sys.exit(0 if ok else 1)
