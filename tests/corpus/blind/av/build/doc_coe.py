"""Council of Europe, Directorate of Human Resources - Competency Framework and Core Values (English pages of
the bilingual brochure): cover, contents (page 2), core values (page 8), competencies 3 and 15 (pages 14, 38).
python-docx -> LibreOffice -> PDF."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.section import WD_SECTION  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402
from docx.shared import Pt, Inches, RGBColor  # noqa: E402

STEM = "coe-competency-framework-core-values"
BLUE = RGBColor(0x00, 0x3A, 0x80)

CONTENTS = [
    ("THE COMPETENCY FRAMEWORK AND CORE VALUES", "", 0),
    ("Our core values", "4", 1),
    ("The competency framework", "4", 1),
    ("What are competencies?", "6", 1),
    ("COMPETENCY FRAMEWORK", "", 0),
    ("CORE VALUES", "8", 1),
    ("MANAGERIAL COMPETENCIES", "", 1),
    ("1. Vision and strategic insight", "10", 2),
    ("2. Organisational and contextual awareness", "12", 2),
    ("3. Leadership", "14", 2),
    ("4. Management of teams", "16", 2),
    ("5. Decision making", "18", 2),
    ("OPERATIONAL COMPETENCIES", "", 1),
    ("6. Professional and technical expertise", "20", 2),
    ("7. Planning and work organisation", "22", 2),
    ("8. Analysis and problem solving", "24", 2),
    ("9. Creativity and innovation", "26", 2),
    ("10. Drafting skills", "28", 2),
    ("11. Results orientation", "30", 2),
    ("12. Concern for quality", "32", 2),
    ("13. Learning and development", "34", 2),
    ("INTERPERSONAL COMPETENCIES", "", 1),
    ("14. Service orientation", "36", 2),
    ("15. Teamwork and co-operation", "38", 2),
    ("16. Relationship building", "40", 2),
    ("17. Negotiating", "42", 2),
    ("18. Communication", "44", 2),
    ("19. Influencing", "46", 2),
    ("20. Resilience", "48", 2),
    ("21. Adaptability", "50", 2),
    ("22. Initiative", "52", 2),
]

VALUES_INTRO = ("Our three core values express what the Organisation stands for and how every member of staff, "
                "whatever the grade or the function, is expected to behave. They apply to everyone and are taken "
                "into account in recruitment, appraisal and promotion.")

VALUES = [
    ("Professionalism",
     "Carrying out one\u2019s duties to a high standard, with competence, efficiency and a sense of "
     "responsibility, in the service of the Organisation\u2019s aims.",
     ["Applies sound knowledge and expertise to every task",
      "Meets commitments, deadlines and quality standards",
      "Remains impartial and objective in all circumstances",
      "Keeps own skills and knowledge up to date",
      "Uses the Organisation\u2019s resources responsibly"]),
    ("Integrity",
     "Acting honestly, loyally and transparently, and putting the interests of the Organisation above personal "
     "interests.",
     ["Behaves consistently with the Organisation\u2019s values and rules",
      "Declares and avoids conflicts of interest",
      "Takes responsibility for own actions and decisions",
      "Handles confidential information with discretion",
      "Speaks up when rules or ethical standards are breached"]),
    ("Respect",
     "Treating all people with dignity and courtesy, and valuing diversity and different points of view.",
     ["Listens to and considers the opinions of others",
      "Treats colleagues and partners fairly, without discrimination",
      "Adapts own behaviour to different cultural contexts",
      "Contributes to a working environment free of harassment"]),
]

COMPS = [
    ("14", "MANAGERIAL COMPETENCIES", "3.", "Leadership",
     "Ability to give direction, to inspire and motivate others and to create a climate in which they achieve "
     "the Organisation\u2019s objectives.",
     ["Communicates a clear sense of purpose and direction",
      "Sets an example through own behaviour and commitment",
      "Encourages initiative and gives others room to act",
      "Recognises and values the contribution of staff",
      "Takes responsibility for the results of the team"]),
    ("38", "INTERPERSONAL COMPETENCIES", "15.", "Teamwork and co-operation",
     "Ability to work cooperatively with others, across units and with external partners, to achieve common "
     "objectives.",
     ["Shares information and knowledge willingly",
      "Offers help to colleagues when workloads peak",
      "Builds consensus and accepts team decisions once taken",
      "Works across departmental boundaries in the interest of the Organisation"]),
]


def _section(doc, start, running):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="{start}"/>'))
    s.header.is_linked_to_previous = False
    s.footer.is_linked_to_previous = False
    hp = s.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(running)
    r.font.size = Pt(8)
    r.font.color.rgb = BLUE
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = s.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run("Directorate of Human Resources\tThe Competency Framework and core values\t")
    r.font.size = Pt(8)
    H.add_field(fp, "PAGE", str(start))
    for run in fp.runs:
        run.font.size = Pt(8)
    return s


def _heading(doc, text, size=15, color=BLUE, upper=False):
    p = doc.add_paragraph()
    r = p.add_run(text.upper() if upper else text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(6)
    return p


def _block(doc, bul, name, definition, indicators, numtxt=None):
    p = doc.add_paragraph()
    if numtxt:
        r = p.add_run(numtxt + " ")
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = BLUE
    r = p.add_run(name)
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = BLUE
    p.paragraph_format.space_before = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run(definition)
    r.italic = True
    p = doc.add_paragraph()
    r = p.add_run("Behavioural indicators")
    r.bold = True
    r.font.size = Pt(9.5)
    for t in indicators:
        bp = doc.add_paragraph(t)
        H.set_num(bp, bul)
        bp.paragraph_format.space_after = Pt(2)


def build():
    doc = Document()
    H.clear_core_props(doc, "Competency Framework and Core Values", "Council of Europe")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    for s in ("left_margin", "right_margin"):
        setattr(sec, s, Inches(1.1))
    bul = H.add_numbering(doc, H.bullet_lvl("\u25aa", 360, 240, "Arial"), "3C0E0A11")

    # cover
    for _ in range(6):
        doc.add_paragraph()
    for text, size, bold in (("COMPETENCY", 30, True), ("FRAMEWORK", 30, True), ("AND CORE VALUES", 22, True),
                             ("", 10, False),
                             ("R\u00c9PERTOIRE", 22, False), ("DES COMP\u00c9TENCES", 22, False),
                             ("ET VALEURS FONDAMENTALES", 16, False)):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)
        r.font.color.rgb = BLUE if bold else RGBColor(0x80, 0x80, 0x80)
        p.paragraph_format.space_after = Pt(0)
    for _ in range(10):
        doc.add_paragraph()
    for text in ("Directorate of Human Resources", "Direction des ressources humaines"):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.font.size = Pt(11)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # contents (page 2)
    _section(doc, 2, "")
    _heading(doc, "Contents", 18)
    for text, page, ind in CONTENTS:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Inches(0.25 * ind)
        p.paragraph_format.space_after = Pt(1 if ind == 2 else 3)
        p.paragraph_format.space_before = Pt(6 if ind == 0 else 0)
        p.paragraph_format.tab_stops.add_tab_stop(Inches(5.9))
        r = p.add_run(text + ("\t" + page if page else ""))
        r.bold = ind < 2
        r.font.size = Pt(9.5)
        if ind < 2:
            r.font.color.rgb = BLUE

    # core values (page 8)
    _section(doc, 8, "COMPETENCY FRAMEWORK \u2013 CORE VALUES")
    _heading(doc, "CORE VALUES", 18)
    doc.add_paragraph(VALUES_INTRO)
    for name, definition, inds in VALUES:
        _block(doc, bul, name, definition, inds)

    for page, cluster, num, name, definition, inds in COMPS:
        _section(doc, int(page), "COMPETENCY FRAMEWORK \u2013 " + cluster)
        _heading(doc, cluster, 18)
        _block(doc, bul, name, definition, inds, numtxt=num)

    out_docx = H.BATCH / "build" / "tmp" / f"{STEM}.docx"
    out_docx.parent.mkdir(exist_ok=True)
    doc.save(out_docx)
    H.docx_to_pdf(out_docx, H.DOCS / f"{STEM}.pdf")
    return H.DOCS / f"{STEM}.pdf"


def gold():
    D = STEM
    comps = [H.competency(D, n, d, indicators=H.items(D, inds)) for n, d, inds in VALUES]
    comps += [H.competency(D, n, d, indicators=H.items(D, inds)) for _, _, _, n, d, inds in COMPS]
    return H.write_gold(H.DOCS / f"{STEM}.pdf", "pdf", "Competency Framework and Core Values", comps)


if __name__ == "__main__":
    print(build())
    print(gold())
