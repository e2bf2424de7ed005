"""Batch L: build the six documents and their gold files from scratch.

Run:  /work/main/.venv/bin/python build.py      (python-docx, lxml; LibreOffice `soffice` on PATH)
Writes ../docs/<file> and ../gold/<stem>.json. The gold was written by reading the rendered documents
(pdftotext -layout / python-docx / the HTML and text as saved) and is checked by check_gold.py.
"""
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent
BATCH = HERE.parent
DOCS = BATCH / "docs"
GOLD = BATCH / "gold"
KEYS = ["id", "name", "definition", "key_words", "indicators", "levels", "activities", "courses",
        "readings", "related", "interview_questions", "tips", "notes", "sources"]


# ------------------------------------------------------------------ helpers
def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("&", "")).strip("-")


def soffice(src, target, outdir):
    prof = tempfile.mkdtemp(prefix="lo-batchl-", dir="/tmp")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", target,
                    "--outdir", str(outdir), str(src)], check=True, stdout=subprocess.PIPE,
                   stderr=subprocess.PIPE)
    shutil.rmtree(prof, ignore_errors=True)


def item(text, doc, group=None):
    it = {"text": norm(text), "source": {"document": doc, "page": None}}
    if group:
        it["group"] = norm(group)
    return it


def reading(text, title, authors, publisher, year, doc):
    return {"text": norm(text), "title": title, "authors": authors, "publisher": publisher, "year": year,
            "description": None, "source": {"document": doc, "page": None}}


def competency(name, doc, definition=None, **fields):
    c = {k: [] for k in KEYS}
    c.update(id=slug(name), name=norm(name), definition=norm(definition) if definition else None,
             sources=[doc])
    for k, v in fields.items():
        assert k in KEYS, k
        c[k] = v
    c["levels"] = sorted(c["levels"], key=lambda lv: lv["rank"])
    return c


def level(rank, label, behaviors, doc, group=None):
    return {"rank": rank, "label": label, "behaviors": [item(b, doc, group) for b in behaviors]}


def write_gold(path, fmt, title, comps):
    path = Path(path)
    data = {"schema_version": "1.0.0",
            "documents": [{"id": path.stem, "path": path.name, "format": fmt,
                           "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "title": title}],
            "competencies": sorted(comps, key=lambda c: c["id"])}
    (GOLD / f"{path.stem}.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n",
                                             encoding="utf-8")


def add_field(paragraph, instr, placeholder="1"):
    def fld(kind):
        r = paragraph.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._r.append(e)
    fld("begin")
    r = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fld("separate")
    paragraph.add_run(placeholder)
    fld("end")


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def fix_widths(table, widths_in):
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths_in):
            cell.width = Inches(w)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_in):
        gc.set(qn("w:w"), str(int(w * 1440)))


def header_row(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def cant_split(row):
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))


def _next_ids(numbering):
    a = [int(x.get(qn("w:abstractNumId"))) for x in numbering.findall(qn("w:abstractNum"))]
    n = [int(x.get(qn("w:numId"))) for x in numbering.findall(qn("w:num"))]
    return max(a + [-1]) + 1, max(n + [0]) + 1


def add_numbering(document, lvl_xml, nsid):
    numbering = document.part.numbering_part.element
    aid, _ = _next_ids(numbering)
    absnum = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}"><w:nsid w:val="{nsid}"/>'
                       f'<w:multiLevelType w:val="hybridMultilevel"/>{lvl_xml}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    _, nid = _next_ids(numbering)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


def bullet_lvl(glyph="\u2022", left=360, hanging=360, font="Arial"):
    return ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            f'<w:lvlText w:val="{glyph}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:hint="default"/></w:rPr></w:lvl>')


def set_num(paragraph, num_id, ilvl=0):
    numPr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def clear_props(d, title):
    cp = d.core_properties
    cp.title, cp.author, cp.last_modified_by, cp.comments, cp.subject, cp.keywords = title, "", "", "", "", ""


def docx_to_pdf(docx_path, pdf_name):
    tmp = Path(tempfile.mkdtemp(prefix="lo-batchl-out-", dir="/tmp"))
    src = tmp / (Path(pdf_name).stem + ".docx")
    shutil.copy(docx_path, src)
    soffice(src, "pdf", tmp)
    shutil.copy(tmp / (Path(pdf_name).stem + ".pdf"), DOCS / pdf_name)
    shutil.rmtree(tmp, ignore_errors=True)
    if Path(docx_path).parent.name.startswith("lo-batchl-src-"):
        shutil.rmtree(Path(docx_path).parent, ignore_errors=True)


