"""PDF reader (pdfplumber): lines of text grouped into paragraphs and list items, per table cell where the page
draws a table, with running headers and footers marked.

A PDF holds positioned characters, not paragraphs, so this reader rebuilds the layout the author saw:
- characters inside a ruled table cell belong to that cell, so text wrapped inside a cell stays together;
- a line starting with a bullet glyph opens a list item, and lines indented to the item's text continue it;
- a change between bold and regular type, or a vertical gap wider than the line pitch, ends a paragraph;
- a line in the top or bottom band of the page whose text (digits aside) recurs on other pages is a running
  header or footer.
"""

from __future__ import annotations

import io
import math
import re
import statistics
import struct
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..model.blocks import Block, Cell, Kind, ReadResult, Region, renumber
from ..model.errors import DocumentError
from ..vocab.text import SENTENCE_END, margin_key
from .guards import check_streams
from .pdf_boxes import box_grid, candidate_boxes, holds_text
from .pdf_hanging import hanging_names, split_by_band
from .pdf_objects import PdfObject, load_objects

if TYPE_CHECKING:  # pdfplumber and pdfminer are imported by `read`, when a PDF is read
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfplumber.page import Page
    from pdfplumber.table import Table

CellBox = tuple[tuple[float, float, float, float], Cell]  # a table cell's (x0, top, x1, bottom) on its page

BULLETS = "•●○◦▪▫■□◆◇►▶➢➤✓✔‣⁃∙·*-–—o\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf0e0"
BULLET_START = re.compile(rf"^([{re.escape(BULLETS)}])\s+(?=\S)")
# "1." "a)" and, in parentheses, "(a)" "(2)" "(iv)": list numbering typed into the text ("(c) Crown Copyright" is none)
NUMBER_START = re.compile(
    r"^((?:\d{1,3}|[a-z])[.)]|(?!\(c\)\s+(?i:copyright|crown|\d{4}))\((?:\d{1,3}|[a-z]|[ivx]{1,4})\))\s+(?=\S)"
)
# "6.2 Plans and delivers ...": a clause of a standard numbered by its section, in the text's own type
CLAUSE_START = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+\.?)\s+(?=[A-Z])")
MARGIN_BAND = 0.11  # top and bottom share of the page where running headers and footers live
BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.I)
MAX_PDF_PAGES = 2000  # more pages are refused
# Saved graphics states (q operators) open at once in one content stream. Each copies the whole state, so twenty
# million of them in a 40 KB file took 4 GB; real documents nest a handful (Acrobat's own limit was 28).
MAX_GRAPHICS_DEPTH = 256


@dataclass
class _Line:
    text: str
    x0: float
    top: float
    bottom: float
    size: float
    bold: bool
    page: int
    cell: Cell | None
    number: int  # line number on the page, for provenance
    region: Region = Region.BODY
    bold_prefix: str = ""  # leading bold words of a line that is not bold throughout (a lead-in)
    column: int = 0  # 0: full width; 1, 2: the left and right column of a two-column band
    columns_top: float | None = None  # the top of the two-column band the line stands in
    band: float | None = None  # the top of the entry whose name hangs beside its text (`pdf_hanging`)
    x1: float = 0.0  # where the line's last word ends
    first_word: float = 0.0  # the width of its first word


@dataclass
class _Para:
    lines: list[_Line] = field(default_factory=list)
    marker: str | None = None


def read(path: Path, data: bytes | None = None) -> ReadResult:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.psparser import PSException
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

    data = path.read_bytes() if data is None else data
    check_streams(data)
    _install_limits()
    images = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if not pdf.pages:
                raise DocumentError("the PDF has no pages", "download or export the PDF again")
            if len(pdf.pages) > MAX_PDF_PAGES:
                raise DocumentError(
                    f"the PDF has {len(pdf.pages)} pages, over the limit of {MAX_PDF_PAGES}",
                    "split it into smaller documents",
                )
            lines: list[_Line] = []
            sideways: list[int] = []
            annotated = 0
            flow = _Flow()
            for page in pdf.pages:
                page_lines, turned = _page_lines(page, flow)
                lines.extend(page_lines)
                if turned and page_lines:
                    sideways.append(page.page_number)
                images += len(page.images)
                if not page_lines:
                    annotated += _annotation_texts(page)
                page.flush_cache()  # free the page's layout objects once its lines are read
            title = (pdf.metadata or {}).get("Title")
    except DocumentError:
        raise
    except (
        PdfminerException,
        MalformedPDFException,
        PDFPasswordIncorrect,
        PDFEncryptionError,
        PSException,
        ValueError,
        LookupError,
        TypeError,
        AssertionError,
        AttributeError,
        EOFError,
        ArithmeticError,
        NotImplementedError,
        struct.error,
        zlib.error,
    ) as exc:
        raise _pdf_error(exc) from exc
    if not any(line.text.strip() for line in lines):
        if annotated:
            raise DocumentError(
                "the PDF's text is only in annotations (comments, notes or form fields), not on its pages",
                "export or print it to PDF again with the annotations flattened into the pages, or add its source "
                "document instead",
            )
        if images:
            raise DocumentError(
                "the PDF has no text layer: scanned images only",
                "run OCR on it, for example with ocrmypdf, then add it again",
            )
        raise DocumentError("the PDF's pages are blank: no text, no images", "download or export the PDF again")
    _mark_running_lines(lines)
    blocks = _nested_lists(_blocks(lines))
    title = title.decode("utf-8", "replace") if isinstance(title, bytes) else title
    warnings: tuple[str, ...] = ()
    if sideways:
        warnings = (
            f"{_pages(sideways)} set sideways or upside down (its text runs at 90, 180 or 270 degrees): read "
            f"turned upright; "
            f"tables on {'it' if len(sideways) == 1 else 'them'} are read as paragraphs",
        )
    return ReadResult(blocks=renumber(blocks), title=(str(title).strip() or None) if title else None, warnings=warnings)


