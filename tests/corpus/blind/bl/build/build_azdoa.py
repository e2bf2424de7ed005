"""State of Arizona, ADOA Human Resources Division, MAP "Statewide Competencies" guidance -> PDF.

Layout: US Letter landscape, Arial. Title "Statewide Competencies", a bold "GUIDANCE:" label and one paragraph;
then per competency a bold CAPITALISED name, a definition paragraph and a bordered four-column table whose
header row reads (blank) | NEEDS IMPROVEMENT | MEETS EXPECTATIONS | EXCEEDS EXPECTATIONS (shaded) and whose
body rows each start with a bold component name ("Completeness", "Professionalism", ...) followed by one
descriptive cell per rating. Centred "Page x of y" footer. Rendered python-docx -> LibreOffice.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bllib as L  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Inches, Pt  # noqa: E402

STEM = "azdoa-statewide-competencies"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Statewide Competencies"
FONT = "Liberation Sans"
HEAD = ["NEEDS IMPROVEMENT", "MEETS EXPECTATIONS", "EXCEEDS EXPECTATIONS"]

GUIDANCE = ("The standards below are offered as guidance to help supervisors assess how an employee performs on "
            "each Competency. They point to the areas a supervisor may wish to look at during the appraisal and "
            "are not meant to be complete. The descriptive examples help a supervisor apply the rating scale both "
            "to a single component of a competency and to the competency as a whole.")

COMPS = [
    ("CUSTOMER SERVICE",
     "Recognizes that every employee serves external and/or internal customers and stakeholders who rely on them "
     "for services and information; keeps the agency\u2019s commitments to customers by giving service that is "
     "helpful, courteous, accessible, responsive and well informed.",
     [("Completeness",
       ["Gives only minimal service, or gives it grudgingly; does not recognize or resolve customer service "
        "problems.",
        "Offers help and useful information willingly; acts appropriately to put customer service problems "
        "right.",
        "Foresees what customers will need and goes \u201cthe extra mile\u201d; keeps problems from happening "
        "again."]),
      ("Professionalism",
       ["Is impolite with customers or inattentive to their needs; reacts to situations instead of showing "
        "empathy for what the customer needs.",
        "Treats customers with respect; listens carefully to confirm what they need; stays patient, calm and "
        "courteous in every situation.",
        "Keeps a professional manner at all times; stays attentive to the customer even in busy periods; "
        "respectfully calms even the most difficult situations."]),
      ("Availability/Timeliness",
       ["Is hard to reach in person or by phone; takes far too long to answer requests and issues.",
        "Is easy for customers to reach in person or by phone; answers requests and issues promptly.",
        "Makes self fully available to the customer; responds to requests consistently and beyond what "
        "customers expect."]),
      ("Understanding Needs",
       ["Assumes what the customer wants; does not check that the request has been understood.",
        "Asks questions to find, confirm and understand the customer\u2019s needs or problems; restates the "
        "request before acting on it.",
        "Uncovers needs the customer has not yet voiced; uses what is learned to improve service for other "
        "customers."])]),
    ("INTEGRITY",
     "Acts in an honest, ethical and trustworthy way; follows the State\u2019s standards of conduct and handles "
     "public resources and information with care.",
     [("Honesty",
       ["Misstates facts or leaves out information to avoid blame; is not candid with the supervisor or "
        "coworkers.",
        "Is truthful and open in dealings with others; admits mistakes and reports them promptly.",
        "Sets an example of candor for others; raises difficult facts early even when they are unwelcome."]),
      ("Ethical Conduct",
       ["Disregards policies on conflicts of interest, gifts or the use of state property.",
        "Follows State and agency ethics rules; asks for guidance when a situation is unclear.",
        "Helps coworkers recognize ethical risks; suggests safeguards that protect the agency\u2019s "
        "reputation."]),
      ("Confidentiality",
       ["Shares sensitive or personal information without authorization.",
        "Protects confidential records and discusses them only with those who need to know.",
        "Anticipates where confidential information could be exposed and takes steps to secure it."])]),
    ("TEAMWORK",
     "Works cooperatively with others to reach shared goals; contributes to a team climate of trust, respect and "
     "mutual support.",
     [("Cooperation",
       ["Prefers to work alone; is reluctant to help coworkers or to take on shared tasks.",
        "Does a fair share of the team\u2019s work; offers help when coworkers are busy or absent.",
        "Steps in without being asked to keep the team\u2019s work on track; encourages others to pitch in."]),
      ("Information Sharing",
       ["Keeps information to self; leaves coworkers unaware of changes that affect them.",
        "Shares information, knowledge and updates with the team in a timely way.",
        "Creates ways for the team to share knowledge; makes sure everyone has what they need to succeed."]),
      ("Conflict",
       ["Lets disagreements become personal; complains about coworkers instead of addressing the issue.",
        "Raises disagreements respectfully and works with others to settle them.",
        "Helps others resolve conflict constructively; keeps the team focused on common goals."])]),
]


def run(p, text, bold=False, size=10, italic=False):
    r = p.add_run(text)
    L.font(r, FONT, size, bold=bold, italic=italic)
    return r


def build_docx():
    d = Document()
    L.clear_core_props(d, TITLE)
    L.style_font(d, "Normal", FONT, 10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Inches(0.7))
    sec.top_margin = sec.bottom_margin = Inches(0.6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(fp, "Page ", size=8)
    L.add_field(fp, "PAGE")
    run(fp, " of ", size=8)
    L.add_field(fp, "NUMPAGES")
    for r in fp.runs:
        L.font(r, FONT, 8)

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, TITLE, bold=True, size=16)
    p = d.add_paragraph()
    run(p, "GUIDANCE:", bold=True, size=10)
    p = d.add_paragraph()
    run(p, GUIDANCE)
    p.paragraph_format.space_after = Pt(10)

    for i, (name, definition, rows) in enumerate(COMPS):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.keep_with_next = True
        run(p, name, bold=True, size=11)
        p = d.add_paragraph()
        p.paragraph_format.keep_with_next = True
        run(p, definition)
        t = d.add_table(rows=1 + len(rows), cols=4)
        L.table_borders(t, "808080", 4)
        L.set_cell_margins(t, 50, 50, 90, 90)
        hdr = t.rows[0]
        L.row_flags(hdr, cant_split=True, header=True)
        for c, label in zip(hdr.cells[1:], HEAD):
            L.shade(c, "D9D9D9")
            cp = c.paragraphs[0]
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(cp, label, bold=True, size=9)
        L.shade(hdr.cells[0], "D9D9D9")
        for row, (comp_name, cells) in zip(t.rows[1:], rows):
            L.row_flags(row, cant_split=True)
            run(row.cells[0].paragraphs[0], comp_name, bold=True, size=9)
            for c, text in zip(row.cells[1:], cells):
                run(c.paragraphs[0], text, size=9)
        L.fix_widths(t, [1.6, 2.6, 2.6, 2.6])
        d.add_paragraph()
    return d


def gold():
    comps = []
    for name, definition, rows in COMPS:
        levels = []
        for k, label in enumerate(HEAD):
            levels.append({"rank": k + 1, "label": label,
                           "behaviors": [L.item(STEM, cells[k], comp) for comp, cells in rows]})
        comps.append(L.competency(STEM, name, definition, levels=levels))
    return comps


def main():
    L.docx_to_pdf(build_docx(), OUT)
    L.write_gold(OUT, "pdf", TITLE, gold())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
