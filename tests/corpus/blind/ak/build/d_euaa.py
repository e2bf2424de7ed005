"""euaa-core-competencies-slides.pdf: European Union Agency for Asylum (EUAA) core competencies, as an
induction slide deck (16:9, python-pptx) exported to PDF by LibreOffice Impress: title slide, an intro
slide, then one competency per slide (numbered as in the framework's list of eight), a definition line
under the title, bullets, one slide with two headed bullet columns, one with a small level table; footer
text and slide number on every slide but the first."""
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import PP_ALIGN
from pptx.util import Inches, Pt

import akcommon as C

STEM = "euaa-core-competencies-slides"
TITLE = "The EUAA Competency Framework"
SUB = "Core competencies for all staff"
SUB2 = "Human Resources Unit | Induction programme 2024"
FOOTER = "EUAA Competency Framework | Core competencies"
BLUE = RGBColor(0x00, 0x33, 0x99)
GOLD = RGBColor(0xFF, 0xCC, 0x00)

INTRO_TITLE = "What are core competencies?"
INTRO = ["The skills, knowledge and behaviours that matter in every job category and at every grade",
         "Eight core competencies that all staff are expected to have \u2013 together they are an "
         "organisational strength",
         "They apply to Temporary Agents, Contract Agents, seconded national experts and trainees",
         "The framework is shared with the employers of other personnel to build a common vision"]

# kind: "bullets" | "columns" | "table"
SLIDES = [
    (1, "Critical thinking, analysing and creative problem solving",
     "Thinks holistically and turns complex information into creative, innovative solutions.",
     "bullets",
     ["Breaks complex issues into their parts and sees how the parts connect",
      "Checks facts and sources before drawing conclusions",
      "Considers more than one option and weighs the risks of each",
      "Proposes new approaches when existing ones no longer work"]),
    (4, "Self-management",
     "Organises own tasks and shows responsibility and a constructive attitude at all times.",
     "columns",
     [("Managing my work",
       ["Plans and prioritises own workload against agreed objectives",
        "Meets deadlines, or warns early when one is at risk",
        "Keeps own files and records in order"]),
      ("Managing myself",
       ["Stays calm and constructive under pressure",
        "Takes responsibility for own actions and their results",
        "Asks for support when it is needed"])]),
    (5, "Working together",
     "Works across functions and fosters diversity and inclusion. Cooperates by seeking compromise, "
     "sharing knowledge and helping others.",
     "bullets",
     ["Shares information and expertise with colleagues in other units",
      "Looks for solutions that work for everyone involved",
      "Treats colleagues with respect and values different backgrounds and views",
      "Offers help to colleagues when the team is under pressure"]),
    (6, "Learning as a skill",
     "Actively manages own learning, growth and self-improvement.",
     "table",
     [("Developing", "Takes part in the learning agreed with the line manager and applies what was learned"),
      ("Proficient", "Identifies own learning needs, asks for feedback and plans own development without "
                     "being prompted"),
      ("Advanced", "Helps others to learn, shares lessons learned and promotes a culture of continuous "
                   "learning")]),
]


def _text(slide, left, top, width, height, text, size, bold=False, color=None, align=None):
    tb = slide.shapes.add_textbox(left, top, width, height)
    tf = tb.text_frame
    tf.word_wrap = True
    p = tf.paragraphs[0]
    r = p.add_run()
    r.text = text
    r.font.size = Pt(size)
    r.font.bold = bold
    r.font.name = "Liberation Sans"
    if color is not None:
        r.font.color.rgb = color
    if align is not None:
        p.alignment = align
    return tb


def _bullets(slide, left, top, width, height, items, size=20, heading=None):
    tb = slide.shapes.add_textbox(left, top, width, height)
    tf = tb.text_frame
    tf.word_wrap = True
    first = True
    if heading:
        p = tf.paragraphs[0]
        r = p.add_run()
        r.text = heading
        r.font.size = Pt(size + 2)
        r.font.bold = True
        r.font.color.rgb = BLUE
        r.font.name = "Liberation Sans"
        first = False
    for it in items:
        p = tf.paragraphs[0] if first else tf.add_paragraph()
        first = False
        pPr = p._p.get_or_add_pPr()
        pPr.set("marL", "342900")
        pPr.set("indent", "-342900")
        bu = pPr.makeelement("{http://schemas.openxmlformats.org/drawingml/2006/main}buChar", {"char": "\u2022"})
        pPr.append(bu)
        p.space_before = Pt(8)
        r = p.add_run()
        r.text = it
        r.font.size = Pt(size)
        r.font.name = "Liberation Sans"
    return tb


