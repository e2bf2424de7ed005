"""Tables of one field: readings (a "Title" column), items (a "Course" or "Activity" column), grouped columns,
fields as columns, row groups, key and value.
"""

from __future__ import annotations

import re
from collections.abc import Set

from ...model.tree import Label, Node, NodeKind, Role
from ...vocab.text import collapse_whitespace, ends_sentence, heading_text
from ...vocab.vocabulary import Vocabulary
from ..shapes import is_advice, is_behaviour, is_citation, is_course, is_question, short_phrase
from ..terms import LIST_FIELDS, field_word, section_field
from .cells import DESCRIPTION_LABEL, NAME_LABEL, TableLabels, cell_nodes, cell_text, filled_cells, mark_structure, most
from .forms import clause_numbers, labelled_row, numbering_header, rating_to_fill
from .items import cell_items, follow_ups_joined, key_value_rows

ITEM_COLUMN = re.compile(
    r"\b(?:course|title|name|programme|program|activity|workshop|seminar|session|module|tip|question|resource|product)s?\b",
    re.I,
)


# ------------------------------------------------------------------ other layouts
def readings(out: TableLabels, rows: list[Node], header: Node, owner: int | None) -> None:
    out.kind = "readings"
    merged: list[Node] = []
    filled_cols = {c.col for c in header.children if cell_text(c)}
    for row in rows:
        if row is header:
            continue
        filled = [c for c in row.children if cell_text(c)]
        if merged and 0 < len(filled) < len(filled_cols):
            # a row with empty cells continues the row above: a title or an author cell wrapped
            out.labels[row.id] = Label(
                Role.CONTENT,
                ("a wrapped row of a reading table",),
                field="readings",
                competency=owner,
                level_node=merged[-1].id,
            )
            continue
        if filled:
            merged.append(row)
            out.labels[row.id] = Label(Role.CONTENT, ("a row of a reading table",), field="readings", competency=owner)
    for row in rows:
        for n in row.walk():
            if n is not row and n.id not in out.labels:
                out.labels[n.id] = Label(Role.STRUCTURE, ("a cell of a reading table",), competency=owner)


def item_table(
    out: TableLabels, rows: list[Node], names: list[str], owner: int | None, in_field: str | None, group: str | None
) -> bool:
    named = [i for i, n in enumerate(names) if ITEM_COLUMN.search(n)]
    if not named or len(names) < 2 or in_field is None:
        return False
    out.kind = "items"
    wide = sum(len(filled_cells(row)) >= 2 for row in rows[1:])
    row_group = group
    for row in rows[1:]:
        # one item per row, its cells joined as printed ("Crucial Conversations | Classroom | 2 days")
        text = " | ".join(t for c in row.children if (t := cell_text(c)))
        if wide >= 2 and _group_row(row):
            # "Mandatory" alone on its row between rows of courses: the group of the rows below it
            row_group = text
            out.labels[row.id] = Label(Role.STRUCTURE, ("a row naming the group of the rows below",), competency=owner)
        elif text:
            out.labels[row.id] = Label(
                Role.CONTENT, ("a row of an item table",), field=in_field, group=row_group, text=text, competency=owner
            )
        for n in row.walk():
            if n is not row:
                out.labels[n.id] = Label(Role.STRUCTURE, ("a cell of an item table",), competency=owner)
    return True


def _group_row(row: Node) -> bool:
    """A row of one short phrase in its first cell and nothing else: a group's name, not an item."""
    filled = filled_cells(row)
    if len(filled) != 1 or filled[0].col != 1:
        return False
    text = cell_text(filled[0])
    return short_phrase(text, 4) and not ends_sentence(text) and not any(ch.isdigit() for ch in text)


def _field_of_cells(rows: list[Node]) -> str | None:
    """The field a table's body reads as where no heading names one, when that is questions, or advice under
    columns named for ways of learning ("Learning through experience (70%) | Learning through others (20%)" over
    "Volunteer to test ...", "Find a mentor ..."; not "Knowledge | Skills | Attitudes", whatever its mood)."""
    texts = [n.text for row in rows[1:] for c in row.children for n in cell_nodes(c) if n.text]
    if most(texts, is_question):
        return "interview_questions"
    heads = " ".join(cell_text(c) for c in rows[0].children)
    return "activities" if LEARNING_HEAD.search(heads) and most(texts, is_advice) else None


