"""UK Civil Service Competency Framework 2012-2017 (Civil Service HR): PDF via python-docx -> LibreOffice.

Two competencies, each in its own Word section whose running header names the cluster and the competency;
the level table (Level 1 - AA and AO ... Level 6 - Director) runs over page breaks with a repeated
"Effective behaviour | Ineffective behaviour" header row and no repeat of the competency heading.
"""
import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Inches

import helpers as H

STEM = "ukcs-competency-framework-2012-2017"
PURPLE = "5B2C6F"

LEVELS = [
    "Level 1 \u2013 AA and AO or equivalent",
    "Level 2 \u2013 EO or equivalent",
    "Level 3 \u2013 HEO and SEO or equivalent",
    "Level 4 \u2013 Grade 7 and 6 or equivalent",
    "Level 5 \u2013 Deputy Director or equivalent (SCS Pay Band 1)",
    "Level 6 \u2013 Director or equivalent (SCS Pay Band 2)",
]

COMPS = [
    {
        "cluster": "Setting Direction",
        "num": "1.",
        "name": "Seeing the Big Picture",
        "definition": (
            "Seeing the big picture means understanding in depth how your role connects with, and supports, "
            "the objectives of the organisation and the needs of the wider public. For everyone, it means "
            "concentrating your effort on the work that serves Civil Service goals and adds the most value. "
            "For senior staff, it means reading the political landscape and weighing broader impacts to build "
            "long-term delivery plans that make the most of chances to benefit citizens and to support "
            "sustainable economic growth."),
        "levels": [
            (["Builds an understanding of how own work and the team\u2019s work support wider departmental objectives",
              "Keeps up to date with the issues that affect own area of work",
              "Takes an interest in how the department\u2019s decisions may affect the public and the people they deal with"],
             ["Completes own tasks without thinking about how they contribute to departmental aims",
              "Shows little interest in the wider work of the department",
              "Does not stay informed about changes that will affect own job"]),
            (["Explains to others how the team\u2019s work connects with the department\u2019s priorities",
              "Looks at how procedures in own area could be adjusted to serve the public better",
              "Seeks out information on wider departmental developments and what they mean for the team"],
             ["Concentrates on the immediate task and loses sight of the purpose behind it",
              "Ignores feedback from customers about how the service could improve",
              "Relies on others to pass on information about change"]),
            (["Stays aware of wider policy and organisational developments and considers how they affect the business area",
              "Shapes team plans around the strategic priorities of the department and of government",
              "Draws on an understanding of stakeholders\u2019 views to anticipate how plans will be received",
              "Considers the long-term effects of current decisions, including those on the wider public sector"],
             ["Plans work with a narrow focus on the team\u2019s own interests",
              "Overlooks how changes elsewhere will affect the area\u2019s objectives",
              "Fails to consult stakeholders before taking decisions that affect them"]),
            (["Builds and shares a clear understanding of the political and economic context in which the area operates",
              "Ensures the area\u2019s activities fit with wider government strategy and with the work of partner organisations",
              "Brings in ideas and evidence from outside the department, including from other sectors and countries"],
             ["Works in isolation from related policy areas and partner bodies",
              "Does not anticipate the consequences of wider economic or social trends",
              "Focuses on short-term delivery at the expense of longer-term outcomes"]),
            (["Anticipates emerging political, economic and social issues and sets the direction of the business area accordingly",
              "Works across departmental boundaries to align strategies and avoid duplication",
              "Shapes long-term plans that balance the interests of citizens, ministers and other stakeholders"],
             ["Defends departmental positions without regard for cross-government goals",
              "Misreads or ignores the political context when setting priorities"]),
            (["Sets and communicates a compelling long-term vision that places the department\u2019s work within the wider public interest",
              "Shapes the government\u2019s strategic agenda through influence with senior leaders across sectors",
              "Builds the department\u2019s capacity to respond to national and international developments"],
             ["Fails to engage with the wider strategic agenda of government",
              "Offers little direction about where the organisation should be heading in the long term"]),
        ],
    },
    {
        "cluster": "Engaging People",
        "num": "5.",
        "name": "Collaborating and Partnering",
        "definition": (
            "People who collaborate and partner well build and keep effective working relationships with "
            "colleagues, stakeholders and partners inside and outside the Civil Service. For all staff, it means "
            "being approachable, sharing information and working constructively with others to reach shared "
            "goals. At senior levels, it means building strong partnerships across organisational boundaries and "
            "creating a culture in which working together is the norm."),
        "levels": [
            (["Is friendly and approachable and respects the contributions of others",
              "Shares information with colleagues and asks for help when needed",
              "Puts team objectives ahead of personal preferences"],
             ["Keeps information to themselves",
              "Is dismissive of the views of others"]),
            (["Builds positive relationships with colleagues across the team and beyond",
              "Listens to and acts on the ideas of others",
              "Raises concerns with colleagues in an open and respectful way"],
             ["Works only with a small circle of familiar contacts",
              "Avoids dealing with disagreement until problems escalate"]),
            (["Establishes relationships with a range of stakeholders to support delivery of business outcomes",
              "Shares knowledge and resources across teams to achieve joint goals",
              "Addresses conflict constructively and looks for solutions that work for all parties"],
             ["Sees other teams as competitors rather than partners",
              "Commits to joint work but does not follow through"]),
            (["Creates networks across government and with external partners to deliver shared objectives",
              "Encourages collaborative working within and between teams",
              "Invites challenge and different perspectives to strengthen outcomes"],
             ["Builds partnerships only when there is direct benefit to own area",
              "Allows silo working to continue unchallenged"]),
            (["Forges strategic partnerships across departments and sectors",
              "Models openness and trust, and expects the same of managers"],
             ["Tolerates poor relationships between own teams and partner organisations"]),
            (["Leads the development of a culture of collaboration across the organisation and beyond",
              "Negotiates effectively with senior partners to secure agreements that serve the public interest"],
             ["Fails to invest time in building relationships with key senior partners"]),
        ],
    },
]

