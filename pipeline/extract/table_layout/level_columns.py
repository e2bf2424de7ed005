"""Tables whose header row (or first column's top) holds the level labels: each column a level."""

from __future__ import annotations

import re
from dataclasses import replace

from ...model.tree import Label, LevelLabel, Node, NodeKind, Role
from ...vocab.text import clean_bullet, heading_text
from ...vocab.vocabulary import Vocabulary
from ..scale import grade_series, is_scale, parse_level
from ..shapes import is_behaviour, reads_as_definition, short_phrase
from ..terms import numbered_title_name
from .cells import (
    COMPETENCY_COLUMN,
    DESCRIPTION_LABEL,
    LEVEL_COLUMN,
    TableLabels,
    cell_nodes,
    cell_text,
    column_name,
    first_text,
    mark_structure,
    name_competency,
)
from .items import cell_items, key_value_rows


def level_header_row(rows: list[Node], vocab: Vocabulary) -> int | None:
    for r, row in enumerate(rows[:-1]):
        if _first_column_levels(rows[r:], vocab):
            return None  # "Level 1 | G1 - G4" over "Level 2 | ...": levels down the first column
        if header_levels(row, vocab) or r and _named_levels(rows[r - 1], row):
            return r
    return None


def _first_column_levels(rows: list[Node], vocab: Vocabulary) -> bool:
    firsts = [parse_level(first_text(row.children[0]), vocab) for row in rows[:3] if row.children]
    found = [lv for lv in firsts if lv is not None]
    return len(found) >= 3 and is_scale(found, vocab)


def _named_levels(above: Node, row: Node) -> dict[int, LevelLabel]:
    """A row of short names under a header cell that says they are levels ("COMPETENCY LEVEL" spanning "GENERAL
    AWARENESS | APPLIED KNOWLEDGE | EXPERT"): each name from that cell's column on is a level, lowest first."""
    heads = [c for c in above.children if short_phrase(cell_text(c), 3) and LEVEL_COLUMN.search(cell_text(c))]
    if not heads or not above.header and not row.header:
        return {}
    start = heads[0].col
    cells = [c for c in row.children if c.col >= start and cell_text(c)]
    if len(cells) < 2 or not all(short_phrase(cell_text(c), 5) for c in cells):
        return {}
    if any(c.col < start and cell_text(c) for c in row.children):
        return {}
    return {c.col: LevelLabel(label=first_text(c), order=float(i), numeric=False) for i, c in enumerate(cells, start=1)}


# a grade's code, or codes joined by "/", before a title: the last code's number ranks it
GRADE_TITLE = re.compile(
    r"^(?:(?:[A-Z]{1,3}-)?[A-Z]{1,3}\d{1,2}\s*/\s*)*(?:[A-Z]{1,3}-)?[A-Z]{1,3}(?P<n>\d{1,2})\s+(?=[A-Z][a-z])"
)


def _header_level(text: str, vocab: Vocabulary) -> LevelLabel | None:
    """The level a header cell names; a long one by the words before its first comma or bracket ("Senior manager,
    plus all manager behaviours (Grades F & G)": a senior manager), its label kept whole."""
    level = parse_level(text, vocab, header=True)
    if level is not None:
        return level
    at_level = AT_LEVEL.search(text)
    if at_level:
        # "For HR practitioners at professional level": the level the column is written for, its label kept whole
        level = parse_level(at_level["level"], vocab, header=True)
        return replace(level, label=text.strip()) if level is not None else None
    graded = GRADE_TITLE.match(text.strip())
    if graded:
        # "S-E2 Software Engineer", "E0 / S-E1 Apprentice / Junior Software Engineer": a grade's code (its number
        # the rank) before the role's title, the label kept whole
        return LevelLabel(label=text.strip(), order=float(graded["n"]), numeric=True)
    head = re.split(r"[,(;]", text, maxsplit=1)[0].strip()
    if head == text.strip() or not head:
        return None
    level = parse_level(head, vocab, header=True)
    return replace(level, label=text) if level is not None and level.name is not None else None


