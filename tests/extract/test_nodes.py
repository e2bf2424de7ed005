"""Small questions about one node: what it says as a label, whether it heads content, what level it names."""

from __future__ import annotations

import pytest

from pipeline.extract.nodes import (
    has_text_below,
    heads,
    introduced_lists,
    is_leaf_label,
    item_number,
    labelled_runs,
    level_of,
    numbered_headings,
    short_labels,
    title_of,
)

from .helpers import VOCAB, build, bullet, grid, head, heading, item, line, para, paragraph, table


def level(node):
    found = level_of(node, VOCAB)
    return None if found is None else (found[0].label, found[1])


def test_a_labelled_line_names_its_level_and_carries_its_behaviour():
    assert level(line("Level 1", "Identifies the area for change.")) == ("Level 1", "Identifies the area for change.")


@pytest.mark.parametrize("node", [line("Level 1", "Emerging"), para("Proficiency Level 2 - Working experience")])
def test_a_line_that_is_all_label_carries_nothing_besides(node):
    assert level(node) == (node.text, "")


def test_a_long_text_after_a_labels_colon_is_content_even_where_the_whole_line_parses():
    node = line("Level 3", "builds strong and lasting relationships with all the clients")
    assert level(node) == ("Level 3", "builds strong and lasting relationships with all the clients")


def test_a_level_glued_to_a_sentence_is_split_from_it_but_not_in_a_heading():
    text = "Level 3 Builds strong relationships with all of the clients."
    assert level(para(text)) == ("Level 3", "Builds strong relationships with all of the clients.")
    assert level(head(text)) is None


def test_a_level_glued_to_a_long_behaviour_without_a_full_stop_is_split_from_it():
    text = "Level 3 Builds strong relationships with all of the clients"
    assert level(para(text)) == ("Level 3", "Builds strong relationships with all of the clients")


@pytest.mark.parametrize(
    "node",
    [
        para("Works with others."),
        line("Definition", "The ability to work with others."),
        grid(["Level 1", "Listens."]),  # a table is no label, whatever it holds
        para(""),
    ],
)
def test_nodes_that_name_no_level(node):
    assert level(node) is None


def test_a_known_level_name_on_its_own_is_a_level():
    assert level(bullet("Advanced")) == ("Advanced", "")
    assert level(head("Teamwork")) is None


def test_heads_a_heading_or_a_line_with_content_hanging_under_it():
    assert heads(head("Teamwork"))
    assert heads(para("The person can:", bullet("Listen.")))
    assert heads(bullet("Communicates", bullet("Listens.")))
    assert not heads(para("Plain text."))
    assert not heads(line("Definition", "Text."))


def test_title_of_is_a_labelled_lines_label_or_the_line_itself():
    assert title_of(line("Definition", "The ability.")) == "Definition"
    assert title_of(head("Teamwork")) == "Teamwork"


def test_a_leaf_label_is_a_short_line_of_its_own():
    assert is_leaf_label(para("Teamwork"))
    assert not is_leaf_label(para("Works with others."))
    assert not is_leaf_label(para("Teamwork", bullet("Listens.")))


def test_has_text_below():
    assert has_text_below(head("Teamwork", para("Text.")))
    assert not has_text_below(head("Teamwork"))
    assert not has_text_below(grid([""]))


@pytest.mark.parametrize("marker, number", [("3.", 3), ("(12)", 12), ("2)", 2), ("•", None), ("", None)])
def test_item_number_reads_an_ordered_items_number(marker, number):
    assert item_number(bullet("Listens.", marker=marker)) == number


def test_item_number_reads_a_roman_number():
    assert item_number(bullet("Listens.", marker="iv)")) == 4


def test_item_number_of_a_paragraph_is_none():
    assert item_number(para("3. Listens.")) is None


