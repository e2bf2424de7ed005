"""National Education Association (NEA, US teachers' union): NEA Leadership Competencies Guide (PDF, long).

python-docx -> LibreOffice PDF, Letter, ~6 pages. Cover, contents (dot leaders), vision / mission / core values
(front matter that looks like "Name. description" entries), framework explanation, then six competencies, each
with a definition and "Essential Elements": bold element headings with bulleted knowledge/skills (indicators
grouped by element). Running footer with page number.
"""
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Inches, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bflib as L  # noqa: E402

STEM = "nea-leadership-competencies-guide"
DOCX = L.BF / "build" / "tmp" / f"{STEM}.docx"
DOC = L.DOCS / f"{STEM}.pdf"
BLUE = RGBColor(0x00, 0x3A, 0x70)

COMPS = [
    ("Advocacy",
     "Advances the cause of public education by advocating for students, including for racial and social justice "
     "in education, and for the professional needs and rights of members.",
     [("Political and Legislative Action", [
         "Understands how education policy and budgets are made at the local, state and national levels.",
         "Builds relationships with elected officials and candidates to advance the Association\u2019s agenda.",
         "Mobilizes members to take part in political action, elections and issue campaigns."]),
      ("Member Rights and Representation", [
          "Knows the collective bargaining agreement or member contract and the employment law that applies to it.",
          "Represents members in grievance, discipline and other workplace matters.",
          "Protects members\u2019 professional rights through early intervention and problem solving."]),
      ("Racial and Social Justice", [
          "Recognizes institutional racism and other barriers that limit students\u2019 opportunities.",
          "Builds coalitions with community partners to advance equity in public education.",
          "Speaks up for students and members whose voices are not being heard."])]),
    ("Business",
     "Manages the Association\u2019s financial, human and technological resources responsibly so that it can "
     "achieve its goals now and in the future.",
     [("Financial Management", [
         "Reads and interprets budgets, financial statements and audit reports.",
         "Aligns the budget with the Association\u2019s strategic priorities.",
         "Ensures sound internal controls and compliance with legal and fiduciary duties."]),
      ("Operations and Planning", [
          "Develops operating plans with clear goals, timelines and measures of success.",
          "Uses data to evaluate programs and decide where to invest resources.",
          "Manages contracts, staff and volunteers in line with Association policy."])]),
    ("Communication",
     "Builds and carries out an integrated communications strategy that advances the mission, vision, core "
     "values and strategic goals of the Association.",
     [("Strategic Communication", [
         "Aligns messages with the Association\u2019s strategic goals and priorities.",
         "Plans communications for members, the public and the media, choosing the right channel for each.",
         "Evaluates whether communications reach and move their intended audiences."]),
      ("Interpersonal Communication", [
          "Listens actively and shows respect for differing points of view.",
          "Adapts style and message to the audience and the setting.",
          "Gives and receives feedback constructively."]),
      ("Media and Digital Engagement", [
          "Prepares for interviews with the media and stays on message.",
          "Uses social media and other digital tools to inform and engage members."])]),
    ("Governance and Leadership",
     "Sets the mission and puts in place and monitors the strategies a relevant, thriving association needs, "
     "while empowering, motivating and developing a pipeline of diverse leaders.",
     [("Governance", [
         "Understands the Association\u2019s constitution, bylaws, policies and governance structures.",
         "Runs meetings effectively, using parliamentary procedure where it applies.",
         "Makes sure decisions are taken openly and in line with policy."]),
      ("Vision and Strategy", [
          "Works with others to set direction and turns it into clear, measurable goals.",
          "Monitors progress and adjusts strategies as conditions change."]),
      ("Leadership Development", [
          "Identifies and encourages potential leaders, particularly from groups that are under-represented in "
          "leadership.",
          "Mentors emerging leaders and plans for succession in elected and appointed roles."])]),
    ("Leading Our Professions",
     "Champions professional learning, professional quality and diversity within the education professions, and "
     "promotes the union\u2019s role in transforming education, improving student learning and widening equitable "
     "access to opportunity.",
     [("Professional Practice", [
         "Keeps up to date with research and promising practice in teaching and learning.",
         "Promotes high-quality professional learning for all education employees.",
         "Supports members in meeting and raising the standards of their profession."]),
      ("Education Policy", [
          "Understands how federal and state education policy affects students and educators.",
          "Engages members in shaping policy on assessment, accountability and evaluation."]),
      ("Student Success", [
          "Advocates for the conditions and resources students need to learn.",
          "Connects the union\u2019s work to the success of every student."])]),
    ("Organizing",
     "Mobilizes and engages members and leaders to build internal and external relationships and the "
     "capacity of the Association to recruit, retain and involve diverse members and leaders and to advance "
     "its priorities at the national, state and local levels.",
     [("Member Engagement", [
         "Holds one-to-one conversations to learn what members care about.",
         "Recruits new members and retains current ones.",
         "Involves members in meaningful action on the issues they care about."]),
      ("Building Power", [
          "Maps the worksite and identifies natural leaders.",
          "Plans campaigns with clear goals, targets and tactics.",
          "Evaluates campaigns and applies the lessons to the next one."]),
      ("Coalitions and Community", [
          "Builds lasting relationships with parents, community groups and allies.",
          "Works with partners on shared issues while keeping the Association\u2019s interests in view."])]),
]

