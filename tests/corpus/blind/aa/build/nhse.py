"""NHS Employers, simplified KSF: "Summary descriptions of KSF core dimensions" (Word/PDF handout).

Rendered python-docx (landscape, one 4-column table per dimension, running header/footer with page
number) -> LibreOffice PDF: docs/nhse-ksf-core-dimensions-summary.pdf."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

import common as C
import helpers as H

STEM = "nhse-ksf-core-dimensions-summary"
SQ = "\u25a0"   # the black square bullet of the NHS Employers handout

DIMS = [
    {
        "name": "Communication",
        "definition": "This dimension is about communicating the needs and requirements of patients, carers, "
                      "staff and others effectively, so that excellent care and service can be provided. Good "
                      "communication runs both ways. It covers recognising what other people are communicating "
                      "and building effective relationships, as well as a person\u2019s own communication skills.",
        "why": "Everything else we do rests on communication. Because it runs both ways, effective communication "
               "builds and strengthens relationships, keeps people up to date and lowers the chance of errors "
               "and mistakes.",
        "levels": [
            ("Communicate with a limited range of people about everyday matters.", True, [
                "listens actively and asks questions to find out what is needed",
                "passes on and shares information, keeping it confidential where this is required",
                "checks that information is accurate",
                "projects a positive image of self and of the service",
                "keeps the relevant people up to date on progress",
                "keeps relevant and current records of communication"]),
            ("Communicate with a range of people about a range of matters", False, [
                "uses different communication channels to build relationships",
                "manages what people expect",
                "deals with barriers to effective communication",
                "develops own communication skills to improve communication"]),
            ("Develop and maintain communication with people on difficult matters and/or in difficult "
             "situations", False, [
                "recognises how contextual factors affect communication",
                "adjusts communication to the culture, background and preferred way of communicating of others",
                "gives others feedback on their communication where this is appropriate",
                "shares own thinking and engages with the thinking of others",
                "keeps to the highest standards of integrity when communicating with patients and the public"]),
            ("Develop and maintain communication with people on complex matters, issues and ideas and/or in "
             "complex situations", False, [
                "communicates complex information clearly to a wide range of audiences",
                "anticipates and handles barriers and conflict in communication",
                "influences and negotiates with others to reach agreement",
                "builds and keeps up communication networks inside and outside the organisation",
                "sets an example in the effective use of communication across the service"]),
        ],
    },
    {
        "name": "Personal and people development",
        "definition": "This dimension covers developing oneself throughout working life and helping others to "
                      "develop, so that the service keeps meeting the needs of patients, users and the public. "
                      "It includes taking part in learning, reflecting on practice and supporting the learning "
                      "of colleagues, students and others.",
        "why": "Services, technology and the needs of patients keep changing. Staff who keep learning and who "
               "pass on what they know help the organisation to deliver safe, high quality care and to grow "
               "its own talent.",
        "levels": [
            ("Take part in own personal development.", True, [
                "helps the reviewer to identify own development needs",
                "takes part in the learning and development activities agreed",
                "keeps a record of own learning and development",
                "uses what has been learned in day-to-day work"]),
            ("Develop own knowledge and skills and pass on information to help others develop", False, [
                "reflects on own practice and sees where it could improve",
                "takes responsibility for own personal development plan",
                "shares knowledge and experience with colleagues",
                "gives others constructive feedback on their work"]),
            ("Develop oneself and help others to develop", False, [
                "assesses own performance against what the post demands",
                "supports colleagues in identifying their learning needs",
                "provides mentoring, coaching or supervision of practice where appropriate",
                "helps to create an environment in which people can learn"]),
            ("Develop oneself and others in areas of practice", False, [
                "plans, delivers and evaluates learning for others",
                "promotes a learning culture across the team or service",
                "recognises the potential of individuals and develops it",
                "links the development of individuals to the needs of the service",
                "keeps up to date with developments in own field and shares them widely"]),
        ],
    },
    {
        "name": "Health, safety and security",
        "definition": "This dimension is about keeping up and improving the health, safety and security of "
                      "everyone in the organisation and of anyone who comes into contact with it. It covers "
                      "following and promoting legislation, policies and procedures, and managing risk.",
        "why": "Every member of staff owes a duty of care. Working safely protects patients, visitors and "
               "colleagues from harm and cuts the number of incidents and complaints and their cost to the "
               "service.",
        "levels": [
            ("Help to keep up own and others\u2019 health, safety and security.", True, [
                "follows health and safety policies and procedures",
                "spots risks and reports them promptly",
                "acts in an emergency as the procedures require",
                "uses equipment and materials safely"]),
            ("Monitor and maintain the health, safety and security of self and others", False, [
                "checks that work areas and ways of working are safe",
                "identifies and manages risks in own area of work",
                "helps others to work safely",
                "reports and records incidents accurately"]),
            ("Promote, monitor and maintain best practice in health, safety and security", False, [
                "carries out risk assessments and acts on what they show",
                "reviews practice against legislation and policy",
                "advises others on health, safety and security",
                "takes part in investigating incidents and in learning from them"]),
            ("Maintain and develop an environment and culture that improve health, safety and security", False, [
                "leads the development of health, safety and security policies",
                "makes sure that the systems for managing risk work",
                "promotes a culture in which safety is everyone\u2019s business",
                "evaluates the effect of the action taken and drives improvement"]),
        ],
    },
]

TITLE = "Summary descriptions of KSF core dimensions"
INTRO = ("These summaries of the KSF core dimensions form part of the simplified KSF and can be adapted "
         "locally to suit the organisation.")


def cell_text(cell, first, text, bold=False, size=9, after=2):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    H.run(p, text, bold=bold, size=size, font="Arial")
    p.paragraph_format.space_after = Pt(after)
    return p


def build_docx(path):
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.6))
    sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.5)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9)
    # running header / footer
    hp = sec.header.paragraphs[0]
    H.run(hp, "NHS Employers", bold=True, size=11, color="005EB8", font="Arial")
    hp.alignment = 2
    fp = sec.footer.paragraphs[0]
    H.run(fp, "Simplified KSF \u2013 summary descriptions of core dimensions    |    www.nhsemployers.org    |    ",
          size=7.5, color="425563", font="Arial")
    r = fp.add_run()
    C.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(7.5)

    H.para(d, TITLE, bold=True, size=16, color="005EB8", after=4, font="Arial")
    H.para(d, INTRO, size=9.5, after=10, font="Arial")

    for i, dim in enumerate(DIMS):
        if i:
            d.add_page_break()
        t = d.add_table(rows=2, cols=4)
        H.borders(t, sz=6, color="7F9DB9")
        H.set_cell_margins(t, 80, 80, 110, 110)
        C.fix_widths(t, [2.6, 2.6, 2.6, 2.6])
        a = t.cell(0, 0).merge(t.cell(0, 1))
        b = t.cell(0, 2).merge(t.cell(0, 3))
        C.shade(a, "DCE6F2")
        C.shade(b, "DCE6F2")
        cell_text(a, True, f"{dim['name']} \u2013 definition", bold=True, size=10)
        cell_text(a, False, dim["definition"])
        cell_text(b, True, "Why it is important:", bold=True, size=10)
        cell_text(b, False, dim["why"])
        for j, (title, for_example, bullets) in enumerate(dim["levels"]):
            c = t.cell(1, j)
            p = cell_text(c, True, f"level {j + 1}", bold=True, size=10, after=1)
            p = cell_text(c, False, title + (" For example:" if for_example else ""), bold=True)
            for bl in bullets:
                cell_text(c, False, f"{SQ} {bl}")
        C.row_flags(t.rows[0])
    d.save(path)


def gold():
    comps = []
    for dim in DIMS:
        levels = []
        for j, (title, _fe, bullets) in enumerate(dim["levels"]):
            levels.append(H.lv(j + 1, f"level {j + 1}", H.items([title] + bullets, STEM)))
        comps.append(H.comp(dim["name"], STEM, dim["definition"],
                            levels=levels,
                            notes=[H.it(dim["why"], STEM, "Why it is important")]))
    return comps


def main():
    src = H.WORK / f"{STEM}.docx"
    build_docx(src)
    H.soffice(src, "pdf:writer_pdf_Export", H.DOCS)
    H.write_gold(STEM, f"{STEM}.pdf", "pdf", TITLE, gold())


if __name__ == "__main__":
    main()
