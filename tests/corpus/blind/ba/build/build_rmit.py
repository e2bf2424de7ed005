"""rmit-behavioural-capability-framework.pdf: a policy-style PDF whose running header/footer and page
numbers interrupt lists mid-item (RMIT University, Behavioural Capability Framework, professional staff).

python-docx (Word header/footer with "Page X of Y" fields, real Word bullet numbering, widow/orphan
control switched off on list items so a bullet can break across a page) -> LibreOffice -> PDF.
"""
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

import balib as B

OUT = B.DOCS / "rmit-behavioural-capability-framework.pdf"
RED = RGBColor(0xE6, 0x00, 0x28)
GREY = RGBColor(0x59, 0x59, 0x59)
LEVELS = ["HEW levels 1\u20134", "HEW levels 5\u20137", "HEW levels 8\u201310"]

INTRO = [
    "RMIT\u2019s Behavioural Capability Framework describes how staff are expected to go about their work. "
    "It sets out six behavioural clusters. Each cluster has a behavioural descriptor and a set of "
    "behavioural expectations that grow in scope and complexity with the level of the position.",
    "This version of the framework applies to professional staff. Expectations are described for three "
    "broad groups of positions: HEW levels 1\u20134, HEW levels 5\u20137 and HEW levels 8\u201310. Staff at "
    "higher levels are expected to demonstrate the behaviours described for the levels below their own.",
    "The framework should be read together with the Behavioural capability framework instruction and the "
    "Professional development policy. Clusters 4 to 6 are published in Part B.",
]

USES = [
    "clarify the behavioural expectations of a role when it is designed or advertised",
    "provide an objective basis for feedback and performance conversations about how work is done",
    "identify development needs and plan development activities with a supervisor",
]

CLUSTERS = [
    {
        "title": "Cluster 1 \u2013 Working together",
        "descriptor": "Works cooperatively with colleagues across the University and with external partners, "
                      "and builds relationships based on trust and mutual respect.",
        "levels": [
            ["Contributes willingly to the work of the team and offers help to colleagues when workloads "
             "are uneven",
             "Shares the information that others need to do their jobs, promptly and accurately",
             "Treats colleagues with courtesy and respect, including when views differ",
             "Asks for advice from more experienced colleagues when unsure how to proceed"],
            ["Builds working relationships with colleagues in other schools, colleges and portfolios in "
             "order to deliver shared outcomes",
             "Encourages team members to contribute ideas and acknowledges their contributions publicly",
             "Works through disagreements openly and looks for solutions that meet the needs of all parties",
             "Represents the team constructively in University-wide working groups and projects"],
            ["Creates partnerships across the University and with external organisations that advance "
             "strategic priorities",
             "Breaks down barriers between work units and models collaborative behaviour for managers and "
             "staff",
             "Brings together diverse stakeholders to resolve complex issues where their interests compete",
             "Holds managers to account for working collaboratively rather than in isolation"],
        ],
        "activities": [
            "Join a cross-functional project team or working group outside your usual area of work",
            "Ask a colleague from another portfolio to let you shadow them for a day, and offer the same "
            "opportunity in return",
            "Complete the Working Effectively in Teams program listed in the staff development calendar",
        ],
    },
    {
        "title": "Cluster 2 \u2013 Client focus",
        "descriptor": "Understands and responds to the needs of students, staff and external clients, and "
                      "delivers a consistently high standard of service.",
        "levels": [
            ["Greets clients promptly and courteously, whether in person, by phone or online",
             "Listens to understand what the client is asking for and checks that the request has been "
             "understood correctly before acting on it",
             "Provides accurate information or refers the client to the right person without delay",
             "Follows up on enquiries so that clients are not left waiting for an answer"],
            ["Anticipates client needs and adapts services to suit different client groups, including "
             "international students and staff working off campus",
             "Uses client feedback and service data to identify and fix recurring problems",
             "Resolves complaints fairly and within agreed timeframes, escalating complex matters when "
             "required",
             "Sets service standards for the team and monitors performance against them"],
            ["Designs services around the end-to-end experience of students and other clients rather than "
             "around internal structures and reporting lines",
             "Builds a service culture across the portfolio and recognises staff who deliver outstanding "
             "service",
             "Engages senior stakeholders to understand their priorities and shape the services that "
             "support them",
             "Uses evidence about client needs to inform strategy, investment and resourcing decisions"],
        ],
        "activities": [],
    },
    {
        "title": "Cluster 3 \u2013 Achieving results",
        "descriptor": "Plans and organises work to deliver agreed outcomes on time and to a high standard, "
                      "and takes responsibility for the results.",
        "levels": [
            ["Organises own work so that tasks are completed accurately and by the agreed deadline",
             "Checks own work for errors before passing it on to others, using the checklists, templates and "
             "quality guidelines that apply to the task, and asks a colleague to review anything that will be "
             "published or sent outside the University",
             "Raises problems that may affect delivery early, with practical suggestions for how they might be solved or worked around",
             "Uses University systems and procedures correctly and efficiently"],
            ["Plans projects and team work programs with clear milestones, resources and responsibilities, "
             "and reviews progress against them regularly with the people involved",
             "Balances competing priorities and reallocates work when circumstances change",
             "Monitors quality and takes action when standards are not being met",
             "Takes responsibility for the outcomes of the team, including when things go wrong"],
            ["Translates University strategy into clear objectives and measures for the portfolio",
             "Makes sound decisions about priorities and resources where information is incomplete",
             "Drives improvement in performance across work units and removes obstacles to delivery",
             "Reports openly to senior management on progress, risks and results"],
        ],
        "activities": [
            "Agree two or three measurable work objectives with your supervisor and review them each quarter",
            "Lead a small improvement project and present the results to your team",
            "Attend the Project Management Fundamentals short course",
        ],
    },
]


