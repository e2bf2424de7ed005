"""Nursing Council of New Zealand - Competencies for registered nurses, excerpt (PDF, A4, 4 pages).

python-docx: title block (council name, Maori name, title, date / reprint line), a shaded box
"Registered nurse scope of practice", "Domains of competence" introduction, then "Domain one:
Professional responsibility" and "Domain two: Management of nursing care" (each with a short domain
description) holding numbered competencies: a bold line "Competency 1.1<tab>statement" (the statement
is the competency; there is no separate title), an italic "Indicators:" line and Word-bulleted
indicators ending in full stops. Running footer "Nursing Council of New Zealand | Competencies for
registered nurses" and page number -> LibreOffice -> PDF.
"""
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
import bdlib as B

STEM = "ncnz-competencies-registered-nurses"
TITLE = "Competencies for registered nurses"
BLUE = RGBColor(0x00, 0x4B, 0x87)

DOMAINS = [
    ("Domain one: Professional responsibility",
     "This domain covers competencies that relate to the professional, legal and ethical responsibilities "
     "of the registered nurse, including cultural safety. They include showing knowledge and judgement "
     "and being accountable for one\u2019s own actions and decisions, while promoting an environment that "
     "maximises client safety, independence, quality of life and health.",
     [("1.1", "Takes responsibility for making sure that his/her nursing practice and conduct meet "
              "professional, ethical and legislative requirements",
       ["Practises nursing in keeping with the relevant legislation, codes and policies, and upholds "
        "clients\u2019 rights under that legislation.",
        "Accepts responsibility for his/her actions and decisions within the scope of registered nurse "
        "practice.",
        "Finds and reports breaches of law that place clients at risk, or that are unethical.",
        "Knows when to use professional judgement to go beyond usual practice in the interests of the "
        "client, and when to seek advice.",
        "Recognises the limits of his/her own competence and asks for help when needed."]),
      ("1.2", "Shows the ability to apply the principles of te Tiriti o Waitangi/the Treaty of Waitangi "
              "in nursing practice",
       ["Understands the relevance of te Tiriti o Waitangi/the Treaty of Waitangi to the health of "
        "M\u0101ori in Aotearoa/New Zealand.",
        "Shows knowledge of the differing health and socio-economic status of M\u0101ori and non-M\u0101ori.",
        "Applies the principles of te Tiriti o Waitangi/the Treaty of Waitangi to nursing practice."]),
      ("1.3", "Is accountable for directing, monitoring and evaluating the nursing care provided by enrolled "
              "nurses and others",
       ["Understands the accountability that comes with directing and delegating care to enrolled nurses "
        "and healthcare assistants.",
        "Takes into account the skill, knowledge and experience of the person before delegating care.",
        "Checks that delegated care has been carried out and meets the client\u2019s needs.",
        "Speaks up when care delivered by others falls short of the expected standard."]),
      ("1.4", "Fosters an environment that supports client safety, independence, quality of life and health",
       ["Identifies and reduces risks in the environment that may affect client safety.",
        "Follows infection prevention and control practices and encourages others to do the same.",
        "Uses agreed protocols when responding to emergencies and adverse events.",
        "Supports clients to take part in decisions about their own care and to remain as independent as "
        "possible."]),
      ("1.5", "Practises nursing in a way that the client judges to be culturally safe",
       ["Reflects on how his/her own culture, beliefs and values shape nursing practice.",
        "Respects the cultural identity and preferences of each client, family and wh\u0101nau.",
        "Engages with clients in ways that recognise the power imbalance between nurse and client.",
        "Seeks and acts on feedback from clients about whether care was culturally safe."]),
      ]),
    ("Domain two: Management of nursing care",
     "This domain covers competencies that relate to assessing clients and managing their care, which "
     "is informed by nursing knowledge and evidence-based research.",
     [("2.1", "Delivers planned nursing care to achieve identified outcomes",
       ["Contributes to care planning together with clients and the health care team.",
        "Delivers nursing care that is based on assessment, evidence and the client\u2019s goals.",
        "Gives priority to care according to the client\u2019s condition and changing needs.",
        "Evaluates the outcomes of care and revises the plan where necessary."]),
      ("2.2", "Carries out a thorough and accurate nursing assessment of clients in a range of settings",
       ["Chooses assessment tools and methods that suit the client and the setting.",
        "Collects physical, psychological, social, cultural and spiritual information about the client.",
        "Analyses assessment data to identify the client\u2019s needs and risks.",
        "Recognises deterioration in a client\u2019s condition and responds promptly."]),
      ("2.3", "Makes sure documentation is accurate and keeps information confidential",
       ["Keeps clear, concise, timely and accurate records of nursing care.",
        "Records information in line with legal requirements and organisational policy.",
        "Protects the privacy and confidentiality of client information in all formats."]),
      ]),
]


