"""A scale the document defines by printing it again for every competency: the same sub-headings, in the same
order, under two or more headings ("Lead Self", "Lead Others", "Lead Other Leaders", "Lead the Organisation"
under each capability), at least three of them over a list (the others over some text). Those sub-headings are
the levels of a scale of the document's own, ranked in print order, not competencies.

The same holds for a table printed again for every competency under a caption that speaks of levels ("What we
expect at each level of leadership"): the same header row of short names ("Leading Self | Leading Others |
Leading the Business") over cells of behaviours, under two or more headings of different names. Without the
caption a recurring header row is as likely a set of facets ("Knowledge | Skills | Behaviours").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model.tree import Node, NodeKind
from ..vocab.language import lemma_key
from ..vocab.text import heading_key, heading_text
from ..vocab.vocabulary import Vocabulary
from .content import asks_questions, field_by_content
from .evidence import described, evidence
from .nodes import introduced_lists
from .scale import explicit, parse_level, with_scales
from .scope_shapes import REQUIREMENTS
from .shapes import short_phrase
from .terms import is_front_matter, section_field
from .transposed import names_a_level

MIN_STEPS = 3  # two recurring sub-headings are as likely a pair of sections ("Effective", "Ineffective")


def recurring_scales(root: Node, vocab: Vocabulary) -> Vocabulary:
    """The vocabulary with the document's recurring sub-heading sequences added as scales."""
    parents: dict[tuple[str, ...], list[str]] = {}  # a sequence of sub-headings -> the names of its parents
    # sequences whose sub-headings are, in one printing, entries of their own: the competencies, printed in full
    # once and again where the document uses them ("Teaching & Learning" over its definition and levels in an
    # appendix, and over the interview questions for it in the guide before)
    entries: set[tuple[str, ...]] = set()
    for node in root.walk():
        if sum(1 for c in node.children if c.kind is NodeKind.HEADING) < MIN_STEPS:
            continue
        steps = [c for c in node.children if c.kind is NodeKind.HEADING and _step(c, vocab)]
        if sum(1 for c in steps if _holds_list(c)) < MIN_STEPS or _sections_of_kinds(steps, vocab):
            continue
        levels_section = section_field(node.text, vocab) == "levels"
        if node.kind is NodeKind.HEADING and names_a_level(node.text, vocab) and not levels_section:
            continue  # the same competencies under each level's section: a framework printed by level
        key = tuple(heading_text(c.text).casefold() for c in steps)
        name = heading_text(node.text).casefold()
        if levels_section:
            # "Proficiency Level" over the same sub-headings under each competency: a scale printed again, however
            # the section is named each time
            name = f"{name} #{node.id}"
        if len(set(key)) == len(key):
            parents.setdefault(key, []).append(name)
            if any(_an_entry(c, vocab) for c in steps) or sum(1 for c in steps if asks_questions(c)) * 2 > len(steps):
                entries.add(key)
    # under parents of different names (one competency each); parents that recur by name ("Results" under every
    # level's section) are a framework printed by level, whose recurring sub-headings are its competencies
    # each kind of recurrence is counted on its own: a flat run under a title and the same headings as the
    # document's own children are one printing, not two
    flat: dict[tuple[str, ...], list[str]] = {}
    for key, name in _flat_runs(root, vocab):
        flat.setdefault(key, []).append(name)
    labelled: dict[tuple[str, ...], list[str]] = {}
    for key, name in _labelled_runs(root, vocab) + _item_runs(root, vocab):
        labelled.setdefault(key, []).append(name)
    tables = _level_tables(root, vocab)
    tabled: dict[tuple[str, ...], list[str]] = {}
    for key, name, _ in tables:
        tabled.setdefault(key, []).append(name)
    stated = stated_level_counts(root)
    other_kinds = named_otherwise(root)
    scales = sorted(
        {
            key
            for found in (parents, flat, labelled, tabled)
            for key, names in found.items()
            if len(names) >= 2
            and key not in entries
            and (len(set(names)) == len(names) or len(key) in stated)
            and len(set(key) & other_kinds) < 2
        }
    )
    if not scales:
        return vocab
    # the caption over each such table opens the competency's levels, like "Proficiency levels"
    section_keys = dict(vocab.section_keys)
    for key, _, caption in tables:
        if key in scales:
            section_keys.setdefault(lemma_key(heading_key(caption)), "levels")
    vocab = replace(vocab, section_keys=section_keys)
    texts = [n.text for n in root.walk() if n.kind is NodeKind.PARAGRAPH]
    return with_scales(vocab, [_positions(key, vocab, _highest_first(key, texts)) for key in scales])


COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# "Behaviours are described for four leadership levels", "set out at 5 levels of proficiency"
STATED_COUNT = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|[2-7])\s+(?:[a-z-]+\s+){0,2}(?:levels|stages|tiers|bands)\b", re.I
)


def stated_level_counts(root: Node) -> set[int]:
    """How many levels the document's own text says its scale has ("four leadership levels"): sub-headings printed
    again under sections of one name ("What this looks like") are that scale's steps when they are as many."""
    return {
        COUNT_WORDS.get(m["n"].lower()) or int(m["n"])
        for node in root.walk()
        if node.kind is NodeKind.PARAGRAPH
        for m in STATED_COUNT.finditer(node.text)
    }


# a lead-in calling what it lists something other than levels ("looked at from three aspects:", "in three spheres")
OTHER_KINDS = re.compile(
    r"\b(?:aspects?|areas?|perspectives?|dimensions?|spheres?|themes?|contexts?|domains?|categories|facets?)\b"
    r"[^.:]{0,40}:$",
    re.I,
)


def named_otherwise(root: Node) -> set[str]:
    """The names a lead-in lists as something other than levels ("Each behaviour area is looked at from three
    aspects:" over "Self – behaviours that ...", "Others – ..."): sub-headings printed again under each
    competency with those names are its aspects, their groups, not a scale."""
    return {
        heading_text(item).casefold()
        for lead_in, items in introduced_lists(root)
        if OTHER_KINDS.search(lead_in.strip())
        for item in items
    }


def _positions(key: tuple[str, ...], vocab: Vocabulary, highest_first: bool = False) -> dict[str, int]:
    """Each step's place, lowest first: print order, or its reverse where the names the vocabulary knows go down
    ("Leader", "People Manager", "Individual Contributor") or the document says the first is the highest."""
    known = [lv.order for name in key if (lv := parse_level(name, vocab)) is not None and lv.name]
    descending = highest_first or len(known) >= 2 and known[0] > known[-1]
    return {name: len(key) - 1 - position if descending else position for position, name in enumerate(key)}


def _highest_first(key: tuple[str, ...], texts: list[str]) -> bool:
    """Does the document say its steps run from the highest down ("set out from the most senior, Leading the
    organisation, down to Leading self")?"""
    first, last = (re.escape(k) for k in (key[0], key[-1]))
    said = re.compile(
        rf"\b(?:most senior|highest|top|most advanced)\W+(?:\w+\W+){{0,3}}{first}\b|\bdown to\W+{last}\b", re.I
    )
    return any(said.search(t) for t in texts)


def _flat_runs(root: Node, vocab: Vocabulary) -> list[tuple[tuple[str, ...], str]]:
    """A flat layout prints the steps as siblings of the name they belong to (every heading of one style, as in a
    text export): each run of at least three consecutive sibling step headings over lists, with the heading
    right before the run (its competency, which holds no list of its own)."""
    found = []
    for node in root.walk():
        headings = [c for c in node.children if c.kind is NodeKind.HEADING]
        if len(headings) < MIN_STEPS + 1:
            continue
        run: list[Node] = []
        before: Node | None = None
        for heading in [*headings, None]:
            if heading is not None and before is not None and _step(heading, vocab) and _holds_list(heading):
                run.append(heading)
                continue
            if (
                len(run) >= MIN_STEPS
                and before is not None
                and run[0].style == before.style
                and not _sections_of_kinds(run, vocab)
            ):
                key = tuple(heading_text(h.text).casefold() for h in run)
                if len(set(key)) == len(key):
                    found.append((key, heading_text(before.text).casefold()))
            run = []
            before = heading if heading is not None and not _holds_list(heading) else None
    return found


