"""Scales a document explains in tables of its own (a "Level" column of names, a table captioned as by level),
and a profile of the level each position requires (no scale, no content).
"""

from __future__ import annotations

import re
from collections import Counter

from ...model.tree import Node, NodeKind
from ...vocab.vocabulary import Vocabulary
from ..scale import is_scale, lowest_first, new_scale, parse_level, with_scales
from ..shapes import short_phrase
from ..terms import BY_LEVEL, section_field
from .cells import TableLabels, cell_text, first_text, mark_structure


def required_levels(out: TableLabels, rows: list[Node], owner: int | None) -> bool:
    """A profile of the level each position requires ("Position level | Client Service | Teamwork ..." over
    "Employee | 2 | 2 | 1"): every body cell beside the first column a bare number. It maps levels to roles and
    holds no content of any competency."""
    if not _numbers_beside(rows):
        return False
    out.kind = "required levels"
    for row in rows:
        mark_structure(out, row, "a profile of the level each position requires")
    return True


def _numbers_beside(rows: list[Node]) -> bool:
    """Is every body cell beside the first column a bare number (at least two rows, four numbers), or is every
    filled one a mark ("●", "✓") with cells left empty between them, where the table maps competencies to
    courses or roles? (Every cell holding a bubble, "○", is a form to rate on.)"""
    body = [row for row in rows if not row.header]
    numbers = [cell_text(c) for row in body for c in row.children if c.col > 1 and cell_text(c)]
    if len(body) < 2 or len(numbers) < 4:
        return False
    if all(re.fullmatch(r"\d{1,2}", t) for t in numbers):
        return True
    columns = {c.col for row in rows for c in row.children if c.col > 1}
    return len(numbers) < len(body) * len(columns) and all(re.fullmatch(r"[●✓✔■◆★✗✘xX]", t) for t in numbers)


def table_key(table: Node, vocab: Vocabulary) -> dict[str, float]:
    """A table that explains the scale: a column of level names, ranked by a column of numbers beside them
    ("1 | Fundamental Awareness") or by their rows' order, upward or downward as the known names go."""
    rows = [row for row in table.children if not row.header and row.children]
    best: dict[str, float] = {}
    columns = sorted({cell.col for row in rows for cell in row.children})
    for col in columns:
        names = [(row, first_text(cell)) for row in rows for cell in row.children if cell.col == col]
        parsed = [(row, text, parse_level(text, vocab)) for row, text in names]
        found = [lv for _, _, lv in parsed if lv is not None]
        if len(found) < 2 or not is_scale(found, vocab):
            continue
        known = [lv for _, _, lv in parsed if lv is not None]
        descending = known[0].order > known[-1].order
        key: dict[str, float] = {}
        for position, (row, text, lv) in enumerate(parsed, start=1):
            if lv is None:
                continue
            number = next(
                (int(t) for c in row.children if c.col != col for t in [first_text(c)] if re.fullmatch(r"\d{1,2}", t)),
                None,
            )
            key[text.casefold()] = float(number) if number is not None else float(-position if descending else position)
        if len(key) > len(best):
            best = key
    return best


def _captioned_scales(root: Node, vocab: Vocabulary) -> list[dict[str, int]]:
    scales = []
    for node in root.walk():
        for before, table in zip(node.children, node.children[1:], strict=False):
            if table.kind is not NodeKind.TABLE or before.kind is not NodeKind.PARAGRAPH:
                continue
            if not BY_LEVEL.search(before.text) or _numbers_beside(list(table.children)):
                continue  # (a profile of the level each position requires names competencies over numbers)
            header = next((row for row in table.children if row.children), None)
            names = [first_text(c) for c in header.children[1:] if first_text(c)] if header is not None else []
            if any(section_field(n, vocab) for n in names):
                continue
            scale = new_scale(names, vocab, header=True)
            if scale is not None:
                scales.append(scale)
    return scales


