"""A framework printed by level rather than by competency: a section per level ("Junior Programmer", "Senior
Programmer", ...) and, in each, the same labelled lines ("**Mastery**: ...", "**Scope**: ...") saying what each
competency looks like at that level. The recurring labels are the competencies; each line is its behaviour at the
level its section names.

The evidence: sibling sections whose headings read as a scale (level names, a career ladder's words), and at least
two labels, none a section the vocabulary knows, that recur in at least two of them.

The same holds for sub-headings: "Effective Behaviours – Director", "... – Manager", "... – Supervisor", each over
the headings "Values and Ethics", "Strategic Thinking", ... with that level's behaviours under them. Only the
sibling headings that name levels are the level sections there (an "Introduction" or "Definitions" beside them is
not), and a competency's definition may stand under a heading of its name elsewhere (a "Definitions" section).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model.tree import LevelLabel, Node, NodeKind
from ..vocab.text import heading_text
from ..vocab.vocabulary import Vocabulary
from .scale import ROMAN, STEPPED, is_scale, parse_level
from .shapes import defines, is_advice, short_phrase
from .table_layout import a_plain_name, cell_text
from .terms import document_title, field_words, section_field


@dataclass(frozen=True)
class Occurrence:
    node: Node  # the labelled line, or the sub-heading over the competency's behaviours at the level
    name: str  # the competency it names
    level: LevelLabel  # the level its section names
    level_node: Node  # the section's heading
    content: tuple[Node, ...] = ()  # a header cell's: the column's cells below it
    evidence: str = "a sub-heading that recurs in every level's section"  # a heading's, as a competency

    @property
    def is_heading(self) -> bool:
        """A heading, or an outline entry over its own list: what it holds is the competency's at the level."""
        return self.node.kind is NodeKind.HEADING or self.node.kind is NodeKind.ITEM and not self.node.term

    @property
    def is_column(self) -> bool:
        return self.node.kind is NodeKind.CELL


def transposed(root: Node, vocab: Vocabulary) -> list[Occurrence]:
    """The labelled lines of a by-level framework, in print order, or [] when the document is not one."""
    for parent in root.walk():
        sections = [c for c in parent.children if c.kind is NodeKind.HEADING]
        if len(sections) < 2 or not _reads_as_scale([s.text for s in sections], vocab):
            continue
        terms = {s.id: _terms(s, vocab) + _outline_items(s, vocab) for s in sections}
        recurring = _recurring([[_name(n) for n in found] for found in terms.values()])
        if len(recurring) < 2 or _labels_a_scale(recurring, vocab):
            continue  # "All Employees:", "Team Lead:", "Supervisor:" under each competency: its levels
        bodies = [n.body for found in terms.values() for n in found if n.body and _name(n).casefold() in recurring]
        if bodies and sum(1 for b in bodies if is_advice(b)) * 2 > len(bodies):
            continue  # "Experience: Keep a weekly journal ...", "Exposure: Ask three colleagues ...": advice by kind
        levels = _levels(sections, vocab, suffix=_roles([s.text for s in sections]))
        out = [
            Occurrence(n, heading_text(_name(n)), levels[s.id], s)
            for s in sections
            for n in terms[s.id]
            if heading_text(_name(n)).casefold() in recurring
        ]
        return out
    return _by_sub_headings(root, vocab) or _by_table_columns(root, vocab) or _one_level_section(root, vocab)


def _one_level_section(root: Node, vocab: Vocabulary) -> list[Occurrence]:
    """One page of a framework printed by level: under the document's title, a single heading naming one level
    ("Level 2 – Managers, Supervisors and Team Leaders") over sub-headings that hold all its content, each a
    competency described at that level only. A competency's own page has no such shape: its heading names the
    competency, not the document, and a level inside it holds behaviours, not named sections."""
    for parent in root.walk():
        if parent is not root and not (parent.kind is NodeKind.HEADING and document_title(parent.text, vocab)):
            continue
        sections = [c for c in parent.children if c.kind is NodeKind.HEADING]
        if len(sections) != 1 or not _holds_only_headings(sections[0]):
            continue
        section = sections[0]
        level = _leading_level(section.text, vocab)
        subs = _sub_headings(section, vocab, gloss=True)
        filled = [c for c in section.children if c.text or c.children]
        if level is None or len(subs) < 2 or len(subs) != len(filled):
            continue
        evidence = "a sub-heading of the one level's section the document prints"
        return [Occurrence(n, heading_text(n.text), level, section, evidence=evidence) for n in subs]
    return []


