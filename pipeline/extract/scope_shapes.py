"""What the nodes of a competency's scope look like, read from a node and its neighbours alone: captions and
lead-ins over lists, a form's blanks, the paragraphs that define, numbered key statements, a question's follow-up.

Pure predicates; `assign.py` decides with them, and with what is in force, which field each node's text goes to.
"""

from __future__ import annotations

import re

from ..model.tree import Node, NodeKind
from ..structure.tree import CAPTION_WORDS
from ..vocab.language import sentences
from ..vocab.text import ends_sentence, heading_text
from ..vocab.vocabulary import Vocabulary
from .content import field_by_content, mostly
from .nodes import heads, level_of, title_of
from .runs import LevelEntry, level_run
from .shapes import (
    FOLLOW_UP,
    completes_caption,
    is_behaviour,
    is_question,
    reads_as_definition,
    short_phrase,
    unterminated_sentence,
)
from .table_layout import MARKS
from .terms import numbered_title_name, section_field

# a footnote, or a callout set apart by its sign ("⚠️ Senior Leadership behaviours ... are being reviewed": a wiki's
# warning or info panel), is said about the text above it, not more of it
FOOTNOTE = re.compile(r"^(?:\*|†|‡|note\b|nb\b|[⚠ℹ💡❗❕📌📝🔔🚧⛔])", re.I)


def empty_level(entry: LevelEntry) -> bool:
    return not entry.body and not entry.repeats and not any(n.text for c in entry.content for n in c.walk())


def names_again(node: Node, owner: Node) -> bool:
    return (
        node.kind is NodeKind.LABEL
        and bool(node.term)
        and not node.children
        and len(node.body.split()) >= 4
        and heading_text(node.term).casefold() == heading_text(owner.text).casefold()
    )


# the knowledge, skills and abilities a competency requires ("KNOWLEDGE", "Skill Requirements")
# knowledge, skills, abilities and experience named together ("Knowledge", "Skills, knowledge and experience")
_REQUIRED = r"(?:knowledge|skills?|abilities|experience)"


REQUIREMENTS = re.compile(
    rf"^(?:required |specific |technical )?{_REQUIRED}(?:(?:,| and|, and) {_REQUIRED}){{0,3}}(?: requirements?)?$",
    re.I,
)


LEAD_IN = re.compile(r"\b(?:below|the following|as follows|listed here|these include)\b", re.I)
# a sentence left open on what it introduces: "... guided by values such as", "... include:"
LEFT_OPEN = re.compile(r"(?:\bsuch as|\binclud(?:e|es|ing)|\bthe following|\bas follows)\s*:?\s*$|:\s*$", re.I)


def one_defining_sentence(node: Node) -> bool:
    """A heading in the singular ("Behavioural descriptor", not "Behavioural descriptors") over one paragraph that
    reads as a definition: the competency's definition under a heading the vocabulary files with indicators."""
    words = heading_text(node.text).split()
    kids = [c for c in node.children if c.text or c.children]
    return (
        node.kind is NodeKind.HEADING
        and bool(words)
        and not words[-1].lower().endswith("s")
        and len(kids) == 1
        and kids[0].kind is NodeKind.PARAGRAPH
        and not kids[0].children
        and reads_as_definition(kids[0].text)
    )


def further_definitions(nodes: tuple[Node, ...], vocab: Vocabulary) -> set[int]:
    """Of several sections opening the definition side by side ("Definition", then "Description"), all but the one
    that says it is the definition (else the first): their text describes the competency further, in notes."""
    opening = [
        n
        for n in nodes
        if (heads(n) or n.term) and n.kind is not NodeKind.ITEM and section_field(title_of(n), vocab) == "definition"
    ]
    if len(opening) < 2:
        return set()
    keeper = next((n for n in opening if DEFINITION_WORD.search(title_of(n))), opening[0])
    return {n.id for n in opening if n is not keeper}


DEFINITION_WORD = re.compile(r"\bdefinitions?\b", re.I)


