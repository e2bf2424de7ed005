"""Pieces that carry on the sentence of the piece before them are joined to it, keeping every part's provenance;
headings never join."""

from __future__ import annotations

import pytest

from pipeline.structure.continuations import continues, merge_continuations
from pipeline.structure.pieces import to_pieces

from .helpers import DOC, blocks, build, heading, item, numbered, paragraph, shape, table


def pieces(*parts):
    return [p for block in blocks(*parts) for p in to_pieces(block, DOC)]


def merged(*parts, headings=None):
    ps = pieces(*parts)
    out, _ = merge_continuations(ps, headings or [False] * len(ps))
    return [p.text for p in out]


def test_a_paragraph_broken_before_a_lower_case_line_is_one_paragraph():
    assert merged(paragraph("The person builds relationships with"), paragraph("colleagues in every team.")) == [
        "The person builds relationships with colleagues in every team."
    ]


@pytest.mark.parametrize("end", ["closely related to", "Focus,", "Health &", "skills and"])
def test_a_plain_paragraph_ending_in_mid_phrase_goes_on_in_the_next(end):
    assert merged(paragraph(end), paragraph("Customer Service.")) == [f"{end} Customer Service."]


def test_a_paragraph_that_ends_a_sentence_is_not_joined():
    assert merged(paragraph("Ends here."), paragraph("lower-case start.")) == ["Ends here.", "lower-case start."]
    assert merged(paragraph("The person can:"), paragraph("listen.")) == ["The person can:", "listen."]


def test_a_capitalised_paragraph_after_an_open_one_is_not_joined():
    assert merged(paragraph("Teamwork"), paragraph("Works with others.")) == ["Teamwork", "Works with others."]


def test_a_bullet_wrapped_over_two_items_of_one_depth_is_one_item():
    assert merged(item("Builds relationships with"), item("colleagues across teams.")) == [
        "Builds relationships with colleagues across teams."
    ]


def test_a_list_punctuated_as_one_sentence_keeps_one_item_per_bullet():
    """ "Measures include: • explaining how ..., • explaining how ..., and • explaining how ...": each bullet its
    own, though each ends in a comma and the next starts in lower case."""
    assert merged(
        item("explaining how a change affects the whole,"),
        item("explaining how a system adapts, and"),
        item("relating ideas to details;"),
        item("helping others see the parts."),
    ) == [
        "explaining how a change affects the whole,",
        "explaining how a system adapts, and",
        "relating ideas to details;",
        "helping others see the parts.",
    ]


def test_items_of_different_depths_never_join():
    assert merged(item("Listens well"), item("and responds", depth=1)) == ["Listens well", "and responds"]


def test_a_list_after_an_open_paragraph_is_its_list_not_its_text():
    assert merged(paragraph("Examples such as"), item("listening")) == ["Examples such as", "listening"]


def test_a_wrapped_item_goes_on_in_a_lower_case_paragraph_but_not_in_a_lead_in():
    assert merged(item("Builds relationships with"), paragraph("colleagues in every team.")) == [
        "Builds relationships with colleagues in every team."
    ]
    assert merged(item("Builds relationships with"), paragraph("key point: more", lead="key point:")) == [
        "Builds relationships with",
        "key point: more",
    ]


def test_a_mid_phrase_end_joins_a_capitalised_line_only_between_plain_paragraphs():
    assert merged(item("Works with"), paragraph("Customer Service.")) == ["Works with", "Customer Service."]


def test_headings_never_join_nor_are_joined():
    assert merged(paragraph("Works with"), paragraph("colleagues"), headings=[True, False]) == [
        "Works with",
        "colleagues",
    ]
    assert merged(paragraph("Works with"), paragraph("colleagues"), headings=[False, True]) == [
        "Works with",
        "colleagues",
    ]


def test_different_table_cells_never_join():
    assert merged(table([["Works with", "colleagues"]])) == ["Works with", "colleagues"]


def test_a_joined_piece_keeps_the_provenance_of_every_part():
    ps = pieces(paragraph("Builds relationships with"), paragraph("colleagues and"), paragraph("clients."))
    (joined,), flags = merge_continuations(ps, [False, False, False])
    assert flags == [False]
    assert [s.block for s in joined.spans] == [0, 1, 2]
    assert joined.lines == 3


def test_a_bold_start_joined_to_plain_text_becomes_its_lead_in():
    ps = pieces(paragraph("Strong start,", bold=True), paragraph("plain rest."))
    (joined,), _ = merge_continuations(ps, [False, False])
    assert (joined.text, joined.bold, joined.lead) == ("Strong start, plain rest.", False, "Strong start,")


def test_a_hyphen_at_the_end_of_a_part_is_undone_where_it_split_a_word():
    assert merged(paragraph("Supports the develop-"), paragraph("ment of staff.")) == [
        "Supports the development of staff."
    ]


def test_continues_asks_about_the_run_so_far_not_only_its_head():
    head, piece = pieces(paragraph("Builds trust with"), paragraph("clients."))
    assert continues(head, "Builds trust with", piece)
    assert not continues(head, "Builds trust with partners.", piece)


def test_merged_paragraphs_can_still_head_a_list_in_the_tree():
    root = build(paragraph("The person works with"), paragraph("others and can:"), item("Listen."), heading("Next"))
    assert shape(root)[0] == ("paragraph", "The person works with others and can:", [("item", "Listen.")])