# ================================================================== 1. Michigan Tech (PDF)
MTU = "mtu-competency-model"
MTU_LEAD_DEF = ("Ability to build a constructive work climate that influences, encourages and empowers others "
                "to reach shared goals; sets direction, models the University's values and holds self and others "
                "to high standards.")
MTU_LEAD = [
    ("Level 1", ["Shows up prepared and carries out assigned work with a positive attitude.",
                 "Offers ideas and help to co-workers when the team faces a deadline.",
                 "Accepts direction and asks questions when priorities are unclear."]),
    ("Level 2", ["Takes the lead on tasks or small projects within the work unit.",
                 "Shares knowledge with new or less experienced staff and helps them get up to speed.",
                 "Keeps the team informed of progress, problems and changes in plans.",
                 "Acts as a role model for University values in day-to-day work."]),
    ("Level 3", ["Sets clear goals and expectations for the unit and checks progress against them.",
                 "Delegates work in a way that develops the abilities of staff.",
                 "Gives timely, specific feedback and recognizes good performance.",
                 "Addresses conflict and performance concerns promptly and fairly."]),
    ("Level 4", ["Creates a vision for the department that supports the University strategic plan.",
                 "Builds a culture of trust, inclusion and accountability across several units.",
                 "Develops future leaders through coaching, mentoring and succession planning.",
                 "Champions change and secures the support of key stakeholders."]),
]
MTU_COMM_DEF = ("Ability to share information and ideas clearly, accurately and respectfully in speaking and in "
                "writing, to listen actively and to adapt the message to the audience.")
MTU_COMM = [
    ("Level 1", ["Listens carefully and asks questions to check understanding.",
                 "Writes routine e-mails and messages that are clear and courteous.",
                 "Passes information on to others accurately and on time."]),
    ("Level 2", ["Explains procedures and policies so that customers can act on them.",
                 "Prepares well-organized documents, reports and summaries.",
                 "Chooses the right channel (face to face, phone, e-mail) for the message."]),
    ("Level 3", ["Presents complex information to groups in a way that fits the audience.",
                 "Facilitates meetings so that all views are heard and decisions are recorded.",
                 "Handles sensitive or difficult conversations with tact."]),
    ("Level 4", ["Communicates the direction and priorities of the division across campus.",
                 "Represents the University with external partners, agencies and the media.",
                 "Builds open, two-way communication practices across the organization."]),
]
MTU_ETHICS_DEF = ("Ability to act with honesty and integrity, to follow University policies and applicable laws, "
                  "and to treat all members of the campus community fairly.")
MTU_ETHICS = ["Is truthful in dealings with students, colleagues and the public.",
              "Follows University policies, procedures and applicable laws and regulations.",
              "Protects University resources and uses them only for University business.",
              "Reports concerns about possible misconduct through the proper channels.",
              "Accepts responsibility for own actions and decisions."]