def _pages(numbers: list[int]) -> str:
    shown = ", ".join(map(str, numbers[:10])) + (", ..." if len(numbers) > 10 else "")
    return f"page {shown} is" if len(numbers) == 1 else f"pages {shown} are"


def _annotation_texts(page: Page) -> int:
    """How many of a page's annotations carry text of their own (a comment's or note's contents, a form field's
    value): a PDF whose only text is there has blank pages to a reader of the page content."""
    count = 0
    for annot in page.annots or []:
        data = annot.get("data") or {}
        values = [annot.get("contents"), data.get("V") if isinstance(data, dict) else None]
        if any(isinstance(v, (str, bytes)) and v.strip() for v in values):
            count += 1
    return count


class _GraphicsTooDeep(Exception):
    """More saved graphics states open at once than MAX_GRAPHICS_DEPTH."""


def _install_limits() -> None:
    """Make pdfplumber interpret pages with `_bounded_interpreter()`: the same interpreter, which refuses to nest
    graphics states past MAX_GRAPHICS_DEPTH. Installed once, for the process (pdfplumber names its interpreter
    class in its page module); the limit is all it changes."""
    import pdfplumber.page

    bounded = _bounded_interpreter()
    names = vars(pdfplumber.page)  # the page module's globals, where it looks its interpreter class up
    if names["PDFPageInterpreter"] is not bounded:
        names["PDFPageInterpreter"] = bounded


@lru_cache(maxsize=1)
def _bounded_interpreter() -> type[PDFPageInterpreter]:
    from pdfminer.pdfinterp import PDFPageInterpreter

    class BoundedInterpreter(PDFPageInterpreter):
        def do_q(self) -> None:
            if len(self.gstack) >= MAX_GRAPHICS_DEPTH:
                raise _GraphicsTooDeep()
            super().do_q()

    return BoundedInterpreter


def _pdf_error(exc: Exception) -> DocumentError:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    if isinstance(cause, _GraphicsTooDeep):
        return DocumentError(
            f"refused: a page nests more than {MAX_GRAPHICS_DEPTH} saved graphics states (q operators), as a PDF "
            f"made to exhaust memory does",
            "download or export the PDF again from its source",
        )
    name = type(cause).__name__
    if isinstance(cause, PDFPasswordIncorrect) or "Password" in name or "password" in str(cause).lower():
        return DocumentError("the PDF is encrypted with a password", "ask the publisher for an unprotected copy")
    if isinstance(cause, PDFEncryptionError) or "Encrypt" in name:
        return DocumentError(
            f"the PDF is encrypted with a method that cannot be read ({str(cause)[:80]})",
            "ask the publisher for an unprotected copy",
        )
    detail = str(cause) or name
    return DocumentError(
        f"not a readable PDF: damaged or truncated ({detail[:80]})", "download or export the PDF again"
    )


@dataclass
class _Flow:
    """What one page tells the next: the x where entries' text starts beside their hanging names, if any."""

    hanging: float | None = None


def _page_lines(page: Page, flow: _Flow | None = None) -> tuple[list[_Line], bool]:
    """The page's lines in reading order, and whether the page is set sideways. A page whose text mostly runs at
    90, 180 or 270 degrees (a landscape table printed turned, vertical text) is read with its characters turned
    upright first; on an upright page, the few turned characters (a vertical margin label) are left out."""
    load_objects(page)  # the page's characters without pdfplumber's generic conversion (see pdf_objects)
    chars: list[PdfObject] = []
    turned: list[PdfObject] = []
    for c in page.chars:
        if _direction(c) != 0:
            if c["text"].strip():
                turned.append(c)
        elif c.get("upright", True) and (c["text"].strip() != "" or c["text"] == " "):
            chars.append(c)
    if len(turned) > sum(1 for c in chars if c["text"].strip()):
        upright, width, height = _turned_upright(turned, page.width, page.height)
        return _lines_of_page(upright, [], width, height, page.page_number), True
    return _lines_of_page(chars, _table_cells(page), page.width, page.height, page.page_number, flow), False


def _turned_upright(chars: list[PdfObject], width: float, height: float) -> tuple[list[PdfObject], float, float]:
    """The characters of the page's main text direction, in a frame turned so that they read left to right, top
    to bottom; and that frame's width and height. A character's direction is its text matrix's (a, b)."""

    counts: dict[int, int] = {}
    for c in chars:
        counts[_direction(c)] = counts.get(_direction(c), 0) + 1
    angle = max(sorted(counts), key=lambda k: counts[k])
    # (x, y) of the page (y down) -> the turned frame; text running up the page (90) reads from its left edge
    turn: tuple[Callable[[float, float], tuple[float, float]], float, float] = {
        90: (lambda x, y: (height - y, x), height, width),
        270: (lambda x, y: (y, width - x), height, width),
        180: (lambda x, y: (width - x, height - y), width, height),
        0: (lambda x, y: (x, y), width, height),
    }[angle]
    move, new_width, new_height = turn
    out = []
    for c in chars:
        if _direction(c) != angle:
            continue
        corners = [move(x, y) for x in (c["x0"], c["x1"]) for y in (c["top"], c["bottom"])]
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        out.append(dict(c, x0=min(xs), x1=max(xs), top=min(ys), bottom=max(ys), doctop=min(ys), upright=True))
    return out, new_width, new_height


def _direction(char: PdfObject) -> int:
    """Which way a character's text runs, to the nearest quarter turn: 0 (left to right), 90 (up the page),
    180 (upside down), 270 (down the page), from its text matrix's (a, b). pdfplumber's `upright` says only
    whether the character is axis-aligned, so upside-down text is 'upright' to it."""
    matrix = char.get("matrix") or (1, 0)
    if matrix[1] == 0 and matrix[0] > 0:
        return 0  # nearly every character: no need for the angle
    return round(math.degrees(math.atan2(matrix[1], matrix[0])) / 90) % 4 * 90


