"""IBBM: landscape slide deck (flat ODP written by hand -> LibreOffice Impress -> PDF), one competency per slide,
five proficiency levels as side-by-side boxes (header box + body box with bullets)."""
from pathlib import Path
import tempfile
from xml.sax.saxutils import escape

import bjlib as L

STEM = "ibbm-core-competency-guide"
PDF = L.DOCS / f"{STEM}.pdf"
TITLE = "Banking and Finance Industry Competency Framework"
COPY = "\u00a9 Institut Bank-Bank Malaysia 2013. All rights reserved."
NAVY = "#1f3864"
GOLD = "#b8912f"
LEVELS = ["Level 1 \u2013 Foundation", "Level 2 \u2013 Developing", "Level 3 \u2013 Proficient",
          "Level 4 \u2013 Advanced", "Level 5 \u2013 Expert"]

COMPETENCIES = [
    ("Customer Focus",
     "Understands and anticipates what customers need and delivers products and services that build lasting "
     "relationships.",
     [["Treats every customer courteously and responds to routine requests promptly",
       "Follows service standards and refers issues beyond own authority"],
      ["Asks questions to find out what the customer actually needs",
       "Keeps customers informed of progress and follows through on commitments"],
      ["Recommends suitable products after reviewing the customer\u2019s full financial position",
       "Resolves complaints fairly and learns from recurring issues"],
      ["Builds long-term relationships with key customers and anticipates their future needs",
       "Coaches colleagues on handling difficult customer situations"],
      ["Sets the service strategy and standards for the business unit",
       "Represents the institution on customer-experience matters across the industry"]]),
    ("Integrity and Ethics",
     "Acts honestly and fairly, observes the letter and spirit of banking law and regulation, and protects the "
     "trust placed in the institution.",
     [["Complies with the code of conduct and internal policies",
       "Keeps customer information confidential"],
      ["Declares conflicts of interest and gifts as required",
       "Speaks up when procedures are not being followed"],
      ["Applies ethical judgement where rules give no clear answer",
       "Challenges practices that could harm customers or the institution\u2019s reputation"],
      ["Builds a team climate in which concerns can be raised without fear",
       "Takes firm action on breaches of conduct"],
      ["Champions a culture of integrity across the institution",
       "Contributes to industry codes and standards of professional conduct"]]),
    ("Risk Awareness",
     "Recognises, assesses and manages the risks in daily work in line with the institution\u2019s risk appetite.",
     [["Follows the controls and checklists for own tasks",
       "Reports errors, losses and suspicious activity promptly"],
      ["Identifies the main risks in own work area and the controls that address them",
       "Checks transactions for warning signs before processing them"],
      ["Weighs risk and return before recommending a course of action",
       "Suggests improvements to controls after incidents"],
      ["Balances business targets against risk appetite when deciding for the unit",
       "Makes sure the team understands current regulatory requirements"],
      ["Shapes the risk framework and policies of the institution",
       "Anticipates emerging risks in the market and in regulation"]]),
    ("Collaboration",
     "Works with others across teams and functions to achieve shared goals.",
     [["Shares information with colleagues in own team",
       "Offers help when team members are under pressure"],
      ["Builds good working relationships with other units",
       "Contributes ideas in team discussions"],
      ["Works across functions to solve shared problems",
       "Recognises the contributions of others"],
      ["Brings teams from several functions together to deliver joint outcomes",
       "Resolves conflicts between units constructively"],
      ["Forms partnerships with regulators, industry bodies and other institutions",
       "Removes organisational barriers to cooperation"]]),
]

SCALE = ["Learning the basics; works under close guidance",
         "Applies the competency in routine work with some support",
         "Works independently and handles most situations",
         "Handles complex situations and guides others",
         "Shapes practice across the institution and the industry"]

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def para_style(name, size, color="#000000", bold=False, italic=False, align="start", before="0cm", after="0.1cm"):
    return (f'<style:style style:name="{name}" style:family="paragraph">'
            f'<style:paragraph-properties fo:text-align="{align}" fo:margin-top="{before}" fo:margin-bottom="{after}"/>'
            f'<style:text-properties fo:font-family="Liberation Sans" fo:font-size="{size}pt" fo:color="{color}"'
            + (' fo:font-weight="bold"' if bold else "") + (' fo:font-style="italic"' if italic else "") + '/>'
            f'</style:style>')