def build_mtu():
    d = Document()
    clear_props(d, "University Competencies Final")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10)
    # running header: title + revision date; footer: file path + page x of y
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(6.9), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Michigan Technological University Competency Model\t09/08/14")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.9), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("P:\\Special Projects\\Classification and Competencies 2014\\University Competencies Final.docx\tPage ")
    r.font.size = Pt(7)
    add_field(fp, "PAGE")
    fp.add_run(" of ")
    add_field(fp, "NUMPAGES", "3")
    for run in fp.runs:
        run.font.size = Pt(7)
    bul = add_numbering(d, bullet_lvl(left=216, hanging=180), "1A2B3C01")
    bul2 = add_numbering(d, bullet_lvl(left=360, hanging=360), "1A2B3C02")

    p = d.add_paragraph()
    r = p.add_run("MICHIGAN TECH  |  Human Resources")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(11), RGBColor(0x99, 0x77, 0x00)
    p = d.add_paragraph()
    r = p.add_run("Michigan Technological University Competency Model")
    r.bold, r.font.size = True, Pt(16)
    h = d.add_paragraph()
    h.add_run("What is a Competency?").bold = True
    d.add_paragraph("A competency is the capacity to bring together related knowledge, skills and abilities to do "
                    "the work well. Competencies show up as behaviors that can be observed and measured and that "
                    "affect performance.")
    h = d.add_paragraph()
    h.add_run("How to Use this Competency Model?").bold = True
    d.add_paragraph("The definitions in the charts below may be used as written in job postings. A proficiency "
                    "level is set for each position and reviewed with the employee every year during performance "
                    "management.")

    def chart(name, definition, levels):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        r = p.add_run(name)
        r.bold, r.font.size = True, Pt(14)
        p = d.add_paragraph()
        p.add_run("Competency Definition").bold = True
        d.add_paragraph(definition)
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        hdr = t.rows[0].cells
        for c, txt in zip(hdr, ("Proficiency Level", "Behaviors")):
            c.paragraphs[0].add_run(txt).bold = True
            shade(c, "FFCD00")
        header_row(t.rows[0])
        for lab, bullets in levels:
            row = t.add_row()
            cant_split(row)
            row.cells[0].paragraphs[0].add_run(lab).bold = True
            cell = row.cells[1]
            for i, b in enumerate(bullets):
                para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                para.add_run(b)
                set_num(para, bul)
        fix_widths(t, [1.4, 5.4])

    chart("Leadership", MTU_LEAD_DEF, MTU_LEAD)
    chart("Communication", MTU_COMM_DEF, MTU_COMM)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run("Ethics")
    r.bold, r.font.size = True, Pt(14)
    p = d.add_paragraph()
    p.add_run("Competency Definition").bold = True
    d.add_paragraph(MTU_ETHICS_DEF)
    p = d.add_paragraph()
    p.add_run("Standard competency: applies to all employees at the same level").italic = True
    p = d.add_paragraph()
    p.add_run("Behaviors").bold = True
    for b in MTU_ETHICS:
        para = d.add_paragraph(b)
        set_num(para, bul2)

    tmp = Path(tempfile.mkdtemp(prefix="lo-batchl-src-", dir="/tmp")) / "src.docx"
    d.save(tmp)
    docx_to_pdf(tmp, f"{MTU}.pdf")

    comps = [
        competency("Leadership", MTU, MTU_LEAD_DEF,
                   levels=[level(i + 1, lab, bs, MTU) for i, (lab, bs) in enumerate(MTU_LEAD)]),
        competency("Communication", MTU, MTU_COMM_DEF,
                   levels=[level(i + 1, lab, bs, MTU) for i, (lab, bs) in enumerate(MTU_COMM)]),
        competency("Ethics", MTU, MTU_ETHICS_DEF,
                   indicators=[item(b, MTU) for b in MTU_ETHICS],
                   notes=[item("Standard competency: applies to all employees at the same level", MTU)]),
    ]
    write_gold(DOCS / f"{MTU}.pdf", "pdf", "Michigan Technological University Competency Model", comps)


# ================================================================== 2. University of Michigan HR (PDF)
UM = "umich-hr-competency-model"
UM_COMPS = [
    {"name": "Ethics and Integrity",
     "definition": "Earns the trust of clients and colleagues by acting honestly, keeping confidences and "
                   "applying University policy and employment law consistently and fairly.",
     "behaviors": ["Keeps personnel and other sensitive information confidential.",
                   "Applies policies and practices the same way for every employee group.",
                   "Tells clients what they need to hear, even when the message is unwelcome.",
                   "Raises ethical concerns with the appropriate office and follows them through.",
                   "Admits mistakes and takes steps to correct them."],
     "related": "Customer Orientation; Leadership; Self-Awareness & Professional Development",
     "related_list": ["Customer Orientation", "Leadership", "Self-Awareness & Professional Development"],
     "page": 6},
    {"name": "Customer Orientation",
     "definition": "Understands the needs of the faculty, staff, students and departments served and delivers HR "
                   "services that meet those needs in a timely, responsive way.",
     "behaviors": ["Asks questions to learn what the client actually needs before offering a solution.",
                   "Returns calls and e-mails promptly and keeps clients informed of progress.",
                   "Looks for ways to make HR processes simpler for the people who use them.",
                   "Balances the needs of the individual client with those of the University.",
                   "Follows up after the service is delivered to confirm the client is satisfied.",
                   "Treats every client with courtesy and respect, including in tense situations."],
     "related": "Communication; Relationship-Building, Collaboration and Partnership",
     "related_list": ["Communication", "Relationship-Building, Collaboration and Partnership"],
     "page": 7},
]