def _lines_of_page(
    chars: list[PdfObject],
    cells: list[CellBox],
    width: float,
    height: float,
    page_number: int,
    flow: _Flow | None = None,
) -> list[_Line]:
    from pdfplumber.utils.text import extract_words

    by_container: dict[Cell | None, list[PdfObject]] = {}
    if not cells and chars:
        by_container[None] = chars
    for ch in chars if cells else ():
        by_container.setdefault(_cell_of(ch, cells), []).append(ch)
    lines: list[_Line] = []
    containers = sorted(by_container, key=lambda c: (0, 0, 0) if c is None else (c.table, c.row, c.col))
    columns: list[tuple[float, float, float]] = []
    for cell in containers:
        words = extract_words(
            by_container[cell],
            extra_attrs=["fontname", "size"],
            keep_blank_chars=False,
            use_text_flow=False,
            x_tolerance=2.0,
            y_tolerance=2.5,
        )
        if cell is None:
            columns = two_columns(words, width)
        spaces = [(ch["top"], (ch["x0"] + ch["x1"]) / 2) for ch in by_container[cell] if ch["text"].isspace()]
        bands = hanging_names(_rows(words), flow.hanging if flow else None) if cell is None and not columns else []
        if flow is not None and cell is None:
            flow.hanging = bands[0].gutter if bands else None  # an entry going on over the page break goes on so
        if bands:
            for band, column, part in split_by_band(words, bands):
                found = _lines_of(part, page_number, cell, column, spaces)
                if band is not None and column == 1:
                    found = [_one_line(found)]  # a name wrapped over two or three short lines is one line
                for line in found:
                    line.band = band.top if band is not None else None
                    lines.append(line)
            continue
        for column, two, part in _by_column(words, columns if cell is None else []):
            for line in _lines_of(part, page_number, cell, column, spaces):
                line.columns_top = two[1] if two is not None else None
                lines.append(line)
    # reading order: body text by its vertical position, a two-column band column after column, cells row by row
    cell_tops: dict[tuple[int, int], float] = {}
    table_corners: dict[int, tuple[float, float]] = {}
    for line in lines:
        if line.cell is not None:
            key = (line.cell.table, line.cell.row)
            cell_tops[key] = min(cell_tops.get(key, line.top), line.top)
            top, left = table_corners.get(line.cell.table, (line.top, line.x0))
            table_corners[line.cell.table] = (min(top, line.top), min(left, line.x0))
    sidebars = _sidebars(lines) if not columns else {}

    def order(line: _Line) -> tuple[float, ...]:
        if line.cell is not None:
            row_top = cell_tops[(line.cell.table, line.cell.row)]
            if line.cell.table in sidebars:
                # a sidebar beside the text: read after the text it stands beside, row by row
                return (sidebars[line.cell.table], 1, row_top, line.cell.col, line.top, line.x0, 0)
            # a table is read whole where it starts, tables side by side left to right (a slide's boxes, each a
            # table of its own: "Descriptors" over its bullets, then the box beside it)
            top, left = table_corners[line.cell.table]
            return (top, 0, left, row_top, line.cell.col, line.top, line.x0)
        if line.band is not None:
            return (line.band, line.column, 0, 0, 0, line.top, line.x0)  # an entry: its hanging name, then its text
        if line.column and line.columns_top is not None:
            # the band starts where its first row does
            return (line.columns_top, line.column, line.top, 0, 0, line.top, line.x0)
        return (line.top, 0, 0, 0, 0, line.top, line.x0)

    lines.sort(key=order)
    for n, line in enumerate(lines, start=1):
        line.number = n
        line.region = _band(line, height)
    return lines


MIN_SIDE_ROWS = 4  # lines of text beside a table for it to be a sidebar


def _sidebars(lines: list[_Line]) -> dict[int, float]:
    """Tables set beside the text rather than across it (a shaded sidebar or quote box beside a column of text):
    for each, the top of the last line of text beside it, after which it is read. A table counts when four lines
    or more of text stand beside it, all on one side of it, and none across it."""
    extents: dict[int, tuple[float, float, float, float]] = {}
    for line in lines:
        if line.cell is not None:
            x0, x1, t, b = extents.get(line.cell.table, (line.x0, line.x1, line.top, line.bottom))
            extents[line.cell.table] = (min(x0, line.x0), max(x1, line.x1), min(t, line.top), max(b, line.bottom))
    body = [line for line in lines if line.cell is None]
    out = {}
    for table, (x0, x1, top, bottom) in extents.items():
        beside = [line for line in body if line.top < bottom and line.bottom > top]
        left = all(line.x1 <= x0 for line in beside)
        right = all(line.x0 >= x1 for line in beside)
        if len(beside) < MIN_SIDE_ROWS or not (left or right):
            continue
        # the text beside it may run on below it (the rest of its list): the sidebar is read after that, before
        # what follows at another size or after a gap (a pull quote, the next section)
        previous = max(beside, key=lambda line: line.top)
        for line in sorted((line for line in body if line.top > previous.top), key=lambda line: line.top):
            same_side = line.x1 <= x0 if left else line.x0 >= x1
            close = line.top - previous.bottom < 1.5 * (previous.bottom - previous.top)
            if not (same_side and close and abs(line.size - previous.size) < 0.5):
                break
            previous = line
        out[table] = previous.top
    return out


def _one_line(lines: list[_Line]) -> _Line:
    lines = sorted(lines, key=lambda line: line.top)
    return replace(
        lines[0],
        text=" ".join(line.text for line in lines),
        bottom=max(line.bottom for line in lines),
        bold=all(line.bold for line in lines),
        x1=max(line.x1 for line in lines),
    )


def _rows(words: list[PdfObject]) -> list[list[PdfObject]]:
    from pdfplumber.utils.clustering import cluster_objects

    rows = cluster_objects(words, lambda w: round(w["top"]), tolerance=2.5)
    return sorted((sorted(row, key=lambda w: w["x0"]) for row in rows), key=lambda row: min(w["top"] for w in row))


