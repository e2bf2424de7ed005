"""Police Sector Council (Canada), Competency-Based Management framework for Canadian police services,
Competency Dictionary, behavioural competencies -> PDF.

python-docx -> LibreOffice, Letter: dictionary title and a short "How to read a competency" note (front
matter); per competency a heading, "Competency category: Behavioural", a definition, a "Related competencies:" line (names separated by
semicolons), and a "Proficiency
scale" table: header row Proficiency Level | Behavioural Indicators (repeated on every page), one row per
level, left cell "Level 1 - Shares basic information" (number bold, short title plain), right cell Word
bullets. The first
table runs across a page break (the header row repeats); rows do not split. Footer "(c) Police Sector Council"
with a page number."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

import common as C
import helpers as H

STEM = "psc-police-competency-dictionary-behavioural"
TITLE = "Competency Dictionary"

COMPS = [
    ("Interactive Communication",
     "Exchanges information with individuals and groups in a way that is clear, respectful and suited to the "
     "audience, listening actively and checking that the message has been understood.",
     [("Level 1", "Shares basic information",
       ["Speaks clearly and courteously when giving or asking for routine information",
        "Listens without interrupting and asks questions to confirm understanding",
        "Uses plain language rather than police jargon with members of the public"]),
      ("Level 2", "Adapts communication to the situation",
       ["Adjusts tone, pace and vocabulary to the age, culture and emotional state of the listener",
        "Notices non-verbal cues and responds to them",
        "Explains procedures and the reasons for police action to victims, witnesses and suspects",
        "Writes down key points of conversations accurately for notes and reports"]),
      ("Level 3", "Communicates in complex or sensitive situations",
       ["Conveys difficult news, such as a death notification, with compassion and clarity",
        "Uses verbal de-escalation to calm people who are angry, frightened or in crisis",
        "Presents evidence and testimony in court in a clear and credible manner",
        "Works through interpreters and other supports to communicate with people who face language or "
        "disability barriers"]),
      ("Level 4", "Communicates to influence groups",
       ["Leads community meetings and briefings on contentious issues",
        "Tailors messages for partner agencies, elected officials and the media",
        "Coaches others in communication techniques for difficult encounters",
        "Brings together people with conflicting views to reach a common understanding"]),
      ("Level 5", "Communicates at the strategic level",
       ["Represents the police service publicly on issues of national or regional significance",
        "Sets the communication strategy for major incidents and organizational change",
        "Builds public trust through open and consistent communication over time"])]),
    ("Stress Tolerance",
     "Maintains effective performance under pressure, in the face of danger, provocation or heavy workload, "
     "and recovers from stressful events in a healthy way.",
     [("Level 1", "Stays composed in routine pressure",
       ["Remains calm and polite when faced with rude or uncooperative people",
        "Keeps working effectively when several routine tasks compete for attention",
        "Recognizes own signs of stress and takes appropriate steps to manage them"]),
      ("Level 2", "Performs under moderate stress",
       ["Makes sound decisions in fast-moving calls for service",
        "Controls own emotions when provoked or verbally abused",
        "Seeks support after a difficult incident rather than withdrawing"]),
      ("Level 3", "Performs in high-risk situations",
       ["Acts decisively and safely in dangerous or life-threatening situations",
        "Maintains judgment over long periods of sustained pressure, such as lengthy investigations",
        "Helps colleagues stay focused during critical incidents"]),
      ("Level 4", "Supports others under stress",
       ["Recognizes signs of stress in team members and arranges support",
        "Manages the workload of the unit to avoid prolonged overload",
        "Remains composed when accountable for high-profile incidents"]),
      ("Level 5", "Builds organizational resilience",
       ["Establishes policies and programs that support member wellness",
        "Models composure and resilience during organizational crises",
        "Ensures that critical incident stress management is in place across the service"])]),
]


RELATED = {"Interactive Communication": "Fostering Relationships; Conflict Management; Written Skills",
           "Stress Tolerance": "Risk Management; Critical Judgment"}


def _footer(sec):
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    H.right_tab(fp, 17.3)
    r = fp.add_run("\u00a9 Police Sector Council \u2013 Competency Dictionary\t")
    C.add_field(fp, "PAGE", "1")
    for r in fp.runs:
        r.font.size = Pt(8)


def build():
    H.WORK.mkdir(parents=True, exist_ok=True)
    d = Document()
    H.set_font(d, "Arial", 10)
    H.style_font(d, "Heading 1", "Arial", 18, True, "002F6C")
    H.style_font(d, "Heading 2", "Arial", 14, True, "002F6C")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    _footer(sec)

    d.add_heading("Competency Dictionary", 1)
    p = d.add_paragraph()
    r = p.add_run("Behavioural Competencies")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph(
        "Each competency is presented in the same way: the competency name, its definition, and a proficiency "
        "scale that describes the expected behaviours at five levels. The levels are cumulative, so an officer "
        "working at Level 3 is expected to show the behaviours described at Levels 1 and 2. Behavioural "
        "competencies are combined with technical and leadership competencies to build the competency profile "
        "of each policing role.")
    bl = C.add_numbering(d, C.bullet_lvl("\u25aa", left=288, hanging=216), "7E2F3A4B")

    for idx, (name, definition, levels) in enumerate(COMPS):
        h = d.add_heading(name, 2)
        H.space(h, 18 if idx else 12, 4)
        p = d.add_paragraph()
        r = p.add_run("Competency category: ")
        r.bold = True
        p.add_run("Behavioural")
        H.space(p, 0, 4)
        p = d.add_paragraph()
        r = p.add_run("Definition: ")
        r.bold = True
        p.add_run(definition)
        H.space(p, 0, 4)
        p = d.add_paragraph()
        r = p.add_run("Related competencies: ")
        r.bold = True
        p.add_run(RELATED[name])
        H.space(p, 0, 6)
        p = d.add_paragraph()
        r = p.add_run("Proficiency scale")
        r.bold = True
        r.font.color.rgb = RGBColor(0x00, 0x2F, 0x6C)
        p.paragraph_format.keep_with_next = True
        t = d.add_table(rows=1 + len(levels), cols=2)
        H.borders(t, color="8C8C8C")
        H.cell_margins(t, 80, 80, 110, 110)
        for ci, lab in enumerate(("Proficiency Level", "Behavioural Indicators")):
            c = t.rows[0].cells[ci]
            c.text = ""
            rr = c.paragraphs[0].add_run(lab)
            rr.bold = True
            rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            C.shade(c, "002F6C")
        C.mark_header_row(t.rows[0])
        for ri, (lab, ttl, bullets) in enumerate(levels, start=1):
            C.row_flags(t.rows[ri], cant_split=True)
            c0 = t.rows[ri].cells[0]
            c0.text = ""
            c0.paragraphs[0].add_run(lab).bold = True
            c0.paragraphs[0].add_run(f" \u2013 {ttl}")
            C.shade(c0, "E8EEF6")
            c1 = t.rows[ri].cells[1]
            for k, b in enumerate(bullets):
                q = c1.paragraphs[0] if k == 0 else c1.add_paragraph()
                q.text = b
                C.set_num(q, bl)
                H.space(q, 1, 1)
        C.fix_widths(t, [1.7, 5.2])

    C.clear_core_props(d, TITLE)
    src = H.WORK / f"{STEM}.docx"
    d.save(src)
    pdf = H.to_pdf(src, H.WORK)
    out = H.DOCS / f"{STEM}.pdf"
    out.write_bytes(pdf.read_bytes())
    return out


def gold(doc_path):
    comps = []
    for name, definition, levels in COMPS:
        lv = [H.lvl(i + 1, f"{lab} \u2013 {ttl}", bullets, STEM) for i, (lab, ttl, bullets) in enumerate(levels)]
        comps.append(H.comp(name, STEM, definition, levels=lv, related=RELATED[name].split("; "),
                            notes=[H.it("Competency category: Behavioural", STEM)]))
    return H.write_gold(doc_path, "pdf", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(p, gold(p))
