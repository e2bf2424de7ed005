"""Numbered entries ("1.1 Name: definition") whose parts are set as sub-headings further in: the entry's line
becomes its heading and definition, so the sub-headings stand under it."""

from __future__ import annotations

from pipeline.model.blocks import Kind
from pipeline.structure.entry_heads import numbered_entries_over_sections
from pipeline.structure.headings import heading_styles
from pipeline.structure.pieces import to_pieces

from .helpers import DOC, blocks, build, find, item, paragraph


def entry(number: str, name: str, definition: str, indent: float = 65.0):
    lead = f"{number} {name}:"
    return item(f"{name}: {definition}", marker=number, ordered=True, lead=lead, bold=False, size=11.0, indent=indent)


def part(text: str, indent: float = 79.0):
    return paragraph(text, bold=True, size=10.0, indent=indent)


def bullet(text: str):
    return item(text, size=10.0, indent=78.0)


def test_a_numbered_entry_over_sub_headings_set_further_in_heads_them():
    root = build(
        entry("1.1", "Interpersonal Skills", "Getting along and working well with co-workers and customers."),
        part("Showing respect"),
        bullet("Treats people courteously whatever their background"),
        part("Handling conflict"),
        bullet("Raises disagreements calmly, at the right time"),
        entry("1.2", "Integrity", "Displaying accepted social and work behaviors at all times."),
        part("Behaving ethically"),
        bullet("Abides by the rules of the workplace"),
    )
    skills = find(root, "Interpersonal Skills")
    assert skills.kind.value == "heading"
    assert [c.text for c in skills.children] == [
        "Getting along and working well with co-workers and customers.",
        "Showing respect",
        "Handling conflict",
    ]
    assert [c.text for c in find(root, "Integrity").children][1:] == ["Behaving ethically"]


def test_the_name_and_the_definition_keep_their_parts_of_the_span():
    pieces = [
        p
        for b in blocks(
            entry("1.1", "Interpersonal Skills", "Getting along with co-workers."),
            part("Showing respect"),
        )
        for p in to_pieces(b, DOC)
    ]
    out, styles = numbered_entries_over_sections(pieces, heading_styles(pieces))
    name, definition = out[0], out[1]
    assert (name.text, name.kind, styles[0] is not None) == ("Interpersonal Skills", Kind.PARAGRAPH, True)
    assert (definition.text, styles[1]) == ("Getting along with co-workers.", None)
    assert name.spans[0].end == definition.spans[0].start > name.spans[0].start


def test_a_bold_line_no_further_in_than_the_entry_is_the_next_section_not_a_part_of_it():
    root = build(
        entry("1.1", "Interpersonal Skills", "Getting along and working well with co-workers and customers."),
        part("Showing respect", indent=65.0),
        bullet("Treats people courteously whatever their background"),
    )
    assert (
        find(root, "Interpersonal Skills: Getting along and working well with co-workers and customers.").kind.value
        == "item"
    )


def test_an_entry_without_a_bold_name_stays_an_item():
    root = build(
        item("Interpersonal Skills: Getting along with others.", marker="1.1", ordered=True, size=11.0, indent=65.0),
        part("Showing respect"),
        bullet("Treats people courteously whatever their background"),
    )
    assert find(root, "Interpersonal Skills: Getting along with others.").kind.value == "item"
