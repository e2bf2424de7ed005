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
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..model.tree import Label, LevelLabel, Node, NodeKind, Role
from ..vocab.text import clean_bullet, collapse_whitespace, ends_sentence, heading_text
from ..vocab.vocabulary import Vocabulary
from .scale import explicit, is_scale, lowest_first, new_scale, numbered_scale, parse_level, with_scales
from .shapes import is_behaviour, is_citation, is_course, is_question, reads_as_definition, short_phrase
from .terms import BY_LEVEL, field_word, field_words, numbered_entry, numbered_title_name, section_field

ITEM_COLUMN = re.compile(
    r"\b(?:course|title|name|programme|program|activity|workshop|seminar|session|module|tip|question|resource)s?\b",
    re.I,
)
# a row label naming the competency the table describes ("Competency", "TSC Title", "Capability name")
NAME_LABEL = re.compile(
    r"^(?:\w+\s+)?(?:competency|competence|capability|skill|behaviou?r|tsc)(?:\s+(?:title|name))?\s*:?$", re.I
)
# a column header saying its cells name competencies ("Competency", "Core Competencies", "Capability area")
COMPETENCY_COLUMN = re.compile(
    r"^(?:\w+\s+){0,2}(?:competenc(?:y|ies|e|es)|capabilit(?:y|ies)|skills?|values?|behaviou?rs?|outcomes?|standards?)"
    r"(?:\s+(?:(?:number|code|no\.?)\s+and\s+)?(?:title|name|area|cluster))?s?\s*:?$",
    re.I,
)
# a header cell naming a kind of competencies, in the plural ("Core Competencies", "Leadership Capabilities")
KIND_OF_COMPETENCIES = re.compile(r"^\w+(?:\s+\w+)?\s+(?:competencies|capabilities)$", re.I)
# a header cell naming its column's text ("Description of the behaviour expected for the proficiency level")
DESCRIBES = re.compile(r"^(?:description|definition|descriptor|behaviou?rs?|indicators?)\b", re.I)
DESCRIPTION_LABEL = re.compile(r"\b(?:description|definition|descriptor)\s*:?$", re.I)


@dataclass
class TableLabels:
    labels: dict[int, Label] = field(default_factory=dict)
    competencies: list[int] = field(default_factory=list)  # nodes the table names competencies with, in order
    kind: str = "flow"


def cell_nodes(cell: Node) -> list[Node]:
    """A cell's content nodes in order (paragraphs, items, headings and what they hold)."""
    return [n for n in cell.walk() if n is not cell]


def cell_text(cell: Node) -> str:
    return collapse_whitespace(" ".join(n.text for n in cell_nodes(cell) if n.text))


def _first_text(cell: Node) -> str:
    return next((n.text for n in cell_nodes(cell) if n.text), "")


def read_table(
    table: Node, vocab: Vocabulary, owner: int | None, in_field: str | None, group: str | None, across: bool = False
) -> TableLabels:
    rows = list(table.children)
    out = TableLabels()
    for row in rows:
        if row.header:
            _mark_structure(out, row, "header row")
    # a title across the table names it where no heading does, or where it is the competency being read
    titled = owner is not None and bool(rows) and any(c.id == owner for c in rows[0].children)
    named = named_in_table(table, vocab, across or titled)
    if named is not None:
        owner = named.id  # a "Title | ..." row: the table describes that competency, all of it
        if rows and rows[0].children and rows[0].children[0] is named:
            _title_row(out, rows[0], named, owner, vocab)  # "Accountability | Code: C001": read the rest as a table
            rows = rows[1:]
            if (
                rows
                and _definition_row(rows[0])
                and (
                    _level_header_row(rows[1:], vocab) is not None
                    or len(rows) > 1
                    and _field_header_row(rows[1], vocab)
                )
            ):
                for n in (n for c in rows[0].children for n in cell_nodes(c) if n.text):
                    out.labels[n.id] = Label(Role.DEFINITION, ("the row under the table's title",), competency=owner)
                rows = rows[1:]
    if _required_levels(out, rows, owner):
        return out
    marked = rows
    rows = without_blank_field(out, without_mark_columns(out, without_item_numbers(out, rows), vocab), vocab)
    if _ticked_away(marked, rows) and _rating_form(out, rows, vocab, owner, in_field):
        return out
    if _labelled_level_rows(rows, vocab):
        _levels_in_cells(out, rows, vocab, owner)
        return out
    level_row = _level_header_row(rows, vocab)
    if level_row is not None:
        _levels_as_columns(out, rows, level_row, vocab, owner)
        return out
    if _levels_as_rows(out, rows, vocab, owner):
        return out
    if _level_titled(out, rows, vocab, owner):
        return out
    if owner is None and (
        _competencies_as_rows(out, rows, vocab) or _definition_rows(out, rows, vocab) or _names_merged_down(out, rows)
    ):
        return out
    header = rows[0] if rows and (rows[0].header or len(rows) > 1) else None
    names = [cell_text(c).casefold() for c in header.children] if header is not None else []
    if (
        named is None
        and header is not None
        and any("title" in n for n in names)
        and in_field in ("readings", "resources", None)
    ):
        _readings(out, rows, header, owner)
        return out
    if _fields_as_columns(out, rows, vocab, owner):
        return out
    if _row_groups(out, rows, vocab, owner, in_field):
        return out
    if _key_value(out, rows, vocab, owner, in_field):
        return out
    if (
        header is not None
        and in_field not in (None, "levels", "definition")
        and _item_table(out, rows, names, owner, in_field, group)
    ):
        return out
    if header is not None and _grouped_columns(out, rows, owner, in_field, group):
        return out
    _flow(out, rows, owner, in_field, group)
    return out


def _required_levels(out: TableLabels, rows: list[Node], owner: int | None) -> bool:
    """A profile of the level each position requires ("Position level | Client Service | Teamwork ..." over
    "Employee | 2 | 2 | 1"): every body cell beside the first column a bare number. It maps levels to roles and
    holds no content of any competency."""
    if not _numbers_beside(rows):
        return False
    out.kind = "required levels"
    for row in rows:
        _mark_structure(out, row, "a profile of the level each position requires")
    return True


def _numbers_beside(rows: list[Node]) -> bool:
    """Is every body cell beside the first column a bare number (at least two rows, four numbers)?"""
    body = [row for row in rows if not row.header]
    numbers = [cell_text(c) for row in body for c in row.children if c.col > 1 and cell_text(c)]
    return len(body) >= 2 and len(numbers) >= 4 and all(re.fullmatch(r"\d{1,2}", t) for t in numbers)


def named_in_table(table: Node, vocab: Vocabulary, across: bool = False) -> Node | None:
    """The cell of a two-cell row whose label names the competency the table describes ("TSC Title | Software
    Testing", "Competency: Teamwork"), or None. `across`: the table stands under no competency's heading, so a
    title across it over a row of level labels names it too ("Patient Care 1: History")."""
    for row in table.children:
        cells = [c for c in row.children if cell_text(c)]
        if len(cells) != 2 or not short_phrase(cell_text(cells[1]), 10):
            continue
        if section_field(cell_text(cells[1]), vocab) or row.header and DESCRIBES.match(cell_text(cells[1])):
            # a header row "Competency | Indicators", "Capability Name | Description of the behaviour expected":
            # the columns' names, not a competency's
            continue
        if NAME_LABEL.search(heading_text(cell_text(cells[0]))):
            return cells[1]
    return _titled_table(table, vocab, across)


def _title_row(out: TableLabels, row: Node, named: Node, owner: int, vocab: Vocabulary) -> None:
    defined = name_over_definition(named, vocab)
    for n in cell_nodes(named):
        if defined is not None and n in defined[1]:
            text = n.body if n.kind is NodeKind.LABEL and n.term else None  # "Definition: ...": its text
            out.labels[n.id] = Label(
                Role.DEFINITION, ("the text under the name in the title cell",), competency=owner, text=text
            )
        else:
            out.labels[n.id] = Label(
                Role.STRUCTURE, ("the competency's name, the table's first row",), competency=owner
            )
    for cell in row.children:
        if cell is named:
            continue
        nodes = [n for n in cell_nodes(cell) if n.text]
        if cell_text(named).endswith(":") and nodes and reads_as_definition(cell_text(cell)):
            for n in nodes:  # "Communication: | Uses written and spoken ...": the name, then what it means
                out.labels[n.id] = Label(Role.DEFINITION, ("the text beside the name",), competency=owner)
            continue
        # "Why it is important:" over its text: the caption groups the note
        captioned = len(nodes) >= 2 and nodes[0].kind is NodeKind.HEADING and short_phrase(nodes[0].text, 8)
        group = heading_text(nodes[0].text) if captioned else None
        for k, n in enumerate(nodes):
            if captioned and k == 0:
                out.labels[n.id] = Label(Role.STRUCTURE, ("a caption beside the table's title",), competency=owner)
                continue
            out.labels[n.id] = Label(
                Role.NOTE, ("a field beside the table's title",), field="notes", group=group, competency=owner
            )


def _one_cell_row(out: TableLabels, row: Node, vocab: Vocabulary, owner: int | None) -> bool:
    """A row of one cell among a table's rows: "Definition: ..." (its field), or a section's name over the rows
    below ("Behavioural Indicators")."""
    cells = [c for c in row.children if cell_text(c)]
    if len(cells) != 1:
        return False
    nodes = [n for n in cell_nodes(cells[0]) if n.text]
    first = nodes[0]
    field_name = section_field(first.term, vocab) if first.term else None
    if field_name == "definition":
        for n in nodes:
            text = n.body if n is first else None
            out.labels[n.id] = Label(Role.DEFINITION, ("a 'Definition:' row",), text=text, competency=owner)
        return True
    if len(nodes) == 1 and section_field(first.text, vocab) is not None and short_phrase(first.text, 6):
        out.labels[first.id] = Label(Role.STRUCTURE, ("a row naming the section below",), competency=owner)
        return True
    return False


