"""Numbered entries whose sections are set as sub-headings under them.

A competency model may print each entry as one numbered line, its name in bold run into its definition ("1.1
Interpersonal Skills: Getting along and working well with ..."), and its parts under bold sub-headings set further
in ("Showing respect" over bullets, "Critical Work Functions:" over bullets). A list item cannot hold headings, so
read as an item the entry would end at its first sub-heading, and the sub-headings would fall to the entry before.
Such an item is the entry's heading: it is split into a heading (the name) and a paragraph (the definition).
"""

from __future__ import annotations

from dataclasses import replace

from ..model.blocks import Kind
from .headings import HeadingStyle, half_points, heading_shaped, numbering_depth
from .label_lines import split_label
from .pieces import Piece

MAX_NAME_WORDS = 8
SET_IN = 4.0  # points (or columns) further in than the entry's line: a sub-heading of it, not the next section


def numbered_entries_over_sections(
    pieces: list[Piece], styles: list[HeadingStyle | None]
) -> tuple[list[Piece], list[HeadingStyle | None]]:
    """The pieces and their heading styles, each numbered entry that heads sub-headings split into its name (a
    heading) and its definition (a paragraph)."""
    out_pieces: list[Piece] = []
    out_styles: list[HeadingStyle | None] = []
    for n, (piece, style) in enumerate(zip(pieces, styles, strict=True)):
        following = (pieces[n + 1], styles[n + 1]) if n + 1 < len(pieces) else None
        named = _entry_over_sub_heading(piece, following)
        if named is None:
            out_pieces.append(piece)
            out_styles.append(style)
            continue
        name, definition = named
        head, body = _split(piece, name, definition)
        out_pieces += [head, body]
        depth = numbering_depth(f"{piece.marker} {name}")
        out_styles += [HeadingStyle(None, half_points(piece.size), True, False, depth, False), None]
    return out_pieces, out_styles


def _entry_over_sub_heading(
    piece: Piece, following: tuple[Piece, HeadingStyle | None] | None
) -> tuple[str, str] | None:
    """(name, definition) of a numbered item that names itself in bold ("1.1 Name: definition") right over a bold
    sub-heading set further in and in no larger type; None for any other piece."""
    if not (piece.is_item and piece.ordered and piece.lead and piece.lead.rstrip().endswith(":")):
        return None
    if following is None or piece.cell is not None:
        return None
    below, style = following
    if style is None or not (below.bold and style.level is None and below.indent >= piece.indent + SET_IN):
        return None
    if piece.size and below.size and below.size > piece.size:
        return None
    labelled = split_label(piece.text, piece.lead)
    if labelled is None:
        return None
    name, definition = labelled
    if len(name.split()) > MAX_NAME_WORDS or not heading_shaped(name) or not definition:
        return None
    return name, definition


def _split(piece: Piece, name: str, definition: str) -> tuple[Piece, Piece]:
    """The name as a bold paragraph and the definition as a plain one, each with its part of the item's span (the
    definition starts where the text after the name's colon does)."""
    first, *rest = piece.spans
    at = min(first.start + max(piece.text.find(definition), 0), first.end)
    plain = replace(piece, kind=Kind.PARAGRAPH, lead=None, marker="", ordered=False)
    head = replace(plain, text=name, bold=True, lines=1, spans=(replace(first, end=at),))
    body = replace(plain, text=definition, bold=False, gap_before=False, spans=(replace(first, start=at), *rest))
    return head, body
