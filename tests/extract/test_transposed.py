"""A framework printed by level: sections per level, the same labelled lines in each; the recurring labels are the
competencies."""

from __future__ import annotations

from pipeline.extract.transposed import transposed

from .helpers import VOCAB, head, line, tree


def occurrences(root):
    return [(o.name, o.level.label, o.level.order, o.node.body) for o in transposed(root, VOCAB)]


def section(title, **lines):
    return head(title, *(line(term, body) for term, body in lines.items()))


def test_labels_recurring_in_sections_that_name_levels_are_competencies_at_each_level():
    root = tree(
        section("Junior Programmer", Mastery="Learns the language.", Scope="Works on tasks."),
        section("Senior Programmer", Mastery="Knows the language.", Scope="Owns features."),
        section("Principal Programmer", Mastery="Shapes the language.", Scope="Owns systems."),
    )
    assert occurrences(root) == [
        ("Mastery", "Junior Programmer", 1, "Learns the language."),
        ("Scope", "Junior Programmer", 1, "Works on tasks."),
        ("Mastery", "Senior Programmer", 2, "Knows the language."),
        ("Scope", "Senior Programmer", 2, "Owns features."),
        ("Mastery", "Principal Programmer", 3, "Shapes the language."),
        ("Scope", "Principal Programmer", 3, "Owns systems."),
    ]


def test_sections_printed_from_the_top_level_down_rank_downward():
    root = tree(
        section("Principal Programmer", Mastery="Shapes.", Scope="Systems."),
        section("Senior Programmer", Mastery="Knows.", Scope="Features."),
        section("Junior Programmer", Mastery="Learns.", Scope="Tasks."),
    )
    assert [order for name, _, order, _ in occurrences(root) if name == "Mastery"] == [3, 2, 1]


def test_sections_named_by_level_labels_read_as_a_scale():
    root = tree(
        section("Level 1", Mastery="Learns.", Scope="Tasks."),
        section("Level 2", Mastery="Knows.", Scope="Features."),
    )
    assert [name for name, *_ in occurrences(root)] == ["Mastery", "Scope", "Mastery", "Scope"]


def test_a_label_printed_in_one_section_only_is_no_competency():
    root = tree(
        section("Level 1", Mastery="Learns.", Scope="Tasks.", Extra="Only here."),
        section("Level 2", Mastery="Knows.", Scope="Features."),
    )
    assert "Extra" not in {name for name, *_ in occurrences(root)}


def test_one_recurring_label_is_not_enough():
    root = tree(section("Level 1", Mastery="Learns.", Scope="Tasks."), section("Level 2", Mastery="Knows.", Reach="x"))
    assert occurrences(root) == []


def test_labels_the_vocabulary_knows_as_sections_are_no_competencies():
    root = tree(
        section("Level 1", Definition="Learns.", Indicators="Tasks."),
        section("Level 2", Definition="Knows.", Indicators="Features."),
    )
    assert occurrences(root) == []


def test_sections_whose_headings_name_no_levels_are_no_by_level_framework():
    root = tree(
        section("Teamwork", Mastery="Learns.", Scope="Tasks."),
        section("Integrity", Mastery="Knows.", Scope="Features."),
    )
    assert occurrences(root) == []
