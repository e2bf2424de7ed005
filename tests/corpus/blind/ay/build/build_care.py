"""care-competency-development-planning-guide.pdf: CARE USA 'Competency Development Planning Guide'
(2003) excerpt: cover + the two first Values-Based Competencies (printed pages 6-9), each with definition,
Key Behaviors ('Label: text'), Developmental Activities, Developmental Resources (Workshops/E-Learning,
Books); footer 'Competency Development Planning Guide (c)CARE USA Rev 1/03' + page number."""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

from _util import C, DOCS, run, soffice_pdf

STEM = "care-competency-development-planning-guide"
ORANGE = "E36F1E"

WS_INTRO = ("If you find workshops and/or web-based training a helpful way to learn, look into the "
            "following:")

COMPS = [
    ("Respect",
     "Treating every person with dignity and courtesy; recognizing the worth of each individual and the "
     "contribution that people of every background make to CARE\u2019s mission.",
     [("Listens to others", "Gives full attention to what people say and checks understanding before "
       "responding."),
      ("Values each person", "Acknowledges the knowledge, experience and ideas of colleagues, partners and "
       "community members."),
      ("Treats people fairly", "Applies the same standards to everyone, whatever their position or "
       "background."),
      ("Shows courtesy", "Is polite and considerate in everyday dealings, including when under pressure."),
      ("Honors cultural norms", "Learns about and respects local customs and ways of working.")],
     ["Ask a trusted colleague to observe you in a meeting and give you feedback on how well you listen.",
      "Before your next team meeting, plan how you will draw out the views of quieter members.",
      "Keep a journal for two weeks noting times when you felt respected or disrespected, and what made "
      "the difference.",
      "Spend a day with a project team in the field and learn how community members see CARE\u2019s work.",
      "Ask your supervisor to include respectful behavior as a topic in your next performance discussion.",
      "Volunteer to welcome and orient a new staff member."],
     ["CARE Academy: Respect in the Workplace (half-day workshop)",
      "Active Listening Skills (e-learning module, CARE Academy online)",
      "Cross-Cultural Communication (two-day workshop)"],
     ["Lawrence-Lightfoot, Sara. Respect: An Exploration. Reading, MA: Perseus Books, 1999.",
      "Forni, P. M. Choosing Civility: The Twenty-Five Rules of Considerate Conduct. New York: St. "
      "Martin\u2019s Press, 2002.",
      "Stone, Douglas, Bruce Patton and Sheila Heen. Difficult Conversations: How to Discuss What Matters "
      "Most. New York: Viking, 1999."]),
    ("Integrity",
     "Acting in line with CARE\u2019s values, ethics and commitments; being honest and transparent in all "
     "dealings and accepting responsibility for one\u2019s own actions.",
     [("Is honest", "Tells the truth and gives accurate information, even when it is unwelcome."),
      ("Keeps commitments", "Does what he or she has promised, or explains promptly when this is not "
       "possible."),
      ("Protects resources", "Uses donor and program funds only for the purpose intended."),
      ("Maintains confidentiality", "Handles sensitive information with discretion."),
      ("Acts on principle", "Challenges behavior that conflicts with CARE\u2019s values and code of conduct.")],
     ["Go through CARE\u2019s code of conduct with your supervisor and discuss how it applies to situations "
      "in your job.",
      "List the commitments you made this month and check how many you kept on time.",
      "Talk through an ethical dilemma you have faced with a mentor, and how you handled it.",
      "Take part in an internal audit or financial review to learn how funds are tracked.",
      "When you make a mistake, tell the people affected promptly and explain what you will do about it."],
     ["CARE Academy: Ethics and Accountability (one-day workshop)",
      "Protection from Sexual Exploitation and Abuse (e-learning)",
      "Managing Donor Funds (workshop for program managers)"],
     ["Carter, Stephen L. Integrity. New York: BasicBooks, 1996.",
      "Badaracco, Joseph L. Defining Moments: When Managers Must Choose Between Right and Right. Boston: "
      "Harvard Business School Press, 1997.",
      "Kouzes, James M. and Barry Z. Posner. Credibility: How Leaders Gain and Lose It, Why People Demand "
      "It. San Francisco: Jossey-Bass, 1993."]),
]


def heading(d, text, size, color=None, before=10, italic=False):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.keep_with_next = True
    run(p, text, bold=True, size=size, color=color, italic=italic)
    return p


def build():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11.5)
    st.paragraph_format.space_after = Pt(5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    for s in (sec,):
        s.left_margin = s.right_margin = Cm(2.5)
        s.top_margin = s.bottom_margin = Cm(2.4)
    C.clear_core_props(d, "Competency Development Planning Guide")
    bullet = C.add_numbering(d, C.bullet_lvl("\u25aa", left=540, hanging=300, font="Arial"), "2C0A3E11")
    sq = C.add_numbering(d, C.bullet_lvl("\u2022", left=540, hanging=300, font="Arial"), "2C0A3E12")

    # cover
    for _ in range(8):
        d.add_paragraph()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "Competency Development", bold=True, size=30, color=ORANGE)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "Planning Guide", bold=True, size=30, color=ORANGE)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "2003", bold=True, size=20)
    for _ in range(10):
        d.add_paragraph()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "CARE USA - L&OD/HR", bold=True, size=14)

    # content section, numbered from 6
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    s2.footer.is_linked_to_previous = False
    s2._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="6"/>'))
    fp = s2.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    run(fp, "Competency Development Planning Guide \u00a9CARE USA Rev 1/03", size=9, italic=True)
    run(fp, "\t", size=9)
    C.add_field(fp, "PAGE")
    s2.header.is_linked_to_previous = False

    first = True
    for name, defin, keyb, acts, courses, books in COMPS:
        if first:
            h = heading(d, "Values-Based Competencies", 18, ORANGE, before=0)
            first = False
        else:
            p = d.add_paragraph()
            p.paragraph_format.page_break_before = True
        heading(d, name, 16, "1F3864", before=6)
        d.add_paragraph(defin)
        heading(d, "Key Behaviors", 12.5, ORANGE)
        for lab, txt in keyb:
            p = d.add_paragraph()
            C.set_num(p, bullet)
            run(p, lab + ": ", bold=True)
            run(p, txt)
        heading(d, "Developmental Activities", 12.5, ORANGE)
        for a in acts:
            p = d.add_paragraph(a)
            C.set_num(p, sq)
        heading(d, "Developmental Resources", 12.5, ORANGE, before=12)
        heading(d, "Workshops/E-Learning", 11.5, None, before=4, italic=True)
        d.add_paragraph(WS_INTRO)
        for c in courses:
            p = d.add_paragraph(c)
            C.set_num(p, sq)
        heading(d, "Books", 11.5, None, before=6, italic=True)
        for b in books:
            p = d.add_paragraph(b)
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)

    tmp = DOCS.parent / "build" / "tmp"
    tmp.mkdir(exist_ok=True)
    src = tmp / f"{STEM}.docx"
    d.save(src)
    print("wrote", soffice_pdf(src))


if __name__ == "__main__":
    build()
