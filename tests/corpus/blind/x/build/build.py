"""Blind batch x: build the 8 documents and their gold.  Run: /work/main/.venv/bin/python build.py"""
import sys, tempfile, shutil, json
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import common as C
from docx import Document
from docx.shared import Pt, Inches, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH

DOCS, GOLD = C.DOCS, C.GOLD
DOCS.mkdir(parents=True, exist_ok=True); GOLD.mkdir(parents=True, exist_ok=True)
I = C.item


def lv(rank, label, texts, doc, group=None):
    return {"rank": rank, "label": label, "behaviors": [I(t, doc, group=group) for t in texts]}


def docx_to_pdf(docx_path, pdf_name):
    tmp = Path(tempfile.mkdtemp(prefix="x-pdf-"))
    src = tmp / (Path(pdf_name).stem + ".docx")
    shutil.copy(docx_path, src)
    C.soffice(src, "pdf", tmp)
    shutil.copy(tmp / (Path(pdf_name).stem + ".pdf"), DOCS / pdf_name)
    shutil.rmtree(tmp, ignore_errors=True)


def header_footer(doc, head_left, foot_text, page_of=True, head_page=False):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = head_left
    if head_page:
        hp.add_run("\t\t")
        C.add_field(hp, "PAGE")
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = foot_text
    if page_of:
        fp.add_run("   Page ")
        C.add_field(fp, "PAGE")
        fp.add_run(" of ")
        C.add_field(fp, "NUMPAGES", "2")
    for r in fp.runs:
        r.font.size = Pt(8)


# =====================================================================================
# 1. DOE competency dictionary (PDF; each competency = definition + level table, 5 -> 1)
# =====================================================================================
DOE = "doe-competency-dictionary"
DOE_COMPS = [
    ("Oral Communication",
     "Conveys information, ideas and facts to individuals or groups clearly and persuasively, taking into account the listeners and the nature of the message; makes clear and convincing oral presentations; listens to others, attends to nonverbal cues, and responds appropriately.",
     [("5 – Expert", ["Presents the Department’s position on sensitive, high-visibility matters to Congressional staff, senior officials or the national media.",
                      "Handles hostile or unexpected questions from a large audience while keeping the message intact.",
                      "Coaches senior managers on delivering complex technical briefings."]),
      ("4 – Advanced", ["Briefs senior management on complex program issues and answers probing questions with confidence.",
                        "Adjusts tone, pace and content to bring a divided group toward agreement."]),
      ("3 – Intermediate", ["Delivers routine briefings on program status to managers and stakeholder groups.",
                            "Explains technical procedures to non-specialists in plain terms."]),
      ("2 – Basic", ["Gives clear answers to routine questions from co-workers and customers.",
                     "Listens carefully and asks questions to check understanding."]),
      ("1 – Awareness", ["Passes on straightforward information in person or by telephone.",
                         "Follows the discussion in team meetings and contributes when asked."])]),
    ("Resilience",
     "Deals effectively with pressure; remains optimistic and persistent, even under adversity; recovers quickly from setbacks.",
     [("5 – Expert", ["Keeps the organization focused and steady through a prolonged crisis or a major restructuring.",
                      "Models composure for senior staff when facing intense public or political scrutiny."]),
      ("4 – Advanced", ["Sustains performance across several competing high-stakes projects with shifting deadlines.",
                        "Helps the team recover after a significant setback and refocuses its effort."]),
      ("3 – Intermediate", ["Stays productive when priorities change at short notice.",
                            "Treats criticism of own work as information and adjusts without losing momentum."]),
      ("2 – Basic", ["Completes assignments under moderate time pressure.",
                     "Asks for guidance when a problem proves harder than expected."]),
      ("1 – Awareness", ["Recognizes signs of stress in own work and seeks help.",
                         "Keeps a positive manner during routine difficulties."])]),
]


