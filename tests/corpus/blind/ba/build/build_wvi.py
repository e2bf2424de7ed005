"""wvi-icd-competency-profile.docx: a DOCX built from text boxes and layout tables, not headings
(World Vision International, Integrated Competency Development (ICD) resources, a local level staff
competency profile).

python-docx plus raw WordprocessingML: every competency name sits in a floating text box (a DrawingML
wps:txbx inside mc:AlternateContent, with the VML fallback Word writes beside it), the banner is a text
box too, and the profile details and each competency's body are borderless layout tables whose left
column holds bold labels ("Description", "Behavioural indicators", ...). No Heading styles are used.
"""
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm
from xml.sax.saxutils import escape

import balib as B

OUT = B.DOCS / "wvi-icd-competency-profile.docx"
ORANGE = "FF6600"
GREY = RGBColor(0x59, 0x59, 0x59)

COMPETENCIES = [
    {
        "name": "Relationship building",
        "description": "Builds and maintains respectful, trusting relationships with community members, "
                       "partners and colleagues.",
        "indicators": [
            "Listens to community members and shows respect for local customs and knowledge",
            "Keeps promises and is honest about what World Vision can and cannot do",
            "Builds links with local government, churches and community-based organisations",
            "Resolves misunderstandings quickly and calmly",
        ],
        "questions": [
            "Tell us about a time you built trust with a community or group that was wary of outsiders. "
            "What did you do?",
            "Describe a working relationship with a partner organisation that was difficult. How did you "
            "handle it?",
        ],
        "learning": [
            "ICD e-learning module: Working with Partners (2 hours)",
            "Local partnering workshop, facilitated by the national office (2 days)",
        ],
    },
    {
        "name": "Community facilitation",
        "description": "Helps groups to share ideas, reach decisions and act together, making sure that all "
                       "voices are heard, including those of children.",
        "indicators": [
            "Plans meetings and workshops with clear objectives and participatory activities",
            "Encourages quieter participants, women and children to take part",
            "Summarises discussions and checks that the group agrees on next steps",
            "Adapts methods to the literacy levels, languages and culture of participants",
        ],
        "questions": [
            "Describe a community meeting you facilitated where people disagreed. How did you help the "
            "group reach a decision?",
            "How have you made sure that children were able to take part in a planning activity? Give an "
            "example.",
        ],
        "learning": ["Facilitation Skills for Community Development (3-day workshop)"],
    },
    {
        "name": "Communicating effectively",
        "description": "Shares information clearly and appropriately, in speech and in writing, with "
                       "communities, partners and colleagues.",
        "indicators": [
            "Explains programme information in local languages and in plain terms",
            "Writes accurate, timely reports and stories of change",
            "Checks that messages have been understood",
            "Shares information with partners openly and on time",
        ],
        "questions": [
            "Give an example of a report you wrote that led to a decision. What made it effective?",
        ],
        "learning": ["Report Writing for Field Staff (e-learning, 4 hours)"],
    },
    {
        "name": "Learning and reflection",
        "description": "Reflects on own practice and on programme results, learns from experience and uses "
                       "the learning to improve work with communities.",
        "indicators": [
            "Keeps records of what works and what does not in community activities",
            "Asks community members and colleagues for feedback",
            "Takes part in reflection events and applies the changes agreed",
            "Identifies own learning needs and discusses them with the supervisor",
        ],
        "questions": [
            "Tell us about a time when something you tried in your work did not go as planned. What did "
            "you learn, and what did you change?",
        ],
        "learning": ["Reflective Practice in Programming (ICD module, 3 hours)"],
    },
]

NSX = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:v="urn:schemas-microsoft-com:vml" '
       'xmlns:o="urn:schemas-microsoft-com:office:office" '
       'xmlns:w10="urn:schemas-microsoft-com:office:word"')

_shape_id = [0]


