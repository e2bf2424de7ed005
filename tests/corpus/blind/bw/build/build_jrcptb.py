"""JRCPTB, IM stage 1 curriculum teaching toolkit: generic CiPs as a 16:9 slide deck (flat ODP -> PDF)."""
import bwlib as L
from bwlib import esc

STEM = "jrcptb-generic-cips-teaching-slides"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Generic Capabilities in Practice"
W, H = 33.867, 19.05
FOOT = "IM stage 1 curriculum \u2013 teaching toolkit"

CIPS = [
    {"no": "1",
     "name": "Able to successfully function within NHS organisational and management systems",
     "desc": [
         "Knows how the NHS is organised and where their own trust sits within it, including how care is commissioned and paid for",
         "Takes an active part in clinical governance and in the management processes of the department",
         "Follows local and national guidelines, policies and protocols in day-to-day clinical work",
         "Organises own time and workload, including rota and on-call commitments, and raises problems early",
         "Uses the electronic patient record and other clinical IT systems safely and accurately",
     ],
     "gpc": ["Domain 1: Professional values and behaviours",
             "Domain 3: Professional knowledge",
             "Domain 5: Capabilities in leadership and teamworking"],
     "evidence": ["MCR", "MSF", "Active role in governance structures", "End of placement reports"]},
    {"no": "2",
     "name": "Able to deal with ethical and legal issues related to clinical practice",
     "desc": [
         "Understands the national legislation and legal duties that apply to everyday clinical work",
         "Applies the principles of consent and mental capacity, including for patients who cannot decide for themselves",
         "Handles confidential information in line with data protection law and GMC guidance",
         "Recognises safeguarding concerns about children and vulnerable adults and acts on them",
         "Contributes to decisions about limits of treatment and end of life care, including DNACPR discussions",
     ],
     "gpc": ["Domain 1: Professional values and behaviours",
             "Domain 3: Professional knowledge",
             "Domain 7: Capabilities in safeguarding vulnerable groups"],
     "evidence": ["MCR", "CbD", "DOPS", "Mandatory training records (safeguarding, mental capacity)"]},
    {"no": "3",
     "name": ("Communicates effectively and is able to share decision making, while maintaining appropriate "
              "situational awareness, professional behaviour and professional judgement"),
     "desc": [
         "Speaks with patients and relatives clearly and with empathy, and checks what they have understood",
         "Explains diagnosis, prognosis and management options in a way that lets patients take part in decisions",
         "Breaks bad news with sensitivity and supports patients and relatives afterwards",
         "Writes timely, accurate and legible notes, letters and discharge summaries",
         "Hands over the care of patients safely between shifts and between teams",
         "Works constructively with colleagues of all professions and handles disagreement professionally",
         "Keeps situational awareness on a busy ward or take and knows when to ask for senior help",
     ],
     "split": 4,
     "gpc": ["Domain 1: Professional values and behaviours",
             "Domain 2: Professional skills",
             "Domain 5: Capabilities in leadership and teamworking"],
     "evidence": ["MCR", "MSF", "PS", "Letters generated at outpatient clinics"]},
    {"no": "4",
     "name": "Is focused on patient safety and delivers effective quality improvement in patient care",
     "desc": [
         "Puts the safety of patients first and reports incidents and near misses through the proper routes",
         "Takes part in morbidity and mortality meetings and incident reviews and applies what is learnt",
         "Understands the principles of quality improvement, including human factors",
         "Plans, carries out and presents a quality improvement project and reflects on what it achieved",
         "Applies infection prevention and control measures in everyday practice",
     ],
     "gpc": ["Domain 1: Professional values and behaviours",
             "Domain 6: Capabilities in patient safety and quality improvement"],
     "evidence": ["MCR", "MSF", "QIPAT", "End of placement reports"]},
]

STYLES = """
<style:style style:name="standard" style:family="graphic">
 <style:graphic-properties draw:stroke="none" draw:fill="none"/>
 <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
 <style:text-properties fo:font-family="'Liberation Sans'" style:font-family-generic="swiss" fo:font-size="16pt"/>
</style:style>
"""

