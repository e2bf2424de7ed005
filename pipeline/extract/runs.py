"""Runs of level labels among a node's content: the levels of a competency, however the document sets them.

The content of a container is read in print order (`flat`): its children, and inside a level label that heads
content, that content too, so that a pane heading repeating the label before it ("Level 1 - Awareness" over
"Level 1") and a label that a heading swallowed at the end of the previous pane are seen in the order printed.
A run is the level labels of that sequence that form a scale; a label repeated at once with nothing between is
one level printed twice (an accordion's button and pane heading), and the more descriptive label is kept.

Each level's content is what its label heads, or, for a label on a line of its own, the lines after it up to the
next level label or anything that closes the levels: a heading, a section label, a short heading-like line.
An ordered list counted 1, 2, 3 whose items head lists of their own is a run of levels too ("1. Awareness" over
its bullets), its items' numbers giving the order. So are captions naming the role each list is expected of ("A
Junior Developer is capable of:"), in print order. A label line set like the levels on either side of it that the
vocabulary does not know ("Releasing:" between "Competent:" and "Transforming:") is a step between them.
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass, replace

from ..model.tree import LevelLabel, Node, NodeKind
from ..vocab.text import heading_text
from ..vocab.vocabulary import Vocabulary
from .nodes import item_number, level_of
from .scale import NUMBERED_TITLE, grade_series, is_scale, numbered_scale
from .shapes import is_behaviour, is_course, short_phrase
from .terms import section_field


@dataclass(frozen=True)
class LevelEntry:
    node: Node  # the node that carries the label
    level: LevelLabel
    body: str  # text on the label's line besides the label: the level's first behaviour
    content: tuple[Node, ...]  # the nodes that hold the level's behaviours
    duplicates: tuple[Node, ...] = ()  # the same label printed again right before (a pane heading), no content
    repeats: tuple[tuple[Node, str], ...] = ()  # the same label on further lines, each with a behaviour after it


def flat(children: tuple[Node, ...], vocab: Vocabulary) -> list[Node]:
    """The container's content in print order, descending into nodes that are level labels."""
    out: list[Node] = []
    for child in children:
        out.append(child)
        if child.children and level_of(child, vocab) is not None and child.kind is not NodeKind.TABLE:
            out.extend(flat(child.children, vocab))
    return out


def level_run(children: tuple[Node, ...], vocab: Vocabulary) -> list[LevelEntry]:
    """The levels among a container's children, or [] when they hold no run of level labels."""
    run = _labelled_run(children, vocab)
    numbered = _numbered_run(children)
    if run and len(numbered) > len(run) and {e.node.id for e in run} <= {e.node.id for e in numbered}:
        return numbered  # "1. Awareness, 2. Application, 3. Mastery": the numbers count the names we do not know
    return (
        run or numbered or _numbered_headings(children, vocab) or _captioned_levels(children) or _cumulative(children)
    )


# "A Junior Developer is capable of:", "An Intermediate Developer is capable of:": a caption naming, by a role's
# title, the level its list is expected of
LEVEL_CAPTION = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+"
    r"(?:is|are)\s+(?:capable of|able to|expected to)\b[^:]{0,40}:$"
)


def _captioned_levels(children: tuple[Node, ...]) -> list[LevelEntry]:
    """Two captions or more, each over its own list, naming different roles as the ones their lists are expected
    of: levels, in the order printed (a career ladder, lowest first)."""
    captions = [
        (node, m["name"])
        for node in children
        if node.kind is NodeKind.PARAGRAPH
        and node.children
        and all(c.kind is NodeKind.ITEM for c in node.children)
        and (m := LEVEL_CAPTION.match(node.text))
    ]
    names = [name.casefold() for _, name in captions]
    if len(captions) < 2 or len(set(names)) != len(names):
        return []
    return [
        LevelEntry(node, LevelLabel(name, float(rank), False, name.casefold()), "", node.children)
        for rank, (node, name) in enumerate(captions, start=1)
    ]


