"""Muswellbrook Shire Council: "Our People Capability & Behaviour Framework" (flat ODT -> PDF, A4 landscape).

Layout (as the council describes the framework): six core capabilities for all employees and two for
supervisors, each with descriptors over five cumulative, progressive levels from Fundamental to Expert. The
document opens with an introduction, a capability overview table and a level key (defined once), then one page
per capability: name, "Core capability" / "Supervisory capability" tag, description, and a five-column table
(level names as column headings, bullet descriptors in each cell). Excerpt: four capability pages.
Running header (council name) and footer (framework title, page number).
"""
import bxlib as L
from bxlib import esc

STEM = "muswellbrook-capability-behaviour-framework"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Our People Capability & Behaviour Framework"
LEVELS = ["Fundamental", "Developing", "Proficient", "Advanced", "Expert"]

INTRO = [
    "The Muswellbrook Shire Council Our People Capability & Behaviour Framework sets out the capabilities and "
    "behaviours our people need to work effectively and to deliver Council\u2019s strategic goals. It applies "
    "to every employee in the organisation and is connected to Council\u2019s organisational SPIRIT values.",
    "Alongside the Framework, each position has Job Specific Key Accountabilities, which describe at a high "
    "level the outcomes the position is expected to deliver. The accountabilities focus on outcomes and are "
    "specific to each position, and they should be read together with this Framework.",
]
OVERVIEW = [("Core capabilities (all employees)",
             "Ethical Behaviour, Resilience, Effective Communication, Collaboration, Accountability, Achievement"),
            ("Supervisory capabilities (employees who directly supervise others)", "Management, Leadership")]
KEY = [
    ("Fundamental", "Transactional and operational work. Follows established procedures and learns the "
                    "capability with guidance."),
    ("Developing", "Operational work. Applies the capability independently in routine situations."),
    ("Proficient", "Operational and tactical work. Applies the capability confidently in complex or changing "
                   "situations and guides others."),
    ("Advanced", "Tactical work. Applies the capability across teams or a service area and improves how "
                 "things are done."),
    ("Expert", "Strategic work. Shapes how the capability is applied across Council and in its dealings "
               "with the community."),
]

CAPS = [
    {"name": "Ethical Behaviour", "tag": "Core capability",
     "desc": "Acts with honesty and integrity, follows the Code of Conduct and makes decisions in the public interest.",
     "cells": [
         ["Follows Council\u2019s Code of Conduct, policies and procedures",
          "Is honest and truthful in dealings with colleagues and the community",
          "Reports conduct that appears improper or unsafe"],
         ["Explains to others how the Code of Conduct applies to their work",
          "Declares conflicts of interest and gifts promptly",
          "Treats information and Council property with care"],
         ["Makes decisions that are fair, transparent and defensible",
          "Raises ethical concerns with the right people, even when it is uncomfortable",
          "Keeps accurate records of decisions and the reasons for them"],
         ["Builds ethical considerations into team processes and service design",
          "Supports staff to work through ethical dilemmas",
          "Acts promptly on breaches of conduct within own area"],
         ["Sets the standard for integrity across Council and in dealings with external parties",
          "Ensures probity and accountability systems are robust and regularly reviewed",
          "Protects Council\u2019s reputation and the public interest"]]},
    {"name": "Resilience", "tag": "Core capability",
     "desc": "Stays focused and positive under pressure, adapts to change and recovers from setbacks.",
     "cells": [
         ["Stays calm when faced with a busy workload or a difficult customer",
          "Asks for help or guidance when unsure",
          "Accepts feedback and uses it to improve"],
         ["Adjusts to new tasks, systems and procedures without losing momentum",
          "Keeps a positive attitude when plans change",
          "Looks after own wellbeing and recognises the signs of stress"],
         ["Remains effective when priorities compete or information is unclear",
          "Learns from mistakes and moves on quickly",
          "Helps colleagues to adapt to change"],
         ["Steadies the team during periods of uncertainty or heavy demand",
          "Turns setbacks into opportunities for improvement",
          "Models healthy ways of managing pressure"],
         ["Leads Council through significant change and emergencies with composure",
          "Builds an organisational culture that supports wellbeing and adaptability"]]},
    {"name": "Effective Communication", "tag": "Core capability",
     "desc": ("Communicates clearly and respectfully, listens to others and shares information in a way that "
              "suits the audience."),
     "cells": [
         ["Speaks and writes clearly and politely",
          "Listens carefully and checks understanding",
          "Passes on messages accurately and on time"],
         ["Adapts language and style to the person or group",
          "Prepares clear correspondence, emails and simple reports",
          "Contributes ideas in team meetings"],
         ["Explains complex or technical information in plain English",
          "Handles difficult conversations calmly and constructively",
          "Writes reports and briefings that support decision making"],
         ["Presents to Council, committees and community groups with confidence",
          "Negotiates outcomes with stakeholders who hold differing views",
          "Ensures the team receives consistent, timely information"],
         ["Represents Council publicly and with the media on complex or sensitive matters",
          "Shapes Council\u2019s key messages and community engagement approach",
          "Builds trust through open, two-way communication with the community"]]},
    {"name": "Management", "tag": "Supervisory capability",
     "desc": ("Plans, organises and monitors the work of others, manages resources responsibly and supports "
              "people to perform."),
     "cells": [
         ["Allocates daily tasks clearly and checks that they are completed",
          "Follows Council\u2019s procedures for leave, timesheets and work health and safety",
          "Gives staff regular, practical feedback"],
         ["Plans team work to meet deadlines and service standards",
          "Identifies training needs and arranges development for staff",
          "Addresses minor performance issues early"],
         ["Sets team goals that link to the Delivery Program and Operational Plan",
          "Manages budgets, assets and contracts within delegation",
          "Conducts fair and timely performance reviews"],
         ["Manages several teams or a significant service area",
          "Uses data to monitor performance and improve services",
          "Leads workforce planning for own area"],
         ["Aligns resources across the organisation with Council\u2019s strategic priorities",
          "Holds managers to account for results and for how they are achieved",
          "Builds management capability across Council"]]},
]

