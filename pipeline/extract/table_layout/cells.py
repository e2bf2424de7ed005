"""A table cell's text and nodes, the labels a table reading gives (`TableLabels`), and the column names
that say what a column holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...model.tree import Label, Node, Role
from ...vocab.text import collapse_whitespace, heading_text

# a row label naming the competency the table describes ("Competency", "TSC Title", "Capability name")
NAME_LABEL = re.compile(
    r"^(?:\w+\s+)?(?:competency|competence|comp\.?|capability|skill|behaviou?r|tsc)(?:\s+(?:title|name))?\s*:?$", re.I
)


# a column header saying its cells name competencies ("Competency", "Core Competencies", "Capability area")
COMPETENCY_COLUMN = re.compile(
    r"^(?:\w+\s+){0,2}(?:competenc(?:y|ies|e|es)|capabilit(?:y|ies)|skills?|values?|behaviou?rs?|outcomes?|standards?)"
    r"(?:\s+(?:(?:number|code|no\.?)\s+and\s+)?(?:title|name|area|cluster|dimension))?s?\s*:?$",
    re.I,
)


# a header cell naming its column's text ("Description of the behaviour expected for the proficiency level")
DESCRIBES = re.compile(r"^(?:description|definition|descriptor|behaviou?rs?|indicators?)\b", re.I)


DESCRIPTION_LABEL = re.compile(r"\b(?:description|definition|descriptor)\s*:?$", re.I)
# a header cell that says its column (or row) holds levels
LEVEL_COLUMN = re.compile(r"\b(?:level|proficiency|grade|band|stage|tier|rating|score|role)s?\b", re.I)


@dataclass
class TableLabels:
    labels: dict[int, Label] = field(default_factory=dict)
    competencies: list[int] = field(default_factory=list)  # nodes the table names competencies with, in order
    kind: str = "flow"


def cell_nodes(cell: Node) -> list[Node]:
    """A cell's content nodes in order (paragraphs, items, headings and what they hold)."""
    return [n for n in cell.walk() if n is not cell]


def cell_text(cell: Node) -> str:
    return collapse_whitespace(" ".join(n.text for n in cell_nodes(cell) if n.text))


def first_text(cell: Node) -> str:
    return next((n.text for n in cell_nodes(cell) if n.text), "")


def most(texts: list[str], shape: Callable[[str], bool]) -> bool:
    """More than half of the texts have the shape (a column's or a cell's lines)."""
    return bool(texts) and 2 * sum(map(shape, texts)) > len(texts)


def column_name(text: str) -> str:
    """A header cell's name without what its brackets add ("Competence Area (Level of Proficiency)")."""
    return re.sub(r"\s*\([^()]*\)", "", heading_text(text)).strip()


def filled_cells(row: Node) -> list[Node]:
    return [c for c in row.children if cell_text(c)]


# a box to tick, as forms print it
TICK = re.compile(r"[☐□○◯◻❍⬜❏❑]")


def name_competency(out: TableLabels, cell: Node, why: str, name: str | None = None) -> None:
    """The cell names a competency of the table (by `name`, else its own text); its text is no content."""
    out.competencies.append(cell.id)
    out.labels[cell.id] = Label(
        Role.COMPETENCY, (why,), name=name if name is not None else heading_text(cell_text(cell)), competency=cell.id
    )
    mark_structure(out, cell, "competency name")


def mark_structure(out: TableLabels, node: Node, why: str) -> None:
    for n in node.walk():
        if n.text and n.id not in out.labels:
            out.labels[n.id] = Label(Role.STRUCTURE, (why,))
