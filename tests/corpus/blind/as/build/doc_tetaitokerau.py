"""Te Whatu Ora - Health New Zealand, Te Tai Tokerau (Northland; district health service running Whangarei
Hospital) - Nursing PDRP (Professional Development and Recognition Programme) portfolio booklet, Registered Nurse,
Proficient level (Word document, python-docx).

Layout as the district prints its PDRP Word booklets: header with the organisation name and programme, footer
"Registered Nurse - Proficient Portfolio" + "Page X of Y"; title and level; an applicant details table; a
"Description of levels" table (Competent / Proficient / Expert Registered Nurse, bullets per level) that describes
the PDRP levels of practice as a whole; numbered instructions; "Domain One: Professional Responsibility" with its
domain statement; then one table per competency: a shaded "Competency 1.x" row with the competency statement, an
"Indicators" row with Word bullets, an empty evidence row and self/assessor rows.
"""
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

STEM = "tetaitokerau-pdrp-rn-proficient"
NAVY = RGBColor(0x1E, 0x2A, 0x5A)

LEVELS = [
    ("Competent Registered Nurse", [
        "Shows competence in clinical skills, manages routine care and is beginning to recognise recurring themes "
        "in the area of practice.",
        "Develops partnerships with patients that give effect to Te Tiriti o Waitangi and keeps the practice "
        "setting culturally safe.",
        "Asks for guidance and support when caring for clients with more complex needs.",
        "Responds appropriately in emergency situations."]),
    ("Proficient Registered Nurse", [
        "Has in-depth knowledge of nursing practice and sees situations as part of the bigger picture.",
        "Recognises and responds to subtle changes that call for unplanned or unexpected interventions.",
        "Takes a lead role within the health care team, supporting a multidisciplinary approach to care.",
        "Accepts a clinical, educational or resource role within the practice setting."]),
    ("Expert Registered Nurse", [
        "Shows intuitive knowledge and expert practice that is evidence-based and focused on quality.",
        "Is recognised as a role model and a resource for colleagues.",
        "Leads practice change and quality improvement within the service."]),
]

INSTRUCTIONS = [
    "Complete the self-assessment for every competency before your senior nurse assessment.",
    "For each competency, write one example from your practice in the first person, showing practice at the "
    "proficient level.",
    "Remove all patient identifying information from your evidence.",
    "Your senior nurse or assessor comments on each competency and signs the declaration at the end of the booklet.",
]

COMPS = [
    ("1.1", "Accepts responsibility for making sure that their nursing practice and conduct meet the standards of "
            "the professional, ethical and relevant legislated requirements.",
     ["Practises in line with relevant legislation, codes and policies, and upholds the health consumer rights "
      "that come from that legislation.",
      "Accepts responsibility for actions and decisions within the registered nurse scope of practice.",
      "Recognises breaches of the law that occur in practice and reports them to the right person(s).",
      "Knows and uses the policies and procedural guidelines that affect practice."]),
    ("1.2", "Shows the ability to apply the principles of Te Tiriti o Waitangi / the Treaty of Waitangi to nursing "
            "practice.",
     ["Understands Te Tiriti o Waitangi and its relevance to the health of M\u0101ori in Aotearoa New Zealand.",
      "Shows knowledge of the differences in health and socio-economic status between M\u0101ori and non-M\u0101ori.",
      "Applies Te Tiriti o Waitangi principles in own nursing practice."]),
    ("1.3", "Shows accountability for directing, monitoring and evaluating nursing care provided by health care "
            "assistants, enrolled nurses and others.",
     ["Understands own accountability when directing, monitoring and evaluating care given by enrolled nurses and "
      "others.",
      "Asks a senior registered nurse for advice when unsure about the role or competence of others before "
      "delegating work.",
      "Takes account of the role and competence of staff when delegating work.",
      "Makes sound decisions when assigning care, delegating activities and directing enrolled nurses and others."]),
]