CLUSTERS = [
    ("Setting Direction", ["Seeing the Big Picture", "Changing and Improving", "Making Effective Decisions"]),
    ("Engaging People", ["Leading and Communicating", "Collaborating and Partnering", "Building Capability for All"]),
    ("Delivering Results", ["Achieving Commercial Outcomes", "Delivering Value for Money",
                            "Managing a Quality Service", "Delivering at Pace"]),
]


def _run(p, text, bold=False, size=None, color=None, italic=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def _header_footer(section, header_text):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    if header_text:
        cl, name = header_text
        _run(hp, cl, size=9, color="777777")
        _run(hp, "\t\t" + name, bold=True, size=9, color=PURPLE)
    fp = section.footer.paragraphs[0]
    fp.text = ""
    _run(fp, "Competency Framework", size=8, color="777777")
    _run(fp, "\t< Back to Page 1\t", size=8, color=PURPLE)
    r = fp.runs[-1]
    H.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(8)


def build():
    d = docx.Document()
    H.clear_core_props(d, "Civil Service Competency Framework 2012 - 2017")
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    for s in d.sections:
        s.left_margin = s.right_margin = Inches(0.8)
        s.top_margin = s.bottom_margin = Inches(0.8)
    bullet = H.add_numbering(d, H.bullet_lvl("\u2022", left=220, hanging=200), "5B2C6F01")

    # --- page 1: title, about, clusters (front matter)
    _header_footer(d.sections[0], None)
    p = d.add_paragraph()
    _run(p, "Civil Service", bold=True, size=26, color=PURPLE)
    p = d.add_paragraph()
    _run(p, "Competency Framework", bold=True, size=26, color=PURPLE)
    p = d.add_paragraph()
    _run(p, "2012 - 2017", size=18, color="777777")
    d.add_paragraph()
    p = d.add_paragraph()
    _run(p, "About this framework", bold=True, size=13, color=PURPLE)
    d.add_paragraph(
        "The competency framework describes how we want people in the Civil Service to work. It places the "
        "Civil Service values of honesty, integrity, impartiality and objectivity at the centre of what we do. "
        "Competencies are the skills, knowledge and behaviours that lead to successful performance. The "
        "framework sets out 10 competencies in 3 clusters. Each competency has a short description of what it "
        "means in practice, followed by examples of effective and ineffective behaviour at every level. The "
        "levels are cumulative: someone working at level 3 is expected to show the behaviours of levels 1 "
        "and 2 as a matter of course. The examples are not a complete list.")
    t = d.add_table(rows=1, cols=3)
    H.grid_borders(t, "BBBBBB")
    for i, (cl, names) in enumerate(CLUSTERS):
        c = t.rows[0].cells[i]
        c.paragraphs[0].text = ""
        _run(c.paragraphs[0], cl, bold=True, color="FFFFFF")
        H.shade(c, PURPLE)
    row = t.add_row()
    for i, (cl, names) in enumerate(CLUSTERS):
        c = row.cells[i]
        c.paragraphs[0].text = names[0]
        for n in names[1:]:
            c.add_paragraph(n)
    H.fix_widths(t, [2.3, 2.3, 2.3])

    for comp in COMPS:
        sec = d.add_section(WD_SECTION.NEW_PAGE)
        _header_footer(sec, (comp["cluster"], comp["name"]))
        p = d.add_paragraph()
        _run(p, comp["cluster"], size=9, color="777777")
        p = d.add_paragraph()
        _run(p, f"{comp['num']} {comp['name']}", bold=True, size=18, color=PURPLE)
        d.add_paragraph(comp["definition"])
        t = d.add_table(rows=1, cols=2)
        H.grid_borders(t, "BBBBBB")
        hdr = t.rows[0]
        H.repeat_header(hdr)
        for c, txt in zip(hdr.cells, ["Effective behaviour", "Ineffective behaviour"]):
            c.paragraphs[0].text = ""
            _run(c.paragraphs[0], txt, bold=True, color="FFFFFF")
            H.shade(c, PURPLE)
        for label, (eff, ineff) in zip(LEVELS, comp["levels"]):
            lr = t.add_row()
            m = lr.cells[0].merge(lr.cells[1])
            m.paragraphs[0].text = ""
            _run(m.paragraphs[0], label, bold=True, color=PURPLE)
            H.shade(m, "E9E1F0")
            H.cant_split(lr)
            br = t.add_row()
            for cell, bullets in zip(br.cells, (eff, ineff)):
                cell.paragraphs[0].text = bullets[0]
                H.set_num(cell.paragraphs[0], bullet)
                for b in bullets[1:]:
                    q = cell.add_paragraph(b)
                    H.set_num(q, bullet)
        H.fix_widths(t, [3.45, 3.45])

    TMPD = H.TMP
    TMPD.mkdir(parents=True, exist_ok=True)
    src = TMPD / f"{STEM}.docx"
    d.save(src)
    out = H.DOCS / f"{STEM}.pdf"
    H.docx_to_pdf(src, out)

    comps = []
    for comp in COMPS:
        levels = []
        for rank, (label, (eff, ineff)) in enumerate(zip(LEVELS, comp["levels"]), start=1):
            levels.append(H.level(rank, label,
                                  H.items(STEM, eff, "Effective behaviour") + H.items(STEM, ineff, "Ineffective behaviour")))
        comps.append(H.competency(STEM, comp["name"], comp["definition"], levels=levels))
    H.write_gold(out, "pdf", "Civil Service Competency Framework 2012 - 2017", comps)


if __name__ == "__main__":
    build()
