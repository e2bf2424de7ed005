"""Evidence that a node is a competency, read from what it holds; and whether a heading reads as a name."""

from __future__ import annotations

import pytest

from pipeline.extract.evidence import Evidence, described, evidence, glossary, name_like, speaks_of_it

from .helpers import VOCAB, build, bullet, grid, head, heading, item, line, para, paragraph, tree


def of(*children):
    return evidence(tree(*children).children, VOCAB)


def test_a_run_of_levels_is_strong_evidence():
    found = of(para("Level 1"), bullet("Listens."), para("Level 2"), bullet("Leads."))
    assert found.strong == ("holds a run of 2 level labels ('Level 1' ...)",)


def test_a_core_section_is_strong_evidence_and_a_definition_section_defines():
    assert of(head("Key Behaviours", bullet("Listens."))).strong == ("a indicators section ('Key Behaviours')",)
    found = of(line("Definition", "The ability to work with others."))
    assert found.strong and found.definition


def test_development_sections_alone_are_medium_evidence_for_a_guide_only():
    found = of(head("Suggested Readings", bullet("A book.")), head("Courses", bullet("A course.")))
    assert (found.strong, len(found.medium), found.guide_only) == ((), 2, True)


def test_a_table_of_levels_is_strong_evidence():
    table = grid(["Level 1", "Listens to others carefully."], ["Level 2", "Leads the meetings well."])
    assert of(table).strong == ("holds a table of levels",)


def test_a_table_of_levels_under_a_rating_header_is_the_documents_key_no_evidence():
    """A self-assessment form's "Rating | What the rating means" table: the scale every area is rated on."""
    table = grid(
        ["Rating", "What the rating means"],
        ["Level 1", "Aware of the area and its main concepts."],
        ["Level 2", "Applies the knowledge with some guidance."],
        header_row=True,
    )
    assert of(table).strong == ()


def test_a_table_whose_header_names_core_fields_is_strong_evidence():
    table = grid(
        ["Question", "Anchors", "Score"],
        ["Tell me about a time you kept a record confidential.", "Does not disclose the information.", "0 1"],
        header_row=True,
    )
    assert of(table).strong == ("a table whose columns are its indicators, interview questions",)


def test_a_key_of_levels_and_short_codes_is_no_evidence():
    assert of(grid(["Level 1", "G1 - G4"], ["Level 2", "G5 - G7"])) == Evidence()


def test_a_table_row_that_defines_is_strong_evidence_and_a_definition():
    found = of(grid(["Description:", "The ability to work with others."], ["Category:", "Core"]))
    assert (found.strong, found.definition) == (("a table row that defines it",), True)


def test_a_table_of_behaviours_grouped_by_row_is_medium_evidence():
    table = grid(
        ["Key Elements", "Examples"],
        ["Listening", "Listens to others."],
        ["Leading", "Leads meetings well."],
        header_row=True,
    )
    assert of(table).medium == ("a table of behaviours",)


def test_a_table_of_behaviours_under_a_header_naming_them_is_strong_evidence():
    table = grid(
        ["Key Elements", "Distinguishing Behaviors"],
        ["Listening", "Listens to others."],
        ["Leading", "Leads meetings well."],
        header_row=True,
    )
    assert of(table).strong == ("a table of behaviours under a header naming them",)


def test_levels_under_an_unknown_heading_are_strong_evidence():
    found = of(head("Examples", para("Level 1"), bullet("Listens."), para("Level 2"), bullet("Leads.")))
    assert found.strong == ("levels under 'Examples'",)


def test_a_definition_paragraph_over_a_list_of_behaviours():
    found = of(para("The ability to work with others."), bullet("Shares information."), bullet("Supports decisions."))
    assert (found.strong, found.medium, found.definition) == ((), ("a list of 2 behaviours",), True)
    assert found.any


def test_items_each_opening_with_a_name_of_their_own_are_no_list_of_behaviours():
    """Gloucestershire's values: "Caring: we look after ...", "Listening: we listen ...": named things, each with
    what it means, not the behaviours of the heading over them; levels ("Level 1: ...") are another matter."""
    named = [
        bullet("Caring: we look after our patients and colleagues.", term="Caring"),
        bullet("Listening: we listen actively to meet their needs.", term="Listening"),
    ]
    assert of(*named).medium == ()
    plain = [bullet("Looks after patients and colleagues."), bullet("Listens actively to meet their needs.")]
    assert of(*plain).medium == ("a list of 2 behaviours",)


