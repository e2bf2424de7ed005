"""University of Michigan Health System (Michigan Medicine), Nursing: Professional Development Framework,
"Framework Nursing Behaviors" - print version as run-in competencies with lettered levels, PDF.

Layout: A4 portrait; title block, a level key (A, C, D, E, F - there is no level B in the UMHS scheme;
F is for Master's prepared RNs), then "DOMAIN: ..." headings; each subheading (competency) printed as a
bold run-in heading followed by its definition in the same paragraph ("Technology. Uses ..."), then the
level behaviours as a lettered list typed by hand (hanging indent, bold "A." / "C." / "D." / "E." / "F."
markers, not Word numbering since B is skipped). Some competencies have no F entry. Running header, footer
"Target audience: Nursing at Michigan | Contact: ... | Last reviewed: 3/2019" + page number.
"""
import shutil

from docx.shared import Cm, Pt

import vcommon as C
import vhelp as H

STEM = "umhs-framework-nursing-behaviors"
TITLE = "Framework Nursing Behaviors"
LETTERS = ["A", "C", "D", "E", "F"]

DOMAINS = [
    ("Clinical Skills and Knowledge", [
        ("Technology", "Uses the equipment and information systems of the care setting safely and to good "
                       "effect in patient care.", [
            "Uses unit equipment and the electronic health record safely, asking for help when a device is unfamiliar.",
            "Uses all equipment on the unit independently and troubleshoots common alarms and faults.",
            "Anticipates problems with technology and adapts its use to the needs of individual patients.",
            "Serves as a resource to colleagues on new equipment and takes part in evaluating technology for the unit.",
            "Leads the evaluation and introduction of new technology, using evidence and outcome data.",
        ]),
        ("Patient/Family Education", "Teaches patients and families what they need to know to take part in "
                                     "care and to manage their health after discharge.", [
            "Provides standard teaching materials and checks understanding with assistance.",
            "Assesses learning needs and readiness to learn, and adapts teaching to the patient and family.",
            "Plans teaching across the stay and involves other disciplines to reinforce key messages.",
            "Develops teaching tools for complex situations and coaches colleagues in effective patient education.",
            "Designs and evaluates education programs for patient populations, based on evidence and health literacy principles.",
        ]),
        ("Promoting Culture of Safety", "Protects patients and staff by following safety practices and "
                                        "speaking up about risk.", [
            "Follows safety policies and reports errors and near misses as required.",
            "Identifies risks to patient safety on the unit and takes steps to reduce them.",
            "Speaks up about unsafe practice and helps colleagues learn from safety events.",
            "Leads unit safety initiatives and takes part in root cause analysis. Models a just culture.",
            "Uses safety data to design system-wide improvements and evaluates their effect.",
        ]),
        ("Documentation", "Records nursing care accurately, completely and on time.", [
            "Documents assessments and care according to unit standards, with guidance.",
            "Documents care completely and on time, including the patient’s response to interventions.",
            "Documentation reflects individualized plans of care and the nurse’s clinical reasoning.",
            "Audits documentation and helps colleagues meet documentation standards.",
        ]),
    ]),
    ("Therapeutic Relationships", [
        ("Therapeutic Communication", "Communicates with patients and families in a way that builds trust "
                                      "and supports their care.", [
            "Introduces self and role, listens to patients and families, and answers questions within own knowledge.",
            "Uses communication techniques suited to the patient’s needs, culture and condition.",
            "Handles difficult conversations with sensitivity and helps families through stressful events.",
            "Guides colleagues through complex or highly emotional conversations and is sought out for advice.",
            "Develops approaches that improve communication with patient populations and evaluates their effect.",
        ]),
        ("Compassion", "Shows care and concern for patients and families as people, not only as recipients "
                       "of treatment.", [
            "Recognizes the patient’s comfort and emotional needs and responds with kindness.",
            "Anticipates comfort and emotional needs and meets them as part of routine care.",
            "Tailors care to what matters most to the patient and family.",
            "Creates an environment on the unit in which compassionate care is expected and recognized.",
        ]),
    ]),
]

BLUE = "00274C"


def render(path):
    d = H.new_document(font="Arial", size=10, margins_cm=(2.0, 2.2, 2.0, 2.2))
    for sec in d.sections:
        hp = sec.header.paragraphs[0]
        H.run(hp, "Professional Development Framework  |  Nursing at Michigan", size=8)
        fp = sec.footer.paragraphs[0]
        H.run(fp, "Target audience: Nursing at Michigan | Contact: Professional Development & Education | "
                  "Last reviewed: 3/2019", size=7)
        fp2 = sec.footer.add_paragraph()
        fp2.alignment = 2
        H.run(fp2, "Page ", size=7)
        C.add_field(fp2, "PAGE")
        for r in fp2.runs:
            r.font.size = Pt(7)
    H.para(d, TITLE, bold=True, size=18, color=BLUE, space_after=2)
    H.para(d, "Behaviors describe the expected performance of a nurse at each level of the Framework. Read "
              "from A to F, the behaviors within each subheading become progressively more advanced.",
           size=9, italic=True, space_after=8)
    key = d.add_table(rows=1, cols=1)
    key.style = d.styles["Table Grid"]
    cell = key.rows[0].cells[0]
    C.shade(cell, "F2F2F2")
    H.cell_text(cell, "Levels", bold=True, size=9)
    for letter, txt in [("A", "advanced beginner: the new graduate nurse with less than 12 months of experience"),
                        ("C", "fully competent nurse who has begun to contribute on the unit"),
                        ("D", "proficient nurse who provides individualized care and contributes to the unit and profession"),
                        ("E", "expert nurse whose contributions reach beyond the unit"),
                        ("F", "for Master’s prepared RNs")]:
        p = cell.add_paragraph()
        H.run(p, f"Level {letter} – ", bold=True, size=8)
        H.run(p, txt, size=8)
    H.para(d, "", space_after=4)
    for domain, comps in DOMAINS:
        H.para(d, f"DOMAIN: {domain}", bold=True, size=12, color=BLUE, space_before=10, space_after=6,
               keep_next=True)
        for name, definition, levels in comps:
            p = H.para(d, "", space_before=6, space_after=3, keep_next=True)
            H.run(p, name + ".", bold=True, size=10.5)
            H.run(p, " " + definition, size=10)
            for i, txt in enumerate(levels):
                q = H.para(d, "", space_after=2)
                pf = q.paragraph_format
                pf.left_indent = Cm(1.0)
                pf.first_line_indent = Cm(-0.6)
                pf.tab_stops.add_tab_stop(Cm(1.0))
                if i < len(levels) - 1:
                    pf.keep_with_next = True
                H.run(q, LETTERS[i] + ".", bold=True, size=10)
                H.run(q, "\t" + txt, size=10)
    d.save(path)


def gold(doc_id):
    comps = []
    for domain, cs in DOMAINS:
        for name, definition, levels in cs:
            lv = [{"rank": i + 1, "label": LETTERS[i], "behaviors": [C.item(doc_id, t)]}
                  for i, t in enumerate(levels)]
            comps.append(C.competency(name, doc_id, definition=definition, levels=lv))
    return comps


def build():
    tmp = H.tmpdir()
    src = tmp / f"{STEM}.docx"
    render(src)
    pdf = H.to_pdf(src, tmp)
    out = C.DOCS / f"{STEM}.pdf"
    shutil.copy(pdf, out)
    H.rm(tmp)
    return C.write_gold(STEM, out.name, "pdf", TITLE, gold(STEM))


if __name__ == "__main__":
    print(build())