# a column named for a way of learning ("Learning through others (20%)", "On-the-job experience", "Training")
LEARNING_HEAD = re.compile(
    r"\b(?:learn\w*|develop\w*|training|experience|exposure|education|coaching|mentoring)\b|%", re.I
)


def grouped_columns(
    out: TableLabels, rows: list[Node], owner: int | None, in_field: str | None, group: str | None
) -> bool:
    header = rows[0]
    heads = {c.col: cell_text(c) for c in header.children if cell_text(c)}
    if len(rows) < 2 or len(heads) < 2 or not all(short_phrase(h, 8) for h in heads.values()):
        return False
    field_name = in_field if in_field not in (None, "definition") else _field_of_cells(rows) or "indicators"
    out.kind = "grouped columns"
    for cell in header.children:
        mark_structure(out, cell, "column header")
    codes = _code_columns(rows[1:])
    # a checklist's one column of statements beside columns to sign ("Competency / Skill | Method | Date
    # Verified"): its header names the column, it groups nothing
    worded = {col for col in heads if col not in codes}
    sub_group: str | None = None
    for row in rows[1:]:
        filled = [c for c in row.children if cell_text(c)]
        checklist_row = len(worded) == 1 and len(filled) == 1 and _sub_header(cell_text(filled[0]))
        # "General", "Parenteral" on a row of their own across a checklist; "Behaviours that may indicate a need
        # for further development" across every column: the group of the rows below it, in whichever column
        caption_row = len(worded) >= 2 and len(filled) == 1 and len(row.children) == 1 and _caption_across(filled[0])
        if checklist_row or caption_row:
            sub_group = heading_text(cell_text(filled[0]))
            why = (
                "a checklist's row naming the group of the rows below"
                if checklist_row
                else "a row across the columns naming the rows below"
            )
            for n in cell_nodes(filled[0]):
                if n.text:
                    out.labels[n.id] = Label(Role.GROUP, (why,), name=sub_group, competency=owner)
            continue
        for cell in row.children:
            if cell.col in codes:
                mark_structure(out, cell, "a code of a checklist's column (a method, a mark)")
                continue
            column = heading_text(heads.get(cell.col, "")) if len(worded) >= 2 and not sub_group else sub_group
            cell_items(out, cell, field_name, column or group, owner, None, None)
    return True


def _caption_row(cell: Node, columns: int) -> bool:
    """A row of one cell naming the rows below it: a caption across a table of several columns, or, in a column
    of statements, a few words that state nothing ("Learning on the job" over "Hold a one-to-one ...")."""
    if not _caption_across(cell):
        return False
    text = cell_text(cell)
    return columns >= 2 or short_phrase(text, 5) and not is_advice(text) and not is_behaviour(text, gerunds=False)


def _caption_across(cell: Node) -> bool:
    """A cell of one line, a phrase of a dozen words at most with no full stop: a caption, not a statement."""
    lines = [n for n in cell_nodes(cell) if n.text]
    return len(lines) == 1 and short_phrase(lines[0].text, 12) and not ends_sentence(lines[0].text)


def _sub_header(text: str) -> bool:
    """A few words on a row of their own, no statement: a name over the rows below it."""
    return short_phrase(text, 4) and not is_behaviour(text) and text[:1].isupper()


# a code written in a form's column: "D", "V", "D/V", "N/A", "Y", "✓" (no word of three letters)
CODE = re.compile(r"^[\W_]*(?:[A-Za-z]{1,2}|\d{1,2})?(?:[\W_]+(?:[A-Za-z]{1,2}|\d{1,2}))*[\W_]*$")


def _code_columns(rows: list[Node]) -> set[int]:
    """The columns whose filled cells, two or more, all hold a short code rather than words."""
    texts: dict[int, list[str]] = {}
    for row in rows:
        for cell in row.children:
            if text := cell_text(cell).strip():
                texts.setdefault(cell.col, []).append(text)
    return {col for col, found in texts.items() if len(found) >= 2 and all(CODE.match(t) for t in found)}


