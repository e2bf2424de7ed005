"""University of Bristol, Staff Development - Professional Behaviours (professional services staff),
based on the AUA CPD Framework: python-docx with real Word styles (Title, Heading 1/2, List Bullet,
List Number), A4.

Each behavioural group: Heading 1, a description paragraph, a three-column table "Self | Others |
Organisation" (the three aspects) with List Bullet paragraphs in the cells, and a Heading 2
"Behaviours that may indicate a need for further development" followed by List Bullet paragraphs.
Front matter: the introduction and the numbered key to the three aspects. Header "University of
Bristol" / "Staff Development"; footer with the framework name and "Page X of Y".
"""
from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

import common as C
import helpers as H

STEM = "bristol-professional-behaviours"
TITLE = "Professional Behaviours"
NEED = "Behaviours that may indicate a need for further development"
ASPECTS = ["Self", "Others", "Organisation"]

INTRO = [
    "The Professional Behaviours model describes the patterns of behaviour that mark out effective "
    "performance in Higher Education. It is organised into nine behavioural groups, each looked at "
    "from three aspects, and is meant as a positive tool for self-assessment, reflection and "
    "development.",
    "The behaviours are not the tasks of a particular job: they describe how a person does the job. "
    "They apply to all roles, although some matter much more in some jobs than in others, and they "
    "form part of the annual staff review and development conversation.",
]
ASPECT_KEY = [
    "Self – behaviours that may be seen whatever the working situation",
    "Others – behaviours that may be seen when interacting with and influencing others, or when "
    "managing colleagues",
    "Organisation – behaviours that may be seen when influencing at organisational level or "
    "representing the organisation",
]

GROUPS = [
    ("Working together",
     "Working collaboratively with colleagues, students and partners across the University and "
     "beyond to reach shared goals, and valuing the contribution that each person makes.",
     {"Self": ["Is open and approachable",
               "Shares own knowledge and expertise willingly",
               "Takes on a fair share of the team’s workload",
               "Respects the views and ideas of others"],
      "Others": ["Builds good working relationships within and beyond the team",
                 "Gives credit to others for their contributions",
                 "Helps colleagues who are under pressure without being asked",
                 "Deals with disagreement constructively"],
      "Organisation": ["Builds networks across departments and faculties",
                       "Represents the team positively to the wider University",
                       "Works with external partners to deliver joint objectives"]},
     ["Works in isolation and keeps information to self",
      "Puts own or team interests before those of the University",
      "Is dismissive of the contributions of others",
      "Avoids tackling conflict within the team"]),
    ("Finding solutions",
     "Looking at problems from different angles, drawing on evidence and experience, and finding "
     "practical, workable ways forward.",
     {"Self": ["Gathers the facts before drawing conclusions",
               "Identifies the underlying causes of a problem",
               "Uses initiative to resolve routine problems",
               "Learns from what has and has not worked before"],
      "Others": ["Involves the people affected in finding solutions",
                 "Explains the reasons for a recommended solution",
                 "Encourages others to put forward ideas"],
      "Organisation": ["Considers the impact of solutions on other areas of the University",
                       "Looks at how similar problems are solved elsewhere in the sector",
                       "Proposes changes to policies or processes that cause recurring problems"]},
     ["Jumps to conclusions without checking the facts",
      "Passes problems on to others without trying to resolve them",
      "Applies the same approach whatever the situation",
      "Focuses on who is to blame rather than on the solution"]),
]


def build():
    doc = Document()
    H.base_font(doc, "Arial", 10.5)
    C.clear_core_props(doc, "Professional Behaviours")
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2.2)
    s.top_margin, s.bottom_margin = Cm(2.0), Cm(2.0)
    doc.styles["Header"].paragraph_format.tab_stops.clear_all()
    doc.styles["Footer"].paragraph_format.tab_stops.clear_all()
    hp = s.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT)
    H.run(hp, "University of Bristol", bold=True, size=9, color="AB1F2D")
    H.run(hp, "\tStaff Development", size=9, color="595959")
    fp = s.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT)
    H.run(fp, "Professional Behaviours framework – professional services staff", size=8, color="595959")
    H.run(fp, "\tPage ", size=8, color="595959")
    C.add_field(fp, "PAGE", "1")
    H.run(fp, " of ", size=8, color="595959")
    C.add_field(fp, "NUMPAGES", "2")

    for st in ("Title", "Heading 1", "Heading 2"):
        doc.styles[st].font.name = "Arial"
        doc.styles[st].font.color.rgb = None
    doc.styles["Title"].font.size = Pt(24)
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph("Professional services staff", style="Subtitle")
    for t in INTRO:
        doc.add_paragraph(t)
    doc.add_paragraph("Each behavioural group is divided into three aspects:")
    for t in ASPECT_KEY:
        doc.add_paragraph(t, style="List Number")
    doc.add_paragraph("For each group the framework also lists behaviours that may indicate a need "
                      "for further development. These are offered as a positive tool for "
                      "self-assessment and reflection.")

    for name, desc, aspects, need in GROUPS:
        doc.add_paragraph(name, style="Heading 1")
        doc.add_paragraph(desc)
        t = doc.add_table(rows=2, cols=3)
        t.style = doc.styles["Table Grid"]
        C.fix_widths(t, [2.15, 2.15, 2.15])
        for i, a in enumerate(ASPECTS):
            H.cell_par(t.rows[0].cells[i], a, bold=True, size=10.5, first=True)
            C.shade(t.rows[0].cells[i], "F2DCDB")
            cell = t.rows[1].cells[i]
            for j, b in enumerate(aspects[a]):
                if j == 0:
                    p = cell.paragraphs[0]
                    p.style = doc.styles["List Bullet"]
                    H.run(p, b, size=10)
                else:
                    p = cell.add_paragraph(style="List Bullet")
                    H.run(p, b, size=10)
        doc.add_paragraph(NEED, style="Heading 2")
        for b in need:
            doc.add_paragraph(b, style="List Bullet")

    doc.save(H.DOCS / f"{STEM}.docx")
    return H.DOCS / f"{STEM}.docx"


def gold():
    comps = []
    for name, desc, aspects, need in GROUPS:
        ind = []
        for a in ASPECTS:
            ind += H.items(aspects[a], STEM, group=a)
        ind += H.items(need, STEM, group=NEED)
        comps.append(C.competency(name, STEM, definition=desc, indicators=ind))
    return C.write_gold(STEM, f"{STEM}.docx", "docx", TITLE, comps)


if __name__ == "__main__":
    build()
    gold()
