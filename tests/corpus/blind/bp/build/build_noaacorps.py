"""NOAA Corps - "Leadership Development Framework" (February 13, 2008) as a plain-text transcript (TXT).

The stored public copy of this framework is a text transcript of the PDF (OCR slips such as "LEADERSHJP"
in the heading). This builder writes such a transcript: form feeds between pages, a running header and a
page number on each page after the cover, hard-wrapped lines, "•" bullets, a word broken with a hyphen
at a line end, one OCR slip inside a bullet ("Ieadership"), a level table laid out with spaces.
"""
import textwrap

import bplib as L

STEM = "noaacorps-leadership-development-framework"
TITLE = "NOAA Corps Leadership Development Framework"
RUN_HEAD = "NOAA Corps Leadership Development Framework"

LETTER = [
    "Planning for succession is, in my view, the most important responsibility I carry as Director of the "
    "NOAA Corps. Looking ahead, I see how much depends on preparing the next generation of NOAA Corps "
    "ofticers for the leadership roles and challenges that are coming. The maturity of our leaders should "
    "grow in step with the responsibilities officers take on over a career.",
    "Even well trained leaders will not succeed if the organization around them does not support that "
    "growth. A leadership development process resting on a weak foundation gives way at the moment "
    "exceptional leadership is needed. It is therefore my responsibility to provide a framework that gives "
    "every officer the chance to mature and the opportunities needed to deliver the results expected.",
    "This framework gives NOAA Corps officers a path toward the same core qualifications that are expected "
    "of NOAA's Senior Executive Service. With our Core Values as the foundation, it sets out thirty "
    "leadership competencies, drawn from the SES core qualifications and arranged by level of maturity so "
    "that they can be developed from ensign through flag rank.",
    "I ask each of you to plan your own leadership development and to record it in an Individual "
    "Development Plan (IDP). Look for the hard assignments, and be ready to learn from every one of them.",
]

CORE_VALUES = [
    ("Honor", "We act with integrity and hold ourselves to the highest standards of conduct, on duty and off."),
    ("Respect", "We value the dignity and worth of every person we serve and serve with."),
    ("Commitment", "We devote ourselves to the mission of NOAA, to our shipmates and to the public we serve."),
]

LEVEL_TABLE = [
    ("Level I", "Ensign and Lieutenant (junior grade)", "Leading Self"),
    ("Level II", "Lieutenant and Lieutenant Commander", "Leading Others"),
    ("Level III", "Commander and Captain", "Leading Performance and Change"),
    ("Level IV", "Flag Officers", "Leading the NOAA Corps"),
]

# (section heading, rank line, [(name, definition, [bullets])])
SECTIONS = [
    ("LEVEL I \u2013 LEADING SELF", "(Ensign and Lieutenant (junior grade))", [
        ("Accountability and Responsibility",
         "Accepts ownership of personal actions and their results, and meets obligations to the ship, the "
         "unit and the Corps without having to be reminded.",
         ["Completes assigned duties and collateral duties on time and to standard.",
          "Reports own errors to the chain of command promptly and takes part in correcting them.",
          "Cares for government property and funds as if they were personal responsibilities."]),
        ("Followership",
         "Supports the decisions of leaders, carries out lawful orders willingly and offers honest input "
         "before a decision is made.",
         ["Carries out orders in the spirit in which they were given.",
          "Raises concerns through the chain of command rather than around it.",
          "Observes the Ieadership styles of seniors and adopts the practices that work."]),
        ("Self Awareness and Learning",
         "Understands own strengths, weaknesses and the effect of own behavior on others, and seeks out "
         "opportunities to learn.",
         ["Asks seniors, peers and crew members for feedback and acts on what is heard.",
          "Keeps an Individual Development Plan current and discusses it with a supervisor each year.",
          "Completes required qualifications and training ahead of schedule."]),
    ]),
    ("LEVEL II \u2013 LEADING OTHERS", "(Lieutenant and Lieutenant Commander)", [
        ("Effective Communications",
         "Shares information clearly and accurately with individuals and groups, in writing and in speech, "
         "and listens actively to others.",
         ["Gives briefings that are clear, concise and suited to the audience.",
          "Writes correspondence and reports that need little revision by the chain of command.",
          "Keeps the crew informed of plans and of changes to them."]),
        ("Influencing Others",
         "Persuades others to support a course of action through sound reasoning, credibility and respect "
         "for their views.",
         ["Builds support for a plan by explaining the reasons behind it.",
          "Adapts the approach to the concerns of scientists, crew and partner organizations."]),
        ("Team Building",
         "Creates and sustains teams whose members trust one another and work together to accomplish the "
         "mission.",
         ["Sets clear goals and roles for the team and checks that they are understood.",
          "Recognizes the contributions of team members in public.",
          "Deals early with conflict that threatens the cohesion of the team and the safety of the ship's "
          "company."]),
    ]),
]

