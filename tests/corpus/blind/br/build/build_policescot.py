"""Police Scotland - Competency & Values Framework (CVF) for Police Scotland (excerpt) -> PDF.

python-docx (A4, Arial, three Word sections: cover page 1, the introduction page numbered 3, then pages 14-18 with the
cluster "Inclusive, enabling and visionary leadership" and its two competencies) -> LibreOffice PDF.
Protective marking "OFFICIAL" centred in every header and footer, page number above the footer marking.
"""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

import brlib as L

STEM = "policescot-competency-values-framework"
DOC = L.DOCS / f"{STEM}.pdf"
TITLE = "Competency & Values Framework (CVF) for Police Scotland"
NAVY = "1F3864"

INTRO = [
    "The Competency and Values Framework (CVF) is intended to support everyone who works in policing, "
    "today and in the years ahead. It describes behaviours and values that are recognised nationally and "
    "gives a common basis for a wide range of local and national processes. By making clear what is "
    "expected of every member of the service, the framework helps to raise standards for the benefit and "
    "safety of the public.",
    "There are six competencies in the framework, arranged in three clusters. Each competency is set out "
    "at three levels that show what the behaviours look like in practice, and all of them rest on the "
    "values that guide everything we do as a police service.",
    "Every cluster opens with a heading and a short explanation of why that area matters. Each competency "
    "then has a description and a list of behaviours that show a person is displaying it. The levels are "
    "meant to be applied flexibly so that they suit both frontline and non-frontline roles, rather than "
    "being tied to particular ranks or grades. They are cumulative: anyone working at a higher level "
    "should also show the behaviours of the levels below.",
    "As a broad guide, the competency levels relate to work levels as follows:",
]
LEVEL_KEY = [
    "Level 1 \u2013 Constable and police staff equivalent",
    "Level 2 \u2013 Sergeant to Chief Inspector and police staff equivalent",
    "Level 3 \u2013 Superintendent and above and police staff equivalent",
]

CLUSTER = ("Cluster: Inclusive, enabling and visionary leadership", [
    "This cluster is about the leadership that every member of Police Scotland can show, whatever their "
    "role or rank. It asks us to work with others to reach shared goals, to support and develop the people "
    "around us and to give clear direction so that colleagues understand what is expected and why.",
    "Good leadership creates the conditions in which people feel trusted, included and able to perform at "
    "their best. Across a national service, it also means looking beyond our own team to the needs of "
    "communities and partners.",
])

COMPETENCIES = [
    ("We are collaborative", [
        "We work together with colleagues, partner organisations and communities to deliver the best "
        "possible service. We build relationships founded on trust, openness and mutual respect, and we "
        "recognise that we achieve far more by working with others than by working alone.",
        "We look beyond our own area and take account of the wider effects of what we do. We share "
        "knowledge and resources willingly and put shared outcomes for the public ahead of the interests of "
        "our own team.",
        "We make it easy for others to work with us, and we value the different skills, experience and "
        "perspectives they bring.",
    ], [
        ["I work with colleagues and partners towards shared goals, putting the needs of the team and the "
         "public before my own.",
         "I am approachable and take the time to build rapport with the people I work with.",
         "I share information and knowledge readily so that others can do their jobs well.",
         "I treat the contributions of others with respect, including when I disagree with them.",
         "I ask for help when I need it and offer support to others without waiting to be asked.",
         "I keep the commitments I make to colleagues and partners, or explain early when I cannot."],
        ["I build and maintain working relationships across teams, departments and partner agencies.",
         "I bring together people who hold different views and help them to find common ground.",
         "I look for opportunities where joint working would improve outcomes for communities and act "
         "on them.",
         "I encourage my team to share what they learn with other units and with our partners.",
         "I manage tensions between teams constructively and deal with conflict at an early stage."],
        ["I establish strategic partnerships that support the priorities of Police Scotland and of our "
         "partners.",
         "I take a whole-system view and consider the impact of our decisions on other organisations.",
         "I create a culture in which working across boundaries is expected, supported and recognised.",
         "I represent the service to external stakeholders in a way that builds trust over the long "
         "term.",
         "I make sure that agreements with partners are clear, fair and delivered."],
    ]),
    ("We deliver, support and inspire", [
        "We understand how our own work contributes to the wider aims of Police Scotland and we take "
        "personal responsibility for delivering a high-quality service to the public. We set a good "
        "example and help others to give of their best.",
        "We motivate and support the people around us, recognising good work and dealing with poor "
        "performance fairly. We give clear direction, make the most of the resources we have and stay "
        "focused on outcomes when priorities change.",
    ], [
        ["I take ownership of my work and deliver it to a high standard and on time.",
         "I understand how my role contributes to the priorities of my team and of the service.",
         "I plan and organise my workload so that I can respond to changing demands.",
         "I recognise and thank colleagues for their efforts.",
         "I act as a positive role model, including when I am under pressure."],
        ["I give my team clear direction and explain how their work links to wider priorities.",
         "I agree realistic objectives with individuals and review progress with them regularly.",
         "I provide support and coaching that helps people to develop and perform well.",
         "I address poor performance promptly, fairly and consistently.",
         "I use people, time and money efficiently to achieve the best results.",
         "I celebrate team successes and share good practice more widely."],
        ["I set out a compelling vision for my area that people understand and can commit to.",
         "I align plans and resources with the strategic priorities of Police Scotland.",
         "I create an environment in which people feel trusted and empowered to deliver.",
         "I hold leaders to account for the performance and wellbeing of their teams.",
         "I inspire confidence in the service among our staff, our partners and the public."],
    ]),
]