def numbered_key_statements(nodes: tuple[Node, ...], vocab: Vocabulary) -> dict[int, str]:
    """Paragraphs numbered as entries of one kind ("Key capability 1. ...", "Key capability 2. ..."), two or more,
    each followed by content of its own before the next: the key statements grouping what follows each. Their
    names by node id."""
    numbered = [
        (i, name)
        for i, n in enumerate(nodes)
        if n.kind is NodeKind.PARAGRAPH and not n.term and (name := numbered_title_name(n.text, vocab))
    ]
    kinds = {re.sub(r"[\d.:–—-]+.*$", "", heading_text(nodes[i].text)).strip().casefold() for i, _ in numbered}
    if len(numbered) < 2 or len(kinds) != 1:
        return {}
    ends = [i for i, _ in numbered[1:]] + [len(nodes)]
    if not all(
        any(nodes[k].text or nodes[k].children for k in range(i + 1, end))
        for (i, _), end in zip(numbered, ends, strict=True)
    ):
        return {}
    return {nodes[i].id: heading_text(name) for i, name in numbered}


def caption_over_statements(node: Node) -> bool:
    """A caption over a list of what one does: each item goes on with the caption's sentence, or most read as
    behaviours."""
    items = [k.text for k in node.children if k.kind is NodeKind.ITEM]
    return (
        node.kind is NodeKind.PARAGRAPH
        and node.text.rstrip().endswith(":")
        and bool(items)
        and len(items) == len(node.children)
        and (all(completes_caption(t) for t in items) or mostly(items, is_behaviour))
    )


def introduces_questions(node: Node) -> bool:
    """A sentence, no question, standing before a section's questions."""
    return (
        node.kind is NodeKind.PARAGRAPH
        and not node.children
        and not is_question(node.text)
        and not FOLLOW_UP.match(node.text)
        and note_shaped(node.text)
    )


def left_to_fill(body: str) -> bool:
    """What follows a form's label when nothing is filled in: lines, boxes, numbers to circle ("1 2 3 4 5"); a
    number alone is a value ("Proficiency level targeted: 3")."""
    return not re.search(r"[^\W\d_]", body) and bool(MARKS.match(body.strip()))


def blank_form_line(text: str) -> bool:
    """A line of a form that is mostly blanks to write on ("Comments: ____________________")."""
    blanks = sum(len(run) for run in re.findall(r"_{3,}", text))
    return blanks * 2 >= len(text.strip()) > 0


def is_lead_in(node: Node) -> bool:
    return (
        node.kind is NodeKind.PARAGRAPH
        and not node.children
        and len(node.text.split()) <= 35
        and bool(LEAD_IN.search(node.text))
        and (node.text.endswith((".", ":")))
    )


def prose_after_list(nodes: tuple[Node, ...], n: int) -> bool:
    """A paragraph of prose after a section's list (a pointer to another document, a remark): a note."""
    node = nodes[n]
    if node.kind is not NodeKind.PARAGRAPH or node.children or not ends_sentence(node.text):
        return False
    if len(node.text.split()) < 8:
        return False
    return any(
        c.kind is NodeKind.ITEM or c.kind is NodeKind.PARAGRAPH and any(k.kind is NodeKind.ITEM for k in c.children)
        for c in nodes[:n]
    )


def lead_in_between_lists(nodes: tuple[Node, ...], n: int) -> bool:
    """A sentence left open ("... values such as") between a section's list and a list of another kind.

    The list it introduces is a list of its own, not more of the section's: the section's list ended with the
    numbering it had.
    """
    node = nodes[n]
    if node.kind is not NodeKind.PARAGRAPH or node.children or not LEFT_OPEN.search(node.text):
        return False
    if n == 0 or n + 1 >= len(nodes):
        return False
    before, after = nodes[n - 1], nodes[n + 1]
    return before.kind is NodeKind.ITEM and after.kind is NodeKind.ITEM and before.ordered != after.ordered


def sentences_for_words(node: Node, field: str | None) -> bool:
    """A section the vocabulary calls key words ("Key Skills") that holds sentences stating what one does ("Able
    to communicate effectively with stakeholders, taking account of ..."): indicators, not words."""
    texts = [c.text for c in node.children if c.text and c.kind is not NodeKind.HEADING]
    return (
        field == "key_words"
        and bool(texts)
        and all(len(t.split()) >= 8 for t in texts)
        and mostly(texts, lambda t: is_behaviour(t, gerunds=False))
    )


