"""New Zealand Police, "How we do things: our core competencies": PDF exported from an Impress slide deck.

A 16:9 slide deck (built as a Word document with 25.4 x 14.29 cm landscape pages, one slide per page, exported to
PDF by LibreOffice Writer; Impress is not installed here): title slide, a slide naming
the seven competencies, a "How the competencies are used" slide, then ONE COMPETENCY PER SLIDE (blue title bar
with the competency name in big type, an italic one-line definition, 3-4 bullets; the "Lead" slide splits its
bullets into two text boxes "Leading yourself" / "Leading others"), a candidate-tips slide and a closing slide.
Every slide has a footer line and a slide number.
"""
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

import helpers as H

STEM = "nzpolice-core-competencies-promotion-briefing"
TITLE = "How we do things: our core competencies"
NAVY = "0B2A5B"
GOLDC = "B8902F"

COMPS = [
    ("Communicate",
     "We share information clearly, listen carefully and adapt our message to the people we are dealing with.",
     [("", ["Listens actively and checks that they have understood what has been said",
            "Speaks and writes in plain language that suits the audience",
            "Keeps colleagues, victims and partners informed at the right time, including when there is no news "
            "to give",
            "Handles difficult conversations calmly and respectfully"])]),
    ("Partner",
     "We build relationships with iwi, communities and other agencies to achieve outcomes we could not reach "
     "on our own.",
     [("", ["Builds trust with communities, iwi and partner agencies",
            "Looks for opportunities to work with others to prevent harm",
            "Shares information and resources with partners appropriately",
            "Follows through on the commitments made to partners"])]),
    ("Solve",
     "We gather and weigh the evidence, and make sound and timely decisions.",
     [("", ["Gathers the relevant information before acting",
            "Weighs up risks and options and makes decisions in a timely way",
            "Uses evidence and intelligence to target the drivers of demand",
            "Explains the reasons for a decision to those affected by it"])]),
    ("Deliver",
     "We take responsibility for getting things done, to a high standard.",
     [("", ["Plans and prioritises work so that deadlines are met",
            "Takes ownership of tasks and sees them through to completion",
            "Maintains high standards of professionalism and integrity",
            "Monitors results and changes the approach when something is not working"])]),
    ("Lead",
     "We set direction, model our values and bring out the best in people.",
     [("Leading yourself", ["Acts as a role model for Police values in every situation",
                            "Stays calm and takes charge in critical incidents"]),
      ("Leading others", ["Sets clear expectations and gives regular feedback",
                          "Looks after the safety and wellbeing of staff",
                          "Recognises good work and deals promptly with poor performance"])]),
    ("Innovate",
     "We look for better ways of doing things and are open to change.",
     [("", ["Challenges existing practice in a constructive way",
            "Tries out new approaches and learns from what does not work",
            "Supports colleagues through change"])]),
    ("Develop",
     "We commit to learning and growing, and to helping others to grow.",
     [("", ["Asks for feedback and acts on it",
            "Takes responsibility for own learning and development",
            "Coaches and mentors others to build their capability",
            "Shares knowledge and experience with colleagues"])]),
]

def _slide_setup(d):
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(25.4), Cm(14.29)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.left_margin = sec.right_margin = Cm(1.2)
    sec.top_margin, sec.bottom_margin = Cm(0.8), Cm(1.3)
    sec.header_distance, sec.footer_distance = Cm(0.3), Cm(0.4)
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(18)
    st.paragraph_format.space_after = Pt(0)
    fp = sec.footer.paragraphs[0]
    fp.style = d.styles["Normal"]
    H.para_border(fp, "top", GOLDC, 12, 4)
    H.run(fp, "NEW ZEALAND POLICE  |  Ng\u0101 Pirihimana o Aotearoa  |  Safer Communities Together", size=9,
          color="6B6B6B")
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(22.9), WD_TAB_ALIGNMENT.RIGHT)
    fp.add_run("\t")
    H.add_field(fp, "PAGE")
    for r in fp.runs[2:]:
        r.font.size = Pt(9)