def test_a_heading_wrapped_over_two_lines_of_one_type_is_one_heading():
    """A PDF heading cut after "and" ("Development Suggestions for Collaborative Research and" / "Analysis")."""
    first = heading("Development Suggestions for Collaborative Research and", size=14.0, bold=True)
    second = heading("Analysis", size=14.0, bold=True)
    assert merged(first, second, headings=[True, True]) == [
        "Development Suggestions for Collaborative Research and Analysis"
    ]
    # two headings that each end a phrase, or of different types, stay two
    assert merged(heading("Teamwork", size=14.0), heading("Definition", size=14.0), headings=[True, True]) == [
        "Teamwork",
        "Definition",
    ]
    assert merged(heading("Work across", size=14.0), heading("Teams", size=11.0), headings=[True, True]) == [
        "Work across",
        "Teams",
    ]


def test_a_heading_between_rules_of_dashes_does_not_go_on_in_the_next():
    """ "--Engineering--" over "Technical Decision Making": a category set between dashes, not a phrase cut at a
    hyphen ("Leadership -" over "Managing People" is)."""
    assert merged(heading("--Engineering--"), heading("Technical Decision Making"), headings=[True, True]) == [
        "--Engineering--",
        "Technical Decision Making",
    ]
    assert merged(heading("Leadership -"), heading("Managing People"), headings=[True, True]) == [
        "Leadership - Managing People"
    ]


def test_a_numbered_item_starting_in_lower_case_is_an_item_of_its_own():
    """Outcomes completing a stem ("will be able to:") start in lower case and end without a full stop: each
    numbered one is still its own item."""
    out = merged(
        numbered("understand and apply the requirements of health and safety law", 1),
        numbered("understand how safe staffing levels relate to care", 2),
    )
    assert out == [
        "understand and apply the requirements of health and safety law",
        "understand how safe staffing levels relate to care",
    ]


def test_in_a_list_whose_items_mostly_start_in_lower_case_each_item_is_its_own():
    """GOV.UK's "You can:" over "investigate ...", "help ...", "work ...": the list's style, not wrapped bullets;
    a bullet wrapped onto the next item in a list of capitalised items is still joined."""
    assert merged(
        item("investigate business problems and opportunities"),
        item("help to identify and describe business needs"),
        item("work with others to map business processes"),
    ) == [
        "investigate business problems and opportunities",
        "help to identify and describe business needs",
        "work with others to map business processes",
    ]
    assert merged(item("Shows the ability to"), item("work with others."), item("Listens well.")) == [
        "Shows the ability to work with others.",
        "Listens well.",
    ]


def test_lower_case_bullets_each_wrapped_onto_an_unmarked_line_stay_one_item_each():
    """A PDF table cell's bullets ("■ listens actively and asks questions to find" / "out what is needed" / "■ passes
    on ..."): the wrapped line joins its bullet, and the next marked bullet is an item of its own though it starts
    in lower case."""
    assert merged(
        item("listens actively and asks questions to find", marker="■"),
        paragraph("out what is needed"),
        item("passes on and shares information,", marker="■"),
        paragraph("keeping it confidential where this is required"),
        item("checks that information is accurate", marker="■"),
    ) == [
        "listens actively and asks questions to find out what is needed",
        "passes on and shares information, keeping it confidential where this is required",
        "checks that information is accurate",
    ]


def test_a_heading_line_going_on_in_lower_case_is_part_of_the_heading_above():
    """A definition set in a heading's type over three lines: "... principles and assumptions, and being" over
    "able to learn from your experiences."."""
    root = build(
        heading("Developing self awareness", 1),
        heading("Being aware of your own values, principles and assumptions, and being", 3),
        heading("able to learn from your experiences.", 3),
        paragraph("Leaders reflect on what they do."),
    )
    (name,) = root.children
    assert name.children[0].text == (
        "Being aware of your own values, principles and assumptions, and being able to learn from your experiences."
    )


def test_a_heading_line_with_a_quotation_left_open_goes_on_in_the_next():
    """A slide title wrapped inside its quotation: "Core Competency: “Service" over "Excellence”"."""
    root = build(
        heading("Core Competency: “Service", 1),
        heading("Excellence”", 1),
        paragraph("Anticipates and responds to the needs of students."),
    )
    assert root.children[0].text == "Core Competency: “Service Excellence”"


def test_a_cells_bullet_cut_after_a_function_word_goes_on_in_the_line_below_it():
    cell = table([[[item("Builds networks across the"), paragraph("University and with external partners")]]])
    assert merged(cell) == ["Builds networks across the University and with external partners"]
    # a bold line after a bullet ending in "on" is the cell's next sub-heading
    bold = table(
        [[[item("Acts to fix problems rather than passing them on"), paragraph("Achieves results", bold=True)]]]
    )
    assert merged(bold) == ["Acts to fix problems rather than passing them on", "Achieves results"]


def test_an_item_closed_by_a_semicolon_goes_on_in_a_paragraph_in_lower_case_but_not_in_the_next_item():
    assert merged(item("Lets others speak without arguing;"), paragraph("shows a wish to listen to them")) == [
        "Lets others speak without arguing; shows a wish to listen to them"
    ]
    assert merged(item("does one thing;"), item("does another;")) == ["does one thing;", "does another;"]
