"""The labels of a competency's content: which field each node's text goes to, in which group and level."""

from __future__ import annotations

import pytest

from pipeline.extract.assign import label_scope
from pipeline.model.tree import Role

from .helpers import VOCAB, build, heading, item, numbered, paragraph

DEFINITION = "The ability to work with others toward shared goals."


def scope(*parts, inline="", defined=False):
    """{text: (role, field, group, level label, text given)} for the content of a competency "Teamwork"."""
    root = build(heading("Teamwork"), *parts)
    owner = root.children[0]
    labels = label_scope(owner, owner.children, VOCAB, inline, defined)
    out = {}
    for node in root.walk():
        label = labels.get(node.id)
        if label is not None:
            assert label.competency == owner.id
            out[node.text] = (label.role, label.field, label.group, label.level and label.level.label, label.text)
    return out


def role(labels, text):
    return labels[text][:2]


# ------------------------------------------------------------------ sections the vocabulary knows
def test_a_known_section_heading_opens_its_field_for_the_items_below():
    labels = scope(heading("Key Behaviours", 2), item("Shares information."), item("Supports decisions."))
    assert role(labels, "Key Behaviours") == (Role.SECTION, "indicators")
    assert role(labels, "Supports decisions.") == (Role.CONTENT, "indicators")


def test_a_levels_heading_over_bullets_with_no_level_label_holds_indicators():
    # "Descriptors" names levels in the vocabulary; a plain bulleted list under it, no level anywhere, is what one does
    labels = scope(
        heading("Descriptors", 2), item("Knows how the service is organised."), item("Takes part in governance.")
    )
    assert role(labels, "Takes part in governance.") == (Role.CONTENT, "indicators")


def test_a_levels_heading_over_numbered_items_or_labelled_levels_holds_levels():
    numbered_levels = scope(
        heading("Levels", 2), numbered("Knows when it is needed.", 1), numbered("Commissions it.", 2)
    )
    assert role(numbered_levels, "Commissions it.")[0] is Role.LEVEL
    labelled_levels = scope(
        heading("Descriptors", 2), item("Basic: Knows the rules."), item("Advanced: Sets the rules.")
    )
    assert role(labelled_levels, "Advanced: Sets the rules.")[0] is Role.LEVEL


def test_a_labels_own_line_content_goes_to_its_field():
    labels = scope(
        paragraph("Definition: The ability to work with others."),
        paragraph("Key Skills: Listening | Speaking"),
        paragraph("Related competencies: Integrity, Openness"),
    )
    assert labels["Definition: The ability to work with others."] == (
        Role.DEFINITION,
        "definition",
        None,
        None,
        "The ability to work with others.",
    )
    assert labels["Key Skills: Listening | Speaking"][::4] == (Role.CONTENT, "Listening | Speaking")
    assert role(labels, "Related competencies: Integrity, Openness") == (Role.CONTENT, "related")


def test_an_item_among_courses_named_like_a_course_is_one_more_course_whole():
    """OSU: "Leading Self Workshop (LDP 105) – 3 hours, online" under "Courses": its words name the field it is
    already in, so it opens nothing; the line is the course."""
    line = "Leading Self Workshop (LDP 105) – 3 hours, online"
    labels = scope(heading("Courses", 2), item("Facilitation Skills (LDP 215) – 2 sessions, online"), item(line))
    assert labels[line][:2] == (Role.CONTENT, "courses")
    assert labels[line][4] in (None, line)


def test_a_label_with_no_text_after_it_is_a_form_field():
    labels = scope(paragraph(DEFINITION), paragraph("Comments: ______"))
    assert role(labels, "Comments: ______") == (Role.STRUCTURE, None)


def test_inside_a_field_a_heading_is_a_group_of_its_items():
    labels = scope(heading("Key Behaviours", 2), heading("With peers", 3), item("Shares information."))
    assert labels["With peers"][0] is Role.GROUP
    assert labels["Shares information."][:3] == (Role.CONTENT, "indicators", "With peers")


def test_known_sections_side_by_side_feeding_one_field_group_their_items():
    labels = scope(
        heading("Effective behaviours", 2),
        item("Shares information."),
        heading("Ineffective behaviours", 2),
        item("Hoards information."),
    )
    assert labels["Hoards information."][:3] == (Role.CONTENT, "indicators", "Ineffective behaviours")


def test_captions_side_by_side_feeding_one_field_group_their_items():
    # "Positive indicators" / "Negative indicators" as plain lines over their lists (a text export)
    labels = scope(
        paragraph("Positive indicators"),
        item("Separates facts from opinions.", depth=1),
        paragraph("Negative indicators"),
        item("Jumps to conclusions.", depth=1),
    )
    assert labels["Separates facts from opinions."][:3] == (Role.CONTENT, "indicators", "Positive indicators")
    assert labels["Jumps to conclusions."][:3] == (Role.CONTENT, "indicators", "Negative indicators")


def test_captions_naming_no_field_side_by_side_group_their_items():
    # "Personal" / "Working with others" / "Wider organisation": the aspects a framework divides behaviours by
    labels = scope(
        paragraph(DEFINITION),
        paragraph("Personal"),
        item("Responds to enquiries promptly.", depth=1),
        paragraph("Working with others"),
        item("Shares good practice with the team.", depth=1),
    )
    assert labels["Responds to enquiries promptly."][:3] == (Role.CONTENT, "indicators", "Personal")
    assert labels["Shares good practice with the team."][2] == "Working with others"


@pytest.mark.parametrize(
    "first, second",
    [
        ("Enabling components", "Enabling components"),  # a template's one caption, over every list
        ("The registered nurse:", "Cues:"),  # lines that introduce their lists
    ],
)
def test_captions_that_repeat_or_introduce_their_lists_give_no_group(first, second):
    labels = scope(
        paragraph(DEFINITION),
        paragraph(first),
        item("Uses clear language.", depth=1),
        paragraph(second),
        item("Engages an interpreter where needed.", depth=1),
    )
    assert labels["Uses clear language."][2] is None
    assert labels["Engages an interpreter where needed."][2] is None


