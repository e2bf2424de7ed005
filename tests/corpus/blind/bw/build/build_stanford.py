"""Stanford University (University HR, Cardinal at Work), Leadership Attributes: one-page US Letter landscape
summary, a banner and a 3 x 5 grid of boxes under three core-skill-area headers. Flat ODT -> PDF."""
import bwlib as L
from bwlib import esc, p

STEM = "stanford-leadership-attributes"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Stanford Leadership Attributes"

AREAS = [
    ("Personal Attributes", "Who you are as a leader", [
        ("Self-Awareness", "Understands own strengths, limits and impact on others, and seeks feedback in order to grow."),
        ("Integrity", "Acts in line with Stanford\u2019s values; is honest and fair and keeps commitments."),
        ("Resilience", "Stays composed and constructive under pressure and recovers quickly from setbacks."),
        ("Learning Agility", "Seeks out new experiences, learns from them quickly and applies the lessons in unfamiliar situations."),
        ("Sound Judgment", "Makes timely, well-reasoned decisions by weighing evidence, risk and the views of others."),
    ]),
    ("Interpersonal Attributes", "How you work with others", [
        ("Communication", "Shares information clearly and candidly, listens actively and adapts the message to the audience."),
        ("Collaboration", "Builds partnerships across departments, schools and units to reach shared goals."),
        ("Developing Others", "Coaches, gives honest feedback and creates opportunities for others to grow."),
        ("Inclusiveness", "Values different perspectives and builds an environment in which everyone can contribute."),
        ("Influence", "Gains support for ideas and initiatives through credibility, sound reasoning and relationships."),
    ]),
    ("Achievement Orientation", "How you get results", [
        ("Vision and Strategy", "Sets a direction that links the work of the unit to the university\u2019s mission and priorities."),
        ("Results Focus", "Sets high standards, holds self and others accountable and delivers on commitments."),
        ("Innovation", "Questions the status quo and encourages new ideas and better ways of working."),
        ("Change Leadership", "Guides people through change by explaining why it matters and keeping up momentum."),
        ("Organizational Savvy", "Understands how Stanford works and finds a way through its structures to get things done."),
    ]),
]

RED = "#8c1515"
FONTS = L.font_decl("Liberation Sans", "Liberation Serif")
STYLES = """
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
 <style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt" fo:color="#2e2d29" fo:language="en" fo:country="US"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
"""

AUTO = f"""
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="27.94cm" fo:page-height="21.59cm" style:print-orientation="landscape"
  fo:margin-top="1.0cm" fo:margin-bottom="0.8cm" fo:margin-left="1.3cm" fo:margin-right="1.3cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
<style:style style:name="Banner" style:family="paragraph"><style:paragraph-properties fo:padding="0.3cm" fo:background-color="{RED}"/>
 <style:text-properties style:font-name="Liberation Serif" fo:font-size="24pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="Intro" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.35cm"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="7.5pt" fo:color="#53565a"/></style:style>
<style:style style:name="Grid" style:family="table"><style:table-properties style:width="25.34cm" table:align="margins"/></style:style>
<style:style style:name="GCol" style:family="table-column"><style:table-column-properties style:column-width="8.446cm"/></style:style>
<style:style style:name="AreaCell" style:family="table-cell"><style:table-cell-properties fo:background-color="{RED}" fo:padding="0.2cm" fo:border="0.12cm solid #ffffff" style:vertical-align="middle"/></style:style>
<style:style style:name="BoxCell" style:family="table-cell"><style:table-cell-properties fo:background-color="#f4f4f4" fo:padding="0.2cm" fo:border-top="0.12cm solid #ffffff" fo:border-bottom="0.12cm solid #ffffff" fo:border-right="0.12cm solid #ffffff" fo:border-left="0.14cm solid #b1040e"/></style:style>
<style:style style:name="AreaName" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="AreaTag" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8.5pt" fo:font-style="italic" fo:color="#ffffff"/></style:style>
<style:style style:name="AttrName" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.08cm"/><style:text-properties fo:font-size="10.5pt" fo:font-weight="bold" fo:color="{RED}"/></style:style>
<style:style style:name="AttrDesc" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
"""

MASTER = """<style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:footer><text:p text:style-name="Foot">Cardinal at Work \u00b7 University Human Resources \u00b7 cardinalatwork.stanford.edu</text:p></style:footer>
</style:master-page>"""


def build():
    b = [p("Banner", TITLE)]
    b.append(p("Intro", "Stanford\u2019s leadership programs are built on 15 attributes \u2013 the knowledge, skills and "
                        "qualities that make a leader successful here \u2013 grouped into three core skill areas."))
    head = "".join(f'<table:table-cell table:style-name="AreaCell" office:value-type="string">{p("AreaName", a)}{p("AreaTag", t)}</table:table-cell>'
                   for a, t, _ in AREAS)
    rows = ""
    for i in range(5):
        cells = ""
        for _, _, attrs in AREAS:
            n, d = attrs[i]
            cells += f'<table:table-cell table:style-name="BoxCell" office:value-type="string">{p("AttrName", n)}{p("AttrDesc", d)}</table:table-cell>'
        rows += f"<table:table-row>{cells}</table:table-row>"
    b.append('<table:table table:name="Attributes" table:style-name="Grid">'
             '<table:table-column table:style-name="GCol" table:number-columns-repeated="3"/>'
             f'<table:table-header-rows><table:table-row>{head}</table:table-row></table:table-header-rows>{rows}</table:table>')
    xml = L.fodt(TITLE, FONTS, STYLES, AUTO, MASTER, "".join(b))
    L.flat_to_pdf(xml, OUT, "fodt")


def gold():
    comps = [L.competency(STEM, n, d) for _, _, attrs in AREAS for n, d in attrs]
    L.write_gold(OUT, "pdf", TITLE, comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()
