"""Southern District Health Board (Southland / Otago, New Zealand) - Position Description, Registered Nurse.
DOCX, python-docx with real Word heading styles.

Header "Southern District Health Board | Position Description"; footer "Page X of Y" + the initials line
"Initial: Employee ________ Employer ________" (on every page, as in the source). Key-value table (role
title, reports to ...), "Role of the District Health Board" (vision, mission, "The Southern Way" bullets),
"Purpose of the Role" (front matter). "Key Competencies" (Heading 1) with an intro paragraph, then each
competency as Heading 2 with a one-paragraph description and the PDRP levels as Heading 3 ("Competent",
"Proficient", "Expert") with bullets. Closing "Acknowledgement" block with signature lines (back matter)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402
import helpers as H  # noqa: E402

from docx import Document  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402

STEM = "sdhb-registered-nurse-position-description"
LEVELS = ["Competent", "Proficient", "Expert"]

KV = [("Role title:", "Registered Nurse (RN)"), ("Reports to:", "Line Manager"),
      ("Accountable to:", "Executive Director of Nursing and Midwifery"), ("Location:", "Southland / Otago")]
SOUTHERN_WAY = [
    "Our community and our patients are at the centre of everything we do.",
    "We are one district health board that values and supports its staff.",
    "We aim to perform to a high standard, with a constant focus on quality.",
]
PURPOSE = ("Registered nurses use nursing knowledge and judgement to assess health needs, provide care, and "
           "advise and support people to manage their own health. They practise both independently and in "
           "collaboration with other health professionals, and they direct and delegate to enrolled nurses "
           "and health care assistants.")
KC_INTRO = ("The competencies below follow the Nursing Council of New Zealand competencies for registered "
            "nurses. Behaviours are set out for each level of the Professional Development and Recognition "
            "Programme (PDRP). Nurses are expected to show the behaviours of their current PDRP level and of "
            "the levels below it.")

COMPS = [
    ("Professional Responsibility",
     "Accepts accountability for own practice and works within the legal, ethical and cultural boundaries "
     "of the registered nurse scope of practice.",
     [["Practises within the Nursing Council Code of Conduct and the relevant legislation.",
       "Recognises the limits of own practice and seeks guidance when needed.",
       "Applies the principles of Te Tiriti o Waitangi and cultural safety to everyday care."],
      ["Acts as a role model for safe and ethical practice within the team.",
       "Identifies practice issues and takes part in resolving them."],
      ["Leads the review of practice standards and policies in the clinical area.",
       "Is consulted by colleagues on complex professional and ethical questions."]]),
    ("Management of Nursing Care",
     "Assesses the needs of patients, plans and delivers care based on evidence, and evaluates the "
     "outcomes.",
     [["Completes accurate and timely assessments and records them in the clinical record.",
       "Plans and delivers care in partnership with the patient and whānau.",
       "Recognises deterioration in a patient's condition and escalates it appropriately."],
      ["Manages a complex patient workload and adjusts priorities as conditions change.",
       "Uses evidence and audit results to improve care in the clinical area."],
      ["Provides clinical leadership in the assessment and care of patients with complex needs.",
       "Develops and evaluates care pathways or guidelines for the service."]]),
    ("Interpersonal Relationships",
     "Builds therapeutic relationships with patients and whānau and communicates effectively with them.",
     [["Communicates with patients and whānau in a way that respects their culture and values.",
       "Gives information that helps patients make informed decisions about their care."],
      ["Manages challenging conversations and helps to resolve conflict.",
       "Supports less experienced colleagues to build therapeutic relationships."],
      ["Is recognised as a resource for communicating with patients in complex or distressing situations.",
       "Leads initiatives that improve the experience of patients and whānau."]]),
]


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for name, size in (("Heading 1", 14), ("Heading 2", 12.5), ("Heading 3", 11)):
        hs = doc.styles[name]
        hs.font.name = "Calibri"
        hs.font.size = Pt(size)
        hs.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), alignment=2)
    r = hp.add_run("Southern District Health Board\tPosition Description")
    r.font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), alignment=2)
    H.page_field_paragraph(fp)
    r = fp.add_run("\tInitial: Employee ________   Employer ________")
    r.font.size = Pt(9)

    bullet = C.add_numbering(doc, C.bullet_lvl("\u2022", left=360, hanging=260), "5DB10001")

    p = doc.add_paragraph()
    r = p.add_run("Position Description")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)
    t = doc.add_table(rows=len(KV), cols=2)
    H.borders(t, color="8EAADB")
    H.set_cell_margins(t)
    C.fix_widths(t, [1.7, 4.6])
    for i, (k, v) in enumerate(KV):
        rr = t.rows[i].cells[0].paragraphs[0].add_run(k)
        rr.bold = True
        C.shade(t.rows[i].cells[0], "DEEAF6")
        t.rows[i].cells[1].paragraphs[0].add_run(v)

    doc.add_heading("Role of the District Health Board", level=1)
    p = doc.add_paragraph()
    p.add_run("Our Vision: ").bold = True
    p.add_run("Better Health, Better Lives, Whānau Ora.")
    p = doc.add_paragraph()
    p.add_run("Our Mission: ").bold = True
    p.add_run("We work in partnership with people and communities to reach their best health and "
              "wellbeing, and we strive for excellence through learning, enquiry, service and care.")
    p = doc.add_paragraph()
    p.add_run("The Southern Way:").bold = True
    for s in SOUTHERN_WAY:
        bp = doc.add_paragraph(s)
        C.set_num(bp, bullet)
    doc.add_heading("Purpose of the Role", level=1)
    doc.add_paragraph(PURPOSE)

    doc.add_heading("Key Competencies", level=1)
    doc.add_paragraph(KC_INTRO)
    for name, desc, levels in COMPS:
        doc.add_heading(name, level=2)
        doc.add_paragraph(desc)
        for lab, behaviours in zip(LEVELS, levels):
            doc.add_heading(lab, level=3)
            for b in behaviours:
                bp = doc.add_paragraph(b)
                C.set_num(bp, bullet)
                bp.paragraph_format.space_after = Pt(2)

    doc.add_heading("Acknowledgement", level=1)
    doc.add_paragraph("I have read and understood this position description.")
    for who in ("Employee", "Manager"):
        doc.add_paragraph(f"{who} signature: ______________________   Date: ____________")
    C.clear_core_props(doc, "Position Description - Registered Nurse")
    doc.save(path)


def gold(path):
    d = STEM
    comps = []
    for name, desc, levels in COMPS:
        lv = [H.level(d, j + 1, LEVELS[j], levels[j]) for j in range(3)]
        comps.append(H.competency(d, name, desc, levels=lv))
    return H.write_gold(path, "docx", "Position Description", comps)


def build():
    out = H.DOCS / f"{STEM}.docx"
    build_docx(out)
    return gold(out)


if __name__ == "__main__":
    print(build())
