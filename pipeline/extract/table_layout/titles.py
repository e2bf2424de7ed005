"""A table titled by the competency it describes ("Competency | Teamwork", a name over its definition, a
title across the table over its levels).
"""

from __future__ import annotations

import re

from ...model.tree import Label, Node, NodeKind, Role
from ...vocab.text import heading_text
from ...vocab.vocabulary import Vocabulary
from ..scale import is_scale, parse_level
from ..shapes import reads_as_definition, short_phrase
from ..terms import numbered_entry, section_field
from .cells import DESCRIBES, LEVEL_COLUMN, NAME_LABEL, TableLabels, cell_nodes, cell_text, first_text
from .level_columns import level_header_row
from .levels import labelled_level_rows


def named_in_table(table: Node, vocab: Vocabulary, across: bool = False) -> Node | None:
    """The cell of a two-cell row whose label names the competency the table describes ("TSC Title | Software
    Testing", "Competency: Teamwork"), or None. `across`: the table stands under no competency's heading, so a
    title across it over a row of level labels names it too ("Patient Care 1: History")."""
    for row in table.children:
        cells = [c for c in row.children if cell_text(c)]
        if len(cells) != 2 or not short_phrase(cell_text(cells[1]), 10):
            continue
        if section_field(cell_text(cells[1]), vocab) or row.header and DESCRIBES.match(cell_text(cells[1])):
            # a header row "Competency | Indicators", "Capability Name | Description of the behaviour expected":
            # the columns' names, not a competency's
            continue
        if NAME_LABEL.search(heading_text(cell_text(cells[0]))):
            return cells[1]
    first = [c for c in table.children[0].children if cell_text(c)] if table.children else []
    if len(table.children) >= 2 and len(first) == 1 and _labelled_name(first[0], vocab):
        return first[0]  # "Competency: 1 Action Oriented" across the table, over its text and questions
    return _titled_table(table, vocab, across)


def _labelled_name(cell: Node, vocab: Vocabulary) -> bool:
    """A cell holding one line that labels a short name as the competency ("Competency: Teamwork")."""
    nodes = [n for n in cell_nodes(cell) if n.text]
    if len(nodes) != 1 or nodes[0].kind is not NodeKind.LABEL or not nodes[0].term:
        return False
    name = nodes[0].body
    return (
        bool(NAME_LABEL.search(heading_text(nodes[0].term)))
        and short_phrase(name, 8)
        and section_field(name, vocab) is None
        and parse_level(name, vocab) is None
    )


def title_row(out: TableLabels, row: Node, named: Node, owner: int, vocab: Vocabulary) -> None:
    defined = name_over_definition(named, vocab)
    for n in cell_nodes(named):
        if defined is not None and n in defined[1]:
            text = n.body if n.kind is NodeKind.LABEL and n.term else None  # "Definition: ...": its text
            out.labels[n.id] = Label(
                Role.DEFINITION, ("the text under the name in the title cell",), competency=owner, text=text
            )
        else:
            out.labels[n.id] = Label(
                Role.STRUCTURE, ("the competency's name, the table's first row",), competency=owner
            )
    for cell in row.children:
        if cell is named:
            continue
        nodes = [n for n in cell_nodes(cell) if n.text]
        if cell_text(named).endswith(":") and nodes and reads_as_definition(cell_text(cell)):
            for n in nodes:  # "Communication: | Uses written and spoken ...": the name, then what it means
                out.labels[n.id] = Label(Role.DEFINITION, ("the text beside the name",), competency=owner)
            continue
        # "Why it is important:" over its text: the caption groups the note
        captioned = len(nodes) >= 2 and nodes[0].kind is NodeKind.HEADING and short_phrase(nodes[0].text, 8)
        group = heading_text(nodes[0].text) if captioned else None
        for k, n in enumerate(nodes):
            if captioned and k == 0:
                out.labels[n.id] = Label(Role.STRUCTURE, ("a caption beside the table's title",), competency=owner)
                continue
            out.labels[n.id] = Label(
                Role.NOTE, ("a field beside the table's title",), field="notes", group=group, competency=owner
            )


RATING_ROW = re.compile(r"^(?:rating|score|assessment|please tick|tick)\b|[☐☑☒□■]", re.I)


def _rated_entry(rows: list[Node], cells: list[Node]) -> bool:
    """A review form's block for one competency: a first row "Name:" beside what it means, then a row to rate it
    (tick boxes, "Rating")."""
    if len(rows) < 2 or len(cells) != 2:
        return False
    name, text = cell_text(cells[0]), cell_text(cells[1])
    if not (name.endswith(":") and short_phrase(name, 6) and name[:1].isupper() and reads_as_definition(text)):
        return False
    return any(RATING_ROW.search(cell_text(c)) for row in rows[1:] for c in row.children)


