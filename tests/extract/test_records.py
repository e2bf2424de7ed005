"""The labelled tree to competency records: one function per field, items keeping their provenance."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.extract.records import document_scale_ranks, merge_namesakes, resource_title
from pipeline.model.records import Competency, Item, Level, Source

from .helpers import VOCAB, heading, item, numbered, only, paragraph, records, table, texts

DEFINITION = "The ability to work with others toward shared goals."


def competency(*parts):
    """The one competency "Teamwork" of a document: its definition, then the given parts."""
    return only(heading("Teamwork"), paragraph(DEFINITION), *parts)


BEHAVIOURS = [heading("Key Behaviours", 2), item("Shares information.")]


def competency_with_definition(text):
    return only(heading("Teamwork"), paragraph(text), *BEHAVIOURS)


def test_the_record_gives_the_name_definition_and_source_document():
    record = competency(*BEHAVIOURS)
    assert (record.name, record.definition, record.sources) == ("Teamwork", DEFINITION, ("doc",))


def test_a_definition_broken_over_two_paragraphs_keeps_both_sources():
    record = only(
        heading("Teamwork"),
        paragraph("The ability to work with", page=1),
        paragraph("others toward shared goals.", page=2),
        *BEHAVIOURS,
    )
    assert record.definition == DEFINITION
    assert [(s.block, s.page) for s in record.definition_source.spans] == [(1, 1), (2, 2)]


def test_a_sentence_of_the_definition_naming_related_competencies_goes_to_related():
    record = competency_with_definition(DEFINITION + " It is closely related to Integrity and Openness.")
    assert (record.definition, record.related) == (DEFINITION, ("Integrity", "Openness"))


def test_no_definition_gives_none_and_no_definition_source():
    record = only(heading("Teamwork"), *BEHAVIOURS, heading("Interview Questions", 2), item("How do you share?"))
    assert (record.definition, record.definition_source) == (None, None)


def test_items_keep_their_provenance():
    record = only(
        heading("Teamwork"), paragraph(DEFINITION), heading("Key Behaviours", 2), item("Shares.", page=4, locator="p9")
    )
    (indicator,) = record.indicators
    assert (indicator.text, indicator.source.page, indicator.source.spans[0].locator) == ("Shares.", 4, "p9")


def test_key_words_are_split_from_their_line():
    record = competency(paragraph("Key Words: Trust, Sharing; Listening"), *BEHAVIOURS)
    assert record.key_words == ("Trust", "Sharing", "Listening")


def test_related_competencies_are_split_from_their_list():
    record = competency(
        *BEHAVIOURS, heading("Related Competencies", 2), item("Integrity"), item("Verbal and Written communication")
    )
    assert record.related == ("Integrity", "Verbal Communication", "Written Communication")


def test_a_sentence_under_the_related_section_gives_the_names_after_the_words_relating_them():
    record = competency(
        *BEHAVIOURS,
        heading("Links to other capabilities", 2),
        paragraph("Empathy links closely with Awareness of impact on others and Dealing with conflict."),
    )
    assert record.related == ("Awareness of Impact on Others", "Dealing with Conflict")  # names set in title case


# ------------------------------------------------------------------ activities
ACTIVITIES = heading("Development Activities", 2)


def test_each_list_item_is_one_activity():
    record = competency(ACTIVITIES, item("Lead a project."), item("Seek feedback."))
    assert texts(record.activities) == ["Lead a project.", "Seek feedback."]


def test_a_bold_lead_sentence_starts_an_activity_and_the_paragraphs_after_it_explain_it():
    record = competency(
        ACTIVITIES,
        paragraph("Lead a project.", bold=True),
        paragraph("Choose one that stretches you and ask for support."),
        paragraph("Seek feedback.", bold=True),
        paragraph("Ask peers what they see."),
    )
    assert texts(record.activities) == [
        "Lead a project. Choose one that stretches you and ask for support.",
        "Seek feedback. Ask peers what they see.",
    ]
    assert len(record.activities[0].source.spans) == 2


def test_without_bold_a_one_sentence_imperative_paragraph_starts_an_activity():
    record = competency(
        ACTIVITIES,
        paragraph("Lead a project."),
        paragraph("Choosing one that stretches you helps a lot."),
        paragraph("Seek feedback."),
        paragraph("Peers see what you miss."),
    )
    assert texts(record.activities) == [
        "Lead a project. Choosing one that stretches you helps a lot.",
        "Seek feedback. Peers see what you miss.",
    ]


def test_each_table_cell_is_an_activity_of_its_own_even_beside_a_bold_lead():
    record = competency(
        ACTIVITIES,
        *table(
            [
                ["Activity", "Agreed date"],
                [[paragraph("Lead a project.", bold=True), paragraph("Choose one that stretches you.")], ""],
                ["Shadow your manager during a difficult conversation", ""],
                ["Ask two colleagues for feedback on how well you listen", ""],
            ],
            header_row=True,
        ),
    )
    assert texts(record.activities) == [
        "Lead a project. Choose one that stretches you.",
        "Shadow your manager during a difficult conversation",
        "Ask two colleagues for feedback on how well you listen",
    ]


# ------------------------------------------------------------------ levels
def test_levels_are_ranked_1_for_the_lowest_whatever_the_print_order():
    record = competency(
        paragraph("Expert"),
        item("Coaches teams."),
        paragraph("Basic"),
        item("Hears others."),
        paragraph("Intermediate"),
        item("Leads meetings."),
    )
    assert [(lv.rank, lv.label, texts(lv.behaviors)) for lv in record.levels] == [
        (1, "Basic", ["Hears others."]),
        (2, "Intermediate", ["Leads meetings."]),
        (3, "Expert", ["Coaches teams."]),
    ]


def test_a_level_printed_under_several_groups_is_one_level_with_grouped_behaviours():
    def rated(low, high):
        return [paragraph("Level 1"), item(low), paragraph("Level 2"), item(high)]

    record = competency(
        heading("Proficiency Levels", 2),
        heading("Listening", 3),
        *rated("Hears others.", "Listens well."),
        heading("Speaking", 3),
        *rated("Speaks.", "Presents."),
    )
    assert [(lv.label, [(b.text, b.group) for b in lv.behaviors]) for lv in record.levels] == [
        ("Level 1", [("Hears others.", "Listening"), ("Speaks.", "Speaking")]),
        ("Level 2", [("Listens well.", "Listening"), ("Presents.", "Speaking")]),
    ]


def test_a_level_label_with_its_behaviour_on_one_line_gives_that_behaviour():
    record = competency(paragraph("Level 1: Hears what others say."), paragraph("Level 2: Listens to what they mean."))
    assert [texts(lv.behaviors) for lv in record.levels] == [["Hears what others say."], ["Listens to what they mean."]]


def level(rank, label):
    return Level(rank, label, (Item("x", Source("doc", None)),))


def record_with(*levels):
    return Competency("", "C", None, (), (), tuple(levels), (), (), (), (), (), (), (), ("doc",))


def test_a_competency_skipping_a_level_ranks_on_the_fullest_scale_of_the_document():
    full = record_with(level(1, "Contributing"), level(2, "Journey"), level(3, "Advanced"))
    partial = record_with(level(1, "Journey"))
    _, ranked = document_scale_ranks([full, partial])
    assert [(lv.rank, lv.label) for lv in ranked.levels] == [(2, "Journey")]


def test_the_one_order_all_competencies_agree_on_ranks_each_of_them():
    """A job profile's skills: one at "Awareness | Working | Practitioner", another at "Working | Practitioner |
    Expert": four steps, so the second ranks 2 to 4."""
    first = record_with(level(1, "Awareness"), level(2, "Working"), level(3, "Practitioner"))
    second = record_with(level(1, "Working"), level(2, "Practitioner"), level(3, "Expert"))
    _, ranked = document_scale_ranks([first, second])
    assert [(lv.rank, lv.label) for lv in ranked.levels] == [(2, "Working"), (3, "Practitioner"), (4, "Expert")]
    # two scales with nothing in common give no order together
    other = record_with(level(1, "Level 1"), level(2, "Level 2"))
    assert document_scale_ranks([second, other]) == [second, other]