def _title_bar(d, text, first=False):
    p = d.add_paragraph()
    if not first:
        p.paragraph_format.page_break_before = True
    H.para_shade(p, NAVY)
    p.paragraph_format.space_after = Pt(16)
    p.paragraph_format.left_indent = Cm(0.2)
    H.run(p, " " + text, bold=True, size=34, color="FFFFFF")
    return p


def _bullets(d, items, num, size=19, cell=None):
    for t in items:
        p = (cell.add_paragraph() if cell is not None else d.add_paragraph())
        H.set_num(p, num)
        p.paragraph_format.space_after = Pt(7)
        H.run(p, t, size=size, color="222222")


def _centre(d, text, size, bold=False, color="404040", before=0, italic=False):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(before)
    H.run(p, text, bold=bold, size=size, color=color, italic=italic)
    return p


def build_docx(path):
    d = docx.Document()
    H.clear_core_props(d, TITLE)
    _slide_setup(d)
    num = H.add_numbering(d, H.bullet_lvl("\u25a0", left=560, hanging=460, font="Liberation Sans"), "4E5A5001")
    # 1 title slide
    p = d.add_paragraph()
    H.para_shade(p, NAVY)
    H.run(p, " ", size=12)
    _centre(d, "NEW ZEALAND POLICE", 14, bold=True, color=GOLDC, before=60)
    _centre(d, "How we do things: our core competencies", 34, bold=True, color=NAVY, before=10)
    _centre(d, "Promotion readiness briefing for Sergeant and Senior Sergeant candidates", 18, before=24)
    _centre(d, "Royal New Zealand Police College", 18, before=6)
    # 2 the seven
    _title_bar(d, "Seven core competencies")
    _centre(d, "Communicate \u00b7 Partner \u00b7 Solve \u00b7 Deliver \u00b7 Lead \u00b7 Innovate \u00b7 Develop", 30,
            bold=True, color=NAVY, before=30)
    _centre(d, "They describe how we do things \u2013 every day, at every rank and in every role.", 18, before=30)
    _centre(d, "Each one is underpinned by our values.", 18, before=6)
    # 3 how used
    _title_bar(d, "How the competencies are used in promotion")
    _bullets(d, ["Your application gives one recent example for each competency",
                 "Your supervisor validates the examples before the board sits",
                 "The board assesses your evidence against the behaviours on the slides that follow",
                 "Examples should come from the last two years of your work"], num)
    # one competency per slide
    for name, definition, boxes in COMPS:
        _title_bar(d, name)
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(12)
        H.run(p, definition, italic=True, size=19, color=NAVY)
        if len(boxes) == 1:
            _bullets(d, boxes[0][1], num)
        else:
            t = d.add_table(rows=1, cols=len(boxes))
            H.no_borders(t)
            H.fix_widths(t, [4.45] * len(boxes))
            for cell, (head, items) in zip(t.rows[0].cells, boxes):
                hp = cell.paragraphs[0]
                hp.paragraph_format.space_after = Pt(6)
                H.run(hp, head, bold=True, size=17, color=GOLDC)
                _bullets(d, items, num, size=18, cell=cell)
    # tips + close
    _title_bar(d, "Preparing your examples")
    _bullets(d, ["Use the STAR format: situation, task, action, result",
                 "Say what you did, not what the team did",
                 "Choose examples that show the level of the rank you are applying for",
                 "Keep each example to about 250 words"], num)
    _title_bar(d, "Questions?")
    _centre(d, "Contact your district Professional Development Coordinator", 18, before=40)
    _centre(d, "or the Leadership Development Centre at the College", 18, before=6)
    d.save(path)


def build():
    H.TMP.mkdir(parents=True, exist_ok=True)
    src = H.TMP / f"{STEM}.docx"
    build_docx(src)
    H.docx_to_pdf(src, H.DOCS / f"{STEM}.pdf")
    comps = []
    for name, definition, boxes in COMPS:
        ind = []
        for head, items in boxes:
            ind += H.items(STEM, items, head or None)
        comps.append(H.competency(STEM, name, definition, indicators=ind))
    H.write_gold(H.DOCS / f"{STEM}.pdf", "pdf", TITLE, comps)


if __name__ == "__main__":
    build()
