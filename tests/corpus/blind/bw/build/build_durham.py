"""Durham University, Realising your Potential Approach: behaviours as A4 landscape matrices
(five level columns with dotted dividers, repeated header rows, tables running across pages). Flat ODT -> PDF."""
import bwlib as L
from bwlib import esc, p

STEM = "durham-realising-your-potential-behaviours"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Realising your Potential Approach"

LEVELS = [("Level 1", "Grades 1-2/Core"), ("Level 2", "Grades 3-4"), ("Level 3", "Grades 5-6"),
          ("Level 4", "Grades 7-8"), ("Level 5", "Grades 9-10")]

CLUSTERS = [
    ("Engaged Individuals", ["Personal Effectiveness", "Developing Self and Others"]),
    ("Collaborative Teamwork", ["Working Together", "Communicating and Influencing"]),
    ("Excellent Standards", ["Delivering Quality Service", "Planning and Organising",
                             "Problem Solving and Decision Making"]),
    ("World Class University", ["Embracing Change", "Strategic Awareness"]),
]

BEHAVIOURS = [
    ("Collaborative Teamwork", "Working Together",
     "Works co-operatively with colleagues, students and partners, sharing information and supporting others to achieve shared goals.",
     [["Is courteous, helpful and respectful to colleagues, students and visitors",
       "Shares information with other team members promptly",
       "Offers help to colleagues when own workload allows",
       "Accepts and acts on reasonable requests from others"],
      ["Builds good working relationships with colleagues in own and neighbouring teams",
       "Contributes ideas in team meetings and listens to the views of others",
       "Adapts own approach to support the team when priorities change"],
      ["Encourages team members to work together and to share their knowledge",
       "Resolves minor disagreements within the team constructively",
       "Builds links with other teams to get work done",
       "Recognises and acknowledges the contribution of others"],
      ["Creates a departmental climate in which collaboration is expected and valued",
       "Removes barriers between teams and services to improve outcomes",
       "Deals with conflict between teams fairly and promptly"],
      ["Builds partnerships across the University and with external organisations",
       "Represents the University positively in regional and national networks",
       "Champions joint working that supports the University Strategy"]]),
    ("Excellent Standards", "Delivering Quality Service",
     "Provides a high standard of service to students, colleagues and external customers and looks for ways to improve it.",
     [["Responds to enquiries politely and within agreed timescales",
       "Checks own work for accuracy before passing it on",
       "Follows agreed procedures and keeps records up to date"],
      ["Finds out what customers need and tailors the service accordingly",
       "Follows up to make sure that issues have been resolved",
       "Suggests simple improvements to the way things are done"],
      ["Sets clear service standards for the team and monitors performance against them",
       "Uses feedback from service users to improve team processes",
       "Handles complaints calmly and makes sure lessons are learned"],
      ["Designs departmental services around the needs of students and staff",
       "Uses data and benchmarking to measure the quality of services",
       "Holds managers to account for the standards achieved by their teams"],
      ["Sets the direction for a University-wide culture of service excellence",
       "Compares University services with the best in the sector and beyond",
       "Secures investment that improves the experience of students and staff"]]),
    ("World Class University", "Embracing Change",
     "Is open to new ideas, adapts positively to change and helps others to do the same.",
     [["Is willing to try new ways of working",
       "Keeps up to date with changes that affect own role",
       "Asks questions to understand the reasons for change"],
      ["Adapts quickly to new systems and procedures",
       "Puts forward ideas for doing things differently",
       "Supports colleagues who find change difficult"],
      ["Explains the reasons for change to the team and listens to their concerns",
       "Plans and introduces changes within the team",
       "Reviews the effect of changes and adjusts plans where needed"],
      ["Leads change projects across the department",
       "Anticipates the impact of change on staff and students and plans for it",
       "Involves staff in shaping how change is introduced"],
      ["Leads change that affects the whole University",
       "Identifies trends in higher education that call for a different approach",
       "Creates a climate in which innovation is encouraged and supported"]]),
]

PURPLE = "#68246d"
FONTS = L.font_decl("Liberation Sans")
STYLES = """
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.15cm"/>
 <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt" fo:color="#333333" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1">
 <style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="#68246d"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2">
 <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:color="#68246d"/></style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:default-outline-level="3">
 <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:color="#68246d"/></style:style>
"""

