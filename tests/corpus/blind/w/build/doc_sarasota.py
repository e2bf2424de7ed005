"""Sarasota County (Florida) Government, "Core Competency Interview Booklet": plain text exported from the PDF.

pdftotext-style export of pages 1-5 and 11: LF line ends, lines hard-wrapped at 80 columns, a running header
(booklet title) and footer ("Sarasota County Human Resources ... Pg. n") on every page, a form feed after
every page, each page padded to 56 lines.  Pages 3-5 hold the numbered interview questions per competency
(indented "Follow-up:" lines, one follow-up carried over the page 4/5 break, "customer" hyphenated at a
line end in question 1); page 11 holds the competency descriptions, two with a "Definition:" label and two without, each with
"o" bullets.
"""
import textwrap

import wcommon as C

STEM = "sarasota-core-competency-interview-booklet"
FILE = STEM + ".txt"
TITLE = "CORE COMPETENCY INTERVIEW BOOKLET"
WIDTH = 80
PAGE_LINES = 56

HEADER = "CORE COMPETENCY INTERVIEW BOOKLET".rjust(WIDTH)
FOOT_L = "Sarasota County Human Resources"


def wrap(text, indent="", sub=None):
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=sub if sub is not None else indent,
                         break_on_hyphens=False)


def numbered(n, text):
    return wrap(text, f"{n}.  ", "    ")


def follow(text):
    return wrap("Follow-up: " + text, "      ", "      ")


CC_Q = [
    ("Tell us about a time you went well beyond what was expected to help a customer. What did you do, and "
     "how did the customer respond?", None),
    ("Describe a situation in which a customer was upset about a decision you could not change. How did you "
     "handle the conversation?", "What would you do differently the next time?"),
    ("Give an example of how you found out what a customer really needed when the request itself was "
     "unclear.", None),
    ("Tell us about a time you had to say \"no\" to a customer. How did you keep the relationship positive?",
     None),
    ("Describe a time when you noticed the same complaint coming up again and again. What steps did you take "
     "to deal with its cause?", None),
    ("Who are the internal customers in your current job, and how do you know whether you are meeting their "
     "expectations?", None),
]
FM_Q = [
    ("Tell us about a time you found a way to save money or resources in your work area. How did you spot "
     "the opportunity?", "How was the saving measured?"),
    ("Describe your experience preparing or monitoring a budget. What did you do when spending ran ahead of "
     "plan?", None),
    ("Give an example of a purchase or expense you decided against. What information did you weigh?", None),
    ("How do you make sure that public money is used responsibly in your day-to-day work?", None),
]
PI_Q = [
    ("Describe a work process you changed to make it faster, simpler or more reliable. How did you know the "
     "change worked?", None),
    ("Tell us about a time you used data to find the cause of a problem rather than treating its symptoms.",
     None),
    ("Give an example of an improvement idea of yours that was not adopted. What did you do next?", None),
    ("Tell us about a time you persuaded co-workers to try a new way of doing things.",
     "What resistance did you meet, and how did you respond to it? What would you change about your approach "
     "if you could do it over?"),
]
CL_Q = [
    ("What is the most useful skill you have learned in the last year, and how did you learn it?", None),
    ("Tell us about a time you asked for feedback on your work. What did you do with it?", None),
    ("Describe a mistake you made at work and what you learned from it.", None),
    ("How do you keep current with changes in your field?", None),
    ("Tell us about a time you shared something you had learned with the rest of your team.", None),
]

DESCRIPTIONS = [
    ("CUSTOMER CHAMPION", True,
     "Puts the needs of internal and external customers first; listens, responds promptly and courteously, "
     "and follows through until the customer has been served.",
     ["Treats every customer with courtesy and respect",
      "Looks for ways to make County services easier to use",
      "Takes ownership of a request until it is resolved, or hands it on to the right person"]),
    ("FINANCIAL MANAGER", True,
     "Treats public funds and resources as a trust; spends wisely, looks for savings and understands how "
     "own work affects the budget.",
     ["Uses County resources, equipment and time responsibly",
      "Considers cost and value before making a purchase or commitment",
      "Suggests ways to reduce waste"]),
    ("PROCESS IMPROVER", False,
     "Looks for better ways to deliver services; measures results, removes unnecessary steps and welcomes "
     "change that adds value for the customer.",
     ["Questions the way things have always been done",
      "Uses data and customer feedback to find problems and measure results",
      "Supports and helps carry out changes agreed by the team"]),
    ("CONTINUOUS LEARNER", False,
     "Seeks out opportunities to grow; learns from experience and feedback, and shares knowledge with "
     "co-workers.",
     ["Takes part in training and development opportunities",
      "Asks for feedback and acts on it",
      "Passes on knowledge and skills to others"]),
]


def q_lines(questions):
    out = []
    for n, (q, f) in enumerate(questions, start=1):
        out += numbered(n, q)
        if f:
            out += follow(f)
        out.append("")
    return out


def page(num, body):
    lines = [HEADER, ""] + body
    assert len(lines) <= PAGE_LINES - 3, (num, len(lines))
    lines += [""] * (PAGE_LINES - 3 - len(lines))
    foot = FOOT_L + f"Pg. {num}".rjust(WIDTH - len(FOOT_L))
    lines += ["", foot, ""]
    return "\n".join(lines) + "\f"