def graphic_style(name, fill=None, stroke=None, valign="top", pad="0.15cm"):
    fillp = f'draw:fill="solid" draw:fill-color="{fill}"' if fill else 'draw:fill="none"'
    strokep = f'draw:stroke="solid" svg:stroke-color="{stroke}" svg:stroke-width="0.03cm"' if stroke else 'draw:stroke="none"'
    return (f'<style:style style:name="{name}" style:family="graphic">'
            f'<style:graphic-properties {fillp} {strokep} draw:textarea-vertical-align="{valign}" '
            f'draw:auto-grow-height="false" fo:padding-top="{pad}" fo:padding-bottom="{pad}" '
            f'fo:padding-left="{pad}" fo:padding-right="{pad}" fo:min-height="0cm"/></style:style>')


STYLES = "".join([
    para_style("Pbrand", 9, GOLD, bold=True, align="end"),
    para_style("Pkicker", 12, "#7f7f7f"),
    para_style("Ptitle", 28, NAVY, bold=True),
    para_style("Pdef", 14, "#262626", italic=True),
    para_style("Plvl", 11, "#ffffff", bold=True, align="center", after="0cm"),
    para_style("Pbody", 12, "#262626", after="0.25cm"),
    para_style("Pfoot", 8, "#7f7f7f"),
    para_style("Pnum", 9, "#7f7f7f", align="end"),
    para_style("Parrow", 10, "#7f7f7f", italic=True, align="end"),
    para_style("Pcov1", 34, NAVY, bold=True),
    para_style("Pcov2", 20, GOLD),
    para_style("Pcov3", 14, "#595959"),
    para_style("Plist", 18, "#262626", after="0.35cm"),
    para_style("Pbox", 14, "#ffffff", bold=True, align="center"),
    graphic_style("gtext"),
    graphic_style("ghead", fill=NAVY, valign="middle", pad="0.1cm"),
    graphic_style("gbody", fill="#f2f2f2", stroke="#bfbfbf"),
    graphic_style("gbar", fill=GOLD),
    graphic_style("gapp", fill=NAVY, valign="middle"),
    '<text:list-style style:name="Lbul"><text:list-level-style-bullet text:level="1" text:bullet-char="\u25aa">'
    '<style:list-level-properties text:space-before="0cm" text:min-label-width="0.4cm"/>'
    f'<style:text-properties fo:font-family="Liberation Sans" fo:color="{GOLD}"/>'
    '</text:list-level-style-bullet></text:list-style>',
])


def frame(x, y, w, h, paras, style="gtext"):
    return (f'<draw:frame draw:style-name="{style}" svg:x="{x}cm" svg:y="{y}cm" svg:width="{w}cm" svg:height="{h}cm">'
            f'<draw:text-box>{paras}</draw:text-box></draw:frame>')


def rect(x, y, w, h, paras, style):
    return (f'<draw:rect draw:style-name="{style}" svg:x="{x}cm" svg:y="{y}cm" svg:width="{w}cm" '
            f'svg:height="{h}cm">{paras}</draw:rect>')


def p(style, text):
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def bullets(items, style="Pbody"):
    return ('<text:list text:style-name="Lbul">'
            + "".join(f'<text:list-item>{p(style, t)}</text:list-item>' for t in items) + '</text:list>')


def chrome(n):
    return (frame(15.4, 0.5, 9.0, 0.6, p("Pbrand", "INSTITUT BANK - BANK MALAYSIA"))
            + rect(0, 18.3, 25.4, 0.12, "", "gbar")
            + frame(1.2, 18.45, 16, 0.5, p("Pfoot", COPY))
            + frame(21.2, 18.45, 3.0, 0.5, p("Pnum", str(n))))


def columns(headers, bodies, y=5.6):
    x0, width, gap = 1.2, 23.0, 0.25
    cw = (width - 4 * gap) / 5
    out = []
    for i, (hd, body) in enumerate(zip(headers, bodies)):
        x = round(x0 + i * (cw + gap), 3)
        out.append(frame(x, y, round(cw, 3), 1.2, p("Plvl", hd), "ghead"))
        out.append(frame(x, y + 1.3, round(cw, 3), 9.6, body, "gbody"))
    return "".join(out)


def page(n, content):
    return f'<draw:page draw:name="Slide{n}" draw:master-page-name="Default">{content}</draw:page>'


