"""IEEE Computer Society, Software Engineering Competency Model (SWECOM) v1.0: excerpt of the "Software
Testing Skill Area" chapter as a Word document (HTML -> LibreOffice -> DOCX, then python-docx for the page
setup, running header and footer).

Layout: numbered chapter heading, a skill-area description paragraph, "Table N. Software testing skill sets
and skills" (two columns, a listing), then "Table N+1. Software testing activities by competency level": a
wide table whose first column is the skill and whose five further columns are the SWECOM competency levels
(Technician | Entry Level Practitioner | Practitioner | Technical Leader | Senior Software Engineer); skill-set
rows span the table; each cell holds a bulleted list of work activities (HTML <ul> turned into Word list
numbering by LibreOffice); one Technician cell is empty. Header "SWECOM", footer "© IEEE 2014" + page.
"""
import html
import shutil

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

import vcommon as C
import vhelp as H

STEM = "swecom-software-testing-skill-area"
TITLE = "Software Testing Skill Area"
LEVELS = ["Technician", "Entry Level Practitioner", "Practitioner", "Technical Leader", "Senior Software Engineer"]

SKILLSETS = [
    ("Software testing preparation", [
        ("Test Planning", [
            ["Assists in preparing test schedules under direction"],
            ["Helps to develop test plans for software components",
             "Identifies the features of a component that need to be tested"],
            ["Develops test plans for systems and subsystems",
             "Estimates the effort and resources that testing will need"],
            ["Leads the development of test plans for large systems",
             "Selects the testing approach and the criteria for ending testing"],
            ["Sets testing policy for the organization",
             "Aligns test planning with project and business risk"],
        ]),
        ("Testing Infrastructure", [
            ["Installs and configures test tools and environments as instructed"],
            ["Prepares test data and test environments for component testing"],
            ["Selects and integrates tools for automated testing",
             "Maintains test environments that mirror the operational environment"],
            ["Plans the test infrastructure for a project, including tools and facilities"],
            ["Sets the organization’s test infrastructure strategy and tool standards"],
        ]),
    ]),
    ("Software testing performance", [
        ("Testing Techniques", [
            [],
            ["Applies black-box and white-box techniques when testing components",
             "Writes unit tests for own code"],
            ["Chooses testing techniques suited to the system and its risks",
             "Performs integration, regression and system testing"],
            ["Leads the use of specialized techniques such as performance, security and usability testing"],
            ["Evaluates new testing techniques and decides whether the organization should adopt them"],
        ]),
        ("Defect Tracking", [
            ["Records defects in the tracking system in the agreed format"],
            ["Reproduces and documents defects found during testing"],
            ["Analyzes defect reports to find causes and trends"],
            ["Defines the defect classification and tracking process for a project",
             "Reports defect trends to project management"],
            ["Uses defect data to improve the organization’s development and testing processes"],
        ]),
    ]),
]

CSS = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; }
h1 { font-size: 15pt; } p.cap { font-weight: bold; font-size: 9.5pt; margin-top: 10pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #000; vertical-align: top; padding: 3px; font-size: 8.5pt; }
th { background: #d9d9d9; } td.set { background: #eeeeee; font-weight: bold; font-style: italic; }
ul { margin-top: 0; margin-bottom: 0; padding-left: 12px; }
"""


def page_html():
    e = html.escape
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{e(TITLE)}</title>"
           f"<style>{CSS}</style></head><body>"]
    out.append(f"<h1>14. {e(TITLE)}</h1>")
    out.append("<p>The software testing skill area covers the planning, preparation, performance and "
               "evaluation of tests of software components and systems, and the tracking of the defects that "
               "testing reveals. Testing is carried out throughout the software life cycle, not only after "
               "construction. The skills in this area are grouped into two skill sets, shown in Table 11; the "
               "activities for each skill at each competency level are shown in Table 12.</p>")
    out.append("<p class='cap'>Table 11. Software testing skill sets and skills</p>")
    out.append("<table><tr><th>Skill sets</th><th>Skills</th></tr>")
    for ss, skills in SKILLSETS:
        out.append(f"<tr><td>{e(ss)}</td><td>" + "<br>".join(e(n) for n, _ in skills) + "</td></tr>")
    out.append("</table>")
    out.append("<p class='cap'>Table 12. Software testing activities by competency level</p>")
    out.append("<table><thead><tr><th width='16%'>Skill</th>" +
               "".join(f"<th width='16.8%'>{e(l)}</th>" for l in LEVELS) + "</tr></thead><tbody>")
    for ss, skills in SKILLSETS:
        out.append(f"<tr><td class='set' colspan='6'>{e(ss)}</td></tr>")
        for name, cells in skills:
            row = f"<tr><td><b>{e(name)}</b></td>"
            for acts in cells:
                row += "<td>" + ("<ul>" + "".join(f"<li>{e(a)}</li>" for a in acts) + "</ul>" if acts else "&nbsp;") + "</td>"
            out.append(row + "</tr>")
    out.append("</tbody></table></body></html>")
    return "\n".join(out)


def render(path):
    tmp = H.tmpdir()
    src = tmp / f"{STEM}.html"
    src.write_text(page_html(), encoding="utf-8")
    C.soffice(src, "docx:MS Word 2007 XML", tmp, infilter="HTML (StarWriter)")
    d = Document(str(tmp / f"{STEM}.docx"))
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(27.94), Cm(21.59)
    for a in ("left_margin", "right_margin"):
        setattr(sec, a, Cm(1.8))
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    sec.header.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    H.run(hp, "SWECOM", size=8)
    H.run(hp, "\t\t", size=8)
    fp = sec.footer.paragraphs[0]
    H.run(fp, "© IEEE 2014", size=8)
    H.run(fp, "\t\t", size=8)
    C.add_field(fp, "PAGE")
    C.clear_core_props(d)
    for t, widths in zip(d.tables, ([2.6, 3.2], [1.35] + [1.6] * 5)):
        C.mark_header_row(t.rows[0])
        C.fix_widths(t, widths)
        tblPr = t._tbl.tblPr
        for old in tblPr.findall(qn("w:tblW")):
            tblPr.remove(old)
        tblPr.append(parse_xml(f'<w:tblW {nsdecls("w")} w:w="{int(sum(widths) * 1440)}" w:type="dxa"/>'))
        tblPr.append(parse_xml(
            f'<w:tblBorders {nsdecls("w")}>' + "".join(
                f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'))
        for row in t.rows:
            for cell in row.cells:
                tcPr = cell._tc.get_or_add_tcPr()
                for old in tcPr.findall(qn("w:vAlign")):
                    tcPr.remove(old)
                tcPr.append(parse_xml(f'<w:vAlign {nsdecls("w")} w:val="top"/>'))
    d.save(path)
    H.rm(tmp)


def gold(doc_id):
    comps = []
    for ss, skills in SKILLSETS:
        for name, cells in skills:
            lv = [{"rank": i + 1, "label": LEVELS[i], "behaviors": [C.item(doc_id, a) for a in acts]}
                  for i, acts in enumerate(cells) if acts]
            comps.append(C.competency(name, doc_id, definition=None, levels=lv))
    return comps


def build():
    out = C.DOCS / f"{STEM}.docx"
    render(out)
    return C.write_gold(STEM, out.name, "docx", TITLE, gold(STEM))


if __name__ == "__main__":
    print(build())
