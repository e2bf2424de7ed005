"""Charities Aid Foundation (CAF, UK charity no. 268369) - "Evaluate Your Level of Competency" (self-evaluation
guide to the CAF competencies), rendered DOCX -> PDF with LibreOffice (A4).

Layout: footer with the charity name, the document title and registered charity number, "Page X of Y"; title and
an instruction paragraph; cluster headings ("Managing Self", "Working with Others") in capitals; under each a
competency name in bold, its definition paragraph, then "Level 1" ... "Level 5" (low to high) as bold labels on
their own line, each followed by one or two paragraphs of description; a "Current level / Target level" line
closes each competency.
"""
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

STEM = "caf-evaluate-your-level-of-competency"
RED = RGBColor(0xA6, 0x19, 0x2E)

CLUSTERS = [
    ("Managing Self", [
        ("Communication (oral and written)",
         "Gets information across clearly, concisely and fluently and in a persuasive way, using grammar, style "
         "and language that suit both the audience and the purpose.",
         [["Exchanges information clearly and concisely with immediate colleagues. Asks questions to find out what "
           "customers need.",
           "Records data in standard formats and completes forms, requisitions and the like. Has little need to "
           "exchange written information with colleagues. Spells correctly and uses correct grammar in writing."],
          ["Listens well to draw out information. Exchanging information effectively is a key part of the job. "
           "Makes useful contributions to meetings and may give formal or informal presentations to peers. Keeps "
           "to the point when speaking and communicates well orally. Supplies information for formal documents when "
           "asked and may write training or guidance notes for colleagues. Writes clearly and briefly."],
          ["Considers the audience when giving presentations, which are usually to peer groups. May need to obtain "
           "and supply formal documentation within CAF. Explains complex or technical information clearly and "
           "concisely. Writes concise, well-structured reports and operating procedures, and contributes whole "
           "sections of departmental documents."],
          ["Leads structured meetings to exchange information and deals with a range of people, including people "
           "outside CAF. Discusses information and ideas knowledgeably and confidently. Prepares thoroughly before "
           "communicating difficult decisions about employees. Produces and presents documents, reports and ad hoc "
           "papers as a necessary part of the job, and on request to Director level. Avoids over-complicated "
           "language when writing to others."],
          ["Presents corporate goals or major policies to large and mixed audiences. Contacts outside CAF are an "
           "important part of the role, including donors, charities and the media. Writes papers for the Board and "
           "for external publication, and sets the standard for written communication in own area."]]),
        ("Planning and Organising Work",
         "Plans and organises own work and the work of others so that priorities are met on time and within the "
         "resources available.",
         [["Follows set routines and instructions to complete own tasks on time. Tells the supervisor when work "
           "cannot be completed as planned."],
          ["Plans own daily and weekly work and adjusts the plan when priorities change. Keeps simple records to "
           "track progress."],
          ["Plans and schedules the work of a small team or project, setting milestones and checking progress "
           "against them."],
          ["Produces departmental work plans that balance competing demands, and allocates people and budgets to "
           "deliver them."],
          ["Sets long-term plans for a division in line with CAF\u2019s strategy and reviews them as circumstances "
           "change."]]),
    ]),
    ("Working with Others", [
        ("Teamworking",
         "Works co-operatively with colleagues inside and outside own team to achieve shared goals.",
         [["Gets on well with immediate colleagues and offers help when asked."],
          ["Shares information and workload with the team and supports colleagues at busy times."],
          ["Builds good working relationships with other departments and resolves minor disagreements within the "
           "team."],
          ["Brings people from different departments together to work on joint projects and keeps them focused on "
           "common aims."],
          ["Creates a culture of co-operation across CAF and its partners, and removes barriers between teams."]]),
    ]),
]


def build(outdir):
    d = Document()
    H.clear_core_props(d, title="Evaluate Your Level of Competency", author="CAF")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = Inches(0.9)
    sec.bottom_margin = Inches(0.8)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(4)

    fp = sec.footer.paragraphs[0]
    fp.add_run("Charities Aid Foundation \u2013 Evaluate Your Level of Competency\t\tPage ")
    H.add_field(fp, "PAGE")
    fp.add_run(" of ")
    H.add_field(fp, "NUMPAGES", "3")
    fp2 = sec.footer.add_paragraph("Registered charity number 268369")
    for run in fp.runs + fp2.runs:
        run.font.size = Pt(7.5)

    p = d.add_paragraph()
    r = p.add_run("Evaluate Your Level of Competency")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RED
    p = d.add_paragraph("Read the level descriptions for each competency and decide which level best describes the "
                        "way you work now. Then agree with your manager the level your role needs, and use the gap "
                        "to plan your development. Each level includes the levels below it.")
    p.paragraph_format.space_after = Pt(10)

    for cluster, comps in CLUSTERS:
        cp = d.add_paragraph()
        cp.paragraph_format.space_before = Pt(10)
        cp.paragraph_format.keep_with_next = True
        r = cp.add_run(cluster.upper())
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = RED
        for name, definition, levels in comps:
            np_ = d.add_paragraph()
            np_.paragraph_format.space_before = Pt(8)
            np_.paragraph_format.keep_with_next = True
            r = np_.add_run(name)
            r.bold = True
            r.font.size = Pt(12)
            dp = d.add_paragraph()
            dp.add_run(definition).italic = True
            dp.paragraph_format.space_after = Pt(6)
            for i, paras in enumerate(levels, start=1):
                lp = d.add_paragraph()
                lp.paragraph_format.keep_with_next = True
                lp.paragraph_format.space_after = Pt(1)
                lp.add_run(f"Level {i}").bold = True
                for para in paras:
                    d.add_paragraph(para)
            fl = d.add_paragraph("Current level: ______        Target level: ______")
            fl.paragraph_format.space_before = Pt(4)
            fl.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    src = outdir / f"{STEM}.docx"
    d.save(src)
    H.soffice(src, "pdf", H.DOCS)
    src.unlink()
    return H.DOCS / f"{STEM}.pdf"


if __name__ == "__main__":
    import tempfile
    print(build(Path(tempfile.mkdtemp())))