_NAME_BEFORE_GLOSS = re.compile(r"\s+[–—-]\s+|:\s+")


def _leading_level(text: str, vocab: Vocabulary) -> LevelLabel | None:
    """The level a heading names, whole or before a dash or colon ("Level 2 – Professional Officers"), labelled
    as printed."""
    head = _NAME_BEFORE_GLOSS.split(heading_text(text), maxsplit=1)[0]
    found = parse_level(text, vocab) or parse_level(head, vocab)
    return LevelLabel(label=heading_text(text), order=found.order, numeric=found.numeric) if found else None


def _by_table_columns(root: Node, vocab: Vocabulary) -> list[Occurrence]:
    """Level sections among sibling headings, each over a table whose header names the same competencies, one
    per column, and whose cells below are their behaviours at that level (a section per level, the competencies
    side by side)."""
    for parent in root.walk():
        sections = _level_sections(parent, vocab)
        if len(sections) < 2:
            continue
        heads = {s.id: _header_cells(s, vocab) for s in sections}
        recurring = _recurring([[cell_text(c) for c, _ in found] for found in heads.values()])
        whole = [
            s
            for s in sections
            if heads[s.id] and all(heading_text(cell_text(c)).casefold() in recurring for c, _ in heads[s.id])
        ]
        if len(recurring) < 2 or len(whole) < 2:
            continue  # the recurring names must make whole headers: the competencies, side by side
        if _each_defined(sections, vocab):
            continue
        levels = _levels(sections, vocab)
        return [
            Occurrence(cell, heading_text(cell_text(cell)), levels[s.id], s, column)
            for s in sections
            for cell, column in heads[s.id]
            if heading_text(cell_text(cell)).casefold() in recurring
        ]
    return []


def _each_defined(sections: list[Node], vocab: Vocabulary) -> bool:
    """Headings that name no level, each opening with a paragraph that says what it is ("Delivering excellent
    service" over "Giving the best possible service to ..." and a "Self | Others | Organisation" table): the
    competencies, each with its table, not a framework printed by level."""
    firsts = [next((c for c in s.children if c.text), None) for s in sections]
    return all(parse_level(s.text, vocab) is None for s in sections) and all(
        f is not None and f.kind is NodeKind.PARAGRAPH and defines(f.text) for f in firsts
    )


def _header_cells(section: Node, vocab: Vocabulary) -> list[tuple[Node, tuple[Node, ...]]]:
    """The header cells of the first table in a section whose header row is short names (no section or level
    the vocabulary knows), each with the cells of its column below it."""
    for table in (n for n in section.walk() if n.kind is NodeKind.TABLE):
        rows = [r for r in table.children if r.kind is NodeKind.ROW]
        if len(rows) < 2:
            continue
        header = [c for c in rows[0].children if cell_text(c)]
        if len(header) < 2 or not all(a_plain_name(cell_text(c), vocab) for c in header):
            return []
        return [(c, tuple(cell for row in rows[1:] for cell in row.children if cell.col == c.col)) for c in header]
    return []


def _level_sections(parent: Node, vocab: Vocabulary) -> list[Node]:
    """The parent's sub-headings that name a level and head something; none when two of them name the same level
    (the word "Working" in "Working in a team" and "Working with the community" names no rung of a scale)."""
    found = [c for c in parent.children if c.kind is NodeKind.HEADING and names_a_level(c.text, vocab) and c.children]
    if len(found) < 2:
        headed = [c for c in parent.children if c.kind is NodeKind.HEADING and c.children]
        return headed if _roles([c.text for c in headed]) else []
    rungs = [_rung(c.text, vocab) for c in found]
    return found if len(set(rungs)) == len(rungs) else []


