"""2. Birkbeck, University of London - Framework of Professional Behaviours (extract): DOCX -> PDF.

Each competency: shaded title bar, definition, "Key behaviours" table with the three grade bands as
columns (header row repeated when the table crosses a page), then "Development suggestions" bullets.
Running header and footer with "Page X of Y"."""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Pt, Inches, RGBColor

import qcommon as C

STEM = "bbk-professional-behaviours"
TITLE = "Framework of Professional Behaviours"
BANDS = ["Grades 3\u20135", "Grades 6\u20138", "Grades 9\u201310"]

COMPS = [
    {
        "name": "Communicating and Listening",
        "definition": ("Shares information clearly and in good time, adapts the message to the audience, and "
                       "listens actively so that others feel heard and understood."),
        "rows": [
            ("Gives clear, accurate information to students, visitors and colleagues.",
             "Adapts the style and content of messages to suit different audiences.",
             "Sets the tone for open, two-way communication across the department."),
            ("Listens carefully and checks own understanding before responding.",
             "Summarises complex information so that others can act on it.",
             "Explains the reasons for difficult decisions honestly and with sensitivity."),
            ("Writes emails and notes that are concise and correctly spelt.",
             "Prepares reports and briefings that are well structured and based on evidence.",
             "Represents Birkbeck confidently with senior external partners."),
            ("Passes on messages promptly to the right person.",
             "Encourages quieter colleagues to contribute in meetings.",
             "Builds channels that allow the views of staff to reach senior managers."),
            ("Asks for clarification when instructions are unclear.",
             "Handles challenging conversations calmly and respectfully.",
             ""),
        ],
        "dev": [
            "Ask a colleague to observe you in a meeting and give you feedback on how well you listen.",
            "Draft a short briefing on a topic you know well for a non-specialist reader, then ask someone outside your team whether it made sense.",
            "Book a place on one of the presentation skills workshops run by Talent Management.",
            "Volunteer to take and circulate the notes of your next team meeting.",
        ],
    },
    {
        "name": "Positive Relationships and Collaboration",
        "definition": ("Builds constructive working relationships within and beyond the team, values what "
                       "others contribute, and works jointly with them towards shared goals."),
        "rows": [
            ("Offers help to team members when workloads are uneven.",
             "Builds networks with colleagues in other departments and schools.",
             "Creates partnerships across Birkbeck and with external organisations."),
            ("Treats everyone with courtesy and respect.",
             "Resolves minor disagreements before they escalate.",
             "Deals with conflict between teams constructively and fairly."),
            ("Shares knowledge and useful information with colleagues.",
             "Involves the right people early when planning joint work.",
             "Breaks down barriers between professional services and academic departments."),
            ("Welcomes and supports new members of the team.",
             "Recognises and acknowledges the contributions of others.",
             "Models collaborative behaviour for managers across the College."),
            ("Contributes positively to team meetings.",
             "Works with colleagues from different backgrounds to find shared solutions.",
             "Champions inclusive ways of working in every collaboration."),
            ("Keeps promises made to colleagues.",
             "Negotiates workable compromises when priorities compete.",
             "Sponsors College-wide projects and holds partners to shared commitments."),
        ],
        "dev": [
            "Arrange to shadow a colleague in a department your team works with regularly.",
            "Join a College-wide working group or one of the staff networks.",
            "Think back to a recent disagreement: note what you did that helped, and what you would do differently next time.",
        ],
    },
    {
        "name": "Innovation and Change",
        "definition": ("Looks for better ways of working, is open to new ideas, and helps others to adapt "
                       "positively when change happens."),
        "rows": [
            ("Suggests practical improvements to routine tasks.",
             "Tries out new approaches and evaluates the results.",
             "Leads major change programmes from design through to review."),
            ("Adapts willingly to new systems and procedures.",
             "Helps colleagues understand why change is needed.",
             "Creates a culture in which staff feel safe to try new ideas."),
            ("Learns new software and tools quickly.",
             "Uses feedback from students and staff to redesign services.",
             "Anticipates trends in the higher education sector and prepares the organisation for them."),
            ("Raises concerns about change constructively.",
             "Manages the practical impact of change on the team.",
             ""),
        ],
        "dev": [
            "Map a process you use every week and look for a step that could be removed.",
            "Read about a change project at another university and share the lessons with your team.",
            "Put yourself forward for a Birkbeck service improvement project.",
        ],
    },
]

