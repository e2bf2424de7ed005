"""Batch M: DOCX documents (python-docx) and PDFs (python-docx -> LibreOffice), with their gold."""
import sys, tempfile, shutil
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches, RGBColor
from common_m import (DOCS, GOLD, competency, item, level, write_gold, soffice, add_numbering, bullet_lvl,
                      decimal_lvl, set_num, add_field, shade, row_flags, fix_widths, clear_props)

DOCS.mkdir(parents=True, exist_ok=True); GOLD.mkdir(parents=True, exist_ok=True)


def base(font="Arial", size=10.5, landscape=False):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    return d


def footer_page(d, left_text, fmt="Page {PAGE}", of=False):
    p = d.sections[0].footer.paragraphs[0]
    p.add_run(left_text + "\t\t")
    pre, _, post = fmt.partition("{PAGE}")
    p.add_run(pre); add_field(p, "PAGE"); 
    if of:
        p.add_run(" of "); add_field(p, "NUMPAGES")
    p.add_run(post)
    for r in p.runs:
        r.font.size = Pt(8)


def to_pdf(docx_path, stem):
    tmp = Path(tempfile.mkdtemp(prefix="bm-"))
    src = tmp / f"{stem}.docx"
    shutil.copy(docx_path, src)
    soffice(src, "pdf", DOCS)
    shutil.rmtree(tmp, ignore_errors=True)
    return DOCS / f"{stem}.pdf"


# ====================================================================== NICS (PDF)
NICS_DEF = ("Seeing the big picture is about having a deep understanding of how your role fits with, and supports, "
            "the aims of your department and the wider needs of the public. For all staff it means keeping a focus "
            "on the work that adds most value and makes the biggest difference to citizens. At senior levels it means "
            "looking ahead, thinking about the future of the NICS and bringing in outside perspectives.")
NICS = [
    ("Level 1 \u2013 AA/AO (or equivalent)",
     ["Understands how own work contributes to the aims of the team and the department",
      "Takes an interest in the wider work of the department and how it serves the public",
      "Keeps up to date with changes that affect own area of work",
      "Thinks about how own work affects colleagues in other teams"],
     ["Shows little interest in how own work links to the aims of the department",
      "Works in isolation, without regard to the needs of other teams",
      "Does not keep up with changes that affect own job"]),
    ("Level 2 \u2013 EO2/EO1 (or equivalent)",
     ["Explains to others how the work of the team supports departmental and NICS priorities",
      "Looks beyond the immediate task to understand the wider context and the needs of citizens",
      "Gathers information from a range of sources to inform the work of the team",
      "Identifies how changes elsewhere in the NICS may affect the team\u2019s work"],
     ["Focuses only on own tasks, without considering the wider context",
      "Relies on a narrow range of information when planning work",
      "Is unaware of, or ignores, developments elsewhere that affect the team"]),
    ("Level 3 \u2013 SO/DP (or equivalent)",
     ["Develops a sound understanding of the political, social and economic context of own area",
      "Makes sure that the team\u2019s plans reflect departmental and Programme for Government priorities",
      "Builds links with other business areas and partners to understand their needs and share knowledge",
      "Anticipates future issues and considers their implications for service delivery"],
     ["Plans the team\u2019s work without reference to the wider strategic context",
      "Misses opportunities to learn from other business areas and partners",
      "Reacts to issues as they arise rather than anticipating them"]),
]


