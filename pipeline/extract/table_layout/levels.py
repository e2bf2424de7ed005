"""Tables of levels: which tables lay out levels, and the layouts read here: level labels inside the cells
("Level 2: ..."), or as a title over the table. Levels as a header row are read in `level_columns`, levels down the
first column in `level_rows`.
"""

from __future__ import annotations

from ...model.tree import Label, LevelLabel, Node, Role
from ...vocab.text import ends_sentence, heading_text
from ...vocab.vocabulary import Vocabulary
from ..scale import explicit, is_scale, parse_level
from ..shapes import is_behaviour, short_phrase
from .cells import (
    TableLabels,
    cell_nodes,
    cell_text,
    mark_structure,
)
from .items import cell_items, key_value_rows
from .level_columns import level_header_row, score_row
from .level_rows import row_levels


def level_title(rows: list[Node], vocab: Vocabulary) -> LevelLabel | None:
    """The level a table is about, when its first row is one cell saying so ("Level 2 – EO2/EO1 (or
    equivalent)") over rows of behaviours: one such table per level."""
    if len(rows) < 2:
        return None
    filled = [c for c in rows[0].children if cell_text(c)]
    if len(filled) != 1:
        return None
    level = parse_level(cell_text(filled[0]), vocab)
    if level is None or not explicit(level):
        return None
    texts = [n.text for row in rows[1:] for c in row.children for n in cell_nodes(c) if n.text]
    return level if any(is_behaviour(t) for t in texts) else None


def level_titled(out: TableLabels, rows: list[Node], vocab: Vocabulary, owner: int | None) -> bool:
    """A table titled by its level: the title row is the level's label, a row of short column headers
    ("Effective behaviours | Ineffective behaviours") groups the behaviours in the cells below it."""
    level = level_title(rows, vocab)
    if level is None:
        return False
    out.kind = "titled by its level"
    title = next(c for c in rows[0].children if cell_text(c))
    out.labels[title.id] = Label(Role.LEVEL, ("a table's title row naming its level",), level=level, competency=owner)
    for n in cell_nodes(title):
        out.labels[n.id] = Label(Role.STRUCTURE, ("the level's title row",), competency=owner)
    names: dict[int, str] = {}
    for row in rows[1:]:
        cells = [c for c in row.children if cell_text(c)]
        if len(cells) >= 2 and all(short_phrase(cell_text(c), 4) and not is_behaviour(cell_text(c)) for c in cells):
            names = {c.col: heading_text(cell_text(c)) for c in cells}  # column headers: the groups below
            mark_structure(out, row, "the columns' headers")
            continue
        for cell in row.children:
            group = names.get(cell.col) if len(names) >= 2 else None
            cell_items(out, cell, "levels", group, owner, level, title.id)
    return True


def holds_levels(table: Node, vocab: Vocabulary) -> bool:
    """Does the table lay out levels, with behaviours: a row of level labels, or a first column of them? A table
    of levels and short codes ("Level 1 | G1 - G4") is a key to the scale, not a competency's levels."""
    rows = list(table.children)
    texts = [t for row in rows for c in row.children[1:] if (t := cell_text(c))]
    # (the labels themselves, "Exceeds | Meets | Does not meet", are no text of the levels: a form's ticks are all)
    content = [t for t in texts if parse_level(t, vocab) is None]
    if texts and all(short_phrase(t, 6) and not is_behaviour(t) for t in content):
        return False
    if level_header_row(rows, vocab) is not None or level_title(rows, vocab) is not None:
        return True
    if score_row(rows) is not None:
        return True  # "Score | 0 | 1 | ..." under the descriptions of the levels
    if labelled_level_rows(rows, vocab):
        return True
    found = [lv for _, lv in row_levels(rows, vocab) if lv is not None]
    return len(found) >= 2 and (is_scale(found, vocab) or len({lv.order for lv in found}) == len(found))


def _cell_level(cell: Node, vocab: Vocabulary) -> LevelLabel | None:
    """The level a cell's first line names when the cell goes on with that level's text ("level 2" over
    "Communicate with a range of people ..." and its bullets, in one cell)."""
    nodes = [n for n in cell_nodes(cell) if n.text]
    if len(nodes) < 2 or not short_phrase(nodes[0].text, 4):
        return None
    return parse_level(nodes[0].text, vocab)


def labelled_level_rows(rows: list[Node], vocab: Vocabulary) -> list[Node]:
    """The rows whose every filled cell opens with a level's label over that level's text, when there are two such
    cells or more and their labels form a scale: a table whose label and text share each cell."""
    found: list[Node] = []
    levels: list[LevelLabel] = []
    for row in rows:
        cells = [c for c in row.children if cell_text(c)]
        cell_levels = [_cell_level(c, vocab) for c in cells]
        if cells and all(lv is not None for lv in cell_levels):
            found.append(row)
            levels.extend(lv for lv in cell_levels if lv is not None)
    if len(levels) < 2 or not is_scale(levels, vocab):
        return []
    return found


def levels_in_cells(out: TableLabels, rows: list[Node], vocab: Vocabulary, owner: int | None) -> None:
    out.kind = "levels labelled inside their cells"
    labelled = labelled_level_rows(rows, vocab)
    above: dict[int, tuple[LevelLabel, int]] = {}  # column -> the level labelled in the row above, and its cell
    for row in rows:
        if row not in labelled:
            filled = [c for c in row.children if cell_text(c)]
            if len(filled) >= 2 and all(c.col in above for c in filled):
                # "Level 1 ... | Level 5 ..." over rows of behaviours in the same columns: each cell goes on with
                # the level its column's label opened
                for cell in filled:
                    column_level, labelled_cell = above[cell.col]
                    cell_items(out, cell, "levels", None, owner, column_level, labelled_cell)
                continue
            above = {}
            key_value_rows(out, [row], owner, vocab)
            continue
        above = {}
        for cell in row.children:
            level = _cell_level(cell, vocab)
            if level is None:
                continue
            above[cell.col] = (level, cell.id)
            out.labels[cell.id] = Label(
                Role.LEVEL, ("a cell opening with a level's label",), level=level, competency=owner
            )
            texts = [n for n in cell_nodes(cell) if n.text]
            if row.header and len(texts) == 2 and short_phrase(texts[1].text, 4) and not ends_sentence(texts[1].text):
                # "Level 1" over "Grades 1-2/Core" in the header, the behaviours in the rows below: whom the level
                # is for, a caption of the label, no behaviour
                why = ("a caption under the level's label in the header",)
                out.labels[texts[1].id] = Label(Role.STRUCTURE, why, competency=owner)
            else:
                cell_items(out, cell, "levels", None, owner, level, cell.id, labelled=True)
            first = next(n for n in cell_nodes(cell) if n.text)
            out.labels[first.id] = Label(
                Role.STRUCTURE, ("the level's label, the cell's first line",), competency=owner
            )
