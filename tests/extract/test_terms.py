"""Headings and labels matched against the vocabulary, on their words' lemmas."""

from __future__ import annotations

import pytest

from pipeline.extract.terms import (
    caption,
    document_title,
    field_word,
    field_words,
    is_front_matter,
    numbered_entry,
    related_sentence,
    section_field,
    split_terms,
    wrapped_name,
)

from .helpers import VOCAB


@pytest.mark.parametrize(
    "text, field",
    [
        ("Key Behaviours", "indicators"),
        ("Key Behaviour", "indicators"),  # any inflection
        ("SUGGESTED ACTIVITIES:", "activities"),
        ("3. Suggested activity", "activities"),  # numbering ignored
        ("Suggested Activities (all levels)", "activities"),  # a qualifier ignored
        ("Associated skills", "key_words"),  # OSU: "Associated skills: articulating purpose, ..."
        ("Online Courses", "courses"),  # a qualifier before a one-word field heading
        ("Key exams", "courses"),  # a professional body's exams that teach the competency
        ("Further Readings", "readings"),
        ("Customer Service Quick Tips", "tips"),  # ends with an entry of two words
        ("Why is this important to the University?", "notes"),  # starts with an entry of three words
        ("Proficiency Levels – Customer Service", "levels"),  # an entry before a dash
        ("We will", "indicators"),  # a values framework's promises ...
        ("We will not", "indicators"),  # ... and what its people avoid
        ("BEHAVIORS BY LEADERSHIP LEVEL", "levels"),  # behaviours said to run level by level
        ("Indicators at each career stage", "levels"),
        ("Range Statement", "notes"),  # a competency standard's assessment guidance ...
        ("Examples of Evidence", "notes"),
        ("Underpinning Knowledge", "indicators"),  # ... and what its holder knows
        ("Listen for", "indicators"),  # what an interviewer hears in a good answer
        ("What this means:", "definition"),  # a value's meaning, as councils' frameworks label it
        ("This means…", "indicators"),  # what the competency asks ...
        ("This does not mean…", "indicators"),  # ... and what it does not
        ("Look for:", "indicators"),
        ("Behavioural Scale", "levels"),
        ("Behavioral Definition", "definition"),
        ("Proficiency Level Illustrative Behaviors", "levels"),  # a levels entry, then what the levels hold
        ("What is included in BoK 11?", "indicators"),  # what a body of knowledge's area covers
        ("Example Skills", "key_words"),  # an engineering ladder's skills of a competency
        ("Questions to help you reflect", "notes"),  # a worker's own reflection, not an interview's questions
        ("Links to other capabilities", "related"),
        ("Explanation:", "definition"),  # a rubric's criterion explained
    ],
)
def test_a_heading_opens_the_field_of_its_vocabulary_entry(text, field):
    assert section_field(text, VOCAB) == field


@pytest.mark.parametrize(
    "text",
    [
        "Teamwork",
        "Working with Questions of Ethics",  # a one-word entry inside a name
        "Customer Behaviour Insights",  # an entry's word that does not end the heading
        " ".join(["Definition"] * 15),  # too long for a heading
        "",
    ],
)
def test_a_name_opens_no_field(text):
    assert section_field(text, VOCAB) is None


@pytest.mark.parametrize(
    "text",
    [
        "About this dictionary",
        "How to use this guide",
        "INTRODUCTION:",
        "Table of Contents",
        "Reading the scale",
        "Our Mission",
        "Our Vision and Values",
        "Introduction Questions",  # asked of every candidate, before the competencies' questions
        "Key challenges",  # a position description's own section
        "Format of the Competency Scales",  # how every entry is laid out
        "Understanding the Competencies",
        "Closing the Interview",
        "What is a competency based interview?",  # an interview guide's own explanations
        "Answering with STAR",
        "Our recruitment process",
        "Definition of Success",  # a role profile's own section
        "Ideas for using leadership competencies",  # how the document may be used
        "FRAMEWORK STRUCTURE",  # how the framework's levels and competencies are arranged
        "Recommended citation",  # a publication's colophon
        "Permissions to use",
    ],
)
def test_front_matter_headings(text):
    assert is_front_matter(text, VOCAB)


@pytest.mark.parametrize("text", ["Teamwork", "Overview of the new model", "Aboutness", "Vision"])
def test_headings_that_are_no_front_matter(text):
    assert not is_front_matter(text, VOCAB)


@pytest.mark.parametrize(
    "text",
    [
        "Core Competency Model",
        "Competency Dictionary",
        "Skills Framework for Infocomm Technology",
        "Dictionary of Competencies",
    ],
)
def test_a_title_ending_in_a_kind_of_document_names_the_document(text):
    assert document_title(text, VOCAB)


