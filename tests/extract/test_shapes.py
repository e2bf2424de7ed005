"""What a piece of text is by its shape: the content evidence the labeller weighs where no heading names a field."""

from __future__ import annotations

import pytest

from pipeline.extract.shapes import (
    format_field,
    is_advice,
    is_behaviour,
    is_citation,
    is_course,
    is_question,
    is_requirement,
    reads_as_definition,
    sentence_like,
    short_phrase,
    states_what_one_does,
    unterminated_sentence,
)


@pytest.mark.parametrize(
    "text", ["How do you handle conflict?", "Tell me about a time you led a team.", "Describe a time when you failed."]
)
def test_a_question_asks_or_asks_for_an_account(text):
    assert is_question(text)


@pytest.mark.parametrize("text", ["Describe it", "Can you", "Builds trust with clients.", "Describe a situation.", ""])
def test_a_short_opener_or_a_statement_is_no_question(text):
    assert not is_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "Covey, S. R. (1989). The 7 habits of highly effective people. Free Press.",
        "The Speed of Trust by Stephen Covey (Free Press, 2006).",
    ],
)
def test_a_citation_names_authors_and_a_year(text):
    assert is_citation(text)


@pytest.mark.parametrize(
    "text", ["Builds trust with clients.", "Crucial Conversations (PDF)", "Leading Teams by Jane Doe"]
)
def test_a_title_without_a_year_or_a_sentence_is_no_citation(text):
    assert not is_citation(text)


@pytest.mark.parametrize(
    "text, advice",
    [
        ("Ask for feedback from peers.", True),
        ("Volunteer to lead a project.", True),
        ("Builds trust.", False),
        ("The team listens.", False),
        ("Listening to others.", False),
        # an instruction after a phrase saying when or where (uOttawa's "On your own" suggestions)
        ("Before sending an important email, reread it from the reader's point of view.", True),
        ("In conversations, restate the other person's main point.", True),
        ("During meetings, the chair listens.", False),
        ("In 2019, the team grew.", False),
    ],
)
def test_advice_is_a_sentence_in_the_imperative(text, advice):
    assert is_advice(text) is advice


@pytest.mark.parametrize(
    "text",
    [
        "Builds trust with clients.",
        "Actively seeks feedback.",  # an adverb before the verb
        "Is trusted by peers",
        "Keeping commitments to others",  # a gerund phrase
        "You seek out and take account of the views of others",  # what "you" do, in a values framework
        "You are reliable and organised in the way you work",
        "Able to give analysis and advice clearly and concisely",  # a standard's statement of ability
        "Willing and able to take an active part in discussions",
        "Aware of the conduct rules that affect policyholders",
        "We listen carefully and take time to understand what matters",  # what "we" do, a values page's words
        "We welcome different views and make sure everyone feels included",
    ],
)
def test_a_behaviour_opens_with_a_verb_in_the_third_person_or_a_gerund(text):
    assert is_behaviour(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tips for Effective Team Meetings",  # a title
        "Grades",  # a word
        "You build trust",  # addressed to the reader
        "You should ask your manager for feedback",  # advice to the reader
        "You can find more courses on the intranet",
        "Ask for feedback.",  # advice
        "Business process",
        "Engineering Manager 1",  # a job title and its step on a ladder
        "We believe that every patient matters",  # what "we" hold, no behaviour
        "We are one health board that values its staff",  # what "we" are
    ],
)
def test_titles_single_words_advice_and_text_for_the_reader_are_no_behaviours(text):
    assert not is_behaviour(text)


def test_without_gerunds_a_themes_name_is_no_behaviour():
    assert is_behaviour("Managing change")
    assert not is_behaviour("Managing change", gerunds=False)
    assert is_behaviour("Manages change", gerunds=False)


@pytest.mark.parametrize(
    "text",
    [
        "The ability to work with others.",
        "Teamwork is working together toward shared goals",
        "Works with others in the team.",
        # the holder described to the reader, as a graduate scheme's page does
        "You understand how the energy market works and keep customers at the centre of what you do.",
        "You are open to change within an organisation and give new initiatives your full backing.",
    ],
)
def test_a_definition_is_a_complete_sentence_or_says_what_the_competency_is(text):
    assert reads_as_definition(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ability to lead",  # too short: three words
        "What does teamwork mean to you?",
        "You will work with others every day.",
        "You are expected to work with others every day.",
        "You should ask your manager for feedback on this.",
        "Works well with others",  # no full stop and no definition's opener
    ],
)
def test_short_text_questions_and_text_for_the_reader_define_nothing(text):
    assert not reads_as_definition(text)


def test_short_phrase_is_a_few_words_without_a_closing_stop():
    assert short_phrase("Teamwork")
    assert short_phrase("Working with others", 3)
    assert not short_phrase("Working with others", 2)
    assert not short_phrase("Working with others.")
    assert not short_phrase("")