NAVY = "1F3864"


def build():
    doc = docx.Document()
    C.clear_core_props(doc, TITLE)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = Inches(0.9)
    sec.bottom_margin = Inches(0.8)
    # header: two-part with right tab
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(6.67), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Birkbeck, University of London\t\tFramework of Professional Behaviours")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor.from_string("595959")
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.67), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("Talent Management | October 2019\t\tPage ")
    r.font.size = Pt(8)
    C.add_field(fp, "PAGE")
    fp.add_run(" of ").font.size = Pt(8)
    C.add_field(fp, "NUMPAGES", "3")

    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = RGBColor.from_string(NAVY)
    p.paragraph_format.space_after = Pt(2)
    p = doc.add_paragraph()
    r = p.add_run("Professional and Support Staff \u2013 behaviours by grade band (extract)")
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor.from_string("595959")
    p.paragraph_format.space_after = Pt(10)
    doc.add_paragraph(
        "This extract sets out three of the nine behavioural categories in the framework. Each category "
        "opens with a short description, followed by the key behaviours expected in each grade band and "
        "some suggestions for development. Behaviours listed for a lower grade band also apply to staff in "
        "the higher bands, even where they are not repeated.").paragraph_format.space_after = Pt(12)

    bul_abs = C.add_abstract(doc, C.bullet_lvl("\u25aa", left=360, hanging=270), "5A1B2C3D")

    for comp in COMPS:
        # shaded title bar
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(6)
        p.paragraph_format.keep_with_next = True
        C.shade_par(p, NAVY)
        r = p.add_run(" " + comp["name"])
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        p = doc.add_paragraph(comp["definition"])
        p.paragraph_format.space_after = Pt(8)
        p.paragraph_format.keep_with_next = True
        p = doc.add_paragraph()
        rr = p.add_run("Key behaviours")
        rr.bold = True
        rr.font.size = Pt(11)
        rr.font.color.rgb = RGBColor.from_string(NAVY)
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_after = Pt(4)
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for cell, band in zip(t.rows[0].cells, BANDS):
            C.shade_cell(cell, "D9E2F3")
            rb = cell.paragraphs[0].add_run(band)
            rb.bold = True
        C.header_row(t.rows[0])
        for row_txt in comp["rows"]:
            row = t.add_row()
            for cell, txt in zip(row.cells, row_txt):
                if txt:
                    cell.paragraphs[0].add_run(txt)
                cell.paragraphs[0].paragraph_format.space_after = Pt(3)
        C.fix_widths(t, [2.22, 2.22, 2.22])
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(3)
        p.paragraph_format.keep_with_next = True
        rr = p.add_run("Development suggestions")
        rr.bold = True
        rr.font.size = Pt(11)
        rr.font.color.rgb = RGBColor.from_string(NAVY)
        nid = C.add_num(doc, bul_abs)
        for d in comp["dev"]:
            p = doc.add_paragraph(d)
            C.set_num(p, nid)
            p.paragraph_format.space_after = Pt(2)
        doc.add_paragraph().paragraph_format.space_after = Pt(6)

    tmp = C.BATCH / "build" / "_tmp"
    tmp.mkdir(exist_ok=True)
    src = tmp / f"{STEM}.docx"
    doc.save(src)
    C.soffice(src, "pdf", C.DOCS)
    return C.DOCS / f"{STEM}.pdf"


def gold(path):
    comps = []
    for comp in COMPS:
        levels = []
        for i, band in enumerate(BANDS):
            behs = [r[i] for r in comp["rows"] if r[i]]
            levels.append(C.level(i + 1, band, behs, STEM))
        acts = [C.item(d, STEM) for d in comp["dev"]]
        comps.append(C.competency(comp["name"], STEM, comp["definition"], levels=levels, activities=acts))
    return C.write_gold(path, "pdf", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(gold(p))