RATING_ROW = re.compile(r"^(?:rating|score|assessment|please tick|tick)\b|[☐☑☒□■]", re.I)


def _rated_entry(rows: list[Node], cells: list[Node]) -> bool:
    """A review form's block for one competency: a first row "Name:" beside what it means, then a row to rate it
    (tick boxes, "Rating")."""
    if len(rows) < 2 or len(cells) != 2:
        return False
    name, text = cell_text(cells[0]), cell_text(cells[1])
    if not (name.endswith(":") and short_phrase(name, 6) and name[:1].isupper() and reads_as_definition(text)):
        return False
    return any(RATING_ROW.search(cell_text(c)) for row in rows[1:] for c in row.children)


def _titled_table(table: Node, vocab: Vocabulary, across: bool = False) -> Node | None:
    """A table whose first row is its competency's name ("Accountability | Code: C001") over a "Definition:"
    row or rows of levels: that first cell."""
    rows = list(table.children)
    cells = [c for c in rows[0].children if cell_text(c)] if rows else []
    if _rated_entry(rows, cells):
        return cells[0]  # "Communication: | Uses written and spoken ..." over "Rating | 1 ☐ | 2 ☐ ...": a form's entry
    if len(rows) >= 2 and cells and name_over_definition(cells[0], vocab) is not None:
        if _labelled_level_rows(rows[1:], vocab) or _level_header_row(rows[1:], vocab) is not None:
            return cells[0]  # "Communication – definition" over its text, then "level 1 ..." | "level 2 ..." cells
    if len(rows) < 3:
        return None
    if not cells or len(cells) > 2:
        return None
    name = cell_text(cells[0])
    if across and len(cells) == 1 and _level_header_row(rows[1:], vocab) == 0 and _names_one(name, vocab):
        return cells[0]  # "Patient Care 1: History" across the table, over "Level 1 | Level 2 | ... | Level 5"
    numbered = len(cells) == 1 and numbered_entry(name, vocab)  # "Focus area 1.1 Physical, social and ...", long
    if not (short_phrase(name, 8) or numbered) or not name[:1].isupper() or name.endswith(":"):
        return None
    if section_field(name, vocab) or parse_level(name, vocab) or ":" in name:
        return None
    if LEVEL_COLUMN.fullmatch(heading_text(name)):
        return None  # "Score | Anchor: what the answer sounds like": the header of a column of levels
    if len(cells) == 2 and not re.match(r"^[\w ]{1,20}:\s*\S", cell_text(cells[1])):
        return None  # a second cell that is no "Code: C001" field: a header row of columns
    firsts = [_first_text(row.children[0]) for row in rows[1:] if row.children]
    # "Definition: ..." in one cell, or "Definition" in a label cell beside the text
    defined = any(section_field(t.split(":")[0], vocab) == "definition" for t in firsts if t)
    levels = [lv for t in firsts if (lv := parse_level(t, vocab)) is not None]
    if defined or len(levels) >= 2 and is_scale(levels, vocab):
        return cells[0]
    if len(cells) == 1 and _definition_row(rows[1]) and _level_header_row(rows[2:], vocab) is not None:
        return cells[0]  # "Client and Stakeholder Engagement" / its definition / "Outcome | HEW 1–4 | HEW 5–6 ..."
    if numbered and _level_header_row(rows[1:], vocab) == 0:
        return cells[0]  # "Focus area 1.1 ..." over "Graduate | Proficient | Highly Accomplished | Lead"
    if len(cells) == 1 and _definition_row(rows[1]) and _field_header_row(rows[2], vocab):
        return cells[0]  # "Focusing on Results" / its definition / "Elements | Examples of Effective Behaviours"
    return None


def _names_one(text: str, vocab: Vocabulary) -> bool:
    """A title across a table that can name its competency: a short phrase, no section or level of its own."""
    return (
        short_phrase(text, 12)
        and text[:1].isupper()
        and not text.endswith(":")
        and section_field(text, vocab) is None
        and parse_level(text, vocab) is None
    )


def name_over_definition(cell: Node, vocab: Vocabulary) -> tuple[Node, list[Node]] | None:
    """A cell that opens with a short name line over the paragraphs defining it ("Communication – definition" over
    "This dimension is about ..."): the name's node and the definition's nodes, or None."""
    nodes = [n for n in cell_nodes(cell) if n.text]
    if len(nodes) < 2:
        return None
    name, rest = nodes[0], nodes[1:]
    if not short_phrase(name.text, 8) or not name.text[:1].isupper() or name.text.rstrip().endswith(":"):
        return None
    if section_field(name.text, vocab) or parse_level(name.text, vocab):
        return None
    if rest[0].kind is NodeKind.LABEL and rest[0].term and section_field(rest[0].term, vocab) == "definition":
        # "Communication" over "Definition: Shares information ...": the definition says what it is
        return (name, rest) if all(n.kind in (NodeKind.PARAGRAPH, NodeKind.LABEL) for n in rest) else None
    if any(n.kind is not NodeKind.PARAGRAPH for n in rest) or not reads_as_definition(rest[0].text):
        return None
    return name, rest


def cell_title(cell: Node, vocab: Vocabulary) -> str:
    """The name a cell gives a competency: its first line when a definition follows it in the cell, else all of
    its text."""
    named = name_over_definition(cell, vocab)
    return named[0].text if named is not None else cell_text(cell)


def _field_header_row(row: Node, vocab: Vocabulary) -> bool:
    """A row of two or more short cells, one naming a field ("Elements | Examples of Effective Behaviours")."""
    cells = [cell_text(c) for c in row.children if cell_text(c)]
    return (
        len(cells) >= 2
        and all(short_phrase(c, 6) for c in cells)
        and any(section_field(c, vocab) not in (None, "definition") for c in cells)
    )


def _definition_row(row: Node) -> bool:
    """A row of one cell holding one paragraph that reads as a definition."""
    cells = [c for c in row.children if cell_text(c)]
    nodes = [n for c in cells for n in cell_nodes(c) if n.text]
    return len(cells) == 1 and len(nodes) == 1 and reads_as_definition(nodes[0].text)


# ------------------------------------------------------------------ levels
def level_title(rows: list[Node], vocab: Vocabulary) -> LevelLabel | None:
    """The level a table is about, when its first row is one cell saying so ("Level 2 – EO2/EO1 (or
    equivalent)") over rows of behaviours: one such table per level."""
    if len(rows) < 2:
        return None
    filled = [c for c in rows[0].children if cell_text(c)]
    if len(filled) != 1:
        return None
    level = parse_level(cell_text(filled[0]), vocab)
    if level is None or not explicit(level):
        return None
    texts = [n.text for row in rows[1:] for c in row.children for n in cell_nodes(c) if n.text]
    return level if any(is_behaviour(t) for t in texts) else None


def _level_titled(out: TableLabels, rows: list[Node], vocab: Vocabulary, owner: int | None) -> bool:
    """A table titled by its level: the title row is the level's label, a row of short column headers
    ("Effective behaviours | Ineffective behaviours") groups the behaviours in the cells below it."""
    level = level_title(rows, vocab)
    if level is None:
        return False
    out.kind = "titled by its level"
    title = next(c for c in rows[0].children if cell_text(c))
    out.labels[title.id] = Label(Role.LEVEL, ("a table's title row naming its level",), level=level, competency=owner)
    for n in cell_nodes(title):
        out.labels[n.id] = Label(Role.STRUCTURE, ("the level's title row",), competency=owner)
    names: dict[int, str] = {}
    for row in rows[1:]:
        cells = [c for c in row.children if cell_text(c)]
        if len(cells) >= 2 and all(short_phrase(cell_text(c), 4) and not is_behaviour(cell_text(c)) for c in cells):
            names = {c.col: heading_text(cell_text(c)) for c in cells}  # column headers: the groups below
            _mark_structure(out, row, "the columns' headers")
            continue
        for cell in row.children:
            group = names.get(cell.col) if len(names) >= 2 else None
            _items(out, cell, "levels", group, owner, level, title.id)
    return True


def holds_levels(table: Node, vocab: Vocabulary) -> bool:
    """Does the table lay out levels, with behaviours: a row of level labels, or a first column of them? A table
    of levels and short codes ("Level 1 | G1 - G4") is a key to the scale, not a competency's levels."""
    rows = list(table.children)
    texts = [t for row in rows for c in row.children[1:] if (t := cell_text(c))]
    if texts and all(short_phrase(t, 6) and not is_behaviour(t) for t in texts):
        return False
    if _level_header_row(rows, vocab) is not None or level_title(rows, vocab) is not None:
        return True
    if _labelled_level_rows(rows, vocab):
        return True
    found = [lv for _, lv in _row_levels(rows, vocab) if lv is not None]
    return len(found) >= 2 and (is_scale(found, vocab) or len({lv.order for lv in found}) == len(found))


def _cell_level(cell: Node, vocab: Vocabulary) -> LevelLabel | None:
    """The level a cell's first line names when the cell goes on with that level's text ("level 2" over
    "Communicate with a range of people ..." and its bullets, in one cell)."""
    nodes = [n for n in cell_nodes(cell) if n.text]
    if len(nodes) < 2 or not short_phrase(nodes[0].text, 4):
        return None
    return parse_level(nodes[0].text, vocab)