AUTO = f"""
<style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="{W}cm" fo:page-height="{H}cm"
 style:print-orientation="landscape" fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm"/></style:page-layout>
<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties draw:fill="solid" draw:fill-color="#ffffff"/></style:style>
<style:style style:name="band" style:family="graphic" style:parent-style-name="standard"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#1c3f6e" draw:textarea-vertical-align="middle" fo:padding-left="0.8cm"/></style:style>
<style:style style:name="rule" style:family="graphic" style:parent-style-name="standard"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#c8102e"/></style:style>
<style:style style:name="plain" style:family="graphic" style:parent-style-name="standard"><style:graphic-properties draw:stroke="none" draw:fill="none" draw:textarea-vertical-align="top" draw:auto-grow-height="false" fo:padding="0.1cm"/></style:style>
<style:style style:name="boxhead" style:family="graphic" style:parent-style-name="standard"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#00857c" draw:textarea-vertical-align="middle" fo:padding-left="0.35cm"/></style:style>
<style:style style:name="boxbody" style:family="graphic" style:parent-style-name="standard"><style:graphic-properties draw:stroke="solid" svg:stroke-color="#00857c" svg:stroke-width="0.03cm" draw:fill="solid" draw:fill-color="#eef6f5" draw:textarea-vertical-align="top" draw:auto-grow-height="false" fo:padding-left="0.3cm" fo:padding-right="0.3cm" fo:padding-top="0.25cm"/></style:style>
<style:style style:name="evbody" style:family="graphic" style:parent-style-name="standard"><style:graphic-properties draw:stroke="solid" svg:stroke-color="#1c3f6e" svg:stroke-width="0.03cm" draw:fill="solid" draw:fill-color="#f1f3f7" draw:textarea-vertical-align="top" draw:auto-grow-height="false" fo:padding-left="0.3cm" fo:padding-right="0.3cm" fo:padding-top="0.25cm"/></style:style>
<style:style style:name="evhead" style:family="graphic" style:parent-style-name="standard"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#1c3f6e" draw:textarea-vertical-align="middle" fo:padding-left="0.35cm"/></style:style>
<style:style style:name="Ptitle" style:family="paragraph"><style:text-properties fo:font-size="30pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="Pbig" style:family="paragraph"><style:text-properties fo:font-size="40pt" fo:font-weight="bold" fo:color="#1c3f6e"/></style:style>
<style:style style:name="Psub" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm"/><style:text-properties fo:font-size="22pt" fo:color="#00857c"/></style:style>
<style:style style:name="Psmall" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"/><style:text-properties fo:font-size="16pt" fo:color="#404040"/></style:style>
<style:style style:name="Pname" style:family="paragraph"><style:text-properties fo:font-size="19pt" fo:font-weight="bold" fo:color="#1c3f6e"/></style:style>
<style:style style:name="Phead" style:family="paragraph"><style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="Pbul" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm"/><style:text-properties fo:font-size="14pt" fo:color="#222222"/></style:style>
<style:style style:name="Pbul2" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/><style:text-properties fo:font-size="13pt" fo:color="#222222"/></style:style>
<style:style style:name="Pmore" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="12pt" fo:font-style="italic" fo:color="#666666"/></style:style>
<style:style style:name="Pfoot" style:family="paragraph"><style:text-properties fo:font-size="10pt" fo:color="#666666"/></style:style>
<style:style style:name="Pnum" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="10pt" fo:color="#666666"/></style:style>
<style:style style:name="Plogo" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold" fo:color="#ffffff" fo:letter-spacing="0.05cm"/></style:style>
<text:list-style style:name="LB">
 <text:list-level-style-bullet text:level="1" text:bullet-char="\u25aa"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.6cm" fo:margin-left="0.6cm"/></style:list-level-properties><style:text-properties fo:color="#00857c"/></text:list-level-style-bullet>
</text:list-style>
"""

MASTER = '<style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="dp1"/>'


def frame(style, x, y, w, h, inner):
    return (f'<draw:frame draw:style-name="{style}" svg:x="{x}cm" svg:y="{y}cm" svg:width="{w}cm" '
            f'svg:height="{h}cm"><draw:text-box>{inner}</draw:text-box></draw:frame>')


def rect(style, x, y, w, h):
    return (f'<draw:rect draw:style-name="{style}" svg:x="{x}cm" svg:y="{y}cm" svg:width="{w}cm" '
            f'svg:height="{h}cm"/>')


def bullets(lines, style="Pbul"):
    return ('<text:list text:style-name="LB">'
            + "".join(f'<text:list-item><text:p text:style-name="{style}">{esc(t)}</text:p></text:list-item>'
                      for t in lines)
            + "</text:list>")


def chrome(n, title):
    return (frame("band", 0, 0, W, 2.6, f'<text:p text:style-name="Ptitle">{esc(title)}</text:p>')
            + frame("plain", W - 6.3, 0.55, 5.6, 1.5, '<text:p text:style-name="Plogo">JRCPTB</text:p>')
            + rect("rule", 0, 2.6, W, 0.15)
            + frame("plain", 0.8, H - 1.1, 20, 0.8, f'<text:p text:style-name="Pfoot">{esc(FOOT)}</text:p>')
            + frame("plain", W - 3.8, H - 1.1, 3, 0.8, f'<text:p text:style-name="Pnum">{n}</text:p>'))