def build_fodp():
    pages = []
    # 1 cover
    pages.append(page(1,
        frame(1.5, 0.8, 22.4, 0.8, p("Pbrand", "INSTITUT BANK - BANK MALAYSIA"))
        + rect(1.5, 5.0, 0.35, 7.0, "", "gbar")
        + frame(2.4, 5.0, 21.0, 4.2, p("Pcov1", "Banking and Finance Industry Competency Framework"))
        + frame(2.4, 9.4, 21.0, 1.2, p("Pcov2", "Core Competency Guide: Proficiency Levels"))
        + frame(2.4, 11.0, 21.0, 1.0, p("Pcov3", "24 August 2013"))
        + frame(1.5, 18.0, 20, 0.6, p("Pfoot", COPY))))
    # 2 contents
    pages.append(page(2, chrome(2)
        + frame(1.2, 1.5, 22, 1.6, p("Ptitle", "Contents"))
        + frame(1.2, 3.8, 22, 12, "".join(p("Plist", t) for t in [
            "1.  About the Core Competency Guide",
            "2.  Proficiency levels at a glance",
            "3.  Core competencies",
            "4.  Applying the Core Competency Guide"]))))
    # 3 about
    pages.append(page(3, chrome(3)
        + frame(1.2, 1.5, 22, 1.6, p("Ptitle", "About the Core Competency Guide"))
        + frame(1.2, 3.9, 22.5, 13, bullets([
            "Describes the behaviours expected of every banker, whatever the function or grade",
            "Each core competency carries a short definition and five proficiency levels",
            "Levels are cumulative: a banker working at Level 3 also shows the behaviours of Levels 1 and 2",
            "Read the guide together with the technical competency guides and the role profiles",
            "The core competencies on the following slides are a sample: the full guide is issued to member "
            "institutions"], "Plist"))))
    # 4 scale at a glance
    pages.append(page(4, chrome(4)
        + frame(1.2, 1.5, 22, 1.6, p("Ptitle", "Proficiency levels at a glance"))
        + frame(1.2, 3.4, 23, 1.6, p("Pdef", "The same five-level scale is used for every core competency."))
        + columns(LEVELS, [p("Pbody", s) for s in SCALE])
        + frame(14.2, 16.6, 10, 0.7, p("Parrow", "Increasing proficiency \u2192"))))
    # 5-8 one competency per slide
    for i, (name, definition, levels) in enumerate(COMPETENCIES):
        n = 5 + i
        pages.append(page(n, chrome(n)
            + frame(1.2, 1.0, 15, 0.7, p("Pkicker", f"Core Competency {i + 1} of {len(COMPETENCIES)}"))
            + frame(1.2, 1.7, 22, 1.5, p("Ptitle", name))
            + frame(1.2, 3.3, 23, 2.0, p("Pdef", definition))
            + columns(LEVELS, [bullets(b) for b in levels])
            + frame(14.2, 16.6, 10, 0.7, p("Parrow", "Increasing proficiency \u2192"))))
    # 9 applying
    n = 5 + len(COMPETENCIES)
    apps = [("Select", "Define what to look for when recruiting and promoting"),
            ("Develop", "Identify gaps and plan learning against the levels"),
            ("Perform", "Agree expected behaviours in the annual appraisal"),
            ("Reward", "Recognise staff who work at higher levels"),
            ("Succeed", "Assess readiness for critical roles")]
    boxes = "".join(
        frame(round(1.2 + k * 4.65, 2), 5.0, 4.4, 2.2, p("Pbox", a), "gapp")
        + frame(round(1.2 + k * 4.65, 2), 7.5, 4.4, 4.0, p("Pbody", b))
        for k, (a, b) in enumerate(apps))
    pages.append(page(n, chrome(n)
        + frame(1.2, 1.5, 22, 1.6, p("Ptitle", "Applying the Core Competency Guide"))
        + frame(1.2, 3.4, 23, 1.2, p("Pdef", "Integrated uses of job competencies"))
        + boxes))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.2" '
            f'office:mimetype="application/vnd.oasis.opendocument.presentation">'
            f'<office:meta><dc:title>{escape(TITLE)}</dc:title></office:meta>'
            f'<office:styles/><office:automatic-styles>'
            f'<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" '
            f'fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="25.4cm" '
            f'fo:page-height="19.05cm" style:print-orientation="landscape"/></style:page-layout>'
            f'<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties '
            f'draw:fill="solid" draw:fill-color="#ffffff"/></style:style>'
            f'{STYLES}</office:automatic-styles>'
            f'<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1" '
            f'draw:style-name="dp1"/></office:master-styles>'
            f'<office:body><office:presentation>{"".join(pages)}</office:presentation></office:body>'
            f'</office:document>')


def gold():
    comps = []
    for name, definition, levels in COMPETENCIES:
        lv = [L.level(r + 1, LEVELS[r], [L.item(STEM, t) for t in levels[r]]) for r in range(5)]
        comps.append(L.competency(STEM, name, definition, levels=lv))
    return comps


def main():
    tmp = Path(tempfile.mkdtemp(prefix="bj-ibbm-"))
    src = tmp / f"{STEM}.fodp"
    src.write_text(build_fodp(), encoding="utf-8")
    L.convert(src, PDF, "pdf:impress_pdf_Export")
    L.write_gold(PDF, "pdf", TITLE, gold())
    print("wrote", PDF)


if __name__ == "__main__":
    main()
