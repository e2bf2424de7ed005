"""Westminster International University in Tashkent - staff development ideas, 70/20/10 with bold lead-ins (DOCX)."""
from docx.shared import Pt, Cm
import cclib as L
import ccdocx as X

STEM = "wiut-staff-development-ideas"
TITLE = "Staff Development Ideas: 70/20/10"

COMPS = [
    dict(name="Self-awareness",
         definition="Knowing how you come across to others, what your strengths are and where you need to grow, "
                    "and using that knowledge to manage your own behaviour at work.",
         acts=[("Experience: ", "Keep a short weekly journal of situations that went well or badly and what you did."),
               ("Experience: ", "Take on a task outside your comfort zone and review afterwards how you handled it."),
               ("Exposure: ", "Ask three colleagues for feedback on one thing you should start, stop and continue doing."),
               ("Exposure: ", "Discuss the results of your Personal Development Review (PDR) with a mentor."),
               ("Education: ", "Complete a recognised personality or strengths questionnaire and attend the feedback session.")],
         reads=[("Eurich, T. (2017). Insight: Why we're not as self-aware as we think, and how seeing ourselves "
                 "clearly helps us succeed at work and in life. Crown Business.",
                 "Insight: Why we're not as self-aware as we think, and how seeing ourselves clearly helps us succeed at work and in life",
                 ["T. Eurich"], "Crown Business", 2017),
                ("Stone, D., & Heen, S. (2014). Thanks for the feedback: The science and art of receiving feedback "
                 "well. Viking.",
                 "Thanks for the feedback: The science and art of receiving feedback well",
                 ["D. Stone", "S. Heen"], "Viking", 2014)]),
    dict(name="Planning and Organising",
         definition="Setting priorities, planning work and time realistically, and organising resources so that "
                    "commitments to students and colleagues are met.",
         acts=[("Experience: ", "Plan the next module or event in your area with milestones and review progress weekly."),
               ("Experience: ", "Volunteer to coordinate the timetable or the logistics of an open day."),
               ("Exposure: ", "Shadow a colleague known for running well-organised projects."),
               ("Exposure: ", "Agree priorities for the semester with your line manager at the start of term."),
               ("Education: ", "Attend a workshop on time management offered by the Staff Development unit.")],
         reads=[("Allen, D. (2015). Getting things done: The art of stress-free productivity (Rev. ed.). Penguin Books.",
                 "Getting things done: The art of stress-free productivity", ["D. Allen"], "Penguin Books", 2015),
                ("Newport, C. (2016). Deep work: Rules for focused success in a distracted world. Grand Central Publishing.",
                 "Deep work: Rules for focused success in a distracted world", ["C. Newport"],
                 "Grand Central Publishing", 2016)]),
]


def build():
    d = X.new_doc(font="Calibri", size=11)
    for lv in (1, 2):
        X.color_heading(d, lv, "7A0019")
    X.header_footer(d, "Westminster International University in Tashkent", "Staff Development",
                    "WIUT Staff Development \u2013 What is development?", color="7A0019")
    d.add_heading(TITLE, level=0)
    X.para(d, "Development means gaining the knowledge, skills, experience and understanding needed to do our "
              "present work well and to prepare for future roles. Most development happens while doing the work, "
              "not on training courses.")
    X.para(d, "A useful rule of thumb is 70/20/10: about 70% of learning comes from experience of challenging "
              "tasks and reflecting on them, 20% from other people and feedback, and 10% from formal learning "
              "such as workshops, forums and conferences. The ideas below are a starting point for your "
              "Personal Development Review (PDR).")
    bn = X.bullet_num(d)
    comps = []
    for c in COMPS:
        d.add_heading(c["name"], level=1)
        X.para(d, c["definition"])
        d.add_heading("Development ideas", level=2)
        for lead, text in c["acts"]:
            X.lead_in(d, lead, text, bn)
        d.add_heading("Recommended reading", level=2)
        for r in c["reads"]:
            p = X.para(d, r[0], space_after=4)
            p.paragraph_format.left_indent = Cm(1)
            p.paragraph_format.first_line_indent = Cm(-1)
        acts = [L.item(STEM, t, lead.rstrip(": ")) for lead, t in c["acts"]]
        comps.append(L.competency(STEM, c["name"], c["definition"], activities=acts,
                                  readings=[L.reading(STEM, *r) for r in c["reads"]]))
    out = L.DOCS / f"{STEM}.docx"
    d.save(str(out))
    L.write_gold(out, "docx", TITLE, comps)


def main():
    build()


if __name__ == "__main__":
    main()