def _rung(text: str, vocab: Vocabulary) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """What places a heading on a scale: its level words and its rank numbers."""
    words = tuple(w for w in re.findall(r"[a-z]+", text.lower()) if w in vocab.level_names)
    return words, tuple(RANK_NUMBER.findall(text))


def _recurring(names_by_section: list[list[str]]) -> set[str]:
    """The names (folded) that stand in two sections or more."""
    counts: dict[str, int] = {}
    for names in names_by_section:
        for key in {heading_text(name).casefold() for name in names}:
            counts[key] = counts.get(key, 0) + 1
    return {k for k, n in counts.items() if n >= 2}


def _by_sub_headings(root: Node, vocab: Vocabulary) -> list[Occurrence]:
    """Level sections among sibling headings, each over the same sub-headings: the competencies."""
    for parent in root.walk():
        sections = _level_sections(parent, vocab)
        if len(sections) < 2:
            continue
        heads = {s.id: _sub_headings(s, vocab) for s in sections}
        recurring = _recurring([[n.text for n in found] for found in heads.values()])
        # recurring sub-headings that hold nothing but sub-headings of their own are themes ("General capabilities"
        # over "Drive for results", "Flexible thinking" in every level's section)
        themes = [n for found in heads.values() for n in found if heading_text(n.text).casefold() in recurring]
        only_themes = bool(themes) and all(_holds_only_headings(n) for n in themes)
        if len(recurring) < 2 or only_themes:
            # the competencies one heading further down, under themes that recur too ("Band 1" > "1. Organising
            # your work ..." > "Achieves results", "Supports a corporate perspective")
            deeper = {
                s.id: [g for h in s.children if h.kind is NodeKind.HEADING for g in _sub_headings(h, vocab)]
                for s in sections
            }
            below = _recurring([[n.text for n in found] for found in deeper.values()])
            if len(below) >= 2:
                heads, recurring = deeper, below
        # the level sections are those holding the recurring names ("Contributing" beside "Senior Engineer" is a
        # word of a scale, over no competency)
        sections = [s for s in sections if any(heading_text(n.text).casefold() in recurring for n in heads[s.id])]
        if len(recurring) < 2 or len(sections) < 2 or _defines_itself(parent, sections, vocab):
            continue
        if _levels_again_beside(root, parent, sections):
            continue
        prefix = _shared_prefix([s.text for s in sections])
        if any(re.search(r"\S\s+[–—-]\s+\S", s.text[prefix:]) for s in sections):
            continue  # "Communication – Level C", "Teamwork – Level B": competencies' sections, each at one level
        levels = _levels(sections, vocab, prefix, _roles([s.text for s in sections]))
        return [
            Occurrence(n, heading_text(n.text), levels[s.id], s)
            for s in sections
            for n in heads[s.id]
            if heading_text(n.text).casefold() in recurring
        ]
    return []


def _labels_a_scale(names: set[str], vocab: Vocabulary) -> bool:
    """Do the recurring labels name levels themselves, all of them, on a scale?"""
    levels = [parse_level(name, vocab) for name in sorted(names)]
    found = [lv for lv in levels if lv is not None]
    return len(found) == len(levels) and is_scale(found, vocab)


def _defines_itself(parent: Node, sections: list[Node], vocab: Vocabulary) -> bool:
    """A heading that defines what it names beside its level sections ("TEAM MEMBERSHIP" > "Description: ...",
    then "ENTRY LEVEL", "DEVELOPMENTAL LEVEL", each over "Team Membership Skills" and "Knowledge, Skills and
    Abilities"): one competency whose levels group their behaviours alike, not a framework printed by level."""
    if parent.kind is not NodeKind.HEADING:
        return False
    inside = {n.id for s in sections for n in s.walk()}
    return any(
        n.id not in inside and n.term and section_field(n.term, vocab) == "definition"
        for c in parent.children
        for n in c.walk()
    )


