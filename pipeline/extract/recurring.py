"""A scale the document defines by printing it again for every competency: the same sub-headings, in the same
order, under two or more headings ("Lead Self", "Lead Others", "Lead Other Leaders", "Lead the Organisation"
under each capability), each over a list of behaviours. Those sub-headings are the levels of a scale of the
document's own, ranked in print order, not competencies.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model.tree import Node, NodeKind
from ..vocab.text import heading_text
from ..vocab.vocabulary import Vocabulary
from .content import mostly
from .scale import parse_level
from .shapes import is_behaviour, short_phrase
from .terms import is_front_matter, section_field
from .transposed import names_a_level

MIN_STEPS = 3  # two recurring sub-headings are as likely a pair of sections ("Effective", "Ineffective")


def recurring_scales(root: Node, vocab: Vocabulary) -> Vocabulary:
    """The vocabulary with the document's recurring sub-heading sequences added as scales."""
    parents: dict[tuple[str, ...], set[int]] = {}
    printed: dict[tuple[str, ...], tuple[str, ...]] = {}
    for node in root.walk():
        if node.kind is NodeKind.HEADING and names_a_level(node.text, vocab):
            continue  # the same competencies under each level's section: a framework printed by level
        steps = [c for c in node.children if c.kind is NodeKind.HEADING and _step(c, vocab)]
        if len(steps) < MIN_STEPS:
            continue
        key = tuple(heading_text(c.text).casefold() for c in steps)
        if len(set(key)) == len(key):
            parents.setdefault(key, set()).add(node.id)
            printed.setdefault(key, tuple(heading_text(c.text) for c in steps))
    scales = [key for key, where in sorted(parents.items()) if len(where) >= 2]
    if not scales:
        return vocab
    names = dict(vocab.level_names)
    patterns = list(vocab.level_patterns)
    for key in scales:
        for position, name in enumerate(key):
            names.setdefault(name, position)
        alternatives = "|".join(re.escape(name) for name in sorted(key, key=len, reverse=True))
        patterns.append(re.compile(rf"^(?P<known>{alternatives})$", re.I))
    new_scales = tuple({name: position for position, name in enumerate(key)} for key in scales)
    return replace(
        vocab, level_names=names, level_scales=vocab.level_scales + new_scales, level_patterns=tuple(patterns)
    )


def _step(node: Node, vocab: Vocabulary) -> bool:
    """A sub-heading that can be a step of a scale: a short name the vocabulary does not know as a section, over a
    list of behaviours."""
    text = heading_text(node.text)
    if not short_phrase(text, 5) or text.endswith((":", "?")):
        return False
    if section_field(text, vocab) or is_front_matter(text, vocab) or parse_level(text, vocab) is not None:
        return False
    items = [c.text for c in node.walk() if c.kind is NodeKind.ITEM and c.text]
    return len(items) >= 1 and mostly(items, is_behaviour)
