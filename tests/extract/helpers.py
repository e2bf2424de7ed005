"""Builders for the extraction tests: a document written as blocks (see tests/structure/helpers.py), its tree, its
labelled tree and its records; and small trees of `Node`s written by hand where the rule needs no reader shape."""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.extract.document import Extraction, extract
from pipeline.extract.labeller import Naming, Outcome, label_document
from pipeline.model.blocks import Block
from pipeline.model.records import Competency
from pipeline.model.tree import Label, Node, NodeKind
from pipeline.structure.tree import number

from ..structure.helpers import (  # noqa: F401  (re-exported for the extraction tests)
    DOC,
    VOCAB,
    blocks,
    build,
    find,
    footer,
    header,
    heading,
    item,
    numbered,
    paragraph,
    shape,
    table,
)

Parts = Block | Iterable[Block]


def labelled(*parts: Parts, naming: Naming | None = None) -> Outcome:
    """The labeller's outcome for a document of blocks."""
    return label_document(build(*parts), VOCAB, naming or Naming())


def extracted(*parts: Parts, naming: Naming | None = None) -> Extraction:
    return extract(blocks(*parts), DOC, VOCAB, naming or Naming(fallback="file name"))


def records(*parts: Parts, naming: Naming | None = None) -> list[Competency]:
    return extracted(*parts, naming=naming).competencies


def only(*parts: Parts, naming: Naming | None = None) -> Competency:
    """The one competency of a document."""
    (found,) = records(*parts, naming=naming)
    return found


def label_of(outcome: Outcome, text: str) -> Label | None:
    """The label of the first node whose text is `text`."""
    return outcome.tree.label(find(outcome.tree.root, text))


def texts(items) -> list[str]:  # type: ignore[no-untyped-def]
    return [i.text for i in items]


# ------------------------------------------------------------------ hand-made trees
def tree(*children: Node) -> Node:
    """A document root over the given nodes, numbered in a pre-order walk."""
    return number(Node(NodeKind.DOCUMENT, children=tuple(children)))


def head(text: str, *children: Node, rank: int = 1, style: str = "h1") -> Node:
    return Node(NodeKind.HEADING, text, children=tuple(children), rank=rank, style=style, bold=True)


def para(text: str, *children: Node, **kw) -> Node:
    return Node(NodeKind.PARAGRAPH, text, children=tuple(children), **kw)


def bullet(text: str, *children: Node, marker: str = "•", **kw) -> Node:
    return Node(NodeKind.ITEM, text, children=tuple(children), marker=marker, **kw)


def line(term: str, body: str, sep: str = ":") -> Node:
    """A LABEL node: "Term: body"."""
    return Node(NodeKind.LABEL, f"{term}{sep} {body}", term=term, body=body)


def grid(*rows: Iterable[str | Node | tuple[Node, ...]], header_row: bool = False) -> Node:
    """A TABLE node: a cell is its text (one paragraph, none when empty), a node, or a tuple of nodes.
    `header_row`: the first row is the table's header row."""
    out = []
    for r, row in enumerate(rows):
        is_header = header_row and r == 0
        cells = tuple(
            Node(NodeKind.CELL, col=c, header=is_header, children=_content(content))
            for c, content in enumerate(row, start=1)
        )
        out.append(Node(NodeKind.ROW, header=is_header, children=cells))
    return Node(NodeKind.TABLE, children=tuple(out))


def _content(content: str | Node | tuple[Node, ...]) -> tuple[Node, ...]:
    if isinstance(content, str):
        return (para(content),) if content else ()
    return (content,) if isinstance(content, Node) else content