def test_entries_of_one_name_that_each_give_levels_are_one_competency():
    """A skill listed at one level under each role of a job profile."""
    working = replace(record_with(level(1, "Working")), name="Business analysis")
    expert = replace(record_with(level(1, "Expert")), name="Business analysis")
    alone = replace(record_with(level(1, "Working")), name="User focus")
    merged, kept = merge_namesakes([working, alone, expert], VOCAB, {})
    assert kept == alone
    assert [(lv.rank, lv.label) for lv in merged.levels] == [(1, "Working"), (2, "Expert")]
    # without levels, namesakes stay apart (the dataset merges them by name)
    plain = replace(working, levels=())
    assert merge_namesakes([plain, plain], VOCAB, {}) == [plain, plain]


def test_levels_out_of_the_fullest_scales_order_keep_their_ranks():
    full = record_with(level(1, "Contributing"), level(2, "Journey"), level(3, "Advanced"))
    other = record_with(level(1, "Advanced"), level(2, "Contributing"))
    assert document_scale_ranks([full, other])[1] == other


def test_a_framework_printed_by_level_gives_each_competency_its_line_at_each_level():
    mastery, scope = records(
        heading("Career ladder"),
        heading("Junior Programmer", 2),
        paragraph("Mastery: Learns the language."),
        paragraph("Scope: Works on tasks."),
        heading("Senior Programmer", 2),
        paragraph("Mastery: Knows the language."),
        paragraph("Scope: Owns features."),
        heading("Principal Programmer", 2),
        paragraph("Mastery: Shapes the language."),
        paragraph("Scope: Owns systems."),
    )
    assert mastery.name == "Mastery" and mastery.definition is None
    assert [(lv.rank, lv.label, texts(lv.behaviors)) for lv in mastery.levels] == [
        (1, "Junior Programmer", ["Learns the language."]),
        (2, "Senior Programmer", ["Knows the language."]),
        (3, "Principal Programmer", ["Shapes the language."]),
    ]
    assert texts(scope.levels[0].behaviors) == ["Works on tasks."]


