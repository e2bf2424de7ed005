"""Ontario Public Service, OPS Behavioural Competency Dictionary 2009 (excerpt).

python-docx, real Word styles and one real multi-level list (w:numPr): level 0 = decimal "1." (the
level titles of the competency scale), level 1 = bullets (behavioural examples) nested under each level.
Front matter: title, date, introduction, "What are Competencies?", "Competencies @ Work for You",
"How to Read the Competency Scales" (the scale explained once), then three entries on one template.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

import lib
from lib import C

STEM = "ops-behavioural-competency-dictionary"
g = lib.G(STEM)
TITLE = "OPS Behavioural Competency Dictionary 2009"

FRONT = [
    ("Introduction", [
        "Change in the OPS has been fast over the last few years, and new challenges and "
        "opportunities keep appearing. A modern public service can only keep up with shifting "
        "priorities if each of us has knowledge, skills and attributes that are current and that "
        "travel from one job to the next. To support that learning journey we have revised the OPS "
        "Behavioural Competency Dictionary. It is meant to help you understand the competencies "
        "that non-managerial employees need in today’s public sector.",
    ]),
    ("What are Competencies?", [
        "Competencies are the specific, observable knowledge, skills and attributes needed to "
        "perform well. A job description sets out duties, responsibilities and qualifications; "
        "competencies add to it by describing how the work is done, giving a clearer picture of "
        "the ways you can use your knowledge and skills to get results.",
        "Think about your dentist. A dentist needs many technical competencies, such as "
        "diagnosing conditions and filling cavities. To meet patients’ needs well, a dentist "
        "also needs behavioural competencies such as Service Focus: communicating clearly, "
        "answering questions and showing empathy.",
    ]),
]
AT_WORK = [
    ("Know", "A new work environment or new responsibilities can change how you show a "
             "competency. Start by understanding what you need to do to get results in your job."),
    ("Grow", "The revised dictionary is aligned with the leader-manager competencies, so it "
             "helps you focus on the competencies you need to develop your potential and move "
             "into leader-manager roles."),
]
SCALE = [
    "Every competency in this dictionary has a definition and a scale. The scale is a numbered "
    "list of levels: level 1 is the most basic way of showing the competency, and each higher "
    "level describes a more complex, more demanding or wider-reaching way of showing it.",
    "The scales are cumulative. A person working at level 3 is expected to show the behaviours "
    "of levels 1 and 2 as well. The bullets under each level are examples of what the level "
    "looks like on the job; they are not a checklist and other examples are possible.",
]

ENTRIES = [
    ("Flexibility",
     "Flexibility means being able and willing to adjust to, and work well in, a range of "
     "situations and with people and groups who differ from one another. It includes seeing the "
     "merit in views that differ from or oppose one’s own, changing one’s approach as a "
     "situation demands, and accepting changes to one’s organization or job.",
     [("Recognizes that other views are valid",
       ["Listens to colleagues whose opinions differ from own.",
        "Accepts that others may see a situation differently and says so.",
        "Is willing to change an opinion when given new information."]),
      ("Adapts procedures to fit the situation",
       ["Applies rules and procedures with judgement, adjusting them to the circumstances "
        "while still achieving their purpose.",
        "Changes own priorities when the needs of clients or the team shift.",
        "Moves between routine and unexpected tasks without losing momentum."]),
      ("Adapts own strategy",
       ["Changes the overall plan, goal or project approach in response to a situation.",
        "Tries a different approach when the first one is not producing results.",
        "Draws on the ideas of others to reshape how the work gets done."]),
      ("Makes organizational adaptations",
       ["Proposes short-term changes to the unit’s structure or processes in response to a "
        "situation.",
        "Helps colleagues adjust to new ways of working by explaining the reasons behind them.",
        "Supports changes to the organization even when they affect own work."])]),
    ("Teamwork and Co-operation",
     "Teamwork and Co-operation means working together with others as part of a team instead "
     "of working alone or in competition with them. The competency applies whenever a person "
     "belongs to a group that functions as a team, whether or not he or she leads it.",
     [("Co-operates",
       ["Takes part willingly and supports team decisions.",
        "Does own share of the work and meets commitments to the team.",
        "Keeps other team members informed about relevant developments."]),
      ("Shares information and expresses positive expectations",
       ["Shares useful or relevant information with the team.",
        "Speaks positively of team members and expresses confidence in their abilities.",
        "Values the input and expertise of others and is willing to learn from them."]),
      ("Solicits input and encourages others",
       ["Genuinely asks for the ideas and opinions of others when forming decisions or plans.",
        "Gives public credit to team members who have performed well.",
        "Encourages others and makes them feel that their contribution matters."]),
      ("Builds team commitment",
       ["Promotes a friendly climate, good morale and co-operation within the team.",
        "Brings conflict within the team into the open and helps to resolve it.",
        "Protects and promotes the team’s reputation with people outside it."])]),
    ("Service Focus",
     "Service Focus reflects a wish to find out who one’s clients are and to serve them well. "
     "Clients may be members of the public, co-workers, other branches and ministries, other "
     "levels of government or non-government organizations. The competency is about directing "
     "effort towards understanding and meeting client needs.",
     [("Follows up on client requests",
       ["Responds to inquiries, requests and complaints promptly.",
        "Keeps clients informed of the progress of their requests.",
        "Treats every client courteously and professionally."]),
      ("Takes personal responsibility for correcting problems",
       ["Corrects service problems quickly and without becoming defensive.",
        "Makes self available to clients, especially when they are going through a difficult "
        "time.",
        "Explains options clearly so that clients can make informed choices."]),
      ("Addresses underlying client needs",
       ["Asks questions to find out the real needs behind a client’s first request.",
        "Matches the available services and products to what the client actually needs.",
        "Goes beyond what is normally expected to make sure a client’s needs are met."]),
      ("Uses a long-term perspective",
       ["Looks for long-term benefits for clients when dealing with immediate problems.",
        "Acts as a trusted adviser, offering an independent view of client needs and problems.",
        "Notices changes in client expectations and suggests how services could adapt."])]),
]


def scale_numbering(document):
    """One abstractNum, two levels: 0 = decimal '1.', 1 = bullet (Symbol)."""
    lvls = (
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr>'
        '<w:rPr><w:b/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="850" w:hanging="283"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>')
    aid = C.add_abstract(document, lvls, "0F5C2009")
    return aid


def build():
    d = Document()
    C.clear_core_props(d, TITLE)
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    for name, size in (("Heading 1", 16), ("Heading 2", 12.5), ("Title", 24)):
        st = d.styles[name]
        st.font.name = "Arial"
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(0x00, 0x3D, 0x79)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "OPS Behavioural Competency Dictionary 2009"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ").font.size = Pt(8)
    C.add_field(fp, "PAGE")

    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph("May 2009")
    for head, paras in FRONT:
        d.add_heading(head, level=1)
        for t in paras:
            d.add_paragraph(t)
    d.add_heading("Competencies @ Work for You", level=1)
    for lead, t in AT_WORK:
        p = d.add_paragraph()
        p.add_run(lead + ": ").bold = True
        p.add_run(t)
    d.add_heading("How to Read the Competency Scales", level=1)
    for t in SCALE:
        d.add_paragraph(t)

    aid = scale_numbering(d)
    comps = []
    for name, definition, levels in ENTRIES:
        d.add_page_break()
        d.add_heading(name, level=1)
        p = d.add_paragraph()
        p.add_run("Definition: ").bold = True
        p.add_run(definition)
        d.add_heading("Competency Scale", level=2)
        nid = C.add_num(d, aid, restart=True)
        for title, bullets in levels:
            lp = d.add_paragraph()
            lp.add_run(title).bold = True
            lp.paragraph_format.space_before = Pt(6)
            lp.paragraph_format.space_after = Pt(2)
            C.set_num(lp, nid, 0)
            for b in bullets:
                bp = d.add_paragraph(b)
                bp.paragraph_format.space_after = Pt(2)
                C.set_num(bp, nid, 1)
        comps.append(g.comp(name, definition, levels=[
            g.lvl(i + 1, title, bullets) for i, (title, bullets) in enumerate(levels)]))

    out = lib.DOCS / f"{STEM}.docx"
    d.save(out)
    g.write("docx", TITLE, comps)


if __name__ == "__main__":
    build()
