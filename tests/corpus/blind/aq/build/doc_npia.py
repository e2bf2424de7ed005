"""National Policing Improvement Agency (NPIA) - "Competencies relevant to the role of police constable"
(Integrated Competency Framework booklet), as a plain-text export of the PDF (pdftotext-style: lines as
laid out on the page, form feeds between pages, page numbers on their own line, "fi" ligatures, a
hyphenated line break, one bullet running over a page break)."""
from pathlib import Path
import textwrap

NAME = "npia-police-constable-competencies.txt"
W = 86

INTRO = [
    "The Integrated Competency Framework is a set of national standards and guidelines that help the Police "
    "Service to improve the quality and consistency of performance and assessment. The competencies that "
    "matter most in the role of police constable are assessed during recruitment: first at the application "
    "stage and then, more fully, at the assessment centre. This booklet describes those competencies.",
    "At the application stage, candidates must show evidence of four of the core competencies needed to be "
    "effective as a police constable, as part of the competency assessment in Section Four of the "
    "application form.",
    "All of the competencies in this booklet are assessed at the assessment centre through a range of "
    "exercises, including: a competency based structured interview of four questions; a numerical reasoning "
    "test; a verbal logical reasoning test; two written exercises; and four interactive exercises. Candidates "
    "who are successful at the application stage and are invited to the assessment centre will be sent more "
    "information.",
]

COMPS = [
    ("Community and customer focus",
     "Puts the customer first and gives a high-quality service that is tailored to each person\u2019s needs. "
     "Understands the communities that are served and shows a real commitment to policing that reflects "
     "their needs and concerns.",
     ["Provides a high standard of service to customers.",
      "Keeps in contact with customers, \ufb01nds out what they need and responds to them.",
      "Presents a suitable image to the public and to other organisations.",
      "Supports strategies that aim to build an organisation that reflects the community it serves.",
      "Keeps the customer in mind in everything they do.",
      "Tries to solve customers\u2019 problems as quickly as possible.",
      "Apologises when they are at fault or have made a mistake."]),
    ("Effective communication",
     "Communicates ideas and information clearly and effectively, both in speech and in writing. Uses "
     "language and a style of communication that suit the situation and the people involved, and checks "
     "that others have understood.",
     ["Speaks clearly and concisely, and adapts the message to the listener.",
      "Listens carefully and asks questions to clarify what has been said.",
      "Writes in a clear, logical way, using correct spelling and grammar.",
      "Uses language that everyone can understand and avoids jargon.",
      "Confirms that other people have understood what is going on.",
      "Handles difficult or sensitive conversations calmly and with tact, even when the other person is "
      "upset, angry or unwilling to listen."]),
    ("Problem solving",
     "Gathers information from a range of sources and analyses it to identify problems and issues, then "
     "makes effective decisions.",
     ["Gathers enough relevant information to understand specific issues and events.",
      "Organises information and data to identify links and patterns.",
      "Separates relevant from irrelevant information, and important information from the unimportant.",
      "Asks for other people\u2019s views where appropriate.",
      "Recognises when a decision needs to be made and makes it promptly.",
      "Thinks through the likely consequences before acting."]),
    ("Respect for race and diversity",
     "Considers and shows respect for the opinions, circumstances and feelings of colleagues and members of "
     "the public, whatever their race, religion, position, background, circumstances, status or appearance.",
     ["Sees issues from other people\u2019s viewpoints.",
      "Is polite, tactful and diplomatic in dealings with people.",
      "Respects con\ufb01dentiality.",
      "Challenges attitudes and behaviour that are discriminatory or offensive.",
      "Treats everyone fairly and does not make assumptions about people.",
      "Values the perspectives of people from different backgrounds."]),
]


def wrap(text, width=W):
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)


def bullet(text):
    lines = wrap(text, W - 2)
    return ["\u2022 " + lines[0]] + lines[1:]


def comp_lines(name, definition, bullets):
    out = [name, ""] + wrap(definition) + [""]
    for b in bullets:
        out += bullet(b)
    return out


def build(out_dir):
    pages = []
    p1 = ["National Policing Improvement Agency", "", "Competencies relevant to the role of", "police constable",
          "", "", "Integrated Competency Framework"]
    for k, para in enumerate(INTRO):
        p1 += wrap(para) + [""]
    p1 += ["", "1"]
    pages.append(p1)

    c1 = comp_lines(*COMPS[0])
    # a hyphenated line break, as the PDF has it
    i = next(k for k, ln in enumerate(c1) if ln.startswith("\u2022 Supports strategies"))
    assert c1[i + 1] == "serves.", c1[i:i + 2]
    c1[i:i + 2] = ["\u2022 Supports strategies that aim to build an organisation that reflects the commu-",
                   "nity it serves."]
    c2 = comp_lines(*COMPS[1])
    # the last bullet of "Effective communication" runs over the page break
    last = c2[-2:]
    assert last[0].startswith("\u2022 Handles difficult"), last
    p2 = c1 + ["", ""] + c2[:-1] + ["", "2"]
    p3 = [c2[-1], "", ""] + comp_lines(*COMPS[2]) + ["", ""] + comp_lines(*COMPS[3]) + ["", "3"]
    pages += [p2, p3]
    text = "\f".join("\n".join(p) + "\n" for p in pages) + "\f"
    out = Path(out_dir) / NAME
    out.write_text(text, encoding="utf-8")
    return out
