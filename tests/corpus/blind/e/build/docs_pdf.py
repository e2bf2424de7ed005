"""PDF documents of batch-e: python-docx -> LibreOffice 7.4 -> PDF."""
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Cm, RGBColor, Inches

import helpers as H


def _base(landscape=False, font="Arial", size=10, a5=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(3)
    sec = d.sections[0]
    if a5:
        sec.page_width, sec.page_height = Cm(14.8), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(1.6)
        sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.5)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin = sec.bottom_margin = Cm(1.8)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    return d


def _para(container, text="", bold=False, size=None, color=None, align=None, space_after=None,
          italic=False, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def _cell_text(cell, text, bold=False, size=None, color=None, align=None):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = align
    return p


def _cell_bullets(cell, items, num_id, size=None, first_used=False):
    for i, t in enumerate(items):
        p = cell.paragraphs[0] if (i == 0 and not first_used) else cell.add_paragraph()
        r = p.add_run(t)
        if size:
            r.font.size = Pt(size)
        H.set_num(p, num_id)
        p.paragraph_format.space_after = Pt(2)


def _build_pdf(doc, out_pdf):
    tmp = Path(tempfile.mkdtemp(prefix="batch-e-src-"))
    src = tmp / (Path(out_pdf).stem + ".docx")
    doc.save(src)
    H.docx_to_pdf(src, out_pdf)
    import shutil
    shutil.rmtree(tmp, ignore_errors=True)


# =============================================================================== OECD
OECD_LEVEL_KEY = [
    ("Level 1", "Typically linked to jobs such as Assistants, Secretaries and Operators."),
    ("Level 2", "Typically linked to jobs such as Statisticians, Corporate Management and Administration "
                "Assistants/Officers, Logistics Officers and Documentalists."),
    ("Level 3", "Typically linked to jobs such as Economists/Policy Analysts, IT Analysts and HR Advisers."),
    ("Level 4", "Typically linked to jobs such as Senior Economists/Policy Analysts or Managers."),
    ("Level 5", "Typically linked to jobs such as Heads of Division, Counsellors, Deputy Directors and "
                "Directors."),
]

OECD_COMPS = [
    {
        "cluster": "DELIVERY-RELATED COMPETENCIES \u2013 Achieving Results",
        "name": "Flexible Thinking",
        "definition": ("Flexible Thinking means being able to adjust well to a range of situations, individuals "
                       "or groups. It rests on understanding and valuing different, even opposing, views of an "
                       "issue, on changing one\u2019s approach as the demands of a situation shift, and on "
                       "making, or readily accepting, changes in one\u2019s own organisation or job "
                       "requirements."),
        "levels": [
            ["Accepts that the points of view of others are valid.",
             "Is willing to revise own ideas in the light of new information or contrary evidence."],
            ["Adjusts to changing circumstances and stays effective when priorities shift.",
             "Applies rules and procedures flexibly, depending on the situation.",
             "Looks at a problem from several angles before settling on an approach."],
            ["Changes own work plans to fit the needs of the situation.",
             "Works well with colleagues whose views and working styles differ from own.",
             "Takes up new approaches suggested by others and adapts them to own work."],
            ["Adapts team strategies and objectives in response to changes in the environment.",
             "Encourages others to question established assumptions and to test alternative approaches."],
            ["Reshapes the direction of the Directorate to take account of major shifts in member "
             "country priorities.",
             "Champions organisational change and helps staff see its value."],
        ],
    },
    {
        "cluster": "DELIVERY-RELATED COMPETENCIES \u2013 Achieving Results",
        "name": "Drafting Skills",
        "definition": ("Drafting Skills rest on the ability to convey ideas and information (often of a "
                       "technical nature) in writing, with respect for the reader, so that messages are "
                       "understood and have the intended effect."),
        "levels": [
            ["Writes clear, correct and well-organised short texts such as e-mails and notes.",
             "Checks own drafts for spelling, grammar and consistency with the house style."],
            ["Drafts documents that present information logically and meet the needs of the reader.",
             "Summarises technical material accurately for non-specialists."],
            ["Writes complex analytical documents whose conclusions rest on sound evidence.",
             "Adjusts tone and level of detail to the audience, including Delegates of member countries.",
             "Edits the drafts of others to improve their clarity and impact."],
            ["Produces high-quality reports and policy papers for publication under tight deadlines.",
             "Sets drafting standards for the team and gives constructive feedback on written work."],
            ["Writes persuasive documents for Ministers and senior officials on sensitive policy "
             "issues.",
             "Ensures that the Organisation\u2019s written output carries its key messages consistently."],
        ],
    },
]


def oecd(out):
    d = _base(landscape=True, font="Arial", size=10)
    sec = d.sections[0]
    bul = H.bullet_numbering(d, "1A2B3C4D", glyph="\u25aa", left=220, hanging=200)
    # footer: title left, page number right (page furniture)
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run("OECD COMPETENCY FRAMEWORK")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor.from_string("1F4E79")
    fp.add_run("\t\t")
    H.add_field(fp, "PAGE")
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(12.8))
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(25.6))

    # --- page 1: framework front matter
    _para(d, "COMPETENCY FRAMEWORK", bold=True, size=22, color="1F4E79", space_after=12)
    _para(d, "Core Competencies", bold=True, size=14, color="1F4E79", space_after=6)
    _para(d, "The Core Competencies sum up the capabilities that matter in every job and that, taken "
             "together, contribute to the Organisation\u2019s overall success. How much each of them "
             "matters can still vary with the duties and requirements of a given job. The framework sets "
             "out fifteen Core Competencies arranged in three clusters:")
    for t in ["Delivery-related competencies \u2013 Achieving Results",
              "Interpersonal competencies \u2013 Building Relationships",
              "Strategic competencies \u2013 Planning for the Future"]:
        p = _para(d, t)
        H.set_num(p, bul)
    _para(d, "")
    _para(d, "Levels", bold=True, size=14, color="1F4E79", space_after=6)
    _para(d, "Every Core Competency is described at five levels by behavioural indicators showing how a "
             "person can demonstrate it; the indicators set out what successful performance requires. The "
             "levels are cumulative: a staff member working at Level 3 is expected to show the indicators "
             "of Levels 1 and 2 as well.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, txt in OECD_LEVEL_KEY:
        row = t.add_row()
        _cell_text(row.cells[0], lab, bold=True, color="FFFFFF")
        H.shade(row.cells[0], "1F4E79")
        _cell_text(row.cells[1], txt)
    H.fix_widths(t, [1.3, 8.4])

    # --- one page per competency
    for comp in OECD_COMPS:
        p = _para(d, "")
        p.add_run().add_break(WD_BREAK.PAGE)
        banner = d.add_table(rows=1, cols=1)
        c = banner.rows[0].cells[0]
        _cell_text(c, comp["cluster"], bold=True, size=10, color="FFFFFF")
        H.shade(c, "1F4E79")
        H.fix_widths(banner, [9.7])
        _para(d, "", space_after=2)
        _para(d, comp["name"], bold=True, size=18, color="1F4E79", space_after=4)
        _para(d, comp["definition"], size=10.5, space_after=10)
        t = d.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i in range(5):
            hc = t.rows[0].cells[i]
            _cell_text(hc, f"Level {i + 1}", bold=True, color="FFFFFF", align=WD_ALIGN_PARAGRAPH.CENTER)
            H.shade(hc, "2E75B6")
            _cell_bullets(t.rows[1].cells[i], comp["levels"][i], bul, size=9)
        H.row_flags(t.rows[0], header=True)
        H.fix_widths(t, [1.94] * 5)
    H.clear_core_props(d, title="OECD Competency Framework", author="OECD")
    _build_pdf(d, out)


# =============================================================================== NCHC
NCHC_BEHAVIOURS = [
    {
        "name": "Taking Ownership",
        "values": "Link to Values: Creativity and Community",
        "why": ("So that the people who use our services, and our colleagues, can rely on us to do what we "
                "say we will do, to stand by our decisions and to learn when things go wrong."),
        "levels": [
            ("All Employees", [
                "Takes responsibility for own actions, decisions and workload.",
                "Follows through on commitments and tells people early if something cannot be done on time.",
                "Raises concerns about safety or quality promptly and through the right channels.",
                "Keeps own mandatory training and professional registration up to date."]),
            ("Line Managers", [
                "Sets clear expectations for the team and checks that they have been understood.",
                "Holds team members to account fairly and consistently.",
                "Owns the performance of the team, including when results fall short."]),
            ("Managers of Managers", [
                "Creates a culture in which staff feel safe to own and report mistakes.",
                "Makes sure accountability for services is clear across teams and localities.",
                "Takes responsibility for difficult decisions and explains the reasons for them."]),
        ],
        "exceeding": [
            "Volunteers to lead on problems that fall between teams.",
            "Shares the learning from own mistakes so that others can benefit."],
        "development": [
            "Blames other people or circumstances when things go wrong.",
            "Leaves tasks unfinished without telling anyone.",
            "Waits to be told before acting on an obvious problem."],
    },
    {
        "name": "Care, Respect and Dignity",
        "values": "Link to Values: Compassion and Community",
        "why": ("To show that we treat people fairly, appropriately and in the way they wish to be treated, "
                "so that patients, carers and colleagues feel valued and safe in our care."),
        "levels": [
            ("All Employees", [
                "Treats patients, carers and colleagues with kindness, courtesy and respect.",
                "Listens to people and involves them in decisions about their care or their work.",
                "Protects people\u2019s privacy and dignity at all times.",
                "Values the differences between people and challenges discrimination."]),
            ("Line Managers", [
                "Makes time to listen to team members and takes their wellbeing seriously.",
                "Treats every member of the team fairly and consistently.",
                "Deals promptly with behaviour that falls short of our values."]),
            ("Managers of Managers", [
                "Makes sure that services are designed around the needs and wishes of patients.",
                "Builds a culture in which people are treated with dignity and feel able to raise concerns."]),
        ],
        "exceeding": [
            "Goes out of the way to make people feel welcome and at ease.",
            "Is recognised by patients or colleagues for outstanding compassion."],
        "development": [
            "Talks about people in a disrespectful way.",
            "Ignores the wishes or preferences of patients and carers."],
    },
]


def nchc(out):
    d = _base(font="Arial", size=10, a5=True)
    sec = d.sections[0]
    bul = H.bullet_numbering(d, "2B3C4D5E", glyph="\u2022", left=284, hanging=284)
    num_abs = H.decimal_numbering(d, "2B3C4D5F", left=284, hanging=284)
    num = H.add_num(d, num_abs)
    GREEN = "00843D"
    # running footer with page number (furniture); different first page (cover) without it
    sec.different_first_page_header_footer = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    H.add_field(fp, "PAGE", "2")
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Norfolk Community Health and Care NHS Trust")
    hr.font.size = Pt(7.5)
    hr.font.color.rgb = RGBColor.from_string("005EB8")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # cover
    _para(d, "")
    _para(d, "")
    _para(d, "Norfolk Community Health and Care", bold=True, size=13, color="005EB8", space_after=0)
    _para(d, "NHS Trust", bold=True, size=11, color="005EB8", space_after=60)
    _para(d, "Behaviour", bold=True, size=34, color=GREEN, space_after=0)
    _para(d, "Framework", bold=True, size=34, color=GREEN, space_after=40)
    _para(d, "Community \u2022 Compassion \u2022 Creativity", size=11, color="555555")
    _para(d, "May 2017", size=9, color="555555")
    _para(d, "").add_run().add_break(WD_BREAK.PAGE)

    # intro
    _para(d, "What are behaviours?", bold=True, size=14, color=GREEN)
    _para(d, "Our behaviours show how we live our values every day and in everything we do. Our values "
             "guide the decisions we make, and they are:")
    for v in ["COMMUNITY", "COMPASSION", "CREATIVITY"]:
        H.set_num(_para(d, v, bold=True), bul)
    _para(d, "Our values are upheld by the following five behaviours:")
    for v in ["Care, Respect and Dignity", "Working Together for the Community", "Integrity",
              "Taking Ownership", "Innovation, Flexibility and Resilience"]:
        H.set_num(_para(d, v), bul)
    _para(d, "The behaviours have been kept simple so that they are easy to use. They help us to:")
    for v in ["Recruit, keep and develop people who live our values and behaviours.",
              "Support performance management, supervision and 1-2-1 meetings.",
              "Identify and support development."]:
        H.set_num(_para(d, v), bul)
    _para(d, "How do the behaviours work?", bold=True, size=14, color=GREEN)
    _para(d, "Each of the five behaviours is described at three levels:")
    for v in ["All Employees", "Line Managers", "Managers of Managers"]:
        H.set_num(_para(d, v), num)
    _para(d, "This dictionary sets out what is expected of you and why it matters to live each behaviour. "
             "To be satisfactory in your role you are expected to show every bullet point listed for your "
             "level. Line managers and managers of managers are also expected to show the behaviours "
             "described at the level or levels below their own.")
    _para(d, "We have also shown the kind of things that would tell us you are regularly exceeding "
             "expectations, and the development indicators that point to where improvement is needed. "
             "Talk about these in your 1-2-1s and supervision and include them in your PDP.")

    for b in NCHC_BEHAVIOURS:
        tp = _para(d, b["name"], bold=True, size=20, color=GREEN, space_after=2)
        tp.paragraph_format.page_break_before = True
        _para(d, b["values"], italic=True, size=10, color="005EB8", space_after=8)
        box = d.add_table(rows=1, cols=1)
        c = box.rows[0].cells[0]
        H.shade(c, "E8F3EC")
        _cell_text(c, "Why is it important?", bold=True, color=GREEN)
        pc = c.add_paragraph(b["why"])
        H.fix_widths(box, [4.55])
        _para(d, "", space_after=2)
        for lab, items in b["levels"]:
            _para(d, lab, bold=True, size=12, color=GREEN, space_after=2)
            for t in items:
                H.set_num(_para(d, t, space_after=2), bul)
        tb = d.add_table(rows=2, cols=2)
        tb.style = "Table Grid"
        _cell_text(tb.rows[0].cells[0], "Exceeding expectations", bold=True, color="FFFFFF")
        H.shade(tb.rows[0].cells[0], GREEN)
        _cell_text(tb.rows[0].cells[1], "Development indicators", bold=True, color="FFFFFF")
        H.shade(tb.rows[0].cells[1], "A00054")
        _cell_bullets(tb.rows[1].cells[0], b["exceeding"], bul, size=9)
        _cell_bullets(tb.rows[1].cells[1], b["development"], bul, size=9)
        H.fix_widths(tb, [2.27, 2.27])
        H.row_flags(tb.rows[1])
    H.clear_core_props(d, title="Behaviour Framework", author="NCHC")
    _build_pdf(d, out)


# =============================================================================== IIA
IIA_AREAS = [
    {
        "area": "PROFESSIONALISM",
        "desc": ("Competencies needed to show the authority, credibility and ethical conduct that a valuable "
                 "internal audit activity depends on."),
        "rows": [
            ("Mission of internal auditing",
             "Explain what the internal audit activity is for, its authority and its responsibility; tell "
             "assurance services apart from consulting services.",
             "Carry out both assurance and consulting engagements in conformance with the Standards.",
             "Assess whether the internal audit activity can deliver both assurance and consulting services "
             "that add value and improve the organization\u2019s operations."),
            ("Internal audit charter",
             "Explain the purpose of an internal audit charter; list the elements the Standards require it "
             "to contain.",
             "Draft an internal audit charter that conforms with the Standards, and obtain the board\u2019s "
             "approval.",
             "Review and update the internal audit charter so that it conforms with the Standards and "
             "supports leading practice."),
            ("Organizational independence",
             "Explain why the internal audit activity must be organizationally independent; list the "
             "factors that affect independence.",
             "Recognize any potential impairment to internal audit independence and its effect.",
             "Resolve potential impairments to internal audit independence in line with the Standards; "
             "report the effect of any impairment that remains."),
            ("Individual objectivity",
             "Explain why objectivity matters in internal auditing; recognize the factors that may impair "
             "it, or appear to impair it.",
             "Identify and manage real or perceived impairments to an individual internal auditor\u2019s "
             "objectivity; assess and preserve objectivity.",
             "Set and maintain policies on objectivity; recommend ways to strengthen it."),
            ("Ethical behavior",
             "Explain why a code of ethics matters and describe its principles.",
             "Show personal conformance with the Code of Ethics and with the organization\u2019s ethical "
             "standards.",
             "Promote an ethical culture across the internal audit activity; evaluate conformance with the "
             "Code of Ethics."),
            ("Due professional care",
             "Describe what due professional care requires of an internal auditor.",
             "Apply due professional care when planning and performing engagements.",
             "Evaluate whether the internal audit activity exercises due professional care, and put "
             "improvements in place."),
            ("Professional development",
             "Identify the knowledge, skills and competencies that own role requires, and seek relevant "
             "training.",
             "Maintain and improve own proficiency through continuing professional development.",
             "Assess the collective competencies of the internal audit activity and plan how gaps will be "
             "closed."),
        ],
    },
    {
        "area": "LEADERSHIP & COMMUNICATION",
        "desc": ("Competencies needed to lead the internal audit activity and to communicate its work and "
                 "results with influence."),
        "rows": [
            ("Internal audit strategic planning and management",
             "Describe how the internal audit activity sets its strategy and manages its resources.",
             "Contribute to the internal audit strategic plan and to managing the activity\u2019s budget "
             "and staff.",
             "Develop and direct the strategy of the internal audit activity in line with the "
             "organization\u2019s objectives."),
            ("Audit planning and coordinating assurance efforts",
             "Describe the risk-based audit plan and the other assurance providers in the organization.",
             "Help prepare the risk-based audit plan; coordinate with other internal and external assurance "
             "providers.",
             "Set a risk-based audit plan that relies on other assurance providers to achieve efficient "
             "coverage."),
            ("Quality Assurance and Improvement Program",
             "Describe the purpose and the elements of a quality assurance and improvement program.",
             "Take part in internal assessments and help implement improvement actions.",
             "Design and oversee a quality assurance and improvement program, including external "
             "assessments."),
        ],
    },
]


def iia(out):
    d = _base(landscape=True, font="Arial", size=9)
    sec = d.sections[0]
    sec.top_margin = Cm(1.5)
    NAVY = "003865"
    hp = sec.header.paragraphs[0]
    r = hp.add_run("INTERNAL AUDIT COMPETENCY FRAMEWORK")
    r.bold = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor.from_string(NAVY)
    hp.add_run("\t")
    H.add_field(hp, "PAGE")
    hp.add_run(" | ")
    H.add_field(hp, "NUMPAGES", "2")
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(25.6), alignment=2)
    fp = sec.footer.paragraphs[0]
    fr = fp.add_run("Copyright \u00a9 2020 by The Institute of Internal Auditors, Inc. All rights reserved.")
    fr.font.size = Pt(7)

    widths = [1.9, 1.7, 2.3, 2.3, 2.3]
    for n_area, area in enumerate(IIA_AREAS):
        if n_area:
            _para(d, "").add_run().add_break(WD_BREAK.PAGE)
        t = d.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        h0 = t.rows[0].cells
        a = h0[0].merge(h0[1])
        _cell_text(a, "KNOWLEDGE AREA", bold=True, color="FFFFFF")
        H.shade(a, NAVY)
        b = h0[2].merge(h0[3]).merge(h0[4])
        _cell_text(b, "COMPETENCY LEVEL", bold=True, color="FFFFFF", align=WD_ALIGN_PARAGRAPH.CENTER)
        H.shade(b, NAVY)
        h1 = t.rows[1].cells
        e = h1[0].merge(h1[1])
        H.shade(e, "D9E2EC")
        for i, lab in enumerate(["GENERAL AWARENESS", "APPLIED KNOWLEDGE", "EXPERT"]):
            _cell_text(h1[2 + i], lab, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            H.shade(h1[2 + i], "D9E2EC")
        H.row_flags(t.rows[0], header=True)
        H.row_flags(t.rows[1], header=True)
        first = None
        for topic, ga, ak, ex in area["rows"]:
            row = t.add_row()
            H.row_flags(row)
            cells = row.cells
            _cell_text(cells[1], topic, bold=True)
            H.shade(cells[1], "F2F5F8")
            for j, txt in enumerate((ga, ak, ex)):
                _cell_text(cells[2 + j], txt)
                cells[2 + j].paragraphs[0].paragraph_format.space_after = Pt(8)
            if first is None:
                first = cells[0]
            else:
                first = first.merge(cells[0])
        _cell_text(first, area["area"], bold=True, color=NAVY)
        first.add_paragraph(area["desc"])
        first.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
        H.fix_widths(t, widths)
        H.set_cell_margins(t, 70, 70, 90, 90)
    H.clear_core_props(d, title="Internal Audit Competency Framework", author="The IIA")
    _build_pdf(d, out)
