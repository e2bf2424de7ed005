"""pht-competency-framework.pdf: a framework laid out as a slide deck (PowerPoint-style 16:9 slides, here a
flat ODP exported to PDF by LibreOffice Impress): every slide is a set of absolutely placed text boxes.

Slides: cover; "How to read the competencies" (callout boxes explaining group band, name, description, the
five levels and the behavioural indicators); "Competency Groups" (five coloured group tiles listing their
competencies); then one competency per slide: a coloured group band ("Personal Attributes"), the competency
name, a description box, and FIVE side-by-side level columns (Foundational, Intermediate, Adept, Advanced,
Highly Advanced), each a heading tile over a text box of "▪" bullets. Footer "Primary Health Tasmania | PHT
COMPETENCY FRAMEWORK" and the slide number on every slide. In the PDF the five columns sit side by side, so
a text extractor reading line by line interleaves them.

Modelled on Primary Health Tasmania, "Primary Health Tasmania Competency Framework"
(https://pdfslide.us/documents/primary-health-tasmania-competency-framework-and-attributes-required-by-primary.html,
https://businessdocbox.com/89382311-Human_Resources/The-primary-health-tasmania-pht-competency-framework.html):
contents (Foreword, About the PHT Competency Framework, Competency Groups, How to read the competencies),
five groups (Personal Attributes, Relationships, Results, Business Supports, People Leadership and
Management) and their competency names, the "Adapt and Respond to Change" description opening. The stored
copy showed the contents only: the level names follow the NSW public sector capability framework the PHT
framework is built like (assumption), and the descriptions and indicators are ours. Excerpt: the Personal
Attributes group, three of its four competencies.
"""
import sys

import bylib as L
from bylib import esc

DOC = "pht-competency-framework"
OUT = L.DOCS / f"{DOC}.pdf"
W, H = 33.867, 19.05
FOOT = "Primary Health Tasmania | PHT COMPETENCY FRAMEWORK"
LEVELS = ["Foundational", "Intermediate", "Adept", "Advanced", "Highly Advanced"]

GROUPS = [("Personal Attributes", "#00698f", ["Adapt and Respond to Change", "Display Resilience and Courage",
                                              "Act with Integrity", "Manage Self"]),
          ("Relationships", "#6a2c70", ["Communicate Effectively", "Commit to Customer Service",
                                        "Influence and Negotiate", "Work Collaboratively"]),
          ("Results", "#c0392b", ["Demonstrate Accountability", "Deliver Results", "Plan and Prioritise",
                                  "Think and Solve Problems"]),
          ("Business Supports", "#d68910", ["Finance", "Technology", "Procurement and Contract Management",
                                            "Project Management"]),
          ("People Leadership and Management", "#1e8449", ["Manage and Develop People",
                                                           "Inspire Direction and Purpose",
                                                           "Optimise Business Outcomes",
                                                           "Manage Reform and Change"])]

COMPETENCIES = [
    ("Adapt and Respond to Change",
     "Adapt to changing circumstances, accept new ideas and ways of working, and stay effective when "
     "priorities shift.",
     [["Is open to new ideas and different ways of doing things",
       "Adjusts own work when asked to follow new procedures",
       "Asks questions to understand the reasons for change"],
      ["Adapts own plans and priorities when circumstances change",
       "Stays positive and productive during periods of change",
       "Suggests practical improvements to the way work is done"],
      ["Helps colleagues understand and work through change",
       "Anticipates how change will affect the team and plans ahead",
       "Treats setbacks as opportunities to learn and improve"],
      ["Leads the team through change, keeping people informed and engaged",
       "Identifies changes in the primary health sector that will affect PHT and responds early",
       "Encourages others to try new approaches and take considered risks"],
      ["Champions a culture that welcomes change and innovation across PHT",
       "Shapes PHT\u2019s response to major reforms in primary health care",
       "Stays composed and decisive in uncertain and ambiguous situations"]]),
    ("Act with Integrity",
     "Be ethical and professional, and uphold and promote the values of Primary Health Tasmania.",
     [["Behaves honestly, ethically and professionally at all times",
       "Follows PHT policies, including those on privacy and conflicts of interest",
       "Reports behaviour that falls short of PHT\u2019s values"],
      ["Is a role model for others in following the Code of Conduct",
       "Handles confidential information appropriately",
       "Raises concerns about practices that may breach policy"],
      ["Models the highest standards of ethical behaviour in the team",
       "Makes sure the team understands and meets its legal and ethical obligations",
       "Deals promptly with conduct and integrity issues as they arise"],
      ["Builds a culture of integrity and professionalism across own area",
       "Makes decisions that are transparent and can withstand scrutiny",
       "Acts quickly and visibly when serious integrity concerns are raised"],
      ["Champions PHT\u2019s values with the Board, funders and partners",
       "Sets a tone of integrity for the whole organisation",
       "Creates a climate in which staff feel safe to raise and report concerns"]]),
    ("Manage Self",
     "Show drive and motivation, a measured self-awareness and a commitment to learning.",
     [["Keeps up to date with the knowledge and skills the role needs",
       "Seeks and accepts feedback on own performance",
       "Shows enthusiasm and commitment to own work"],
      ["Sets own development goals and works towards them",
       "Reflects on feedback and changes own behaviour as a result",
       "Stays calm and focused under pressure"],
      ["Takes responsibility for own career and development",
       "Knows own strengths and limits and uses them to best effect",
       "Shows determination in the face of difficulties"],
      ["Seeks out challenging assignments to stretch own capability",
       "Asks for feedback from a wide range of people, including those with different views",
       "Balances work demands with own wellbeing and that of others"],
      ["Is a role model for continuous learning and self-awareness",
       "Reflects on own leadership and its effect on the organisation",
       "Stays resilient and purposeful under sustained pressure"]]),
]