def _labelled_level_rows(rows: list[Node], vocab: Vocabulary) -> list[Node]:
    """The rows whose every filled cell opens with a level's label over that level's text, when there are two such
    cells or more and their labels form a scale: a table whose label and text share each cell."""
    found: list[Node] = []
    levels: list[LevelLabel] = []
    for row in rows:
        cells = [c for c in row.children if cell_text(c)]
        cell_levels = [_cell_level(c, vocab) for c in cells]
        if cells and all(lv is not None for lv in cell_levels):
            found.append(row)
            levels.extend(lv for lv in cell_levels if lv is not None)
    if len(levels) < 2 or not is_scale(levels, vocab):
        return []
    return found


def _levels_in_cells(out: TableLabels, rows: list[Node], vocab: Vocabulary, owner: int | None) -> None:
    out.kind = "levels labelled inside their cells"
    labelled = _labelled_level_rows(rows, vocab)
    above: dict[int, tuple[LevelLabel, int]] = {}  # column -> the level labelled in the row above, and its cell
    for row in rows:
        if row not in labelled:
            filled = [c for c in row.children if cell_text(c)]
            if len(filled) >= 2 and all(c.col in above for c in filled):
                # "Level 1 ... | Level 5 ..." over rows of behaviours in the same columns: each cell goes on with
                # the level its column's label opened
                for cell in filled:
                    column_level, labelled_cell = above[cell.col]
                    _items(out, cell, "levels", None, owner, column_level, labelled_cell)
                continue
            above = {}
            _key_value_rows(out, [row], owner, vocab)
            continue
        above = {}
        for cell in row.children:
            level = _cell_level(cell, vocab)
            if level is None:
                continue
            above[cell.col] = (level, cell.id)
            out.labels[cell.id] = Label(
                Role.LEVEL, ("a cell opening with a level's label",), level=level, competency=owner
            )
            _items(out, cell, "levels", None, owner, level, cell.id, labelled=True)
            first = next(n for n in cell_nodes(cell) if n.text)
            out.labels[first.id] = Label(
                Role.STRUCTURE, ("the level's label, the cell's first line",), competency=owner
            )


def _level_header_row(rows: list[Node], vocab: Vocabulary) -> int | None:
    for r, row in enumerate(rows[:-1]):
        if _first_column_levels(rows[r:], vocab):
            return None  # "Level 1 | G1 - G4" over "Level 2 | ...": levels down the first column
        if header_levels(row, vocab) or r and _named_levels(rows[r - 1], row):
            return r
    return None


def _first_column_levels(rows: list[Node], vocab: Vocabulary) -> bool:
    firsts = [parse_level(_first_text(row.children[0]), vocab) for row in rows[:3] if row.children]
    found = [lv for lv in firsts if lv is not None]
    return len(found) >= 3 and is_scale(found, vocab)


def _named_levels(above: Node, row: Node) -> dict[int, LevelLabel]:
    """A row of short names under a header cell that says they are levels ("COMPETENCY LEVEL" spanning "GENERAL
    AWARENESS | APPLIED KNOWLEDGE | EXPERT"): each name from that cell's column on is a level, lowest first."""
    heads = [c for c in above.children if short_phrase(cell_text(c), 3) and LEVEL_COLUMN.search(cell_text(c))]
    if not heads or not above.header and not row.header:
        return {}
    start = heads[0].col
    cells = [c for c in row.children if c.col >= start and cell_text(c)]
    if len(cells) < 2 or not all(short_phrase(cell_text(c), 5) for c in cells):
        return {}
    if any(c.col < start and cell_text(c) for c in row.children):
        return {}
    return {
        c.col: LevelLabel(label=_first_text(c), order=float(i), numeric=False) for i, c in enumerate(cells, start=1)
    }


# a grade's code, or codes joined by "/", before a title: the last code's number ranks it
GRADE_TITLE = re.compile(
    r"^(?:(?:[A-Z]{1,3}-)?[A-Z]{1,3}\d{1,2}\s*/\s*)*(?:[A-Z]{1,3}-)?[A-Z]{1,3}(?P<n>\d{1,2})\s+(?=[A-Z][a-z])"
)


def _header_level(text: str, vocab: Vocabulary) -> LevelLabel | None:
    """The level a header cell names; a long one by the words before its first comma or bracket ("Senior manager,
    plus all manager behaviours (Grades F & G)": a senior manager), its label kept whole."""
    level = parse_level(text, vocab, header=True)
    if level is not None:
        return level
    graded = GRADE_TITLE.match(text.strip())
    if graded:
        # "S-E2 Software Engineer", "E0 / S-E1 Apprentice / Junior Software Engineer": a grade's code (its number
        # the rank) before the role's title, the label kept whole
        return LevelLabel(label=text.strip(), order=float(graded["n"]), numeric=True)
    head = re.split(r"[,(;]", text, maxsplit=1)[0].strip()
    if head == text.strip() or not head:
        return None
    level = parse_level(head, vocab, header=True)
    return replace(level, label=text) if level is not None and level.name is not None else None


NUMBERED_NAME = re.compile(r"^(\d{1,2})\s*[–—-]\s*[A-Z]")


def header_levels(row: Node, vocab: Vocabulary, above: Node | None = None) -> dict[int, LevelLabel]:
    """The levels a row of header cells names, by column; {} when it is no row of levels. Cells the vocabulary
    does not know ("Adept" among "Foundational | Intermediate | ... | Advanced") are levels too when at least two
    of the row's cells are known levels in order and the others are short names: they are ordered by column,
    upward or downward as the known ones go."""
    named = _named_levels(above, row) if above is not None else {}
    if named:
        return named
    cells = [c for c in row.children if cell_text(c)]
    parsed = [(c, _header_level(_first_text(c), vocab)) for c in cells]
    found = [lv for _, lv in parsed if lv is not None]
    if len(found) < 2:
        return {}
    if all(NUMBERED_NAME.match(lv.label) for lv in found):
        # "1 – Concern | 3 – Meets expectations | 5 – Exceptional": a cell numbered like the known levels is one,
        # whatever its name
        parsed = [
            (c, lv or (LevelLabel(label=t, order=float(m[1]), numeric=True) if (m := NUMBERED_NAME.match(t)) else None))
            for c, lv in parsed
            for t in [_first_text(c)]
        ]
        found = [lv for _, lv in parsed if lv is not None]
    first = next(i for i, (_, lv) in enumerate(parsed) if lv is not None)
    parsed = parsed[first:]  # cells before the first level head the row labels ("Competency")
    cells = [c for c, _ in parsed]
    if len(found) == len(cells) and (is_scale(found, vocab) or _grade_columns(found)):
        return {c.col: lv for c, lv in parsed if lv is not None}
    if len(found) == len(cells) and _grade_series(found):
        # "APS 1-2 | ... | APS 5-6 | EL 1 | EL 2": a classification ladder running from one family of grades into
        # the next, each family in order; the columns rank them
        return {c.col: replace(lv, order=float(i)) for i, (c, lv) in enumerate(parsed, start=1) if lv is not None}
    if len(found) == len(cells) >= 3 and _names_of_mixed_scales(found):
        # "Entry-level | Intermediate | Advanced | Senior | Staff": every cell a level's name, from more than one
        # of the vocabulary's scales: the columns order them, upward or downward as their places go
        descending = found[0].order > found[-1].order
        return {
            c.col: replace(lv, order=float(len(found) - i if descending else i + 1))
            for i, (c, lv) in enumerate(parsed)
            if lv is not None
        }
    unknown = [c for c, lv in parsed if lv is None]
    if not all(short_phrase(_first_text(c), 3) and _first_text(c)[:1].isupper() for c in unknown):
        return {}
    if len(found) * 2 < len(cells) or not is_scale(found, vocab):
        return {}
    descending = found[0].order > found[-1].order
    n = len(parsed)
    return {
        c.col: LevelLabel(
            label=_first_text(c),
            order=float(n - i if descending else i + 1),
            numeric=False,
            name=lv.name if lv else None,
        )
        for i, (c, lv) in enumerate(parsed)
    }


def _names_of_mixed_scales(levels: list[LevelLabel]) -> bool:
    """Level names, each once, whose places on their scales never go back against the row's direction."""
    orders = [lv.order for lv in levels]
    steps = [b - a for a, b in zip(orders, orders[1:], strict=False)]
    return (
        all(lv.name for lv in levels)
        and len({lv.label.casefold() for lv in levels}) == len(levels)
        and (all(s >= 0 for s in steps) or all(s <= 0 for s in steps))
        and orders[0] != orders[-1]
    )


def _grade_columns(levels: list[LevelLabel]) -> bool:
    """Grades ("EL1 | EL2 | SES B1") are ordered by column if not by number; ranges of grades ("HEW 1–4 | HEW 5–6")
    by their first numbers, rising or falling."""
    if all(lv.numeric for lv in levels):
        return True
    orders = [lv.order for lv in levels]
    plain = all(lv.name is None and lv.letter is None for lv in levels)
    return plain and (orders == sorted(set(orders)) or orders == sorted(set(orders), reverse=True))


GRADE_CODE = re.compile(r"^(?P<code>[A-Za-z]{1,5})\s*[-–]?\s*\d")


def _grade_series(levels: list[LevelLabel]) -> bool:
    """Grades of two families or more, each family's columns side by side and rising left to right ("APS 1-2 |
    APS 3-4 | EL 1 | EL 2")."""
    codes = [m["code"].casefold() if (m := GRADE_CODE.match(lv.label)) else None for lv in levels]
    if None in codes or any(lv.name or lv.letter for lv in levels):
        return False
    runs = [code for k, code in enumerate(codes) if not k or code != codes[k - 1]]
    if len(runs) < 2 or len(set(runs)) != len(runs):
        return False  # one family, or a family split by another
    return all(
        [lv.order for lv, c in zip(levels, codes, strict=True) if c == code]
        == sorted({lv.order for lv, c in zip(levels, codes, strict=True) if c == code})
        for code in runs
    )


