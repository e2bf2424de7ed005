"""emu-competency-interview-questions.docx: a Google Docs document downloaded as Microsoft Word (.docx).

Written part by part as Google Docs writes its export: no docProps, Google's own styles.xml (Normal, Title,
Subtitle, Heading 1-6, table style "a"), almost no paragraph styles in the body (formatting as direct run
properties: rFonts Arial, <w:b w:val="1"/>, sz, color, <w:rtl w:val="0"/>), bookmarks named like "_gjdgxs",
one <w:abstractNum>/<w:num> per list with Google's glyphs (decimal "%1." lists restarting per competency,
"●" bullets), a header part, and every competency in a two-column table: a shaded merged title row
("Competency: 1" + tab + name), then the definition, "Questions:" and the numbered questions on the left and
the interviewer's "Response Summary:" form (Situation and/or Task / Action Item / Result / Comments / Rating)
on the right.

Modelled on Eastern Michigan University, "EMU Competency Based Interview Questions" (copy at
https://info.5y1.org/interview-questions-for-colleague_1_409db9.html): "Competency: n <Name>", a one-sentence
definition, "Questions: 1. ... 2. ... 3.", and a "Response Summary" box (summarize the situation, action and
result, rate the answer 1 to 5). Competency names as in the source (Lominger-style); definitions and
questions reworded. Excerpt: competencies 1-4.
"""
import sys
import zipfile
from xml.sax.saxutils import escape

import bylib as L

DOC = "emu-competency-interview-questions"
OUT = L.DOCS / f"{DOC}.docx"

COMPETENCIES = [
    ("Action Oriented",
     "Enjoys hard work and brings plenty of energy to tasks that stretch them; is willing to act without a "
     "fully worked-out plan; spots and takes more opportunities than most people.",
     ["Give us an example of a work project you were given that did not really motivate you. Why not, how "
      "did you handle it, and what was the outcome?",
      "Now tell us about a project that really motivated you. What made it exciting, and what was the "
      "outcome?",
      "Describe a time when you had to take decisive action with very little information to go on. How do "
      "you judge the outcome of what you did?"]),
    ("Dealing with Ambiguity",
     "Copes well with change and can switch direction without discomfort; can decide and act without seeing "
     "the whole picture; stays calm when things are unsettled; does not need to finish one thing before "
     "moving to the next; is at ease with risk and uncertainty.",
     ["Describe a time when you had to make a difficult decision without having all of the important "
      "information. How did you get round what you did not know?",
      "Tell us about a situation in which you faced several demands at once, or priorities kept shifting. "
      "How did you deal with it?",
      "Tell us about a time you had to respond quickly with little or no direction."]),
    ("Approachability",
     "Is easy to approach and talk to, and takes extra trouble to put people at ease; can be warm, pleasant "
     "and gracious; is patient with and sensitive to other people's nervousness; builds rapport and listens "
     "well; tends to hear informal or partial information early enough to act on it.",
     ["Tell us about a time when you had to build a working relationship with someone you found hard to get "
      "along with. What did you do?",
      "Describe a situation in which a colleague or customer came to you because they felt you would "
      "listen. What happened?",
      "How do you put people at ease when you meet them for the first time? Give us an example."]),
    ("Customer Focus",
     "Is committed to meeting the expectations and needs of internal and external customers; collects "
     "customer information at first hand and uses it to improve products and services; keeps customers in "
     "mind when acting; builds and keeps effective relationships with customers and earns their trust and "
     "respect.",
     ["Tell us about a time you went well beyond what was expected to help a student, a colleague or another "
      "customer.",
      "Describe a situation where you had to deal with an angry or upset customer. What did you do, and how "
      "did it turn out?",
      "How do you find out what your customers need? Give an example of a change you made because of "
      "customer feedback.",
      "Tell us about a time you had to tell a customer no. How did you handle it?"]),
]

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NS_ALL = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word" '
          f'{W} '
          'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'mc:Ignorable="w14 wp14"')

FONT = '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'