def _para_xml(lines):
    """<w:p> elements for the text box content: lines = [(text, size_pt, bold, color)]."""
    out = []
    for text, size, bold, color in lines:
        b = "<w:b/>" if bold else ""
        out.append(f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:r><w:rPr>{b}'
                   f'<w:color w:val="{color}"/><w:sz w:val="{int(size * 2)}"/></w:rPr>'
                   f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    return "".join(out)


def text_box_run(lines, width_cm, height_cm, fill=ORANGE):
    """A <w:r> holding a floating text box (DrawingML + VML fallback), wrapped top-and-bottom."""
    _shape_id[0] += 1
    n = _shape_id[0]
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    wpt, hpt = width_cm * 28.3465, height_cm * 28.3465
    content = _para_xml(lines)
    shapetype = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                 'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                 '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>') if n == 1 else ""
    xml = (
        f'<w:r {NSX}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="72000" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251659264 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{100 + n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        '<a:ln><a:noFill/></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="54000" rIns="108000" bIns="54000" '
        'anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        f'{shapetype}<v:shape id="Text Box {n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{wpt:.1f}pt;height:{hpt:.1f}pt;'
        f'z-index:{251659264 + n};mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
        f'fillcolor="#{fill.lower()}" stroked="f"><v:textbox inset="3mm,1.5mm,3mm,1.5mm">'
        f'<w:txbxContent>{content}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    return parse_xml(xml)


def cell_borders(cell, bottom="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:tcBorders {nsdecls("w")}><w:top w:val="nil"/><w:left w:val="nil"/>'
                          f'<w:bottom w:val="single" w:sz="4" w:space="0" w:color="{bottom}"/>'
                          f'<w:right w:val="nil"/></w:tcBorders>'))


def spacing(p, before=0, after=3):
    p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(before), Pt(after)


def label(cell, text):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(9.5)
    r.font.color.rgb = RGBColor(0xC0, 0x4F, 0x00)
    spacing(p, 2, 2)


def build():
    doc = docx.Document()
    B.clear_core_props(doc, "Competency profile: Development Facilitator")
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    B.a4(sec, margins_cm=(1.8, 2.0, 1.8, 2.0))
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), alignment=2)
    r = fp.add_run("ICD Resources V3 \u2013 June 2014 | Competency profile: Development Facilitator\t")
    r.font.size, r.font.color.rgb = Pt(8), GREY
    B.add_field(fp, "PAGE", "1", Pt(8))

    bullet = B.add_numbering(doc, B.bullet_lvl("\u2022", 300, 220, "Liberation Sans"), "3C0FFEE1")

    # banner text box
    p = doc.add_paragraph()
    p._p.append(text_box_run([("WORLD VISION", 9, True, "FFFFFF"),
                              ("INTEGRATED COMPETENCY DEVELOPMENT", 16, True, "FFFFFF"),
                              ("Local Level Staff Competency Profile", 11, False, "FFFFFF")], 17.0, 2.4))
    spacing(p, 0, 0)

    # profile details: a borderless layout table
    t = doc.add_table(rows=3, cols=2)
    B.no_borders(t)
    details = [("Role", "Development Facilitator"),
               ("Programming approach", "Development Programme Approach (DPA)"),
               ("Source", "ICD competency framework, local level staff (V3, June 2014)")]
    for row, (k, v) in zip(t.rows, details):
        label(row.cells[0], k)
        q = row.cells[1].paragraphs[0]
        q.add_run(v).font.size = Pt(10)
        spacing(q, 2, 2)
        for c in row.cells:
            cell_borders(c)
    B.fix_widths(t, [1.9, 4.8])
    p = doc.add_paragraph(
        "This profile lists the core competencies for the role. Use it with the job description when "
        "recruiting, when agreeing performance objectives and when planning learning and development.")
    spacing(p, 8, 10)
    p.runs[0].font.size = Pt(9.5)
    p.runs[0].italic = True

    for i, c in enumerate(COMPETENCIES, 1):
        p = doc.add_paragraph()
        spacing(p, 6, 0)
        p._p.append(text_box_run([(f"Competency {i}", 8.5, False, "FFE0CC"),
                                  (c["name"], 13, True, "FFFFFF")], 17.0, 1.25))
        t = doc.add_table(rows=4, cols=2)
        B.no_borders(t)
        rows = [("Description", "p", [c["description"]]),
                ("Behavioural indicators", "b", c["indicators"]),
                ("Sample interview questions", "b", c["questions"]),
                ("Learning resources", "b", c["learning"])]
        for row, (lab, kind, texts) in zip(t.rows, rows):
            label(row.cells[0], lab)
            B.shade(row.cells[0], "FFF1E6")
            cell = row.cells[1]
            for j, txt in enumerate(texts):
                q = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                q.add_run(txt).font.size = Pt(10)
                if kind == "b":
                    B.set_num(q, bullet)
                spacing(q, 2, 2)
            for cc in row.cells:
                cell_borders(cc)
        B.fix_widths(t, [1.9, 4.8])

    tmp = Path(tempfile.mkdtemp(prefix="ba-wvi-"))
    doc.save(OUT)
    # sanity check: LibreOffice must be able to open and lay it out
    B.to_pdf(OUT, tmp / "wvi-check.pdf")
    return OUT


if __name__ == "__main__":
    print(build())