def build_um():
    d = Document()
    clear_props(d, "HR Competency Model 2003")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Times New Roman", Pt(11)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("HUMAN RESOURCES COMPETENCY MODEL 2003")
    r.font.size, r.italic = Pt(8), True
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("University of Michigan Human Resources\t")
    r.font.size = Pt(8)
    # printed page numbers continue the full model's numbering (excerpt starts at page 6)
    sect_pr = sec._sectPr
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), "6")
    sect_pr.append(pg)
    add_field(fp, "PAGE", "6")
    fp.runs[-2].font.size = Pt(8)
    bul = add_numbering(d, bullet_lvl(glyph="\u2022", left=720, hanging=360), "2B3C4D01")

    for k, c in enumerate(UM_COMPS):
        if k:
            d.add_page_break()
        p = d.add_paragraph()
        r = p.add_run("FUNCTIONAL SKILLS \u2013 Attributes")
        r.font.size, r.bold = Pt(9), True
        r.font.color.rgb = RGBColor(0x00, 0x27, 0x4C)
        p = d.add_paragraph()
        r = p.add_run(c["name"])
        r.bold, r.font.size = True, Pt(16)
        r.font.color.rgb = RGBColor(0x00, 0x27, 0x4C)
        p = d.add_paragraph()
        p.add_run("Definition: ").bold = True
        p.add_run(c["definition"])
        p = d.add_paragraph()
        p.add_run("Key Behaviors:").bold = True
        for b in c["behaviors"]:
            para = d.add_paragraph(b)
            set_num(para, bul)
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.add_run("Related Competencies: ").bold = True
        p.add_run(c["related"])

    tmp = Path(tempfile.mkdtemp(prefix="lo-batchl-src-", dir="/tmp")) / "src.docx"
    d.save(tmp)
    docx_to_pdf(tmp, f"{UM}.pdf")
    comps = [competency(c["name"], UM, c["definition"], indicators=[item(b, UM) for b in c["behaviors"]],
                        related=c["related_list"]) for c in UM_COMPS]
    write_gold(DOCS / f"{UM}.pdf", "pdf", "HUMAN RESOURCES COMPETENCY MODEL 2003", comps)


# ================================================================== 3. Engineers Australia (DOCX)
EA = "ea-stage1-professional-attributes"
EA_ROWS = [
    ("3.1", "Ethical conduct and professional accountability",
     ["Shows a commitment to the Engineers Australia code of ethics and understands the professional "
      "responsibilities of a practising engineer.",
      "Recognises the duty of care owed to the community and the need to put public safety, health and "
      "welfare first.",
      "Understands the legal obligations that arise from the practice of engineering, including liability "
      "and workplace health and safety.",
      "Is aware of the limits of own competence and seeks advice when work goes beyond them.",
      "Accepts personal accountability for own work and its outcomes."]),
    ("3.2", "Effective oral and written communication in professional and lay domains",
     ["Listens to, reads and understands information from a range of sources and interprets it correctly.",
      "Prepares clear, well structured technical documents such as reports, drawings and specifications.",
      "Presents engineering ideas convincingly to technical and non-technical audiences.",
      "Adjusts the style and content of communication to suit the audience and purpose."]),
    ("3.3", "Creative, innovative and pro-active demeanour",
     ["Applies creative approaches to find and develop alternative concepts, solutions and procedures.",
      "Challenges engineering practices from technical and non-technical points of view and identifies "
      "new opportunities.",
      "Looks for new developments in the discipline and in related fields and applies them where useful.",
      "Shows curiosity and an enterprising attitude to engineering problems."]),
]
LETTERS = "abcdefgh"


def build_ea():
    d = Document()
    clear_props(d, "Stage 1 Competency Standard for Professional Engineer")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(0.9)
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(10)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Engineers Australia  |  Stage 1 Competency Standard for Professional Engineer")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_field(fp, "PAGE")

    d.add_heading("Stage 1 Competency Standard for Professional Engineer", level=1)
    d.add_paragraph("The three Stage 1 Competencies are covered by sixteen Elements of Competency. For each element, "
                    "the Indicators of Attainment show how the element is typically demonstrated and assessed at the "
                    "point of entry to practice.")
    d.add_heading("3. Professional and Personal Attributes", level=2)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ("Element of Competency", "Indicators of Attainment")):
        c.paragraphs[0].add_run(txt).bold = True
        shade(c, "D9E2F3")
    header_row(t.rows[0])
    for num, elem, inds in EA_ROWS:
        row = t.add_row()
        row.cells[0].paragraphs[0].add_run(f"{num} {elem}.").bold = True
        cell = row.cells[1]
        for i, ind in enumerate(inds):
            para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            para.paragraph_format.left_indent = Inches(0.25)
            para.paragraph_format.first_line_indent = Inches(-0.25)
            para.add_run(f"{LETTERS[i]})\t{ind}")
    fix_widths(t, [2.2, 4.3])
    d.save(DOCS / f"{EA}.docx")

    indicators = [item(ind, EA, elem) for _num, elem, inds in EA_ROWS for ind in inds]
    comps = [competency("Professional and Personal Attributes", EA, None, indicators=indicators)]
    write_gold(DOCS / f"{EA}.docx", "docx", "Stage 1 Competency Standard for Professional Engineer", comps)


