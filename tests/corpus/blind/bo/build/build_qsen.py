"""QSEN Institute (Quality and Safety Education for Nurses; Case Western Reserve University, Cleveland, Ohio) -
"QSEN Competencies": definitions and pre-licensure knowledge, skills and attitudes (KSAs) (DOCX).

Modelled on qsen.org "QSEN Competencies" (Definitions and Pre-Licensure KSAs: six charts, one per competency,
reprinted from Cronenwett et al., Nursing Outlook 2007) and the Word copy "QSEN Competencies" as stored
(docest): per competency a table whose first row is the competency name in capitals and whose second row is
"Definition: ..." (both merged across the three columns), then the column headings Knowledge | Skills |
Attitudes and rows of statements (some cells empty, one knowledge statement is a lead-in with sub-bullets).
Excerpt: two of the six competencies (Informatics, Quality Improvement). python-docx (merged cells, repeated
header rows, page header / footer); all statements and definitions are reworded.
"""
import bolib as L
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

STEM = "qsen-competencies-informatics-qi"
OUT = L.DOCS / f"{STEM}.docx"
FONT = "Calibri"

COMPS = [
    {"name": "INFORMATICS",
     "def": "Draw on information and technology to communicate, manage knowledge, prevent error and support "
            "decision making.",
     "rows": [
         ("Explain why skills in information and technology matter for safe patient care",
          "Find out how information is managed in a care setting before giving care",
          "Value lifelong learning of information technology skills for every health professional"),
         ("Identify the core information that a shared database must hold to support patient care",
          "Use technology and information management tools to support safe processes of care",
          "Value technologies that support clinical decisions, error prevention and care coordination"),
         ("Compare the benefits and limits of different communication technologies and how they affect safety "
          "and quality",
          "Find your way around the electronic health record",
          "Protect the confidentiality of health information held in electronic records"),
         ("Give examples of how technology and information management relate to the quality and safety of "
          "patient care",
          "Plan and document patient care in an electronic health record",
          "Value the part nurses play in designing, choosing, introducing and evaluating information "
          "technologies that support patient care"),
         ("Recognize the time, effort and skill it takes for computers, databases and other technologies to "
          "become reliable tools for patient care",
          "Use communication technologies to coordinate care for patients", ""),
         ("", "Respond appropriately to clinical decision-support tools and alerts", ""),
         ("", "Use information management tools to track the outcomes of care processes", ""),
         ("", "Use reliable electronic sources of health care information", ""),
     ]},
    {"name": "QUALITY IMPROVEMENT (QI)",
     "def": "Use data to follow the outcomes of care processes, and use improvement methods to design and test "
            "changes that keep improving the quality and safety of health care systems.",
     "rows": [
         ("Describe ways of finding out about the outcomes of care in the setting where one practises",
          "Look for information about care outcomes for the populations served in the care setting",
          "Accept continuous quality improvement as part of the daily work of every health professional"),
         ("Recognize that nursing and other health professions students belong to the systems and processes of "
          "care that shape outcomes for patients and families",
          "Find out about quality improvement projects under way in the care setting",
          "Value your own and others\u2019 contributions to the outcomes of care in local care settings"),
         (("Explain why measurement matters in judging the quality of care, including:",
           ["variation in processes and outcomes", "benchmarks and targets",
            "run charts and control charts"]),
          "Use tools such as flow charts and cause-and-effect diagrams to make care processes explicit",
          "Value measurement and the part it plays in good patient care"),
         ("Describe approaches to changing processes of care",
          "Take part in a root cause analysis of a sentinel event",
          "Value local change, in individual practice or in a team on a unit, and the satisfaction it brings "
          "to work"),
         ("", "Practice lining up the aims, measures and changes involved in improving care",
          "Appreciate how much individuals and teams can do to improve care"),
         ("", "Use measures to judge the effect of a change", ""),
     ]},
]
HEADS = ["Knowledge", "Skills", "Attitudes"]


