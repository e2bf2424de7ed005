"""Page furniture: running headers and footers, page numbers and boilerplate are dropped, each with its reason."""

from __future__ import annotations

import pytest

from pipeline.structure.furniture import boilerplate_reason, drop_page_furniture

from .helpers import DOC, VOCAB, blocks, footer, header, paragraph, table


def drop(*parts):
    return drop_page_furniture(blocks(*parts), DOC, VOCAB)


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Page 3 of 10", "page number"),
        ("- 12 -", "page number"),
        ("Customer Service Framework page 4", "running footer with page number"),
        ("Copyright 2020 Acme Ltd", "copyright or preview notice"),
        ("E.ON UK plc. Registered in England and Wales No 2366970.", "copyright or preview notice"),
        ("© Acme", "copyright or preview notice"),
        ("You are free to use and adapt this framework. Please credit Acme.", "copyright or preview notice"),
        ("Back to top", "web page boilerplate"),
        ("Next review due: 14 March 2027", "document control line"),
        ("Version 3 – May 2021", "document control line"),
        ("Posted in Sales Competence | By Sales Consultants", "web page boilerplate"),
        ("By Jane Doe | March 3, 2021", "web page boilerplate"),
        ("..........", "separator line"),
        ("Appendix B", "appendix or exhibit label"),
        ("%d bloggers like this:", "an unfilled web template"),
        ("LinkedIn | Twitter | Facebook | Email", "web page boilerplate"),
        ("Share this article: LinkedIn, X, Email", "web page boilerplate"),
        ("Share this on", "web page boilerplate"),  # a share bar's caption over its links, one per line
        ("Facebook", "web page boilerplate"),
        ("No courses identified at this time.", "a placeholder saying a field is empty"),
        ("None identified.", "a placeholder saying a field is empty"),
        ("1 2 3 4 5 N/A", "a rating scale to circle"),
        ("1 2 3 4 5", "a rating scale to circle"),
        ("Click to find steps to development.", "web page boilerplate"),
        ("Click on a heading to expand it", "web page boilerplate"),
        ("Was this page helpful?", "web page boilerplate"),
        ("Teamwork ________________________________ 8", "table of contents"),
        ("Descriptors continue on the next slide", "continuation notice"),
        ("(Continued on next page)", "continuation notice"),
        ("Continued overleaf", "continuation notice"),
        ("Graduates behaviours icon - active", "an image's text shown in its place"),
        ("TfL logo", "an image's text shown in its place"),
    ],
)
def test_a_boilerplate_line_gets_its_rules_reason(line, reason):
    assert boilerplate_reason(line, VOCAB) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Works with others to achieve shared goals.",
        "Level 3",
        "Teamwork",
        "Pages of the handbook are numbered",
        "Version control is part of the role.",
        "Shares 100% of the findings with the team.",
        "Uses email and LinkedIn to keep in touch with partners.",
        "No formal training required.",
        "N/A",
        "No single person holds every answer.",
        "Registered in England, the charity works with schools.",
        "Clicks to open the case file before the call.",
        "Press to achieve results under pressure.",
        "Name: ______________",
        "Share",  # a value's name ("Share" over "Shares what they know in public channels")
        "Share knowledge with others",
        "Continues to learn from the next generation of staff.",
        "Continued professional development on the job",
        "Designs the icon set for the new website",
        "Iconic leadership",
    ],
)
def test_content_lines_are_no_boilerplate(line):
    assert boilerplate_reason(line, VOCAB) is None


def test_a_number_alone_in_a_table_cell_is_data_not_a_page_number():
    assert boilerplate_reason("12", VOCAB) == "page number"
    assert boilerplate_reason("12", VOCAB, in_table=True) is None


def test_running_headers_and_footers_are_dropped_with_the_regions_reason():
    kept, dropped = drop(header("Acme Framework"), paragraph("Teamwork"), footer("Confidential"))
    assert [b.text for b in kept] == ["Teamwork"]
    assert [(d.text, d.reason) for d in dropped] == [
        ("Acme Framework", "running page header"),
        ("Confidential", "running page footer"),
    ]


