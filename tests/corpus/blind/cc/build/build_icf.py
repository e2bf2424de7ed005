"""Institute of Chartered Foresters - CPD guidance by professional standard (PDF, readings table)."""
import cclib as L
import ccdocx as X

STEM = "icf-cpd-guide-professional-standards"
TITLE = "Planning your CPD around the Professional Standards"
GROUPS = ["Professional work-based activities", "Personal and informal learning",
          "Courses, seminars and conferences", "Voluntary or charity work"]

COMPS = [
    dict(no="Standard 1", name="Act with integrity",
         definition="Members are honest and trustworthy in all their professional dealings. They do not allow "
                    "bias, conflicts of interest or the undue influence of others to override their professional "
                    "judgement, and they give advice that they can stand behind.",
         acts={GROUPS[0]: ["Keep a register of any interests that could conflict with the advice you give to clients or your employer.",
                           "Ask a senior colleague to talk through a recent case where commercial and ethical considerations pulled in different directions."],
               GROUPS[1]: ["Re-read the Code of Ethics and Professional Conduct and note one situation from the past year to which each standard applied."],
               GROUPS[2]: ["Attend a regional group session on professional ethics or a webinar on anti-bribery and whistleblowing."],
               GROUPS[3]: ["Serve on the committee of a local woodland trust or community forestry group and follow its governance procedures."]},
         reading=[("Kidder, R. M.", "2009", "How Good People Make Tough Choices: Resolving the Dilemmas of Ethical Living", "Harper Perennial",
                   "How Good People Make Tough Choices: Resolving the Dilemmas of Ethical Living", ["R. M. Kidder"], 2009),
                  ("Ciulla, J. B.", "2020", "The Search for Ethics in Leadership, Business, and Beyond", "Springer",
                   "The Search for Ethics in Leadership, Business, and Beyond", ["J. B. Ciulla"], 2020)],
         reflect=["When did you last decline work, or change your advice, because of a conflict of interest?",
                  "Would you be comfortable if your reasoning on your last major decision were published?"]),
    dict(no="Standard 4", name="Take responsibility",
         definition="Members accept responsibility for their own actions and for the work of those they supervise. "
                    "They work only within their competence, keep their knowledge up to date and put things right "
                    "promptly when something goes wrong.",
         acts={GROUPS[0]: ["Carry out a post-project review of a planting, felling or tree-works contract and record what you would do differently.",
                           "Write or update a risk assessment for a site you manage and have it checked by a colleague."],
               GROUPS[1]: ["Keep a learning log of near misses and what each one taught you."],
               GROUPS[2]: ["Complete a refresher course in tree-safety management or contract supervision."],
               GROUPS[3]: ["Supervise volunteers on a conservation work day, taking charge of their briefing and safety."]},
         reading=[("Covey, S. R.", "1989", "The 7 Habits of Highly Effective People", "Free Press",
                   "The 7 Habits of Highly Effective People", ["S. R. Covey"], 1989),
                  ("Connors, R., Smith, T. and Hickman, C.", "2004",
                   "The Oz Principle: Getting Results through Individual and Organizational Accountability", "Portfolio",
                   "The Oz Principle: Getting Results through Individual and Organizational Accountability",
                   ["R. Connors", "T. Smith", "C. Hickman"], 2004)],
         reflect=["Which parts of your current role sit at the edge of your competence, and how are you closing the gap?"]),
    dict(no="Standard 6", name="Have regard for sustainability throughout your work",
         definition="Members weigh the environmental, social and economic consequences of their advice and "
                    "operations, for present and future generations, and promote the sustainable management of "
                    "trees, woods and forests.",
         acts={GROUPS[0]: ["Assess one of your management plans against the current UK Forestry Standard and list the gaps.",
                           "Include a climate-resilience section, covering species choice and pests, in your next woodland design."],
               GROUPS[1]: ["Follow a forest research bulletin or journal and summarise one new finding for your team each quarter."],
               GROUPS[2]: ["Attend the ICF National Conference or a study tour on a sustainability theme."],
               GROUPS[3]: ["Give a talk to a school or community group about the value of local trees and woods."]},
         reading=[("Forestry Commission", "2017", "The UK Forestry Standard", "Forestry Commission",
                   "The UK Forestry Standard", ["Forestry Commission"], 2017),
                  ("Kimmins, J. P.", "2004",
                   "Forest Ecology: A Foundation for Sustainable Forest Management and Environmental Ethics in Forestry",
                   "Pearson Prentice Hall",
                   "Forest Ecology: A Foundation for Sustainable Forest Management and Environmental Ethics in Forestry",
                   ["J. P. Kimmins"], 2004),
                  ("Raworth, K.", "2017", "Doughnut Economics: Seven Ways to Think Like a 21st-Century Economist",
                   "Random House Business", "Doughnut Economics: Seven Ways to Think Like a 21st-Century Economist",
                   ["K. Raworth"], 2017)],
         reflect=["How did the last piece of advice you gave balance timber production with other benefits of the woodland?",
                  "What evidence would you need to show that your work has improved the long-term condition of a site?"]),
]