def run(p, text, bold=False, size=10, italic=False, color=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def build():
    doc = Document()
    L.clear_core_props(doc, "QSEN Competencies")
    for sname in ("Normal", "Title", "Heading 1"):
        L.style_font(doc.styles[sname], FONT)
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    h = sec.header.paragraphs[0]
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(h, "QSEN Institute", size=8, color="7F7F7F")
    f = sec.footer.paragraphs[0]
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(f, "qsen.org   |   ", size=8, color="7F7F7F")
    L.add_field(f, "PAGE", "1")
    f.runs[-1].font.size = Pt(8)

    bullet = L.add_numbering(doc, L.bullet_lvl("\u2022", left=360, hanging=200), "6D7E8F01")

    t = doc.add_paragraph(style="Title")
    t.text = ""
    run(t, "QSEN Competencies", bold=True, size=20, color="1F3864")
    p = doc.add_paragraph()
    run(p, "Quality and Safety Education for Nurses: Definitions and Pre-Licensure KSAs", italic=True, size=11)
    p = doc.add_paragraph()
    run(p, "The QSEN faculty and National Advisory Board defined quality and safety competencies for nursing, and "
           "proposed the knowledge, skills and attitudes (KSAs) that pre-licensure programs should develop for "
           "each of them. The definitions and KSAs below are intended as a guide for curriculum development in "
           "academic programs, transition to practice and continuing education.")
    p.paragraph_format.space_after = Pt(10)

    for ci, comp in enumerate(COMPS):
        if ci:
            doc.add_paragraph().paragraph_format.space_after = Pt(6)
        tb = doc.add_table(rows=3, cols=3)
        L.table_borders(tb, color="7F7F7F", size=4)
        L.set_cell_margins(tb, 50, 50, 90, 90)
        a = tb.rows[0].cells[0].merge(tb.rows[0].cells[2])
        L.cell_text(a, comp["name"], bold=True, size=12, color="FFFFFF")
        L.shade(a, "1F3864")
        b = tb.rows[1].cells[0].merge(tb.rows[1].cells[2])
        p = b.paragraphs[0]
        p.text = ""
        run(p, "Definition: ", bold=True)
        run(p, comp["def"])
        for i, hname in enumerate(HEADS):
            L.cell_text(tb.rows[2].cells[i], hname, bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
            L.shade(tb.rows[2].cells[i], "D9E2F3")
        for r_ in tb.rows[:3]:
            L.row_flags(r_, cant_split=True, header=True)
        for row in comp["rows"]:
            cells = tb.add_row().cells
            for cell, val in zip(cells, row):
                if isinstance(val, tuple):
                    lead, subs = val
                    L.cell_text(cell, lead, size=10)
                    for s in subs:
                        sp = cell.add_paragraph()
                        run(sp, s)
                        L.set_num(sp, bullet)
                elif val:
                    L.cell_text(cell, val, size=10)
        L.fix_widths(tb, [5.86 / 2.54] * 3)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    run(p, "Source: Cronenwett, L., Sherwood, G., Barnsteiner, J., Disch, J., Johnson, J., Mitchell, P., "
           "Sullivan, D., & Warren, J. (2007). Quality and safety education for nurses. Nursing Outlook, 55(3), "
           "122-131.", size=8, italic=True)
    return doc


def gold():
    comps = []
    for comp in COMPS:
        ind = []
        for col, head in enumerate(HEADS):
            for row in comp["rows"]:
                val = row[col]
                if isinstance(val, tuple):
                    lead, subs = val
                    ind.append(L.item(STEM, " ".join([lead] + subs), head))
                elif val:
                    ind.append(L.item(STEM, val, head))
        comps.append(L.competency(STEM, comp["name"], comp["def"], indicators=ind))
    L.write_gold(OUT, "docx", "QSEN Competencies", comps)


def main():
    build().save(str(OUT))
    gold()


if __name__ == "__main__":
    main()
