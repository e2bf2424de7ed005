"""abc-competency-framework.docx: a long Word document with a table of contents, numbered sections
(1, 1.1, 3.1.2 ... from Word heading numbering, not typed) and footnotes (Ashford Borough Council).

A flat ODT (outline numbering on Heading 1-3, a real table-of-contents index, footnotes, bullet lists,
a values table with a header row, header/footer with page fields) -> LibreOffice -> DOCX. Two passes:
the first renders a PDF to find the page of every heading, the second writes those page numbers into
the table of contents.
"""
import re
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

import balib as B

OUT = B.DOCS / "abc-competency-framework.docx"

INTRO = [
    ("h1", "Introduction"),
    ("h2", "Purpose of the framework"),
    ("p", "The ABC Competency Framework sets out the behaviours that we expect everyone who works for "
          "Ashford Borough Council to show in their day-to-day work.{fn:The framework replaces the Core "
          "Behaviours Framework introduced in 2016.} It supports the Council\u2019s Corporate Plan and "
          "helps us to describe, in a fair and consistent way, how we do things as well as what we do."),
    ("h2", "How the framework is used"),
    ("p", "The competencies are used in:"),
    ("ul", ["Recruitment and selection \u2013 interview questions are based on the competencies so that we "
            "bring the right people into the organisation",
            "Performance management and appraisal \u2013 to check that we are all showing the behaviours "
            "that will help the Council succeed{fn:See the Appraisal Policy and Guidance, section 4.}",
            "Training and development \u2013 to help teams and individuals focus on the behaviours they "
            "want to develop"]),
    ("h2", "Levels"),
    ("p", "Every competency applies to all members of staff, whatever their role or service. How a "
          "competency is evidenced will vary with the level and nature of the job, and managers should "
          "discuss this with their teams.{fn:Additional leadership expectations for Heads of Service and "
          "above are described in the Leadership Charter.}"),
    ("h1", "Our values and competencies"),
    ("p", "The nine competencies sit under the three values that guide the way we work:"),
    ("table", [["Ambitious", "Creative", "Trustworthy"],
               ["Positive", "Innovative", "Professional Behaviour"],
               ["Continuous Improvement", "Open to Change", "Accountable"],
               ["Commercial and Enterprising", "Decision Making and Problem Solving", "Communication"]]),
    ("h1", "The competencies"),
    ("p", "Each competency below has a short definition, examples of what it looks like in practice and "
          "examples of what it does not look like."),
]

