"""Local Government Managers Australia (SA) Inc: "Local Government Executive Leadership Competency Framework.
An Assessment and Development Manual for Local Government Chief Executives and Senior Managers" (2005).
Flat ODT -> PDF, A4 portrait. Excerpt: cover (numbered 0, as published), contents page, then Section 2,
"2. Core Leadership Competencies" (pages renumbered from 14 as in the manual), first three core competencies.

Layout: running header "Local Government Executive Leadership Competency Framework <n>" and footer
"(c) 2005 Local Government Managers Australia (SA) Inc <n>" on every page including the cover; each core
competency as a numbered heading with an italic summary, then its elements as bold run-on headings, each
followed by bulleted behavioural criteria; a Local-Government-specific element marked "*" with a footnote
line after the competency.
"""
import bxlib as L
from bxlib import esc

STEM = "lgmasa-executive-leadership-competency-framework"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Local Government Executive Leadership Competency Framework"
ORG = "Local Government Managers Australia (SA) Inc"

CONTENTS = [
    ("Foreword and Acknowledgements", "2", 0),
    ("Section 1: Introduction", "", 0),
    ("1. About the Resources in the Manual", "5", 1),
    ("2. Using the Manual and the Competency Framework", "6", 1),
    ("3. Background and Context", "7", 1),
    ("Section 2: The Local Government Executive Leadership Competency Framework", "", 0),
    ("1. Overview of the Executive Leadership Competency Framework", "11", 1),
    ("2. Core Leadership Competencies", "14", 1),
    ("3. Underpinning Knowledge and Skills", "21", 1),
    ("4. Leadership Competencies for Specific Local Government Executive Positions", "22", 1),
    ("Section 3: Using the Local Government Executive Leadership Competency Framework", "", 0),
    ("1. Uses of the Framework", "24", 1),
    ("2. Benefits of Using Leadership Competency Frameworks", "25", 1),
    ("3. Recommended Processes", "27", 1),
    ("Section 4: Local Government Executive Leadership Competencies - Templates", "", 0),
    ("1. Executive (Individual) Development Plan", "34", 1),
    ("2. Executive Recruitment", "44", 1),
    ("3. Executive Performance Planning and Review process", "53", 1),
    ("4. Executive 360 Review process", "65", 1),
    ("Evaluation and Feedback Form", "71", 0),
]

INTRO = [
    "The framework has five core leadership competencies. They are the core competencies of the South "
    "Australian Public Sector Executive Leadership Competency Framework and have not been changed; some of "
    "the behavioural criteria have been reworded to suit the Local Government context, and elements of "
    "competency specific to Local Government leadership have been added where appropriate.",
    "Each competency is made up of several elements. The behavioural criteria listed under each element "
    "describe what effective performance of the element looks like; they are examples, not a checklist.",
]

LG_NOTE = "* Element of competency specific to Local Government leadership."