def run(text, bold=False, size=None, color=None, italic=False):
    rpr = FONT
    if bold:
        rpr += '<w:b w:val="1"/>'
    if italic:
        rpr += '<w:i w:val="1"/>'
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    rpr += '<w:rtl w:val="0"/>'
    parts = text.split("\t")
    out = []
    for i, part in enumerate(parts):
        if i:
            out.append(f'<w:r><w:rPr>{rpr}</w:rPr><w:tab/></w:r>')
        if part:
            out.append(f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(part)}</w:t></w:r>')
    return "".join(out)


def para(runs, style=None, num=None, spacing=(0, 0), ind=None, jc=None, keep=False, bookmark=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if keep:
        ppr += '<w:keepNext w:val="0"/><w:keepLines w:val="0"/>'
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    ppr += f'<w:spacing w:after="{spacing[1]}" w:before="{spacing[0]}" w:line="276" w:lineRule="auto"/>'
    if ind:
        ppr += f'<w:ind w:left="{ind[0]}" w:hanging="{ind[1]}"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    ppr += '<w:rPr/>'
    bm = ""
    if bookmark:
        bm = (f'<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="{bookmark[0]}" w:id="{bookmark[1]}"/>'
              f'<w:bookmarkEnd w:id="{bookmark[1]}"/>')
    return f'<w:p><w:pPr>{ppr}</w:pPr>{bm}{runs}</w:p>'


def cell(content, width, shade=None, span=None):
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if shade:
        tcpr += f'<w:shd w:fill="{shade}" w:val="clear"/>'
    tcpr += ('<w:tcMar><w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/>'
             '<w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/></w:tcMar>')
    return f'<w:tc><w:tcPr>{tcpr}</w:tcPr>{content}</w:tc>'


BORDER = ''.join(f'<w:{b} w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
                 for b in ("top", "left", "bottom", "right", "insideH", "insideV"))


def table(rows, widths):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="a"/><w:tblW w:w="{sum(widths)}.0" w:type="dxa"/>'
            f'<w:jc w:val="left"/><w:tblBorders>{BORDER}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            f'<w:tblLook w:val="0600"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            + "".join(f'<w:tr><w:trPr><w:cantSplit w:val="0"/><w:tblHeader w:val="0"/></w:trPr>{r}</w:tr>'
                      for r in rows) + '</w:tbl>')


def numbering_xml(n_lists):
    absn, nums = [], []
    bullet_glyphs = ["\u25cf", "\u25cb", "\u25a0"]
    # abstract 0: Google bullet list (used in the intro)
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        f'<w:lvlText w:val="{bullet_glyphs[i % 3]}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="360"/></w:pPr>'
        f'<w:rPr><w:u w:val="none"/></w:rPr></w:lvl>' for i in range(9))
    absn.append(f'<w:abstractNum w:abstractNumId="0"><w:nsid w:val="1a2b3c40"/>'
                f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>')
    nums.append('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    fmts = ["decimal", "lowerLetter", "lowerRoman"]
    for k in range(n_lists):
        aid = k + 1
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmts[i % 3]}"/>'
            f'<w:lvlText w:val="%{i + 1}."/><w:lvlJc w:val="{"right" if i % 3 == 2 else "left"}"/>'
            f'<w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="360"/></w:pPr>'
            f'<w:rPr><w:u w:val="none"/></w:rPr></w:lvl>' for i in range(9))
        absn.append(f'<w:abstractNum w:abstractNumId="{aid}"><w:nsid w:val="{0x5e6f7a80 + k:08x}"/>'
                    f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>')
        nums.append(f'<w:num w:numId="{aid + 1}"><w:abstractNumId w:val="{aid}"/></w:num>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {NS_ALL}>'
            + "".join(absn) + "".join(nums) + '</w:numbering>')


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS_ALL}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat w:val="1"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="120" w:before="400" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="120" w:before="360" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="80" w:before="320" w:lineRule="auto"/></w:pPr><w:rPr><w:color w:val="434343"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="60" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="320" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style><w:style w:type="table" w:styleId="a"><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/><w:tblCellMar><w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>"""

SETTINGS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {NS_ALL}>'
            '<w:displayBackgroundShape w:val="1"/><w:defaultTabStop w:val="720"/>'
            '<w:compat><w:compatSetting w:val="14" w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word"/></w:compat></w:settings>')

FONT_TABLE = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts {NS_ALL}>'
              '<w:font w:name="Arial"><w:altName w:val="Arial"/></w:font></w:fonts>')

HEADER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {NS_ALL}>'
          + para(run("Eastern Michigan University \u2013 Human Resources", size=16, color="666666"), jc="right")
          + '</w:hdr>')

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default ContentType="application/xml" Extension="xml"/><Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml" PartName="/word/numbering.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" PartName="/word/styles.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml" PartName="/word/settings.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml" PartName="/word/fontTable.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml" PartName="/word/header1.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"/></Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>"""

