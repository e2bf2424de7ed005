"""Proficiency levels: which labels are levels, which runs of them form a scale, and how the levels rank (1 = the
lowest proficiency, whatever order the document prints them in)."""

from __future__ import annotations

import pytest

from pipeline.extract.scale import (
    document_keys,
    document_ladders,
    enumerations,
    explicit,
    is_scale,
    level_key,
    listed_levels,
    listed_scale,
    lowest_first,
    numbered_scale,
    parse_level,
    rank_levels,
    required_levels,
    stated_direction,
)
from pipeline.extract.terms import is_front_matter

from .helpers import VOCAB


def levels(*labels):
    found = [parse_level(label, VOCAB) for label in labels]
    assert all(found), labels
    return found


@pytest.mark.parametrize(
    "label, order, numeric, name",
    [
        ("Proficiency Level 5", 5, True, None),
        ("Level 3 - Advanced", 3, True, "advanced"),  # the number orders it, the name is kept
        ("4 - Expert", 4, True, "expert"),
        ("Expert (5)", 5, True, "expert"),
        ("Advanced", 4, False, "advanced"),
        ("Senior 2", 4.2, False, "senior"),  # a step after "Senior 1"
        ("Above Expectations Level", 4, False, "above expectations"),
        ("Level 1 (GA)", 1, True, None),  # a grade in brackets after the label
        ("Advanced (Senior Officers)", 4, False, "advanced"),
        ("Junior to Mid", 1, False, "junior"),  # a step up from the first
    ],
)
def test_parse_level_reads_numbers_names_and_steps(label, order, numeric, name):
    level = parse_level(label, VOCAB)
    assert (level.label, level.order, level.numeric, level.name) == (label, order, numeric, name)


def test_parse_level_reads_a_letter_with_a_the_lowest():
    level = parse_level("Level B", VOCAB)
    assert (level.letter, level.order, level.numeric) == ("B", 2, False)


def test_a_label_loses_its_glyph_and_trailing_colon():
    assert parse_level("• Level 2:", VOCAB).label == "Level 2"


@pytest.mark.parametrize(
    "label, name",
    [("Senior Leaders", "senior leader"), ("For Managers", "manager"), ("Team Leader/Project Manager", "team leader")],
)
def test_a_level_named_for_a_group_of_people_is_its_singular_known_name(label, name):
    level = parse_level(label, VOCAB)
    assert (level.label, level.name) == (label, name)


def test_a_section_name_with_an_explicit_level_after_a_dash_is_that_level():
    assert parse_level("Behavioral Indicators – Operational level", VOCAB).label == (
        "Behavioral Indicators – Operational level"
    )
    assert parse_level("Behavioral Indicators – Advanced", VOCAB) is None  # a name alone says no level there


@pytest.mark.parametrize(
    "text",
    [
        "Teamwork",
        "Communicates clearly with others",
        "1) Sharing Knowledge",  # a number before an unknown name is an enumeration
        "Level " + "x" * 80,  # too long for a label
        "",
    ],
)
def test_text_that_names_no_level(text):
    assert parse_level(text, VOCAB) is None


def test_grade_labels_count_only_as_table_header_cells():
    assert parse_level("EL 2", VOCAB) is None
    assert parse_level("EL 2", VOCAB, header=True).order == 2


def test_explicit_means_the_label_says_level():
    assert explicit(parse_level("Tier B", VOCAB))
    assert not explicit(parse_level("Advanced", VOCAB))
    assert not explicit(parse_level("4 - Expert", VOCAB))


# ------------------------------------------------------------------ scales
def test_one_label_alone_is_a_scale_only_when_it_says_level():
    assert is_scale(levels("Level 3"), VOCAB)
    assert not is_scale(levels("Advanced"), VOCAB)


def test_numbers_form_a_scale_when_they_rise_or_fall_steadily():
    assert is_scale(levels("Level 1", "Level 2", "Level 3"), VOCAB)
    assert is_scale(levels("Level 3", "Level 2", "Level 1"), VOCAB)
    assert not is_scale(levels("Level 1", "Level 3", "Level 2"), VOCAB)


