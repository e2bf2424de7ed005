"""A scale the document defines by printing it again for every competency: the same sub-headings, in the same
order, under two or more headings ("Lead Self", "Lead Others", "Lead Other Leaders", "Lead the Organisation"
under each capability), at least three of them over a list (the others over some text). Those sub-headings are
the levels of a scale of the document's own, ranked in print order, not competencies.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model.tree import Node, NodeKind
from ..vocab.text import heading_text
from ..vocab.vocabulary import Vocabulary
from .scale import explicit, parse_level
from .shapes import short_phrase
from .terms import is_front_matter, section_field
from .transposed import names_a_level

MIN_STEPS = 3  # two recurring sub-headings are as likely a pair of sections ("Effective", "Ineffective")


def recurring_scales(root: Node, vocab: Vocabulary) -> Vocabulary:
    """The vocabulary with the document's recurring sub-heading sequences added as scales."""
    parents: dict[tuple[str, ...], list[str]] = {}  # a sequence of sub-headings -> the names of its parents
    for node in root.walk():
        if sum(1 for c in node.children if c.kind is NodeKind.HEADING) < MIN_STEPS:
            continue
        steps = [c for c in node.children if c.kind is NodeKind.HEADING and _step(c, vocab)]
        if sum(1 for c in steps if _holds_list(c)) < MIN_STEPS:
            continue
        if node.kind is NodeKind.HEADING and names_a_level(node.text, vocab):
            continue  # the same competencies under each level's section: a framework printed by level
        key = tuple(heading_text(c.text).casefold() for c in steps)
        if len(set(key)) == len(key):
            parents.setdefault(key, []).append(heading_text(node.text).casefold())
    # under parents of different names (one competency each); parents that recur by name ("Results" under every
    # level's section) are a framework printed by level, whose recurring sub-headings are its competencies
    scales = [key for key, names in sorted(parents.items()) if len(names) >= 2 and len(set(names)) == len(names)]
    if not scales:
        return vocab
    level_names = dict(vocab.level_names)
    patterns = list(vocab.level_patterns)
    for key in scales:
        for position, name in enumerate(key):
            level_names.setdefault(name, position)
        alternatives = "|".join(re.escape(name) for name in sorted(key, key=len, reverse=True))
        patterns.append(re.compile(rf"^(?P<known>{alternatives})$", re.I))
    new_scales = tuple({name: position for position, name in enumerate(key)} for key in scales)
    return replace(
        vocab, level_names=level_names, level_scales=vocab.level_scales + new_scales, level_patterns=tuple(patterns)
    )


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


def _holds_list(node: Node) -> bool:
    return any(c.kind is NodeKind.ITEM and c.text for c in node.walk())
