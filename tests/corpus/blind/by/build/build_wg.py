"""wg-ahp-careers-framework.pdf: an "interactive PDF" (the kind designed for on-screen navigation, exported
from a DTP layout): A4 landscape, a "click to enter" cover, and on every other page a navigation bar of
buttons ("Contents  Foreword  Introduction  Structure  Level 5 ... Level 9  Appendix") printed as text in the
page header, the current section highlighted; the page number in the footer. Flat ODT -> LibreOffice PDF.

The framework is organised LEVEL FIRST: after the contents, foreword-free introduction and the "Structure of
the Framework" page (which defines the four pillars of practice in a 2 x 2 diagram), each level has its own
page ("Level 5", "Level 6", "Level 7") with a 2 x 2 grid of the four pillars, each pillar with its
statements. The competencies are the pillars; their definitions are on the Structure page and their levels
are spread over the level pages.

Modelled on Welsh Government / NHS Wales, "Modernising Allied Health Professions' Careers in Wales: A post
registration framework" (WG40105, © Crown copyright 2020;
https://www.readkong.com/page/modernising-allied-health-professions-careers-in-wales-a-1600548,
https://vdocument.in/modernising-allied-health-professions-careers-in-of-ahps-and-shaping-future.html;
https://www.csp.org.uk/news/2016-10-11-welsh-government-publishes-new-ahp-framework): "click to enter"
cover, contents (Foreword, Introduction, Background, Structure of the Framework, Benefits, Aligning the
Framework, Terminology and Definition, Frameworks: Level 5 ... Level 9, Appendix, References), four pillars
of practice (clinical practice; facilitation of learning; leadership; evidence, research and development).
The stored copies showed the contents and foreword only: the pillar definitions and all level statements are
ours. Excerpt: Levels 5-7 of 5-9.
"""
import sys

import bylib as L
from bylib import esc, p

DOC = "wg-ahp-careers-framework"
OUT = L.DOCS / f"{DOC}.pdf"
TITLE = "Modernising Allied Health Professions\u2019 Careers in Wales"
NAV = ["Contents", "Introduction", "Structure", "Level 5", "Level 6", "Level 7", "Level 8", "Level 9",
       "Appendix"]

PILLARS = [
    ("Clinical Practice",
     "The assessment, diagnosis, treatment and evaluation of care that an allied health professional delivers "
     "directly to people, and the clinical reasoning behind it."),
    ("Facilitation of Learning",
     "Supporting the learning and development of self, colleagues, students and the people who use "
     "services."),
    ("Leadership",
     "Taking responsibility for the quality of services and for influencing, motivating and developing "
     "others, whatever the role."),
    ("Evidence, Research and Development",
     "Using, generating and sharing evidence to improve practice and services, through audit, evaluation, "
     "service improvement and research."),
]

LEVELS = {
    "Level 5": [
        ["Carries out assessments and delivers interventions for people with a range of needs, with support "
         "from more experienced colleagues.",
         "Uses clinical reasoning to plan care and recognises when to refer to others.",
         "Keeps accurate, timely records in line with professional and legal standards."],
        ["Takes responsibility for own continuing professional development and keeps a portfolio.",
         "Contributes to the supervision of support workers and students.",
         "Gives people who use services clear information to support their own care."],
        ["Manages own caseload and time effectively.",
         "Works within the values and standards of the profession and the organisation.",
         "Raises concerns about quality and safety through the right channels."],
        ["Uses current evidence and guidelines to inform own practice.",
         "Takes part in audit and service evaluation.",
         "Reflects on the outcomes of care to improve own practice."]],
    "Level 6": [
        ["Manages a complex caseload independently, using specialist knowledge in a defined area.",
         "Adapts assessment and intervention to changing and unpredictable situations.",
         "Advises colleagues in the team on specialist aspects of care."],
        ["Plans and delivers teaching to students, colleagues and carers.",
         "Supervises and appraises junior staff and support workers.",
         "Acts as a practice educator for pre-registration students."],
        ["Leads a small team or a defined area of the service day to day.",
         "Contributes to the development of policies and procedures.",
         "Manages change in own area of practice."],
        ["Critically appraises research evidence and applies it to the service.",
         "Leads audit and evaluation projects in own area.",
         "Shares the findings of service improvement work."]],
    "Level 7": [
        ["Works autonomously at an advanced level, managing people with complex, high-risk needs.",
         "Makes clinical decisions in situations of uncertainty and is accountable for them.",
         "Acts as a source of expert clinical advice across services and organisations."],
        ["Designs and evaluates education programmes for the multi-professional team.",
         "Provides clinical supervision and mentorship to specialist practitioners.",
         "Contributes to teaching at higher education level."],
        ["Leads service developments across teams and professional boundaries.",
         "Influences the planning and commissioning of services.",
         "Develops the capability of the workforce through succession planning."],
        ["Identifies gaps in the evidence and develops research questions.",
         "Leads or collaborates in research and publishes the outcomes.",
         "Uses data to measure the impact of services on outcomes for people."]],
}