def build_doe():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    header_footer(d, "Proficiency Level Dictionary for DOE Competencies",
                  "Universal, Managerial & Leadership Competency Scheme developed for the U.S. Department of Energy by Knowledge Engineering & Associates (2009)")
    bullet = C.add_numbering(d, C.bullet_lvl("•", 216, 216), "1A2B3C01")
    p = d.add_paragraph(); r = p.add_run("Universal Competencies"); r.bold = True; r.font.size = Pt(14)
    for k, (name, definition, levels) in enumerate(DOE_COMPS):
        if k:
            d.add_page_break()
        p = d.add_paragraph(); p.paragraph_format.space_before = Pt(12)
        r = p.add_run(name); r.bold = True; r.font.size = Pt(12); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
        p = d.add_paragraph(); r = p.add_run("Definition: "); r.bold = True; p.add_run(definition)
        t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
        hdr = t.rows[0].cells
        for c, txt in zip(hdr, ["Proficiency Level", "Proficiency Level Illustrations"]):
            c.paragraphs[0].add_run(txt).bold = True; C.shade(c, "D9E2F3")
        C.mark_header_row(t.rows[0])
        for label, texts in levels:
            row = t.add_row(); C.row_flags(row)
            row.cells[0].paragraphs[0].add_run(label).bold = True
            cell = row.cells[1]
            for i, txt in enumerate(texts):
                para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                para.add_run(txt); C.set_num(para, bullet)
        C.fix_widths(t, [1.5, 5.0])
    C.clear_core_props(d, "Proficiency Level Dictionary for DOE Competencies")
    tmp = Path(tempfile.mkdtemp()) / "doe.docx"; d.save(tmp)
    docx_to_pdf(tmp, DOE + ".pdf")
    comps = []
    for name, definition, levels in DOE_COMPS:
        n = len(levels)
        comps.append(C.competency(name, DOE, definition=definition,
                                  levels=[lv(n - i, label, texts, DOE) for i, (label, texts) in enumerate(levels)]))
    C.write_gold(DOE, DOE + ".pdf", "pdf", "Proficiency Level Dictionary for DOE Competencies", comps)


# =====================================================================================
# 2. ACPA/NASPA professional competency areas (PDF; headings + bullet lists per level)
# =====================================================================================
AN = "acpa-naspa-competency-areas"
AN_COMPS = [
    ("Personal and Ethical Foundations", "PPF",
     "Covers the knowledge, skills and dispositions needed to build and keep integrity in one’s life and work, including the careful development, critique and observance of a full standard of ethics, and a commitment to one’s own wellness and growth.",
     "Integrity has an internal source shaped by outside ethical codes, an inner voice of care and our own lived experience; for that reason the personal and the ethical are treated together in this area, and both grow through curiosity, reflection and self-authorship.",
     [("Foundational Outcomes", ["Identify the main elements of one’s personal beliefs and commitments (for example values, goals and self-definitions) and where each of them came from.",
                                 "Explain the ethical statements of the professional associations in student affairs and apply them to one’s own practice.",
                                 "Recognize signs of stress or burnout in oneself and seek support when it is needed.",
                                 "Describe how one’s own identities shape relationships with students and colleagues."]),
      ("Intermediate Outcomes", ["Help colleagues and students weigh the ethical questions that arise in daily work.",
                                 "Build a personal wellness plan and review it regularly with a mentor or supervisor.",
                                 "Resolve conflicts between personal values and institutional policy through appropriate channels."]),
      ("Advanced Outcomes", ["Lead institutional efforts to address ethical lapses and to strengthen ethical practice across units.",
                             "Create environments that support staff wellness and model healthy boundaries between work and life.",
                             "Mentor others in reflective practice and in developing a personal ethical code."])]),
    ("Technology", "TECH",
     "Centres on the use of digital tools, resources and technologies to advance student learning, development and success, and to improve the performance of student affairs professionals.",
     None,
     [("Foundational Outcomes", ["Show digital literacy by locating, evaluating and using information appropriately.",
                                 "Use technology tools to engage students and to support their participation in programs.",
                                 "Follow institutional policies on data privacy and the security of student records."]),
      ("Intermediate Outcomes", ["Evaluate new technologies for their fit with unit goals and student needs.",
                                 "Train colleagues and student staff in the responsible use of digital tools."]),
      ("Advanced Outcomes", ["Set a strategic vision for technology across a division, including budget and staffing.",
                             "Champion universal design so that digital services are accessible to all students."])]),
]


def build_an():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Georgia"; st.font.size = Pt(10.5)
    header_footer(d, "Professional Competency Areas for Student Affairs Educators",
                  "ACPA—College Student Educators International & NASPA—Student Affairs Administrators in Higher Education",
                  page_of=False, head_page=True)
    p = d.add_paragraph(); r = p.add_run("Comprehensive Presentation of the Competency Areas"); r.bold = True; r.font.size = Pt(15)
    for i, (name, abbr, definition, note, levels) in enumerate(AN_COMPS):
        if i:
            d.add_page_break()
        h = d.add_heading(f"{name} ({abbr})", level=1)
        d.add_paragraph(definition)
        if note:
            d.add_paragraph(note)
        for label, texts in levels:
            d.add_heading(label, level=2)
            for t in texts:
                d.add_paragraph(t, style="List Bullet")
    C.clear_core_props(d, "Professional Competency Areas for Student Affairs Educators")
    tmp = Path(tempfile.mkdtemp()) / "an.docx"; d.save(tmp)
    docx_to_pdf(tmp, AN + ".pdf")
    comps = []
    for name, abbr, definition, note, levels in AN_COMPS:
        comps.append(C.competency(name, AN, definition=definition,
                                  levels=[lv(i + 1, label, texts, AN) for i, (label, texts) in enumerate(levels)],
                                  notes=[I(note, AN)] if note else []))
    C.write_gold(AN, AN + ".pdf", "pdf", "Professional Competency Areas for Student Affairs Educators", comps)