def two_columns(words: list[PdfObject], width: float) -> list[tuple[float, float, float]]:
    """(gutter x, top, bottom) of each band of the page set in two columns, top down; [] when none. A gutter is an
    x in the middle of the page that no word crosses, with words on both sides of it on many rows: single-column
    text crosses the middle on almost every row. Full-width lines (a competency's name and definition above its
    two columns of behaviours) divide the page into bands, each read column by column."""
    from pdfplumber.utils.clustering import cluster_objects

    rows = cluster_objects(words, lambda w: round(w["top"]), tolerance=2.5)
    if len(rows) < 8 or width <= 0:
        return []
    if sum(1 for row in rows if _has_gap(row, width * 0.3, width * 0.7)) < 6:
        return []  # fewer than six rows leave any room in the middle: no gutter to look for (most pages)
    xs: list[float] = []
    x = width * 0.3
    while x <= width * 0.7:
        xs.append(x)
        x += 2.0
    # per row, at which of the candidate xs it straddles and at which a word crosses: marked interval by
    # interval (the same tests as `_straddles` and the crossing test, without trying every x against every word)
    straddle_at = [_marks(xs, row, straddle=True) for row in rows]
    cross_at = [_marks(xs, row, straddle=False) for row in rows]
    scores: list[tuple[float, int]] = []
    for g, x in enumerate(xs):
        straddling = [i for i, marks in enumerate(straddle_at) if marks[g]]
        count = 0
        if len(straddling) >= 6:
            crossing = sum(1 for marks in cross_at[straddling[0] : straddling[-1] + 1] if marks[g])
            count = len(straddling) if len(straddling) >= 3 * crossing else 0
        scores.append((x, count))
    top = max((c for _, c in scores), default=0)
    staggered = not top
    if staggered:
        # no rows set on both sides: columns whose lines do not line up (set in different leading, or the right
        # one starting lower) show as rows wholly on one side or the other
        spans = [_row_span(row) for row in rows]
        scores = [(x, _staggered_rows(spans, [marks[g] for marks in cross_at], x)) for g, x in enumerate(xs)]
        top = max((c for _, c in scores), default=0)
        if not top:
            return []
    best_xs = [x for x, c in scores if c == top]
    run = [best_xs[0]]
    for x in best_xs[1:]:
        if x - run[-1] > 2.5:
            break
        run.append(x)
    gutter = (run[0] + run[-1]) / 2  # the middle of the clear range, away from both columns' edges
    # the band: the stretch of rows between lines that cross the gutter (a full-width title or introduction
    # above it, a full-width note below) holding the most rows set on both sides
    segments: list[list[list[PdfObject]]] = [[]]
    body = statistics.median(w["size"] for w in words)
    for row in rows:
        if any(w["x0"] < gutter < w["x1"] for w in row) or _spaced_across(row, gutter):
            # a row crossing the gutter stands across the page, and so does the larger line right over it (the next
            # competency's name, set left over its definition): no column's
            while segments[-1] and all(w["size"] > body * HEADING_SIZE and w["x1"] <= gutter for w in segments[-1][-1]):
                segments[-1].pop()
            segments.append([])
        else:
            segments[-1].append(row)
    bands = []
    for band in ([row for row in seg if row] for seg in segments):
        if (
            staggered
            and _staggered_rows([_row_span(row) for row in band], [False] * len(band), gutter)
            or (sum(1 for row in band if _straddles(row, gutter)) >= MIN_BAND_ROWS)
        ):
            bands.append((gutter, min(w["top"] for w in band[0]), max(w["bottom"] for w in band[-1])))
    return bands


HEADING_SIZE = 1.15  # a row set this much larger than the page's text is a heading across it
MIN_BAND_ROWS = 3  # rows set on both sides of the gutter for a stretch of the page to be read as two columns


@dataclass(frozen=True)
class _RowSpan:
    """A row's extent on the page: its first word's left edge, its last word's right edge, how many words, and
    whether its words run on as one line (no gap wider than a few spaces)."""

    x0: float
    x1: float
    words: int
    unbroken: bool


def _row_span(row: list[PdfObject]) -> _RowSpan:
    words = sorted(row, key=lambda w: w["x0"])
    unbroken = all(b["x0"] - a["x1"] <= 2 * (a["bottom"] - a["top"]) for a, b in zip(words, words[1:]))
    return _RowSpan(words[0]["x0"], max(w["x1"] for w in words), len(words), unbroken)


def _staggered_rows(spans: list[_RowSpan], crossing: list[bool], x: float) -> int:
    """The rows set wholly on one side of x, when they make two columns of text whose lines do not line up: rows
    of three words or more right of x, as many reaching from the left margin to near x among them, no row crossing
    x between the first and the last, and columns of about one width (a narrow column of names hanging beside
    their text is no column of its own); 0 when they make none."""
    margin = 4.0
    right = [i for i, s in enumerate(spans) if s.words >= 3 and s.x0 >= x + margin]
    if len(right) < MIN_STAGGERED:
        return 0
    first, last = right[0], right[-1]
    if any(crossing[first : last + 1]):
        return 0
    left_edge = min(s.x0 for s in spans)
    right_edge = max(spans[i].x1 for i in right)
    if (x - left_edge) < COLUMN_BALANCE * (right_edge - x):
        return 0
    reach = x - (x - left_edge) * 0.3  # a full line of the left column ends within the last 30 % of its width
    lefts = [s for s in spans[first : last + 1] if s.x1 <= x - margin]
    full = [s for s in lefts if s.x1 >= reach]
    if len(full) < MIN_STAGGERED or not all(s.unbroken for s in (*full, *(spans[i] for i in right))):
        return 0  # (a line broken by a wide gap is two columns' lines: a page of three columns, or a table's)
    starts = [spans[i].x0 for i in right]
    if max(starts) - min(starts) > INDENT_SHARE * (right_edge - x) or max(s.x0 for s in lefts) - min(
        s.x0 for s in lefts
    ) > INDENT_SHARE * (x - left_edge):
        return 0  # one side's lines start at two places far apart: two columns of its own
    return len(right) + len(full)