FONTS = L.font_decl("Liberation Sans")

STYLES = """
<style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.15cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:language="en" fo:country="GB"/>
</style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.25cm" fo:line-height="125%"/>
  <style:text-properties fo:color="#333333"/>
</style:style>
<style:style style:name="Big" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="3.5cm" fo:margin-bottom="0.4cm"/>
  <style:text-properties fo:font-size="32pt" fo:font-weight="bold" fo:color="#ffffff"/>
</style:style>
<style:style style:name="BigSub" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="2.5cm" fo:margin-left="2.5cm"/>
  <style:text-properties fo:font-size="20pt" fo:color="#ffffff"/>
</style:style>
<style:style style:name="Enter" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end" fo:margin-right="2.5cm"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="#ffd100"/>
</style:style>
<style:style style:name="H1" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.4cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="24pt" fo:font-weight="bold" fo:color="#c8102e"/>
</style:style>
<style:style style:name="Pillar" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.2cm" fo:padding="0.12cm" fo:background-color="#c8102e"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#ffffff"/>
</style:style>
<style:style style:name="Stmt" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.15cm" fo:line-height="118%"/>
  <style:text-properties fo:font-size="10pt" fo:color="#222222"/>
</style:style>
<style:style style:name="Toc" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.18cm"/>
  <style:text-properties fo:font-size="11pt" fo:color="#333333"/>
</style:style>
<style:style style:name="TocSub" style:family="paragraph" style:parent-style-name="Toc">
  <style:paragraph-properties fo:margin-left="1cm"/>
</style:style>
<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="8.5pt" fo:color="#555555"/>
</style:style>
<style:style style:name="Nav" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="8.5pt" fo:color="#ffffff"/>
</style:style>
<style:style style:name="NavOn" style:family="paragraph" style:parent-style-name="Nav">
  <style:text-properties fo:font-weight="bold" fo:color="#c8102e"/>
</style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="9pt" fo:color="#555555"/>
</style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"/>
"""


def col(name, width):
    return (f'<style:style style:name="{name}" style:family="table-column">'
            f'<style:table-column-properties style:column-width="{width}cm"/></style:style>')


def cellst(name, bg=None, border="none", pad="0.3cm"):
    bgp = f' fo:background-color="{bg}"' if bg else ""
    return (f'<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties '
            f'fo:padding="{pad}" fo:border="{border}"{bgp}/></style:style>')


AUTO = ("""
<style:page-layout style:name="pmCover">
  <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape"
     fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm"
     fo:background-color="#c8102e"/>
</style:page-layout>
<style:page-layout style:name="pmBody">
  <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape"
     fo:margin-top="0.6cm" fo:margin-bottom="0.8cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.3cm"/></style:footer-style>
</style:page-layout>
<style:style style:name="PBody" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Body">
  <style:paragraph-properties fo:break-before="page"/>
</style:style>
<style:style style:name="PCover" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Cover">
  <style:paragraph-properties fo:margin-left="2.5cm" fo:margin-right="2.5cm" fo:margin-top="3.5cm"/>
  <style:text-properties fo:font-size="32pt" fo:font-weight="bold" fo:color="#ffffff"/>
</style:style>
<style:style style:name="Brk" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:break-before="page"/>
</style:style>
<style:style style:name="NavT" style:family="table"><style:table-properties style:width="26.7cm" table:align="left"/></style:style>
""" + col("NavT.A", round(26.7 / len(NAV), 3))
        + cellst("NavT.off", bg="#5b5b5b", border="0.5pt solid #ffffff", pad="0.1cm")
        + cellst("NavT.on", bg="#ffffff", border="0.5pt solid #c8102e", pad="0.1cm")
        + '<style:style style:name="Grid" style:family="table"><style:table-properties style:width="26.7cm" table:align="left"/></style:style>'
        + col("Grid.A", 13.35)
        + cellst("Grid.c", border="0.5pt solid #d9d9d9", pad="0.3cm")
        + '<style:style style:name="Diag" style:family="table"><style:table-properties style:width="26.7cm" table:align="left"/></style:style>'
        + col("Diag.A", 13.35)
        + cellst("Diag.c", bg="#f7e3e6", border="2pt solid #ffffff", pad="0.4cm"))


def nav_table(current):
    cells = "".join(
        f'<table:table-cell table:style-name="NavT.{"on" if n == current else "off"}">'
        f'{p("NavOn" if n == current else "Nav", n)}</table:table-cell>' for n in NAV)
    return (f'<table:table table:name="Nav{NAV.index(current)}" table:style-name="NavT">'
            f'<table:table-column table:style-name="NavT.A" table:number-columns-repeated="{len(NAV)}"/>'
            f'<table:table-row>{cells}</table:table-row></table:table>')


