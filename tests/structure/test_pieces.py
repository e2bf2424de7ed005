"""Blocks to pieces: clean one-line text, bullets and numbering taken off, typed bulleted lists split into items."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.model.blocks import Kind
from pipeline.structure.pieces import numbered_questions, to_pieces, typed_enumerations

from .helpers import DOC, blocks, heading, item, paragraph, table


def pieces(block):
    (numbered,) = blocks(block)
    return to_pieces(numbered, DOC)


def texts(block):
    return [(p.kind, p.text) for p in pieces(block)]


def test_the_lines_of_a_block_are_joined_on_one_line():
    (piece,) = pieces(paragraph("Builds relationships\nacross   the organisation."))
    assert piece.text == "Builds relationships across the organisation."
    assert piece.lines == 2


def test_a_line_end_hyphen_is_undone_only_where_it_split_a_word():
    assert texts(paragraph("Supports the develop-\nment of staff.")) == [
        (Kind.PARAGRAPH, "Supports the development of staff.")
    ]
    assert texts(paragraph("Shows follow-\nthrough always.")) == [(Kind.PARAGRAPH, "Shows follow-through always.")]


def test_a_list_item_loses_its_bullet_but_keeps_its_marker():
    (piece,) = pieces(item("• Shares information.", marker="•"))
    assert (piece.text, piece.marker) == ("Shares information.", "•")


def test_an_outline_code_numbers_a_list_item_or_a_cell_but_not_a_paragraph():
    assert texts(item("1A2. Recognizes quantitative data")) == [(Kind.LIST_ITEM, "Recognizes quantitative data")]
    assert [p.text for p in pieces(table([["2.3.1 Plans work", "x"]])[0])] == ["Plans work"]
    assert texts(paragraph("1A2. Recognizes quantitative data")) == [
        (Kind.PARAGRAPH, "1A2. Recognizes quantitative data")
    ]


def test_a_paragraph_of_typed_bullets_is_the_list_it_shows():
    found = pieces(paragraph("The person:\n• listens\n• speaks clearly"))
    assert [(p.kind, p.text, p.marker) for p in found] == [
        (Kind.PARAGRAPH, "The person:", ""),
        (Kind.LIST_ITEM, "listens", "•"),
        (Kind.LIST_ITEM, "speaks clearly", "•"),
    ]


def test_a_typed_bullets_continuation_lines_join_its_item():
    found = pieces(paragraph("• Builds trust\nwith clients\n• Listens"))
    assert [p.text for p in found] == ["Builds trust with clients", "Listens"]
    assert found[0].lines == 2


def test_each_typed_item_keeps_the_offsets_of_its_own_lines():
    found = pieces(paragraph("Intro\n• one\n• two"))
    assert [(s.start, s.end) for p in found for s in p.spans] == [(0, 5), (6, 11), (12, 17)]


def test_a_glued_bullet_glyph_counts_even_once():
    assert texts(paragraph("•Describe the task\nand its goal")) == [(Kind.LIST_ITEM, "Describe the task and its goal")]


def test_dashes_count_as_bullets_only_on_two_lines():
    assert texts(paragraph("- one\n- two")) == [(Kind.LIST_ITEM, "one"), (Kind.LIST_ITEM, "two")]
    assert texts(paragraph("- one\nplain text")) == [(Kind.PARAGRAPH, "- one plain text")]


def test_a_lone_o_is_a_bullet_only_with_a_space_after_it():
    assert texts(paragraph("o Listen\no Speak")) == [(Kind.LIST_ITEM, "Listen"), (Kind.LIST_ITEM, "Speak")]
    assert texts(paragraph("only\none")) == [(Kind.PARAGRAPH, "only one")]


def test_a_block_the_format_marks_as_a_list_item_is_not_split_again():
    found = pieces(item("• one\n• two", marker="1."))
    assert len(found) == 1


def test_the_first_line_only_carries_the_gap_before_a_split_block():
    found = pieces(paragraph("Intro\n• one", gap_before=True))
    assert [p.gap_before for p in found] == [True, False]


def test_a_bold_block_split_into_items_leaves_its_items_plain():
    found = pieces(paragraph("• one\n• two", bold=True, lead="one"))
    assert all(not p.bold and p.lead is None for p in found)


def test_paragraphs_a_typist_lettered_in_sequence_are_an_ordered_list():
    """Engineers Australia's cells: "a)\tShows ...", "b)\tRecognises ...": one item each, the letters gone."""
    cell = [paragraph("a)\tShows a commitment to the code of ethics."), paragraph("b)\tRecognises the duty of care.")]
    ps = typed_enumerations([p for block in blocks(*table([["Element", cell]])) for p in to_pieces(block, DOC)])
    items = [(p.kind, p.text, p.marker) for p in ps if p.text.startswith(("Shows", "Recognises"))]
    assert items == [
        (Kind.LIST_ITEM, "Shows a commitment to the code of ethics.", "a)"),
        (Kind.LIST_ITEM, "Recognises the duty of care.", "b)"),
    ]


