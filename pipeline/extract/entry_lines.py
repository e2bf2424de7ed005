"""Entries named by lines rather than by headings, and entries that are a name over its definition only.

- outline items over lists of their own ("1. Customer Focus" over its bullets), numbered or bold lines over what
  follows them (`item_entries`, `entry_lines`);
- "Name - definition" or "Name: definition" lines among siblings that hold no competency yet, each scoping the
  lines after it up to the next (`labelled_lines`), unless they are the steps of a key to the scale;
- three or more headings set alike, each over a definition and nothing else: a dictionary of names and
  definitions, or the run of them between a saved page's menus and its footer (`definition_dictionary`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..model.tree import Node, NodeKind
from ..structure.label_lines import names_its_entry
from ..vocab.text import heading_text
from ..vocab.vocabulary import Vocabulary
from .evidence import described, evidence, name_like
from .found import Found
from .nodes import level_of
from .scale import parse_level
from .shapes import completes_caption, is_behaviour, is_citation, reads_as_definition, short_phrase
from .terms import document_title, numbered_title_name, section_field


def entry_named_like_indicators(heading: Node, vocab: Vocabulary) -> bool:
    """A heading named like a section of indicators over nothing but prose that opens with a definition ("Human
    Behavior" over "Applies knowledge of ..."): an entry, where a section of indicators would list them."""
    texts = [c for c in heading.children if c.text]
    return (
        section_field(heading.text, vocab) == "indicators"
        and bool(texts)
        and all(c.kind is NodeKind.PARAGRAPH and not c.children for c in texts)
        and reads_as_definition(texts[0].text)
    )


def item_entries(children: tuple[Node, ...], vocab: Vocabulary) -> list[Found]:
    """An outline whose items name entries ("A. Customer Orientation") over lists of behaviours: at least two
    such items, at any depth; the items above them ("I. Organizational Success: ...") are their clusters."""
    found: list[Found] = []
    worded: list[Node] = []  # items of that shape whose names run long, as statements do

    def visit(nodes: tuple[Node, ...]) -> None:
        for node in nodes:
            if node.kind not in (NodeKind.ITEM, NodeKind.PARAGRAPH) or not node.children:
                continue
            kids = [c for c in node.children if c.kind is NodeKind.ITEM and c.text]
            over_list = (
                node.kind is NodeKind.ITEM
                and len(kids) >= 2
                and not any(c.children for c in kids)
                and short_phrase(node.text, 14)
                # (what the holder does, or goes on with the name's sentence in lower case: "The competence to
                # gather information quickly" over "have a broad general knowledge", "be able to ...")
                and sum(1 for c in kids if is_behaviour(c.text) or _statement(c) or completes_caption(c.text)) * 3
                >= len(kids) * 2
            )
            if over_list and name_like(node, vocab):
                # (the list was judged as statements of what the holder does: read so, whatever its mood)
                found.append(
                    Found(node, node.children, ("an outline item over a list of behaviours",), False, statements=True)
                )
            elif over_list and described(node.text):
                worded.append(node)
            else:
                visit(node.children)

    visit(children)
    # a long name worded as the others are ("The competence to reflect on the role of journalism in society"
    # beside "The competence to find relevant topics and angles") is one of them
    openings = {_opening(f.node.text) for f in found}
    found += [
        Found(
            n, n.children, ("an outline item over a list of behaviours, worded as the others",), False, statements=True
        )
        for n in worded
        if _opening(n.text) in openings
    ]
    return sorted(found, key=lambda f: f.node.id) if len(found) >= 2 else []


def _opening(text: str) -> str:
    return " ".join(text.casefold().split()[:3])


def _statement(item: Node) -> bool:
    """A numbered sentence under an entry ("1A. The ethics, values and foundational principles of the
    profession."): what a standard says its holder knows or does, behaviour or not."""
    return item.ordered and len(item.text.split()) >= 4 and item.text.rstrip().endswith(".")


def _entry_line(node: Node, vocab: Vocabulary) -> bool:
    """A line that can name an entry: a short numbered item, an item without a marker or a bold line of its
    own, name-like; or a line that says it names a competency by its number, however long the name runs
    ("Competency 1.1 Takes responsibility for ...", the statement its name)."""
    if node.kind is NodeKind.PARAGRAPH and not node.children and COMPETENCY_NUMBER.match(node.text):
        return numbered_title_name(node.text, vocab, letters=False) is not None
    text = TYPED_LETTER.sub("", node.text)  # "a. Job Knowledge": a letter typed before the name numbers it
    if node.children or not short_phrase(text, 8) or not text[:1].isupper() or text.endswith(":"):
        return False
    if node.kind is NodeKind.ITEM:
        if not (node.ordered or not node.marker.strip() or node.bold):
            return False
    elif not (node.kind is NodeKind.PARAGRAPH and node.bold):
        return False
    return name_like(node, vocab)


# a lower-case letter typed before a name ("a. Job Knowledge", "(b) Leadership")
TYPED_LETTER = re.compile(r"^\(?[a-h][.)]\s+(?=[A-Z])")
FIRST_LETTER = re.compile(r"^\(?a[.)]\s+(?=[A-Z])")
# a lead-in that says its list is of competencies ("... the following competencies in its applicants:")
LISTS_COMPETENCIES = re.compile(r"\b(?:competenc(?:y|ies|es)|capabilit(?:y|ies))\b", re.I)
# "Competency 1.1", "Competence 3": a line that says it opens a competency, by its number
COMPETENCY_NUMBER = re.compile(r"^(?:competency|competence)\s+\d{1,2}(?:\.\d{1,2})*\b", re.I)


def _named_over_definition(children: tuple[Node, ...], i: int, vocab: Vocabulary) -> bool:
    """A plain short line, name-like, whose content (its list, or the lines after it) opens with "Definition: ..."
    (a web page saved as a document, its names no longer headings)."""
    node = children[i]
    if node.kind is not NodeKind.PARAGRAPH or not short_phrase(node.text, 10) or not node.text[:1].isupper():
        return False
    if node.text.endswith(":") or not name_like(node, vocab):
        return False
    first = node.children[0] if node.children else children[i + 1] if i + 1 < len(children) else None
    return first is not None and bool(first.term) and section_field(first.term, vocab) == "definition"


def _name_over_its_list(node: Node, vocab: Vocabulary) -> bool:
    """A name and a colon over a list of its own ("Communication:" over its questions, "Teamwork:" over its
    behaviours): a few words in capitals, name-like, no field's or level's name."""
    name = heading_text(node.text)
    return (
        node.kind is NodeKind.PARAGRAPH
        and node.text.rstrip().endswith(":")
        and short_phrase(name, 4)
        and name[:1].isupper()
        and bool(node.children)
        and all(c.kind is NodeKind.ITEM for c in node.children)
        and name_like(node, vocab)
        and parse_level(name, vocab) is None
    )


def _shape(node: Node) -> tuple[NodeKind, bool, bool, bool]:
    return (node.kind, node.ordered, bool(node.marker.strip()), node.bold)


def _form_caption(node: Node) -> bool:
    """A form's line to fill in set as a heading ("Total score: ________ / 25", "Areas I want to improve:" over
    signature lines): no name of anything."""
    below = [c.text for c in node.walk() if c is not node and c.text]
    return "___" in node.text or node.text.rstrip().endswith(":") and all("___" in t for t in below)


def entry_lines(children: tuple[Node, ...], vocab: Vocabulary) -> list[Found]:
    """Under a heading, entries each named by a line of its own ("1. People First", a bold line, an unmarked list
    item) after at most an introduction, followed by a definition and levels, or, where there are several, a
    list of questions or behaviours: the lines are the competencies, the heading is their title or cluster. Each
    entry's scope runs to the next line of the same shape."""
    content = [i for i, c in enumerate(children) if c.text or c.children]
    candidates = [i for i in content if _entry_line(children[i], vocab)]
    if not candidates:
        candidates = [i for i in content if _named_over_definition(children, i, vocab)]
    if not candidates:
        candidates = [i for i in content if _name_over_its_list(children[i], vocab)]
    if not candidates:
        return []
    shape = _shape(children[candidates[0]])
    starts = [i for i in candidates if _shape(children[i]) == shape]
    if any(
        children[i].kind is not NodeKind.PARAGRAPH
        and (children[i].kind is not NodeKind.ITEM or _shape(children[i]) == shape)
        and not (children[i].kind is NodeKind.LABEL and section_field(children[i].term, vocab) is None)
        for i in content
        if i < starts[0]
    ):
        # only an introduction (its paragraphs, a labelled line naming no field, a bulleted list of its own) may
        # come before the first entry
        return []
    out = []
    for k, i in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(children)
        scope = (*children[i].children, *children[i + 1 : end])  # a caption's list is its content too
        if any(c.kind is NodeKind.HEADING and level_of(c, vocab) is None and not _form_caption(c) for c in scope):
            return []  # (its levels may be set as headings: "1. Client Focus:" over "Level 1: Respond to ...")
        own = evidence(scope, vocab)
        # a line lettered as the first of its list ("a. Job Knowledge") names an entry even where it is the only
        # one under its heading ("1. TECHNICAL COMPETENCIES"), its levels being the evidence
        lettered = len(starts) == 1 and bool(FIRST_LETTER.match(children[i].text))
        if not (own.strong and (own.definition or len(starts) >= 2 or lettered) or len(starts) >= 2 and own.medium):
            return []
        reasons = ("a line naming an entry, over its content",) + own.reasons()
        out.append(Found(children[i], scope, reasons, own.definition))
    return out


def definition_dictionary(children: tuple[Node, ...], vocab: Vocabulary) -> list[Found]:
    """At least three sibling headings of one style, name-like, each over nothing but a paragraph or two of
    definition: a dictionary of names and definitions only."""
    shapes = Counter((c.rank, c.style) for c in children if c.kind is NodeKind.HEADING)
    for shape, count in shapes.most_common():
        if count < 3:
            break
        heads = [c for c in children if c.kind is NodeKind.HEADING and (c.rank, c.style) == shape]
        full = [h for h in heads if h.children]
        names = {heading_text(h.text).casefold() for h in full}
        if any(not h.children and heading_text(h.text).casefold() not in names for h in heads):
            # an empty heading that is no copy of an entry's name (cards above their pop-ups); the entries may
            # still stand together between a page's menus and its footer
            entries = _entries_after_title(children, heads, vocab)
        elif len(full) >= 3 and all(_names_and_defines(h, vocab) for h in full):
            entries = full
        else:
            entries = _entries_after_title(children, full, vocab)
        if entries and _a_scale(entries, vocab):
            continue  # "Awareness", "Application", "Mastery", each over a paragraph: one competency's levels
        if entries:
            return [
                Found(
                    h,
                    h.children,
                    ("one of several names over a definition only",),
                    True,
                    strong=False,
                    definition_only=True,
                )
                for h in entries
            ]
    return []


def _a_scale(heads: list[Node], vocab: Vocabulary) -> bool:
    """Headings that are all levels of the vocabulary's, each a different one, in rising order: a scale printed
    level by level, whatever text each holds (a level's name may also name a competency, but never all of them)."""
    levels = [parse_level(heading_text(h.text), vocab) for h in heads]
    orders = [lv.order for lv in levels if lv is not None]
    return len(orders) == len(heads) and orders == sorted(set(orders))


def _names_and_defines(node: Node, vocab: Vocabulary) -> bool:
    return (name_like(node, vocab) or entry_named_like_indicators(node, vocab)) and _only_definition(node, vocab)


def _entries_after_title(children: tuple[Node, ...], heads: list[Node], vocab: Vocabulary) -> list[Node]:
    """The longest run, three or more, of headings one after another that each name and define an entry, after
    a heading that titles the framework or dictionary they belong to (a saved web page's "The Competency
    Framework" between its menus and its entries, with its footer's headings after them)."""
    runs: list[list[Node]] = [[]]
    for h in heads:
        if _names_and_defines(h, vocab):
            runs[-1].append(h)
        elif runs[-1]:
            runs.append([])
    run = max(runs, key=len)
    if len(run) < 3:
        return []
    before = children[: children.index(run[0])]
    titled = any(c.kind is NodeKind.HEADING and document_title(c.text, vocab) for c in before)
    return run if titled else []


def _only_definition(node: Node, vocab: Vocabulary) -> bool:
    kids = [c for c in node.children if c.text or c.children]
    return (
        1 <= len(kids) <= 2
        and all(_prose(c, vocab) for c in kids)
        and (reads_as_definition(kids[0].text) or len(kids[0].text.split()) >= 8)
    )


def _prose(node: Node, vocab: Vocabulary) -> bool:
    """A paragraph, or a line whose colon is part of its prose ("Turns strategy into results: sets ...", no section
    the vocabulary knows)."""
    if node.children:
        return False
    return node.kind is NodeKind.PARAGRAPH or (
        node.kind is NodeKind.LABEL and section_field(node.term, vocab) in (None, "definition")
    )


def labelled_lines(children: tuple[Node, ...], found: list[Found], vocab: Vocabulary) -> list[Found]:
    """ "Name - definition" lines (or numbered items "1. Name: definition") among siblings that hold no competency
    yet: each a competency whose scope is the lines after it up to the next such line or heading. The list under
    a lead-in that says it lists competencies ("... looks for the following competencies in its applicants:") is
    read where it stands."""
    if found:
        return []
    here = _labelled_lines(children, vocab)
    if here:
        return here
    captions = [
        c
        for c in children
        if c.kind is NodeKind.PARAGRAPH
        and c.children
        and c.text.rstrip().endswith(":")
        and LISTS_COMPETENCIES.search(c.text)
    ]
    return [f for caption in captions for f in _labelled_lines(caption.children, vocab)]


def _labelled_lines(children: tuple[Node, ...], vocab: Vocabulary) -> list[Found]:
    starts = [
        i
        for i, c in enumerate(children)
        if not _inside_a_key(children, i, vocab)
        and (c.kind is NodeKind.LABEL or c.kind is NodeKind.ITEM and c.term)
        and short_phrase(c.term.rstrip("."), 7)  # a run-in head ends with a full stop: "Technology. Uses ..."
        and c.term[:1].isupper()
        and name_like(c, vocab)
        and (reads_as_definition(c.body) or _described_by_behaviour(c.body))
        and not is_citation(c.text)
    ]
    if len(starts) < 2 and not any(names_its_entry(children[i].text) for i in starts):
        return []  # one "Name - definition" line alone may be any labelled line; "Competency: Name - ..." says so
    terms = [heading_text(children[i].term).casefold() for i in starts]
    if len(set(terms)) < len(terms):
        return []  # "RESOLVED: That the minutes ...", twice: a label the lines share, no entries' names
    found_here = _scoped_lines(children, starts, vocab)
    if any(f.node.term.endswith(".") for f in found_here):
        # run-in heads ("Technology. Uses ...") name entries only over content of their own (its levels); over
        # nothing they are a glossary's lines ("Panel Interviews. Several interviewers ...")
        kept = [i for i, f in zip(starts, found_here, strict=True) if not f.node.term.endswith(".") or f.strong]
        if len(kept) < 2:
            return []
        found_here = _scoped_lines(children, kept, vocab)
    return found_here


def _described_by_behaviour(body: str) -> bool:
    """What the holder does, as phrases run on without a closing full stop ("Keeps her word; is trusted and seen as
    direct; protects confidences"): a definition in the third person. (In lower case, "respects diversity, shares
    what they know", it is a list of traits, as an item under a competency gives them.)"""
    return len(body.split()) >= 6 and body[:1].isupper() and is_behaviour(body, gerunds=False)


def _inside_a_key(children: tuple[Node, ...], i: int, vocab: Vocabulary) -> bool:
    """Is the labelled line `i` one step of a key to the scale, between two lines set like it whose terms are levels
    climbing on across it ("Awareness – ...", "Supervised Practitioner – ...", "Practitioner – ...")? A name before
    its own levels stands where the levels start again ("F. ..." before it, "A. ..." after it)."""
    line = children[i]

    def level(k: int) -> float | None:
        if not 0 <= k < len(children) or _shape(children[k]) != _shape(line) or not children[k].term:
            return None
        found = parse_level(children[k].term, vocab)
        return found.order if found is not None else None

    before, after = level(i - 1), level(i + 1)
    if before is None or after is None or before >= after:
        return False
    # a key names each level once: a level after the line that was printed before it starts the levels again,
    # the line's own ("Meets Expectations", "Unsatisfactory", then "Agency Values", then "Meets Expectations")
    printed = {heading_text(c.term).casefold() for c in children[:i] if c.term}
    return heading_text(children[i + 1].term).casefold() not in printed


def _scoped_lines(children: tuple[Node, ...], starts: list[int], vocab: Vocabulary) -> list[Found]:
    out = []
    for k, i in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(children)
        scope = list(children[i].children)  # "1. Integrity - Shows ..." over its own nested bullets
        for node in children[i + 1 : end]:
            if node.kind is NodeKind.HEADING and section_field(node.text, vocab) is None and not level_of(node, vocab):
                break  # a heading of no known section ends the entry; "Development activities", "Level 1" are its own
            scope.append(node)
        out.append(
            Found(
                children[i],
                tuple(scope),
                ("a name and its definition on one line",),
                True,
                inline_definition=children[i].body,
                strong=bool(evidence(tuple(scope), vocab).strong),  # a definition alone is weak evidence
            )
        )
    last = out[-1] if len(out) >= 2 else None
    if last and all(not f.scope for f in out[:-1]) and all(_prose_paragraph(n) for n in last.scope):
        # "Compassion: Empathy and care ..." then "We want you to see these values at every step ...": where no
        # other entry goes on past its line, the prose after the last one closes the list, it is none of the entry
        out[-1] = replace(last, scope=(), strong=False)
    return out


def _prose_paragraph(node: Node) -> bool:
    return node.kind is NodeKind.PARAGRAPH and not node.children and len(node.text.split()) >= 8