# a caption over a list that adds to the lists before it ("In addition to the whole-of-workforce capabilities, care,
# support and treatment professionals:")
IN_ADDITION = re.compile(r"^(?:in addition to|as well as|building on)\b[^.]{0,160}:$", re.I)


def _cumulative(children: tuple[Node, ...]) -> list[LevelEntry]:
    """Sub-headings each over a caption and its list, every caption after the first adding to the ones before
    ("All workers:", then "In addition to the whole-of-workforce capabilities, ... professionals:", "In addition
    to the capabilities above, ..."): the steps of a scale, lowest first, named by their headings."""
    heads = [c for c in children if c.kind is NodeKind.HEADING]
    if len(heads) < 2 or len({(h.rank, h.style) for h in heads}) != 1:
        return []
    openings = [next((k for k in h.children if k.text), None) for h in heads]
    captions = [
        c
        for c in openings
        if c is not None and c.kind is NodeKind.PARAGRAPH and c.text.rstrip().endswith(":") and c.children
    ]
    if len(captions) != len(heads):
        return []
    if IN_ADDITION.match(captions[0].text) or not all(IN_ADDITION.match(c.text) for c in captions[1:]):
        return []
    return [
        LevelEntry(
            node=h,
            level=LevelLabel(label=heading_text(h.text), order=float(k), numeric=False),
            body="",
            content=h.children,
        )
        for k, h in enumerate(heads, start=1)
    ]


def _with_unknown_steps(
    sequence: list[Node], found: list[tuple[int, Node, tuple[LevelLabel, str]]]
) -> list[tuple[int, Node, tuple[LevelLabel, str]]]:
    """A label set like the levels on either side of it, that the vocabulary does not know ("Releasing:" between
    "Competent:" and "Transforming:", each on a line of its own over its text): a step of the same scale, ordered
    between its neighbours."""
    out = list(found)
    for (i, before, low), (j, after, high) in zip(found, found[1:], strict=False):
        between = [k for k in range(i + 1, j) if _set_like(sequence[k], before) and _set_like(sequence[k], after)]
        if len(between) != 1 or low[1] or high[1] or not low[0].order < high[0].order:
            continue
        node = sequence[between[0]]
        label = node.text.strip().rstrip(":").strip()
        out.append((between[0], node, (LevelLabel(label, (low[0].order + high[0].order) / 2, False), "")))
    return sorted(out, key=lambda t: t[0])


def _with_initialled_ends(
    sequence: list[Node], found: list[tuple[int, Node, tuple[LevelLabel, str]]]
) -> list[tuple[int, Node, tuple[LevelLabel, str]]]:
    """A labelled line right before the first level or right after the last, named as every level is, with its
    initials in brackets ("Being Developed (BD): ..." before "Basic (B): ...", "Intermediate (I): ..."): the step of
    the same scale the vocabulary does not know, below the first or above the last."""
    if len(found) < 2 or not all(_initialled(node) for _, node, _ in found):
        return found
    out = list(found)
    (i, first, (low, _)), (j, _, (high, _)) = found[0], found[-1]
    ends = [(i - 1, low.order - 1 if low.order < high.order else low.order + 1)]
    ends.append((j + 1, high.order + 1 if low.order < high.order else high.order - 1))
    for k, order in ends:
        node = sequence[k] if 0 <= k < len(sequence) else None
        if node is not None and node.kind is first.kind and _initialled(node):
            label = heading_text(node.term).rstrip(":").strip()
            out.append((k, node, (LevelLabel(label, order, False), node.body or "")))
    return sorted(out, key=lambda t: t[0])


# a name and its initials in brackets: "Being Developed (BD)", "Intermediate (I)"
INITIALLED = re.compile(r"^(?P<name>[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})\s*\((?P<initials>[A-Z]{1,4})\)\s*:?$")


def _initialled(node: Node) -> bool:
    m = INITIALLED.match(node.term.strip()) if node.term else None
    return m is not None and "".join(w[0] for w in m["name"].split() if w[0].isupper()) == m["initials"]