def test_letters_form_a_scale_in_order():
    assert is_scale(levels("Level A", "Level B", "Level C"), VOCAB)
    assert not is_scale(levels("Level C", "Level A", "Level B"), VOCAB)


def test_names_form_a_scale_when_one_scale_of_the_vocabulary_holds_them_all():
    assert is_scale(levels("Basic", "Intermediate", "Advanced"), VOCAB)
    assert not is_scale(levels("Junior", "Threshold"), VOCAB)  # a career word and a language band


def test_the_same_label_twice_is_no_scale():
    assert not is_scale(levels("Level 1", "Level 1"), VOCAB)


@pytest.mark.parametrize("numbers, counted", [([1, 2, 3], True), ([3, 2, 1], True), ([1, 3], False), ([1], False)])
def test_numbered_scale_counts_without_gaps(numbers, counted):
    assert numbered_scale(numbers) is counted


# ------------------------------------------------------------------ ranks
def test_printed_numbers_rank_the_levels():
    assert rank_levels(levels("Level 3", "Level 1", "Level 2"), VOCAB) == [3, 1, 2]


def test_names_rank_by_their_place_on_their_scale_whatever_the_print_order():
    assert rank_levels(levels("Expert", "Basic", "Intermediate"), VOCAB) == [3, 1, 2]


def test_names_sharing_a_place_are_told_apart_by_print_order():
    assert rank_levels(levels("Team Leader", "Supervisor", "Manager"), VOCAB) == [1, 2, 3]


def test_letters_rank_a_lowest_unless_the_documents_key_says_otherwise():
    labels = levels("Level A", "Level B", "Level C")
    assert rank_levels(labels, VOCAB) == [1, 2, 3]
    assert rank_levels(labels, VOCAB, {"level a": 3, "level b": 2, "level c": 1}) == [3, 2, 1]


def test_a_key_of_level_numbers_overrides_the_printed_numbers():
    key = stated_direction(["Level 1 is the most senior."])
    assert rank_levels(levels("Level 1", "Level 2", "Level 3"), VOCAB, key) == [3, 2, 1]


def test_a_key_that_misses_a_label_is_not_used():
    assert rank_levels(levels("Level 1", "Level 2"), VOCAB, {"level 1": 5.0}) == [1, 2]


def test_rank_levels_of_nothing_is_nothing():
    assert rank_levels([], VOCAB) == []


def test_level_key_reads_the_order_from_the_scale_words_of_the_descriptions():
    rows = [("Level A", "outstanding performance"), ("Level B", "proficient work"), ("Level C:", "basic knowledge")]
    assert level_key(rows, VOCAB) == {"level a": 3.0, "level b": 2.0, "level c": 1.0}
    upward = [("Level A", "basic knowledge"), ("Level B", "expert practice")]
    assert level_key(upward, VOCAB) == {"level a": 1.0, "level b": 2.0}


def test_level_key_says_nothing_without_scale_words_or_with_one_place():
    assert level_key([("Level A", "first row"), ("Level B", "second row")], VOCAB) == {}
    assert level_key([("Level A", "basic"), ("Level B", "basic")], VOCAB) == {}


def test_stated_direction_reverses_letters_when_a_is_the_highest():
    key = stated_direction(["There are levels A, B, C and D – with level A the highest."])
    assert key["level a"] > key["level b"] > key["level d"]


@pytest.mark.parametrize(
    "text",
    [
        "with level D the highest",
        "Level 1 is the lowest",
        "Levels go from 1 to 5.",
        "Levels are listed from the highest (Level 4) to the lowest (Level 1).",  # no statement across a bracket
    ],
)
def test_stated_direction_gives_no_key_for_the_usual_order_or_no_statement(text):
    assert stated_direction([text]) == {}