# ------------------------------------------------------------------ readings, resources, notes
def test_a_citation_is_parsed_and_a_sentence_after_it_is_its_description():
    record = competency(
        *BEHAVIOURS,
        heading("Suggested Readings", 2),
        item("Covey, S. R. (1989). The 7 habits of highly effective people. Free Press."),
        item("This book explains personal effectiveness in plain words."),
    )
    (reading,) = record.readings
    assert (reading.title, reading.authors, reading.publisher, reading.year) == (
        "The 7 habits of highly effective people",
        ("Covey, S. R.",),
        "Free Press",
        1989,
    )
    assert reading.description == "This book explains personal effectiveness in plain words."
    assert len(reading.source.spans) == 2


def test_a_reading_that_is_no_citation_keeps_its_title():
    record = competency(*BEHAVIOURS, heading("Suggested Readings", 2), item("Team Handbook"))
    assert [(r.title, r.authors, r.year) for r in record.readings] == [("Team Handbook", (), None)]


def test_a_reading_table_gives_one_reading_per_row():
    rows = [["Title", "Author/Publisher"], ["Fish Tales", "Stephen Lundin/Hyperion, 2002"]]
    record = competency(*BEHAVIOURS, heading("Suggested Readings", 2), table(rows, header_row=True))
    (reading,) = record.readings
    assert (reading.title, reading.authors, reading.publisher, reading.year) == (
        "Fish Tales",
        ("Stephen Lundin",),
        "Hyperion",
        2002,
    )


def test_a_reading_table_row_with_its_title_cell_empty_cites_nothing():
    rows = [["Title", "Year", ""], ["Fish Tales", "2002", ""], ["", "2004", "Reprinted"]]
    record = competency(*BEHAVIOURS, heading("Suggested Readings", 2), table(rows, header_row=True))
    assert [r.title for r in record.readings] == ["Fish Tales"]


def test_a_resource_named_by_its_title_is_a_reading_without_its_file_kind():
    record = competency(*BEHAVIOURS, heading("Resources", 2), item("Tips for Effective Team Meetings (PDF)"))
    assert [r.title for r in record.readings] == ["Tips for Effective Team Meetings"]


def test_a_resource_that_is_no_citation_nor_title_is_a_note():
    text = "Talk to your manager about the teams you could join next year."
    record = competency(*BEHAVIOURS, heading("Resources", 2), item(text))
    assert (record.readings, texts(record.notes)) == ((), [text])


def test_a_resource_that_is_no_citation_is_a_note_grouped_by_its_heading():
    text = "Talk to your manager about the teams you could join next year."
    record = competency(*BEHAVIOURS, heading("Resources", 2), item(text))
    assert [(n.text, n.group) for n in record.notes] == [(text, "Resources")]


@pytest.mark.parametrize(
    "text, title",
    [
        ("Tips for Effective Team Meetings (PDF)", True),
        ("Team Handbook", True),
        ("Read this book before your next review.", False),  # a sentence
        (" ".join(["word"] * 15), False),  # too long for a title
        ("", False),
    ],
)
def test_resource_title_is_short_and_no_sentence(text, title):
    assert resource_title(text) is title