STYLES = """
<style:style style:name="standard" style:family="graphic">
 <style:graphic-properties draw:stroke="none" draw:fill="none"/>
 <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
 <style:text-properties fo:font-family="'Liberation Sans'" style:font-family-generic="swiss" fo:font-size="14pt"/>
</style:style>
"""


def gstyle(name, fill, stroke=None, valign="top", pad="0.2cm"):
    st = (f'draw:stroke="solid" svg:stroke-color="{stroke}" svg:stroke-width="0.03cm"' if stroke
          else 'draw:stroke="none"')
    fl = f'draw:fill="solid" draw:fill-color="{fill}"' if fill else 'draw:fill="none"'
    return (f'<style:style style:name="{name}" style:family="graphic" style:parent-style-name="standard">'
            f'<style:graphic-properties {st} {fl} draw:textarea-vertical-align="{valign}" '
            f'draw:auto-grow-height="false" fo:padding-left="{pad}" fo:padding-right="{pad}" '
            f'fo:padding-top="{pad}" fo:padding-bottom="0.1cm"/></style:style>')


def pstyle(name, size, color="#222222", bold=False, align=None, mb="0cm", italic=False):
    al = f' fo:text-align="{align}"' if align else ""
    return (f'<style:style style:name="{name}" style:family="paragraph"><style:paragraph-properties '
            f'fo:margin-bottom="{mb}"{al}/><style:text-properties fo:font-size="{size}pt" fo:color="{color}"'
            + (' fo:font-weight="bold"' if bold else "") + (' fo:font-style="italic"' if italic else "")
            + "/></style:style>")


AUTO = (f'<style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="{W}cm" '
        f'fo:page-height="{H}cm" style:print-orientation="landscape" fo:margin-top="0cm" fo:margin-bottom="0cm" '
        'fo:margin-left="0cm" fo:margin-right="0cm"/></style:page-layout>'
        '<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties '
        'draw:fill="solid" draw:fill-color="#ffffff"/></style:style>'
        + gstyle("plain", None)
        + gstyle("cover", "#00698f", valign="middle", pad="1.2cm")
        + "".join(gstyle(f"g{i}", c, valign="middle", pad="0.5cm") for i, (_, c, _) in enumerate(GROUPS))
        + "".join(gstyle(f"t{i}", "#f4f6f7", stroke=c) for i, (_, c, _) in enumerate(GROUPS))
        + gstyle("desc", "#e8f4f8", stroke="#00698f", valign="middle", pad="0.4cm")
        + gstyle("lvhead", "#004a66", valign="middle", pad="0.25cm")
        + gstyle("lvbody", "#ffffff", stroke="#9bbccb", pad="0.25cm")
        + gstyle("call", "#fff8e1", stroke="#d68910", pad="0.3cm")
        + pstyle("Pcover", 40, "#ffffff", bold=True) + pstyle("Pcoversub", 20, "#ffffff", mb="0.3cm")
        + pstyle("Pband", 20, "#ffffff", bold=True) + pstyle("Pname", 28, "#00495f", bold=True)
        + pstyle("Pdesc", 15, "#1b2631", italic=True)
        + pstyle("Plv", 13, "#ffffff", bold=True, align="center")
        + pstyle("Pbul", 11, "#1b2631", mb="0.2cm")
        + pstyle("Pfoot", 9, "#5d6d7e") + pstyle("Pnum", 9, "#5d6d7e", align="end")
        + pstyle("Ptitle", 26, "#00495f", bold=True)
        + pstyle("Pcall", 12, "#1b2631", mb="0.15cm") + pstyle("Pcallh", 12, "#1b2631", bold=True, mb="0.1cm")
        + pstyle("Ptile", 11, "#1b2631", mb="0.12cm") + pstyle("Ptileh", 13, "#ffffff", bold=True)
        + '<text:list-style style:name="LB"><text:list-level-style-bullet text:level="1" text:bullet-char="\u25aa">'
          '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
          '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.45cm" '
          'fo:text-indent="-0.45cm" fo:margin-left="0.45cm"/></style:list-level-properties>'
          '<style:text-properties fo:color="#00698f"/></text:list-level-style-bullet></text:list-style>')