def para(d, text="", size=10.5, bold=False, italic=False, color=None, after=6, before=0, align=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.font.size, r.bold, r.italic = Pt(size), bold, italic
        if color:
            r.font.color.rgb = color
    p.paragraph_format.space_after, p.paragraph_format.space_before = Pt(after), Pt(before)
    if align is not None:
        p.alignment = align
    return p


def build():
    d = docx.Document()
    sec = d.sections[0]
    B.page_setup(sec, letter=False, margins_in=(0.9, 0.9, 0.9, 0.9))
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10.5)
    st.paragraph_format.space_after = Pt(6)
    B.core_props(d, TITLE, "Nursing Council of New Zealand")
    bullet = B.add_numbering(d, B.bullet_lvl("\u2022", left=720, hanging=360), nsid="0BD0B001")

    fp = sec.footer.paragraphs[0]
    B.clear_default_tabs(fp)
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.47), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("Nursing Council of New Zealand  |  Competencies for registered nurses\t")
    r.font.size, r.font.color.rgb = Pt(8), BLUE
    B.add_field(fp, "PAGE", "1", size=Pt(8))

    para(d, "Nursing Council of New Zealand", size=11, bold=True, color=BLUE, after=0)
    para(d, "Te Kaunihera Tapuhi o Aotearoa", size=10, italic=True, color=BLUE, after=30)
    para(d, "Competencies for registered nurses", size=26, bold=True, color=BLUE, after=4)
    para(d, "Protecting public safety through the regulation of nursing practice", size=12, after=4)
    para(d, "December 2007 (reprinted 2016)", size=9, after=24)

    box = d.add_table(rows=1, cols=1)
    B.borders(box, sz=8, color="004B87")
    cell = box.rows[0].cells[0]
    B.shade(cell, "E6EEF6")
    p = cell.paragraphs[0]
    r = p.add_run("Registered nurse scope of practice")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(11), BLUE
    p.paragraph_format.space_after = Pt(4)
    p = cell.add_paragraph(
        "Registered nurses use nursing knowledge and complex nursing judgement to assess health needs, "
        "provide care, and advise and support people to manage their health. They practise independently "
        "and in collaboration with other health professionals, carry out general nursing functions, and "
        "delegate to and direct enrolled nurses, healthcare assistants and others. Registered nurses may "
        "also use their expertise to manage, teach, evaluate and research nursing practice.")
    p.runs[0].font.size = Pt(9.5)
    B.fix_widths(box, [6.4])

    para(d, "Domains of competence", size=14, bold=True, color=BLUE, before=18)
    para(d, "There are four domains of competence for the registered nurse scope of practice. Applicants "
            "for registration show that they are safe to practise as registered nurses by meeting all of "
            "the competencies. The key generic examples of competence performance are called indicators; "
            "they help the assessor to judge the applicant\u2019s performance. The indicators are not "
            "exhaustive, and not every indicator has to be seen for a competency to be met.")

    for i, (dom, desc, comps) in enumerate(DOMAINS):
        if i == 0:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        para(d, dom, size=15, bold=True, color=BLUE, before=6 if i == 0 else 16, after=6)
        para(d, desc, size=10, italic=True, after=10)
        for num, stmt, inds in comps:
            p = para(d, before=8, after=4)
            p.paragraph_format.tab_stops.add_tab_stop(Inches(1.25))
            p.paragraph_format.left_indent = Inches(1.25)
            p.paragraph_format.first_line_indent = Inches(-1.25)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(f"Competency {num}\t")
            r.bold, r.font.color.rgb = True, BLUE
            r = p.add_run(stmt)
            r.bold = True
            p = para(d, "Indicators:", italic=True, after=2)
            p.paragraph_format.keep_with_next = True
            for t in inds:
                p = para(d, t, after=2)
                B.set_num(p, bullet)
    src = Path("/tmp") / f"{STEM}.docx"
    d.save(src)
    out = B.DOCS / f"{STEM}.pdf"
    B.to_pdf(src, out)
    return out


def gold(path):
    g = B.Gold(path, "pdf", TITLE)
    for dom, desc, comps in DOMAINS:
        for num, stmt, inds in comps:
            g.competency(stmt, None, indicators=g.items(inds))
    return g.write()


if __name__ == "__main__":
    print(gold(build()))
