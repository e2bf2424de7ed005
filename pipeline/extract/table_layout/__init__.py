"""What a table holds, from its header row and its first column, and the labels of its cells.

Layouts, tried in this order (rows are read one by one, so one table may hold several, as a skills-framework
table holds "Title | ..." rows above a row of level labels):
- **levels as columns**: a row whose cells are level labels ("Basic Level | Above Expectations Level", "Level 3 |
  Level 4 | Level 5", grade labels "APS 4 | APS 5"): each column below it is one level; a first column of labels
  names groups (themes) of the behaviours in its row, or, when a label cell holds a name and a description,
  a competency of its own (a matrix of competencies by level);
- **levels as rows**: a first column of level labels: each row is one level, the other cells its behaviours,
  grouped by their column's header where there are several; a header row of names outside any competency names
  one competency per column instead (competencies as columns);
- **key and value**: short labels in the first column ("Title", "Description", "Category"): a title names the
  competency the table describes, a description defines it, other labels give notes grouped by the label;
- **readings** (a "Title" column with authors, years, publishers), **items** (a "Course" or "Activity" column:
  one item per row), **grouped columns** (a header of short names: each column's items grouped by its name);
- anything else is read as flow, cell by cell.
Every paragraph or list item of a cell is one item; a bold line inside a cell groups the items after it.

`read_table` tries the layouts in that order; each lives in a module of its own: `cells` (a cell's text, the labels
a reading gives, column names), `items` (a cell's content as items, flow, key and value rows), `forms` (what a form
leaves to fill in, rating forms), `levels` (levels as columns, rows, cells or titles), `titles` (a table titled by
its competency), `entries` (rows that are competencies), `fields` (readings, courses, grouped columns, fields as
columns) and `scales` (scales a document explains in tables, profiles of required levels).
"""

from __future__ import annotations

import re

from ...model.tree import Label, Node, NodeKind, Role
from ...vocab.vocabulary import Vocabulary
from ..terms import section_field
from .cells import TableLabels, cell_nodes, cell_text, mark_structure
from .entries import (
    a_plain_name,
    banded_competencies,
    checklist_categories,
    competencies_as_columns,
    competencies_as_rows,
    defined_cells,
    defined_rows,
    definition_rows,
    headed_rows,
    named_rows,
    names_merged_down,
    names_over_texts,
    outline_coded_rows,
)
from .fields import fields_as_columns, grouped_columns, item_table, key_value, numbered_clauses, readings, row_groups
from .forms import (
    MARKS,
    codes_and_marks,
    rating_form,
    ticked_away,
    without_blank_field,
    without_item_numbers,
    without_mark_columns,
)
from .items import READ_AS_TEXT, read_as_flow
from .level_columns import header_levels, level_header_row, levels_as_columns, score_row, scored_columns
from .level_rows import levels_as_rows
from .levels import holds_levels, labelled_level_rows, level_titled, levels_in_cells
from .scales import document_scales, required_levels, table_key
from .titles import cell_title, column_heads, definition_row, field_header_row, named_in_table, rated, title_row

# a column a reading table has beside its titles ("SAQA US ID | UNIT STANDARD TITLE" cites nothing)
CITATION_COLUMN = re.compile(r"\b(?:authors?|publishers?|year|published|edition|isbn|journal|source|editors?|by)\b")


def _cites(names: list[str]) -> bool:
    """A header naming what a citation gives besides the title, or naming nothing but the title."""
    others = [n for n in names if n and "title" not in n]
    return not others or any(CITATION_COLUMN.search(n) for n in others)


def course_catalogue(table: Node, vocab: Vocabulary) -> bool:
    """A table listing courses, one a row, under a catalogue's header ("Learning product | Code | Format")."""
    rows = [r for r in table.children if r.kind is NodeKind.ROW]
    return len(rows) >= 2 and _course_header(rows[0], vocab)


def _course_header(header: Node, vocab: Vocabulary) -> bool:
    """A header whose first cell names courses, over columns of what a catalogue says of each ("Course code",
    "Duration", "Delivery mode"), or, whatever the first cell says ("Program"), over two such columns or more."""
    heads = [cell_text(c) for c in header.children if cell_text(c)]
    if len(heads) < 2 or section_field(heads[1], vocab):
        return False
    return section_field(heads[0], vocab) == "courses" or sum(bool(COURSE_ATTRIBUTE.match(h)) for h in heads[1:]) >= 2


# what a catalogue says of each course, one column each
COURSE_ATTRIBUTE = re.compile(
    r"^(?:course\s+)?(?:duration|length|delivery(?:\s+(?:mode|method))?|format|mode|provider|code|cost|fees?|dates?"
    r"|credits?|hours|level)\s*:?$",
    re.I,
)


