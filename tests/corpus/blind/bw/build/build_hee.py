"""Health Education England, Multi-professional framework for advanced clinical practice in England (2017):
A4 brochure with pull-quote call-outs, a definition box and a 'four pillars' sidebar (flat ODT -> PDF)."""
import bwlib as L
from bwlib import esc, p

STEM = "hee-advanced-clinical-practice-capabilities"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Multi-professional framework for advanced clinical practice in England"
LEAD = "Health and care professionals working at the level of advanced clinical practice should be able to:"

PILLARS = [
    ("1", "Clinical Practice", [
        "Practise in line with their professional code of conduct and within their scope of practice, taking responsibility for their own actions and decisions.",
        "Show a critical understanding of the breadth of their role and the limits of their competence, and refer on when a situation falls outside it.",
        "Work in partnership with individuals, families and carers, using a range of assessment methods such as history taking, physical examination and investigations as appropriate.",
        "Exercise clinical judgement and make decisions in situations that are complex, unpredictable or carry risk, using an evidence-based approach.",
        "Request, interpret and act on investigations, including diagnostic tests and screening, to reach a diagnosis.",
        "Plan and manage a complete episode of care, working with others and referring to other services where this is needed.",
        "Prescribe and review medicines and other treatments safely, within the relevant legislation and their own scope of practice.",
        "Work with individuals to promote health and self-care and to share decisions about their care.",
        "Act on their professional judgement about when to seek help, showing awareness of the limits of their own knowledge.",
        "Work with a multi-agency team to manage and reduce risk across services and settings.",
        "Evidence the underpinning subject-specific competencies, knowledge and skills relevant to their role and setting.",
    ]),
    ("2", "Leadership and Management", [
        "Start and develop effective relationships, encouraging clarity of roles within and across teams.",
        "Role model the values of their organisation and a person-centred approach to delivering services.",
        "Evaluate their own practice and take part in evaluating the service and the multi-disciplinary team.",
        "Act as a clinical expert and leader, sharing knowledge and challenging practice where this is needed.",
        "Lead new practice and service redesign that meets the needs of patients, the population and the service.",
        "Take responsibility for judgements and decisions in complex situations, working across professional boundaries.",
        "Promote a culture of safety, openness and continuous quality improvement.",
        "Identify risk, act to manage it and escalate concerns where necessary.",
        "Lead the wider team by example, drawing on a range of leadership styles to suit the situation.",
        "Use negotiating and influencing skills to secure resources and support for improvement.",
        "Show resilience and critical reflection when leading through uncertainty and change.",
    ]),
    ("3", "Education", [
        "Critically assess and address their own learning needs, agreeing a personal development plan that reflects the breadth of their role.",
        "Engage in self-directed learning and critical reflection to keep their clinical knowledge and skills up to date.",
        "Create opportunities for others to learn in the workplace and support the development of colleagues.",
        "Advocate for and contribute to a culture of learning across the organisation.",
        "Bring the wider team together and support peer review to identify shared learning needs.",
        "Identify gaps in education provision and help to design and deliver educational programmes.",
        "Supervise, coach and mentor others, including students and practitioners in training.",
        "Act as a role model, educator and facilitator who helps others to develop their practice.",
    ]),
    ("4", "Research", [
        "Engage critically in research activity, following good research practice guidance.",
        "Evaluate and audit their own and others' clinical practice, choosing and applying valid methods.",
        "Critically appraise and bring together the results of relevant research, evaluation and audit.",
        "Use what they find to develop practice and improve outcomes for people using services.",
        "Alert the right people to gaps in the evidence and in practice knowledge.",
        "Take part in, or lead, research and evaluation that addresses the priorities of the service.",
        "Share best practice through presentations, publications and other routes.",
        "Build collaborative links between clinical practice and research, including partnerships with universities.",
    ]),
]

QUOTES = [
    ("Delivering care in new ways means new roles, new ways of working and new behaviours.",
     "Multi-professional framework for advanced clinical practice in England"),
    ("Working across professions asks each of us to be flexible in attitude and to value what every profession brings to the team.",
     "Joint Professions statement, 2017"),
    ("Clinicians need to see that there are career pathways open to them that let them widen their contribution to care.",
     "Joint Professions statement, 2017"),
]

