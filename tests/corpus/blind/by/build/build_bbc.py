"""bbc-finance-competencies.docx: a PDF converted to Word by a PDF-to-DOCX converter (the way an HR analyst
gets an editable copy of a published PDF).

What the conversion left behind, written part by part: every PDF page is its own section (next-page section
breaks); the running header "BBC Finance Competencies – June 2012" and the footer "Page n of 8" are NOT Word
header/footer parts but body paragraphs in absolutely positioned frames (w:framePr) at the top and bottom of
each page; every PDF text line is its own paragraph with exact line spacing (a sentence or bullet wrapped
over three lines is three paragraphs); bullets are a typed "•" and a tab, their continuation lines separate
indented paragraphs; font names come from the PDF ("ArialMT", "Arial-BoldMT") and runs carry character
spacing; the level table is rebuilt as a real Word table whose cells hold one paragraph per printed line.

Modelled on BBC Finance, "BBC Finance Competencies – June 2012" (8 pages; copies at
https://www.majortests.com/essay/Car-Industry-551469.html and businessdocbox.com): introduction (purpose,
"Changes from Previous Competency Framework", "Benefits of Revised Competency Framework": Levels 1-4 replacing
Know/Help/Do/Direct/Lead, twelve competencies instead of 22, positive behaviours only), the list of twelve
competencies, then one competency per page. Introduction and list reworded; the stored copy stopped in the
list (after "Flexibilit..."), so the last two competency names, the level key and the three competency pages
(definition + Level 1-4 positive behaviours) are ours. Excerpt: pages 1-5 of 8.
"""
import sys
import textwrap
import zipfile
from xml.sax.saxutils import escape

import bylib as L

DOC = "bbc-finance-competencies"
OUT = L.DOCS / f"{DOC}.docx"
HEADER_TEXT = "BBC Finance Competencies \u2013 June 2012"
TOTAL_PAGES = 8

INTRO = [
    "The \u201cFinance Competency\u201d framework gives a common basis for assessing people in recruitment, "
    "development and performance management. It sets out one set of criteria that individuals can use to "
    "assess themselves and that line managers can use to assess and develop their staff throughout the "
    "year. It rests on the idea that the fundamental competencies are the same in every finance role, "
    "even where the local detail differs.",
    "The framework was written for the BBC so that it fits our organisation, our work and our priorities. "
    "It draws on the Core BBC Values, which describe the behaviours, attitudes and skills the BBC looks for, "
    "and on the views of a representative group of staff, and it has been compared with the frameworks of "
    "other leading organisations.",
]
CHANGES = ["Levels 1 \u2013 4 take the place of \u2018Know\u2019 \u2018Help\u2019 \u2018Do\u2019 "
           "\u2018Direct\u2019 \u2018Lead\u2019",
           "The SEND requirement is replaced by Yes/No",
           "Twelve competencies instead of 22",
           "Examples of positive behaviours only (no negative indicators)"]
BENEFITS = ["Clearer language without ambiguous terms",
            "Four levels of competency instead of five, in line with layers and role types",
            "Shorter, easier to use competency indicators",
            "Approach, layout and competencies endorsed by BBC People",
            "Aligned with the Core BBC Values"]
ALL_TWELVE = ["Communication \u2013 Written and Verbal", "Relationship Building", "Teamwork and Collaboration",
              "Judgement and Problem Solving", "Influencing and Persuading", "Stakeholder Focus",
              "Results Focus", "Quality Focus", "Planning and Organising", "Leading and Motivating",
              "Flexibility and Adaptability", "Developing Self and Others"]
LEVEL_KEY = [("Level 1", "Assistants and officers"), ("Level 2", "Analysts and accountants"),
             ("Level 3", "Managers and business partners"), ("Level 4", "Heads of and senior leaders")]

