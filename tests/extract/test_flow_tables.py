"""A table that lays out sections of text in its cells gives way to its cells' content, in reading order."""

from __future__ import annotations

from pipeline.extract.flow_tables import unwrap_flow_tables
from pipeline.model.tree import NodeKind

from .helpers import VOCAB, bullet, grid, head, heading, para, paragraph, records, table, texts, tree


def card(name: str):
    """An entry set out as a table: a title bar, a definition row, then a row of headed cells."""
    return grid(
        [f"{name} - 311.1"],
        [f"This competency covers {name.lower()} and its methods."],
        [
            (head("Why it is important", para("It shows the effect of communication."), rank=1, style="bold line"),),
            (head("Levels", bullet("1. Knows when research is needed."), rank=1, style="bold line"),),
            (head("Core question", para("Can the individual apply research?"), rank=1, style="bold line"),),
        ],
    )


def test_a_table_of_headed_cells_gives_way_to_their_content():
    root = tree(head("Audience research", card("Audience research")))
    out = unwrap_flow_tables(root, VOCAB)
    kinds = [(c.kind, c.text) for c in out.children[0].children]
    assert kinds == [
        (NodeKind.PARAGRAPH, "Audience research - 311.1"),
        (NodeKind.PARAGRAPH, "This competency covers audience research and its methods."),
        (NodeKind.HEADING, "Why it is important"),
        (NodeKind.HEADING, "Levels"),
        (NodeKind.HEADING, "Core question"),
    ]
    # the cells' nodes keep their ids: each the id it had inside the table
    inside = {n.text: n.id for n in root.walk() if n.text}
    assert all(inside[c.text] == c.id for c in out.children[0].children)


def test_a_table_with_a_layout_of_its_own_or_one_headed_cell_stays():
    levels = tree(head("Teamwork", grid(["Level 1", "Level 2"], ["Shares.", "Leads."], header_row=True)))
    assert unwrap_flow_tables(levels, VOCAB) == levels
    one = tree(head("Teamwork", grid([(head("Note", para("Read the guide first.")),)], ["Plain text."])))
    assert unwrap_flow_tables(one, VOCAB) == one


def test_an_entry_set_out_in_a_table_of_headed_cells_reads_as_its_sections():
    def entry(name: str, number: int):
        return [
            heading(f"{name} (March 2001)", 2, bold=True),
            *table(
                [
                    [f"{name} - 311.{number}"],
                    [f"This competency covers {name.lower()} and its methods."],
                    [
                        [
                            paragraph(
                                "Why it is important\nIt shows the effect of what we do.", lead="Why it is important"
                            )
                        ],
                        [paragraph("Levels\n1. Knows when it is needed.\n2. Commissions it.", lead="Levels")],
                        [paragraph("Core question\nCan the individual apply it?", lead="Core question")],
                    ],
                ],
                number,
            ),
        ]

    out = records(heading("Competency Directory"), *entry("Audience research", 1), *entry("Strategy planning", 2))
    assert [len(c.levels) for c in out] == [2, 2]
    assert [texts(c.interview_questions) for c in out] == [["Can the individual apply it?"]] * 2
    assert texts(out[0].notes)[-1] == "It shows the effect of what we do."
