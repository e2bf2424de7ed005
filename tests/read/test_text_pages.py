"""A plain text exported from a paged document: its form feeds are page breaks (each block says its page), and the
lines that end or start every page with only a number changing are its running footers and headers."""

from __future__ import annotations

from pathlib import Path

from pipeline.model.blocks import Region
from pipeline.read import text as text_reader

PAGES = (
    "FRAMEWORK\n\nWORKING WITH OTHERS\n\nWorks with colleagues to reach shared goals.\n\n"
    "Core Competency Framework                                  1"
    "\fLEVEL 1\n  - Shares information with colleagues\n\n"
    "Core Competency Framework                                  2\n"
    "\fLEVEL 2\n  - Builds relationships across teams\n\n"
    "Core Competency Framework                                  3\n"
)


def read(text: str):
    return text_reader.read(Path("export.txt"), text.encode("utf-8")).blocks


def test_a_form_feed_is_a_page_break_even_where_the_last_line_runs_into_it():
    blocks = read(PAGES)
    level = next(b for b in blocks if b.text == "LEVEL 1")  # not "Core Competency Framework 1 LEVEL 1"
    assert level.page == 2
    assert next(b for b in blocks if b.text == "LEVEL 2").page == 3
    assert level.indent == 0  # the form feed is no indentation


def test_a_line_ending_every_page_with_only_its_number_changing_is_a_running_footer():
    footers = [b for b in read(PAGES) if b.text.startswith("Core Competency Framework")]
    assert len(footers) == 3
    assert all(b.region is Region.FOOTER for b in footers)


def test_a_text_without_form_feeds_has_no_pages_and_no_footers_by_position():
    blocks = read(PAGES.replace("\f", "\n"))
    assert all(b.page is None and b.region is Region.BODY for b in blocks)


TSV = (
    "Competency Framework - 4D Model\t\t\t\n"
    "\t\t\t\n"
    "Competency\tDescription\tLevel II\tLevel I\n"
    "a. Think strategically\tSets the direction.\tFormulates strategies\t"
    '"Understands the vision\nof the organization"\n'
    "\t\tAnticipates trends\tPrepares own plan\n"
)


def test_a_spreadsheet_saved_as_tab_delimited_text_is_read_as_a_table():
    blocks = read(TSV)
    assert [(b.kind.value, b.text) for b in blocks[:1]] == [("paragraph", "Competency Framework - 4D Model")]
    cells = [(b.cell.row, b.cell.col, b.text) for b in blocks if b.cell is not None and b.text]
    assert cells[:4] == [(1, 1, "Competency"), (1, 2, "Description"), (1, 3, "Level II"), (1, 4, "Level I")]
    assert (2, 4, "Understands the vision of the organization") in cells  # a quoted cell over two lines
    assert (3, 3, "Anticipates trends") in cells
    assert all(b.cell.header == (b.cell.row == 1) for b in blocks if b.cell is not None)


def test_text_with_a_few_tabs_is_not_a_spreadsheet():
    blocks = read("Teamwork\n\nWorks well with others.\tAlways.\t\nShares information.\n")
    assert all(b.cell is None for b in blocks)


EXPORT = (
    "                 The Competency Map\n\n3. Communicating\n\nCommunicating is sharing information.\n\n"
    "   3.1  Adapts communication to the needs of the audience, including the level\n"
    "        of detail used\n"
    "   3.2  Writes reports that are well organized\n\n"
    "                        16\f                 The Competency Map\n\n4. Managing Self\n\n"
    "   4.1  Shows self-awareness\n   4.2  Plans and manages time\n\n"
    "                        17\f                 The Competency Map\n\nEnd.\n"
)


def test_an_outline_code_set_in_from_the_margin_numbers_a_list_item_and_a_title_on_every_page_is_a_header():
    blocks = read(EXPORT)
    items = [(b.marker, b.text) for b in blocks if b.kind.value == "list_item"]
    assert items == [
        ("3.1", "Adapts communication to the needs of the audience, including the level\nof detail used"),
        ("3.2", "Writes reports that are well organized"),
        ("4.1", "Shows self-awareness"),
        ("4.2", "Plans and manages time"),
    ]
    headers = [b for b in blocks if b.text == "The Competency Map"]
    assert len(headers) == 3 and all(b.region is Region.HEADER for b in headers)
    assert next(b for b in blocks if b.text == "3. Communicating").kind.value != "list_item"  # at the margin