@pytest.mark.parametrize(
    "texts",
    [
        ["a) Shows a commitment.", "c) Recognises the duty."],  # not in sequence
        ["b) Shows a commitment.", "c) Recognises the duty."],  # does not start at a
        ["a) Shows a commitment."],  # one alone
        ["1. Shows a commitment.", "2. Recognises the duty."],  # "1." also numbers headings and entries: not here
    ],
)
def test_other_lettered_paragraphs_stay_paragraphs(texts):
    ps = typed_enumerations([p for block in blocks(*[paragraph(t) for t in texts]) for p in to_pieces(block, DOC)])
    assert all(p.kind is Kind.PARAGRAPH for p in ps)


def test_clause_numbered_statements_are_an_ordered_list_and_a_wrapped_line_stays_in_the_run():
    """A standard's outcomes "6.1 understand ...", "6.2 understand ...", with one line wrapped onto a line of its
    own: one item per clause, the wrapped line left for the continuation stage."""
    texts = [
        "6.1 understand and apply the requirements of health and safety law",
        "6.2 show an understanding of how to recognise and reflect on near misses in",
        "practice",
        "6.3 accept and manage uncertainty in their work",
    ]
    ps = typed_enumerations([p for block in blocks(*[paragraph(t) for t in texts]) for p in to_pieces(block, DOC)])
    assert [(p.kind, p.marker) for p in ps] == [
        (Kind.LIST_ITEM, "6.1"),
        (Kind.LIST_ITEM, "6.2"),
        (Kind.PARAGRAPH, ""),
        (Kind.LIST_ITEM, "6.3"),
    ]
    assert ps[0].text.startswith("understand and apply")


@pytest.mark.parametrize(
    "texts, bold",
    [
        (["6.2 understand the law of the land", "6.3 understand the rules of the game"], False),  # not from N.1
        (["3.1 Communicating with others clearly", "3.2 Managing self and own time"], True),  # bold: headings
        (["6.1 Definition", "6.2 Levels"], False),  # short: section headings, not statements
    ],
)
def test_other_clause_numbered_paragraphs_stay_paragraphs(texts, bold):
    ps = typed_enumerations(
        [p for block in blocks(*[paragraph(t, bold=bold) for t in texts]) for p in to_pieces(block, DOC)]
    )
    assert all(p.kind is Kind.PARAGRAPH for p in ps)


def test_lines_numbered_as_text_in_sequence_are_an_ordered_list():
    """A table cell "1. Builds positive working relationships<br>2. Is committed to the team": one item each."""
    cell = paragraph("1. Builds positive working relationships\n2. Is committed to the team and\nits goals")
    assert [(p.kind, p.marker, p.text) for p in to_pieces(cell, DOC)] == [
        (Kind.LIST_ITEM, "1.", "Builds positive working relationships"),
        (Kind.LIST_ITEM, "2.", "Is committed to the team and its goals"),
    ]
    # numbers out of sequence, or a first line without one, are no such list
    assert len(to_pieces(paragraph("1. Builds relationships\n3. Leads teams"), DOC)) == 1
    assert len(to_pieces(paragraph("Builds relationships\n1. Leads teams\n2. Coaches"), DOC)) == 1


def test_paragraphs_numbered_as_questions_are_items_with_their_probes_nested_under_them():
    found = numbered_questions(
        [
            p
            for b in blocks(
                paragraph("Example Questions:"),
                paragraph("Q 1. Tell me about a time you had to adapt."),
                item("What did you learn?"),
                item("What would you change?"),
                paragraph("Q2. Describe a change you had to accept."),
            )
            for p in to_pieces(b, DOC)
        ]
    )
    assert [(p.kind, p.text, p.depth, p.marker) for p in found] == [
        (Kind.PARAGRAPH, "Example Questions:", 0, ""),
        (Kind.LIST_ITEM, "Tell me about a time you had to adapt.", 0, "Q 1."),
        (Kind.LIST_ITEM, "What did you learn?", 1, "•"),
        (Kind.LIST_ITEM, "What would you change?", 1, "•"),
        (Kind.LIST_ITEM, "Describe a change you had to accept.", 0, "Q2."),
    ]


def test_one_paragraph_opening_with_q_and_a_number_is_left_alone():
    ps = [
        p for b in blocks(paragraph("Q1. Results were ahead of plan."), item("Sales grew.")) for p in to_pieces(b, DOC)
    ]
    assert numbered_questions(ps) == ps


