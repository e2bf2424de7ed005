"""Teaching Council of Aotearoa New Zealand (Matatū Aotearoa), "Educational Leadership Capability
Framework" (2018, developed for the Council by NZCER) -> DOCX.

python-docx with real Heading styles: Title; intro and the three leadership spheres (front matter);
Heading 1 "Educational leadership capabilities"; per capability a Heading 2 name, a description paragraph,
the cross-referenced Tū Rangatira whenu as "Tū Rangatira:" paragraphs, Heading 3 "What this looks like"
with the three spheres as bold run-in sub-heads over Word bullet lists, and Heading 3 "Resources" with
APA-style references (italic titles, hanging indent)."""
from docx import Document
from docx.shared import Cm, Pt

import common as C
import helpers as H

STEM = "tcnz-educational-leadership-capability-framework"
TITLE = "Educational Leadership Capability Framework"
SPHERES = ["Leading organisations", "Leading teams", "Expert teacher, leadership of curriculum or initiative"]

CAPS = [
    ("Building and sustaining high trust relationships",
     "This lies at the heart of effective leadership. Trust grows when leaders are respected for their deep "
     "knowledge of teaching and learning, for their actions and values, and for engaging with others "
     "respectfully, with empathy and humility, so that discussion can be open. Such leaders have strong "
     "emotional intelligence and know themselves well.",
     ["Tū Rangatira: He kaitiaki (The guardian) \u2013 leaders protect and nurture a caring environment in "
      "which people and ideas are valued, health, safety and wellbeing are promoted, and relationships are "
      "strong.",
      "Tū Rangatira: He kaikōtuitui (The networker) \u2013 leaders build, broker and facilitate the "
      "relationships that help the organisation reach its goals."],
     {"Leading organisations": ["Models the values of the organisation in everyday decisions and interactions",
                                "Creates structures in which staff, learners and whānau can raise concerns and "
                                "know they will be heard",
                                "Repairs trust quickly when it has been damaged"],
      "Leading teams": ["Holds open and honest professional conversations with team members",
                        "Follows through on agreements made with the team",
                        "Recognises the strengths each team member brings"],
      "Expert teacher, leadership of curriculum or initiative":
          ["Shares practice openly and invites colleagues to observe and critique it",
           "Listens to colleagues' perspectives before proposing changes to curriculum or practice"]},
     [("Bryk, A. S., & Schneider, B. (2002). ", "Trust in schools: A core resource for improvement",
       ". New York, NY: Russell Sage Foundation.",
       ["A. S. Bryk", "B. Schneider"], "Russell Sage Foundation", 2002),
      ("Robinson, V. (2011). ", "Student-centered leadership", ". San Francisco, CA: Jossey-Bass.",
       ["V. Robinson"], "Jossey-Bass", 2011),
      ("Tschannen-Moran, M. (2014). ", "Trust matters: Leadership for successful schools",
       ". San Francisco, CA: Jossey-Bass.", ["M. Tschannen-Moran"], "Jossey-Bass", 2014)]),
    ("Ensuring culturally responsive practice and understanding of Aotearoa New Zealand's cultural heritage, "
     "using Te Tiriti o Waitangi as the foundation",
     "Valuing what every learner brings with them, and taking a strengths-based, inclusive approach so that "
     "learners feel they belong in the early childhood education service, kura or school. Leaders take "
     "responsibility for growing their own and others' confidence in culturally responsive practice, and for "
     "involving Māori whānau genuinely in shaping the organisation's vision and goals, grounded in a "
     "thoughtful understanding of the principles of Te Tiriti o Waitangi.",
     ["Tū Rangatira: He kaiarataki (The advocate) \u2013 leaders promote the development and use of "
      "strategies, plans and policies that realise learners' potential and educational success."],
     {"Leading organisations": ["Ensures the organisation's vision and strategic goals are shaped with Māori "
                                "whānau, hapū and iwi",
                                "Allocates time and resources for staff to build their knowledge of te reo and "
                                "tikanga Māori",
                                "Reviews data on the achievement and wellbeing of Māori and Pacific learners and "
                                "acts on what it shows"],
      "Leading teams": ["Helps the team plan learning that draws on learners' languages, identities and "
                        "cultures",
                        "Challenges deficit explanations of learners' progress"],
      "Expert teacher, leadership of curriculum or initiative":
          ["Develops curriculum resources that reflect local histories and the cultural heritage of the area",
           "Supports colleagues to use te reo Māori correctly in everyday teaching"]},
     [("Bishop, R., Berryman, M., & Wearmouth, J. (2014). ",
       "Te Kotahitanga: Towards effective education reform for indigenous and other minoritised students",
       ". Wellington: NZCER Press.", ["R. Bishop", "M. Berryman", "J. Wearmouth"], "NZCER Press", 2014),
      ("Education Review Office. (2016). ",
       "School evaluation indicators: Effective practice for improvement and learner success",
       ". Wellington: Education Review Office.", ["Education Review Office"], "Education Review Office", 2016),
      ("Ministry of Education. (2011). ", "Tātaiako: Cultural competencies for teachers of Māori learners",
       ". Wellington: Ministry of Education.", ["Ministry of Education"], "Ministry of Education", 2011)]),
]