def test_a_list_of_questions_or_a_caption_over_behaviours_is_medium_evidence():
    assert of(bullet("How do you handle conflict?"), bullet("Tell me about a time you led a team.")).medium == (
        "a list of 2 questions",
    )
    assert of(para("The person can:", bullet("Listens to others."), bullet("Leads meetings."))).medium == (
        "behaviours under 'The person can:'",
    )


def test_statements_under_a_caption_that_speaks_of_the_competency_are_strong_evidence():
    """ "Information professionals with this competency:" over what they do, worded to complete the caption
    ("Identify the information needs ..."), not as third-person behaviours: the text says whose they are."""
    found = of(
        para("Professionals understand the needs of their clients and design services for them."),
        para(
            "Information professionals with this competency:",
            bullet("Identify the information needs of clients."),
            bullet("Evaluate the results of research for accuracy."),
        ),
    )
    assert found.definition
    assert found.strong == (
        "statements under 'Information professionals with this competency:', which speaks of the competency",
    )
    # the same statements under a caption that speaks of nothing are no evidence
    plain = of(para("Steps:", bullet("Identify the needs."), bullet("Evaluate the results.")))
    assert not plain.medium and not plain.strong


def test_plain_text_and_a_list_of_words_are_no_evidence():
    found = of(para("Plain text here"), bullet("Apples"), bullet("Pears"))
    assert found == Evidence()
    assert not found.any


def test_a_definition_must_be_the_first_child():
    assert not of(bullet("Listens to others."), para("The ability to work with others.")).definition


def test_medium_evidence_is_enough_only_beside_a_definition():
    assert not Evidence(medium=("x",)).any
    assert Evidence(medium=("x",), definition=True).any
    assert Evidence(strong=("x",)).any


def test_reasons_list_every_piece_of_evidence():
    assert Evidence(("a",), ("b",), True).reasons() == ("a", "b", "an unlabelled definition under its name")


@pytest.mark.parametrize("text", ["Teamwork", "Uphold Integrity and Respect — Leading by example", "Client Focus"])
def test_a_short_heading_of_no_known_kind_is_name_like(text):
    assert name_like(para(text), VOCAB)


@pytest.mark.parametrize(
    "text",
    [
        "Definition",  # a section
        "Level 1",  # a level
        "About this guide",  # front matter
        "Competency Dictionary",  # the document's title
        "Deliver services that support the public",  # a description
        "ASSESSMENT CRITERION 1",  # a numbered part, no name
        "Outcome 3",
        "",
    ],
)
def test_sections_levels_front_matter_titles_and_descriptions_are_no_names(text):
    assert not name_like(para(text), VOCAB)


def test_a_labelled_line_is_name_like_by_its_label():
    assert name_like(line("Teamwork", "Working with others."), VOCAB)
    assert not name_like(line("Definition", "Working with others."), VOCAB)


@pytest.mark.parametrize(
    "text, describes",
    [
        ("Deliver services that support the public", True),  # a relative clause
        ("one two three four five six seven eight nine ten eleven", True),  # long
        ("Uphold Integrity and Respect — a motto that is judged apart", False),  # judged by its name
        ("Teamwork", False),
        # ten words and three ampersands: "&" is no word
        ("Develops & maintains effective internal & external relationships, partnerships & networks", False),
    ],
)
def test_described_is_a_heading_that_describes_rather_than_names(text, describes):
    assert described(text) is describes


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Section 1: Welcoming the Candidate", False),  # a division of the document
        ("Step 2: Adding language into your vacancy announcement", False),  # a guide's step
        ("Part II: Sample Behavioral Questions", False),
        ("Appendix A", False),
        ("Sectioning and Filing", True),  # a name that only begins with the word
        ("Service Quality", True),
    ],
)
def test_a_heading_naming_a_division_of_the_document_is_no_name(title, expected):
    assert name_like(head(title), VOCAB) is expected