MIN_STAGGERED = 3  # full rows on each side of the gutter for columns that do not line up
COLUMN_BALANCE = 0.6  # the left column's width against the right one's, at least
INDENT_SHARE = 0.3  # of a column's width: its lines start no further apart (a bullet's text set in)


def _spaced_across(row: list[PdfObject], x: float) -> bool:
    """A line whose words on both sides of x are one word space apart: one line of full-width text, not two
    columns."""
    left = [w for w in row if w["x1"] <= x]
    right = [w for w in row if w["x0"] >= x]
    if not left or not right:
        return False
    a, b = max(left, key=lambda w: w["x1"]), min(right, key=lambda w: w["x0"])
    return bool(b["x0"] - a["x1"] < 0.6 * (a["bottom"] - a["top"]))


def _has_gap(row: list[PdfObject], low: float, high: float, margin: float = 4.0) -> bool:
    """Is there an x between low and high that no word of the row comes within `margin` of (where `_straddles`
    could hold)?"""
    spans = sorted(
        (w["x0"] - margin, w["x1"] + margin) for w in row if w["x1"] + margin > low and w["x0"] - margin < high
    )
    edge = low
    for start, end in spans:
        if start > edge:
            return True
        edge = max(edge, end)
        if edge >= high:
            return False
    return edge < high


def _marks(xs: list[float], row: list[PdfObject], straddle: bool, margin: float = 4.0) -> list[bool]:
    """For each x of the ascending `xs`: with `straddle`, whether `_straddles(row, x)`; without, whether a word
    of the row crosses x (x0 < x < x1)."""
    if straddle:
        # a word wholly left of x - margin, one wholly right of x + margin, none within margin of x
        low = min(w["x1"] for w in row) + margin
        high = max(w["x0"] for w in row) - margin
        marks = [low <= x <= high for x in xs]
    else:
        marks = [False] * len(xs)
    for w in row:
        start = bisect_right(xs, w["x0"] - margin if straddle else w["x0"])
        end = bisect_left(xs, w["x1"] + margin if straddle else w["x1"])
        marks[start:end] = [not straddle] * max(0, end - start)
    return marks


def _straddles(row: list[PdfObject], x: float, margin: float = 4.0) -> bool:
    return (
        any(w["x1"] <= x - margin for w in row)
        and any(w["x0"] >= x + margin for w in row)
        and not any(w["x0"] < x + margin and w["x1"] > x - margin for w in row)
    )


def _by_column(
    words: list[PdfObject], bands: list[tuple[float, float, float]]
) -> list[tuple[int, tuple[float, float, float] | None, list[PdfObject]]]:
    """The words by band and column: (0, None, words outside every band), then each band's left and right column."""
    parts: dict[tuple[int, int], list[PdfObject]] = {}
    for w in words:
        k = next(
            (k for k, (_, top, bottom) in enumerate(bands) if w["top"] >= top - 1 and w["bottom"] <= bottom + 1), None
        )
        key = (-1, 0) if k is None else (k, 1 if w["x1"] <= bands[k][0] else 2)
        parts.setdefault(key, []).append(w)
    return [(c, None if k < 0 else bands[k], ws) for (k, c), ws in sorted(parts.items())]


def _lines_of(
    words: list[PdfObject], page: int, cell: Cell | None, column: int, spaces: list[tuple[float, float]] | None = None
) -> list[_Line]:
    from pdfplumber.utils.clustering import cluster_objects

    lines = []
    # words of one line by their middle, not their top: a small bullet glyph set level with its text ("▪" in 5pt
    # before 12pt words) has a top of its own, and so has a larger first word on the line's baseline
    for cluster in cluster_objects(words, lambda w: round((w["top"] + w["bottom"]) / 2), tolerance=2.5):
        cluster.sort(key=lambda w: w["x0"])
        cluster = _letter_spaced_words(cluster, spaces or [])
        text = _join_words(cluster)
        sizes = [w["size"] for w in cluster]
        bolds = [bool(BOLD_FONT.search(w["fontname"] or "")) for w in cluster]
        prefix = []
        for w, b in zip(cluster, bolds):
            if not b:
                break
            prefix.append(w["text"])
        lines.append(
            _Line(
                text=text,
                x0=cluster[0]["x0"],
                top=min(w["top"] for w in cluster),
                bottom=max(w["bottom"] for w in cluster),
                size=statistics.median(sizes),
                bold=all(bolds),
                page=page,
                cell=cell,
                number=0,
                bold_prefix="" if all(bolds) else " ".join(prefix),
                column=column,
                x1=max(w["x1"] for w in cluster),
                first_word=cluster[0]["x1"] - cluster[0]["x0"],
            )
        )
    return lines


LETTER_SPACED_RUN = 4  # single letters in a row before a line counts as letter-spaced ("R E S O U R C E")


def _letter_spaced_words(row: list[PdfObject], spaces: list[tuple[float, float]]) -> list[PdfObject]:
    """A title set with wide letter spacing ("R E S O U R C E   M A N A G E M E N T") comes out of the word
    finder one letter per word. A run of single letters set close together is
    joined into words again, cut where the PDF puts a space character between two letters, or, in a PDF that
    writes no space characters, where the gap is clearly wider than the run's usual one. Letters each typed
    with a space after them ("A B C D") keep their spaces."""
    out: list[PdfObject] = []
    k = 0
    while k < len(row):
        end = k + 1
        while end < len(row) and _spaced_letters(row[end - 1], row[end]):
            end += 1
        run = row[k:end]
        if len(run) < LETTER_SPACED_RUN or not run[0]["text"].isalpha():
            out.append(row[k])
            k += 1
            continue
        cuts = _word_cuts(run, spaces)
        if len(cuts) == len(run) - 1:
            out.extend(run)  # a space between every two letters: letters, typed as such
        else:
            starts = [0, *(i + 1 for i in cuts), len(run)]
            out.extend(_joined(run[a:b]) for a, b in zip(starts, starts[1:]))
        k = end
    return out


