"""IATA, Competency Assessment and Evaluation for Pilots, Instructors and Evaluators (Guidance Material, 1st ed.).

PDF (python-docx -> LibreOffice): cover page, notice page, table of contents with dot leaders (page numbers filled
in from the rendered PDF), abbreviations / definitions, word-picture grading scales (front matter), then the
competency tables of Appendix A (pilot competencies, "OB 0.1" codes) and Appendix B (instructor competencies,
"iOB 3.1" codes). Running header with page number, footer "First Edition, January 2021", no furniture on the cover.
"""
import re

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "iata-competency-assessment-guidance"
DOC = "iata-competency-assessment-guidance"
TITLE = "Competency Assessment and Evaluation for Pilots, Instructors and Evaluators"
BLUE = "1F3A68"

PILOT = [
    ("Application of knowledge (KNO)", "0",
     "Shows that relevant information, operating instructions, aircraft systems and the operating environment "
     "are known and understood.",
     ["Shows practical, usable knowledge of limitations and of the systems and how they interact",
      "Shows the required knowledge of the published operating instructions",
      "Shows knowledge of the physical environment and the air traffic environment, including routings, weather, "
      "airports and the operational infrastructure",
      "Shows suitable knowledge of the legislation that applies",
      "Knows where the required information can be found",
      "Shows an active interest in gaining knowledge",
      "Applies knowledge effectively"]),
    ("Application of procedures and compliance with regulations (PRO)", "1",
     "Recognises and follows the appropriate procedures in line with published operating instructions and the "
     "regulations that apply.",
     ["Knows where procedures and regulations are to be found",
      "Uses the relevant operating instructions, procedures and techniques at the right time",
      "Keeps to SOPs unless a greater margin of safety calls for a justified deviation",
      "Operates the aeroplane systems and related equipment correctly",
      "Keeps track of the status of aircraft systems",
      "Complies with the regulations that apply",
      "Puts relevant procedural knowledge to use"]),
    ("Problem solving and decision making (PSD)", "6",
     "Recognises precursors, mitigates problems and takes decisions.",
     ["Recognises, evaluates and handles threats and errors in good time",
      "Looks for accurate and sufficient information from suitable sources",
      "Where appropriate, establishes and confirms what has gone wrong and why",
      "Keeps working through problems while giving safety priority",
      "Recognises and weighs the suitable options",
      "Uses suitable decision-making techniques at the right time",
      "Monitors, reviews and adjusts decisions as needed",
      "Adjusts when a situation arises for which no guidance or procedure exists",
      "Shows resilience in the face of an unexpected event"]),
]

INSTRUCTOR = [
    ("Instruction", "3",
     "Delivers training that builds the trainee\u2019s competencies.",
     ["refers to approved sources (operations, technical and training manuals, standards and regulations)",
      "states the training objectives and makes clear the roles of trainee and instructor",
      "follows the approved training programme",
      "uses instructional methods that suit the situation (explanation, demonstration, learning by discovery, "
      "facilitation)",
      "keeps the training operationally relevant and realistic",
      "adjusts the amount of instructor input to what the trainee needs",
      "encourages the trainee to ask questions and to reflect on the session"]),
    ("Interaction with the trainees", "4",
     "Supports the learning and development of the trainees and sets an example through own behaviour "
     "(role model).",
     ["shows respect for the trainee, for instance by taking cultural and language differences into account",
      "shows patience and empathy, for instance by listening actively, reading non-verbal signals and inviting "
      "dialogue",
      "deals with what stands in the way of the trainee\u2019s learning",
      "encourages the trainee to take part and keeps the trainee motivated",
      "supports the trainee in assessing and reflecting on own performance",
      "behaves as a role model at all times"]),
]

TOC = ["Abbreviations and Acronyms", "Definitions", "Section 1\u2014Introduction",
       "Section 2\u2014Grading Scales: Word Pictures",
       "Appendix A\u2014Pilot Competencies and Observable Behaviours",
       "Appendix B\u2014Instructor and Evaluator Competencies"]


def _font(doc):
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(6)
    for name, size in (("Heading 1", 15), ("Heading 2", 12)):
        s = doc.styles[name]
        s.font.name = "Arial"
        s.font.size = Pt(size)
        s.font.color.rgb = RGBColor.from_string(BLUE)
        s.font.bold = True


