"""Cayman Islands Civil Service College - competency-based learning catalogue (PDF, course tables)."""
from docx.shared import Pt
import cclib as L
import ccdocx as X

STEM = "csc-cayman-learning-catalogue"
TITLE = "Learning Catalogue 2024/25"

COMPS = [
    dict(num="Core Competency 1", name="Customer Service Excellence",
         definition="Puts the people of the Cayman Islands at the centre of every service. Understands what "
                    "customers need, responds promptly and courteously, keeps promises and uses feedback to make "
                    "services simpler, faster and fairer.",
         courses=[("CSC-CS101", "Customer Service Fundamentals", "1 day", "F2F"),
                  ("CSC-CS102", "Handling Difficult Customer Interactions", "½ day", "WS"),
                  ("CSC-CS210", "Designing Services Around the Customer", "3 x 2-hour sessions", "BL"),
                  ("CSC-CS015", "Service Standards in the Civil Service", "45 minutes", "OL")],
         also=["Spend a morning on the front counter or call centre of a service your team supports.",
               "Review the last quarter's customer complaints with your supervisor and agree one improvement.",
               "Map a service from the customer's point of view and remove one unnecessary step."]),
    dict(num="Core Competency 2", name="Communicating Effectively",
         definition="Shares information clearly, accurately and in good time, in writing and in person. Listens "
                    "actively, adapts the message to the audience and checks that it has been understood.",
         courses=[("CSC-CM101", "Plain Language Writing for Government", "1 day", "F2F"),
                  ("CSC-CM120", "Writing Cabinet Papers and Briefing Notes", "2 days", "F2F"),
                  ("CSC-CM205", "Presenting with Confidence", "1 day", "WS"),
                  ("CSC-CM030", "Email Etiquette and Records", "30 minutes", "OL")],
         also=["Ask a senior colleague to review a briefing note you have drafted and discuss the changes.",
               "Volunteer to present your section's update at the next departmental meeting."]),
    dict(num="Core Competency 3", name="Leading and Developing People",
         definition="Gives direction, builds capable teams and helps each person to grow. Sets clear expectations, "
                    "coaches and gives regular feedback, and addresses performance issues fairly and early.",
         courses=[("CSC-LD201", "Foundations of Supervision", "3 days", "F2F"),
                  ("CSC-LD215", "Coaching Conversations for Managers", "1 day", "WS"),
                  ("CSC-LD230", "Managing Performance in the Civil Service", "4 weeks (part-time)", "BL"),
                  ("CSC-LD300", "ILM Level 3 Certificate in Leadership and Management", "6 months", "BL"),
                  ("CSC-LD040", "Conducting Effective Appraisals", "1 hour", "OL")],
         also=["Hold a monthly one-to-one with each member of your team and keep a short note of agreed actions.",
               "Mentor a new civil servant during their first six months.",
               "Act up for your manager during a period of leave and reflect on what you learned."]),
]


def build():
    d = X.new_doc(font="Arial", size=10)
    X.color_heading(d, 1, "00558C")
    X.color_heading(d, 2, "00558C")
    X.header_footer(d, "CAYMAN ISLANDS GOVERNMENT", "Civil Service College",
                    "CSC Learning Catalogue 2024/25 \u2013 Core Competencies")
    X.para(d, TITLE, bold=True, size=24, color="00558C", space_after=2)
    X.para(d, "Competency-based learning for the Cayman Islands Civil Service", italic=True, size=13,
           color="404040", space_after=12)
    X.para(d, "The Civil Service College (CSC) takes a competency-based approach to learning. Every programme "
              "in this catalogue is linked to one of the core competencies of the Civil Service, so that you and "
              "your manager can choose learning that closes a gap identified in your performance agreement.")
    X.para(d, "Learning pathways", bold=True, size=11, color="00558C")
    bn = X.bullet_num(d)
    X.bullets(d, ["F2F \u2013 Face2Face classroom learning at Government Administration Building",
                  "WS \u2013 Workshop (interactive, small groups)",
                  "BL \u2013 Blended learning (online modules with facilitated sessions)",
                  "OL \u2013 Online, self-paced through the CSC learning portal"], bn)
    X.para(d, "To book a place, ask your line manager to approve the request in the learning portal. "
              "Places are confirmed by the CSC ten working days before the start date.", italic=True, size=9)
    comps = []
    for i, c in enumerate(COMPS):
        if i:
            X.page_break(d)
        X.para(d, c["num"].upper(), bold=True, size=9, color="808080", space_after=0)
        d.add_heading(c["name"], level=1)
        X.para(d, "What it means", bold=True, color="00558C", space_after=2)
        X.para(d, c["definition"])
        X.para(d, "Programmes", bold=True, color="00558C", space_after=4)
        X.table(d, ["Code", "Programme", "Duration", "Delivery"], c["courses"], [2.8, 8.2, 3.4, 2.2],
                header_fill="00558C")
        X.para(d, "")
        X.para(d, "Also consider", bold=True, color="00558C", space_after=2)
        X.bullets(d, c["also"], bn)
        comps.append(L.competency(STEM, c["name"], c["definition"],
                                  courses=L.items(STEM, [" | ".join(r) for r in c["courses"]]),
                                  activities=L.items(STEM, c["also"])))
    out = L.DOCS / f"{STEM}.pdf"
    L.docx_to_pdf(d, out)
    L.write_gold(out, "pdf", TITLE, comps)


def main():
    build()


if __name__ == "__main__":
    main()
