"""BC Health Leadership Development Collaborative - Leadership LINX LEADS development guide (PDF, activities by leader level)."""
from docx.shared import Pt, Cm
import cclib as L
import ccdocx as X

STEM = "bchldc-leads-engage-others-development-guide"
TITLE = "LEADS Capability Development Guide"
LEVELS = ["New Manager", "Experienced Leader", "Senior Leader"]

COMPS = [
    dict(name="Communicate effectively",
         definition="Leaders listen well and encourage open exchange of information and ideas, using appropriate "
                    "communication media. They tailor the message to the audience and check that it has been "
                    "received as intended.",
         acts={LEVELS[0]: ["Open each team huddle by asking one question and listening to the answers before you speak.",
                           "Ask a trusted colleague to observe a meeting you chair and give you feedback on how much you talk versus listen.",
                           "Rewrite one of your recent emails to staff in plain language and compare the responses."],
               LEVELS[1]: ["Plan the communication for a service change using a stakeholder map, including patients and families.",
                           "Hold a listening session with front-line staff on a unit other than your own."],
               LEVELS[2]: ["Lead a town hall on a difficult organizational decision and take unscripted questions.",
                           "Review how your portfolio communicates with physicians and agree one change with medical leaders."]},
         coach=["What did you hear in your last conversation that surprised you?",
                "Who needs to hear this message, and who should they hear it from?"],
         reads=[("Patterson, K., Grenny, J., McMillan, R., & Switzler, A. (2012). Crucial conversations: Tools for "
                 "talking when stakes are high (2nd ed.). McGraw-Hill.",
                 "Crucial conversations: Tools for talking when stakes are high",
                 ["K. Patterson", "J. Grenny", "R. McMillan", "A. Switzler"], "McGraw-Hill", 2012),
                ("Dickson, G., & Tholl, B. (2020). Bringing leadership to life in health: LEADS in a caring "
                 "environment (2nd ed.). Springer.",
                 "Bringing leadership to life in health: LEADS in a caring environment",
                 ["G. Dickson", "B. Tholl"], "Springer", 2020)],
         watch=[("Treasure, J. (2011, July). 5 ways to listen better [Video]. TEDGlobal.",
                 "5 ways to listen better", ["J. Treasure"], "TEDGlobal", 2011)],
         courses=["LEADS Engage Others workshop (Canadian College of Health Leaders), 1 day, in person",
                  "Difficult Conversations for Health Leaders, 3 x 90-minute virtual sessions"]),
    dict(name="Build teams",
         definition="Leaders facilitate environments of collaboration and cooperation to achieve results. They "
                    "bring people together around shared goals, clarify roles and deal constructively with "
                    "conflict inside the team.",
         acts={LEVELS[0]: ["Agree a team charter with your staff that sets out purpose, roles and how decisions are made.",
                           "Use a structured debrief after a busy shift or an incident to learn as a team."],
               LEVELS[1]: ["Sponsor an interprofessional quality improvement project and coach the team through it.",
                           "Bring two teams that hand over patients to one another together to redesign the transition."],
               LEVELS[2]: ["Build your leadership team's norms with an external facilitator and review them every six months.",
                           "Create a cross-program team to tackle a system issue such as patient flow."]},
         coach=["How safe do people on your team feel to raise a concern?",
                "Which conflict on your team have you been avoiding, and what would it take to address it?"],
         reads=[("Edmondson, A. C. (2012). Teaming: How organizations learn, innovate, and compete in the "
                 "knowledge economy. Jossey-Bass.",
                 "Teaming: How organizations learn, innovate, and compete in the knowledge economy",
                 ["A. C. Edmondson"], "Jossey-Bass", 2012),
                ("Lencioni, P. (2002). The five dysfunctions of a team: A leadership fable. Jossey-Bass.",
                 "The five dysfunctions of a team: A leadership fable", ["P. Lencioni"], "Jossey-Bass", 2002)],
         watch=[("Edmondson, A. (2014, May). Building a psychologically safe workplace [Video]. TEDxHGSE.",
                 "Building a psychologically safe workplace", ["A. Edmondson"], "TEDxHGSE", 2014)],
         courses=["Leading High-Performing Teams (Leadership LINX), 2 days, in person",
                  "TeamSTEPPS Fundamentals, online module, 2 hours"]),
]


def build():
    d = X.new_doc(font="Calibri", size=10.5, letter=True, margins_cm=2.0)
    X.color_heading(d, 1, "006A4E")
    X.color_heading(d, 2, "006A4E")
    X.color_heading(d, 3, "404040")
    X.header_footer(d, "Leadership LINX", "BC Health Leadership Development Collaborative",
                    "Provincial Pathway of Leadership Development \u2013 LEADS Development Guide", color="006A4E")
    X.para(d, "LEADS Capability Development Guide", bold=True, size=22, color="006A4E", space_after=0)
    X.para(d, "Engage Others", bold=True, size=16, color="404040", space_after=10)
    X.para(d, "This guide supports leaders in British Columbia\u2019s health authorities to plan development in the "
              "Engage Others domain of the LEADS in a Caring Environment framework. Leadership LINX organises "
              "development along a provincial pathway with five key areas: coaching, mentoring, new manager, "
              "experienced leader and senior leader.")
    X.para(d, "For each capability you will find development activities for your stage on the pathway, coaching "
              "questions to take to your coach or mentor, and selected resources. Choose one or two activities, "
              "agree them with your manager and record them in your learning plan.")
    bn = X.bullet_num(d)
    comps = []
    for c in COMPS:
        X.page_break(d)
        X.para(d, "ENGAGE OTHERS", bold=True, size=9, color="808080", space_after=0)
        d.add_heading(c["name"], level=1)
        X.para(d, c["definition"])
        d.add_heading("Development activities by leader level", level=2)
        acts = []
        for lv in LEVELS:
            d.add_heading(lv, level=3)
            X.bullets(d, c["acts"][lv], bn)
            acts += L.items(STEM, c["acts"][lv], lv)
        d.add_heading("Coaching and mentoring questions", level=2)
        X.bullets(d, c["coach"], bn)
        d.add_heading("Formal learning", level=2)
        X.bullets(d, c["courses"], bn)
        d.add_heading("Resources", level=2)
        X.para(d, "Read", bold=True, space_after=2)
        for r in c["reads"]:
            p = X.para(d, r[0], space_after=4)
            p.paragraph_format.left_indent = Cm(1)
            p.paragraph_format.first_line_indent = Cm(-1)
        X.para(d, "Watch", bold=True, space_after=2)
        for r in c["watch"]:
            p = X.para(d, r[0], space_after=4)
            p.paragraph_format.left_indent = Cm(1)
            p.paragraph_format.first_line_indent = Cm(-1)
        reads = [L.reading(STEM, *r) for r in c["reads"] + c["watch"]]
        comps.append(L.competency(STEM, c["name"], c["definition"], activities=acts,
                                  courses=L.items(STEM, c["courses"]), readings=reads,
                                  tips=L.items(STEM, c["coach"])))
    out = L.DOCS / f"{STEM}.pdf"
    L.docx_to_pdf(d, out)
    L.write_gold(out, "pdf", TITLE, comps)


def main():
    build()


if __name__ == "__main__":
    main()
