"""S2A Sport "Functional Map and Occupational Standards for Sport Administration" (2018), Key Area B excerpt.

Word document converted to PDF with LibreOffice. From the real report's contents (issuu, EOSE): chapter "V
OCCUPATIONAL STANDARDS FOR SPORT ADMINISTRATION", key areas "KEY AREA A - STRATEGIC DIRECTION", "KEY AREA B -
PEOPLE" ... with coded standards "B2.3 Provide leadership to your team" (p. 36), "B3.1 Manage yourself and your
professional development" (p. 37), "B3.2 Support professional development of your team" (p. 39); running footer
"S2A Sport - Functional Map and Occupational Standards for Sport Administration" with the page number. Each
standard is laid out in the occupational-standard format the report introduces (Overview / Performance
criteria "You must be able to:" P1... / Knowledge and understanding "You need to know and understand:" K1...) as
a two-column table; the standards' texts are ours (the stored copy shows only the contents).
"""
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

import bzlib as L
C = L.C

STEM = "s2a-sport-administration-standards"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Functional Map and Occupational Standards for Sport Administration"
FOOTER = "S2A Sport - Functional Map and Occupational Standards for Sport Administration"

KEY_AREA_B = [("B1.1", "Contribute to a human resources plan for your organisation"),
              ("B2.1", "Manage human resources in your area"),
              ("B2.2", "Support the involvement of volunteers in sport"),
              ("B2.3", "Provide leadership to your team"),
              ("B3.1", "Manage yourself and your professional development"),
              ("B3.2", "Support professional development of your team")]

STANDARDS = [
    ("B2.3", "Provide leadership to your team",
     ["This standard is about giving direction to the paid staff and volunteers in your team, setting "
      "objectives with them and motivating and supporting them so that the team achieves its goals.",
      "It applies to sport administrators who lead a team, a department or a project group in a sport "
      "organisation."],
     ["set out and communicate the purpose and objectives of the team to all its members",
      "involve team members in planning how the team will achieve its objectives",
      "agree clear responsibilities with each member of the team, taking account of their skills and "
      "availability",
      "encourage team members to share ideas and to take the initiative",
      "recognise the contributions of paid staff and volunteers fairly and in good time",
      "give team members support and advice when they face difficulties",
      "deal promptly with conflicts and problems within the team",
      "model the values and ethics of sport in your own behaviour"],
     ["the purpose, values and objectives of your organisation and of your team",
      "different styles of leadership and when to use them",
      "how to motivate paid staff and volunteers",
      "methods of communicating with a team, face to face and online",
      "how to recognise and resolve conflict within a team",
      "the principles of good governance and ethics in sport"]),
    ("B3.1", "Manage yourself and your professional development",
     ["This standard is about managing your own time, workload and wellbeing and taking responsibility for "
      "keeping your knowledge and skills up to date.",
      "It covers reviewing your own performance, identifying development needs and planning and evaluating "
      "learning activities."],
     ["identify the requirements of your role and the standards expected of you",
      "plan and prioritise your work so that you meet agreed deadlines",
      "review your own performance regularly, using feedback from others",
      "identify your development needs and agree them with your manager",
      "plan and take part in learning activities that meet your development needs",
      "keep a record of your continuing professional development",
      "balance work demands with your own health and wellbeing"],
     ["the responsibilities of your role and the limits of your authority",
      "techniques for managing time and workload",
      "how to seek and use feedback on your performance",
      "the learning opportunities available to sport administrators, formal and informal",
      "how to plan and record continuing professional development",
      "how stress can affect performance and ways of managing it"]),
    ("B3.2", "Support professional development of your team",
     ["This standard is about helping the paid staff and volunteers in your team to develop the knowledge and "
      "skills they need now and in the future."],
     ["identify with team members their current skills and their development needs",
      "agree development objectives and plans with each team member",
      "make learning opportunities available, including coaching, mentoring and courses",
      "give team members the time and resources they need to take part in learning",
      "support team members in applying what they have learned in their work",
      "evaluate with team members how effective the development activities have been"],
     ["how to identify the development needs of individuals and teams",
      "the range of development methods and their advantages and disadvantages",
      "how to coach and mentor paid staff and volunteers",
      "the education and qualification pathways available in sport",
      "how to evaluate development activities"]),
]