def build():
    d = Document()
    H.set_font(d, "Calibri", 11)
    H.style_font(d, "Title", "Calibri", 24, True, "0B4F6C")
    for st, sz in (("Heading 1", 16), ("Heading 2", 14), ("Heading 3", 12)):
        H.style_font(d, st, "Calibri", sz, True, "0B4F6C")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)

    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph(
        "The Capability Framework describes the core capabilities that guide the growth of leadership in early "
        "childhood education services, kura and schools. For each capability it gives a high-level "
        "description and indicators of what the capability looks like in three spheres of leadership:")
    bl = C.add_numbering(d, C.bullet_lvl("\u2022", left=567, hanging=283, font="Calibri"), "4D7E9F33")
    for s in SPHERES:
        q = d.add_paragraph(s)
        C.set_num(q, bl)
    d.add_paragraph(
        "The descriptions refer to the whenu, the key leadership roles described in Tū Rangatira. A list of "
        "resources that show each capability in action follows the indicators.")

    d.add_heading("Educational leadership capabilities", 1)
    for name, desc, whenu, spheres, refs in CAPS:
        d.add_heading(name, 2)
        d.add_paragraph(desc)
        for w in whenu:
            p = d.add_paragraph()
            r = p.add_run(w.split(":")[0] + ":")
            r.bold = True
            p.add_run(w[len(w.split(":")[0]) + 1:])
        d.add_heading("What this looks like", 3)
        for sph in SPHERES:
            p = d.add_paragraph()
            p.add_run(sph).bold = True
            H.space(p, 6, 2)
            p.paragraph_format.keep_with_next = True
            for b in spheres[sph]:
                q = d.add_paragraph(b)
                C.set_num(q, bl)
                H.space(q, 0, 2)
        d.add_heading("Resources", 3)
        for pre, title, post, *_ in refs:
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1)
            p.paragraph_format.first_line_indent = Cm(-1)
            H.space(p, 0, 4)
            p.add_run(pre)
            p.add_run(title).italic = True
            p.add_run(post)

    C.clear_core_props(d, TITLE)
    out = H.DOCS / f"{STEM}.docx"
    d.save(out)
    return out


def gold(doc_path):
    comps = []
    for name, desc, whenu, spheres, refs in CAPS:
        ind = []
        for sph in SPHERES:
            ind += H.items(spheres[sph], STEM, sph)
        readings = [H.rd(pre + title + post, title, authors, pub, year, STEM)
                    for pre, title, post, authors, pub, year in refs]
        comps.append(H.comp(name, STEM, desc, indicators=ind, readings=readings,
                            notes=H.items(whenu, STEM)))
    return H.write_gold(doc_path, "docx", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(p, gold(p))
