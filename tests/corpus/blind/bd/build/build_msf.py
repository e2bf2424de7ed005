"""MSF OCB - Transversal Competencies Dictionary, excerpt (DOCX, A4 landscape).

python-docx: title, two intro paragraphs on the four cumulative levels, then one Word table (header row
repeated on each page): an empty corner cell and "Level 1" ... "Level 4" column headings; one row per
competency with the name in the first column and, in each level cell, a bold capitalised level headline
followed by dash-bulleted behaviours (Word numbering, glyph "-"). One behaviour in Cross-cultural
Awareness / Level 1 lost its dash (typed as a plain paragraph, as on the published page). A footnote
"* Beneficiaries: ..." under the table explains the asterisk used in Commitment to MSF's Principles.
Footer "MSF OCB - Transversal Competencies Dictionary" + page number.
"""
import sys
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
import bdlib as B

STEM = "msf-transversal-competencies"
TITLE = "Transversal Competencies Dictionary"
RED = RGBColor(0xE3, 0x00, 0x0F)
NOGLYPH = "Recognises and respects cultural differences."
FOOTNOTE = ("* Beneficiaries: the patients, communities and other people assisted by MSF in its "
            "projects.")

COMPS = [
    ("Commitment to MSF\u2019s Principles", [
        ("UNDERSTANDS AND ACCEPTS MSF\u2019S PRINCIPLES",
         ["Respects the decisions taken by the organisation.",
          "Has a basic understanding of MSF\u2019s mission and main activities.",
          "Accepts and respects MSF\u2019s medical ethics and principles.",
          "Can explain how MSF\u2019s work differs from that of other NGOs and actors."]),
        ("SHOWS LOYALTY TO, AND RESPECT FOR, MSF\u2019S VALUES",
         ["Shows interest in MSF\u2019s activities by asking questions and giving informed opinions.",
          "Says that he/she wants to work with MSF because of its principles and mission.",
          "Openly expresses pride in belonging to MSF and defends its social mission.",
          "Refers to beneficiaries* when talking about his/her own work.",
          "Consistently presents a positive image of MSF to colleagues and outsiders."]),
        ("WORKS TOWARDS MSF\u2019S SOCIAL MISSION",
         ["Actively pushes for improvements within the mission, project and department.",
          "Takes decisions and adjusts priorities to reach MSF\u2019s goals.",
          "Makes sure that changes within the organisation are consistent with its values and mission.",
          "Develops strategies by interpreting principles and situations."]),
        ("COMMITS TO MSF AND ACTS TO SHAPE ITS PRINCIPLES",
         ["Seeks lasting positive change in the situation of beneficiaries.",
          "Holds him/herself accountable to MSF and to its beneficiaries.",
          "Takes action to promote MSF\u2019s principles and mission and to improve the organisation."]),
    ]),
    ("Cross-cultural Awareness", [
        ("SHOWS AN OPEN ATTITUDE",
         ["Takes cultural differences into account.",
          "Sees multicultural environments as positive and enjoys working in them.",
          "Is curious about his/her surroundings and the people he/she works with.",
          NOGLYPH]),
        ("ADAPTS TO CULTURAL DIFFERENCES",
         ["Adjusts his/her behaviour to fit the local culture.",
          "Avoids judging others by his/her own cultural standards.",
          "Learns basic words and customs of the local context."]),
        ("BUILDS BRIDGES BETWEEN CULTURES",
         ["Helps team members understand each other\u2019s cultural perspectives.",
          "Uses knowledge of the context to anticipate misunderstandings.",
          "Adapts project activities to the cultural context of the population."]),
        ("PROMOTES CROSS-CULTURAL UNDERSTANDING ACROSS THE ORGANISATION",
         ["Embeds intercultural awareness in policies and ways of working.",
          "Challenges practices that exclude people because of their culture.",
          "Acts as a role model for respectful intercultural collaboration."]),
    ]),
    ("Teamwork and Cooperation", [
        ("COOPERATES WITH OTHERS",
         ["Shares information with team members.",
          "Does his/her share of the team\u2019s work.",
          "Accepts help and offers it when asked."]),
        ("CONTRIBUTES ACTIVELY TO THE TEAM",
         ["Values the ideas and expertise of others.",
          "Speaks positively about team members, including in their absence.",
          "Works to resolve disagreements within the team."]),
        ("ENCOURAGES TEAM SPIRIT",
         ["Involves others in decisions that affect them.",
          "Recognises and celebrates team successes.",
          "Builds cooperation between teams and departments."]),
        ("BUILDS A COOPERATIVE CULTURE",
         ["Creates structures that favour cooperation across the organisation.",
          "Resolves conflicts between teams constructively.",
          "Promotes partnerships with other organisations and actors."]),
    ]),
    ("Stress Management", [
        ("KEEPS CONTROL IN DIFFICULT SITUATIONS",
         ["Stays calm when faced with pressure or provocation.",
          "Recognises signs of stress in him/herself.",
          "Asks for support when needed."]),
        ("MANAGES OWN STRESS EFFECTIVELY",
         ["Uses personal strategies to reduce the effects of stress.",
          "Keeps a balance between work and rest during missions.",
          "Continues to perform under prolonged pressure."]),
        ("HELPS OTHERS TO MANAGE STRESS",
         ["Notices signs of stress in team members and responds to them.",
          "Organises workloads to limit avoidable stress.",
          "Remains a calming presence for the team in a crisis."]),
        ("CREATES CONDITIONS THAT REDUCE STRESS",
         ["Puts in place policies and resources for staff well-being.",
          "Anticipates stressful situations and prepares teams for them.",
          "Models healthy behaviour in high-pressure environments."]),
    ]),
]


