"""Bendigo Health - Staff Capability Statement 2018 (PDF).

Modelled on "Bendigo Health Staff Capability Statement 2018" (vdocument.in stored copy: title block, Contents
with 1. Introduction / 2. Purpose / 3. Using the Statement (3.1-3.6) / 4. Capability Statement / "4.1 CARING -
We care for our community.", running header with the title, footer "3 | P a g e"), and on Bendigo Health's
values of that period (Caring, Passionate, Trustworthy). Only the front of the statement was visible, so the
inner layout follows the batch assignment: LEVELS AS INLINE LABELS - each capability is a numbered heading
("4.1.1 ...") with a one-sentence description, then one paragraph per level that starts with a bold label
("All staff:", "Leaders:", "Senior leaders:") followed by the behaviours on the same line. Excerpt: the value
headings 4.1 and 4.2 with three capabilities. A4. All wording is ours. python-docx -> LibreOffice -> PDF.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import cblib as L

STEM = "bendigo-staff-capability-statement"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Bendigo Health Staff Capability Statement"
LABELS = ["All staff", "Leaders", "Senior leaders"]

VALUES = [
    ("4.1 CARING - We care for our community.", [
        {"num": "4.1.1", "name": "Respect and dignity",
         "definition": "Treats every patient, resident, visitor and colleague as an individual and protects "
                       "their privacy and dignity.",
         "levels": [
             "Greets people by name, introduces themselves and explains what they are about to do. Speaks "
             "respectfully about patients and colleagues, including when they are not present.",
             "Sets the expectation that the team treats everyone with respect and acts quickly when this does "
             "not happen. Makes sure that privacy is protected in the way the work area is organised.",
             "Builds respect and dignity into policies, service design and the way the organisation measures "
             "its performance."]},
        {"num": "4.1.2", "name": "Person-centred care",
         "definition": "Involves consumers and their families in decisions about their care and responds to "
                       "what matters to them.",
         "levels": [
             "Asks consumers what is important to them and takes this into account. Passes on feedback from "
             "consumers to the right person.",
             "Uses consumer feedback to change the way the team works. Involves consumers and carers in "
             "service improvement activities.",
             "Makes sure consumer voices are heard in planning and governance. Partners with community "
             "organisations to improve the consumer journey across the region."]},
    ]),
    ("4.2 PASSIONATE - We love what we do.", [
        {"num": "4.2.1", "name": "Continuous improvement",
         "definition": "Looks for better ways of working and supports others to try new ideas.",
         "levels": [
             "Suggests improvements to the way things are done and is open to change. Takes part in "
             "improvement activities in the work area.",
             "Leads improvement projects using recognised methods and measures the results. Encourages team "
             "members to raise ideas and gives them time to test them.",
             "Creates the conditions for innovation across the organisation. Sponsors major improvement "
             "programs and shares successful changes with other health services."]},
    ]),
]


def build_doc():
    d = Document()
    L.clear_core_props(d, TITLE)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    normal = d.styles["Normal"]
    L.style_font(normal, "Calibri")
    normal.font.size = Pt(11)
    teal = RGBColor(0x00, 0x6D, 0x77)
    for s in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        L.style_font(d.styles[s], "Calibri")
        d.styles[s].font.color.rgb = teal

    hp = sec.header.paragraphs[0]
    hp.text = TITLE
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    L.add_field(fp, "PAGE", "6")
    fp.add_run(" | P a g e")
    for r in fp.runs:
        r.font.size = Pt(9)

    d.add_paragraph("4. Capability Statement", style="Heading 1")
    d.add_paragraph("The capabilities are grouped under our values. Each capability describes what is expected "
                    "of all staff, with additional expectations for those who lead others. Behaviours at each "
                    "level include those of the levels before it.")
    for value, caps in VALUES:
        d.add_paragraph(value, style="Heading 2")
        for c in caps:
            h = d.add_paragraph(f"{c['num']} {c['name']}", style="Heading 3")
            L.keep_with_next(h)
            p = d.add_paragraph(c["definition"])
            p.runs[0].italic = True
            for lab, txt in zip(LABELS, c["levels"]):
                para = d.add_paragraph()
                r = para.add_run(lab + ": ")
                r.bold = True
                para.add_run(txt)
                para.paragraph_format.left_indent = Cm(0.6)
    return d


def gold():
    out = []
    for _, caps in VALUES:
        for c in caps:
            levels = [L.level(STEM, i + 1, LABELS[i], [c["levels"][i]]) for i in range(3)]
            out.append(L.competency(STEM, c["name"], c["definition"], levels=levels))
    return out


def main():
    L.docx_to_pdf(build_doc(), OUT)
    L.write_gold(OUT, "pdf", TITLE, gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()
