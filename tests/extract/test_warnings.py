"""Structural doubts about a document, as coded warnings."""

from __future__ import annotations

import pytest

from pipeline.extract.labeller import Naming
from pipeline.extract.warnings import structural_warnings
from pipeline.model.records import Competency, Item, Level, Source

from .helpers import VOCAB, extracted, heading, item, labelled, paragraph, table

DEFINITION = "The ability to work with others toward shared goals."
BEHAVIOUR = Item("Shares information.", Source("doc", None))


def record(name="Teamwork", definition=DEFINITION, indicators=(BEHAVIOUR,), levels=()):
    return Competency("", name, definition, (), tuple(indicators), tuple(levels), (), (), (), (), (), (), (), ("doc",))


def codes(records, origins=None, outcome=None):
    outcome = outcome or labelled(heading("Teamwork"), paragraph(DEFINITION))
    found = structural_warnings(outcome, records, origins or {}, VOCAB, Naming())
    return [(w.code, w.competency) for w in found]


def test_a_document_without_competencies_is_no_competency_document():
    warnings = extracted(
        heading("Newsletter"), paragraph("Some news."), heading("More"), paragraph("Other news.")
    ).warnings
    assert [(w.code, w.message) for w in warnings] == [
        ("not-a-competency-document", "no competency found among 2 headings")
    ]


def test_a_staff_policy_is_no_competency_document_though_it_defines_terms_and_says_what_the_university_will_do():
    """DCU: a learning policy's sections (Scope, Definitions, Policy Statement, Roles and Responsibilities, ...)."""
    extraction = extracted(
        heading("Learning & Development Policy"),
        heading("Scope", 2),
        paragraph("This policy applies to all academic, research and support staff of the University."),
        heading("Definitions", 2),
        paragraph("For the purposes of this policy:"),
        item("Learning and development: any activity designed to add to a staff member's knowledge."),
        item("Competency: the combination of knowledge, skills and behaviours a staff member needs."),
        heading("Policy Statement", 2),
        paragraph("The University will:"),
        item("provide a programme of development activities for staff at all levels;"),
        item("ensure that development needs are identified through the review process;"),
        heading("Roles and Responsibilities", 2),
        heading("Head of School", 3),
        paragraph("Each Head of School is responsible for helping staff to develop their performance."),
        heading("Staff Member", 3),
        paragraph("Development is most effective when staff members take responsibility for their learning."),
        heading("Line Manager", 3),
        paragraph("Line managers agree development plans with their staff during the annual review."),
    )
    assert extraction.competencies == []
    assert [w.code for w in extraction.warnings] == ["not-a-competency-document"]


def test_minutes_whose_decisions_share_one_label_are_no_competency_document():
    extraction = extracted(
        heading("Democratic Services Committee"),
        heading("3. Minutes of Previous Meeting", 2),
        paragraph("RESOLVED: That the minutes of the meeting held on 10 November be approved as a correct record."),
        paragraph("Members received a report on the framework, published by the association in 2021."),
        paragraph("RESOLVED: That the framework be noted and that the induction programme be approved."),
    )
    assert extraction.competencies == []


def test_a_job_posting_without_competencies_is_no_competency_document():
    extraction = extracted(
        heading("Project Manager"),
        heading("About Us", 2),
        paragraph("At the department we make sure that children have the support they need to start school."),
        heading("Primary Accountabilities", 2),
        item("Supports the delivery of mandate commitments by working with department staff."),
        item("Develops project charters, work plans and risk registers for priority initiatives."),
        item("Prepares briefing notes and status reports for senior management."),
        heading("Benefits", 2),
        paragraph("The Government offers a competitive benefits package including health and dental plans."),
        heading("Working Conditions", 2),
        paragraph("Normal office environment. Some travel within the province may be required."),
    )
    assert extraction.competencies == []
    assert [w.code for w in extraction.warnings] == ["not-a-competency-document"]


