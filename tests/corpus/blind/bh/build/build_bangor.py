"""Bangor University HR - Professional Behaviours Framework: python-docx with two-column sections -> PDF."""
import shutil
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Mm, RGBColor

import bhlib as L

STEM = "bangor-professional-behaviours-framework"
DOC = STEM
NAVY = RGBColor(0x00, 0x2F, 0x5F)

USING = [
    "Meeting the aims of the University\u2019s strategy depends not only on what staff achieve in their roles "
    "but also on how they achieve it. The Framework sets out the kinds of behaviour that the University "
    "believes support its values, and the behaviours it expects from its staff.",
    "The framework is still being developed. It is intended to make clear what staff can do to develop in "
    "their roles; it is a guide and does not prescribe the behaviours that the University recognises and "
    "rewards. The behaviours apply to every role, although some matter much more in some jobs than in others.",
]
HELP = ["Identify the behaviours that are relevant to a job.",
        "Identify development needs.",
        "Develop behaviours and improve performance.",
        "Give and ask for structured feedback."]
MANAGE = ["Set out the University\u2019s expectations during induction.",
          "Reinforce, in the PDR and in team meetings, the effective behaviours the University wants to see.",
          "Give feedback to staff and encourage them to reflect on their own behaviour.",
          "Reflect on your own leadership style.",
          "Work with others when you want to build closer collaboration in a team.",
          "Help staff to draw up a professional development plan in the PDR.",
          "Coach and mentor staff to think about how they can be most effective in a given situation."]
ASPECTS = ["Self \u2013 behaviours that can be seen whatever the working situation.",
           "Others \u2013 behaviours that can be seen when working with, influencing or managing colleagues.",
           "Organisation \u2013 behaviours that can be seen when influencing at University level or representing "
           "the University."]

AREAS = [
    {"name": "Managing self and personal skills",
     "desc": "Being aware of your own behaviour and mood, and using this awareness to manage your workload, "
             "your relationships and your own wellbeing at work.",
     "Self": ["Plans own time so that priorities are met without last-minute pressure",
              "Stays calm and constructive when work is demanding or priorities change",
              "Recognises own strengths and limits and asks for help when it is needed"],
     "Others": ["Considers how own mood and behaviour affect colleagues",
                "Respects other people\u2019s time by being punctual and prepared for meetings",
                "Is open about mistakes and shares what was learned from them"],
     "Organisation": ["Acts as a positive ambassador for the University, on and off campus",
                      "Uses the University\u2019s values to guide choices when the right course of action is not "
                      "clear"],
     "Indicators of a development need": ["Often misses deadlines or leaves work until the last minute",
                                          "Lets pressure show in ways that upset colleagues or students",
                                          "Reacts defensively to feedback"]},
    {"name": "Finding solutions",
     "desc": "Taking a positive, practical approach to problems, looking at them from different angles and "
             "following them through until they are resolved.",
     "Self": ["Gathers the relevant facts before deciding what to do",
              "Breaks complex problems down into parts that can be tackled one at a time",
              "Suggests practical ways of improving the way things are done"],
     "Others": ["Involves the people affected in working out a solution",
                "Encourages colleagues to put forward ideas and builds on them",
                "Shares solutions that work with other teams"],
     "Organisation": ["Looks beyond the immediate problem to its causes across the University",
                      "Checks that solutions fit University policy and legal requirements"],
     "Indicators of a development need": ["Passes problems on to others without trying to resolve them",
                                          "Sticks to one solution even when it is clearly not working",
                                          "Finds fault with ideas without offering alternatives"]},
    {"name": "Embracing change",
     "desc": "Being open to new ideas and ways of working, adapting to change and helping others to understand "
             "and adjust to it.",
     "Self": ["Responds positively to new systems, structures and ways of working",
              "Keeps up to date with developments in own area of work and in higher education",
              "Is willing to take on new tasks and responsibilities"],
     "Others": ["Explains the reasons for change to colleagues and listens to their concerns",
                "Supports colleagues who find change difficult",
                "Challenges resistance to change constructively"],
     "Organisation": ["Contributes ideas to University-wide change projects",
                      "Looks for good practice in other universities that could be adopted at Bangor",
                      "Helps make sure that changes are implemented bilingually and inclusively"],
     "Indicators of a development need": ["Dismisses new ideas without considering them",
                                          "Continues to use old processes after new ones have been introduced",
                                          "Speaks negatively about change to colleagues or students"]},
]
GROUPS = ["Self", "Others", "Organisation", "Indicators of a development need"]


