"""Mississippi State Personnel Board - PDS "Competencies and Behavioral Anchors for Level II" (PDF).

python-docx (Times New Roman 12, typed "1." competency paragraphs with the name and the definition on one
line joined by " - ", Word bullets with a Wingdings check mark) -> LibreOffice -> PDF.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches

import bplib as L

STEM = "mspb-pds-level-ii-behavioral-anchors"
TITLE = "Competencies and Behavioral Anchors for Level II - Professional - Front Line Supervisors"
SECTION = "A. CORE PUBLIC SECTOR COMPETENCIES"

COMPS = [
    ("Integrity",
     "Shows, through everyday conduct, a firm personal commitment to the basic principles of honesty and "
     "fairness in every activity connected with job performance.",
     ["Sets an example for the work unit of honesty, openness, trust and respect in dealing with others.",
      "Keeps the commitments and promises made to staff, peers and the public.",
      "Protects information that must be kept confidential and expects staff to do the same.",
      "Applies rules and decisions to every employee in the same even-handed way."]),
    ("Work Ethic",
     "Works productively and carefully, and is conscientious, punctual and loyal to the agency.",
     ["Follows the laws, rules and procedures that govern the work and sees that staff follow them.",
      "Finishes assignments by the agreed date.",
      "Turns out work that needs little or no correction.",
      "Stays with an assignment until it has been completed correctly.",
      "Accepts personal ownership of the duties of the work unit."]),
    ("Service Orientation",
     "Shows, in what is said and done, a commitment to delivering quality public service.",
     ["Finds out what customers need and expect and works to meet or go beyond it.",
      "Treats every customer with courtesy and answers requests professionally, even when the situation is "
      "difficult.",
      "Gives customers information and service that is correct and on time.",
      "Builds working relationships with customers that are positive and lasting.",
      "Collects feedback directly from customers and uses it to improve the services of the unit."]),
    ("Accountability",
     "Takes responsibility for own actions and for the results of the work unit.",
     ["Does a fair share of the work and distributes the unit's workload fairly among staff.",
      "Admits mistakes openly and takes steps to correct them.",
      "Monitors the progress of assignments and reports problems to management early.",
      "Uses the agency's time, money and equipment responsibly."]),
]


def build():
    doc = Document()
    L.clear_core_props(doc, TITLE)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Inches(1))
    sec.top_margin = sec.bottom_margin = Inches(1)
    normal = doc.styles["Normal"]
    L.style_font(normal, "Times New Roman")
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(0)

    # footer: "Page x of y"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page ")
    r.font.size = Pt(9)
    L.add_field(fp, "PAGE")
    fp.add_run(" of ").font.size = Pt(9)
    L.add_field(fp, "NUMPAGES", "2")

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(13)
    p.paragraph_format.space_after = Pt(18)

    p = doc.add_paragraph()
    r = p.add_run(SECTION)
    r.bold = True
    r.underline = True
    p.paragraph_format.space_after = Pt(12)

    check = L.add_numbering(doc, L.bullet_lvl("\uf0fc", left=1080, hanging=360, font="Wingdings"), "5A1B2C3D")
    for n, (name, definition, anchors) in enumerate(COMPS, 1):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Inches(0.5)
        pf.first_line_indent = Inches(-0.5)
        pf.space_before = Pt(6)
        pf.space_after = Pt(6)
        pf.keep_with_next = True
        p.add_run(f"{n}.\t")
        rn = p.add_run(name)
        rn.bold = True
        p.add_run(" - " + definition)
        for i, a in enumerate(anchors):
            q = doc.add_paragraph(a)
            L.set_num(q, check)
            q.paragraph_format.space_after = Pt(3)
            if i < len(anchors) - 1:
                q.paragraph_format.keep_with_next = True
    out = L.DOCS / f"{STEM}.pdf"
    L.docx_to_pdf(doc, out)
    return out


def gold(out):
    comps = [L.competency(STEM, name, definition, indicators=L.items(STEM, anchors))
             for name, definition, anchors in COMPS]
    L.write_gold(out, "pdf", TITLE, comps)


def main():
    out = build()
    gold(out)
    print("built", out.name)


if __name__ == "__main__":
    main()