def test_a_motto_after_the_name_is_a_note():
    record = only(heading("Uphold Integrity — Leading by example"), paragraph(DEFINITION), *BEHAVIOURS)
    assert (record.name, texts(record.notes)) == ("Uphold Integrity", ["Leading by example"])


def test_notes_keep_their_group_and_print_order():
    record = competency(
        *BEHAVIOURS,
        heading("Why it matters", 2),
        paragraph("Teams deliver more."),
        heading("Notes", 2),
        paragraph("See also the handbook for managers."),
    )
    assert [(n.text, n.group) for n in record.notes] == [
        ("Teams deliver more.", "Why it matters"),
        ("See also the handbook for managers.", "Notes"),
    ]


def test_names_with_the_required_level_after_a_dash_give_that_level_their_behaviours():
    """A job profile listing each competency at the level the role requires (the same level twice: no scale)."""
    found = records(
        heading("Competencies", 2),
        heading("Communicating – Level 2", 3),
        paragraph("Shares information clearly and adapts the message to the audience."),
        item("Explains decisions to members of the public in plain language."),
        item("Checks understanding before responding."),
        heading("Working Together – Level 2", 3),
        paragraph("Works cooperatively with colleagues to achieve shared aims."),
        item("Supports colleagues during busy periods."),
        item("Shares information with the team promptly."),
    )
    assert [(r.name, [(lv.rank, lv.label, len(lv.behaviors)) for lv in r.levels]) for r in found] == [
        ("Communicating", [(2, "Level 2", 2)]),
        ("Working Together", [(2, "Level 2", 2)]),
    ]
    assert found[0].definition == "Shares information clearly and adapts the message to the audience."


def test_a_name_with_the_required_level_in_brackets_gives_that_level_its_behaviours():
    record = only(
        heading("We take ownership (Level 2)"),
        paragraph("We take personal responsibility for our work and its quality."),
        item("I deal with problems as they arise."),
        item("I make sure that lessons from reviews are acted on."),
    )
    assert record.name == "We take ownership"
    assert [(lv.rank, lv.label, texts(lv.behaviors)) for lv in record.levels] == [
        (2, "Level 2", ["I deal with problems as they arise.", "I make sure that lessons from reviews are acted on."])
    ]
    assert record.indicators == ()


def test_a_flat_value_page_with_a_why_section_then_low_expected_outstanding_levels():
    """Lincolnshire (a PDF's text): every line a short heading of one style; the value's name, "Why is this
    important?" over narrative and the behaviours it asks for, then the performance levels."""
    found = records(
        heading("Political and commercial focus", 1),
        heading("Why is this important?", 1),
        paragraph("We want a workforce that understands the political setting in which we work."),
        paragraph("To achieve this you will need to demonstrate the following values and behaviours:"),
        item("understand how our political framework works"),
        item("know who your customers and stakeholders are"),
        heading("Low", 1),
        item("is not aware of our political framework"),
        heading("Expected", 1),
        item("understands how decisions are made in the council"),
        heading("Outstanding", 1),
        item("anticipates how political changes will affect own work"),
    )
    (record,) = found
    assert record.name == "Political and commercial focus"
    assert [(lv.rank, lv.label) for lv in record.levels] == [(1, "Low"), (2, "Expected"), (3, "Outstanding")]
    assert texts(record.indicators) == [
        "understand how our political framework works",
        "know who your customers and stakeholders are",
    ]
    assert texts(record.notes) == ["We want a workforce that understands the political setting in which we work."]


def test_plain_lines_over_definition_items_name_entries_and_a_remark_in_brackets_is_a_note():
    """Auburn's web page saved into Word: the names are plain lines, each over "Definition: ..." and "Observable
    Behaviors" list items; the first name carries a remark in brackets."""
    found = records(
        heading("Job Specific Competencies", 1),
        paragraph("Supervisors and employees select two to four competencies that matter most in the job."),
        paragraph("Effective Supervision (Required of all employees in a supervisory role)"),
        item("Definition: Training, coaching and developing the abilities of others."),
        item("Observable Behaviors"),
        item("Gives ongoing feedback and completes reviews on time", depth=1),
        paragraph("Customer Service"),
        item("Definition: Meeting the needs and expectations of internal and external customers."),
        item("Observable Behaviors"),
        item("Listens to customers to understand what they need", depth=1),
    )
    assert [(r.name, r.definition) for r in found] == [
        ("Effective Supervision", "Training, coaching and developing the abilities of others."),
        ("Customer Service", "Meeting the needs and expectations of internal and external customers."),
    ]
    assert texts(found[0].notes) == ["Required of all employees in a supervisory role"]
    assert texts(found[1].indicators) == ["Listens to customers to understand what they need"]


