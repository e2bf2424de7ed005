"""Te Pou o te Whakaaro Nui, Let's get real (2018 refresh): an introduction page with a table of who the
indicator levels apply to, then one Real Skill per page with a full-height coloured SIDEBAR (page-anchored
frame) holding the skill name and description beside three stacked level boxes. Flat ODT -> PDF."""
import bwlib as L
from bwlib import esc, p

STEM = "tepou-lets-get-real-real-skills"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Let\u2019s get real: Real Skills for people working in mental health and addiction"

LEVELS = [("Essential", "Everyone working in health"),
          ("Enhanced", "Everyone working in addiction and mental health roles"),
          ("Leadership", "Everyone who leads, guides, supports, educates or resources the work of others")]

SKILLS = [
    ("2", "Working with M\u0101ori",
     "Every person working in health contributes to wh\u0101nau ora for M\u0101ori, recognises Te Tiriti o Waitangi "
     "and works in ways that are culturally safe.",
     [["Recognises the importance of Te Tiriti o Waitangi in health and applies its principles in their work",
       "Shows respect for M\u0101ori values, beliefs and practices",
       "Pronounces M\u0101ori names and words correctly and uses greetings appropriately",
       "Knows which M\u0101ori health services and supports are available locally"],
      ["Supports t\u0101ngata whai ora to access cultural assessment and practices such as karakia and whakawhanaungatanga",
       "Works alongside M\u0101ori health workers and services to plan care with t\u0101ngata whai ora and wh\u0101nau",
       "Reflects on how their own culture affects their practice with M\u0101ori"],
      ["Builds partnerships with iwi, hap\u016b and M\u0101ori providers",
       "Makes sure the service monitors outcomes for M\u0101ori and acts to reduce inequity",
       "Supports the growth of the M\u0101ori workforce"]]),
    ("3", "Working with wh\u0101nau",
     "Every person working in health encourages and supports wh\u0101nau to take part in the care of t\u0101ngata "
     "whai ora and recognises the needs of wh\u0101nau in their own right.",
     [["Recognises wh\u0101nau as partners in supporting the wellbeing of t\u0101ngata whai ora",
       "Welcomes wh\u0101nau and shares information with them, with the consent of the person",
       "Gives wh\u0101nau information about the supports available to them"],
      ["Involves wh\u0101nau in assessment, planning and review",
       "Supports wh\u0101nau to look after their own wellbeing",
       "Works with children and young people in the wh\u0101nau in ways that suit their age"],
      ["Makes sure service policies support wh\u0101nau participation",
       "Involves wh\u0101nau in the design and evaluation of services",
       "Supports kaimahi to develop their skills in wh\u0101nau-inclusive practice"]]),
    ("5", "Challenging stigma and discrimination",
     "Every person working in health uses strategies to challenge stigma and discrimination and provides an "
     "environment that is inclusive and free of judgement.",
     [["Uses respectful language that does not stigmatise",
       "Recognises and challenges stigma and discrimination in the workplace",
       "Understands how stigma affects whether people seek help"],
      ["Supports t\u0101ngata whai ora to deal with the effects of stigma and discrimination, including self-stigma",
       "Promotes social inclusion, for example access to housing, education and employment"],
      ["Makes sure the policies and practices of the service do not discriminate",
       "Involves people with lived experience in leadership and decision making",
       "Speaks out publicly to counter stigma and discrimination"]]),
]

TEAL = "#00677f"
FONTS = L.font_decl("Liberation Sans")
STYLES = """
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.15cm" fo:line-height="115%"/>
 <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:color="#222222" fo:language="en" fo:country="NZ"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1">
 <style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="22pt" fo:font-weight="bold" fo:color="#00677f"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2">
 <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#00677f"/></style:style>
"""

PAGE_PROPS = ('fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.3cm" fo:margin-bottom="1.0cm" '
              'fo:margin-right="1.6cm"')
