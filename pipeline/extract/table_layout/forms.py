"""What a form leaves to fill in (columns of boxes, digits and lines to tick or circle, a numbering column, a
blank "Comments" field) and a self-assessment form's statements to rate.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...model.tree import Label, Node, NodeKind, Role
from ...vocab.text import heading_text
from ...vocab.vocabulary import Vocabulary
from ..scale import parse_level
from ..shapes import is_behaviour, short_phrase
from ..terms import numbered_title_name, section_field
from .cells import TICK, TableLabels, cell_nodes, cell_text, mark_structure, name_competency
from .items import cell_items

# boxes, lines and single digits to tick or circle, "N/A" among them ("1 2 3 4 5 N/A")
MARKS = re.compile(r"^(?:[\W_]*(?:\d|n/?a)?[\W_]*)(?:\s+[\W_]*(?:\d|n/?a)?[\W_]*)+$|^[\W_]*$", re.I)


def codes_and_marks(out: TableLabels, rows: list[Node]) -> bool:
    """A grid whose every cell is a code or a mark of three characters at most ("NL | NS | PE | ..." over "yes |
    yes | NV | ...": where a trade standard's task is common practice): no statement of any competency in it."""
    texts = [cell_text(c) for row in rows for c in row.children if cell_text(c)]
    columns = {c.col for row in rows for c in row.children}
    if len(rows) < 2 or len(columns) < GRID_COLUMNS or not all(CODE_OR_MARK.fullmatch(t) for t in texts):
        return False
    out.kind = "codes and marks"
    for row in rows:
        mark_structure(out, row, "a grid of codes and marks, no statement")
    return True


CODE_OR_MARK = re.compile(r"\S{1,3}")
GRID_COLUMNS = 4


def labelled_row(row: Node) -> bool:
    first = next((n for c in row.children for n in cell_nodes(c) if n.text), None)
    return first is not None and first.kind is NodeKind.LABEL and not rating_to_fill(row)


def rating_to_fill(row: Node) -> bool:
    """A row holding only a label and boxes or numbers to tick ("Rating: ☐ 1 ☐ 2 ☐ 3 ☐ 4 ☐ 5")."""
    texts = [cell_text(c) for c in row.children if cell_text(c)]
    return (
        len(texts) == 1
        and bool(re.fullmatch(r"[^:]{1,30}:\s*(.*)", texts[0]))
        and bool(MARKS.match(texts[0].split(":", 1)[1].strip()))
    )


def without_mark_columns(out: TableLabels, rows: list[Node], vocab: Vocabulary) -> list[Node]:
    """The rows without the columns a form leaves to fill in: every cell below the header empty, or only boxes,
    lines and single digits to tick or circle ("0 1", "☐ 0 ☐ 1 ☐ 2"). The first column is kept whatever it holds
    (level numbers), and so is a column headed by a level (a level with nothing printed under it yet)."""
    body = [row for row in rows if not row.header]
    columns: dict[int, list[str]] = {cell.col: [] for row in rows for cell in row.children}  # a cell not there: empty
    for row in body:
        for cell in row.children:
            columns[cell.col].append(cell_text(cell))
    levels = {c.col for row in rows if row.header for c in row.children if parse_level(cell_text(c), vocab)}
    marks = {col for col, texts in columns.items() if col > 1 and _left_to_mark(_unlabelled(texts), col in levels)}
    if not marks or len(marks) == len(columns) or not body:
        return rows
    for row in rows:
        for cell in row.children:
            if cell.col in marks:
                mark_structure(out, cell, "a column left to fill in (a score, tick boxes, notes)")
    ticked = [row for row in body if sum(bool(TICK.search(cell_text(c))) for c in row.children if c.col in marks) >= 2]
    # one row of boxes among rows of text ("Rating | Please tick appropriate box | 1 ☐ | ... | 5 ☐" in a review
    # form's table for one competency): the rating to give, its label and instruction no content; a table of
    # rows to rate each has its boxes
    rating = [row for row in ticked if _a_rating_row(row, marks)] if len(ticked) == 1 < len(body) else []
    for row in rating:
        for cell in row.children:
            mark_structure(out, cell, "a row of boxes to tick: the rating to give")
    return [
        replace(row, children=tuple(c for c in row.children if c.col not in marks)) for row in rows if row not in rating
    ]


ITEM_NUMBER = re.compile(r"^\d{1,2}\.$")
CLAUSE_NUMBER = re.compile(r"^(\d{1,2})\.(\d{1,2})$")
CODED_NUMBER = re.compile(r"(?P<code>[A-Z]{1,4})[-.]?(?P<n>\d{1,2})")
NUMBER_HEADER = re.compile(r"^(?:no\.?|nos?\.?|#|number|ref\.?|item)$", re.I)


def without_item_numbers(out: TableLabels, rows: list[Node]) -> list[Node]:
    """The rows without a first column that only numbers them ("1.", "2.", ... as a form numbers the lines to fill
    in), under an empty header cell or one saying so ("No.", "#"): the next column is the first."""
    header = [row for row in rows if row.header]
    body = [row for row in rows if not row.header]
    firsts = [next((c for c in row.children if c.col == 1), None) for row in body]
    numbers = [cell_text(c) for c in firsts if c is not None and cell_text(c)]
    if len(numbers) < 2 or not header or not numbering_header(rows):
        return rows
    counted = [str(k) for k in range(1, len(numbers) + 1)]
    coded = [m for n in numbers if (m := CODED_NUMBER.fullmatch(n))]
    # "FW1", "FW2" under "Ref": a code counting the lines, its letters the same on each
    by_code = len(coded) == len(numbers) and len({m["code"] for m in coded}) == 1 and [m["n"] for m in coded] == counted
    if numbers != [f"{k}." for k in counted] and not (
        ([n.rstrip(".)") for n in numbers] == counted or by_code) and any(_first_column_heads(rows))
    ):
        return rows  # "1.", "2."; or bare "1", "2" under "No.": counting the lines (under no header, levels)
    for cell in (c for c in firsts if c is not None):
        mark_structure(out, cell, "the number of a line of the table")
    return [
        row  # a title across the table: no line of it
        if row.header and len([c for c in row.children if cell_text(c)]) == 1
        else replace(row, children=tuple(replace(c, col=c.col - 1) for c in row.children if c.col != 1))
        for row in rows
    ]


def numbering_header(rows: list[Node]) -> bool:
    """Is the header cell over the first column empty, or one that says the column numbers the rows ("No.", "#")?"""
    return all(not text or NUMBER_HEADER.match(text) for text in _first_column_heads(rows))


def _first_column_heads(rows: list[Node]) -> list[str]:
    """The header cells' texts over the first column. A title across the table (its header row's one cell) heads
    no column."""
    return [
        cell_text(c)
        for row in rows
        if row.header and len([c for c in row.children if cell_text(c)]) > 1
        for c in row.children
        if c.col == 1
    ]


def clause_numbers(numbers: list[str]) -> bool:
    """ "2.1", "2.2", "2.3": one major number, the minor counting from 1."""
    matches = [m for n in numbers if (m := CLAUSE_NUMBER.match(n))]
    if len(matches) != len(numbers):
        return False
    return len({m.group(1) for m in matches}) == 1 and [int(m.group(2)) for m in matches] == list(
        range(1, len(numbers) + 1)
    )


def without_blank_field(out: TableLabels, rows: list[Node], vocab: Vocabulary) -> list[Node]:
    """The rows without a last row holding only a field's name ("Comments", "Evidence:"): a box a form leaves to
    write in, nothing under it. (Higher up, such a row captions the rows below it.)"""
    if not rows:
        return rows
    nodes = [n for c in rows[-1].children for n in cell_nodes(c) if n.text]
    if len(nodes) != 1 or section_field(nodes[0].text, vocab) is None:
        return rows
    mark_structure(out, rows[-1], "a field's name over a box left to fill in")
    return rows[:-1]


def _a_rating_row(row: Node, marks: set[int]) -> bool:
    """Beside its boxes, a short label ("Rating") and at most one line telling how to fill them in."""
    texts = [cell_text(c) for c in row.children if c.col not in marks and cell_text(c)]
    return bool(texts) and short_phrase(texts[0], 3) and len(texts) <= 2 and not any(is_behaviour(t) for t in texts)


LETTERED = re.compile(r"^(?:[A-H]|\d{1,2}(?:\.\d{1,2})*)[.)]\s+(?P<name>[A-Z].*)$")


def rating_form(out: TableLabels, rows: list[Node], vocab: Vocabulary, owner: int | None, in_field: str | None) -> bool:
    """What is left of a self-assessment form once its columns of boxes to tick are gone: one column of statements
    to rate, each a behaviour; a row titled by its kind and number ("Core Competency 1: Assesses the health
    status ...") starts a competency, a lettered or numbered short row ("A. Relationship Management") a group of
    the rows below it, and the header and scale rows ("COMPETENCY", "LEVEL") are structure."""
    if any(len([c for c in row.children if cell_text(c)]) > 1 for row in rows):
        return False
    texts = [(row, cell_text(row.children[0])) for row in rows if row.children and cell_text(row.children[0])]
    statements = [
        t
        for _, t in texts
        if len(t.split()) >= 4 and not LETTERED.match(t) and not numbered_title_name(t, vocab, letters=False)
    ]
    if len(statements) < 2:
        return False
    out.kind = "rating form"
    field_name = in_field if in_field not in (None, "definition", "levels") else "indicators"
    current, group = owner, None
    for row, text in texts:
        cell = row.children[0]
        entry = numbered_title_name(text, vocab, letters=False) if owner is None else None
        lettered = LETTERED.match(text)
        if entry:
            current, group = cell.id, None
            name_competency(out, cell, "a row naming the competency rated below", entry)
        elif row.header or len(text.split()) < 4 and not lettered or text.isupper() and current is None:
            mark_structure(out, cell, "a header or scale row of the form")
        elif lettered and short_phrase(lettered["name"], 8) and not lettered["name"].endswith("."):
            group = heading_text(lettered["name"])
            for n in cell_nodes(cell):
                if n.text:
                    out.labels[n.id] = Label(
                        Role.GROUP, ("a lettered row over the statements below",), name=group, competency=current
                    )
        else:
            cell_items(out, cell, field_name, group, current, None, None)
    return True


def _unlabelled(texts: list[str]) -> list[str]:
    """A column's texts without the rating's name over its marks ("Poor" over "1", "1", "1"), where it has one."""
    if len(texts) >= 3 and 1 <= len(texts[0].split()) <= 2 and not any(ch.isdigit() for ch in texts[0]):
        return texts[1:]
    return texts


def ticked_away(before: list[Node], after: list[Node]) -> bool:
    """Did the columns dropped as marks hold boxes or circles to tick, or the rating's numbers printed down every
    row to circle ("1 | 2 | 3 | 4" on each line): a rating form, not an empty notes column?"""
    kept = {c.col for row in after for c in row.children}
    if any(TICK.search(cell_text(c)) for row in before for c in row.children if c.col not in kept):
        return True
    dropped: dict[int, set[str]] = {}
    for row in before:
        for c in row.children:
            if c.col not in kept and re.fullmatch(r"\d", cell_text(c).strip()):
                dropped.setdefault(c.col, set()).add(cell_text(c).strip())
    # each column one number, printed on every line, a different number in each: the numbers to circle
    circled = [digits for digits in dropped.values() if len(digits) == 1]
    return len(circled) >= 2 and len(circled) == len(dropped) and len(set.union(*circled)) == len(circled)


def _left_to_mark(texts: list[str], under_a_level: bool) -> bool:
    """A column of marks to make: boxes, lines and digits. Under a level, only boxes or circles to tick (with the
    rating's number over them, "1" ... "5"): a rating form's column, not a level's description still to write."""
    if any(TICK.search(t) for t in texts):
        return all(MARKS.match(t) or re.fullmatch(r"\s*\d\s*", t) for t in texts)
    if len(texts) >= 2 and len(set(texts)) == 1 and re.fullmatch(r"\s*\d\s*", texts[0]):
        return True  # the same number on every line, to circle ("1" under "Poor" in each row)
    return not under_a_level and all(MARKS.match(t) for t in texts)
