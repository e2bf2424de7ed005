"""Rhondda Cynon Taf Council Competency Framework: Administrator Framework (excerpt: title page, overview,
three competencies).

DOCX (python-docx), A4, Arial: header line "RCT Council <tab> Page X of Y <tab> Administrator Framework"
(PAGE / NUMPAGES fields, as in the published set), title page without header (different first page);
"Competencies - An Overview" with "What are 'Competencies?'" and "How will the competencies be used?" (bullets);
one competency per page: Heading 1 name, a paragraph opening with the bold inline label "What this means:",
the lead-in line "An excellent Administrator:" and a Word bullet list of behaviours.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

import bnlib as L

STEM = "rct-administrator-competency-framework"
OUT = L.DOCS / f"{STEM}.docx"
TITLE = "Rhondda Cynon Taf Council Competency Framework: Administrator Framework"

COMPS = [
    ("Serving Our Customers",
     "Understanding who our customers are, inside and outside the Council, and giving them a helpful, accurate "
     "and timely service every time they contact us.",
     ["Greets customers politely and deals with them in a friendly, professional way, whether face to face, on "
      "the phone or in writing",
      "Finds out exactly what the customer needs before acting",
      "Gives accurate information or passes the enquiry quickly to the right person",
      "Keeps customers informed about what is happening and when they can expect an answer",
      "Follows up to check that the customer\u2019s issue has been resolved",
      "Stays calm and patient with customers who are upset or angry",
      "Suggests ways in which our systems and forms could be made easier for customers to use"]),
    ("Working Together",
     "Working co-operatively with colleagues in the team and across the Council, sharing information and "
     "helping out so that the team achieves its goals.",
     ["Offers help to colleagues when they are busy, without being asked",
      "Shares information and knowledge that others need to do their jobs",
      "Builds good working relationships with people in other sections and departments",
      "Respects the views and working styles of others",
      "Deals with disagreements openly and constructively",
      "Takes part positively in team meetings and team activities"]),
    ("Organising and Managing Work",
     "Planning and prioritising own work so that tasks are completed accurately, on time and in line with "
     "Council procedures.",
     ["Plans the day and week ahead, and prioritises tasks according to urgency and importance",
      "Produces work that is accurate and checks it before passing it on",
      "Meets deadlines, or lets the manager know early if a deadline is at risk",
      "Keeps files, records and systems up to date so that information can be found quickly",
      "Follows Council policies and procedures, including data protection requirements",
      "Looks for ways to reduce duplication and save time"]),
]


def build():
    d = Document()
    L.clear_core_props(d, TITLE)
    for st in ("Normal", "Title", "Heading 1", "Heading 2"):
        L.style_font(d.styles[st], "Arial")
    d.styles["Normal"].font.size = Pt(11)
    d.styles["Heading 1"].font.size = Pt(16)
    d.styles["Heading 1"].font.color.rgb = RGBColor(0x00, 0x5A, 0x8C)
    d.styles["Heading 2"].font.size = Pt(13)
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2.5)
    s.different_first_page_header_footer = True
    hp = s.header.paragraphs[0]
    ts = hp.paragraph_format.tab_stops
    ts.add_tab_stop(Cm(8.0), WD_TAB_ALIGNMENT.CENTER)
    ts.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)
    hp.add_run("RCT Council\tPage ")
    L.add_field(hp, "PAGE", "2")
    hp.add_run(" of ")
    L.add_field(hp, "NUMPAGES", "5")
    hp.add_run("\tAdministrator Framework")
    for r in hp.runs:
        r.font.size = Pt(9)

    bullet = L.add_numbering(d, L.bullet_lvl("\uf0b7", left=720, hanging=360, font="Symbol"), "3C4D5E6F")

    for _ in range(8):
        d.add_paragraph()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Rhondda Cynon Taf Council Competency Framework:")
    r.bold, r.font.size = True, Pt(22)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Administrator Framework")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(22), RGBColor(0x00, 0x5A, 0x8C)
    p.add_run().add_break(WD_BREAK.PAGE)

    d.add_paragraph("Competencies \u2013 An Overview", style="Heading 1")
    d.add_paragraph("What are \u2018Competencies?\u2019", style="Heading 2")
    for t in [
        "In RCT Council (the Council) we use the word \u2018competencies\u2019 for the knowledge, skills and behaviours "
        "we need to do our jobs. A job description sets out \u2018what\u2019 we do; competencies set out \u2018how\u2019 "
        "we do it.",
        "The Council\u2019s competencies grow out of its Vision, Beliefs and Values (available on the intranet or from "
        "Human Resources). They are meant to open up conversations about how we work, and they give us a shared "
        "starting point and language for talking about the behavioural side of our work.",
        "The competencies in this framework describe how a really \u2018excellent\u2019 Administrator works. They do "
        "not list tasks; they describe how someone who is really effective carries out those tasks, and what else "
        "they do as well. Working in this way does not necessarily mean doing more work, but it may mean working "
        "differently.",
    ]:
        d.add_paragraph(t)
    d.add_paragraph("How will the competencies be used?", style="Heading 2")
    for t in ["In recruitment and selection, to decide what to look for in candidates",
              "In induction, so that new starters know what is expected of them",
              "In Personal Development Reviews, to talk about performance and plan development"]:
        p = d.add_paragraph(t)
        L.set_num(p, bullet)

    for name, meaning, items in COMPS:
        d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        d.add_paragraph(name, style="Heading 1")
        p = d.add_paragraph()
        p.add_run("What this means: ").bold = True
        p.add_run(meaning)
        p = d.add_paragraph()
        p.add_run("An excellent Administrator:").bold = True
        for it in items:
            p = d.add_paragraph(it)
            L.set_num(p, bullet)
            p.paragraph_format.space_after = Pt(4)
    d.save(str(OUT))


def gold():
    comps = [L.competency(STEM, name, meaning, indicators=L.items(STEM, items)) for name, meaning, items in COMPS]
    return L.write_gold(OUT, "docx", TITLE, comps)


def main():
    build()
    print(gold())


if __name__ == "__main__":
    main()
