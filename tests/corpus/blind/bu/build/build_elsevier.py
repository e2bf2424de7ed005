"""Elsevier - "Elsevier Competency Framework", excerpt of three clusters (PDF, A4 landscape).

Modelled on the stored transcript of the framework: a divider page per cluster ("CHARACTER" / "ELSEVIER
COMPETENCY FRAMEWORK"), then the competency page headed "CLUSTER: COMPETENCY NAME" in capitals, a
"DEFINITION:" line of semicolon-separated phrases and four groups of five behaviours from the individual
contributor to the senior leader (printed here as a four-column table with bullets in the cells); page number
at the foot. The column headings were not legible in the stored copy; ours are job levels, read left (lowest)
to right. Cluster names CHARACTER and LEADING CHANGE and the first competency follow the source; the other
competency names and all wording are ours. python-docx -> LibreOffice PDF.
"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor

import bulib as L

STEM = "elsevier-competency-framework"
OUT = L.DOCS / f"{STEM}.pdf"
ORANGE = RGBColor(0xE9, 0x71, 0x1C)
GREY = RGBColor(0x50, 0x50, 0x50)
LEVELS = ["Individual Contributor", "First Line Manager", "Manager of Managers", "Senior Leader"]

CLUSTERS = [
    dict(
        cluster="CHARACTER", name="DISPLAYS INTEGRITY AND HONESTY",
        definition=("Sets the example and practises what they preach; lives the core values; keeps promises; "
                    "is trusted by others; acts honestly and ethically; shows concern for others."),
        cols=[
            ["Speaks up when a situation tests personal values",
             "Thinks carefully before making promises that may be hard to keep",
             "Keeps the manager up to date on workload and deadlines",
             "Raises possible conflicts with the manager early",
             "Follows the rules and does what is expected"],
            ["Does what s/he said would be done",
             "Keeps track of commitments and honours them",
             "Makes decisions honestly and ethically",
             "Is relied on by others to do the right thing",
             "Treats others fairly and openly"],
            ["Is willing to ask difficult questions on ethical matters",
             "Looks at every side of an argument or issue",
             "Challenges people who act against the core values",
             "Holds to own view while staying open to the views of others",
             "Works for the good of the team or organisation without giving up personal values"],
            ["Acts as a role model and sets the standard for the work group",
             "Practises what s/he preaches; avoids saying one thing and doing another",
             "Always keeps commitments and promises",
             "Confronts dishonest and unethical behaviour",
             "Inspires others to hold themselves to higher ethical standards"],
        ]),
    dict(
        cluster="LEADING CHANGE", name="THINKS STRATEGICALLY",
        definition=("Connects work to the strategy of the organisation; weighs short-term against long-term "
                    "needs; sets out a clear and compelling vision; keeps communicating strategic priorities and "
                    "long-term goals; leads work to take advantage of business opportunities."),
        cols=[
            ["Asks questions to understand the business strategy and goals",
             "Links own goals to the strategy of the team and the business",
             "Sets out milestones, outcomes and deliverables when planning work",
             "Keeps up to date with developments in the market and the customer base",
             "Considers how own work affects other teams"],
            ["Explains to the team how its work supports the strategy",
             "Balances today's deadlines with longer-term priorities",
             "Spots opportunities for improvement and brings them forward",
             "Turns strategic goals into clear plans for the team",
             "Reviews plans regularly as circumstances change"],
            ["Translates the strategy into objectives for several teams",
             "Anticipates trends that could affect the business and plans for them",
             "Weighs risks and benefits before committing resources",
             "Builds support for strategic initiatives across departments",
             "Stops work that no longer fits the strategy"],
            ["Creates and communicates a compelling vision for the business",
             "Shapes strategy in the light of customer needs and market change",
             "Makes decisions that balance the short-term and long-term interests of the organisation",
             "Leads efforts to seize new business opportunities",
             "Keeps strategic priorities in front of people at every opportunity"],
        ]),
    dict(
        cluster="LEADING PEOPLE", name="DEVELOPS OTHERS",
        definition=("Helps people grow; gives honest and timely feedback; coaches and supports; creates "
                    "opportunities to learn; recognises progress."),
        cols=[
            ["Shares knowledge and know-how with colleagues",
             "Gives colleagues constructive feedback when asked",
             "Helps new starters settle in",
             "Asks for feedback on own performance and acts on it",
             "Celebrates the successes of others"],
            ["Agrees development goals with each team member",
             "Gives regular, specific feedback on performance",
             "Delegates tasks that stretch people",
             "Coaches team members through difficult tasks",
             "Recognises progress and effort as well as results"],
            ["Makes sure development plans are in place across teams",
             "Builds managers' skills in coaching and giving feedback",
             "Identifies high-potential people and gives them exposure",
             "Moves people between roles to broaden their experience",
             "Addresses under-performance promptly and fairly"],
            ["Builds a culture in which learning is valued",
             "Invests time in mentoring future leaders",
             "Plans succession for key roles",
             "Champions development programmes across the business",
             "Holds leaders accountable for growing their people"],
        ]),
]


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.5)
    normal = doc.styles["Normal"]
    L.style_font(normal, "Arial")
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(0)
    L.clear_core_props(doc, "Elsevier Competency Framework")
    bullets = L.add_numbering(doc, L.bullet_lvl("\u2022", left=220, hanging=220), "E9711C01")

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.add_field(fp, "PAGE", "1")
    for r in fp.runs:
        r.font.size = Pt(9)
        r.font.color.rgb = GREY

    for ci, cl in enumerate(CLUSTERS):
        # divider page
        for _ in range(8):
            doc.add_paragraph()
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(cl["cluster"])
        r.bold, r.font.size, r.font.color.rgb = True, Pt(40), ORANGE
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(12)
        r = p.add_run("ELSEVIER COMPETENCY FRAMEWORK")
        r.font.size, r.font.color.rgb = Pt(16), GREY
        p.add_run().add_break(WD_BREAK.PAGE)

        # competency page
        p = doc.add_paragraph()
        r = p.add_run(f"{cl['cluster']}: {cl['name']}")
        r.bold, r.font.size, r.font.color.rgb = True, Pt(18), ORANGE
        L.para_border(p, ("bottom",), color="E9711C", size=12, space=4)
        p.paragraph_format.space_after = Pt(10)
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(12)
        r = p.add_run("DEFINITION: ")
        r.bold = True
        p.add_run(cl["definition"])
        t = doc.add_table(rows=2, cols=4)
        L.table_borders(t, color="BFBFBF", size=4)
        L.set_cell_margins(t, top=80, bottom=80, left=100, right=100)
        for j, lab in enumerate(LEVELS):
            c = t.rows[0].cells[j]
            L.shade(c, "E9711C")
            rr = c.paragraphs[0].add_run(lab)
            rr.bold, rr.font.color.rgb = True, RGBColor(0xFF, 0xFF, 0xFF)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            c = t.rows[1].cells[j]
            for k, beh in enumerate(cl["cols"][j]):
                bp = c.paragraphs[0] if k == 0 else c.add_paragraph()
                bp.add_run(beh)
                bp.paragraph_format.space_after = Pt(4)
                L.set_num(bp, bullets)
        L.fix_widths(t, [6.5 / 2.54] * 4)
        if ci < len(CLUSTERS) - 1:
            p = doc.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
    L.docx_to_pdf(doc, OUT)


def gold():
    comps = []
    for cl in CLUSTERS:
        levels = [L.level(STEM, j + 1, LEVELS[j], cl["cols"][j]) for j in range(4)]
        comps.append(L.competency(STEM, cl["name"], cl["definition"], levels=levels))
    L.write_gold(OUT, "pdf", "ELSEVIER COMPETENCY FRAMEWORK", comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()