def fields_as_columns(
    out: TableLabels, rows: list[Node], vocab: Vocabulary, owner: int | None, across_rows: Set[int] = frozenset()
) -> bool:
    """A header naming a field over each column ("Description | Observable behaviours"): each column's cells are
    that field's content. `across_rows`: the rows printed as one cell across the table's columns, some of which
    may have been set aside since (columns left to fill in)."""
    header = rows[0] if rows else None
    if header is None or len(rows) < 2:
        return False
    heads = [c for c in header.children if cell_text(c)]
    fields = {c.col: section_field(cell_text(c), vocab) for c in heads}
    # a first column the header does not name as a field, beside columns it does ("Element | Performance Criteria |
    # Examples of Evidence"): its cells, merged down their rows, group what the rows hold
    group_col = None
    # (two columns, "Key Elements | Behaviours", are row groups: read below)
    if len(heads) >= 3 and fields[heads[0].col] is None and short_phrase(cell_text(heads[0]), 4):
        labels = [c for row in rows[1:] for c in row.children if c.col == heads[0].col and cell_text(c)]
        # each a label in words (not a list, not a mark such as "9 – 10"), beside no definition of its own
        worded = all(
            len([n for n in cell_nodes(c) if n.text]) == 1 and re.search(r"[^\W\d_]{3,}", cell_text(c)) for c in labels
        )
        others = [fields[c.col] for c in heads[1:]]
        if all(others) and "definition" not in others and heads[0].col == min(c.col for c in heads) and worded:
            group_col = heads[0].col
            fields[group_col] = "group"
    # one column is enough when it has rows to hold, items each ("Question" over three questions, its "Notes" left
    # blank), not labelled lines that may head rows of their own ("Core Competency 1: Assesses ...")
    wide = len(heads) >= 2 or len(heads) == 1 and len(rows) >= 3 and not any(labelled_row(r) for r in rows[1:])
    if not wide or not all(fields.values()) or "levels" in fields.values():
        return False
    out.kind = "fields as columns"
    mark_structure(out, header, "a column header naming a field")
    repeated = {f for f in fields.values() if list(fields.values()).count(f) >= 2}
    names = {c.col: heading_text(cell_text(c)) for c in heads}
    first_col = min(c.col for r in rows for c in r.children)
    columns = {col: (field or "notes", names.get(col, "")) for col, field in fields.items()}  # for follow-ups
    row_group: str | None = None
    across: str | None = None  # the caption of a row across the table, grouping the rows below it
    across_field: str | None = None  # the list field that caption names ("Courses and e-learning")
    for row in rows[1:]:
        if rating_to_fill(row):
            mark_structure(out, row, "a rating to fill in")
            continue
        spans = 2 if row.id in across_rows else len(heads)
        # (a row across the table starts in its first column; a lone cell further right stands beside a cell
        # spanned down from a row above: "Learning Outcomes" over several "Learning Objectives")
        lone = len(row.children) == 1 and row.children[0].col == first_col
        if group_col is None and lone and _caption_row(row.children[0], spans):
            # "Learning on the job" across "Activity | Agreed completion date | Completed": its rows' group
            across = heading_text(cell_text(row.children[0]))
            across_field = named if (named := section_field(across, vocab)) in LIST_FIELDS else None
            for n in cell_nodes(row.children[0]):
                if n.text:
                    out.labels[n.id] = Label(
                        Role.GROUP, ("a row across the columns naming the rows below",), name=across, competency=owner
                    )
            continue
        for cell in row.children:
            field_name = fields.get(cell.col) or "notes"
            if across_field is not None and field_name in LIST_FIELDS:
                field_name = across_field  # "Courses and e-learning" over rows of the "Activity" column: courses
            if cell.col == group_col:
                if cell_text(cell):
                    row_group = heading_text(cell_text(cell))
                    for n in cell_nodes(cell):
                        if n.text:
                            out.labels[n.id] = Label(
                                Role.GROUP, ("the first column, grouping its row",), name=row_group, competency=owner
                            )
                continue
            group = names.get(cell.col) if field_name in repeated else across  # "Effective | Ineffective behaviours"
            if group_col is not None:
                group = names.get(cell.col) if field_name == "notes" else row_group
            if field_name == "definition":
                for n in cell_nodes(cell):
                    if n.text:
                        out.labels[n.id] = Label(Role.DEFINITION, ("the column of the definition",), competency=owner)
                continue
            cell_items(out, cell, field_name, group, owner, None, None)
        # "Question | Probing questions | What a good answer will show": the probes are the row's question's
        follow_ups_joined(out, row.children, columns, owner)
    return True