AT_LEVEL = re.compile(r"\bat\s+(?:the\s+)?(?P<level>[A-Za-z][\w-]*\s+levels?)\s*$", re.I)
NUMBERED_NAME = re.compile(r"^(\d{1,2})\s*[–—-]\s*[A-Z]")


def header_levels(row: Node, vocab: Vocabulary, above: Node | None = None) -> dict[int, LevelLabel]:
    """The levels a row of header cells names, by column; {} when it is no row of levels. Cells the vocabulary
    does not know ("Adept" among "Foundational | Intermediate | ... | Advanced") are levels too when at least two
    of the row's cells are known levels in order and the others are short names: they are ordered by column,
    upward or downward as the known ones go."""
    named = _named_levels(above, row) if above is not None else {}
    if named:
        return named
    cells = [c for c in row.children if cell_text(c)]
    parsed = [(c, _header_level(first_text(c), vocab)) for c in cells]
    found = [lv for _, lv in parsed if lv is not None]
    if len(found) < len(cells) and (heads := _heads_before_shared_word([first_text(c) for c in cells])):
        # "Development Need Behavior | Effective Behavior | Role Model Behavior": the word every cell ends with
        # says what the columns hold; the words before it name the levels, judged together as a row
        again = [(c, parse_level(h, vocab, header=True)) for c, h in zip(cells, heads, strict=True)]
        known = [lv for _, lv in again if lv is not None]
        if len(known) == len(again) and (is_scale(known, vocab) or _names_of_mixed_scales(known)):
            parsed = [(c, replace(lv, label=first_text(c)) if lv else None) for c, lv in again]
            found = [lv for _, lv in parsed if lv is not None]
    if len(found) < 2:
        return {}
    if all(NUMBERED_NAME.match(lv.label) for lv in found):
        # "1 – Concern | 3 – Meets expectations | 5 – Exceptional": a cell numbered like the known levels is one,
        # whatever its name
        parsed = [
            (c, lv or (LevelLabel(label=t, order=float(m[1]), numeric=True) if (m := NUMBERED_NAME.match(t)) else None))
            for c, lv in parsed
            for t in [first_text(c)]
        ]
        found = [lv for _, lv in parsed if lv is not None]
    first = next(i for i, (_, lv) in enumerate(parsed) if lv is not None)
    parsed = parsed[first:]  # cells before the first level head the row labels ("Competency")
    cells = [c for c, _ in parsed]
    if len(found) == len(cells) and (is_scale(found, vocab) or _grade_columns(found)):
        return {c.col: lv for c, lv in parsed if lv is not None}
    if len(found) == len(cells) and grade_series(found):
        # "APS 1-2 | ... | APS 5-6 | EL 1 | EL 2": a classification ladder running from one family of grades into
        # the next, each family in order; the columns rank them
        return {c.col: replace(lv, order=float(i)) for i, (c, lv) in enumerate(parsed, start=1) if lv is not None}
    if len(found) == len(cells) >= 3 and _names_of_mixed_scales(found):
        # "Entry-level | Intermediate | Advanced | Senior | Staff": every cell a level's name, from more than one
        # of the vocabulary's scales: the columns order them, upward or downward as their places go
        descending = found[0].order > found[-1].order
        return {
            c.col: replace(lv, order=float(len(found) - i if descending else i + 1))
            for i, (c, lv) in enumerate(parsed)
            if lv is not None
        }
    if len(found) == len(cells) >= 3 and _steps_before_names(found, vocab):
        # "Pre-Novice 1 | Pre-Novice 2 | Novice | Advanced Beginner | Competent | Proficient": numbered steps
        # leading into a named scale, left to right; the columns order them
        return {c.col: replace(lv, order=float(i), numeric=False) for i, (c, lv) in enumerate(parsed, start=1) if lv}
    unknown = [c for c, lv in parsed if lv is None]
    if not all(short_phrase(first_text(c), 3) and first_text(c)[:1].isupper() for c in unknown):
        return {}
    if any(DESCRIPTION_LABEL.search(first_text(c)) for c in unknown):
        return {}  # "Craftsmanship level | Description | Employee level": a column of descriptions is no level's
    if len(found) * 2 < len(cells) or not is_scale(found, vocab):
        return {}
    descending = found[0].order > found[-1].order
    n = len(parsed)
    return {
        c.col: LevelLabel(
            label=first_text(c),
            order=float(n - i if descending else i + 1),
            numeric=False,
            name=lv.name if lv else None,
        )
        for i, (c, lv) in enumerate(parsed)
    }