VALUES = {
    "Ambitious": [
        ("Positive",
         "Approaches work with energy and a can-do attitude, looks for solutions rather than problems and "
         "helps to create a good working atmosphere.",
         ["Takes on new tasks willingly and sees them through",
          "Focuses on what can be done rather than on what cannot",
          "Encourages colleagues and recognises their successes",
          "Stays constructive when under pressure or facing setbacks"],
         ["Complains about change without offering alternatives",
          "Lets a negative mood affect colleagues or customers"],
         ["Open to Change", "Communication"]),
        ("Continuous Improvement",
         "Looks for better ways of delivering services, reviews how well things are working and makes "
         "changes that add value for customers, using the Council\u2019s improvement toolkit.{fn:The "
         "improvement toolkit, including process-mapping templates, is available on the intranet under "
         "Transformation.}",
         ["Reviews own work and processes regularly and suggests improvements",
          "Uses customer feedback and performance data to identify what needs to change",
          "Removes unnecessary steps and duplication from processes",
          "Shares good practice with other teams"],
         ["Carries on with ways of working that are known not to work",
          "Makes changes without checking the effect on customers"],
         []),
        ("Commercial and Enterprising",
         "Understands the cost of services, uses resources wisely and looks for opportunities to generate "
         "income or make savings for the Council.{fn:All commercial activity must comply with the "
         "Council\u2019s Contract Standing Orders and Financial Procedure Rules.}",
         ["Knows what own services cost and looks for ways to deliver them more efficiently",
          "Identifies opportunities to generate income and builds a business case for them",
          "Considers risk and return when making proposals",
          "Treats public money as carefully as if it were their own"],
         ["Spends without considering value for money",
          "Ignores opportunities to share resources with partners"],
         []),
    ],
    "Creative": [
        ("Innovative",
         "Comes up with new ideas and approaches, is willing to try them out and learns from what works "
         "and what does not.",
         ["Suggests new ways of tackling problems",
          "Looks at how other councils and organisations do things",
          "Tries out ideas on a small scale before rolling them out",
          "Supports colleagues who want to experiment"],
         ["Dismisses new ideas without considering them",
          "Sticks to the way things have always been done"],
         ["Continuous Improvement"]),
        ("Open to Change",
         "Responds positively to change, adapts quickly to new circumstances and helps others to "
         "understand and accept change.",
         ["Accepts new priorities and adjusts own work to match",
          "Asks questions to understand the reasons for a change",
          "Helps colleagues through change by explaining what it means for them",
          "Learns new skills and systems when required"],
         ["Resists change or tries to undermine it",
          "Waits for others to adapt first"],
         []),
        ("Decision Making and Problem Solving",
         "Gathers and analyses the right information, weighs up options and risks and makes sound, "
         "timely decisions within own area of authority.{fn:Limits of authority are set out in the Scheme "
         "of Delegation in Part 3 of the Constitution.}",
         ["Identifies the root cause of a problem before acting",
          "Considers the options and their consequences, including for customers and budgets",
          "Makes decisions in good time and explains the reasons for them",
          "Knows when to refer a decision to someone else"],
         ["Delays decisions unnecessarily",
          "Acts on assumptions without checking the facts"],
         []),
    ],
    "Trustworthy": [
        ("Professional Behaviour",
         "Acts with honesty and integrity, treats others with respect and upholds the Council\u2019s values "
         "and Code of Conduct.{fn:The Employee Code of Conduct forms part of every employee\u2019s terms "
         "and conditions of employment.}",
         ["Treats customers and colleagues fairly and with respect",
          "Keeps information confidential and handles it appropriately",
          "Declares any interests that could be seen to affect decisions",
          "Represents the Council positively in public and online"],
         ["Uses inappropriate language or behaviour",
          "Shares confidential information without authority"],
         ["Accountable"]),
        ("Accountable",
         "Takes ownership of own work, decisions and actions, and does what they say they will do.",
         ["Meets deadlines and keeps promises to customers and colleagues",
          "Admits mistakes and puts them right",
          "Understands how own role contributes to the Council\u2019s priorities",
          "Manages budgets and resources responsibly"],
         ["Blames others when things go wrong",
          "Leaves problems for others to sort out"],
         []),
        ("Communication",
         "Communicates clearly and appropriately with customers, colleagues and partners, listens to others "
         "and keeps people informed.",
         ["Speaks and writes in plain English, adapting style to the audience",
          "Listens carefully and checks understanding",
          "Keeps customers and colleagues up to date",
          "Uses the right channel for the message, whether face to face, by phone, in writing or online"],
         ["Uses jargon that customers will not understand",
          "Does not pass on information that others need"],
         []),
    ],
}

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')