def spacing(p, before=0, after=4):
    p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(before), Pt(after)


def no_widow(p):
    p._p.get_or_add_pPr().append(parse_xml(f'<w:widowControl {nsdecls("w")} w:val="0"/>'))


def build():
    doc = docx.Document()
    B.clear_core_props(doc, "Behavioural Capability Framework - Professional Staff")
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)
    for name, size in (("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 11)):
        h = doc.styles[name]
        h.font.name = "Liberation Sans"
        h.font.size = Pt(size)
        h.font.color.rgb = RED if name != "Heading 3" else RGBColor(0, 0, 0)
        h.font.bold = True
    sec = doc.sections[0]
    B.a4(sec, margins_cm=(2.8, 2.2, 2.6, 2.2))
    sec.header_distance, sec.footer_distance = Cm(1.0), Cm(0.9)

    # running header: a two-cell layout line
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), alignment=2)
    r = hp.add_run("RMIT University")
    r.font.bold, r.font.size, r.font.color.rgb = True, Pt(9), RED
    r = hp.add_run("\tBehavioural Capability Framework \u2013 Professional Staff")
    r.font.size, r.font.color.rgb = Pt(9), GREY
    B.para_border(hp, sides=("bottom",), color="E60028", size=6, space=2)
    # running footer
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), alignment=2)
    r = fp.add_run("Behavioural capability framework | Version 2.1 | Effective 1 March 2016\tPage ")
    r.font.size, r.font.color.rgb = Pt(8), GREY
    B.add_field(fp, "PAGE", "1", Pt(8))
    r = fp.add_run(" of ")
    r.font.size = Pt(8)
    B.add_field(fp, "NUMPAGES", "5", Pt(8))
    fp2 = sec.footer.add_paragraph()
    r = fp2.add_run("Uncontrolled when printed. The current version of this document is available on the "
                    "RMIT policies website.")
    r.font.size, r.font.italic, r.font.color.rgb = Pt(7.5), True, GREY

    bullet = B.add_numbering(doc, B.bullet_lvl("\u2022", 500, 280, "Liberation Sans"), "4D1A2B01")
    dash = B.add_numbering(doc, B.bullet_lvl("\u2013", 500, 280, "Liberation Sans"), "4D1A2B02")

    doc.add_heading("Behavioural Capability Framework \u2013 Professional Staff", level=1)
    for t in INTRO:
        p = doc.add_paragraph(t)
        spacing(p, 0, 6)

    h = doc.add_heading("Using the framework", level=3)
    spacing(h, 4, 2)
    p = doc.add_paragraph("Staff and supervisors can use the framework to:")
    spacing(p, 0, 3)
    for u in USES:
        p = doc.add_paragraph(u)
        B.set_num(p, bullet)
        spacing(p, 0, 3)

    for cl in CLUSTERS:
        doc.add_heading(cl["title"], level=2)
        p = doc.add_paragraph()
        r = p.add_run("Behavioural descriptor")
        r.bold = True
        spacing(p, 4, 2)
        p = doc.add_paragraph(cl["descriptor"])
        spacing(p, 0, 6)
        p = doc.add_paragraph()
        r = p.add_run("Behavioural expectations")
        r.bold = True
        spacing(p, 4, 2)
        for lab, items in zip(LEVELS, cl["levels"]):
            h = doc.add_heading(lab, level=3)
            spacing(h, 6, 2)
            for it in items:
                p = doc.add_paragraph(it)
                B.set_num(p, bullet)
                no_widow(p)
                spacing(p, 0, 3)
        if cl["activities"]:
            h = doc.add_heading("Development activities", level=3)
            spacing(h, 8, 2)
            for it in cl["activities"]:
                p = doc.add_paragraph(it)
                B.set_num(p, dash)
                no_widow(p)
                spacing(p, 0, 3)

    tmp = Path(tempfile.mkdtemp(prefix="ba-rmit-"))
    src = tmp / "rmit-behavioural-capability-framework.docx"
    doc.save(src)
    B.to_pdf(src, OUT)
    return OUT


if __name__ == "__main__":
    print(build())