def _steps_before_names(levels: list[LevelLabel], vocab: Vocabulary) -> bool:
    """Numbered steps of one ladder, rising, then names of one scale, rising: two runs, in that order."""
    split = next((i for i, lv in enumerate(levels) if not lv.numeric), len(levels))
    steps, names = levels[:split], levels[split:]
    return (
        len(steps) >= 2
        and len(names) >= 2
        and all(not lv.numeric for lv in names)
        and is_scale(steps, vocab)
        and steps[0].order < steps[-1].order
        and is_scale(names, vocab)
        and names[0].order < names[-1].order
    )


def _heads_before_shared_word(texts: list[str]) -> list[str]:
    """The texts without the last word they all end with, when there are three or more and each keeps a word or
    two before it; [] otherwise."""
    words = [t.split() for t in texts]
    if len(words) < 3 or not all(2 <= len(w) <= 3 for w in words):
        return []
    last = {w[-1].casefold() for w in words}
    return [" ".join(w[:-1]) for w in words] if len(last) == 1 else []


def _names_of_mixed_scales(levels: list[LevelLabel]) -> bool:
    """Level names, each once, whose places on their scales never go back against the row's direction."""
    orders = [lv.order for lv in levels]
    steps = [b - a for a, b in zip(orders, orders[1:], strict=False)]
    return (
        all(lv.name for lv in levels)
        and len({lv.label.casefold() for lv in levels}) == len(levels)
        and (all(s >= 0 for s in steps) or all(s <= 0 for s in steps))
        and orders[0] != orders[-1]
    )


def _grade_columns(levels: list[LevelLabel]) -> bool:
    """Grades ("EL1 | EL2 | SES B1") are ordered by column if not by number; ranges of grades ("HEW 1–4 | HEW 5–6")
    by their first numbers, rising or falling."""
    if all(lv.numeric for lv in levels):
        return True
    orders = [lv.order for lv in levels]
    plain = all(lv.name is None and lv.letter is None for lv in levels)
    return plain and (orders == sorted(set(orders)) or orders == sorted(set(orders), reverse=True))


ENUMERATED_ROW = re.compile(r"^(?:[a-z]|[A-Z]|\d{1,2})[.)]\s+[A-Z]")