def behaviours_without_levels(node: Node, field: str | None, vocab: Vocabulary) -> bool:
    """A section the vocabulary calls levels ("Descriptors") that holds only a bulleted list of behaviours, no level
    label anywhere in it: what the holder does, indicators (no level is there to give them to). (A numbered list
    there counts its levels: "1. Knows when it is needed.", "2. Commissions it.")"""
    items = [c for c in node.children if c.text]
    return (
        field == "levels"
        and len(items) >= 2
        and all(c.kind is NodeKind.ITEM and not c.ordered and not c.children and not c.term for c in items)
        and all(level_of(c, vocab) is None for c in items)
        and not level_run(node.children, vocab)
        and mostly([c.text for c in items], lambda t: is_behaviour(t, gerunds=False))
    )


def requirements_list(node: Node) -> bool:
    """A heading naming knowledge, skills or abilities ("KNOWLEDGE", "Skills") over a list, inside a competency."""
    return bool(REQUIREMENTS.match(heading_text(node.text))) and any(c.kind is NodeKind.ITEM for c in node.children)


def label_after_list(nodes: tuple[Node, ...], n: int) -> bool:
    """A labelled line ("Term: text") standing after a section's bulleted items, the only one of its kind there."""
    node = nodes[n]
    if node.kind is not NodeKind.LABEL or node.children or not node.term or not node.body:
        return False
    if left_to_fill(node.body) or blank_form_line(node.text):
        return False  # "Score: ______": a form's field, not a fact
    before = nodes[:n]
    return (
        any(c.kind is NodeKind.ITEM and not c.term for c in before)
        and all(c.kind is NodeKind.ITEM for c in before if c.text)
        and not any(c.kind is NodeKind.LABEL for c in nodes[n + 1 :])
    )


def theme_caption(node: Node) -> bool:
    texts = [c.text for c in node.children if c.kind is NodeKind.ITEM]
    return (
        node.kind is NodeKind.PARAGRAPH
        and node.text.endswith(":")
        and len(texts) >= 2
        and len(texts) == len(node.children)
        and all(short_phrase(t, 4) and not is_behaviour(t, gerunds=False) for t in texts)
    )


def defined_below(nodes: tuple[Node, ...], vocab: Vocabulary) -> bool:
    """A section the vocabulary knows as the definition follows, with text of its own."""
    return any(
        heads(n) and n.kind is NodeKind.HEADING and section_field(title_of(n), vocab) == "definition" and n.children
        for n in nodes
    )


def definition_start(node: Node) -> bool:
    """The first paragraph under a competency's name defines it: a definition's shape, or at least a phrase of
    some length that is no question ("Behave ethically and professionally, and uphold ...")."""
    if node.children or FOOTNOTE.match(node.text):
        return False
    if node.kind is NodeKind.LABEL:
        # a definition whose colon is part of its prose ("Turns strategy into results: sets ambitious goals ..."):
        # a phrase before the colon, no field's name, a sentence after it
        return len(node.term.split()) >= 3 and len(node.body.split()) >= 6 and "?" not in node.text
    if node.kind is not NodeKind.PARAGRAPH:
        return False
    text = node.text
    return (
        reads_as_definition(text)
        or len(text.split()) >= 6
        and "?" not in text
        and not text.endswith(":")
        and not re.search(r"\byou(?:r)?\b", text, re.I)
    )


def definition_run(nodes: tuple[Node, ...], start: int) -> list[Node]:
    """The definition's paragraphs: the first, and those right after it that carry on (no footnote, no label)."""
    run = [nodes[start]]
    for node in nodes[start + 1 :]:
        if node.kind is not NodeKind.PARAGRAPH or node.children or FOOTNOTE.match(node.text):
            break
        if not (reads_as_definition(node.text) or unterminated_sentence(node.text)) or node.text.endswith("?"):
            break
        if ABOUT_IT.search(node.text) or len(sentences(node.text)) >= 2 and ends_sentence(run[-1].text):
            break  # text about the competency ("this behaviour is about ..."), or a narrative after a whole definition
        run.append(node)
    return run