# ================================================================== 4. Shared Health Manitoba (DOCX)
SH = "sharedhealth-competency-profiles"
SH_LEVELS = ["Advanced", "Proficient", "Developing", "Foundational"]     # printed order, highest first
SH_COMPS = [
    {"name": "Interprofessional Collaboration",
     "description": "Works in partnership with other health providers, patients and families to plan, deliver "
                    "and evaluate care, sharing knowledge and respecting the roles of each team member.",
     "levels": {
         "Advanced": ["Designs and leads interprofessional models of care across sites or programs.",
                      "Mentors leaders and teams in building collaborative practice.",
                      "Represents the profession on provincial committees and working groups."],
         "Proficient": ["Leads team discussions in complex cases and helps the team reach shared decisions.",
                        "Resolves role overlap and conflict constructively.",
                        "Guides colleagues new to team-based care."],
         "Developing": ["Contributes own professional perspective in team meetings without prompting.",
                        "Coordinates care with other providers in typical situations.",
                        "Seeks input from the team when a situation is new or unclear."],
         "Foundational": ["Describes the roles and scope of practice of team members.",
                          "Shares relevant information with the team when asked.",
                          "Treats all team members with respect."]}},
    {"name": "Quality Improvement and Patient Safety",
     "description": "Takes part in making care safer and better by identifying risks, reporting events, using "
                    "data and applying improvement methods in daily practice.",
     "levels": {
         "Advanced": ["Sets the direction for quality and safety initiatives at the program or provincial level.",
                      "Builds a just culture in which staff report safety events without fear of blame.",
                      "Evaluates the impact of improvement work and shares results widely."],
         "Proficient": ["Leads improvement projects using recognized methods such as PDSA cycles.",
                        "Analyzes safety events and recommends system-level changes."],
         "Developing": ["Takes part in unit improvement projects and collects data as required.",
                        "Recognizes near misses and reports them through the safety reporting system.",
                        "Applies best practice guidelines with little or no guidance."],
         "Foundational": ["Follows safety policies, procedures and checklists.",
                          "Reports patient safety events when they occur.",
                          "Identifies obvious risks to patients and staff in the work area."]}},
]


def build_sh():
    d = Document()
    clear_props(d, "Competency Profiles")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(11)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Shared Health  \u2022  Soins communs")
    r.font.size, r.bold = Pt(9), True
    r.font.color.rgb = RGBColor(0x00, 0x5A, 0x8B)
    d.add_heading("Provincial Competency Profiles", level=1)
    d.add_paragraph("Each competency is described at four levels of proficiency. Levels are listed from the "
                    "highest (Advanced) to the lowest (Foundational); each level includes the behaviours of the "
                    "levels below it.")
    for c in SH_COMPS:
        d.add_heading(c["name"], level=2)
        d.add_paragraph(c["description"])
        for lab in SH_LEVELS:
            d.add_heading(lab, level=3)
            for b in c["levels"][lab]:
                d.add_paragraph(b, style="List Bullet")
    d.save(DOCS / f"{SH}.docx")

    comps = []
    for c in SH_COMPS:
        lv = [level(4 - i, lab, c["levels"][lab], SH) for i, lab in enumerate(SH_LEVELS)]
        comps.append(competency(c["name"], SH, c["description"], levels=lv))
    write_gold(DOCS / f"{SH}.docx", "docx", "Provincial Competency Profiles", comps)