AUTO = f"""
<style:page-layout style:name="pmIntro"><style:page-layout-properties {PAGE_PROPS} fo:margin-left="1.8cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
<style:page-layout style:name="pmSkill"><style:page-layout-properties {PAGE_PROPS} fo:margin-left="8.2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
<style:style style:name="HeadP" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt" fo:color="#6d6e71"/></style:style>
<style:style style:name="FootP" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt" fo:color="#6d6e71"/></style:style>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="SkillStart" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Skill"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="2pt"/></style:style>
<style:style style:name="LevHead" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0cm" fo:padding-left="0.3cm" fo:padding-top="0.15cm" fo:padding-bottom="0.02cm" fo:background-color="{TEAL}" fo:keep-with-next="always"/>
 <style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="LevSub" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:padding-left="0.3cm" fo:padding-bottom="0.15cm" fo:background-color="{TEAL}" fo:keep-with-next="always"/>
 <style:text-properties fo:font-size="8.5pt" fo:font-style="italic" fo:color="#d7eef3"/></style:style>
<style:style style:name="PI" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold" fo:color="{TEAL}"/></style:style>
<style:style style:name="Bul" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/></style:style>
<style:style style:name="SideLabel" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold" fo:color="#bfe6ee" fo:letter-spacing="0.05cm"/></style:style>
<style:style style:name="SideName" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.6cm"/><style:text-properties fo:font-size="21pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="SideText" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.6cm"/><style:text-properties fo:font-size="11pt" fo:color="#ffffff"/></style:style>
<style:style style:name="SideSmall" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="8.5pt" fo:color="#d7eef3"/></style:style>
<style:style style:name="frSide" style:family="graphic"><style:graphic-properties style:wrap="none" style:horizontal-pos="from-left" style:horizontal-rel="page" style:vertical-pos="from-top" style:vertical-rel="page"
  fo:background-color="{TEAL}" draw:fill="solid" draw:fill-color="{TEAL}" fo:padding="0.6cm" fo:padding-top="1.5cm" fo:border="none"/></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17.6cm" table:align="margins"/></style:style>
<style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="9.2cm"/></style:style>
<style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="2.8cm"/></style:style>
<style:style style:name="TH" style:family="table-cell"><style:table-cell-properties fo:background-color="{TEAL}" fo:padding="0.15cm" fo:border="0.03cm solid #ffffff"/></style:style>
<style:style style:name="TD" style:family="table-cell"><style:table-cell-properties fo:background-color="#e6f3f6" fo:padding="0.15cm" fo:border="0.03cm solid #ffffff"/></style:style>
<style:style style:name="THp" style:family="paragraph"><style:text-properties fo:font-weight="bold" fo:color="#ffffff" fo:font-size="9.5pt"/></style:style>
<style:style style:name="TDc" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="{TEAL}"/></style:style>
<text:list-style style:name="LB">
 <text:list-level-style-bullet text:level="1" text:bullet-char="\u2022"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.45cm" fo:text-indent="-0.45cm" fo:margin-left="0.45cm"/></style:list-level-properties><style:text-properties fo:color="{TEAL}"/></text:list-level-style-bullet>
</text:list-style>
"""

HEADER = '<style:header><text:p text:style-name="HeadP">Let\u2019s get real</text:p></style:header>'
FOOTER = ('<style:footer><text:p text:style-name="FootP">www.tepou.co.nz/letsgetreal \u2003 '
          '<text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>')
MASTER = (f'<style:master-page style:name="Standard" style:page-layout-name="pmIntro">{HEADER}{FOOTER}</style:master-page>'
          f'<style:master-page style:name="Skill" style:page-layout-name="pmSkill">{HEADER}{FOOTER}</style:master-page>')


def bullets(lines):
    return ('<text:list text:style-name="LB">'
            + "".join(f'<text:list-item><text:p text:style-name="Bul">{esc(t)}</text:p></text:list-item>' for t in lines)
            + "</text:list>")