def test_a_labelled_line_after_a_sections_bullets_is_a_note():
    # "P4P Rating Category: Teamwork" under "Behaviors:", after its bullets: a fact about the competency
    labels = scope(
        paragraph(DEFINITION),
        heading("Behaviors:", 2),
        item("Shares information and credit."),
        item("Helps set clear team goals."),
        paragraph("P4P Rating Category: Teamwork and Cooperation"),
    )
    assert role(labels, "Helps set clear team goals.") == (Role.CONTENT, "indicators")
    assert role(labels, "P4P Rating Category: Teamwork and Cooperation") == (Role.NOTE, "notes")


def test_a_sentence_left_open_over_a_list_of_another_kind_ends_the_sections_list():
    # "... guided by values such as" after the numbered activities, over bullets: narrative, none of the activities
    labels = scope(
        paragraph(DEFINITION),
        heading("Activities:", 2),
        numbered("Attending a workshop on team practice", 1),
        numbered("Putting the team's protocols into practice", 2),
        paragraph("Teamwork is guided by values such as"),
        item("Trust (keeping one's word). Doing what was agreed"),
        item("Care (looking after others). Helping colleagues in need"),
    )
    assert role(labels, "Putting the team's protocols into practice") == (Role.CONTENT, "activities")
    assert role(labels, "Teamwork is guided by values such as")[0] is Role.STRUCTURE
    assert role(labels, "Care (looking after others). Helping colleagues in need") == (Role.CONTENT, "notes")


def test_a_sentence_left_open_between_lists_of_one_kind_leaves_them_one_list():
    labels = scope(
        paragraph(DEFINITION),
        heading("Activities:", 2),
        item("Attending a workshop on team practice"),
        paragraph("Other good activities include:"),
        item("Shadowing a team leader for a week"),
    )
    assert role(labels, "Shadowing a team leader for a week") == (Role.CONTENT, "activities")


def test_labelled_lines_making_up_a_sections_list_stay_its_items():
    labels = scope(
        paragraph(DEFINITION),
        heading("Behaviors:", 2),
        paragraph("Listening: hears others out before replying."),
        paragraph("Speaking: adapts the message to the audience."),
    )
    assert role(labels, "Speaking: adapts the message to the audience.") == (Role.CONTENT, "indicators")


def test_a_lone_known_section_gives_no_group():
    assert scope(heading("Key Behaviours", 2), item("Shares."))["Shares."][2] is None


# ------------------------------------------------------------------ levels
def test_a_run_of_level_labels_gives_levels_and_their_behaviours():
    labels = scope(paragraph("Level 1"), item("Hears others."), paragraph("Level 2"), item("Listens well."))
    assert labels["Level 2"][0] is Role.LEVEL
    assert labels["Listens well."][:4] == (Role.CONTENT, "levels", None, "Level 2")


def test_a_level_printed_again_as_a_pane_heading_is_structure():
    labels = scope(heading("Level 1 - Awareness", 2), paragraph("Level 1"), item("Hears."))
    assert labels["Level 1"][0] is Role.STRUCTURE
    assert labels["Hears."][3] == "Level 1 - Awareness"


def test_a_caption_over_a_levels_list_is_structure():
    labels = scope(paragraph("Level 1"), paragraph("At this level you:"), item("Hears others."), paragraph("Level 2"))
    assert labels["At this level you:"][0] is Role.STRUCTURE
    assert labels["Hears others."][3] == "Level 1"


def test_a_sub_heading_inside_a_level_groups_its_behaviours():
    labels = scope(
        heading("Level 1", 2), heading("With peers", 3), item("Hears."), heading("Level 2", 2), item("Leads.")
    )
    assert labels["Hears."][:4] == (Role.CONTENT, "levels", "With peers", "Level 1")


def test_a_levels_title_under_an_empty_level_heading_is_its_first_behaviour():
    labels = scope(
        heading("Level 1", 2),
        heading("Analyzes information", 2),
        item("Reads data."),
        heading("Level 2", 2),
        heading("Synthesizes information", 2),
    )
    assert labels["Analyzes information"][:4] == (Role.CONTENT, "levels", None, "Level 1")
    assert labels["Reads data."][3] == "Level 1"


def test_a_labelled_section_after_the_last_levels_behaviours_is_read_as_a_section():
    labels = scope(
        heading("Level 1", 2),
        item("Hears others."),
        heading("Level 2", 2),
        item("Listens well."),
        paragraph("Related competencies: Integrity, Openness"),
    )
    assert role(labels, "Related competencies: Integrity, Openness") == (Role.CONTENT, "related")


def test_level_headings_inside_the_activities_group_them_and_give_no_behaviours():
    # "Development activities" over "Level 1", "Level 2": what to do at each level, the level its group
    labels = scope(
        paragraph(DEFINITION),
        heading("Development activities", 2),
        heading("Level 1", 3),
        item("Attend a team meeting as an observer."),
        heading("Level 2", 3),
        item("Lead a cross-team project."),
    )
    assert labels["Level 1"][:3] == (Role.GROUP, None, None)
    assert labels["Lead a cross-team project."][:4] == (Role.CONTENT, "activities", "Level 2", None)


def test_a_section_heading_nested_under_the_last_level_is_read_as_a_section():
    labels = scope(
        heading("Level 1", 2),
        item("Hears others."),
        heading("Level 2", 2),
        item("Listens well."),
        heading("Interview Questions", 3),
        item("Tell me about a time you listened."),
    )
    assert role(labels, "Tell me about a time you listened.") == (Role.CONTENT, "interview_questions")


def test_a_caption_of_a_few_themes_beside_the_levels_gives_key_words():
    labels = scope(
        paragraph("Behavioral indicators at each level build around:"),
        item("Trust"),
        item("Openness"),
        paragraph("Level 1"),
        item("Hears others."),
        paragraph("Level 2"),
        item("Listens well."),
    )
    assert role(labels, "Behavioral indicators at each level build around:") == (Role.STRUCTURE, None)
    assert role(labels, "Trust") == (Role.CONTENT, "key_words")