def levels_as_columns(
    out: TableLabels, rows: list[Node], r: int, vocab: Vocabulary, owner: int | None, outside: bool = False
) -> None:
    out.kind = "levels as columns"
    header = rows[r]
    columns: dict[int, tuple[Node, LevelLabel]] = {}
    levels = header_levels(header, vocab, rows[r - 1] if r else None)
    for cell in header.children:
        lv = levels.get(cell.col)
        if lv is not None:
            columns[cell.col] = (cell, lv)
            out.labels[cell.id] = Label(
                Role.LEVEL, ("a level label in the header row of a table",), level=lv, competency=owner
            )
            for n in cell_nodes(cell):
                out.labels[n.id] = Label(Role.STRUCTURE, ("level column header",), competency=owner)
        else:
            mark_structure(out, cell, "header cell of the row labels")
    key_value_rows(out, rows[:r], owner)
    if owner is None and _named_columns(out, rows, r, columns):
        return
    previous: int | None = None  # the competency of the row above, for rows under a merged name cell
    banner: int | None = None  # the competency a row across the table named, for the rows below it
    band_group: str | None = None  # the theme a row across the table named, for the rows below it
    # outside any competency, a row label under a header cell calling its column "Competency" names one
    naming_col = next(
        (c.col for c in header.children if c.col not in columns and COMPETENCY_COLUMN.match(column_name(cell_text(c)))),
        None,
    )
    corner = next((c for c in header.children if c.col not in columns), None)
    if (
        outside
        and naming_col is None
        and corner is not None
        and corner.col == 1
        and not cell_text(corner)
        and _cells_of_behaviours(rows[r + 1 :], columns)
    ):
        # a blank corner over names down the first column, the levels across, outside every competency a heading
        # names: a matrix of competencies by level, each row one competency (under a competency's heading the
        # names are its parts)
        naming_col = corner.col
    labels = [first_text(c) for row in rows[r + 1 :] for c in row.children[:1] if c.col not in columns and cell_text(c)]
    # row labels lettered or numbered as entries ("a. Knowledge", "b. Standards" under "The teacher:"): each row is a
    # competency of its own, whatever the heading above the table
    numbered = [t for t in labels if ENUMERATED_ROW.match(t)]
    enumerated = len(numbered) >= 2 and len(numbered) * 3 >= len(labels) * 2  # a closing "Overall rating" row
    if enumerated:
        naming_col = min(c.col for row in rows[r + 1 :] for c in row.children[:1])
    for row in rows[r + 1 :]:
        filled = [c for c in row.children if cell_text(c)]
        if len(columns) >= 3 and len(filled) == 2 and filled[0].col not in columns:
            key_value_rows(out, [row], owner, vocab)  # a row of one label and one wide cell: a note, not a level
            continue
        if filled and all(cell_text(c).endswith(":") and short_phrase(cell_text(c), 10) for c in filled):
            for c in filled:
                mark_structure(out, c, "a caption row over the levels' lists")  # "At this level you will:"
            continue
        if len(columns) >= 2 and _banner(row, filled) and (theme := _theme_band(filled[0])):
            # "Theme: Cultural sensitivity" across the levels' columns: the group of the rows below it
            band_group = theme
            for n in cell_nodes(filled[0]):
                if n.text:
                    out.labels[n.id] = Label(Role.GROUP, ("a theme across the levels' columns",), name=theme)
            continue
        if owner is None and len(columns) >= 2 and _banner(row, filled):
            # a row of one cell across the table ("Strand 2.1 Safety and security of learners") over the rows of
            # levels: it names the competency they describe
            name_cell = filled[0]
            banner = name_cell.id
            text = cell_text(name_cell)
            name = numbered_title_name(text, vocab) or heading_text(text)
            name_competency(out, name_cell, "a row across the levels' columns naming them", name)
            continue
        first_col = min((c.col for c in filled), default=0)
        merged = previous is not None and first_col > 1 and first_col not in columns
        row_owner, row_group = (previous if merged else banner if banner is not None else owner), band_group
        for cell in row.children:
            if cell.col in columns:
                continue
            texts = [n for n in cell_nodes(cell) if n.text]
            if len(texts) >= 2 and short_phrase(texts[0].text, 8) and reads_as_definition(texts[1].text):
                row_owner = cell.id  # a matrix: this row is a competency of its own
                out.competencies.append(cell.id)
                out.labels[cell.id] = Label(
                    Role.COMPETENCY,
                    ("a row label with a name and a description",),
                    name=heading_text(texts[0].text),
                    competency=cell.id,
                )
                out.labels[texts[0].id] = Label(Role.STRUCTURE, ("competency name",), competency=cell.id)
                for n in texts[1:]:
                    out.labels[n.id] = Label(Role.DEFINITION, ("description under the row's name",), competency=cell.id)
            elif (
                texts
                and (owner is None or enumerated and ENUMERATED_ROW.match(texts[0].text))
                and cell.col == naming_col
                and short_phrase(texts[0].text, 8)
            ):
                row_owner = cell.id
                out.competencies.append(cell.id)
                out.labels[cell.id] = Label(
                    Role.COMPETENCY,
                    ("a row label in the column the header calls a competency",),
                    name=heading_text(" ".join(n.text for n in texts)),
                    competency=cell.id,
                )
                for n in texts:
                    out.labels[n.id] = Label(Role.STRUCTURE, ("competency name",), competency=cell.id)
            elif texts:
                row_group = heading_text(" ".join(n.text for n in texts))
                for n in texts:
                    out.labels[n.id] = Label(
                        Role.GROUP, ("row label of a levels table",), name=row_group, competency=row_owner
                    )
        if row_owner != owner:
            previous = row_owner
            if row_owner is not None and not any(cell_text(c) for c in filled if c.col in columns):
                # "1. Punctuality, Attendance, and Use of Time" alone on its row, its criteria in the rows below
                # ("a. Starts work on time ..." across the levels): the competency those rows describe
                banner = row_owner
        for cell in row.children:
            if cell.col in columns:
                level_cell, lv = columns[cell.col]
                cell_items(out, cell, "levels", row_group, row_owner, lv, level_cell.id)


