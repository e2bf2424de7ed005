"""From blocks to segments: clean text, one segment per logical paragraph or item, provenance of every part kept.

- the lines of a block are joined, a line-end hyphen undone only where it split a word;
- bullet glyphs and list numbering are removed;
- a block that continues the one before it (a bullet wrapped over two list items, a paragraph broken over lines or
  pages, a sentence split over two paragraphs) is merged into it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from ..model.blocks import Block, Cell, Kind, Span
from ..vocab.language import is_word
from ..vocab.text import clean_bullet, collapse_whitespace, ends_sentence, join_lines, starts_lower


@dataclass(frozen=True, slots=True)
class Segment:
    kind: Kind
    text: str  # normalized: one line, whitespace collapsed, no glyphs or numbering
    spans: tuple[Span, ...]  # where every part came from
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
    return Segment(
        kind=block.kind,
        text=text,
        spans=(block.span(document),),
        heading_level=block.heading_level,
        list_depth=block.list_depth,
        ordered=block.ordered,
        bold=block.bold,
        lead=lead,
        cell=block.cell,
        size=block.size,
        marker=block.marker,
    )


def _is_word_if_needed(lines: list[str]):
    # the vocabulary loads only when some line really ends in a hyphen
    if any(l.rstrip().endswith("-") for l in lines[:-1]):
        return is_word
    return None


def merge_continuations(segments: list[Segment], is_heading: Callable[[Segment], bool]) -> list[Segment]:
    """Merge each run of segments that carry on one sentence. A run is joined once, at its end, so that a long
    run costs its length, not its length squared."""
    out: list[Segment] = []
    run: list[Segment] = []
    heading = [is_heading(seg) if seg.text else False for seg in segments]
    run_is_heading = False
    for seg, seg_is_heading in zip(segments, heading):
        if run and continues(run[0], run[-1].text, seg, run_is_heading, seg_is_heading):
            run.append(seg)
            continue
        if run:
            out.append(_merge(run))
        run, run_is_heading = [seg], seg_is_heading
    if run:
        out.append(_merge(run))
    return out


def continues(head: Segment, last_text: str, seg: Segment, head_is_heading: bool, seg_is_heading: bool) -> bool:
    """Does `seg` carry on the sentence that the run begun by `head`, now ending in `last_text`, left unfinished?"""
    if head.cell != seg.cell or head.kind is Kind.HEADING or seg.kind is Kind.HEADING:
        return False
    if not seg.text or not last_text or head_is_heading or seg_is_heading:
        return False
    if head.is_list_item and seg.is_list_item and seg.list_depth != head.list_depth:
        return False
    if ends_sentence(last_text):
        return False
    if starts_lower(seg.text):
        return True
    # a sentence broken across two plain paragraphs: the first ends in mid-phrase ("related to", "Focus,")
    both_plain = not head.is_list_item and not seg.is_list_item
    return both_plain and (last_text.endswith((",", "-", "–", "—", "/", "&")) or _ends_in_function_word(last_text))


_FUNCTION_WORDS = {
    "a",
    "an",
    "the",
    "and",
    "or",
    "of",
    "to",
    "for",
    "in",
    "on",
    "with",
    "by",
    "as",
    "at",
    "from",
    "that",
    "which",
    "who",
    "whose",
    "is",
    "are",
    "be",
    "not",
    "but",
    "nor",
    "its",
    "their",
    "into",
}


def _ends_in_function_word(text: str) -> bool:
    last = text.rstrip().rsplit(" ", 1)[-1].lower()
    return last in _FUNCTION_WORDS


def _merge(run: list[Segment]) -> Segment:
    head = run[0]
    if len(run) == 1:
        return head
    texts = [seg.text for seg in run]
    hyphenated = any(t.endswith("-") for t in texts[:-1])
    text = collapse_whitespace(join_lines(texts, is_word=is_word if hyphenated else None))
    bold = all(seg.bold for seg in run)
    lead = head.lead or (head.text if head.bold and not bold else None)
    return replace(head, text=text, spans=tuple(s for seg in run for s in seg.spans), bold=bold, lead=lead)