# ================================================================== 5. Duke AHEAD (HTML)
DK = "duke-ahead-educator-competencies"
DK_COMPS = [
    {"name": "Assess and Evaluate Learners",
     "anchor": "assessment",
     "desc": ["Assessment and evaluation sit at the center of educational practice. Teachers and learners often "
              "give more attention to how content is taught than to how learning is measured, yet teaching works "
              "best when assessment is done well.",
              "Assessment is a continuing exchange between learners and teachers that gathers evidence about "
              "learning and performance, points to areas for growth, and informs decisions about progression."],
     "lead": "Specific Behaviors that Demonstrate Competence in Assessment and Evaluation",
     "behaviors": ["Align assessment methods with the stated learning objectives and the level of the learner",
                   "Use a variety of methods, including direct observation, to assess knowledge, skills and attitudes",
                   "Provide learners with timely, specific and actionable feedback",
                   "Apply principles of validity and reliability when selecting or designing assessment tools",
                   "Use assessment results to improve teaching and the program"],
     "readings": [
         ("Holmboe, E. S., & Hawkins, R. E. (2008). Practical Guide to the Evaluation of Clinical Competence. "
          "Philadelphia: Mosby Elsevier.",
          "Practical Guide to the Evaluation of Clinical Competence", ["E. S. Holmboe", "R. E. Hawkins"],
          "Mosby Elsevier", 2008),
         ("Suskie, L. (2004). Assessing Student Learning: A Common Sense Guide. Bolton, MA: Anker Publishing.",
          "Assessing Student Learning: A Common Sense Guide", ["L. Suskie"], "Anker Publishing", 2004)]},
    {"name": "Develop and Evaluate Curricula",
     "anchor": "curriculum",
     "desc": ["Building and reviewing curricula is at the heart of the teaching enterprise. A curriculum is more "
              "than the sum of its parts: it rests on a deliberate philosophy of education tied to the mission "
              "and values of the institution and the profession, and it is built to help learners reach complex "
              "program outcomes."],
     "lead": "Specific Behaviors that Demonstrate Competence in Curriculum Development and Evaluation",
     "behaviors": ["Conduct a needs assessment of learners and of the health care system the curriculum serves",
                   "Write goals and measurable objectives for a course or program",
                   "Select educational strategies that fit the objectives and the resources available",
                   "Plan for the implementation of a curriculum, including faculty development and support",
                   "Evaluate the curriculum and use the findings to revise it"],
     "readings": [
         ("Kern, D. E., Thomas, P. A., Howard, D. M., & Bass, E. B. (1998). Curriculum Development for Medical "
          "Education: A Six-Step Approach. Baltimore: Johns Hopkins University Press.",
          "Curriculum Development for Medical Education: A Six-Step Approach",
          ["D. E. Kern", "P. A. Thomas", "D. M. Howard", "E. B. Bass"], "Johns Hopkins University Press", 1998),
         ("Diamond, R. M. (2008). Designing and Assessing Courses and Curricula: A Practical Guide. "
          "San Francisco: Jossey-Bass.",
          "Designing and Assessing Courses and Curricula: A Practical Guide", ["R. M. Diamond"], "Jossey-Bass", 2008)]},
    {"name": "Engage in Lifelong Learning as an Educator",
     "anchor": "lifelong-learning",
     "desc": ["Health professions educators place a high value on lifelong learning and commit to modelling it for "
              "learners and colleagues. Such learning is continuing, voluntary and self-directed; it means finding "
              "chances to improve as a teacher, making and carrying out a plan for growth, and judging the results."],
     "lead": "Specific Behaviors that Demonstrate a Commitment to Life Long Learning as an Educator",
     "behaviors": ["Set personal goals for growth as an educator based on self-reflection and on feedback from "
                   "learners, peers and administrators",
                   "Take part in professional development that strengthens one\u2019s educational practice",
                   "Stay current with trends, issues and research in education and in one\u2019s own field",
                   "Carry out a plan to meet personal goals and improve educational practice",
                   "Model lifelong learning for learners and colleagues"],
     "readings": [
         ("Sch\u00f6n, D. A. (1983). The Reflective Practitioner: How Professionals Think in Action. "
          "New York: Basic Books.",
          "The Reflective Practitioner: How Professionals Think in Action", ["D. A. Sch\u00f6n"], "Basic Books", 1983),
         ("Brookfield, S. D. (1995). Becoming a Critically Reflective Teacher. San Francisco: Jossey-Bass.",
          "Becoming a Critically Reflective Teacher", ["S. D. Brookfield"], "Jossey-Bass", 1995),
         ("Ambrose, S. A., Bridges, M. W., DiPietro, M., Lovett, M. C., & Norman, M. K. (2010). How Learning Works: "
          "Seven Research-Based Principles for Smart Teaching. San Francisco: Jossey-Bass.",
          "How Learning Works: Seven Research-Based Principles for Smart Teaching",
          ["S. A. Ambrose", "M. W. Bridges", "M. DiPietro", "M. C. Lovett", "M. K. Norman"], "Jossey-Bass", 2010)]},
]


