"""tfl-behaviours-and-competencies.pdf: a web page printed to PDF from a browser (Chrome "Save as PDF",
headers and footers on): on every page a header with the print date/time and the page title and a footer
with the page URL and "n/N"; the site chrome printed with the content (skip link, top navigation, search,
breadcrumb, the "In this section" side menu beside the intro, "Was this page useful?", related links, the
site footer and the cookie banner at the end); the behaviour icons did not load, so each prints its alt text
("Graduates behaviours icon - accountable") above the behaviour name.

Modelled on Transport for London, Careers > Graduate scheme > "Behaviours and competencies"
(https://tfl.gov.uk/corporate/careers/graduate-scheme/behaviours-and-competencies): intro on behaviours
and competencies, five behaviours (Accountable, Active, Collaborative, Direct, Fair & consistent) with one
paragraph each, then competencies with one paragraph each. Wording reworded; the page lists more
competencies than the stored copy showed, so this is an excerpt (the first three).
"""
import sys

import bylib as L
from bylib import esc, p

DOC = "tfl-behaviours-and-competencies"
OUT = L.DOCS / f"{DOC}.pdf"
URL = "https://tfl.gov.uk/corporate/careers/graduate-scheme/behaviours-and-competencies"
TITLE = "Behaviours and competencies - Transport for London"
PRINTED = "05/12/2026, 09:41"

INTRO = [
    "At TfL we have a single set of behaviours. They connect to the four things at the centre of "
    "everything we do: our people, our customers and users, our delivery, and value for money. The "
    "behaviours shape how we work, how we develop, how we progress and how we succeed, so it matters that "
    "you understand them and can show them.",
    "Competencies are the general skills you need to do your job well. We use a number of them, covering "
    "the wide range of work that goes on across TfL. Not every competency applies to every role, but each "
    "job has a handful that are relevant to it.",
]

BEHAVIOURS = [
    ("accountable", "Accountable",
     "We want you to be accountable: take personal responsibility for what you do, and don't look for "
     "excuses about why something can't be done."),
    ("active", "Active",
     "Be active and step forward rather than waiting for someone else. Make things happen, make things "
     "better and find the answers."),
    ("collaborative", "Collaborative",
     "Be collaborative. Share what you know, inside your own team and beyond it, so that everyone can make "
     "better decisions."),
    ("direct", "Direct",
     "Be direct: communicate clearly, don't waste time, and get each task done as quickly as it can be."),
    ("fair-and-consistent", "Fair & consistent",
     "Show that you are fair and consistent. Be open and honest about the decisions you make, and take "
     "other people's views and needs into account."),
]

COMPETENCIES = [
    ("Think change, think innovation",
     "Show that you can respond to business improvements and change, manage them or lead them, so that we "
     "meet our strategic priorities and get the benefits that change should bring. Show us that you are "
     "resilient and flexible."),
    ("Build your capabilities, and others",
     "Grow your own capabilities and those of the people around you, through feedback, learning and "
     "development opportunities. This gives us the capabilities our business needs."),
    ("Communicate and influence",
     "Show us that you can engage, persuade and influence people, adapting what you say and how you say it "
     "to your audience, and listening as well as you speak."),
]

SIDE_MENU = ["In this section", "Graduate scheme", "Schemes and salaries", "Behaviours and competencies",
             "How to apply", "Assessment centre", "Graduate scheme FAQs"]

FONTS = L.font_decl("Liberation Sans")