def _labelled_runs(root: Node, vocab: Vocabulary) -> list[tuple[tuple[str, ...], str]]:
    """The steps printed as labelled lines ("Junior engineers: ...", "Engineers: ...", "Senior engineers: ..."):
    each run of at least three consecutive labelled lines under a heading, their labels short names that can be
    steps, with the heading's name."""
    found = []
    by_level: set[tuple[str, ...]] = set()
    for node in root.walk():
        if node.kind is not NodeKind.HEADING:
            continue
        run: list[str] = []
        for child in [*node.children, None]:
            term = heading_text(child.term) if child is not None and child.kind is NodeKind.LABEL else ""
            if term and _step_name(term, vocab):
                run.append(term.casefold())
                continue
            if len(run) >= MIN_STEPS and len(set(run)) == len(run):
                found.append((tuple(run), heading_text(node.text).casefold()))
                if names_a_level(node.text, vocab) or parse_level(node.text, vocab):
                    by_level.add(tuple(run))
            run = []
    # the same labels under a level's heading ("Apprentice (IC 1)"): a framework printed by level, whose labels
    # name its competencies
    return [(key, name) for key, name in found if key not in by_level]


def _item_runs(root: Node, vocab: Vocabulary) -> list[tuple[tuple[str, ...], str]]:
    """The steps printed as list items each over a list of its own ("Implementer" over its bullets, "Solver",
    "Finder", "Driver"), right under a heading or under a caption there: each run of at least three, their texts
    short names that can be steps, with the heading's name (and the one above it: a caption repeated under every
    competency, "What it looks like along the journey", is told apart by the competency's)."""
    found: list[tuple[tuple[str, ...], str]] = []

    def visit(node: Node, outer: str) -> None:
        for child in node.children:
            if child.kind is NodeKind.HEADING:
                visit(child, heading_text(node.text).casefold() if node.kind is NodeKind.HEADING else outer)
        if node.kind is not NodeKind.HEADING or names_a_level(node.text, vocab) or parse_level(node.text, vocab):
            return  # (the same items under each level's heading: a framework printed by level, its competencies)
        name = f"{outer} > {heading_text(node.text).casefold()}"
        for holder in [node, *(c for c in node.children if c.kind is NodeKind.PARAGRAPH and c.children)]:
            run: list[str] = []
            for step in [*holder.children, None]:
                text = heading_text(step.text) if step is not None else ""
                if step is not None and step.kind is NodeKind.ITEM and step.children and not step.term:
                    if _step_name(text, vocab):
                        run.append(text.casefold())
                        continue
                if len(run) >= MIN_STEPS and len(set(run)) == len(run):
                    found.append((tuple(run), name))
                run = []

    visit(root, "")
    return found


def _step_name(text: str, vocab: Vocabulary) -> bool:
    """A label that can name a step: a short name, no field's, no front matter's, no explicit level's."""
    return (
        short_phrase(text, 6)
        and not text.endswith("?")
        and not section_field(text, vocab)
        and not is_front_matter(text, vocab)
        and not _explicit_level(text, vocab)
    )


LEVEL_CAPTION = re.compile(r"\b(?:levels?|stages?|proficiency|career|tiers?)\b", re.I)


def _level_tables(root: Node, vocab: Vocabulary) -> list[tuple[tuple[str, ...], str, str]]:
    """Each table under a caption that speaks of levels (and names none), with a header row of at least three
    short names that can be steps, over cells that hold text: the names, the heading above the caption (its
    competency) and the caption."""
    found = []

    def visit(node: Node, outer: str) -> None:
        for child in node.children:
            if child.kind is NodeKind.TABLE and node.kind is NodeKind.HEADING and _level_caption(node.text, vocab):
                key = _header_steps(child, vocab)
                if key and not names_a_level(outer, vocab):
                    found.append((key, outer, heading_text(node.text)))
            if child.kind is NodeKind.HEADING:
                named = node.kind is NodeKind.HEADING and not described(node.text)  # not a definition in large type
                visit(child, heading_text(node.text).casefold() if named else outer)

    visit(root, "")
    return found


def _level_caption(text: str, vocab: Vocabulary) -> bool:
    return bool(LEVEL_CAPTION.search(text)) and not names_a_level(text, vocab) and parse_level(text, vocab) is None