def build_duke():
    import html as H
    arts = []
    for c in DK_COMPS:
        desc = "\n".join(f"        <p>{H.escape(p)}</p>" for p in c["desc"])
        beh = "\n".join(f"          <li>{H.escape(b)}</li>" for b in c["behaviors"])
        rd = "\n".join(f"          <li>{H.escape(r[0])}</li>" for r in c["readings"])
        arts.append(f"""      <article class="node node--type-competency" id="{c['anchor']}">
        <h2 class="node__title"><a href="/educator-competencies/{c['anchor']}">{H.escape(c['name'])}</a></h2>
        <div class="field field--name-field-significance">
        <h3>Significance of this competency</h3>
{desc}
        </div>
        <div class="field field--name-field-behaviors">
        <h3>{H.escape(c['lead'])}</h3>
        <ol>
{beh}
        </ol>
        </div>
        <div class="field field--name-field-readings">
        <h3>Suggested Readings</h3>
        <ul class="readings">
{rd}
        </ul>
        </div>
        <p class="back-to-top"><a href="#main-content">Back to top</a></p>
      </article>""")
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>Educator Competencies | Duke AHEAD</title>
  <link rel="stylesheet" href="/themes/custom/dukeahead/css/style.css?s3k2p1">
  <script async src="https://www.googletagmanager.com/gtag/js?id=UA-00000000-1"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'UA-00000000-1');</script>
</head>
<body class="path-node page-node-type-page">
  <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
  <div class="duke-banner"><a href="https://www.duke.edu">Duke University</a> | <a href="https://www.dukehealth.org">Duke Health</a></div>
  <header role="banner" class="site-header">
    <div class="site-branding"><a href="/" rel="home">Duke AHEAD</a>
      <div class="site-slogan">Academy for Health Professions Education and Academic Development</div></div>
    <nav role="navigation" aria-label="Main navigation" class="main-nav">
      <ul class="menu">
        <li><a href="/about">About</a></li>
        <li><a href="/membership">Membership</a></li>
        <li><a href="/educator-competencies" class="is-active">Educator Competencies</a></li>
        <li><a href="/grants-awards">Grants &amp; Awards</a></li>
        <li><a href="/events">Events</a></li>
        <li><a href="/resources">Resources</a></li>
      </ul>
    </nav>
    <form class="search-block-form" action="/search/node" method="get"><input type="search" name="keys" placeholder="Search"><input type="submit" value="Search"></form>
  </header>
  <div class="breadcrumb"><ol><li><a href="/">Home</a></li><li>Educator Competencies</li></ol></div>
  <main role="main" id="main-content">
    <h1 class="page-title">Educator Competencies</h1>
    <p class="endorsement"><em>Endorsed by Duke AHEAD Steering Committee, November 18, 2015 (Last updated 11/18/15)</em></p>
    <div class="view-content">
{chr(10).join(arts)}
    </div>
  </main>
  <footer role="contentinfo" class="site-footer">
    <div class="footer-contact">Duke AHEAD &middot; DUMC Box 3710 &middot; Durham, NC 27710 &middot; <a href="mailto:dukeahead@duke.edu">dukeahead@duke.edu</a></div>
    <ul class="footer-links"><li><a href="/contact">Contact Us</a></li><li><a href="https://accessibility.duke.edu">Accessibility</a></li><li><a href="/user/login">Log in</a></li></ul>
    <div class="copyright">&copy; 2025 Duke University School of Medicine</div>
  </footer>
  <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
  <script src="/themes/custom/dukeahead/js/global.js?s3k2p1"></script>
</body>
</html>
"""
    (DOCS / f"{DK}.html").write_text(page, encoding="utf-8")
    comps = []
    for c in DK_COMPS:
        comps.append(competency(
            c["name"], DK, " ".join(c["desc"]),
            indicators=[item(b, DK) for b in c["behaviors"]],
            readings=[reading(r[0], r[1], r[2], r[3], r[4], DK) for r in c["readings"]]))
    write_gold(DOCS / f"{DK}.html", "html", "Educator Competencies", comps)


# ================================================================== 6. Babson College (TXT)
BB = "babson-competency-proficiency-levels"
BB_TEXT = """Competency Descriptions &
Proficiency Levels
All competencies are listed with "proficiency levels" to help in assessing and developing employees. Level one is the
highest level, but it is not required for every position. Not every competency applies to a given role, so choose the
ones that matter most for the position.

Personal Characteristics
Analytical Thinking
Breaks problems and issues down into their parts. Weighs the costs, benefits, opportunities and risks of each possible
solution. Uncovers hidden problems. Does not settle for shallow or overly simple answers to complex problems.

Proficiency Levels:
1. Outstanding analytical skills. Weighs the costs, benefits, opportunities and risks of every possible solution in
   depth.