def _levels_again_beside(root: Node, parent: Node, sections: list[Node]) -> bool:
    """The same level sections under a sibling heading set alike ("Planning and Organising" and "Adaptability",
    each over "Level 1" ... "Level 4", each level over skill sub-headings): each heading is a competency whose
    levels group their behaviours by skill, not a framework printed by level."""
    if parent.kind is not NodeKind.HEADING:
        return False
    labels = {heading_text(s.text).casefold() for s in sections}
    holder = next((n for n in root.walk() if any(c is parent for c in n.children)), None)
    if holder is None:
        return False
    return any(
        c is not parent
        and c.kind is NodeKind.HEADING
        and (c.rank, c.style) == (parent.rank, parent.style)
        and len(labels & {heading_text(h.text).casefold() for h in c.children if h.kind is NodeKind.HEADING}) >= 2
        for c in holder.children
    )


def _holds_only_headings(node: Node) -> bool:
    """A heading whose content is all under sub-headings of its own."""
    filled = [c for c in node.children if c.text or c.children]
    return bool(filled) and all(c.kind is NodeKind.HEADING for c in filled)


def names_a_level(text: str, vocab: Vocabulary) -> bool:
    """A level's name, a heading holding a level word ("Senior Engineer"), or a rung of a ladder counted by a
    number ("Engineer II", "Analyst 3"; no division of the document such as "Part 2")."""
    if parse_level(text, vocab) or any(w in vocab.level_names for w in re.findall(r"[a-z]+", text.lower())):
        return True
    rung = STEPPED.match(heading_text(text))
    return rung is not None and not any(p.match(text) for p in vocab.divisions)


def _sub_headings(section: Node, vocab: Vocabulary, gloss: bool = False) -> list[Node]:
    """A section's sub-headings that may name competencies; with `gloss`, a short name may be followed by a dash
    and what it covers ("One council one team – seeing the bigger picture, collaboration and partnering")."""
    return [
        c
        for c in section.children
        if c.kind is NodeKind.HEADING
        and c.children
        and short_phrase(_NAME_BEFORE_GLOSS.split(c.text, maxsplit=1)[0] if gloss else c.text, 6)
        and section_field(c.text, vocab) is None
        # "Behaviour definition", "Level definition": sections, not names (a longer name may hold a field's word:
        # "Evidence, Research and Development")
        and not (len(c.text.split()) <= 2 and field_words(c.text, vocab))
        and parse_level(c.text, vocab) is None
    ]


def _shared_prefix(texts: list[str]) -> int:
    """The length of the words every level heading opens with, up to a dash or colon ("Effective Behaviours – "
    before "Director", "Manager"), so that the label is the level's own name; 0 when they share none."""
    prefix = texts[0]
    for t in texts[1:]:
        while not t.startswith(prefix):
            prefix = prefix[:-1]
    m = re.match(r"^(.*\S)\s*[–—:-]\s*", prefix)
    return m.end() if m and all(len(t) > m.end() for t in texts) else 0


def _terms(section: Node, vocab: Vocabulary) -> list[Node]:
    return [
        n
        for n in section.walk()
        if n.term
        and n.body
        and short_phrase(n.term, 5)
        and n.term[:1].isupper()
        and section_field(n.term, vocab) is None  # a level's name ("Mastery") may name a competency here
    ]


def _outline_items(section: Node, vocab: Vocabulary) -> list[Node]:
    """A level section's outline entries: short capitalised items over lists of their own ("**Mastery**" over
    "Technical knowledge" over what one does at that level)."""
    return [
        c
        for c in section.children
        if c.kind is NodeKind.ITEM
        and c.children
        and short_phrase(c.text, 5)
        and c.text[:1].isupper()
        and section_field(c.text, vocab) is None  # a level's name ("Mastery") may name a competency here
    ]


