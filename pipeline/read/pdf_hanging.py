"""Names hanging in a narrow column beside their text, on a PDF page with no table lines to say so.

A dictionary set as a borderless two-column table prints each entry's name at the left margin and its text in a
column further right, line beside line:

    1. Vision and      Sees the value of a picture of the future that ties the City goals to the work
    Planning           of the team and of each person, and communicates that picture. ...

Read row by row, the name's words are spliced into the text ("Vision and Sees the value ...", "Planning of the
team ..."). Each entry is a band of rows: read its name column first, then its text column.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .pdf_objects import PdfObject

MIN_GAP = 12.0  # points between a name's last word and the text beside it, at least
MAX_NAME_WORDS = 5  # a name's line is short
MIN_ENTRIES = 2
MIN_TEXT_WORDS = 5  # words on a typical line of the text column


@dataclass(frozen=True)
class Band:
    """One entry's rows: words left of `gutter` are its name, words right of it its text."""

    gutter: float
    top: float
    bottom: float


def hanging_names(rows: list[list[PdfObject]], known: float | None = None) -> list[Band]:
    """The bands of a page whose entries' names hang beside their text, or [] when the page is not laid out so.
    `rows`: the page's words grouped into rows, each row sorted left to right. The text column starts at one x on
    every row (its first line beside the name, its other lines alone); a name's rows start at the left margin and
    stop well before it. A row that crosses the column's edge (a full-width paragraph) ends the entry it follows;
    a new entry starts where a name starts again after rows with no name. `known`: the gutter the page before
    was read with; at that gutter one entry on the page is enough (the last entries of a dictionary, overleaf)."""
    if len(rows) < 4:
        return []
    margin = min(row[0]["x0"] for row in rows)
    starts = Counter(round(x) for row in rows if (x := _beside_name(row, margin)) is not None)
    if not starts:
        return []
    column, split_rows = starts.most_common(1)[0]
    alone = sum(1 for row in rows if abs(row[0]["x0"] - column) <= 3)  # the text's other lines
    least = 1 if known is not None and abs(column - 2 - known) <= 3 else MIN_ENTRIES
    if split_rows < least or alone < least:
        return []
    # the column beside the names holds running text, lines of many words (not a second column of names, as an
    # overview of numbered names in three columns has)
    text_rows = [[w for w in row if w["x0"] >= column - 3] for row in rows]
    lengths = sorted(len(ws) for ws in text_rows if ws)
    if lengths[len(lengths) // 2] < MIN_TEXT_WORDS:
        return []
    gutter = column - 2
    bands: list[Band] = []
    top: float | None = None
    bottom = 0.0
    named_before = False
    lettered = 0
    for row in rows:
        name = [w for w in row if w["x1"] <= gutter]
        beside = _beside_name(row, margin)
        starts_entry = name and not named_before and beside is not None and abs(beside - column) <= 3
        continues = top is not None and (not name or named_before) and len(name) <= MAX_NAME_WORDS
        if any(w["x0"] < gutter < w["x1"] for w in row) or not (starts_entry or continues):
            # a row across the text column's edge, or a line at the margin that names nothing beside it ("Group
            # B: Managing ..."): no entry goes on through it
            if top is not None:
                bands.append(Band(gutter, top, bottom))
            top, named_before = None, False
            continue
        if starts_entry:
            if top is not None:
                bands.append(Band(gutter, top, bottom))
            top = min(w["top"] for w in row)
            lettered += any(ch.isalpha() for w in name for ch in w["text"])
        bottom = max(w["bottom"] for w in row)
        named_before = bool(name)
    if top is not None:
        bands.append(Band(gutter, top, bottom))
    # names, not numbers: "5.1  Writes reports ..." is a standard's numbered clause, no name beside its text
    named = len(bands) >= least and lettered >= least and lettered * 2 >= len(bands)
    return bands if named else []


def _beside_name(row: list[PdfObject], margin: float) -> float | None:
    """Where the text starts on a row that opens with a short name at the margin and a wide gap after it."""
    if abs(row[0]["x0"] - margin) > 3:
        return None
    for k in range(1, min(len(row), MAX_NAME_WORDS + 1)):
        gap = row[k]["x0"] - row[k - 1]["x1"]
        if gap >= max(MIN_GAP, 1.2 * (row[k]["size"] or 10)):
            return float(row[k]["x0"])
    return None


def split_by_band(words: list[PdfObject], bands: list[Band]) -> list[tuple[Band | None, int, list[PdfObject]]]:
    """The words as (band, column, words): column 1 the names, 2 the text, of each band; the rest (None, 0)."""
    parts: dict[tuple[int, int], list[PdfObject]] = {}
    for w in words:
        k = next((i for i, b in enumerate(bands) if b.top - 1 <= w["top"] and w["bottom"] <= b.bottom + 1), -1)
        column = 0 if k < 0 else 1 if w["x1"] <= bands[k].gutter else 2
        parts.setdefault((k, column), []).append(w)
    return [(bands[k] if k >= 0 else None, column, ws) for (k, column), ws in sorted(parts.items())]
