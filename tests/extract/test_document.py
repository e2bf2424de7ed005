"""One document's extraction, blocks to records: what is kept, where names came from, what went where."""

from __future__ import annotations

from pipeline.extract.document import coverage, extract
from pipeline.extract.labeller import Naming

from .helpers import DOC, VOCAB, blocks, extracted, footer, heading, item, paragraph, table, texts

DEFINITION = "The ability to work with others toward shared goals."
FRAMEWORK = [
    heading("Competency Framework"),
    footer("Page 1 of 3"),
    paragraph("Welcome to the framework of skills."),
    heading("Teamwork", 2),
    paragraph(DEFINITION),
    heading("Key Behaviours", 3),
    item("Shares information."),
    heading("Contact"),
    paragraph("Email the team."),
]


def test_extract_gives_the_records_title_furniture_and_name_origins():
    result = extracted(*FRAMEWORK)
    (record,) = result.competencies
    assert (record.name, record.definition, texts(record.indicators)) == (
        "Teamwork",
        DEFINITION,
        ["Shares information."],
    )
    assert result.title == "Competency Framework"
    assert [(d.text, d.reason) for d in result.dropped] == [("Page 1 of 3", "running page footer")]
    assert result.name_origins == {"Teamwork": "document"}
    assert result.warnings == []


def test_extract_is_a_pure_function_of_its_inputs():
    first = extract(blocks(*FRAMEWORK), DOC, VOCAB, Naming())
    second = extract(blocks(*FRAMEWORK), DOC, VOCAB, Naming())
    assert first.competencies == second.competencies
    assert first.tree.labels == second.tree.labels


def test_a_competency_holding_nothing_beside_others_that_do_is_dropped():
    result = extracted(
        heading("Teamwork"),
        paragraph("Level 1"),
        paragraph("Level 2"),
        heading("Integrity"),
        paragraph("Level 1"),
        item("Keeps promises."),
        paragraph("Level 2"),
        item("Models ethics."),
    )
    assert [c.name for c in result.competencies] == ["Integrity"]
    assert result.name_origins == {"Integrity": "document"}


def test_a_lone_competency_holding_nothing_is_kept_and_warned_about():
    result = extracted(heading("Teamwork"), paragraph("Level 1"), paragraph("Level 2"))
    assert [c.name for c in result.competencies] == ["Teamwork"]
    assert "empty-competency" in [w.code for w in result.warnings]


def test_a_document_without_competencies_gives_none_and_a_warning():
    result = extracted(heading("Newsletter"), paragraph("Some news."))
    assert result.competencies == []
    assert [w.code for w in result.warnings] == ["not-a-competency-document"]


def test_a_name_from_the_file_name_is_recorded_as_such():
    result = extracted(
        paragraph(DEFINITION), heading("Key Behaviours"), item("Shares."), naming=Naming(fallback="team work")
    )
    assert result.name_origins == {"team work": "file name"}
    assert [w.code for w in result.warnings] == ["name-from-file"]


def test_coverage_shares_the_documents_text_between_fields_structure_front_matter_and_dropped():
    result = extracted(*FRAMEWORK)
    total = sum(len(b.text) for b in blocks(*FRAMEWORK))
    share = coverage(result.tree, result.dropped, total)
    assert share["characters"] == total
    assert share["in_fields"] == round((len(DEFINITION) + len("Shares information.")) / total, 4)
    assert share["front_matter"] == round(len("Welcome to the framework of skills.") / total, 4)
    assert share["dropped"] == round(len("Page 1 of 3") / total, 4)
    assert share["ignored"] == round((len("Contact") + len("Email the team.")) / total, 4)
    assert 0 < share["structure"] < 1


def test_coverage_of_an_empty_document_is_zero():
    result = extracted()
    assert coverage(result.tree, result.dropped, 0) == {
        "characters": 0,
        "in_fields": 0.0,
        "structure": 0.0,
        "front_matter": 0.0,
        "ignored": 0.0,
        "dropped": 0.0,
    }


def test_the_levels_a_lead_in_lists_are_the_levels_of_the_tables_that_print_them():
    """RCN: "the framework describes practice at four levels:" over the names, then each dimension's table with
    those names as its columns."""
    names = ["Competent nurse", "Experienced nurse", "Expert nurse", "Consultant nurse"]
    rows = [["Competence", *names], ["Own development", "Reflects.", "Seeks learning.", "Leads audit.", "Sets policy."]]
    rows += [["Developing others", "Supports students.", "Mentors.", "Plans education.", "Leads pathways."]]
    found = extracted(
        heading("Career framework"),
        paragraph("For each core dimension the framework describes practice at four levels:"),
        *(item(n, depth=1) for n in names),
        heading("Core dimension 2: Personal and people development", 2),
        paragraph("Personal and people development covers the nurse's own learning and that of others."),
        *table(rows, header_row=True),
    ).competencies
    assert [c.name for c in found] == ["Personal and people development"]
    assert [lv.label for lv in found[0].levels] == names
