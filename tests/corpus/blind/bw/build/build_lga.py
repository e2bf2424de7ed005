"""Local Government Association, The Political Skills Framework (a councillor's toolkit): DOCX with
anchored VML text boxes holding the skill definitions and continuous two-column sections (Positive /
Negative indicators split by a column break). python-docx + raw WordprocessingML."""
import copy

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

import bwlib as L

STEM = "lga-political-skills-framework"
OUT = L.DOCS / f"{STEM}.docx"
TITLE = "The Political Skills Framework"
GREEN = RGBColor(0x00, 0x6E, 0x51)

SKILLS = [
    ("Local leadership",
     "Engages with the community to understand local concerns, represents the views of residents fairly and "
     "works with others to deliver a shared vision for the area.",
     ["Makes time to meet residents and community groups and is easy to contact",
      "Finds out about local issues by listening to people from all parts of the community",
      "Represents the views of the community fairly, including people who are seldom heard",
      "Campaigns with energy and persistence on behalf of residents",
      "Helps the community to understand council decisions and the reasons for them",
      "Encourages residents to take part in local decision making"],
     ["Waits to be approached and is hard to get hold of",
      "Represents only the groups who shout loudest or who support them",
      "Makes promises to residents that cannot be kept",
      "Avoids difficult local issues or passes them on without following them up",
      "Shows little interest in the wider needs of the area"]),
    ("Partnership working",
     "Builds constructive relationships with partners, officers and other councillors so that services are "
     "joined up and local priorities are delivered together.",
     ["Builds trust and mutual respect with partner organisations",
      "Works with officers in a way that respects their professional role",
      "Looks for common ground and shared goals with people who hold different views",
      "Shares information, and the credit for success, with partners",
      "Keeps partners informed of decisions that affect them"],
     ["Pursues own agenda without regard to the priorities of partners",
      "Undermines officers or criticises them in public",
      "Is dismissive of the contribution of the voluntary and community sector",
      "Withdraws support from joint work when it becomes difficult"]),
    ("Scrutiny and challenge",
     "Examines policies, decisions and performance rigorously and constructively, asking searching questions "
     "and holding decision makers to account.",
     ["Prepares thoroughly for meetings and reads the evidence in advance",
      "Asks probing questions that get to the heart of an issue",
      "Challenges assumptions constructively and without personal attack",
      "Draws on the views of residents and service users to inform scrutiny",
      "Makes practical recommendations based on evidence",
      "Follows up to check that agreed actions have been taken"],
     ["Arrives at meetings unprepared",
      "Uses scrutiny to score political points",
      "Accepts information at face value without questioning it",
      "Asks questions without listening to the answers",
      "Loses interest once recommendations have been made"]),
]

SIX = ["Local leadership", "Partnership working", "Communication skills", "Political understanding",
       "Scrutiny and challenge", "Regulating and monitoring"]