def test_two_words_joined_in_brackets_after_a_name_are_part_of_it():
    found = records(
        heading("Communications Skills (Oral & Written)", 2),
        paragraph("Definition: Expresses ideas clearly in speech and in writing."),
        heading("Creativity", 2),
        paragraph("Definition: Comes up with new ideas."),
    )
    assert [r.name for r in found] == ["Communications Skills (Oral & Written)", "Creativity"]
    assert not found[0].notes


def test_a_short_bold_item_inside_a_level_over_items_of_its_own_is_their_group():
    record = competency(
        item("Associate"),
        item("Practitioner Excellence", depth=1, bold=True),
        item("Performs well in their core skill set.", depth=2),
        item("Proactivity and Drive", depth=1, bold=True),
        item("Brings enthusiasm to their work.", depth=2),
        item("Mid"),
        item("Practitioner Excellence", depth=1, bold=True),
        item("Champions their skill set.", depth=2),
        item("Principal"),
        item("Sets the bar for practice.", depth=1),
    )
    assert [(lv.label, [(b.text, b.group) for b in lv.behaviors]) for lv in record.levels] == [
        (
            "Associate",
            [
                ("Performs well in their core skill set.", "Practitioner Excellence"),
                ("Brings enthusiasm to their work.", "Proactivity and Drive"),
            ],
        ),
        ("Mid", [("Champions their skill set.", "Practitioner Excellence")]),
        ("Principal", [("Sets the bar for practice.", None)]),
    ]


def test_a_callout_after_the_definition_is_a_note_not_more_of_it():
    record = only(
        heading("Openness"),
        paragraph("We share what we know and say what we think."),
        paragraph("⚠️ Senior Leadership behaviours for Openness are being reviewed."),
        *BEHAVIOURS,
    )
    assert record.definition == "We share what we know and say what we think."
    assert texts(record.notes) == ["⚠️ Senior Leadership behaviours for Openness are being reviewed."]


def test_sections_of_advice_set_under_the_definitions_heading_are_no_part_of_the_definition():
    """uOttawa: "Definition of the planning competency" > its paragraph > "Suggestions on how to develop this
    competency" > "On your own", "With your supervisor", each over advice."""
    record = only(
        heading("Planning competency"),
        heading("Definition of the planning competency", 2),
        paragraph("Sets priorities, organizes own work and schedules activities so deadlines are met."),
        heading("Suggestions on how to develop this competency", 3),
        heading("On your own", 4),
        item("Use a weekly planner to list your tasks and rank them by importance."),
        item("Break large assignments into smaller steps, each with its own deadline."),
        heading("With your supervisor", 4),
        item("Agree on priorities for the coming term and review them together every month."),
        item("Ask your supervisor for a small project that you plan from beginning to end."),
    )
    assert record.definition == "Sets priorities, organizes own work and schedules activities so deadlines are met."
    assert [(a.text[:12], a.group) for a in record.activities] == [
        ("Use a weekly", "On your own"),
        ("Break large ", "On your own"),
        ("Agree on pri", "With your supervisor"),
        ("Ask your sup", "With your supervisor"),
    ]


def test_a_forms_category_runs_its_name_in_again_over_its_definition_and_a_rating_to_tick_is_no_level():
    """UIS: "A. Job Knowledge" over "Job Knowledge: Shows the knowledge ...", then the values to tick."""
    ratings = ["Exceeds Expectations (4)", "Meets Expectations (3)", "Developing (2)", "Needs Improvement (1)"]
    record = only(
        heading("A. Job Knowledge", 2),
        paragraph("Job Knowledge: Shows the knowledge and skills needed to do the job well."),
        *map(paragraph, ratings),
    )
    assert record.name == "Job Knowledge"
    assert record.definition == "Shows the knowledge and skills needed to do the job well."
    assert record.levels == ()


def test_the_numbered_parts_of_a_domain_are_its_competencies():
    """ "Domain 1: ..." with its own description over "1.1 Clinical concepts", "1.2 Clinical Governance", each over
    statements of its own: the parts are the competencies, the domain only groups them."""
    found = records(
        heading("Domain 1: Health and Wellbeing in practice", 2),
        paragraph("Description: This domain concerns the health science knowledge informaticians need."),
        heading("1.1 Clinical concepts and language", 3),
        numbered("Applies clinical vocabulary in written and spoken work.", 1),
        heading("1.2 Clinical Governance", 3),
        numbered("Understands the main parts of the clinical governance framework.", 1),
        numbered("Uses data in clinical audit to find where services could improve.", 2),
    )
    assert [r.name for r in found] == ["Clinical concepts and language", "Clinical Governance"]
    assert texts(found[1].indicators) == [
        "Understands the main parts of the clinical governance framework.",
        "Uses data in clinical audit to find where services could improve.",
    ]