def nics():
    stem = "nics-seeing-the-big-picture"
    d = base("Arial", 10)
    clear_props(d, "NICS Competency Framework")
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Northern Ireland Civil Service\tNICS Competency Framework"
    for r in hp.runs: r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    footer_page(d, "Updated April 2018", "Page {PAGE}")
    bul = add_numbering(d, bullet_lvl("\u2022", 284, 284), "5A1B2C01")
    p = d.add_paragraph(); r = p.add_run("SETTING DIRECTION"); r.bold = True; r.font.size = Pt(11); r.font.color.rgb = RGBColor(0x00, 0x5E, 0xA5)
    p = d.add_paragraph(); r = p.add_run("Seeing the Big Picture"); r.bold = True; r.font.size = Pt(18)
    d.add_paragraph(NICS_DEF)
    for label, eff, ineff in NICS:
        t = d.add_table(rows=3, cols=2); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
        c = t.cell(0, 0).merge(t.cell(0, 1)); c.text = ""
        rr = c.paragraphs[0].add_run(label); rr.bold = True; rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, "005EA5")
        for j, h in enumerate(["Effective behaviours", "Ineffective behaviours"]):
            cc = t.cell(1, j); cc.text = ""; cc.paragraphs[0].add_run(h).bold = True; shade(cc, "D9E7F3")
        for j, lst in enumerate([eff, ineff]):
            cc = t.cell(2, j)
            for k, b in enumerate(lst):
                pp = cc.paragraphs[0] if k == 0 else cc.add_paragraph()
                pp.add_run(b); set_num(pp, bul)
        for row in t.rows: row_flags(row)
        fix_widths(t, [3.3, 3.3])
        d.add_paragraph()
    src = Path(tempfile.mkdtemp()) / f"{stem}.docx"; d.save(src)
    pdf = to_pdf(src, stem)
    lv = []
    for r, (label, eff, ineff) in enumerate(NICS):
        lv.append({"rank": r + 1, "label": label,
                   "behaviors": [item(stem, b, "Effective behaviours") for b in eff] +
                                [item(stem, b, "Ineffective behaviours") for b in ineff]})
    write_gold(pdf, "Seeing the Big Picture", [competency(stem, "Seeing the Big Picture", NICS_DEF, levels=lv)])


# ====================================================================== FCS Nigeria (PDF)
FCS_LEVELS = ["Level 1 \u2013 Basic", "Level 2 \u2013 Intermediate", "Level 3 \u2013 Advanced", "Level 4 \u2013 Expert"]
FCS = [
    ("4.1.1", "Strategic Thinking",
     "The ability to understand the long-term direction of government, to see how policies, programmes and events connect, and to turn this understanding into plans that serve the public interest.",
     [["Understands the mandate and goals of own MDA", "Relates own tasks to the objectives of the unit",
       "Seeks to understand the reasons behind policies and directives"],
      ["Identifies links between the work of own unit and that of other departments",
       "Considers the longer-term effects of decisions when planning work",
       "Contributes ideas to unit and departmental work plans"],
      ["Analyses trends in the national and global environment and their effect on the MDA",
       "Develops medium-term plans that translate policy into achievable programmes",
       "Weighs alternative courses of action against the strategic goals of the Service"],
      ["Shapes the long-term vision and strategy of the MDA in line with national development priorities",
       "Anticipates emerging issues and positions the Service to respond to them",
       "Builds consensus among senior stakeholders around strategic choices"]]),
    ("4.1.2", "Driving Change and Innovation",
     "The ability to challenge established ways of working, to generate and support new ideas, and to lead others through change so that the Service becomes more efficient and responsive.",
     [["Is open to new ways of doing things", "Adapts own work when procedures change",
       "Suggests small improvements to how tasks are done"],
      ["Questions practices that no longer add value", "Tries out new methods and shares what works with colleagues",
       "Helps colleagues understand and accept change"],
      ["Initiates and manages change projects within own department",
       "Creates an environment in which staff feel free to propose new ideas",
       "Identifies and addresses resistance to change"],
      ["Champions reform across the MDA and the wider Service",
       "Sponsors innovation and allocates resources to promising initiatives",
       "Communicates a compelling case for change to staff and stakeholders"]]),
]


