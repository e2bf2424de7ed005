"""inDrive (inDriver) public handbook (GitHub repository inDriver/handbook, MkDocs-style docs), People > Crafters,
page "Crafters Model" (deep-dive-to-the-model.md): model principles as a short bullet list, "Engineering Tracks"
intro with image links, then one H3 per track ("Craftsmanship: Complexity over Creativity") with a pipe table
Level | Description | Employee level (bold level codes C1..C5, I1..I6, B0..B6), and a closing "Engineering Ladder"
table mapping positions to track levels.  Markdown, hand-written (pipe tables padded unevenly, as in the repo)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from amlib import DOCS, competency, item  # noqa: E402

STEM = "indrive-crafters-model"
FILE = DOCS / f"{STEM}.md"

TRACKS = [
    ("Craftsmanship", "Complexity over Creativity", "Craftsmanship level", [
        ("C1", "Solves a specific task of fixed scope using the company's standard approaches", "Junior"),
        ("C2", "Implements specific scenarios of fixed scope using a set of the company's standard approaches",
         "Middle"),
        ("C3", "Delivers business value by adapting the company's standard approaches or bringing in new ones from "
               "the industry", "Senior, EM, HoE"),
        ("C4", "Adopts industry approaches to deliver business value in complicated scenarios", "Staff"),
        ("C5", "Crafts innovative solutions in unknown territory that have no analogues in the industry",
         "Principal")], "Crafters5.png"),
    ("Impact", "Ownership over Scope", "Impact level", [
        ("I1", "Contributes to overall results by implementing tasks", "Junior"),
        ("I2", "Handles feature delivery", "Middle"),
        ("I3", "Drives product development", "Senior"),
        ("I4", "Leads processes and solution discovery that affect a whole vertical of a product", "Staff, EM"),
        ("I5", "Takes responsibility for discovering vertical-wide solutions and for uncovering product problems",
         "HoE, Principal"),
        ("I6", "Takes responsibility for solving problems across all of inDrive", "Director")], "Crafters6.png"),
    ("Behavior", "Effect on People", "Behavior level", [
        ("B0", "No specific expectations", "Junior"),
        ("B1", "Rarely influences team members", "Middle"),
        ("B2", "Affects team members, influences related teams", "Senior"),
        ("B3", "Guides the team, affects related teams", "Staff"),
        ("B4", "Guides own team, affects related teams, influences the whole cluster", "EM"),
        ("B5", "Guides the teams in the cluster, influences the whole division", "HoE, Principal"),
        ("B6", "Affects the division, inspires the whole company", "Director")], "Crafters7.png"),
]


def _table(head, rows):
    w0 = max(len(head), max(len(f"**{c}**") for c, _, _ in rows))
    w1 = max(len(d) for _, d, _ in rows)
    w2 = max(len("Employee level"), max(len(e) for _, _, e in rows))
    out = [f"| {head.ljust(w0)} | {'Description'.ljust(w1)} | {'Employee level'.ljust(w2)} |",
           f"|{'-' * (w0 + 1)}|{'-' * (w1 + 2)}|{'-' * (w2 + 2)}|"]
    for c, d, e in rows:
        out.append(f"| {('**' + c + '**').ljust(w0)} | {d.ljust(w1)} | {e.ljust(w2)} |")
    return "\n".join(out)


def build():
    parts = ["""# Crafters Model


## Model Principles

* do the mastery;
* amplify the impact;
* cultivate the fostering environment.

## Engineering Tracks

For each principle we can identify related tracks that bring out different aspects of the principle.

We have singled out three tracks. Each of them matters for every principle, but they contribute to the principles to
different degrees.

For example, the craftsmanship track contributes most to the "Do the Mastery" principle (it is, after all, about
mastering skills). Still, the other tracks, Impact and Behavior, also play a large part in shaping this principle.

You can see below how principles and tracks relate to each other.

![](../../../docs/image/Crafters3.png)
"""]
    for name, tag, head, rows, img in TRACKS:
        parts.append(f"\n### {name}: {tag}\n\n{_table(head, rows)}\n\n![](../../../docs/image/{img})\n")
    parts.append("""
### Engineering Ladder

For each engineering position we can suggest a combination of the tracks in varying amounts. This way, each position
can be described as a set of expectations across the tracks.

| Employee level | Craftsmanship | Impact | Behaviour  |
|----------------|--------------|--------|------------|
| Junior         | C1           | I1     | B0         |
| Middle         | C2           | I2     | B1         |
| Senior         | C3           | I3     | B2         |
| Staff          | C4           | I4     | B3         |
| EM             | C3           | I4     | B4         |
| HoE            | C3           | I5     | B5         |
| Director       | C4           | I6     | B6         |
| Principal      | C5           | I5     | B5         |

For more information, see the detailed [career ladder](ic-track.md) description.




""")
    FILE.write_text("".join(parts), encoding="utf-8")
    return FILE


def gold():
    comps = []
    for name, tag, _head, rows, _img in TRACKS:
        levels = [{"rank": k + 1, "label": c, "behaviors": [item(STEM, d)]} for k, (c, d, _e) in enumerate(rows)]
        comps.append(competency(STEM, name, tag, levels=levels))
    return "md", "Crafters Model", comps