@pytest.mark.parametrize(
    "text", ["Teamwork", "Role Model Behaviour", "Framework", "Standard 3: Maintains the capability for practice"]
)
def test_a_name_is_no_document_title(text):
    assert not document_title(text, VOCAB)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Development Suggestions for Customer Service", "Customer Service"),
        ("Competency: Teamwork", "Teamwork"),
        ("Teamwork - Competency Profile", "Teamwork"),
        ("How to Be a Customer-Focused Organization", "Customer-Focused Organization"),
        ("Attribute 1: Communication", "Communication"),
        ("Collaboration & Teamwork Competency", "Collaboration & Teamwork"),
        ("3. Teamwork:", "Teamwork"),
        ("Competency 2.3 Communicate clearly when speaking", "Communicate clearly when speaking"),
        ("Competency 1.10: Practise ethically", "Practise ethically"),
        ("Six Competency Levels in Complex Sales", "Complex Sales"),
        ("The Stages of Mastery in Negotiation", "Negotiation"),
        ("Communication – definition", "Communication"),
        ("Adaptability Core Competency", "Adaptability"),
        ("Interview questions assessing Adaptability", "Adaptability"),
        ("Questions to assess Teamwork", "Teamwork"),
        ("Teamwork Interview Questions", "Teamwork"),
        ("Competency - Teamwork", "Teamwork"),
        ("BEHAVIOURAL COMPETENCY: CUSTOMER FOCUS", "CUSTOMER FOCUS"),  # a kind of competency before the colon
        ("Competence area 2: Health Promotion", "Health Promotion"),  # a standard's numbered areas
        ("Practice Domain 3 – Research", "Research"),
        ("Personal Excellence– Supporting Indicators", "Personal Excellence"),  # the name, then its section
        ("BOK 11 Awareness of Indigenous Knowledge Paradigms", "Awareness of Indigenous Knowledge Paradigms"),
        ("CC3: Communicates with impact", "Communicates with impact"),  # a code in capitals, then the name
        ("ICTCYS407 Gather, analyse and interpret threat data", "Gather, analyse and interpret threat data"),  # a unit
        ("SSC/N8103: Perform exploratory data analysis", "Perform exploratory data analysis"),  # a standard's code
        ("A-5.01 Commissions electrical systems", "Commissions electrical systems"),  # a trade standard's sub-task
        ("Standard #1: Visionary Leadership", "Visionary Leadership"),  # the number after a number sign
        ("Core Competency 2 Builds Relational Trust", "Builds Relational Trust"),  # a band's label and name on a line
        ("Behaviours: Curiosity", "Curiosity"),  # a framework calling its competencies behaviours
    ],
)
def test_wrapped_name_unwraps_the_competency_from_its_title(text, name):
    assert wrapped_name(text, VOCAB) == name


def test_a_title_wrapping_a_name_after_a_fields_word_opens_no_section_but_a_levels_section_over_a_name_does():
    """CII: "Behaviours: Curiosity" is the behaviour Curiosity's title; "PROFICIENCY LEVELS: Customer Service" is
    that competency's levels."""
    assert section_field("Behaviours: Curiosity", VOCAB) is None
    assert section_field("PROFICIENCY LEVELS: Customer Service", VOCAB) == "levels"


@pytest.mark.parametrize(
    "text",
    [
        "Core Competency",
        "Leadership Capability",
        "Teamwork",
        "How To Build and Maintain a Community",
        "Competency-based interview questions",  # a kind of question, and no "based interview questions"
        "Behavioural Interview Questions",
        "Sample Interview Questions",
        "ISO Standards",  # capitals and no number: a name
        "APS 6 Leadership",  # a code before one word: too little left to be a name
        "Competency 2 builds trust",  # a number, then no name in capitals
    ],
)
def test_a_kind_of_competency_or_a_title_whose_name_would_start_with_and_wraps_no_name(text):
    assert wrapped_name(text, VOCAB) == text


def test_related_sentence_gives_what_follows_related_to_when_it_lists_names():
    assert related_sentence("This is closely related to Customer Focus and Teamwork.", VOCAB) == (
        " Customer Focus and Teamwork."
    )
    assert related_sentence("See also Teamwork", VOCAB) == " Teamwork"


@pytest.mark.parametrize(
    "text", ["It is related to the goals you are trying to achieve.", "Works with others.", "Related matters: none"]
)
def test_a_sentence_that_names_no_competencies_is_no_related_sentence(text):
    assert related_sentence(text, VOCAB) is None


@pytest.mark.parametrize("text", ["The competency requires:", "The following are examples:", "Includes:"])
def test_a_caption_introduces_a_list_without_naming_a_field(text):
    assert caption(text, VOCAB)


@pytest.mark.parametrize("text", ["Examples:", "The competency requires", "Key Behaviours:"])
def test_lines_that_are_no_caption(text):
    assert not caption(text, VOCAB)


def test_split_terms_splits_a_key_word_line_at_its_separators():
    assert split_terms("Trustworthy, Consistency; Steadfast | Fair • Open.") == [
        "Trustworthy",
        "Consistency",
        "Steadfast",
        "Fair",
        "Open",
    ]
    assert split_terms(" ; , ") == []


