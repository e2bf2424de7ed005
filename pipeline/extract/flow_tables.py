"""Tables that lay out text, unwrapped into the outline.

A page built with tables (a 2001 intranet page, a Word form) sets an entry's parts in cells: a title bar, a
definition row, then a row of cells each headed by a bold line ("Why it is important", "Levels", "Core question")
over its paragraphs or list. No layout of the table's own reads such a table (no level header, no field column),
and its cells' headings say what each part is. Read in the order the cells print, its content is the entry's
outline, so the table gives way to its cells' content in place. Cells keep their nodes and ids, so provenance and
node ids stay as they were.
"""

from __future__ import annotations

from dataclasses import replace

from ..model.tree import Node, NodeKind
from ..vocab.vocabulary import Vocabulary
from .table_layout import read_table

MIN_CELL_HEADINGS = 2  # one bold line in a cell may be a label; two or more lay the table out in sections


def unwrap_flow_tables(node: Node, vocab: Vocabulary) -> Node:
    """The tree with every table that lays out sections of text (headings in its cells, no layout of its own)
    replaced by its cells' content, in reading order."""
    kids: list[Node] = []
    for child in (unwrap_flow_tables(c, vocab) for c in node.children):
        if child.kind is NodeKind.TABLE and _lays_out_sections(child, vocab):
            kids.extend(k for row in child.children for cell in row.children for k in cell.children)
        else:
            kids.append(child)
    return replace(node, children=tuple(kids))


def _lays_out_sections(table: Node, vocab: Vocabulary) -> bool:
    headed = sum(
        1
        for row in table.children
        for cell in row.children
        if cell.children and cell.children[0].kind is NodeKind.HEADING and cell.children[0].children
    )
    return headed >= MIN_CELL_HEADINGS and read_table(table, vocab, None, None, None).kind == "flow"
