"""Royal Pharmaceutical Society (RPS) - "A Competency Framework for all Prescribers", 2021 consultation draft
(Word document), excerpt: the domain "The consultation", competencies 1-3.

No levels: each competency is a numbered heading followed by its supporting statements, numbered 1.1, 1.2 ...
with real Word numbering (lvlText "N.%1"); some statements are followed by a shaded one-cell "Further
information" box.  Cover lines, consultation notice, contents list, introduction; running header and
"Page X of Y" footer.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Inches

import ucommon as C

STEM = "rps-competency-framework-for-all-prescribers"
NAME = STEM + ".docx"
TITLE = "A Competency Framework for all Prescribers"

# (number, name, [(statement, further-information or None)])
COMPS = [
    (1, "Assess the patient", [
        ("Carries out the consultation in a setting that suits the patient and the circumstances.", None),
        ("Introduces self and own role to the patient or carer and confirms the patient\u2019s identity.", None),
        ("Judges how far the patient is able to take part in decisions about their care, and whether a "
         "chaperone, interpreter or advocate is needed.", None),
        ("Takes a clinical, social and medication history suited to the situation, including allergies and "
         "intolerances.",
         "A full medication history covers prescribed medicines, medicines bought over the counter, herbal "
         "and complementary remedies, recreational drugs and any products obtained online."),
        ("Carries out a physical and/or psychological assessment that fits the presenting problem.", None),
        ("Obtains and interprets the patient records, investigations and test results needed to reach a "
         "working or final diagnosis.", None),
        ("Understands the condition being treated, its natural course, and how to judge its severity, any "
         "deterioration and the expected response to treatment.", None),
        ("Reviews how well current medicines work and whether the patient is taking them as intended.", None),
        ("Refers to, or asks for guidance from, another member of the team, a specialist or a prescribing "
         "information source when necessary.", None),
    ]),
    (2, "Identify evidence-based treatment options available for clinical decision making", [
        ("Considers non-pharmacological approaches, including no treatment, alongside pharmacological "
         "approaches to modifying disease and promoting health.",
         "Examples include lifestyle changes, social prescribing, watchful waiting and referral for "
         "psychological therapies."),
        ("Considers optimising doses and stopping treatment (appropriate polypharmacy, deprescribing) as well "
         "as starting new medicines.", None),
        ("Weighs the risks and benefits to the patient of taking, or not taking, a medicine or treatment.",
         None),
        ("Applies knowledge of how medicines act and how the body handles them, and of how patient factors "
         "may change this.", None),
        ("Assesses how co-morbidities, existing medicines, allergies, contraindications and quality of life "
         "bear on the choice of treatment.", None),
        ("Takes into account the effect of any relevant patient factors on the route of administration and "
         "the formulation of medicines.", None),
        ("Finds, accesses and uses reliable and validated sources of information, and critically appraises "
         "other information.", None),
        ("Keeps up to date in own area of practice and applies the principles of evidence-based practice, "
         "including clinical and cost-effectiveness.", None),
    ]),
    (3, "Present options and reach a shared decision", [
        ("Listens actively to the patient, their concerns, beliefs and expectations, and respects their "
         "views.", None),
        ("Helps the patient understand the options, with their likely benefits and risks, in language they "
         "can follow.",
         "Decision aids and visual ways of presenting risk can help patients compare options."),
        ("Agrees a plan with the patient that respects their values and preferences, including a decision "
         "not to have treatment.", None),
        ("Explains the reasons for the chosen treatment and what to expect from it, including likely side "
         "effects.", None),
        ("Encourages and supports the patient to take part in managing their own health.", None),
        ("Checks that the patient understands, and is committed to, the agreed plan.", None),
    ]),
]

CONTENTS = [("Introduction", "3"), ("Purpose of the competency framework for all prescribers", "4"),
            ("Scope of the competency framework for all prescribers", "5"),
            ("The prescribing competency framework", "6"), ("Glossary", "18"), ("References", "20"),
            ("Consultation questions", "21")]


def shade_cell(cell, fill):
    C.shade(cell, fill)


def render(path):
    d = Document()
    C.clear_core_props(d, "A Competency Framework for all Prescribers - consultation draft")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    for name in ("Heading 1", "Heading 2", "Title"):
        d.styles[name].font.name = "Arial"
        d.styles[name].font.color.rgb = RGBColor(0x00, 0x4F, 0x7C)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(1)
    hp = sec.header.paragraphs[0]
    hp.text = "Consultation draft \u2013 A Competency Framework for all Prescribers"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    C.add_field(fp, "PAGE")
    fp.add_run(" of ")
    C.add_field(fp, "NUMPAGES", "9")

    d.add_paragraph("A Competency Framework for all Prescribers", style="Title")
    p = d.add_paragraph()
    r = p.add_run("Consultation draft, March 2021")
    r.bold = True
    d.add_paragraph(
        "We are consulting on an updated competency framework for all prescribers. The consultation is open "
        "for six weeks, from 26 March 2021 to 7 May 2021. Responses can be made online or by completing this "
        "Word document and returning it by email. All consultation questions are listed at the end of this "
        "document.")
    d.add_paragraph("Contents", style="Heading 1")
    for t, pg in CONTENTS:
        cp = d.add_paragraph()
        cp.paragraph_format.tab_stops.add_tab_stop(Inches(6.2))
        cp.add_run(f"{t}\t{pg}")
    d.add_page_break()

    d.add_paragraph("The prescribing competency framework", style="Heading 1")
    d.add_paragraph(
        "The framework sets out ten competencies in two domains. The six competencies in the domain \u201cThe "
        "consultation\u201d look at what the prescriber needs to do during the consultation; the four in the "
        "domain \u201cPrescribing governance\u201d cover the wider context in which prescribing takes place.")
    d.add_paragraph(
        "Each competency is broken down into supporting statements that describe the activity or outcome a "
        "prescriber should demonstrate. Some supporting statements are followed by further information that "
        "explains or gives examples of the statement.")
    d.add_paragraph("The consultation", style="Heading 1")

    for n, name, stmts in COMPS:
        d.add_paragraph(f"{n}. {name}", style="Heading 2")
        lead = d.add_paragraph()
        lr = lead.add_run("Supporting statements")
        lr.bold = True
        num = C.add_numbering(d, C.decimal_lvl(fmt=f"{n}.%1", left=720, hanging=720), f"5A{n:02d}C3E1")
        for s, info in stmts:
            sp = d.add_paragraph()
            C.set_num(sp, num)
            sp.add_run(s)
            sp.paragraph_format.space_after = Pt(4)
            if info:
                t = d.add_table(rows=1, cols=1)
                t.style = d.styles["Table Grid"]
                cell = t.rows[0].cells[0]
                shade_cell(cell, "E6EEF4")
                c0 = cell.paragraphs[0]
                hr = c0.add_run("Further information")
                hr.bold = True
                hr.font.size = Pt(9.5)
                ip = cell.add_paragraph()
                ir = ip.add_run(info)
                ir.italic = True
                ir.font.size = Pt(9.5)
                C.fix_widths(t, [5.6])
                d.add_paragraph()
    d.save(str(path))


def gold():
    comps = []
    for n, name, stmts in COMPS:
        inds = [C.item(s, STEM) for s, _ in stmts]
        notes = [C.item(i, STEM, group="Further information") for _, i in stmts if i]
        comps.append(C.competency(name, STEM, indicators=inds, notes=notes))
    return comps


def build():
    render(C.DOCS / NAME)
    return C.write_gold(STEM, NAME, "docx", TITLE, gold())


if __name__ == "__main__":
    print(build())
