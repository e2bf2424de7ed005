"""E.ON UK graduate careers - "How we assess you" page, saved as plain text with a text-mode browser (TXT).

Modelled on www.eonenergy.com/About-eon/careers/graduate/application-process/how-we-assess-you : page title,
"How will we assess your application?", an introduction saying every application is judged against four
main competencies, then the four competencies each with a short description. The "Questions we might ask"
(with follow-up lines) and "What we look for" lists under each competency were asked for by the batch
assignment; competency names and all wording are ours. Rendered the way `lynx -dump` saves a page:
numbered link markers [n], 3-space paragraph indent, "*" bullets, hard wrap, "References" list of URLs.
"""
import textwrap

import bmlib as L

STEM = "eon-graduates-how-we-assess-you"
OUT = L.DOCS / f"{STEM}.txt"

COMPS = [
    ("Understanding our business",
     "You understand how the energy market works, keep customers at the centre of what you do and look for ways "
     "to improve your own part of the business.",
     [("Tell us about a time you used what you knew about a customer or client to improve something you were "
       "working on.", "How did you find out what they needed?"),
      ("What do you think is the biggest challenge facing energy suppliers over the next five years?",
       "How might it affect the team you are applying to join?")],
     ["Shows a realistic grasp of how the energy market works",
      "Links their own actions to what customers experience",
      "Suggests practical improvements rather than general criticism"]),
    ("Welcoming change",
     "You are open to change within an organisation and give new initiatives your full backing.",
     [("Describe a situation where plans changed at short notice.",
       "What did you do first, and how did you feel about it?"),
      ("Tell us about a time you persuaded other people to try a new way of doing things.",
       "What resistance did you meet, and how did you deal with it?")],
     ["Stays positive and constructive when plans change",
      "Adapts their own approach quickly",
      "Helps others to see what a change will bring"]),
    ("Strengthening teamwork",
     "You build strong, effective relationships and show real empathy for, and support to, the people you "
     "work with.",
     [("Tell us about a team you were part of that did not work well at first.",
       "What did you personally do to improve it?"),
      ("Give an example of when you supported a team member who was struggling.",
       "How did you know they needed help?")],
     ["Listens to and values other people\u2019s views",
      "Shares credit and information",
      "Offers help without being asked"]),
    ("Personal impact",
     "You are reliable, you support diversity and you are always keen to build your own skills and knowledge.",
     [("Tell us about a commitment you found hard to keep.",
       "What did you do to make sure you still delivered?"),
      ("What is the most useful feedback you have ever received, and what did you do with it?", None)],
     ["Does what they say they will do",
      "Treats everyone with respect, whatever their background",
      "Looks for feedback and chances to learn"]),
]

LINKS = [
    "https://www.eonenergy.com/About-eon/careers/graduate/application-process/how-we-assess-you.html#main",
    "https://www.eonenergy.com/",
    "https://www.eonenergy.com/for-your-home.html",
    "https://www.eonenergy.com/for-your-business.html",
    "https://www.eonenergy.com/About-eon.html",
    "https://www.eonenergy.com/About-eon/careers.html",
    "https://www.eonenergy.com/About-eon/careers.html",
    "https://www.eonenergy.com/About-eon/careers/graduate.html",
    "https://www.eonenergy.com/About-eon/careers/graduate/application-process.html",
    "https://www.eonenergy.com/About-eon/careers/graduate/application-process/assessment-centre.html",
    "https://www.eonenergy.com/About-eon/careers/graduate/application-process/assessment-centre.html",
    "https://www.eonenergy.com/About-eon/careers/graduate/faqs.html",
    "https://www.eonenergy.com/About-eon/our-company/privacy.html",
    "https://www.eonenergy.com/About-eon/our-company/cookies.html",
    "https://www.eonenergy.com/About-eon/our-company/accessibility.html",
]


def para(text, indent=3, width=76):
    return textwrap.fill(text, width=width, initial_indent=" " * indent, subsequent_indent=" " * indent)


def bullet(text, width=76):
    return textwrap.fill(text, width=width, initial_indent="     * ", subsequent_indent="       ")


def render():
    out = []
    out.append("   [1]Skip to main content")
    out.append("")
    out.append("   [2]E.ON")
    out.append("     * [3]For your home")
    out.append("     * [4]For your business")
    out.append("     * [5]About E.ON")
    out.append("     * [6]Careers")
    out.append("")
    out.append("   [7]Careers > [8]Graduates > [9]Application process > How we assess")
    out.append("   you")
    out.append("")
    out.append("How we assess you")
    out.append("")
    out.append("How will we assess your application?")
    out.append("")
    out.append(para("To make sure we take on graduates who really match what we need, we judge every application "
                    "against four main competencies. We think it is only fair to tell you what they are. Think "
                    "carefully about how you can show each of them at every stage of the application process "
                    "\u2013 it will give you the best chance of success."))
    out.append("")
    out.append(para("At interview and at the [10]assessment centre our assessors use the questions below as a "
                    "starting point. Every candidate is asked a similar set of questions, and the assessors may "
                    "follow up to hear more about what you did."))
    out.append("")
    out.append("The four competencies")
    out.append("")
    for name, definition, questions, looks in COMPS:
        out.append(name)
        out.append("")
        out.append(para(definition))
        out.append("")
        out.append("   Questions we might ask:")
        for q, fu in questions:
            text = q + (f" Follow-up: {fu}" if fu else "")
            out.append(bullet(text))
        out.append("")
        out.append("   What we look for:")
        for lk in looks:
            out.append(bullet(lk))
        out.append("")
    out.append(para("Find out what happens on the day in our [11]assessment centre guide, or read the [12]graduate "
                    "FAQs."))
    out.append("")
    out.append("   [13]Privacy | [14]Cookies | [15]Accessibility")
    out.append("   (c) E.ON UK plc. Registered in England and Wales No 2366970.")
    out.append("")
    out.append("References")
    out.append("")
    for i, u in enumerate(LINKS, 1):
        out.append(f"  {i:>2}. {u}")
    return "\n".join(out) + "\n"


def gold():
    comps = []
    for name, definition, questions, looks in COMPS:
        iq = L.items(STEM, [q + (f" Follow-up: {fu}" if fu else "") for q, fu in questions])
        comps.append(L.competency(STEM, name, definition, interview_questions=iq, indicators=L.items(STEM, looks)))
    return comps


def main():
    OUT.write_text(render(), encoding="utf-8")
    L.write_gold(OUT, "txt", "How we assess you", gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()
