"""Government of India, DoPT: Competency Dictionary for the Civil Services (DOCX, python-docx).

One Word MULTILEVEL list (one w:abstractNum, three levels: decimal "1." / lowerLetter "a." /
lowerRoman "i."), no typed numbers anywhere: level 0 = competency name (bold), level 1 = "Level 1"..
"Level 4", level 2 = the behavioural indicators. The definition is an unnumbered indented paragraph
under the name. The pillar headings (Ethos, Ethics, Equity) are Heading 1 paragraphs between list
items; the decimal numbering continues across them (1., 2., 3.)."""
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402

STEM = "dopt-civil-services-competency-dictionary"
DOC = C.DOCS / f"{STEM}.docx"

MULTI = (
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3."/>'
    '<w:lvlJc w:val="right"/><w:pPr><w:ind w:left="1440" w:hanging="180"/></w:pPr></w:lvl>')

COMPS = [
    ("Ethos", "People First",
     "Passion for serving people, with special care for the marginalised and the disadvantaged; being "
     "approachable, welcoming and caring, and rising above bias in dealing with people; understanding what "
     "people need and constantly working to improve services.",
     [["Treats every citizen courteously and attends to requests without discrimination.",
       "Explains procedures and entitlements in simple language."],
      ["Finds out what citizens need, including those who are not vocal, and responds promptly.",
       "Follows up to make sure that the service promised has been delivered."],
      ["Redesigns processes in own unit so that services reach the marginalised and disadvantaged.",
       "Uses feedback from citizens to raise the quality of service delivery."],
      ["Builds a citizen-centric culture across the organisation and holds others accountable for it.",
       "Shapes policies that put the needs of the most vulnerable at the centre."]]),
    ("Ethics", "Integrity",
     "Behaving consistently in an open, fair and transparent manner, honouring one's commitments and upholding "
     "the values of the civil service, even under pressure.",
     [["Is honest in dealings with colleagues and citizens.",
       "Follows rules and procedures and declares any conflict of interest."],
      ["Keeps commitments and admits own mistakes openly.",
       "Turns down improper requests, whatever their source."],
      ["Takes unpopular decisions when they are the right ones and explains them transparently.",
       "Acts on unethical conduct observed in the team."],
      ["Builds systems that make transparency and accountability routine across the organisation.",
       "Stands by the values of the service in the face of political or public pressure."]]),
    ("Equity", "Empathy",
     "Being able to hear out and understand accurately the thoughts, feelings and concerns of others, even "
     "when these are not stated openly.",
     [["Listens attentively and without interrupting.",
       "Recognises feelings that others express openly."],
      ["Picks up unspoken concerns and asks questions to understand them.",
       "Responds to people's feelings with patience and respect."],
      ["Understands the reasons behind people's behaviour and takes them into account in decisions.",
       "Adapts own approach to the needs of different groups."],
      ["Anticipates how policies will affect different communities and builds this understanding into planning.",
       "Creates a climate in the organisation in which people feel heard."]]),
]


def build():
    d = Document()
    d.styles["Normal"].font.name = "Cambria"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Competency Dictionary for the Civil Services"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.add_run("GoI-UNDP Project \u2018Strengthening Human Resource Management of Civil Service\u2019\t\t")
    C.add_field(fp, "PAGE")

    num = C.add_numbering(d, MULTI, "5C0F2A11")

    d.add_paragraph("Competency Dictionary for the Civil Services", style="Title")
    d.add_paragraph(
        "Ethos, ethics, equity and efficiency are the four pillars of good governance and citizen-centric "
        "administration. The competencies of this dictionary are grouped under these pillars. Each competency "
        "has a definition and behavioural indicators at four levels of proficiency, Level 1 being the most "
        "basic and Level 4 the most advanced; the levels are cumulative. This extract covers one competency "
        "from each of the first three pillars.")

    for pillar, name, definition, levels in COMPS:
        d.add_paragraph(pillar, style="Heading 1")
        p = d.add_paragraph()
        C.set_num(p, num, 0)
        p.add_run(name).bold = True
        dp = d.add_paragraph(definition)
        dp.paragraph_format.left_indent = Inches(0.25)
        for i, behs in enumerate(levels, 1):
            lp = d.add_paragraph(f"Level {i}")
            C.set_num(lp, num, 1)
            for b in behs:
                bp = d.add_paragraph(b)
                C.set_num(bp, num, 2)
    C.clear_core_props(d, "Competency Dictionary for the Civil Services")
    d.save(DOC)

    comps = []
    for pillar, name, definition, levels in COMPS:
        lv = [{"rank": i, "label": f"Level {i}", "behaviors": [C.item(STEM, b) for b in behs]}
              for i, behs in enumerate(levels, 1)]
        comps.append(C.competency(STEM, name, definition, levels=lv))
    C.write_gold(DOC, "docx", "Competency Dictionary for the Civil Services", comps)


if __name__ == "__main__":
    build()
    print("built", DOC)
