"""Idaho Division of Human Resources: "Idaho State Employment Performance Expectations and Rating Levels"
training slides (4:3 deck, flat ODP -> LibreOffice -> PDF, 12 slides).

Layout as published (slide transcript seen): title slide; "What is a Performance Expectation?" listing the four
statewide expectations; one slide per expectation with two bullets ("This performance expectation evaluates ..."
and a run-in "Examples: ..." bullet); then the four-level rating system (key defined once) and one
"<Expectation> - Rating Levels" slide per expectation with run-in labels printed high to low; closing slide.
Furniture: footer band "IDAHO DIVISION OF HUMAN RESOURCES" and slide numbers.
"""
import bxlib as L
from bxlib import esc

STEM = "idhr-performance-expectations-rating-levels"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Idaho State Employment Performance Expectations and Rating Levels"
W, H = 25.4, 19.05
AGENCY = "IDAHO DIVISION OF HUMAN RESOURCES"

LEVELS = ["Exemplary", "Solid Sustained", "Achieves Performance Standards",
          "Does Not Achieve Performance Standards"]          # printed high -> low
KEY = [
    ("Exemplary (EX)", "Performs at a level that produces significant accomplishments which might not "
                       "otherwise have been achieved."),
    ("Solid Sustained (SS)", "Highly accomplished; performs above expectations in every area of work and is "
                             "consistently proficient in meeting deadlines, thinking critically and using "
                             "creativity to complete tasks, projects and objectives."),
    ("Achieves Performance Standards (APS)", "Meets the expectations of the job, or is developing new skills "
                                             "and gaining new knowledge."),
    ("Does Not Achieve Performance Standards (DNA)", "Performance needs improvement and/or is inconsistent."),
]

EXPECTATIONS = [
    {"name": "Professionalism",
     "def": ("This performance expectation evaluates the employee\u2019s competence in quality of work, "
             "dependability, adaptability, flexibility, confidentiality and respect for others."),
     "ex": ("Owns the results of own actions, keeps information confidential, deals with problems promptly, "
            "respectfully and efficiently"),
     "levels": [
         "Is a role model for professional conduct; anticipates problems and resolves them before they affect "
         "others; is trusted by colleagues with sensitive matters.",
         "Produces consistently high-quality, dependable work; adapts readily when assignments change; treats "
         "everyone with respect and protects confidential information.",
         "Meets the quality and dependability standards of the job; handles confidential information "
         "appropriately; is courteous to co-workers and the public.",
         "Work often has to be corrected or is late; is inflexible when assignments change; has lapses in "
         "respect or in the handling of confidential information.",
     ]},
    {"name": "Promoting Responsible Government",
     "def": ("This performance expectation evaluates the employee\u2019s competence in dependability, "
             "productivity, efficiency, the work environment, safety and adaptability to change."),
     "ex": ("Plans for resources and uses them efficiently, always looking for ways to cut costs; proposes "
            "system improvements that lower operating costs and/or make operations more efficient; follows "
            "safe work practices consistently"),
     "levels": [
         "Leads or proposes improvements that bring measurable savings or efficiencies to the agency; "
         "champions a safe workplace.",
         "Regularly finds ways to reduce cost or waste in own work; welcomes change and helps others adjust; "
         "follows and promotes safe practices.",
         "Uses time, equipment and supplies responsibly; works at the expected level of productivity; follows "
         "safety rules.",
         "Wastes time or resources; resists changes to procedures; disregards safety requirements.",
     ]},
    {"name": "Customer Focus",
     "def": ("This performance expectation evaluates the employee\u2019s competence in customer service, "
             "conflict resolution, interpersonal skills and communication."),
     "ex": ("Works out solutions that suit the customer, keeps customers informed of progress, stays calm and "
            "courteous when a conversation becomes difficult"),
     "levels": [
         "Anticipates customer needs and redesigns services or processes to meet them; resolves complex "
         "complaints to the satisfaction of all parties.",
         "Goes beyond routine requests to solve the customer\u2019s underlying problem; defuses conflict "
         "skilfully; communicates clearly in writing and in person.",
         "Responds to customers promptly, accurately and politely; refers issues appropriately; communicates "
         "clearly.",
         "Is slow to respond or discourteous; lets conflicts escalate; information given to customers is "
         "incomplete or unclear.",
     ]},
    {"name": "Leadership",
     "def": ("This performance expectation evaluates the competence of employees who supervise or lead others "
             "in coaching, delegation, managing performance, decision making and building a productive team."),
     "ex": ("Sets clear expectations and gives regular feedback, develops staff through coaching and training, "
            "makes timely decisions and explains them"),
     "levels": [
         "Builds a high-performing team that others model; develops staff who move on to greater "
         "responsibility; makes sound decisions in difficult circumstances.",
         "Coaches and delegates effectively; deals with performance issues early and fairly; keeps the team "
         "focused on agency goals.",
         "Sets expectations, completes evaluations on time and gives feedback; makes decisions within "
         "delegated authority.",
         "Expectations are unclear; feedback and evaluations are late or missing; avoids decisions or "
         "performance problems.",
     ]},
]

