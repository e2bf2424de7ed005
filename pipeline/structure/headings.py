"""Which pieces are headings, and how prominent each heading style is in its document.

A heading is what the format marks as one (h1-h6, a Heading style, a large PDF line), or a short line that looks
like one: bold throughout, set in a larger size, in capitals, or numbered like a section ("2.", "1.3", "B.",
"IV."). In a document with no formatting at all (plain text), a short line of its own is a heading by its shape.
A heading whose text recurs under each new heading of its own style ("Why is it important?" after every name, all
set alike) heads a part of the entry above it: it ranks just below that style (`recurring_sections`).

Styles are ranked once per document, most prominent first: larger type; the format's own level; a style whose
headings have distinct texts above one that repeats the same texts (a dictionary repeats "Definition" and
"Key Actions" under every distinct name); then bold capitals, bold, capitals, plain; a numbered line above a
line that is a heading by its shape alone; then shallower numbering.
No vocabulary is used here: what a heading means is the labeller's business.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from statistics import median

from ..model.blocks import Kind
from ..vocab.text import ends_sentence
from .continuations import FUNCTION_WORDS
from .label_lines import kind_and_name, numbered_entry_title, split_label
from .pieces import Piece

MAX_HEADING_WORDS = 14
MAX_FORMAT_HEADING_WORDS = 30  # a "heading" longer than this is a paragraph set in a heading style
MAX_SHAPE_WORDS = 10  # a plain line taken for a heading by its shape alone
LARGER = 1.15  # a line this much larger than the body text is set as a heading
NUMBERED = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.|[IVX]{1,4}\.|\(?[a-z]\))\s+(?=\S)")


@dataclass(frozen=True, slots=True)
class HeadingStyle:
    level: int | None  # the format's own heading level
    size: float | None  # rounded type size, where the format gives one
    bold: bool
    caps: bool
    numbering: int  # depth of a section number: "2." -> 1, "1.3" -> 2; 0 without one
    shape: bool  # a heading by its shape alone
    recurring: bool = False  # its text recurs under each new heading of the same style (see recurring_sections)
    indent: int = 0  # a plain text's heading by its shape: how far it is set in (a text browser's dump nests so)

    def describe(self) -> str:
        parts = [f"h{self.level}"] if self.level else []
        if self.size:
            parts.append(f"{self.size:g}pt")
        parts += [word for word, on in (("bold", self.bold), ("caps", self.caps)) if on]
        if self.numbering:
            parts.append(f"numbered (depth {self.numbering})")
        if self.shape:
            parts.append("short line")
        if self.indent:
            parts.append(f"set in {self.indent}")
        if self.recurring:
            parts.append("recurring")
        return " ".join(parts) or "plain"


def heading_styles(pieces: list[Piece]) -> list[HeadingStyle | None]:
    """The heading style of each piece, None for pieces that are no heading. Table cells are never headings of
    the document (a cell's own bold line heads only the cell: see `cell_heading`)."""
    body = _body_size(pieces)
    # a document is formatted when it marks text bold or marks two headings or more; a plain text with one
    # underlined title ("Core Competencies\n=====") still shows its other headings by their shape
    marked = sum(1 for p in pieces if p.kind is Kind.HEADING)
    formatted = marked >= 2 or any((p.bold or p.lead) and p.kind is not Kind.HEADING for p in pieces)
    sizes = {round(p.size) for p in pieces if p.size}
    formatted = formatted or len(sizes) > 1
    indent = None if formatted else _body_indent(pieces)
    out: list[HeadingStyle | None] = []
    for n, piece in enumerate(pieces):
        following = pieces[n + 1] if n + 1 < len(pieces) else None
        if piece.cell is not None:
            out.append(None)
        elif indent is not None:
            out.append(_by_indent(piece, indent))
        else:
            style = _style(piece, body, formatted, following)
            if style is None and not formatted and n and _under_shape_heading(pieces[n - 1], out[-1], piece, following):
                style = out[-1]
            out.append(style)
    return out


def _under_shape_heading(
    previous: Piece, its_style: HeadingStyle | None, piece: Piece, following: Piece | None
) -> bool:
    """In plain text, a short line right under a heading by shape, over prose ("Personal Characteristics" /
    "Analytical Thinking" / "Breaks problems down ..."): a heading too (a cluster's name, then the entry's)."""
    return (
        its_style is not None
        and its_style.shape
        and _shape_heading(previous.text)
        and piece.lines == 1
        and not piece.gap_before
        and heading_shaped(piece.text)
        and _shape_heading(piece.text)
        and not split_label(piece.text)
        and following is not None
        and not following.is_item
        and len(following.text.split()) >= 8
        and ends_sentence(following.text)
    )


def _body_indent(pieces: list[Piece]) -> float | None:
    """The indent of a plain text's body when it is set in from the margin (a text browser's dump: headings at
    the margin, paragraphs three spaces in), or None when the body starts at the margin."""
    prose = [p.indent for p in pieces if not p.is_item and len(p.text.split()) >= 8 and p.text.endswith((".", ";"))]
    margin = [p for p in pieces if not p.is_item and p.indent == 0]
    if not prose or len(margin) < 3:
        return None
    common, count = Counter(prose).most_common(1)[0]
    return common if common >= 2 and count == len(prose) else None


def _by_indent(piece: Piece, body: float) -> HeadingStyle | None:
    """In a text whose body is set in, a line at the margin is a heading, whatever its punctuation."""
    text = piece.text
    if piece.is_item or piece.indent >= body or not re.search(r"[^\W\d_]", text) or len(text.split()) > 16:
        return None
    return HeadingStyle(None, None, False, _capitals(text), numbering_depth(text), True)


def cell_heading(piece: Piece) -> bool:
    """A bold short line inside a table cell: it heads the rest of its cell ("Teamwork" over its bullets)."""
    return piece.bold and not piece.is_item and heading_shaped(piece.text)


def _style(piece: Piece, body: float | None, formatted: bool, following: Piece | None) -> HeadingStyle | None:
    text = piece.text
    if not text or piece.is_item or not re.search(r"[^\W\d_]", text):
        return None
    numbering = numbering_depth(text)
    size = half_points(piece.size)
    caps = _capitals(text)
    if piece.kind is Kind.HEADING:
        if len(text.split()) > MAX_FORMAT_HEADING_WORDS:
            return None
        return HeadingStyle(piece.heading_level or 1, size, piece.bold, caps, numbering, False)
    if kind_and_name(text) and piece.lines == 1:
        # "Competency: Customer Focus" in the text's own type, its label alone in bold: the entry's title
        return HeadingStyle(None, size, piece.bold or piece.lead is not None, caps, numbering, False)
    if not heading_shaped(text) and not (piece.bold and _bold_entry_title(text)):
        return None
    larger = bool(piece.size and body and piece.size >= body * LARGER)
    if not formatted and numbering and piece.indent > 0 and not (piece.bold or larger or caps):
        return None  # plain text numbers its sections at the margin; an indented "0  Ineffective - ..." is a key's line
    if piece.bold or larger or caps or numbering and piece.lines == 1:
        return HeadingStyle(None, size, piece.bold, caps, numbering, False)
    if (
        not formatted
        and piece.lines == 1
        and piece.gap_before
        and _heads(following)
        and _shape_heading(text)
        and not split_label(text)
    ):
        return HeadingStyle(None, size, False, False, 0, True, indent=round(piece.indent))
    return None


def half_points(size: float | None) -> float | None:
    """A type size to the half point: styles set alike compare equal whatever the renderer's rounding."""
    return round(size * 2) / 2 if size else None


def _bold_entry_title(text: str) -> bool:
    """A bold line numbered by the kind of entry it opens ("Outcome 5: Communicate clearly with others in the
    course of his or her engineering activities"): a heading however long its name runs, up to a sentence's end."""
    return numbered_entry_title(text) and len(text.split()) <= MAX_FORMAT_HEADING_WORDS and not text.endswith(".")


def heading_shaped(text: str) -> bool:
    """Short, one phrase, not a sentence: no closing full stop, comma or semicolon, no run of separated terms."""
    words = text.split()
    if not 0 < len(words) <= MAX_HEADING_WORDS or len(text) > 120:
        return False
    if re.search(r"[.,;]$", text) and not re.search(r"\b[A-Z]\.$|\.\.\.$|\betc\.$", text):
        return False
    if text.endswith("?") and len(words) > 10:
        return False
    unnumbered = NUMBERED.sub("", text)
    if re.search(r"[|;•]", text) or re.search(r"[.!?]\s+[A-Z]", unnumbered):
        return False  # terms joined by separators, or two sentences
    first = re.sub(r"^[\W_]+", "", unnumbered)
    return bool(first) and not first[0].islower()


def _shape_heading(text: str) -> bool:
    """A line that can stand as a heading of its own: short, and not cut off in mid-phrase ("Follows through to
    make sure that")."""
    last = text.rsplit(" ", 1)[-1].lower()
    return (
        len(text.split()) <= MAX_SHAPE_WORDS
        and len(text) <= 80
        and not text.endswith((":", ","))
        and last not in FUNCTION_WORDS
    )


def _heads(following: Piece | None) -> bool:
    """Is there something for a line to head: a next piece that does not carry on its sentence."""
    return following is not None and not following.text[:1].islower()


def _capitals(text: str) -> bool:
    """Set in capitals: every letter a capital, and some word long enough to be one (an acronym with its number,
    "APS 3" beside "EL 1", is written so in any type)."""
    plain = NUMBERED.sub("", text)
    letters = [c for c in plain if c.isalpha()]
    words = re.findall(r"[^\W\d_]{4,}", plain)
    return len(letters) >= 3 and all(c.isupper() for c in letters) and bool(words)


def numbering_depth(text: str) -> int:
    m = NUMBERED.match(text)
    if not m:
        return 0
    number = m["number"].rstrip(".")
    if re.fullmatch(r"[\d.]+", number):
        parts = number.split(".")
        while len(parts) > 1 and parts[-1] == "0":  # "3.0 Name" numbers a top section
            parts.pop()
        return len(parts)
    return 1


def _body_size(pieces: list[Piece]) -> float | None:
    sizes = [p.size for p in pieces if p.size and p.kind is not Kind.HEADING and len(p.text) > 40]
    if not sizes:
        sizes = [p.size for p in pieces if p.size]
    return median(sizes) if sizes else None


def style_ranks(styles: list[HeadingStyle | None], texts: list[str]) -> dict[HeadingStyle, int]:
    """Rank 1 for the most prominent style of the document, 2 for the next, ..."""
    by_style: dict[HeadingStyle, list[str]] = {}
    for style, text in zip(styles, texts, strict=True):
        if style is not None:
            by_style.setdefault(style, []).append(text.casefold())

    # at a level the format marks, an unnumbered heading stands with the shallowest numbered ones of that level
    # (an HTML page's "On this page" beside its "5.1 Cyber Security Analyst", both h2): numbering ranks only
    # numbered headings among themselves there
    shallowest: dict[int, int] = {}
    for style in by_style:
        if style.level is not None and style.numbering:
            shallowest[style.level] = min(shallowest.get(style.level, style.numbering), style.numbering)

    def key(style: HeadingStyle) -> tuple[float, ...]:
        ranked_as = style
        if style.level is not None and not style.numbering and style.level in shallowest:
            ranked_as = replace(style, numbering=shallowest[style.level])
        if style.recurring:  # right below the headings of its style, above every less prominent style
            base = replace(style, recurring=False)
            return _prominence(replace(ranked_as, recurring=False), by_style.get(base, [])) + (1,)
        return _prominence(ranked_as, by_style[style]) + (0,)

    ranked = sorted(by_style, key=key)
    ranks: dict[HeadingStyle, int] = {}
    for style in ranked:
        same = next((r for other, r in ranks.items() if key(other) == key(style)), None)
        ranks[style] = same if same is not None else len(set(ranks.values())) + 1
    return ranks


def _prominence(style: HeadingStyle, texts: list[str]) -> tuple[float, ...]:
    counts = Counter(texts)
    repeated = len(texts) >= 2 and sum(n for n in counts.values() if n > 1) * 2 >= len(texts)
    emphasis = 0 if style.bold and style.caps else 1 if style.bold else 2 if style.caps else 3
    return (
        -(style.size or 0.0),
        style.level or 7,
        int(repeated),
        emphasis,
        int(style.shape),
        style.indent,
        style.numbering,
    )


def recurring_sections(styles: list[HeadingStyle | None], texts: list[str]) -> list[HeadingStyle | None]:
    """The styles with the headings of one style whose text recurs, once under each new heading of that style,
    set apart (`recurring`): "Parliamentary Understanding", "Why is it important?", "Delivering Services", "Why is
    it important?", all set alike, are names each over a section of its own. Only where the style opens with a
    heading that does not recur, holds two or more that do not, and no recurring text comes twice under one."""
    by_style: dict[HeadingStyle, list[int]] = {}
    for n, style in enumerate(styles):
        if style is not None:
            by_style.setdefault(style, []).append(n)
    out = list(styles)
    for style, where in by_style.items():
        keys = [" ".join(texts[n].casefold().rstrip(":").split()) for n in where]
        counts = Counter(keys)
        recurring = {k for k, c in counts.items() if c >= 2}
        if not recurring or keys[0] in recurring or len(keys) - sum(counts[k] for k in recurring) < 2:
            continue
        if _listed_before(where, keys, recurring, styles):
            continue  # the names listed first ("Decisiveness", "Developing Others", each a link), then each entry
        if _once_under_each(keys, recurring):
            for n, key in zip(where, keys, strict=True):
                if key in recurring:
                    out[n] = replace(style, recurring=True)
    return out


def _listed_before(where: list[int], keys: list[str], recurring: set[str], styles: list[HeadingStyle | None]) -> bool:
    """Do recurring texts stand in a run of empty headings one right after another (a list of the entries' names,
    each a line of its own, before the entries), while the same texts head content elsewhere: not sections under
    each name, but the names twice?"""

    def empty(k: int) -> bool:
        return k + 1 >= len(styles) or styles[k + 1] is not None

    runs: list[list[int]] = []
    for n in where:
        if not empty(n):
            continue
        if runs and runs[-1][-1] + 1 == n:
            runs[-1].append(n)
        else:
            runs.append([n])
    key_at = dict(zip(where, keys, strict=True))
    for run in runs:
        listed = {key_at[k] for k in run} & recurring
        if len(run) >= MIN_LISTED and listed:
            return any(not empty(k) for k in where if key_at[k] in listed and k not in run)
    return False


MIN_LISTED = 3  # empty headings in a row: a list of names


def _once_under_each(keys: list[str], recurring: set[str]) -> bool:
    """No recurring text twice between two headings that do not recur, and, from the first name over a recurring
    one on, every heading that does not recur right over one that does, or right over a name that is (an area's
    heading over its first name): names, each over its sections. A flat layout whose own sections vary
    ("Definition" in one entry, "Description" in the next) is no such run."""
    seen: set[str] = set()
    for key in keys:
        if key not in recurring:
            seen = set()
        elif key in seen:
            return False
        else:
            seen.add(key)
    start = next(n for n, key in enumerate(keys) if key in recurring) - 1
    return all(
        keys[n + 1] in recurring or n + 2 < len(keys) and keys[n + 2] in recurring and keys[n + 1] not in recurring
        for n in range(start, len(keys) - 1)
        if keys[n] not in recurring
    )