def _cells_of_behaviours(rows: list[Node], columns: dict[int, tuple[Node, LevelLabel]]) -> bool:
    """Most filled level cells state behaviours ("Respects the decisions taken by ..."), as a matrix of
    competencies does; a key to the scale holds titles and scopes ("Associate Engineer", "within task")."""
    cells = [c for row in rows for c in row.children if c.col in columns and cell_text(c)]
    behaving = [c for c in cells if any(is_behaviour(n.text) for n in cell_nodes(c) if n.text)]
    return bool(cells) and len(behaving) * 3 >= len(cells) * 2


# a banner's label saying it names a part of the competency, not one ("Theme: Cultural sensitivity")
THEME_TERM = re.compile(r"^(?:sub-?)?(?:theme|aspect|dimension|focus area|element|behaviou?r area)$", re.I)


def _theme_band(cell: Node) -> str | None:
    """The theme a banner cell names after its "Theme:" label, or None."""
    nodes = [n for n in cell_nodes(cell) if n.text]
    first = nodes[0] if len(nodes) == 1 else None
    if first is None or first.kind is not NodeKind.LABEL or not THEME_TERM.match(first.term.strip()) or not first.body:
        return None
    return heading_text(first.body)


def _banner(row: Node, filled: list[Node]) -> bool:
    """A row whose one cell runs across the table and holds a short name, not a level's text."""
    if len(filled) != 1 or len([c for c in row.children if c.kind is NodeKind.CELL]) > 1:
        return False
    nodes = [n for n in cell_nodes(filled[0]) if n.text]
    return len(nodes) == 1 and short_phrase(nodes[0].text, 12) and nodes[0].text[:1].isupper()


