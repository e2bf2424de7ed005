"""PEI Public Service Commission, Public Service Leadership Competencies Framework (2018), excerpt
pp. 11-12 "The Competencies, Elements, and Behaviours": python-docx -> LibreOffice -> PDF.

One table per competency: a coloured band with the competency name, the definition, a header row
"Elements | Examples of Effective Behaviours", then three element rows (element name | Word bullets).
Alternating running footers as in the source: "PUBLIC SERVICE LEADERSHIP COMPETENCIES FRAMEWORK 2018 | 11"
on odd pages, "12 | PUBLIC SERVICE LEADERSHIP COMPETENCIES FRAMEWORK 2018" on even pages; page
numbering starts at 11 (an excerpt of the framework).
"""
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt

import common as C
import helpers as H

STEM = "pei-public-service-leadership-competencies-framework"
TITLE = "Public Service Leadership Competencies Framework"
RUNNING = "PUBLIC SERVICE LEADERSHIP COMPETENCIES FRAMEWORK 2018"
TEAL = "00616B"
LIGHT = "E3F1F2"

INTRO = [
    "Each of the four leadership competencies is made up of three elements. Under each element you "
    "will find examples of effective behaviours. They show what the competency looks like in "
    "practice; they are not meant to be a complete list.",
    "Leadership can be shown in any position in the civil service, whether or not you supervise "
    "others. Use the behaviours together with the self assessments to choose where to focus your "
    "professional development.",
]

COMPS = [
    ("Leading Others and Creating Vision",
     "Inspires and guides others toward a shared picture of the future, connects the work of the "
     "team to the direction of government, and develops people so that the public service is ready "
     "for what lies ahead.",
     [("Sets Direction", [
         "Explains how the team’s work links to departmental and government priorities",
         "Translates broad goals into clear, achievable plans for the team",
         "Keeps the long-term picture in view when making day-to-day choices"]),
      ("Develops People", [
          "Gives regular, specific feedback and recognizes good work",
          "Identifies learning opportunities that build on each person’s strengths",
          "Delegates meaningful work and supports people as they take it on"]),
      ("Champions Change", [
          "Explains the reasons for change and what it means for the team",
          "Invites ideas for doing things differently and acts on the good ones",
          "Stays steady and positive when plans shift"])]),
    ("Building Relationships and Fostering Teamwork",
     "Builds and keeps trusting, respectful working relationships with colleagues, partners and "
     "Islanders, and creates the conditions for people to work together toward common goals.",
     [("Collaborates Across Boundaries", [
         "Reaches out to other divisions, departments and partners to solve shared problems",
         "Shares information and resources openly",
         "Looks for solutions that work for everyone involved"]),
      ("Builds Trust", [
          "Follows through on commitments",
          "Is honest and transparent, even when the news is difficult",
          "Treats information shared in confidence with care"]),
      ("Values Diversity and Inclusion", [
          "Seeks out and respects different perspectives and backgrounds",
          "Makes sure every team member has a chance to be heard",
          "Addresses behaviour that excludes or disrespects others"])]),
    ("Influence and Self Awareness",
     "Understands own strengths, limits and effect on others, manages own reactions, and "
     "communicates in ways that gain support for ideas and decisions.",
     [("Communicates with Impact", [
         "Adapts message and style to the audience",
         "Listens to understand before trying to persuade",
         "Builds a clear, evidence-based case for a recommendation"]),
      ("Knows Self", [
          "Asks for feedback and reflects on it",
          "Recognizes how own mood and behaviour affect the team",
          "Commits to ongoing personal and professional development"]),
      ("Demonstrates Resilience", [
          "Stays composed under pressure",
          "Recovers from setbacks and learns from them",
          "Maintains a healthy balance and encourages others to do the same"])]),
    ("Focusing on Results",
     "Sets clear goals, manages resources responsibly and follows through so that programs and "
     "services deliver value to Islanders.",
     [("Plans and Prioritizes", [
         "Sets realistic goals, timelines and measures",
         "Adjusts priorities as circumstances change",
         "Uses resources efficiently and responsibly"]),
      ("Makes Sound Decisions", [
          "Gathers the relevant facts and considers options before deciding",
          "Makes timely decisions, even with incomplete information",
          "Explains the reasons behind decisions"]),
      ("Is Accountable for Outcomes", [
          "Takes ownership of results, including mistakes",
          "Tracks progress and reports on it honestly",
          "Recognizes the team’s contribution to success"])]),
]