def test_a_knowledge_section_gives_indicators_grouped_by_its_heading():
    record = competency(
        *BEHAVIOURS, heading("KNOWLEDGE", 2), item("Data modelling concepts"), item("Backup and recovery methods")
    )
    assert texts(record.indicators) == ["Shares information.", "Data modelling concepts", "Backup and recovery methods"]
    # beside the behaviours' own section, each section groups its items
    assert [i.group for i in record.indicators] == ["Key Behaviours", "KNOWLEDGE", "KNOWLEDGE"]


def test_captions_naming_a_role_its_list_is_expected_of_are_levels_in_print_order():
    record = competency(
        heading("Capabilities", 2),
        paragraph("A Junior Developer is capable of:"),
        item("learning the concepts of the competency", depth=1),
        paragraph("An Intermediate Developer is capable of:"),
        item("using the modelling tools on features", depth=1),
        item("leading a discovery session", depth=1),
    )
    assert [(lv.label, lv.rank, len(lv.behaviors)) for lv in record.levels] == [
        ("Junior Developer", 1, 1),
        ("Intermediate Developer", 2, 2),
    ]


def test_entries_describing_each_level_under_a_heading_naming_the_levels_are_no_competencies():
    found = records(
        heading("Engineering Ladder", 1),
        heading("Career Levels", 2),
        heading("Junior Developer", 3),
        paragraph("As a Junior Developer you are at the start of your career and learn our method."),
        paragraph("You have a dedicated mentor who guides you through our way of working."),
        heading("Intermediate Developer", 3),
        paragraph("As an Intermediate Developer you design and build features with your team."),
        heading("Senior Developer", 3),
        paragraph("As a Senior Developer you have mastered our method and guide the people around you."),
        heading("Competencies", 1),
        heading("Business Analysis", 2),
        paragraph("This competency covers understanding our clients' needs."),
        heading("Key Behaviours", 3),
        item("Models the client's domain with the team."),
    )
    assert [r.name for r in found] == ["Business Analysis"]


def test_a_number_before_a_headings_dash_is_no_name():
    found = records(
        heading("Our values", 1),
        heading("1 – Integrity", 2),
        paragraph("Acting honestly and in line with the code of conduct in every situation."),
        item("Keeps promises."),
        heading("2 – Respect", 2),
        paragraph("Treating every person with dignity and fairness whatever their background."),
        item("Listens to others."),
    )
    assert [r.name for r in found] == ["Integrity", "Respect"]


def test_prose_after_the_last_of_a_run_of_name_and_definition_lines_closes_the_list():
    found = records(
        heading("Do you share our values?", 2),
        paragraph("Impact: We aim to make a positive difference through what we do and what we enable."),
        paragraph("Respect: We treat every person with dignity and fairness, and keep our workplace safe."),
        paragraph("Compassion: Empathy and care are at the heart of everything we do."),
        paragraph("We want you to see these values at every step of the application process and in our interviews."),
    )
    assert [r.name for r in found] == ["Impact", "Respect", "Compassion"]
    assert not found[-1].notes


def test_a_heading_whose_words_name_a_field_goes_on_with_the_competency_a_table_names():
    found = records(
        table([["Competency", "Communication"], ["Definition", "Expresses ideas clearly, orally and in writing."]]),
        heading("Competency-based questions", 3),
        numbered("Describe a time you had to explain a complicated rule to someone.", 1),
        numbered("Tell us about a time a colleague misunderstood you. What did you do?", 2),
    )
    assert [r.name for r in found] == ["Communication"]
    assert len(found[0].interview_questions) == 2


def test_related_elements_listed_by_their_codes_are_named_whole_without_the_code():
    record = competency(
        heading("Related CEs", 2),
        item("Perspective 2: Governance, structures and processes"),
        item("Practice 11: Risk and opportunity"),
    )
    assert record.related == ("Governance, structures and processes", "Risk and opportunity")