2. Strong analytical skills. Weighs the costs, benefits, opportunities and risks of each possible solution.
3. Sound analytical skills. Helps to weigh the costs, benefits, opportunities and risks of possible solutions.
4. Developing analytical skills. Should spend more time weighing the costs, benefits, opportunities and risks of
   possible solutions.
5. Weak analytical skills. Does not spend time weighing the costs, benefits, opportunities and risks of possible
   solutions.

Building Trust
Communicates openly and honestly with everyone in the Babson community. Keeps commitments. Takes ownership and does
not misstate the facts. Backs colleagues and team efforts.

Proficiency Levels:
1. Outstanding reputation for trustworthiness, earned by honest communication and by keeping every commitment.
2. Strong reputation for trustworthiness, earned by honest communication and by keeping commitments.
3. Sound reputation for trustworthiness. Tries to communicate honestly and to keep commitments.
4. Developing reputation for trustworthiness. Needs to communicate more openly and to keep commitments more
   consistently.
5. Weak reputation for trustworthiness. Communication is not always honest and commitments are often missed.

                                                                                                        Page 1 of 8
\f
Personal Characteristics (continued)
Flexibility
Adjusts readily to new priorities, people and ways of working. Stays effective when plans change. Sees change as an
opportunity rather than a threat.

Proficiency Levels:
1. Outstanding flexibility. Welcomes change, adapts at once and helps others adjust to new conditions.
2. Strong flexibility. Adapts quickly to changing priorities and stays productive.
3. Sound flexibility. Adjusts to change with some time and support.
4. Developing flexibility. Needs to be more open to new priorities and ways of working.
5. Weak flexibility. Resists change and has trouble staying productive when plans shift.

                                                                                                        Page 2 of 8
"""
BB_COMPS = [
    ("Analytical Thinking",
     "Breaks problems and issues down into their parts. Weighs the costs, benefits, opportunities and risks of each "
     "possible solution. Uncovers hidden problems. Does not settle for shallow or overly simple answers to complex "
     "problems.",
     ["Outstanding analytical skills. Weighs the costs, benefits, opportunities and risks of every possible solution "
      "in depth.",
      "Strong analytical skills. Weighs the costs, benefits, opportunities and risks of each possible solution.",
      "Sound analytical skills. Helps to weigh the costs, benefits, opportunities and risks of possible solutions.",
      "Developing analytical skills. Should spend more time weighing the costs, benefits, opportunities and risks "
      "of possible solutions.",
      "Weak analytical skills. Does not spend time weighing the costs, benefits, opportunities and risks of "
      "possible solutions."]),
    ("Building Trust",
     "Communicates openly and honestly with everyone in the Babson community. Keeps commitments. Takes ownership and "
     "does not misstate the facts. Backs colleagues and team efforts.",
     ["Outstanding reputation for trustworthiness, earned by honest communication and by keeping every commitment.",
      "Strong reputation for trustworthiness, earned by honest communication and by keeping commitments.",
      "Sound reputation for trustworthiness. Tries to communicate honestly and to keep commitments.",
      "Developing reputation for trustworthiness. Needs to communicate more openly and to keep commitments more "
      "consistently.",
      "Weak reputation for trustworthiness. Communication is not always honest and commitments are often missed."]),
    ("Flexibility",
     "Adjusts readily to new priorities, people and ways of working. Stays effective when plans change. Sees change "
     "as an opportunity rather than a threat.",
     ["Outstanding flexibility. Welcomes change, adapts at once and helps others adjust to new conditions.",
      "Strong flexibility. Adapts quickly to changing priorities and stays productive.",
      "Sound flexibility. Adjusts to change with some time and support.",
      "Developing flexibility. Needs to be more open to new priorities and ways of working.",
      "Weak flexibility. Resists change and has trouble staying productive when plans shift."]),
]


def build_babson():
    (DOCS / f"{BB}.txt").write_bytes(BB_TEXT.encode("utf-8"))
    comps = []
    for name, definition, lv in BB_COMPS:
        # printed "1." is the HIGHEST level (the intro says so): label "1" -> rank 5
        levels = [level(5 - i, str(i + 1), [b], BB) for i, b in enumerate(lv)]
        comps.append(competency(name, BB, definition, levels=levels))
    write_gold(DOCS / f"{BB}.txt", "txt", "Competency Descriptions & Proficiency Levels", comps)


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for f in (build_mtu, build_um, build_ea, build_sh, build_duke, build_babson):
        f()
        print("built", f.__name__)