STYLES = """
<style:style style:name="standard" style:family="graphic">
 <style:graphic-properties draw:stroke="none" draw:fill="none"/>
 <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
 <style:text-properties fo:font-family="'Liberation Sans'" style:font-family-generic="swiss" fo:font-size="18pt"/>
</style:style>
"""

AUTO = f"""
<style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="{W}cm" fo:page-height="{H}cm"
 style:print-orientation="landscape" fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm"/></style:page-layout>
<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties draw:fill="solid" draw:fill-color="#ffffff"/></style:style>
<style:style style:name="band" style:family="graphic" style:parent-style-name="standard"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#003f72" draw:textarea-vertical-align="middle" fo:padding-left="0.6cm" fo:padding-right="0.6cm"/></style:style>
<style:style style:name="gold" style:family="graphic" style:parent-style-name="standard"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#c9a227"/></style:style>
<style:style style:name="plain" style:family="graphic" style:parent-style-name="standard"><style:graphic-properties draw:stroke="none" draw:fill="none" draw:textarea-vertical-align="top" draw:auto-grow-height="false" fo:padding="0.1cm"/></style:style>
<style:style style:name="Ptitle" style:family="paragraph"><style:text-properties fo:font-size="30pt" fo:font-weight="bold" fo:color="#003f72"/></style:style>
<style:style style:name="Pcover" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="34pt" fo:font-weight="bold" fo:color="#003f72"/></style:style>
<style:style style:name="Pcoversub" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.8cm"/><style:text-properties fo:font-size="20pt" fo:color="#555555" fo:letter-spacing="0.05cm"/></style:style>
<style:style style:name="Pbul" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.45cm"/><style:text-properties fo:font-size="20pt" fo:color="#222222"/></style:style>
<style:style style:name="Pbul2" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="18pt" fo:color="#222222"/></style:style>
<style:style style:name="Plev" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.35cm"/><style:text-properties fo:font-size="15pt" fo:color="#222222"/></style:style>
<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold" fo:color="#003f72"/></style:style>
<style:style style:name="Pfoot" style:family="paragraph"><style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:color="#ffffff" fo:letter-spacing="0.04cm"/></style:style>
<style:style style:name="Pnum" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="11pt" fo:color="#ffffff"/></style:style>
<text:list-style style:name="LB">
 <text:list-level-style-bullet text:level="1" text:bullet-char="\u2022"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.7cm" fo:text-indent="-0.7cm" fo:margin-left="0.7cm"/></style:list-level-properties><style:text-properties fo:color="#c9a227"/></text:list-level-style-bullet>
 <text:list-level-style-bullet text:level="2" text:bullet-char="\u25ab"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.6cm" fo:text-indent="-0.7cm" fo:margin-left="1.6cm"/></style:list-level-properties></text:list-level-style-bullet>
</text:list-style>
"""

MASTER = '<style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="dp1"/>'


def frame(style, x, y, w, h, inner):
    return (f'<draw:frame draw:style-name="{style}" svg:x="{x}cm" svg:y="{y}cm" svg:width="{w}cm" '
            f'svg:height="{h}cm"><draw:text-box>{inner}</draw:text-box></draw:frame>')