def intro_table():
    rows = [("Everyone working in health", "*", "", ""),
            ("Everyone working in addiction and mental health roles", "*", "*", ""),
            ("Everyone who is leading, guiding, supporting, educating and resourcing the work of others in health",
             "*", "* +/-", "*")]
    head = ('<table:table-row>' + '<table:table-cell table:style-name="TH" office:value-type="string"><text:p text:style-name="THp"/></table:table-cell>'
            + "".join(f'<table:table-cell table:style-name="TH" office:value-type="string">{p("THp", h)}</table:table-cell>'
                      for h in ("Essential", "Enhanced", "Leadership")) + '</table:table-row>')
    body = ""
    for who, *marks in rows:
        body += ('<table:table-row>' + f'<table:table-cell table:style-name="TD" office:value-type="string">{p("Body", who)}</table:table-cell>'
                 + "".join(f'<table:table-cell table:style-name="TD" office:value-type="string">{p("TDc", m)}</table:table-cell>' for m in marks)
                 + '</table:table-row>')
    return ('<table:table table:name="Levels" table:style-name="Tbl"><table:table-column table:style-name="C1"/>'
            '<table:table-column table:style-name="C2" table:number-columns-repeated="3"/>'
            f'<table:table-header-rows>{head}</table:table-header-rows>{body}</table:table>')


def build():
    frames = ""
    for i, (num, name, desc, _) in enumerate(SKILLS, 2):
        inner = (p("SideLabel", f"REAL SKILL {num}") + p("SideName", name) + p("SideText", desc)
                 + p("SideSmall", "Indicators are set out at three levels:")
                 + "".join(p("SideSmall", f"\u25a0 {lv}") for lv, _ in LEVELS))
        frames += (f'<draw:frame draw:style-name="frSide" draw:name="Sidebar{num}" text:anchor-type="page" '
                   f'text:anchor-page-number="{i}" svg:x="0cm" svg:y="0cm" svg:width="6.8cm" svg:height="29.7cm" draw:z-index="0">'
                   f'<draw:text-box>{inner}</draw:text-box></draw:frame>')
    b = [frames, L.h("Heading_20_1", 1, TITLE)]
    b.append(p("Body", "Let\u2019s get real describes the values, attitudes, knowledge and skills that people need to "
                       "work well with t\u0101ngata whai ora and wh\u0101nau. There are seven Real Skills, and each "
                       "is described by performance indicators at three levels."))
    b.append(L.h("Heading_20_2", 2, "How the levels work"))
    b.append(p("Body", "Essential indicators apply to everyone working in health, whatever their setting, "
                       "organisation, role or profession, including volunteers. Enhanced indicators apply to "
                       "everyone in addiction and mental health roles and build on the essential indicators. "
                       "Leadership indicators apply to everyone who leads, guides, supports, educates or resources "
                       "the work of others; they also build on the essential indicators, and some leaders will "
                       "aim to meet the enhanced indicators as well."))
    b.append(p("Body", "The table below summarises who each level applies to."))
    b.append(intro_table())
    b.append(p("Body", ""))
    b.append(p("Body", "This extract sets out Real Skills 2, 3 and 5."))
    for num, name, desc, cells in SKILLS:
        b.append(p("SkillStart", ""))
        for (lv, who), inds in zip(LEVELS, cells):
            b.append(p("LevHead", lv))
            b.append(p("LevSub", who))
            b.append(p("PI", "Performance indicators"))
            b.append(bullets(inds))
    xml = L.fodt(TITLE, FONTS, STYLES, AUTO, MASTER, "".join(b))
    L.flat_to_pdf(xml, OUT, "fodt")


def gold():
    comps = []
    for num, name, desc, cells in SKILLS:
        levels = [L.level(STEM, i, LEVELS[i - 1][0], cells[i - 1]) for i in range(1, 4)]
        comps.append(L.competency(STEM, name, desc, levels=levels))
    L.write_gold(OUT, "pdf", TITLE, comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()