def test_field_words_are_the_fields_a_headings_one_word_entries_name():
    assert field_words("Specific Behaviors that Demonstrate Competence", VOCAB) == {"indicators"}
    assert field_words("Behaviour definition", VOCAB) == {"indicators", "definition"}
    assert field_word("Behaviour definition", VOCAB) is None  # two fields: none of them
    assert field_word("Indicators of Attainment", VOCAB) == "indicators"
    assert field_words("Values and Ethics", VOCAB) == set()


def test_do_and_dont_head_a_values_list_only_as_the_whole_heading():
    """Gloucestershire: "Do" over what each behaviour means we do; but Chesterfield's "Can do – changing and
    improving ..." names a value, and "How do leaders demonstrate this?" asks a question."""
    assert section_field("Do", VOCAB) == "indicators"
    assert section_field("Don't", VOCAB) == "indicators"
    assert section_field("Can do – changing and improving", VOCAB) is None
    assert section_field("Can do", VOCAB) is None
    assert field_words("How do First Appointment Leaders Demonstrate This Competency?", VOCAB) == set()
    assert field_words("What we don't accept", VOCAB) == set()


@pytest.mark.parametrize("text", ["Competencies", "Capabilities", "Core Competencies"])
def test_a_heading_naming_the_kind_of_its_entries_names_no_competency(text):
    assert document_title(text, VOCAB)


@pytest.mark.parametrize(
    "text, field",
    [
        ("Behavioural indicators to listen for", "indicators"),
        ("Questions and probes", "interview_questions"),
        ("Example question", "interview_questions"),  # a column header over one question a row (Lancashire)
        ("Development Suggestions for Customer Service", None),  # a title naming the competency
        ("Proficiency Levels for Leadership Competencies", None),
    ],
)
def test_a_known_section_followed_by_a_short_phrase_opens_that_section(text, field):
    assert section_field(text, VOCAB) == field


@pytest.mark.parametrize(
    "text, numbered",
    [
        ("Standard 6: Provides safe, effective and evidence-based nursing care to people of all ages", True),
        ("Competency 2.3 Communicate clearly when speaking", True),
        ("Competency: Teamwork", False),  # a title, but not numbered
        ("Provides safe, effective and evidence-based nursing care to people of all ages", False),
        ("2. Practise within the legal and ethical boundaries of their profession", True),  # a typed number
        ("B) Recognise the impact of culture, equality and diversity on practice", True),
        ("3. Why these standards matter and how to read them.", False),  # a sentence, not a name
    ],
)
def test_a_heading_numbered_by_the_kind_of_its_entry_is_a_numbered_entry(text, numbered):
    assert numbered_entry(text, VOCAB) is numbered


@pytest.mark.parametrize("text", ["About the Competency Catalogue", "About this Framework", "About our values"])
def test_a_heading_about_the_document_is_front_matter(text):
    assert is_front_matter(text, VOCAB)


def test_tips_for_understanding_a_competency_name_that_competency():
    assert wrapped_name("Tips for understanding Adaptability", VOCAB) == "Adaptability"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Collaboration & Teamwork Competency", "Collaboration & Teamwork"),
        ("ADAPTABILITY CORE COMPETENCY", "ADAPTABILITY"),
        ("Veterinary capability", "Veterinary capability"),  # sentence case: the kind's word is part of the name
    ],
)
def test_a_title_wraps_a_name_in_a_kind_word_set_as_a_title_is(title, name):
    assert wrapped_name(title, VOCAB) == name


def test_a_definition_heading_of_the_competency_opens_the_definition_but_a_definition_of_terms_does_not():
    assert section_field("Definition of the planning competency", VOCAB) == "definition"
    assert section_field("Description of this capability", VOCAB) == "definition"
    assert section_field("Definition of Terms", VOCAB) is None
    assert section_field("Description of Levels", VOCAB) is None


def test_a_competency_named_in_the_singular_in_sentence_case_is_no_document_title():
    assert not document_title("Planning competency", VOCAB)
    assert not document_title("Client service competency", VOCAB)
    assert document_title("CGMA Competency", VOCAB)  # set as a title: the framework's
    assert document_title("Core competency", VOCAB)  # a kind
    assert document_title("Core competencies", VOCAB)


def test_an_acronym_naming_the_field_of_work_qualifies_a_sections_words():
    """CNAM: "Related AM Competencies" is the related section, as "Related Competencies" is."""
    assert section_field("Related AM Competencies:", VOCAB) == "related"
    assert section_field("Related Competencies", VOCAB) == "related"


def test_questions_put_to_the_reader_open_notes_not_interview_questions():
    """LEADS's "Coaching questions", Coventry's "Questions to ask yourself": prompts for the reader, kept as
    narrative (no field of the contract holds them); "Interview Questions" are put to a candidate."""
    assert section_field("Coaching questions", VOCAB) == "notes"
    assert section_field("Questions to ask yourself", VOCAB) == "notes"
    assert section_field("Interview Questions", VOCAB) == "interview_questions"