# one master page per navigation state (the highlighted button differs per section)
SECTIONS = ["Contents", "Introduction", "Structure", "Level 5", "Level 6", "Level 7"]
PAGE_OF = [2, 4, 5, 9, 12, 16]      # the pages these sections start on in the full 30-page document


PAGE_NO = '<text:page-number text:select-page="current">2</text:page-number>'


def master_pages():
    out = ('<style:master-page style:name="Cover" style:page-layout-name="pmCover"/>')
    for i, s in enumerate(SECTIONS):
        out += (f'<style:master-page style:name="M{i}" style:page-layout-name="pmBody">'
                f'<style:header>{nav_table(s)}</style:header>'
                f'<style:footer>{p("Footer", PAGE_NO, raw=True)}</style:footer>'
                '</style:master-page>')
    return out


def auto_breaks():
    return "".join(
        f'<style:style style:name="Sec{i}" style:family="paragraph" style:parent-style-name="H1" '
        f'style:master-page-name="M{i}"><style:paragraph-properties fo:break-before="page" '
        f'style:page-number="{PAGE_OF[i]}"/></style:style>'
        for i in range(len(SECTIONS)))


_grid_no = [0]


def grid(cells, style="Grid", cstyle="Grid.c"):
    _grid_no[0] += 1
    rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
    return (f'<table:table table:name="{style}{_grid_no[0]}" table:style-name="{style}">'
            f'<table:table-column table:style-name="{style}.A" table:number-columns-repeated="2"/>'
            + "".join("<table:table-row>" + "".join(
                f'<table:table-cell table:style-name="{cstyle}">{c}</table:table-cell>' for c in row)
                + "</table:table-row>" for row in rows)
            + "</table:table>")


def body():
    out = []
    out.append(p("PCover", TITLE))
    out.append(p("BigSub", "A post registration framework"))
    out.append(p("Enter", "click to enter \u25b6"))
    # contents
    out.append(p("Sec0", "Contents"))
    toc = [("Foreword", 3), ("Introduction", 4), ("Background", 4), ("Structure of the Framework", 5),
           ("Benefits", 7), ("Aligning the Framework", 7), ("Terminology and Definition", 8)]
    for t, n in toc:
        out.append(p("Toc", f"{t}" + "_" * (70 - len(t)) + f" {n}"))
    out.append(p("Toc", "Frameworks"))
    for t, n in [("Level 5", 9), ("Level 6", 12), ("Level 7", 16), ("Level 8", 21), ("Level 9", 27)]:
        out.append(p("TocSub", f"{t}" + "_" * (66 - len(t)) + f" {n}"))
    for t, n in [("Appendix", 30), ("References", 30)]:
        out.append(p("Toc", f"{t}" + "_" * (70 - len(t)) + f" {n}"))
    out.append(p("Small", "\u00a9 Crown copyright 2020   WG40105   Digital ISBN 978-1-80038-182-7"))
    # introduction (front matter)
    out.append(p("Sec1", "Introduction"))
    for t in ["This framework sets out what is expected of registered allied health professionals (AHPs) in "
              "Wales at each career framework level after registration. It links the aspirations and "
              "development of individual practitioners with the workforce plans of their organisations, and "
              "supports appraisal, continuing professional development and the design of new roles.",
              "It applies to all of the allied health professions employed in NHS Wales and can be used "
              "alongside the professional standards of each profession and of the Health and Care "
              "Professions Council.",
              "Practitioners are not expected to show every statement at their level. The statements describe "
              "the scope of practice at each level and should be read together with the job description for "
              "the post."]:
        out.append(p("Body", t))
    # structure: the four pillars (definitions)
    out.append(p("Sec2", "Structure of the Framework"))
    out.append(p("Body", "The framework is built on four pillars of practice. Each career framework level, "
                         "from Level 5 to Level 9, describes practice under all four pillars; the levels build "
                         "on one another."))
    cells = [p("Pillar", name) + p("Stmt", d) for name, d in PILLARS]
    out.append(grid(cells, "Diag", "Diag.c"))
    # level pages
    for i, (lv, per_pillar) in enumerate(LEVELS.items()):
        out.append(p(f"Sec{3 + i}", lv))
        cells = []
        for (name, _), stmts in zip(PILLARS, per_pillar):
            cells.append(p("Pillar", name) + "".join(p("Stmt", "\u2022  " + s) for s in stmts))
        out.append(grid(cells))
    return "".join(out)


def gold():
    comps = []
    for k, (name, definition) in enumerate(PILLARS):
        lv = [L.level(DOC, r, label, LEVELS[label][k]) for r, label in enumerate(LEVELS, 1)]
        comps.append(L.competency(DOC, name, definition, levels=lv))
    return comps


def main():
    xml = L.fodt(TITLE, FONTS, STYLES, AUTO + auto_breaks(), master_pages(), body())
    L.flat_to_pdf(xml, OUT, "fodt")
    L.write_gold(OUT, "pdf", TITLE, gold())
    print("wrote", OUT)


if __name__ == "__main__":
    sys.exit(main())
