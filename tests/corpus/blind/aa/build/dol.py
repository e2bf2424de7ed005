"""U.S. Department of Labor, Employment and Training Administration - Competency Model Clearinghouse
(CareerOneStop): Building Blocks Competency Model, Tier 1 - Personal Effectiveness Competencies.

Rendered python-docx (numbered competencies "1. Name: definition", "Key Behaviors:", two-level Word
bullet list with the Symbol bullet and the Courier New "o" of Word's default second level, running
header/footer) -> LibreOffice PDF -> pdftotext -layout. Only the .txt is shipped:
docs/dol-cmc-personal-effectiveness-competencies.txt."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import docx
from docx.shared import Cm, Pt, RGBColor

import common as C
import helpers as H

STEM = "dol-cmc-personal-effectiveness-competencies"
TITLE = "Tier 1 \u2013 Personal Effectiveness Competencies"

INTRO = ("Personal effectiveness competencies are personal attributes that matter in every role a person "
         "plays in life. They are often called \u201csoft skills\u201d; most people first learn them at home or "
         "in the community and then sharpen them at school and at work.")

COMPS = [
    ("Interpersonal Skills", "Showing the skills needed to work with people from many different backgrounds.", [
        ("Demonstrating sensitivity/empathy", [
            "Show a genuine interest in other people and in what concerns them",
            "Be sensitive to the needs and feelings of others",
            "Look for ways to help people and lend a hand when it is needed"]),
        ("Demonstrating insight into behavior", [
            "Recognize the verbal and nonverbal behavior of others and read it correctly",
            "Show insight into what other people do and why they do it",
            "Notice when a relationship with others has become strained"]),
        ("Maintaining open relationships", [
            "Keep the lines of communication with others open",
            "Encourage others to talk about their problems as well as their successes",
            "Build a high level of trust and credibility with others"]),
        ("Respecting diversity", [
            "Show sensitivity and respect for the opinions, perspectives, customs, and individual "
            "differences of others",
            "Value a diversity of people and of ideas",
            "Deal flexibly and with an open mind with a wide range of people",
            "Listen to the views of others, weigh them, and change own opinion when it is right to do so"]),
    ]),
    ("Integrity", "Showing behavior that is accepted socially and at work.", [
        ("Behaving ethically", [
            "Keep to a strict code of ethics and conduct",
            "Choose the ethical course of action and do the right thing, even when others oppose it",
            "Encourage others to behave in the same way"]),
        ("Acting fairly", [
            "Treat others honestly, fairly, and with respect",
            "Make objective decisions that treat others justly"]),
        ("Taking responsibility", [
            "Take responsibility for meeting work goals within the agreed timeframes",
            "Accept responsibility for own decisions and actions and for those of own group, team, or "
            "department",
            "Try to learn from mistakes"]),
    ]),
    ("Professionalism", "Keeping up a professional presence.", [
        ("Demonstrating self-control", [
            "Stay calm when things go wrong",
            "Keep emotions in check when provoked or under stress",
            "Take criticism tactfully and try to learn from it"]),
        ("Professional appearance", [
            "Keep a professional manner",
            "Dress in a way that suits the occupation and what it requires",
            "Keep up appropriate personal hygiene"]),
        ("Social responsibility", [
            "Do not lie, steal, or use illegal drugs or alcohol at work",
            "Keep personal life and work life apart where this is appropriate"]),
        ("Maintaining a positive attitude", [
            "Show a positive attitude toward work",
            "Take pride in own work and in the work of the organization"]),
    ]),
    ("Initiative", "Showing commitment to doing the job well by acting on one\u2019s own and following "
                   "through until the work is done.", [
        ("Persisting", [
            "Work with energy and drive and a strong wish to accomplish things",
            "Keep going and put in extra effort to finish tasks, even when conditions are hard or deadlines "
            "are tight",
            "Stay with a task or problem in spite of interruptions, obstacles, or setbacks"]),
        ("Taking initiative", [
            "Go beyond the routine demands of the job",
            "Look for new challenges at work and widen the variety and scope of own job",
            "Look for chances to influence events and to start things"]),
        ("Setting challenging goals", [
            "Set goals that are demanding but achievable",
            "Try to do better than key targets"]),
        ("Working independently", [
            "Find own ways of working that are effective and efficient",
            "Work effectively with little direction, support, or approval",
            "Take responsibility for finishing own assignments"]),
    ]),
]


def two_level_bullets(document):
    lvl0 = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>')
    lvl1 = ('<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New" '
            'w:hint="default"/></w:rPr></w:lvl>')
    return C.add_numbering(document, lvl0 + lvl1, "5C2D9A11")


def build_docx(path):
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)     # US Letter
    sec.left_margin = sec.right_margin = Cm(2.54)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    hp = sec.header.paragraphs[0]
    H.run(hp, "Building Blocks Competency Model", italic=True, size=9, color="555555")
    hp.alignment = 2
    fp = sec.footer.paragraphs[0]
    H.run(fp, "Competency Model Clearinghouse \u2013 Employment and Training Administration, "
              "United States Department of Labor", size=8, color="555555")
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = 1
    C.add_field(fp2, "PAGE")
    for r in fp2.runs:
        r.font.size = Pt(9)

    t = H.para(d, TITLE, bold=True, size=15, color="FFFFFF", after=8)
    pPr = t._p.get_or_add_pPr()
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="1F4E79"/>'))
    H.para(d, INTRO, after=10)

    nums = C.add_numbering(d, C.decimal_lvl("%1.", left=360, hanging=360), "5C2D9A10")
    bl = two_level_bullets(d)
    for name, definition, elements in COMPS:
        p = d.add_paragraph()
        H.run(p, name + ":", bold=True, color="1F4E79")
        H.run(p, " " + definition)
        C.set_num(p, nums)
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(4)
        p.paragraph_format.keep_with_next = True
        k = H.para(d, "Key Behaviors:", bold=True, italic=True, after=2)
        k.paragraph_format.left_indent = Cm(0.63)
        k.paragraph_format.keep_with_next = True
        for el, behaviors in elements:
            p = d.add_paragraph()
            H.run(p, el)
            C.set_num(p, bl, 0)
            p.paragraph_format.space_after = Pt(0)
            for b in behaviors:
                q = d.add_paragraph()
                H.run(q, b)
                C.set_num(q, bl, 1)
                q.paragraph_format.space_after = Pt(0)
    d.save(path)


def gold():
    out = []
    for name, definition, elements in COMPS:
        ind = []
        for el, behaviors in elements:
            ind += H.items(behaviors, STEM, el)
        out.append(H.comp(name, STEM, definition, indicators=ind))
    return out


def main():
    src = H.WORK / f"{STEM}.docx"
    build_docx(src)
    pdf = H.soffice(src, "pdf:writer_pdf_Export", H.WORK)
    H.pdftotext(pdf, H.DOCS / f"{STEM}.txt", layout=True)
    H.write_gold(STEM, f"{STEM}.txt", "txt", TITLE, gold())


if __name__ == "__main__":
    main()