def rect(style, x, y, w, h):
    return f'<draw:rect draw:style-name="{style}" svg:x="{x}cm" svg:y="{y}cm" svg:width="{w}cm" svg:height="{h}cm"/>'


def runin(label, text, style="Pbul"):
    return f'<text:span text:style-name="Tb">{esc(label)}</text:span> {esc(text)}'


def bullet_list(entries, style="Pbul"):
    """entries: list of (inner_xml, [sub lines])"""
    out = ['<text:list text:style-name="LB">']
    for inner, subs in entries:
        out.append(f'<text:list-item><text:p text:style-name="{style}">{inner}</text:p>')
        if subs:
            out.append('<text:list>' + "".join(
                f'<text:list-item><text:p text:style-name="Pbul2">{esc(s)}</text:p></text:list-item>'
                for s in subs) + '</text:list>')
        out.append('</text:list-item>')
    out.append('</text:list>')
    return "".join(out)


def slide(n, title, body_xml, body_h=13.2):
    parts = [rect("gold", 0, 2.75, W, 0.12),
             frame("plain", 1.2, 0.7, W - 2.4, 2.0, L.p("Ptitle", title)),
             frame("plain", 1.2, 3.4, W - 2.4, body_h, body_xml),
             frame("band", 0, H - 1.2, W, 1.2,
                   L.p("Pfoot", AGENCY)),
             frame("plain", W - 3.2, H - 1.05, 2.4, 0.9, L.p("Pnum", str(n)))]
    return (f'<draw:page draw:name="Slide{n}" draw:style-name="dp1" draw:master-page-name="Default">'
            + "".join(parts) + '</draw:page>')


def pages():
    out = []
    cover = [rect("band", 0, 0, W, 1.6), rect("gold", 0, 1.6, W, 0.15),
             frame("plain", 1.5, 5.2, W - 3.0, 6.0, L.p("Pcover", TITLE)),
             frame("plain", 1.5, 12.0, W - 3.0, 2.0, L.p("Pcoversub", AGENCY)),
             rect("band", 0, H - 1.2, W, 1.2)]
    out.append('<draw:page draw:name="Slide1" draw:style-name="dp1" draw:master-page-name="Default">'
               + "".join(cover) + '</draw:page>')
    n = 2
    names = ", ".join(e["name"] for e in EXPECTATIONS[:-1]) + ", and " + EXPECTATIONS[-1]["name"] + "."
    out.append(slide(n, "What is a Performance Expectation?", bullet_list([
        (esc("A performance expectation describes the level of competence an employee would be showing at a "
             "particular rating level."), []),
        (esc("Four statewide performance expectations:"), [names]),
    ])))
    for e in EXPECTATIONS:
        n += 1
        out.append(slide(n, e["name"], bullet_list([(esc(e["def"]), []), (runin("Examples:", e["ex"]), [])])))
    n += 1
    out.append(slide(n, "Four-Level Rating System", bullet_list(
        [(runin(lab + ":", txt, "Plev"), []) for lab, txt in KEY], style="Plev"), body_h=14.0))
    for e in EXPECTATIONS:
        n += 1
        body = "".join(f'<text:p text:style-name="Plev">{runin(lab + ":", txt)}</text:p>'
                       for lab, txt in zip(LEVELS, e["levels"]))
        out.append(slide(n, f'{e["name"]} \u2013 Rating Levels', body, body_h=14.0))
    n += 1
    out.append(slide(n, "Questions?", bullet_list([
        (esc("Talk with your supervisor or your agency HR representative."), []),
        (esc("Performance management training and forms: dhr.idaho.gov"), []),
    ])))
    return "".join(out)


def gold():
    d = STEM
    comps = []
    for e in EXPECTATIONS:
        lv = [L.level(d, 4 - i, lab, [txt]) for i, (lab, txt) in enumerate(zip(LEVELS, e["levels"]))]
        comps.append(L.competency(d, e["name"], e["def"], indicators=[L.item(d, e["ex"])], levels=lv))
    return comps


def main():
    L.flat_to_pdf(L.fodp(TITLE, STYLES, AUTO, MASTER, pages()), OUT, "fodp")
    L.write_gold(OUT, "pdf", TITLE, gold())


if __name__ == "__main__":
    main()
