"""WorldSkills International (WSI, Amsterdam; global skills-competition organisation) - Technical Description,
Mechatronics, section 2 "The WorldSkills Standards Specification (WSSS)" (PDF, excerpt of pages 4-6).

Modelled on WorldSkills technical descriptions as stored (WorldSkills Juniors "Technical Description Web
Technologies", WSK2019: numbered capitalised section headings, footer "Version: 1.1 / Date: 22.02.19 /
WSK2019_TDWSJ10_EN  2 of 22") and on worldskills.org's account of the standards ("set out what a capable
practitioner must know, understand, and do", "indicate the relative importance of each section"): "2.1
GENERAL NOTES ON THE WSSS" paragraphs, then "2.2 WORLDSKILLS STANDARDS SPECIFICATION", a table whose header
"Section" is merged over the number and text columns beside "Relative importance (%)", one row per numbered
section holding the section name, "The individual needs to know and understand:" bullets and "The individual
shall be able to:" bullets, the weighting in the last column; the header row repeats on each page and rows
break across pages. WSI copyright notice in the footer; pages numbered from 4 of 25. python-docx ->
LibreOffice -> PDF. The section wording is ours (excerpt: sections 1-4 of the table).
"""
import bolib as L
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: F401
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

STEM = "worldskills-mechatronics-wsss"
OUT = L.DOCS / f"{STEM}.pdf"
FONT = "Arial"
KNOW = "The individual needs to know and understand:"
ABLE = "The individual shall be able to:"

NOTES = [
    "The WSSS sets out the knowledge, understanding and specific skills that underpin international best practice "
    "in technical and vocational performance. It should reflect a shared global understanding of what the "
    "associated work role or occupation means for industry and business.",
    "The skill competition is intended to reflect international best practice as described by the WSSS, as far as "
    "it is able to. The Standards Specification is therefore a guide to the training and preparation required "
    "for the skill competition.",
    "In the skill competition, knowledge and understanding are assessed through the assessment of performance. "
    "Separate tests of knowledge and understanding are set only where there is an overwhelming reason for them.",
    "The Standards Specification is divided into distinct sections with headings and reference numbers added. Each "
    "section is given a percentage of the total marks to show its relative importance within the Standards "
    "Specification; the percentages add up to 100.",
]
SECTIONS = [
    ("Work organization and management", 10, [
        "health and safety legislation, obligations, regulations and documentation",
        "the situations in which personal protective equipment must be used",
        "the purposes, uses, care and maintenance of all tools and equipment, together with their safety "
        "implications",
        "principles of planning and scheduling work within a team",
        "the importance of keeping the work area clean and orderly"], [
        "follow health and safety standards, rules and regulations",
        "select and use personal protective equipment correctly",
        "plan the work to make the best use of time and resources",
        "keep the work area tidy and safe during and after the work",
        "work as part of a team, sharing tasks efficiently"]),
    ("Communication and interpersonal skills", 5, [
        "the importance of building and keeping good working relationships with clients and team members",
        "the roles and requirements of colleagues and customers",
        "the technical terms used in mechatronics documentation",
        "the value of clear written and verbal reports"], [
        "read and interpret technical documentation, including drawings and circuit diagrams",
        "communicate clearly with team members and clients, in person and in writing",
        "explain how a system works to a client when handing it over",
        "prepare reports on the faults found and the work done"]),
    ("Design and construction of mechatronic systems", 25, [
        "mechanical, pneumatic, electrical and electronic components and their functions",
        "the principles of sensors, actuators and drives",
        "the standards that apply to the design and assembly of automated systems",
        "methods of joining and mounting components"], [
        "assemble mechanical, pneumatic and electrical subsystems according to drawings",
        "select sensors and actuators and mount them in the correct positions",
        "wire and connect electrical components in line with standards",
        "adjust mechanical components so that they run smoothly"]),
    ("Programming and commissioning", 30, [
        "the structure and languages of programmable logic controllers (PLCs)",
        "the principles of human-machine interfaces and networked control",
        "commissioning procedures and safety checks",
        "methods of testing and optimizing a control program"], [
        "write, load and debug PLC programs that meet a specification",
        "configure networked devices and human-machine interfaces",
        "commission a system step by step and confirm that it operates correctly",
        "optimize cycle times while keeping the system safe"]),
]