# =====================================================================================
# 3. University of Limerick behavioural competency framework (DOCX; levels as table columns)
# =====================================================================================
UL = "ul-behavioural-competency-framework"
UL_LEVELS = ["Level 1 – Administrator", "Level 2 – Executive Administrator", "Level 3 – Senior Executive Administrator",
             "Level 4 – Administrative Officer", "Level 5 – Senior Administrative Officer 1"]
UL_COMPS = [
    ("Customer Focus",
     "Puts the needs of internal and external customers (students, staff, visitors and partners) at the centre of how work is done, and builds lasting relationships with them.",
     ["Treats every customer with courtesy and respect.",
      "Responds to queries promptly and keeps customers informed of progress.",
      "Takes ownership of customer problems until they are resolved or passed on appropriately."],
     [["Greets customers and finds out what they need.", "Gives accurate information or directs the customer to the right office."],
      ["Anticipates common queries and prepares information in advance.", "Follows up to check that the customer’s issue was resolved."],
      ["Reviews customer feedback and suggests changes to local procedures.", "Handles complaints that others have been unable to settle."],
      ["Designs services around the needs of different customer groups.", "Sets service standards for the unit and checks that they are met."],
      ["Builds a customer-focused culture across the division.", "Represents the University to external partners on service matters."]]),
    ("Planning & Organising",
     "Sets priorities, plans work and uses time and resources well so that objectives are met on time and to the required standard.",
     ["Keeps a clear record of tasks and deadlines.",
      "Plans ahead for the busy periods of the academic year."],
     [["Organises own daily tasks in order of importance."],
      ["Co-ordinates routine tasks for a small group or an event."],
      ["Draws up work plans for the section and allocates tasks."],
      ["Plans projects that involve several units, identifying risks and dependencies."],
      ["Aligns departmental plans with the University’s strategic plan.", "Allocates resources across competing priorities."]]),
]


def build_ul():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Inches(0.7)
    hp = sec.header.paragraphs[0]; hp.text = "The University of Limerick"
    fp = sec.footer.paragraphs[0]
    fp.add_run("Behavioural Competency Framework\tPage ")
    C.add_field(fp, "PAGE"); fp.add_run(" of "); C.add_field(fp, "NUMPAGES", "3")
    fp.add_run("\tDocument Number HRD011.1")
    bullet = C.add_numbering(d, C.bullet_lvl("\uf0b7", 216, 216, "Symbol"), "2B3C4D02")
    p = d.add_paragraph(); r = p.add_run("The University of Limerick\nBehavioural Competency Framework"); r.bold = True; r.font.size = Pt(18)
    d.add_paragraph("Final v 1.0\nInternal Version: Final 04/08\nRef ULCF_Complete_0408")
    d.add_heading("2. Behavioural Competencies", level=1)
    for name, definition, common, levels in UL_COMPS:
        d.add_page_break()
        d.add_heading(name, level=2)
        p = d.add_paragraph(); p.add_run("Definition: ").bold = True; p.add_run(definition)
        p = d.add_paragraph(); p.add_run("Behavioural descriptors common to all levels:").bold = True
        for t in common:
            para = d.add_paragraph(t); C.set_num(para, bullet)
        t = d.add_table(rows=2, cols=5); t.style = "Table Grid"
        for c, lab in zip(t.rows[0].cells, UL_LEVELS):
            c.paragraphs[0].add_run(lab).bold = True; C.shade(c, "C6E0B4")
        for c, texts in zip(t.rows[1].cells, levels):
            for i, txt in enumerate(texts):
                para = c.paragraphs[0] if i == 0 else c.add_paragraph()
                para.add_run(txt); C.set_num(para, bullet)
    C.clear_core_props(d, "Behavioural Competency Framework")
    d.save(DOCS / (UL + ".docx"))
    comps = []
    for name, definition, common, levels in UL_COMPS:
        comps.append(C.competency(name, UL, definition=definition,
                                  indicators=[I(t, UL) for t in common],
                                  levels=[lv(i + 1, UL_LEVELS[i], texts, UL) for i, texts in enumerate(levels)]))
    C.write_gold(UL, UL + ".docx", "docx", "Behavioural Competency Framework", comps)


if __name__ == "__main__":
    import docs2
    build_doe(); build_an(); build_ul()
    docs2.build_all()
    for g in sorted(GOLD.glob("*.json")):
        n, missing, last = C.check_gold(g)
        print(f"{g.name}: {n} texts, {len(missing)} missing; {last}")
        for m in missing:
            print("   MISSING", m)
