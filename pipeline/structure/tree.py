"""Blocks to the document tree, built once:

    drop_page_furniture -> to_pieces -> typed_enumerations -> numbered_questions -> flatten_layout_tables
        -> heading_styles -> merge_continuations -> numbered_entries_over_sections -> recurring_sections
        -> style_ranks
        -> assemble (headings nested by rank, lists by depth, tables) -> number

- A heading holds everything up to the next heading of the same or a more prominent rank; where entries are named
  by a bold run into their text ("Achieves Results Builds ..."), the next such name set alike closes the
  sub-headings opened under the one before.
- A list item holds the deeper items right after it; a list right after a paragraph that ends with a colon ("The
  person can:") belongs to that paragraph.
- The cells of one table make one TABLE node (rows, cells; inside a cell a bold short line heads the rest of the
  cell); a table continued after a page break is joined to its first part.
- A line "Label: text" (or "Label – text", or a bold lead-in) is a LABEL node, an item with such a line keeps its
  label apart (`term`, `body`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import groupby

from ..model.blocks import Block, Kind
from ..model.issues import Dropped
from ..model.tree import Node, NodeKind
from ..vocab.text import ends_sentence
from ..vocab.vocabulary import Vocabulary
from .continuations import merge_continuations
from .entry_heads import numbered_entries_over_sections
from .furniture import drop_page_furniture
from .headings import HeadingStyle, cell_heading, heading_shaped, heading_styles, recurring_sections, style_ranks
from .label_lines import split_label
from .pieces import Piece, numbered_questions, to_pieces, typed_enumerations
from .tables import flatten_layout_tables, join_continued_tables, table_node, without_grid_labels

CAPTION_WORDS = 5  # a plain line this short right over a list captions it


@dataclass(frozen=True)
class DocumentTree:
    root: Node
    dropped: tuple[Dropped, ...] = ()


def build_tree(blocks: tuple[Block, ...], document: str, vocab: Vocabulary) -> DocumentTree:
    kept, dropped = drop_page_furniture(blocks, document, vocab)
    pieces = [p for block in kept for p in to_pieces(block, document) if p.text or p.cell is not None]
    pieces = numbered_questions(typed_enumerations(pieces))
    pieces = flatten_layout_tables(pieces)
    styles = heading_styles(pieces)
    pieces, flags = merge_continuations(pieces, [s is not None for s in styles])
    styles = [s if flag else None for s, flag in zip(heading_styles(pieces), flags, strict=True)]
    pieces, styles = numbered_entries_over_sections(pieces, styles)
    styles = recurring_sections(styles, [p.text for p in pieces])
    ranks = style_ranks(styles, [p.text for p in pieces])
    children, more = _assemble(pieces, styles, ranks, document)
    root = number(Node(kind=NodeKind.DOCUMENT, children=tuple(children)))
    return DocumentTree(root=root, dropped=tuple(dropped) + tuple(more))


def number(root: Node) -> Node:
    """The tree with every node's `id` its position in a pre-order walk."""
    counter = iter(range(1 << 30))

    def visit(node: Node) -> Node:
        own = next(counter)
        return replace(node, id=own, children=tuple(visit(child) for child in node.children))

    return visit(root)


# ------------------------------------------------------------------ assembly
@dataclass
class _Open:
    """A node being built: its own node (children not set yet) and its children so far."""

    node: Node
    rank: int = 0  # HEADING: its style's rank; others 0
    children: list[_Open | Node] = field(default_factory=list)

    def close(self) -> Node:
        kids = [child.close() if isinstance(child, _Open) else child for child in self.children]
        return replace(self.node, children=tuple(kids))