# ------------------------------------------------------------------ headings the vocabulary does not know
@pytest.mark.parametrize(
    "items, field",
    [
        (["Tell me about a time you led a team.", "How do you handle conflict?"], "interview_questions"),
        (["Ask for feedback from peers.", "Volunteer to lead a project."], "activities"),
        (["Shares information.", "Supports decisions."], "indicators"),
        (
            [
                "Covey, S. R. (1989). The 7 habits of highly effective people. Free Press.",
                "Brown, B. (2018). Dare to lead. Random House.",
            ],
            "readings",
        ),
    ],
)
def test_an_unknown_heading_opens_the_field_its_content_reads_as_and_groups_it(items, field):
    labels = scope(heading("Worth knowing", 2), *(item(t) for t in items))
    assert role(labels, "Worth knowing") == (Role.SECTION, field)
    assert labels[items[0]][:3] == (Role.CONTENT, field, "Worth knowing")


def test_an_unknown_heading_over_levels_is_a_levels_section():
    labels = scope(heading("Examples", 2), paragraph("Level 1"), item("Hears others."), paragraph("Level 2"))
    assert role(labels, "Examples") == (Role.SECTION, "levels")
    assert labels["Hears others."][:4] == (Role.CONTENT, "levels", None, "Level 1")


def test_an_unknown_heading_over_narrative_is_a_notes_section():
    labels = scope(heading("Our story", 2), paragraph("Teams matter a lot in this place."))
    assert role(labels, "Our story") == (Role.SECTION, "notes")
    assert role(labels, "Teams matter a lot in this place.") == (Role.CONTENT, "notes")


def test_a_known_notes_section_groups_its_text_by_its_heading():
    labels = scope(
        paragraph(DEFINITION), heading("Why it matters", 2), paragraph("Teams deliver more when they share.")
    )
    assert labels["Teams deliver more when they share."][:3] == (Role.CONTENT, "notes", "Why it matters")


def test_a_theme_heading_over_sections_of_its_own_is_their_group():
    labels = scope(
        heading("Demonstrates empathy", 2),
        heading("Key Behaviours", 3),
        item("Listens."),
        heading("Interview Questions", 3),
        item("Tell me about a time you helped someone."),
    )
    assert labels["Demonstrates empathy"][0] is Role.GROUP
    assert labels["Tell me about a time you helped someone."][:3] == (
        Role.CONTENT,
        "interview_questions",
        "Demonstrates empathy",
    )


def test_a_front_matter_heading_inside_a_competency_is_structure():
    labels = scope(heading("Introduction", 2), paragraph("This page describes it."), heading("Key Behaviours", 2))
    assert labels["Introduction"][0] is Role.STRUCTURE


# ------------------------------------------------------------------ items and questions
def test_a_short_item_heading_a_list_is_its_group_but_a_behaviour_heading_one_is_an_item():
    labels = scope(
        heading("Key Behaviours", 2),
        item("Kindness"),
        item("Shows care for others.", depth=1),
        item("Listens to peers and responds to what they say"),
        item("Asks questions back.", depth=1),
    )
    assert labels["Kindness"][0] is Role.GROUP
    assert labels["Shows care for others."][:3] == (Role.CONTENT, "indicators", "Kindness")
    assert role(labels, "Listens to peers and responds to what they say") == (Role.CONTENT, "indicators")
    assert labels["Asks questions back."][2] is None


def test_a_questions_follow_up_items_belong_to_the_question():
    labels = scope(
        heading("Interview Questions", 2),
        item("Tell me about a time you led a team."),
        item("What was the result?", depth=1),
    )
    assert (
        labels["Tell me about a time you led a team."][4] == "Tell me about a time you led a team. What was the result?"
    )
    assert labels["What was the result?"][0] is Role.STRUCTURE


# ------------------------------------------------------------------ unlabelled text under the name
def test_the_first_paragraphs_under_the_name_define_it_up_to_text_about_it():
    labels = scope(
        paragraph(DEFINITION),
        paragraph("It includes sharing credit and listening well."),
        paragraph("This competency is about people."),
    )
    assert labels[DEFINITION][0] is Role.DEFINITION
    assert labels["It includes sharing credit and listening well."][0] is Role.DEFINITION
    assert role(labels, "This competency is about people.") == (Role.NOTE, "notes")


@pytest.mark.parametrize(
    "first",
    [
        "* Adapted from the national framework of skills.",  # a footnote
        "You will work with other people every single day.",  # text for the reader
    ],
)
def test_a_footnote_or_text_for_the_reader_defines_nothing(first):
    assert role(scope(paragraph(first), item("Shares information.")), first) == (Role.NOTE, "notes")


def test_with_a_definition_found_elsewhere_the_first_paragraph_is_a_note():
    assert scope(paragraph(DEFINITION), inline="Works with others.")[DEFINITION][0] is Role.NOTE
    assert scope(paragraph(DEFINITION), defined=True)[DEFINITION][0] is Role.NOTE


def test_a_descriptive_line_in_a_headings_type_right_under_the_name_defines_it():
    text = "Works with others in ways that build trust and shared goals"
    labels = scope(heading(text, 2), item("Shares information."), item("Supports decisions."))
    assert labels[text][0] is Role.DEFINITION
    assert role(labels, "Shares information.") == (Role.CONTENT, "indicators")


def test_a_list_where_the_definition_stands_with_levels_elsewhere_is_the_definition():
    labels = scope(
        item("Works with others toward shared goals."),
        heading("Levels", 2),
        paragraph("Level 1"),
        item("Hears others."),
    )
    assert labels["Works with others toward shared goals."][0] is Role.DEFINITION


@pytest.mark.parametrize(
    "items, field",
    [
        (["Tell me about a time you led a team.", "How do you handle conflict?"], "interview_questions"),
        (["Ask for feedback from peers.", "Volunteer to lead a project."], "activities"),
        (["Shares information.", "Supports decisions."], "indicators"),
    ],
)
def test_an_unlabelled_list_under_the_definition_reads_as_its_content_says(items, field):
    labels = scope(paragraph(DEFINITION), *(item(t) for t in items))
    assert role(labels, items[1]) == (Role.CONTENT, field)


def test_a_probe_after_a_question_is_its_follow_up():
    labels = scope(
        paragraph(DEFINITION),
        item("Tell me about a time you led a team."),
        item("How do you handle conflict?"),
        paragraph("Probe: what did you learn?"),
    )
    assert labels["How do you handle conflict?"][4] == "How do you handle conflict? Probe: what did you learn?"
    assert labels["Probe: what did you learn?"][0] is Role.STRUCTURE


