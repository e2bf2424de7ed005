"""Isle of Man Civil Service, "The Competency Framework for The Performance and Development Review Scheme"
(March 2006), section 2 "Competency Levels A - D" -> PDF.

python-docx -> LibreOffice, A4: running header "Isle of Man Civil Service" / "The Competency Framework",
running footer "Performance and Development Review Scheme - March 2006" and "Page X of Y"; section intro with
a key table tying the lettered levels to job grades (front matter); per competency a shaded title bar
(name), a one-paragraph description, then "Level A" ... "Level D" sub-headings (bold, not Heading styles)
with Word bullets. Level lists break across pages. Levels A (lowest) -> D, printed low to high."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import common as C
import helpers as H

STEM = "iom-civil-service-competency-framework-levels-a-d"
TITLE = "The Competency Framework"

GRADES = [("Level A", "Office Assistant, Clerical Officer"),
          ("Level B", "Executive Officer, Senior Clerical Officer"),
          ("Level C", "Higher Executive Officer"),
          ("Level D", "Senior Executive Officer, Assistant Principal Officer")]

COMPS = [
    ("Leading and working together",
     "Acting with integrity, openness and honesty; trusting colleagues and showing them loyalty; working with "
     "others inside and outside the team to get things done.",
     {"Level A": ["Treats colleagues and customers fairly and with respect",
                  "Offers help to colleagues when own work allows",
                  "Shares information that others in the team need",
                  "Accepts direction from the supervisor and raises concerns in the right way"],
      "Level B": ["Sets a good example to others through own conduct",
                  "Gives clear instructions and checks that they have been understood",
                  "Builds good working relationships with other sections of the Division",
                  "Deals with minor disagreements in the team before they grow"],
      "Level C": ["Plans the work of the team and agrees clear objectives with each member",
                  "Recognises good work and gives honest feedback on performance",
                  "Works with other Divisions to solve problems that affect more than one area",
                  "Tackles poor performance promptly and fairly"],
      "Level D": ["Creates a team culture in which staff feel trusted and able to contribute",
                  "Represents the Department constructively in cross-Government groups",
                  "Develops managers in own area so that they can lead their own teams",
                  "Stands by difficult decisions and explains the reasons for them to staff"]}),
    ("Communicating and influencing",
     "Communicating accurately, briefly and clearly, both orally and in writing, and putting a case in a way "
     "that gains the support of others.",
     {"Level A": ["Speaks clearly and politely to customers in person and on the telephone",
                  "Writes straightforward letters and e-mails that are accurate and easy to follow",
                  "Listens carefully and checks understanding before acting",
                  "Passes messages on promptly and accurately"],
      "Level B": ["Adapts the style and content of written work to the reader",
                  "Explains rules and procedures to the public in plain language",
                  "Presents information at team meetings in a clear and organised way",
                  "Handles awkward or upset callers calmly"],
      "Level C": ["Drafts reports and briefings that set out the facts and options clearly",
                  "Puts forward a well-reasoned case and responds to challenge",
                  "Negotiates with suppliers, other Departments and outside bodies to reach agreement",
                  "Keeps staff informed about changes that affect them"],
      "Level D": ["Prepares advice and briefing for the Chief Officer and Members",
                  "Influences senior colleagues and partners across the organisation",
                  "Communicates the Department's position to the media and the public when required",
                  "Builds support for change by explaining the reasons behind it"]}),
    ("Achieving results",
     "Showing drive and determination to achieve results, consistently meeting agreed deadlines and making "
     "good use of resources.",
     {"Level A": ["Completes own work accurately and on time",
                  "Organises own workload and asks for help when priorities clash",
                  "Follows procedures and points out where they do not work well",
                  "Keeps records up to date"],
      "Level B": ["Plans own work and that of others to meet agreed deadlines",
                  "Checks the quality of the team's work and puts errors right",
                  "Uses resources carefully and avoids waste",
                  "Suggests practical improvements to working methods"],
      "Level C": ["Sets targets for the section and monitors progress against them",
                  "Manages budgets and staff time to deliver agreed outcomes",
                  "Identifies risks to delivery and takes action to reduce them",
                  "Introduces better ways of working and measures their effect"],
      "Level D": ["Translates Departmental plans into clear objectives for own area",
                  "Makes sure that services achieve value for money",
                  "Reviews performance information and acts on it",
                  "Delivers results through others while keeping sight of the wider picture"]}),
]


def _furniture(sec):
    hp = sec.header.paragraphs[0]
    hp.text = ""
    H.right_tab(hp, 16.9)
    r = hp.add_run("Isle of Man Civil Service\tThe Competency Framework")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    H.right_tab(fp, 16.9)
    r = fp.add_run("Performance and Development Review Scheme \u2013 March 2006\tPage ")
    r.font.size = Pt(8)
    C.add_field(fp, "PAGE", "1")
    fp.add_run(" of ")
    C.add_field(fp, "NUMPAGES", "3")
    for r in fp.runs:
        r.font.size = Pt(8)


def _bar(d, text):
    t = d.add_table(rows=1, cols=1)
    c = t.rows[0].cells[0]
    c.text = ""
    r = c.paragraphs[0].add_run(text)
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    C.shade(c, "005A35")
    C.fix_widths(t, [17 / 2.54])
    C.row_flags(t.rows[0], cant_split=True)
    c.paragraphs[0].paragraph_format.keep_with_next = True


def build():
    H.WORK.mkdir(parents=True, exist_ok=True)
    d = Document()
    H.set_font(d, "Arial", 10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2)
    _furniture(sec)

    p = d.add_paragraph()
    r = p.add_run("2. Competency Levels A \u2013 D")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x00, 0x5A, 0x35)
    d.add_paragraph(
        "This section sets out the six competencies for staff in the grades below. The level that applies to "
        "you depends on your grade. The levels are cumulative: someone working at Level C is expected to show "
        "the behaviours described at Levels A and B as well.")
    t = d.add_table(rows=1 + len(GRADES), cols=2)
    H.borders(t, color="7F7F7F")
    H.cell_margins(t)
    for ci, lab in enumerate(("Competency level", "Grades")):
        t.rows[0].cells[ci].text = ""
        t.rows[0].cells[ci].paragraphs[0].add_run(lab).bold = True
        C.shade(t.rows[0].cells[ci], "D9E5DE")
    for ri, (lv, gr) in enumerate(GRADES, start=1):
        t.rows[ri].cells[0].text = lv
        t.rows[ri].cells[1].text = gr
    C.fix_widths(t, [1.6, 5.1])
    d.add_paragraph()

    bl = C.add_numbering(d, C.bullet_lvl("\u2022", left=567, hanging=283), "6D1E2F30")
    for name, desc, levels in COMPS:
        _bar(d, name)
        p = d.add_paragraph(desc)
        H.space(p, 6, 6)
        p.paragraph_format.keep_with_next = True
        for lab, _ in GRADES:
            p = d.add_paragraph()
            rr = p.add_run(lab)
            rr.bold = True
            rr.font.color.rgb = RGBColor(0x00, 0x5A, 0x35)
            H.space(p, 6, 2)
            p.paragraph_format.keep_with_next = True
            for txt in levels[lab]:
                q = d.add_paragraph(txt)
                C.set_num(q, bl)
                H.space(q, 0, 2)
        d.add_paragraph()

    C.clear_core_props(d, TITLE)
    src = H.WORK / f"{STEM}.docx"
    d.save(src)
    pdf = H.to_pdf(src, H.WORK)
    out = H.DOCS / f"{STEM}.pdf"
    out.write_bytes(pdf.read_bytes())
    return out


def gold(doc_path):
    comps = []
    for name, desc, levels in COMPS:
        lv = [H.lvl(i + 1, lab, levels[lab], STEM) for i, (lab, _) in enumerate(GRADES)]
        comps.append(H.comp(name, STEM, desc, levels=lv))
    return H.write_gold(doc_path, "pdf", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(p, gold(p))