COMPS = [
    {"no": "2.1", "name": "Shapes Strategic Thinking",
     "summary": ("Gives the council and its community a sense of purpose and direction, thinks strategically "
                 "and brings sound judgement to complex issues."),
     "elements": [
         ("Inspires a sense of purpose and direction", [
             "Works with elected members to develop a shared vision for the council area and its community",
             "Translates the council\u2019s strategic directions into clear priorities for the organisation",
             "Helps staff understand how their work contributes to outcomes for the community"]),
         ("Focuses strategically", [
             "Understands the council\u2019s place in the wider system of local, state and federal government",
             "Keeps the long-term interests of the community in view while dealing with immediate issues",
             "Anticipates emerging issues and their implications for council services"]),
         ("Harnesses information and opportunities", [
             "Gathers information from a wide range of sources, including the community and other councils",
             "Identifies opportunities for regional collaboration and resource sharing",
             "Uses evidence to test assumptions and options"]),
         ("Shows judgement, intelligence and commonsense", [
             "Analyses complex issues and identifies the critical points",
             "Makes sound decisions on incomplete information when it is necessary to do so",
             "Weighs the legal, financial and political consequences of the options"]),
     ]},
    {"no": "2.2", "name": "Achieves Results",
     "summary": ("Builds an organisation that can deliver, uses expertise well, steers change and makes sure "
                 "that intended results are achieved."),
     "elements": [
         ("Builds organisational capability and responsiveness", [
             "Aligns the structure, systems and resources of the organisation with the council\u2019s strategic "
             "management plans",
             "Develops a workforce able to meet current and future service needs",
             "Encourages innovation and continuous improvement in service delivery"]),
         ("Marshals professional expertise", [
             "Values specialist and technical expertise and draws on it when making decisions",
             "Engages external expertise where appropriate and manages consultants effectively"]),
         ("Steers and implements change and deals with uncertainty", [
             "Leads change initiatives and keeps up momentum through periods of uncertainty",
             "Adapts plans quickly when circumstances change",
             "Helps staff and elected members understand the reasons for change"]),
         ("Ensures closure and delivers on intended results", [
             "Sets clear performance targets and monitors progress against them",
             "Meets statutory and reporting obligations on time",
             "Takes responsibility for outcomes and for correcting under-performance"]),
     ]},
    {"no": "2.3", "name": "Cultivates Productive Working Relationships",
     "summary": ("Builds and maintains relationships with elected members, staff, the community and other "
                 "organisations that help the council achieve its goals."),
     "elements": [
         ("Nurtures internal and external relationships", [
             "Builds constructive relationships with the community, business and government agencies",
             "Represents the council effectively in regional and state forums"]),
         ("Works effectively with elected members", [
             "Understands and respects the separate roles of elected members and the administration",
             "Gives the council frank, timely and impartial advice",
             "Supports the Mayor and councillors in carrying out their roles"], True),
         ("Facilitates cooperation and partnerships", [
             "Builds alliances with other councils and agencies to pursue shared objectives",
             "Resolves conflict and negotiates outcomes that all parties can support"]),
         ("Values individual differences and diversity", [
             "Recognises the contribution of people from diverse backgrounds",
             "Promotes a workplace free of harassment and discrimination"]),
         ("Guides, mentors and develops people", [
             "Coaches and develops senior staff and identifies future leaders",
             "Gives honest feedback on performance"]),
     ]},
]

FONTS = ('<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" '
         'style:font-family-generic="roman" style:font-pitch="variable"/>'
         '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" '
         'style:font-family-generic="swiss" style:font-pitch="variable"/>')

STYLES = """
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="AU"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm" fo:text-align="justify"/></style:style>
<style:style style:name="Heading_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.35cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="15pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>
<style:style style:name="Heading_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>
<style:style style:name="Heading_3" style:display-name="Heading 3" style:family="paragraph" style:default-outline-level="3"><style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always" fo:border-bottom="0.75pt solid #1f3864" fo:padding-bottom="0.08cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>
<style:style style:name="Header" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="8.5pt"/></style:style>
"""