def test_bullets_under_a_probes_caption_after_a_numbered_question_are_its_follow_ups():
    """An interview guide's "Probes:" over bullets after each numbered question; the next question, numbered,
    stands on its own (the list's nesting may put it under the caption before)."""
    labels = scope(
        heading("Questions", 2),
        numbered("Tell me about a time your priorities changed.", 1),
        paragraph("Probes:"),
        item("What did you do first?"),
        item("What was the result?"),
        numbered("Describe a time a colleague's idea was better than yours.", 2),
        paragraph("Probes:"),
        item("What did you do next?"),
    )
    assert labels["Tell me about a time your priorities changed."][4] == (
        "Tell me about a time your priorities changed. What did you do first? What was the result?"
    )
    assert labels["Describe a time a colleague's idea was better than yours."][4] == (
        "Describe a time a colleague's idea was better than yours. What did you do next?"
    )
    assert labels["What did you do first?"][0] is Role.STRUCTURE
    assert labels["Probes:"][0] is Role.STRUCTURE


def test_a_probes_heading_after_a_questions_section_joins_its_bullets_to_the_last_question():
    labels = scope(
        heading("Questions", 3),
        numbered("Tell me about a time your priorities changed.", 1),
        heading("Probes:", 3),
        item("What did you do first?"),
        numbered("Describe a time a colleague's idea was better than yours.", 2),
    )
    assert labels["Tell me about a time your priorities changed."][4] == (
        "Tell me about a time your priorities changed. What did you do first?"
    )
    assert labels["Describe a time a colleague's idea was better than yours."][:2] == (
        Role.CONTENT,
        "interview_questions",
    )
    assert labels["Probes:"][0] is Role.STRUCTURE


def test_a_caption_over_a_list_is_structure_and_its_list_reads_by_content():
    labels = scope(paragraph(DEFINITION), paragraph("The competency requires:"), item("Listening to others."))
    assert labels["The competency requires:"][0] is Role.STRUCTURE
    assert role(labels, "Listening to others.") == (Role.CONTENT, "indicators")


def test_a_sentence_introducing_a_sections_list_is_structure():
    labels = scope(
        heading("Development Activities", 2),
        paragraph("The activities below are recommended for all staff."),
        item("Ask for feedback."),
    )
    assert labels["The activities below are recommended for all staff."][0] is Role.STRUCTURE


def test_prose_after_a_sections_list_is_a_note():
    text = "See the leadership framework for more on how these behaviours apply to managers."
    labels = scope(
        heading("Key Behaviours", 2), item("Shares information."), item("Supports decisions."), paragraph(text)
    )
    assert role(labels, text) == (Role.NOTE, "notes")


def test_a_sentence_naming_related_competencies_gives_them():
    text = "This competency is closely related to Integrity and Openness."
    assert role(scope(paragraph(DEFINITION), paragraph(text)), text) == (Role.CONTENT, "related")


def test_a_labelled_line_the_vocabulary_does_not_know_is_a_note():
    labels = scope(paragraph(DEFINITION), paragraph("Capability category: Relationships"))
    assert role(labels, "Capability category: Relationships") == (Role.NOTE, "notes")


def test_a_short_line_in_no_field_is_structure():
    assert role(scope(paragraph(DEFINITION), paragraph("Overview of skills")), "Overview of skills") == (
        Role.STRUCTURE,
        None,
    )


def test_an_unknown_heading_whose_words_name_one_field_opens_it_whatever_its_list_reads_as():
    """ "Specific Behaviors that Demonstrate Competence in Assessment" over imperatives (which alone read as
    advice): its word "Behaviors" names the field."""
    heading_text = "Specific Behaviors that Demonstrate Competence in Assessment"
    labels = scope(
        heading(heading_text, 2), item("Align assessment methods with objectives"), item("Use feedback"), defined=True
    )
    assert role(labels, heading_text) == (Role.SECTION, "indicators")
    assert role(labels, "Use feedback") == (Role.CONTENT, "indicators")


def test_an_unknown_heading_over_a_lead_in_and_its_behaviours_opens_the_indicators():
    labels = scope(
        heading("Effectiveness Measures", 2),
        paragraph("Measures of effective thinking include:"),
        item("explaining how a change affects the whole,"),
        item("relating abstract ideas to concrete details."),
    )
    assert role(labels, "Effectiveness Measures") == (Role.SECTION, "indicators")
    assert role(labels, "relating abstract ideas to concrete details.") == (Role.CONTENT, "indicators")


def test_a_numbered_list_under_a_levels_heading_gives_one_level_per_number():
    """Babson's "Proficiency Levels:" over "1. Outstanding ...", "2. Strong ...": levels labelled by their number."""
    labels = scope(
        paragraph("Proficiency Levels:"),
        numbered("Outstanding analytical skills.", 1),
        numbered("Strong analytical skills.", 2),
        numbered("Sound analytical skills.", 3),
    )
    assert labels["Strong analytical skills."][0] is Role.LEVEL
    assert labels["Strong analytical skills."][3:] == ("2", "Strong analytical skills.")


def test_a_heading_that_is_a_sentence_ending_with_a_colon_introduces_the_fields_list():
    """ "At the point of registration, the nurse will be able to:" set as a sub-heading of "Outcomes": a lead-in,
    not a group, and the list stays in the field the section opened whatever its verbs read as."""
    labels = scope(
        heading("Outcomes", 2),
        heading("At the point of registration, the registered nurse will be able to:", 3),
        item("understand and apply the requirements of health and safety law"),
    )
    assert role(labels, "At the point of registration, the registered nurse will be able to:") == (
        Role.STRUCTURE,
        None,
    )
    assert labels["understand and apply the requirements of health and safety law"][:3] == (
        Role.CONTENT,
        "indicators",
        None,
    )


def test_inside_a_field_a_long_sub_heading_holding_a_fields_word_is_a_group_not_that_field():
    """ "Speaking up the way flight crews are trained to" under "Development Activities": a group of activities,
    not training courses, although "trained" is the word of a courses heading."""
    labels = scope(
        heading("Development Activities", 2),
        heading("Speaking up the way flight crews are trained to", 3),
        item("Get their attention before you speak."),
    )
    assert labels["Speaking up the way flight crews are trained to"][0] is Role.GROUP
    assert labels["Get their attention before you speak."][:3] == (
        Role.CONTENT,
        "activities",
        "Speaking up the way flight crews are trained to",
    )


