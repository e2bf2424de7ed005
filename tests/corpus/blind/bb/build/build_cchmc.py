"""Cincinnati Children's Hospital Medical Center - Performance Management Portal, job family "Nursing" (DOCX).

python-docx: running header (hospital / portal), footer with page number, Heading 1 "Nursing", a lead-in
sentence and a two-column Word table (merged caption row "REQUIRED COMPETENCIES - NURSING", bold
"Competency | Definition" row, one row per competency), then a second lead-in and table
"ADDITIONAL COMPETENCIES - NURSING" (excerpt: the first two of its rows).
"""
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
import bblib as B

STEM = "cchmc-nursing-competencies"

REQUIRED = [
    ("Accountability", "Owning one\u2019s actions and work; accepting the consequences of one\u2019s own "
                       "behavior; acknowledging mistakes."),
    ("Autonomy", "Carrying out work with little supervision or help; directing one\u2019s own efforts."),
    ("Flexibility", "Being open to change and to wide variety in work activities; adjusting readily to new or "
                    "changing circumstances and unexpected events; changing one\u2019s approach to tasks and "
                    "projects with little loss of efficiency."),
    ("Prioritization", "Using time efficiently and productively; ordering multiple tasks correctly so that "
                       "deadlines are met; recognizing time constraints and adjusting the work schedule to "
                       "deal with them."),
    ("Safety", "Everyone: Following Infection Control policies and procedures, for example getting "
               "vaccinations and tuberculosis screening, practicing excellent Hand Hygiene and expecting the "
               "same of others; completing all required CCHMC safety training; knowing the MSDS for the "
               "chemicals one uses; keeping walkways clear; acting in ways that keep me and those around me "
               "safe; and reporting hazardous conditions and workplace injuries promptly."),
    ("Work Ethic", "Reliably keeping promises, meeting obligations and deadlines; working hard to finish work "
                   "conscientiously and thoroughly; sticking with a task in spite of obstacles or setbacks; "
                   "sustaining focused effort over long periods."),
]
ADDITIONAL = [
    ("Customer Focus", "Making patients, families and internal customers the first priority; finding out what "
                       "they need and following through to meet those needs."),
    ("Problem Solving", "Identifying problems and their causes; gathering and weighing relevant information; "
                        "choosing and carrying out practical solutions and checking that they worked."),
]


def build():
    d = docx.Document()
    sec = d.sections[0]
    B.page_setup(sec, margins_in=(1, 1, 1, 1))
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(11)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(docx.shared.Inches(3.25), WD_TAB_ALIGNMENT.CLEAR)
    hp.paragraph_format.tab_stops.add_tab_stop(docx.shared.Inches(6.5), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Cincinnati Children\u2019s Hospital Medical Center\tPerformance Management Portal")
    r.font.size, r.font.color.rgb = Pt(9), RGBColor(0x5B, 0x2C, 0x6F)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Page ")
    r.font.size = Pt(9)
    B.add_field(fp, "PAGE", "1", size=Pt(9))

    d.add_heading("Nursing", level=1)
    d.add_paragraph("The following competencies are expected of all members of the Nursing job family. "
                    "Every employee in this job family will be evaluated on these competencies.")

    def table(caption, rows):
        t = d.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        cap = t.rows[0].cells[0].merge(t.rows[0].cells[1])
        cap.text = ""
        rr = cap.paragraphs[0].add_run(caption)
        rr.bold = True
        rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        B.shade(cap, "5B2C6F")
        for cell, text in zip(t.rows[1].cells, ("Competency", "Definition")):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
            B.shade(cell, "E8DAEF")
        B.row_flags(t.rows[0], header=True)
        B.row_flags(t.rows[1], header=True)
        for name, definition in rows:
            row = t.add_row()
            row.cells[0].text = ""
            row.cells[0].paragraphs[0].add_run(name).bold = True
            row.cells[1].text = definition
            B.row_flags(row, cant_split=True)
        B.fix_widths(t, [1.6, 4.9])
        return t

    table("REQUIRED COMPETENCIES - NURSING", REQUIRED)
    d.add_paragraph()
    d.add_paragraph("The following competencies may be relevant to members of the Nursing job family. Managers "
                    "may add one or more of them to the list of required competencies.")
    table("ADDITIONAL COMPETENCIES - NURSING", ADDITIONAL)
    B.core_props(d, "Nursing - Job Family Competencies", "CCHMC Human Resources")
    out = B.DOCS / f"{STEM}.docx"
    d.save(out)
    return out


def gold(path):
    g = B.Gold(path, "docx", "Nursing")
    for name, definition in REQUIRED + ADDITIONAL:
        g.competency(name, definition)
    return g.write()


if __name__ == "__main__":
    print(gold(build()))