# text about the competency, or about the document's own parts of it ("These questions give the interviewer ...")
ABOUT_IT = re.compile(
    r"\bth(?:is|ese) (?:behaviou?rs?|competenc(?:y|ies)|capabilit(?:y|ies)|skills?|questions|prompts|examples|"
    r"indicators|statements)\b",
    re.I,
)


def named_parts(heading: Node) -> bool:
    """A heading over a list of two or more names of a few words each and nothing else: no statements, no
    questions, nothing that ends a sentence."""
    kids = [c for c in heading.children if c.text]
    return (
        len(kids) >= 2
        and all(c.kind is NodeKind.ITEM and not c.children for c in kids)
        and all(short_phrase(c.text, 3) and c.text[:1].isupper() and not ends_sentence(c.text) for c in kids)
        and not any(is_behaviour(c.text, gerunds=False) for c in kids)
    )


def over_lists_of_another_field(node: Node, vocab: Vocabulary) -> bool:
    """A heading over sub-headings only, whose content reads as a list field (activities, courses, ...)."""
    heads = [c for c in node.children if c.text or c.children]
    return (
        bool(heads)
        and all(c.kind is NodeKind.HEADING for c in heads)
        and any(field_by_content(c.children, vocab, caption=c.text) not in (None, "definition") for c in heads)
    )


def holds_sections(node: Node, vocab: Vocabulary) -> bool:
    return any(
        c.kind is NodeKind.HEADING and section_field(c.text, vocab) not in (None, "notes") for c in node.children
    )


def is_follow_up(node: Node) -> bool:
    """A line after a question that goes on with it: a question of its own or a probe ("Probe: ...")."""
    return (
        node.kind in (NodeKind.PARAGRAPH, NodeKind.LABEL)
        and not node.children
        and (is_question(node.text) or bool(FOLLOW_UP.match(node.text)))
    )


def heads_its_list(node: Node) -> bool:
    """A short item over items of its own, set in bold, ending with a colon or naming no action ("Practitioner
    Excellence" over what it means): the group of its items."""
    return (
        node.kind is NodeKind.ITEM
        and any(c.kind is NodeKind.ITEM for c in node.children)
        and short_phrase(node.text, 8)
        and (node.bold or node.text.endswith(":") or not is_behaviour(node.text, gerunds=False))
    )


def lead_into_list(node: Node) -> bool:
    """A statement ending in a colon over a list of its own ("Obtain relevant facts, including:" over "Obtaining
    ..."): it leads into its items, their group."""
    kids = [c for c in node.children if c.text]
    return node.text.rstrip().endswith(":") and len(kids) >= 2 and all(c.kind is NodeKind.ITEM for c in kids)


def numbered_over_list(node: Node, field: str) -> bool:
    """A numbered statement over a list of its own among a competency's statements ("1. Establish professional
    therapeutic relationships" over "Communicate using a patient-centred approach ..."): a key statement whose
    enabling statements are the items, and it their group."""
    kids = [c for c in node.children if c.text]
    return (
        field == "indicators"
        and node.ordered
        and len(kids) >= 2
        and all(c.kind is NodeKind.ITEM for c in kids)
        # "b)" over "c)", "d)": one list set in by mistake, not a list of its own
        and not any(c.ordered and numbering_style(c.marker) == numbering_style(node.marker) for c in kids)
    )


def numbering_style(marker: str) -> str:
    """ "1.", "a)", "1.1.1": how a list numbers its items, whatever the number."""
    return re.sub(r"[ivx]+|[a-z]", "a", re.sub(r"\d+", "1", marker.strip().lower()))


def shaped_caption(node: Node) -> bool:
    """A short line over a list, not a sentence ("Anchors", "Positive indicators")."""
    return (
        len(node.text.split()) <= CAPTION_WORDS
        and not note_shaped(node.text)
        and all(c.kind is NodeKind.ITEM for c in node.children)
    )


def list_field(items: tuple[Node, ...]) -> str:
    texts = [c.text for c in items if c.text]
    if mostly(texts, is_question):
        return "interview_questions"
    return "indicators"


def note_shaped(text: str) -> bool:
    t = text.strip()
    return bool(re.search(r"[.!?…][\"'”’)\]]*$", t)) or bool(FOOTNOTE.match(t)) and len(t.split()) >= 4