def build():
    d = docx.Document()
    sec = d.sections[0]
    B.page_setup(sec, landscape=True, letter=False, margins_in=(0.7, 0.6, 0.7, 0.6))
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(9)
    st.paragraph_format.space_after = Pt(0)
    B.core_props(d, TITLE, "MSF OCB")
    dash = B.add_numbering(d, B.bullet_lvl("-", left=170, hanging=170), nsid="0BD0D001")

    fp = sec.footer.paragraphs[0]
    B.clear_default_tabs(fp)
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(10.4), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("MSF OCB \u2013 Transversal Competencies Dictionary\t")
    r.font.size = Pt(7.5)
    B.add_field(fp, "PAGE", "1", size=Pt(7.5))

    p = d.add_paragraph()
    r = p.add_run(TITLE)
    r.bold, r.font.size, r.font.color.rgb = True, Pt(18), RED
    p.paragraph_format.space_after = Pt(6)
    for t in ("Transversal competencies are the behaviours MSF expects from all staff, whatever their "
              "profession or position. Each competency is described at four levels.",
              "The levels are cumulative: a person working at Level 3 also shows the behaviours described "
              "for Levels 1 and 2. The level expected depends on the position held."):
        p = d.add_paragraph(t)
        p.paragraph_format.space_after = Pt(4)
    d.add_paragraph()

    t = d.add_table(rows=1 + len(COMPS), cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    B.borders(t, sz=4, color="808080")
    hdr = t.rows[0]
    B.row_flags(hdr, header=True)
    for i in range(1, 5):
        c = hdr.cells[i]
        B.shade(c, "E3000F")
        r = c.paragraphs[0].add_run(f"Level {i}")
        r.bold, r.font.size, r.font.color.rgb = True, Pt(10), RGBColor(0xFF, 0xFF, 0xFF)
    B.shade(hdr.cells[0], "E3000F")
    for row, (name, levels) in zip(t.rows[1:], COMPS):
        B.row_flags(row, cant_split=True)
        c = row.cells[0]
        B.shade(c, "F2F2F2")
        r = c.paragraphs[0].add_run(name)
        r.bold, r.font.size = True, Pt(10)
        for i, (head, items) in enumerate(levels, 1):
            c = row.cells[i]
            p = c.paragraphs[0]
            r = p.add_run(head)
            r.bold, r.font.size = True, Pt(8.5)
            p.paragraph_format.space_after = Pt(3)
            for it in items:
                p = c.add_paragraph()
                r = p.add_run(it)
                r.font.size = Pt(8.5)
                if it != NOGLYPH:
                    B.set_num(p, dash)
                p.paragraph_format.space_after = Pt(1)
    B.fix_widths(t, [1.5, 2.3, 2.3, 2.3, 2.3])
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    r = p.add_run(FOOTNOTE)
    r.font.size, r.italic = Pt(8), True
    out = B.DOCS / f"{STEM}.docx"
    d.save(out)
    return out


def gold(path):
    g = B.Gold(path, "docx", TITLE)
    for name, levels in COMPS:
        lv = [g.level(i, f"Level {i}", [g.item(it, group=head) for it in items])
              for i, (head, items) in enumerate(levels, 1)]
        notes = g.items([FOOTNOTE]) if name.startswith("Commitment") else []
        g.competency(name, None, levels=lv, notes=notes)
    return g.write()


if __name__ == "__main__":
    print(gold(build()))
