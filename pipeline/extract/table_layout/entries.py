"""Tables whose rows are competencies: a "Competency" column beside the fields the header names, names beside
definitions, names merged down a column.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ...model.tree import Label, LevelLabel, Node, NodeKind, Role
from ...structure.label_lines import ENUMERATOR
from ...vocab.text import heading_text
from ...vocab.vocabulary import Vocabulary
from ..scale import is_scale, parse_level
from ..shapes import clauses, is_behaviour, is_question, reads_as_definition, short_phrase
from ..terms import field_word, field_words, section_field
from .cells import (
    COMPETENCY_COLUMN,
    TableLabels,
    cell_nodes,
    cell_text,
    column_name,
    filled_cells,
    mark_structure,
    most,
    name_competency,
)
from .items import cell_items, follow_ups_joined

# a header cell naming a kind of competencies, in the plural ("Core Competencies", "Leadership Capabilities")
KIND_OF_COMPETENCIES = re.compile(r"^\w+(?:\s+\w+)?\s+(?:competencies|capabilities)$", re.I)


# ------------------------------------------------------------------ competencies as rows
# the level a role needs ("Required Proficiency Level", "Target level"), not "the behaviour expected for the level"
REQUIRED_LEVEL = re.compile(r"\b(?:required|target|expected|minimum)\s+(?:[a-z]+\s+)?levels?\b", re.I)


def _column_by_content(rows: list[Node], col: int) -> str | None:
    """The field a column its header does not name holds, by most of its lines: questions are interview questions,
    behaviours ("Shows the ability to ...", under "Description of the behaviour expected for the proficiency
    level") are indicators."""
    texts = [n.text for row in rows for c in row.children if c.col == col for n in cell_nodes(c) if n.text]
    if most(texts, is_question):
        return "interview_questions"
    cells = [
        lines for row in rows for c in row.children if c.col == col if (lines := [n for n in cell_nodes(c) if n.text])
    ]
    if cells and all(clauses(lines) for lines in cells):
        return "indicators"  # "2.1.1 Express ideas ...", "2.1.2 Listen ...": a standard's numbered statements
    if most(texts, lambda t: is_behaviour(t, gerunds=False)):
        return "indicators"
    return None


def _names_only(rows: list[Node]) -> bool:
    """Every filled cell, the header's too, one short name ("Analytical Skills", "Teamwork & Cooperation"), no
    number, no sentence: a grid of the names a document lists, with nothing said of any of them."""
    cells = [c for row in rows for c in row.children if cell_text(c)]
    return all(
        len([n for n in cell_nodes(c) if n.text]) == 1
        and short_phrase(cell_text(c), 5)
        and not cell_text(c).endswith(".")
        and not re.search(r"\d", cell_text(c))
        for c in cells
    )


NAME_WORDS = 10
STATEMENT_NAME_WORDS = 20
DESCRIBED_WORDS = 4
BARE_COMPETENCY = re.compile(r"^(?:competenc(?:y|ies|e|es)|capabilit(?:y|ies)|standards?)\s*:?$", re.I)


MAX_TITLE_ROWS = 3  # rows across a table's top, over its header: a title, a band, a note


def competencies_as_rows(out: TableLabels, rows: list[Node], vocab: Vocabulary) -> bool:
    """A header whose first cell says its column names competencies ("Competency | Indicators", "Competency |
    Description | Interview questions"), or one cell of three or more between columns of other fields ("Positive
    indicators | Personal competencies | Negative indicators"): each body row is one competency, named by the first
    line of its cell in that column (what follows there defines it, and questions under it are its interview
    questions), its other cells the fields their headers name."""
    lead = 0
    while lead + 2 < len(rows) and lead < MAX_TITLE_ROWS and len(filled_cells(rows[lead])) == 1:
        lead += 1
    if lead and _heads_a_column_of_names(rows[lead]):
        # "REQUIRED COMPETENCIES - NURSING" across the table (and a note across it: "Corporate: common competencies
        # for all workers"), over "Competency | Definition": its title
        for row in rows[:lead]:
            mark_structure(out, row, "the table's title")
        rows = rows[lead:]
    header = rows[0] if rows else None
    if header is None or len(rows) < 2 or not header.children or header.children[0].col != 1:
        return False
    naming = [c for c in header.children if COMPETENCY_COLUMN.match(column_name(cell_text(c)))]
    if (
        len(header.children) >= 2
        and all(KIND_OF_COMPETENCIES.match(column_name(cell_text(c))) for c in header.children)
        and not _names_over_lists(rows[1:])
    ):
        return False  # "Core Competencies | Leadership Competencies": each column a cluster's list, no fields
    if _heads_a_column_of_names(header):
        name_col = 1
    elif len(naming) == 1 and len(header.children) >= 3:
        name_col = naming[0].col
    else:
        return False
    name_header = next(c for c in header.children if c.col == name_col)
    # "Competency" over two columns, codes and names ("1.1.S | Designing a new service"): the names are the second's
    code_columns = {c.col for c in header.children if _codes_beside_text(rows, header, c.col)}
    if name_col in code_columns:
        name_col += 1
    fields: dict[int, tuple[str, str]] = {col: (STRUCTURE_COLUMN, "") for col in code_columns}
    if name_col == 1 and all(section_field(cell_text(c), vocab) for c in header.children if cell_text(c)):
        return False  # "Learning Outcomes | Learning Objectives": each column a field, the first no column of names
    if not short_phrase(cell_text(name_header), 5) or any(
        # the first cell said it is a column of names ("Competence Area"): whatever its words, no definition
        reads_as_definition(cell_text(c))
        and c is not name_header
        and not _labels_its_column(cell_text(c))
        or len(cell_text(c).split()) > 14
        for c in header.children
    ):
        return False  # "Competency name | The name used to identify ...": a key to the table's labels

    def name_cell(row: Node) -> Node | None:
        return next((c for c in row.children if c.col == name_col and cell_text(c)), None)

    def other_cells(row: Node) -> tuple[Node, ...]:
        return tuple(c for c in row.children if c.col != name_col)

    examples = [row for row in rows[1:] if (c := name_cell(row)) is not None and _an_example(c)]
    # "Pharmacists must be able to:" across the table, right under the header: a lead-in to every row's list
    lead_ins = [row for row in rows[1:2] if len(filled_cells(row)) == 1 and cell_text(row.children[0]).endswith(":")]
    body = [row for row in rows[1:] if name_cell(row) is not None and row not in examples and row not in lead_ins]
    names = [name_cell(row) for row in body]
    cells = [c for c in names if c is not None]
    # (the header said the column names competencies: a name may be a statement closed by a full stop, "Use
    # effective written communication.", as a standard words its competencies)
    # (a column headed by the bare word, "Competency | Descriptors", may word each as a standard's statement:
    # "3.1 Examines and responds to the range of human and natural contexts in which the program operates", when
    # the cells beside each say what it looks like; beside marks, "E | A/I", such a column lists requirements)
    described = all(any(len(cell_text(c).split()) >= DESCRIBED_WORDS for c in other_cells(row)) for row in body)
    statements = BARE_COMPETENCY.match(cell_text(name_header)) and described or _names_over_lists(body)
    words = STATEMENT_NAME_WORDS if statements else NAME_WORDS
    if not cells or not all(short_phrase(_entry_name(c).rstrip().removesuffix("."), words) for c in cells):
        return False
    if any(_a_list(c) for c in cells):
        return False  # "Effective behaviours | Ineffective behaviours" over bulleted lists: two lists, no names
    if _names_only(rows):
        return False  # "Analytical Skills | Planning & Organising" over more names: a grid of names, no fields
    out.kind = "competencies as rows"
    column_levels: dict[int, LevelLabel] = {}
    for cell in header.children:
        if cell.col == name_col or cell.col + 1 == name_col and cell.col in code_columns:
            continue
        name = heading_text(cell_text(cell))
        if cell.col < name_col and CLUSTER_COLUMN.match(name):
            fields[cell.col] = (STRUCTURE_COLUMN, name)
            continue
        # ("Behavioural Indicators for Residents/MOs": the words name the field, whoever it is for)
        worded = worded if (worded := field_word(name, vocab)) in ("indicators", "interview_questions") else None
        field_name = section_field(name, vocab) or worded or _column_by_content(rows[1:], cell.col) or "notes"
        if field_name == "levels" and parse_level(name, vocab) is None:
            field_name = "indicators"  # "Competency | Descriptors": what each row's competency looks like, no level
        if REQUIRED_LEVEL.search(name):
            field_name = "notes"  # "Required Proficiency Level – Technical Positions": a role's target, no scale
        fields[cell.col + 1 if cell.col in code_columns else cell.col] = (field_name, name)
        level_of_column = _column_level(name, vocab) if field_name in ("indicators", "levels") else None
        if level_of_column is not None:
            column_levels[cell.col] = level_of_column
    if not column_levels:
        column_levels = _columns_for_people(fields) or _columns_opening_with_levels(fields, vocab)
    tags = _level_tags([_tagged_name(c) for c in cells], vocab)
    # "Group and Capability | Level | Behavioural Indicators": the level each row's capability is needed at
    row_levels = None if tags else _levels_down_a_column(header, body, name_col, vocab)
    if row_levels:
        for row in body:
            for cell in (c for c in row.children if c.col == row_levels[0]):
                mark_structure(out, cell, "the row's level")
    current: Node | None = None
    for row in examples:
        mark_structure(out, row, "an example of how to fill the table in")
    for row in lead_ins:
        mark_structure(out, row, "a lead-in to every row's list")
    for row in rows[1:]:
        if row in examples:
            continue
        if row not in body:
            # a row with an empty first cell goes on with the competency above (its cells merged down)
            if current is not None and row.children:
                _row_fields(out, row.children, fields, current.id)
            continue
        named = current = cells[body.index(row)]
        texts = [n for n in cell_nodes(named) if n.text]
        name, level = tags[body.index(row)] if tags else (heading_text(_entry_name(named)), None)
        if row_levels:
            level = row_levels[1].get(row.id)
        out.competencies.append(named.id)
        out.labels[named.id] = Label(
            Role.COMPETENCY,
            ("a row of a table whose first column names competencies",)
            + (("each name tagged with its level",) if level else ()),
            name=name,
            competency=named.id,
        )
        if _grouped_name(named) is not None:
            # "Personal Attributes" in bold over "Manage Self": the capability's group, then its name
            out.labels[texts[0].id] = Label(Role.STRUCTURE, ("the group over the name",), competency=named.id)
            texts = texts[1:]
            out.labels[texts[0].id] = Label(Role.STRUCTURE, ("competency name",), competency=named.id)
        elif texts[0].kind is NodeKind.LABEL and texts[0].term and texts[0].body and level is None:
            # "Grant and contract administration – prepares budgets ...": the name, a dash, what it covers
            out.labels[texts[0].id] = Label(
                Role.DEFINITION, ("the text after the name in its cell",), competency=named.id, text=texts[0].body
            )
        else:
            out.labels[texts[0].id] = Label(Role.STRUCTURE, ("competency name",), competency=named.id)
        for n in texts[1:]:
            if level is not None and n is texts[1] and BRACKETED_TAG.match(n.text.strip()):
                out.labels[n.id] = Label(Role.STRUCTURE, ("the name's level tag",), competency=named.id)
            elif n.kind is NodeKind.ITEM and is_question(n.text):
                out.labels[n.id] = Label(
                    Role.CONTENT,
                    ("a question under the name in its cell",),
                    field="interview_questions",
                    competency=named.id,
                )
            elif n.text.endswith(":") and short_phrase(n.text, 6):
                out.labels[n.id] = Label(Role.STRUCTURE, ("a caption in the name's cell",), competency=named.id)
            else:
                out.labels[n.id] = Label(Role.DEFINITION, ("text under the name in its cell",), competency=named.id)
        if level is not None:
            # the row says what the competency is at that level: its other cells are the level's behaviours; beside
            # a column of levels, a column the header calls a description defines the competency, and one before
            # the names groups them ("Capability group | Capability name | Description | Level")
            for cell in other_cells(row):
                if row_levels and cell.col == row_levels[0]:
                    continue
                if row_levels and fields.get(cell.col, ("", ""))[0] == "definition":
                    for n in cell_nodes(cell):
                        if n.text:
                            out.labels[n.id] = Label(Role.DEFINITION, ("the row's description",), competency=named.id)
                elif row_levels and cell.col < name_col:
                    mark_structure(out, cell, "the group the row's competency belongs to")
                else:
                    cell_items(out, cell, "levels", None, named.id, level, None)
            continue
        for cell in other_cells(row):
            if cell.col in column_levels:
                cell_items(out, cell, "levels", None, named.id, column_levels[cell.col], None)
        _row_fields(out, tuple(c for c in other_cells(row) if c.col not in column_levels), fields, named.id)
    return True


# ------------------------------------------------------------------ names down an unheaded first column
def named_rows(out: TableLabels, rows: list[Node], vocab: Vocabulary) -> bool:
    """A header with its first cell empty over columns of what each row holds ("| Knowledge and Understanding
    (Know it) | Skills (Show it) | Behaviours (Live it)"), and down the first column short names ("Customer",
    "Sales and promotion"): outside any competency, each row is one, its cells its items grouped by their column."""
    if len(rows) < 3:
        return False
    header, *body = rows
    first = next((c for c in header.children if c.col == 1), None)
    heads = {c.col: heading_text(cell_text(c)) for c in header.children if c.col > 1 and cell_text(c)}
    if first is not None and cell_text(first) or len(heads) < 2 or not all(short_phrase(h, 8) for h in heads.values()):
        return False
    names = [next((c for c in row.children if c.col == 1 and cell_text(c)), None) for row in body]
    if any(
        cell is None
        or not short_phrase(cell_text(cell), 5)
        or not cell_text(cell)[:1].isupper()
        or parse_level(cell_text(cell), vocab) is not None
        for cell in names
    ):
        return False
    if not all(any(c.col in heads and cell_text(c) for c in row.children) for row in body):
        return False
    out.kind = "competencies named down an unheaded first column"
    mark_structure(out, header, "column header")
    fields = {col: section_field(h, vocab) or _column_by_content(body, col) or "indicators" for col, h in heads.items()}
    for row, name in zip(body, names, strict=True):
        assert name is not None
        name_competency(out, name, "a row named in a table's unheaded first column")
        for cell in row.children:
            if cell.col in heads:
                cell_items(out, cell, fields[cell.col], heads[cell.col], name.id, None, None)
    return True


def headed_rows(out: TableLabels, rows: list[Node], vocab: Vocabulary) -> bool:
    """Rows, two or more, whose cell in one column opens with a bold line over lists of its own ("Work organization
    and management" over "The individual needs to know and understand:" and its bullets, "... shall be able to:"
    and its bullets), beside a section number and a weighting: outside any competency, each row is one, named by
    that line; its lists are indicators, each lead-in the group of its list where two or more divide them. The other
    cells (numbers, percentages) are structure."""
    headed: list[tuple[Node, Node]] = []  # (the cell, the bold line opening it), one per row that has one
    for row in (row for row in rows if not row.header):
        heads = [
            (cell, first)
            for cell in row.children
            if (first := next((n for n in cell.children if n.text), None)) is not None
            and first.kind is NodeKind.HEADING
            and any(k.kind is NodeKind.ITEM for k in first.children)
            and short_phrase(first.text, 10)
            and parse_level(first.text, vocab) is None
            and section_field(first.text, vocab) is None
        ]
        if len(heads) == 1:
            headed.extend(heads)
    if len(headed) < 2 or len({cell.col for cell, _ in headed}) != 1:
        return False
    out.kind = "rows headed by a bold line"
    for row in rows:
        mark_structure(out, row, "a cell beside the named rows (a number, a weighting)")
    for _, name in headed:
        name_competency(out, name, "a bold line opening a row's cell, over its lists", heading_text(name.text))
        captions = [k for k in name.children if k.kind is NodeKind.PARAGRAPH and k.text.rstrip().endswith(":")]
        group: str | None = None
        for k in name.children:
            if k in captions:
                group = heading_text(k.text) if len(captions) >= 2 else None
                out.labels[k.id] = Label(Role.STRUCTURE, ("a lead-in over the row's list",), competency=name.id)
            elif k.text:
                out.labels[k.id] = Label(
                    Role.CONTENT, ("an item of a row's list",), field="indicators", group=group, competency=name.id
                )
    return True


def defined_rows(out: TableLabels, rows: list[Node], vocab: Vocabulary) -> bool:
    """Rows, two or more, whose first cell opens with a bold name over one paragraph that defines it, beside cells
    holding lists ("Knowledge and Skills | Performance Indicators": "Risk and Control" in bold over "Understanding the
    main risks ...", beside "Banking leaders can demonstrate that they:" and its bullets): outside any competency,
    each row is one, its other cells the fields their headers name."""
    header = rows[0] if rows and rows[0].header else None
    named: list[tuple[Node, Node, Node]] = []  # (row, its name, its definition)
    for row in (row for row in rows if not row.header):
        first = next((c for c in row.children if c.col == 1), None)
        line = next((n for n in first.children if n.text), None) if first is not None else None
        definition = _defined_by(line, vocab, 8) if line is not None else None
        listed = any(n.kind is NodeKind.ITEM for c in row.children if c is not first for n in c.walk())
        if line is None or definition is None or not listed:
            return False
        named.append((row, line, definition))
    if len(named) < 2:
        return False
    out.kind = "rows of a bold name over its definition"
    heads = {c.col: heading_text(cell_text(c)) for c in header.children} if header is not None else {}
    if header is not None:
        mark_structure(out, header, "column header")
    body = [row for row, _, _ in named]
    for row, name, definition in named:
        _name_defined(out, name, definition, "a row")
        for cell in row.children:
            if cell.col != 1:
                head = heads.get(cell.col)
                field = (head and section_field(head, vocab)) or _column_by_content(body, cell.col) or "indicators"
                cell_items(out, cell, field, head, name.id, None, None)
    return True


def defined_cells(out: TableLabels, rows: list[Node], vocab: Vocabulary) -> bool:
    """A grid whose every cell holds a bold name over the one paragraph that defines it (Stanford's one-page grid:
    "Self-Awareness" over "Understands own strengths ...", three to a row under the clusters' header): outside any
    competency, each cell is one."""
    named: list[tuple[Node, Node]] = []  # (the name, its definition)
    places: set[tuple[int, int]] = set()  # (row, column) of each named cell
    for r, row in enumerate(row for row in rows if not row.header):
        for cell in row.children:
            texts = [n for n in cell.children if n.text]
            if not texts:
                continue
            definition = _defined_by(texts[0], vocab, 6) if len(texts) == 1 else None
            if definition is None or definition.children or any(ch.isdigit() for ch in texts[0].text):
                return False  # (a form's numbered fields, "6. Year 1 Developmental Goals", are no names)
            named.append((texts[0], definition))
            places.add((r, cell.col))
    # a grid: names side by side and one under another
    if len(named) < MIN_DEFINED_CELLS or len({r for r, _ in places}) < 2 or len({c for _, c in places}) < 2:
        return False
    out.kind = "cells of a bold name over its definition"
    for row in rows:
        if row.header:
            mark_structure(out, row, "the clusters' header")
    for name, definition in named:
        _name_defined(out, name, definition, "a cell of the grid")
    return True


MIN_DEFINED_CELLS = 3


def _defined_by(line: Node, vocab: Vocabulary, words: int) -> Node | None:
    """The paragraph a bold name in a cell stands over, alone, when it defines the name (six words or more): the
    name a short phrase of `words` at most, no level's and no section's."""
    texts = [k for k in line.children if k.text]
    if line.kind is not NodeKind.HEADING or not short_phrase(line.text, words) or len(texts) != 1:
        return None
    if parse_level(line.text, vocab) is not None or section_field(line.text, vocab) is not None:
        return None
    definition = texts[0]
    return definition if definition.kind is NodeKind.PARAGRAPH and len(definition.text.split()) >= 6 else None


def _name_defined(out: TableLabels, name: Node, definition: Node, where: str) -> None:
    out.labels[definition.id] = Label(
        Role.DEFINITION, (f"the paragraph under the name in {where}",), competency=name.id
    )
    name_competency(out, name, f"a bold name opening {where}, over its definition", heading_text(name.text))


# ------------------------------------------------------------------ competencies as columns
def competencies_as_columns(out: TableLabels, rows: list[Node], vocab: Vocabulary) -> bool:
    """A header of short names ("Direction and Execution | Ethical and Inclusive | Influence") over a row that
    defines each in its column, then rows of what each looks like: one competency per column (a framework printed
    as a grid). The row under the names must define every one of them, or the names may be anything else set side by
    side (the sections of a form, the clusters of a list)."""
    if len(rows) < 3:
        return False
    header, defining, *rest = rows
    names = filled_cells(header)
    if len(names) < 2 or any(not _competency_header(cell_text(c), vocab) for c in names):
        return False
    below = {c.col: c for c in filled_cells(defining)}
    if set(below) != {c.col for c in names} or not all(_defines(below[c.col]) for c in names):
        return False
    out.kind = "competencies as columns"
    for cell in names:
        name_competency(out, cell, "a column header naming a competency, its definition below it")
        for n in cell_nodes(below[cell.col]):
            if n.text:
                out.labels[n.id] = Label(Role.DEFINITION, ("the row under the names",), competency=cell.id)
    owners = {c.col: c.id for c in names}
    for row in rest:
        for cell in filled_cells(row):
            if cell.col in owners:
                field_name = _column_by_content([row], cell.col) or "indicators"
                cell_items(out, cell, field_name, None, owners[cell.col], None, None)
            else:
                mark_structure(out, cell, "a cell outside the named columns")
    return True


def a_plain_name(text: str, vocab: Vocabulary) -> bool:
    """A few words the vocabulary knows as no section, field or level: a header cell that may name a competency."""
    return (
        short_phrase(text, 6)
        and section_field(text, vocab) is None
        and not field_words(text, vocab)
        and parse_level(text, vocab) is None
    )


def names_over_texts(out: TableLabels, rows: list[Node], vocab: Vocabulary) -> bool:
    """A grid of cards: rows of names, each over a row whose cells say what the name above them means and looks like
    ("Respect for Diversity | Integrity | Professionalism" over their texts, then "Accountability | ..." over
    theirs), perhaps with a label for each band of rows in the first column ("Values", "Competencies"). Each name a
    competency; its cell's first paragraph defines it, the rest are its indicators."""
    pairs: list[tuple[list[Node], dict[int, Node]]] = []
    for k in range(0, len(rows), 2):
        names = [c for c in filled_cells(rows[k]) if not _band_label(c, rows[k])]
        texts = {c.col: c for c in filled_cells(rows[k + 1])} if k + 1 < len(rows) else {}
        if not names or not all(_competency_header(cell_text(c), vocab) for c in names):
            return False
        if set(texts) != {c.col for c in names} or not all(_defines_first(texts[c.col]) for c in names):
            return False
        pairs.append((names, texts))
    if len(pairs) < 2 or max(len(names) for names, _ in pairs) < 2:
        return False  # (a name over its text, twice, is a list: one card per row is no grid)
    out.kind = "names over texts"
    for row in rows[::2]:
        for cell in filled_cells(row):
            if _band_label(cell, row):
                mark_structure(out, cell, "a band's label beside its names")
    for names, texts in pairs:
        for cell in names:
            name_competency(out, cell, "a name over the cell that says what it means")
            below = texts[cell.col]
            cell_items(out, below, "indicators", None, cell.id, None, None)
            first = next(n for n in cell_nodes(below) if n.text)
            out.labels[first.id] = Label(Role.DEFINITION, ("the first paragraph under the name",), competency=cell.id)
    return True


def _band_label(cell: Node, row: Node) -> bool:
    """The first column's cell of a row naming several things ("Values" beside "Respect for Diversity | ..."), when
    the other cells are right of it."""
    return cell.col == 1 and len(filled_cells(row)) >= 3


def _defines_first(cell: Node) -> bool:
    """A cell whose first paragraph reads as a definition, more lines after it or none."""
    lines = [n for n in cell_nodes(cell) if n.text]
    return bool(lines) and lines[0].kind is not NodeKind.ITEM and reads_as_definition(lines[0].text)


def _competency_header(text: str, vocab: Vocabulary) -> bool:
    """A header cell naming a competency: a plain capitalised name, not a column of names ("Competency")."""
    name = heading_text(text)
    return a_plain_name(name, vocab) and name[:1].isupper() and not COMPETENCY_COLUMN.match(column_name(name))


def _defines(cell: Node) -> bool:
    """A cell holding one paragraph that reads as a definition (no list)."""
    lines = [n for n in cell_nodes(cell) if n.text]
    return len(lines) == 1 and lines[0].kind is not NodeKind.ITEM and reads_as_definition(lines[0].text)


def _heads_a_column_of_names(row: Node) -> bool:
    """A row whose first cell says its column names competencies ("Competency | Definition"); not one that names
    parts of one ("Element of Competency | Indicators of Attainment": the elements of the competency above)."""
    first = next((c for c in row.children if c.col == 1), None)
    if first is None:
        return False
    name = column_name(cell_text(first))
    return bool(COMPETENCY_COLUMN.match(name)) and not PART_OF.match(name)


PART_OF = re.compile(r"^\w+s?\s+of\s+(?:the\s+)?(?:competenc|capabilit)", re.I)


def _labels_its_column(text: str) -> bool:
    """A header cell that names what its column holds in a few words, no sentence ("Knowledge, understanding and
    proficiency"), though it opens as a definition may; "Interview questions are intended to" says something. A
    label and what it asks ("BEHAVIORS: THIS COMPETENCE CAN BE SEEN THROUGH ...") names its column by the label."""
    label = text.split(":", 1)[0] if re.match(r"^[^:]{1,40}:\s+\S", text) else text
    return short_phrase(label, 5) and not re.search(r"\b(?:is|are|means|involves|refers to|describes)\b", label, re.I)


def _column_level(header: str, vocab: Vocabulary) -> LevelLabel | None:
    """The level a column of behaviours names in brackets ("Behaviours (Level 2: HEO 5 – 7)", "Indicators
    (Intermediate)": a position description quoting each capability at the one level the role needs), labelled as
    printed; None when the brackets hold no level."""
    tagged = BRACKETED_NAME.match(header)
    if tagged is None:
        return None
    printed = tagged["level"].strip()
    # a grade or band after a colon ("Level 2: HEO 5 – 7") notes which roles sit at the level
    level = parse_level(printed.split(":", 1)[0], vocab, header=True)
    return replace(level, label=printed) if level is not None else None


def _entry_name(cell: Node) -> str:
    """The name a cell opens with: its first line, that line's label where it runs on into what the entry
    covers ("Microsoft Excel – builds budget workbooks ..."), or the line under its group ("Personal Attributes"
    in bold over "Manage Self")."""
    grouped = _grouped_name(cell)
    if grouped is not None:
        return grouped.text
    first = next((n for n in cell_nodes(cell) if n.text), None)
    if first is None:
        return ""
    return first.term if first.kind is NodeKind.LABEL and first.term and first.body else first.text


def _grouped_name(cell: Node) -> Node | None:
    """The name under a bold line naming its group, where the cell holds just those two lines."""
    nodes = [n for n in cell_nodes(cell) if n.text]
    if len(nodes) != 2 or nodes[0].kind is not NodeKind.HEADING or nodes[1] not in nodes[0].children:
        return None
    name = nodes[1].text
    return nodes[1] if short_phrase(name, 6) and not name.rstrip().endswith((".", ":")) else None


def _columns_for_people(fields: dict[int, tuple[str, str]]) -> dict[int, LevelLabel]:
    """Columns of behaviours each for other people, the later ones adding to the first ("Behavioural Indicators for
    Residents/MOs | Additional Behavioural Indicators for Associate Consultants/SMOs | ... for Consultants"): the
    grades' levels, in the order printed, labelled as printed."""
    columns = [
        (col, name, m["who"].casefold())
        for col, (field_name, name) in sorted(fields.items())
        if field_name == "indicators" and (m := FOR_PEOPLE.match(name))
    ]
    added = [ADDITIONAL.match(name) is not None for _, name, _ in columns]
    if len(columns) < 2 or len({who for _, _, who in columns}) < len(columns) or added[0] or not all(added[1:]):
        return {}
    return {col: LevelLabel(label=name, order=float(k), numeric=False) for k, (col, name, _) in enumerate(columns, 1)}


def _columns_opening_with_levels(fields: dict[int, tuple[str, str]], vocab: Vocabulary) -> dict[int, LevelLabel]:
    """Columns whose headers each open with a level of one scale ("Entry-Level Professional Nursing Education |
    Advanced-Level Nursing Education"): those levels, labelled as printed, ranked by the scale."""
    columns = []
    for col, (_, name) in sorted(fields.items()):
        m = LEVEL_OPENING.match(name)
        level = parse_level(m["level"], vocab) if m else None
        if level is None:
            return {}
        columns.append((col, name, level.order))
    if len(columns) < 2 or len({order for _, _, order in columns}) < len(columns):
        return {}
    return {col: LevelLabel(label=name, order=order, numeric=False) for col, name, order in columns}


# "Entry-Level Professional Nursing Education": a level's name compounded with "level", then what is at that level
LEVEL_OPENING = re.compile(r"^(?P<level>[A-Z][a-z]+)[- ]level\s+\S", re.I)
FOR_PEOPLE = re.compile(r"^(?:additional\s+)?[\w ]{0,40}?\bfor\s+(?P<who>[A-Z][\w/ ,&-]{1,60})$", re.I)
ADDITIONAL = re.compile(r"^(?:additional|further|more)\b", re.I)


def _levels_down_a_column(
    header: Node, body: list[Node], name_col: int, vocab: Vocabulary
) -> tuple[int, dict[int, LevelLabel]] | None:
    """A column headed "Level" (or "Proficiency level", "Required level") whose every filled cell is a level's
    name: the column and each row's level, by the row's id."""
    for head in header.children:
        if head.col == name_col or not re.fullmatch(r"(?:\w+\s+)?levels?", heading_text(cell_text(head)), re.I):
            continue
        texts = {row.id: cell_text(c) for row in body for c in row.children if c.col == head.col and cell_text(c)}
        levels = {row_id: parse_level(text, vocab) for row_id, text in texts.items()}
        found = {row_id: lv for row_id, lv in levels.items() if lv is not None}
        if len(found) >= 2 and len(found) == len(levels):
            return head.col, found
    return None


EXAMPLE_LABEL = re.compile(r"^(?:example|e\.\s?g\.|for example|sample)$", re.I)


def _an_example(cell: Node) -> bool:
    """A line a form fills in as an example ("Example: Excel, Word")."""
    first = next((n for n in cell_nodes(cell) if n.text), None)
    return first is not None and first.kind is NodeKind.LABEL and bool(EXAMPLE_LABEL.match(first.term.strip()))


def _names_over_lists(rows: list[Node]) -> bool:
    """Rows each giving one phrase in the first cell and a list beside it ("Key Competencies | Enabling
    Competencies": "Practise within legal requirements" beside "1.1.1 Follow ...", "1.1.2 ..."): the phrases
    name competencies, the lists are what each one takes."""
    full = [row for row in rows if len(filled_cells(row)) >= 2]
    return len(full) >= 2 and all(
        len([n for n in cell_nodes(row.children[0]) if n.text]) == 1 and any(_a_list(c) for c in row.children[1:])
        for row in full
    )


def _a_list(cell: Node) -> bool:
    """A cell holding a list and nothing else: two items or more, no line before them to name them."""
    nodes = [n for n in cell_nodes(cell) if n.text]
    return len(nodes) >= 2 and all(n.kind is NodeKind.ITEM for n in nodes)


BRACKETED_TAG = re.compile(r"^\((?P<level>[^()]{2,30})\)$")


BRACKETED_NAME = re.compile(r"^(?P<name>.+?)\s*\((?P<level>[^()]{2,30})\)$")


def _tagged_name(cell: Node) -> str:
    """A name cell's name, with its level tag when the tag stands on the line below ("Taxation" / "(Intermediate)")."""
    texts = [n.text for n in cell_nodes(cell) if n.text]
    if len(texts) >= 2 and BRACKETED_TAG.match(texts[1].strip()):
        return f"{texts[0]} {texts[1].strip()}"
    return texts[0] if texts else ""


def _level_tags(names: list[str], vocab: Vocabulary) -> list[tuple[str, LevelLabel]]:
    """Names that all end with a level's name ("Business analysis Working", "User focus Practitioner": a job
    profile's skills, each tagged with the level the role needs), split into name and level; [] when any does
    not."""
    out = []
    for text in names:
        words = text.split()
        found = None
        tagged = BRACKETED_NAME.match(text)
        if tagged:  # "Taxation (Intermediate)": the level in brackets after the name
            level = parse_level(tagged["level"], vocab)
            if level is not None and level.name is not None and not level.numeric:
                out.append((heading_text(tagged["name"]), level))
                continue
        for k in (2, 1):
            if len(words) > k:
                level = parse_level(" ".join(words[-k:]), vocab)
                if level is not None and level.name is not None and not level.numeric:
                    found = (heading_text(" ".join(words[:-k])), level)
                    break
        if found is None:
            return []
        out.append(found)
    return out if len(out) >= 2 else []


def _codes_beside_text(rows: list[Node], header: Node, col: int) -> bool:
    """Does a header cell stand over a column of codes ("1.1.S", "1.1.1.S") and the column beside it, which has no
    header cell of its own and holds their text?"""
    if any(c.col == col + 1 for c in header.children):
        return False
    codes = [cell_text(c) for row in rows[1:] for c in row.children if c.col == col and cell_text(c)]
    beside = [cell_text(c) for row in rows[1:] for c in row.children if c.col == col + 1 and cell_text(c)]
    return bool(codes) and bool(beside) and all(CELL_CODE.match(t) for t in codes)


# the field of a column that holds no items: codes beside their text, the cluster a name falls under
STRUCTURE_COLUMN = "structure"
# a column before the names sorting them into clusters ("Category", "Cluster", "Domain")
CLUSTER_COLUMN = re.compile(r"^(?:category|categories|cluster|group|domain|family|theme|area)s?$", re.I)
# a code alone in its cell: "1.1.S", "1.1.1.S", "A-5.01", "C12"
CELL_CODE = re.compile(r"^[A-Z0-9]{1,4}(?:[.-][A-Z0-9]{1,4}){0,4}\.?$")


def _row_fields(out: TableLabels, cells: tuple[Node, ...], fields: dict[int, tuple[str, str]], owner: int) -> None:
    shared = Counter(f for f, _ in fields.values())
    for cell in cells:
        field_name, column = fields.get(cell.col, ("notes", ""))
        if field_name == STRUCTURE_COLUMN:
            mark_structure(out, cell, "a column of codes or of the clusters the names fall under")
            continue
        if field_name == "definition":
            for n in cell_nodes(cell):
                if n.text:
                    out.labels[n.id] = Label(Role.DEFINITION, (f"the column {column!r}",), competency=owner)
            continue
        # the column names its items' group where it is a note's, or one of two columns of a field ("Positive
        # indicators" beside "Negative indicators")
        group = column if field_name == "notes" or shared[field_name] >= 2 else None
        cell_items(out, cell, field_name, group, owner, None, None)
    follow_ups_joined(out, cells, fields, owner)


# an outline code: a letter or number, then a number per level below it ("B", "B.6", "B.6.43", "2.1.3")
OUTLINE_CODE = re.compile(r"^(?:[A-Z]{1,3}|\d{1,3})(?:\.\d{1,3})*\.?$")
MIN_CODED_ENTRIES = 2


def outline_coded_rows(out: TableLabels, rows: list[Node]) -> bool:
    """Rows numbered by an outline code in the first column beside one cell of text ("B" Policy ..., "B.6"
    Interpreting regulations, "B.6.43" Assess compliance ...): the codes give the hierarchy. The rows one step above
    the deepest name competencies, the deepest rows under them are their statements (indicators); rows higher up
    name areas above them, no content."""
    body = [row for row in rows if not row.header]
    coded: list[tuple[tuple[str, ...], Node]] = []
    for row in body:
        filled = filled_cells(row)
        if len(filled) != 2 or filled[0].col != 1 or not OUTLINE_CODE.match(cell_text(filled[0])):
            return False
        coded.append((tuple(cell_text(filled[0]).rstrip(".").split(".")), filled[1]))
    seen: set[tuple[str, ...]] = set()
    for code, _ in coded:
        if len(code) > 1 and code[:-1] not in seen:
            return False  # every code below the top sits under one printed before it
        seen.add(code)
    deepest = max((len(code) for code, _ in coded), default=0)
    entries = [cell for code, cell in coded if len(code) == deepest - 1]
    if deepest < 2 or len(entries) < MIN_CODED_ENTRIES:
        return False
    out.kind = "outline-coded rows"
    for row in body:
        mark_structure(out, row.children[0], "an outline code")
    current: Node | None = None
    for code, cell in coded:
        if len(code) == deepest - 1:
            current = cell
            name_competency(out, cell, "a row coded one step above the statements under it")
        elif len(code) == deepest and current is not None:
            cell_items(out, cell, "indicators", None, current.id, None, None)
        else:
            current = None
            mark_structure(out, cell, "an area's row above the competencies")
    return True


# a category's caption in a checklist: a line in capitals closed by a colon ("ASSESSMENT:", "I. VERBALIZES/
# DEMONSTRATES THE NURSING PROCESS:"), on a row of its own or heading the first cell of its first skill
CATEGORY_CAPTION = re.compile(r"^(?:[IVX]{1,4}\.\s+)?(?=[^a-z]*[A-Z]{4})[^a-z:]{3,120}:$")
MIN_CATEGORIES = 2


def checklist_categories(out: TableLabels, rows: list[Node]) -> bool:
    """A checklist of skills down its first column, beside columns to tick or initial, whose categories are
    captions in capitals ("ASSESSMENT:" over "Performs a focused triage assessment ...", "Reassesses pain ..."):
    each category a competency, the skills under it its indicators; a row of one cell in words that is no caption
    ("A. Assessment and Interventions") groups the skills below it."""
    body = [row for row in rows if not row.header]
    firsts = [next((c for c in row.children if c.col == 1), None) for row in body]
    captions = [n for c in firsts if c is not None and (n := _category(c)) is not None]
    if len(captions) < MIN_CATEGORIES:
        return False
    start = next(k for k, c in enumerate(firsts) if c is not None and _category(c) is not None)
    if any(_statement_row(row) for row in body[:start]):
        return False  # skills before the first category: the captions are no categories of them all
    out.kind = "checklist categories"
    wider = any(not _alone(row) for row in body)  # the skills' rows fill the columns beside them
    for row in rows:
        if row.header:
            mark_structure(out, row, "the checklist's header")
    owner: Node | None = None
    group: str | None = None
    for row, first in zip(body, firsts, strict=True):
        for cell in row.children:
            if cell is not first:
                mark_structure(out, cell, "a column to tick or initial")
        if first is None:
            continue
        nodes = [n for n in cell_nodes(first) if n.text]
        caption = _category(first)
        if caption is not None:
            owner, group = caption, None
            out.competencies.append(caption.id)
            out.labels[caption.id] = Label(
                Role.COMPETENCY,
                ("a category's caption in capitals in a checklist",),
                name=heading_text(caption.term or caption.text),
                competency=caption.id,
            )
            nodes = [n for n in nodes if n is not caption]
        elif owner is not None and _alone(row) and wider:
            # "A. Assessment and Interventions for Assigned Patients" with nothing ticked beside it
            group = heading_text(ENUMERATOR.sub("", cell_text(first)))
            mark_structure(out, first, "a row naming the group of the skills below it")
            continue
        for n in nodes:
            if owner is None:
                out.labels[n.id] = Label(Role.STRUCTURE, ("a row before the checklist's first category",))
                continue
            text = ENUMERATOR.sub("", n.text)  # "1. Completes ...", "B. Reports ...": typed numbering
            out.labels[n.id] = Label(
                Role.CONTENT,
                ("a skill of the checklist's category",),
                field="indicators",
                group=group,
                text=text if text != n.text else None,
                competency=owner.id,
            )
    return True


def _category(cell: Node) -> Node | None:
    """The caption heading the cell, alone on its line or as the label of the cell's first skill ("EDUCATION:
    Provides ...": the skill's text is then lost to the caption's line)."""
    nodes = [n for n in cell_nodes(cell) if n.text]
    if not nodes:
        return None
    first = nodes[0]
    caption = f"{first.term}:" if first.kind is NodeKind.LABEL and first.term else first.text.strip()
    return first if CATEGORY_CAPTION.match(caption) else None


def _alone(row: Node) -> bool:
    return len(filled_cells(row)) == 1


def _statement(cell: Node) -> bool:
    text = cell_text(cell)
    return len(text.split()) >= 6 and text[:1].isupper() and not text.isupper()


def _statement_row(row: Node) -> bool:
    return any(c.col == 1 and _statement(c) for c in row.children)


def names_merged_down(out: TableLabels, rows: list[Node]) -> bool:
    """A table of no header whose first column names competencies in cells merged down over the rows of their
    statements ("Purpose" beside four rows of "Be a force for positive change: Suggests ..."): each name a
    competency, the second column's lines its indicators."""
    if not rows or rows[0].header:
        return False
    starts = 0
    for row in rows:
        filled = [c for c in row.children if cell_text(c)]
        cols = sorted(c.col for c in filled)
        if cols == [1, 2]:
            name = cell_text(filled[0])
            if not (short_phrase(name, 5) and name[:1].isupper() and not name.endswith((".", ":"))):
                return False
            starts += 1
        elif cols != [2] or not starts:
            return False
    if starts < 2 or starts == len(rows):
        return False  # a name beside every row is a two-column list, read as such
    out.kind = "competencies named in cells merged down"
    current: Node | None = None
    for row in rows:
        for cell in row.children:
            if cell.col == 1 and cell_text(cell):
                current = cell
                name_competency(out, cell, "a name merged down beside its statements")
            elif cell.col == 2 and current is not None:
                cell_items(out, cell, "indicators", None, current.id, None, None)
    return True


STATED_AT_LENGTH = 12  # words: a definition of that length stating what one does names no mere term


def definition_rows(out: TableLabels, rows: list[Node], vocab: Vocabulary) -> bool:
    """Rows of a name beside its definition ("Oral Communication | Ability to express ideas ..."), at least
    three, perhaps under cluster rows of one cell ("A. BASIC COMMUNICATION"): a dictionary of definitions."""
    pairs = []
    for row in rows:
        cells = [c for c in row.children if cell_text(c)]
        if row.header and len(cells) >= 2:
            if len(cells) != 2 or section_field(cell_text(cells[1]), vocab) != "definition":
                return False  # a header naming its columns otherwise ("Title | Author"): not a dictionary's
            continue
        if len(cells) == 1 and short_phrase(cell_text(cells[0]), 8):
            continue  # a cluster's row
        if len(cells) != 2:
            return False
        name, text = cell_text(cells[0]), cell_text(cells[1])
        if not short_phrase(name, 8) or not name[:1].isupper() or section_field(name, vocab):
            return False
        if not (reads_as_definition(text) or len(text.split()) >= 8):
            return False
        pairs.append(cells)
    # two rows are enough where each name is described by what its holder does, at length ("Deciding and
    # Initiating Action | Takes responsibility for actions, projects and people; shows initiative ...")
    described = len(pairs) == 2 and all(
        len(cell_text(c[1]).split()) >= STATED_AT_LENGTH and is_behaviour(cell_text(c[1]), gerunds=False) for c in pairs
    )
    if len(pairs) < 3 and not described:
        return False
    levels = [lv for cells in pairs if (lv := parse_level(cell_text(cells[0]), vocab)) is not None]
    if len(levels) >= 2 and is_scale(levels, vocab):
        return False  # "Basic | Applies the basic concepts ...": a key to the scale
    out.kind = "names beside definitions"
    for row in rows:
        if not any(row.children[i] is cells[0] for cells in pairs for i in range(len(row.children))):
            mark_structure(out, row, "a cluster row")
    for name_cell, text_cell in pairs:
        name_competency(out, name_cell, "a name beside its definition")
        texts = [n for n in cell_nodes(text_cell) if n.text]
        for k, n in enumerate(texts):
            field = _labelled_statements(n, vocab) if k else None
            if field is not None:
                # "Alternative or additional concepts for consideration: Accepts ...; deals with ...": after the
                # definition, a labelled line of statements is its own field, grouped by its label
                why = f"a labelled line of statements after the definition ({n.term!r})"
                out.labels[n.id] = Label(
                    Role.CONTENT, (why,), field=field, group=n.term, text=n.body, competency=name_cell.id
                )
            else:
                out.labels[n.id] = Label(Role.DEFINITION, ("the cell beside the name",), competency=name_cell.id)
    return True


def _labelled_statements(node: Node, vocab: Vocabulary) -> str | None:
    """The field of a labelled line whose text states what one does: the label's, where the vocabulary knows it
    (no definition), else indicators; None for any other line."""
    if node.kind is not NodeKind.LABEL or not node.term or not node.body or not is_behaviour(node.body):
        return None
    field = section_field(node.term, vocab)
    return None if field == "definition" else field or "indicators"


# ------------------------------------------------------------------ competencies as banner rows
# a banner row's text: a letter or number, then a name ("A Knowledge and understanding", "2. Leadership")
BANNER = re.compile(r"^(?P<code>[A-Z]|\d{1,2})[.)]?\s+(?P<name>[A-Z][^.:;!?]{2,80})$")


def banded_competencies(out: TableLabels, rows: list[Node], owner: int | None) -> bool:
    """A table outside any competency, divided by banner rows: each one cell naming a competency after its letter
    or number ("A Knowledge and understanding", "B Design, development and solving engineering problems") over rows
    of its own statements, the codes counting on. Each banner is a competency; a one-cell "Term: text" row under
    it ("Chartered Engineers shall: Use ...") defines it; the rows after are its indicators, those of a column after
    the first grouped by that column's header ("Examples of evidence")."""
    if owner is not None:
        return False
    banners = {row.id: m for row in rows if (m := _banner(row)) is not None}
    # the codes count on: "A", "B", ... or 1, 2, ... 10 (compared as numbers, not as text)
    codes = [int(m["code"]) if m["code"].isdigit() else ord(m["code"]) for m in banners.values()]
    if len(banners) < 2 or codes != sorted(codes) or len(set(codes)) != len(codes):
        return False
    starts = [i for i, row in enumerate(rows) if row.id in banners]
    if any(b - a < 2 for a, b in zip(starts, [*starts[1:], len(rows)], strict=True)):
        return False  # a banner over nothing: a list of names, not entries
    header = rows[0] if rows and rows[0].header else None
    columns = {c.col: heading_text(cell_text(c)) for c in header.children} if header is not None else {}
    if header is not None and header.children and COMPETENCY_COLUMN.match(column_name(cell_text(header.children[0]))):
        return False  # the first column names the competencies: the banners are their domains
    leads = [cell_text(cells[0]) for row in rows if row.id not in banners and (cells := filled_cells(row))]
    if sum(short_phrase(t, 6) and not is_behaviour(t) for t in leads) * 2 > len(leads):
        return False  # short names down the first column ("Emergency response"): the entries, under domains
    out.kind = "competencies as banner rows"
    for row in rows[: starts[0]]:
        mark_structure(out, row, "the table's header")
    for k, start in enumerate(starts):
        banner = filled_cells(rows[start])[0]
        out.competencies.append(banner.id)
        out.labels[banner.id] = Label(
            Role.COMPETENCY,
            ("a banner row naming a competency over rows of its statements",),
            name=banners[rows[start].id]["name"].strip(),
            competency=banner.id,
        )
        for n in cell_nodes(banner):
            out.labels[n.id] = Label(Role.STRUCTURE, ("competency name",), competency=banner.id)
        end = starts[k + 1] if k + 1 < len(starts) else len(rows)
        for row in rows[start + 1 : end]:
            filled = filled_cells(row)
            lines = [n for c in filled for n in cell_nodes(c) if n.text]
            if len(filled) == 1 and len(lines) == 1 and lines[0].term and lines[0].body:
                out.labels[lines[0].id] = Label(
                    Role.DEFINITION, ("a row saying what the competency is",), text=lines[0].body, competency=banner.id
                )
                continue
            first = min(c.col for c in row.children) if row.children else 1
            for cell in filled:
                group = columns.get(cell.col) if cell.col != first else None
                cell_items(out, cell, "indicators", group, banner.id, None, None)
    return True


def _banner(row: Node) -> re.Match[str] | None:
    filled = filled_cells(row)
    if len(filled) != 1 or row.header:
        return None
    m = BANNER.match(cell_text(filled[0]))
    return m if m is not None and short_phrase(m["name"], 10) and not is_behaviour(m["name"]) else None