def _assemble(
    pieces: list[Piece], styles: list[HeadingStyle | None], ranks: dict[HeadingStyle, int], document: str
) -> tuple[list[Node], list[Dropped]]:
    root = _Open(Node(kind=NodeKind.DOCUMENT))
    headings: list[_Open] = [root]  # the open headings, the root first
    lists: list[tuple[int, _Open]] = []  # the open list items of the current container: (depth, item)
    caption: _Open | None = None  # a paragraph ending with a colon, holding the list after it
    shaped_caption = False  # the caption is a short line in a heading's shape, not one ending with a colon
    first_captioned: Piece | None = None  # the first item it holds: the list it captions is that one's
    entry: Piece | None = None  # the numbered item the caption came after ("1. Integrity: ..." / "Key Behaviors:")
    last_item: Piece | None = None
    numbered: Piece | None = None  # the last numbered item of the container, outside any caption's list
    last_captioned: Piece | None = None  # the last item of the caption's own list
    run_in: tuple[int, Piece] | None = None  # the first entry named by a run-in head, and how many headings were open
    listed_entry: tuple[Piece, _Open] | None = None  # the last numbered item set in a heading, and that heading
    n = 0
    while n < len(pieces):
        piece, style = pieces[n], styles[n]
        if piece.cell is not None:
            table = list(_same_table(pieces, n))
            holder = caption if caption is not None and not caption.children else headings[-1]
            holder.children.append(_table(table))  # a caption over a list is not over the table after it
            n += len(table)
            lists, caption = [], None
            continue
        n += 1
        if style is not None:
            rank = ranks[style]
            while len(headings) > 1 and headings[-1].rank >= rank:
                headings.pop()
            heading = _Open(_heading_node(piece, style, rank), rank=rank)
            headings[-1].children.append(heading)
            headings.append(heading)
            lists, caption = [], None
            continue
        if piece.is_item:
            while lists and lists[-1][0] >= piece.depth:
                lists.pop()
            if not lists and shaped_caption and first_captioned and not _same_list(first_captioned, piece):
                caption = None  # an item of another list after the captioned one (the next numbered entry)
            if not lists and caption is not None and first_captioned and _bold_entry_after(first_captioned, piece):
                caption = None  # "1. The competence to reflect ..." in bold after a caption's bullets: no item of it
            if not lists and caption is not None and first_captioned and _next_entry(entry, first_captioned, piece):
                caption = None  # "2. Integrity: ..." after "1. ...", "Key Behaviors:" and its list: the next entry
            if caption is not None and first_captioned and _counts_on(numbered, first_captioned, piece):
                caption, lists = None, []  # "2. Ethics" after "1. Vision and Planning" and a caption's bullets
            if caption is not None and first_captioned and _leaves_list(first_captioned, last_captioned, piece):
                caption, lists = None, []  # "2. Delivering excellent service" after an overview "1." .. "9."
            if listed_entry is not None and _closes_headings(listed_entry, headings, piece):
                # "2. Client Focus: ..." counting on from "1. Achievement Orientation: ..." after that one's "Level
                # 1" ... "Level 4" headings: the next entry of the list, out of the headings the one before opened
                del headings[headings.index(listed_entry[1]) + 1 :]
                lists, caption = [], None
            item = _Open(_item_node(piece))
            parent = lists[-1][1] if lists else caption or headings[-1]
            if parent is caption and first_captioned is None:
                first_captioned = piece
            if parent is caption:
                last_captioned = piece
            parent.children.append(item)
            lists.append((piece.depth, item))
            last_item = piece
            if piece.ordered and parent is not caption and not any(d < piece.depth for d, _ in lists[:-1]):
                numbered = piece  # the last numbered item outside any caption's list
            if piece.ordered and parent is headings[-1]:
                listed_entry = (piece, headings[-1])
            continue
        if run_in is not None and len(headings) < run_in[0]:
            run_in = None  # the section the run-in heads stood in is closed
        if _run_in_head(piece):
            if run_in is None:
                run_in = (len(headings), piece)
            elif (run_in[1].size, run_in[1].bold) == (piece.size, piece.bold):
                # "Achieves Results Builds ..." set like "Shapes Strategic Thinking Inspires ...": the next entry,
                # which closes the sub-headings opened under the one before ("What this looks like", "Formal ...")
                del headings[run_in[0] :]
        paragraph = _Open(_paragraph_node(piece))
        headings[-1].children.append(paragraph)
        lists = []
        following = pieces[n] if n < len(pieces) else None
        caption = paragraph if _captions(piece, following) else None
        shaped_caption, first_captioned = not piece.text.endswith(":"), None
        entry, last_item = last_item, None
    return _close_all(root, document)


RUN_IN_WORDS = range(2, 9)


