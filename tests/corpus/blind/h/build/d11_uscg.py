"""U.S. Coast Guard, COMDTINST 5351.1 Enclosure (1) "Coast Guard Leadership Competencies": plain text.

A text copy of the directive's enclosure: running "Encl. (1) to COMDTINST 5351.1" at the top of every page, a
centred page number at the foot, rules of underscores around section labels, DEFINITION / PURPOSE / CATEGORIES
front matter (category definitions printed as "Self--..." run-ins), then the competencies as the same kind of
"Name--description" run-in paragraphs, hard-wrapped at 72 columns; one paragraph runs over a page break.
"""
import textwrap

import helpers as H

STEM = "uscg-leadership-competencies-comdtinst-5351-1"
TITLE = "Coast Guard Leadership Competencies"
RULE = "_" * 57
HDR = "Encl. (1) to COMDTINST 5351.1"

SELF = [
    ("Accountability and Responsibility",
     "Coast Guard people hold themselves answerable for their own actions and for the results of the work "
     "entrusted to them. They act with integrity, meet their commitments, take ownership of mistakes and learn "
     "from them."),
    ("Followership",
     "Coast Guard people support the decisions of their leaders and give their best effort to carry them out. "
     "Good followers offer candid advice before a decision is made, and work to make the leader and the team "
     "succeed once it is made."),
    ("Self Awareness and Learning",
     "Coast Guard people understand their own strengths, weaknesses, values and preferences and seek feedback on "
     "their performance. They set goals for continuing personal and professional growth and take advantage of "
     "every chance to learn."),
    ("Aligning Values",
     "Coast Guard people understand the Service's core values of Honor, Respect, and Devotion to Duty and bring "
     "their own beliefs and behavior into line with them."),
    ("Health and Well-Being",
     "Coast Guard people look after their physical, mental and spiritual health so that they can perform "
     "effectively and cope with the stress of demanding missions. They balance work and personal life, and they "
     "encourage shipmates and co-workers to do the same."),
]
OTHERS = [
    ("Influencing Others",
     "Coast Guard people persuade and motivate others to work toward shared goals, using personal example, sound "
     "reasoning and an understanding of what matters to the people involved."),
    ("Respect for Others and Diversity Management",
     "Coast Guard people treat every person with dignity and fairness and value the different backgrounds, "
     "perspectives and talents that each member brings to Team Coast Guard."),
    ("Effective Communications",
     "Coast Guard people express themselves clearly and concisely when speaking and writing, listen actively to "
     "others, and make sure that information reaches the people who need it."),
    ("Mentoring",
     "Coast Guard people share their knowledge and experience to help others develop. Mentors offer guidance, "
     "encouragement and honest feedback, and help less experienced members plan their careers."),
]


def wrap(text):
    return textwrap.wrap(text, width=72)


def page_foot(n):
    return ["", "", " " * 35 + str(n), "", ""]


def build():
    L = [HDR, "", TITLE, RULE, "DEFINITION"]
    L += wrap("Leadership competencies are measurable patterns of behavior that are essential to leading. The Coast "
              "Guard has identified 21 competencies consistent with our missions, work force, and core values of "
              "Honor, Respect, and Devotion to Duty.")
    L += [RULE, "PURPOSE"]
    L += wrap("Setting out our leadership competencies will help Team Coast Guard become familiar with these "
              "important concepts. Expectations of performance based on the competencies will be published later; "
              "they will describe the leadership knowledge, skills, attitudes, and abilities that individuals "
              "should possess at various levels. Competencies and expectations together will form integral parts "
              "of the Leadership Development Program, whose ultimate goal is better mission performance.")
    L += [RULE, "CATEGORIES"]
    L += wrap("The competencies fall broadly into three categories: SELF, WORKING WITH OTHERS, and PERFORMANCE, "
              "although some competencies overlap categories. Developing them in all Coast Guard people promotes "
              "the continuous improvement the Service needs to provide valued service to the public and remain "
              "SEMPER PARATUS.")
    L += [""]
    L += wrap("Self--Understanding oneself and one's own abilities, including personality, values, preferences, and "
              "potential as a Coast Guard member, is fundamental to developing as a leader.")
    L += [""]
    L += wrap("Working with Others--Leadership means working with and influencing others to achieve common goals, "
              "whether as supervisor, mentor, manager, team member, team leader, peer, or subordinate.")
    L += [""]
    L += wrap("Performance--Coast Guard people constantly face challenges in mission operations. Meeting them "
              "calls for leadership that applies sound management and technical skills to get results.")
    L += page_foot(1)

    L += [HDR, "", RULE, "SELF", RULE]
    for i, (name, text) in enumerate(SELF):
        lines = wrap(f"{name}--{text}")
        if name == "Health and Well-Being":          # this paragraph runs over the page break
            L += lines[:2] + page_foot(2) + [HDR, ""] + lines[2:]
        else:
            L += lines
        L.append("")
    L += [RULE, "WORKING WITH OTHERS", RULE]
    for name, text in OTHERS:
        L += wrap(f"{name}--{text}") + [""]
    L += page_foot(3)

    out = H.DOCS / f"{STEM}.txt"
    out.write_text("\n".join(L).rstrip() + "\n", encoding="utf-8")
    comps = [H.competency(STEM, n, t) for n, t in SELF + OTHERS]
    H.write_gold(out, "txt", TITLE, comps)


if __name__ == "__main__":
    build()
