"""Nursing and Midwifery Board of Australia (NMBA): Registered nurse standards for practice (effective
1 June 2016) - plain-text export of the PDF, excerpt (Standards 1-3 of 7).

Layout: the kind of text a PDF-to-text export gives: a running header line on every page ("Nursing and
Midwifery Board of Australia" / "Registered nurse standards for practice"), page numbers at the foot of each
page, form feeds between pages; a title page with the effective date and an Introduction (front matter);
each standard as "Standard 1: <title>", a description paragraph, the lead "The registered nurse:" and the
numbered criteria "1.1" ... hard-wrapped at 88 columns with a hanging indent; the penultimate criterion ends
with ", and" as in the source; Standard 2's criteria run over a page break (header/footer inside the list).
"""
import textwrap

import vcommon as C

STEM = "nmba-registered-nurse-standards-for-practice"
TITLE = "Registered nurse standards for practice"
WIDTH = 88

STANDARDS = [
    ("1", "Thinks critically and analyses nursing practice",
     "RNs draw on a range of thinking strategies and on the best available evidence when they make decisions "
     "and deliver safe, quality nursing practice within person-centred and evidence-based frameworks.",
     ["finds, analyses and uses the best available evidence, including research findings, for safe, quality practice",
      "develops practice by reflecting on experiences, knowledge, actions, feelings and beliefs and on how these shape practice",
      "respects all cultures and experiences, including by responding to the role that family and community play in the health of Aboriginal and Torres Strait Islander peoples and of people of other cultures",
      "complies with the legislation, regulations, policies, guidelines and other standards or requirements that apply to the context of practice when making decisions",
      "uses ethical frameworks when making decisions",
      "keeps accurate, comprehensive and timely records of assessments, planning, decision-making, actions and evaluations, and",
      "contributes to quality improvement and to relevant research."]),
    ("2", "Engages in therapeutic and professional relationships",
     "RN practice rests on deliberately building effective therapeutic and professional relationships. This "
     "includes generosity towards colleagues within professional relationships founded on mutual trust and respect.",
     ["establishes, maintains and ends relationships in ways that keep the boundaries between professional and personal relationships clear",
      "communicates effectively and respects each person's dignity, culture, values, beliefs and rights",
      "recognises that people are the experts in the experience of their own lives",
      "gives support and points people to resources that help them make the best health-related decisions",
      "advocates for people in a way that respects their autonomy and legal capacity",
      "uses delegation, supervision, coordination, consultation and referral within professional relationships to improve health outcomes",
      "actively promotes a culture of safety and learning, including by working with health professionals and others to share knowledge and practice that support person-centred care",
      "takes part in and/or leads collaborative practice, and",
      "reports notifiable conduct of health professionals, health workers and others."]),
    ("3", "Maintains the capability for practice",
     "As regulated health professionals, RNs are responsible and accountable for making sure they are safe to "
     "practise and have the capability for practice. This includes continuing self-management and acting when "
     "there is concern about the capability for practice of other health professionals. RNs are responsible for "
     "their own professional development and contribute to the development of others. They also give people the "
     "information and education they need to make decisions and act on their health.",
     ["considers, and responds promptly to, the health and wellbeing of self and others as they relate to capability for practice",
      "gives the information and education people need to have more control over their health",
      "takes a lifelong learning approach to the continuing professional development of self and others",
      "accepts accountability for the decisions, actions, behaviours and responsibilities of the role, and for the actions of others to whom responsibilities have been delegated",
      "seeks out and responds to practice review and feedback",
      "engages actively with the profession, and",
      "identifies and promotes the central part that nursing practice and the profession play in achieving better health outcomes for people."]),
]

HEADER = "Nursing and Midwifery Board of Australia\nRegistered nurse standards for practice\n"


def wrap(text, indent=""):
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def criterion(num, text):
    lead = f"{num}  "
    return textwrap.fill(text, WIDTH, initial_indent=lead, subsequent_indent=" " * len(lead))


def render():
    pages = []
    p1 = [HEADER, "", "", "Registered nurse standards for practice", "", "Effective: 1 June 2016", "", "",
          "Introduction", "",
          wrap("The Nursing and Midwifery Board of Australia (NMBA) sets the standards that registered nurses "
               "(RNs) must meet. These standards for practice are the core practice standards against which an "
               "RN's performance is assessed for registration and renewal of registration in Australia. They "
               "apply to all RNs, whatever their area of practice, and are read together with the codes and "
               "guidelines of the NMBA."), "",
          wrap("The seven standards are interconnected. Standard 1 (thinks critically and analyses nursing "
               "practice), Standard 2 (engages in therapeutic and professional relationships) and Standard 3 "
               "(maintains the capability for practice) relate to the professional foundations of practice; "
               "Standards 4 to 7 describe the process of practice, from assessment to evaluation."), "",
          wrap("Each standard has criteria that describe how it is shown in practice. The criteria are not "
               "intended to be assessed one by one; they are read as a whole."), "", "", "                                                                                        1"]
    pages.append("\n".join(p1))
    blocks = []
    for num, title, desc, crits in STANDARDS:
        b = [f"Standard {num}: {title}", "", wrap(desc), "", "The registered nurse:", ""]
        b += [criterion(f"{num}.{i + 1}", c) for i, c in enumerate(crits)]
        blocks.append(b)
    # page 2: Standard 1 + Standard 2 up to its 5th criterion; page 3: the rest of Standard 2 + Standard 3
    s2 = blocks[1]
    split = 6 + 5
    p2 = [HEADER, ""] + blocks[0] + ["", ""] + s2[:split] + ["", "                                                                                        2"]
    p3 = [HEADER, ""] + s2[split:] + ["", ""] + blocks[2] + ["", "", "                                                                                        3"]
    pages.append("\n".join(p2))
    pages.append("\n".join(p3))
    return "\n\f".join(pages) + "\n"


def gold(doc_id):
    return [C.competency(title, doc_id, definition=desc,
                         indicators=[C.item(doc_id, c) for c in crits])
            for num, title, desc, crits in STANDARDS]


def build():
    out = C.DOCS / f"{STEM}.txt"
    out.write_text(render(), encoding="utf-8")
    return C.write_gold(STEM, out.name, "txt", TITLE, gold(STEM))


if __name__ == "__main__":
    print(build())