def render():
    p1 = (["", "Sarasota County Government".center(WIDTH), "Human Resources".center(WIDTH), "",
           "CORE COMPETENCY INTERVIEW BOOKLET".center(WIDTH), "", "", "Introduction", ""]
          + wrap("Organizations have come to see that people who join them bring more than job skills or "
                 "technical ability: they also bring attitudes, values and habits that bear directly on how "
                 "effective they will be as employees. From these \"Core Com-")
          + ["petencies\" people set the pace at which they succeed in an organization. It is",
             "therefore important to weigh the core competencies together with the technical",
             "or job skills when considering applicants for employment. Sarasota County",
             "believes that the core competencies matter as much as job skills and should be",
             "evaluated as equal selection criteria.", ""]
          + wrap("Core competency selection can be used at each stage of the hiring process, for example:")
          + [""]
          + wrap("*  Recruitment advertisement: include the core competency requirements in the ad and explain "
                 "how they relate to the duties of the vacant position.", "", "   ")
          + wrap("*  Written questionnaires or exercises: base the questions put to applicants on the core "
                 "competency requirements.", "", "   ")
          + wrap("*  Telephone and in-person interviews: ask behavioral questions that have applicants "
                 "describe situations in which they had to show the core competencies.", "", "   ")
          + wrap("*  References: note information that supports or conflicts with the core competency "
                 "requirements when checking references.", "", "   ")
          + ["", "Table of Contents:", ""]
          + [f"{t} {'.' * (66 - len(t))} Pg. {p}" for t, p in [
              ("Introduction", "1"), ("Behavioral Questions", "2"), ("Core Competency Interview Technique", "2"),
              ("Customer Champion Interview Questions", "3"), ("Financial Manager Interview Questions", "4"),
              ("Process Improver Interview Questions", "4"), ("Continuous Learner Interview Questions", "5"),
              ("Enterprise Values Interview Questions", "6-7"), ("Traditional Interview Questions", "7-8"),
              ("Leadership/Supervisory Questions", "9"), ("Employees Core Competency Wheel", "10"),
              ("Employees Core Competency Description", "11")]])
    p2 = (["Behavioral Questions", ""]
          + wrap("Behavioral questions ask applicants to describe what they actually did in a past situation "
                 "rather than what they might do in a hypothetical one. The idea behind them is simple: the "
                 "best predictor of how a person will perform in the future is how that person performed in "
                 "the past. Questions usually begin with \"Tell us about a time...\", \"Describe a "
                 "situation...\" or \"Give an example of...\".")
          + [""]
          + wrap("Ask every applicant for the same position the same questions, in the same order. Use "
                 "follow-up questions to get the specific details of the situation, the applicant's own "
                 "actions and the result.")
          + ["", "", "Core Competency Interview Technique", ""]
          + wrap("1.  Choose two or three questions for each core competency that matters most for the "
                 "position.", "", "    ")
          + wrap("2.  Listen for the Situation or Task, the Action the applicant took, and the Result (S-T-A-R).",
                 "", "    ")
          + wrap("3.  If an answer is vague or describes what \"we\" did, use the follow-up questions to learn "
                 "what the applicant did personally.", "", "    ")
          + wrap("4.  Take notes during the interview and rate each competency as soon as the interview ends.",
                 "", "    ")
          + ["", ""]
          + wrap("Note: the questions on the following pages are examples. Hiring managers may add questions "
                 "about the technical requirements of the job."))
    p3 = ["CUSTOMER CHAMPION INTERVIEW QUESTIONS", ""] + q_lines(CC_Q)
    fm = q_lines(FM_Q)
    pi = q_lines(PI_Q)
    # the last follow-up of Process Improver runs over the page break: first line on page 4, rest on page 5
    last_f = follow(PI_Q[-1][1])
    split_at = len(pi) - 1 - len(last_f)   # index of the follow-up's first line
    p4 = ["FINANCIAL MANAGER INTERVIEW QUESTIONS", ""] + fm + ["", "PROCESS IMPROVER INTERVIEW QUESTIONS", ""] \
        + pi[:split_at + 1]
    p5 = pi[split_at + 1:] + ["", "CONTINUOUS LEARNER INTERVIEW QUESTIONS", ""] + q_lines(CL_Q)
    p11 = ["EMPLOYEES CORE COMPETENCY DESCRIPTION", ""]
    for name, labelled, definition, bullets in DESCRIPTIONS:
        p11 += [name]
        p11 += wrap(("Definition: " if labelled else "") + definition)
        for b in bullets:
            p11 += wrap("  o  " + b, "", "     ")
        p11.append("")
    pages = [page(1, p1), page(2, p2), page(3, p3), page(4, p4), page(5, p5), page(11, p11)]
    text = "".join(pages)
    # the hyphenated line end in Customer Champion question 5
    # (justified PDF): "cus-" / "tomer" in Customer Champion question 1
    hy_old = "expected to help a\n    customer. What did you do"
    assert text.count(hy_old) == 1
    text = text.replace(hy_old, "expected to help a cus-\n    tomer. What did you do")
    (C.DOCS / FILE).write_text(text, encoding="utf-8")
    return text


def gold():
    def qitems(qs):
        return [C.item(STEM, q + (" " + f if f else "")) for q, f in qs]

    comps = []
    for (name, _lab, definition, bullets), qs in zip(DESCRIPTIONS, [CC_Q, FM_Q, PI_Q, CL_Q]):
        comps.append(C.competency(name, STEM, definition=definition,
                                  indicators=[C.item(STEM, b) for b in bullets],
                                  interview_questions=qitems(qs)))
    C.write_gold(STEM, FILE, "txt", TITLE, comps)


def build():
    render()
    gold()


if __name__ == "__main__":
    build()
