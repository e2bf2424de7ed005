"""Minnesota State leadership competencies, as a Word "Save as Plain Text" export (.txt).

Names are short plain lines, quadrants are ALL-CAPS lines, bullets are "·<TAB>" and hard-wrapped
at 76 columns (continuation lines start with a TAB), CRLF line ends, a UTF-8 BOM, and a page
break (form feed) with the running header/footer in the middle of a bullet list.
"""
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402

STEM = "minnstate-leadership-competencies"
DOC = C.DOCS / f"{STEM}.txt"

QUADRANTS = [
    ("LEADER OF SELF", [
        ("Understands Self and Others", [
            "States own values and priorities.",
            "Knows own role and shows commitment to supporting the organization.",
            "Knows own personality and working style.",
            "Values the differences in personality and working style found in others.",
            "Adjusts communication so that it reaches people with those differences.",
            "Strikes a balance between humility and self-assurance.",
            "Recognizes the need for a balance between work and personal life and encourages that balance in others.",
        ]),
        ("Acts with Integrity", [
            "Shows honesty.",
            "Follows all applicable laws, rules and regulations and expects others to follow them as well.",
            "Gives credit to those who earned it.",
            "Delivers on what was promised.",
            "Owns up to mistakes and learns from them.",
            "Puts mistakes right as fully as possible.",
        ]),
    ]),
    ("LEADER AS RELATIONSHIP BUILDER", [
        ("Values Diversity", [
            "Builds inclusion into work processes and work teams.",
            "Supports and advances the diversification of our faculty, staff and student body.",
            "Looks for and welcomes other points of view in planning, discussion and decision making.",
        ]),
        ("Communicates Effectively", [
            "Gets ideas across and shares information with others through suitable means.",
            "Listens closely and grasps points of view that differ from own.",
            "Presents ideas in a clear and concise way.",
        ]),
        ("Builds Trust", [
            "Earns the trust of others through consistent, fair and open behavior.",
            "Keeps confidences and handles sensitive information with care.",
            "Follows through on commitments made to colleagues, students and partners.",
            "Assumes good intent and extends trust to others.",
        ]),
    ]),
]

HEADER = "Minnesota State Colleges and Universities\t\tLeadership Competencies"
BREAK_AFTER = ("Acts with Integrity", 3)     # page break after the 3rd bullet of this competency


def bullet_lines(text):
    wrapped = textwrap.wrap(text, width=74)
    return ["\u00b7\t" + wrapped[0]] + ["\t" + w for w in wrapped[1:]]


def build():
    lines = ["Minnesota State Colleges and Universities",
             "Leadership Competencies",
             "Development and Feedback",
             "",
             "The competencies below describe what leadership looks like at Minnesota State. They are",
             "grouped into four quadrants; this part of the form covers the first two. Use them to",
             "reflect on current strengths and to plan development with your supervisor.",
             ""]
    for quad, comps in QUADRANTS:
        lines += [quad, ""]
        for name, bullets in comps:
            lines.append(name)
            for i, b in enumerate(bullets, 1):
                lines += bullet_lines(b)
                if (name, i) == BREAK_AFTER:
                    lines += ["", "\t\t\t\t\t\t\t\tPage 1 of 2", "\f" + HEADER, ""]
            lines.append("")
    lines += ["", "\t\t\t\t\t\t\t\tPage 2 of 2"]
    DOC.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))

    comps = []
    for quad, cs in QUADRANTS:
        for name, bullets in cs:
            comps.append(C.competency(STEM, name, None,
                                      indicators=[C.item(STEM, b) for b in bullets]))
    C.write_gold(DOC, "txt", "Leadership Competencies", comps)


if __name__ == "__main__":
    build()
    print("built", DOC)