def test_sentence_like_ends_as_a_sentence_or_runs_long():
    assert sentence_like("Ends here.")
    assert sentence_like("one two three four five six seven eight")
    assert not sentence_like("Short line")


@pytest.mark.parametrize(
    "text",
    [
        "HRD-204 Leading Teams",
        "Crucial Conversations (LinkedIn Learning, 1 hr 4 min)",
        "Negotiation Skills (2 days)",
        "Writing for the web (self-paced)",
        "Coaching for Performance program (ACU Learning and Development, two half-days)",  # a duration in words
        "Managing Change: online module (LinkedIn Learning)",  # its kind after a colon
    ],
)
def test_a_course_has_a_code_or_a_duration(text):
    assert is_course(text)


@pytest.mark.parametrize(
    "text",
    [
        "Read a book about negotiation.",
        "Leading Teams",
        "2 Corinthians",
        "Note: a course is optional here.",
        "Review your notes after six weeks and decide which habits to keep.",  # a time in words, not an attribute
    ],
)
def test_text_without_a_code_or_a_duration_is_no_course(text):
    assert not is_course(text)


@pytest.mark.parametrize(
    "text, behaviour",
    [
        ("I spot gaps and inconsistencies in intelligence and resolve them.", True),
        ("I actively seek feedback from colleagues.", True),
        ("I think this framework is a good idea.", False),  # an opinion, not a behaviour
        ("I agree.", False),
        ("You will lead a team.", False),
    ],
)
def test_an_i_statement_is_a_behaviour(text, behaviour):
    assert is_behaviour(text) is behaviour


STATEMENTS = ["Shape an educational mission for the school.", "Build a shared vision of student success."]


@pytest.mark.parametrize(
    "caption",
    [
        "Effective leaders:",
        "The new veterinary graduate should:",
        "Students know how to:",
        "I…",
        "We will:",
        "Workers with this capability:",  # the holder named by what they have
    ],
)
def test_a_caption_naming_the_holder_or_an_obligation_states_what_one_does(caption):
    assert states_what_one_does(caption, STATEMENTS)


@pytest.mark.parametrize("caption", ["Five steps:", "Key actions:", "Examples:", "Effective leaders"])
def test_a_caption_naming_the_items_themselves_states_nothing_of_a_holder(caption):
    assert not states_what_one_does(caption, STATEMENTS)


def test_one_statement_under_a_holder_is_too_little_to_say():
    assert not states_what_one_does("Effective leaders:", STATEMENTS[:1])


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Writing in Plain Language (Article)", "readings"),
        ("Running Meetings That Move Work Forward (E-Course)", "courses"),
        ("A Campus Leader on Learning from Mistakes (Video)", "activities"),
        ("Builds trust (and keeps it)", None),
        ("Listens to others.", None),
    ],
)
def test_a_resources_format_tag_names_its_field(text, field):
    assert format_field(text) == field


def test_an_organisation_saying_what_it_will_do_states_no_holders_behaviour():
    items = ["provide a programme of development activities for staff;", "evaluate the programme every year."]
    assert not states_what_one_does("The University will:", items)
    assert not states_what_one_does("The Council shall:", items)
    assert states_what_one_does("The graduate will:", items)  # a person in a role


@pytest.mark.parametrize(
    "text, unterminated",
    [
        ("This includes spotting risks early and changing the plan when circumstances change", True),
        ("This includes spotting risks early and changing the plan when circumstances change.", False),
        ("You do not need a management title to show leadership in a team", False),  # turned to the reader
        ("Spotting risks early", False),  # too short to be a sentence
    ],
)
def test_a_sentence_printed_without_its_full_stop(text, unterminated):
    assert unterminated_sentence(text) is unterminated


def test_a_caption_naming_the_holders_and_where_they_work_over_what_they_do():
    """Skills for Care: "Leaders in adult social care:" over items finishing its sentence."""
    items = ["recognise how their own values shape the way they behave", "notice the effect their emotions have"]
    assert states_what_one_does("Leaders in adult social care:", items)
    assert not states_what_one_does("Ideas for the team meeting:", items)


def test_a_title_tagged_with_the_catalogue_offering_it_is_a_course():
    assert format_field("Grammar Essentials [GoLearn, Professional Development]") == "courses"
    assert format_field("Writing Reports with Impact [GoLearn] (May also suit higher levels.)") == "courses"
    # a sentence with a bracketed note is no title
    assert format_field("Communicates clearly with the team [Core].") is None


def test_statements_of_what_the_holder_knows_or_can_do():
    assert is_requirement("Knowledge of decision-making models")
    assert is_requirement("Skill in writing and editing content for a range of media")
    assert not is_requirement("Knowledge")
    assert not is_requirement("Shares knowledge with colleagues")