def _titled_table(table: Node, vocab: Vocabulary, across: bool = False) -> Node | None:
    """A table whose first row is its competency's name ("Accountability | Code: C001") over a "Definition:"
    row or rows of levels: that first cell."""
    rows = list(table.children)
    cells = [c for c in rows[0].children if cell_text(c)] if rows else []
    if _rated_entry(rows, cells):
        return cells[0]  # "Communication: | Uses written and spoken ..." over "Rating | 1 ☐ | 2 ☐ ...": a form's entry
    if len(rows) >= 2 and cells and name_over_definition(cells[0], vocab) is not None:
        if labelled_level_rows(rows[1:], vocab) or level_header_row(rows[1:], vocab) is not None:
            return cells[0]  # "Communication – definition" over its text, then "level 1 ..." | "level 2 ..." cells
    if len(rows) < 3:
        return None
    if not cells or len(cells) > 2:
        return None
    name = cell_text(cells[0])
    if across and len(cells) == 1 and level_header_row(rows[1:], vocab) == 0 and _names_one(name, vocab):
        return cells[0]  # "Patient Care 1: History" across the table, over "Level 1 | Level 2 | ... | Level 5"
    numbered = len(cells) == 1 and numbered_entry(name, vocab)  # "Focus area 1.1 Physical, social and ...", long
    bare = re.sub(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+", "", name)  # "2. Teamwork and co-operation": its number aside
    if not (short_phrase(name, 8) or numbered) or not bare[:1].isupper() or name.endswith(":"):
        return None
    if section_field(name, vocab) or parse_level(name, vocab) or ":" in name:
        return None
    if LEVEL_COLUMN.fullmatch(heading_text(name)):
        return None  # "Score | Anchor: what the answer sounds like": the header of a column of levels
    if len(cells) == 2 and not re.match(r"^[\w ]{1,20}:\s*\S", cell_text(cells[1])):
        return None  # a second cell that is no "Code: C001" field: a header row of columns
    firsts = [first_text(row.children[0]) for row in rows[1:] if row.children]
    # "Definition: ..." in one cell, or "Definition" in a label cell beside the text
    defined = any(section_field(t.split(":")[0], vocab) == "definition" for t in firsts if t)
    levels = [lv for t in firsts if (lv := parse_level(t, vocab)) is not None]
    if defined or len(levels) >= 2 and is_scale(levels, vocab):
        return cells[0]
    if len(cells) == 1 and definition_row(rows[1]) and level_header_row(rows[2:], vocab) is not None:
        return cells[0]  # "Client and Stakeholder Engagement" / its definition / "Outcome | HEW 1–4 | HEW 5–6 ..."
    if numbered and level_header_row(rows[1:], vocab) == 0:
        return cells[0]  # "Focus area 1.1 ..." over "Graduate | Proficient | Highly Accomplished | Lead"
    if len(cells) == 1 and definition_row(rows[1]) and field_header_row(rows[2], vocab):
        return cells[0]  # "Focusing on Results" / its definition / "Elements | Examples of Effective Behaviours"
    if len(cells) == 1 and definition_row(rows[1]) and rated(rows[2:]):
        return cells[0]  # "Social justice" / its definition / its statements, each with boxes to tick: a form's block
    return None


def rated(rows: list[Node]) -> bool:
    """Rows with boxes to tick, or a rating to give, in any cell."""
    return any(RATING_ROW.search(cell_text(c)) for row in rows for c in row.children)


def _names_one(text: str, vocab: Vocabulary) -> bool:
    """A title across a table that can name its competency: a short phrase, no section or level of its own."""
    return (
        short_phrase(text, 12)
        and text[:1].isupper()
        and not text.endswith(":")
        and section_field(text, vocab) is None
        and parse_level(text, vocab) is None
    )


def name_over_definition(cell: Node, vocab: Vocabulary) -> tuple[Node, list[Node]] | None:
    """A cell that opens with a short name line over the paragraphs defining it ("Communication – definition" over
    "This dimension is about ..."): the name's node and the definition's nodes, or None."""
    nodes = [n for n in cell_nodes(cell) if n.text]
    if len(nodes) < 2:
        return None
    name, rest = nodes[0], nodes[1:]
    if not short_phrase(name.text, 8) or not name.text[:1].isupper() or name.text.rstrip().endswith(":"):
        return None
    if section_field(name.text, vocab) or parse_level(name.text, vocab):
        return None
    if rest[0].kind is NodeKind.LABEL and rest[0].term and section_field(rest[0].term, vocab) == "definition":
        # "Communication" over "Definition: Shares information ...": the definition says what it is
        return (name, rest) if all(n.kind in (NodeKind.PARAGRAPH, NodeKind.LABEL) for n in rest) else None
    if any(n.kind is not NodeKind.PARAGRAPH for n in rest) or not reads_as_definition(rest[0].text):
        return None
    return name, rest


def cell_title(cell: Node, vocab: Vocabulary) -> str:
    """The name a cell gives a competency: its first line when a definition follows it in the cell, else all of
    its text."""
    named = name_over_definition(cell, vocab)
    return named[0].text if named is not None else cell_text(cell)


def field_header_row(row: Node, vocab: Vocabulary) -> bool:
    """A row of two or more short cells, one naming a field ("Elements | Examples of Effective Behaviours")."""
    cells = [cell_text(c) for c in row.children if cell_text(c)]
    return (
        len(cells) >= 2
        and all(short_phrase(c, 6) for c in cells)
        and any(section_field(c, vocab) not in (None, "definition") for c in cells)
    )


def column_heads(row: Node) -> bool:
    """A row of two or more distinct names of a word or three, each capitalised, no number, no stop ("Knowledge |
    Skills | Attitudes"): the headings of the columns below."""
    cells = [cell_text(c) for c in row.children if cell_text(c)]
    return (
        len(cells) >= 2
        and len(set(cells)) == len(cells)
        and all(1 <= len(c.split()) <= 3 and c[:1].isupper() and not re.search(r"[\d.:;?!]", c) for c in cells)
    )


def definition_row(row: Node) -> bool:
    """A row of one cell holding one paragraph that reads as a definition."""
    cells = [c for c in row.children if cell_text(c)]
    nodes = [n for c in cells for n in cell_nodes(c) if n.text]
    return len(cells) == 1 and len(nodes) == 1 and reads_as_definition(nodes[0].text)