def test_prose_before_the_first_level_of_a_levels_section_defines_an_undefined_competency():
    labels = scope(
        heading("Descriptors", 2),
        paragraph("Teamwork is the ability to work with others toward shared goals and to share the credit."),
        paragraph("Phase I: Completes own tasks."),
        paragraph("Phase II: Supports the team."),
    )
    assert labels["Teamwork is the ability to work with others toward shared goals and to share the credit."][0] is (
        Role.DEFINITION
    )
    assert labels["Phase II: Supports the team."][3] == "Phase II"


def test_prose_before_the_levels_is_no_definition_when_the_competency_has_one():
    labels = scope(
        paragraph(DEFINITION),
        heading("Descriptors", 2),
        paragraph("Each behaviour is described at the level expected in each job phase of the role."),
        paragraph("Phase I: Completes own tasks."),
        paragraph("Phase II: Supports the team."),
    )
    assert labels[DEFINITION][0] is Role.DEFINITION
    assert labels["Each behaviour is described at the level expected in each job phase of the role."][0] is not (
        Role.DEFINITION
    )


def test_a_definition_whose_colon_is_part_of_its_prose_is_the_definition():
    text = "Turns strategy into results: sets ambitious but realistic goals and organises people to reach them."
    assert role(scope(paragraph(text)), text) == (Role.DEFINITION, None)
    short = "Category: Relationships"
    assert scope(paragraph(short))[short][0] is not Role.DEFINITION


def test_a_label_with_a_value_is_a_note_and_one_with_only_lines_or_boxes_is_a_form_field():
    labels = scope(paragraph("Proficiency level targeted: 3"), paragraph("Score: 1 2 3 4 5"))
    assert labels["Proficiency level targeted: 3"][0] is Role.NOTE
    assert labels["Score: 1 2 3 4 5"][0] is Role.STRUCTURE


def test_follow_up_lines_after_a_numbered_question_in_a_questions_section_join_it():
    """An interview guide's "Sample questions": "1. Describe ..." then "Follow-up: ..." lines of their own; an aside
    labelled by its kind ("Tip for board members: ...") is a tip, not a question."""
    labels = scope(
        paragraph(DEFINITION),
        heading("Sample questions", 2),
        numbered("Describe a plan you made. How did you go about it?", 1),
        paragraph("Follow-up: What would you change?"),
        numbered("Tell us about a plan that changed.", 2),
        paragraph("Follow-up: What did you drop?"),
        paragraph("Follow-up: Who did you tell?"),
        paragraph("Tip for board members: Listen for the candidate's own actions."),
    )
    assert labels["Describe a plan you made. How did you go about it?"][4] == (
        "Describe a plan you made. How did you go about it? Follow-up: What would you change?"
    )
    assert labels["Tell us about a plan that changed."][4] == (
        "Tell us about a plan that changed. Follow-up: What did you drop? Follow-up: Who did you tell?"
    )
    assert labels["Follow-up: Who did you tell?"][0] is Role.STRUCTURE
    tip = labels["Tip for board members: Listen for the candidate's own actions."]
    assert tip[:2] == (Role.CONTENT, "tips")


def test_an_added_list_for_managers_is_grouped_by_its_caption():
    """ "In addition for managers:" over a second list, in the indicators and in each level: the caption groups
    its list; the first list, under a caption that only introduces it, has no group."""
    labels = scope(
        paragraph(DEFINITION),
        heading("Expected", 2),
        paragraph("This could include:"),
        item("meets agreed targets"),
        paragraph("In addition for managers:"),
        item("sets clear objectives"),
        heading("Outstanding", 2),
        paragraph("This could include:"),
        item("exceeds targets"),
        paragraph("In addition for managers:"),
        item("builds a high performance culture"),
    )
    assert labels["meets agreed targets"][:4] == (Role.CONTENT, "levels", None, "Expected")
    assert labels["sets clear objectives"][:4] == (Role.CONTENT, "levels", "In addition for managers", "Expected")


def test_behaviour_phrases_set_as_lines_of_their_own_under_a_sub_heading_are_indicators():
    """A web page's "Signs of a strong answer" over <dd> lines, no bullets: a list of behaviours, grouped by the
    sub-heading, not narrative notes; lines of prose stay notes."""
    labels = scope(
        paragraph(DEFINITION),
        heading("Signs of a strong answer", 2),
        paragraph("Sees the reasons behind a change and focuses on making it work"),
        paragraph("Describes specific steps taken to learn something new"),
        paragraph("Stays positive without dismissing real problems"),
    )
    assert labels["Describes specific steps taken to learn something new"][:3] == (
        Role.CONTENT,
        "indicators",
        "Signs of a strong answer",
    )
    prose = scope(
        paragraph(DEFINITION),
        heading("Background", 2),
        paragraph("The framework was written in 2019."),
        paragraph("It was revised after a staff survey."),
    )
    assert role(prose, "It was revised after a staff survey.")[1] == "notes"


def test_captioned_lists_of_what_one_does_in_a_narrative_section_are_indicators_grouped_by_caption():
    got = scope(
        paragraph(DEFINITION),
        heading("Why is it important?", level=2),
        paragraph("Our reputation depends on the quality of the services we provide to the public."),
        paragraph("In doing this we all must:"),
        item("understand who our customers are and what they need;"),
        item("meet deadlines and warn others early;"),
        paragraph("And as managers we must also:"),
        item("set clear standards of service;"),
    )
    assert got["Our reputation depends on the quality of the services we provide to the public."][1] == "notes"
    assert got["meet deadlines and warn others early;"][:3] == (Role.CONTENT, "indicators", "In doing this we all must")
    assert got["set clear standards of service;"][:3] == (Role.CONTENT, "indicators", "And as managers we must also")