def page_start(section, n):
    sp = section._sectPr
    for old in sp.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pgNumType"):
        sp.remove(old)
    sp.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="{n}"/>'))


def furniture(section):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    h = section.header.paragraphs[0]
    h.text = ""
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.run(h, "OFFICIAL", bold=True, size=10)
    f = section.footer.paragraphs[0]
    f.text = ""
    f.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = f.add_run()
    r.font.size = Pt(10)
    L.add_field(f, "PAGE", "1")
    f2 = section.footer.add_paragraph()
    f2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.run(f2, "OFFICIAL", bold=True, size=10)


def heading(doc, text, size=16, color=NAVY, before=0, after=8):
    p = doc.add_paragraph()
    L.spacing(p, before, after)
    L.run(p, text, bold=True, size=size, color=color)
    p.paragraph_format.keep_with_next = True
    return p


def para(doc, text, after=8, italic=None):
    p = doc.add_paragraph()
    L.spacing(p, 0, after, 1.15)
    L.run(p, text, size=11, italic=italic)
    return p


def build():
    doc = Document()
    L.style_font(doc.styles["Normal"], "Arial", 11)
    L.clear_core_props(doc, TITLE)
    bullet = L.add_numbering(doc, L.bullet_lvl("\u2022", left=567, hanging=283), "6A1B2C3D")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.3))
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.2)
    furniture(sec)
    page_start(sec, 1)
    for _ in range(8):
        L.spacing(doc.add_paragraph(), 0, 12)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.spacing(t, 0, 24)
    L.run(t, TITLE, bold=True, size=26, color=NAVY)
    m = doc.add_paragraph()
    m.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.run(m, "\u2018Modified with permission from \u00a9 College of Policing Ltd\u2019", italic=True, size=11)

    sec1 = doc.add_section(WD_SECTION.NEW_PAGE)
    furniture(sec1)
    page_start(sec1, 3)
    heading(doc, "Introduction", 18)
    for t in INTRO:
        para(doc, t)
    for t in LEVEL_KEY:
        p = doc.add_paragraph()
        L.spacing(p, 0, 4)
        L.set_num(p, bullet)
        L.run(p, t, size=11)

    # section 2: pages 14 onwards
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    furniture(sec2)
    page_start(sec2, 14)
    heading(doc, CLUSTER[0], 18, before=60, after=14)
    for t in CLUSTER[1]:
        para(doc, t, after=10)

    for i, (name, desc, levels) in enumerate(COMPETENCIES):
        p = doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        L.spacing(p, 0, 0)
        heading(doc, f"Competency: {name}", 16)
        for t in desc:
            para(doc, t)
        brk = doc.add_paragraph()
        brk.add_run().add_break(WD_BREAK.PAGE)
        L.spacing(brk, 0, 0)
        for n, items in enumerate(levels, 1):
            heading(doc, f"Level {n}", 13, before=6 if n > 1 else 0, after=4)
            for t in items:
                b = doc.add_paragraph()
                L.spacing(b, 0, 3, 1.1)
                L.set_num(b, bullet)
                L.run(b, t, size=11)
    L.docx_to_pdf(doc, DOC)


def gold():
    comps = []
    for name, desc, levels in COMPETENCIES:
        comps.append(L.competency(STEM, name, " ".join(desc), levels=[
            L.level(STEM, n, f"Level {n}", items) for n, items in enumerate(levels, 1)]))
    return L.write_gold(DOC, "pdf", TITLE, comps)


if __name__ == "__main__":
    build()
    print(gold())