def set_columns(section, num, space=567):
    sectPr = section._sectPr
    for c in sectPr.findall(qn("w:cols")):
        sectPr.remove(c)
    sectPr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="{num}" w:space="{space}"/>'))


def heading(d, text, size, color=NAVY, before=10, after=4, italic=False, keep=True):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.keep_with_next = keep
    r = p.add_run(text)
    r.bold = True
    r.italic = italic
    r.font.size = Pt(size)
    r.font.color.rgb = color
    return p


def build():
    d = Document()
    L.clear_core_props(d, "Professional Behaviours Framework")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(4)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = Mm(22)
    sec.bottom_margin = Mm(20)
    hp = sec.header.paragraphs[0]
    L.right_tab(hp, Mm(170))
    r = hp.add_run("Prifysgol Bangor University\tAdnoddau Dynol | Human Resources")
    r.font.size = Pt(8.5)
    r.font.color.rgb = NAVY
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, Mm(170))
    fp.add_run("Professional Behaviours Framework \u2013 draft for consultation\t")
    L.add_field(fp, "PAGE")
    for run in fp.runs:
        run.font.size = Pt(8.5)

    bul = L.add_numbering(d, L.bullet_lvl("\u2022", left=360, hanging=360), "0B1C2D3E")

    def bullet(text):
        p = d.add_paragraph(text)
        p.paragraph_format.space_after = Pt(2)
        L.set_num(p, bul)
        return p

    p = d.add_paragraph()
    r = p.add_run("Professional Behaviours Framework")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = NAVY
    heading(d, "Using the Professional Behaviours Framework", 14)
    for x in USING:
        d.add_paragraph(x)
    d.add_paragraph("The behavioural framework can help you:")
    for x in HELP:
        bullet(x)
    d.add_paragraph("When you are managing performance you can use the Framework to:").paragraph_format.space_before = Pt(6)
    for x in MANAGE:
        bullet(x)
    heading(d, "How the framework is set out", 14)
    d.add_paragraph("Each behaviour area has a short description and is then looked at from three aspects:")
    for x in ASPECTS:
        bullet(x)
    d.add_paragraph("Each area also lists behaviours that may point to a need for development. They are offered "
                    "as a positive tool for self-assessment and reflection, not as a checklist of failings."
                    ).paragraph_format.space_before = Pt(6)

    for i, a in enumerate(AREAS):
        if i == 0:
            p = d.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
            p.paragraph_format.space_after = Pt(0)
        h = heading(d, a["name"], 15, before=4 if i == 0 else 14)
        dp = d.add_paragraph()
        dr = dp.add_run(a["desc"])
        dr.italic = True
        dp.paragraph_format.space_after = Pt(6)
        # two-column section for the four lists
        s2 = d.add_section(WD_SECTION.CONTINUOUS)
        set_columns(s2, 2)
        for g in GROUPS:
            heading(d, g, 11, before=4, after=2)
            for b in a[g]:
                bullet(b)
        s1 = d.add_section(WD_SECTION.CONTINUOUS)
        set_columns(s1, 1)
    d.add_paragraph("The framework will be reviewed after the first PDR round. Comments are welcome and can be "
                    "sent to the Learning and Development team in Human Resources.").paragraph_format.space_before = Pt(12)

    tmpdir = Path(tempfile.mkdtemp(prefix="bh-docx-"))
    tmp = tmpdir / f"{STEM}.docx"
    d.save(tmp)
    pdf = L.DOCS / f"{STEM}.pdf"
    L.docx_to_pdf(tmp, pdf)
    shutil.rmtree(tmpdir, ignore_errors=True)
    return pdf


def gold(pdf):
    comps = []
    for a in AREAS:
        inds = [L.item(DOC, b, g) for g in GROUPS for b in a[g]]
        comps.append(L.competency(DOC, a["name"], a["desc"], indicators=inds))
    L.write_gold(pdf, "pdf", "Professional Behaviours Framework", comps)


if __name__ == "__main__":
    gold(build())