def test_one_captioned_list_of_what_one_does_in_a_narrative_section_is_ungrouped():
    got = scope(
        paragraph(DEFINITION),
        heading("Why is it important?", level=2),
        paragraph("In doing this we all must:"),
        item("understand who our customers are and what they need;"),
        item("meet deadlines and warn others early;"),
    )
    assert got["meet deadlines and warn others early;"][:3] == (Role.CONTENT, "indicators", None)


def test_a_sentence_before_a_sections_questions_is_a_note_on_them():
    got = scope(
        paragraph(DEFINITION),
        heading("Prompts", level=2),
        paragraph("These prompts may help you choose the examples that matter most."),
        item("Describe a time when you had to decide a difficult case."),
        item("Tell us about a decision you made that was unpopular."),
    )
    assert got["These prompts may help you choose the examples that matter most."][:3] == (
        Role.NOTE,
        "notes",
        "Prompts",
    )
    assert got["Describe a time when you had to decide a difficult case."][1] == "interview_questions"


def test_a_paragraph_about_the_documents_questions_does_not_carry_on_the_definition():
    got = scope(
        paragraph("Adaptability is the ability to adjust to changing situations."),
        paragraph("These questions give the interviewer an insight into how you respond to change."),
        item("Tell me about a time you had to adapt."),
    )
    assert got["Adaptability is the ability to adjust to changing situations."][0] is Role.DEFINITION
    assert (
        got["These questions give the interviewer an insight into how you respond to change."][0] is not Role.DEFINITION
    )


def test_themes_over_comma_separated_terms_are_key_words():
    got = scope(paragraph(DEFINITION), heading("Themes", level=2), paragraph("Diversity, Transparency, Honesty"))
    assert got["Diversity, Transparency, Honesty"][1] == "key_words"


def test_a_list_of_questions_between_notes_under_an_unknown_heading_is_interview_questions():
    got = scope(
        paragraph(DEFINITION),
        heading("Prompts", level=2),
        paragraph("These prompts may help you choose the examples that matter most."),
        item("Describe a time when you had to decide a difficult case."),
        item("Tell us about a decision you made that was unpopular."),
        paragraph("Remember that prompts are only a guide to what you might write about."),
    )
    assert got["Tell us about a decision you made that was unpopular."][1] == "interview_questions"


def test_what_the_holder_is_able_to_do_is_indicators_though_phrased_as_commands():
    got = scope(
        paragraph(DEFINITION),
        heading("Key and enabling competencies", level=2),
        paragraph("Physicians are able to:"),
        item("Establish professional relationships with patients."),
        item("Share health care information and plans with patients."),
    )
    assert got["Establish professional relationships with patients."][1] == "indicators"


def test_a_numbered_statement_over_a_list_of_its_own_is_the_group_of_that_list():
    got = scope(
        paragraph(DEFINITION),
        heading("Behavioral Indicators", level=2),
        numbered(
            "Establish professional therapeutic relationships with patients and their families in every setting", 1
        ),
        item("Communicate using a patient-centred approach.", depth=1),
        item("Respond to a patient's nonverbal cues.", depth=1),
    )
    assert (
        got["Establish professional therapeutic relationships with patients and their families in every setting"][0]
        is Role.GROUP
    )
    assert got["Respond to a patient's nonverbal cues."][:3] == (
        Role.CONTENT,
        "indicators",
        "Establish professional therapeutic relationships with patients and their families in every setting",
    )


def test_a_lettered_item_over_the_next_letters_is_one_list_set_in_by_mistake():
    got = scope(
        paragraph(DEFINITION),
        heading("Behavioral Indicators", level=2),
        item("Gives people chances to learn to work together as a team", marker="a)", ordered=True),
        item("Draws everyone into active participation in the team", marker="b)", ordered=True),
        item("Encourages cooperation with other work units", depth=1, marker="c)", ordered=True),
        item("Makes sure all members of the team are treated fairly", depth=1, marker="d)", ordered=True),
    )
    assert got["Draws everyone into active participation in the team"][:2] == (Role.CONTENT, "indicators")


def test_key_concepts_are_key_words():
    got = scope(
        paragraph(DEFINITION), heading("Key concepts", level=2), item("Shared decision-making"), item("Empathy")
    )
    assert got["Empathy"][1] == "key_words"


def test_numbered_key_statements_group_the_statements_after_each():
    got = scope(
        paragraph(DEFINITION),
        paragraph("Key capability 1. Communicate clearly with the patient and their carers."),
        paragraph("Enabling components"),
        item("use clear language and check understanding"),
        item("engage an interpreter where needed"),
        paragraph("Key capability 2. Collaborate with other health practitioners."),
        paragraph("Enabling components"),
        item("work respectfully within the health care team"),
    )
    first = "Communicate clearly with the patient and their carers."
    assert got["Key capability 1. Communicate clearly with the patient and their carers."][:3] == (
        Role.GROUP,
        None,
        None,
    )
    assert got["engage an interpreter where needed"][:3] == (Role.CONTENT, "indicators", first)
    assert got["work respectfully within the health care team"][2] == "Collaborate with other health practitioners"


def test_one_numbered_statement_groups_nothing():
    got = scope(
        paragraph(DEFINITION),
        paragraph("Key capability 1. Communicate clearly with the patient and their carers."),
        paragraph("Enabling components"),
        item("use clear language and check understanding"),
    )
    assert got["use clear language and check understanding"][2] is None


def test_a_description_beside_the_definition_section_is_notes():
    got = scope(
        heading("Definition", 2),
        paragraph(DEFINITION),
        heading("Description", 2),
        paragraph("Teams that share goals deliver more than their members could deliver alone."),
    )
    assert got[DEFINITION][0] is Role.DEFINITION
    assert got["Teams that share goals deliver more than their members could deliver alone."][:3] == (
        Role.CONTENT,
        "notes",
        "Description",
    )


def test_one_description_section_is_the_definition():
    got = scope(heading("Description", 2), paragraph(DEFINITION))
    assert got[DEFINITION][0] is Role.DEFINITION


