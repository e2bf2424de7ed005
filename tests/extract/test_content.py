"""The field a heading's content reads as, where its words say nothing the vocabulary knows."""

from __future__ import annotations

from pipeline.extract.content import field_by_content
from pipeline.model.tree import NodeKind

from .helpers import VOCAB, bullet, line, para

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


def test_paragraphs_each_one_statement_of_what_one_does_are_indicators_full_stops_and_all():
    lines = (
        para("Gathering relevant information from a range of sources before acting."),
        para("Breaking a complex problem down into its parts in order to understand it and to explain it to others."),
        para("Consulting colleagues and experts when a decision calls for it."),
    )
    assert field_by_content(lines, VOCAB, caption="This means…") == "indicators"


def test_paragraphs_of_narrative_are_no_indicators():
    lines = (
        para("The service exists to serve the public, whether clients come to it in person or online."),
        para("Good service builds trust in the organisation and in the people who work for it."),
    )
    assert field_by_content(lines, VOCAB) is None


def test_labelled_lines_read_by_what_follows_their_labels():
    # "Challenge: Able to challenge ...": named skills stated as abilities, no advice to challenge
    lines = (
        line("Challenge", "Able to challenge management and the Board constructively."),
        line("Independence", "Able to keep professional independence while working within the firm."),
        line("Escalation", "Knows when and how to escalate concerns to the regulator."),
    )
    assert field_by_content(lines, VOCAB) == "indicators"


def test_a_table_headed_by_what_a_catalogue_says_of_each_course_reads_as_courses():
    """HETI's "programs that support this capability": "Program | Delivery | Duration" over its programs; a header
    with one such column is no catalogue."""
    from .helpers import grid

    catalogue = grid(
        ["Program", "Delivery", "Duration"],
        ["Emotional Intelligence in Practice", "Face-to-face workshop", "2 days"],
        header_row=True,
    )
    assert field_by_content((catalogue,), VOCAB) == "courses"
    other = grid(["Role", "Duration"], ["Team leader", "2 years"], header_row=True)
    assert field_by_content((other,), VOCAB) != "courses"
