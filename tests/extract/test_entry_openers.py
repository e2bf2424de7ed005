"""A competency's opener (a title table, a "NAME – definition" line) printed after the previous competency's
last section is lifted out of it."""

from __future__ import annotations

from pipeline.extract.entry_openers import lift_entry_openers
from pipeline.model.tree import Node, NodeKind

from ..structure.helpers import heading, item, paragraph
from .helpers import VOCAB, bullet, grid, head, line, para, records, table, texts, tree


def title(name: str):
    return grid(["Competency", name], ["Definition", f"Knowledge of {name.lower()} and its methods."], header_row=True)


def test_a_title_table_at_the_end_of_a_section_becomes_its_next_sibling():
    root = tree(
        para("Introduction."),
        title("Supply Chain Management"),
        head("On-the-Job Activities", bullet("Follow a technician."), title("Inventory Management"), rank=2),
        head("Training", bullet("Inventory course."), rank=2),
    )
    lifted = lift_entry_openers(root, VOCAB)
    kinds = [(c.kind, c.text) for c in lifted.children]
    assert kinds == [
        (NodeKind.PARAGRAPH, "Introduction."),
        (NodeKind.TABLE, ""),
        (NodeKind.HEADING, "On-the-Job Activities"),
        (NodeKind.TABLE, ""),
        (NodeKind.HEADING, "Training"),
    ]
    assert [c.text for c in lifted.children[2].children] == ["Follow a technician."]
    # the pre-order walk, hence every node's id, is unchanged
    assert [n.id for n in lifted.walk()] == [n.id for n in root.walk()]


def test_a_section_of_title_tables_only_and_a_section_without_a_title_table_before_it_stay():
    only_tables = tree(head("Comments", title("Teamwork"), title("Flexibility"), rank=2))
    assert lift_entry_openers(only_tables, VOCAB) == only_tables
    no_template = tree(head("On-the-Job Activities", bullet("Follow a technician."), title("Teamwork"), rank=2))
    assert lift_entry_openers(no_template, VOCAB) == no_template


def test_each_competency_of_a_learning_map_keeps_its_own_sections():
    def competency(name: str, activity: str, number: int):
        return [
            *table([["Competency", name], ["Definition", f"Knowledge of {name.lower()} and its methods."]], number),
            heading("Behavioral Indicators", 3, bold=True),
            item(f"Plans {name.lower()} work."),
            heading("On-the-Job Activities", 3, bold=True),
            item(activity),
        ]

    out = records(
        heading("Learning Map", 1),
        paragraph("The map holds two technical competencies."),
        *competency("Supply Chain Management", "Follow a senior technician through a requisition cycle.", 0),
        *competency("Inventory Management", "Assist with the annual inventory of an account.", 1),
    )
    assert [c.name for c in out] == ["Supply Chain Management", "Inventory Management"]
    assert [texts(c.activities) for c in out] == [
        ["Follow a senior technician through a requisition cycle."],
        ["Assist with the annual inventory of an account."],
    ]


def test_a_name_and_definition_line_set_like_the_first_entrys_is_lifted_out_of_the_section_before_it():
    def entry(number: int, name: str, definition: str):
        return Node(
            NodeKind.ITEM,
            f"{name} – {definition}",
            term=name,
            body=definition,
            marker=f"{number}.",
            ordered=True,
        )

    root = tree(
        entry(3, "JUDGMENT AND DECISION MAKING", "Sizes up situations accurately and reaches sound conclusions."),
        head(
            "Examples of Behavioral Indicators:",
            bullet("Weighs the effect of decisions on everyone they touch."),
            entry(4, "ANALYTICAL ABILITY", "Breaks information down into its parts and sees how they relate."),
            rank=2,
        ),
        head("Examples of Behavioral Indicators:", bullet("Notices gaps in data."), rank=2),
    )
    lifted = lift_entry_openers(root, VOCAB)
    assert [c.text.split(" –")[0] for c in lifted.children] == [
        "JUDGMENT AND DECISION MAKING",
        "Examples of Behavioral Indicators:",
        "ANALYTICAL ABILITY",
        "Examples of Behavioral Indicators:",
    ]
    assert [n.id for n in lifted.walk()] == [n.id for n in root.walk()]
    # a line set otherwise (a plain labelled note) is the section's own
    other = tree(
        root.children[0],
        head("Examples of Behavioral Indicators:", line("Note", "Examples are illustrative only."), rank=2),
    )
    assert lift_entry_openers(other, VOCAB) == other
