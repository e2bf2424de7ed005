"""madetech-behaviours.md: a Made Tech handbook page (GitHub Markdown) describing three behaviours.

One H2 per behaviour, an intro paragraph, then bold pseudo-headings "**What good looks like**",
"**What to avoid**" and "**Ways to develop**" each followed by a "-" list; the development list mixes course
links ([Course](https://...)), books ("*Title* by Author (Year)") and plain activities. Handbook quirks: a
page intro that is not a competency, relative links, a "👈" back link at the end.
"""
import re

import tcommon as C

STEM = "madetech-behaviours"
FILE = STEM + ".md"
TITLE = "Behaviours we look for"

GOOD = "What good looks like"
AVOID = "What to avoid"
DEVELOP = "Ways to develop"

# development entries: ("course", text, url, trailing) | ("book", title, authors, year) | ("activity", text)
COMPS = [
    {
        "name": "Communicating clearly",
        "intro": "We work with public sector teams who are often new to agile delivery, so the way we explain "
                 "things matters as much as what we build. Communicating clearly means sharing information "
                 "early, in plain English, in a form that suits the person receiving it.",
        GOOD: ["Writes short, plain-English updates that a non-technical stakeholder can act on.",
               "Explains trade-offs and risks before decisions are made, not after.",
               "Checks understanding at show and tells rather than assuming that silence means agreement.",
               "Works in the open: notes, decisions and diagrams live where the whole team can find them."],
        AVOID: ["Sitting on bad news until it turns into a crisis.",
                "Using jargon or acronyms to sound authoritative.",
                "Long messages with no clear ask."],
        DEVELOP: [
            ("course", "Writing for the web", "https://academy.madetech.com/courses/writing-for-the-web",
             " (half-day workshop)"),
            ("course", "Facilitation skills for delivery teams",
             "https://academy.madetech.com/courses/facilitation-skills", ""),
            ("book", "Crucial Conversations: Tools for Talking When Stakes Are High",
             ["Kerry Patterson", "Joseph Grenny", "Ron McMillan", "Al Switzler"], 2002),
            ("activity", "Volunteer to run the next show and tell for your team, and ask a colleague for "
                         "feedback afterwards."),
        ],
    },
    {
        "name": "Learning continuously",
        "intro": "Technology and public services both change quickly. We expect everyone to keep learning and "
                 "to help others learn, and we give people the time to do it.",
        GOOD: ["Sets aside regular time for learning and protects it.",
               "Shares what they have learned through blog posts, lunch and learns or pairing.",
               "Asks for feedback and acts on it.",
               "Tries a new approach on a small scale before recommending it to a client."],
        AVOID: ["Treating learning as something that only happens on courses.",
                "Keeping knowledge to yourself.",
                "Dismissing unfamiliar tools without trying them."],
        DEVELOP: [
            ("course", "AWS Cloud Practitioner preparation",
             "https://academy.madetech.com/courses/aws-cloud-practitioner", " (self-paced, about 12 hours)"),
            ("book", "Mindset: The New Psychology of Success", ["Carol S. Dweck"], 2006),
            ("book", "Peak: Secrets from the New Science of Expertise", ["Anders Ericsson", "Robert Pool"], 2016),
            ("activity", "Join a community of practice and present something you have learned at one of its "
                         "sessions."),
            ("activity", "Keep a learning log and go through it with your line manager every quarter."),
        ],
    },
    {
        "name": "Collaborating with clients",
        "intro": "We deliver alongside our clients' own staff, not for them. Good collaboration leaves a client "
                 "team more capable than it was when we arrived.",
        GOOD: ["Pairs with client developers and designers so that skills transfer as the work happens.",
               "Involves client colleagues in planning, retrospectives and decisions.",
               "Builds trust by doing what they said they would do."],
        AVOID: ["Creating an \"us and them\" split between Made Tech and client staff.",
                "Making decisions for the client team that the client team should own."],
        DEVELOP: [
            ("course", "Coaching for capability building",
             "https://academy.madetech.com/courses/coaching-for-capability", ""),
            ("book", "Team Topologies: Organizing Business and Technology Teams for Fast Flow",
             ["Matthew Skelton", "Manuel Pais"], 2019),
            ("activity", "Ask to shadow a delivery lead during a client inception workshop."),
        ],
    },
]


def _authors(names):
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def render():
    out = ["# Behaviours we look for\n\n",
           "Alongside the [SFIA role guidance](../roles/README.md) for your role, these behaviours describe "
           "*how* we expect everyone at Made Tech to work, whatever their job title. We use them in "
           "[hiring](../guides/hiring/README.md), in one-to-ones and when we talk about progression.\n\n",
           "They are not a checklist. Nobody shows all of them all of the time, and the development ideas "
           "are suggestions to talk through with your line manager, not requirements.\n\n",
           "- " + "\n- ".join(f"[{c['name']}](#{_slug(c['name'])})" for c in COMPS) + "\n\n"]
    for comp in COMPS:
        out.append(f"## {comp['name']}\n\n{comp['intro']}\n\n")
        for head in (GOOD, AVOID):
            out.append(f"**{head}**\n\n")
            out += [f"- {t}\n" for t in comp[head]]
            out.append("\n")
        out.append(f"**{DEVELOP}**\n\n")
        for d in comp[DEVELOP]:
            if d[0] == "course":
                out.append(f"- [{d[1]}]({d[2]}){d[3]}\n")
            elif d[0] == "book":
                out.append(f"- *{d[1]}* by {_authors(d[2])} ({d[3]})\n")
            else:
                out.append(f"- {d[1]}\n")
        out.append("\n")
    out.append("Something missing or out of date? See [contributing to the handbook]"
               "(../guides/contributing_to_the_handbook.md).\n\n")
    out.append("[\U0001F448 Back to roles](/roles/README.md)\n")
    path = C.DOCS / FILE
    path.write_text("".join(out), encoding="utf-8")
    return path


def gold():
    comps = []
    for comp in COMPS:
        ind = [C.item(STEM, t, group=GOOD) for t in comp[GOOD]] + \
              [C.item(STEM, t, group=AVOID) for t in comp[AVOID]]
        courses, readings, acts = [], [], []
        for d in comp[DEVELOP]:
            if d[0] == "course":
                courses.append(C.item(STEM, d[1] + d[3]))
            elif d[0] == "book":
                text = f"{d[1]} by {_authors(d[2])} ({d[3]})"
                readings.append(C.reading(text, d[1], d[2], None, d[3], None, STEM))
            else:
                acts.append(C.item(STEM, d[1]))
        comps.append(C.competency(comp["name"], STEM, definition=comp["intro"], indicators=ind,
                                  activities=acts, courses=courses, readings=readings))
    return comps


def build():
    path = render()
    return C.write_gold(path, "md", TITLE, gold())
