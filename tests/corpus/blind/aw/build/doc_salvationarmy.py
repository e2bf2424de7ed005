"""salvation-army-missional-effectiveness.txt: The Salvation Army UK and Ireland Territory, William Booth College
learning and development site, leadership framework page "Missional Effectiveness - Achieving Results", saved
from the browser as plain text (menu lines, post title, the two-line banner, the standards sentence, then per
capability: name line, description line, "Emerging:" / "Competent:" / "Releasing:" / "Transforming:" each
followed by a paragraph; footer lines). UTF-8, LF, no hard wrap. Wording is ours.
"""
import helpers as H

STEM = "salvation-army-missional-effectiveness"
TITLE = "Missional Effectiveness \u2013 Achieving Results"
LEVELS = ["Emerging", "Competent", "Releasing", "Transforming"]

CAPABILITIES = [
    ("People- focused service",
     "Seeking justice and reconciliation, responding to needs and concerns, and loving others as the way we "
     "fulfil our mission",
     ["I serve people with empathy and know when to refer them on for other support.",
      "I put service first, engaging with people\u2019s needs and speaking up for them. I keep people informed "
      "and ask for their feedback.",
      "I advocate and negotiate well on behalf of people. I deal with complaints about our service, looking for "
      "the best outcome for everyone.",
      "I lead a mission-driven response to people\u2019s needs and build a culture of willing service. I speak "
      "out on injustice, aware of the politics, income generation and our reputation."]),
    ("Strategic thinking",
     "Taking a broad, long-term view, planning for issues emerging inside and outside the organisation, while "
     "staying responsive to situations that change quickly",
     ["I help with planning and preparing for the future.",
      "I plan strategically and spot trends that could affect our mission. I look for new information. I adapt "
      "when circumstances change and in a crisis.",
      "I keep track of wider trends that affect my context and share what I learn so that others can design, "
      "deliver and evaluate responses. I handle complexity and encourage innovation, helping others to adapt.",
      "I build a culture of adaptive leadership across the system that secures our long-term future, and I "
      "develop responses to future risks."]),
    ("Reflective practice, and continuous improvement, acknowledging results",
     "Through evaluation based on evidence, sharing what we have learned, and recognising and appreciating "
     "people",
     ["I take time to reflect and I am learning to evaluate so that we can improve. I support others and "
      "celebrate success with them.",
      "I reflect critically so that we keep improving, and put things right where needed. I meet The Salvation "
      "Army\u2019s data collection requirements so that we have a strategic overview. I give credit to those who "
      "have done good work.",
      "I encourage others to use suitable models and tools, to ask questions and evaluate, and to keep "
      "improving. I celebrate teamwork, give credit and encourage people to take on more responsibility.",
      "I lead a culture of learning across the organisation, where evidence shapes decisions and good work is "
      "noticed and celebrated at every level."]),
]


def build(out_dir):
    lines = [
        "Skip to content",
        "",
        "William Booth College",
        "Learning & Development",
        "",
        "Menu",
        "Home",
        "About us",
        "Leadership Framework",
        "Learning Pathways",
        "Resources",
        "Contact",
        "",
        "Search for:",
        "Search",
        "",
        TITLE,
        "",
        "MISSIONAL EFFECTIVENESS",
        "ACHIEVING RESULTS",
        "The emerging, competent, releasing, and transforming standards build on each other, helping us to "
        "picture what our next development steps could be",
        "",
    ]
    for name, desc, levels in CAPABILITIES:
        lines += [name, desc]
        for lab, txt in zip(LEVELS, levels):
            lines += [f"{lab}:", txt]
        lines.append("")
    lines += [
        "Post navigation",
        "\u2190 Missional Effectiveness \u2013 Managing Resource and Risk",
        "Spiritual Vitality \u2013 Growing in Faith \u2192",
        "",
        "\u00a9 2024 The Salvation Army United Kingdom and Ireland Territory. Registered charity no. 214779, and "
        "in Scotland SC009359.",
        "Privacy | Cookies | Accessibility",
        "Back to top",
        "",
    ]
    path = H.DOCS / f"{STEM}.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def gold(path):
    d = STEM
    comps = []
    for name, desc, levels in CAPABILITIES:
        lv = [H.level(d, i + 1, LEVELS[i], [levels[i]]) for i in range(4)]
        comps.append(H.competency(d, name, desc, levels=lv))
    return H.write_gold(path, "txt", TITLE, comps)