def _set_like(node: Node, level: Node) -> bool:
    """Is a short label line set as a level's label line is (a paragraph ending in a colon, no text after it, in
    the same type)?"""
    text = node.text.strip()
    return (
        node.kind is NodeKind.PARAGRAPH  # a label line ("Releasing:"), as the levels' ("Competent:"), not a heading
        and level.kind is NodeKind.PARAGRAPH
        and (node.depth, node.bold, node.rank, node.style) == (level.depth, level.bold, level.rank, level.style)
        and not node.term
        and text.endswith(":")
        and level.text.strip().endswith(":")
        and short_phrase(text.rstrip(":"), 3)
        and text[:1].isupper()
        and not text.rstrip(":").strip().endswith((".", "?", "!"))
    )


def _labelled_run(children: tuple[Node, ...], vocab: Vocabulary) -> list[LevelEntry]:
    sequence = flat(children, vocab)
    found = [(i, node, lv) for i, node in enumerate(sequence) if (lv := level_of(node, vocab)) is not None]
    if not found:
        return []
    known = {id(node) for _, node, _ in found}
    found = _with_initialled_ends(sequence, _with_unknown_steps(sequence, found))
    steps = {id(node) for _, node, _ in found} - known
    # (first index, last index, node kept, its label and body, the duplicates, the repeats)
    merged: list[tuple[int, int, Node, tuple[LevelLabel, str], list[Node], list[tuple[Node, str]]]] = []
    for i, node, lv in found:
        if merged and _same_level(merged[-1][3][0], lv[0]) and _nothing_between(sequence, merged[-1][1], i):
            first, _, prev, prev_lv, dups, repeats = merged[-1]
            if prev_lv[1] and lv[1]:  # "Junior to Mid – one behaviour", "Junior to Mid – another": one level
                merged[-1] = (first, i, prev, prev_lv, dups, [*repeats, (node, lv[1])])
            elif _more_descriptive(prev_lv[0], lv[0], vocab):
                merged[-1] = (first, i, prev, prev_lv, [*dups, node], repeats)
            else:
                merged[-1] = (first, i, node, lv, [*dups, prev], repeats)
            continue
        merged.append((i, i, node, lv, [], []))
    levels = [lv for _, _, node, (lv, _), _, _ in merged if id(node) not in steps]  # the known ones make the scale
    inline = all(body for _, _, _, (_, body), _, _ in merged)
    if inline and all(is_course(body) for _, _, _, (_, body), _, _ in merged):
        return []  # "LC I: Emergence & Managers as Leaders (LDP 110) – 4 half-day sessions": courses, by stage
    if not steps and not is_scale(levels, vocab) and grade_series(levels):
        # "APS 3" ... "APS 6", "EL 1", "EL 2": a classification ladder running from one family of grades into the
        # next, each family in order; the print order ranks them
        merged = [
            (a, b, node, (replace(lv, order=float(k)), body), d, r)
            for k, (a, b, node, (lv, body), d, r) in enumerate(merged, start=1)
        ]
    elif not is_scale(levels, vocab) and not (inline and _repeated_scale(levels, vocab)):
        return []
    recurring = _recurring_sections(sequence, {id(node) for _, _, node, _, _, _ in merged}, vocab)
    entries = []
    for k, (_, last, node, (label, body), dups, repeats) in enumerate(merged):
        end = merged[k + 1][0] if k + 1 < len(merged) else len(sequence)
        below = (*dups, node, *(r for r, _ in repeats))
        content = _content(sequence, last + 1, end, below, vocab, recurring)
        entries.append(LevelEntry(node, label, body, content, tuple(dups), tuple(repeats)))
    return entries


def _repeated_scale(levels: list[LevelLabel], vocab: Vocabulary) -> bool:
    """The same scale printed again and again, one behaviour per level each time ("Phase I, Phase II, Phase III",
    then "Phase I, Phase II, Phase III" for the next aspect of the competency), each label with its behaviour on
    its line: each pass is a scale, and each level's behaviours are those after its label in every pass."""
    passes: list[list[LevelLabel]] = [[]]
    for lv in levels:
        if any(_same_level(seen, lv) for seen in passes[-1]):
            passes.append([])
        passes[-1].append(lv)
    return len(passes) >= 2 and all(len(p) >= 2 and is_scale(p, vocab) for p in passes)