def footers(doc, section):
    doc.settings.odd_and_even_pages_header_footer = True
    odd = section.footer.paragraphs[0]
    odd.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    H.run(odd, f"{RUNNING} | ", size=8, color="7F7F7F")
    C.add_field(odd, "PAGE", "11")
    even = section.even_page_footer.paragraphs[0]
    even.alignment = WD_ALIGN_PARAGRAPH.LEFT
    C.add_field(even, "PAGE", "12")
    H.run(even, f" | {RUNNING}", size=8, color="7F7F7F")
    for p in (odd, even):
        for r in p.runs:
            r.font.size = Pt(8)


def comp_table(doc, bnum, name, definition, elements):
    t = doc.add_table(rows=3, cols=2)
    H.grid_borders(t, color="9FC5C8")
    C.fix_widths(t, [2.0, 5.0])
    band = H.merge_row(t.rows[0])
    H.cell_par(band, name, bold=True, size=12, first=True, color="FFFFFF")
    C.shade(band, TEAL)
    d = H.merge_row(t.rows[1])
    H.cell_par(d, definition, size=9.5, first=True, italic=True)
    hdr = t.rows[2]
    H.cell_par(hdr.cells[0], "Elements", bold=True, size=9, first=True)
    H.cell_par(hdr.cells[1], "Examples of Effective Behaviours", bold=True, size=9, first=True)
    for c in hdr.cells:
        C.shade(c, LIGHT)
    for row in t.rows:
        C.row_flags(row)
    for el, behs in elements:
        row = t.add_row()
        C.row_flags(row)
        H.cell_par(row.cells[0], el, bold=True, size=9.5, first=True, color=TEAL)
        for i, b in enumerate(behs):
            p = H.cell_par(row.cells[1], b, size=9.5, first=(i == 0))
            C.set_num(p, bnum)
    H.para(doc, "", space_after=4)


def build():
    doc = Document()
    H.base_font(doc, "Calibri", 10)
    C.clear_core_props(doc, TITLE)
    s = doc.sections[0]
    s.page_width, s.page_height = Inches(8.5), Inches(11)
    s.left_margin = s.right_margin = Inches(0.75)
    s.top_margin, s.bottom_margin = Inches(0.75), Inches(0.7)
    H.page_number_start(s, 11)
    footers(doc, s)
    bnum = C.add_numbering(doc, C.bullet_lvl("\u2022", left=220, hanging=200, font="Calibri"), "5A1C0002")

    H.para(doc, "The Competencies, Elements, and Behaviours", bold=True, size=16, color=TEAL, space_after=6)
    for t in INTRO:
        H.para(doc, t, space_after=6)
    for name, definition, elements in COMPS:
        comp_table(doc, bnum, name, definition, elements)

    tmp = Path(tempfile.mkdtemp(prefix="z-pei-")) / f"{STEM}.docx"
    doc.save(tmp)
    return H.docx_to_pdf(tmp, f"{STEM}.pdf")


def gold():
    comps = []
    for name, definition, elements in COMPS:
        ind = []
        for el, behs in elements:
            ind += H.items(behs, STEM, group=el)
        comps.append(C.competency(name, STEM, definition=definition, indicators=ind))
    return C.write_gold(STEM, f"{STEM}.pdf", "pdf", None, comps)


if __name__ == "__main__":
    build()
    gold()
