"""Tables that title a competency, lifted out of the section of the one before.

A dictionary that titles each competency with a table ("Competency | Inventory Management", then "Definition")
and follows it with headed sections ("Behavioral Indicators", "Training", "On-the-Job Activities") prints the
next competency's title table right after the last section's list. Nothing but the table says a new entry
starts, so the outline nests that table, and the sections after it, under the previous competency's last
section. Here such a table, and whatever its section holds after it, become siblings following the section:
the outline the page shows. Moving a section's tail up one level keeps every node's place in a pre-order walk,
so node ids stay as they were.
"""

from __future__ import annotations

from dataclasses import replace

from ..model.tree import Node, NodeKind
from ..vocab.vocabulary import Vocabulary
from .table_layout import named_in_table
from .terms import section_field


def lift_titled_tables(node: Node, vocab: Vocabulary) -> Node:
    """The tree with every competency's title table that lies inside a field section of the one before it (a
    sibling of that section already titled a competency the same way) moved up to follow the section."""
    kids: list[Node] = []
    titled = False  # a title table among the siblings so far: the entries' template
    for child in (lift_titled_tables(c, vocab) for c in node.children):
        if child.kind is NodeKind.TABLE and _titles(child, vocab):
            titled = True
        k = _first_title_table(child, vocab) if titled else None
        if k is None:
            kids.append(child)
            continue
        kids.append(replace(child, children=child.children[:k]))
        kids.extend(child.children[k:])
    return replace(node, children=tuple(kids))


def _titles(table: Node, vocab: Vocabulary) -> bool:
    return named_in_table(table, vocab, across=True) is not None


def _first_title_table(section: Node, vocab: Vocabulary) -> int | None:
    """Where a field section's own content ends at a title table (after content of its own), or None."""
    if section.kind is not NodeKind.HEADING or section_field(section.text, vocab) is None:
        return None
    first = next(
        (k for k, child in enumerate(section.children) if child.kind is NodeKind.TABLE and _titles(child, vocab)),
        None,
    )
    # a heading over title tables and nothing else of its own ("Comments" spilt from a form's row over a page
    # break) is read where it stands (see `competencies.following_table`)
    return first or None
