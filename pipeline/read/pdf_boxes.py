"""Boxes drawn side by side on a PDF page, read as the cells of a table.

A slide exported to PDF sets its levels in boxes ("Level 1 - Foundation" ... "Level 5 - Expert", each over a box of
its behaviours); a report shades panels with no rule between them. No ruled table is there for the table finder,
yet the boxes lay out rows and columns just as cells do: boxes of one height standing in a row, their left edges
lining up with the boxes of the rows above and below. Read so, each box's text is a cell of its own instead of the
boxes' lines run together across the page.
"""

from __future__ import annotations

from collections.abc import Iterable

Box = tuple[float, float, float, float]  # x0, top, x1, bottom on the page

MIN_WIDTH = 40.0  # narrower shapes are bullets, icons, rules
MIN_HEIGHT = 12.0
ALIGN = 3.0  # edges this close line up
FRAME_SHARE = 0.6  # of the page's area: a box this large frames the page (a slide's background)
MIN_ACROSS = 3  # boxes in one row for a single row of them to be a table


def box_grid(
    boxes: Iterable[Box], points: list[tuple[float, float]], width: float, height: float
) -> list[tuple[Box, int, int]]:
    """(box, row, column) of each box of the grid the page's boxes lay out, rows and columns from 1; [] when they
    lay out none. `points` are the centres of the page's characters: a box with no text in it is a decoration."""
    kept = [b for b in candidate_boxes(boxes, width, height) if holds_text(b, points)]
    kept = [b for b in kept if not _frames_others(b, kept)]
    rows = _rows(kept)
    rows = [row for row in rows if len(row) >= 2 and _side_by_side(row)]
    if not rows or max(len(row) for row in rows) < MIN_ACROSS and len(rows) < 2:
        return []
    columns = _columns([b for row in rows for b in row])
    if len(rows) >= 2 and not all(len({columns[b] for b in row}) == len(row) for row in rows):
        return []  # boxes of one row falling in one column: no grid
    return [(b, r, columns[b]) for r, row in enumerate(rows, start=1) for b in row]


def candidate_boxes(boxes: Iterable[Box], width: float, height: float) -> list[Box]:
    """The shapes large enough to be cells and smaller than the page's frame, each once, in order."""
    page_area = width * height
    return sorted(
        {
            (round(x0, 1), round(top, 1), round(x1, 1), round(bottom, 1))
            for x0, top, x1, bottom in boxes
            if x1 - x0 >= MIN_WIDTH
            and bottom - top >= MIN_HEIGHT
            and (x1 - x0) * (bottom - top) < FRAME_SHARE * page_area
        }
    )


def holds_text(box: Box, points: list[tuple[float, float]]) -> bool:
    x0, top, x1, bottom = box
    return any(x0 <= x <= x1 and top <= y <= bottom for x, y in points)


def _frames_others(box: Box, boxes: list[Box]) -> bool:
    """A box around two others or more (a panel holding the grid) is no cell of it."""
    x0, top, x1, bottom = box
    inside = [
        b
        for b in boxes
        if b != box and b[0] >= x0 - ALIGN and b[1] >= top - ALIGN and b[2] <= x1 + ALIGN and b[3] <= bottom + ALIGN
    ]
    return len(inside) >= 2


def _rows(boxes: list[Box]) -> list[list[Box]]:
    """Boxes of one top and one bottom edge, top down, each row left to right."""
    rows: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: (b[1], b[3], b[0])):
        row = next((r for r in rows if abs(r[0][1] - box[1]) <= ALIGN and abs(r[0][3] - box[3]) <= ALIGN), None)
        if row is None:
            rows.append([box])
        else:
            row.append(box)
    return [sorted(row) for row in rows]


def _side_by_side(row: list[Box]) -> bool:
    return all(a[2] <= b[0] + ALIGN for a, b in zip(row, row[1:], strict=False))


def _columns(boxes: list[Box]) -> dict[Box, int]:
    """Each box's column: boxes whose left edges line up share one, numbered left to right."""
    lefts: list[float] = []
    for x0 in sorted(b[0] for b in boxes):
        if not lefts or x0 - lefts[-1] > ALIGN:
            lefts.append(x0)
    return {b: sum(1 for x in lefts if x <= b[0]) for b in boxes}