def build(outdir):
    d = Document()
    H.clear_core_props(d, title="PDRP Registered Nurse Proficient", author="Nursing Workforce Development")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = Inches(0.8)
    sec.bottom_margin = Inches(0.7)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(3)

    hp = sec.header.paragraphs[0]
    r = hp.add_run("Te Whatu Ora \u2013 Health New Zealand | Te Tai Tokerau")
    r.bold = True
    r.font.size = Pt(9)
    r.font.color.rgb = NAVY
    hp2 = sec.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp2.add_run("Professional Development & Recognition Programme").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Registered Nurse \u2013 Proficient Portfolio\t\tPage ").font.size = Pt(8)
    H.add_field(fp, "PAGE")
    fp.add_run(" of ")
    H.add_field(fp, "NUMPAGES", "3")
    for run in fp.runs:
        run.font.size = Pt(8)

    bul = H.add_numbering(d, H.bullet_lvl("\u2022", left=284, hanging=284), "3C2B1A01")
    num = H.add_numbering(d, H.decimal_lvl("%1.", left=360, hanging=360), "3C2B1A02")

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Professional Development and Recognition Programme (PDRP)")
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = NAVY
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Registered Nurse: Proficient Level")
    r.bold = True
    r.font.size = Pt(12)
    p.paragraph_format.space_after = Pt(8)

    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    H.fix_widths(t, [1.8, 4.87])
    for row, lab in zip(t.rows, ["Name:", "Ward / Unit:", "Date submitted:"]):
        row.cells[0].paragraphs[0].add_run(lab).bold = True

    def heading(text, size=12):
        hp = d.add_paragraph()
        hp.paragraph_format.space_before = Pt(10)
        hp.paragraph_format.keep_with_next = True
        hr = hp.add_run(text)
        hr.bold = True
        hr.font.size = Pt(size)
        hr.font.color.rgb = NAVY

    heading("Description of levels")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    H.fix_widths(t, [1.8, 4.87])
    for lab, bullets in LEVELS:
        row = t.add_row()
        H.cant_split(row)
        row.cells[0].paragraphs[0].add_run(lab + ":").bold = True
        H.shade(row.cells[0], "E4E8F2")
        for i, b in enumerate(bullets):
            bp = row.cells[1].paragraphs[0] if i == 0 else row.cells[1].add_paragraph()
            bp.add_run(b)
            H.set_num(bp, bul)

    heading("Instructions")
    for ins in INSTRUCTIONS:
        H.set_num(d.add_paragraph(ins), num)

    heading("Domain One: Professional Responsibility", 13)
    d.add_paragraph("This domain covers competencies that relate to professional, legal and ethical responsibilities "
                    "and cultural safety. They include showing knowledge and judgement and being accountable for own "
                    "actions and decisions, while promoting an environment that maximises health consumer safety, "
                    "independence, quality of life and health.")
    for code, statement, indicators in COMPS:
        t = d.add_table(rows=5, cols=2)
        t.style = "Table Grid"
        H.fix_widths(t, [1.8, 4.87])
        top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
        tp = top.paragraphs[0]
        tp.add_run(f"Competency {code}").bold = True
        sp = top.add_paragraph()
        sp.add_run(statement).bold = True
        H.shade(top, "C9D3EA")
        t.rows[1].cells[0].paragraphs[0].add_run("Indicators:").bold = True
        for i, ind in enumerate(indicators):
            bp = t.rows[1].cells[1].paragraphs[0] if i == 0 else t.rows[1].cells[1].add_paragraph()
            bp.add_run(ind)
            H.set_num(bp, bul)
        ev = t.rows[2].cells[0].merge(t.rows[2].cells[1])
        ev.paragraphs[0].add_run("Evidence: describe an example from your practice that shows you meet this "
                                 "competency at the proficient level.").italic = True
        for _ in range(4):
            ev.add_paragraph()
        t.rows[3].cells[0].paragraphs[0].add_run("Self-assessment:").bold = True
        t.rows[3].cells[1].paragraphs[0].add_run("Met \u2610     Not met \u2610")
        t.rows[4].cells[0].paragraphs[0].add_run("Senior nurse / assessor comment:").bold = True
        d.add_paragraph()

    out = H.DOCS / f"{STEM}.docx"
    d.save(out)
    return out


if __name__ == "__main__":
    print(build(None))
