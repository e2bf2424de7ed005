"""The labelled tree as text: one node per line, with its kind, label and evidence."""

from __future__ import annotations

from pipeline.extract.inspect import render
from pipeline.model.tree import LabelledTree

from .helpers import build, heading, item, labelled, numbered, paragraph, table


def lines(*parts, **kw):
    return render(labelled(*parts).tree, **kw).splitlines()


DOCUMENT = [
    heading("Teamwork"),
    paragraph("The ability to work with others toward shared goals."),
    heading("Key Behaviours", 2),
    item("Shares information."),
    numbered("Asks for help.", 2, depth=1),
]


def test_each_node_is_a_line_indented_by_depth_with_its_label_and_evidence():
    assert lines(*DOCUMENT) == [
        "heading 1 (h1) 'Teamwork'  => COMPETENCY 'Teamwork'  "
        "[a indicators section ('Key Behaviours'); an unlabelled definition under its name]",
        "  paragraph 'The ability to work with others toward shared goals.'  => DEFINITION  "
        "[unlabelled text right under the competency's name]",
        "  heading 2 (h2) 'Key Behaviours'  => SECTION indicators  [the vocabulary's heading for indicators]",
        "    item • 'Shares information.'  => CONTENT indicators  [text of the indicators]",
        "      item 2. depth 1 'Asks for help.'  => CONTENT indicators  [text of the indicators]",
    ]


def test_evidence_can_be_left_out():
    assert lines(*DOCUMENT, evidence=False)[0] == "heading 1 (h1) 'Teamwork'  => COMPETENCY 'Teamwork'"


def test_long_text_is_cut_to_the_width():
    assert lines(*DOCUMENT, evidence=False, width=10)[1] == "  paragraph 'The abili…'  => DEFINITION"


def test_table_rows_and_cells_say_where_they_sit():
    tree = LabelledTree(build(table([["Level", "Behaviour"], ["1", "Listens."]], header_row=True)))
    assert render(tree).splitlines() == [
        "table",
        "  row header",
        "    cell col 1 header",
        "      paragraph 'Level'",
        "    cell col 2 header",
        "      paragraph 'Behaviour'",
        "  row",
        "    cell col 1",
        "      paragraph '1'",
        "    cell col 2",
        "      paragraph 'Listens.'",
    ]


def test_a_label_shows_its_level_name_and_group():
    found = lines(
        heading("Teamwork"), paragraph("Level 1"), item("Hears others."), paragraph("Level 2"), evidence=False
    )
    assert found[1:3] == [
        "  paragraph 'Level 1'  => LEVEL level 'Level 1'",
        "    item • 'Hears others.'  => CONTENT levels level 'Level 1'",  # the label's list hangs under it
    ]


def test_an_empty_tree_renders_as_an_empty_line():
    assert render(LabelledTree(build())) == "\n"
