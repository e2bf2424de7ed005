"""The pure text functions, on the shapes real documents give them."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.citations import from_table_row, parse_citation, split_authors
from pipeline.extract.related import split_related
from pipeline.extract.scale import parse_level as match_level
from pipeline.extract.terms import section_field
from pipeline.model.errors import one_line
from pipeline.model.records import name_key
from pipeline.structure.label_lines import split_label
from pipeline.vocab.language import is_imperative, is_word, sentences
from pipeline.vocab.text import (
    clean_bullet,
    fold,
    fold_words,
    heading_key,
    heading_text,
    join_lines,
    margin_key,
    slug,
    strip_glyph_prefix,
    strip_outline_code,
)
from pipeline.vocab.vocabulary import load_vocabulary

TABLES = load_vocabulary()


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("• Systematically ensures quality service.", "Systematically ensures quality service."),
        ("\uf0b7 Shows positive attitudes", "Shows positive attitudes"),
        ("- 1. Listens to and responds", "Listens to and responds"),
        ("12) Keeps records", "Keeps records"),
        ("o Establish rapport", "Establish rapport"),
        ("– Tends to avoid the customer.", "Tends to avoid the customer."),
        ("Organizes work", "Organizes work"),
        ("2002.", "2002."),
    ],
)
def test_clean_bullet(raw, clean):
    assert clean_bullet(raw) == clean


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("1A2. Recognizes quantitative data", "Recognizes quantitative data"),
        ("6.1 Plans the work of the team", "Plans the work of the team"),
        ("OB 0.1 Listens to others", "Listens to others"),
        ("A-5.01.01P verify that installation is complete", "verify that installation is complete"),
        ("2.1a Show empathy toward the individual", "Show empathy toward the individual"),  # AACN's sub-competency
        ("2.5x faster than before", "2.5x faster than before"),
        ("4.5 days", "4.5 days"),  # a quantity, not a clause number
        ("1.5 hours online", "1.5 hours online"),
    ],
)
def test_strip_outline_code_keeps_quantities(raw, clean):
    assert strip_outline_code(raw) == clean


@pytest.mark.parametrize(
    "lines, joined",
    [
        (
            ["Assists the customer in identification, process and follow-", "through."],
            "Assists the customer in identification, process and follow-through.",
        ),
        (["Supports the develop-", "ment of staff."], "Supports the development of staff."),
        (
            ["Keeps the customer up-to-date about projects", "and important issues"],
            "Keeps the customer up-to-date about projects and important issues",
        ),
        (["Uses evidence", "", "to decide."], "Uses evidence to decide."),
        (["Officials at levels 6–", "10"], "Officials at levels 6–10"),  # a range broken after its dash
        (["Grades 1 –", "3 apply."], "Grades 1 – 3 apply."),  # a dash set apart stays apart
    ],
)
def test_join_lines_undoes_only_word_splitting_hyphens(lines, joined):
    assert join_lines(lines, is_word=is_word) == joined


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Responsiveness & Follow-up", "responsiveness-follow-up"),
        ("Customer Focus", "customer-focus"),
        ("Decision Making & Problem Solving", "decision-making-problem-solving"),
        ("Café  Culture!", "cafe-culture"),
    ],
)
def test_slug(name, expected):
    assert slug(name) == expected


@pytest.mark.parametrize(
    "heading, field",
    [
        ("Definition", "definition"),
        ("DEFINITION:", "definition"),
        ("3.1 Definition", "definition"),
        ("Suggested Activity", "activities"),
        ("Key Actions", "indicators"),
        ("Development Opportunities", "activities"),
        ("Steps towards development:", "activities"),
        ("Individual Learning Plan Suggestions", "activities"),  # over its own sections: activities, training
        ("Other words employers use:", "key_words"),
        ("PROFICIENCY LEVELS: Customer Service Orientation", "levels"),
        ("Customer Service Quick Tips:", "tips"),
        ("Behavioral-Based Interviewing Questions", "interview_questions"),
        ("(Books", "readings"),
        ("Why is this important to the University?", "notes"),
        ("Recognizing the Customer", None),
    ],
)
def test_section_field(heading, field):
    assert section_field(heading, TABLES) == field


def test_labelled_paragraph_keeps_its_content_inline():
    term, body = split_label("Key Words: Customer Awareness; Customer Requirements;")
    assert (section_field(term, TABLES), body) == ("key_words", "Customer Awareness; Customer Requirements;")


@pytest.mark.parametrize(
    "label, order, numeric",
    [
        ("Proficiency Level 5", 5, True),
        ("LEVEL II", 2, True),
        ("Level 3: Intermediate", 3, True),
        ("5 - Expert", 5, True),
        ("Level B", 2, False),
        ("Advanced", 4, False),
        ("Supervisor", 1, False),
    ],
)
def test_match_level(label, order, numeric):
    level = match_level(label, TABLES)
    assert level is not None and level.order == order and level.numeric is numeric and level.label == label


@pytest.mark.parametrize("text", ["1) SHARING KNOWLEDGE", "Leadership", "Level of effort required", "Page 2"])
def test_not_a_level(text):
    assert match_level(text, TABLES) is None


def test_grade_labels_are_levels_only_in_table_headers():
    assert match_level("APS 4", TABLES) is None
    assert match_level("APS 4", TABLES, header=True).order == 4


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Customer Focus, Verbal and Written communication.",
            ["Customer Focus", "Verbal Communication", "Written Communication"],
        ),
        (
            "Results Orientation, Accountability and Problem Solving.",
            ["Results Orientation", "Accountability", "Problem Solving"],
        ),
        (
            "Partnering, Political Savvy and Oral and Written Communication.",
            ["Partnering", "Political Savvy", "Oral Communication", "Written Communication"],
        ),
    ],
)
def test_split_related(text, names):
    assert split_related(text) == names


@pytest.mark.parametrize(
    "text, title, authors, publisher, year, description",
    [
        (
            "Calming Upset Customers by R. Morgan & M. G. Crisp (Crisp Pubns, 1998). Learn what gets customers upset.",
            "Calming Upset Customers",
            ["R. Morgan", "M. G. Crisp"],
            "Crisp Pubns",
            1998,
            "Learn what gets customers upset.",
        ),
        (
            "Smith, J. A., & Lee, C. (2004). Leading in hard times. New York: Harbor Press.",
            "Leading in hard times",
            ["Smith, J. A.", "Lee, C."],
            "Harbor Press",
            2004,
            None,
        ),
        (
            "Steering Through Uncertainty, Helen Okafor and Tom Westbrook (2013): why change stalls.",
            "Steering Through Uncertainty",
            ["Helen Okafor", "Tom Westbrook"],
            None,
            2013,
            "why change stalls.",
        ),
    ],
)
def test_parse_citation(text, title, authors, publisher, year, description):
    c = parse_citation(text)
    assert (c.title, c.authors, c.publisher, c.year, c.description) == (title, authors, publisher, year, description)


def test_reading_table_row():
    c = from_table_row("Fish Tales", "Stephen C. Lundlin, John Christensen and Harry Paul/Hyperion, 2002.")
    assert (c.title, c.authors, c.publisher, c.year) == (
        "Fish Tales",
        ["Stephen C. Lundlin", "John Christensen", "Harry Paul"],
        "Hyperion",
        2002,
    )
    assert split_authors("Performance Research Associates") == ["Performance Research Associates"]


def test_sentences_keep_abbreviations_and_initials():
    assert sentences("Decides quickly, e.g. in a crisis, etc. Then reviews. By A. B. Author.") == [
        "Decides quickly, e.g. in a crisis, etc.",
        "Then reviews.",
        "By A. B. Author.",
    ]


@pytest.mark.parametrize(
    "sentence, imperative",
    [
        ("Conduct surveys, focus groups, and interviews.", True),
        ("Take time to train others.", True),
        ("Listening demonstrates respect.", False),
        ("Every interaction counts.", False),
        ("Develops plans for the team.", False),
        ("How much support have they given?", False),
        ("Always demonstrate you care", True),  # an adverb before the verb
        ("Always a pleasure.", False),
    ],
)
def test_is_imperative(sentence, imperative):
    assert is_imperative(sentence) is imperative


def test_glyph_prefix_of_a_symbol_font_heading():
    assert strip_glyph_prefix("(Recognizing the Customer") == "Recognizing the Customer"
    assert strip_glyph_prefix("(Optional) notes") == "(Optional) notes"
    assert heading_key("3. Suggested Activities:") == "suggested activities"
    assert heading_text("» Empathy") == "Empathy"  # a guillemet set before each capability's name


# --- the one fold --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Customer  Focus", "customer focus"),
        ("  CUSTOMER\u00a0focus\n", "customer focus"),  # NBSP and a line break are white space
        ("Stra\u00dfe", "strasse"),  # casefold, not lower
        ("Cafe\u0301", "caf\u00e9"),  # a decomposed accent composed
        ("\ufb01nancial", "financial"),  # a ligature as letters
        ("Self-Awareness.", "self-awareness."),  # punctuation kept
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Self-Awareness.", "self awareness"),
        ("  “Quoted” — text!  ", "quoted text"),
        ("snake_case stays", "snake_case stays"),  # "_" is a word character
        ("...", ""),
    ],
)
def test_fold_words(text, folded):
    assert fold_words(text) == folded


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_fold_is_the_models_name_key_and_fold_words_is_fold_without_punctuation(text):
    assert fold(text) == name_key(text)
    # what dataset.assemble and dataset.changes folded with before they shared `fold_words`
    assert fold_words(text) == re.sub(r"\W+", " ", unicodedata.normalize("NFKC", text).casefold()).strip()


@pytest.mark.parametrize(
    "text, limit, line",
    [
        ("a\nlibrary's\tmessage\x00 ", None, "a library's message"),
        ("x" * 10, 5, "xxxx…"),
        ("x" * 5, 5, "xxxxx"),
    ],
)
def test_one_line(text, limit, line):
    assert one_line(text, limit) == line


def test_names_in_other_scripts_keep_an_id():
    """A competency named in Cyrillic or Japanese was silently dropped (its slug was empty): transliterated now."""
    from pipeline.vocab.text import slug

    assert slug("Лидерство") == "liderstvo"
    assert slug("日本語") == "ri-ben-yu"
    assert slug("Straße & Co") == "strasse-co"
    assert slug("Responsiveness & Follow-up") == "responsiveness-follow-up"
    assert slug("???").startswith("c-") and slug("???") == slug("???")


@pytest.mark.parametrize(
    "text, key",
    [
        (".2 Definition", "definition"),  # a code relative to the heading above (a handbook's section parts)
        (".3 Effectiveness Measures:", "effectiveness measures"),
        ("(a) Key Behaviours", "key behaviours"),
        ("b) Key Behaviours", "key behaviours"),
        ("(iv) Courses", "courses"),
        ("a plain heading", "a plain heading"),  # a lower-case word is no code
    ],
)
def test_heading_key_drops_relative_and_bracketed_numbering(text, key):
    assert heading_key(text) == key


def test_heading_key_drops_a_lettered_outline_code():
    assert heading_key("C 4.2 Communication") == "communication"
    assert heading_key("APS 4 Manager") == "aps 4 manager"  # a grade, not an outline code


@pytest.mark.parametrize(
    "text, bare",
    [
        ("🖊️ Writing Code", "Writing Code"),  # an emoji with its variation selector
        ("🧑\u200d💻 Software Engineer", "Software Engineer"),  # joined emoji
        ("⭐ Star performer", "Star performer"),
        ("Teamwork 🚀", "Teamwork 🚀"),  # only a leading pictograph goes
        ("C++ Programming", "C++ Programming"),
    ],
)
def test_a_pictograph_before_a_heading_is_decoration(text, bare):
    assert strip_glyph_prefix(text) == bare


def test_a_run_in_heads_full_stop_is_no_part_of_its_name_but_an_abbreviations_is():
    from pipeline.vocab.text import heading_text

    assert heading_text("Technology.") == "Technology"
    assert heading_text("Patient/Family Education.") == "Patient/Family Education"
    assert heading_text("Smith & Co.") == "Smith & Co."
    assert heading_text("Supports the team in all that it does every day.") == (
        "Supports the team in all that it does every day."
    )  # a sentence keeps its full stop


@pytest.mark.parametrize(
    "even, odd",
    [
        ("12 | Leadership Framework 2018", "Leadership Framework 2018 | 13"),
        ("4 • Competency Dictionary", "Competency Dictionary • 5"),
        ("DFID Core Competency Framework 2", "DFID Core Competency Framework 3"),
    ],
)
def test_a_running_footer_has_one_key_whichever_side_its_page_number_stands(even, odd):
    assert margin_key(even) == margin_key(odd)


def test_margin_keys_of_different_footers_differ():
    assert margin_key("12 | Leadership Framework") != margin_key("12 | Values Framework")


@pytest.mark.parametrize(
    ("heading", "bare"),
    [
        ("I.Team Membership Skills", "Team Membership Skills"),
        ("2.Communication", "Communication"),
        ("I.T. Skills", "I.T. Skills"),
        ("1 - BUILDS RELATIONSHIPS", "BUILDS RELATIONSHIPS"),
        ("360 - Feedback", "360 - Feedback"),
    ],
)
def test_a_number_typed_without_its_space_is_no_part_of_the_heading(heading, bare):
    assert heading_text(heading) == bare


@pytest.mark.parametrize(
    "text, name",
    [
        ("“Collaborating & Partnership”", "Collaborating & Partnership"),  # a name printed in quotes as a whole
        ("Behavioral Descriptors (cont.):", "Behavioral Descriptors"),  # printed again on the next slide
        ("Teamwork (continued)", "Teamwork"),
        ("Leadership – continued", "Leadership"),
        ('"Yes, and" thinking', '"Yes, and" thinking'),  # a quotation inside a name stays
    ],
)
def test_heading_text_drops_a_continuation_mark_and_quotes_around_the_whole_name(text, name):
    assert heading_text(text) == name