AUTO = """
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.0cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.0cm" fo:margin-right="2.0cm"/>
 <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm" fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="0.05cm"/></style:header-style>
 <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm" fo:border-top="0.5pt solid #000000" fo:padding-top="0.05cm"/></style:footer-style></style:page-layout>
<style:style style:name="Pfirst" style:family="paragraph" style:master-page-name="Standard"><style:paragraph-properties style:page-number="0" fo:margin-top="3.0cm" fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="40pt" fo:font-weight="bold" fo:color="#1f3864" fo:letter-spacing="0.2cm"/></style:style>
<style:style style:name="Pcov2" style:family="paragraph"><style:paragraph-properties fo:margin-top="2.2cm" fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="24pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Pcov3" style:family="paragraph"><style:paragraph-properties fo:margin-top="1.2cm" fo:text-align="center"/><style:text-properties fo:font-size="15pt" fo:font-style="italic"/></style:style>
<style:style style:name="Pcov4" style:family="paragraph"><style:paragraph-properties fo:margin-top="3.5cm" fo:text-align="center"/><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="Pcov5" style:family="paragraph"><style:paragraph-properties fo:margin-top="1.5cm" fo:text-align="center"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Pcov6" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:text-align="center"/><style:text-properties fo:font-size="12pt"/></style:style>
<style:style style:name="Ptoch" style:family="paragraph" style:parent-style-name="Heading_1"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Ptoc0" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.05cm"><style:tab-stops><style:tab-stop style:position="17cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-weight="bold" fo:font-size="10.5pt"/></style:style>
<style:style style:name="Ptoc1" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.8cm" fo:margin-bottom="0.05cm"><style:tab-stops><style:tab-stop style:position="16.2cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="10.5pt"/></style:style>
<style:style style:name="Psec" style:family="paragraph" style:parent-style-name="Heading_1" style:master-page-name="Standard"><style:paragraph-properties style:page-number="14"/></style:style>
<style:style style:name="Psum" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Pel" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.08cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:font-size="11pt"/></style:style>
<style:style style:name="Pli" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.06cm"/><style:text-properties fo:font-size="10.5pt"/></style:style>
<style:style style:name="Pnote" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"/><style:text-properties fo:font-size="9pt"/></style:style>
<text:list-style style:name="LB">
 <text:list-level-style-bullet text:level="1" text:bullet-char="\u2022"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.2cm" fo:text-indent="-0.5cm" fo:margin-left="1.2cm"/></style:list-level-properties></text:list-level-style-bullet>
</text:list-style>
"""

MASTER = f"""
<style:master-page style:name="Standard" style:page-layout-name="pm1">
 <style:header><text:p text:style-name="Header">{esc(TITLE)}<text:tab/><text:page-number text:select-page="current">1</text:page-number></text:p></style:header>
 <style:footer><text:p text:style-name="Footer">\u00a9 2005 {esc(ORG)}<text:tab/><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page>
"""


def body():
    out = [L.p("Pfirst", "LGMA"), L.p("Pcov2", TITLE),
           L.p("Pcov3", "An Assessment and Development Manual for Local Government Chief Executives and "
                        "Senior Managers"),
           L.p("Pcov4", "Produced with the assistance of the Local Government Association of SA Inc "
                        "Local Government Research and Development Scheme"),
           L.p("Pcov5", "2005"), L.p("Pcov6", ORG)]
    out.append(f'<text:h text:style-name="Ptoch" text:outline-level="1">Contents</text:h>')
    for t, pg, lvl in CONTENTS:
        inner = esc(t) + (f"<text:tab/>{pg}" if pg else "")
        out.append(L.p(f"Ptoc{lvl}", inner, raw=True))
    out.append(f'<text:h text:style-name="Psec" text:outline-level="1">Section 2: The Local Government '
               f'Executive Leadership Competency Framework</text:h>')
    out.append(L.h("Heading_2", 2, "2. Core Leadership Competencies"))
    out += [L.p("Standard", t) for t in INTRO]
    for c in COMPS:
        out.append(L.h("Heading_3", 3, f'{c["no"]} {c["name"]}'))
        out.append(L.p("Psum", c["summary"]))
        has_lg = False
        for el in c["elements"]:
            name, crit = el[0], el[1]
            star = len(el) > 2 and el[2]
            has_lg = has_lg or star
            out.append(L.p("Pel", name + (" *" if star else "")))
            out.append('<text:list text:style-name="LB">' + "".join(
                f'<text:list-item><text:p text:style-name="Pli">{esc(t)}</text:p></text:list-item>' for t in crit)
                + '</text:list>')
        if has_lg:
            out.append(L.p("Pnote", LG_NOTE))
    return "".join(out)


def gold():
    d = STEM
    comps = []
    for c in COMPS:
        ind, notes = [], []
        for el in c["elements"]:
            ind += L.items(d, el[1], group=el[0])
            if len(el) > 2 and el[2]:
                notes = [L.item(d, LG_NOTE)]
        comps.append(L.competency(d, c["name"], c["summary"], indicators=ind, notes=notes))
    return comps


def main():
    L.flat_to_pdf(L.fodt(TITLE, STYLES, AUTO, MASTER, body(), FONTS), OUT, "fodt")
    L.write_gold(OUT, "pdf", TITLE, gold())


if __name__ == "__main__":
    main()