def _spaced_letters(a: PdfObject, b: PdfObject) -> bool:
    if len(a["text"]) != 1 or len(b["text"]) != 1 or not a["text"].isalpha() or not b["text"].isalpha():
        return False
    # within a word the letters stand less than half an em apart; a word space adds about half an em more
    return bool(a["size"] == b["size"] and 0 <= b["x0"] - a["x1"] < 1.2 * (a["size"] or 10))


def _word_cuts(run: list[PdfObject], spaces: list[tuple[float, float]]) -> list[int]:
    """The indexes i of the run's letters that end a word (a word boundary between letter i and i + 1)."""
    gaps = [b["x0"] - a["x1"] for a, b in zip(run, run[1:])]
    if spaces:
        return [
            i
            for i, (a, b) in enumerate(zip(run, run[1:]))
            if any(abs(top - a["top"]) < 2.5 and a["x1"] - 0.5 <= x <= b["x0"] + 0.5 for top, x in spaces)
        ]
    usual = statistics.median(gaps)
    return [i for i, gap in enumerate(gaps) if gap > 1.6 * usual + 0.5]


def _joined(letters: list[PdfObject]) -> PdfObject:
    word = dict(letters[0])
    word["text"] = "".join(w["text"] for w in letters)
    word["x1"] = letters[-1]["x1"]
    word["top"] = min(w["top"] for w in letters)
    word["bottom"] = max(w["bottom"] for w in letters)
    return word


def _join_words(words: list[PdfObject]) -> str:
    out: str = words[0]["text"]
    for prev, word in zip(words, words[1:]):
        gap = word["x0"] - prev["x1"]
        out += (" " if gap > 0.15 * (word.get("size") or 10) else "") + word["text"]
    return out


def _table_cells(page: Page) -> list[CellBox]:
    """The cells of the page's tables: ruled tables, and boxes laid out in rows and columns (`pdf_boxes`); ruled
    tables of one column each standing side by side with their rows level are the columns of one table (a slide's
    level boxes, each framed on its own)."""
    ruled = _ruled_cells(page)
    if ruled and not (len({c.table for _, c in ruled}) >= 2 and all(c.col == 1 for _, c in ruled)):
        return ruled
    shapes = [box for box, _ in ruled] or [
        (float(s["x0"]), float(s["top"]), float(s["x1"]), float(s["bottom"])) for s in (*page.rects, *page.curves)
    ]
    if len(candidate_boxes(shapes, float(page.width), float(page.height))) < 2:
        return ruled  # (most pages: nothing drawn that could be a box of a grid, no need to look at the text)
    points = _char_centres(page)
    grid = box_grid(shapes, points, float(page.width), float(page.height))
    if not grid:
        return ruled
    return [(box, Cell(table=page.page_number * 100 + BOX_GRID, row=row, col=col)) for box, row, col in grid]


