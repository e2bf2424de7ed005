"""Georgia Merit System, G-COMPS: Georgia's Competency Dictionary for Workforce Planning (2001): DOCX.

A definitions-only dictionary: lettered cluster headings ("A. BASIC COMMUNICATION") as full-width rows of a
borderless two-column table, competency name (bold) in the left column and its definition in the right;
footer "2001 Georgia Merit System." with page numbers starting at 3 (an excerpt of the printed dictionary).
"""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Inches

import helpers as H

STEM = "georgia-gcomps-competency-dictionary"
TITLE = "GEORGIA'S COMPETENCY DICTIONARY FOR WORKFORCE PLANNING"

CLUSTERS = [
    ("A. BASIC COMMUNICATION", [
        ("Oral Communication",
         "Ability to express ideas, thoughts and facts by speaking. Uses correct grammar, suitable body language and "
         "an appropriate tone and inflection, notices non-verbal cues and shows respect for the audience so that "
         "ideas are conveyed effectively."),
        ("Written Communication",
         "Ability to express ideas, thoughts and facts in writing. Skill in using correct grammar and spelling, sound "
         "sentence and document structure, accepted document formats and special writing techniques to get a "
         "message across in writing."),
        ("Reading & Reading Comprehension",
         "Examines, recognizes and understands the meaning of written characters, words and sentences (in the "
         "English language). Includes the ability to learn from written materials by picking out essential facts, "
         "main ideas and the core message. Interprets written materials such as rules, instructions, reports, "
         "charts, tables, articles and technical or professional publications, and applies what they say in "
         "situations related to the job."),
        ("Listening",
         "Attending to a spoken or other auditory message, including non-verbal cues; the listener\u2019s body "
         "language, position and eye contact are taken into account. Ability to understand spoken material and "
         "take meaning from it. Requires the ability to stay attentive."),
    ]),
    ("B. PERSONAL EFFECTIVENESS", [
        ("Flexibility",
         "The extent to which an individual accepts changes in job requirements, schedules or work environments."),
        ("Self Esteem (Self Concept)",
         "The overall regard in which a person holds himself or herself. Self-regard. Self-worth. How one feels "
         "about the way one sees oneself."),
        ("Learning",
         "Desire and effort to gain new knowledge and skills for work. Concern for acquiring new job knowledge."),
        ("Integrity / Honesty",
         "The degree to which an individual can be trusted. Acts in an ethical manner. Takes into account what one "
         "knows of the rules and of the consequences of breaking them."),
    ]),
]


def build():
    d = docx.Document()
    H.clear_core_props(d, "G-COMPS")
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(2)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(1)
    sectPr = sec._sectPr
    sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="3"/>'))
    fp = sec.footer.paragraphs[0]
    fp.add_run("2001 Georgia Merit System.").font.size = Pt(9)
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.add_field(fp2, "PAGE", "3")

    for text, size in (("G-COMPS", 16), (TITLE, 13)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
    d.add_paragraph()

    t = d.add_table(rows=0, cols=2)
    H.no_borders(t)
    for cluster, comps in CLUSTERS:
        r = t.add_row()
        m = r.cells[0].merge(r.cells[1])
        run = m.paragraphs[0].add_run(cluster)
        run.bold = True
        m.paragraphs[0].paragraph_format.space_before = Pt(10)
        for name, definition in comps:
            r = t.add_row()
            r.cells[0].paragraphs[0].add_run(name).bold = True
            r.cells[1].paragraphs[0].text = definition
            r.cells[1].paragraphs[0].paragraph_format.space_after = Pt(8)
    H.fix_widths(t, [1.9, 4.6])

    out = H.DOCS / f"{STEM}.docx"
    d.save(out)
    comps = [H.competency(STEM, name, definition) for _, cs in CLUSTERS for name, definition in cs]
    H.write_gold(out, "docx", TITLE, comps)


if __name__ == "__main__":
    build()