def test_what_follows_a_dropped_header_starts_after_a_page_break():
    kept, _ = drop(paragraph("End of page one"), header("Acme Framework"), paragraph("Start of page two"))
    assert [(b.text, b.gap_before) for b in kept] == [("End of page one", False), ("Start of page two", True)]


def test_what_follows_a_kept_line_gets_no_page_break():
    kept, _ = drop(paragraph("One"), paragraph("Two"))
    assert [b.gap_before for b in kept] == [False, False]


def test_a_boilerplate_line_inside_a_block_is_cut_out_and_the_rest_kept():
    kept, dropped = drop(paragraph("Listens to others\n3\nSpeaks clearly"))
    assert [b.text for b in kept] == ["Listens to others\nSpeaks clearly"]
    (line,) = dropped
    assert (line.text, line.reason) == ("3", "page number")
    assert (line.span.start, line.span.end) == (18, 19)  # where the line sat in its block


def test_a_notice_wrapped_over_lines_is_dropped_whole():
    """IFoA's text dump: "© Institute and Faculty of Actuaries. The Institute and Faculty of" / "Actuaries is a royal
    chartered body and a registered charity.": the second line is the notice's too."""
    notice = "© Institute and Faculty of Actuaries. The Institute and Faculty of\nActuaries is a royal chartered body."
    kept, dropped = drop(paragraph("Validation: Able to explain differences."), paragraph(notice))
    assert [b.text for b in kept] == ["Validation: Able to explain differences."]
    assert [d.reason for d in dropped] == ["copyright or preview notice"]


def test_a_block_that_is_all_boilerplate_is_dropped_and_marks_a_page_break():
    kept, dropped = drop(paragraph("Before"), paragraph("Page 4"), paragraph("After"))
    assert [(b.text, b.gap_before) for b in kept] == [("Before", False), ("After", True)]
    assert [d.reason for d in dropped] == ["page number"]


def test_a_blank_paragraph_is_reported_as_empty():
    kept, dropped = drop(paragraph("Text"), paragraph("   "))
    assert [b.text for b in kept] == ["Text"]
    assert [d.reason for d in dropped] == ["empty paragraph"]


def test_an_empty_or_emptied_table_cell_is_kept_to_shape_its_table():
    kept, dropped = drop(table([["", "Page 3"], ["Name", "Value"]]))
    assert [b.text for b in kept] == ["", "", "Name", "Value"]
    assert [d.text for d in dropped] == ["Page 3"]


def test_a_number_in_a_table_cell_is_kept():
    kept, dropped = drop(table([["Year", "2019"], ["Pages", "12"]]))
    assert [b.text for b in kept] == ["Year", "2019", "Pages", "12"]
    assert dropped == []


def test_a_contents_page_without_dot_leaders_is_dropped_where_its_titles_come_again():
    kept, dropped = drop(
        paragraph("CONTENT"),
        paragraph("I. Preamble 1"),
        paragraph("Competence area 1: Ethical Practice 3"),
        paragraph("Competence area 2: Research 4"),
        paragraph("I. Preamble"),
        paragraph("The role of the nurse keeps changing."),
        paragraph("Competence area 1: Ethical Practice"),
        paragraph("Competence area 2: Research"),
        paragraph("Chapter 7 sets out 3"),  # a line ending in a number whose title comes nowhere again
    )
    assert [d.reason for d in dropped] == ["table of contents"] * 4
    assert [b.text for b in kept][0] == "I. Preamble"


def test_lines_ending_in_a_number_in_tables_or_without_their_title_later_are_kept():
    kept, dropped = drop(
        table([["Level 1", "Learns."], ["Level 2", "Applies."], ["Level 3", "Leads."]], number=0),
        table([["Level", "Description"], ["Level 1", "Learns more."]], number=1),  # "Level" again, in a table
        paragraph("Grade 1"),
        paragraph("Grade 2"),
        paragraph("Grade 3"),
    )
    assert dropped == []