WIDTH = 88


def wrap(text, indent="", width=WIDTH, subsequent=None):
    return textwrap.wrap(text, width=width, initial_indent=indent,
                         subsequent_indent=indent if subsequent is None else subsequent,
                         break_long_words=False, break_on_hyphens=False)


def page(lines, number):
    head = [RUN_HEAD.rjust(WIDTH), ""]
    foot = ["", "", str(number).center(WIDTH).rstrip()]
    return "\n".join(head + lines + foot)


def build():
    pages = []
    # cover (no running header)
    pages.append("\n".join(["", "", "", "LEADERSHIP".center(WIDTH).rstrip(), "",
                            "DEVELOPMENT FRAMEWORK".center(WIDTH).rstrip(), "", "",
                            "February 13, 2008".center(WIDTH).rstrip(), "", ""]))
    # letter
    lines = ["LEADERSHJP PERSPECTIVE", ""]
    for para in LETTER:
        lines += wrap(para) + [""]
    lines += ["", "Director, NOAA Commissioned Officer Corps"]
    pages.append(page(lines, 1))
    # core values + structure
    lines = ["CORE VALUES", ""]
    lines += wrap("Our Core Values are the foundation on which every competency in this framework rests. "
                  "They describe who we are as officers before they describe what we do.") + [""]
    for name, text in CORE_VALUES:
        lines += wrap(f"{name} \u2013 {text}", indent="   ", subsequent="      ") + [""]
    lines += ["", "FRAMEWORK STRUCTURE", ""]
    lines += wrap("The thirty competencies are arranged in four levels of leadership maturity. Officers are "
                  "expected to show the competencies of their own level and of every level below it.") + [""]
    lines.append(f"{'Level':<12}{'Rank':<42}{'Focus'}")
    for lv, rank, focus in LEVEL_TABLE:
        lines.append(f"{lv:<12}{rank:<42}{focus}")
    pages.append(page(lines, 2))
    # competency pages
    num = 3
    for head, rank, comps in SECTIONS:
        lines = [head, rank, ""]
        for name, definition, bullets in comps:
            lines.append(name)
            lines += wrap(definition, indent="   ")
            lines.append("   Officers at this level:")
            for b in bullets:
                lines += wrap(b, indent="     \u2022 ", subsequent="       ")
            lines.append("")
        pages.append(page(lines, num))
        num += 1
    text = "\f".join(pages) + "\n"
    # one word broken at a line end with a hyphen, as in the transcript
    old = "meets obligations to the\n   ship, the unit"
    assert old in text
    text = text.replace(old, "meets obliga-\n   tions to the ship, the unit")
    out = L.DOCS / f"{STEM}.txt"
    out.write_text(text, encoding="utf-8")
    return out


def gold(out):
    comps = []
    for _h, _r, cs in SECTIONS:
        for name, definition, bullets in cs:
            comps.append(L.competency(STEM, name, definition, indicators=L.items(STEM, bullets)))
    L.write_gold(out, "txt", TITLE, comps)


def main():
    out = build()
    gold(out)
    print("built", out.name)


if __name__ == "__main__":
    main()