def test_banner_rows_naming_competencies_by_their_codes_divide_a_table_into_entries():
    """UK-SPEC's standard: "A Knowledge and understanding" across the table, a row defining it, then its statements
    beside their examples of evidence."""
    found = records(
        table(
            [
                ["Competence and commitment standard", "Examples of evidence"],
                ["A Knowledge and understanding", None],
                ["Engineers shall: Use general and specialist engineering knowledge.", None],
                [
                    "Keep up a sound theoretical approach to new technology.",
                    [item("Applying principles to a problem.")],
                ],
                ["B Design and development", None],
                ["Engineers shall: Use appropriate methods to solve engineering problems.", None],
                ["Identify and select techniques for engineering tasks.", [item("Setting the task's parameters.")]],
            ],
            header_row=True,
        )
    )
    assert [(r.name, r.definition) for r in found] == [
        ("Knowledge and understanding", "Use general and specialist engineering knowledge."),
        ("Design and development", "Use appropriate methods to solve engineering problems."),
    ]
    assert [(i.text, i.group) for i in found[1].indicators] == [
        ("Identify and select techniques for engineering tasks.", None),
        ("Setting the task's parameters.", "Examples of evidence"),
    ]


def test_a_skill_by_level_matrix_under_a_role_heading_names_the_competencies_not_the_role():
    found = records(
        heading("Engineer", 1),
        heading("Key Skills", 2),
        table(
            [
                ["Skill", "Level 1", "Level 2", "Level 3"],
                ["JavaScript", "Reads simple scripts.", "Writes plain scripts.", "Organises features into modules."],
                ["Estimation", "Estimates small tasks.", "Estimates most tasks.", "Estimates whole features."],
            ],
            header_row=True,
        ),
    )
    assert [r.name for r in found] == ["JavaScript", "Estimation"]
    assert [lv.label for lv in found[0].levels] == ["Level 1", "Level 2", "Level 3"]


def test_banner_rows_over_rows_named_in_the_first_column_are_domains_not_entries():
    found = records(
        table(
            [
                ["Area", "Behaviours"],
                ["1. PHARMACEUTICAL PUBLIC HEALTH", None],
                ["Emergency response", [item("Takes part in drawing up emergency plans.")]],
                ["Health promotion", [item("Delivers advice on healthy lifestyles.")]],
                ["2. PHARMACEUTICAL CARE", None],
                ["Patient consultation", [item("Checks what the patient already knows.")]],
            ],
            header_row=True,
        )
    )
    assert not any("PHARMACEUTICAL" in r.name for r in found)


def test_tables_each_titled_by_a_numbered_name_under_one_heading_are_each_a_competency():
    """Otago's PDR tables: "2. Teamwork and co-operation" across the top, its definition, then "Fully competent |
    Outstanding" over the cells of each."""

    def titled(name, definition, first, second):
        rows = [[name], [definition], ["Fully competent", "Outstanding"], [first, second]]
        return table(rows, number=int(name[0]))

    found = records(
        heading("PDR competency tables – professional staff", 1),
        paragraph("These tables set out the generic competencies used in the performance review."),
        titled("2. Teamwork and co-operation", "Works with others toward the team's goals.", "Shares work.", "Leads."),
        titled("5. Service to customers", "Understands who the customers of the role are.", "Responds.", "Improves."),
    )
    assert [r.name for r in found] == ["Teamwork and co-operation", "Service to customers"]
    assert [lv.label for lv in found[0].levels] == ["Fully competent", "Outstanding"]


def test_a_label_set_like_the_levels_around_it_is_a_step_of_their_scale():
    """ "Releasing:" between "Competent:" and "Transforming:": a step the vocabulary does not know, ranked between."""
    record = competency(
        paragraph("Emerging:"),
        paragraph("I help with planning for the future."),
        paragraph("Competent:"),
        paragraph("I plan strategically and spot trends."),
        paragraph("Releasing:"),
        paragraph("I share what I learn so that others plan well."),
        paragraph("Transforming:"),
        paragraph("I build a culture of adaptive leadership."),
    )
    assert [(lv.label, lv.rank) for lv in record.levels] == [
        ("Emerging", 1),
        ("Competent", 2),
        ("Releasing", 3),
        ("Transforming", 4),
    ]


def test_a_labelled_line_listing_course_titles_gives_one_course_each():
    record = competency(
        *BEHAVIOURS,
        paragraph("Recommended Training: Leading Change at ODOT, Growth Mindset for Leaders, Lean Problem Solving"),
    )
    assert texts(record.courses) == ["Leading Change at ODOT", "Growth Mindset for Leaders", "Lean Problem Solving"]


