"""tas-senior-executive-leadership-capability-framework.docx: Tasmanian State Service, Department of
Premier and Cabinet (State Service Management Office), Senior Executive Leadership Capability
Framework (excerpt: foreword, about, structure list of the five capabilities, the first two
capabilities in full).

python-docx: running header "Whole-of-Service | Leadership Capability Framework" with the page
number, Word decimal numbering for the structure list, each capability as Heading 1 + summary
paragraph + a two-column table (Element | Behaviours) with Word bullets in the right-hand cells."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "tas-senior-executive-leadership-capability-framework"
STRUCTURE = ["Shapes Strategic Thinking", "Achieves Results", "Cultivates productive working relationships",
             "Exemplifies personal drive and integrity", "Communicates with influence"]
CAPS = [
    ("Shapes Strategic Thinking",
     "Gives the agency a sense of purpose and direction, thinks strategically, makes good use of information "
     "and opportunities, and shows judgement, intelligence and commonsense.",
     [("Inspires a sense of purpose and direction", [
         "Builds a shared sense of purpose for the agency and the State Service",
         "Explains how the agency\u2019s direction links to whole-of-government priorities",
         "Keeps staff focused on long-term goals through periods of change"]),
      ("Focuses strategically", [
          "Understands the agency\u2019s objectives and how the work of each area contributes to them",
          "Takes the wider social, economic and political context into account when setting direction",
          "Looks ahead to emerging issues and their likely impact on the State Service"]),
      ("Harnesses information and opportunities", [
          "Gathers and draws on information from a wide range of sources",
          "Recognises opportunities for collaboration across agencies and sectors, and acts on them"]),
      ("Shows judgement, intelligence and commonsense", [
          "Works through complex issues to identify the core problem",
          "Makes sound decisions when information is incomplete",
          "Explains the reasoning behind decisions clearly"])]),
    ("Achieves Results",
     "Builds the capability and responsiveness of the organisation, marshals professional expertise, steers "
     "and implements change, and makes sure that intended results are delivered.",
     [("Builds organisational capability and responsiveness", [
         "Plans and deploys resources to meet the agency\u2019s current and future needs",
         "Puts in place systems and structures that let the agency respond quickly to new demands"]),
      ("Marshals professional expertise", [
          "Values and draws on specialist expertise from inside and outside the State Service",
          "Brings the right people together to tackle complex problems"]),
      ("Steers and implements change and deals with uncertainty", [
          "Leads change in a way that keeps services running and staff engaged",
          "Remains open and flexible when circumstances shift",
          "Helps others to manage the uncertainty that change brings"]),
      ("Ensures closure and delivers on intended results", [
          "Sets clear accountabilities and timeframes for delivery",
          "Monitors progress and takes corrective action when it is needed",
          "Sees projects through to completion and reports on outcomes"])]),
]


def build():
    doc = Document()
    H.clear_core_props(doc, "Senior Executive Leadership Capability Framework")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(6.0), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Whole-of-Service | Leadership Capability Framework\t")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    H.add_field(hp, "PAGE")

    decimal = H.add_abstract(doc, H.decimal_lvl("%1.", 720, 360), "1C2D3E01")
    bullet = H.add_abstract(doc, H.bullet_lvl("\u2022", 288, 216), "1C2D3E02")

    t = doc.add_paragraph()
    r = t.add_run("Senior Executive\nLeadership Capability\nFramework")
    r.bold = True
    r.font.size = Pt(24)
    r.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)
    doc.add_paragraph("The Tasmanian State Service Senior Executive Leadership Capability Framework is the "
                      "product of extensive research and of collaboration with all Heads of Agency. It guides "
                      "agencies and individuals on the capabilities needed for leadership development. The "
                      "capabilities of our Senior Officers are central to the effective leadership of the "
                      "public service.")
    doc.add_paragraph("I strongly recommend the adoption of the Framework, and I am confident that agencies "
                      "and individuals will find it useful in recruitment and selection, leadership "
                      "development, performance management, and planning and evaluation.")
    p = doc.add_paragraph()
    p.add_run("Secretary, Department of Premier and Cabinet\nHead of the State Service").italic = True

    doc.add_heading("About the Framework", level=2)
    doc.add_paragraph("The Senior Executive Leadership Capability Framework (the Framework) sets out the "
                      "capabilities, that is the knowledge, skills and abilities, that Senior Executives and "
                      "equivalents need in order to lead effectively within their agency and across the wider "
                      "Tasmanian State Service.")
    doc.add_paragraph("It gives all Senior Executives and equivalents a consistent, common language for what is "
                      "expected of them in their roles, wherever they work, and describes the capabilities and "
                      "behaviours common to all Senior Executive positions in the State Service.")
    doc.add_heading("The Leadership Capability Framework structure", level=2)
    doc.add_paragraph("The five broad leadership capabilities of the Framework are:")
    nid = H.add_num(doc, decimal)
    for s in STRUCTURE:
        p = doc.add_paragraph(s)
        H.set_num(p, nid)
    doc.add_paragraph("Each capability is made up of a small number of elements, and each element is "
                      "illustrated by behaviours that show what effective leadership looks like in practice.")

    for name, summary, elements in CAPS:
        doc.add_page_break()
        doc.add_heading(name, level=1)
        doc.add_paragraph(summary)
        tb = doc.add_table(rows=1, cols=2)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, lab in enumerate(("Element", "Behaviours")):
            c = tb.cell(0, j)
            c.paragraphs[0].add_run(lab).bold = True
            H.shade(c, "C6D9F1")
        H.repeat_header(tb.rows[0])
        for el, behs in elements:
            row = tb.add_row()
            H.cant_split(row)
            row.cells[0].paragraphs[0].add_run(el).bold = True
            nb = H.add_num(doc, bullet)
            for k, b in enumerate(behs):
                pp = row.cells[1].paragraphs[0] if k == 0 else row.cells[1].add_paragraph()
                pp.add_run(b)
                H.set_num(pp, nb)
        H.fix_widths(tb, [2.0, 4.3])
    out = H.DOCS / f"{STEM}.docx"
    doc.save(out)

    comps = []
    for name, summary, elements in CAPS:
        ind = []
        for el, behs in elements:
            ind += H.items(STEM, behs, el)
        comps.append(H.competency(STEM, name, summary, indicators=ind))
    H.write_gold(out, "docx", "Senior Executive Leadership Capability Framework", comps)


if __name__ == "__main__":
    build()
