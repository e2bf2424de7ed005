"""Oxford University Hospitals NHS Foundation Trust - Value Based Interviewing (VBI) interviewer question guide (DOCX).

Modelled on the OUH VBI material (Trust values Compassion, Delivery, Excellence, Improvement, Learning,
Respect; questions that explore what / how / why with probing questions; positive and negative
indicators as in the HEE values-based recruitment guidance the Trust used). python-docx with REAL Word
multilevel numbering (one abstractNum: level 0 "1.", level 1 "a)"), restarted per value; no typed numbers.
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

import bmlib as L

STEM = "ouh-value-based-interview-guide"
OUT = L.DOCS / f"{STEM}.docx"
BLUE = RGBColor(0x00, 0x5E, 0xB8)

VALUES = [
    ("Excellence",
     "We set ourselves the highest standards in all that we do, for patients and for one another, and we take "
     "pride in getting the basics right every time.",
     [("Tell us about a time when you went beyond what was expected of you to get something right for a patient "
       "or service user.",
       ["What did you do, and what made you decide to do it?", "How did the person respond?",
        "Looking back, would you do anything differently?"]),
      ("Describe an occasion when you noticed that a standard of care or service was slipping.",
       ["What did you notice first?", "Who did you involve, and how?"]),
      ("Give us an example of a piece of work you are particularly proud of.",
       ["Why does it stand out for you?", "What did other people say about it?"])],
     ["Describes checking own work against agreed standards without being asked",
      "Shows pride in doing the basics well",
      "Speaks up when standards fall short, even when this is uncomfortable",
      "Gives credit to colleagues who contributed"],
     ["Accepts poor practice as \u2018the way things are done here\u2019",
      "Focuses on personal recognition rather than the outcome for the patient",
      "Cannot give a specific example"]),
    ("Improvement",
     "We look for better ways of working, welcome new ideas and act on what patients, families and colleagues "
     "tell us.",
     [("Tell us about a change you suggested or made that improved the way your team worked.",
       ["What prompted the idea?", "How did you bring others with you?", "How did you know it had worked?"]),
      ("Describe a time when feedback from a patient, carer or colleague led you to change what you did.",
       ["How did you feel when you first heard the feedback?", "What did you change as a result?"])],
     ["Gives examples of spotting problems and proposing practical solutions",
      "Uses feedback and information to judge whether a change has worked",
      "Involves the people affected by a change",
      "Stays open when own ideas are challenged"],
     ["Waits for others to identify and fix problems",
      "Dismisses feedback or becomes defensive",
      "Describes change as something done to people rather than with them"]),
    ("Learning",
     "We keep learning from our successes and from our mistakes, share what we know and support others to "
     "develop.",
     [("Tell us about a mistake you made at work and what happened next.",
       ["What did you do straight afterwards?", "What did you learn from it?", "How has it changed your practice?"]),
      ("Describe a time when you helped a colleague to learn something new.",
       ["How did you find out what they already knew?", "What would you do differently next time?"]),
      ("What have you done in the past year to develop yourself?",
       ["Why did you choose that?"])],
     ["Is open about own errors and what was learned from them",
      "Takes responsibility for own development",
      "Shares knowledge willingly with others",
      "Reflects on experience and changes future practice as a result"],
     ["Blames others or circumstances for mistakes",
      "Sees learning only as attending formal courses",
      "Shows little interest in feedback"]),
]

SCALE = [("4", "Strong evidence", "Gives a specific, recent example; explains clearly what they did, how and why; "
                                   "the example strongly reflects the value."),
         ("3", "Good evidence", "Gives a specific example with most of the detail; the value is clearly reflected."),
         ("2", "Limited evidence", "Example is general or hypothetical, or the value is only partly reflected."),
         ("1", "No evidence", "Unable to give an example, or the example runs counter to the value.")]

MULTI = (
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="426" w:hanging="426"/></w:pPr>'
    '<w:rPr><w:b/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="993" w:hanging="425"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3."/>'
    '<w:lvlJc w:val="right"/><w:pPr><w:ind w:left="1560" w:hanging="180"/></w:pPr></w:lvl>')


def add_abstract(doc, lvl_xml, nsid, multi="multilevel"):
    numbering = doc.part.numbering_part.element
    ids = [int(x.get(qn("w:abstractNumId"))) for x in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids + [-1]) + 1
    absnum = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}"><w:nsid w:val="{nsid}"/>'
                       f'<w:multiLevelType w:val="{multi}"/>{lvl_xml}</w:abstractNum>')
    first = numbering.find(qn("w:num"))
    if first is not None:
        first.addprevious(absnum)
    else:
        numbering.append(absnum)
    return aid


def add_num(doc, aid, restart=True):
    numbering = doc.part.numbering_part.element
    nid = max([int(x.get(qn("w:numId"))) for x in numbering.findall(qn("w:num"))] + [0]) + 1
    over = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else "")
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{over}</w:num>'))
    return nid


def style(doc):
    st = doc.styles
    st["Normal"].font.name = "Arial"
    st["Normal"].font.size = Pt(10.5)
    st["Normal"].paragraph_format.space_after = Pt(4)
    for name, size, color in (("Title", 22, BLUE), ("Heading 1", 16, BLUE), ("Heading 2", 12.5, BLUE),
                              ("Heading 3", 11, RGBColor(0x23, 0x1F, 0x20))):
        s = st[name]
        s.font.name = "Arial"
        s.font.size = Pt(size)
        s.font.color.rgb = color
        s.font.bold = True
        s.font.italic = False
        rpr = s.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), "Arial")
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
    st["Heading 1"].paragraph_format.space_before = Pt(14)
    st["Heading 2"].paragraph_format.space_before = Pt(10)


def header_footer(doc):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Oxford University Hospitals")
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = BLUE
    hp2 = sec.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp2.add_run("NHS Foundation Trust")
    r.font.size = Pt(9)
    r.font.color.rgb = BLUE
    fp = sec.footer.paragraphs[0]
    fp.add_run("VBI Interviewer Question Guide \u2013 Version 3.1, March 2019\t\tPage ").font.size = Pt(8)
    L.add_field(fp, "PAGE")
    fp.add_run(" of ").font.size = Pt(8)
    L.add_field(fp, "NUMPAGES", "4")
    for r in fp.runs:
        r.font.size = Pt(8)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.0)
    style(doc)
    header_footer(doc)
    L.clear_core_props(doc, "Value Based Interviewing - Interviewer Question Guide")

    aid = add_abstract(doc, MULTI, "5A1C0E21")
    bid = add_abstract(doc, L.bullet_lvl("\u2022", 360, 360), "5A1C0E22", "hybridMultilevel")
    bullets = add_num(doc, bid, restart=False)

    doc.add_paragraph("Value Based Interviewing (VBI)", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Interviewer Question Guide")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("Delivering Compassionate Excellence")
    r.italic = True
    r.font.color.rgb = BLUE

    doc.add_paragraph("About this guide", style="Heading 1")
    doc.add_paragraph(
        "This guide supports recruiting managers and panel members who have completed the Trust\u2019s VBI "
        "training. It sets out questions and probes for three of our six values, together with the behaviours to "
        "listen for. Choose one main question per value; you do not need to ask every probe.")
    doc.add_paragraph("How VBI questions work", style="Heading 2")
    for t in ("Each main question asks the candidate for a real example from their own experience.",
              "Probes explore what the candidate did, how they did it and why they chose to act that way.",
              "Examples may come from work, study, volunteering or home life.",
              "Write down what the candidate says, not your impression of it, and score after the interview."):
        L.set_num(doc.add_paragraph(t), bullets)

    doc.add_paragraph("The VBI scoring scale", style="Heading 2")
    t = doc.add_table(rows=1, cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    L.table_borders(t, "7F7F7F")
    for c, h in zip(t.rows[0].cells, ("Score", "Rating", "What the evidence looks like")):
        c.paragraphs[0].add_run(h).bold = True
        L.shade(c, "D9E6F5")
    for s, rname, desc in SCALE:
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(s)
        cells[1].paragraphs[0].add_run(rname)
        cells[2].paragraphs[0].add_run(desc)
    L.fix_widths(t, [0.6, 1.4, 4.5])

    for i, (name, definition, questions, pos, neg) in enumerate(VALUES):
        h = doc.add_paragraph(name, style="Heading 1")
        if i == 0:
            h.paragraph_format.page_break_before = True
        p = doc.add_paragraph()
        L.para_shading(p, "EAF1FA")
        r = p.add_run(definition)
        r.italic = True
        doc.add_paragraph("Questions and probes", style="Heading 2")
        nid = add_num(doc, aid, restart=True)
        for q, probes in questions:
            qp = doc.add_paragraph()
            qp.add_run(q).bold = True
            L.set_num(qp, nid, 0)
            qp.paragraph_format.space_before = Pt(6)
            for pr in probes:
                pp = doc.add_paragraph(pr)
                L.set_num(pp, nid, 1)
                pp.paragraph_format.space_after = Pt(1)
        doc.add_paragraph("What to listen for", style="Heading 2")
        doc.add_paragraph("Positive indicators", style="Heading 3")
        for t_ in pos:
            L.set_num(doc.add_paragraph(t_), bullets)
        doc.add_paragraph("Negative indicators", style="Heading 3")
        for t_ in neg:
            L.set_num(doc.add_paragraph(t_), bullets)
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.add_run("Evidence noted: ").bold = True
        p.add_run("_" * 62)
        p = doc.add_paragraph()
        p.add_run("Score (1\u20134): ").bold = True
        p.add_run("______")
    doc.save(str(OUT))


def gold():
    comps = []
    for name, definition, questions, pos, neg in VALUES:
        iq = L.items(STEM, [q + " " + " ".join(pr) for q, pr in questions])
        ind = L.items(STEM, pos, "Positive indicators") + L.items(STEM, neg, "Negative indicators")
        comps.append(L.competency(STEM, name, definition, interview_questions=iq, indicators=ind))
    return comps


def main():
    build()
    L.write_gold(OUT, "docx", "Value Based Interviewing (VBI)", gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()