def _header_footer(section):
    section.different_first_page_header_footer = True
    hp = section.header.paragraphs[0]
    H.add_field(hp, "PAGE", "1")
    hp.add_run("\t" + TITLE)
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(0.45))
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("First Edition, January 2021")
    r.font.size = Pt(8)
    r.italic = True


def _comp_table(doc, name, num, desc, obs, prefix, header):
    t = doc.add_table(rows=1 + len(obs), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, txt in zip(t.rows[0].cells, header):
        H.set_cell(cell, txt, bold=True, size=9, color="FFFFFF")
        H.shade(cell, BLUE)
    H.repeat_header(t.rows[0])
    a = t.cell(1, 0).merge(t.cell(len(obs), 0))
    b = t.cell(1, 1).merge(t.cell(len(obs), 1))
    H.set_cell(a, name, bold=True, size=9)
    H.set_cell(b, desc, size=9)
    for i, ob in enumerate(obs, 1):
        H.set_cell(t.cell(i, 2), f"{prefix} {num}.{i} {ob}", size=9)
        H.cant_split(t.rows[i])
    H.fix_widths(t, [1.45, 1.9, 3.15])
    doc.add_paragraph()


def make_docx(path, toc_pages):
    doc = Document()
    H.clear_core_props(doc, TITLE)
    _font(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(0.9)
    _header_footer(sec)

    # --- cover
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold, r.font.size, r.font.color.rgb = True, Pt(26), RGBColor.from_string(BLUE)
    p = doc.add_paragraph()
    r = p.add_run("Guidance Material")
    r.font.size = Pt(16)
    for _ in range(14):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("First Edition, January 2021")
    r.font.size = Pt(11)
    p = doc.add_paragraph()
    r = p.add_run("International Air Transport Association")
    r.bold, r.font.size = True, Pt(11)

    # --- notice
    p = doc.add_paragraph()
    H.page_break_before(p)
    p.add_run("NOTICE").bold = True
    for txt in (
        "DISCLAIMER. The content of this publication is reviewed regularly as government requirements and "
        "regulations change. No subscriber or other reader should act on any of this information without "
        "checking the laws and regulations that apply and, where needed, taking professional advice. Although "
        "care has been taken to make it accurate, the International Air Transport Association accepts no "
        "responsibility for any loss or damage arising from errors, omissions, misprints or misreading of its "
        "contents, and disclaims all liability to any person, purchaser of this publication or not, for "
        "anything done or not done in reliance on it.",
        "\u00a9 International Air Transport Association. All Rights Reserved. No part of this publication may be "
        "reproduced, recast, reformatted or transmitted in any form by any means without prior written "
        "permission from:",
        "Senior Vice President\nSafety and Flight Operations\nInternational Air Transport Association\n"
        "800 Place Victoria\nP.O. Box 113\nMontreal, Quebec\nCANADA H4Z 1M1"):
        q = doc.add_paragraph()
        parts = txt.split("\n")
        for i, part in enumerate(parts):
            run = q.add_run(part)
            run.font.size = Pt(8)
            if i < len(parts) - 1:
                run.add_break()

    # --- contents with dot leaders
    h = doc.add_heading("Table of Contents", level=1)
    H.page_break_before(h)
    for entry, pg in zip(TOC, toc_pages):
        q = doc.add_paragraph()
        q.paragraph_format.tab_stops.add_tab_stop(Inches(6.45), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        q.add_run(f"{entry}\t{pg}")

    # --- abbreviations, definitions
    h = doc.add_heading(TOC[0], level=1)
    H.page_break_before(h)
    t = doc.add_table(rows=0, cols=2)
    for a, b in (("CBTA", "Competency-based training and assessment"), ("EBT", "Evidence-based training"),
                 ("iOB", "Instructor observable behaviour"), ("KSA", "Knowledge, skills and attitudes"),
                 ("OB", "Observable behaviour"), ("SOP", "Standard operating procedure"),
                 ("TEM", "Threat and error management")):
        row = t.add_row().cells
        H.set_cell(row[0], a, bold=True)
        H.set_cell(row[1], b)
    H.fix_widths(t, [1.0, 5.0])
    doc.add_heading(TOC[1], level=1)
    for term, txt in (
        ("Competency.", "A dimension of human performance that is used to predict successful performance on the "
         "job reliably. A competency shows itself, and is observed, through behaviours that draw on the relevant "
         "knowledge, skills and attitudes to carry out tasks under stated conditions."),
        ("Observable behaviour (OB).", "A single behaviour, related to the role, that can be observed and may or "
         "may not be measurable."),
        ("Word picture.", "A short description of performance used to place an observation on a grading scale.")):
        q = doc.add_paragraph()
        q.add_run(term + " ").bold = True
        q.add_run(txt)

    # --- section 1
    h = doc.add_heading(TOC[2], level=1)
    H.page_break_before(h)
    for txt in (
        "This guidance material helps operators and training organisations put competency-based training and "
        "assessment into practice for pilots and for the instructors and evaluators who train and assess them. "
        "It brings together the competency frameworks published by ICAO and explains how performance against "
        "them can be graded consistently.",
        "Competencies are assessed through observable behaviours. An instructor or evaluator does not grade each "
        "behaviour on its own; the behaviours observed during a session are used as evidence for the grade given "
        "to the competency as a whole."):
        doc.add_paragraph(txt)

    # --- section 2: word pictures (a grading scale for all competencies)
    doc.add_heading(TOC[3], level=1)
    doc.add_paragraph("The word pictures below give a common scale for two dimensions of the VENN model. They "
                      "apply to every competency in Appendices A and B.")
    for head, words in (("2.1 Word pictures of the \u201cHOW MANY\u201d dimension",
                         ["few, hardly any", "some", "many", "most", "all, almost all"]),
                        ("2.2 Word pictures of the \u201cHOW OFTEN\u201d dimension",
                         ["rarely", "occasionally", "regularly", "regularly*", "always, almost always"])):
        doc.add_heading(head, level=2)
        t = doc.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        for i, w in enumerate(words):
            H.set_cell(t.cell(0, i), f"Grade {i + 1}", bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
            H.set_cell(t.cell(1, i), w, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        doc.add_paragraph()
    q = doc.add_paragraph()
    q.add_run("* In the HOW OFTEN scale, the second \u201cregularly\u201d is read as \u201cvery often\u201d.").italic = True

    # --- appendix A
    h = doc.add_heading(TOC[4], level=1)
    H.page_break_before(h)
    doc.add_paragraph("The pilot competencies, their descriptions and their observable behaviours are set out "
                      "below as published in the ICAO framework. Only an extract is reproduced here.")
    for name, num, desc, obs in PILOT:
        _comp_table(doc, name, num, desc, obs, "OB",
                    ("Competency", "Competency description", "Observable behaviours (OB)"))

    # --- appendix B
    h = doc.add_heading(TOC[5], level=1)
    H.page_break_before(h)
    doc.add_paragraph("Instructors and evaluators must hold the pilot competencies themselves. In addition, the "
                      "following instructor competencies apply; their observable behaviours are numbered iOB.")
    for name, num, desc, obs in INSTRUCTOR:
        _comp_table(doc, name, num, desc, obs, "iOB",
                    ("Competency", "Description", "Instructor observable behaviours (iOB)"))
    doc.save(path)


def build():
    H.TMP.mkdir(parents=True, exist_ok=True)
    src = H.TMP / f"{STEM}.docx"
    out = H.DOCS / f"{STEM}.pdf"
    pages = [4, 4, 5, 5, 6, 8]
    for _ in range(3):
        make_docx(src, pages)
        H.docx_to_pdf(src, out)
        texts = H.pdf_page_texts(out)
        found = []
        for entry in TOC:
            hit = [i + 1 for i, t in enumerate(texts) if i >= 3 and H.norm(entry) in H.norm(t)]
            found.append(hit[0] if hit else 0)
        if found == pages:
            break
        pages = found
    assert found == pages, (found, pages)

    def comp(name, desc, obs):
        clean = re.sub(r"\s*\([A-Z]{3}\)$", "", name)
        return H.competency(DOC, clean, desc, indicators=H.items(DOC, obs))

    comps = [comp(n, d, o) for n, _, d, o in PILOT + INSTRUCTOR]
    H.write_gold(out, "pdf", TITLE, comps)