def test_a_line_labelled_as_listing_questions_gives_one_question_each():
    """jobs.ac.uk: "Questions : How might you ...? How have you ...? Tell us about a time when ... What did you do
    to put it right?": three questions, the sentence before the last going with it."""
    comp = only(
        heading("Team working"),
        paragraph("Working with other people towards goals you share."),
        item(
            "Questions : How might you encourage a colleague? How have you shaped a team's plan? Tell us about a "
            "time when a misunderstanding arose. What did you do to put it right?"
        ),
    )
    assert texts(comp.interview_questions) == [
        "How might you encourage a colleague?",
        "How have you shaped a team's plan?",
        "Tell us about a time when a misunderstanding arose. What did you do to put it right?",
    ]


def test_a_question_with_its_follow_up_on_one_line_is_one_question():
    comp = only(
        heading("Teamwork"),
        paragraph("Working with others towards shared goals."),
        heading("Interview Questions", 2),
        item("Tell me about a time you disagreed with your team? What did you do?"),
    )
    assert texts(comp.interview_questions) == ["Tell me about a time you disagreed with your team? What did you do?"]


def test_courses_among_learning_resources_are_courses_and_citations_readings():
    """World Vision: "Learning resources" listing "Report Writing for Field Staff (e-learning, 4 hours)" beside a
    book: the course is a course, the book a reading."""
    comp = only(
        heading("Communicating effectively"),
        paragraph("Shares information clearly with communities and colleagues."),
        heading("Behavioural indicators", 2),
        item("Writes reports that partners can act on."),
        heading("Learning resources", 2),
        item("Report Writing for Field Staff (e-learning, 4 hours)"),
        item("Hansen, M. T. (2009). Collaboration. Harvard Business Press."),
    )
    assert texts(comp.courses) == ["Report Writing for Field Staff (e-learning, 4 hours)"]
    assert [r.title for r in comp.readings] == ["Collaboration"]


def test_clauses_finishing_a_statements_sentence_are_one_item_with_it():
    """IFoA: "Able to produce reports in which:" over "the key issues are identified;", "the style suits the
    audience." (each a clause of one sentence, closed by ";" and the last by "."): one indicator, as printed."""
    record = competency(
        heading("Key Behaviours", 2),
        paragraph("Report Writing: Able to produce high quality reports in which:"),
        item("the key issues are clearly identified;", depth=1),
        item("any limitations are made transparent; and", depth=1),
        item("the style suits the audience.", depth=1),
        paragraph("Presenting: Able to give presentations that hold the audience."),
    )
    assert [i.text for i in record.indicators] == [
        "Report Writing: Able to produce high quality reports in which: the key issues are clearly identified; any"
        " limitations are made transparent; and the style suits the audience.",
        "Presenting: Able to give presentations that hold the audience.",
    ]
    # items that stand as statements of their own stay apart
    apart = competency(
        heading("Key Behaviours", 2),
        item("The nurse is able to do the following:"),
        item("Plans care with the patient.", depth=1),
        item("Reviews care with the team.", depth=1),
    )
    assert len(apart.indicators) >= 2


def test_an_entry_printed_twice_gives_its_items_once():
    """A section pasted twice in a page ("Continuous Deployment" again further on): one competency, each item once."""
    once = replace(record_with(level(1, "1 - Understand"), level(2, "2 - Follow")), name="Continuous Deployment")
    (merged,) = merge_namesakes([once, replace(once)], VOCAB, {})
    assert [(lv.label, len(lv.behaviors)) for lv in merged.levels] == [("1 - Understand", 1), ("2 - Follow", 1)]
    # different items of two namesakes are all kept
    other = replace(once, levels=(Level(1, "1 - Understand", (Item("y", Source("doc", None)),)),))
    (merged,) = merge_namesakes([once, other], VOCAB, {})
    assert [texts(lv.behaviors) for lv in merged.levels] == [["x", "y"], ["x"]]


def test_related_capabilities_one_a_bullet_are_one_name_each_whatever_their_case():
    """Victoria's capability page: "Related capabilities" over "Lived and living experience-informed practice",
    "Recovery-oriented practice", "Family, carer and supporter inclusive practice"."""
    names = [
        "Lived and living experience-informed practice",
        "Recovery-oriented practice",
        "Family, carer and supporter inclusive practice",
    ]
    found = records(
        heading("Trauma-informed practice"),
        paragraph("Trauma-informed practice recognises the effect of trauma on the people who use services."),
        heading("Related capabilities", 2),
        *[item(n) for n in names],
    )
    assert list(found[0].related) == names
