"""Entry openers lifted out of the section of the entry before.

A dictionary that opens each competency with something other than a heading, and follows it with headed sections
("Behavioral Indicators", "Training", "Performance Levels:"), prints the next competency's opener right after the
last section's content. Nothing but the opener says a new entry starts, so the outline nests it, and the sections
after it, under the previous competency's last section. Two openers are read so:
- a title table ("Competency | Inventory Management", then "Definition");
- a "NAME – definition" line (a list item or a labelled paragraph), set like one that stands among the sections'
  siblings before them ("3. JUDGMENT AND DECISION MAKING – Sizes up situations ...").
Such an opener, and whatever its section holds after it, become siblings following the section: the outline the
page shows. Moving a section's tail up one level keeps every node's place in a pre-order walk, so node ids stay as
they were.
"""

from __future__ import annotations

from dataclasses import replace

from ..model.tree import Node, NodeKind
from ..vocab.vocabulary import Vocabulary
from .evidence import name_like
from .scale import parse_level
from .shapes import reads_as_definition, short_phrase
from .table_layout import named_in_table
from .terms import section_field

Template = tuple[object, ...]  # what one entry's opener looks like


def lift_entry_openers(node: Node, vocab: Vocabulary) -> Node:
    """The tree with every entry opener that lies inside a field section of the entry before it (a sibling of that
    section opened an entry the same way) moved up to follow the section."""
    kids: list[Node] = []
    templates: set[Template] = set()  # the openers among the siblings so far: the entries' template
    for child in (lift_entry_openers(c, vocab) for c in node.children):
        template = _opener(child, vocab)
        if template is not None:
            templates.add(template)
        k = _first_opener(child, templates, vocab) if templates else None
        if k is None:
            kids.append(child)
            continue
        kids.append(replace(child, children=child.children[:k]))
        kids.extend(child.children[k:])
    return replace(node, children=tuple(kids))


def _opener(node: Node, vocab: Vocabulary) -> Template | None:
    """The template of an entry's opener, or None when the node opens no entry."""
    if node.kind is NodeKind.TABLE:
        return ("table",) if named_in_table(node, vocab, across=True) is not None else None
    return _named_line(node, vocab)


def _named_line(node: Node, vocab: Vocabulary) -> Template | None:
    """ "3. JUDGMENT AND DECISION MAKING – Sizes up ...": a line whose term may name an entry and whose text defines
    it. Its template is its kind, numbering and case, so only a line set the same way is taken for the next one."""
    term = node.term.rstrip(".")
    if node.kind not in (NodeKind.ITEM, NodeKind.LABEL) or not term or node.children:
        return None
    if not short_phrase(term, 7) or not term[:1].isupper() or parse_level(term, vocab) is not None:
        return None
    if section_field(term, vocab) is not None or not name_like(node, vocab) or not reads_as_definition(node.body):
        return None
    return (node.kind, node.ordered, term.isupper())


def _first_opener(section: Node, templates: set[Template], vocab: Vocabulary) -> int | None:
    """Where a field section's own content ends at an entry's opener (after content of its own), or None."""
    if section.kind is not NodeKind.HEADING or section_field(section.text, vocab) is None:
        return None
    first = next((k for k, child in enumerate(section.children) if _opener(child, vocab) in templates), None)
    # a heading over title tables and nothing else of its own ("Comments" spilt from a form's row over a page
    # break) is read where it stands (see `competencies.following_table`)
    return first or None