def _chrome(slide, prs, n):
    bar = slide.shapes.add_shape(1, 0, prs.slide_height - Inches(0.45), prs.slide_width, Inches(0.45))
    bar.fill.solid()
    bar.fill.fore_color.rgb = BLUE
    bar.line.fill.background()
    _text(slide, Inches(0.4), prs.slide_height - Inches(0.42), Inches(8), Inches(0.4), FOOTER, 11,
          color=RGBColor(0xFF, 0xFF, 0xFF))
    _text(slide, prs.slide_width - Inches(1.2), prs.slide_height - Inches(0.42), Inches(0.8), Inches(0.4),
          str(n), 11, color=RGBColor(0xFF, 0xFF, 0xFF), align=PP_ALIGN.RIGHT)
    _text(slide, prs.slide_width - Inches(1.6), Inches(0.25), Inches(1.3), Inches(0.5), "EUAA", 18,
          bold=True, color=BLUE, align=PP_ALIGN.RIGHT)


def render(pptx_path):
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    blank = prs.slide_layouts[6]
    W = prs.slide_width
    # 1 title
    s = prs.slides.add_slide(blank)
    band = s.shapes.add_shape(1, 0, 0, W, Inches(7.5))
    band.fill.solid()
    band.fill.fore_color.rgb = BLUE
    band.line.fill.background()
    _text(s, Inches(0.9), Inches(2.3), Inches(11), Inches(1.2), TITLE, 44, bold=True,
          color=RGBColor(0xFF, 0xFF, 0xFF))
    _text(s, Inches(0.9), Inches(3.6), Inches(11), Inches(0.8), SUB, 28, color=GOLD)
    _text(s, Inches(0.9), Inches(5.6), Inches(11), Inches(0.6), SUB2, 16, color=RGBColor(0xFF, 0xFF, 0xFF))
    # 2 intro
    s = prs.slides.add_slide(blank)
    _text(s, Inches(0.6), Inches(0.4), Inches(10.5), Inches(0.9), INTRO_TITLE, 32, bold=True, color=BLUE)
    _bullets(s, Inches(0.8), Inches(1.6), Inches(11.5), Inches(4.8), INTRO, 22)
    _chrome(s, prs, 2)
    n = 2
    for num, name, definition, kind, body in SLIDES:
        n += 1
        s = prs.slides.add_slide(blank)
        _text(s, Inches(0.6), Inches(0.3), Inches(11.2), Inches(1.0), f"{num}. {name}", 28, bold=True, color=BLUE)
        _text(s, Inches(0.6), Inches(1.45), Inches(12), Inches(0.9), definition, 18,
              color=RGBColor(0x44, 0x44, 0x44))
        if kind == "bullets":
            _bullets(s, Inches(0.8), Inches(2.5), Inches(11.5), Inches(4.0), body, 20)
        elif kind == "columns":
            (h1, b1), (h2, b2) = body
            _bullets(s, Inches(0.8), Inches(2.5), Inches(5.7), Inches(4.0), b1, 20, heading=h1)
            _bullets(s, Inches(6.9), Inches(2.5), Inches(5.7), Inches(4.0), b2, 20, heading=h2)
        else:
            rows = len(body) + 1
            gt = s.shapes.add_table(rows, 2, Inches(0.8), Inches(2.4), Inches(11.7), Inches(0.6 * rows)).table
            gt.columns[0].width = Inches(2.6)
            gt.columns[1].width = Inches(9.1)
            for j, h in enumerate(("Level", "What it looks like")):
                gt.cell(0, j).text = h
            for i, (lab, txt) in enumerate(body, 1):
                gt.cell(i, 0).text = lab
                gt.cell(i, 1).text = txt
            for i in range(rows):
                for j in range(2):
                    for p in gt.cell(i, j).text_frame.paragraphs:
                        for r in p.runs:
                            r.font.size = Pt(18)
                            r.font.name = "Liberation Sans"
        _chrome(s, prs, n)
    prs.save(pptx_path)


def gold():
    d = STEM
    comps = []
    for num, name, definition, kind, body in SLIDES:
        if kind == "bullets":
            comps.append(C.competency(d, name, definition, indicators=C.items(d, body)))
        elif kind == "columns":
            ind = []
            for h, b in body:
                ind += C.items(d, b, h)
            comps.append(C.competency(d, name, definition, indicators=ind))
        else:
            lvls = [C.level(d, i, lab, [txt]) for i, (lab, txt) in enumerate(body, 1)]
            comps.append(C.competency(d, name, definition, levels=lvls))
    return comps


def build():
    tmp = C.BATCH / "build" / "tmp"
    tmp.mkdir(exist_ok=True)
    pptx = tmp / f"{STEM}.pptx"
    render(pptx)
    pdf = C.soffice(pptx, "pdf", C.DOCS)
    return C.write_gold(pdf, "pdf", TITLE, gold())
