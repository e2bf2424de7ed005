"""The field a heading's content reads as, where its words say nothing the vocabulary knows."""

from __future__ import annotations

from pipeline.extract.content import field_by_content
from pipeline.model.tree import NodeKind

from .helpers import VOCAB, bullet, para

ADVICE = ["Prepare the clinical environment before each session.", "Carry out infection control procedures."]


def test_statements_numbered_as_a_standards_clauses_are_indicators_not_advice():
    numbered = tuple(bullet(t, marker=f"1.{i}") for i, t in enumerate(ADVICE, start=1))
    assert field_by_content(numbered, VOCAB) == "indicators"
    assert field_by_content(tuple(bullet(t) for t in ADVICE), VOCAB) == "activities"


def test_a_heading_that_states_an_obligation_makes_its_list_what_one_does():
    items = tuple(bullet(t) for t in ADVICE)
    assert field_by_content(items, VOCAB, caption="The new dental nurse should:") == "indicators"
    assert field_by_content(items, VOCAB, caption="Ways to develop") == "activities"


def test_a_paragraph_caption_naming_the_holder_makes_its_list_what_one_does():
    caption = para("Effective leaders:", *(bullet(t) for t in ADVICE))
    assert caption.kind is NodeKind.PARAGRAPH
    assert field_by_content((caption,), VOCAB) == "indicators"