# ------------------------------------------------------------------ the document's own ladders and enumerations
def test_a_ladder_of_titles_recurring_under_two_headings_is_a_level_scale():
    labels = [("Nurse Clinician I", 1), ("Nurse Clinician II", 1), ("Nurse Clinician I", 2), ("Nurse Clinician II", 2)]
    assert parse_level("Nurse Clinician II", VOCAB) is None
    level = parse_level("Nurse Clinician II", document_ladders(labels, VOCAB))
    assert (level.order, level.numeric) == (2, True)


def test_a_values_frameworks_expected_practice_ranks_below_above_and_beyond():
    """New Charter: "Above and beyond | Expected Practice", the higher printed first."""
    labels = [parse_level("Above and beyond", VOCAB), parse_level("Expected Practice", VOCAB)]
    assert is_scale(labels, VOCAB) and rank_levels(labels, VOCAB) == [2, 1]


def test_a_caption_speaking_of_this_level_names_no_level():
    """ "Officers at this level:" over what they do: the level is the heading's, the caption names none; "Executive
    level" does."""
    assert parse_level("Officers at this level:", VOCAB) is None
    assert parse_level("Team Leader Level", VOCAB) is not None


def test_numbered_names_recurring_under_two_headings_are_a_level_scale():
    """A progression page's "0 - None" ... "5 - Evangelise" under every skill: names of no known scale."""
    steps = ["0 - None", "1 - Understand", "2 - Follow", "3 - Practice", "4 - Drive/Lead"]
    labels = [(step, parent) for parent in (1, 2) for step in steps]
    assert parse_level("2 - Follow", VOCAB) is None
    vocab = document_ladders(labels, VOCAB)
    assert [parse_level(step, vocab).order for step in steps] == [0, 1, 2, 3, 4]
    assert parse_level("2 - Explore", vocab) is None  # a name of no step
    # printed once (a numbered list of sections), with a gap, or naming sections the vocabulary knows: no scale
    assert document_ladders([(step, 1) for step in steps], VOCAB) is VOCAB
    gapped = [(step, parent) for parent in (1, 2) for step in steps if not step.startswith("2")]
    assert document_ladders(gapped, VOCAB) is VOCAB
    sections = ["1. Definition", "2. Behaviours", "3. Interview Questions"]
    assert document_ladders([(s, parent) for parent in (1, 2) for s in sections], VOCAB) is VOCAB


def test_an_enumeration_printed_once_is_no_ladder():
    assert document_ladders([("Domain 1", 1), ("Domain 2", 1)], VOCAB) is VOCAB


def test_a_ladder_with_a_gap_is_no_ladder():
    labels = [("Engineer 1", 1), ("Engineer 3", 1), ("Engineer 1", 2), ("Engineer 3", 2)]
    assert document_ladders(labels, VOCAB) is VOCAB


def test_numbered_headings_running_on_across_sections_are_an_enumeration():
    headings = [
        ("bold", "1. Vision", 1),
        ("bold", "2. Plans", 1),
        ("bold", "3 - Results", 5),
        ("bold", "4 - Growth", 5),
    ]
    assert enumerations(headings, VOCAB).enumerated_styles == {"bold"}


def test_numbered_headings_starting_again_in_each_section_count_levels():
    headings = [
        ("bold", "1. Vision", 1),
        ("bold", "2. Plans", 1),
        ("bold", "1 - Results", 5),
        ("bold", "2 - Growth", 5),
    ]
    assert enumerations(headings, VOCAB) is VOCAB


def test_names_each_at_a_required_level_are_no_level_labels():
    """A job profile's "Communicating – Level 2", "Delivering Results – Level 2", "Working Together – Level 1"."""
    headings = [
        ("h3", "Communicating – Level 2", 4),
        ("h3", "Delivering Results – Level 2", 4),
        ("h3", "Working Together - Level 1", 4),
    ]
    found = required_levels(headings, VOCAB)
    assert found.named_at_level == {
        "communicating – level 2",
        "delivering results – level 2",
        "working together - level 1",
    }
    assert parse_level("Communicating – Level 2", found) is None
    assert parse_level("Communicating – Level 2", VOCAB) is not None