def run(p, text, bold=False, size=10, italic=False, color=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def build():
    doc = Document()
    L.clear_core_props(doc, "WSC2019_TD04_EN Mechatronics")
    L.style_font(doc.styles["Normal"], FONT)
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.6)
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="4"/>'))
    hp = sec.header.paragraphs[0]
    L.right_tab(hp, 17)
    run(hp, "WorldSkills International", bold=True, size=9, color="005EB8")
    run(hp, "\tTechnical Description - Mechatronics", size=9, color="595959")
    L.para_border(hp, ("bottom",), color="005EB8", size=6)
    ft = sec.footer.add_table(rows=1, cols=3, width=Cm(17))
    L.cell_text(ft.rows[0].cells[0], "Version: 1.0\nDate: 20.08.18", size=8)
    L.cell_text(ft.rows[0].cells[1], "WSC2019_TD04_EN", size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
    p = L.cell_text(ft.rows[0].cells[2], "", size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)
    L.add_field(p, "PAGE", "4")
    run(p, " of 25", size=8)
    for r_ in p.runs:
        r_.font.size = Pt(8)
    L.fix_widths(ft, [5.0 / 2.54, 7.0 / 2.54, 5.0 / 2.54])
    fp = sec.footer.add_paragraph()
    run(fp, "\u00a9 WorldSkills International (WSI) reserves all rights in documents developed for or on behalf of "
            "WSI, including translation and electronic distribution. This material may be reproduced for "
            "non-commercial vocational and educational purposes provided that the WorldSkills logo and copyright "
            "notice are left in place.", size=6.5, color="595959")
    sec.footer.paragraphs[0].text = ""

    def h(text, size=12, before=12):
        p = doc.add_paragraph()
        run(p, text, bold=True, size=size, color="005EB8")
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.space_after = Pt(6)
        p.paragraph_format.keep_with_next = True
        return p

    h("2 THE WORLDSKILLS STANDARDS SPECIFICATION (WSSS)", 13, 0)
    h("2.1 GENERAL NOTES ON THE WSSS", 11, 6)
    for n in NOTES:
        p = doc.add_paragraph()
        run(p, n)
        p.paragraph_format.space_after = Pt(6)
    h("2.2 WORLDSKILLS STANDARDS SPECIFICATION", 11, 10)

    bullet = L.add_numbering(doc, L.bullet_lvl("\u2022", left=360, hanging=240), "7E8F9A01")
    t = doc.add_table(rows=1, cols=3)
    L.table_borders(t, color="808080", size=4)
    L.set_cell_margins(t, 60, 60, 100, 100)
    hdr = t.rows[0].cells
    m = hdr[0].merge(hdr[1])
    L.cell_text(m, "Section", bold=True, size=10, color="FFFFFF")
    L.cell_text(hdr[2], "Relative importance (%)", bold=True, size=10, color="FFFFFF",
                align=WD_ALIGN_PARAGRAPH.CENTER)
    for c in (m, hdr[2]):
        L.shade(c, "005EB8")
    L.row_flags(t.rows[0], cant_split=True, header=True)
    for i, (name, weight, know, able) in enumerate(SECTIONS, 1):
        cells = t.add_row().cells
        L.cell_text(cells[0], str(i), bold=True, size=10)
        L.cell_text(cells[1], name, bold=True, size=10)
        for lead, lst in ((KNOW, know), (ABLE, able)):
            p = cells[1].add_paragraph()
            run(p, lead)
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(2)
            for it in lst:
                bp = cells[1].add_paragraph()
                run(bp, it)
                L.set_num(bp, bullet)
                bp.paragraph_format.space_after = Pt(1)
        L.cell_text(cells[2], str(weight), bold=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
    L.fix_widths(t, [1.0 / 2.54, 12.5 / 2.54, 3.5 / 2.54])
    return doc


def gold():
    comps = []
    for name, _, know, able in SECTIONS:
        ind = L.items(STEM, know, KNOW.rstrip(":")) + L.items(STEM, able, ABLE.rstrip(":"))
        comps.append(L.competency(STEM, name, None, indicators=ind))
    L.write_gold(OUT, "pdf", "Technical Description - Mechatronics", comps)


def main():
    L.docx_to_pdf(build(), OUT)
    gold()


if __name__ == "__main__":
    main()