def fcs():
    stem = "fcs-vision-competency-cluster"
    d = base("Calibri", 11)
    clear_props(d, "Comprehensive Competency Model for the Federal Civil Service")
    hp = d.sections[0].header.paragraphs[0]; hp.text = "Comprehensive Competency Model for the Federal Civil Service"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs: r.italic = True; r.font.size = Pt(9)
    fp = d.sections[0].footer.paragraphs[0]
    fp.add_run("February 27, 2015\t\tPage - "); add_field(fp, "PAGE", "12"); fp.add_run(" -")
    for r in fp.runs: r.font.size = Pt(9)
    d.sections[0].footer.is_linked_to_previous = False
    # start the page numbering at 12, as in the catalogue section of the full model
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    d.sections[0]._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="12"/>'))
    bul = add_numbering(d, bullet_lvl("\u2022", 227, 227), "5A1B2C02")
    d.add_heading("4 THE FCS COMPREHENSIVE COMPETENCY CATALOGUE", level=1)
    d.add_heading("4.1 The Vision Competency Cluster", level=2)
    d.add_paragraph("The Vision cluster brings together the competencies that enable officers to understand where the "
                    "Federal Civil Service is going, to think beyond the immediate task and to lead the Service through "
                    "reform. It applies to officers on all grade levels, with the depth of behaviour expected rising with "
                    "seniority.")
    for num, name, definition, levels in FCS:
        d.add_heading(f"{num} {name}", level=3)
        p = d.add_paragraph(); p.add_run("Definition: ").bold = True; p.add_run(definition)
        t = d.add_table(rows=1 + len(levels), cols=2); t.style = "Table Grid"
        for j, h in enumerate(["Proficiency Level", "Behavioural Indicators"]):
            c = t.cell(0, j); c.text = ""; c.paragraphs[0].add_run(h).bold = True; shade(c, "1F6B3A")
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        row_flags(t.rows[0], header=True)
        for i, (lab, bl) in enumerate(zip(FCS_LEVELS, levels)):
            c = t.cell(i + 1, 0); c.text = ""; c.paragraphs[0].add_run(lab).bold = True; shade(c, "E2EFDA")
            c = t.cell(i + 1, 1)
            for k, b in enumerate(bl):
                pp = c.paragraphs[0] if k == 0 else c.add_paragraph()
                pp.add_run(b); set_num(pp, bul)
            row_flags(t.rows[i + 1])
        fix_widths(t, [1.6, 5.0])
        d.add_paragraph()
    src = Path(tempfile.mkdtemp()) / f"{stem}.docx"; d.save(src)
    pdf = to_pdf(src, stem)
    comps = [competency(stem, name, definition,
                        levels=[level(stem, r + 1, lab, bl) for r, (lab, bl) in enumerate(zip(FCS_LEVELS, levels))])
             for _, name, definition, levels in FCS]
    write_gold(pdf, "4.1 The Vision Competency Cluster", comps)


# ====================================================================== County of Marin (PDF)
MARIN = [
    ("Adaptability", [
        "Tell us about a time when your priorities at work changed with little warning. How did you adjust your plans?",
        "Describe a situation in which you had to learn a new system or procedure quickly. What did you do to get up to speed?",
        "Give an example of working with someone whose style was very different from yours. How did you make the relationship work?",
        "Tell us about a change at work that you did not agree with. How did you handle it, and what was the outcome?"]),
    ("Customer Service", [
        "Describe a time when you went out of your way to help a member of the public. What prompted you to do so?",
        "Tell us about the most difficult customer you have dealt with. What was the situation and how did you resolve it?",
        "A customer asks for something that policy does not allow. Walk us through how you would respond.",
        "Give an example of feedback you received from a customer. What did you change as a result?"]),
    ("Problem Solving", [
        "Walk us through a complex problem you solved at work. What steps did you take, and who did you involve?",
        "Tell us about a time you spotted a problem before it became serious. How did you notice it?",
        "Describe a decision you had to make with incomplete information. What was the result, and what would you do differently?"]),
]


