"""Tables whose rows are the levels: a level label (or a numbered title) down the first column, its text beside."""

from __future__ import annotations

import re
from dataclasses import replace

from ...model.tree import Label, LevelLabel, Node, Role
from ...vocab.text import heading_text
from ...vocab.vocabulary import Vocabulary
from ..scale import is_scale, numbered_scale, parse_level
from ..shapes import short_phrase
from ..terms import field_words, section_field
from .cells import (
    DESCRIPTION_LABEL,
    LEVEL_COLUMN,
    NAME_LABEL,
    TableLabels,
    cell_nodes,
    cell_text,
    column_name,
    first_text,
    mark_structure,
)
from .items import cell_items, key_value_rows, read_as_flow


def _one_cell_row(out: TableLabels, row: Node, vocab: Vocabulary, owner: int | None) -> bool:
    """A row of one cell among a table's rows: "Definition: ..." (its field), or a section's name over the rows
    below ("Behavioural Indicators")."""
    cells = [c for c in row.children if cell_text(c)]
    if len(cells) != 1:
        return False
    nodes = [n for n in cell_nodes(cells[0]) if n.text]
    first = nodes[0]
    field_name = section_field(first.term, vocab) if first.term else None
    if field_name == "definition":
        for n in nodes:
            text = n.body if n is first else None
            out.labels[n.id] = Label(Role.DEFINITION, ("a 'Definition:' row",), text=text, competency=owner)
        return True
    if len(nodes) == 1 and section_field(first.text, vocab) is not None and short_phrase(first.text, 6):
        out.labels[first.id] = Label(Role.STRUCTURE, ("a row naming the section below",), competency=owner)
        return True
    return False


def row_levels(rows: list[Node], vocab: Vocabulary) -> list[tuple[Node, LevelLabel | None]]:
    """Each body row with the level its first cell names. Under a first-column header that says so ("Level"),
    every short first cell is a level, ordered by print order (upward or downward as the names the vocabulary
    knows go), so a scale of unknown names ("Adept", "Highly Advanced") is read too."""
    body = [row for row in rows if not row.header and row.children]
    labelled = [(row, parse_level(first_text(row.children[0]), vocab)) for row in body]
    header = next((row for row in rows if row.header and row.children), None)
    named = header is not None and LEVEL_COLUMN.search(column_name(cell_text(header.children[0])))
    firsts = [cell_text(row.children[0]) if row.children[0].col == 1 else "" for row in body]
    if named and _counted_titles(firsts):
        # "1. Responds to Client Requests", "2. Takes Personal Responsibility for Client Needs": each level titled,
        # counted by its number
        return [
            (row, LevelLabel(label=text, order=float(_count(text)), numeric=True) if text else None)
            for row, text in zip(body, firsts, strict=True)
        ]
    if not named or not all(short_phrase(t, 5) for t in firsts if t) or sum(1 for t in firsts if t) < 2:
        return labelled
    known = [(i, lv) for i, (_, lv) in enumerate(labelled) if lv is not None]
    descending = len(known) >= 2 and known[0][1].order > known[-1][1].order
    out: list[tuple[Node, LevelLabel | None]] = []
    position = 0
    named_beside = _name_column(body)
    for (row, lv), text in zip(labelled, firsts, strict=True):
        if not text:
            out.append((row, None))
            continue
        position += 1
        order = float(-position if descending else position)
        if named_beside is not None:
            # "1 | Applies | ...": the number ranks, the name beside it is the label
            name = next(cell_text(c) for c in row.children if c.col == named_beside)
            out.append((row, LevelLabel(label=name, order=float(int(text)), numeric=False)))
            continue
        out.append((row, LevelLabel(label=text, order=order, numeric=False, name=lv.name if lv else None)))
    return out


COUNTED_TITLE = re.compile(r"^(\d{1,2})\s*(?:\.|\s[-–—:]|[–—:)])\s+[A-Z]")  # "1. Responds ...", "5 – Excellent"


def _count(text: str) -> int:
    m = COUNTED_TITLE.match(text)
    assert m is not None
    return int(m.group(1))


def _counted_titles(texts: list[str]) -> bool:
    """First cells that each open with the level's number, counting 1, 2, 3 ... ("1. Responds to Requests"), up or
    down ("5 – Excellent" ... "1 – Poor")."""
    matches = [COUNTED_TITLE.match(t) for t in texts if t]
    numbers = [int(m.group(1)) for m in matches if m]
    return len(numbers) == len(matches) and numbered_scale(numbers) and all(short_phrase(t, 10) for t in texts if t)


LEVEL_NAME_HEADER = re.compile(r"^(?:level\s+)?(?:title|name|role|job title|position|stage|grade)s?$", re.I)