def _more_descriptive(a: LevelLabel, b: LevelLabel, vocab: Vocabulary) -> bool:
    """Of one level's label printed twice, is `a` the one to keep: the longer, unless what it adds is only a
    section's word ("Level 4" over "Level 4 Descriptors": the level is "Level 4")."""
    longer, shorter = (a, b) if len(a.label) >= len(b.label) else (b, a)
    extra = longer.label[len(shorter.label) :].strip(" :–—-")
    if longer.label.casefold().startswith(shorter.label.casefold()) and extra and section_field(extra, vocab):
        return a is shorter
    return a is longer


def _same_level(a: LevelLabel, b: LevelLabel) -> bool:
    if a.numeric and b.numeric or a.letter and b.letter:
        return a.order == b.order
    x, y = a.label.casefold(), b.label.casefold()
    return x == y or x.startswith(y + " ") or y.startswith(x + " ")  # "Expert" printed again as "Expert (5)"


def _nothing_between(sequence: list[Node], a: int, b: int) -> bool:
    return all(not node.text for node in sequence[a + 1 : b])


def _recurring_sections(sequence: list[Node], labels: set[int], vocab: Vocabulary) -> set[str]:
    """Section headings printed again after several level labels ("Level A", "Positive indicators", "Level B",
    "Positive indicators", ...): each belongs to the level above it, as a group of its behaviours."""
    texts = [
        heading_text(n.text).casefold()
        for n in sequence
        if n.kind is NodeKind.HEADING and id(n) not in labels and section_field(n.text, vocab) == "indicators"
    ]
    return {t for t in texts if texts.count(t) >= 2}


def _content(
    sequence: list[Node],
    start: int,
    end: int,
    labels: tuple[Node, ...],
    vocab: Vocabulary,
    recurring: Set[str] = frozenset(),
) -> tuple[Node, ...]:
    """The nodes after a level label up to the next one: all of them when the label heads its content; for a
    label on a line of its own, up to the first node that closes the levels."""
    below = {id(n) for label in labels for n in label.walk()} - {id(label) for label in labels}
    out: list[Node] = []
    inside: set[int] = set()
    label = labels[-1]
    for k, node in enumerate(sequence[start:end]):
        if id(node) in inside:
            continue  # already part of a node taken whole
        if k == 0 and level_title(label, node, vocab):
            out.append(node)  # "Level 1" over "Analyzes and synthesizes information": the level's title
            inside |= {id(n) for n in node.walk()}
            continue
        if node.kind is NodeKind.HEADING and heading_text(node.text).casefold() in recurring:
            out.append(node)
            inside |= {id(n) for n in node.walk()}
            continue
        if id(node) not in below and _closes_levels(node, vocab):
            break
        if node.term and section_field(node.term, vocab) not in (None, "levels", "notes"):
            break  # "Related capabilities: ..." nested under the last level's heading: a section after the levels
        # a level's own "Overview" under its heading describes the level; the competency's definition stands above
        # its levels
        described = ("definition",) if id(node) in below else ()
        # (a caption in a paragraph of its own, "Further reading:" over its list, closes them as a heading does)
        captioned = node.kind is NodeKind.PARAGRAPH and not node.term and short_phrase(node.text.rstrip(":"), 6)
        if (node.kind is NodeKind.HEADING or captioned) and section_field(node.text, vocab) not in (
            None,
            "levels",
            "notes",
            "indicators",
            *described,
        ):
            break  # "Interview Questions" nested under the last level's heading: likewise
        if id(node) not in below and labels[-1].kind is NodeKind.ITEM and node.kind is not NodeKind.ITEM:
            break  # a level printed as a list item: the list ends its behaviours
        if node.kind is not NodeKind.ITEM and any(n.kind is NodeKind.ITEM for n in out):
            if id(node) not in below or node.kind is NodeKind.TABLE:
                break  # a label over a list: the list is its behaviours, the text (or table) after it is not
        out.append(node)
        inside |= {id(n) for n in node.walk()}
    return tuple(out)