STYLES = """
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:orphans="2" fo:widows="2"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:language="en" fo:country="GB"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="115%"/>
 </style:style>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body">
  <style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.18cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" fo:color="#00539F"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1">
  <style:text-properties fo:font-size="15pt"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2">
  <style:text-properties fo:font-size="12.5pt"/>
 </style:style>
 <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3">
  <style:text-properties fo:font-size="11pt" fo:color="#000000"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="26pt" fo:font-weight="bold" fo:color="#00539F"/>
 </style:style>
 <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
  <style:text-properties fo:font-size="14pt" fo:color="#404040"/>
 </style:style>
 <style:style style:name="Label" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.08cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="Bullets">
  <style:paragraph-properties fo:margin-bottom="0.08cm"/>
 </style:style>
 <style:style style:name="Related" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.12cm"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm" fo:margin-bottom="0cm" fo:line-height="100%"/>
  <style:text-properties fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="8.5pt" fo:color="#595959"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties>
   <style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="8.5pt" fo:color="#595959"/>
 </style:style>
 <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading" style:class="index">
  <style:text-properties fo:font-size="15pt"/>
 </style:style>
 <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
  <style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.05cm">
   <style:tab-stops><style:tab-stop style:position="17cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
  <style:paragraph-properties fo:margin-left="0.5cm" fo:margin-bottom="0.05cm">
   <style:tab-stops><style:tab-stop style:position="16.5cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Contents_20_3" style:display-name="Contents 3" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
  <style:paragraph-properties fo:margin-left="1cm" fo:margin-bottom="0.05cm">
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-weight="bold" fo:color="#FFFFFF"/>
 </style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>
 <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">
  <style:text-properties style:text-position="super 58%"/>
 </style:style>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="1" style:num-suffix=" ">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.2cm" fo:text-indent="-1.2cm" fo:margin-left="1.2cm"/>
   </style:list-level-properties>
  </text:outline-level-style>
  <text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2" style:num-suffix=" ">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.2cm" fo:text-indent="-1.2cm" fo:margin-left="1.2cm"/>
   </style:list-level-properties>
  </text:outline-level-style>
  <text:outline-level-style text:level="3" style:num-format="1" text:display-levels="3" style:num-suffix=" ">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.2cm" fo:text-indent="-1.2cm" fo:margin-left="1.2cm"/>
   </style:list-level-properties>
  </text:outline-level-style>
 </text:outline-style>
 <text:list-style style:name="Bullets">
  <text:list-level-style-bullet text:level="1" text:bullet-char="\u2022">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.9cm" fo:text-indent="-0.6cm" fo:margin-left="1.9cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Sect1" style:family="section"><style:section-properties style:editable="false"/></style:style>
 <style:style style:name="PBreak" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="H1Break" style:family="paragraph" style:parent-style-name="Heading_20_1">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="17cm" table:align="margins" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/>
 </style:style>
 <style:style style:name="TblHeadCell" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#00539F" fo:padding="0.12cm" fo:border="0.5pt solid #7F7F7F"/>
 </style:style>
 <style:style style:name="TblCell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #7F7F7F"/>
 </style:style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">OFFICIAL</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">ABC Competency Framework \u2013 Version 3.0 (March 2023)<text:tab/>Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>6</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
"""


class Writer:
    def __init__(self):
        self.parts = []
        self.fn = 0
        self.headings = []      # (level, number, text)
        self.counters = [0, 0, 0]

    def inline(self, text):
        out = []
        pos = 0
        for m in re.finditer(r"\{fn:(.*?)\}", text):
            out.append(escape(text[pos:m.start()]))
            self.fn += 1
            out.append(f'<text:note text:id="ftn{self.fn}" text:note-class="footnote">'
                       f'<text:note-citation>{self.fn}</text:note-citation><text:note-body>'
                       f'<text:p text:style-name="Footnote">{escape(m.group(1))}</text:p>'
                       f'</text:note-body></text:note>')
            pos = m.end()
        out.append(escape(text[pos:]))
        return "".join(out)

    def p(self, text, style="Text_20_body"):
        self.parts.append(f'<text:p text:style-name="{style}">{self.inline(text)}</text:p>')

    def h(self, level, text, style=None):
        self.counters[level - 1] += 1
        for i in range(level, 3):
            self.counters[i] = 0
        num = ".".join(str(c) for c in self.counters[:level])
        self.headings.append((level, num, text))
        st = style or f"Heading_20_{level}"
        self.parts.append(f'<text:h text:style-name="{st}" text:outline-level="{level}">{escape(text)}</text:h>')

    def ul(self, items):
        self.parts.append('<text:list text:style-name="Bullets">' + "".join(
            f'<text:list-item><text:p text:style-name="List_20_Bullet">{self.inline(t)}</text:p></text:list-item>'
            for t in items) + '</text:list>')

    def table(self, rows):
        x = ['<table:table table:name="Values" table:style-name="Tbl">',
             f'<table:table-column table:number-columns-repeated="{len(rows[0])}"/>',
             '<table:table-header-rows><table:table-row>']
        x += [f'<table:table-cell table:style-name="TblHeadCell" office:value-type="string">'
              f'<text:p text:style-name="Table_20_Heading">{escape(c)}</text:p></table:table-cell>' for c in rows[0]]
        x.append('</table:table-row></table:table-header-rows>')
        for r in rows[1:]:
            x.append('<table:table-row>' + "".join(
                f'<table:table-cell table:style-name="TblCell" office:value-type="string">'
                f'<text:p text:style-name="Table_20_Contents">{escape(c)}</text:p></table:table-cell>' for c in r)
                + '</table:table-row>')
        x.append('</table:table>')
        self.parts.append("".join(x))