@pytest.mark.parametrize(
    "texts",
    [
        # one name over several levels: the levels of that section
        ["Behavioural Indicators – Operational level", "Behavioural Indicators – Strategic level"],
        # named steps climbing one at a time: a ladder
        ["Graduate – Level 1", "Practitioner – Level 2", "Senior Practitioner – Level 3"],
        # a heading alone says nothing of its siblings
        ["Communicating – Level 2"],
        # known level names before the dash: a scale whose steps are named twice
        ["Foundation – Level 1", "Advanced – Level 1"],
    ],
)
def test_a_scale_printed_with_dashes_stays_a_scale(texts):
    assert required_levels([("h3", t, 4) for t in texts], VOCAB) is VOCAB


def test_a_zero_level_printed_after_the_others_still_makes_a_scale():
    """DFID's "LEVEL 1" ... "LEVEL 4" then "LEVEL 0 - INEFFECTIVE": one scale; the zero step ranks lowest."""
    labels = levels("Level 1", "Level 2", "Level 3", "Level 4", "Level 0 - Ineffective")
    assert is_scale(labels, VOCAB)
    assert rank_levels(labels, VOCAB) == [2, 3, 4, 5, 1]
    assert not is_scale(levels("Level 1", "Level 3", "Level 0"), VOCAB)  # a gap: no scale


def test_a_sentence_saying_level_one_is_the_highest_turns_the_numbers_round():
    key = stated_direction(["Level one is the highest level, but it is not required for every position."])
    assert rank_levels(levels("Level 1", "Level 2", "Level 3"), VOCAB, key) == [3, 2, 1]


@pytest.mark.parametrize("label", ["Proficiency Level", "Required Level", "Competency Level"])
def test_the_name_of_a_scale_is_no_level_of_it(label):
    """NASA's "Proficiency Level" heading over a role's behaviours names the scale, not one of its levels."""
    assert parse_level(label, VOCAB) is None
    assert parse_level("Foundation Level", VOCAB) is not None


def test_one_label_alone_is_a_level_only_with_a_step_of_a_scale():
    assert is_scale([parse_level("Level 3", VOCAB)], VOCAB)
    vetting = parse_level("Vetting level", VOCAB)  # "Vetting level: Management Vetting (MV)", a job profile's line
    assert vetting is not None and not is_scale([vetting], VOCAB)


def test_phase_numbers_a_level_and_a_hyphen_spells_a_known_name_as_well():
    assert parse_level("Phase II", VOCAB).order == 2
    spelt = [parse_level(label, VOCAB) for label in ("Entry-level", "Entry level", "Mid level", "Mid-level")]
    assert all(lv is not None and lv.name for lv in spelt)
    assert spelt[0].order == spelt[1].order < spelt[2].order == spelt[3].order


@pytest.mark.parametrize(
    "label, order",
    [
        ("Level L2", 2.0),  # a ladder's code after "Level"
        ("Software Engineer - Level L1 (0-1 Years Experience)", 1.0),  # a role, the level, a note in brackets
        ("Software Engineer - Level 3 (2-3 Years Experience)", 3.0),
    ],
)
def test_a_level_with_a_code_letter_or_a_note_after_a_role_is_read(label, order):
    level = parse_level(label, VOCAB)
    assert level is not None and (level.order, level.label) == (order, label)


def test_a_code_letter_alone_is_no_level():
    assert parse_level("Level L", VOCAB) is None


def lines(names):
    """A key's labelled lines: each name with what it means."""
    return [(name, f"what {name.lower()} means.") for name in names]