def read_table(
    table: Node,
    vocab: Vocabulary,
    owner: int | None,
    in_field: str | None,
    group: str | None,
    across: bool = False,
    outside: bool = False,
) -> TableLabels:
    """The labels of a table's cells. `across`: a title row across it may name it. `outside`: it stands outside
    every competency the document's headings name, so names down a blank-cornered matrix are competencies."""
    rows = list(table.children)
    out = TableLabels()
    for row in rows:
        if row.header:
            mark_structure(out, row, "header row")
    # a title across the table names it where no heading does, or where it is the competency being read
    titled = owner is not None and bool(rows) and any(c.id == owner for c in rows[0].children)
    named = named_in_table(table, vocab, across or titled)
    if named is not None:
        owner = named.id  # a "Title | ..." row: the table describes that competency, all of it
        if rows and rows[0].children and rows[0].children[0] is named:
            title_row(out, rows[0], named, owner, vocab)  # "Accountability | Code: C001": read the rest as a table
            rows = rows[1:]
            if (
                rows
                and definition_row(rows[0])
                and (
                    level_header_row(rows[1:], vocab) is not None
                    or len(rows) > 1
                    and (field_header_row(rows[1], vocab) or column_heads(rows[1]) or rated(rows[1:]))
                )
            ):
                for n in (n for c in rows[0].children for n in cell_nodes(c) if n.text):
                    out.labels[n.id] = Label(Role.DEFINITION, ("the row under the table's title",), competency=owner)
                rows = rows[1:]
    if codes_and_marks(out, rows) or required_levels(out, rows, owner) or numbered_clauses(out, rows, owner, in_field):
        return out
    marked = rows
    # rows printed as one cell across a table of several columns, before the columns left to fill are set aside
    several = max((len(r.children) for r in marked), default=0) >= 2
    across_rows = {r.id for r in marked if len(r.children) == 1} if several else set()
    rows = without_blank_field(out, without_mark_columns(out, without_item_numbers(out, rows), vocab), vocab)
    if ticked_away(marked, rows) and rating_form(out, rows, vocab, owner, in_field):
        return out
    if banded_competencies(out, rows, owner):
        return out
    if labelled_level_rows(rows, vocab):
        levels_in_cells(out, rows, vocab, owner)
        return out
    scored = score_row(rows)
    if scored is not None:
        scored_columns(out, rows, scored, owner)
        return out
    level_row = level_header_row(rows, vocab)
    if level_row is not None:
        levels_as_columns(out, rows, level_row, vocab, owner, outside)
        return out
    if levels_as_rows(out, rows, vocab, owner):
        return out
    if level_titled(out, rows, vocab, owner):
        return out
    if owner is None and (
        outline_coded_rows(out, rows)
        or checklist_categories(out, rows)
        or names_over_texts(out, rows, vocab)  # (before a first column headed "Values" is read as names)
        or competencies_as_rows(out, rows, vocab)
        or definition_rows(out, rows, vocab)
        or names_merged_down(out, rows)
        or competencies_as_columns(out, rows, vocab)
        or named_rows(out, rows, vocab)
        or headed_rows(out, rows, vocab)
        or defined_rows(out, rows, vocab)
        or defined_cells(out, rows, vocab)
    ):
        return out
    header = rows[0] if rows and (rows[0].header or len(rows) > 1) else None
    names = [cell_text(c).casefold() for c in header.children] if header is not None else []
    if (
        named is None
        and header is not None
        and any("title" in n for n in names)
        and (in_field in ("readings", "resources") or in_field is None and _cites(names))
    ):
        readings(out, rows, header, owner)
        return out
    # "Course | Course code | Duration | Delivery mode" under a competency: a catalogue, one course per row
    catalogue = header is not None and in_field is None and _course_header(header, vocab)
    if catalogue and item_table(out, rows, names, owner, "courses", group):
        return out
    if fields_as_columns(out, rows, vocab, owner, across_rows):
        return out
    if row_groups(out, rows, vocab, owner, in_field):
        return out
    if key_value(out, rows, vocab, owner, in_field):
        return out
    if (
        header is not None
        and in_field not in (None, "levels", "definition")
        and item_table(out, rows, names, owner, in_field, group)
    ):
        return out
    if header is not None and grouped_columns(out, rows, owner, in_field, group):
        return out
    read_as_flow(out, rows, owner, in_field, group)
    return out


__all__ = [
    "MARKS",
    "READ_AS_TEXT",
    "a_plain_name",
    "TableLabels",
    "cell_nodes",
    "cell_text",
    "cell_title",
    "document_scales",
    "header_levels",
    "holds_levels",
    "named_in_table",
    "read_table",
    "table_key",
]