def page(n, inner):
    return f'<draw:page draw:name="Slide {n}" draw:master-page-name="Default" draw:style-name="dp1">{inner}</draw:page>'


def boxed(x, y, w, head, body_xml, h_body, head_style="boxhead", body_style="boxbody"):
    return (frame(head_style, x, y, w, 1.0, f'<text:p text:style-name="Phead">{esc(head)}</text:p>')
            + frame(body_style, x, y + 1.0, w, h_body, body_xml))


def cip_slide(n, cip, desc, title, show_side, more=False):
    inner = chrome(n, title)
    inner += frame("plain", 0.8, 3.0, W - 1.6, 2.2, f'<text:p text:style-name="Pname">{esc(cip["name"])}</text:p>')
    body = bullets(desc)
    if more:
        body += '<text:p text:style-name="Pmore">Descriptors continue on the next slide</text:p>'
    inner += boxed(0.8, 5.3, 19.4, "Descriptors", body, 11.4)
    if show_side:
        inner += boxed(20.9, 5.3, 12.2, "Key GPC domains", bullets(cip["gpc"], "Pbul2"), 4.9,
                       "evhead", "evbody")
        inner += boxed(20.9, 11.6, 12.2, "Evidence to inform decision", bullets(cip["evidence"], "Pbul2"), 5.1,
                       "evhead", "evbody")
    return page(n, inner)


def build():
    pages = []
    n = 1
    title_inner = (rect("band", 0, 0, W, 1.2) + rect("rule", 0, 1.2, W, 0.15)
                   + frame("plain", 2.0, 5.0, 29, 3.0, f'<text:p text:style-name="Pbig">{esc(TITLE)}</text:p>')
                   + frame("plain", 2.0, 8.2, 29, 4.5,
                           f'<text:p text:style-name="Psub">{esc(FOOT)}</text:p>'
                           '<text:p text:style-name="Psmall">Joint Royal Colleges of Physicians Training Board</text:p>'
                           '<text:p text:style-name="Psmall">Curriculum for Internal Medicine Stage 1 Training, implementation August 2019</text:p>')
                   + frame("plain", 0.8, H - 1.1, 20, 0.8,
                           '<text:p text:style-name="Pfoot">www.jrcptb.org.uk</text:p>'))
    pages.append(page(n, title_inner))
    n += 1
    intro = [
        "Capabilities in practice (CiPs) describe the professional activities that a trainee is expected to carry out by the end of a stage of training",
        "There are six generic CiPs, common to all physician specialties, and eight clinical CiPs for IM stage 1",
        "Each CiP has a short set of descriptors that show what is expected, and a list of evidence that can inform the judgement",
        "The generic CiPs are mapped to the GMC Generic Professional Capabilities (GPC) framework",
        "These slides cover generic CiPs 1 to 4; the remaining two are covered in the next session",
    ]
    pages.append(page(n, chrome(n, "What are CiPs?")
                      + frame("plain", 1.2, 3.6, W - 2.4, 13.5, bullets(intro))))
    n += 1
    for cip in CIPS:
        title = f"Generic CiP {cip['no']}"
        if "split" in cip:
            k = cip["split"]
            pages.append(cip_slide(n, cip, cip["desc"][:k], title, False, more=True))
            n += 1
            pages.append(cip_slide(n, cip, cip["desc"][k:], f"{title} (continued)", True))
            n += 1
        else:
            pages.append(cip_slide(n, cip, cip["desc"], title, True))
            n += 1
    end = (chrome(n, "Further information")
           + frame("plain", 1.2, 3.6, W - 2.4, 13.5,
                   bullets(["The full curriculum, the ARCP decision aid and the assessment blueprints are on the JRCPTB website",
                            "Speak to your educational supervisor or training programme director about local arrangements"])))
    pages.append(page(n, end))
    xml = L.fodp(TITLE, STYLES, AUTO, MASTER, "".join(pages))
    L.flat_to_pdf(xml, OUT, "fodp")


def gold():
    comps = []
    for cip in CIPS:
        comps.append(L.competency(
            STEM, cip["name"],
            indicators=L.items(STEM, cip["desc"], "Descriptors"),
            notes=L.items(STEM, cip["gpc"], "Key GPC domains") + L.items(STEM, cip["evidence"], "Evidence to inform decision")))
    L.write_gold(OUT, "pdf", TITLE, comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()