def test_a_key_of_labelled_lines_under_a_heading_naming_levels_is_the_documents_scale():
    """AITSL: "Career stages" over "Graduate – ...", "Proficient – ...", "Highly Accomplished – ...", "Lead – ..."."""
    names = ["Graduate", "Proficient", "Highly Accomplished", "Lead"]
    assert parse_level("Highly Accomplished", VOCAB) is None
    vocab = document_keys([("Career stages", lines(names))], VOCAB)
    levels = [parse_level(n, vocab) for n in names]
    assert all(lv is not None for lv in levels)
    assert is_front_matter("Career stages", vocab)  # the key explains the scale: no competency's levels
    # lines under a heading that names no scale say nothing about one
    assert document_keys([("Key people", lines(names))], VOCAB) is VOCAB
    assert document_keys([("Career stages", lines(names[:2]))], VOCAB) is VOCAB  # two lines are no scale


def test_a_keyed_name_of_any_shape_is_a_level_as_printed():
    names = ["Unregistered practitioner", "Competent nurse", "Senior practitioner/expert nurse", "Consultant nurse"]
    vocab = document_keys([("Levels of practice", lines(names))], VOCAB)
    level = parse_level("Senior practitioner/expert nurse", vocab)
    assert level is not None and level.label == "Senior practitioner/expert nurse"


def test_a_key_of_lettered_levels_makes_the_bare_letters_levels():
    """UMHS: "Level A – advanced beginner ...", "Level C – ..." (no B) in the key, then "A. Uses ...", "C. ..."."""
    vocab = document_keys([("Levels", lines(["Level A", "Level C", "Level D", "Level E", "Level F"]))], VOCAB)
    level = parse_level("C.", vocab)
    assert level is not None and (level.label, level.letter) == ("C", "C")
    assert parse_level("B.", vocab) is None  # a letter the key does not list
    assert parse_level("C.", VOCAB) is None  # no key, no bare letter


@pytest.mark.parametrize(
    "label, name",
    [
        ("Foundational Outcomes", "foundational"),
        ("Intermediate Outcomes", "intermediate"),
        ("Advanced Behaviours", "advanced"),
    ],
)
def test_a_level_name_before_the_field_it_fills_is_that_level(label, name):
    """ACPA/NASPA: "Foundational Outcomes", "Intermediate Outcomes", "Advanced Outcomes" under each competency."""
    level = parse_level(label, VOCAB)
    assert level is not None and (level.label, level.name) == (label, name)


@pytest.mark.parametrize("label", ["Effective Behaviours", "Positive Indicators", "Key Behaviours"])
def test_a_word_that_judges_a_behaviour_is_no_level_before_its_field(label):
    assert parse_level(label, VOCAB) is None


def test_a_key_of_numbered_levels_names_each_by_the_words_after_its_number():
    """DepEd: "Career Stages" over "Career Stage 1: Beginning Teachers have ...", ...: the names are levels where
    the document prints them alone ("BEGINNING TEACHERS" over a column), and the key is front matter."""
    key = [
        ("Career Stage 1: Beginning Teachers", "have the qualifications for entry."),
        ("Career Stage 2: Proficient Teachers", "work on their own."),
        ("Career Stage 3: Highly Proficient Teachers", "mentor others."),
        ("Career Stage 4", "Distinguished Teachers lead the profession."),
    ]
    vocab = document_keys([("Career Stages", key)], VOCAB)
    levels = [parse_level(n, vocab, header=True) for n in ("BEGINNING TEACHERS", "DISTINGUISHED TEACHERS")]
    assert [lv is not None for lv in levels] == [True, True]
    assert levels[0].order < levels[1].order
    assert is_front_matter("Career Stages", vocab)


@pytest.mark.parametrize(
    "labels",
    [
        ["Frontline", "Supervisory", "Manager", "Executive"],  # a county's job levels as a matrix's columns
        ["General Service", "Professional staff", "Managerial"],  # UN staff categories
        ["Managerial", "Professional staff", "General Service"],  # the same, printed high to low
    ],
)
def test_job_levels_and_staff_categories_form_scales(labels):
    levels = [parse_level(label, VOCAB) for label in labels]
    assert all(levels)
    assert is_scale(levels, VOCAB)


def test_professional_alone_is_no_level():
    # a word of titles ("AUSTRALIAN / PROFESSIONAL / STANDARDS FOR TEACHERS" set on three lines)
    assert parse_level("PROFESSIONAL", VOCAB) is None


