"""The format-independent block model every reader produces.

A reader turns one file into a list of `Block`s in reading order. Everything after the readers works on blocks
only: no stage downstream may know (or ask) which file format a block came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Kind(str, Enum):
    HEADING = "heading"  # a heading the format marks as one (h1-h6, Heading styles, large/bold PDF lines)
    PARAGRAPH = "paragraph"  # running text
    LIST_ITEM = "list_item"  # an item of a bulleted or numbered list
    TABLE_CELL = "table_cell"  # one cell of a table; `cell` says where


class Region(str, Enum):
    BODY = "body"
    HEADER = "header"  # running header (DOCX header part, PDF top-margin line)
    FOOTER = "footer"  # running footer (DOCX footer part, PDF bottom-margin line)
    CHROME = "chrome"  # site chrome around a web page's content (nav, banner, footer)


@dataclass(frozen=True, slots=True)
class Cell:
    """Where a table cell sits. `header` is true for a row the format marks as the table's header row."""

    table: int
    row: int
    col: int
    header: bool = False


@dataclass(frozen=True, slots=True)
class Span:
    """Provenance of one piece of text: which block of which document, and where in the source that block sits."""

    document: str
    block: int  # index of the block in its document's block list
    page: int | None = None  # 1-based page, for paged formats
    locator: str = ""  # position in the source ("line 12", "paragraph 31", "table 1 row 2 col 1")
    start: int = 0  # character offsets into the block's text
    end: int = 0

    def as_dict(self) -> dict[str, int | str | None]:
        return {"block": self.block, "page": self.page, "locator": self.locator, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Block:
    kind: Kind
    text: str  # the text as read: line breaks inside the block kept as "\n"
    index: int = 0  # position in the document's block list
    page: int | None = None
    locator: str = ""
    heading_level: int | None = None  # 1 = top, where the format has heading levels
    list_depth: int = 0  # 0 = not nested; 1 = first nesting level, ...
    marker: str | None = None  # list numbering or bullet as the format stores it ("1.", "•"), when known
    ordered: bool = False  # numbered list item
    bold: bool = False  # the whole text is bold / strong
    lead: str | None = None  # a leading bold run when only the start of the text is bold
    region: Region = Region.BODY
    cell: Cell | None = None
    indent: float = 0.0  # left indent in points where the format gives one (PDF x, DOCX w:ind)
    size: float | None = None  # font size in points, where known
    gap_before: bool = False  # vertical space (a blank line) separates it from the block before

    def span(self, document: str, start: int = 0, end: int | None = None) -> Span:
        return Span(
            document=document,
            block=self.index,
            page=self.page,
            locator=self.locator,
            start=start,
            end=len(self.text) if end is None else end,
        )


@dataclass(frozen=True, slots=True)
class ReadResult:
    """What a reader returns: the blocks, the printed title where the format stores one, and reader warnings."""

    blocks: tuple[Block, ...]
    title: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)


def renumber(blocks: list[Block]) -> tuple[Block, ...]:
    """Give blocks their final reading-order index (readers build lists, then renumber once)."""
    from dataclasses import replace

    return tuple(replace(b, index=i) for i, b in enumerate(blocks))