ENUMERATED_ROW = re.compile(r"^(?:[a-z]|[A-Z]|\d{1,2})[.)]\s+[A-Z]")


def _levels_as_columns(out: TableLabels, rows: list[Node], r: int, vocab: Vocabulary, owner: int | None) -> None:
    out.kind = "levels as columns"
    header = rows[r]
    columns: dict[int, tuple[Node, LevelLabel]] = {}
    levels = header_levels(header, vocab, rows[r - 1] if r else None)
    for cell in header.children:
        lv = levels.get(cell.col)
        if lv is not None:
            columns[cell.col] = (cell, lv)
            out.labels[cell.id] = Label(
                Role.LEVEL, ("a level label in the header row of a table",), level=lv, competency=owner
            )
            for n in cell_nodes(cell):
                out.labels[n.id] = Label(Role.STRUCTURE, ("level column header",), competency=owner)
        else:
            _mark_structure(out, cell, "header cell of the row labels")
    _key_value_rows(out, rows[:r], owner)
    if owner is None and _named_columns(out, rows, r, columns):
        return
    previous: int | None = None  # the competency of the row above, for rows under a merged name cell
    banner: int | None = None  # the competency a row across the table named, for the rows below it
    # outside any competency, a row label under a header cell calling its column "Competency" names one
    naming_col = next(
        (c.col for c in header.children if c.col not in columns and COMPETENCY_COLUMN.match(column_name(cell_text(c)))),
        None,
    )
    labels = [
        _first_text(c) for row in rows[r + 1 :] for c in row.children[:1] if c.col not in columns and cell_text(c)
    ]
    # row labels lettered or numbered as entries ("a. Knowledge", "b. Standards" under "The teacher:"): each row is a
    # competency of its own, whatever the heading above the table
    numbered = [t for t in labels if ENUMERATED_ROW.match(t)]
    enumerated = len(numbered) >= 2 and len(numbered) * 3 >= len(labels) * 2  # a closing "Overall rating" row
    if enumerated:
        naming_col = min(c.col for row in rows[r + 1 :] for c in row.children[:1])
    for row in rows[r + 1 :]:
        filled = [c for c in row.children if cell_text(c)]
        if len(columns) >= 3 and len(filled) == 2 and filled[0].col not in columns:
            _key_value_rows(out, [row], owner, vocab)  # a row of one label and one wide cell: a note, not a level
            continue
        if filled and all(cell_text(c).endswith(":") and short_phrase(cell_text(c), 10) for c in filled):
            for c in filled:
                _mark_structure(out, c, "a caption row over the levels' lists")  # "At this level you will:"
            continue
        if owner is None and len(columns) >= 2 and _banner(row, filled):
            # a row of one cell across the table ("Strand 2.1 Safety and security of learners") over the rows of
            # levels: it names the competency they describe
            name_cell = filled[0]
            banner = name_cell.id
            out.competencies.append(banner)
            text = cell_text(name_cell)
            name = numbered_title_name(text, vocab) or heading_text(text)
            out.labels[name_cell.id] = Label(
                Role.COMPETENCY, ("a row across the levels' columns naming them",), name=name, competency=banner
            )
            _mark_structure(out, name_cell, "competency name")
            continue
        first_col = min((c.col for c in filled), default=0)
        merged = previous is not None and first_col > 1 and first_col not in columns
        row_owner, row_group = (previous if merged else banner if banner is not None else owner), None
        for cell in row.children:
            if cell.col in columns:
                continue
            texts = [n for n in cell_nodes(cell) if n.text]
            if len(texts) >= 2 and short_phrase(texts[0].text, 8) and reads_as_definition(texts[1].text):
                row_owner = cell.id  # a matrix: this row is a competency of its own
                out.competencies.append(cell.id)
                out.labels[cell.id] = Label(
                    Role.COMPETENCY,
                    ("a row label with a name and a description",),
                    name=heading_text(texts[0].text),
                    competency=cell.id,
                )
                out.labels[texts[0].id] = Label(Role.STRUCTURE, ("competency name",), competency=cell.id)
                for n in texts[1:]:
                    out.labels[n.id] = Label(Role.DEFINITION, ("description under the row's name",), competency=cell.id)
            elif (
                texts
                and (owner is None or enumerated and ENUMERATED_ROW.match(texts[0].text))
                and cell.col == naming_col
                and short_phrase(texts[0].text, 8)
            ):
                row_owner = cell.id
                out.competencies.append(cell.id)
                out.labels[cell.id] = Label(
                    Role.COMPETENCY,
                    ("a row label in the column the header calls a competency",),
                    name=heading_text(" ".join(n.text for n in texts)),
                    competency=cell.id,
                )
                for n in texts:
                    out.labels[n.id] = Label(Role.STRUCTURE, ("competency name",), competency=cell.id)
            elif texts:
                row_group = heading_text(" ".join(n.text for n in texts))
                for n in texts:
                    out.labels[n.id] = Label(
                        Role.GROUP, ("row label of a levels table",), name=row_group, competency=row_owner
                    )
        if row_owner != owner:
            previous = row_owner
        for cell in row.children:
            if cell.col in columns:
                level_cell, lv = columns[cell.col]
                _items(out, cell, "levels", row_group, row_owner, lv, level_cell.id)


def _banner(row: Node, filled: list[Node]) -> bool:
    """A row whose one cell runs across the table and holds a short name, not a level's text."""
    if len(filled) != 1 or len([c for c in row.children if c.kind is NodeKind.CELL]) > 1:
        return False
    nodes = [n for n in cell_nodes(filled[0]) if n.text]
    return len(nodes) == 1 and short_phrase(nodes[0].text, 12) and nodes[0].text[:1].isupper()


def _named_columns(out: TableLabels, rows: list[Node], r: int, columns: dict[int, tuple[Node, LevelLabel]]) -> bool:
    """Level columns beside a column the header calls "Competency" and one it calls "Description": each row
    whose name cell is filled starts a competency (the description its definition), rows with an empty name cell
    go on with it, and a name row with no level text at all is a cluster's row ("1. Design Competencies")."""
    header = rows[r]
    names = {c.col: cell_text(c) for c in header.children if c.col not in columns}
    name_col = next((col for col, t in names.items() if COMPETENCY_COLUMN.match(column_name(t))), None)
    if name_col is None:
        return False
    desc_col = next((col for col, t in names.items() if DESCRIPTION_LABEL.search(t.strip())), None)
    if desc_col is None:
        return False  # a name with its description in one cell is read row by row (a matrix)
    out.kind = "competencies as rows, levels as columns"
    current: int | None = None
    for row in rows[r + 1 :]:
        cells = {c.col: c for c in row.children}
        name_cell = cells.get(name_col)
        name = cell_text(name_cell) if name_cell is not None else ""
        level_text = any(cell_text(c) for c in row.children if c.col in columns)
        desc_cell = cells.get(desc_col) if desc_col is not None else None
        if name and not level_text and not (desc_cell is not None and cell_text(desc_cell)):
            _mark_structure(out, row, "a cluster's row among the competencies")
            current = None
            continue
        if name and name_cell is not None:
            current = name_cell.id
            out.competencies.append(name_cell.id)
            out.labels[name_cell.id] = Label(
                Role.COMPETENCY,
                ("a row's cell in the column the header calls a competency",),
                name=heading_text(clean_bullet(name)),
                competency=current,
            )
            _mark_structure(out, name_cell, "competency name")
        for cell in row.children:
            if cell.col in columns and current is not None:
                level_cell, lv = columns[cell.col]
                _items(out, cell, "levels", None, current, lv, level_cell.id)
            elif cell.col == desc_col and current is not None:
                for n in cell_nodes(cell):
                    if n.text:
                        out.labels[n.id] = Label(Role.DEFINITION, ("the description column",), competency=current)
            elif cell.col != name_col:
                _mark_structure(out, cell, "a column beside the competencies (an area, a code)")
    return True


# a first column's header that says its rows are levels; "Occupational role": the roles a behaviour is described for
LEVEL_COLUMN = re.compile(r"\b(?:level|proficiency|grade|band|stage|tier|rating|score|role)s?\b", re.I)


def _row_levels(rows: list[Node], vocab: Vocabulary) -> list[tuple[Node, LevelLabel | None]]:
    """Each body row with the level its first cell names. Under a first-column header that says so ("Level"),
    every short first cell is a level, ordered by print order (upward or downward as the names the vocabulary
    knows go), so a scale of unknown names ("Adept", "Highly Advanced") is read too."""
    body = [row for row in rows if not row.header and row.children]
    labelled = [(row, parse_level(_first_text(row.children[0]), vocab)) for row in body]
    header = next((row for row in rows if row.header and row.children), None)
    named = header is not None and LEVEL_COLUMN.search(column_name(cell_text(header.children[0])))
    firsts = [cell_text(row.children[0]) if row.children[0].col == 1 else "" for row in body]
    if named and _counted_titles(firsts):
        # "1. Responds to Client Requests", "2. Takes Personal Responsibility for Client Needs": each level titled,
        # counted by its number
        return [
            (row, LevelLabel(label=text, order=float(int(text.split(".")[0])), numeric=True) if text else None)
            for row, text in zip(body, firsts, strict=True)
        ]
    if not named or not all(short_phrase(t, 5) for t in firsts if t) or sum(1 for t in firsts if t) < 2:
        return labelled
    known = [(i, lv) for i, (_, lv) in enumerate(labelled) if lv is not None]
    descending = len(known) >= 2 and known[0][1].order > known[-1][1].order
    out: list[tuple[Node, LevelLabel | None]] = []
    position = 0
    named_beside = _name_column(body)
    for (row, lv), text in zip(labelled, firsts, strict=True):
        if not text:
            out.append((row, None))
            continue
        position += 1
        order = float(-position if descending else position)
        if named_beside is not None:
            # "1 | Applies | ...": the number ranks, the name beside it is the label
            name = next(cell_text(c) for c in row.children if c.col == named_beside)
            out.append((row, LevelLabel(label=name, order=float(int(text)), numeric=False)))
            continue
        out.append((row, LevelLabel(label=text, order=order, numeric=False, name=lv.name if lv else None)))
    return out