def _named_columns(out: TableLabels, rows: list[Node], r: int, columns: dict[int, tuple[Node, LevelLabel]]) -> bool:
    """Level columns beside a column the header calls "Competency" and one it calls "Description": each row
    whose name cell is filled starts a competency (the description its definition), rows with an empty name cell
    go on with it, and a name row with no level text at all is a cluster's row ("1. Design Competencies")."""
    header = rows[r]
    names = {c.col: cell_text(c) for c in header.children if c.col not in columns}
    name_col = next((col for col, t in names.items() if COMPETENCY_COLUMN.match(column_name(t))), None)
    if name_col is None:
        return False
    desc_col = next((col for col, t in names.items() if DESCRIPTION_LABEL.search(t.strip())), None)
    if desc_col is None:
        return False  # a name with its description in one cell is read row by row (a matrix)
    out.kind = "competencies as rows, levels as columns"
    current: int | None = None
    for row in rows[r + 1 :]:
        cells = {c.col: c for c in row.children}
        name_cell = cells.get(name_col)
        name = cell_text(name_cell) if name_cell is not None else ""
        level_text = any(cell_text(c) for c in row.children if c.col in columns)
        desc_cell = cells.get(desc_col) if desc_col is not None else None
        if name and not level_text and not (desc_cell is not None and cell_text(desc_cell)):
            mark_structure(out, row, "a cluster's row among the competencies")
            current = None
            continue
        if name and name_cell is not None:
            current = name_cell.id
            name_competency(
                out,
                name_cell,
                "a row's cell in the column the header calls a competency",
                heading_text(clean_bullet(name)),
            )
        for cell in row.children:
            if cell.col in columns and current is not None:
                level_cell, lv = columns[cell.col]
                cell_items(out, cell, "levels", None, current, lv, level_cell.id)
            elif cell.col == desc_col and current is not None:
                for n in cell_nodes(cell):
                    if n.text:
                        out.labels[n.id] = Label(Role.DEFINITION, ("the description column",), competency=current)
            elif cell.col != name_col:
                mark_structure(out, cell, "a column beside the competencies (an area, a code)")
    return True


# a first column's header that says its rows are levels; "Occupational role": the roles a behaviour is described for


# ------------------------------------------------------------------ scores under the levels' descriptions
# the label of a row of scores ("Score | 0 | 1 | 2 | 3 | 4 | 5"), each number the level of the description above it
SCORE_LABEL = re.compile(r"^(?:scores?|ratings?|points?|marks?)\s*:?$", re.I)


def score_row(rows: list[Node]) -> int | None:
    """The row of a rating form that numbers the descriptions in the row above it ("Performance definition | Not
    able to ... | Able to ..." over "Score | 0 | 1 | ..."): a label, then three scores or more counting up from 0 or 1,
    each under a description."""
    for r in range(1, len(rows)):
        cells = [c for c in rows[r].children if cell_text(c)]
        if len(cells) < 4 or cells[0].col != 1 or not SCORE_LABEL.match(cell_text(cells[0])):
            continue
        numbers = [cell_text(c) for c in cells[1:]]
        if not all(n.isdigit() for n in numbers):
            continue
        counted = [int(n) for n in numbers]
        if counted[0] not in (0, 1) or counted != list(range(counted[0], counted[0] + len(counted))):
            continue
        described = {c.col for c in rows[r - 1].children if cell_text(c)}
        if {c.col for c in cells[1:]} <= described:
            return r
    return None


def scored_columns(out: TableLabels, rows: list[Node], r: int, owner: int | None) -> None:
    """Each description a level, labelled by the score under it; the rows to tick or fill in are structure."""
    out.kind = "levels as columns, scored below"
    scores, described = rows[r], rows[r - 1]
    columns: dict[int, tuple[Node, LevelLabel]] = {}
    for cell in scores.children:
        text = cell_text(cell)
        if cell.col == 1 or not text:
            mark_structure(out, cell, "the label of the row of scores")
            continue
        level = LevelLabel(label=text, order=float(int(text)), numeric=True)
        columns[cell.col] = (cell, level)
        out.labels[cell.id] = Label(
            Role.LEVEL, ("a score under the description of its level",), level=level, competency=owner
        )
        for n in cell_nodes(cell):
            out.labels[n.id] = Label(Role.STRUCTURE, ("score cell",), competency=owner)
    for cell in described.children:
        if cell.col in columns:
            level_cell, level = columns[cell.col]
            cell_items(out, cell, "levels", None, owner, level, level_cell.id)
        else:
            mark_structure(out, cell, "the label of the row of descriptions")
    for row in rows:
        if row is not scores and row is not described:
            mark_structure(out, row, "a row to tick or fill in")
