"""The field a heading's content reads as, when its words say nothing the vocabulary knows: a run of levels,
questions, citations, courses, advice, behaviours. Used both to label such a section and as evidence that the
heading above it names a competency."""

from __future__ import annotations

from collections.abc import Callable

from ..model.tree import Node, NodeKind
from ..vocab.vocabulary import Vocabulary
from .runs import level_run
from .shapes import clauses, is_advice, is_behaviour, is_citation, is_course, is_question, states_what_one_does
from .table_layout import cell_text, course_catalogue, holds_levels, read_table
from .terms import field_word, section_field


def asks_questions(node: Node, least: int = 2) -> bool:
    """Does a node hold a list of questions (`least` of them or more, most of its items asking): an interview
    guide's questions under a competency's name, no step of a scale and no group of statements."""
    texts = [c.text for c in node.walk() if c is not node and c.kind is NodeKind.ITEM and c.text]
    return len(texts) >= least and mostly(texts, is_question)


def mostly(texts: list[str], test: Callable[[str], bool]) -> bool:
    """Two thirds or more of the texts pass the test."""
    return bool(texts) and sum(1 for t in texts if test(t)) * 3 >= len(texts) * 2


def _levels_of_one(table: Node, vocab: Vocabulary) -> bool:
    """A table of one competency's levels, not a matrix whose rows name competencies ("Competency | E1 | E2")."""
    return holds_levels(table, vocab) and not read_table(table, vocab, None, None, None).competencies


def field_by_content(children: tuple[Node, ...], vocab: Vocabulary, caption: str = "") -> str | None:
    """The field a heading's content reads as: levels, interview questions, readings, courses, activities,
    indicators; None when it reads as none of them (narrative text). `caption`: the heading's own text, when it
    is a sentence leading into its list ("The new veterinary graduate should:")."""
    if level_run(children, vocab) or any(c.kind is NodeKind.TABLE and _levels_of_one(c, vocab) for c in children):
        return "levels"
    tables = [c for c in children if c.kind is NodeKind.TABLE]
    if tables and len(tables) == len([c for c in children if c.text or c.children]):
        headed = {header_field(t, vocab) for t in tables}
        if len(headed) == 1 and (field := headed.pop()) is not None:
            return field  # "Performance Criteria | Evidence of Attainment": the header says what its rows are
        if all(course_catalogue(t, vocab) for t in tables):
            return "courses"  # "Program | Delivery | Duration": a catalogue of courses
    # a labelled line reads as what follows its label ("Challenge: Able to challenge ...": no advice to challenge)
    texts = [
        c.body or c.text if c.kind is NodeKind.LABEL else c.text
        for c in children
        if c.text and c.kind in (NodeKind.ITEM, NodeKind.PARAGRAPH, NodeKind.LABEL)
    ]
    for c in children:
        if c.kind is NodeKind.PARAGRAPH and c.children:
            texts.extend(k.text for k in c.children if k.text)
    if not texts:
        return None
    item_nodes = [c for c in children if c.kind is NodeKind.ITEM and c.text]
    listed = [c.text for c in item_nodes]
    if mostly(texts, is_question) or len(listed) >= 2 and mostly(listed, is_question):
        return "interview_questions"  # a note before the questions, or after them, is none of them
    listed_under = [
        (c.text, [k.text for k in c.children if k.kind is NodeKind.ITEM and k.text])
        for c in children
        if c.kind is NodeKind.PARAGRAPH and c.children
    ]
    if caption:
        listed_under.append((caption, listed))
    if any(states_what_one_does(text, items) for text, items in listed_under):
        return "indicators"  # "Physicians are able to:" over "Establish ...": what the holder does, not advice
    if clauses(item_nodes):
        return "indicators"  # "1.1 Prepare the clinical environment ...": a standard's numbered clauses, not advice
    if mostly(texts, is_citation):
        return "readings"
    if mostly(texts, is_course):
        return "courses"
    if mostly(texts, is_advice) or is_advice(texts[0]) and sum(1 for t in texts if is_advice(t)) * 3 >= len(texts):
        return "activities"  # advice: lead sentences in the imperative, some with explanations after them
    items = [c for c in children if c.kind is NodeKind.ITEM]
    if not items:  # the list under a lead-in ("Measures of effective systems thinking include:")
        items = [k for c in children if c.kind is NodeKind.PARAGRAPH for k in c.children if k.kind is NodeKind.ITEM]
    if items and mostly([c.text for c in items], is_behaviour):
        return "indicators"
    lines = [c.text for c in children if c.kind is NodeKind.PARAGRAPH and c.text and not c.children]
    if not items and len(lines) >= 2 and len(lines) == len(texts) and all(len(t.split()) <= 24 for t in lines):
        # a list set as lines of their own, no bullets (a web page's <dd> lines, a table cell's paragraphs, a
        # page's <p> statements "Gathering relevant information from a range of sources before acting.")
        return "indicators" if mostly(lines, is_behaviour) else None
    named = [c.body for c in children if c.kind is NodeKind.LABEL and c.term and c.body]
    if len(named) >= 2 and len(named) == len(texts) and mostly(named, is_behaviour):
        return "indicators"  # "Challenge: Able to challenge ...", "Escalation: Knows when ...": skills by name
    return None


def header_field(table: Node, vocab: Vocabulary) -> str | None:
    """The field a table's header row names for its columns: indicators ("Element | Performance Criteria",
    "Behavioural Indicators") or interview questions ("Question | Probes"); None when it names neither, or when its
    rows name competencies."""
    rows = [r for r in table.children if r.kind is NodeKind.ROW]
    texts = [cell_text(c) for c in rows[0].children if c.kind is NodeKind.CELL] if rows else []
    named = [f for t in texts if t and (f := section_field(t, vocab) or field_word(t, vocab)) in LIST_OF_STATEMENTS]
    if not named or read_table(table, vocab, None, None, None).competencies:
        return None
    return named[0]


LIST_OF_STATEMENTS = ("indicators", "interview_questions")