def _name(node: Node) -> str:
    return node.term if node.kind is not NodeKind.ITEM or node.term else node.text


def _reads_as_scale(texts: list[str], vocab: Vocabulary) -> bool:
    """Headings that name levels: each parses as a level, or most hold a level word ("Senior Programmer")."""
    if all(parse_level(t, vocab) for t in texts):
        return True
    with_word = sum(1 for t in texts if _holds_level_word(t, vocab))
    return with_word * 3 >= len(texts) * 2 and len(texts) >= 2 or _numbered_in_sequence(texts) or bool(_roles(texts))


def _roles(texts: list[str]) -> int:
    """The length of the words the headings share after a short lead of their own that differs in each
    ("Colleagues show this when they do the following…", "Managers show this when …", "Senior leaders show
    this when …": the roles a framework is printed for), or 0."""
    if len(texts) < 2:
        return 0
    tail = texts[0]
    for t in texts[1:]:
        while tail and not t.endswith(tail):
            tail = tail[1:]
    m = re.search(r"\s(\S+(?:\s+\S+){2,})$", tail)  # from a word boundary, three words or more
    if not m:
        return 0
    shared = m.group(1)
    leads = [t[: len(t) - len(shared)].strip() for t in texts]
    if len({lead.casefold() for lead in leads}) < len(leads) or not all(short_phrase(lead, 3) for lead in leads):
        return 0
    return len(shared) + 1


def _holds_level_word(text: str, vocab: Vocabulary) -> bool:
    """A heading holding a level's name ("Senior Programmer", "Developing practitioners"), not a gerund with its
    object ("Leading Change", "Developing Others": a competency's name)."""
    words = re.findall(r"[a-z]+", text.lower())
    return any(
        w in vocab.level_names and not (k == 0 and w.endswith("ing") and len(words) > 1) for k, w in enumerate(words)
    )


OUTLINE_NUMBER = re.compile(r"^\s*\d{1,2}(?:(?:\.\d{1,2})+\.?|[.)])\s+")
RANK_NUMBER = re.compile(r"\b(?:(\d{1,2})[a-z]?|(X|IX|IV|V?I{1,3}|V))\b")


def _numbered_in_sequence(texts: list[str]) -> bool:
    """A career ladder's rungs: every heading's last number (arabic, or a Roman numeral) rising or falling one
    heading to the next ("Apprentice (IC 1)", "Engineer I (IC 2)", "Engineer II (IC 3a)")."""
    numbers = []
    for text in texts:
        # an outline number before the heading ("5.1. Customer Focus", "2. Developing Others") counts sections,
        # no rung
        found = RANK_NUMBER.findall(OUTLINE_NUMBER.sub("", text))
        if not found:
            return False
        arabic, roman = found[-1]
        numbers.append(int(arabic) if arabic else ROMAN[roman.lower()])
    steps = [b - a for a, b in zip(numbers, numbers[1:])]
    return len(numbers) >= 3 and (all(s > 0 for s in steps) or all(s < 0 for s in steps))


def _levels(sections: list[Node], vocab: Vocabulary, prefix: int = 0, suffix: int = 0) -> dict[int, LevelLabel]:
    """Each section's level, ranked by print order, downward when the level words the headings hold fall; its
    label without the words all the sections share (`prefix` characters before, `suffix` after)."""
    labels = {s.id: s.text[prefix : len(s.text) - suffix].strip() for s in sections}
    places = []
    for s in sections:
        words = [vocab.level_names[w] for w in re.findall(r"[a-z]+", labels[s.id].lower()) if w in vocab.level_names]
        places.append(words[0] if words else None)
    known = [p for p in places if p is not None]
    descending = len(known) >= 2 and known[0] > known[-1]
    n = len(sections)
    return {
        s.id: LevelLabel(label=labels[s.id], order=float(n - i if descending else i + 1), numeric=False)
        for i, s in enumerate(sections)
    }