def test_statements_leading_into_lists_of_their_own_group_them_as_indicators():
    """SRA: "Obtain relevant facts, including:" over "Obtaining ..." bullets, under the name with no heading."""
    got = scope(
        item("Obtain relevant facts, including:"),
        item("Obtaining relevant information through effective questioning", depth=1),
        item("Identifying any inconsistencies or gaps in the information", depth=1),
        item("Undertake legal research, including:"),
        item("Recognising when legal research is required", depth=1),
        item("Using appropriate methods and resources", depth=1),
    )
    assert got["Obtain relevant facts, including:"][:3] == (Role.GROUP, None, None)
    assert got["Using appropriate methods and resources"][:3] == (
        Role.CONTENT,
        "indicators",
        "Undertake legal research, including",
    )


def test_a_form_line_of_blanks_is_structure():
    got = scope(
        paragraph(DEFINITION),
        paragraph("Score (1–5): ______ Notes: ______________________________"),
    )
    assert got["Score (1–5): ______ Notes: ______________________________"][0] is Role.STRUCTURE


def test_resources_tagged_by_format_go_to_the_field_their_format_names():
    got = scope(
        paragraph(DEFINITION),
        item("Staying Calm in a Difficult Conversation (Article)"),
        item("Running Meetings That Move Work Forward (E-Course)"),
        item("A Campus Leader on Learning from Mistakes (Video)"),
    )
    assert got["Staying Calm in a Difficult Conversation (Article)"][1::3] == (
        "readings",
        "Staying Calm in a Difficult Conversation",
    )
    assert got["Running Meetings That Move Work Forward (E-Course)"][1] == "courses"
    assert got["A Campus Leader on Learning from Mistakes (Video)"][1] == "activities"


def test_a_straplines_first_paragraph_goes_on_with_the_definition():
    """BASW: "Identify as a professional social worker and behave as one" in a heading's type under the name, over
    "Social workers belong to a profession ...": both define it; the "I…" statements are its indicators."""
    got = scope(
        heading("Identify as a professional social worker and behave as one", 2),
        paragraph("Social workers belong to a profession that is recognised internationally."),
        paragraph("I…"),
        item("recognise what the professional social worker does"),
        item("understand why supervision matters"),
    )
    assert got["Identify as a professional social worker and behave as one"][0] is Role.DEFINITION
    assert got["Social workers belong to a profession that is recognised internationally."][0] is Role.DEFINITION
    assert got["understand why supervision matters"][:2] == (Role.CONTENT, "indicators")


def test_a_related_competencies_line_closing_the_last_level_is_no_behaviour():
    """Train Station: "Related competencies: Delivering Results" under the last level's last skill."""
    got = scope(
        heading("Level 1", 2),
        heading("Planning", 3),
        item("Breaks own tasks into steps."),
        heading("Level 2", 2),
        heading("Planning", 3),
        item("Plans work for a team."),
        paragraph("Related competencies: Delivering Results, Resilience"),
    )
    assert got["Plans work for a team."][:2] == (Role.CONTENT, "levels")
    assert got["Related competencies: Delivering Results, Resilience"][:2] == (Role.CONTENT, "related")


def test_a_question_in_a_headings_type_under_the_name_is_no_definition():
    """A survey's last question ("5. Is there anything else you would like to add?"), set like the competencies."""
    labels = scope(heading("Is there anything else you would like the committee to consider?", 2))
    assert labels["Is there anything else you would like the committee to consider?"][0] is not Role.DEFINITION


def test_a_definitions_second_paragraph_printed_without_its_full_stop_goes_on_with_it():
    labels = scope(
        paragraph("Setting priorities and managing your time so that work is finished on schedule."),
        paragraph("This includes spotting risks early and changing the plan when circumstances change"),
        paragraph("Evidence: Running an event"),
    )
    assert role(labels, "This includes spotting risks early and changing the plan when circumstances change") == (
        Role.DEFINITION,
        None,
    )


def test_a_list_of_imperatives_under_a_definition_in_the_imperative_states_what_the_holder_does():
    """ISU Extension: "Work with individuals and groups in a professional way that gets results." over "Adapt to
    the mood of a group", "Communicate promptly": the competency's statements, not advice."""
    labels = scope(
        paragraph("Work with individuals and groups in a professional way that gets results."),
        item("Adapt to the mood and makeup of a group after reading the situation"),
        item("Communicate promptly"),
        item("Express personal and team needs clearly"),
    )
    assert role(labels, "Communicate promptly") == (Role.CONTENT, "indicators")
    # under a definition in the third person, the same imperatives are advice
    advice = scope(
        paragraph("Works with individuals and groups in a professional way that gets results."),
        item("Adapt to the mood and makeup of a group after reading the situation"),
        item("Communicate promptly"),
        item("Express personal and team needs clearly"),
    )
    assert role(advice, "Communicate promptly") == (Role.CONTENT, "activities")


def test_a_section_named_in_the_singular_over_one_defining_sentence_is_the_definition():
    """RMIT: "Behavioural descriptor" over one sentence, before the levels."""
    labels = scope(
        heading("Behavioural descriptor", 2),
        paragraph("Works cooperatively with colleagues across the University and with external partners."),
        heading("Level 1", 2),
        item("Helps colleagues."),
    )
    text = "Works cooperatively with colleagues across the University and with external partners."
    assert labels[text][1] == "definition"  # (not the indicators the vocabulary files "descriptors" under)


def test_knowledge_and_experience_beside_key_behaviours_group_the_indicators_by_their_lead_lines():
    """Macquarie: "Key behaviours" over its list, then "Skills, knowledge and experience" over its own."""
    labels = scope(
        paragraph("Understands who the clients are and works to meet their needs."),
        heading("Key behaviours", 2),
        item("Greets clients courteously."),
        heading("Skills, knowledge and experience", 2),
        item("Knowledge of the University services"),
        item("Experience in a customer-facing role"),
    )
    assert labels["Greets clients courteously."][:3] == (Role.CONTENT, "indicators", "Key behaviours")
    assert labels["Knowledge of the University services"][:3] == (
        Role.CONTENT,
        "indicators",
        "Skills, knowledge and experience",
    )