STYLES = """
<style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="en" fo:country="GB"/>
</style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.25cm" fo:line-height="135%"/>
  <style:text-properties fo:font-size="10.5pt" fo:color="#1c1c1c"/>
</style:style>
<style:style style:name="H1" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.35cm"/>
  <style:text-properties fo:font-size="22pt" fo:font-weight="bold" fo:color="#000000"/>
</style:style>
<style:style style:name="H2" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:color="#000000"/>
</style:style>
<style:style style:name="H3" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#000000"/>
</style:style>
<style:style style:name="Alt" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.32cm" fo:margin-bottom="0.05cm" fo:keep-with-next="always"
     fo:border="0.5pt solid #b0b0b0" fo:padding="0.06cm" fo:margin-right="11cm"/>
  <style:text-properties fo:font-size="7.5pt" fo:color="#555555"/>
</style:style>
<style:style style:name="Chrome" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="9pt" fo:color="#0019a8"/>
</style:style>
<style:style style:name="ChromeSmall" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="8pt" fo:color="#333333"/>
</style:style>
<style:style style:name="Logo" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#0019a8"/>
</style:style>
<style:style style:name="Crumb" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="8.5pt" fo:color="#0019a8"/>
</style:style>
<style:style style:name="Menu" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.12cm" fo:border-bottom="0.5pt solid #cccccc" fo:padding-bottom="0.08cm"/>
  <style:text-properties fo:font-size="9pt" fo:color="#0019a8"/>
</style:style>
<style:style style:name="MenuHead" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.15cm"/>
  <style:text-properties fo:font-size="10pt" fo:font-weight="bold"/>
</style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties>
    <style:tab-stops><style:tab-stop style:position="9.5cm" style:type="center"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="8pt" fo:color="#000000"/>
</style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties>
    <style:tab-stops><style:tab-stop style:position="19cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="8pt" fo:color="#000000"/>
</style:style>
"""

AUTO = """
<style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="0.5cm"
     fo:margin-bottom="0.5cm" fo:margin-left="1cm" fo:margin-right="1cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style>
</style:page-layout>
<style:style style:name="TopBar" style:family="table">
  <style:table-properties style:width="19cm" table:align="left" fo:background-color="#ffffff"/>
</style:style>
<style:style style:name="TopBar.A" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
<style:style style:name="TopBar.B" style:family="table-column"><style:table-column-properties style:column-width="14cm"/></style:style>
<style:style style:name="TopBar.cell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.1cm" fo:border-bottom="2pt solid #0019a8" fo:border-top="none" fo:border-left="none" fo:border-right="none"/>
</style:style>
<style:style style:name="Main" style:family="table">
  <style:table-properties style:width="19cm" table:align="left"/>
</style:style>
<style:style style:name="Main.A" style:family="table-column"><style:table-column-properties style:column-width="4.6cm"/></style:style>
<style:style style:name="Main.B" style:family="table-column"><style:table-column-properties style:column-width="14.4cm"/></style:style>
<style:style style:name="Main.side" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.2cm" fo:background-color="#f2f2f2" fo:border="none"/>
</style:style>
<style:style style:name="Main.body" style:family="table-cell">
  <style:table-cell-properties fo:padding-left="0.5cm" fo:padding-top="0.1cm" fo:border="none"/>
</style:style>
<style:style style:name="Foot" style:family="table">
  <style:table-properties style:width="19cm" table:align="left" fo:margin-top="0.6cm"/>
</style:style>
<style:style style:name="Foot.A" style:family="table-column"><style:table-column-properties style:column-width="6.33cm"/></style:style>
<style:style style:name="Foot.cell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.2cm" fo:background-color="#e8e8e8" fo:border="none"/>
</style:style>
<style:style style:name="Cookie" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:padding="0.3cm" fo:background-color="#000000"/>
  <style:text-properties fo:font-size="9pt" fo:color="#ffffff"/>
</style:style>
<style:style style:name="CookieB" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:padding="0.3cm" fo:background-color="#000000"/>
  <style:text-properties fo:font-size="9pt" fo:font-weight="bold" fo:color="#ffffff"/>
</style:style>
"""

_PAGE = ('<text:page-number text:select-page="current">1</text:page-number>/'
         '<text:page-count>3</text:page-count>')
MASTER = (
    '<style:master-page style:name="Standard" style:page-layout-name="pm1">'
    f'<style:header>{p("Header", esc(PRINTED) + "<text:tab/>" + esc(TITLE), raw=True)}</style:header>'
    f'<style:footer>{p("Footer", esc(URL) + "<text:tab/>" + _PAGE, raw=True)}</style:footer>'
    '</style:master-page>')