def body(pages=None):
    w = Writer()
    # title page
    w.parts.append('<text:p text:style-name="Subtitle">Ashford Borough Council</text:p>')
    for _ in range(6):
        w.parts.append('<text:p text:style-name="Standard"/>')
    w.parts.append('<text:p text:style-name="Title">ABC Competency Framework</text:p>')
    w.parts.append('<text:p text:style-name="Subtitle">Our values and the behaviours we expect</text:p>')
    w.parts.append('<text:p text:style-name="Standard"/>')
    w.parts.append('<text:p text:style-name="Subtitle">Human Resources | Version 3.0 | March 2023</text:p>')
    toc_at = len(w.parts)
    # content
    first = True
    for kind, val in INTRO:
        if kind == "h1":
            w.h(1, val, "H1Break" if first else None)
            first = False
        elif kind == "h2":
            w.h(2, val)
        elif kind == "p":
            w.p(val)
        elif kind == "ul":
            w.ul(val)
        elif kind == "table":
            w.table(val)
    for value, comps in VALUES.items():
        w.h(2, value)
        for name, definition, yes, no, related in comps:
            w.h(3, name)
            w.p(definition)
            w.p("What this looks like", "Label")
            w.ul(yes)
            w.p("What this does not look like", "Label")
            w.ul(no)
            if related:
                w.p("Related competencies: " + "; ".join(related), "Related")
    # table of contents (entries carry the numbers and pages as Word's cached TOC would)
    entries = []
    for i, (lvl, num, text) in enumerate(w.headings):
        pg = pages[i] if pages else "0"
        entries.append(f'<text:p text:style-name="Contents_20_{lvl}">{num} {escape(text)}<text:tab/>{pg}</text:p>')
    tmpl = "".join(
        f'<text:table-of-content-entry-template text:outline-level="{lv}" text:style-name="Contents_20_{lv}">'
        '<text:index-entry-chapter/><text:index-entry-text/>'
        '<text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
        '<text:index-entry-page-number/></text:table-of-content-entry-template>' for lv in (1, 2, 3))
    toc = ('<text:p text:style-name="PBreak"/>'
           '<text:table-of-content text:style-name="Sect1" text:protected="true" text:name="Table of Contents1">'
           '<text:table-of-content-source text:outline-level="3">'
           '<text:index-title-template text:style-name="Contents_20_Heading">Contents</text:index-title-template>'
           f'{tmpl}</text:table-of-content-source><text:index-body>'
           '<text:index-title text:style-name="Sect1" text:name="Table of Contents1_Head">'
           '<text:p text:style-name="Contents_20_Heading">Contents</text:p></text:index-title>'
           + "".join(entries) + '</text:index-body></text:table-of-content>')
    w.parts.insert(toc_at, toc)
    return w, "".join(w.parts)


def fodt(body_xml):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.text">'
            '<office:meta><dc:title>ABC Competency Framework</dc:title></office:meta>'
            f'{STYLES}<office:body><office:text>{body_xml}</office:text></office:body></office:document>')


def build():
    tmp = Path(tempfile.mkdtemp(prefix="ba-abc-"))
    src = tmp / "abc-competency-framework.fodt"
    w, xml = body()
    src.write_text(fodt(xml), encoding="utf-8")
    # pass 1: find heading pages in a PDF rendering of the DOCX
    B.soffice(src, "docx:MS Word 2007 XML", tmp)
    B.soffice(tmp / "abc-competency-framework.docx", "pdf", tmp)
    txt = subprocess.run(["pdftotext", "-layout", str(tmp / "abc-competency-framework.pdf"), "-"],
                         capture_output=True, text=True).stdout
    pages_txt = txt.split("\f")
    pages = []
    start = 2                                 # the contents page is page 2
    for lvl, num, text in w.headings:
        found = None
        for i in range(start, len(pages_txt)):
            if re.search(rf"^\s*{re.escape(num)}\s+{re.escape(text)}\s*$", pages_txt[i], re.M):
                found = i + 1
                break
        assert found, (num, text)
        pages.append(str(found))
        start = found - 1
    w, xml = body(pages)
    src.write_text(fodt(xml), encoding="utf-8")
    B.soffice(src, "docx:MS Word 2007 XML", tmp)
    (tmp / "abc-competency-framework.docx").replace(OUT)
    return OUT


if __name__ == "__main__":
    print(build())
