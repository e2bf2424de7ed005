"""Drop page furniture: running headers and footers, site chrome, page numbers, preview and copyright boilerplate.

Nothing disappears silently: every dropped line comes back as a `Dropped` with the rule's reason, for the report.
"""

from __future__ import annotations

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
    after_drop = False  # what follows a dropped running header or footer starts after a page break
    for block in blocks:
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
        keep_lines = []
        offset = 0
        for line in lines:
            reason = boilerplate_reason(line, tables, block.cell is not None) if collapse_whitespace(line) else None
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


def _lines_dropped(block: Block, document: str, reason: str) -> list[Dropped]:
    out = []
    offset = 0
    for line in block.text.split("\n"):
        if collapse_whitespace(line):
            out.append(Dropped(collapse_whitespace(line), reason, block.span(document, offset, offset + len(line))))
        offset += len(line) + 1
    return out
