"""Tables: one node each, with rows, cells and a header row; a table continued over a page break is one table.

- A layout table (one column, or a single row) only places text on the page: its cells are read as the flow of
  the document (`flatten_layout_tables`), so a heading set in a layout cell still heads what follows it.
- The header row is the one the format marks, or a first row whose cells are all bold.
- A table that goes on after a page break is joined to the part before it; a header row repeated on the new page
  is dropped (listed with the furniture), and a row split by the break is joined again (`join_continued_tables`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model.blocks import Kind
from ..model.issues import Dropped
from ..model.tree import Node, NodeKind
from ..vocab.text import ends_sentence
from .headings import heading_shaped
from .pieces import Piece


def flatten_layout_tables(pieces: list[Piece]) -> list[Piece]:
    """Pieces of layout tables (a single column or a single row) turned into ordinary pieces of the flow."""
    shape: dict[int, tuple[set[int], set[int]]] = {}
    for p in pieces:
        if p.cell is not None and p.text:
            rows, cols = shape.setdefault(p.cell.table, (set(), set()))
            rows.add(p.cell.row)
            cols.add(p.cell.col)
    broken = _broken_off(pieces, shape)
    layout = {
        table for table, (rows, cols) in shape.items() if (len(cols) <= 1 or len(rows) <= 1) and table not in broken
    }
    out = []
    for p in pieces:
        if p.cell is not None and (p.cell.table in layout or p.cell.table not in shape):
            if not p.text:
                continue  # an empty cell of a layout table (or of a table with no text at all)
            p = replace(p, cell=None, kind=Kind.PARAGRAPH if p.kind is Kind.TABLE_CELL else p.kind)
        out.append(p)
    return out


def _broken_off(pieces: list[Piece], shape: dict[int, tuple[set[int], set[int]]]) -> set[int]:
    """Tables of one row that are a page break's share of a table: the last thing on a page with a table as wide
    right after it on the next page (a competency's name row left at the foot of a page), or the first thing on a
    page right after one (the rest of a broken row). Joined to it later, they are no layout tables."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for i, p in enumerate(pieces):
        if p.cell is not None and p.cell.table in shape:
            first.setdefault(p.cell.table, i)
            last[p.cell.table] = i

    def beside(i: int, j: int, step: int) -> bool:
        if not 0 <= j < len(pieces):
            return False
        here, there = pieces[i], pieces[j]
        if there.cell is None or there.cell.table not in shape or there.cell.table == here.cell.table:  # type: ignore[union-attr]
            return False
        if here.page is None or there.page != here.page + step:
            return False
        return max(shape[there.cell.table][1]) == max(shape[here.cell.table][1])  # type: ignore[union-attr]

    return {
        table
        for table, (rows, cols) in shape.items()
        if len(rows) <= 1
        and max(cols) >= 2
        and (beside(last[table], last[table] + 1, 1) or beside(first[table], first[table] - 1, -1))
    }


def table_node(rows: list[list[tuple[int, tuple[Node, ...], bool]]]) -> Node:
    """A TABLE node from its rows, each a list of (column, cell content, marked as header)."""
    header_row = 0 if rows and (any(h for _, _, h in rows[0]) or _bold_row(rows[0]) and len(rows) > 1) else None
    row_nodes = []
    for r, cells in enumerate(rows):
        is_header = r == header_row
        row_nodes.append(
            Node(
                kind=NodeKind.ROW,
                header=is_header,
                children=tuple(
                    Node(kind=NodeKind.CELL, col=col, header=is_header, children=content) for col, content, _ in cells
                ),
            )
        )
    return Node(kind=NodeKind.TABLE, children=tuple(row_nodes), page=_first_page(row_nodes))


def _bold_row(cells: list[tuple[int, tuple[Node, ...], bool]]) -> bool:
    texts = [node for _, content, _ in cells for node in content]
    return bool(texts) and all(node.bold or node.kind is NodeKind.HEADING for node in texts)


def cell_text(cell: Node) -> str:
    return " ".join(node.text for node in cell.walk() if node.text and node is not cell)


def row_texts(row: Node) -> tuple[str, ...]:
    return tuple(cell_text(cell).casefold() for cell in row.children)


def join_continued_tables(children: list[Node], document: str) -> tuple[list[Node], list[Dropped]]:
    """Adjacent tables of one container that are one table broken by a page break, joined."""
    out: list[Node] = []
    dropped: list[Dropped] = []
    for node in children:
        previous = out[-1] if out else None
        if node.kind is NodeKind.TABLE and previous is not None and _continues(previous, node):
            rows = list(node.children)
            # the header row printed again on the new page (marked, or just the same as the table's first row)
            header = next((row for row in previous.children if row.header), previous.children[0])
            prior = list(previous.children)
            if rows and row_texts(rows[0]) == row_texts(header):
                dropped.extend(_dropped_row(rows[0], document))
                rows = rows[1:]
                if not header.header:
                    prior[0] = replace(header, header=True)  # a row repeated on every page is the header
            if (
                rows
                and prior
                and (
                    _split_row(prior[-1], rows[0])
                    or _name_left_behind(prior, rows[0])
                    or _first_cell_goes_on(prior, rows[0])
                )
            ):
                prior[-1] = _join_rows(prior[-1], rows[0])
                rows = rows[1:]
            out[-1] = replace(previous, children=tuple(prior + rows))
            continue
        out.append(node)
    return out, dropped


def _columns(table: Node) -> int:
    return max((cell.col for row in table.children for cell in row.children), default=0)


def _cell(row: Node, col: int) -> Node | None:
    return next((cell for cell in row.children if cell.col == col), None)


def _continues(before: Node, after: Node) -> bool:
    if not before.children or not after.children or _columns(before) != _columns(after):
        return False
    header = next((row for row in before.children if row.header), before.children[0])
    repeated = row_texts(after.children[0]) == row_texts(header)
    if after.children[0].header and not repeated:
        return False  # a header row of its own: a new table on the next page, not the rest of this one
    later_page = (after.page or 0) > (_last_page(before) or 0)
    return repeated or later_page


def _split_row(last: Node, first: Node) -> bool:
    """The first row of the continued part is the same row, broken: its first cell is empty under a filled one,
    or one of its cells goes on with a sentence the cell above it left cut ("... gives regular" / "feedback to
    team members") while another is left empty under a filled one, whatever the first cell holds (a name printed
    low in its cell lands on the new page)."""
    if first.header or not last.children or not first.children:
        return False
    if _empty(first, 1) and not _empty(last, 1):
        return True
    # the empty cell (the level, printed once on the first page) keeps a new row of a table whose lines all start
    # in lower case from being taken for the rest of the one before
    gap = any(_empty(first, cell.col) and not _empty(last, cell.col) for cell in last.children)
    if gap and any(_carries_on(_cell(last, cell.col), cell) for cell in first.children):
        return True
    # a bullet cut at the foot of the page going on as a plain line atop its cell ("Offers help to colleagues when"
    # / "own workload allows"), more bullets after it: the same row, its cells carried on
    return any(_bullet_goes_on(_cell(last, cell.col), cell) for cell in first.children)


def _bullet_goes_on(above: Node | None, below: Node) -> bool:
    return (
        _carries_on(above, below)
        and above is not None
        and above.children[-1].kind is NodeKind.ITEM
        and below.children[0].kind is NodeKind.PARAGRAPH
    )


def _name_left_behind(prior: list[Node], first: Node) -> bool:
    """The name of the last row left alone at the foot of the page, its description and the rest of the row on the
    next: the rows above open their first cell with a bold name over more text, the last row's first cell is that
    bold name alone, and the first row after the break opens its first cell with no name ("Resilience & Composure"
    / "Stays calm and effective when ...")."""
    last = prior[-1]
    above, below = _cell(last, 1), _cell(first, 1)
    if first.header or above is None or below is None or not above.children or not below.children:
        return False
    if not _lone_bold_line(above.children[-1]) or below.children[0].bold or below.children[0].kind is NodeKind.HEADING:
        return False
    named = [c for row in prior[:-1] if not row.header and (c := _cell(row, 1)) is not None and c.children]
    return bool(named) and all(c.children[0].kind is NodeKind.HEADING and c.children[0].children for c in named)


def _first_cell_goes_on(prior: list[Node], first: Node) -> bool:
    """The first row after the break opens its first cell in lower case, going on with the sentence the first cell
    above left cut ("Commitment to providing" / "safe care and to continuously improving ..."), in a table whose
    other rows all open that cell with a capital: the same row, broken, every cell of it carried on."""
    above, below = _cell(prior[-1], 1), _cell(first, 1)
    if first.header or below is None or not _carries_on(above, below):
        return False
    openings = [c.children[0].text for row in prior if not row.header and (c := _cell(row, 1)) and c.children]
    letters = [m.group(0) for t in openings if (m := re.search(r"[^\W\d_]", t))]  # "1. Patient-centered Care": P
    return len(letters) >= 2 and len(letters) == len(openings) and all(c.isupper() for c in letters)


def _empty(row: Node, col: int) -> bool:
    cell = _cell(row, col)
    return cell is None or not cell_text(cell)


def _carries_on(above: Node | None, below: Node) -> bool:
    """Does cell `below` go on with the sentence cell `above` left cut?"""
    return above is not None and bool(below.children) and _cut(above.children[-1:], below.children[0])


def _join_rows(a: Node, b: Node) -> Node:
    """Row `b`'s cells joined to row `a`'s cell of the same column (a cell missing in `a` is taken whole)."""
    cells = {cell.col: cell for cell in a.children}
    for cell in b.children:
        cells[cell.col] = (
            replace(cells[cell.col], children=_join_content(cells[cell.col].children, cell.children))
            if cell.col in cells
            else cell
        )
    return replace(a, children=tuple(cells[col] for col in sorted(cells)))


def _join_content(above: tuple[Node, ...], below: tuple[Node, ...]) -> tuple[Node, ...]:
    """A cell's content broken by a page break: a sentence cut at the break ("... policy and" / "guidelines")
    is one item again."""
    if above and below and above[-1].kind is NodeKind.HEADING and _cut(above[-1].children[-1:], below[0]):
        # a bold name over its text ("3. Quality and Safety" over "Commitment to providing"): the text goes on
        return above[:-1] + (replace(above[-1], children=_join_content(above[-1].children, below)),)
    if above and below and _cut(above[-1:], below[0]):
        last, first = above[-1], below[0]
        joined = replace(
            last,
            text=f"{last.text} {first.text}",
            spans=last.spans + first.spans,
            children=last.children + first.children,
        )
        return above[:-1] + (joined,) + below[1:]
    if above and below and _lone_bold_line(above[-1]):
        # a bold line left alone at the foot of the page ("Workforce Leadership") heads what the cell goes on with
        # on the next page ("Manage and Develop People"), as it would in a cell that no break had cut
        heading = replace(above[-1], kind=NodeKind.HEADING, rank=1, style="bold line in a cell", children=below)
        return above[:-1] + (heading,)
    return above + below


def _cut(last: tuple[Node, ...], first: Node) -> bool:
    """Does `first` go on with the sentence `last` (a node, or none) left cut: it opens in lower case after no
    sentence's end ("... policy and" / "guidelines")."""
    return bool(last) and first.text[:1].islower() and not ends_sentence(last[0].text)


def _lone_bold_line(node: Node) -> bool:
    return node.kind is NodeKind.PARAGRAPH and node.bold and not node.children and heading_shaped(node.text)


def without_grid_labels(table: Node) -> tuple[Node, list[Dropped]]:
    """A spreadsheet published or printed with its grid's labels: a first row of column letters (A, B, C ...) and a
    first column of row numbers (1, 2, 3 ...) are the sheet's, not the table's; the table without them."""
    rows = list(table.children)
    if len(rows) < 3:
        return table, []
    letters = [cell_text(c) for c in rows[0].children if cell_text(c)]
    numbers = [cell_text(row.children[0]) for row in rows[1:] if row.children and cell_text(row.children[0])]
    first_col = min((c.col for row in rows for c in row.children), default=1)
    if len(letters) < 3 or letters != [chr(ord("A") + k) for k in range(len(letters))]:
        return table, []
    if len(numbers) < 2 or numbers != [str(k) for k in range(1, len(numbers) + 1)]:
        return table, []
    grid = [rows[0]] + [c for row in rows[1:] for c in row.children if c.col == first_col]
    dropped = [
        Dropped(n.text, "spreadsheet row and column labels", span)
        for g in grid
        for n in g.walk()
        if n.text
        for span in n.spans[:1]
    ]
    kept = [
        replace(
            row,
            header=False,
            children=tuple(replace(c, col=c.col - 1, header=False) for c in row.children if c.col != first_col),
        )
        for row in rows[1:]
    ]
    return replace(table, children=tuple(kept)), dropped


def _dropped_row(row: Node, document: str) -> list[Dropped]:
    return [
        Dropped(node.text, "table header row repeated on a new page", span)
        for node in row.walk()
        if node.text
        for span in node.spans[:1]
    ]


def _first_page(nodes: list[Node]) -> int | None:
    pages = [n.page for row in nodes for n in row.walk() if n.page is not None]
    return min(pages) if pages else None


def _last_page(table: Node) -> int | None:
    pages = [n.page for n in table.walk() if n.page is not None]
    return max(pages) if pages else None
