"""Saskatchewan Public Service, Management Competency Dictionary (June 1, 1998, Hay Group): PDF via python-docx.

Running header "Saskatchewan Public Service <tab> Management Competency Dictionary", footer with the Hay Group
use notice, the date and the page number. Page 1: Introduction (front matter). Then one competency per page:
the cluster name in small capitals, a SHADED BOX (one-cell table) holding the name and the definition, a
"Measurement Scale" label, then the levels, each printed as number and name ("1 \u2013 Cooperates") followed by
Word-numbered bullets with a hanging indent that wrap over two lines.
"""
import docx
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT
from docx.shared import Pt, Inches, Cm

import helpers as H

STEM = "sask-management-competency-dictionary"
TITLE = "Management Competency Dictionary"
GREEN = "1F4E3D"
BOX = "DCE6DF"

COMPS = [
    ("Interpersonal Influence", "Teamwork",
     "The intention to work together with others as part of a team, rather than alone or in competition with "
     "them. It applies whenever a person belongs to a group that functions as a team, whether or not he or she "
     "is its formal leader.",
     [("Cooperates",
       ["Takes part willingly in the work of the group and supports the decisions the team reaches, even when "
        "they were not his or her first choice",
        "Does a fair share of the work and keeps other members informed about relevant events and progress"]),
      ("Expresses Positive Expectations of the Team",
       ["Speaks well of team members and expresses confidence in their abilities and in what they contribute",
        "Describes the team and its members positively to people outside the team"]),
      ("Solicits Input",
       ["Genuinely values the ideas and expertise of others and asks for their views before making decisions "
        "or plans",
        "Is willing to learn from colleagues, including those in more junior positions"]),
      ("Encourages Others",
       ["Publicly credits team members who have performed well, and encourages and empowers them",
        "Makes team members feel strong and valued, and tells them so"]),
      ("Builds Team Spirit",
       ["Acts to promote a friendly climate, good morale and cooperation, and brings conflict within the team "
        "into the open in order to resolve it rather than suppressing it",
        "Protects and promotes the reputation of the team with people outside it"])]),
    ("Personal and Corporate Effectiveness", "Results Orientation",
     "A concern for working well or for surpassing a standard of excellence. The standard may be one's own past "
     "performance, an objective measure, the performance of others, a challenging goal the person has set, or "
     "something no one has done before.",
     [("Wants to Do the Job Well",
       ["Tries to do the job well and correctly, and voices frustration at waste or inefficiency",
        "Works to meet the standards that management has set"]),
      ("Creates Own Measures of Excellence",
       ["Uses his or her own ways of measuring results against a standard of excellence that management did not "
        "impose",
        "Keeps track of outcomes such as costs, turnaround times or the satisfaction of clients"]),
      ("Improves Performance",
       ["Makes specific changes to systems or to own work methods in order to improve performance",
        "Does something better, faster, at lower cost or more efficiently, without having set a specific goal"]),
      ("Sets and Works to Meet Challenging Goals",
       ["Sets goals for self and others that are difficult but achievable, and acts to reach them",
        "Compares a specific measure of current performance with the better performance wanted at a later "
        "point"]),
      ("Makes Cost-Benefit Analyses",
       ["Makes decisions, sets priorities or chooses goals on the basis of calculated inputs and outputs",
        "Commits significant resources or time, in the face of uncertainty, to improve performance or to try "
        "something new"])]),
    ("Personal and Corporate Effectiveness", "Flexibility",
     "The ability to adapt to, and work effectively in, a variety of situations and with a variety of people or "
     "groups. It involves understanding and valuing different or opposing views on an issue, adapting one's "
     "approach as the demands of a situation change, and changing, or readily accepting changes in, one's own "
     "organization or job.",
     [("Accepts the Need for Flexibility",
       ["Is willing to change ideas or perceptions when presented with new information or with evidence to the "
        "contrary",
        "Accepts that the points of view of other people are valid"]),
      ("Applies Rules Flexibly",
       ["Uses judgement in applying rules and procedures to the individual situation, in order to accomplish "
        "the larger objectives of the organization"]),
      ("Adapts Tactics",
       ["Changes his or her own behaviour or approach to suit the situation",
        "Decides what to do on the basis of the situation rather than of routine"]),
      ("Makes Organizational Adaptations",
       ["Makes changes to the plans of the work unit, or to broader organizational arrangements, in response to "
        "the needs of a situation",
        "Adapts branch strategies to the wider goals of the Saskatchewan public service"])]),
]