FONTS = L.font_decl("Liberation Sans")
STYLES = """
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="120%"/>
 <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:color="#231f20" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1">
 <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.35cm" fo:keep-with-next="always"/>
 <style:text-properties fo:font-size="18pt" fo:font-weight="bold" fo:color="#005eb8"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2">
 <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
 <style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#005eb8"/></style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:default-outline-level="3">
 <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always" fo:padding="0.12cm" fo:background-color="#005eb8"/>
 <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
"""

AUTO = """
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
  fo:margin-top="1.6cm" fo:margin-bottom="1.0cm" fo:margin-left="2.2cm" fo:margin-right="1.8cm" fo:border-left="0.45cm solid #005eb8" fo:padding-left="0.6cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
<style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="16.4cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
 <style:text-properties fo:font-size="8pt" fo:color="#425563"/></style:style>
<style:style style:name="Logo" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="2.2cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#005eb8"/></style:style>
<style:style style:name="CoverTitle" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="1.2cm"/><style:text-properties fo:font-size="28pt" fo:font-weight="bold" fo:color="#005eb8"/></style:style>
<style:style style:name="Quote" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.4cm" fo:margin-right="3cm" fo:margin-top="0.5cm" fo:margin-bottom="0.1cm" fo:padding="0.35cm" fo:background-color="#e8edee" fo:border-left="0.15cm solid #41b6e6"/>
 <style:text-properties fo:font-size="13pt" fo:font-style="italic" fo:color="#005eb8"/></style:style>
<style:style style:name="QuoteSrc" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.8cm" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="8.5pt" fo:color="#425563"/></style:style>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="BodyBreak" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="DefBox" style:family="paragraph"><style:paragraph-properties fo:padding="0.35cm" fo:background-color="#ffffff" fo:border="0.06cm solid #005eb8" fo:margin-bottom="0.1cm" fo:margin-top="0cm"/>
 <style:text-properties fo:font-size="10pt" fo:color="#231f20"/></style:style>
<style:style style:name="DefHead" style:family="paragraph"><style:paragraph-properties fo:padding="0.2cm" fo:background-color="#005eb8" fo:margin-bottom="0cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="Lead" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Cap" style:family="paragraph"><style:paragraph-properties fo:margin-left="1.1cm" fo:text-indent="-1.1cm" fo:margin-bottom="0.16cm">
 <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="T_num" style:family="text"><style:text-properties fo:font-weight="bold" fo:color="#005eb8"/></style:style>
<style:style style:name="Side" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/><style:text-properties fo:font-size="9.5pt" fo:color="#ffffff"/></style:style>
<style:style style:name="SideHead" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="Pull" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="12pt" fo:font-style="italic" fo:color="#005eb8"/></style:style>
<style:style style:name="PullSrc" style:family="paragraph"><style:text-properties fo:font-size="8pt" fo:color="#425563"/></style:style>
<style:style style:name="frSide" style:family="graphic"><style:graphic-properties style:wrap="left" style:number-wrapped-paragraphs="no-limit" style:horizontal-pos="right" style:horizontal-rel="paragraph" style:vertical-pos="top" style:vertical-rel="paragraph" fo:margin-left="0.5cm" fo:margin-top="0cm" fo:background-color="#41b6e6" fo:padding="0.35cm" fo:border="none" draw:fill="solid" draw:fill-color="#41b6e6"/></style:style>
<style:style style:name="frPull" style:family="graphic"><style:graphic-properties style:wrap="left" style:number-wrapped-paragraphs="no-limit" style:horizontal-pos="right" style:horizontal-rel="paragraph" style:vertical-pos="top" style:vertical-rel="paragraph" fo:margin-left="0.5cm" fo:background-color="#e8edee" fo:padding="0.35cm" fo:border-top="0.1cm solid #41b6e6" fo:border-bottom="0.1cm solid #41b6e6" fo:border-left="none" fo:border-right="none" draw:fill="solid" draw:fill-color="#e8edee"/></style:style>
"""