def test_labelled_lines_among_the_levels_naming_no_level_keep_their_text():
    out = scope(
        paragraph(DEFINITION),
        heading("Performance Levels:", 2),
        paragraph("Satisfactory: Assesses routine situations correctly and reaches sound decisions."),
        paragraph("Superior: Assesses unusual situations correctly and reaches decisions quickly."),
        paragraph("Benchmark: Stage II for Cashiers; Stage III for Store Managers."),
    )
    satisfactory = out["Satisfactory: Assesses routine situations correctly and reaches sound decisions."]
    assert satisfactory[:3] == (Role.CONTENT, "indicators", "Satisfactory")
    assert satisfactory[4] == "Assesses routine situations correctly and reaches sound decisions."
    # a line that states nothing the holder does is a note, whole
    benchmark = out["Benchmark: Stage II for Cashiers; Stage III for Store Managers."]
    assert benchmark[:2] == (Role.NOTE, "notes")


def test_a_strapline_above_the_definitions_own_section_is_a_note():
    out = scope(
        paragraph("Run a portfolio of interventions that together stimulate lasting change"),
        heading("Competency definition", 2),
        paragraph(DEFINITION),
    )
    assert role(out, "Run a portfolio of interventions that together stimulate lasting change") == (Role.NOTE, "notes")
    assert out[DEFINITION][0] is Role.DEFINITION
    # without a definition section below it, the first paragraph is the definition
    alone = scope(paragraph(DEFINITION), heading("Key Behaviours", 2), item("Shares information."))
    assert alone[DEFINITION][0] is Role.DEFINITION


def test_a_heading_over_a_list_of_short_names_gives_key_words():
    out = scope(
        paragraph(DEFINITION),
        heading("Elements", 2),
        numbered("Attending", 1),
        numbered("Clarifying", 2),
        numbered("Paraphrasing", 3),
    )
    assert role(out, "Clarifying") == (Role.CONTENT, "key_words")
    # statements under such a heading are no key words
    statements = scope(paragraph(DEFINITION), heading("Elements", 2), item("Listens well."), item("Asks questions."))
    assert role(statements, "Listens well.")[1] != "key_words"


def test_a_caption_naming_another_list_field_inside_a_field_opens_that_field():
    labels = scope(
        heading("What is included", 2),
        item("Understanding why local knowledge matters."),
        heading("Some examples of activities include:", 3),
        item("Attending a workshop on local history."),
        item("Learning the protocols of the marae."),
    )
    assert role(labels, "Understanding why local knowledge matters.") == (Role.CONTENT, "indicators")
    assert role(labels, "Some examples of activities include:") == (Role.SECTION, "activities")
    assert role(labels, "Learning the protocols of the marae.") == (Role.CONTENT, "activities")
    # a sub-heading inside a field that names no list field by a caption's colon stays its group
    grouped = scope(heading("Key Behaviours", 2), heading("Speaking up about activities", 3), item("Raises issues."))
    assert grouped["Speaking up about activities"][:3] == (Role.GROUP, None, None)


def test_a_section_under_each_level_takes_the_level_as_its_group_and_one_under_the_last_level_does_not():
    def guide(*levels):
        parts = []
        for label, with_activities in levels:
            parts += [heading(label, 2), heading("Behaviours", 3), item(f"Stays calm ({label}).")]
            if with_activities:
                parts += [heading("Development activities", 3), item(f"Shadow a colleague ({label}).")]
        return scope(*parts)

    own = guide(("Level 1", True), ("Level 2", True))
    assert own["Shadow a colleague (Level 2)."][:3] == (Role.CONTENT, "activities", "Level 2")
    last = guide(("Level 1", False), ("Level 2", True))  # misnested under the last level: the competency's own
    assert last["Shadow a colleague (Level 2)."][:3] == (Role.CONTENT, "activities", None)


def test_a_sections_name_on_a_line_of_its_own_opens_its_field_for_the_captioned_lists_after_it():
    """Arizona's text dump: "Development Suggestions" on a line, then "On the job:" and "With others:" each over
    their advice."""
    labels = scope(
        paragraph("Development Suggestions"),
        paragraph("On the job:"),
        item("Volunteer to write a procedure for your team.", depth=1),
        paragraph("With others:"),
        item("Ask a colleague to observe you at the desk.", depth=1),
    )
    assert labels["Development Suggestions"][0] is Role.STRUCTURE
    assert labels["Ask a colleague to observe you at the desk."][:3] == (Role.CONTENT, "activities", "With others")


def test_a_caption_naming_a_field_on_a_line_of_its_own_opens_no_section_for_what_follows_the_lists():
    """Canada Post's guide: "What to look for:" over "Positive indicators" and its list; the closing "[End of
    Appendix C excerpt]" is no indicator."""
    labels = scope(
        paragraph("What to look for:"),
        paragraph("Positive indicators"),
        item("Shows respect for people of all backgrounds", depth=1),
        paragraph("[End of Appendix C excerpt]"),
    )
    assert labels["[End of Appendix C excerpt]"][1] != "indicators"


def test_short_captions_with_a_colon_among_development_activities_group_the_advice_under_them():
    """Arizona Libraries: "Development Suggestions", then "On the job:" and "With others:" each over their advice;
    outside activities such a caption introduces its list ("The registered nurse:") and groups nothing."""
    labels = scope(
        heading("Development Suggestions", 2),
        paragraph("On the job:"),
        item("Volunteer to write a procedure for your team.", depth=1),
        paragraph("With others:"),
        item("Ask a colleague to observe you at the desk.", depth=1),
    )
    assert labels["Ask a colleague to observe you at the desk."][:3] == (Role.CONTENT, "activities", "With others")


def test_a_question_set_as_a_heading_takes_the_follow_ups_listed_under_it():
    """Parker Bridge's page: "#### Can you give an example of ...?" over "1. What was the situation?", ..."""
    labels = scope(
        heading("Can you give an example of a change you made to improve service to customers?", 4),
        numbered("What was the situation?", 1),
        numbered("What did you do?", 2),
        paragraph("Our consultants are happy to help you prepare for your interview."),
    )
    asked = labels["Can you give an example of a change you made to improve service to customers?"]
    assert asked[:2] == (Role.CONTENT, "interview_questions")
    assert asked[4].endswith("What was the situation? What did you do?")
    assert labels["What did you do?"][0] is Role.STRUCTURE
    # a heading over a list of statements is no question: its items stay what they are
    plain = scope(heading("Customer service", 4), item("Greets customers promptly."), item("Solves problems."))
    assert plain["Solves problems."][0] is Role.CONTENT and plain["Solves problems."][1] != "interview_questions"