COUNTED_TITLE = re.compile(r"^(\d{1,2})\.\s+[A-Z]")


def _counted_titles(texts: list[str]) -> bool:
    """First cells that each open with the level's number, counting 1, 2, 3 ... ("1. Responds to Requests")."""
    matches = [COUNTED_TITLE.match(t) for t in texts if t]
    numbers = [int(m.group(1)) for m in matches if m]
    return len(numbers) == len(matches) and numbered_scale(numbers) and all(short_phrase(t, 10) for t in texts if t)


LEVEL_NAME_HEADER = re.compile(r"^(?:level\s+)?(?:title|name|role|job title|position|stage|grade)s?$", re.I)


def _name_column(body: list[Node], second_header: str = "") -> int | None:
    """The column of level names beside a column of bare numbers (Level | Stage | What it looks like), or beside
    level labels under a header naming them (Level | Title | Expectations: "Level 2 | Senior Engineer | ...")."""
    if not body:
        return None
    numbers = all(re.fullmatch(r"\d{1,2}", _first_text(row.children[0])) for row in body if row.children)
    if not numbers and not LEVEL_NAME_HEADER.match(second_header.strip()):
        return None
    seconds = [next((c for c in row.children if c.col == 2), None) for row in body]
    if all(c is not None and short_phrase(cell_text(c), 3 if numbers else 4) for c in seconds) and any(
        len(row.children) >= 3 for row in body
    ):
        return 2
    return None


def _levels_as_rows(out: TableLabels, rows: list[Node], vocab: Vocabulary, owner: int | None) -> bool:
    labelled = _row_levels(rows, vocab)
    found = [(row, lv) for row, lv in labelled if lv is not None]
    if len(found) < 2 or not (
        is_scale([lv for _, lv in found], vocab) or len({lv.order for _, lv in found}) == len(found)
    ):
        return False
    out.kind = "levels as rows"
    header = next((row for row in rows if row.header), None)
    second = next((cell_text(c) for c in header.children if c.col == 2), "") if header is not None else ""
    name_col = _name_column([row for row, _ in found], second) if header is not None else None
    content_cols = {c.col for row, _ in found for c in row.children[1:] if cell_text(c) and c.col != name_col}
    names = {c.col: heading_text(cell_text(c)) for c in header.children} if header is not None else {}
    by_column = (
        header is not None
        and owner is None
        and len(content_cols) >= 2
        and all(
            names.get(col)
            and short_phrase(names[col], 8)
            and not section_field(names[col], vocab)
            and not field_words(names[col], vocab)  # "Description of the skill at this level": an aspect of it
            for col in content_cols
        )
    )
    column_owner: dict[int, int] = {}
    if by_column and header is not None:
        out.kind = "competencies as columns, levels as rows"
        for cell in header.children:
            if cell.col in content_cols:
                column_owner[cell.col] = cell.id
                out.competencies.append(cell.id)
                out.labels[cell.id] = Label(
                    Role.COMPETENCY, ("a column header naming a competency",), name=names[cell.col], competency=cell.id
                )
    titled: tuple[LevelLabel, Node] | None = None  # a level's row holding only its label: the rows below are its
    for row, lv in labelled:
        if lv is None:
            if titled is not None and not _one_cell_row(out, row, vocab, owner):
                # "Level 1 – AA and AO" across the table, then its behaviours under "Effective | Ineffective"
                cells = [c for c in row.children if cell_text(c)]
                for cell in cells:
                    group = names.get(cell.col) if len(cells) >= 2 or len(names) >= 2 else None
                    _items(out, cell, "levels", group or None, owner, titled[0], titled[1].id)
            elif titled is None and not _one_cell_row(out, row, vocab, owner):
                filled = [c for c in row.children if cell_text(c)]
                label = heading_text(cell_text(filled[0])) if len(filled) == 2 else ""
                if short_phrase(label, 4) and (
                    NAME_LABEL.search(label) or DESCRIPTION_LABEL.search(label) or section_field(label, vocab)
                ):
                    _key_value_rows(out, [row], owner, vocab)  # "Competency | Uses ...": a field beside the levels
                else:
                    _flow(out, [row], owner, None, None)
            continue
        label_cell = row.children[0]
        titled = (lv, label_cell) if not any(cell_text(c) for c in row.children[1:]) else None
        lines = [n.text for n in cell_nodes(label_cell) if n.text]
        if len(lines) == 2 and lines[0] == lv.label and short_phrase(lines[1], 6):
            lv = replace(lv, label=f"{lv.label} {lines[1]}")  # "Level 3" over "Helps others adapt": one label
        out.labels[label_cell.id] = Label(
            Role.LEVEL, ("a level label in the first column of a table",), level=lv, competency=owner
        )
        for n in cell_nodes(label_cell):
            out.labels[n.id] = Label(Role.STRUCTURE, ("level row label",), competency=owner)
        for cell in row.children[1:]:
            if cell.col == name_col:
                _mark_structure(out, cell, "the level's name beside its number")
                continue
            cell_owner = column_owner.get(cell.col, owner)
            group = names.get(cell.col) if len(content_cols) >= 2 and not by_column else None
            if cell_owner != owner:
                out.labels.setdefault(label_cell.id, out.labels[label_cell.id])
            _items(out, cell, "levels", group, cell_owner, lv, label_cell.id)
    return True


# ------------------------------------------------------------------ competencies as rows
# the level a role needs ("Required Proficiency Level", "Target level"), not "the behaviour expected for the level"
REQUIRED_LEVEL = re.compile(r"\b(?:required|target|expected|minimum)\s+(?:[a-z]+\s+)?levels?\b", re.I)


def _column_by_content(rows: list[Node], col: int) -> str | None:
    """The field a column its header does not name holds, by most of its lines: questions are interview questions,
    behaviours ("Shows the ability to ...", under "Description of the behaviour expected for the proficiency
    level") are indicators."""
    texts = [n.text for row in rows for c in row.children if c.col == col for n in cell_nodes(c) if n.text]
    if _most(texts, is_question):
        return "interview_questions"
    if _most(texts, lambda t: is_behaviour(t, gerunds=False)):
        return "indicators"
    return None


def _most(texts: list[str], shape: Callable[[str], bool]) -> bool:
    """More than half of the texts have the shape (a column's or a cell's lines)."""
    return bool(texts) and 2 * sum(map(shape, texts)) > len(texts)


def _competencies_as_rows(out: TableLabels, rows: list[Node], vocab: Vocabulary) -> bool:
    """A header whose first cell says its column names competencies ("Competency | Indicators", "Competency |
    Description | Interview questions"), or one cell of three or more between columns of other fields ("Positive
    indicators | Personal competencies | Negative indicators"): each body row is one competency, named by the first
    line of its cell in that column (what follows there defines it, and questions under it are its interview
    questions), its other cells the fields their headers name."""
    header = rows[0] if rows else None
    if header is None or len(rows) < 2 or not header.children or header.children[0].col != 1:
        return False
    naming = [c for c in header.children if COMPETENCY_COLUMN.match(column_name(cell_text(c)))]
    if len(header.children) >= 2 and all(
        KIND_OF_COMPETENCIES.match(column_name(cell_text(c))) for c in header.children
    ):
        return False  # "Core Competencies | Leadership Competencies": each column a cluster's list, no fields
    if COMPETENCY_COLUMN.match(column_name(cell_text(header.children[0]))):
        name_col = 1
    elif len(naming) == 1 and len(header.children) >= 3:
        name_col = naming[0].col
    else:
        return False
    name_header = next(c for c in header.children if c.col == name_col)
    if not short_phrase(cell_text(name_header), 5) or any(
        # the first cell said it is a column of names ("Competence Area"): whatever its words, no definition
        reads_as_definition(cell_text(c)) and c is not name_header or len(cell_text(c).split()) > 14
        for c in header.children
    ):
        return False  # "Competency name | The name used to identify ...": a key to the table's labels

    def name_cell(row: Node) -> Node | None:
        return next((c for c in row.children if c.col == name_col and cell_text(c)), None)

    def other_cells(row: Node) -> tuple[Node, ...]:
        return tuple(c for c in row.children if c.col != name_col)

    examples = [row for row in rows[1:] if (c := name_cell(row)) is not None and _an_example(c)]
    body = [row for row in rows[1:] if name_cell(row) is not None and row not in examples]
    names = [name_cell(row) for row in body]
    cells = [c for c in names if c is not None]
    if not cells or not all(short_phrase(_entry_name(c), 10) for c in cells):
        return False
    if any(_a_list(c) for c in cells):
        return False  # "Effective behaviours | Ineffective behaviours" over bulleted lists: two lists, no names
    out.kind = "competencies as rows"
    fields: dict[int, tuple[str, str]] = {}
    column_levels: dict[int, LevelLabel] = {}
    for cell in header.children:
        if cell.col == name_col:
            continue
        name = heading_text(cell_text(cell))
        field_name = section_field(name, vocab) or _column_by_content(rows[1:], cell.col) or "notes"
        if REQUIRED_LEVEL.search(name):
            field_name = "notes"  # "Required Proficiency Level – Technical Positions": a role's target, no scale
        fields[cell.col] = (field_name, name)
        level_of_column = _column_level(name, vocab) if field_name in ("indicators", "levels") else None
        if level_of_column is not None:
            column_levels[cell.col] = level_of_column
    tags = _level_tags([_tagged_name(c) for c in cells], vocab)
    # "Group and Capability | Level | Behavioural Indicators": the level each row's capability is needed at
    row_levels = None if tags else _levels_down_a_column(header, body, name_col, vocab)
    if row_levels:
        for row in body:
            for cell in (c for c in row.children if c.col == row_levels[0]):
                _mark_structure(out, cell, "the row's level")
    current: Node | None = None
    for row in examples:
        _mark_structure(out, row, "an example of how to fill the table in")
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
            # the row says what the competency is at that level: its other cells are the level's behaviours
            for cell in other_cells(row):
                if not row_levels or cell.col != row_levels[0]:
                    _items(out, cell, "levels", None, named.id, level, None)
            continue
        for cell in other_cells(row):
            if cell.col in column_levels:
                _items(out, cell, "levels", None, named.id, column_levels[cell.col], None)
        _row_fields(out, tuple(c for c in other_cells(row) if c.col not in column_levels), fields, named.id)
    return True


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