VML_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')
DML_NS = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def set_cols(section, num, space_twips=567, sep=False):
    sectPr = section._sectPr
    for c in sectPr.findall(qn("w:cols")):
        sectPr.remove(c)
    cols = parse_xml(f'<w:cols xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                     f'w:num="{num}" w:space="{space_twips}"{" w:sep=&quot;1&quot;" if sep else ""}/>'.replace("&quot;", '"'))
    # keep schema order: cols goes before docGrid
    grid = sectPr.find(qn("w:docGrid"))
    if grid is not None:
        grid.addprevious(cols)
    else:
        sectPr.append(cols)


def text_box(paragraph, shape_id, heading, body):
    """A floating text box as Word writes it: mc:AlternateContent with a DrawingML (wps) shape anchored to the
    paragraph (wrap top and bottom) and a VML fallback carrying the same text."""
    esc = L.esc
    content = (f'<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val="006E51"/><w:sz w:val="22"/></w:rPr><w:t>{esc(heading)}</w:t></w:r></w:p>'
               f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:sz w:val="21"/></w:rPr><w:t>{esc(body)}</w:t></w:r></w:p>')
    cx, cy = 5760720, 1000000  # EMU: 16 cm x 2.78 cm
    xml = (f'<w:r {VML_NS} {DML_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
           f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + shape_id}" '
           'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
           '<wp:simplePos x="0" y="0"/>'
           '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
           '<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>'
           f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
           f'<wp:docPr id="{shape_id}" name="Text Box {shape_id}"/><wp:cNvGraphicFramePr/>'
           '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
           f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
           '<a:solidFill><a:srgbClr val="E5F1EC"/></a:solidFill><a:ln w="19050"><a:solidFill><a:srgbClr val="006E51"/></a:solidFill></a:ln>'
           f'</wps:spPr><wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
           '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="101600" tIns="76200" rIns="101600" bIns="76200" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
           '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
           '<mc:Fallback><w:pict>'
           f'<v:shape id="TextBox{shape_id}" o:spid="_x0000_s{1024 + shape_id}" type="#_x0000_t202" filled="t" stroked="t" '
           'style="position:absolute;margin-left:0;margin-top:3.6pt;width:453.6pt;height:78.75pt;z-index:251659264;'
           'mso-wrap-style:square;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
           'mso-position-vertical-relative:text;v-text-anchor:top" fillcolor="#e5f1ec" strokecolor="#006e51" strokeweight="1.5pt">'
           f'<v:textbox inset="8pt,6pt,8pt,6pt"><w:txbxContent>{content}</w:txbxContent></v:textbox>'
           '<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    paragraph._p.append(parse_xml(xml))


def build():
    d = docx.Document()
    L.C.clear_core_props(d, TITLE)
    st = d.styles
    for name in ("Normal", "Heading 1", "Heading 2", "Title", "Subtitle", "List Bullet"):
        st[name].font.name = "Arial"
        rpr = st[name].element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = parse_xml('<w:rFonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(a), "Arial")
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
    st["Normal"].font.size = Pt(10.5)
    st["Heading 1"].font.size = Pt(20)
    st["Heading 1"].font.color.rgb = GREEN
    st["Heading 2"].font.size = Pt(12.5)
    st["Heading 2"].font.color.rgb = GREEN
    st["Title"].font.size = Pt(30)
    st["Title"].font.color.rgb = GREEN

    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "The Political Skills Framework \u2013 a councillor\u2019s toolkit"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Local Government Association   ")
    r.font.size = Pt(8)
    L.C.add_field(fp, "PAGE", "1")
    for run in fp.runs[1:]:
        run.font.size = Pt(8)

    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph("a councillor\u2019s toolkit", style="Subtitle")
    d.add_paragraph("Created by Professor Jo Silvester for the Local Government Association (LGA)")
    d.add_heading("Six core skills for councillors", level=2)
    d.add_paragraph("The framework describes six skill areas that matter for every councillor, whatever their "
                    "role on the council. Each skill area has a short definition and a set of positive and "
                    "negative indicators.")
    for s in SIX:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("Positive and negative indicators", level=2)
    d.add_paragraph("There is no single best way to be a councillor, and each member will approach the role of "
                    "community leader differently. The indicators reflect views, gathered from more than 350 "
                    "members and officers, about what excellent and poor councillor behaviour looks like. Use "
                    "them to reflect on your own practice and to plan your development.")

    for n, (name, definition, pos, neg) in enumerate(SKILLS, 1):
        # one-column section that starts on a new page: heading + text box
        s1 = d.add_section(WD_SECTION.NEW_PAGE)
        set_cols(s1, 1)
        d.add_heading(name, level=1)
        tb = d.add_paragraph()
        text_box(tb, n, "Skill set definition", definition)
        spacer = d.add_paragraph()
        spacer.paragraph_format.space_after = Pt(0)
        # continuous two-column section: positive | negative
        s2 = d.add_section(WD_SECTION.CONTINUOUS)
        set_cols(s2, 2, 567, sep=True)
        d.add_heading("Positive indicators", level=2)
        for t in pos:
            d.add_paragraph(t, style="List Bullet")
        brk = d.add_paragraph()
        brk.add_run().add_break(WD_BREAK.COLUMN)
        d.add_heading("Negative indicators", level=2)
        for t in neg:
            d.add_paragraph(t, style="List Bullet")
    d.save(str(OUT))


def gold():
    comps = []
    for name, definition, pos, neg in SKILLS:
        comps.append(L.competency(STEM, name, definition,
                                  indicators=L.items(STEM, pos, "Positive indicators")
                                  + L.items(STEM, neg, "Negative indicators")))
    L.write_gold(OUT, "docx", TITLE, comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()
