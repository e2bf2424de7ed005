"""Blocks to pieces: one piece per paragraph, list item, heading or table cell, with clean one-line text.

- the lines of a block are joined, a line-end hyphen undone only where it split a word;
- a list item loses its bullet glyph and numbering (the marker is kept apart);
- a paragraph whose lines start with typed bullet glyphs ("• one", "•Glued", "- two" on every line) is the list
  it shows: one item per bullet, the text before the first bullet a paragraph of its own.
Every piece keeps the provenance of its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model.blocks import Block, Cell, Kind, Span
from ..vocab.language import is_word
from ..vocab.text import clean_bullet, collapse_whitespace, join_lines, starts_lower, strip_outline_code

# Glyphs that mark a bullet even when glued to the word ("•Describe"), and those that also start ordinary lines (a
# dash, an asterisk, a lone "o"): these count only with a space after them, or glued to a capital ("–Expert:"), and
# only where the block has two such lines.
GLYPHS = "•●▪◦■►➢✓\uf0b7\uf0a7"
SPACED_GLYPHS = "-–—*o"
_TYPED_BULLET = re.compile(
    rf"^\s*(?:(?P<glyph>[{GLYPHS}])\s*(?=\S)|(?P<spaced>[{re.escape(SPACED_GLYPHS)}])(?:\s+(?=\S)|(?=[A-Z])))"
)

_LONE_GLYPH = re.compile(rf"(?m)^(\s*[{GLYPHS}])\n(?=\S)")


@dataclass(frozen=True, slots=True)
class Piece:
    kind: Kind
    text: str  # one line, whitespace collapsed, no bullet glyph or list numbering
    spans: tuple[Span, ...]
    heading_level: int | None = None
    depth: int = 0
    marker: str = ""
    ordered: bool = False
    bold: bool = False
    lead: str | None = None  # a bold run opening the text ("Key Skills:")
    cell: Cell | None = None
    size: float | None = None
    indent: float = 0.0
    lines: int = 1  # lines the text had in the source (a wrapped paragraph has several)
    gap_before: bool = False  # vertical space separates it from the piece before

    @property
    def page(self) -> int | None:
        return self.spans[0].page if self.spans else None

    @property
    def is_item(self) -> bool:
        return self.kind is Kind.LIST_ITEM


def to_pieces(block: Block, document: str) -> list[Piece]:
    """The pieces of one block: usually one; several where the block is a typed bulleted list."""
    if block.kind in (Kind.PARAGRAPH, Kind.TABLE_CELL) and not block.marker:
        # a glyph set apart on a line of its own before its text (a slide's bullet, a PDF's hanging glyph) marks
        # the line after it: joined by a space, the text keeps its length and every span its place
        block = replace(block, text=_LONE_GLYPH.sub(r"\1 ", block.text))
        split = _typed_list(block, document) or _typed_numbers(block, document)
        if split:
            return split
    if block.kind is Kind.PARAGRAPH and not block.marker:
        split = _labels_run_together(block, document)
        if split:
            return split
    if block.kind is Kind.HEADING:
        split = _heading_over_list(block, document)
        if split:
            return split
    if block.kind is Kind.TABLE_CELL and block.lead and block.cell is not None and not block.cell.header:
        split = _cell_head(block, document)
        if split:
            return split
    return [_piece(block, document, block.text.split("\n"), 0, len(block.text))]


def _piece(block: Block, document: str, lines: list[str], start: int, end: int) -> Piece:
    text = collapse_whitespace(join_lines(lines, is_word=_is_word_if_needed(lines)))
    if block.kind is Kind.LIST_ITEM or block.marker or text[:1] and "\ue000" <= text[0] <= "\uf8ff":
        text = clean_bullet(text)
    marker = block.marker or ""
    if block.kind is Kind.LIST_ITEM or block.cell is not None:
        coded = strip_outline_code(text)  # "1A2. Recognizes ..." numbers the item like a list would
        if coded != text and not marker:
            marker = text[: len(text) - len(coded)].strip()  # "P2" before a cell's line: it opens a line of its own
        text = coded
    lead = collapse_whitespace(block.lead) if block.lead else None
    return Piece(
        kind=block.kind,
        text=text,
        spans=(block.span(document, start, end),),
        heading_level=block.heading_level,
        depth=block.list_depth,
        marker=marker,
        ordered=block.ordered,
        bold=block.bold,
        lead=lead,
        cell=block.cell,
        size=block.size,
        indent=block.indent,
        lines=sum(1 for line in lines if line.strip()),
        gap_before=block.gap_before and start == 0,
    )


# an enumerator typed before a paragraph: "a)", "(b)", "iii)", "(2)", "3)", a small letter and its stop before a
# sentence ("a. Help to set ...") (not "1.", which also numbers headings and entries); or a clause number "6.1",
# "6.2" before a statement of several words (a standard's outcomes)
_TYPED_ENUMERATOR = re.compile(
    r"^(?:\(?(?P<n>[a-z]|[ivx]{1,4}|\d{1,2})\)|(?P<letter>[a-z])\.(?=\s+[A-Z])|(?P<major>\d{1,2})\.(?P<minor>\d{1,2}))"
    r"\s+(?=\S+(?:\s+\S+){3})"
)


def typed_enumerations(pieces: list[Piece]) -> list[Piece]:
    """Runs of two or more paragraphs (of one table cell, or of the body) that a typist numbered "a)", "b)",
    "c)" ... or "6.1", "6.2" ... in sequence are an ordered list: one item each, the enumerator gone. A line
    between two of them that carries on the one before (a wrapped line starting in lower case) stays in the run;
    the continuation stage joins it to its item."""
    out = list(pieces)
    n = 0
    while n < len(out):
        run = _enumerated_run(out, n)
        for k in run:
            piece = out[k]
            match = _TYPED_ENUMERATOR.match(piece.text)
            assert match is not None
            out[k] = replace(
                piece, kind=Kind.LIST_ITEM, text=piece.text[match.end() :], marker=match.group(0).strip(), ordered=True
            )
        n = run[-1] + 1 if run else n + 1
    return out


def _enumerated_run(pieces: list[Piece], start: int) -> list[int]:
    """The indexes of the enumerated pieces of the run starting at `start` (none if fewer than two)."""
    run: list[int] = []
    previous: str | None = None
    for k in range(start, len(pieces)):
        piece = pieces[k]
        match = _TYPED_ENUMERATOR.match(piece.text) if piece.kind in (Kind.PARAGRAPH, Kind.TABLE_CELL) else None
        if run and piece.cell != pieces[run[0]].cell:
            break
        if match is None:
            if run and piece.kind is Kind.PARAGRAPH and starts_lower(piece.text):
                continue  # the enumerated line before, wrapped
            break
        if match["major"]:  # "6.1", "6.2": one major number, the minor counting from 1; not a bold heading's
            number = f"{match['major']}.{match['minor']}"
            if piece.bold or not _next_clause(previous, number):
                break
        elif not _next_enumerator(previous, match["n"] or match["letter"]):
            break
        run.append(k)
        previous = match["n"] or match["letter"] or number
    return run if len(run) >= 2 else []


def _next_clause(previous: str | None, current: str) -> bool:
    """Does clause `current` follow `previous` ("6.1" then "6.2"); None starts at "N.1"."""
    major, minor = current.split(".")
    if previous is None:
        return minor == "1"
    before_major, _, before_minor = previous.partition(".")
    return before_major == major and before_minor.isdigit() and int(minor) == int(before_minor) + 1


def _next_enumerator(previous: str | None, current: str) -> bool:
    """Does `current` follow `previous` ("a" then "b", "1" then "2", "i" then "ii"); None starts at a, 1 or i."""
    romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
    if previous is None:
        return current in ("a", "1", "i")
    if previous.isdigit() and current.isdigit():
        return int(current) == int(previous) + 1
    if previous in romans and current in romans and romans.index(current) == romans.index(previous) + 1:
        return True
    return len(previous) == len(current) == 1 and ord(current) == ord(previous) + 1


def _typed_list(block: Block, document: str) -> list[Piece]:
    """A block whose lines are bullets typed as text: one item per bullet (continuation lines joined to it)."""
    lines = block.text.split("\n")
    matches = [_TYPED_BULLET.match(line) for line in lines]
    glued = sum(1 for m in matches if m and m["glyph"])
    spaced = sum(1 for m in matches if m and m["spaced"] and not (m["spaced"] == "o" and not m.group(0).endswith(" ")))
    if not glued and spaced < 2:
        return []
    starts = [bool(m) for m in matches]
    groups: list[tuple[bool, int, int]] = []  # (is a bullet, first line, last line + 1)
    for n, is_bullet in enumerate(starts):
        if is_bullet or not groups:
            groups.append((is_bullet, n, n + 1))
        else:
            kind, first, _ = groups[-1]
            groups[-1] = (kind, first, n + 1)
    offsets = _line_offsets(lines)
    pieces = []
    for is_bullet, first, last in groups:
        part = lines[first:last]
        if is_bullet:
            match = _TYPED_BULLET.match(part[0])
            assert match is not None
            glyph = (match["glyph"] or match["spaced"] or "").strip()
            part = [part[0][match.end() :], *part[1:]]
            item = replace(block, kind=Kind.LIST_ITEM, marker=glyph, bold=False, lead=None)
            piece = _piece(item, document, part, offsets[first], offsets[last] - 1)
        else:
            piece = _piece(replace(block, lead=None), document, part, offsets[first], offsets[last] - 1)
        if piece.text:
            pieces.append(piece)
    return pieces


# a short label in capitals opening a part of a paragraph: at its start, or after a sentence's end
_RUN_LABEL = r"[A-Z][\w'’/&-]*(?:[ \n][\w'’/&-]+){0,3}:[ \n]+(?=\S)"
_FIRST_RUN_LABEL = re.compile(rf"^{_RUN_LABEL}")
_NEXT_RUN_LABEL = re.compile(rf"(?<=[.!?])[ \n]+(?={_RUN_LABEL})")
MIN_RUN_LABELS = 3


def _labels_run_together(block: Block, document: str) -> list[Piece]:
    """A paragraph of three labelled parts or more run together, each label after the end of the part before
    ("Junior engineers: Build ... Engineers: Build ... independently. Senior engineers: Design ..."): one
    labelled line per part, as if each had been printed on a line of its own."""
    text = block.text
    if not _FIRST_RUN_LABEL.match(text):
        return []
    starts = [0] + [m.end() for m in _NEXT_RUN_LABEL.finditer(text)]
    if len(starts) < MIN_RUN_LABELS:
        return []
    pieces = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        part = text[start:end].rstrip()
        piece = _piece(replace(block, lead=None) if k else block, document, part.split("\n"), start, start + len(part))
        pieces.append(piece)
    return pieces


def _heading_over_list(block: Block, document: str) -> list[Piece]:
    """A heading whose element also holds, after line breaks, a lead-in and typed bullets (a survey question's
    title "1. Community: working together" over "• Teamwork: ..."): the first line is the heading, the lines
    after it the paragraph and list they show."""
    first, _, rest = block.text.partition("\n")
    if not rest.strip() or sum(1 for line in rest.split("\n") if _TYPED_BULLET.match(line)) < 2:
        return []
    below = replace(block, kind=Kind.PARAGRAPH, text=rest, heading_level=None, bold=False, lead=None)
    listed = _typed_list(below, document)
    if not listed:
        return []
    shift = len(first) + 1
    heading = _piece(block, document, [re.sub(r"^\s*[*•]\s+", "", first)], 0, len(first))
    return [heading, *_shifted(listed, shift)]


def _cell_head(block: Block, document: str) -> list[Piece]:
    """A cell whose first line is a bold line of its own over more lines ("Why it is important" over its
    paragraphs, "Levels" over "1. Knows ...", "2. Has ..."): the bold line heads the cell, and each line after it
    is a paragraph of its own, or the items of the list its lines type. A header cell's lines are one label
    ("E0 / S-E1" over "Apprentice / Junior Software Engineer")."""
    first, _, rest = block.text.partition("\n")
    if not rest.strip() or collapse_whitespace(first) != collapse_whitespace(block.lead or ""):
        return []
    shift = len(first) + 1
    below = replace(block, text=rest, bold=False, lead=None)
    lines = rest.split("\n")
    offsets = _line_offsets(lines)
    parts = _typed_list(below, document) or _typed_numbers(below, document)
    if not parts:
        parts = [
            _piece(below, document, [line], offsets[k], offsets[k + 1] - 1)
            for k, line in enumerate(lines)
            if line.strip()
        ]
    head = _piece(replace(block, lead=None, bold=True), document, [first], 0, len(first))
    return [head, *_shifted(parts, shift)]


def _shifted(pieces: list[Piece], shift: int) -> list[Piece]:
    """Pieces read from the lines after a block's first one, their spans placed back in the block's whole text."""
    return [
        replace(p, spans=tuple(replace(sp, start=sp.start + shift, end=sp.end + shift) for sp in p.spans))
        for p in pieces
    ]


_TYPED_NUMBER_LINE = re.compile(r"^\s*(?P<n>\d{1,2})[.)]\s+(?=\S)")


def _typed_numbers(block: Block, document: str) -> list[Piece]:
    """A block whose lines are numbered as text, 1, 2, 3 ... in sequence ("1. Builds positive working
    relationships", "2. Is committed to the team" in one table cell): one ordered item per number, a line without
    one going on with the item above."""
    lines = block.text.split("\n")
    matches = [_TYPED_NUMBER_LINE.match(line) for line in lines]
    numbers = [int(m["n"]) for m in matches if m]
    if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)) or not matches[0]:
        return []
    offsets = _line_offsets(lines)
    starts = [n for n, m in enumerate(matches) if m] + [len(lines)]
    pieces = []
    for first, last in zip(starts, starts[1:]):
        match = matches[first]
        assert match is not None
        part = [lines[first][match.end() :], *lines[first + 1 : last]]
        item = replace(block, kind=Kind.LIST_ITEM, marker=f"{match['n']}.", ordered=True, bold=False, lead=None)
        piece = _piece(item, document, part, offsets[first], offsets[last] - 1)
        if piece.text:
            pieces.append(piece)
    return pieces


def _line_offsets(lines: list[str]) -> list[int]:
    """Where each line of a block starts in its text (and, last, where the text ends plus one)."""
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    return offsets


def _is_word_if_needed(lines: list[str]):  # type: ignore[no-untyped-def]
    # the vocabulary loads only when some line really ends in a hyphen
    if any(line.rstrip().endswith("-") for line in lines[:-1]):
        return is_word
    return None


# a question's number typed before it: "Q1.", "Q 2)", "Q3:"
_QUESTION_NUMBER = re.compile(r"^Q\s?\d{1,2}\s*[.:)]\s+(?=\S)")


def numbered_questions(pieces: list[Piece]) -> list[Piece]:
    """Paragraphs numbered as questions ("Q 1. Tell me about a time ...", "Q2. Describe ..."), two or more in the
    document, are an ordered list: one item each, the number gone; the bullets right after one (before the next
    question) are its probes, nested under it."""
    numbered = [
        k
        for k, p in enumerate(pieces)
        if p.kind is Kind.PARAGRAPH and p.cell is None and _QUESTION_NUMBER.match(p.text)
    ]
    if len(numbered) < 2:
        return pieces
    out = list(pieces)
    for k in numbered:
        question = out[k]
        match = _QUESTION_NUMBER.match(question.text)
        assert match is not None
        out[k] = replace(
            question,
            kind=Kind.LIST_ITEM,
            text=question.text[match.end() :],
            marker=match.group(0).strip(),
            ordered=True,
        )
        j = k + 1
        while j < len(out) and out[j].is_item and not out[j].ordered and out[j].cell is None:
            out[j] = replace(out[j], depth=max(out[j].depth, question.depth + 1))
            j += 1
    return out