def column_name(text: str) -> str:
    """A header cell's name without what its brackets add ("Competence Area (Level of Proficiency)")."""
    return re.sub(r"\s*\([^()]*\)", "", heading_text(text)).strip()


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


def _row_fields(out: TableLabels, cells: tuple[Node, ...], fields: dict[int, tuple[str, str]], owner: int) -> None:
    shared = Counter(f for f, _ in fields.values())
    for cell in cells:
        field_name, column = fields.get(cell.col, ("notes", ""))
        if field_name == "definition":
            for n in cell_nodes(cell):
                if n.text:
                    out.labels[n.id] = Label(Role.DEFINITION, (f"the column {column!r}",), competency=owner)
            continue
        # the column names its items' group where it is a note's, or one of two columns of a field ("Positive
        # indicators" beside "Negative indicators")
        group = column if field_name == "notes" or shared[field_name] >= 2 else None
        _items(out, cell, field_name, group, owner, None, None)


def _names_merged_down(out: TableLabels, rows: list[Node]) -> bool:
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
                out.competencies.append(cell.id)
                name = heading_text(cell_text(cell))
                out.labels[cell.id] = Label(
                    Role.COMPETENCY, ("a name merged down beside its statements",), name=name, competency=cell.id
                )
                _mark_structure(out, cell, "competency name")
            elif cell.col == 2 and current is not None:
                _items(out, cell, "indicators", None, current.id, None, None)
    return True


def _definition_rows(out: TableLabels, rows: list[Node], vocab: Vocabulary) -> bool:
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
    if len(pairs) < 3:
        return False
    levels = [lv for cells in pairs if (lv := parse_level(cell_text(cells[0]), vocab)) is not None]
    if len(levels) >= 2 and is_scale(levels, vocab):
        return False  # "Basic | Applies the basic concepts ...": a key to the scale
    out.kind = "names beside definitions"
    for row in rows:
        if not any(row.children[i] is cells[0] for cells in pairs for i in range(len(row.children))):
            _mark_structure(out, row, "a cluster row")
    for name_cell, text_cell in pairs:
        out.competencies.append(name_cell.id)
        out.labels[name_cell.id] = Label(
            Role.COMPETENCY,
            ("a name beside its definition",),
            name=heading_text(cell_text(name_cell)),
            competency=name_cell.id,
        )
        _mark_structure(out, name_cell, "competency name")
        for n in cell_nodes(text_cell):
            if n.text:
                out.labels[n.id] = Label(Role.DEFINITION, ("the cell beside the name",), competency=name_cell.id)
    return True


# ------------------------------------------------------------------ other layouts
def _readings(out: TableLabels, rows: list[Node], header: Node, owner: int | None) -> None:
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


def _item_table(
    out: TableLabels, rows: list[Node], names: list[str], owner: int | None, in_field: str | None, group: str | None
) -> bool:
    named = [i for i, n in enumerate(names) if ITEM_COLUMN.search(n)]
    if not named or len(names) < 2 or in_field is None:
        return False
    out.kind = "items"
    wide = sum(len(_filled(row)) >= 2 for row in rows[1:])
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


def _filled(row: Node) -> list[Node]:
    return [c for c in row.children if cell_text(c)]


def _group_row(row: Node) -> bool:
    """A row of one short phrase in its first cell and nothing else: a group's name, not an item."""
    filled = _filled(row)
    if len(filled) != 1 or filled[0].col != 1:
        return False
    text = cell_text(filled[0])
    return short_phrase(text, 4) and not ends_sentence(text) and not any(ch.isdigit() for ch in text)


def _grouped_columns(
    out: TableLabels, rows: list[Node], owner: int | None, in_field: str | None, group: str | None
) -> bool:
    header = rows[0]
    heads = {c.col: cell_text(c) for c in header.children if cell_text(c)}
    if len(rows) < 2 or len(heads) < 2 or not all(short_phrase(h, 8) for h in heads.values()):
        return False
    field_name = in_field if in_field not in (None, "definition") else "indicators"
    out.kind = "grouped columns"
    for cell in header.children:
        _mark_structure(out, cell, "column header")
    codes = _code_columns(rows[1:])
    # a checklist's one column of statements beside columns to sign ("Competency / Skill | Method | Date
    # Verified"): its header names the column, it groups nothing
    worded = {col for col in heads if col not in codes}
    sub_group: str | None = None
    for row in rows[1:]:
        filled = [c for c in row.children if cell_text(c)]
        if len(worded) == 1 and len(filled) == 1 and _sub_header(cell_text(filled[0])):
            # "General", "Parenteral" on a row of their own across a checklist: the group of the rows below
            sub_group = heading_text(cell_text(filled[0]))
            for n in cell_nodes(filled[0]):
                if n.text:
                    out.labels[n.id] = Label(
                        Role.GROUP,
                        ("a checklist's row naming the group of the rows below",),
                        name=sub_group,
                        competency=owner,
                    )
            continue
        for cell in row.children:
            if cell.col in codes:
                _mark_structure(out, cell, "a code of a checklist's column (a method, a mark)")
                continue
            column = heading_text(heads.get(cell.col, "")) if len(worded) >= 2 else sub_group
            _items(out, cell, field_name, column or group, owner, None, None)
    return True


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


def _fields_as_columns(out: TableLabels, rows: list[Node], vocab: Vocabulary, owner: int | None) -> bool:
    """A header naming a field over each column ("Description | Observable behaviours"): each column's cells are
    that field's content."""
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
    wide = len(heads) >= 2 or len(heads) == 1 and len(rows) >= 3 and not any(_labelled_row(r) for r in rows[1:])
    if not wide or not all(fields.values()) or "levels" in fields.values():
        return False
    out.kind = "fields as columns"
    _mark_structure(out, header, "a column header naming a field")
    repeated = {f for f in fields.values() if list(fields.values()).count(f) >= 2}
    names = {c.col: heading_text(cell_text(c)) for c in heads}
    row_group: str | None = None
    for row in rows[1:]:
        if _rating_to_fill(row):
            _mark_structure(out, row, "a rating to fill in")
            continue
        for cell in row.children:
            field_name = fields.get(cell.col) or "notes"
            if cell.col == group_col:
                if cell_text(cell):
                    row_group = heading_text(cell_text(cell))
                    for n in cell_nodes(cell):
                        if n.text:
                            out.labels[n.id] = Label(
                                Role.GROUP, ("the first column, grouping its row",), name=row_group, competency=owner
                            )
                continue
            group = names.get(cell.col) if field_name in repeated else None  # "Effective | Ineffective behaviours"
            if group_col is not None:
                group = names.get(cell.col) if field_name == "notes" else row_group
            if field_name == "definition":
                for n in cell_nodes(cell):
                    if n.text:
                        out.labels[n.id] = Label(Role.DEFINITION, ("the column of the definition",), competency=owner)
                continue
            _items(out, cell, field_name, group, owner, None, None)
    return True


def _question_with_prompts(nodes: list[Node]) -> bool:
    """A paragraph, then only list items (the prompts) and short captions over them ("Prompts", "Probes:")."""
    if len(nodes) < 2 or nodes[0].kind is NodeKind.ITEM:
        return False
    rest = nodes[1:]
    return any(n.kind is NodeKind.ITEM for n in rest) and all(
        n.kind is NodeKind.ITEM or short_phrase(n.text.rstrip(":"), 3) and "?" not in n.text for n in rest
    )


# boxes, lines and single digits to tick or circle, "N/A" among them ("1 2 3 4 5 N/A")
MARKS = re.compile(r"^(?:[\W_]*(?:\d|n/?a)?[\W_]*)(?:\s+[\W_]*(?:\d|n/?a)?[\W_]*)+$|^[\W_]*$", re.I)
TICK = re.compile(r"[☐□○◯◻❍⬜❏❑]")


FOLLOW_UP = re.compile(r"^(?:follow[- ]?ups?|probes?|prompts?)\s*:", re.I)