COMPETENCIES = [
    ("Communication \u2013 Written and Verbal",
     "Gets messages across clearly and concisely in writing and in speech, adapting style and content to the "
     "audience, and listens actively to make sure that information is understood.",
     [["Writes clear, accurate emails and notes in plain English.",
       "Explains routine financial information clearly to colleagues.",
       "Listens carefully and checks own understanding of instructions."],
      ["Produces well-structured reports and commentaries that bring out the key figures.",
       "Adapts language to the audience, avoiding finance jargon with non-specialists.",
       "Presents analysis confidently in team and divisional meetings."],
      ["Turns complex financial information into clear messages for senior, non-financial stakeholders.",
       "Chooses the right channel and timing for difficult or sensitive messages.",
       "Encourages open, two-way communication in own team.",
       "Reviews and improves the written work of others."],
      ["Communicates the financial strategy and what it means compellingly across the BBC.",
       "Represents BBC Finance with authority at board level and with external bodies.",
       "Sets the standard for clear, honest and timely communication across the function."]]),
    ("Relationship Building",
     "Builds and keeps effective, trusting working relationships with colleagues, customers and partners "
     "inside and outside BBC Finance.",
     [["Is friendly, helpful and approachable with colleagues and customers.",
       "Keeps promises and follows up requests promptly.",
       "Gets to know the people who rely on own work."],
      ["Builds a network of contacts across Finance and the business areas supported.",
       "Understands the priorities of key contacts and takes them into account.",
       "Handles disagreements in a way that keeps relationships intact."],
      ["Develops strong partnerships with divisional management teams and is seen as a trusted adviser.",
       "Uses relationships to resolve issues that cut across teams.",
       "Builds links with auditors, suppliers and other external bodies."],
      ["Forms strategic relationships at the most senior levels inside and outside the BBC.",
       "Uses influence with senior stakeholders to advance the BBC\u2019s financial objectives.",
       "Creates a culture in Finance in which partnership with the business is expected."]]),
    ("Teamwork and Collaboration",
     "Works co-operatively with others across teams and divisions, sharing information and support to "
     "achieve common goals.",
     [["Shares information and workload willingly with team members.",
       "Offers help to colleagues in busy periods such as month end.",
       "Respects the contributions and views of others."],
      ["Works with colleagues in other finance teams to deliver joint outcomes.",
       "Puts the team\u2019s objectives ahead of own preferences.",
       "Shares knowledge and good practice to help others improve."],
      ["Builds effective teams that work across organisational boundaries.",
       "Breaks down silos between finance teams and the business.",
       "Recognises and celebrates team success."],
      ["Creates a collaborative, One BBC culture across the finance function.",
       "Leads cross-divisional initiatives that depend on joint working.",
       "Role-models collaboration within the senior leadership team."]]),
]

NS_ALL = ('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')


def rpr(bold=False, size=20, spacing=None, color=None):
    font = "Arial-BoldMT" if bold else "ArialMT"
    out = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    if bold:
        out += "<w:b/><w:bCs/>"
    if color:
        out += f'<w:color w:val="{color}"/>'
    if spacing is not None:
        out += f'<w:spacing w:val="{spacing}"/>'
    out += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return out


def r(text, **kw):
    parts = text.split("\t")
    out = []
    for i, part in enumerate(parts):
        if i:
            out.append(f"<w:r><w:rPr>{rpr(**kw)}</w:rPr><w:tab/></w:r>")
        if part:
            out.append(f'<w:r><w:rPr>{rpr(**kw)}</w:rPr><w:t xml:space="preserve">{escape(part)}</w:t></w:r>')
    return "".join(out)


def line(text, size=20, bold=False, before=0, ind=None, exact=None, spacing=None, color=None, sect=None,
         frame=None):
    """One converted PDF line = one paragraph with exact line height."""
    ppr = ""
    if frame:
        x, y, w, hgt = frame
        ppr += (f'<w:framePr w:w="{w}" w:h="{hgt}" w:hRule="exact" w:wrap="none" w:hAnchor="page" '
                f'w:vAnchor="page" w:x="{x}" w:y="{y}"/>')
    ppr += (f'<w:spacing w:before="{before}" w:after="0" w:line="{exact or int(size * 11.5)}" '
            f'w:lineRule="exact"/>')
    if ind:
        ppr += f'<w:ind w:left="{ind[0]}" w:hanging="{ind[1]}"/>'
    if sect:
        ppr += sect
    return f"<w:p><w:pPr>{ppr}</w:pPr>{r(text, bold=bold, size=size, spacing=spacing, color=color) if text else ''}</w:p>"


def lines_of(text, width, **kw):
    return [line(t, **kw) for t in textwrap.wrap(text, width)]


def bullet_lines(text, width, size=20, first_ind=(284, 284), cont_ind=(284, 0), spacing=None):
    parts = textwrap.wrap(text, width)
    out = [line("\u2022\t" + parts[0], size=size, ind=first_ind, spacing=spacing)]
    out += [line(t, size=size, ind=cont_ind, spacing=spacing) for t in parts[1:]]
    return out


SECT = ('<w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="851" w:header="0" w:footer="0" '
        'w:gutter="0"/><w:cols w:space="720"/></w:sectPr>')


def page(n, content):
    head = line(HEADER_TEXT, size=16, color="555555", frame=(851, 454, 6000, 260))
    foot = line(f"Page {n} of {TOTAL_PAGES}", size=16, color="555555", frame=(9600, 16160, 1500, 260))
    return [head] + content + [foot.replace("</w:pPr>", "</w:pPr>", 1)] + [line("", sect=SECT)]