FONTS = ('<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" '
         'style:font-family-generic="swiss" style:font-pitch="variable"/>')

STYLES = """
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="en" fo:country="AU"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm"/></style:style>
<style:style style:name="Heading_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="#00594f"/></style:style>
<style:style style:name="Heading_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#00594f"/></style:style>
<style:style style:name="Header" style:family="paragraph"><style:text-properties fo:font-size="8.5pt" fo:color="#666666"/></style:style>
<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="25.7cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="8.5pt" fo:color="#666666"/></style:style>
"""

AUTO = """
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21.0cm" style:print-orientation="landscape" fo:margin-top="1.2cm" fo:margin-bottom="1.0cm" fo:margin-left="2.0cm" fo:margin-right="2.0cm"/>
 <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
 <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
<style:style style:name="Pcov1" style:family="paragraph"><style:paragraph-properties fo:margin-top="5.5cm" fo:text-align="start"/><style:text-properties fo:font-size="14pt" fo:color="#00594f" fo:font-weight="bold"/></style:style>
<style:style style:name="Pcov2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm"/><style:text-properties fo:font-size="32pt" fo:font-weight="bold" fo:color="#1d1d1b"/></style:style>
<style:style style:name="Pcov3" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.6cm" fo:break-after="page"/><style:text-properties fo:font-size="12pt" fo:color="#555555"/></style:style>
<style:style style:name="Pbrk" style:family="paragraph" style:parent-style-name="Heading_1"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Ptag" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold" fo:color="#ffffff" fo:background-color="#e37222"/></style:style>
<style:style style:name="Pdesc" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.35cm"/><style:text-properties fo:font-size="11pt" fo:font-style="italic"/></style:style>
<style:style style:name="Pth" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10.5pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="Ptd" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="Pkeyl" style:family="paragraph"><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
<style:style style:name="T" style:family="table"><style:table-properties style:width="25.7cm" table:align="margins" fo:margin-top="0.2cm"/></style:style>
<style:style style:name="Tk" style:family="table"><style:table-properties style:width="25.7cm" table:align="margins" fo:margin-top="0.2cm"/></style:style>
<style:style style:name="C5" style:family="table-column"><style:table-column-properties style:column-width="5.14cm"/></style:style>
<style:style style:name="Ck1" style:family="table-column"><style:table-column-properties style:column-width="5.0cm"/></style:style>
<style:style style:name="Ck2" style:family="table-column"><style:table-column-properties style:column-width="20.7cm"/></style:style>
<style:style style:name="Rh" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
<style:style style:name="Ch" style:family="table-cell"><style:table-cell-properties fo:background-color="#00594f" fo:padding="0.15cm" fo:border="0.5pt solid #ffffff" style:vertical-align="middle"/></style:style>
<style:style style:name="Cd" style:family="table-cell"><style:table-cell-properties fo:background-color="#eef5f4" fo:padding="0.18cm" fo:border="0.5pt solid #9bbcb7"/></style:style>
<style:style style:name="Ck" style:family="table-cell"><style:table-cell-properties fo:padding="0.15cm" fo:border="0.5pt solid #9bbcb7"/></style:style>
<text:list-style style:name="LB">
 <text:list-level-style-bullet text:level="1" text:bullet-char="\u2022"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.4cm" fo:text-indent="-0.4cm" fo:margin-left="0.4cm"/></style:list-level-properties></text:list-level-style-bullet>
</text:list-style>
"""