def test_sections_under_a_theme_heading_are_evidence_of_the_competency_above():
    # "Learning options" over "On the job", "Courses", "Reading": the theme holds the competency's sections
    found = of(
        para("Builds positive working relationships across teams and departments."),
        head("Learning options", head("Courses", bullet("A course.")), head("Suggested Readings", bullet("A book."))),
    )
    assert found.medium and found.definition and found.any


def test_a_long_heading_numbered_by_its_kind_is_a_name_not_a_description():
    long = "Standard 20: Builds and maintains professional and therapeutic relationships with people and families"
    assert described(long) and name_like(head(long, para("Text.")), VOCAB)


def test_a_first_paragraph_about_the_framework_as_a_whole_defines_nothing():
    """An interview guide's "Approach to questioning": "Each board member should explore the competencies assigned
    to them ..." speaks of all the competencies, so it is no definition of one."""
    assert (
        of(para("Each board member should explore the competencies assigned to them using the questions.")).definition
        is False
    )
    assert of(para("This guide describes what each level looks like in practice.")).definition is False
    assert of(para("The ability to plan and organise work so that deadlines are met.")).definition is True


def test_a_long_phrase_of_what_one_does_under_a_name_is_its_definition():
    got = evidence(
        build(
            heading("Staff Effectiveness"),
            paragraph("Encouraging the growth and performance of staff and employees across the organization"),
            heading("Recommended Reading", level=2),
            item("Katzenbach, J. R. (1993). The wisdom of teams. Harvard Business School Press."),
        )
        .children[0]
        .children,
        VOCAB,
    )
    assert got.definition


def test_statements_captioned_inside_a_narrative_section_are_evidence_of_the_competency():
    got = evidence(
        build(
            heading("Working Together"),
            paragraph("Working Together means building effective relationships within and across teams."),
            heading("Why is it important?", level=2),
            paragraph("Many services depend on several teams working together."),
            paragraph("In doing this we all must:"),
            item("treat colleagues with courtesy and respect;"),
            item("share information and expertise openly;"),
        )
        .children[0]
        .children,
        VOCAB,
    )
    assert got.any and any("under 'Why is it important?'" in r for r in got.medium)


def test_a_definitions_section_defining_several_terms_is_a_glossary_not_a_competencys_definition():
    terms = head(
        "Definitions",
        para(
            "For the purposes of this policy:",
            bullet("Learning and development: any activity designed to add to a staff member's knowledge."),
            bullet("Competency: the combination of knowledge, skills and behaviours a staff member needs."),
        ),
    )
    assert glossary(terms)
    assert not evidence((terms,), VOCAB).definition
    one = head("Definition", para("The ability to work with others toward shared goals."))
    assert not glossary(one)
    assert evidence((one,), VOCAB).definition


def test_a_short_imperative_strapline_under_a_value_is_its_definition():
    """Fylde Coast: "Be compassionate." over "Always demonstrate you care" over "What we expect to see and hear:"."""
    root = build(
        heading("Be compassionate", 2),
        heading("Always demonstrate you care", 3),
        heading("Behaviours", 4),
        item("Takes time to listen to patients."),
    )
    assert evidence(root.children[0].children, VOCAB).definition


def test_a_sub_heading_on_the_competencies_a_domain_holds_speaks_of_no_one_competency():
    assert speaks_of_it("Developing this capability", VOCAB)
    assert speaks_of_it("The behaviours in this competency are:", VOCAB)
    assert not speaks_of_it("Capabilities in this domain:", VOCAB)
    assert speaks_of_it("Anchoring the Competency into Recruitment Processes", VOCAB)  # one competency's page
    assert not speaks_of_it("About the Competency Framework", VOCAB)
    assert not speaks_of_it("The competency to reflect on the role of journalism", VOCAB)  # a name opening so
    assert not speaks_of_it("Maintains the capability for practice", VOCAB)


def test_a_definition_over_statements_of_what_the_holder_knows_or_can_do_is_a_competency():
    found = evidence(
        (
            para("Communication is the ability to express thoughts and ideas clearly and persuasively."),
            bullet("Knowledge of communication principles and techniques", marker="1.1.1"),
            bullet("Skill in expressing ideas clearly and concisely", marker="1.1.2"),
            bullet("Skill in presenting information to executives", marker="1.1.3"),
        ),
        VOCAB,
    )
    assert found.any and found.definition
