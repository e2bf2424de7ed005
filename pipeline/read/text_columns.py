"""Two columns side by side in a plain-text page (a PDF's text export with its layout kept, `pdftotext -layout`):
"EFFECTIVE BEHAVIOURS          INEFFECTIVE BEHAVIOURS" over two numbered lists wrapped inside their columns.
Read row by row, each line would mix the two lists; read column by column, each list is whole.

A run of lines is two columns when at least three of them hold text on both sides of one gutter (a gap of three
spaces or more at the same place), every other line of the run keeps to one side of it, and the left column's
text fills most of its width (a column of prose or items, not short labels beside their text, which is a table
read row by row). The left column's list may go on below the last line of the right column ("5. Seeks out ...").
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable

GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
NUMBERED = re.compile(r"^(?P<indent>\s*)(?P<n>\d{1,2})[.)]\s")
MIN_GUTTER = 20  # the gutter's column: a left column narrower than this is a column of labels
MIN_ROWS = 3  # lines with text on both sides
FILLED = 0.5  # the left column's text fills at least this share of its width (median)
INDENT = 6  # a right-column line may be set in by this much (a wrapped item's continuation)


def split_columns(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines with each run of two columns rewritten as its left column, a blank line, then its right column;
    and, for each line of the result, the number (1-based) of the line it came from."""
    return _rewrite_runs(lines, _run, _one_column_after_the_other)


def _one_column_after_the_other(lines: list[str], start: int, end: int, gutter: int) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    # a line blank on one side only (the other column's item ran longer) is no blank line of this column
    for side in (slice(0, gutter), slice(gutter, None)):
        for k in range(start, end):
            text = lines[k][side].rstrip()
            if text.strip() or not lines[k].strip():
                out.append((text, k + 1))
        out.append(("", end))
    return out


def _rewrite_runs(
    lines: list[str],
    find: Callable[[list[str], int], tuple[int, int] | None],
    rewrite: Callable[[list[str], int, int, int], list[tuple[str, int]]],
) -> tuple[list[str], list[int]]:
    """The lines with each run `find` finds (its end and its column) replaced by what `rewrite` makes of it, and
    the number (1-based) of the line each line of the result came from."""
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(lines):
        run = find(lines, i)
        if run is None:
            out.append((lines[i], i + 1))
            i += 1
            continue
        end, column = run
        out.extend(rewrite(lines, i, end, column))
        i = end
    return [text for text, _ in out], [n for _, n in out]


def _run(lines: list[str], start: int) -> tuple[int, int] | None:
    """(end, gutter) of the two-column run starting at `start`, or None."""
    gutter = _right_start(lines[start])
    if gutter is None or gutter < MIN_GUTTER:
        return None
    both: list[str] = []
    last_right = None
    blanks = 0
    k = start
    while k < len(lines):
        line = lines[k]
        if "\f" in line:
            break
        if not line.strip():
            blanks += 1
            if blanks >= 2:
                break
            k += 1
            continue
        blanks = 0
        sides = _sides(line, gutter)
        if sides is None:
            break
        left, right = sides
        if left.strip() and right.strip():
            both.append(left)
        if right.strip():
            last_right = k
        k += 1
    if last_right is None or len(both) < MIN_ROWS:
        return None
    if statistics.median(len(t.strip()) for t in both) < FILLED * gutter:
        return None
    return _left_goes_on(lines, last_right + 1, gutter, both), gutter


def _left_goes_on(lines: list[str], k: int, gutter: int, both: list[str]) -> int:
    """Past the right column's last line, the left column's numbered list may go on ("5. Seeks out ..." and its
    wrapped line): the end of the run, after them."""
    numbers = [int(m["n"]) for t in both if (m := NUMBERED.match(t))]
    expected = max(numbers) + 1 if numbers else None
    end = k
    while k < len(lines) and expected is not None:
        line = lines[k]
        if not line.strip():
            k += 1
            continue
        m = NUMBERED.match(line)
        if "\f" in line or len(line.rstrip()) > gutter - 2 or m is None or int(m["n"]) != expected:
            break
        k += 1
        while k < len(lines) and lines[k].strip() and not NUMBERED.match(lines[k]) and lines[k].startswith("  "):
            k += 1  # its wrapped lines, set in under the item's text
        end, expected = k, expected + 1
    return end