def test_a_lone_level_ranks_by_its_place_on_a_key_printed_with_ranks():
    """A competency held at "Intermediate" only, in a document keyed "Foundation | Intermediate | Advanced"."""
    key = {"foundation": 1.0, "intermediate": 2.0, "advanced": 3.0}
    assert rank_levels(levels("Intermediate"), VOCAB, key) == [2]
    assert rank_levels(levels("Intermediate", "Advanced"), VOCAB, key) == [1, 2]  # as before: ranked among its own


def test_a_keys_names_are_put_lowest_first_when_those_the_vocabulary_knows_go_down():
    assert lowest_first(["Senior Leadership", "Principal", "Lead", "Mid", "Associate"], VOCAB) == [
        "Associate",
        "Mid",
        "Lead",
        "Principal",
        "Senior Leadership",
    ]
    # one known name says nothing of the order: kept as printed
    assert lowest_first(["Tactical", "Operational", "Managerial", "Advanced Professional"], VOCAB) == [
        "Tactical",
        "Operational",
        "Managerial",
        "Advanced Professional",
    ]


def test_a_federal_career_ladders_levels_are_a_scale_and_a_kind_of_competency_is_no_level():
    labels = [parse_level(t, VOCAB) for t in ("ENTRY LEVEL", "DEVELOPMENTAL LEVEL", "FULL PERFORMANCE LEVEL")]
    assert all(labels) and is_scale(labels, VOCAB)
    assert rank_levels(labels, VOCAB) == [1, 2, 3]
    assert parse_level("Essential Competencies", VOCAB) is None  # a kind of competency, not the "Essential" level
    assert parse_level("Core Behaviours", VOCAB) is None


@pytest.mark.parametrize(
    "names",
    [("Below expectations", "Meeting expectations", "Exceeding expectations"), ("Fully competent", "Outstanding")],
)
def test_performance_ratings_in_their_gerund_and_competent_forms_are_a_scale(names):
    labels = [parse_level(t, VOCAB) for t in names]
    assert all(labels) and is_scale(labels, VOCAB)


def test_a_clinical_recognition_ladders_levels_of_practice_are_a_scale():
    labels = [parse_level(t, VOCAB) for t in ("Entry", "Clinician", "Advanced Clinician", "Clinical Scholar")]
    assert all(labels) and is_scale(labels, VOCAB)
    assert rank_levels(labels, VOCAB) == [1, 2, 3, 4]


def test_a_sentence_listing_the_levels_in_order_is_a_key_that_ranks_a_level_alone():
    """LGNSW: "Each capability is described at five levels: Foundational, Intermediate, Adept, Advanced and Highly
    Advanced", then a position's capabilities each at one level."""
    key = listed_scale(
        [
            "Each capability is described at five levels: "
            "Foundational, Intermediate, Adept, Advanced and Highly Advanced."
        ],
        VOCAB,
    )
    assert key["adept"] == 3.0 and key["highly advanced"] == 5.0
    assert rank_levels([parse_level("Adept", VOCAB)], VOCAB, key) == [3]


def test_a_list_after_a_colon_that_names_no_levels_is_no_key():
    assert listed_scale(["The framework has three levels: Teams, Divisions and the Agency."], VOCAB) == {}


def test_a_level_counted_in_words_before_its_kind_is_ranked_by_its_count():
    """IBSA's matrix: "First Level Practitioner | Second Level Practitioner | Third Level Practitioner"."""
    found = [parse_level(t, VOCAB, header=True) for t in ("First Level Practitioner", "Third Level Practitioner")]
    assert [(lv.order, lv.numeric) for lv in found if lv] == [(1.0, True), (3.0, True)]


def test_the_half_steps_of_a_five_point_rating_rank_between_the_whole_ones():
    labels = ["Below Expectations", "Meets Some Expectations", "Meets Expectations", "Exceeds Some Expectations"]
    found = [parse_level(t, VOCAB) for t in labels + ["Exceeds Expectations"]]
    assert all(lv is not None for lv in found)
    orders = [lv.order for lv in found if lv is not None]
    assert orders == sorted(orders) and len(set(orders)) == 5