def build():
    d = X.new_doc(font="Calibri", size=10.5)
    X.color_heading(d, 1, "2E5E3A")
    X.color_heading(d, 2, "2E5E3A")
    X.header_footer(d, "Institute of Chartered Foresters", "CPD Guidance",
                    "\u00a9 Institute of Chartered Foresters \u2022 www.charteredforesters.org", color="2E5E3A")
    X.para(d, TITLE, bold=True, size=20, color="2E5E3A", space_after=2)
    X.para(d, "Guidance for Professional Members and Associates", italic=True, size=12, space_after=10)
    X.para(d, "Continuing Professional Development (CPD) is part of being a professional. The Institute expects "
              "practising Fellows and Professional Members to complete at least 100 hours of CPD in every "
              "three-year period, around 33 hours a year. What matters most is what the learning changes in your "
              "practice, not the hours alone.")
    X.para(d, "CPD can be gathered in four ways, and a balanced record draws on all of them:")
    bn = X.bullet_num(d)
    X.bullets(d, [g.lower().capitalize() if False else g for g in GROUPS], bn)
    X.para(d, "This guide takes three of the six professional and ethical standards of the Code of Conduct and "
              "suggests CPD for each. Record your activities and reflections in the Members\u2019 Area.")
    comps = []
    for c in COMPS:
        X.page_break(d)
        X.para(d, c["no"], bold=True, size=10, color="7F7F7F", space_after=0)
        d.add_heading(c["name"], level=1)
        X.para(d, c["definition"], italic=True)
        d.add_heading("CPD ideas", level=2)
        acts = []
        for g in GROUPS:
            X.para(d, g, bold=True, space_after=1)
            X.bullets(d, c["acts"][g], bn)
            acts += L.items(STEM, c["acts"][g], g)
        d.add_heading("Further reading", level=2)
        X.table(d, ["Author(s)", "Year", "Title", "Publisher"], [r[:4] for r in c["reading"]],
                [3.4, 1.6, 7.8, 3.6], header_fill="2E5E3A")
        d.add_heading("Reflect", level=2)
        X.bullets(d, c["reflect"], bn)
        reads = [L.reading(STEM, " | ".join(r[:4]), r[4], r[5], r[3], r[6]) for r in c["reading"]]
        comps.append(L.competency(STEM, c["name"], c["definition"], activities=acts, readings=reads,
                                  tips=L.items(STEM, c["reflect"])))
    out = L.DOCS / f"{STEM}.pdf"
    L.docx_to_pdf(d, out)
    L.write_gold(out, "pdf", TITLE, comps)


def main():
    build()


if __name__ == "__main__":
    main()