def _right_start(line: str) -> int | None:
    """Where the text after the line's first wide gap starts, when there is text before it."""
    m = GAP.search(line)
    if m is None or not line[: m.start()].strip():
        return None
    return m.end()


def _sides(line: str, gutter: int) -> tuple[str, str] | None:
    """The line's text left and right of the gutter, or None when it crosses it."""
    left, right = line[:gutter], line[gutter:]
    if left.rstrip() and len(left.rstrip()) > gutter - 2:
        return None  # text runs into the gutter
    if right.strip() and len(right) - len(right.lstrip()) > INDENT:
        return None  # text far to the right: a page number, a footer, another layout
    return left, right


# "  Multi-Team        • Builds coalitions ...": a short label, a gap, then a bullet, the bullets' column far right
LABEL_BULLETS = "•▪■●◦*–-"
LABEL_AND_BULLET = re.compile(rf"^(?P<indent> {{0,4}})(?P<label>\S(?:.*?\S)?) {{2,}}(?P<bullet>[{LABEL_BULLETS}]) \S")
MAX_LABEL_WORDS = 4
MIN_BULLET_COLUMN = 10


def split_label_column(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines with each run of labels beside bullets (a two-column table exported as text: "Leader" / "Team
    Leader" / "Multi-Team Leader" down the left, each level's bullets beside it, a label wrapped over two lines)
    rewritten as each label on a line of its own over its bullets; and, for each line of the result, the number
    (1-based) of the line it came from. Rows are the runs of lines between blank lines when the run has blank
    lines; else each label beside a bullet starts a row, and a label's line with no bullet wraps the label above."""
    return _rewrite_runs(lines, _label_run, _labels_over_bullets)


def _labels_over_bullets(lines: list[str], start: int, end: int, column: int) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for row in _rows(lines, start, end, column):
        labels = [lines[k][:column].strip() for k in row if lines[k][:column].strip()]
        first = LABEL_AND_BULLET.match(lines[row[0]])
        indent = first["indent"] if first else ""
        out.append((indent + " ".join(labels), row[0] + 1))
        out.extend((" " * column + lines[k][column:].rstrip(), k + 1) for k in row if lines[k][column:].strip())
        out.append(("", row[-1] + 1))
    return out


def _label_run(lines: list[str], start: int) -> tuple[int, int] | None:
    """(end, the bullets' column) of a run of labels beside bullets starting at `start`, or None."""
    m = LABEL_AND_BULLET.match(lines[start])
    if m is None or not _label_like(m["label"]) or m.start("bullet") < MIN_BULLET_COLUMN:
        return None
    column = m.start("bullet")
    labelled = 0
    k = start
    blanks = 0
    while k < len(lines):
        line = lines[k]
        if "\f" in line:
            break
        if not line.strip():
            blanks += 1
            if blanks >= 2:
                break
            k += 1
            continue
        blanks = 0
        left, right = line[:column], line[column:]
        if left.strip() and (len(left.rstrip()) > column - 2 or not _label_like(left.strip())):
            break  # text that runs into the bullets' column, or prose: the table ends
        if right.strip() and len(right) - len(right.lstrip()) > 8:
            break  # text far to the right: a page number, another layout
        if left.strip() and LABEL_AND_BULLET.match(line) and line[column] in LABEL_BULLETS:
            labelled += 1
        k += 1
    while k > start and not lines[k - 1].strip():
        k -= 1
    return (k, column) if labelled >= 2 else None


def _label_like(text: str) -> bool:
    """A label beside its text, not an item's code ("T-1", "K-12", "A1.2": numbered statements, read as items)."""
    return (
        len(text.split()) <= MAX_LABEL_WORDS
        and not text.endswith((".", ":", ";", ","))
        and not ITEM_CODE.match(text.strip())
    )


# an item's code ("T-1", "K-12", "A1.2"): numbered statements, not labels
LETTERED_CODE = r"[A-Z]{1,3}(?:-\d{1,2}(?:\.\d{1,2})*|\d{1,2}(?:\.\d{1,2})+)"
ITEM_CODE = re.compile(rf"^{LETTERED_CODE}$")


def _rows(lines: list[str], start: int, end: int, column: int) -> list[list[int]]:
    """The line numbers (0-based) of each row of a run of labels beside bullets."""
    rows: list[list[int]] = []
    spaced = any(not lines[k].strip() for k in range(start, end))
    for k in range(start, end):
        line = lines[k]
        if not line.strip():
            if rows and rows[-1]:
                rows.append([])
            continue
        labelled = bool(line[:column].strip()) and line[column : column + 1] in tuple(LABEL_BULLETS)
        if not rows or (not spaced and labelled):
            rows.append([])
        rows[-1].append(k)
    return [row for row in rows if row]


# "Level 1   After about a year in post ...": a short label at the margin, a gap, then its text, which wraps onto
# lines set in to where the text began (a form or a key laid out as two columns)
SHORT_LABEL = rf"(?:\d{{1,2}}\.\s)?[A-Z][\w'’&/()-]*(?: [\w'’&/()-]+){{0,{MAX_LABEL_WORDS - 1}}}"  # "8. Remark"
LABEL_AND_TEXT = re.compile(
    rf"^(?P<indent> {{0,4}})(?P<label>{SHORT_LABEL}) {{2,}}(?P<text>[^\s{re.escape(LABEL_BULLETS)}].*)$"
)
LABEL_ALONE = re.compile(rf"^ {{0,4}}{SHORT_LABEL}\s*$")
MIN_LABELLED = 3
TEXT_COLUMN = range(8, 41)


def join_label_column(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines with each run of labels beside their text (at least three, the text starting at one column, its
    wrapped lines set in to that column) rewritten as labelled lines ("Level 1: After about a year ..."), so that
    each label reads as the label of the text beside it; and, for each line of the result, the number (1-based) of
    the line it came from. The wrapped lines stay as they are."""
    return _rewrite_runs(lines, _label_text_run, _labelled)


def _labelled(lines: list[str], start: int, end: int, column: int) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for k in range(start, end):
        m = LABEL_AND_TEXT.match(lines[k])
        if m is not None and m.start("text") == column:
            out.append((f"{m['indent']}{m['label']}: {m['text']}", k + 1))
        else:
            out.append((lines[k], k + 1))
    return out


def _label_text_run(lines: list[str], start: int) -> tuple[int, int] | None:
    """(end, the text's column) of a run of labels beside their text starting at `start`, or None."""
    m = LABEL_AND_TEXT.match(lines[start])
    if m is None or m.start("text") not in TEXT_COLUMN or not _label_like(m["label"]):
        return None
    column = m.start("text")
    labelled, wrapped = 0, 0
    end = k = start
    while k < len(lines):
        line = lines[k]
        if "\f" in line:
            break
        if not line.strip():
            k += 1
            continue
        row = LABEL_AND_TEXT.match(line)
        if row is not None and row.start("text") == column and _label_like(row["label"]):
            labelled += 1
        elif len(line) - len(line.lstrip()) >= column:
            wrapped += 1  # the text above wrapped, or a list inside it
        elif not LABEL_ALONE.match(line):
            break  # "8. Remark" with nothing beside it stays in the run; anything else ends it
        k += 1
        end = k
    return (end, column) if labelled >= MIN_LABELLED and wrapped else None