def _ladders_used_as_headers(root: Node) -> list[dict[str, int]]:
    """A table's first column of names ("Intern", "Engineer 1", ..., "Principal Engineer") whose run another
    table's header repeats in the same order, three names or more ("Knowledge leadership | Engineer 1 | Engineer 2
    | Senior Engineer 1 | ..."): the document's ladder, lowest first as the column lists it."""
    tables = [[row for row in n.children if row.children] for n in root.walk() if n.kind is NodeKind.TABLE]
    headers = [[first_text(c).casefold() for c in rows[0].children[1:] if first_text(c)] for rows in tables if rows]
    scales = []
    for rows in tables:
        names = [first_text(row.children[0]) for row in rows[1:] if row.children[0].col == 1]
        folded = [n.casefold() for n in names]
        if len(names) < 4 or len(set(folded)) < len(folded) or not all(short_phrase(n, 4) for n in names):
            continue
        if any(len(h) >= 3 and _in_order(h, folded) for h in headers):
            scales.append({n: position for position, n in enumerate(folded)})
    return scales


def _in_order(names: list[str], ladder: list[str]) -> bool:
    """Are all these names on the ladder, in its order?"""
    places = [ladder.index(n) if n in ladder else -1 for n in names]
    return -1 not in places and places == sorted(places)


SCALE_COLUMN = re.compile(r"^(?:proficiency |competency |career |performance )?(?:level|stage|band|tier)s?\s*:?$", re.I)


def document_scales(root: Node, vocab: Vocabulary) -> Vocabulary:
    """The vocabulary with the scales the document explains in tables of its own: a first column headed "Level"
    over at least three short names ("Tactical", "Operational", ..., "Advanced Professional"), lowest first, or a
    table captioned as being by level ("Table 12. Software testing activities by competency level") whose header
    names at least three columns after its first ("Technician | Entry Level Practitioner | ..."), left lowest. The
    names are then levels wherever the document prints them (the columns of every competency's table)."""
    scales = _captioned_scales(root, vocab)
    for table in (n for n in root.walk() if n.kind is NodeKind.TABLE):
        rows = [row for row in table.children if row.children]
        if len(rows) < 4 or not rows[0].header or not SCALE_COLUMN.match(first_text(rows[0].children[0])):
            continue
        if _numbers_beside(rows):
            continue  # the level each position requires: the positions are roles, no scale of proficiency
        names = [first_text(row.children[0]) for row in rows[1:] if row.children[0].col == 1]
        scale = new_scale(lowest_first(names, vocab), vocab)
        if scale is not None:
            scales.append(scale)
    vocab = with_scales(vocab, scales) if scales else vocab
    repeated = _repeated_level_headers(root, vocab)
    vocab = with_scales(vocab, repeated) if repeated else vocab
    ladders = _ladders_used_as_headers(root)
    return with_scales(vocab, ladders, first=True) if ladders else vocab


def _repeated_level_headers(root: Node, vocab: Vocabulary) -> list[dict[str, int]]:
    """A header of three names or more over columns, printed the same over two tables or more, two of its names
    levels of some scale the vocabulary knows ("Support | Practitioner | Manager | Leader" over each standard's
    table): the document's own scale, in the order its columns print it (lowest first unless the known ones go
    down)."""
    headers: list[tuple[str, ...]] = []
    for table in (n for n in root.walk() if n.kind is NodeKind.TABLE):
        rows = [row for row in table.children if row.children]
        if len(rows) >= 2 and rows[0].header:
            headers.append(tuple(first_text(c) for c in rows[0].children))
    scales = []
    for header, times in sorted(Counter(headers).items()):
        names = list(header)
        if times < 2 or len(names) < 3 or not all(short_phrase(n, 4) and n[:1].isupper() for n in names):
            continue
        known = [lv for n in names if (lv := parse_level(n, vocab, header=True)) is not None]
        if len(known) < 2 or is_scale(known, vocab):
            continue  # (names of one scale the vocabulary knows are read as such, beside a "Dimension" column)
        scale = new_scale(lowest_first(names, vocab), vocab, header=True)
        if scale is not None:
            scales.append(scale)
    return scales