def test_a_heading_holding_a_lead_in_and_typed_bullets_after_line_breaks_is_the_heading_over_them():
    """A survey question's title, one element broken by `<br>`: "1. Community: working together" over "An employee
    may demonstrate this competency by the following:" and "• Teamwork: ...", "• Communication: ..."."""
    block = heading(
        "* 1. Community: working together\nAn employee may demonstrate this competency by the following:\n"
        "• Teamwork: shares what they know\n• Communication: listening and speaking",
        2,
    )
    pieces = to_pieces(block, DOC)
    assert [(p.kind, p.text) for p in pieces] == [
        (Kind.HEADING, "1. Community: working together"),
        (Kind.PARAGRAPH, "An employee may demonstrate this competency by the following:"),
        (Kind.LIST_ITEM, "Teamwork: shares what they know"),
        (Kind.LIST_ITEM, "Communication: listening and speaking"),
    ]
    last = pieces[-1].spans[0]
    assert block.text[last.start : last.end].endswith("Communication: listening and speaking")


def test_a_heading_broken_over_two_lines_stays_one_heading():
    (piece,) = to_pieces(heading("Leading People\nand Teams", 2), DOC)
    assert (piece.kind, piece.text) == (Kind.HEADING, "Leading People and Teams")


def test_a_glyph_on_a_line_of_its_own_marks_the_line_after_it():
    """A slide's bullet set apart from its text in the PDF: "•" then "Breaks complex issues into parts"."""
    block = paragraph("•\nBreaks complex issues into their parts")
    (piece,) = to_pieces(block, DOC)
    assert (piece.kind, piece.text, piece.marker) == (Kind.LIST_ITEM, "Breaks complex issues into their parts", "•")
    span = piece.spans[0]
    assert block.text[span.start : span.end].endswith("Breaks complex issues into their parts")


def test_a_bold_first_line_of_a_cell_heads_the_cell_and_each_line_after_it_is_its_own():
    (why, levels, header) = blocks(
        table(
            [
                ["Why it is important\nPublic affairs influences stakeholders.\nResearch shows the effect."],
                ["Levels\n1. Knows when research is needed.\n2. Commissions research."],
            ]
        ),
        table([["E0 / S-E1\nApprentice / Junior Software Engineer"]], number=1, header_row=True),
    )
    why = replace(why, lead="Why it is important")
    levels = replace(levels, lead="Levels")
    header = replace(header, lead="E0 / S-E1")
    assert [(p.kind, p.bold, p.text) for p in to_pieces(why, DOC)] == [
        (Kind.TABLE_CELL, True, "Why it is important"),
        (Kind.TABLE_CELL, False, "Public affairs influences stakeholders."),
        (Kind.TABLE_CELL, False, "Research shows the effect."),
    ]
    assert [(p.kind, p.marker, p.text) for p in to_pieces(levels, DOC)][1:] == [
        (Kind.LIST_ITEM, "1.", "Knows when research is needed."),
        (Kind.LIST_ITEM, "2.", "Commissions research."),
    ]
    # every part keeps its place in the cell's text
    parts = to_pieces(why, DOC)
    assert [why.text[p.spans[0].start : p.spans[0].end] for p in parts] == [p.text for p in parts]
    # a header cell's lines are one label
    assert [p.text for p in to_pieces(header, DOC)] == ["E0 / S-E1 Apprentice / Junior Software Engineer"]


def test_labelled_parts_run_together_in_one_paragraph_are_a_labelled_line_each():
    text = (
        "Junior engineers: Build features with guidance, and ask\nfor help early. Engineers: Build features "
        "independently. Senior\nengineers: Design the architecture of whole projects."
    )
    found = pieces(paragraph(text))
    assert [p.text for p in found] == [
        "Junior engineers: Build features with guidance, and ask for help early.",
        "Engineers: Build features independently.",
        "Senior engineers: Design the architecture of whole projects.",
    ]
    assert [(p.spans[0].start, p.spans[0].end) for p in found][1] == (text.index("Engineers:"), text.index(" Senior"))


def test_a_paragraph_with_two_labels_or_a_label_inside_a_sentence_stays_one_piece():
    assert len(pieces(paragraph("Note: the scale runs upward. Source: the 2019 review."))) == 1
    assert len(pieces(paragraph("Purpose: to help staff, as in Section 2: Scope and Section 3: Use."))) == 1


def test_paragraphs_lettered_with_a_stop_before_their_sentences_are_an_ordered_list():
    """ACCA: "a. Help to set the objectives ...", "b. Prepare, coordinate and use budgets ..." as paragraphs."""
    texts = ["a. Help to set the objectives used to plan.", "b. Prepare, coordinate and use budgets well."]
    ps = typed_enumerations([p for block in blocks(*[paragraph(t) for t in texts]) for p in to_pieces(block, DOC)])
    assert [(p.kind, p.marker, p.text) for p in ps] == [
        (Kind.LIST_ITEM, "a.", "Help to set the objectives used to plan."),
        (Kind.LIST_ITEM, "b.", "Prepare, coordinate and use budgets well."),
    ]
    # "e. g." or a lower-case sentence after the letter is no enumerator
    lower = ["a. the first of them all here.", "b. the second of them all here."]
    ps = typed_enumerations([p for block in blocks(*[paragraph(t) for t in lower]) for p in to_pieces(block, DOC)])
    assert all(p.kind is Kind.PARAGRAPH for p in ps)
