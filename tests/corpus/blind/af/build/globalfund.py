"""The Global Fund to Fight AIDS, Tuberculosis and Malaria - Global Fund Competency Behaviors by Organisation
Level 2016 (excerpt: Senior Manager, three competencies). DOCX via python-docx, landscape; a level key defined
once before the first competency, then one five-column table per competency headed Level 1 ... Level 5."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
import common as C
import helpers as H

STEM = "globalfund-competency-behaviors-senior-manager"
TITLE = "Global Fund Competency Behaviors by Organisation Level 2016"
RED = "C8102E"

INTRO = ("The Global Fund competencies describe how we do our work, as distinct from what we deliver. For each "
         "organisation level this document shows how every competency looks on a five-level scale, from behaviour "
         "that holds the organisation back to behaviour that sets an example for others. Use it in performance "
         "conversations, in development planning and when selecting staff.")
KEY = [
    ("Level 1", "Ineffective: behaviour falls well short of what the role requires and limits results."),
    ("Level 2", "Developing: some gaps; the behaviour is shown inconsistently or only with prompting."),
    ("Level 3", "Effective: the behaviour expected of a fully competent person at this organisation level."),
    ("Level 4", "Highly effective: behaviour goes beyond the role and improves the work of others."),
    ("Level 5", "Role model: behaviour that others use as a benchmark across the organisation."),
]
ORG = "Senior Manager (examples: Division Head, Department Head, Regional manager)"
CLUSTERS = [
    ("Personal Effectiveness", [
        ("Core Expertise",
         "Uses professional and management know-how to full effect and puts in place ways of passing knowledge "
         "and skills on across functions and to partners.",
         ["Serious gaps in knowledge and skill reduce the ability to deliver results or deal with complex work. "
          "Sees no need to keep own skills current. Tends to keep knowledge to self when it ought to be shared.",
          "Gaps in knowledge and skill narrow what can be achieved. Updates own skills only when told to. Misses "
          "chances to bring in new professional approaches and gives knowledge sharing a low priority.",
          "Has the expertise the role needs to reach its goals and to support the organisation\u2019s performance. "
          "Builds own skills without being prompted and keeps up to date with relevant practice. Sets up ways for "
          "knowledge and skills to pass between colleagues.",
          "Applies own expertise to improve the way the organisation works. Is recognised widely for the quality "
          "of professional skills. Invests in systems that spread knowledge across the function.",
          "Looks for, tests and introduces new ideas and methods that bring improvements at organisation level. "
          "Holds skills at the leading edge of the field. Makes knowledge sharing across the organisation and "
          "with partners a priority."]),
        ("Judgement and Courage",
         "Makes hard decisions, encourages new ideas and upholds ethical standards so that the organisation "
         "succeeds in difficult and changing conditions.",
         ["Puts off difficult decisions or passes them to others. Discourages ideas that challenge the usual way "
          "of working. Overlooks conduct that falls below ethical standards.",
          "Takes difficult decisions slowly and sometimes without the evidence needed. Is open to new ideas but "
          "seldom acts on them. Applies ethical standards unevenly.",
          "Takes timely decisions on the best information available, including unpopular ones. Supports sensible "
          "risk-taking and new approaches. Acts with integrity and addresses unethical conduct when it arises.",
          "Makes sound decisions in complex and uncertain situations and explains them openly. Creates room for "
          "the team to experiment and learn from failure. Is seen as a reliable guardian of ethical standards.",
          "Takes courageous decisions that shape the direction of the organisation. Builds a culture in which "
          "innovation is expected. Sets the standard for ethical conduct inside and outside the organisation."]),
    ]),
    ("Working with Others", [
        ("Collaboration",
         "Builds partnerships within the Secretariat and with countries, donors and technical partners to "
         "achieve shared objectives.",
         ["Works in isolation and pursues the goals of own team at the expense of others. Gives partners little "
          "chance to contribute. Lets disagreements damage working relationships.",
          "Works with others when asked but rarely seeks them out. Consults partners late in the process. Avoids "
          "difficult conversations with colleagues from other teams.",
          "Seeks out the views of colleagues and partners and takes them into account. Shares information and "
          "resources across teams. Resolves disagreements in a constructive way.",
          "Builds lasting partnerships that deliver results beyond own area. Brings teams together to work on "
          "shared problems. Helps others to manage conflict and find common ground.",
          "Creates alliances across the organisation and the wider partnership that change how work is done. Is "
          "sought out as a broker between groups with different interests. Models collaboration at the highest "
          "level."]),
    ]),
]


def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def build():
    d = docx.Document()
    C.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(9.5)
    for name, size in (("Title", 20), ("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
        d.styles[name].font.name = "Arial"
        d.styles[name].font.size = Pt(size)
        d.styles[name].font.color.rgb = RGBColor.from_string(RED if name != "Heading 3" else "404040")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.6)
    run(sec.header.paragraphs[0], TITLE, size=8, color="808080")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    C.add_field(fp, "PAGE", "1")

    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph(INTRO)
    d.add_paragraph("Reading the scale", style="Heading 2")
    kt = d.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for lab, desc in KEY:
        cells = kt.add_row().cells
        run(cells[0].paragraphs[0], lab, bold=True)
        C.shade(cells[0], "F2DCDB")
        cells[1].paragraphs[0].text = desc
    C.fix_widths(kt, [1.1, 8.0])

    d.add_paragraph(ORG, style="Heading 1")
    for cluster, comps in CLUSTERS:
        d.add_paragraph(cluster, style="Heading 2")
        for name, scope, levels in comps:
            d.add_paragraph(name, style="Heading 3")
            p = d.add_paragraph()
            run(p, "Scope: ", bold=True)
            run(p, scope)
            t = d.add_table(rows=2, cols=5)
            t.style = "Table Grid"
            for i, cell in enumerate(t.rows[0].cells):
                run(cell.paragraphs[0], f"Level {i + 1}", bold=True, color="FFFFFF")
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                C.shade(cell, RED)
            C.mark_header_row(t.rows[0])
            for cell, text in zip(t.rows[1].cells, levels):
                cell.paragraphs[0].text = text
            C.row_flags(t.rows[1])
            C.fix_widths(t, [2.08] * 5)
            d.add_paragraph()

    d.save(H.DOCS / f"{STEM}.docx")
    return H.DOCS / f"{STEM}.docx"


def gold(path):
    D = STEM
    comps = []
    for _, cl in CLUSTERS:
        for name, scope, levels in cl:
            comps.append(H.comp(name, D, scope,
                                levels=[H.lvl(i + 1, f"Level {i + 1}", [t], D) for i, t in enumerate(levels)]))
    return H.write_gold(path, "docx", TITLE, comps)


if __name__ == "__main__":
    print(gold(build()))