VALUES = [
    ("Equal Opportunity.", "We believe public education opens the door to opportunity, and every student has the "
                           "right to a quality public education that develops their potential and character."),
    ("A Just Society.", "We believe public education is essential to building respect for the worth, dignity and "
                        "equality of every person in a diverse society."),
    ("Democracy.", "We believe public education is the cornerstone of our republic and prepares people to take an "
                   "informed part in democratic life."),
    ("Professionalism.", "We believe the expertise and judgment of education professionals are critical to "
                         "student success, and we hold ourselves to the highest professional standards."),
    ("Partnership.", "We believe public education is a shared responsibility of educators, families, communities "
                     "and government."),
    ("Collective Action.", "We believe individuals are strengthened when they work together for the common good."),
]


def heading(d, text, size=18, color=BLUE, space_before=0):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = color
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(6)
    p.paragraph_format.keep_with_next = True
    return p


def render():
    DOCX.parent.mkdir(parents=True, exist_ok=True)
    d = Document()
    L.clear_core_props(d, "NEA Leadership Competencies Guide")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = sec.bottom_margin = Inches(0.9)
    sec.different_first_page_header_footer = True
    st = d.styles["Normal"]
    st.font.name = "Georgia"
    st.font.size = Pt(10.5)
    fp = sec.footer.paragraphs[0]
    fp.text = "NEA Leadership Competencies Guide\t\t"
    L.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(8)

    # cover
    for _ in range(8):
        d.add_paragraph()
    p = d.add_paragraph()
    r = p.add_run("NEA Leadership Competencies Guide")
    r.bold = True
    r.font.size = Pt(30)
    r.font.color.rgb = BLUE
    p = d.add_paragraph()
    r = p.add_run("Preparing members to lead relevant and thriving education associations and to become "
                  "world-class education leaders")
    r.italic = True
    r.font.size = Pt(13)
    for _ in range(10):
        d.add_paragraph()
    d.add_paragraph("National Education Association").runs[0].bold = True
    d.add_paragraph("1201 16th Street, N.W., Washington, DC 20036")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # contents + vision
    heading(d, "Table of Contents", 16)
    for title, page in [("NEA Vision, Mission, and Values", 2), ("Setting the context for leadership competencies", 3),
                        ("Leadership competency framework explained", 3), ("Ideas for using leadership competencies", 3),
                        ("Leadership Competencies", 4)]:
        p = d.add_paragraph(f"{title}\t{page}")
        L.tab_leader_stop(p, 9300)
        p.paragraph_format.space_after = Pt(2)
    for title in [c[0] for c in COMPS]:
        p = d.add_paragraph(title)
        p.paragraph_format.left_indent = Inches(0.3)
        p.paragraph_format.space_after = Pt(0)
    heading(d, "Vision, Mission and Values", 16, space_before=18)
    d.add_paragraph("Adopted at the 2006 NEA Representative Assembly").runs[0].italic = True
    d.add_paragraph("We, the members of the National Education Association of the United States, are the voice of "
                    "education professionals. Our work is fundamental to the nation, and we accept the deep trust "
                    "placed in us.")
    heading(d, "Our Vision", 12)
    d.add_paragraph("A great public school for every student.")
    heading(d, "Our Mission", 12)
    d.add_paragraph("To advocate for education professionals and to unite our members and the nation to fulfill "
                    "the promise of public education, preparing every student to succeed in a diverse and "
                    "interdependent world.")
    heading(d, "Our Core Values", 12)
    d.add_paragraph("These principles guide our work and define our mission:")
    for name, text in VALUES:
        p = d.add_paragraph()
        p.add_run(name + " ").bold = True
        p.add_run(text)

    # context / framework
    heading(d, "Setting the context for leadership competencies", 16, space_before=12)
    d.add_paragraph("Over the 2012-2013 year, NEA asked leaders across the Association about the current and "
                    "desired state of leadership development, and set up an advisory team of member and staff leaders "
                    "to review their ideas. The competencies in this guide come out of that work. They reflect the "
                    "NEA strategic framework and were tested with leaders and members through interviews, focus "
                    "groups and a review of models used by unions, the public sector and corporations.")
    heading(d, "Leadership competency framework explained", 16, space_before=12)
    d.add_paragraph("The framework defines what Association leaders should know and be able to do. It is made up "
                    "of six competencies. Each competency has a short definition and is broken down into essential "
                    "elements.")
    heading(d, "Essential elements", 12)
    d.add_paragraph("Essential elements are the building blocks of a competency: the specific knowledge, skills and "
                    "abilities a leader draws on. Leaders will not be equally strong in every element; the elements "
                    "help them see where to focus their growth.")
    heading(d, "Ideas for using leadership competencies", 16, space_before=12)
    bl = L.add_num(d, L.add_abstract(d, L.bullet_lvl("\u25aa", font="Arial"), "0BF0BF21"))
    for b in ["National (NEA Headquarters): design leadership trainings and conferences around the competencies.",
              "State and local affiliates: build leadership pipelines and orient newly elected leaders.",
              "Constituent groups: plan sessions and mentoring for their members.",
              "Individual members: assess their own strengths and set goals for their development."]:
        p = d.add_paragraph(b)
        L.set_num(p, bl)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    heading(d, "Leadership Competencies", 20)
    bul = L.add_abstract(d, L.bullet_lvl(), "0BF0BF22")
    for i, (name, definition, elements) in enumerate(COMPS):
        heading(d, name.upper() if False else name, 16, space_before=14 if i else 0)
        p = d.add_paragraph()
        p.add_run(definition).italic = True
        h = heading(d, "Essential Elements", 11, RGBColor(0x5A, 0x5A, 0x5A))
        for el, bullets in elements:
            p = d.add_paragraph()
            p.add_run(el).bold = True
            p.paragraph_format.space_after = Pt(2)
            p.paragraph_format.keep_with_next = True
            nid = L.add_num(d, bul)
            for b in bullets:
                q = d.add_paragraph(b)
                L.set_num(q, nid)
                q.paragraph_format.space_after = Pt(1)
    d.save(DOCX)
    L.to_pdf(DOCX, DOC)


def gold():
    comps = []
    for name, definition, elements in COMPS:
        ind = []
        for el, bullets in elements:
            ind += L.items(bullets, STEM, group=el)
        comps.append(L.competency(name, STEM, definition, indicators=ind))
    return L.write_gold(DOC, "pdf", "NEA Leadership Competencies Guide", comps)


if __name__ == "__main__":
    render()
    print(gold())
