"""Plain-text and Markdown reader: one block per line of text, lists and pipe tables recognised by their markup.

Plain text has no structure beyond its lines, so each non-blank line is a block; joining lines that belong together
(a wrapped bullet, a paragraph broken over lines) is the normalizer's job, for every format alike.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from ..model.blocks import Block, Cell, Kind, ReadResult, renumber
from .encodings import decode

BULLET_GLYPHS = "•●○◦▪▫■□◆◇►▶➢➤✓✔‣⁃∙·*+-–—o\uf0b7\uf0a7\uf076\uf0d8\uf0fc"
BULLET_LINE = re.compile(rf"^(?P<indent>\s*)(?P<marker>[{re.escape(BULLET_GLYPHS)}])(?:\s+|$)(?P<text>.*)$")
NUMBER_LINE = re.compile(r"^(?P<indent>\s*)(?P<marker>(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)])\s+(?P<text>\S.*)$")
MD_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")
MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
MD_UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")
TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
MD_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")


def read(path: Path, data: bytes | None = None) -> ReadResult:
    text = decode(path.read_bytes() if data is None else data)
    markdown = path.suffix.lower() in (".md", ".markdown")
    blocks = read_lines(text.split("\n"), markdown)
    return ReadResult(blocks=renumber(blocks))


def read_lines(lines: list[str], markdown: bool) -> list[Block]:
    """Blocks of the lines, with a list item's continuation lines joined to it: in Markdown any line right under
    an item (no blank line between); in plain text a line indented past the item's marker."""
    out: list[Block] = []
    last_line = 0
    for n, block in _blocks(lines, markdown):
        if _standalone_numbered_title(block, lines, n):
            # "5. Managing finances" alone between blank lines numbers a section, not a list
            block = replace(block, kind=Kind.PARAGRAPH, text=f"{block.marker} {block.text}", marker=None, ordered=False)
        prev = out[-1] if out else None
        raw = lines[n - 1]
        right_under = last_line == n - 1
        if (
            prev is not None
            and prev.kind is Kind.LIST_ITEM
            and block.kind is Kind.PARAGRAPH
            and right_under
            and (markdown or len(raw) - len(raw.lstrip()) > prev.indent)
        ):
            out[-1] = replace(prev, text=f"{prev.text}\n{block.text}")
        else:
            out.append(block)
        last_line = n
    return out


def _standalone_numbered_title(block: Block, lines: list[str], n: int) -> bool:
    if block.kind is not Kind.LIST_ITEM or not block.ordered or block.text.rstrip().endswith((".", ":", ";", "?")):
        return False
    blank_before = n == 1 or not lines[n - 2].strip()
    blank_after = n >= len(lines) or not lines[n].strip()
    return blank_before and blank_after and len(block.text.split()) <= 10


def _blocks(lines: list[str], markdown: bool):
    table_no = 0
    table_row = 0
    in_table = False
    pending_marker: str | None = None
    for n, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        locator = f"line {n}"
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped == "|":
            # a lone pipe is a row rule of a one-column table dumped to text: structure, no content
            in_table = False
            continue
        if markdown and MD_RULE.match(line):
            continue
        if _is_table_line(stripped):
            if TABLE_SEPARATOR.match(stripped):
                continue
            if not in_table:
                table_no += 1
                table_row = 0
                in_table = True
            table_row += 1
            cells = _split_row(stripped)
            for c, cell_text in enumerate(cells, start=1):
                text, bold, lead = _emphasis(cell_text, markdown)
                yield (
                    n,
                    Block(
                        kind=Kind.TABLE_CELL,
                        text=text,
                        locator=f"{locator} col {c}",
                        bold=bold,
                        lead=lead,
                        cell=Cell(table=table_no, row=table_row, col=c, header=markdown and table_row == 1),
                    ),
                )
            continue
        in_table = False
        if markdown:
            m = MD_HEADING.match(line)
            if m:
                yield (
                    n,
                    Block(
                        kind=Kind.HEADING,
                        text=MD_BOLD.sub(lambda x: x.group(1) or x.group(2), m["text"]),
                        locator=locator,
                        heading_level=len(m["hashes"]),
                        bold=True,
                    ),
                )
                continue
            if MD_UNDERLINE.match(line) and n > 1:
                continue
        if stripped in BULLET_GLYPHS and len(stripped) == 1:
            pending_marker = stripped  # a glyph alone on its line marks the text on the next line
            continue
        indent = len(line) - len(line.lstrip())
        m = BULLET_LINE.match(line) or NUMBER_LINE.match(line)
        if m and m["text"].strip():
            ordered = not BULLET_LINE.match(line)
            text, bold, lead = _emphasis(m["text"].strip(), markdown)
            yield (
                n,
                Block(
                    kind=Kind.LIST_ITEM,
                    text=text,
                    locator=locator,
                    marker=m["marker"],
                    ordered=ordered,
                    list_depth=_depth(indent),
                    bold=bold,
                    lead=lead,
                    indent=float(indent),
                ),
            )
            pending_marker = None
            continue
        text, bold, lead = _emphasis(stripped, markdown)
        underline = markdown and n < len(lines) and MD_UNDERLINE.match(lines[n] if n < len(lines) else "")
        if underline and lines[n].strip():
            yield (
                n,
                Block(
                    kind=Kind.HEADING,
                    text=text,
                    locator=locator,
                    bold=True,
                    heading_level=1 if lines[n].strip().startswith("=") else 2,
                ),
            )
            continue
        if pending_marker is not None:
            yield (
                n,
                Block(
                    kind=Kind.LIST_ITEM,
                    text=text,
                    locator=locator,
                    marker=pending_marker,
                    bold=bold,
                    lead=lead,
                    indent=float(indent),
                ),
            )
            pending_marker = None
            continue
        yield n, Block(kind=Kind.PARAGRAPH, text=text, locator=locator, bold=bold, lead=lead, indent=float(indent))


def _is_table_line(line: str) -> bool:
    return line.startswith("|") and line.count("|") >= 2


def _split_row(line: str) -> list[str]:
    inner = line.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    return [c.strip() for c in inner.split("|")]


def _depth(indent: int) -> int:
    return 0 if indent < 2 else min(indent // 2, 6) if indent < 4 else min(indent // 4, 6)


def _emphasis(text: str, markdown: bool) -> tuple[str, bool, str | None]:
    if not markdown or ("**" not in text and "__" not in text):
        return text, False, None
    m = MD_BOLD.match(text)
    plain = MD_BOLD.sub(lambda x: x.group(1) or x.group(2), text)
    if m and m.end() == len(text):
        return plain, True, None
    if m:
        return plain, False, (m.group(1) or m.group(2)).strip()
    return plain, False, None
