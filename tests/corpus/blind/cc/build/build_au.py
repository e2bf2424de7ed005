"""Aarhus University, AU HR - competency development (DOCX, internal / external sources of learning)."""
from docx.shared import Pt
import cclib as L
import ccdocx as X

STEM = "au-competency-development-sdd"
TITLE = "Competency development in the staff development dialogue (SDD)"
G_IN, G_EX = "Internal sources of learning", "External sources of learning"

COMPS = [
    dict(name="Project management",
         definition="The ability to plan, organise and complete tasks and projects with several stakeholders, "
                    "within the agreed time and resources, and to adjust the plan when conditions change.",
         internal=["Take on the role of project manager for a smaller project in your unit",
                   "Peer-to-peer training with a colleague who has run a similar project",
                   "Join an internal network for project managers at AU",
                   "Evaluate the project with the group at the end and record the lessons learned"],
         external=["Course in project management basics",
                   "E-learning in planning tools",
                   "Experience exchange group with project staff from other universities"],
         questions=["Which tasks in the coming year could be organised as projects?",
                    "What support do you need from your manager to take on a project role?"]),
    dict(name="Digital competencies",
         definition="Using the university\u2019s digital tools and systems confidently and securely, and being "
                    "open to new ways of working digitally in teaching, research support and administration.",
         internal=["Learning from new employees who bring experience from other systems",
                   "Knowledge sharing at a team meeting: each member shows one shortcut or function",
                   "Coaching from a super-user in your department",
                   "Job swap for a week with a colleague who uses a different system"],
         external=["E-learning courses, for example in spreadsheets or data visualisation",
                   "Virtual meeting forums and user groups for the systems you work with",
                   "Conferences on digitalisation in the public sector"],
         questions=["Which digital tools would make your daily work easier if you mastered them better?",
                    "How will you share what you learn with your colleagues?"]),
    dict(name="Cooperation and communication",
         definition="Working constructively with colleagues, managers, students and external partners, "
                    "sharing knowledge and communicating clearly across units and professional groups.",
         internal=["Group development dialogue (GDD) with your team",
                   "Feedback from colleagues after a meeting or presentation",
                   "Mentorship programme for new employees",
                   "Better meetings through evaluation: agree with your team how you will evaluate your meetings"],
         external=["Course in communication and conflict management",
                   "Networks across universities within your professional field",
                   "After-work meetings arranged by your professional association"],
         questions=["With whom would you like to cooperate more closely in the coming year?",
                    "What feedback have you received on your communication, and what will you do with it?"]),
]


def build():
    d = X.new_doc(font="Georgia", size=10.5)
    for lv in (1, 2):
        X.color_heading(d, lv, "002546")
    X.header_footer(d, "AARHUS UNIVERSITY", "AU HR",
                    "Staff development dialogue (SDD) \u2013 competency development", color="002546")
    d.add_heading(TITLE, level=0)
    X.para(d, "Competency development involves more than courses and training programmes. New knowledge, "
              "skills or approaches can be developed in many ways, and the objective of the development should "
              "determine the method.")
    X.para(d, "Use this note to prepare your SDD. For each competency you will find examples of internal and "
              "external sources of learning. Always consider which method is the best and most "
              "resource-efficient way to reach the objective you agree with your manager.")
    bn = X.bullet_num(d, glyph="\u25aa")
    comps = []
    for c in COMPS:
        d.add_heading(c["name"], level=1)
        X.para(d, c["definition"], italic=True)
        d.add_heading(G_IN, level=2)
        X.bullets(d, c["internal"], bn)
        d.add_heading(G_EX, level=2)
        X.bullets(d, c["external"], bn)
        d.add_heading("Questions for your SDD", level=2)
        qn = X.decimal_num(d)
        X.bullets(d, c["questions"], qn)
        comps.append(L.competency(STEM, c["name"], c["definition"],
                                  activities=L.items(STEM, c["internal"], G_IN) + L.items(STEM, c["external"], G_EX),
                                  tips=L.items(STEM, c["questions"])))
    out = L.DOCS / f"{STEM}.docx"
    d.save(str(out))
    L.write_gold(out, "docx", TITLE, comps)


def main():
    build()


if __name__ == "__main__":
    main()