def _run_in_head(piece: Piece) -> bool:
    """A paragraph opening with a bold name in title case run into its text, no colon or dash after it ("Achieves
    Results Builds organisational capability, ..."): an entry's name and its description."""
    lead = (piece.lead or "").strip()
    if not lead or lead.endswith((":", ".", "–", "-", "—")) or len(lead.split()) not in RUN_IN_WORDS:
        return False
    rest = piece.text[len(piece.lead or "") :].strip()
    if not rest[:1].isupper() or len(rest.split()) < 6 or piece.is_item or piece.cell is not None:
        return False
    return all(w[:1].isupper() for w in lead.split() if len(w) > 3)


def _next_entry(entry: Piece | None, first: Piece, piece: Piece) -> bool:
    """Is a numbered item the next entry of the list the caption came after: numbered as that one, and less deep
    than the caption's own list?"""
    return (
        entry is not None
        and entry.ordered
        and piece.ordered
        and piece.depth == entry.depth
        and piece.depth < first.depth
    )


def _bold_entry_after(first: Piece, piece: Piece) -> bool:
    """Is an item of another kind than a caption's list (numbered after bullets), as shallow and set in bold, an
    entry of its own after that list?"""
    return piece.bold and piece.ordered != first.ordered and piece.depth <= first.depth


def _counts_on(numbered: Piece | None, first: Piece, piece: Piece) -> bool:
    """Is a numbered item, after a caption's bulleted list, the next of the numbered items before the caption
    ("1. Vision and Planning" ... "Plans include forecasting of:" over bullets ... "2. Ethics")?"""
    if numbered is None or not piece.ordered or first.ordered or piece.depth > numbered.depth:
        return False
    return _follows(numbered, piece) is True


def _leaves_list(first: Piece, last: Piece | None, piece: Piece) -> bool:
    """Is a numbered item, less deep than a caption's numbered list and not counting on from its last item, out of
    that list ("The nine areas are:" over "1." .. "9.", then "2. Delivering excellent service", an entry)?"""
    if last is None or not (piece.ordered and first.ordered) or piece.depth >= first.depth:
        return False
    return _follows(last, piece) is False


def _closes_headings(listed: tuple[Piece, _Open], headings: list[_Open], piece: Piece) -> bool:
    """Does a numbered item count on from the last numbered item set in a heading, that heading still open with
    headings opened inside it since? (Numbering that runs on through the sections of a document, the heading of the
    item before closed, closes nothing.)"""
    before, holder = listed
    return holder in headings[:-1] and piece.ordered and piece.depth == before.depth and _follows(before, piece) is True


def _follows(before: Piece, piece: Piece) -> bool | None:
    """Does the item's number count on from the one before it ("2." after "1.")? None where either has no number."""
    a, b = ITEM_NUMBER.match(before.marker), ITEM_NUMBER.match(piece.marker)
    return None if a is None or b is None else int(b.group(1)) == int(a.group(1)) + 1


ITEM_NUMBER = re.compile(r"^\(?(\d{1,2})[.)]?$")


def _same_list(first: Piece, piece: Piece) -> bool:
    """Is an item at the top of the current list of the same list as `first` (deeper, or as deep and numbered
    alike)?"""
    return piece.depth > first.depth or piece.depth == first.depth and piece.ordered == first.ordered


def _captions(piece: Piece, following: Piece | None) -> bool:
    """Does a paragraph hold the list after it: a line ending with a colon ("The competency requires:"), or a
    short line in the shape of a heading right over the list's first item ("Positive indicators" over its bullets,
    a caption set as plain text)?"""
    if piece.text.endswith(":"):
        return len(piece.text.split()) <= 30
    if piece.text.endswith(("…", "...")) and following is not None and following.is_item:
        return len(piece.text.split()) <= 30  # "I…" over "recognise what ...": a sentence the items finish
    return (
        following is not None
        and following.is_item
        and following.cell == piece.cell
        and len(piece.text.split()) <= CAPTION_WORDS
        and heading_shaped(piece.text)
        and not ends_sentence(piece.text)
    )