def cell(paras, width, shade=None):
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if shade:
        tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    return f'<w:tc><w:tcPr>{tcpr}</w:tcPr>{"".join(paras) or line("")}</w:tc>'


def level_table(levels):
    widths = [2551] * 4
    border = "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/>'
                     for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    head = "".join(cell([line(f"Level {i}", size=20, bold=True, color="FFFFFF")], w, shade="404040")
                   for i, w in enumerate(widths, 1))
    body = ""
    for beh, w in zip(levels, widths):
        paras = []
        for b in beh:
            paras += bullet_lines(b, 27, size=17, first_ind=(227, 227), cont_ind=(227, 0), spacing=-2)
        body += cell(paras, w)
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblInd w:w="6" w:type="dxa"/>'
            f'<w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
            f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid><w:tr>{head}</w:tr><w:tr>{body}</w:tr></w:tbl>')


def document_xml():
    paras = []
    # page 1: introduction
    c = [line("BBC Finance Competencies", size=40, bold=True, before=600, exact=520)]
    for para_text in INTRO:
        c += lines_of(para_text, 98, size=20)
        c.append(line("", size=20))
    c.append(line("Changes from Previous Competency Framework", size=22, bold=True, before=120))
    for t in CHANGES:
        c += bullet_lines(t, 92)
    c.append(line("", size=20))
    c.append(line("Benefits of Revised Competency Framework", size=22, bold=True, before=120))
    for t in BENEFITS:
        c += bullet_lines(t, 92)
    paras += page(1, c)
    # page 2: the twelve competencies and the level key
    c = [line("There are twelve core competencies as follows:", size=20, before=400)]
    c.append(line("", size=20))
    for t in ALL_TWELVE:
        c.append(line(t, size=20, ind=(567, 0)))
    c.append(line("", size=20))
    c.append(line("Each competency has a definition and examples of positive behaviours at four levels. The",
                  size=20))
    c.append(line("levels follow the layers and role types used across BBC Finance:", size=20))
    c.append(line("", size=20))
    for lv, who in LEVEL_KEY:
        c.append(line(f"{lv}\t{who}", size=20, ind=(1701, 1134)))
    c.append(line("", size=20))
    c.append(line("Behaviours are cumulative: someone working at Level 3 is expected to show the behaviours",
                  size=20))
    c.append(line("of Levels 1 and 2 as well.", size=20))
    paras += page(2, c)
    # pages 3-5: one competency per page
    for k, (name, definition, levels) in enumerate(COMPETENCIES):
        c = [line(name, size=30, bold=True, before=400, exact=380, color="1F1F1F")]
        c.append(line("", size=20))
        wrapped = textwrap.wrap("Definition: " + definition, 100)
        c.append(f'<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="230" w:lineRule="exact"/></w:pPr>'
                 f'{r("Definition: ", bold=True, size=20)}{r(wrapped[0][len("Definition: "):], size=20)}</w:p>')
        c += [line(t, size=20) for t in wrapped[1:]]
        c.append(line("", size=20))
        c.append(line("Examples of positive behaviours", size=20, bold=True))
        c.append(line("", size=12, exact=140))
        paras += page(3 + k, c + [level_table(levels)])
    # the last section break lives in the body's own sectPr
    xml = "".join(paras)
    last = xml.rfind(line("", sect=SECT))
    xml = xml[:last] + line("") + xml[last + len(line("", sect=SECT)):]
    final_sect = SECT.replace('<w:type w:val="nextPage"/>', "")
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS_ALL}><w:body>'
            + xml + final_sect + "</w:body></w:document>")


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS_ALL}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style><w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>"""

SETTINGS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {NS_ALL}>'
            '<w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>')

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>BBC Finance Competencies</dc:title><dc:creator></dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-12-05T09:12:00Z</dcterms:created></cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>PDF to Word Converter</Application><Pages>5</Pages></Properties>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>"""


def gold():
    comps = []
    for name, definition, levels in COMPETENCIES:
        lv = [L.level(DOC, i, f"Level {i}", beh) for i, beh in enumerate(levels, 1)]
        comps.append(L.competency(DOC, name, definition, levels=lv))
    return comps


def main():
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/_rels/document.xml.rels", DOC_RELS), ("word/document.xml", document_xml()),
                           ("word/styles.xml", STYLES), ("word/settings.xml", SETTINGS),
                           ("docProps/core.xml", CORE), ("docProps/app.xml", APP)]:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    L.write_gold(OUT, "docx", "BBC Finance Competencies", gold())
    print("wrote", OUT)


if __name__ == "__main__":
    sys.exit(main())
