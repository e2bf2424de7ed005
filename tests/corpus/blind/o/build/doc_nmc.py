"""nmc-future-nurse-platforms-6-7.pdf: Nursing and Midwifery Council (UK), "Future nurse: Standards of
proficiency for registered nurses" (2018), Platforms 6 and 7.

python-docx -> LibreOffice -> PDF.  Each platform: "Platform N" label, title, intro paragraph, "Outcomes",
the stem "At the point of registration, the registered nurse will be able to:" and the outcomes as a real
Word numbered list in the platform's own scheme (6.1, 6.2 ... / 7.1, 7.2 ...).  Footer with URL, short
title and page numbers that start at 21 (an excerpt of the 40-page standard)."""
import shutil
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Inches, Pt, RGBColor

import common as C
import lib as L

STEM = "nmc-future-nurse-platforms-6-7"
TITLE = "Future nurse: Standards of proficiency for registered nurses"
STEMLINE = "At the point of registration, the registered nurse will be able to:"

PLATFORMS = [
    (6, "Improving safety and quality of care",
     "Registered nurses make a significant contribution to the ongoing monitoring and improvement of care "
     "and treatment, so that health outcomes and people\u2019s experience of nursing and related care keep "
     "getting better. They assess risks to safety and to experience and take the right action to manage "
     "them, always putting people\u2019s best interests, needs and preferences first.",
     ["understand and apply the requirements of health and safety law and regulation, and keep work and care environments safe",
      "understand how safe staffing levels and an appropriate skill mix relate to the safety and quality of care, and recognise and act on risks to people\u2019s safety and wellbeing",
      "understand what the nurse must do to identify, respond to and learn from adverse events and near misses",
      "show an understanding of the principles of improvement methods and how they are used to make care safer and better",
      "show that they can take part in quality improvement by gathering, analysing and sharing data and acting on the results",
      "recognise where the quality and safety of care need to improve and help to put changes into effect",
      "understand how national and local systems, including inspection and audit, assure the quality and safety of care",
      "show an understanding of how to recognise, report and reflect critically on near misses, critical incidents, major incidents and serious adverse events, so that lessons shape future practice",
      "work with people, their families, carers and colleagues to develop effective ways of improving quality and safety, sharing feedback and learning from good outcomes as well as from mistakes",
      "apply the principles of risk assessment in practice while working within the limits of their own competence",
      "accept and manage uncertainty, and show an understanding of strategies that build resilience in themselves and others",
      "understand the roles of registered nurses and other health and care professionals at different levels of experience and seniority in managing and prioritising care during a major incident"]),
    (7, "Coordinating care",
     "Registered nurses take the lead in coordinating and managing the complex care needs of people across "
     "organisations and settings, including people with a range of physical, mental, cognitive and "
     "behavioural conditions. They work in partnership with people, families and carers, and with health, "
     "social care and voluntary sector colleagues, so that care is joined up and people experience as few "
     "disruptions as possible.",
     ["understand and apply the principles of partnership, collaboration and interagency working across all relevant sectors",
      "understand health legislation and current health and social care policy, and the ways in which policy can be influenced and changed",
      "understand the implications of current health policy and of likely future policy changes for nursing and other professions, and their effect on the delivery and coordination of care",
      "understand the principles of care coordination, working with people, their families, communities and populations to organise and plan care",
      "understand the complexity of care for people with several long-term conditions, and coordinate care across services for them",
      "show the knowledge and skills to assess and meet the needs of people approaching the end of life, and of their families and carers",
      "identify people with complex needs and start appropriate interventions to support them",
      "help people who are vulnerable or who have a disability to gain fair access to health and care services",
      "support people and families with a range of care needs to keep as much independence as possible and to avoid unnecessary interventions and disruption to their lives",
      "understand how national strategies for health and care, including digital strategies, affect nursing practice",
      "show an understanding of how to build a basic business case for extra care funding, drawing on knowledge of finance, resources and safe staffing levels",
      "exercise political awareness throughout their career so that registered nursing has the greatest influence on quality of care, patient safety and cost effectiveness",
      "understand how to work across organisational boundaries to arrange safe transitions of care between services and settings"]),
]

PURPLE = "5B2C6F"


def build():
    d = docx.Document()
    L.set_font(d, "Arial", 10.5, after=6)
    L.style_font(d, "Heading 1", "Arial", 22, True, PURPLE)
    L.style_font(d, "Heading 2", "Arial", 13, True, PURPLE)
    C.clear_core_props(d, TITLE)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = Inches(1.0)
    sec.right_margin = Inches(0.9)
    L.page_start(sec, 21)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Future nurse: Standards of proficiency for registered nurses")
    hr.font.size = Pt(8)
    hr.font.color.rgb = RGBColor.from_string("8A6BA3")
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, Inches(6.37))
    r = fp.add_run("www.nmc.org.uk")
    r.bold = True
    r.font.color.rgb = RGBColor.from_string(PURPLE)
    fp.add_run("\tStandards of proficiency for registered nurses   ")
    C.add_field(fp, "PAGE", "21")
    for run in fp.runs:
        run.font.size = Pt(8.5)

    for i, (n, name, intro, outcomes) in enumerate(PLATFORMS):
        lab = d.add_paragraph()
        if i:
            lab.add_run().add_break(WD_BREAK.PAGE)
        lr = lab.add_run(f"Platform {n}")
        lr.bold = True
        lr.font.size = Pt(14)
        lr.font.color.rgb = RGBColor.from_string("8A6BA3")
        L.keep_next(lab)
        d.add_paragraph(name, style="Heading 1")
        p = d.add_paragraph(intro)
        p.paragraph_format.space_after = Pt(14)
        d.add_paragraph("Outcomes", style="Heading 2")
        sp = d.add_paragraph()
        sr = sp.add_run(STEMLINE)
        sr.bold = True
        num = C.add_numbering(d, C.decimal_lvl(fmt=f"{n}.%1", left=620, hanging=620), f"4E4D430{n}")
        for o in outcomes:
            op = d.add_paragraph(o)
            C.set_num(op, num)
            op.paragraph_format.space_after = Pt(5)
    tmp = Path(tempfile.mkdtemp(prefix="o-nmc-"))
    dx = tmp / f"{STEM}.docx"
    d.save(dx)
    pdf = L.to_pdf(dx, tmp)
    out = L.DOCS / f"{STEM}.pdf"
    shutil.copy(pdf, out)
    shutil.rmtree(tmp, ignore_errors=True)
    return out


def gold():
    comps = [L.comp(STEM, name, intro, indicators=[L.item(STEM, o) for o in outcomes])
             for _n, name, intro, outcomes in PLATFORMS]
    return L.write_gold(L.DOCS / f"{STEM}.pdf", "pdf", TITLE, comps)


if __name__ == "__main__":
    print(build())
    print(gold())
