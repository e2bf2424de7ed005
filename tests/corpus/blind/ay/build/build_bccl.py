"""bccl-business-behaviors-performance-scales.docx: 'Business Behaviors Performance Scales' (BCCL):
summary table Business Behavior | Definition, then one Word table per behavior: name row, Definition row,
column heads Development Need Behavior | Effective Behavior | Role Model Behavior, one row per aspect."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from _util import C, DOCS, borders, run

STEM = "bccl-business-behaviors-performance-scales"

BEHAVIORS = [
    ("Growth Mindset",
     "Pursues profitable growth for BCCL without letup. Sets stretching targets based on market "
     "opportunities and delivers against them with an eye on breakthrough performance. Develops self and "
     "others.",
     [("Breakthrough Performance", "Is content with the current level of performance and past successes.",
       "Has raised performance standards step by step",
       "Has delivered breakthrough performance in at least one area of the role"),
      ("Profitable Growth", "Chooses work because it is familiar or well established. Is comfortable with "
       "the status quo", "Concentrates on work that adds gradually to revenue or reduces cost.",
       "Concentrates on work that makes a significant difference to revenue or cost"),
      ("Self and Team Development", "Rarely looks for feedback or learning opportunities for self or team",
       "Takes part in development activities and encourages team members to do the same",
       "Builds a strong pipeline of talent and is sought out as a coach and mentor")]),
    ("Speed",
     "Works with a sense of urgency. Sees speed and responsiveness as sources of competitive advantage.",
     [("Urgency", "Needs frequent reminders to meet deadlines",
       "Completes work on time and responds promptly to requests",
       "Anticipates needs and acts ahead of deadlines, setting the pace for others"),
      ("Decision Making", "Delays decisions while waiting for complete information",
       "Makes timely decisions with the information available",
       "Makes quick, sound decisions in ambiguous situations and takes calculated risks")]),
    ("Workplace that is Open, Supportive and Diverse",
     "Understands that people flourish in an open and supportive environment. Values diversity in every "
     "form and encourages people to voice their ideas candidly. Exchanges views freely so that the best "
     "business decisions are made and, once a decision is taken, backs others in pursuing shared goals.",
     [("Openness", "Keeps information and views to self; discourages questions",
       "Shares information and listens to different views",
       "Creates an environment in which people raise difficult issues without fear"),
      ("Diversity", "Works mainly with people who think alike",
       "Seeks out people with different backgrounds and perspectives",
       "Builds diverse teams and uses their differences to improve decisions"),
      ("Support for Decisions", "Continues to argue against decisions after they are made",
       "Supports team decisions once they are made",
       "Rallies others behind decisions and helps them succeed")]),
    ("Obsessed with Customers and about Competitors",
     "Looks at work from the outside in, concentrating on the needs of current and potential customers. "
     "Knows how our offerings compare with those of other companies in giving customers better value.",
     [("Customer Focus", "Sees work mainly from an internal point of view",
       "Finds out what customers need and responds to it",
       "Anticipates customer needs and shapes offerings before customers ask"),
      ("Competitive Awareness", "Knows little about what competitors offer",
       "Keeps up to date with competitors and compares our offerings with theirs",
       "Uses competitive insight to reposition our offerings and win in the market")]),
    ("Innovation",
     "Looks for opportunities and solutions by being innovative and enterprising. Draws on learning and "
     "resourcefulness to generate ideas, spot opportunities and develop solutions.",
     [("Idea Generation", "Relies on existing methods and rarely suggests new ideas",
       "Suggests improvements to current processes and products",
       "Generates original ideas that open up new business opportunities"),
      ("Implementation", "Drops new ideas when obstacles arise",
       "Follows new ideas through to implementation",
       "Turns new ideas into successful initiatives that others adopt")]),
]


def ct(cell, text, bold=False, size=10, align=None):
    cell.text = ""
    run(cell.paragraphs[0], text, bold=bold, size=size)
    if align:
        cell.paragraphs[0].alignment = align


def build():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(2)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    C.clear_core_props(d, "Business Behaviors Performance Scales")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    C.add_field(fp, "PAGE")

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "Business Behaviors Performance Scales", bold=True, size=16)
    d.add_paragraph()

    t = d.add_table(rows=1 + len(BEHAVIORS), cols=2)
    borders(t, color="000000")
    C.fix_widths(t, [2.6, 7.9])
    ct(t.rows[0].cells[0], "Business Behavior", bold=True)
    ct(t.rows[0].cells[1], "Definition", bold=True)
    for c in t.rows[0].cells:
        C.shade(c, "BFBFBF")
    for i, (name, defin, _) in enumerate(BEHAVIORS, start=1):
        ct(t.rows[i].cells[0], name, bold=True)
        ct(t.rows[i].cells[1], defin)

    for name, defin, rows in BEHAVIORS:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(14)
        t = d.add_table(rows=3 + len(rows), cols=4)
        borders(t, color="000000")
        C.fix_widths(t, [1.9, 2.85, 2.85, 2.9])
        top = t.rows[0].cells[0].merge(t.rows[0].cells[3])
        ct(top, name, bold=True, size=13)
        C.shade(top, "8DB3E2")
        ct(t.rows[1].cells[0], "Definition", bold=True)
        dc = t.rows[1].cells[1].merge(t.rows[1].cells[3])
        ct(dc, defin)
        heads = ["", "Development Need Behavior", "Effective Behavior", "Role Model Behavior"]
        for i, hname in enumerate(heads):
            ct(t.rows[2].cells[i], hname, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            C.shade(t.rows[2].cells[i], "D9D9D9")
        for k, (aspect, dn, ef, rm) in enumerate(rows, start=3):
            cells = t.rows[k].cells
            ct(cells[0], aspect, bold=True)
            ct(cells[1], dn)
            ct(cells[2], ef)
            ct(cells[3], rm)
            C.row_flags(t.rows[k])

    out = DOCS / f"{STEM}.docx"
    d.save(out)
    print("wrote", out)


if __name__ == "__main__":
    build()