MASTER = '<style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="dp1"/>'


def frame(style, x, y, w, h, inner):
    return (f'<draw:frame draw:style-name="{style}" svg:x="{x:.2f}cm" svg:y="{y:.2f}cm" svg:width="{w:.2f}cm" '
            f'svg:height="{h:.2f}cm"><draw:text-box>{inner}</draw:text-box></draw:frame>')


def tp(style, text):
    return f'<text:p text:style-name="{style}">{esc(text)}</text:p>'


def bullets(lines, style="Pbul"):
    return ('<text:list text:style-name="LB">'
            + "".join(f'<text:list-item>{tp(style, t)}</text:list-item>' for t in lines) + "</text:list>")


def slide(n, inner, numbered=True):
    foot = frame("plain", 1.0, H - 1.0, 20, 0.7, tp("Pfoot", FOOT))
    num = frame("plain", W - 3.5, H - 1.0, 2.5, 0.7, tp("Pnum", str(n))) if numbered else ""
    return (f'<draw:page draw:name="Slide {n}" draw:master-page-name="Default" draw:style-name="dp1">'
            f'{inner}{foot}{num}</draw:page>')


def slides():
    out = []
    out.append(slide(1, frame("cover", 0, 0, W, 12.5,
                              tp("Pcover", "Primary Health Tasmania") + tp("Pcover", "Competency Framework")
                              + tp("Pcoversub", "The skills, knowledge and attributes we look for in every "
                                                "Primary Health Tasmania employee")), numbered=False))
    # how to read
    calls = [("1  Competency group", "The coloured band names the group the competency belongs to."),
             ("2  Competency name and description", "A short statement of what the competency is about."),
             ("3  Levels", "Five levels, from Foundational (the lowest) through Intermediate, Adept and "
                           "Advanced to Highly Advanced (the highest). Each position description states the "
                           "level required for the role."),
             ("4  Behavioural indicators", "Examples of what a person working at that level does. Indicators "
                                           "build on one another: each level assumes the levels below it.")]
    inner = frame("plain", 1.0, 0.8, W - 2, 1.6, tp("Ptitle", "How to read the competencies"))
    for i, (hd, tx) in enumerate(calls):
        x = 1.0 + i * 8.0
        inner += frame("call", x, 3.2, 7.4, 7.5, tp("Pcallh", hd) + tp("Pcall", tx))
    out.append(slide(2, inner))
    # groups
    inner = frame("plain", 1.0, 0.8, W - 2, 1.6, tp("Ptitle", "Competency Groups"))
    for i, (g, _, comps) in enumerate(GROUPS):
        x = 1.0 + i * 6.4
        inner += frame(f"g{i}", x, 3.0, 6.0, 2.0, tp("Ptileh", g))
        inner += frame(f"t{i}", x, 5.0, 6.0, 8.0, "".join(tp("Ptile", c) for c in comps))
    out.append(slide(3, inner))
    # one competency per slide
    colw, gap, x0 = 6.1, 0.25, 1.0
    for k, (name, desc, levels) in enumerate(COMPETENCIES):
        inner = frame("g0", 0, 0, W, 1.6, tp("Pband", "Personal Attributes"))
        inner += frame("plain", x0, 2.0, W - 2, 1.4, tp("Pname", name))
        inner += frame("desc", x0, 3.5, W - 2, 1.7, tp("Pdesc", desc))
        for j, (lv, beh) in enumerate(zip(LEVELS, levels)):
            x = x0 + j * (colw + gap)
            inner += frame("lvhead", x, 5.7, colw, 1.0, tp("Plv", lv))
            inner += frame("lvbody", x, 6.7, colw, 10.2, bullets(beh))
        out.append(slide(4 + k, inner))
    return "".join(out)


def gold():
    comps = []
    for name, desc, levels in COMPETENCIES:
        lv = [L.level(DOC, i, label, beh) for i, (label, beh) in enumerate(zip(LEVELS, levels), 1)]
        comps.append(L.competency(DOC, name, desc, levels=lv))
    return comps


def main():
    xml = L.fodp("PHT Competency Framework", STYLES, AUTO, MASTER, slides())
    L.flat_to_pdf(xml, OUT, "fodp")
    L.write_gold(OUT, "pdf", "Competency Framework", gold())
    print("wrote", OUT)


if __name__ == "__main__":
    sys.exit(main())