def test_a_position_descriptions_own_sections_are_no_competencies_its_capabilities_table_is():
    """Adelaide: "POSITION PURPOSE", "KEY RESPONSIBILITIES / OUTCOMES" around a "Capability | Behaviours" table."""
    names = [
        c.name
        for c in extracted(
            heading("Position Description"),
            heading("POSITION PURPOSE"),
            paragraph("The officer supports academic staff across the University to apply for research funding."),
            heading("KEY RESPONSIBILITIES / OUTCOMES"),
            table([["Key Responsibility Area", "Outcomes"], ["Pre-award support", "Advises researchers on rules."]]),
            heading("POSITION CRITERIA"),
            table(
                [
                    ["Capability", "Behaviours"],
                    ["Achieving results", "Takes ownership of tasks and follows them through to completion."],
                    ["Client focus", "Understands the needs of clients and delivers a responsive service."],
                ],
                number=2,
            ),
        ).competencies
    ]
    assert "POSITION PURPOSE" not in names
    assert names == ["Achieving results", "Client focus"]


def test_a_sound_competency_gives_no_warning():
    assert codes([record()]) == []


def test_a_name_guessed_from_the_file_name_is_flagged():
    assert codes([record()], {"Teamwork": "file name"}) == [("name-from-file", "Teamwork")]
    assert codes([record()], {"Teamwork": "title"}) == []


@pytest.mark.parametrize("name", ["Key Behaviours", "Level 3", "Advanced"])
def test_a_name_that_reads_as_a_section_or_a_level_is_flagged(name):
    assert codes([record(name)]) == [("name-like-section", name)]


def test_a_competency_with_no_definition_and_no_items_is_empty():
    assert codes([record(definition=None, indicators=())]) == [("empty-competency", "Teamwork")]
    assert codes([record(indicators=())]) == []  # a definition alone is content


def test_a_level_without_behaviours_is_flagged():
    assert codes([record(levels=[Level(1, "Level 1", ()), Level(2, "Level 2", (BEHAVIOUR,))])]) == [
        ("level-without-behaviours", "Teamwork")
    ]


@pytest.mark.parametrize(
    "label, flagged",
    [
        ("Level 1 Builds strong relationships with all of the clients", True),  # long
        ("Level 1. Builds trust", True),  # a sentence after the label
        ("Proficiency Level 5 - Expert", False),
        ("1. Responds to Client Requests", False),  # a level's number before its title
        ("B. Builds trust. Shares credit", True),
    ],
)
def test_a_level_label_holding_text_is_flagged(label, flagged):
    found = codes([record(levels=[Level(1, label, (BEHAVIOUR,))])])
    assert (("level-text-in-label", "Teamwork") in found) is flagged


def many_groups():
    """One competency whose twelve sub-headings read as groups of its indicators."""
    parts = [heading("Teamwork"), paragraph(DEFINITION), heading("Key Behaviours", 2)]
    for n in range(11):
        parts += [heading(f"Theme {chr(65 + n)}", 3), item("Shares information.")]
    return parts


def test_one_competency_under_many_headings_read_as_groups_is_flagged():
    outcome = labelled(*many_groups())
    assert ("one-competency-many-headings", "Teamwork") in codes([record()], outcome=outcome)


def test_several_competencies_under_many_headings_are_not_flagged():
    outcome = labelled(*many_groups())
    assert "one-competency-many-headings" not in [c for c, _ in codes([record(), record("Integrity")], outcome=outcome)]


def test_many_lines_stopping_in_mid_phrase_read_as_interleaved_columns():
    lines = [item(f"Works with the team and {n} of the") for n in range(6)] + [item("Leads.") for _ in range(6)]
    outcome = labelled(heading("Teamwork"), paragraph(DEFINITION), *lines)
    assert ("interleaved-columns", None) in codes([record()], outcome=outcome)


def test_a_few_open_lines_among_many_are_no_interleaved_columns():
    lines = [item("Works with the team and the") for _ in range(2)] + [item("Leads.") for _ in range(10)]
    outcome = labelled(heading("Teamwork"), paragraph(DEFINITION), *lines)
    assert "interleaved-columns" not in [c for c, _ in codes([record()], outcome=outcome)]
