"""Northern Ireland Assembly Commission (Assembly Secretariat), "Assembly Skills and Behaviours" -> DOCX.

python-docx, NO heading styles anywhere: every paragraph is Normal. The document title is a large bold
Normal paragraph; each skill name is a bold Normal paragraph (14 pt, dark red); "Why is it important?" is a
bold Normal paragraph; the lead-ins "In doing this we all must:" and "And as managers we must also:" are
plain Normal paragraphs followed by Word bullet lists (w:numPr on Normal paragraphs, no List style).
Intro paragraphs (front matter) and a closing contact line (boilerplate)."""
from docx import Document
from docx.shared import Cm, Pt, RGBColor

import common as C
import helpers as H

STEM = "nia-assembly-skills-and-behaviours"
TITLE = "Assembly Skills and Behaviours"
ALL = "In doing this we all must:"
MGR = "And as managers we must also:"

SKILLS = [
    ("Parliamentary & Political Understanding",
     "Parliamentary & Political Understanding means having a sound grasp of the wider political "
     "environment, of what the Assembly does and where our own role fits, and of the degree of public "
     "scrutiny that the actions and decisions of Assembly staff attract. It calls for impartiality, "
     "integrity and political sensitivity.",
     "We are a high-profile organisation that must balance statutory duties against operational demands. "
     "We need to keep in mind the unusual working environment of a parliament and how each of our roles "
     "supports the delivery of Assembly services.",
     ["act impartially and deal with others professionally, efficiently and helpfully;",
      "stay alert to the political environment in which the Assembly works;",
      "build our understanding of the Assembly and of how our work supports its services."],
     ["think through the organisational consequences of decisions and how Members, the public and the media "
      "may see them;",
      "help staff understand where their role fits within the Assembly;",
      "keep our knowledge of the political context up to date and share it with our teams."]),
    ("Delivering Quality Services",
     "Delivering Quality Services means providing services to Members, the public and colleagues that are "
     "accurate, timely and responsive, and looking continually for ways to improve them.",
     "The Assembly's reputation depends on the quality of the services we provide, often to tight "
     "parliamentary deadlines. Members and the public should receive the same high standard whichever part "
     "of the Secretariat they deal with.",
     ["understand who our customers are and what they need from us;",
      "get things right first time and put mistakes right quickly when they happen;",
      "meet deadlines, and warn others early when a deadline is at risk;",
      "suggest ways in which our services could be improved."],
     ["set clear standards of service and monitor performance against them;",
      "use feedback from Members and the public to shape how services are delivered;",
      "make sure resources are directed to the services that matter most."]),
    ("Working Together",
     "Working Together means building effective relationships within and across teams, sharing knowledge and "
     "supporting colleagues so that the Secretariat works as one organisation.",
     "Many of the services we deliver depend on several directorates working together, particularly when the "
     "Assembly is sitting. Good working relationships help us respond quickly and consistently.",
     ["treat colleagues with courtesy and respect and value their contributions;",
      "share information and expertise openly;",
      "offer help to colleagues in other teams at busy times."],
     ["build a team spirit in which people feel able to contribute and to raise concerns;",
      "work with other managers to remove obstacles between teams;",
      "deal promptly and fairly with behaviour that undermines team working."]),
]


def bold_para(d, text, size=11, color=None, before=6, after=3):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    H.space(p, before, after)
    return p


def build():
    d = Document()
    H.set_font(d, "Verdana", 10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)

    bold_para(d, TITLE, 18, "7A1F2B", 0, 8)
    d.add_paragraph(
        "The Assembly Skills and Behaviours set out the skills and behaviours that are essential to effective "
        "performance in the Assembly Secretariat. They underpin our people management processes and show the "
        "skills and behaviours that the Assembly Commission values.")
    d.add_paragraph(
        "Their purpose is to give us a shared language for HOW we go about our daily work. Used well, they will "
        "help us manage and improve performance and build a more effective organisation.")
    bl = C.add_numbering(d, C.bullet_lvl("\u2022", left=567, hanging=283, font="Verdana"), "3C6F8D22")

    for name, definition, why, all_staff, managers in SKILLS:
        bold_para(d, name, 14, "7A1F2B", 16, 4)
        d.add_paragraph(definition)
        bold_para(d, "Why is it important?")
        d.add_paragraph(why)
        for lead, lst in ((ALL, all_staff), (MGR, managers)):
            p = d.add_paragraph(lead)
            H.space(p, 4, 2)
            for b in lst:
                q = d.add_paragraph(b)
                C.set_num(q, bl)
                H.space(q, 0, 2)

    p = d.add_paragraph(
        "If you need this information in an alternative format, please contact the Human Resources Office.")
    H.space(p, 18, 0)
    for r in p.runs:
        r.italic = True
        r.font.size = Pt(8)

    C.clear_core_props(d, TITLE)
    out = H.DOCS / f"{STEM}.docx"
    d.save(out)
    return out


def gold(doc_path):
    comps = []
    for name, definition, why, all_staff, managers in SKILLS:
        ind = H.items(all_staff, STEM, ALL.rstrip(":")) + H.items(managers, STEM, MGR.rstrip(":"))
        comps.append(H.comp(name, STEM, definition, indicators=ind,
                            notes=[H.it(why, STEM, "Why is it important?")]))
    return H.write_gold(doc_path, "docx", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(p, gold(p))