INTRO = [
    "The Management Competency Dictionary describes the behavioural competencies used in the Saskatchewan "
    "Public Service, the scale that measures each of them, and the target levels for high performance in each "
    "management role.",
    "A competency is any knowledge, skill or personal attribute that enables a person to perform successfully. "
    "Put another way, competencies describe what it takes to be a superior performer in the organization. There "
    "are two kinds: behavioural and technical. Both matter, but it is the behavioural competencies that most "
    "often set superior performers apart.",
    "Each behavioural competency has a definition and a scale of behaviours, called its measurement scale. The "
    "levels of a scale describe differences in performance that can be observed and measured. They are numbered "
    "in ascending order, from three to six levels depending on the competency, and each level is more difficult "
    "to perform than the one before it.",
    "The competencies are organized into four clusters: Problem Solving, Leadership, Interpersonal Influence, "
    "and Personal and Corporate Effectiveness.",
]


def build_docx(path):
    d = docx.Document()
    H.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = sec.bottom_margin = Inches(0.9)
    bullet = H.add_numbering(d, H.bullet_lvl("\u2022", left=1080, hanging=300, font="Liberation Serif"), "5A534B01")

    hp = sec.header.paragraphs[0]
    hp.style = d.styles["Normal"]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT)
    H.run(hp, "Saskatchewan Public Service\tManagement Competency Dictionary", size=9, italic=True, color="555555")
    H.para_border(hp, "bottom", "555555", 6, 2)
    fp = sec.footer.paragraphs[0]
    fp.style = d.styles["Normal"]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT)
    H.run(fp, "June 1, 1998\t", size=9, color="555555")
    H.add_field(fp, "PAGE")
    fp.runs[-1].font.size = Pt(9)
    fp2 = sec.footer.add_paragraph()
    fp2.style = d.styles["Normal"]
    H.run(fp2, "This information was developed by Hay Group, and is for use only within the Saskatchewan public "
               "service.", size=7.5, italic=True, color="777777")

    p = d.add_paragraph()
    H.run(p, "Introduction", bold=True, size=16, color=GREEN)
    for t in INTRO:
        d.add_paragraph(t)

    for cluster, name, definition, levels in COMPS:
        p = d.add_paragraph()
        p.runs or p.add_run().add_break(WD_BREAK.PAGE)
        p = d.add_paragraph()
        H.run(p, cluster.upper(), bold=True, size=9, color=GREEN)
        p.paragraph_format.space_after = Pt(4)
        t = d.add_table(rows=1, cols=1)
        H.grid_borders(t, color="8FA99A", sz=6)
        H.fix_widths(t, [6.5])
        H.cell_margins(t, 120, 120, 160, 160)
        c = t.rows[0].cells[0]
        H.shade(c, BOX)
        cp = c.paragraphs[0]
        H.run(cp, name.upper(), bold=True, size=14, color=GREEN)
        cp.paragraph_format.space_after = Pt(4)
        dp = c.add_paragraph()
        H.run(dp, definition, size=11)
        dp.paragraph_format.space_after = Pt(0)
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        H.run(p, "Measurement Scale", bold=True, italic=True, size=11, color=GREEN)
        for i, (lname, items) in enumerate(levels, 1):
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(2)
            p.paragraph_format.keep_with_next = True
            H.run(p, f"{i} \u2013 {lname}", bold=True, size=11)
            for b in items:
                bp = d.add_paragraph()
                H.set_num(bp, bullet)
                bp.paragraph_format.space_after = Pt(2)
                H.run(bp, b)
    d.save(path)


def build():
    H.TMP.mkdir(parents=True, exist_ok=True)
    src = H.TMP / f"{STEM}.docx"
    build_docx(src)
    H.docx_to_pdf(src, H.DOCS / f"{STEM}.pdf")
    comps = []
    for cluster, name, definition, levels in COMPS:
        lv = [H.level(i, f"{i} \u2013 {lname}", H.items(STEM, items)) for i, (lname, items) in enumerate(levels, 1)]
        comps.append(H.competency(STEM, name.upper(), definition, levels=lv))
    H.write_gold(H.DOCS / f"{STEM}.pdf", "pdf", TITLE, comps)


if __name__ == "__main__":
    build()
