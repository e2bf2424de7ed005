"""Chartered Institute of Procurement & Supply (CIPS) - The Global Standard for Procurement and Supply.
PDF (python-docx, landscape A4 -> LibreOffice).  Excerpt: the levels page and two themes
("5. Contracting", pillar PROCESS; "11. Ethics", pillar PEOPLE DEVELOPMENT).

Levels as table columns (Tactical, Operational, Managerial, Professional, Advanced Professional, low -> high),
one row per sub-theme, bulleted statements in the cells; a theme description paragraph above each table;
running header (title | pillar), footer "www.cips.org" + page number.
"""
import shutil
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches, RGBColor, Mm

import ucommon as C

STEM = "cips-global-standard-procurement-supply"
NAME = STEM + ".pdf"
TITLE = "The Global Standard for Procurement and Supply"
LEVELS = ["Tactical", "Operational", "Managerial", "Professional", "Advanced Professional"]
JOBS = [
    ("Tactical", "Purchasing Assistant, Contracts Administrator, Assistant Buyer"),
    ("Operational", "Buyer, Procurement Executive, Contracting Officer"),
    ("Managerial", "Senior Buyer, Contract Manager, Logistics Manager, Supply Chain Executive"),
    ("Professional", "Senior Category Manager, Head of Logistics, Operations Manager"),
    ("Advanced Professional", "Procurement Director, Supply Chain Director, CPO, Head of Sourcing, "
                              "Commercial Director"),
]

THEMES = [
    dict(pillar="PROCESS", num=5, name="Contracting",
         desc=("This theme covers the forming, managing and closing of contracts with suppliers, from choosing "
               "the right form of agreement to making sure that contracted outcomes are delivered and that "
               "lessons are captured for the future."),
         rows=[
             ("Contract formation", [
                 ["Knowledge of the basic elements of a valid contract: offer, acceptance, consideration and "
                  "intention", "Uses standard terms and conditions on purchase orders"],
                 ["Drafts simple contracts from approved templates",
                  "Recognises when specialist legal advice is needed"],
                 ["Selects the most suitable form of contract for the requirement",
                  "Negotiates contract terms with suppliers within agreed limits"],
                 ["Develops contract strategies for complex or high-value requirements",
                  "Advises stakeholders on how risk is shared between the parties"],
                 ["Sets organisational policy on contract types, templates and approval limits",
                  "Shapes contracting approaches for strategic partnerships and joint ventures"]]),
             ("Contract management", [
                 ["Keeps accurate contract records and files", "Monitors delivery against contract milestones"],
                 ["Tracks supplier performance against agreed key performance indicators",
                  "Raises and records contract variations"],
                 ["Leads regular performance reviews with key suppliers",
                  "Manages disputes and escalates them where appropriate"],
                 ["Designs contract management frameworks for a portfolio of contracts",
                  "Uses performance data to drive continuous improvement with suppliers"],
                 ["Leads the organisation\u2019s contract management capability and standards",
                  "Reports on contract performance and risk to the board"]]),
             ("Contract closure", [
                 ["Confirms that all goods and services have been received before final payment"],
                 ["Carries out close-out checks and archives contract records",
                  "Collects lessons learned from contract users"],
                 ["Plans the exit or transition at the end of a contract",
                  "Manages the return of assets and data"],
                 ["Evaluates whether contract outcomes and benefits have been realised"],
                 ["Uses lessons from completed contracts to update organisational strategy"]]),
         ]),
    dict(pillar="PEOPLE DEVELOPMENT", num=11, name="Ethics",
         desc=("This theme covers the standards of behaviour expected of everyone involved in procurement and "
               "supply, and the responsibility of the profession to protect people, communities and the "
               "environment throughout the supply chain."),
         rows=[
             ("Ethical practice", [
                 ["Follows the organisation\u2019s code of conduct and the CIPS Code of Conduct",
                  "Declares any conflict of interest"],
                 ["Recognises ethical risks such as bribery and fraud in purchasing activities",
                  "Reports concerns through the appropriate channels"],
                 ["Puts controls in place to prevent unethical practice within the team",
                  "Guides colleagues on gifts and hospitality"],
                 ["Designs ethical procurement policies and training for the function",
                  "Investigates and acts on breaches of policy"],
                 ["Champions ethical standards at board level",
                  "Ensures ethics are embedded in organisational governance"]]),
             ("Responsible procurement", [
                 ["Is aware of modern slavery and human rights risks in supply chains"],
                 ["Includes social and environmental criteria in supplier evaluation",
                  "Checks supplier compliance with labour standards"],
                 ["Maps supply chain risks relating to labour, the environment and corruption",
                  "Works with suppliers to put non-compliance right"],
                 ["Develops a responsible sourcing strategy aligned to international standards",
                  "Measures and reports the social impact of procurement"],
                 ["Leads cross-industry initiatives to raise standards",
                  "Holds the organisation to account through transparent public reporting"]]),
         ]),
]