def _close_all(root: _Open, document: str) -> tuple[list[Node], list[Dropped]]:
    dropped: list[Dropped] = []

    def join_tables(node: Node) -> Node:
        kids = [join_tables(child) for child in node.children]
        for k, kid in enumerate(kids):
            if kid.kind is NodeKind.TABLE:
                kids[k], labels = without_grid_labels(kid)
                dropped.extend(labels)
        if any(kid.kind is NodeKind.TABLE for kid in kids):
            kids, more = join_continued_tables(kids, document)
            dropped.extend(more)
        return replace(node, children=tuple(kids))

    closed = join_tables(root.close())
    return [_term_and_value(node) for node in closed.children], dropped


def _term_and_value(node: Node) -> Node:
    """A heading ending with a colon whose only content is one short line ("Competency Type:" over
    "Foundational") is a label and its value: one LABEL node."""
    kids = tuple(_term_and_value(child) for child in node.children)
    node = replace(node, children=kids)
    if node.kind is not NodeKind.HEADING or not node.text.endswith(":") or len(kids) != 1:
        return node
    (value,) = kids
    if value.kind is not NodeKind.PARAGRAPH or value.children or len(value.text.split()) > 12:
        return node
    term = node.text.rstrip(":").strip()
    return Node(
        kind=NodeKind.LABEL,
        text=f"{term}: {value.text}",
        term=term,
        body=value.text,
        spans=node.spans + value.spans,
        bold=node.bold,
        page=node.page,
    )


def _same_table(pieces: list[Piece], start: int) -> list[Piece]:
    cell = pieces[start].cell
    table = cell.table if cell else None
    out = []
    for piece in pieces[start:]:
        if piece.cell is None or piece.cell.table != table:
            break
        out.append(piece)
    return out


def _table(pieces: list[Piece]) -> Node:
    rows = []
    for _, row_pieces in groupby(pieces, key=lambda p: p.cell.row if p.cell else 0):
        cells = []
        for col, cell_pieces in groupby(list(row_pieces), key=lambda p: p.cell.col if p.cell else 0):
            content = list(cell_pieces)
            header = any(p.cell is not None and p.cell.header for p in content)
            cells.append((col, _cell_content([p for p in content if p.text]), header))
        rows.append(cells)
    return table_node(rows)


def _cell_content(pieces: list[Piece]) -> tuple[Node, ...]:
    """A cell's pieces as nodes: a bold short line heads what follows it in the cell; items nest by depth."""
    top = _Open(Node(kind=NodeKind.CELL))
    current = top
    lists: list[tuple[int, _Open]] = []
    for piece in pieces:
        if cell_heading(piece) and piece is not pieces[-1]:
            current = _Open(_heading_node(piece, None, 1), rank=1)
            top.children.append(current)
            lists = []
        elif piece.is_item:
            while lists and lists[-1][0] >= piece.depth:
                lists.pop()
            item = _Open(_item_node(piece))
            (lists[-1][1] if lists else current).children.append(item)
            lists.append((piece.depth, item))
        else:
            # (a line of the cell opened by a code, "P2 involve ...", keeps the code: an entry of its own)
            current.children.append(replace(_paragraph_node(piece), marker=piece.marker))
            lists = []
    return top.close().children


# ------------------------------------------------------------------ one node per piece
def _heading_node(piece: Piece, style: HeadingStyle | None, rank: int) -> Node:
    return Node(
        kind=NodeKind.HEADING,
        text=piece.text,
        spans=piece.spans,
        rank=rank,
        style=style.describe() if style else "bold line in a cell",
        bold=piece.bold or piece.kind is Kind.HEADING,
        page=piece.page,
    )


def _item_node(piece: Piece) -> Node:
    labelled = split_label(piece.text, piece.lead)
    return Node(
        kind=NodeKind.ITEM,
        text=piece.text,
        term=labelled[0] if labelled else "",
        body=labelled[1] if labelled else "",
        spans=piece.spans,
        depth=piece.depth,
        marker=piece.marker,
        ordered=piece.ordered,
        bold=piece.bold,
        lead=piece.lead or "",
        page=piece.page,
    )


def _paragraph_node(piece: Piece) -> Node:
    labelled = split_label(piece.text, piece.lead)
    return Node(
        kind=NodeKind.LABEL if labelled else NodeKind.PARAGRAPH,
        text=piece.text,
        term=labelled[0] if labelled else "",
        body=labelled[1] if labelled else "",
        spans=piece.spans,
        bold=piece.bold,
        lead=piece.lead or "",
        page=piece.page,
    )