def marin():
    stem = "marin-interview-question-library"
    d = base("Calibri", 11)
    clear_props(d, "Interview Question Library")
    footer_page(d, "County of Marin \u2013 Interview Question Library", "{PAGE}")
    for line in ["County of Marin", "Human Resources", "3501 Civic Center Drive, Suite 415", "San Rafael, CA 94903",
                 "415 473 6104 T   415 473 5960 F   CRS Dial 711", "marincounty.org/hr"]:
        p = d.add_paragraph(); r = p.add_run(line); r.font.size = Pt(8); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    p = d.add_paragraph(); r = p.add_run("INTERVIEW QUESTION LIBRARY"); r.bold = True; r.font.size = Pt(16)
    p = d.add_paragraph(); p.add_run("INTRODUCTION").bold = True
    d.add_paragraph("When you evaluate candidates, look at both what they know about the field (content knowledge) and "
                    "how they get the work done: their people skills and personal traits (functional knowledge). "
                    "Past behavior is a good predictor of future behavior, so behavioral questions ask candidates to "
                    "describe what they actually did in specific situations.")
    d.add_paragraph("First identify the competencies that matter most for the position, then choose questions from the "
                    "matching sections below. Ask every candidate the same questions.")
    for name, qs in MARIN:
        h = d.add_paragraph(); r = h.add_run(name); r.bold = True; r.font.size = Pt(13); r.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)
        h.paragraph_format.keep_with_next = True
        num = add_numbering(d, decimal_lvl("%1.", 360, 360), f"5A1B2D{len(name):02X}")
        for q in qs:
            p = d.add_paragraph(q); set_num(p, num)
    src = Path(tempfile.mkdtemp()) / f"{stem}.docx"; d.save(src)
    pdf = to_pdf(src, stem)
    comps = [competency(stem, name, None, interview_questions=[item(stem, q) for q in qs]) for name, qs in MARIN]
    write_gold(pdf, "Interview Question Library", comps)


# ====================================================================== University of Newcastle (DOCX)
UON_COLS = ["HEW 1\u20134", "HEW 5\u20136", "HEW 7\u20138", "HEW 9\u201310"]
UON_NAME = "Client and Stakeholder Engagement"
UON_DESC = ("Builds and sustains relationships with students, colleagues and external partners, and delivers "
            "services that meet their needs and reflect the University\u2019s values.")
UON = [
    ("Understanding client needs",
     ["Asks questions to find out what the client needs and confirms understanding.",
      "Anticipates common client needs and adjusts the service to suit.",
      "Analyses client data and feedback to identify emerging needs across a service area.",
      "Uses insight into client needs to shape University-wide service strategy."]),
    ("Delivering services",
     ["Provides accurate and timely service in line with established procedures.",
      "Resolves non-routine requests and follows issues through to completion.",
      "Designs and manages service processes that meet agreed standards.",
      "Sets service standards and is accountable for service performance across portfolios."]),
    ("Building relationships",
     ["Treats clients courteously and respectfully in every interaction.",
      "Builds cooperative working relationships with clients and colleagues in other units.",
      "Develops partnerships with internal and external stakeholders to achieve shared outcomes.",
      "Establishes and maintains strategic alliances that advance the University\u2019s goals."]),
    ("Improving the client experience",
     ["Passes on client feedback and suggests simple improvements.",
      "Identifies gaps in service and puts forward practical solutions.",
      "Leads projects that improve the client experience and evaluates their impact.",
      "Drives a culture of continuous improvement in service across the University."]),
]