def body():
    out = []
    # site header
    top = ("<table:table table:name=\"TopBar\" table:style-name=\"TopBar\">"
           "<table:table-column table:style-name=\"TopBar.A\"/><table:table-column table:style-name=\"TopBar.B\"/>"
           "<table:table-row>"
           f"<table:table-cell table:style-name=\"TopBar.cell\">{p('ChromeSmall', 'Skip to main content')}"
           f"{p('Logo', 'Transport for London')}</table:table-cell>"
           f"<table:table-cell table:style-name=\"TopBar.cell\">"
           f"{p('Chrome', 'Status updates     Plan a journey     Maps     Fares     Help &amp; contacts     Sign in', raw=True)}"
           f"{p('ChromeSmall', 'Search TfL     Search     Menu')}</table:table-cell>"
           "</table:table-row></table:table>")
    out.append(top)
    out.append(p("Crumb", "Home  \u203a  Corporate  \u203a  Careers  \u203a  Graduate scheme  \u203a  "
                          "Behaviours and competencies"))
    # side menu beside the heading and the intro
    side = [p("MenuHead", SIDE_MENU[0])] + [p("Menu", m) for m in SIDE_MENU[1:]]
    main = [p("H1", "Behaviours and competencies")] + [p("Body", t) for t in INTRO]
    out.append("<table:table table:name=\"Main\" table:style-name=\"Main\">"
               "<table:table-column table:style-name=\"Main.A\"/><table:table-column table:style-name=\"Main.B\"/>"
               "<table:table-row>"
               f"<table:table-cell table:style-name=\"Main.side\">{''.join(side)}</table:table-cell>"
               f"<table:table-cell table:style-name=\"Main.body\">{''.join(main)}</table:table-cell>"
               "</table:table-row></table:table>")
    out.append(p("H2", "Our behaviours"))
    for key, name, text in BEHAVIOURS:
        out.append(p("Alt", f"Graduates behaviours icon - {key.replace('-and-', ' and ')}"))
        out.append(p("H3", name))
        out.append(p("Body", text))
    out.append(p("H2", "Competencies"))
    for name, text in COMPETENCIES:
        out.append(p("H3", name))
        out.append(p("Body", text))
    # end of page chrome
    out.append(p("H2", "Related links"))
    for t in ["How to apply", "Assessment centre", "Graduate scheme FAQs"]:
        out.append(p("Chrome", t))
    out.append(p("ChromeSmall", "Was this page useful?     Yes     No"))
    cells = [["Contact us", "Help &amp; contacts", "Travel alerts"],
             ["About TfL", "Careers", "Media centre"],
             ["Accessibility", "Privacy &amp; cookies", "Terms &amp; conditions"]]
    out.append("<table:table table:name=\"Foot\" table:style-name=\"Foot\">"
               + "<table:table-column table:style-name=\"Foot.A\" table:number-columns-repeated=\"3\"/>"
               + "<table:table-row>"
               + "".join(f"<table:table-cell table:style-name=\"Foot.cell\">"
                         + "".join(p("ChromeSmall", c, raw=True) for c in col) + "</table:table-cell>"
                         for col in cells)
               + "</table:table-row></table:table>")
    out.append(p("ChromeSmall", "\u00a9 Transport for London 2026     MAYOR OF LONDON"))
    out.append(p("CookieB", "Your cookie settings"))
    out.append(p("Cookie", "We use cookies to make our site work, to remember your settings and to understand "
                           "how you use it. You can accept all cookies or choose which ones we use.     "
                           "Accept all cookies     Manage cookie settings"))
    return "".join(out)


def gold():
    comps = [L.competency(DOC, name, text) for _, name, text in BEHAVIOURS]
    comps += [L.competency(DOC, name, text) for name, text in COMPETENCIES]
    return comps


def main():
    xml = L.fodt(TITLE, FONTS, STYLES, AUTO, MASTER, body())
    L.flat_to_pdf(xml, OUT, "fodt")
    L.write_gold(OUT, "pdf", "Behaviours and competencies", gold())
    print("wrote", OUT)


if __name__ == "__main__":
    sys.exit(main())