def _name_column(body: list[Node], second_header: str = "") -> int | None:
    """The column of level names beside a column of bare numbers (Level | Stage | What it looks like), or beside
    level labels under a header naming them (Level | Title | Expectations: "Level 2 | Senior Engineer | ...")."""
    if not body:
        return None
    numbers = all(re.fullmatch(r"\d{1,2}", first_text(row.children[0])) for row in body if row.children)
    if not numbers and not LEVEL_NAME_HEADER.match(second_header.strip()):
        return None
    seconds = [next((c for c in row.children if c.col == 2), None) for row in body]
    if all(c is not None and short_phrase(cell_text(c), 3 if numbers else 4) for c in seconds) and any(
        len(row.children) >= 3 for row in body
    ):
        return 2
    return None


def levels_as_rows(out: TableLabels, rows: list[Node], vocab: Vocabulary, owner: int | None) -> bool:
    labelled = row_levels(rows, vocab)
    found = [(row, lv) for row, lv in labelled if lv is not None]
    if len(found) < 2 or not (
        is_scale([lv for _, lv in found], vocab) or len({lv.order for _, lv in found}) == len(found)
    ):
        return False
    out.kind = "levels as rows"
    header = next((row for row in rows if row.header), None)
    second = next((cell_text(c) for c in header.children if c.col == 2), "") if header is not None else ""
    name_col = _name_column([row for row, _ in found], second) if header is not None else None
    content_cols = {c.col for row, _ in found for c in row.children[1:] if cell_text(c) and c.col != name_col}
    names = {c.col: heading_text(cell_text(c)) for c in header.children} if header is not None else {}
    by_column = (
        header is not None
        and owner is None
        and len(content_cols) >= 2
        and all(
            names.get(col)
            and short_phrase(names[col], 8)
            and not section_field(names[col], vocab)
            and not field_words(names[col], vocab)  # "Description of the skill at this level": an aspect of it
            for col in content_cols
        )
    )
    column_owner: dict[int, int] = {}
    if by_column and header is not None:
        out.kind = "competencies as columns, levels as rows"
        for cell in header.children:
            if cell.col in content_cols:
                column_owner[cell.col] = cell.id
                out.competencies.append(cell.id)
                out.labels[cell.id] = Label(
                    Role.COMPETENCY, ("a column header naming a competency",), name=names[cell.col], competency=cell.id
                )
    titled: tuple[LevelLabel, Node] | None = None  # a level's row holding only its label: the rows below are its
    for row, lv in labelled:
        if lv is None:
            if titled is not None and not _one_cell_row(out, row, vocab, owner):
                # "Level 1 – AA and AO" across the table, then its behaviours under "Effective | Ineffective"
                cells = [c for c in row.children if cell_text(c)]
                for cell in cells:
                    group = names.get(cell.col) if len(cells) >= 2 or len(names) >= 2 else None
                    cell_items(out, cell, "levels", group or None, owner, titled[0], titled[1].id)
            elif titled is None and not _one_cell_row(out, row, vocab, owner):
                filled = [c for c in row.children if cell_text(c)]
                label = heading_text(cell_text(filled[0])) if len(filled) == 2 else ""
                if short_phrase(label, 4) and (
                    NAME_LABEL.search(label) or DESCRIPTION_LABEL.search(label) or section_field(label, vocab)
                ):
                    key_value_rows(out, [row], owner, vocab)  # "Competency | Uses ...": a field beside the levels
                else:
                    read_as_flow(out, [row], owner, None, None)
            continue
        label_cell = row.children[0]
        titled = (lv, label_cell) if not any(cell_text(c) for c in row.children[1:]) else None
        lines = [n.text for n in cell_nodes(label_cell) if n.text]
        if len(lines) == 2 and lines[0] == lv.label and short_phrase(lines[1], 6):
            lv = replace(lv, label=f"{lv.label} {lines[1]}")  # "Level 3" over "Helps others adapt": one label
        out.labels[label_cell.id] = Label(
            Role.LEVEL, ("a level label in the first column of a table",), level=lv, competency=owner
        )
        for n in cell_nodes(label_cell):
            out.labels[n.id] = Label(Role.STRUCTURE, ("level row label",), competency=owner)
        for cell in row.children[1:]:
            if cell.col == name_col:
                mark_structure(out, cell, "the level's name beside its number")
                continue
            cell_owner = column_owner.get(cell.col, owner)
            group = names.get(cell.col) if len(content_cols) >= 2 and not by_column else None
            if cell_owner != owner:
                out.labels.setdefault(label_cell.id, out.labels[label_cell.id])
            cell_items(out, cell, "levels", group, cell_owner, lv, label_cell.id)
    return True