NAVY = RGBColor(0x1B, 0x2A, 0x4A)
PAGE_START = 42


def para(d_or_cell, text, size=9, bold=False, color=None, align=None, after=2):
    p = d_or_cell.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if color is not None:
        r.font.color.rgb = color
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p


def render(path):
    d = Document()
    C.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(15)
    sec.top_margin = sec.bottom_margin = Mm(14)
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="{PAGE_START}"/>'))
    hp = sec.header.paragraphs[0]
    hr = hp.add_run(TITLE)
    hr.font.size = Pt(8)
    hr.font.color.rgb = NAVY
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fr = fp.add_run("www.cips.org   ")
    fr.font.size = Pt(8)
    C.add_field(fp, "PAGE", str(PAGE_START))

    bullet = C.add_numbering(d, C.bullet_lvl(glyph="\u2022", left=170, hanging=170), "4C1F20A1")

    # levels page (front matter)
    para(d, "How the Standard is structured", size=16, bold=True, color=NAVY, after=6)
    para(d, "The Standard describes what good practice looks like at five levels of the profession. The job "
            "titles below are examples only: organisations use different titles, and one role may draw on "
            "more than one level.", size=10, after=8)
    t = d.add_table(rows=1, cols=2)
    t.style = d.styles["Table Grid"]
    for cell, txt in zip(t.rows[0].cells, ("Level", "Job title examples")):
        cell.paragraphs[0].add_run(txt).bold = True
        C.shade(cell, "1B2A4A")
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for lv, jobs in JOBS:
        row = t.add_row()
        row.cells[0].paragraphs[0].add_run(lv).bold = True
        row.cells[1].paragraphs[0].add_run(jobs)
    C.fix_widths(t, [2.0, 7.5])

    for th in THEMES:
        d.add_page_break()
        para(d, th["pillar"], size=9, bold=True, color=RGBColor(0x00, 0x8C, 0x95), after=0)
        para(d, f"{th['num']}. {th['name']}", size=18, bold=True, color=NAVY, after=4)
        para(d, th["desc"], size=10, after=8)
        tbl = d.add_table(rows=1, cols=6)
        tbl.style = d.styles["Table Grid"]
        hdr = tbl.rows[0].cells
        for cell, txt in zip(hdr, ["Sub-theme"] + LEVELS):
            r = cell.paragraphs[0].add_run(txt)
            r.bold = True
            r.font.size = Pt(9)
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            C.shade(cell, "1B2A4A")
        C.row_flags(tbl.rows[0], cant_split=True, header=True)
        for sub, cells in th["rows"]:
            row = tbl.add_row()
            C.row_flags(row)
            r = row.cells[0].paragraphs[0].add_run(sub)
            r.bold = True
            C.shade(row.cells[0], "E4E8EF")
            for cell, stmts in zip(row.cells[1:], cells):
                for j, s in enumerate(stmts):
                    p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                    C.set_num(p, bullet)
                    rr = p.add_run(s)
                    rr.font.size = Pt(8.5)
                    p.paragraph_format.space_after = Pt(2)
        C.fix_widths(tbl, [1.35, 1.65, 1.65, 1.65, 1.65, 1.65])
    tmp = Path(tempfile.mkdtemp(prefix="cips-"))
    src = tmp / (STEM + ".docx")
    d.save(str(src))
    C.soffice(src, "pdf", tmp)
    shutil.copy(tmp / NAME, path)
    shutil.rmtree(tmp, ignore_errors=True)


def gold():
    comps = []
    for th in THEMES:
        levels = []
        for k, lv in enumerate(LEVELS):
            beh = [C.item(s, STEM, group=sub) for sub, cells in th["rows"] for s in cells[k]]
            levels.append({"rank": k + 1, "label": lv, "behaviors": beh})
        comps.append(C.competency(th["name"], STEM, definition=th["desc"], levels=levels))
    return comps


def build():
    render(C.DOCS / NAME)
    return C.write_gold(STEM, NAME, "pdf", TITLE, gold())


if __name__ == "__main__":
    print(build())
