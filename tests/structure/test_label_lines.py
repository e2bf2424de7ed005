"""A line that opens with a short label and goes on with its content is split into label and content."""

from __future__ import annotations

import pytest

from pipeline.structure.label_lines import names_its_entry, numbered_entry_title, split_label


@pytest.mark.parametrize(
    "line, parts",
    [
        ("Definition: Works well with others.", ("Definition", "Works well with others.")),
        # a letter typed before an entry numbers it; it is no part of the label
        (
            "A. Customer Service - Foreseeing what customers need.",
            ("Customer Service", "Foreseeing what customers need."),
        ),
        ("Level 2: Builds rapport with clients.", ("Level 2", "Builds rapport with clients.")),
        ("Level 1 – Expresses ideas clearly.", ("Level 1", "Expresses ideas clearly.")),
        ("Novice - Follows instructions.", ("Novice", "Follows instructions.")),
        ("Key Skills: listening | speaking", ("Key Skills", "listening | speaking")),
        ("Followership--Coast Guard people support leaders.", ("Followership", "Coast Guard people support leaders.")),
        ("“Quoted term”: its content", ("“Quoted term”", "its content")),
        # a key's spaced equals sign between a name and what it stands for
        ("Awareness = able to recognize the basics.", ("Awareness", "able to recognize the basics.")),
        # the kind of entry before the colon, then the entry's name and its definition
        ("COMPETENCY: Cognitive Skills - Uses sound judgment.", ("Cognitive Skills", "Uses sound judgment.")),
    ],
)
def test_a_short_label_before_a_colon_or_spaced_dash_is_split_off(line, parts):
    assert split_label(line) == parts


def test_a_bold_lead_in_is_the_label_when_the_line_goes_on():
    assert split_label("Core question: What does success look like?", lead="Core question:") == (
        "Core question",
        "What does success look like?",
    )
    assert split_label("Listening carefully helps everyone.", lead="Listening carefully") == (
        "Listening carefully",
        "helps everyone.",
    )


def test_a_bold_line_with_nothing_after_it_is_no_label():
    assert split_label("Teamwork", lead="Teamwork") is None


def test_a_long_bold_lead_in_is_no_label_but_a_colon_after_few_words_still_is():
    lead = "When you are working with people from many other teams"
    assert split_label(lead + " you listen.", lead=lead) is None
    assert split_label("Note: " + lead + ".", lead="Note: " + lead) == ("Note", lead + ".")


@pytest.mark.parametrize(
    "line",
    [
        "Works with colleagues across the organisation to reach shared goals.",  # no label at all
        "The person in this role will always need to: plan ahead",  # too many words before the colon
        "note: a lower-case start",  # a label starts with a capital or a digit
        "He said so. Then: it happened",  # a sentence before the colon
        "http: //example.com",  # a link
        "10: 30 meeting",  # a time
        "9 am: breakfast",
        "Follow-up with the client",  # a hyphen without spaces
        "Name--lower-case text after a double hyphen",
        "Excellent Employee (16 – 20 points)",  # a dash inside brackets joins a range
        "E=mc2 is a formula",  # an equals sign without spaces
        "1 = Not at all",  # a number alone is no label
        "Level I = Junior management; Level II = Middle management",  # a key run together on one line
    ],
)
def test_lines_that_are_no_label_and_content(line):
    assert split_label(line) is None


def test_a_title_naming_the_kind_of_page_after_its_colon_is_no_label():
    assert split_label("Planning and Organising: Competency Profile") is None
    assert split_label("Teamwork: Development Guide") is None
    assert split_label("Definition: Works well with others.") == ("Definition", "Works well with others.")


def test_a_line_naming_the_competency_after_competency_colon_is_a_title_not_a_label():
    assert split_label("Competency: Vendor Management") is None
    assert split_label("Competency Name: Vendor Management") is None
    assert split_label("Competency: the ability to manage vendors well.") is not None  # a sentence: its value


def test_an_entry_numbered_by_its_kind_before_its_name_is_a_title_not_a_label():
    """NMBA: "Standard 1: Thinks critically and analyses nursing practice" names the entry; its kind and number
    are no field's label."""
    assert split_label("Standard 1: Thinks critically and analyses nursing practice") is None
    assert split_label("Domain 2 – Leadership and Management") is None
    assert numbered_entry_title("Standard 3: Maintains the capability for practice")
    assert not numbered_entry_title("Standard: the level every nurse meets.")
    assert split_label("Standard 1: the nurse finds and uses the best evidence.") is not None  # a sentence


def test_a_line_saying_it_names_a_competency_before_its_name_and_definition():
    assert names_its_entry("COMPETENCY: Cognitive Skills - Uses sound judgment.")
    assert not names_its_entry("Competency: Vendor Management")  # a title, no definition after a dash
    assert not names_its_entry("Definition: Builds trust - always.")


def test_a_kind_and_number_closed_by_a_full_stop_opens_an_entry_title():
    """NPBEA: "Standard 1. Mission, Vision, and Core Values"; "Figure 2. ..." names no entry."""
    assert numbered_entry_title("Standard 1. Mission, Vision, and Core Values")
    assert not numbered_entry_title("Figure 2. Levels of the framework")
    assert not numbered_entry_title("Standard 1. mission and vision")


def test_content_printed_whole_in_brackets_after_its_label_is_the_text_inside_them():
    assert split_label("Meets Expectations: (Comes to work on time. Plans ahead for absences.)") == (
        "Meets Expectations",
        "Comes to work on time. Plans ahead for absences.",
    )
    assert split_label("Learner – (Needs clear instructions.)", lead="Learner") == (
        "Learner",
        "Needs clear instructions.",
    )
    # brackets that close before the end enclose a part only
    assert split_label("Resources: (i.e., time) and material.") == ("Resources", "(i.e., time) and material.")


def test_a_kind_and_outline_number_before_a_name_title_an_entry():
    assert numbered_entry_title("Competency 2.2 Carries out a thorough and accurate nursing assessment")
    assert not numbered_entry_title("Section 2 covers the assessment")
