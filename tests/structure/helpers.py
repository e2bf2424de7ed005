"""Builders of reader blocks for the structure and extraction tests: a document written as a few calls.

    build(heading("Teamwork"), paragraph("Works well with others."), item("Shares information."))

Blocks are numbered in the order given; `table()` gives the cells of one table, row by row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pipeline.model.blocks import Block, Cell, Kind, Region, renumber
from pipeline.model.tree import Node
from pipeline.structure.tree import DocumentTree, build_tree
from pipeline.vocab.vocabulary import load_vocabulary

VOCAB = load_vocabulary()
DOC = "doc"


def paragraph(text: str, **kw) -> Block:
    return Block(Kind.PARAGRAPH, text, **kw)


def heading(text: str, level: int = 1, **kw) -> Block:
    return Block(Kind.HEADING, text, heading_level=level, **kw)


def item(text: str, depth: int = 0, marker: str = "•", **kw) -> Block:
    return Block(Kind.LIST_ITEM, text, list_depth=depth, marker=marker, **kw)


def numbered(text: str, number: int, depth: int = 0, **kw) -> Block:
    return Block(Kind.LIST_ITEM, text, list_depth=depth, marker=f"{number}.", ordered=True, **kw)


def header(text: str, **kw) -> Block:
    return Block(Kind.PARAGRAPH, text, region=Region.HEADER, **kw)


def footer(text: str, **kw) -> Block:
    return Block(Kind.PARAGRAPH, text, region=Region.FOOTER, **kw)


def table(
    rows: Sequence[Sequence[str | Sequence[Block] | None]],
    number: int = 0,
    header_row: bool = False,
    first_row: int = 0,
    page: int | None = None,
) -> list[Block]:
    """The cells of a table, row by row: a cell is its text, a list of blocks (its paragraphs and items, whose
    kind is kept), or None for no cell at all. `header_row`: the format marks the first row as the header."""
    out: list[Block] = []
    for r, row in enumerate(rows, start=first_row):
        for c, content in enumerate(row, start=1):
            if content is None:
                continue
            cell = Cell(number, r, c, header=header_row and r == first_row)
            parts = [paragraph(content)] if isinstance(content, str) else list(content)
            for part in parts:
                kind = Kind.TABLE_CELL if part.kind is Kind.PARAGRAPH else part.kind
                out.append(Block(**{**_fields(part), "kind": kind, "cell": cell, "page": page or part.page}))
    return out


def _fields(block: Block) -> dict:
    return {name: getattr(block, name) for name in block.__slots__}


def blocks(*parts: Block | Iterable[Block]) -> tuple[Block, ...]:
    """The blocks of a document, numbered in reading order."""
    flat: list[Block] = []
    for part in parts:
        if isinstance(part, Block):
            flat.append(part)
        else:
            flat.extend(part)
    return renumber(flat)


def document(*parts: Block | Iterable[Block]) -> DocumentTree:
    return build_tree(blocks(*parts), DOC, VOCAB)


def build(*parts: Block | Iterable[Block]) -> Node:
    """The document tree's root."""
    return document(*parts).root


def shape(node: Node) -> list:
    """A tree as nested (kind, text) pairs, for assertions on its outline: [("heading", "A", [...]), ...]."""
    return [
        (child.kind.value, child.text, shape(child)) if child.children else (child.kind.value, child.text)
        for child in node.children
    ]


def find(root: Node, text: str) -> Node:
    """The first node whose text is `text`."""
    found = next((n for n in root.walk() if n.text == text), None)
    assert found is not None, f"no node {text!r}"
    return found
