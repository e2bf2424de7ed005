"""A job specification's table that names the post's competencies in one of its rows."""

from __future__ import annotations

from pipeline.extract.spec_tables import competencies_in_cell
from pipeline.model.tree import Node

from .helpers import bullet, extracted, grid, head, heading, item, para, paragraph, table

SPEC = [
    ["Location of Post", "Area Office, Dublin."],
    ["Purpose of the Post", "To lead the administrative support function."],
]


def _cell_heading(text: str, *children: Node) -> Node:
    return head(text, *children, style="bold line in a cell")


def test_a_row_labelled_as_the_competencies_names_one_per_bold_line_of_its_value_cell():
    competencies = (
        _cell_heading("Planning and Managing Resources", para("Demonstrate:", bullet("Plans own work well."))),
        _cell_heading("Communication Skills", para("Demonstrate:", bullet("Writes clearly for the reader."))),
    )
    found = competencies_in_cell(grid(*SPEC, ["Skills, competencies and/or knowledge", competencies]))
    assert [n.text for n in found] == ["Planning and Managing Resources", "Communication Skills"]


def test_a_value_cell_of_prose_or_a_label_naming_no_competencies_names_none():
    lines = (_cell_heading("Experience", para("Five years in an office.")), _cell_heading("Degree", para("A BA.")))
    assert competencies_in_cell(grid(*SPEC, ["Qualifications", lines])) == []
    assert competencies_in_cell(grid(*SPEC, ["Key competencies", "Candidates will be assessed on these."])) == []


def test_the_competencies_of_a_candidate_packs_specification_are_read_with_their_indicators():
    """Tusla: a Job Specification table of label and value rows; "Skills, competencies and/or knowledge" holds
    bold names, each over "Demonstrate:" and bullets."""

    def cell(name: str, *statements: str):
        return [paragraph(name, bold=True), paragraph("Demonstrate:"), *(item(s) for s in statements)]

    doc = [
        heading("Job Specification"),
        table(
            [
                ["Location of Post", "Area Office, Dublin."],
                [
                    "Skills, competencies and/or knowledge",
                    cell(
                        "Planning and Managing Resources",
                        "The ability to plan the team's work.",
                        "Good use of budgets.",
                    )
                    + cell(
                        "Communication and Interpersonal Skills", "Clear written communication.", "Tact with users."
                    ),
                ],
                ["Code of Practice", "The campaign follows the Code of Practice."],
            ]
        ),
    ]
    comps = extracted(*doc).competencies
    assert [c.name for c in comps] == ["Planning and Managing Resources", "Communication and Interpersonal Skills"]
    assert [i.text for i in comps[0].indicators] == ["The ability to plan the team's work.", "Good use of budgets."]