def _header_steps(table: Node, vocab: Vocabulary) -> tuple[str, ...]:
    rows = [row for row in table.children if row.children]
    if len(rows) < 2 or not rows[0].header:
        return ()
    names = [heading_text(c.text or " ".join(n.text for n in c.walk() if n.text)) for c in rows[0].children]
    if len(names) < MIN_STEPS or len({n.casefold() for n in names}) < len(names):
        return ()
    for name in names:
        if not short_phrase(name, 6) or name.endswith((":", "?")) or _explicit_level(name, vocab):
            return ()
        if section_field(name, vocab) or is_front_matter(name, vocab):
            return ()
    if not all(any(n.text for c in row.children for n in c.walk()) for row in rows[1:]):
        return ()
    return tuple(n.casefold() for n in names)


def _explicit_level(text: str, vocab: Vocabulary) -> bool:
    level = parse_level(text, vocab)
    return level is not None and (level.numeric or level.letter is not None or explicit(level))


def _step(node: Node, vocab: Vocabulary) -> bool:
    """A sub-heading that can be a step of a scale: a short name the vocabulary does not know as a section, over a
    list of behaviours."""
    text = heading_text(node.text)
    if not short_phrase(text, 8) or node.text.rstrip().endswith((":", "?")):
        return False
    if section_field(text, vocab) or is_front_matter(text, vocab) or _explicit_level(text, vocab):
        return False  # "Level 1" ... are levels already
    # its recurrence is the evidence; what it holds need only be text (most steps hold a list of behaviours, or of
    # what one should know; a step between them may hold one sentence: "Improving" between "Forming" and
    # "Successful")
    return any(c.text for c in node.walk() if c is not node)


# what a chapter's own sections hold beside its levels
ASIDE_FIELDS = ("activities", "interview_questions", "readings", "courses")


def _sections_of_kinds(steps: list[Node], vocab: Vocabulary) -> bool:
    """Sub-headings over content of different kinds, some of it advice, questions, readings or courses ("Some
    Causes" over reasons, "The Map" over a paragraph, "Some Remedies" over numbered advice): a chapter's sections,
    printed again for every competency; the steps of a scale each hold the same kind of content."""
    kinds = [field_by_content(step.children, vocab) for step in steps]
    return len(set(kinds)) > 1 and any(kind in ASIDE_FIELDS for kind in kinds)


def _an_entry(node: Node, vocab: Vocabulary) -> bool:
    """A sub-heading over a definition and sub-sections of its own ("Definition: ...", then "Lecturer" / "Senior
    Lecturer" over lists): a competency, no step of a scale."""
    own = evidence(node.children, vocab)
    return own.definition and bool(own.strong)


def _holds_list(node: Node) -> bool:
    return any(c.kind is NodeKind.ITEM and c.text for c in node.walk())


# the fields a list's own shape tells (statements, questions); advice and base-form standards look alike
TEMPLATE_FIELDS = ("indicators", "interview_questions")


def recurring_sections(root: Node, vocab: Vocabulary) -> Vocabulary:
    """The vocabulary with the document's own section headings: a short sub-heading the vocabulary does not know,
    no level, printed under two or more headings of different names that are no levels themselves, whose content
    read together is a list of statements or of questions, as at least half of its printings read on their own
    but not all (the others too short to tell: "Behavioral" over two items)."""
    printed: dict[str, list[Node]] = {}
    parents: dict[str, set[str]] = {}
    for node in root.walk():
        if node.kind is not NodeKind.HEADING or names_a_level(node.text, vocab) or parse_level(node.text, vocab):
            continue
        for child in node.children:
            if child.kind is not NodeKind.HEADING or not child.children or not _section_like(child, vocab):
                continue
            key = heading_text(child.text).casefold()
            if key == heading_text(node.text).casefold():
                continue  # the name printed again over its content (an accordion's pane), no section
            printed.setdefault(key, []).append(child)
            parents.setdefault(key, set()).add(heading_text(node.text).casefold())
    found: dict[str, str] = {}
    for key, nodes in sorted(printed.items()):
        if len(parents[key]) < 2 or len(parents[key]) < len(nodes):
            continue
        pooled = field_by_content(tuple(c for n in nodes for c in _held(n)), vocab)
        alone = [field_by_content(_held(n), vocab) for n in nodes]
        # a name reads as its field in every printing (the same competency in several profiles); a caption
        # ("What we expect to see and hear:") names nothing, however plainly each printing reads
        # ("Skills", "Knowledge" under every task of a standard: what each task requires, not a competency
        # printed again)
        some = len(nodes) > alone.count(pooled) or all(_a_caption(n.text) or REQUIREMENTS.match(n.text) for n in nodes)
        if pooled in TEMPLATE_FIELDS and some and 2 * alone.count(pooled) >= len(nodes):
            found[lemma_key(heading_key(key))] = pooled
    found.update(_repeated_captions(root, vocab))
    found.update(_requirement_sections(root, vocab))
    if not found:
        return vocab
    section_keys = {**vocab.section_keys, **found}
    words = vocab.section_key_words + tuple((tuple(k.split()), field) for k, field in found.items())
    return replace(vocab, section_keys=section_keys, section_key_words=words)