def _labelled_row(row: Node) -> bool:
    first = next((n for c in row.children for n in cell_nodes(c) if n.text), None)
    return first is not None and first.kind is NodeKind.LABEL and not _rating_to_fill(row)


def _rating_to_fill(row: Node) -> bool:
    """A row holding only a label and boxes or numbers to tick ("Rating: ☐ 1 ☐ 2 ☐ 3 ☐ 4 ☐ 5")."""
    texts = [cell_text(c) for c in row.children if cell_text(c)]
    return (
        len(texts) == 1
        and bool(re.fullmatch(r"[^:]{1,30}:\s*(.*)", texts[0]))
        and bool(MARKS.match(texts[0].split(":", 1)[1].strip()))
    )


def without_mark_columns(out: TableLabels, rows: list[Node], vocab: Vocabulary) -> list[Node]:
    """The rows without the columns a form leaves to fill in: every cell below the header empty, or only boxes,
    lines and single digits to tick or circle ("0 1", "☐ 0 ☐ 1 ☐ 2"). The first column is kept whatever it holds
    (level numbers), and so is a column headed by a level (a level with nothing printed under it yet)."""
    body = [row for row in rows if not row.header]
    columns: dict[int, list[str]] = {cell.col: [] for row in rows for cell in row.children}  # a cell not there: empty
    for row in body:
        for cell in row.children:
            columns[cell.col].append(cell_text(cell))
    levels = {c.col for row in rows if row.header for c in row.children if parse_level(cell_text(c), vocab)}
    marks = {col for col, texts in columns.items() if col > 1 and _left_to_mark(texts, col in levels)}
    if not marks or len(marks) == len(columns) or not body:
        return rows
    for row in rows:
        for cell in row.children:
            if cell.col in marks:
                _mark_structure(out, cell, "a column left to fill in (a score, tick boxes, notes)")
    ticked = [row for row in body if sum(bool(TICK.search(cell_text(c))) for c in row.children if c.col in marks) >= 2]
    # one row of boxes among rows of text ("Rating | Please tick appropriate box | 1 ☐ | ... | 5 ☐" in a review
    # form's table for one competency): the rating to give, its label and instruction no content; a table of
    # rows to rate each has its boxes
    rating = [row for row in ticked if _a_rating_row(row, marks)] if len(ticked) == 1 < len(body) else []
    for row in rating:
        for cell in row.children:
            _mark_structure(out, cell, "a row of boxes to tick: the rating to give")
    return [
        replace(row, children=tuple(c for c in row.children if c.col not in marks)) for row in rows if row not in rating
    ]


ITEM_NUMBER = re.compile(r"^\d{1,2}\.$")


def without_item_numbers(out: TableLabels, rows: list[Node]) -> list[Node]:
    """The rows without a first column that only numbers them ("1.", "2.", ... under an empty header cell, as a form
    numbers the lines to fill in): the next column is the first."""
    header = [row for row in rows if row.header]
    body = [row for row in rows if not row.header]
    firsts = [next((c for c in row.children if c.col == 1), None) for row in body]
    numbers = [cell_text(c) for c in firsts if c is not None and cell_text(c)]
    if len(numbers) < 2 or not all(ITEM_NUMBER.match(n) for n in numbers) or not header:
        return rows
    if any(cell_text(c) for row in header for c in row.children if c.col == 1):
        return rows
    if numbers != [f"{k}." for k in range(1, len(numbers) + 1)]:
        return rows
    for cell in (c for c in firsts if c is not None):
        _mark_structure(out, cell, "the number of a line of the table")
    return [replace(row, children=tuple(replace(c, col=c.col - 1) for c in row.children if c.col != 1)) for row in rows]


def without_blank_field(out: TableLabels, rows: list[Node], vocab: Vocabulary) -> list[Node]:
    """The rows without a last row holding only a field's name ("Comments", "Evidence:"): a box a form leaves to
    write in, nothing under it. (Higher up, such a row captions the rows below it.)"""
    if not rows:
        return rows
    nodes = [n for c in rows[-1].children for n in cell_nodes(c) if n.text]
    if len(nodes) != 1 or section_field(nodes[0].text, vocab) is None:
        return rows
    _mark_structure(out, rows[-1], "a field's name over a box left to fill in")
    return rows[:-1]


def _a_rating_row(row: Node, marks: set[int]) -> bool:
    """Beside its boxes, a short label ("Rating") and at most one line telling how to fill them in."""
    texts = [cell_text(c) for c in row.children if c.col not in marks and cell_text(c)]
    return bool(texts) and short_phrase(texts[0], 3) and len(texts) <= 2 and not any(is_behaviour(t) for t in texts)


LETTERED = re.compile(r"^(?:[A-H]|\d{1,2}(?:\.\d{1,2})*)[.)]\s+(?P<name>[A-Z].*)$")


def _rating_form(
    out: TableLabels, rows: list[Node], vocab: Vocabulary, owner: int | None, in_field: str | None
) -> bool:
    """What is left of a self-assessment form once its columns of boxes to tick are gone: one column of statements
    to rate, each a behaviour; a row titled by its kind and number ("Core Competency 1: Assesses the health
    status ...") starts a competency, a lettered or numbered short row ("A. Relationship Management") a group of
    the rows below it, and the header and scale rows ("COMPETENCY", "LEVEL") are structure."""
    if any(len([c for c in row.children if cell_text(c)]) > 1 for row in rows):
        return False
    texts = [(row, cell_text(row.children[0])) for row in rows if row.children and cell_text(row.children[0])]
    statements = [
        t
        for _, t in texts
        if len(t.split()) >= 4 and not LETTERED.match(t) and not numbered_title_name(t, vocab, letters=False)
    ]
    if len(statements) < 2:
        return False
    out.kind = "rating form"
    field_name = in_field if in_field not in (None, "definition", "levels") else "indicators"
    current, group = owner, None
    for row, text in texts:
        cell = row.children[0]
        entry = numbered_title_name(text, vocab, letters=False) if owner is None else None
        lettered = LETTERED.match(text)
        if entry:
            current, group = cell.id, None
            out.competencies.append(cell.id)
            out.labels[cell.id] = Label(
                Role.COMPETENCY, ("a row naming the competency rated below",), name=entry, competency=cell.id
            )
            _mark_structure(out, cell, "competency name")
        elif row.header or len(text.split()) < 4 and not lettered or text.isupper() and current is None:
            _mark_structure(out, cell, "a header or scale row of the form")
        elif lettered and short_phrase(lettered["name"], 8) and not lettered["name"].endswith("."):
            group = heading_text(lettered["name"])
            for n in cell_nodes(cell):
                if n.text:
                    out.labels[n.id] = Label(
                        Role.GROUP, ("a lettered row over the statements below",), name=group, competency=current
                    )
        else:
            _items(out, cell, field_name, group, current, None, None)
    return True


def _ticked_away(before: list[Node], after: list[Node]) -> bool:
    """Did the columns dropped as marks hold boxes or circles to tick (a rating form, not an empty notes column)?"""
    kept = {c.col for row in after for c in row.children}
    return any(TICK.search(cell_text(c)) for row in before for c in row.children if c.col not in kept)


def _left_to_mark(texts: list[str], under_a_level: bool) -> bool:
    """A column of marks to make: boxes, lines and digits. Under a level, only boxes or circles to tick (with the
    rating's number over them, "1" ... "5"): a rating form's column, not a level's description still to write."""
    if any(TICK.search(t) for t in texts):
        return all(MARKS.match(t) or re.fullmatch(r"\s*\d\s*", t) for t in texts)
    return not under_a_level and all(MARKS.match(t) for t in texts)


def _row_groups(out: TableLabels, rows: list[Node], vocab: Vocabulary, owner: int | None, in_field: str | None) -> bool:
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
    if named in ("definition", "notes", "levels") or not texts:
        return False
    if named is None and sum(1 for t in texts if is_behaviour(t)) * 3 < len(texts) * 2:
        return False
    field_name = named or (in_field if in_field not in (None, "definition", "notes", "levels") else "indicators")
    out.kind = "groups by row"
    for row in rows[: start + 1]:
        _mark_structure(out, row, "table title or header")
    for _, (label, value) in body:
        group = collapse_whitespace(cell_text(label))
        _mark_structure(out, label, "the row's group")
        # a row whose label names a field of its own ("Education (10%) – formal learning" among activities)
        own = _titles_of(value) if field_name in DEVELOPMENT_FIELDS else None
        _items(out, value, own or field_name, group, owner, None, None)
    return True


DEVELOPMENT_FIELDS = ("activities", "courses", "readings", "resources")


def _titles_of(cell: Node) -> str | None:
    """ "courses" or "readings" when most of a cell's lines are courses or citations (the "Education (10%)" row of
    a 70:20:10 table among rows of activities), else None."""
    texts = [n.text for n in cell_nodes(cell) if n.text]
    for kind, shape in (("courses", is_course), ("readings", is_citation)):
        if _most(texts, shape):
            return kind
    return None


def _key_value(out: TableLabels, rows: list[Node], vocab: Vocabulary, owner: int | None, in_field: str | None) -> bool:
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
    _key_value_rows(out, rows, owner, vocab)
    return True