def _char_centres(page: Page) -> list[tuple[float, float]]:
    return [((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2) for c in page.chars]


BOX_GRID = 99  # the table number of a page's grid of boxes (ruled tables count up from 1 on their page)


def _ruled_cells(page: Page) -> list[CellBox]:
    if len(page.edges) < 4:
        return []
    out = []
    area = float(page.width) * float(page.height)
    points: list[tuple[float, float]] | None = None
    for t_no, table in enumerate(page.find_tables(), start=1):
        if any(bbox is not None and _area(bbox) >= FRAME_SHARE * area for row in table.rows for bbox in row.cells):
            continue  # a cell as large as most of the page: a slide's background or a page border, no table
        if points is None:
            points = _char_centres(page)
        if _nothing_across(table, points):
            continue
        for r_no, row in enumerate(table.rows, start=1):
            for c_no, bbox in enumerate(row.cells, start=1):
                if bbox is not None:
                    out.append((bbox, Cell(table=(page.page_number * 100 + t_no), row=r_no, col=c_no)))
    return out


FRAME_SHARE = 0.6  # of the page's area: a "cell" this large frames the page, it lays out no rows and columns


def _nothing_across(table: Table, points: list[tuple[float, float]]) -> bool:
    """Columns of which no row holds text in two: the edges of shaded paragraphs stacked down the page, their left
    edges a few points apart (a label's band, its bullets' set in), lay out no table; their lines are text."""
    columns = max((len(row.cells) for row in table.rows), default=0)
    if columns < 2:
        return False
    return all(sum(1 for bbox in row.cells if bbox is not None and holds_text(bbox, points)) < 2 for row in table.rows)


def _area(bbox: tuple[float, float, float, float]) -> float:
    x0, top, x1, bottom = bbox
    return max(0.0, x1 - x0) * max(0.0, bottom - top)


def _cell_of(ch: PdfObject, cells: list[CellBox]) -> Cell | None:
    x = (ch["x0"] + ch["x1"]) / 2
    y = (ch["top"] + ch["bottom"]) / 2
    for (x0, top, x1, bottom), cell in cells:
        if x0 <= x <= x1 and top <= y <= bottom:
            return cell
    return None


def _band(line: _Line, height: float) -> Region:
    if line.cell is not None:
        return Region.BODY
    if line.bottom < height * MARGIN_BAND:
        return Region.HEADER
    if line.top > height * (1 - MARGIN_BAND):
        return Region.FOOTER
    return Region.BODY


def _mark_running_lines(lines: list[_Line]) -> None:
    """Keep HEADER/FOOTER only on margin lines that recur on several pages (digits aside) or are page numbers."""

    pages_of: dict[tuple[Region, str], set[int]] = {}
    for line in lines:
        if line.region is not Region.BODY:
            pages_of.setdefault((line.region, margin_key(line.text)), set()).add(line.page)
    body_size = statistics.median([l.size for l in lines if l.region is Region.BODY] or [10.0])
    top_line: dict[int, float] = {}  # the top of each page's highest header line
    for line in lines:
        if line.region is Region.HEADER:
            top_line[line.page] = min(top_line.get(line.page, line.top), line.top)
    for line in lines:
        if line.region is Region.BODY:
            continue
        recurs = len(pages_of[(line.region, margin_key(line.text))]) >= 2
        digits = re.sub(r"\d+", "#", line.text.strip())
        page_number = re.fullmatch(r"(?:page\s*)?[-–(]?\s*#\s*[-–)]?(?:\s*(?:of|/)\s*#)?", digits, re.I) is not None
        # a heading set larger than the text, under the page's running header ("OFFICIAL", then "Level 1" at the
        # top of each competency's second page): the page's first heading, not a running header
        heading = (
            line.region is Region.HEADER
            and line.size > body_size * HEADING_SIZE
            and line.top > top_line[line.page]
            and not page_number
        )
        if not (recurs or page_number) or heading:
            line.region = Region.BODY
    _mark_running_tables(lines)


HEADING_SIZE = 1.1  # a line this much larger than the body's text is set as a heading


def _mark_running_tables(lines: list[_Line]) -> None:
    """A table printed the same on several pages (a controlled document's "Revision No. | Compiler | Next Review
    Date" box at the top of every page) is the page's header, or its footer below the page's middle: furniture,
    however far it reaches into the page."""
    tables: dict[int, list[_Line]] = {}
    for line in lines:
        if line.cell is not None:
            tables.setdefault(line.cell.table, []).append(line)
    pages_of: dict[tuple[str, ...], set[int]] = {}
    for members in tables.values():
        pages_of.setdefault(_table_key(members), set()).add(members[0].page)
    lowest: dict[int, float] = {}  # the bottom of each page's lowest line
    for line in lines:
        lowest[line.page] = max(lowest.get(line.page, 0.0), line.bottom)
    for members in tables.values():
        if len(members) < 2 or len(pages_of[_table_key(members)]) < 2:
            continue
        top = min(line.top for line in members)
        region = Region.HEADER if top < lowest[members[0].page] / 2 else Region.FOOTER
        for line in members:
            line.region = region


def _table_key(members: list[_Line]) -> tuple[str, ...]:
    return tuple(sorted(margin_key(line.text) for line in members))


def _blocks(lines: list[_Line]) -> list[Block]:
    blocks: list[Block] = []
    body_size = statistics.median([l.size for l in lines if l.region is Region.BODY] or [10.0])
    para: _Para | None = None
    prev: _Line | None = None
    pitch = _line_pitch(lines)
    edges: dict[tuple[int, int, Cell | None], float] = {}  # the right edge of each page column's or cell's text
    for line in lines:
        if line.region is not Region.BODY:
            continue  # (a page number at the far right is no edge of the text's lines)
        key = (line.page, line.column, line.cell)
        edges[key] = max(edges.get(key, 0.0), line.x1)

    def flush() -> None:
        nonlocal para
        if para and para.lines:
            blocks.append(_to_block(para, body_size))
        para = None

    for line in lines:
        if line.region is not Region.BODY:
            flush()
            blocks.append(
                Block(
                    kind=Kind.PARAGRAPH,
                    text=line.text,
                    page=line.page,
                    region=line.region,
                    locator=f"page {line.page} line {line.number}",
                    size=line.size,
                )
            )
            prev = None
            continue
        plain = not line.bold and line.size <= body_size * 1.1  # a numbered heading is set bold or larger
        bullet = (
            BULLET_START.match(line.text)
            or (NUMBER_START.match(line.text) if not line.bold else None)
            or (CLAUSE_START.match(line.text) if plain else None)
        )
        new_container = prev is None or prev.cell != line.cell and not _continues_across_pages(prev, line)
        if bullet:
            flush()
            para = _Para(lines=[line], marker=bullet.group(1))
        elif (
            para is None
            or new_container
            or prev is not None
            and (
                _breaks(para, prev, line, pitch, body_size)
                or _ends_short(prev, line, edges.get((prev.page, prev.column, prev.cell), 0.0))
            )
        ):
            flush()
            para = _Para(lines=[line])
        else:
            para.lines.append(line)
        prev = line
    flush()
    return blocks


def _nested_lists(blocks: list[Block]) -> list[Block]:
    """List items set in further than the item above them are nested under it ("1.2 Applies ..." over its "▪"
    cues): each item's depth is the number of list indents left of it. A heading or a paragraph of prose ends the
    list; a caption ending in a colon ("Cues:") does not. Table cells keep their own lists."""
    out: list[Block] = []
    indents: list[tuple[float, bool]] = []  # the list's indents so far, outermost first, and whether numbered
    for block in blocks:
        if block.kind is not Kind.LIST_ITEM or block.cell is not None:
            if block.region is Region.BODY and not (block.kind is Kind.PARAGRAPH and _caption(block.text)):
                indents = []
            out.append(block)
            continue
        while indents and indents[-1][0] > block.indent + NEST_SLACK:
            indents.pop()
        if indents and block.indent > indents[-1][0] + NEST_SLACK and block.ordered and not indents[-1][1]:
            indents = []  # a numbered item is no sub-item of a bullet: the next entry of a list of its own
        if not indents or block.indent > indents[-1][0] + NEST_SLACK:
            indents.append((block.indent, block.ordered))
        out.append(replace(block, list_depth=len(indents) - 1) if len(indents) > 1 else block)
    return out


NEST_SLACK = 3.0  # points: the jitter between the x positions of items of one list


def _continues_across_pages(prev: _Line, line: _Line) -> bool:
    """A table row split by a page break continues in the first cell of the next page's table."""
    return (
        prev.page != line.page
        and prev.cell is not None
        and line.cell is not None
        and line.cell.row == 1
        and prev.cell.col == line.cell.col
    )


CRITERION_CODE = re.compile(r"^\s*[A-Z]{1,3}\d{1,2}(?:\.\d{1,2})?\s+\S")  # "P1", "K12", "PC2.1" before a criterion
HEADING_LEADING = 1.15  # a line of large type wraps onto the next at about this much of its size


def _breaks(para: _Para, prev: _Line, line: _Line, pitch: float, body_size: float) -> bool:
    first = para.lines[0]
    if line.column != prev.column:
        return True  # the next column: a sentence that goes on there is joined again by the continuation rules
    if line.page != prev.page and prev.cell is None:
        return line.x0 < first.x0 - 1 or line.bold != prev.bold
    if (line.bold != prev.bold or line.bold_prefix and not prev.bold) and not _goes_on(prev, line):
        return True  # a change of weight, or a bold lead-in ("Key Skills: ...") opening a line
    if abs(line.size - prev.size) > 0.6:
        return True
    gap = line.top - prev.top
    own = [b.top - a.top for a, b in zip(para.lines, para.lines[1:]) if a.page == b.page]
    # the document's pitch is its body text's: lines of a larger type (a heading wrapped over two lines) are
    # spaced wider by as much as their type is larger
    pitch = min(own) if own else pitch * max(1.0, prev.size / body_size)
    if not own and prev.size > body_size * 1.1:
        pitch = max(pitch, prev.size * HEADING_LEADING)  # a title wrapped in large type: its own size's leading
    if line.page == prev.page and gap > pitch * 1.2 and gap - pitch > 3:
        return True  # paragraph spacing: wider than the line pitch by more than leading jitter
    if para.marker is not None and prev.text.rstrip().endswith((".", "!", "?")) and _caption(line.text):
        return True  # "Cues:" under an item's last sentence: a caption over the list that follows, not the item's
    if para.marker is not None:
        # a wrapped item line is indented past the bullet; a line back at the bullet's x is a new paragraph
        return line.x0 <= first.x0 + 1
    if CRITERION_CODE.match(first.text) and CRITERION_CODE.match(line.text) and abs(line.x0 - first.x0) <= 1:
        return True  # "P2 involve ..." then "P3 agree ...": coded criteria, one a paragraph
    return line.x0 > first.x0 + 15 and len(para.lines) > 1


def _bold_opening(lines: list[_Line], text: str) -> str:
    """The bold lines a paragraph opens with, when it goes on in regular type (a bold lead sentence wrapped over a
    line break, "Take on a short assignment that requires you to present the concerns of" / "stakeholders. Review
    ..."): its lead, as a bold lead-in on one line is."""
    opening = []
    for line in lines:
        if not line.bold:
            break
        opening.append(line.text.strip())
    if not opening or len(opening) == len(lines):
        return ""
    lead = " ".join(opening)
    return lead if text.startswith(lead) else ""


def _goes_on(prev: _Line, line: _Line) -> bool:
    """A line in lower case after a line that ended in mid-sentence carries on its sentence in whatever weight
    (a phrase set in bold for emphasis, "... small groups;" over "**lead routine meetings.**"): no heading or
    lead-in starts in lower case."""
    return line.text[:1].islower() and not SENTENCE_END.search(prev.text.rstrip())


def _ends_short(prev: _Line, line: _Line, edge: float) -> bool:
    """A line that stops although the next line's first word would have fitted after it, the next line starting
    where it starts: lines of their own ("BET 212 Presentation Skills 6 hours" over "BET 118 Listening ..."), not
    one paragraph wrapped. A caption ending in a colon still runs on into its text."""
    if line.page != prev.page or abs(line.x0 - prev.x0) > 1 or prev.text.rstrip().endswith(":"):
        return False
    room = edge - prev.x1
    return room > line.first_word + 2 * prev.size


def _caption(text: str) -> bool:
    return text.rstrip().endswith(":") and len(text.split()) <= 6


def _line_pitch(lines: list[_Line]) -> float:
    gaps = [
        b.top - a.top
        for a, b in zip(lines, lines[1:])
        if a.page == b.page and a.cell == b.cell and 0 < b.top - a.top < 3 * max(a.size, 1)
    ]
    if not gaps:
        return 14.0
    gaps.sort()
    return gaps[len(gaps) // 4]  # the tight pitch of wrapped lines, not the looser one between paragraphs


def _to_block(para: _Para, body_size: float) -> Block:
    first = para.lines[0]
    text = "\n".join(l.text for l in para.lines)
    marker = None
    if para.marker is not None:
        marker = para.marker
        text = text[len(marker) :].lstrip()
    size = statistics.median(l.size for l in para.lines)
    bold = all(l.bold for l in para.lines)
    kind = Kind.PARAGRAPH
    if marker is not None:
        kind = Kind.LIST_ITEM
    elif first.cell is not None:
        kind = Kind.TABLE_CELL
    heading_level = None
    if marker is None and size >= body_size * 1.18 and len(para.lines) <= 2:
        kind = Kind.HEADING
        heading_level = 1 if size >= body_size * 1.6 else 2 if size >= body_size * 1.3 else 3
    pages = sorted({l.page for l in para.lines})
    locator = f"page {first.page} line {first.number}"
    if first.cell is not None:
        locator += f" (table {first.cell.table} row {first.cell.row} col {first.cell.col})"
    return Block(
        kind=kind,
        text=text,
        page=pages[0],
        locator=locator,
        heading_level=heading_level,
        marker=marker,
        ordered=bool(marker and marker.lstrip("(")[:1].isalnum()),
        bold=bold,
        lead=first.bold_prefix or _bold_opening(para.lines, text) or None,
        cell=first.cell,
        indent=first.x0,
        size=size,
    )