def _requirement_sections(root: Node, vocab: Vocabulary) -> dict[str, str]:
    """Sub-headings naming what a competency requires, two or more side by side ("Knowledge" and "Skills", each
    over its list or table of statements): the sections of the heading above them, not competencies named
    "Knowledge" and "Skills"."""
    found: dict[str, str] = {}
    for node in root.walk():
        kinds = [
            c
            for c in node.children
            if c.kind is NodeKind.HEADING
            and REQUIREMENTS.match(heading_text(c.text))
            and section_field(c.text, vocab) is None
            and any(k.kind in (NodeKind.ITEM, NodeKind.TABLE) for k in c.children)
        ]
        keys = {heading_text(c.text).casefold() for c in kinds}
        if len(keys) >= 2:
            found.update((lemma_key(heading_key(key)), "indicators") for key in keys)
    return found


def _held(section: Node) -> tuple[Node, ...]:
    """What a section holds: its content, or, where it holds sub-headings only, theirs ("Essential Elements" over
    "Financial Management" and "Operations and Planning", each over its statements: groups of its items)."""
    kids = [c for c in section.children if c.text or c.children]
    if kids and all(c.kind is NodeKind.HEADING for c in kids):
        return tuple(g for c in kids for g in c.children)
    return section.children


def _repeated_captions(root: Node, vocab: Vocabulary) -> dict[str, str]:
    """Captions printed again and again among one parent's headings, each over the same field ("Level of
    Competency Required by Job:" over "Level 1: ..." to "Level 3: ..." after every "NAME – definition" line): the
    sections of a template whose entries are named by lines, not headings. A name that repeats is no name."""
    found: dict[str, str] = {}
    for node in root.walk():
        printed: dict[str, list[Node]] = {}
        for child in node.children:
            if child.kind is NodeKind.HEADING and child.children and _a_caption(child.text):
                printed.setdefault(heading_text(child.text).casefold(), []).append(child)
        for key, nodes in printed.items():
            if len(nodes) < 2 or section_field(key, vocab) is not None or parse_level(key, vocab) is not None:
                continue
            fields = {field_by_content(n.children, vocab) for n in nodes}
            field = fields.pop() if len(fields) == 1 else None
            if field in (*TEMPLATE_FIELDS, "levels"):
                found[lemma_key(heading_key(key))] = field
    return found


CAPTION_OPENING = re.compile(r"^(?:what|how|when|where|why|who|which)\b", re.I)


def _a_caption(text: str) -> bool:
    """A lead-in over a list, no name: a clause ending with its colon, or opening with a question word ("What we
    expect to see and hear:", "How we behave")."""
    words = heading_text(text).split()
    return 2 <= len(words) <= 10 and (text.rstrip().endswith(":") or bool(CAPTION_OPENING.match(words[0])))


def _section_like(node: Node, vocab: Vocabulary) -> bool:
    text = heading_text(node.text)
    if _a_caption(node.text) and section_field(text, vocab) is None and parse_level(text, vocab) is None:
        return True
    return (
        short_phrase(text, 4)
        and not text.endswith((":", "?"))
        and section_field(text, vocab) is None
        and parse_level(text, vocab) is None
        and not is_front_matter(text, vocab)
    )
