"""Vocabulary in competency documents: levels as columns or rows (and matrices of competencies by level), reading
lists, item lists, and columns that name groups. A table that is none of these is a layout table, read as flow."""

from __future__ import annotations

import re

from ..model.blocks import Span
from ..model.records import ITEM_FIELDS, Competency, Item
from ..vocab.text import collapse_whitespace, heading_text
from .citations import from_table_row, reading_from
from .levels import column_levels, level_of
from .outline import competency_name
from .sections import Classified, Role

ITEM_COLUMN = r"\b(?:course|title|name|programme|program|activity|workshop|tip|question|resource)s?\b"


class TableLayouts:
    """Mixed into the competency walker: each method recognises one table layout and fills the record."""

    def _table(self, cells: list[Classified]) -> bool:
        """Levels laid out as a table's columns or rows, or a reading table; False = an ordinary layout table."""
        rows: dict[int, dict[int, list[Classified]]] = {}
        for u in cells:
            rows.setdefault(u.seg.cell.row, {}).setdefault(u.seg.cell.col, []).append(u)
        ordered = [rows[r] for r in sorted(rows)]
        return (
            self._levels_as_columns(ordered)
            or self._levels_as_rows(ordered)
            or self._reading_table(ordered)
            or self._item_table(ordered)
            or self._grouped_columns(ordered)
        )

    def _levels_as_columns(self, rows) -> bool:
        for r, row in enumerate(rows):
            labels = {c: us[0] for c, us in row.items() if len(us) == 1 and us[0].role is Role.LEVEL}
            if len(labels) < 2 or len(labels) < len([c for c, us in row.items() if cell_text(us)]) - 1:
                continue
            self._flush_activities()
            for u in row.values():
                self.result.structure.extend(u[0].seg.spans if u else ())
            columns = column_levels(labels)
            label_col = min(row) if min(row) not in labels else None
            for body in rows[r + 1 :]:
                comp, group = self._row_owner(body.get(label_col, []) if label_col is not None else [])
                levels = {c: level_of(comp, label) for c, label in columns.items()}
                for c, lv in levels.items():
                    self._cell_into(body.get(c, []), lv.behaviors, group)
            self.field = "levels"
            return True
        return False

    def _row_owner(self, cell: list[Classified]) -> tuple[Competency, str | None]:
        """Whose behaviors a matrix row holds: a row label with a description under it names a competency of
        its own (a matrix of competencies by level); a bare row label is a theme of this competency."""
        for u in cell:
            self.result.structure.extend(u.seg.spans)
        texts = [u for u in cell if u.text]
        if len(texts) >= 2 and texts[0].role is Role.HEADING and all(u.role is Role.CONTENT for u in texts[1:]):
            comp = Competency(name=competency_name(texts[0].text, self.tables), document=self.comp.document)
            comp.definition = collapse_whitespace(" ".join(u.text for u in texts[1:]))
            comp.definition_spans = tuple(s for u in texts[1:] for s in u.seg.spans)
            self.result.competencies.append(comp)
            self.row_competencies.append(comp)
            return comp, None
        group = heading_text(" ".join(u.text for u in texts)) if texts else None
        return self.comp, group

    def _levels_as_rows(self, rows) -> bool:
        matched = [
            row
            for row in rows
            if len(row) >= 2
            and row.get(min(row))
            and row[min(row)][0].role is Role.LEVEL
            and any(cell_text(us) for c, us in row.items() if c != min(row))
        ]
        if len(matched) < 2:
            return False
        self._flush_activities()
        for row in rows:
            first = min(row)
            us = row[first]
            if not us or us[0].role is not Role.LEVEL:
                for u in (x for c in sorted(row) for x in row[c]):
                    self.result.structure.extend(u.seg.spans)
                continue
            label = us[0]
            self.result.structure.extend(label.seg.spans)
            lv = self._level(label.level)
            self._cell_into(us[1:], lv.behaviors, None)
            for c in sorted(row):
                if c != first:
                    self._cell_into(row[c], lv.behaviors, None)
        self.field = "levels"
        return True

    def _cell_into(self, units: list[Classified], target: list[Item], group: str | None) -> None:
        for u in units:
            if not u.text:
                continue
            if u.role is Role.HEADING:
                group = heading_text(u.text)
                self.result.structure.extend(u.seg.spans)
                continue
            target.append(Item(u.text, u.seg.spans, group))

    def _item_table(self, rows) -> bool:
        """A table of items under an item section ("Course | Provider | Duration"): one item per row, its text
        the cell of the column that names the item."""
        if self.field not in ITEM_FIELDS or len(rows) < 2:
            return False
        header = {c: cell_text(us).casefold() for c, us in rows[0].items()}
        named = [c for c, h in header.items() if re.search(ITEM_COLUMN, h)]
        if not named or len(header) < 2:
            return False
        self._flush_activities()
        for us in rows[0].values():
            for u in us:
                self.result.structure.extend(u.seg.spans)
        column = named[0]
        for row in rows[1:]:
            units = [u for u in row.get(column, []) if u.text]
            if units:
                text = collapse_whitespace(" ".join(u.text for u in units))
                spans = tuple(s for u in units for s in u.seg.spans)
                getattr(self.comp, self.field).append(Item(text, spans, self.group))
        return True

    def _grouped_columns(self, rows) -> bool:
        """A table whose header row names its columns ("Effective behaviours | Ineffective behaviours"): each
        column's items are grouped under its header."""
        if len(rows) < 2:
            return False
        header = {c: us for c, us in rows[0].items() if cell_text(us)}
        if len(header) < 2 or not all(
            len(us) == 1 and us[0].role in (Role.SECTION, Role.HEADING) for us in header.values()
        ):
            return False
        body = [u for row in rows[1:] for us in row.values() for u in us if u.text]
        if not body or any(u.role is not Role.CONTENT for u in body):
            return False
        self._flush_activities()
        named = next((us[0].field for us in header.values() if us[0].role is Role.SECTION), None)
        field_name = self.field if self.field in ITEM_FIELDS else named if named in ITEM_FIELDS else "indicators"
        self.field = field_name
        for us in header.values():
            self.result.structure.extend(us[0].seg.spans)
        for row in rows[1:]:
            for c, us in sorted(row.items()):
                group = heading_text(header[c][0].text) if c in header else self.group
                for u in us:
                    if u.text:
                        getattr(self.comp, field_name).append(Item(u.text, u.seg.spans, group))
        return True

    def _reading_table(self, rows) -> bool:
        header = rows[0] if rows else {}
        names = {c: cell_text(us).casefold() for c, us in header.items()}
        title_col = next((c for c, n in names.items() if "title" in n), None)
        if title_col is None or self.field not in ("readings", "resources", None):
            return False
        author_col = next((c for c, n in names.items() if "author" in n and c != title_col), None)
        year_col = next((c for c, n in names.items() if "year" in n or n == "date"), None)
        pub_col = next((c for c, n in names.items() if "publisher" in n and c not in (author_col, title_col)), None)
        self._flush_activities()
        for us in header.values():
            for u in us:
                self.result.structure.extend(u.seg.spans)
        merged: list[dict[int, tuple[str, tuple[Span, ...]]]] = []
        for row in rows[1:]:
            cells = {c: (cell_text(us), tuple(s for u in us for s in u.seg.spans)) for c, us in row.items()}
            filled = [c for c, (t, _) in cells.items() if t]
            if merged and 0 < len(filled) < len([c for c in cells if c in names]):
                # a row with empty cells continues the row above: a title or an author cell wrapped
                for c in filled:
                    text, spans = merged[-1].get(c, ("", ()))
                    merged[-1][c] = (f"{text} {cells[c][0]}".strip(), spans + cells[c][1])
                continue
            if filled:
                merged.append(cells)
        for cells in merged:
            title = cells.get(title_col, ("", ()))[0]
            cite = from_table_row(
                title,
                cells.get(author_col, ("", ()))[0] if author_col else "",
                cells.get(year_col, ("", ()))[0] if year_col else None,
                cells.get(pub_col, ("", ()))[0] if pub_col else None,
            )
            spans = tuple(s for c in sorted(cells) for s in cells[c][1])
            self.comp.readings.append(reading_from(cite, spans, self.group))
        self.field = "readings"
        return True


def same_table(units: list[Classified], i: int) -> list[Classified]:
    table = units[i].seg.cell.table
    out = []
    for u in units[i:]:
        if u.seg.cell is None or u.seg.cell.table != table:
            break
        out.append(u)
    return out


def cell_text(units: list[Classified]) -> str:
    return collapse_whitespace(" ".join(u.text for u in units))