TITLE = "EMU Competency Based Interview Questions"


def document_xml():
    body = []
    body.append(para(run(TITLE), style="Title", bookmark=("_gjdgxs", 0)))
    body.append(para(run("Human Resources \u2013 Talent Acquisition"), style="Subtitle"))
    body.append(para(run("How to use these questions", bold=True, size=24), spacing=(120, 80)))
    for t in ["Choose the three to five competencies that matter most for the position and ask every "
              "candidate the same questions.",
              "Take notes as the candidate answers. In the Response Summary box, summarize the answer: the "
              "situation the candidate described, the action they took and the result.",
              "Then rate the answer from 1 to 5 using the rating scale below."]:
        body.append(para(run(t), num=1, ind=(720, 360), spacing=(0, 0)))
    body.append(para(""))
    scale = [("1", "Unsatisfactory \u2013 no relevant example"), ("2", "Weak \u2013 example vague or off the point"),
             ("3", "Acceptable \u2013 clear example, some results"), ("4", "Strong \u2013 clear example, good results"),
             ("5", "Outstanding \u2013 detailed example, excellent results")]
    rows = [cell(para(run("Rating", bold=True)), 1400, shade="D9D9D9")
            + cell(para(run("Meaning", bold=True)), 7960, shade="D9D9D9")]
    rows += [cell(para(run(a), jc="center"), 1400) + cell(para(run(b)), 7960) for a, b in scale]
    body.append(table(rows, [1400, 7960]))
    body.append(para(""))
    for k, (name, definition, questions) in enumerate(COMPETENCIES, 1):
        title_row = cell(para(run(f"Competency: {k}\t{name}", bold=True, size=24), keep=True), 9360,
                         shade="CFE2F3", span=2)
        left = [para(run(definition), spacing=(0, 160)),
                para(run("Questions:", bold=True), spacing=(0, 80))]
        left += [para(run(q), num=k + 1, ind=(720, 360), spacing=(0, 120)) for q in questions]
        right = [para(run("Response Summary:", bold=True), spacing=(0, 120))]
        for lab in ["Situation and/or Task:", "Action Item:", "Result:", "Comments:"]:
            right.append(para(run(lab, italic=True, color="434343"), spacing=(0, 0)))
            right += [para(""), para("")]
        right.append(para(run("Rating:   1     2     3     4     5", bold=True)))
        rows = [title_row, cell("".join(left), 5600) + cell("".join(right), 3760)]
        body.append(table(rows, [5600, 3760]))
        body.append(para(""))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId5"/>'
            '<w:pgSz w:h="15840" w:w="12240" w:orient="portrait"/>'
            '<w:pgMar w:bottom="1440" w:top="1440" w:left="1440" w:right="1440" w:header="720" '
            'w:footer="720"/><w:pgNumType w:start="1"/></w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS_ALL}><w:body>'
            + "".join(body) + sect + '</w:body></w:document>')


def gold():
    return [L.competency(DOC, name, definition, interview_questions=L.items(DOC, qs))
            for name, definition, qs in COMPETENCIES]


def main():
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/_rels/document.xml.rels", DOC_RELS), ("word/document.xml", document_xml()),
                           ("word/styles.xml", STYLES), ("word/numbering.xml", numbering_xml(len(COMPETENCIES))),
                           ("word/settings.xml", SETTINGS), ("word/fontTable.xml", FONT_TABLE),
                           ("word/header1.xml", HEADER)]:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    L.write_gold(OUT, "docx", TITLE, gold())
    print("wrote", OUT)


if __name__ == "__main__":
    sys.exit(main())
