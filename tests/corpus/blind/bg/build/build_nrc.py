"""Norwegian Refugee Council (NRC) - Competency Framework, behavioural competencies development guide.

DOCX via python-docx: Title / Subtitle, intro, "How to use this guide" bullets, then per competency a
Heading 1, a definition paragraph and three Heading 2 levels ("Level 1 – All staff" ...), each with a bold
"Behaviours" lead-in + Word bullets and a bold "Development activities" lead-in + Word bullets.
Header "Norwegian Refugee Council", footer "NRC Competency Framework – Development guide | Page X of Y".
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import bglib as L

STEM = "nrc-behavioural-competencies-development-guide"
TITLE = "NRC Competency Framework"
ORANGE = RGBColor(0xE6, 0x5F, 0x00)

INTRO = ("This guide supports managers and staff in using NRC's behavioural competencies in the Work "
         "and Professional Development Plan (WPDP). For each competency it describes what the "
         "behaviours look like at three levels and suggests activities that help people grow towards "
         "the next level. Most learning happens on the job; courses are only one part of it.")
HOW = ["Identify the level that matches the position, as stated in the job description.",
       "Discuss with your line manager which behaviours you already show and which you want to develop.",
       "Choose one or two development activities and add them to your WPDP with a timeline."]

LEVELS = ["Level 1 – All staff", "Level 2 – Team leaders and coordinators", "Level 3 – Managers"]

COMPS = [
    ("Coping with pressure and setbacks",
     "Keeps working effectively and calmly under pressure, in difficult conditions or after setbacks, "
     "and helps others to do the same.",
     [(["Remains calm and polite when workload or pressure increases",
        "Asks for help or clarification when priorities conflict",
        "Recovers quickly after a disappointment and focuses on what can still be done"],
       ["Agree with your line manager how to prioritise tasks when several deadlines fall at once",
        "Complete the NRC staff care and stress management e-learning",
        "After a difficult week, note down what helped you cope and share it with a colleague"]),
      (["Keeps the team focused on priorities during emergencies and peaks in workload",
        "Notices signs of stress in team members and responds supportively",
        "Treats setbacks as opportunities for the team to learn"],
       ["Lead a short team debrief after a critical incident, with support from the staff care focal point",
        "Shadow an experienced coordinator during an emergency response",
        "Practise contingency planning when preparing the annual work plan"]),
      (["Sets a calm example for the office when the security or funding situation changes suddenly",
        "Makes sure staff care measures are in place and used",
        "Reviews setbacks openly with the management team and adjusts plans"],
       ["Take part in a crisis management simulation",
        "Ask a peer manager in another country office to act as a sounding board during demanding periods",
        "Review staff care data for your area with HR and agree follow-up actions"])]),
    ("Handling insecure environments",
     "Understands the risks of working in insecure and volatile contexts, follows security rules and "
     "acts to keep self and others safe.",
     [(["Follows security procedures and guidelines at all times",
        "Reports security incidents and concerns without delay",
        "Behaves in a way that respects local culture and does not put self or others at risk"],
       ["Complete the security induction for your duty station within your first month",
        "Read the country security plan and discuss it with your security focal point"]),
      (["Makes sure team members know and follow the security plan",
        "Adjusts activities when the security situation changes",
        "Keeps contact lists and movement plans up to date for the team"],
       ["Attend Hostile Environment Awareness Training (HEAT)",
        "Take part in preparing a risk assessment for a field movement"]),
      (["Balances access to people in need against security risks when making decisions",
        "Maintains relationships with local actors that support acceptance of NRC",
        "Makes sure security management is resourced and reviewed regularly"],
       ["Lead the annual review of the area security plan together with the security adviser",
        "Attend security management training for senior staff",
        "Build a network with security counterparts in other agencies"])]),
]


def build():
    doc = Document()
    L.clear_core_props(doc, "NRC Competency Framework")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for hn, size in (("Title", 24), ("Heading 1", 16), ("Heading 2", 13)):
        h = doc.styles[hn]
        h.font.name = "Calibri"
        h.font.size = Pt(size)
        h.font.color.rgb = ORANGE if hn != "Title" else RGBColor(0, 0, 0)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Norwegian Refugee Council")
    hr.font.size = Pt(9)
    hr.font.color.rgb = ORANGE
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.add_run("NRC Competency Framework – Development guide  |  Page ").font.size = Pt(8)
    L.add_field(fp, "PAGE", "1")
    fp.add_run(" of ")
    L.add_field(fp, "NUMPAGES", "3")

    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph("Behavioural competencies – development guide", style="Subtitle")
    doc.add_paragraph(INTRO)
    p = doc.add_paragraph()
    p.add_run("How to use this guide").bold = True
    nid = L.add_numbering(doc, L.bullet_lvl("\u2022"), nsid="0B6A0C01")
    for t in HOW:
        L.set_num(doc.add_paragraph(t), nid)

    k = 1
    for name, definition, per_level in COMPS:
        doc.add_paragraph(name, style="Heading 1")
        doc.add_paragraph(definition)
        for label, (behs, acts) in zip(LEVELS, per_level):
            doc.add_paragraph(label, style="Heading 2")
            for lead, items in (("Behaviours", behs), ("Development activities", acts)):
                p = doc.add_paragraph()
                p.add_run(lead).bold = True
                p.paragraph_format.space_after = Pt(2)
                k += 1
                nid = L.add_numbering(doc, L.bullet_lvl("\u2022"), nsid=f"0B6A0C{k:02d}")
                for t in items:
                    q = doc.add_paragraph(t)
                    q.paragraph_format.space_after = Pt(2)
                    L.set_num(q, nid)
    p = doc.add_paragraph()
    p.add_run("For further support with the WPDP, contact your HR focal point.").italic = True

    out = L.DOCS / f"{STEM}.docx"
    doc.save(out)

    g = L.Gold(STEM)
    for name, definition, per_level in COMPS:
        levels, acts = [], []
        for rank, (label, (behs, a)) in enumerate(zip(LEVELS, per_level), start=1):
            levels.append(g.level(rank, label, behs))
            acts += g.items(a, group=label)
        g.comp(name, definition, levels=levels, activities=acts)
    g.write(out, "docx", TITLE)


if __name__ == "__main__":
    build()