TWO_LINE_HEADER = (
    "Nursing Board\nRegistered nurse standards\n\n\nRegistered nurse standards\n\nIntroduction text here.\n\n"
    "\fNursing Board\nRegistered nurse standards\n\n\nStandard 1: Thinks critically\n\n"
    "1.1  finds, analyses and uses the best available evidence for safe practice\n"
    "1.2  develops practice by reflecting on experiences\n\n"
    "\fNursing Board\nRegistered nurse standards\n\n\nStandard 2: Engages in relationships\n\n"
    "2.1  establishes relationships in ways that keep boundaries clear between roles\n"
    "2.2  communicates effectively and respects each person\n"
)


def test_a_running_header_of_two_lines_is_dropped_whole_but_the_title_below_it_stays():
    blocks = read(TWO_LINE_HEADER)
    headers = [b for b in blocks if b.region is Region.HEADER]
    assert {b.text for b in headers} == {"Nursing Board", "Registered nurse standards"}
    assert len(headers) == 6
    assert any(b.text == "Registered nurse standards" and b.region is Region.BODY for b in blocks)  # the title


def test_lines_opening_with_outline_numbers_are_not_joined_as_a_wrapped_line():
    texts = [b.text for b in read(TWO_LINE_HEADER)]
    assert any(t.startswith("2.1") for t in texts)
    assert not any("2.1" in t and "2.2" in t for t in texts)
    assert not any("1.1" in t and "1.2" in t for t in texts)


def test_a_label_alone_on_its_line_is_not_joined_to_the_full_line_above_it():
    # "Definition: ..." fills the text's width, yet "Behavioural indicators:" opens a field of its own
    text = (
        "Competency: Teamwork\n"
        "Definition: Works with others to reach shared goals and supports colleagues.\n"
        "Behavioural indicators:\n"
        "* Shares information freely\n"
    )
    texts = [b.text for b in read(text)]
    assert "Behavioural indicators:" in texts
    assert "Definition: Works with others to reach shared goals and supports colleagues." in texts


def test_a_line_opening_both_pages_of_a_two_page_export_is_a_running_header_though_it_has_no_number():
    text = (
        "Assessment of Competence          Requirements and Competencies\n\n\nClient care\n\n"
        "Description: The principles of client care.\nLevel 1: Knows the principles of client care.\n\n"
        "                                   23\n"
        "\fAssessment of Competence          Requirements and Competencies\n\n\n"
        "Level 2: Applies the principles of client care.\n"
    )
    heads = [b for b in read(text) if b.text.startswith("Assessment of Competence")]
    assert len(heads) == 2 and all(b.region is Region.HEADER for b in heads)
    assert next(b for b in read(text) if b.text == "Client care").region is not Region.HEADER


COPIED_FROM_A_VIEWER = (
    "2.2 Find sources of information that are relevant and suitable, including the assets and\n"
    "resources of the community.\n"
    "2.3 Gather, store and use information that is accurate and\n"
    "2\n"
    "Core Competencies for Public Health: Release 1.0\n"
    "fit for purpose.\n"
    "3.1 Set out a range of options for dealing with a particular public health issue, and draw\n"
    "up an implementation plan that takes account of the relevant evidence and procedures.\n"
    "3.2 Put a program into effect.\n"
    "3\n"
    "Core Competencies for Public Health: Release 1.0\n"
    "4.1 Recognize potential partners.\n"
    "4\n"
    "Core Competencies for Public Health: Release 1.0\n"
)


def test_a_line_printed_page_after_page_beside_a_page_number_is_a_running_footer_with_no_form_feeds():
    """Text copied out of a PDF viewer: each page's number and footer land in the flow."""
    blocks = read(COPIED_FROM_A_VIEWER)
    footers = [b for b in blocks if b.text.startswith("Core Competencies for Public Health")]
    assert len(footers) == 3 and all(b.region is Region.FOOTER for b in footers)


def test_a_clause_number_after_a_finished_sentence_starts_a_line_of_its_own():
    # "... procedures." fills the width, yet "3.2 Put a program ..." is the next clause, not its wrapped line
    texts = [b.text for b in read(COPIED_FROM_A_VIEWER)]
    assert "3.2 Put a program into effect." in texts