MASTER = """<style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:footer><text:p text:style-name="Foot">Multi-professional framework for advanced clinical practice in England<text:tab/><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page>"""


def frame(style, width, inner, name):
    return (f'<draw:frame draw:style-name="{style}" draw:name="{name}" text:anchor-type="paragraph" '
            f'svg:width="{width}cm" draw:z-index="0"><draw:text-box fo:min-height="1cm">{inner}</draw:text-box></draw:frame>')


def cap(num, text):
    return (f'<text:p text:style-name="Cap"><text:span text:style-name="T_num">{num}</text:span>'
            f'<text:tab/>{esc(text)}</text:p>')


def build():
    b = []
    b.append(p("Logo", "Health Education England"))
    b.append(p("CoverTitle", TITLE))
    for q, src in QUOTES:
        b.append(p("Quote", f"\u201c{q}\u201d"))
        b.append(p("QuoteSrc", src))
    b.append(p("BodyBreak", ""))
    b.append(L.h("Heading_20_1", 1, "Section 1: The capabilities for advanced clinical practice in England"))
    b.append(L.h("Heading_20_2", 2, "1.1 Definition"))
    b.append(p("DefHead", "Definition of advanced clinical practice"))
    b.append(p("DefBox",
               "Advanced clinical practice is delivered by experienced, registered health and care practitioners. "
               "It is a level of practice marked by a high degree of autonomy and complex decision making, "
               "underpinned by a master\u2019s level award or equivalent that covers the four pillars of clinical "
               "practice, leadership and management, education and research, with demonstration of core "
               "capabilities and area-specific clinical competence."))
    side = (p("SideHead", "The four pillars")
            + "".join(p("Side", t) for t in ["Clinical Practice", "Leadership and Management", "Education", "Research"])
            + p("Side", "Each pillar sets out capabilities that are common to all professions working at this level."))
    b.append(L.h("Heading_20_2", 2, "1.2 The capabilities for advanced clinical practice"))
    b.append(f'<text:p text:style-name="Body">{frame("frSide", 5.2, side, "Pillars")}'
             + esc("All health and care professionals working at the level of advanced clinical practice should "
                   "have developed their skills and knowledge to the standard set out in this framework. The "
                   "capabilities apply across professions and settings, which makes practice at this level "
                   "consistent wherever it is delivered.") + "</text:p>")
    b.append(p("Body", "The capabilities are grouped under four pillars. The wording is mapped to master\u2019s "
                       "level (level 7) so that it is clear practitioners must be able to make sound judgements "
                       "when information is incomplete and the level of risk varies."))
    b.append(p("Body", "Practitioners will show the capabilities in different ways, depending on their profession, "
                       "the scope of their role and the setting they work in. Area-specific clinical competence "
                       "is described by the relevant professional and specialty frameworks."))
    for num, name, caps in PILLARS:
        b.append(L.h("Heading_20_3", 3, name))
        b.append(p("Lead", LEAD))
        for i, t in enumerate(caps, 1):
            if num == "2" and i == 4:
                pull = (p("Pull", "\u201cEvidence consistently shows that teams working across professions deliver "
                                  "better outcomes for patients.\u201d")
                        + p("PullSrc", "Joint Professions statement, 2017"))
                b.append(f'<text:p text:style-name="Cap">{frame("frPull", 5.4, pull, "Quote4")}'
                         f'<text:span text:style-name="T_num">{num}.{i}</text:span><text:tab/>{esc(t)}</text:p>')
            else:
                b.append(cap(f"{num}.{i}", t))
    xml = L.fodt(TITLE, FONTS, STYLES, AUTO, MASTER, "".join(b))
    L.flat_to_pdf(xml, OUT, "fodt")


def gold():
    comps = [L.competency(STEM, name, indicators=L.items(STEM, caps)) for _, name, caps in PILLARS]
    L.write_gold(OUT, "pdf", TITLE, comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()
