"""Health Workforce Australia, Health LEADS Australia (July 2013): A4 report with domain banners, full-width
'Goal' call-outs and two-column sections in which capabilities flow from column to column. Flat ODT -> PDF."""
import bwlib as L
from bwlib import esc, p

STEM = "hwa-health-leads-australia-capabilities"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Health LEADS Australia: the Australian health leadership framework"

DOMAINS = [
    ("L", "Leads self",
     "Leaders know who they are and what they stand for, and use that understanding to lead with confidence, humility and purpose.",
     ["Leading self is the foundation for every other domain of the framework. Leaders who lead themselves well look "
      "after their own wellbeing, reflect on their practice and take responsibility for their own growth.",
      "The three capabilities in this domain describe how leaders at every level, in every role and in every setting, "
      "build the self-knowledge and character on which trust is based."],
     [("Is self aware",
       "Knows their own values, strengths, limitations and emotional responses, and understands the effect they have on others.",
       ["Reflects regularly on their own behaviour and its impact on colleagues, consumers and teams",
        "Seeks and welcomes feedback from a wide range of people",
        "Recognises their own assumptions and cultural perspective and how these shape their decisions",
        "Manages their own emotional responses in pressured situations"]),
      ("Seeks out and takes opportunities for development",
       "Takes responsibility for their own learning and grows through challenge, reflection and the support of others.",
       ["Identifies their own development needs and acts on them",
        "Takes on roles and assignments that stretch them beyond their comfort zone",
        "Learns from mistakes and setbacks without blaming others",
        "Uses mentors, coaches and peer networks to build their capability"]),
      ("Has strength of character",
       "Acts with integrity, courage and resilience, and is consistent in word and deed.",
       ["Acts ethically and in line with professional and organisational values",
        "Speaks up about unsafe or unacceptable practice, even when this is unpopular",
        "Stays steady and optimistic in the face of adversity",
        "Accepts accountability for their own decisions and actions"])]),
    ("E", "Engages others",
     "Leaders build relationships and teams in which people feel valued and can contribute their best for consumers and communities.",
     ["Health care is delivered by people working together. Leaders who engage others create the conditions in which "
      "consumers, carers, colleagues and partners can work as equals.",
      "This domain is about respect, honest communication and helping others to grow in confidence and capability."],
     [("Values diversity",
       "Respects and draws on the different backgrounds, cultures and perspectives of consumers, colleagues and communities.",
       ["Treats every person with dignity and respect",
        "Seeks out views that differ from their own before making decisions",
        "Works in culturally safe ways with Aboriginal and Torres Strait Islander peoples",
        "Challenges discrimination and exclusion whenever they see it"]),
      ("Communicates with honesty and respect",
       "Communicates openly, listens carefully and shares information in ways that build trust.",
       ["Listens actively and checks that they have understood",
        "Shares information in a timely and transparent way",
        "Adapts their communication style to the needs of the audience",
        "Gives and receives feedback constructively"]),
      ("Strengthens consumers, colleagues and others",
       "Helps others to build their own capability and confidence so that they can lead in their own sphere.",
       ["Supports consumers to take an active part in decisions about their care",
        "Coaches and mentors colleagues and recognises their achievements",
        "Delegates in ways that develop the skills of others",
        "Builds teams in which people support one another"])]),
]

TEAL = "#00737a"
FONTS = L.font_decl("Liberation Sans")
STYLES = """
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.18cm" fo:line-height="115%"/>
 <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt" fo:color="#1d1d1b" fo:language="en" fo:country="AU"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1">
 <style:paragraph-properties fo:margin-bottom="0.25cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="22pt" fo:font-weight="bold" fo:color="#00737a"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2">
 <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold" fo:color="#00737a"/></style:style>
"""