MASTER = """
<style:master-page style:name="Standard" style:page-layout-name="pm1">
 <style:header><text:p text:style-name="Header">Muswellbrook Shire Council</text:p></style:header>
 <style:footer><text:p text:style-name="Footer">Our People Capability &amp; Behaviour Framework<text:tab/>Page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page>
"""


def ul(lines, style="Ptd"):
    return ('<text:list text:style-name="LB">' + "".join(
        f'<text:list-item><text:p text:style-name="{style}">{esc(t)}</text:p></text:list-item>' for t in lines)
        + '</text:list>')


def cap_table(cells):
    head = "".join(f'<table:table-cell table:style-name="Ch" office:value-type="string">{L.p("Pth", lv)}</table:table-cell>'
                   for lv in LEVELS)
    body = "".join(f'<table:table-cell table:style-name="Cd" office:value-type="string">{ul(c)}</table:table-cell>'
                   for c in cells)
    return ('<table:table table:name="T{0}" table:style-name="T"><table:table-column table:style-name="C5" '
            'table:number-columns-repeated="5"/>'
            f'<table:table-header-rows><table:table-row>{head}</table:table-row></table:table-header-rows>'
            f'<table:table-row table:style-name="Rh">{body}</table:table-row></table:table>')


def two_col(rows, style="Tk"):
    trs = "".join(
        f'<table:table-row><table:table-cell table:style-name="Ck" office:value-type="string">{L.p("Pkeyl", a)}</table:table-cell>'
        f'<table:table-cell table:style-name="Ck" office:value-type="string">{L.p("Ptd", b)}</table:table-cell></table:table-row>'
        for a, b in rows)
    return (f'<table:table table:style-name="{style}"><table:table-column table:style-name="Ck1"/>'
            f'<table:table-column table:style-name="Ck2"/>{trs}</table:table>')


def body():
    out = [L.p("Pcov1", "Muswellbrook Shire Council"), L.p("Pcov2", TITLE),
           L.p("Pcov3", "Human Resources \u2013 guide for employees and supervisors")]
    out.append(h_("Introduction", first=True))
    out += [L.p("Standard", t) for t in INTRO]
    out.append(L.h("Heading_2", 2, "The capabilities"))
    out.append(L.p("Standard", "The Framework describes six core capabilities that apply to all Council employees "
                                "and two further capabilities for employees who directly supervise others."))
    out.append(two_col(OVERVIEW))
    out.append(L.h("Heading_2", 2, "Capability levels"))
    out.append(L.p("Standard", "Each capability is described over five cumulative and progressive levels, from "
                                "transactional and operational capability (Fundamental) to tactical and strategic "
                                "capability (Expert). An employee working at a level is expected to demonstrate "
                                "the behaviours described at the levels before it."))
    out.append(two_col(KEY))
    for i, c in enumerate(CAPS):
        out.append(h_(c["name"]))
        out.append(L.p("Ptag", c["tag"]))
        out.append(L.p("Pdesc", c["desc"]))
        out.append(cap_table(c["cells"]).replace("T{0}", f"T{i + 1}"))
    return "".join(out)


def h_(text, first=False):
    style = "Heading_1" if first else "Pbrk"
    return f'<text:h text:style-name="{style}" text:outline-level="1">{esc(text)}</text:h>'


def gold():
    d = STEM
    comps = []
    for c in CAPS:
        lv = [L.level(d, i + 1, LEVELS[i], cell) for i, cell in enumerate(c["cells"])]
        comps.append(L.competency(d, c["name"], c["desc"], levels=lv, notes=[L.item(d, c["tag"])]))
    return comps


def main():
    L.flat_to_pdf(L.fodt(TITLE, STYLES, AUTO, MASTER, body(), FONTS), OUT, "fodt")
    L.write_gold(OUT, "pdf", TITLE, gold())


if __name__ == "__main__":
    main()