def test_a_known_word_before_a_slash_and_a_phrase_in_lower_case_names_no_level():
    assert parse_level("Learning/strategic systems thinking", VOCAB) is None
    assert parse_level("Team Leader/Project Manager", VOCAB) is not None
    assert parse_level("manager/executive", VOCAB) is not None  # a label compared casefolded


def test_a_sentence_in_brackets_after_a_level_is_its_text_not_a_note():
    assert parse_level("Advanced (Senior Officers)", VOCAB) is not None
    assert parse_level("Meets Expectations (Shows personal integrity and ethical behavior.)", VOCAB) is None


def test_a_known_word_beside_a_slash_and_a_name_of_no_one_names_no_level():
    # "Supervisory/Leadership Skills": an interview guide's competency, not a level for supervisors
    assert parse_level("Supervisory/Leadership Skills", VOCAB) is None
    assert parse_level("Supervisor/Team Leader", VOCAB) is not None  # both names of people


def test_a_list_under_a_lead_in_that_speaks_of_levels_gives_the_documents_scale():
    names = ["Competent nurse", "Experienced/proficient nurse", "Senior practitioner/expert nurse", "Consultant nurse"]
    vocab = listed_levels([("For each dimension the framework describes practice at four levels:", names)], VOCAB)
    assert parse_level("Consultant nurse", VOCAB) is None
    assert rank_levels([parse_level(n, vocab) for n in reversed(names)], vocab, {}) == [4, 3, 2, 1]
    # a list under a lead-in about something else gives no scale
    other = listed_levels([("The framework is used in three ways:", names)], VOCAB)
    assert parse_level("Consultant nurse", other) is None
    # the lead-in goes on past the levels to what it lists
    areas = listed_levels([("Engineers progress through six levels; this page covers three areas:", names)], VOCAB)
    assert parse_level("Consultant nurse", areas) is None


def test_a_rating_with_its_band_of_points_is_a_level_ordered_by_its_points():
    labels = ["Excellent Employee (16 – 20 points)", "Capable Employee (11 – 15 points)", "Incapable (1 – 5 pts)"]
    found = [parse_level(t, VOCAB) for t in labels]
    assert all(lv is not None for lv in found)
    assert is_scale(found, VOCAB)  # a band of points says it is a rating's step
    assert rank_levels(found, VOCAB, {}) == [3, 2, 1]
    assert parse_level("Teamwork (2 – 3 people)", VOCAB) is None


def test_a_key_ending_on_a_rating_that_is_not_met_is_printed_highest_first():
    names = ["Star Performer", "Steady Contributor", "Does Not Yet Reach The Expected Standard"]
    assert lowest_first(names, VOCAB) == names[::-1]
    assert lowest_first(names[::-1], VOCAB) == names[::-1]  # printed lowest first already


def test_a_rating_systems_key_with_codes_after_the_names_gives_the_names_their_places():
    """Idaho: "Four-Level Rating System" over "Exemplar (EX): ...", ..., "Does Not Achieve The Standards (DNA): ..."."""
    key = [("Exemplar (EX)", "x."), ("Solid Sustained (SS)", "x."), ("Does Not Achieve The Standards (DNA)", "x.")]
    vocab = document_keys([("Four-Level Rating System", key)], VOCAB)
    low, high = parse_level("Does Not Achieve The Standards", vocab), parse_level("Exemplar", vocab)
    assert low is not None and high is not None and low.order < high.order
    assert is_front_matter("Four-Level Rating System", vocab)


def test_a_level_counted_in_words_is_ordered_by_its_count():
    found = [parse_level(t, VOCAB) for t in ("Level one", "Level Three", "Stage two - Developing")]
    assert [lv.order if lv else None for lv in found] == [1.0, 3.0, 2.0]
    assert parse_level("Level best", VOCAB) is None
