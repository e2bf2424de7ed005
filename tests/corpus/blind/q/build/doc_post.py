"""5. California POST hiring-interview guide: plain-text export (hard-wrapped, form feeds, page header and
"Page x of y" footer lines).  Numbered factor sections "3. COMMUNICATION SKILLS", a "Definition:" line,
"Sample questions:" with numbered questions and indented "Probe:" lines, and "What to look for" with
positive and negative indicators."""
import textwrap

import qcommon as C

STEM = "capost-interview-guide"
TITLE = "INTERVIEWING PEACE OFFICER CANDIDATES"
WIDTH = 78
LINES_PER_PAGE = 57

FACTORS = [
    (2, "PROBLEM SOLVING ABILITY", "Problem Solving Ability",
     "Gathers and sorts the facts of a situation, sees which of them matter, and arrives at workable, "
     "reasonable solutions, often under time pressure and with incomplete information. Thinks through "
     "the likely consequences before acting.",
     [("Describe a situation in which you had to deal with a problem you had never faced before. How did "
       "you work out what to do?",
       ["What information did you have, and what was missing?",
        "What other options did you consider?"]),
      ("Tell us about a decision you made that turned out to be wrong. What happened next?",
       ["What would you do differently now?"]),
      ("Give an example of a time you had to act quickly with only part of the facts.", [])],
     ["Separates the facts from assumptions and opinions",
      "Considers more than one option before choosing",
      "Anticipates the consequences of the chosen course of action",
      "Admits mistakes and explains what was learned from them"],
     ["Jumps to conclusions or acts on impulse",
      "Relies on others to make decisions for him or her",
      "Cannot explain why a particular choice was made",
      "Describes repeating the same mistake"]),
    (3, "COMMUNICATION SKILLS", "Communication Skills",
     "Expresses ideas clearly and concisely when speaking, adjusts language to the listener, and listens "
     "attentively. Nonverbal behavior such as eye contact, posture and tone of voice supports the "
     "spoken message.",
     [("Tell us about a time you had to explain something complicated to a person with no background in "
       "the subject.",
       ["How did you know that the person had understood?"]),
      ("Describe a situation where you had to calm down someone who was angry or upset.",
       ["What exactly did you say?", "How did the person respond?"]),
      ("Give an example of a time when a misunderstanding caused a problem. How did you sort it out?", [])],
     ["Gives answers that are organized, to the point and easy to follow",
      "Uses plain words suited to the audience",
      "Listens to the whole question before answering",
      "Keeps steady eye contact and a calm, even tone"],
     ["Rambles or loses track of the question",
      "Uses slang, jargon or inappropriate language",
      "Interrupts panel members",
      "Gives one-word answers that have to be drawn out"]),
    (4, "INTEREST/MOTIVATION", "Interest/Motivation",
     "Shows a genuine, well-informed interest in a law enforcement career and in this department, and "
     "has taken concrete steps to prepare for the job.",
     [("What have you done to learn about the day-to-day work of a peace officer?",
       ["Have you been on a ride-along, or taken part in an explorer program or a citizens' academy?"]),
      ("Why do you want to work for this department rather than another agency?", []),
      ("Tell us about a long-term goal you set for yourself and how you went about reaching it.", [])],
     ["Has a realistic picture of the job, including its less attractive parts",
      "Can name specific steps taken to prepare, such as courses, fitness training or volunteer work",
      "Knows about the community and the department"],
     ["Is drawn mainly by the image of the job or the excitement",
      "Knows little about the department or the community it serves",
      "Has no clear career goals"]),
    (5, "INTERPERSONAL SKILLS", "Interpersonal Skills",
     "Gets along with people of differing backgrounds and points of view, shows tact and empathy, and "
     "builds cooperative working relationships.",
     [("Tell us about a time you worked closely with someone whose views were very different from "
       "yours.",
       ["How did you keep the working relationship going?"]),
      ("Describe a conflict you had with a co-worker or supervisor and how it was resolved.",
       ["What part did you play in the conflict?"]),
      ("Give an example of a time you went out of your way to help a colleague.", [])],
     ["Shows respect for people of all backgrounds",
      "Accepts some responsibility for how conflicts arose",
      "Describes helping others without being asked"],
     ["Blames others for every conflict",
      "Speaks dismissively about groups of people",
      "Prefers to avoid people who are different from him or her"]),
]

RUNNING_HEAD = "POST Hiring Interview Guidelines - Appendix C: Oral Interview Factors"


def wrap(text, indent, sub):
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=sub)


def body_lines():
    L = []
    L.append("CALIFORNIA COMMISSION ON PEACE OFFICER STANDARDS AND TRAINING")
    L.append("Standards and Evaluation Services Bureau")
    L.append("")
    L.append("INTERVIEWING PEACE OFFICER CANDIDATES")
    L.append("Hiring Interview Guidelines")
    L.append("Appendix C - Oral Interview Factors: Sample Questions and Rating Guidance")
    L.append("")
    L += wrap("Factor 1 (Experience) and Factor 6 (Community Involvement/Awareness) are covered in "
              "Appendix D and are not repeated here.", "", "")
    L.append("")
    L += wrap("Use the questions below as a starting point. Ask every candidate the same core questions, "
              "then use the probes to get the specific details of what the candidate actually did. Rate "
              "each factor on its own, after the interview, against the indicators listed under \"What to "
              "look for\".", "", "")
    L.append("")
    for num, head, name, definition, qs, pos, neg in FACTORS:
        L.append("=" * WIDTH)
        L.append(f"{num}. {head}")
        L.append("=" * WIDTH)
        L.append("")
        L += wrap("Definition: " + definition, "", "    ")
        L.append("")
        L.append("Sample questions:")
        L.append("")
        for i, (q, probes) in enumerate(qs, 1):
            L += wrap(q, f"  {i}. ", "     ")
            for p in probes:
                L += wrap("Probe: " + p, "       ", "              ")
            L.append("")
        L.append("What to look for:")
        L.append("")
        L.append("  Positive indicators")
        for x in pos:
            L += wrap(x, "    + ", "      ")
        L.append("")
        L.append("  Negative indicators")
        for x in neg:
            L += wrap(x, "    - ", "      ")
        L.append("")
    L.append("[End of Appendix C excerpt]")
    return L


def paginate(lines):
    pages = []
    cur = []
    for ln in lines:
        cur.append(ln)
        if len(cur) >= LINES_PER_PAGE:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        block = [RUNNING_HEAD.rjust(WIDTH), ""] + pg + ["", f"Page {i} of {n}".center(WIDTH).rstrip()]
        out.append("\r\n".join(ln.rstrip() for ln in block))
    return "\r\n\f".join(out) + "\r\n"


def build():
    out = C.DOCS / f"{STEM}.txt"
    out.write_bytes(paginate(body_lines()).encode("utf-8"))
    return out


def gold(path):
    comps = []
    for num, head, name, definition, qs, pos, neg in FACTORS:
        iq = [C.item(" ".join([q] + probes), STEM) for q, probes in qs]
        ind = ([C.item(x, STEM, "Positive indicators") for x in pos]
               + [C.item(x, STEM, "Negative indicators") for x in neg])
        comps.append(C.competency(head, STEM, definition, indicators=ind, interview_questions=iq))
    return C.write_gold(path, "txt", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(gold(p))