def row_groups(out: TableLabels, rows: list[Node], vocab: Vocabulary, owner: int | None, in_field: str | None) -> bool:
    """Two columns under a header ("Key Elements | Distinguishing Behaviors"): a short label in the first
    column groups the behaviours beside it; the second column's header names their field."""
    filled = [[c for c in row.children if cell_text(c)] for row in rows]
    start = next((i for i, cells in enumerate(filled) if len(cells) >= 2), None)
    if start is None:
        return False
    header, body = (
        rows[start],
        [(row, cells) for row, cells in zip(rows[start + 1 :], filled[start + 1 :], strict=True)],
    )
    heads = [c for c in header.children if cell_text(c)]
    if len(heads) != 2 or len(body) < 2 or not all(short_phrase(cell_text(h), 6) for h in heads):
        return False
    if not all(len(cells) == 2 and short_phrase(cell_text(cells[0]).rstrip("."), 10) for _, cells in body):
        return False
    texts = [n.text for _, cells in body for n in cell_nodes(cells[1]) if n.text]
    named = section_field(cell_text(heads[1]), vocab) or field_word(cell_text(heads[1]), vocab)
    if named == "definition" and sum(1 for t in texts if is_behaviour(t)) * 3 >= len(texts) * 2:
        named = None  # "Skill | Description" over "Reading | Interprets complex technical information ...": statements
    if named in ("definition", "notes", "levels") or not texts:
        return False
    if named is None and sum(1 for t in texts if is_behaviour(t)) * 3 < len(texts) * 2:
        return False
    field_name = named or (in_field if in_field not in (None, "definition", "notes", "levels") else "indicators")
    out.kind = "groups by row"
    for row in rows[: start + 1]:
        mark_structure(out, row, "table title or header")
    for _, (label, value) in body:
        group = heading_text(collapse_whitespace(cell_text(label)))  # "1. Prepare to gather threat data": no number
        mark_structure(out, label, "the row's group")
        # a row whose label names a field of its own ("Education (10%) – formal learning" among activities)
        own = _titles_of(value) if field_name in DEVELOPMENT_FIELDS else None
        cell_items(out, value, own or field_name, group, owner, None, None)
    return True


DEVELOPMENT_FIELDS = ("activities", "courses", "readings", "resources")


def _titles_of(cell: Node) -> str | None:
    """ "courses" or "readings" when most of a cell's lines are courses or citations (the "Education (10%)" row of
    a 70:20:10 table among rows of activities), else None."""
    texts = [n.text for n in cell_nodes(cell) if n.text]
    for kind, shape in (("courses", is_course), ("readings", is_citation)):
        if most(texts, shape):
            return kind
    return None


def key_value(out: TableLabels, rows: list[Node], vocab: Vocabulary, owner: int | None, in_field: str | None) -> bool:
    """Two columns, the first a column of short labels (bold or ending with a colon, or naming a field)."""
    if len(rows) < 2 or any(len([c for c in row.children if cell_text(c)]) > 2 for row in rows):
        return False
    labels = [row.children[0] for row in rows if row.children]

    def looks_like_label(cell: Node) -> bool:
        text = cell_text(cell)
        nodes = [n for n in cell_nodes(cell) if n.text]
        return short_phrase(text, 6) and (
            all(n.bold or n.kind is NodeKind.HEADING for n in nodes)
            or text.endswith(":")
            or section_field(text, vocab) is not None
            or bool(NAME_LABEL.search(text) or DESCRIPTION_LABEL.search(text))
        )

    if sum(looks_like_label(c) for c in labels) < max(2, len(labels) - 1):
        return False
    out.kind = "key and value"
    key_value_rows(out, rows, owner, vocab)
    return True


def numbered_clauses(out: TableLabels, rows: list[Node], owner: int | None, in_field: str | None) -> bool:
    """A standard's clauses set as a table: a first column numbering them "2.1", "2.2", ... (under an empty header
    cell or "No.") beside one column of statements ("Design and operate surveillance systems ..."). Each statement
    is an item of the field in force, or of the indicators (what the holder does), the numbers no content."""
    body = [row for row in rows if not row.header]
    firsts = [c for row in body for c in row.children if c.col == 1]
    if len(firsts) != len(body) or not clause_numbers([cell_text(c) for c in firsts]):
        return False
    if any(len([c for c in row.children if cell_text(c)]) != 2 for row in body) or not numbering_header(rows):
        return False
    out.kind = "numbered clauses"
    field_name = in_field if in_field not in (None, "definition", "notes") else "indicators"
    for row, first in zip(body, firsts, strict=True):
        mark_structure(out, first, "the number of a clause")
        for cell in row.children:
            if cell is not first:
                cell_items(out, cell, field_name, None, owner, None, None)
    return True
