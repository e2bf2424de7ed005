"""World Health Organization, WHO Global Competency Model (excerpt: the first three core competencies):
plain text with FIXED-WIDTH COLUMNS, as a table exported to text.

Title, "1. Core Competencies", then per competency "n) NAME IN CAPITALS", a "Definition:" paragraph
hard-wrapped at 78 columns and a two-column block: EFFECTIVE BEHAVIOURS (columns 1-38) and INEFFECTIVE
BEHAVIOURS (from column 41), each side numbered from 1, items hard-wrapped inside their column with a
three-space hanging indent, row i of the left column printed beside row i of the right one; unequal
item counts leave one side blank. A form feed and a running header line "WHO Global Competency Model
... Page n" between pages. CRLF line ends."""
import textwrap

import helpers as H

STEM = "who-global-competency-model"
TITLE = "WHO GLOBAL COMPETENCY MODEL"
COLW = 38
GAP = 2

COMPS = [
    ("COMMUNICATING IN A CREDIBLE AND EFFECTIVE WAY",
     "Expresses oneself clearly in conversation and in dealings with others, and listens actively. "
     "Writes effectively. Makes sure that information is shared.",
     ["Speaks and writes clearly, adjusting style and content to the needs of the audience",
      "Presents information and opinions in a structured and credible way",
      "Invites others to share their views; takes time to understand and consider them",
      "Checks that messages have been heard and understood",
      "Keeps others informed of key and relevant issues"],
     ["Does not pass useful information on to others",
      "Does little to encourage open communication",
      "Interrupts or argues with others instead of listening",
      "Uses jargon inappropriately when dealing with others",
      "Speaks and writes without a coherent structure; misses key points"]),
    ("KNOWING AND MANAGING YOURSELF",
     "Deals with ambiguity and pressure by reflecting on own reactions. Sees criticism as a chance to "
     "develop. Looks for chances to keep learning and to grow professionally.",
     ["Works productively even when clear information or direction is lacking",
      "Stays productive under pressure",
      "Stays positive in the face of challenges and recovers quickly from setbacks",
      "Asks for feedback and uses it to improve own performance",
      "Seeks out opportunities to learn and develop"],
     ["Appears helpless when faced with ambiguous situations",
      "Loses emotional control in difficult situations",
      "Reacts to constructive criticism in a hostile or overly defensive way",
      "Shows little interest in own development"]),
    ("PRODUCING RESULTS",
     "Delivers results of high quality. Acts rather than waits, and is committed to achieving outcomes.",
     ["Sets clear goals and works steadily towards them",
      "Plans and organizes work, setting priorities and meeting deadlines",
      "Makes things happen and deals with problems effectively",
      "Takes responsibility for own work",
      "Sees tasks through to completion"],
     ["Concentrates on the trivial at the expense of priorities",
      "Misses deadlines without warning others",
      "Blames others when things go wrong"]),
]


def _wrap_item(no, text):
    lines = textwrap.wrap(f"{no}. {text}", width=COLW, subsequent_indent="   ")
    return lines


def _columns(left, right):
    out = [f"{'EFFECTIVE BEHAVIOURS':<{COLW}}{' ' * GAP}INEFFECTIVE BEHAVIOURS", ""]
    for i in range(max(len(left), len(right))):
        lw = _wrap_item(i + 1, left[i]) if i < len(left) else []
        rw = _wrap_item(i + 1, right[i]) if i < len(right) else []
        for j in range(max(len(lw), len(rw))):
            a = lw[j] if j < len(lw) else ""
            b = rw[j] if j < len(rw) else ""
            out.append(f"{a:<{COLW}}{' ' * GAP}{b}".rstrip())
        out.append("")
    return out


def render(out_path):
    lines = [TITLE, "", "", "1. Core Competencies", ""]
    for k, (name, definition, eff, ineff) in enumerate(COMPS, 1):
        if k == 3:
            lines += ["\f" + f"{'WHO Global Competency Model':<60}{'Page 2':>18}", ""]
        lines.append(f"{k}) {name}")
        lines.append("")
        lines += textwrap.wrap("Definition: " + definition, width=78)
        lines.append("")
        lines += _columns(eff, ineff)
        lines.append("")
    out_path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))


def gold(doc_path):
    g = H.Gold(STEM)
    for name, definition, eff, ineff in COMPS:
        g.comp(name, definition, indicators=g.items(eff, "EFFECTIVE BEHAVIOURS") + g.items(ineff, "INEFFECTIVE BEHAVIOURS"))
    return g.write(doc_path, "txt", TITLE)