def lvl(fmt, start_left=454):
    return ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:lvlText w:val="{fmt}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{start_left}" w:hanging="{start_left}"/></w:pPr>'
            '<w:rPr><w:b/></w:rPr></w:lvl>')


def run(p, text, bold=False, size=10, color=None, italic=False):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def ctext(cell, text, bold=False, size=10, first=True, color=None, italic=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.paragraph_format.space_after = Pt(3)
    run(p, text, bold=bold, size=size, color=color, italic=italic)
    return p


def build(path):
    d = Document()
    C.clear_core_props(d, "S2A Sport - Doc 4&5")
    d.core_properties.author = "EOSE"
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(2.0)
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="28"/>'))
    fp = sec.footer.paragraphs[0]
    run(fp, FOOTER + "\t\t", size=8, color="5B6770")
    C.add_field(fp, "PAGE", "28")
    pc_abs = C.add_abstract(d, lvl("P%1"), "7C3A1B2E")
    k_abs = C.add_abstract(d, lvl("K%1"), "7C3A1B2F")

    p = d.add_paragraph()
    run(p, "KEY AREA B - PEOPLE", bold=True, size=20, color="E4572E")
    p.paragraph_format.space_after = Pt(12)
    for code, name in KEY_AREA_B:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        run(p, code + "  ", bold=True, size=12, color="E4572E")
        run(p, name, size=12)

    from docx.enum.section import WD_SECTION
    sec2 = d.add_section(WD_SECTION.NEW_PAGE)
    for el in sec2._sectPr.iter('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pgNumType'):
        el.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}start', '36')
    for k, (code, name, overview, pcs, ks) in enumerate(STANDARDS):
        p = d.add_paragraph()
        p.paragraph_format.page_break_before = k > 0
        p.paragraph_format.space_after = Pt(10)
        run(p, code + " ", bold=True, size=15, color="E4572E")
        run(p, name, bold=True, size=15, color="1D3557")
        t = d.add_table(rows=3, cols=2)
        t.style = "Table Grid"
        ctext(t.cell(0, 0), "Overview", bold=True, color="FFFFFF")
        for i, para in enumerate(overview):
            ctext(t.cell(0, 1), para, first=(i == 0))
        ctext(t.cell(1, 0), "Performance criteria", bold=True, color="FFFFFF")
        ctext(t.cell(1, 1), "You must be able to:", bold=True)
        nid = C.add_num(d, pc_abs, restart=True)
        for pc in pcs:
            C.set_num(ctext(t.cell(1, 1), pc, first=False), nid)
        ctext(t.cell(2, 0), "Knowledge and understanding", bold=True, color="FFFFFF")
        ctext(t.cell(2, 1), "You need to know and understand:", bold=True)
        nid = C.add_num(d, k_abs, restart=True)
        for k in ks:
            C.set_num(ctext(t.cell(2, 1), k, first=False), nid)
        for r in range(3):
            C.shade(t.cell(r, 0), "1D3557")
        C.fix_widths(t, [1.55, 5.15])
    d.save(path)


def main():
    tmp = L.Path(tempfile.mkdtemp(prefix="bz-s2a-")) / f"{STEM}.docx"
    build(tmp)
    L.convert(tmp, OUT, "pdf")
    g = L.Gold(STEM)
    for code, name, overview, pcs, ks in STANDARDS:
        g.comp(name, " ".join(overview),
               indicators=[g.item(x, "Performance criteria") for x in pcs]
               + [g.item(x, "Knowledge and understanding") for x in ks])
    g.write(OUT, "pdf", TITLE)
    print("wrote", OUT.name)


if __name__ == "__main__":
    main()
