"""Drop page furniture: running headers and footers, site chrome, page numbers, preview and copyright boilerplate.

Nothing disappears silently: every dropped line comes back as a `Dropped` with the rule's reason, for the report.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model.blocks import Block, Region
from ..model.issues import Dropped
from ..vocab.text import collapse_whitespace
from ..vocab.vocabulary import Vocabulary


def boilerplate_reason(line: str, vocab: Vocabulary, in_table: bool = False) -> str | None:
    text = collapse_whitespace(line)
    for rule in vocab.boilerplate:
        if (rule.in_tables or not in_table) and rule.pattern.fullmatch(text):
            return rule.reason
    return None


def drop_page_furniture(
    blocks: tuple[Block, ...], document: str, tables: Vocabulary
) -> tuple[list[Block], list[Dropped]]:
    kept: list[Block] = []
    dropped: list[Dropped] = []
    contents = contents_entries(blocks)
    after_drop = False  # what follows a dropped running header or footer starts after a page break
    for number, block in enumerate(blocks):
        if after_drop and kept and block.region is Region.BODY and collapse_whitespace(block.text):
            block = replace(block, gap_before=True)
        after_drop = False
        if block.region is not Region.BODY:
            region_reason = tables.region_reasons.get(block.region.value, f"page {block.region.value}")
            dropped.extend(_lines_dropped(block, document, region_reason))
            after_drop = True
            continue
        if not collapse_whitespace(block.text):
            if block.cell is not None:
                kept.append(block)  # an empty cell still shapes its table
            elif block.text:
                dropped.append(Dropped(block.text, "empty paragraph", block.span(document)))
            continue
        lines = block.text.split("\n")
        whole = boilerplate_reason(collapse_whitespace(block.text), tables, block.cell is not None)
        if len(lines) > 1 and block.cell is None and whole:
            # a notice wrapped over lines ("© Institute and Faculty of Actuaries. The Institute and Faculty of" /
            # "Actuaries is a royal chartered body ..."): all of it, not its first line alone
            dropped.append(Dropped(collapse_whitespace(block.text), whole, block.span(document)))
            after_drop = True
            continue
        keep_lines = []
        offset = 0
        for k, line in enumerate(lines):
            reason = boilerplate_reason(line, tables, block.cell is not None) if collapse_whitespace(line) else None
            if (number, k) in contents:
                reason = "table of contents"
            if reason:
                dropped.append(
                    Dropped(collapse_whitespace(line), reason, block.span(document, offset, offset + len(line)))
                )
            else:
                keep_lines.append(line)
            offset += len(line) + 1
        if len(keep_lines) == len(lines):
            kept.append(block)
        elif any(collapse_whitespace(l) for l in keep_lines):
            kept.append(replace(block, text="\n".join(keep_lines)))
        elif block.cell is not None:
            kept.append(replace(block, text=""))
        else:
            after_drop = True
    return kept, dropped


# a contents entry: a title, dot leaders or spaces, and its page number ("I. Preamble 1", "Research ....... 4")
CONTENTS_ENTRY = re.compile(r"^(?P<title>\S.{2,150}?)[\s.·…_]*?\s(?P<page>\d{1,3})$")
CONTENTS_HEADING = re.compile(r"^(?:table of )?contents?:?$", re.I)
MIN_CONTENTS_ENTRIES = 3


def contents_entries(blocks: tuple[Block, ...]) -> set[tuple[int, int]]:
    """The lines (block, line) of a table of contents set without dot leaders: lines ending in a page number whose
    title, without the number, is printed again later in the document as a line of its own (the heading the entry
    points to); at least three of them standing together, with the "Contents" line right above the first. Table
    cells take no part: a table's "Level 1" under a header "Level" is no entry."""
    lines = [
        (n, k, collapse_whitespace(line))
        for n, b in enumerate(blocks)
        if b.cell is None
        for k, line in enumerate(b.text.split("\n"))
    ]
    later: dict[str, int] = {}  # a line's text -> the last block it stands in
    for n, _, text in lines:
        later[_key(text)] = n
    entries = []
    for position, (n, k, text) in enumerate(lines):
        m = CONTENTS_ENTRY.match(text)
        if m and later.get(_key(m["title"]), -1) > n:
            entries.append((position, (n, k)))
    run = _longest_run([p for p, _ in entries], gap=3)  # a line or two between entries at most
    found = {where for p, where in entries if p in run}
    if len(found) < MIN_CONTENTS_ENTRIES:
        return set()
    first = min(found)
    before = [(n, k, text) for n, k, text in lines if (n, k) < first and text]
    if before and CONTENTS_HEADING.match(before[-1][2]):
        found.add(before[-1][:2])  # the "Contents" line right above the first entry
    return found


def _longest_run(positions: list[int], gap: int) -> set[int]:
    """The longest run of positions, each at most `gap` after the one before."""
    best: list[int] = []
    current: list[int] = []
    for p in positions:
        current = [*current, p] if current and p - current[-1] <= gap else [p]
        if len(current) > len(best):
            best = current
    return set(best)


def _key(text: str) -> str:
    return text.casefold().rstrip(" .:")


def _lines_dropped(block: Block, document: str, reason: str) -> list[Dropped]:
    out = []
    offset = 0
    for line in block.text.split("\n"):
        if collapse_whitespace(line):
            out.append(Dropped(collapse_whitespace(line), reason, block.span(document, offset, offset + len(line))))
        offset += len(line) + 1
    return out