def uon():
    stem = "uon-capability-matrix"
    d = base("Arial", 9.5, landscape=True)
    clear_props(d, "Capability Matrix for Professional Staff")
    hp = d.sections[0].header.paragraphs[0]; hp.text = "THE UNIVERSITY OF NEWCASTLE\tCAPABILITY MATRIX FOR PROFESSIONAL STAFF"
    for r in hp.runs: r.font.size = Pt(8)
    footer_page(d, "Performance Expectations Framework for Professional Staff", "Page {PAGE}", of=True)
    p = d.add_paragraph(); r = p.add_run("CAPABILITY MATRIX FOR PROFESSIONAL STAFF"); r.bold = True; r.font.size = Pt(16)
    d.add_paragraph("The continuum runs from transactional and operational capability through to tactical and strategic "
                    "capability. Action statements are examples only; not every statement will apply to every role.")
    t = d.add_table(rows=3 + len(UON), cols=5); t.style = "Table Grid"
    c = t.cell(0, 0).merge(t.cell(0, 4)); c.text = ""
    r = c.paragraphs[0].add_run(UON_NAME); r.bold = True; r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF); shade(c, "0F2C52")
    c = t.cell(1, 0).merge(t.cell(1, 4)); c.text = ""; c.paragraphs[0].add_run(UON_DESC).italic = True; shade(c, "DCE6F1")
    hdr = ["Outcome"] + UON_COLS
    for j, h in enumerate(hdr):
        cc = t.cell(2, j); cc.text = ""; cc.paragraphs[0].add_run(h).bold = True; shade(cc, "B8CCE4")
    for i, (outcome, cells) in enumerate(UON):
        cc = t.cell(3 + i, 0); cc.text = ""; cc.paragraphs[0].add_run(outcome).bold = True
        for j, txt in enumerate(cells):
            t.cell(3 + i, j + 1).text = txt
    for row in t.rows: row_flags(row)
    fix_widths(t, [1.7, 1.95, 1.95, 1.95, 1.95])
    path = DOCS / f"{stem}.docx"; d.save(path)
    lv = [{"rank": j + 1, "label": col, "behaviors": [item(stem, cells[j], outcome) for outcome, cells in UON]}
          for j, col in enumerate(UON_COLS)]
    write_gold(path, "Capability Matrix for Professional Staff", [competency(stem, UON_NAME, UON_DESC, levels=lv)])


# ====================================================================== Southern Cross University (DOCX)
SCU = [
    ("Leading by knowing self and understanding others", "Self-awareness",
     "Understands own values, strengths and effect on others, and uses this understanding to lead with authenticity.",
     ["Seeks feedback on own leadership and acts on it",
      "Recognises how own emotions affect others and manages them",
      "Reflects on successes and setbacks in order to learn",
      "Is open about own strengths and limitations"]),
    ("People: Leading and developing people and teams to achieve results", "Developing people",
     "Invests in the growth of staff so that they perform well now and are ready to take on greater responsibility in future.",
     ["Holds regular conversations with staff about their performance and career goals",
      "Gives timely, specific and balanced feedback",
      "Identifies development opportunities that stretch individuals",
      "Delegates in a way that builds capability and confidence",
      "Recognises and celebrates the achievements of others"]),
    ("People: Leading and developing people and teams to achieve results", "Building effective teams",
     "Creates teams with a shared purpose, clear roles and the trust needed to achieve results together.",
     ["Sets clear team goals linked to the University\u2019s strategic plan",
      "Clarifies roles and responsibilities within the team",
      "Encourages open discussion and constructive debate",
      "Deals with conflict early and fairly",
      "Draws on the diverse strengths of team members"]),
]


def scu():
    stem = "scu-leadership-capability-framework"
    d = base("Calibri", 11)
    clear_props(d, "Leadership Capability Framework Guide")
    hp = d.sections[0].header.paragraphs[0]; hp.text = "Southern Cross University \u2013 Leadership Capability Framework Guide"
    for r in hp.runs: r.font.size = Pt(8)
    footer_page(d, "Organisational Development", "{PAGE}")
    d.add_heading("Leadership Capability Framework Guide", level=0)
    d.add_paragraph("The Leadership Capability Framework describes the capabilities SCU leaders need to lead their "
                    "people well and achieve the University\u2019s goals. Capabilities are grouped in four clusters; "
                    "each capability is described, followed by the behavioural descriptors that show it in practice.")
    last = None
    for cluster, name, desc, beh in SCU:
        if cluster != last:
            d.add_heading(f"Cluster: {cluster}", level=1); last = cluster
        d.add_heading(name, level=2)
        d.add_paragraph(desc)
        p = d.add_paragraph(); p.add_run("Behavioural descriptors").bold = True
        for b in beh:
            d.add_paragraph(b, style="List Bullet")
    path = DOCS / f"{stem}.docx"; d.save(path)
    comps = [competency(stem, name, desc, indicators=[item(stem, b) for b in beh]) for _, name, desc, beh in SCU]
    write_gold(path, "Leadership Capability Framework Guide", comps)


if __name__ == "__main__":
    nics(); fcs(); marin(); uon(); scu()
    print("office done")