AUTO = f"""
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape"
  fo:margin-top="1.0cm" fo:margin-bottom="0.9cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.7cm" fo:margin-bottom="0.35cm" fo:border-bottom="0.03cm solid {PURPLE}" fo:padding-bottom="0.1cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
<style:style style:name="HeadP" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="26.7cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
 <style:text-properties fo:font-size="8.5pt" fo:color="{PURPLE}"/></style:style>
<style:style style:name="T_bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="FootP" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="26.7cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
 <style:text-properties fo:font-size="8pt" fo:color="#666666"/></style:style>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="NumItem" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.7cm" fo:text-indent="-0.7cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Cluster" style:family="paragraph"><style:paragraph-properties fo:break-before="page" fo:padding="0.12cm" fo:background-color="{PURPLE}" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
 <style:text-properties fo:font-size="10pt" fo:font-weight="bold" fo:color="#ffffff" fo:text-transform="uppercase" fo:letter-spacing="0.04cm"/></style:style>
<style:style style:name="ClusterNB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:padding="0.12cm" fo:background-color="{PURPLE}" fo:margin-top="0.6cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
 <style:text-properties fo:font-size="10pt" fo:font-weight="bold" fo:color="#ffffff" fo:text-transform="uppercase" fo:letter-spacing="0.04cm"/></style:style>
<style:style style:name="Desc" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="10.5pt" fo:font-style="italic"/></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="26.7cm" table:align="margins" style:may-break-between-rows="true"/></style:style>
<style:style style:name="Col" style:family="table-column"><style:table-column-properties style:column-width="5.34cm"/></style:style>
<style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="auto"/></style:style>
<style:style style:name="HCell" style:family="table-cell"><style:table-cell-properties fo:background-color="#d8cbd9" fo:padding="0.15cm" fo:border-top="0.04cm solid {PURPLE}" fo:border-bottom="0.04cm solid {PURPLE}" fo:border-left="0.03cm dotted {PURPLE}" fo:border-right="0.03cm dotted {PURPLE}"/></style:style>
<style:style style:name="BCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.15cm" fo:border-top="none" fo:border-bottom="0.04cm solid {PURPLE}" fo:border-left="0.03cm dotted {PURPLE}" fo:border-right="0.03cm dotted {PURPLE}"/></style:style>
<style:style style:name="OCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.2cm" fo:border="0.03cm solid #b9a5ba" fo:background-color="#f3eef3"/></style:style>
<style:style style:name="HLev" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:color="{PURPLE}"/></style:style>
<style:style style:name="HGr" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8pt" fo:color="#333333"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.14cm"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="OHead" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold" fo:color="{PURPLE}"/></style:style>
<text:list-style style:name="LB">
 <text:list-level-style-bullet text:level="1" text:bullet-char="\u2022"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.35cm" fo:text-indent="-0.35cm" fo:margin-left="0.35cm"/></style:list-level-properties></text:list-level-style-bullet>
</text:list-style>
"""

MASTER = """<style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="HeadP"><text:span text:style-name="T_bold">Durham University</text:span><text:tab/>Human Resources &amp; Organisational Development</text:p></style:header>
<style:footer><text:p text:style-name="FootP">Realising your Potential Approach<text:tab/>Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>3</text:page-count></text:p></style:footer>
</style:master-page>"""


def bullets(lines):
    return ('<text:list text:style-name="LB">'
            + "".join(f'<text:list-item><text:p text:style-name="Cell">{esc(t)}</text:p></text:list-item>' for t in lines)
            + "</text:list>")


def matrix(n, cells):
    head = "".join(f'<table:table-cell table:style-name="HCell" office:value-type="string">{p("HLev", lv)}{p("HGr", gr)}</table:table-cell>'
                   for lv, gr in LEVELS)
    body = "".join(f'<table:table-cell table:style-name="BCell" office:value-type="string">{bullets(c)}</table:table-cell>'
                   for c in cells)
    return (f'<table:table table:name="Behaviour{n}" table:style-name="Tbl">'
            '<table:table-column table:style-name="Col" table:number-columns-repeated="5"/>'
            f'<table:table-header-rows><table:table-row>{head}</table:table-row></table:table-header-rows>'
            f'<table:table-row table:style-name="Row">{body}</table:table-row></table:table>')


def overview():
    cells = ""
    for cl, names in CLUSTERS:
        cells += (f'<table:table-cell table:style-name="OCell" office:value-type="string">{p("OHead", cl)}'
                  + "".join(p("Cell", n) for n in names) + "</table:table-cell>")
    return ('<table:table table:name="Clusters" table:style-name="Tbl">'
            '<table:table-column table:style-name="Col" table:number-columns-repeated="4"/>'
            f'<table:table-row>{cells}</table:table-row></table:table>')


def build():
    b = [L.h("Heading_20_1", 1, TITLE)]
    b.append(p("Body", "Each behaviour has been divided into 5 levels:"))
    intro = ["Behaviours expected of all members of staff, whatever the working situation - Grades 1-2/Core",
             "Behaviours expected when working alongside others - Grades 3-4",
             "Behaviours expected when influencing at team level - Grades 5-6",
             "Behaviours expected when influencing at departmental level - Grades 7-8",
             "Behaviours expected when influencing at University level or when representing the University - Grades 9-10"]
    for i, t in enumerate(intro, 1):
        b.append(p("NumItem", f"{i}.\u00a0\u00a0{t}"))
    b.append(L.h("Heading_20_3", 3, "Flexibility of interpretation"))
    b.append(p("Body", "Managers and staff can use the five levels as a guide to the behaviours expected at each "
                       "grade. The levels are not exclusive, which is why the tables that follow separate them with "
                       "dotted lines: a member of staff at grade 4 may be expected to show level 2 behaviours and, "
                       "because of the demands of their role, some behaviours at a higher level as well."))
    b.append(p("Body", "The approach supports personal development and the requirements of your role. It should not "
                       "be used on its own to decide a job or its grade."))
    b.append(p("Body", "The approach describes 9 aspects of behaviour grouped within 4 clusters. They apply to all "
                       "administrative and support staff in Professional Support Services, the Colleges and the "
                       "Academic Faculties."))
    b.append(overview())
    for n, (cluster, name, desc, cells) in enumerate(BEHAVIOURS, 1):
        b.append(p("ClusterNB", cluster))
        b.append(L.h("Heading_20_2", 2, name))
        b.append(p("Desc", desc))
        b.append(matrix(n, cells))
    xml = L.fodt(TITLE, FONTS, STYLES, AUTO, MASTER, "".join(b))
    L.flat_to_pdf(xml, OUT, "fodt")


def gold():
    comps = []
    for cluster, name, desc, cells in BEHAVIOURS:
        levels = [L.level(STEM, i, LEVELS[i - 1][0], cells[i - 1]) for i in range(1, 6)]
        comps.append(L.competency(STEM, name, desc, levels=levels))
    L.write_gold(OUT, "pdf", TITLE, comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()
