"""pwc-professional-skills-we-look-for.md: PwC (network firm careers site), "The skills we look for -
The PwC Professional leadership framework", as a Markdown web clipping (Obsidian Web Clipper style:
YAML front matter with source URL and clip date, the article body only, image and link syntax kept).

Layout modelled on the PwC careers pages: intro on how candidates are assessed, "The PwC Professional
leadership framework" section with an infographic, "Here's what we look for ...", then the five
attributes as headings, each with a "We need you to ..." paragraph and a bullet list of "Do you ...?"
questions for the candidate to reflect on, then the interview-preparation advice and related links."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H

STEM = "pwc-professional-skills-we-look-for"
NAME = STEM + ".md"

ATTRS = [
    ("Whole leadership",
     "We need you to lead yourself and others, whatever your grade, by making a real difference through "
     "the work you do. That means delivering results in a way that is responsible, authentic, resilient, "
     "inclusive and passionate.",
     ["Do you learn from the opportunities you are given and take time to develop your own approach to "
      "work?",
      "Do you help others to be the best they can be, whether you are part of a team or leading one?",
      "Do you act with integrity, and speak up when something doesn’t feel right?",
      "How do you stay positive and adapt when plans change or things go wrong?"]),
    ("Business acumen",
     "We need you to bring business knowledge, innovation and insight that create distinctive value for "
     "our clients and for PwC.",
     ["Do you keep up to date with what is happening in the business world and in the sectors that "
      "interest you?",
      "Can you explain how the work you do adds value for a client or an organisation?",
      "Do you look for new and better ways of doing things?"]),
    ("Technical and digital",
     "We need you to apply a range of technical and digital capabilities that create value for clients "
     "and the firm, and to keep building them as technology changes.",
     ["Do you seek out opportunities to deepen your technical knowledge and keep it current?",
      "How do you use technology and data to work more effectively?",
      "Do you share what you know with the people around you?"]),
    ("Global and inclusive",
     "We need you to work and collaborate effectively across the boundaries of geography, politics, race "
     "and culture, with a mindset that welcomes different perspectives.",
     ["Are you curious, and do you ask questions to understand people and places better?",
      "Do you seek out and value the perspectives and views of others to reach better solutions?",
      "How do you adapt to different environments to work with people from diverse backgrounds?"]),
    ("Relationships",
     "We need you to build and sustain genuine, trust-based relationships with colleagues, clients and "
     "the wider community, and to use them to make a positive difference.",
     ["Do you build relationships based on trust and respect with the people you work with?",
      "How do you handle difficult conversations or disagreements?",
      "Do you ask for feedback, listen to it and act on it?"]),
]

FRONT = """---
title: "The skills we look for | PwC Vietnam"
source: "https://www.pwc.com/vn/en/careers/experienced-jobs/pwc-professional.html"
author:
published:
created: 2026-12-02
description: "Find out what we look for when we assess candidates against The PwC Professional, our global leadership framework."
tags:
  - "clippings"
---
# The skills we look for

It's important to us that you understand how you will be assessed during our recruitment process, and we ask you to take personal responsibility for knowing what we look for in our future people.

## The PwC Professional leadership framework

Everyone at PwC needs to show the skills and behaviours that help us deliver our business strategy, for our clients and for the firm. Together these skills and behaviours make up our global leadership framework, *The PwC Professional*.

The PwC Professional is built around five attributes: whole leadership, business acumen, technical and digital, global and inclusive, and relationships. We use it to recruit, develop and assess our people at every grade and in every part of the business, because we expect all of our people to be leaders.

![The PwC Professional framework: five attributes around a central circle](https://www.pwc.com/vn/en/careers/assets/images/pwc-professional-framework.png)

We know your experience will depend on where you are in your career. If you are a graduate or just starting out, we will look for examples from your studies, extra-curricular activities, hobbies or any part-time or full-time jobs. If you are an experienced professional, we will look for examples from your career so far, and for how you could add value in the role you have applied for.

Here's what we look for when we assess people against The PwC Professional leadership framework.

"""

BACK = """
* * *

We recommend that you start preparing for your interview well in advance. Think about how you can demonstrate each of the five attributes of [The PwC Professional](https://www.pwc.com/gx/en/about/pwc-professional.html) — whatever the role, level or expertise you bring, we look for people who love making a difference wherever they can.

[Apply now](https://jobs-vn.pwc.com/vn/en/search-results)

## Related content

- [Our recruitment process](https://www.pwc.com/vn/en/careers/experienced-jobs/recruitment-process.html)
- [Life at PwC](https://www.pwc.com/vn/en/careers/life-at-pwc.html)
- [Benefits and rewards](https://www.pwc.com/vn/en/careers/benefits.html)
"""


def build():
    out = [FRONT]
    for i, (name, definition, qs) in enumerate(ATTRS):
        # the clipper keeps the non-breaking space the CMS put after "We need you" in one paragraph
        text = definition.replace("We need you to", "We need you\u00a0to") if i == 2 else definition
        out.append(f"### {name}\n\n{text}\n\n")
        out += [f"- {q}\n" for q in qs]
        out.append("\n")
    out.append(BACK)
    (H.DOCS / NAME).write_text("".join(out).replace("\n\n\n", "\n\n"), encoding="utf-8")


def gold():
    cs = [H.comp(name, STEM, definition, interview_questions=H.items(qs, STEM))
          for name, definition, qs in ATTRS]
    return H.write_gold(STEM, NAME, "md", "The skills we look for", cs)


if __name__ == "__main__":
    build()
    print(gold())
