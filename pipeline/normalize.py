"""From blocks to segments: clean text, one segment per logical paragraph or item, provenance of every part kept.

- the lines of a block are joined, a line-end hyphen undone only where it split a word;
- bullet glyphs and list numbering are removed;
- a block that continues the one before it (a bullet wrapped over two list items, a paragraph broken over lines or
  pages, a sentence split over two paragraphs) is merged into it.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from .blocks import Block, Cell, Kind, Span
from .language import is_word
from .text import clean_bullet, collapse_whitespace, ends_sentence, join_lines, starts_lower


@dataclass(frozen=True, slots=True)
class Segment:
    kind: Kind
    text: str                      # normalized: one line, whitespace collapsed, no glyphs or numbering
    spans: tuple[Span, ...]        # where every part came from
    heading_level: int | None = None
    list_depth: int = 0
    ordered: bool = False
    bold: bool = False
    lead: str | None = None
    cell: Cell | None = None
    size: float | None = None
    marker: str | None = None

    @property
    def page(self) -> int | None:
        return self.spans[0].page if self.spans else None

    @property
    def is_list_item(self) -> bool:
        return self.kind is Kind.LIST_ITEM


def to_segment(block: Block, document: str) -> Segment:
    lines = block.text.split("\n")
    text = collapse_whitespace(join_lines(lines, is_word=_is_word_if_needed(lines)))
    if block.kind is Kind.LIST_ITEM or block.marker:
        text = clean_bullet(text)
    elif text[:1] and "\ue000" <= text[0] <= "\uf8ff":
        text = clean_bullet(text)
    lead = collapse_whitespace(block.lead) if block.lead else None
    return Segment(kind=block.kind, text=text, spans=(block.span(document),), heading_level=block.heading_level,
                   list_depth=block.list_depth, ordered=block.ordered, bold=block.bold, lead=lead, cell=block.cell,
                   size=block.size, marker=block.marker)


def _is_word_if_needed(lines: list[str]):
    # the vocabulary loads only when some line really ends in a hyphen
    if any(l.rstrip().endswith("-") for l in lines[:-1]):
        return is_word
    return None


def merge_continuations(segments: list[Segment], is_heading: Callable[[Segment], bool]) -> list[Segment]:
    out: list[Segment] = []
    for seg in segments:
        if out and continues(out[-1], seg, is_heading):
            out[-1] = _merge(out[-1], seg)
        else:
            out.append(seg)
    return out


def continues(prev: Segment, seg: Segment, is_heading: Callable[[Segment], bool]) -> bool:
    """Does `seg` carry on the sentence `prev` left unfinished?"""
    if prev.cell != seg.cell or prev.kind is Kind.HEADING or seg.kind is Kind.HEADING:
        return False
    if not seg.text or not prev.text or is_heading(prev) or is_heading(seg):
        return False
    if prev.is_list_item and seg.is_list_item and seg.list_depth != prev.list_depth:
        return False
    if ends_sentence(prev.text):
        return False
    if starts_lower(seg.text):
        return True
    # a sentence broken across two plain paragraphs: the first ends in mid-phrase ("related to", "Focus,")
    both_plain = not prev.is_list_item and not seg.is_list_item
    return both_plain and (prev.text.endswith((",", "-", "–", "—", "/", "&")) or _ends_in_function_word(prev.text))


_FUNCTION_WORDS = {"a", "an", "the", "and", "or", "of", "to", "for", "in", "on", "with", "by", "as", "at", "from",
                   "that", "which", "who", "whose", "is", "are", "be", "not", "but", "nor", "its", "their", "into"}


def _ends_in_function_word(text: str) -> bool:
    last = text.rstrip().rsplit(" ", 1)[-1].lower()
    return last in _FUNCTION_WORDS


def _merge(a: Segment, b: Segment) -> Segment:
    text = join_lines([a.text, b.text], is_word=is_word if a.text.endswith("-") else None)
    return replace(a, text=collapse_whitespace(text), spans=a.spans + b.spans, bold=a.bold and b.bold,
                   lead=a.lead if a.lead else (a.text if a.bold and not b.bold else None))