def test_short_labels_are_every_short_label_with_the_node_it_sits_under():
    root = build(
        heading("Teamwork"),
        paragraph("Definition: The ability to work with others in teams."),
        item("Listens to others carefully and responds to what they said."),
        table([["Level 1", "x"], ["Level 2", "y"]]),
    )
    found = short_labels(root)
    teamwork = root.children[0]
    assert ("Teamwork", root.id) in found
    assert ("Definition", teamwork.id) in found  # a labelled line gives its label
    assert ("Level 1", teamwork.children[2].children[0].children[0].id) in found  # a cell's line, under its cell
    assert not any(text.startswith("Listens") for text, _ in found)  # a sentence is no label


def test_numbered_headings_gives_every_headings_style_text_and_parent():
    root = build(heading("Part A", 1), heading("1 - Plans", 2), paragraph("Text."), heading("2 - Acts", 2))
    part = root.children[0]
    assert numbered_headings(root) == [
        ("h1", "Part A", root.id),
        ("h2 numbered (depth 1)", "1 - Plans", part.id),
        ("h2 numbered (depth 1)", "2 - Acts", part.id),
    ]


def test_a_level_label_whose_words_name_a_standard_is_a_documents_title():
    """ "Stage 1 Competency Standard for Professional Engineer" names the document, not its first stage."""
    assert level(head("Stage 1 Competency Standard for Professional Engineer")) is None
    assert level(head("Stage 1")) is not None


def test_introduced_lists_are_the_lead_ins_ending_with_a_colon_over_plain_items():
    root = build(
        heading("How to use the framework"),
        paragraph("The framework describes practice at four levels:"),
        item("Competent nurse", depth=1),
        item("Experienced nurse", depth=1),
        paragraph("It looks at two aspects:"),
        item("Self – behaviours seen whatever the situation", depth=1),  # a labelled item names its label
        item("Others – behaviours seen when working with colleagues", depth=1),
        paragraph("Contact HR for help."),
    )
    assert introduced_lists(root) == [
        ("The framework describes practice at four levels:", ["Competent nurse", "Experienced nurse"]),
        ("It looks at two aspects:", ["Self", "Others"]),
    ]


def test_labelled_bullets_under_a_heading_are_a_run_when_their_names_head_sections_further_on():
    key = (
        heading("Proficiency levels"),
        item("Awareness = able to recognize the basics of a competency."),
        item("Application = able to complete its tasks without help."),
    )
    further = (
        heading("Teamwork"),
        heading("Awareness", 2),
        paragraph("X."),
        heading("Application", 2),
        paragraph("Y."),
    )
    runs = labelled_runs(build(*key, *further))
    assert (
        "Proficiency levels",
        [
            ("Awareness", "able to recognize the basics of a competency."),
            (
                "Application",
                "able to complete its tasks without help.",
            ),
        ],
    ) in runs
    # bullets naming nothing printed again may be the levels themselves: no key
    assert not [
        r for r in labelled_runs(build(*key, heading("Teamwork"), paragraph("X."))) if r[0] == "Proficiency levels"
    ]


def test_bullets_whose_names_label_lines_elsewhere_are_a_key_too():
    """ "Exemplary (EX): Performs ..." over a rating system; each competency later rates "Exemplary: Is a role
    model ...": the bullets are the key, read without the codes."""
    key = [
        heading("Four-Level Rating System"),
        item("Exemplary (EX): Performs well beyond the standard.", lead="Exemplary (EX):"),
        item("Solid Sustained (SS): Performs above the standard.", lead="Solid Sustained (SS):"),
    ]
    later = [
        heading("Customer Focus – Rating Levels"),
        paragraph("Exemplary: Anticipates customer needs.", lead="Exemplary:"),
        paragraph("Solid Sustained: Solves the underlying problem.", lead="Solid Sustained:"),
    ]
    runs = dict(labelled_runs(build(*key, *later)))
    assert [term for term, _ in runs["Four-Level Rating System"]] == ["Exemplary (EX)", "Solid Sustained (SS)"]
    alone = dict(labelled_runs(build(*key)))
    assert "Four-Level Rating System" not in alone  # named nowhere else: they may be the levels themselves
