"""Middlesbrough Council - Senior Manager Competency Framework (PDF; cover with asterisk note, contents
column beside the introduction, one competency per page with key indicators, no levels)."""
from aolib import *

STEM = "middlesbrough-senior-manager-competency-framework"
TITLE = "Senior Manager Competency Framework"
RED = "C8102E"
DARK = "3C3C3B"

COMPS = [
    ("Understanding the bigger picture",
     "Prioritising activities to achieve results and deadlines",
     "Understanding the bigger picture, prioritising activities to achieve results and deadlines",
     ["Understands the Mayor's Vision and the Council's priorities and explains them to staff in a way that "
      "makes sense for their service",
      "Translates corporate outcomes into clear service plans, objectives and targets",
      "Anticipates the effect of national policy, funding and demographic change on the town and on services",
      "Balances competing demands and makes difficult choices about where to focus resources",
      "Makes sure projects are delivered on time and within budget, and acts quickly when they slip",
      "Uses performance information to check progress and to challenge under-performance",
      "Considers the impact of decisions on other directorates and on partners before acting"]),
    ("Communicating with clarity and conviction",
     "Using appropriate means to gain support, commitment and understanding",
     "Communicating with clarity and conviction, using appropriate means to gain support, commitment and "
     "understanding",
     ["Communicates the reasons for decisions openly and honestly, even when the message is unwelcome",
      "Chooses the method of communication that best suits the audience and the message",
      "Listens to staff, elected members, residents and partners and shows that their views have been heard",
      "Presents a persuasive case to senior colleagues, members and external bodies",
      "Keeps teams informed about change and what it will mean for them",
      "Acts as a positive ambassador for the Council in the town and beyond"]),
    ("Valuing responsibility and taking ownership",
     "For outcomes within own areas of work and encouraging others to do the same",
     "Valuing responsibility and taking ownership for outcomes within own areas of work and encouraging "
     "others to do the same",
     ["Takes personal responsibility for the performance of the service, including when things go wrong",
      "Sets clear expectations and holds managers to account for delivering them",
      "Manages budgets and other resources with integrity and in line with Council rules",
      "Deals promptly and fairly with poor performance and unacceptable behaviour",
      "Delegates with confidence and gives others the authority to make decisions",
      "Leads by example in following the Council's values and the Customer Strategy",
      "Reflects on own performance and acts on feedback from appraisal"]),
]


def footer(sec):
    footer_text(sec, TITLE, ["PAGE"], size=8, color=DARK)


def build(workdir):
    d = new_document(font="Liberation Sans", size=10, margins_cm=(2.0, 2.0, 2.0, 2.0))
    dot = add_numbering(d, bullet_lvl("\u25cf", left=340, hanging=284, font="DejaVu Sans", color=RED), "5E6F7A01")
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    footer(sec)

    # ---- page 1: cover
    para(d, "Middlesbrough", bold=True, size=20, color=RED, align="right", after=0)
    para(d, "Council", size=14, color=DARK, align="right", after=170)
    para(d, "Senior Manager*", bold=True, size=34, color=RED, after=0)
    para(d, "Competency Framework", bold=True, size=28, color=DARK, after=200)
    para(d, "*You are a Senior Manager if you report directly to the Chief Executive or a Director",
         italic=True, size=9, color=DARK)

    # ---- page 2: contents column + introduction column
    s2 = new_section(d, margins_cm=(2.0, 2.0, 2.0, 2.0))
    set_columns_unequal(s2, [5.2, 10.8], space_cm=1.0)
    footer(s2)
    para(d, "Contents", bold=True, size=14, color=RED, after=8)
    entries = [(2, "Introduction")] + [(3 + i, c[2]) for i, c in enumerate(COMPS)]
    for pg, text in entries:
        p = para(d, "", after=6, size=9)
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        run(p, f"{pg}\t", bold=True, color=RED, size=9)
        run(p, text, size=9, color=DARK)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(0.6))
    p = para(d, "")
    column_break(p)
    para(d, "Introduction", bold=True, size=14, color=RED, after=6)
    for t in ["Middlesbrough Council is continuing to go through significant change as it reshapes its culture "
              "and services so that they are fit for purpose now and in the years ahead. Delivering the Mayor's "
              "Vision for Middlesbrough 2025 needs managers who help to achieve the outcomes set by the Mayor, "
              "the Council and the Leadership Management Team (LMT).",
              "This framework sets out what is expected of Senior Middlesbrough Managers and describes the "
              "behaviours and skills that are essential to achieving the Mayor's Vision. It is not a complete "
              "list: how far each indicator applies should be judged in the light of the level and position of "
              "the role.",
              "As a Senior Middlesbrough Manager you will work with colleagues and partners to deliver the "
              "Mayor's Vision and the outcomes set by the Mayor, the Council and LMT. You will lead and develop "
              "people in line with the Middlesbrough Manager appraisal framework, the Customer Strategy and the "
              "Change Programme, setting direction and priorities for your service, and you will act as an "
              "ambassador for the Council when working with partners.",
              "The framework is used in recruitment and selection, in appraisal and in planning your own "
              "development. Each of the following pages describes one competency and lists its key "
              "indicators."]:
        para(d, t, align="justify", after=6)

    # ---- pages 3-5: one competency per page
    for name, strap, long, inds in COMPS:
        s = new_section(d, margins_cm=(2.0, 2.0, 2.0, 2.0))
        set_columns(s, 1)
        footer(s)
        para(d, name, bold=True, size=20, color=RED, after=2)
        para(d, strap, size=13, color=DARK, after=14)
        para(d, "Key indicators", bold=True, size=12, color="FFFFFF", shade=RED, after=6)
        para(d, "A Senior Middlesbrough Manager who demonstrates this competency:", italic=True, after=6)
        bullets(d, inds, dot, after=6)

    docx_path = workdir / f"{STEM}.docx"
    d.save(docx_path)
    pdf = to_pdf(docx_path, workdir)
    out = DOCS / f"{STEM}.pdf"
    out.write_bytes(pdf.read_bytes())

    comps = [competency(STEM, name, strap, indicators=[item(STEM, b) for b in inds])
             for name, strap, long, inds in COMPS]
    write_gold(out, "pdf", "Senior Manager Competency Framework", comps)
    return out