def _key_value_rows(out: TableLabels, rows: list[Node], owner: int | None, vocab: Vocabulary | None = None) -> None:
    # rows side by side that feed one field ("Indicators of effective performance", "... of ineffective
    # performance"): each row's label groups its items
    fields = [
        section_field(heading_text(cell_text(cells[0])), vocab) if vocab is not None and len(cells) == 2 else None
        for cells in ([c for c in row.children if cell_text(c)] for row in rows)
    ]
    shared = {f for f in fields if f is not None and fields.count(f) >= 2}
    for row in rows:
        cells = [c for c in row.children if cell_text(c)]
        if len(cells) != 2:
            for c in row.children:
                _mark_structure(out, c, "table title")
            continue
        key, value = cells
        label = heading_text(cell_text(key))
        _mark_structure(out, key, "label cell")
        field_name = section_field(label, vocab) if vocab is not None else None
        if NAME_LABEL.search(label) and short_phrase(cell_text(value), 10):
            out.labels[value.id] = Label(
                Role.COMPETENCY, (f"named by the row {label!r}",), name=cell_text(value), competency=value.id
            )
            out.competencies.append(value.id)
            for n in cell_nodes(value):
                out.labels[n.id] = Label(Role.STRUCTURE, ("competency name",), competency=value.id)
        elif (
            DESCRIPTION_LABEL.search(label)
            or field_name == "definition"
            or NAME_LABEL.search(label)
            and reads_as_definition(cell_text(value))  # "Competency | Uses capillary blood glucose monitoring ..."
        ):
            for n in cell_nodes(value):
                if n.text:
                    out.labels[n.id] = Label(Role.DEFINITION, (f"the row {label!r}",), competency=owner)
        elif field_name not in (None, "notes", "levels", "definition"):
            _items(out, value, field_name, label if field_name in shared else None, owner, None, None)
        else:
            _items(out, value, "notes", label, owner, None, None)


def _flow(out: TableLabels, rows: list[Node], owner: int | None, in_field: str | None, group: str | None) -> None:
    """A table of no known layout: its cells' text, in reading order, as content of the field in force."""
    if out.kind == "flow":
        out.kind = "flow"
    for row in rows:
        for cell in row.children:
            for n in cell_nodes(cell):
                if n.text and n.id not in out.labels:
                    numbered = TYPED_NUMBER.match(n.text) if n.kind is not NodeKind.ITEM else None
                    out.labels[n.id] = Label(
                        Role.CONTENT if in_field else Role.NOTE,
                        ("table cell read as text",),
                        field=in_field or "notes",
                        group=group,
                        competency=owner,
                        text=n.text[numbered.end() :] if numbered else None,
                    )


def _items(
    out: TableLabels,
    cell: Node,
    field_name: str,
    group: str | None,
    owner: int | None,
    level: LevelLabel | None,
    level_node: int | None,
    labelled: bool = False,
) -> None:
    """One item per paragraph or list item of a cell; a bold line of the cell groups the items after it. A cell of
    interview questions holding one question over a list of prompts is one question with its follow-ups.
    `labelled`: the cell's first line is its level's label, no text of it."""
    current = group
    nodes = [n for n in cell_nodes(cell) if n.text][1 if labelled else 0 :]
    if field_name == "interview_questions" and _question_with_prompts(nodes):
        prompts = [n for n in nodes[1:] if n.kind is NodeKind.ITEM]
        text = " ".join([nodes[0].text, *(n.text for n in prompts)])
        out.labels[nodes[0].id] = Label(
            Role.CONTENT,
            ("a question with the prompts under it",),
            field=field_name,
            group=group,
            text=text,
            competency=owner,
        )
        for n in nodes[1:]:
            why = "a follow-up of the question above" if n in prompts else "a caption over the prompts"
            out.labels[n.id] = Label(Role.STRUCTURE, (why,), competency=owner)
        return
    for k, n in enumerate(nodes):
        following = nodes[k + 1] if k + 1 < len(nodes) else None
        if (
            n.text.endswith(":")
            and short_phrase(n.text, 10)
            and following is not None
            and following.kind is NodeKind.ITEM
        ):
            out.labels[n.id] = Label(Role.STRUCTURE, ("a caption over the cell's list",), competency=owner)
            continue
        titles_text = (
            following is not None
            and following.kind is NodeKind.PARAGRAPH
            and not n.text.endswith(".")
            and len(following.text.split()) > len(n.text.split())
        )
        if (
            n.kind is NodeKind.HEADING
            and (titles_text or not (len(n.text.split()) >= 3 and is_behaviour(n.text, gerunds=False)))
            and not _headline(n.text)
        ):
            # a bold line naming a theme, or a bold title over the text that explains it ("Builds teams" over
            # "Develops working relationships ..."); a bold behaviour alone ("Owns the quality of own work") is an
            # item
            current = heading_text(n.text)
            out.labels[n.id] = Label(Role.GROUP, ("a bold line inside a table cell",), name=current, competency=owner)
            continue
        before = nodes[k - 1] if k else None
        if (
            field_name == "interview_questions"
            and before is not None
            and before.kind is NodeKind.ITEM
            and n.kind is not NodeKind.ITEM
            and FOLLOW_UP.match(n.text)
            and before.id in out.labels
        ):
            # "2. Describe a situation ..." then "Follow-up: What was the outcome?": one question with its follow-up
            asked = out.labels[before.id]
            out.labels[before.id] = replace(asked, text=f"{asked.text or before.text} {n.text}")
            out.labels[n.id] = Label(Role.STRUCTURE, ("a follow-up of the question above",), competency=owner)
            nodes[k] = before  # a second follow-up joins the same question
            continue
        numbered = TYPED_NUMBER.match(n.text) if n.kind is not NodeKind.ITEM else None
        out.labels[n.id] = Label(
            Role.CONTENT,
            ("a paragraph of a table cell",),
            field=field_name,
            group=current,
            level=level,
            competency=owner,
            level_node=level_node,
            text=n.text[numbered.end() :] if numbered else None,  # "3. Take credit ...": a number typed in the cell
        )


# a number typed in the cell: "3. Take credit ...", or a criterion's number after its element's (".1 Listens ...")
TYPED_NUMBER = re.compile(r"^(?:\d{1,2}[.)]|\.\d{1,2})\s+(?=[A-Z])")


def _headline(text: str) -> bool:
    """A bold line long enough to be a statement ("Develop and maintain communication with people on difficult
    matters"): the level's headline behaviour over its bullets, not the name of a theme."""
    return len(text.split()) >= 8 and not text.rstrip().endswith(":")


def _mark_structure(out: TableLabels, node: Node, why: str) -> None:
    for n in node.walk():
        if n.text and n.id not in out.labels:
            out.labels[n.id] = Label(Role.STRUCTURE, (why,))


def table_key(table: Node, vocab: Vocabulary) -> dict[str, float]:
    """A table that explains the scale: a column of level names, ranked by a column of numbers beside them
    ("1 | Fundamental Awareness") or by their rows' order, upward or downward as the known names go."""
    rows = [row for row in table.children if not row.header and row.children]
    best: dict[str, float] = {}
    columns = sorted({cell.col for row in rows for cell in row.children})
    for col in columns:
        names = [(row, _first_text(cell)) for row in rows for cell in row.children if cell.col == col]
        parsed = [(row, text, parse_level(text, vocab)) for row, text in names]
        found = [lv for _, _, lv in parsed if lv is not None]
        if len(found) < 2 or not is_scale(found, vocab):
            continue
        known = [lv for _, _, lv in parsed if lv is not None]
        descending = known[0].order > known[-1].order
        key: dict[str, float] = {}
        for position, (row, text, lv) in enumerate(parsed, start=1):
            if lv is None:
                continue
            number = next(
                (int(t) for c in row.children if c.col != col for t in [_first_text(c)] if re.fullmatch(r"\d{1,2}", t)),
                None,
            )
            key[text.casefold()] = float(number) if number is not None else float(-position if descending else position)
        if len(key) > len(best):
            best = key
    return best


def _captioned_scales(root: Node, vocab: Vocabulary) -> list[dict[str, int]]:
    scales = []
    for node in root.walk():
        for before, table in zip(node.children, node.children[1:], strict=False):
            if table.kind is not NodeKind.TABLE or before.kind is not NodeKind.PARAGRAPH:
                continue
            if not BY_LEVEL.search(before.text) or _numbers_beside(list(table.children)):
                continue  # (a profile of the level each position requires names competencies over numbers)
            header = next((row for row in table.children if row.children), None)
            names = [_first_text(c) for c in header.children[1:] if _first_text(c)] if header is not None else []
            if any(section_field(n, vocab) for n in names):
                continue
            scale = new_scale(names, vocab, header=True)
            if scale is not None:
                scales.append(scale)
    return scales


SCALE_COLUMN = re.compile(r"^(?:proficiency |competency |career |performance )?(?:level|stage|band|tier)s?\s*:?$", re.I)


def document_scales(root: Node, vocab: Vocabulary) -> Vocabulary:
    """The vocabulary with the scales the document explains in tables of its own: a first column headed "Level"
    over at least three short names ("Tactical", "Operational", ..., "Advanced Professional"), lowest first, or a
    table captioned as being by level ("Table 12. Software testing activities by competency level") whose header
    names at least three columns after its first ("Technician | Entry Level Practitioner | ..."), left lowest. The
    names are then levels wherever the document prints them (the columns of every competency's table)."""
    scales = _captioned_scales(root, vocab)
    for table in (n for n in root.walk() if n.kind is NodeKind.TABLE):
        rows = [row for row in table.children if row.children]
        if len(rows) < 4 or not rows[0].header or not SCALE_COLUMN.match(_first_text(rows[0].children[0])):
            continue
        if _numbers_beside(rows):
            continue  # the level each position requires: the positions are roles, no scale of proficiency
        names = [_first_text(row.children[0]) for row in rows[1:] if row.children[0].col == 1]
        scale = new_scale(lowest_first(names, vocab), vocab)
        if scale is not None:
            scales.append(scale)
    return with_scales(vocab, scales) if scales else vocab