AUTO = f"""
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
  fo:margin-top="1.2cm" fo:margin-bottom="1.0cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm" fo:border-top="0.03cm solid {TEAL}" fo:padding-top="0.1cm"/></style:footer-style></style:page-layout>
<style:style style:name="HeadP" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt" fo:font-style="italic" fo:color="#6f6f6e"/></style:style>
<style:style style:name="FootP" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="17.4cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="8pt" fo:color="#6f6f6e"/></style:style>
<style:style style:name="Sect2" style:family="section"><style:section-properties text:dont-balance-text-columns="false" style:editable="false">
 <style:columns fo:column-count="2" fo:column-gap="0.9cm"><style:column-sep style:width="0.02cm" style:color="#b2b2b2" style:height="100%" style:style="solid"/></style:columns></style:section-properties></style:style>
<style:style style:name="Sect2b" style:family="section"><style:section-properties text:dont-balance-text-columns="true" style:editable="false">
 <style:columns fo:column-count="2" fo:column-gap="0.9cm"><style:column-sep style:width="0.02cm" style:color="#b2b2b2" style:height="100%" style:style="solid"/></style:columns></style:section-properties></style:style>
<style:style style:name="CoverTitle" style:family="paragraph"><style:paragraph-properties fo:margin-top="1.0cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="26pt" fo:font-weight="bold" fo:color="{TEAL}"/></style:style>
<style:style style:name="CoverSub" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.8cm"/><style:text-properties fo:font-size="14pt" fo:color="#1d1d1b"/></style:style>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="LeadsItem" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm" fo:margin-left="0.9cm" fo:text-indent="-0.9cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="T_letter" style:family="text"><style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="{TEAL}"/></style:style>
<style:style style:name="Banner" style:family="paragraph"><style:paragraph-properties fo:break-before="page" fo:padding="0.3cm" fo:background-color="{TEAL}" fo:margin-bottom="0.3cm"/>
 <style:text-properties fo:font-size="24pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="T_big" style:family="text"><style:text-properties fo:font-size="36pt" fo:color="#bfe3e5"/></style:style>
<style:style style:name="GoalHead" style:family="paragraph"><style:paragraph-properties fo:padding-left="0.3cm" fo:padding-right="0.3cm" fo:padding-top="0.2cm" fo:background-color="#e0f1f2" fo:border-left="0.2cm solid #f39200" fo:margin-bottom="0cm"/>
 <style:text-properties fo:font-size="10pt" fo:font-weight="bold" fo:color="{TEAL}" fo:text-transform="uppercase"/></style:style>
<style:style style:name="Goal" style:family="paragraph"><style:paragraph-properties fo:padding-left="0.3cm" fo:padding-right="0.3cm" fo:padding-bottom="0.25cm" fo:padding-top="0.05cm" fo:background-color="#e0f1f2" fo:border-left="0.2cm solid #f39200" fo:margin-bottom="0.4cm"/>
 <style:text-properties fo:font-size="11pt" fo:font-style="italic"/></style:style>
<style:style style:name="CapDef" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/><style:text-properties fo:font-style="italic" fo:color="#3c3c3b"/></style:style>
<style:style style:name="Bul" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.08cm"/></style:style>
<text:list-style style:name="LB">
 <text:list-level-style-bullet text:level="1" text:bullet-char="\u25cf"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.45cm" fo:text-indent="-0.45cm" fo:margin-left="0.45cm"/></style:list-level-properties><style:text-properties fo:color="#f39200" fo:font-size="7pt"/></text:list-level-style-bullet>
</text:list-style>
"""

MASTER = """<style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="HeadP">Health LEADS Australia: the Australian health leadership framework</text:p></style:header>
<style:footer><text:p text:style-name="FootP">Health Workforce Australia \u2013 July 2013<text:tab/><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page>"""


def bullets(lines):
    return ('<text:list text:style-name="LB">'
            + "".join(f'<text:list-item><text:p text:style-name="Bul">{esc(t)}</text:p></text:list-item>' for t in lines)
            + "</text:list>")


def build():
    b = [p("CoverTitle", "Health LEADS Australia"), p("CoverSub", "the Australian health leadership framework \u2013 July 2013")]
    intro = ("<text:section text:style-name=\"Sect2b\" text:name=\"Intro\">"
             + p("Body", "Health LEADS Australia describes the capabilities that leaders need in every part of the "
                         "health system. It is for everyone: leadership is not confined to formal roles, and every "
                         "person working in health can show leadership in their own setting.")
             + p("Body", "The framework has five domains. Each domain has a goal, a short summary and three "
                         "capabilities, and each capability is described by a set of descriptors of what the "
                         "capability looks like in practice.")
             + p("Body", "The framework was developed by Health Workforce Australia with a wide range of "
                         "stakeholders and draws on the LEADS in a Caring Environment framework developed in "
                         "Canada, used under licence.")
             + p("Body", "This extract sets out the first two domains.")
             + "".join(f'<text:p text:style-name="LeadsItem"><text:span text:style-name="T_letter">{l}</text:span><text:tab/>{esc(n)}</text:p>'
                       for l, n in [("L", "Leads self"), ("E", "Engages others"), ("A", "Achieves outcomes"),
                                    ("D", "Drives innovation"), ("S", "Shapes systems")])
             + "</text:section>")
    b.append(intro)
    for n, (letter, name, goal, summary, caps) in enumerate(DOMAINS, 1):
        b.append(f'<text:h text:style-name="Banner" text:outline-level="1"><text:span text:style-name="T_big">{letter}</text:span> {esc(name)}</text:h>')
        b.append(p("GoalHead", "Goal"))
        b.append(p("Goal", goal))
        sect = "".join(p("Body", s) for s in summary)
        for cname, cdef, desc in caps:
            sect += L.h("Heading_20_2", 2, cname) + p("CapDef", cdef) + bullets(desc)
        b.append(f'<text:section text:style-name="Sect2" text:name="Domain{n}">{sect}</text:section>')
    xml = L.fodt(TITLE, FONTS, STYLES, AUTO, MASTER, "".join(b))
    L.flat_to_pdf(xml, OUT, "fodt")


def gold():
    comps = [L.competency(STEM, cname, cdef, indicators=L.items(STEM, desc))
             for *_, caps in DOMAINS for cname, cdef, desc in caps]
    L.write_gold(OUT, "pdf", TITLE, comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()