def level_title(label: Node, node: Node, vocab: Vocabulary) -> bool:
    """A heading right after an empty level heading of the same style that names what the level is about."""
    return (
        label.kind is NodeKind.HEADING
        and not label.children
        and node.kind is NodeKind.HEADING
        and (node.rank, node.style) == (label.rank, label.style)
        and level_of(node, vocab) is None
        and section_field(node.text, vocab) is None
    )


def _closes_levels(node: Node, vocab: Vocabulary) -> bool:
    if node.kind is NodeKind.HEADING:
        return True
    if node.term and section_field(node.term, vocab) not in (None, "levels"):
        return True
    return node.kind is NodeKind.PARAGRAPH and not node.children and short_phrase(node.text, 10) and not node.term


def _numbered_headings(children: tuple[Node, ...], vocab: Vocabulary) -> list[LevelEntry]:
    """Sibling headings numbered 1, 2, 3 ... ("1 – Cooperates", "2 – Expresses Positive Expectations") over lists
    of behaviours: a scale whose levels are titled, not named by a known word."""
    heads = [c for c in children if c.kind is NodeKind.HEADING and NUMBERED_TITLE.match(c.text)]
    if len(heads) < 3 or len({(h.rank, h.style) for h in heads}) != 1 or heads[0].style in vocab.enumerated_styles:
        return []
    numbers = [int(NUMBERED_TITLE.match(h.text)["n"]) for h in heads]  # type: ignore[index]
    if not numbered_scale(numbers):
        return []
    below = [k.text for h in heads for k in h.children if k.text]
    if not below or sum(1 for t in below if is_behaviour(t)) * 3 < len(below) * 2:
        return []
    if any(section_field(k.term or k.text, vocab) == "definition" for h in heads for k in h.children):
        return []  # entries with a definition of their own are competencies, not levels
    return [
        LevelEntry(node=h, level=LevelLabel(label=h.text, order=float(n), numeric=True), body="", content=h.children)
        for h, n in zip(heads, numbers, strict=True)
    ]


def numbered_levels(children: tuple[Node, ...]) -> list[LevelEntry]:
    """Under a heading that says its content is levels ("Proficiency Levels:"), an ordered list counted 1, 2, 3
    (no gaps) with no level labels: each item is a level, labelled by its number, its text the level's behaviour."""
    items = [c for c in children if c.kind is NodeKind.ITEM and c.ordered]
    numbers = [item_number(c) for c in items]
    if len(items) < 2 or any(n is None for n in numbers) or not numbered_scale([n for n in numbers if n is not None]):
        return []
    return [
        LevelEntry(
            node=c, level=LevelLabel(label=str(n), order=float(n), numeric=True), body=c.text, content=c.children
        )
        for c, n in zip(items, numbers, strict=True)
        if n is not None
    ]


def _numbered_run(children: tuple[Node, ...]) -> list[LevelEntry]:
    """An ordered list counted 1, 2, 3 (no gaps) whose items each head a list of their own, and are short."""
    items = [c for c in children if c.kind is NodeKind.ITEM and c.ordered]
    numbers = [item_number(c) for c in items]
    if len(items) < 2 or any(n is None for n in numbers) or not numbered_scale([n for n in numbers if n is not None]):
        return []
    if not all(c.children and short_phrase(c.text, 14) for c in items):
        return []
    below = [k.text for c in items for k in c.children if k.kind is NodeKind.ITEM and k.text]
    if not below or sum(1 for t in below if is_behaviour(t)) * 3 < len(below) * 2:
        return []  # numbered themes over advice or plain phrases are groups of a list, not levels
    return [
        LevelEntry(node=c, level=LevelLabel(label=c.text, order=float(n), numeric=True), body="", content=c.children)
        for c, n in zip(items, numbers, strict=True)
        if n is not None
    ]
