"""From classified segments to competency records: competency boundaries, then every segment into its field.

A document holds one competency or several (a dictionary). A heading starts a competency when the first structure
after it is a core section of a competency (definition, key words, indicators, levels) or a level label; headings
that lead to anything else are titles, themes or clusters. A document with no such heading is one competency,
named by its title, the manifest or, failing both, its file name (with a warning).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .blocks import Span
from .citations import Citation, from_table_row, parse_citation, title_only
from .furniture import Dropped
from .language import is_adjective, is_imperative, sentences
from .normalize import Segment
from .records import ITEM_FIELDS, Competency, Item, Level, Reading
from .sections import CORE_FIELDS, NAME_AND_DEFINITION, Classified, LevelLabel, Role, match_level
from .tables import Tables
from .text import SENTENCE_END, collapse_whitespace, ends_sentence, strip_glyph_prefix, strip_heading_number

ITEM_COLUMN = r"\b(?:course|title|name|programme|program|activity|workshop|tip|question|resource)s?\b"
SHORT_LINE_FIELDS = {"definition", "key_words", "related", "courses", "interview_questions"}


@dataclass
class Extraction:
    competencies: list[Competency]
    title: str | None
    dropped: list[Dropped] = field(default_factory=list)
    structure: list[Span] = field(default_factory=list)     # headings, labels and captions used as structure
    warnings: list[str] = field(default_factory=list)


def extract(units: list[Classified], document: str, tables: Tables, reader_title: str | None,
            manifest_name: str | None, fallback_name: str) -> Extraction:
    anchors = find_anchors(units)
    key = level_key(units, tables)
    result = Extraction(competencies=[], title=None)
    first_heading = next((i for i, u in enumerate(units) if u.role is Role.HEADING), None)
    if first_heading is not None and (not anchors or first_heading <= anchors[0]):
        result.title = units[first_heading].text
    if not anchors:
        start = first_heading + 1 if first_heading is not None else 0
        name, origin = _single_name(result.title, reader_title, manifest_name, fallback_name, tables)
        if origin == "file name":
            result.warnings.append(f"no competency name in the document: guessed {name!r} from the file name "
                                   f"(record the name in the manifest to fix it)")
        preamble = units[:first_heading] if first_heading is not None else []
        spans = [(name, origin, start, len(units))]
    else:
        preamble = units[:anchors[0]]
        spans = []
        for n, a in enumerate(anchors):
            end = anchors[n + 1] if n + 1 < len(anchors) else len(units)
            spans.append((competency_name(units[a].text, tables), "document", a + 1, end))
            result.structure.extend(units[a].seg.spans)
        if len(anchors) == 1 and manifest_name:
            spans[0] = (manifest_name, "manifest", spans[0][2], spans[0][3])
    if first_heading is not None and result.title is not None:
        result.structure.extend(units[first_heading].seg.spans)
    walker_preamble = _drop_preamble(preamble, document, single=len(spans) == 1)
    result.dropped.extend(walker_preamble[0])
    for name, origin, start, end in spans:
        comp = Competency(name=name, document=document, name_origin=origin)
        walker = _Walker(comp, tables, result, key)
        for u in walker_preamble[1] if len(spans) == 1 else []:
            walker.note(u)
        anchor = units[start - 1] if start > 0 and units[start - 1].role is Role.HEADING else None
        if anchor is not None and anchor.inline:
            walker.definition_parts.append((anchor.inline, anchor.seg.spans))
            walker.explicit_definition = True
        elif anchor is not None and origin == "document" and TAGLINE.match(anchor.text):
            comp.notes.append(Item(TAGLINE.match(anchor.text)["tagline"], anchor.seg.spans))
        result.competencies.append(comp)
        walker.walk(units[start:end])
    if len(result.competencies) > 1:
        # a title or cluster heading whose content all went to competencies of their own (matrix rows)
        result.competencies = [c for c in result.competencies if c.item_count() or c.definition]
    return result


def level_key(units: list[Classified], tables: Tables) -> dict[str, float]:
    """A document's key to its level scale ("Level A - outstanding performance ...", "Level C - developing"): the
    order of the key's lines, read upward or downward as the scale words in their descriptions say."""
    from .language import lemma

    entries = []
    for u in units:
        m = re.match(r"^(?P<label>.{3,40}?)\s+[-–—:]\s+(?P<desc>\S.*)$", u.text)
        level = match_level(m["label"], tables) if m and u.role is not Role.LEVEL else None
        if level is None:
            continue
        words = re.findall(r"[a-z]+", m["desc"].lower())
        scale = next((tables.level_names[w] for w in words if w in tables.level_names), None)
        if scale is None:
            scale = next((tables.level_names[lemma(w)] for w in words if lemma(w) in tables.level_names), None)
        entries.append((level.label.casefold(), scale))
    known = [(i, v) for i, (_, v) in enumerate(entries) if v is not None]
    if len(entries) < 2 or len(known) < 2 or known[0][1] == known[-1][1]:
        return {}
    descending = known[0][1] > known[-1][1]
    n = len(entries)
    return {label: float(n - i if descending else i + 1) for i, (label, _) in enumerate(entries)}


def find_anchors(units: list[Classified]) -> list[int]:
    """Headings that start a competency: the first structure after them opens a core field or a level.

    A heading deeper than the section heading above it (a skill or cluster inside "Proficiency Levels") is a
    sub-heading of that section, never the start of a competency."""
    anchors = []
    section_strength = None
    section_field = None
    title = _title_section(units)
    for i, u in enumerate(units):
        if u.role is Role.SECTION and i != title:
            section_field = u.field
            if not u.inline:  # "Definition: text" is a labelled paragraph, not a heading to nest under
                section_strength = u.strength
        if u.role is not Role.HEADING:
            continue
        if section_strength is not None and u.strength > section_strength and not u.weak:
            continue
        if u.seg.cell is not None and _shares_row(units, i):
            continue  # a column header, not a name
        if anchors and u.strength > units[anchors[-1]].strength and not u.weak:
            continue  # a sub-heading of the competency above
        if u.weak and section_field in SHORT_LINE_FIELDS:
            continue
        for v in units[i + 1:]:
            if v.role is Role.LEVEL or v.role is Role.SECTION and v.field in CORE_FIELDS:
                anchors.append(i)
                section_strength = None
                break
            if v.role is Role.HEADING:
                break  # another heading comes first: this one is a title, cluster or theme
    return anchors


def _title_section(units: list[Classified]) -> int | None:
    """A document that opens with a section-like title ("Competency Based Interview Questions") above headings
    no stronger than it: that first heading is the document's title, not a section."""
    first = next((i for i, u in enumerate(units) if u.role is not Role.CONTENT), None)
    if first is None or units[first].role is not Role.SECTION or units[first].inline:
        return None
    rest = [u.strength for u in units[first + 1:] if u.role in (Role.HEADING, Role.SECTION, Role.LEVEL)]
    return first if rest and all(units[first].strength < s for s in rest) else None


def _shares_row(units: list[Classified], i: int) -> bool:
    cell = units[i].seg.cell
    return any(v.seg.cell is not None and v.seg.cell.table == cell.table and v.seg.cell.row == cell.row
               and v.seg.cell.col != cell.col and v.text for v in units[max(0, i - 8):i + 8])


# "Create Vision and Strategy — Analysis and ideas that shape the future": a name and its motto
TAGLINE = re.compile(r"^(?P<name>\S.*?)\s+[—–]\s+(?P<tagline>\S.*)$")


def competency_name(text: str, tables: Tables, title: bool = False) -> str:
    """The name a heading gives; a document title may wrap it ("Development Suggestions for X")."""
    match = NAME_AND_DEFINITION.match(text) or TAGLINE.match(text)
    if match:
        text = match["name"]
    name = strip_heading_number(strip_glyph_prefix(collapse_whitespace(text))).rstrip(":").strip()
    for pattern in tables.titles if title else ():
        m = pattern.match(name)
        if m:
            return m.group("name").strip()
    return name


def _single_name(title, reader_title, manifest_name, fallback, tables) -> tuple[str, str]:
    if manifest_name:
        return manifest_name, "manifest"
    if title:
        return competency_name(title, tables, title=True), "title"
    if reader_title:
        return competency_name(reader_title, tables, title=True), "title"
    return fallback, "file name"


def _drop_preamble(units: list[Classified], document: str, single: bool):
    """Text above the title or the first competency: short banner lines are dropped, prose is kept as notes."""
    dropped, kept = [], []
    for u in units:
        text = u.text
        if u.role is not Role.CONTENT or (len(text.split()) <= 12 and not ends_sentence(text)) or \
                (len(text.split()) <= 12 and text.endswith("!")) or not single:
            reason = "text above the document title (site banner)" if single else \
                "introduction outside any competency of a multi-competency document"
            dropped.append(Dropped(text, reason, u.seg.spans[0]))
        else:
            kept.append(u)
    return dropped, kept


class _Walker:
    """Walks one competency's segments, keeping the current field, group and level."""

    def __init__(self, comp: Competency, tables: Tables, result: Extraction, key: dict[str, float] | None = None):
        self.comp = comp
        self.key = key or {}
        self.tables = tables
        self.result = result
        self.field: str | None = None
        self.section_strength: tuple | None = None
        self.section_heading: str | None = None
        self.group: str | None = None
        self.group_strength: tuple | None = None
        self.group_of_list = False                # the group names a sub-list (a list item's heading)
        self.level: Level | None = None
        self.definition_parts: list[tuple[str, tuple[Span, ...]]] = []
        self.activity_run: list[tuple[Segment, str | None]] = []
        self.seen_content = False
        self.explicit_definition = False
        self._opened_at: tuple[int, int] | None = None
        self.row_competencies: list[Competency] = []   # competencies that are rows of a matrix table

    # ------------------------------------------------------------------ the walk
    def walk(self, units: list[Classified]) -> None:
        i = 0
        while i < len(units):
            u = units[i]
            if u.seg.cell is not None:
                table = _same_table(units, i)
                if self._table(table):
                    i += len(table)
                    continue
            self.unit(u, units[i + 1] if i + 1 < len(units) else None)
            i += 1
        self._flush_activities()
        self._finish_definition()
        for comp in [self.comp] + self.row_competencies:
            rank_levels(comp.levels, self.tables.level_scales, self.key)

    def unit(self, u: Classified, nxt: Classified | None) -> None:
        if u.role is Role.SECTION and self._subsection(u):
            self._heading(u, nxt)  # "Self-development activities" under "Development activities": a theme
            return
        if u.role is Role.SECTION:
            self._open(u.field, u)
            if u.inline:
                self.content_text(u.inline, u.seg.spans, u.seg)
            return
        if u.role is Role.LEVEL:
            self._open_level(u)
            return
        if u.role is Role.CAPTION:
            self.result.structure.extend(u.seg.spans)
            return
        if u.role is Role.HEADING:
            self._heading(u, nxt)
            return
        self.content(u)

    def _subsection(self, u: Classified) -> bool:
        return u.field == self.field and not u.inline and self.section_strength is not None \
            and u.strength > self.section_strength

    def _open(self, field_name: str, u: Classified) -> None:
        if field_name == "definition" and self.definition_parts and not self.explicit_definition:
            # the paragraph taken for a definition was an introduction: the document has a Definition section
            for text, spans in self.definition_parts:
                self.comp.notes.append(Item(text, spans))
            self.definition_parts = []
        if field_name == "definition":
            self.explicit_definition = True
        self._flush_activities()
        self.result.structure.extend(u.seg.spans)
        self.field = field_name
        self.section_strength = u.strength
        self.section_heading = _group_name(u.text)
        self._opened_at = (u.seg.spans[0].block, u.seg.spans[0].start) if u.seg.spans else None
        self.group = None
        self.group_strength = None
        self.level = None

    def _open_level(self, u: Classified) -> None:
        self._flush_activities()
        self.result.structure.extend(u.seg.spans)
        if self.field != "levels":
            self.field = "levels"
            self.section_strength = None
        # a group heading above the level labels (a skill with levels beneath) stays in force
        if self.group_strength is not None and not self.group_strength < u.strength:
            self.group = None
            self.group_strength = None
        self.level = self._level(u.level)

    def _level(self, label: LevelLabel) -> Level:
        return _level_of(self.comp, label)

    def _heading(self, u: Classified, nxt: Classified | None) -> None:
        if u.weak and self.field in SHORT_LINE_FIELDS:
            self.content(u)
            return
        self._flush_activities()
        self.result.structure.extend(u.seg.spans)
        if self._sibling_group(u):
            pass
        elif self.field is not None and self.section_strength is not None and not u.weak and (
                u.strength < self.section_strength
                or u.strength == self.section_strength and u.strength[0] < 7):
            # a heading at or above the section heading's own level closes the section
            self.field = None
            self.section_strength = None
            self.level = None
        self.group = _group_name(u.text)
        self.group_strength = u.strength
        self.group_of_list = u.seg.is_list_item

    def _sibling_group(self, u: Classified) -> bool:
        """ "Ineffective behaviours" after the section "Effective behaviours", at the same level: both headings
        name groups of one field, so the items under the first get it as their group too."""
        if self.field not in ITEM_FIELDS or self.section_strength != u.strength or not self.section_heading:
            return False
        if not _shared_content_word(self.section_heading, u.text):
            return False
        for item in getattr(self.comp, self.field):
            if item.group is None and item.spans and self._opened_at is not None and \
                    (item.spans[0].block, item.spans[0].start) >= self._opened_at:
                item.group = self.section_heading
        return True

    # ------------------------------------------------------------------ content
    def content(self, u: Classified) -> None:
        self.content_text(u.text, u.seg.spans, u.seg)

    def content_text(self, text: str, spans: tuple[Span, ...], seg: Segment) -> None:
        if not text.strip():
            return  # an empty table cell shapes its table but is no item
        field_name = self.field
        item = Item(text=text, spans=spans, group=self.group)
        if field_name is None:
            self._unlabelled(item, seg)
        elif field_name == "definition":
            self.definition_parts.append((text, spans))
        elif field_name == "key_words":
            self.comp.key_words.extend(k for k in (w.strip(" .") for w in re.split(r"[;,|•]", text)) if k)
        elif field_name == "levels":
            if self.level is None:
                self.comp.notes.append(Item(text, spans, self.section_heading))
            else:
                self.level.behaviors.append(item)
        elif field_name == "activities":
            self.activity_run.append((seg, self.group))
        elif field_name in ("readings", "resources"):
            self._reading(text, spans, resources=field_name == "resources")
        elif field_name == "related":
            self.comp.related.extend(split_related(text))
        elif field_name == "notes":
            self.comp.notes.append(Item(text, spans, self.group or self.section_heading))
        else:
            getattr(self.comp, field_name).append(item)
        self.seen_content = True

    def note(self, u: Classified) -> None:
        self.comp.notes.append(Item(u.text, u.seg.spans))

    def _unlabelled(self, item: Item, seg: Segment) -> None:
        """Content before any section heading: a lone opening paragraph defines; lists are indicators."""
        if seg.is_list_item:
            self.comp.indicators.append(item)
            return
        if not self.seen_content and self.comp.definition is None and not self.definition_parts \
                and _reads_as_definition(item.text):
            self.definition_parts.append((item.text, item.spans))
            return
        self.comp.notes.append(Item(item.text, item.spans, None if self.group_of_list else self.group))

    def _reading(self, text: str, spans: tuple[Span, ...], resources: bool) -> None:
        cite = parse_citation(text)
        if cite is None and resources:
            self.comp.notes.append(Item(text, spans, self.section_heading))
            return
        self.comp.readings.append(_reading(cite or title_only(text), spans, self.group))

    # ------------------------------------------------------------------ activities: lead sentence + explanation
    def _flush_activities(self) -> None:
        run, self.activity_run = self.activity_run, []
        if not run:
            return
        signalled = any(seg.bold or seg.lead for seg, _ in run if not seg.is_list_item)
        current: Item | None = None
        for seg, group in run:
            if seg.is_list_item:
                current = Item(seg.text, seg.spans, group)
                self.comp.activities.append(current)
                current = None
                continue
            if signalled:
                starts = bool(seg.bold or seg.lead)
            else:
                sents = sentences(seg.text)
                starts = len(sents) == 1 and is_imperative(seg.text)
            if current is None or starts or current.group != group:
                current = Item(seg.text, seg.spans, group)
                self.comp.activities.append(current)
            else:
                current.text = f"{current.text} {seg.text}"
                current.spans = current.spans + seg.spans

    # ------------------------------------------------------------------ definition and related sentences
    def _finish_definition(self) -> None:
        if not self.definition_parts:
            return
        text = " ".join(t for t, _ in self.definition_parts)
        spans = tuple(s for _, ss in self.definition_parts for s in ss)
        kept = []
        for sentence in sentences(text):
            if any(p.search(sentence) for p in self.tables.related_sentences):
                names = split_related(_after_related(sentence, self.tables))
                if names:
                    self.comp.related.extend(names)
                    continue
            kept.append(sentence)
        self.comp.definition = collapse_whitespace(" ".join(kept)) or None
        self.comp.definition_spans = spans

    # ------------------------------------------------------------------ tables
    def _table(self, cells: list[Classified]) -> bool:
        """Levels laid out as a table's columns or rows, or a reading table; False = an ordinary layout table."""
        rows: dict[int, dict[int, list[Classified]]] = {}
        for u in cells:
            rows.setdefault(u.seg.cell.row, {}).setdefault(u.seg.cell.col, []).append(u)
        ordered = [rows[r] for r in sorted(rows)]
        return (self._levels_as_columns(ordered) or self._levels_as_rows(ordered) or self._reading_table(ordered)
                or self._item_table(ordered) or self._grouped_columns(ordered))

    def _levels_as_columns(self, rows) -> bool:
        for r, row in enumerate(rows):
            labels = {c: us[0] for c, us in row.items() if len(us) == 1 and us[0].role is Role.LEVEL}
            if len(labels) < 2 or len(labels) < len([c for c, us in row.items() if _cell_text(us)]) - 1:
                continue
            self._flush_activities()
            for u in row.values():
                self.result.structure.extend(u[0].seg.spans if u else ())
            columns = _column_levels(labels)
            label_col = min(row) if min(row) not in labels else None
            for body in rows[r + 1:]:
                comp, group = self._row_owner(body.get(label_col, []) if label_col is not None else [])
                levels = {c: _level_of(comp, label) for c, label in columns.items()}
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
        group = _group_name(" ".join(u.text for u in texts)) if texts else None
        return self.comp, group

    def _levels_as_rows(self, rows) -> bool:
        matched = [row for row in rows if len(row) >= 2 and row.get(min(row)) and row[min(row)][0].role is Role.LEVEL
                   and any(_cell_text(us) for c, us in row.items() if c != min(row))]
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
                group = _group_name(u.text)
                self.result.structure.extend(u.seg.spans)
                continue
            target.append(Item(u.text, u.seg.spans, group))

    def _item_table(self, rows) -> bool:
        """A table of items under an item section ("Course | Provider | Duration"): one item per row, its text
        the cell of the column that names the item."""
        if self.field not in ITEM_FIELDS or len(rows) < 2:
            return False
        header = {c: _cell_text(us).casefold() for c, us in rows[0].items()}
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
        header = {c: us for c, us in rows[0].items() if _cell_text(us)}
        if len(header) < 2 or not all(len(us) == 1 and us[0].role in (Role.SECTION, Role.HEADING)
                                      for us in header.values()):
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
                group = _group_name(header[c][0].text) if c in header else self.group
                for u in us:
                    if u.text:
                        getattr(self.comp, field_name).append(Item(u.text, u.seg.spans, group))
        return True

    def _reading_table(self, rows) -> bool:
        header = rows[0] if rows else {}
        names = {c: _cell_text(us).casefold() for c, us in header.items()}
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
            cells = {c: (_cell_text(us), tuple(s for u in us for s in u.seg.spans)) for c, us in row.items()}
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
            cite = from_table_row(title, cells.get(author_col, ("", ()))[0] if author_col else "",
                                  cells.get(year_col, ("", ()))[0] if year_col else None,
                                  cells.get(pub_col, ("", ()))[0] if pub_col else None)
            spans = tuple(s for c in sorted(cells) for s in cells[c][1])
            self.comp.readings.append(_reading(cite, spans, self.group))
        self.field = "readings"
        return True


def _column_levels(labels: dict[int, Classified]) -> dict[int, LevelLabel]:
    """The level of each column. Labels whose values do not rise or fall steadily across the columns
    ("EL1 | EL2 | SES B1") are ordered by column, left = lowest."""
    columns = sorted(labels)
    values = [labels[c].level.order for c in columns]
    steady = all(a < b for a, b in zip(values, values[1:])) or all(a > b for a, b in zip(values, values[1:]))
    if steady:
        return {c: labels[c].level for c in columns}
    return {c: replace(labels[c].level, order=float(n), numeric=False) for n, c in enumerate(columns, start=1)}


def _level_of(comp: Competency, label: LevelLabel) -> Level:
    for lv in comp.levels:
        if lv.label.casefold() == label.label.casefold():
            return lv
    lv = Level(rank=int(label.order) if label.numeric else -2, label=label.label, order=label.order,
               name=label.name)
    comp.levels.append(lv)
    return lv


def rank_levels(levels: list[Level], scales: tuple[dict[str, int], ...] = (), key: dict[str, float] | None = None,
                ) -> None:
    """Rank 1 = lowest. The document's own level key decides where it has one; else printed numbers are the
    ranks; named levels are ranked by their place on the one scale that names them all."""
    if key and levels and all(lv.label.casefold() in key for lv in levels):
        levels.sort(key=lambda lv: key[lv.label.casefold()])
        for n, lv in enumerate(levels, start=1):
            lv.rank = n
        return
    if levels and all(lv.rank > 0 for lv in levels) and len({lv.rank for lv in levels}) == len(levels):
        levels.sort(key=lambda lv: lv.rank)
        return
    names = [lv.name for lv in levels]
    scale = next((s for s in scales if names and all(n in s for n in names)), None)
    if scale is not None:
        for lv in levels:
            lv.order = float(scale[lv.name])
    levels.sort(key=lambda lv: lv.order)
    for n, lv in enumerate(levels, start=1):
        lv.rank = n


def _same_table(units: list[Classified], i: int) -> list[Classified]:
    table = units[i].seg.cell.table
    out = []
    for u in units[i:]:
        if u.seg.cell is None or u.seg.cell.table != table:
            break
        out.append(u)
    return out


def _cell_text(units: list[Classified]) -> str:
    return collapse_whitespace(" ".join(u.text for u in units))


def _reading(cite: Citation, spans: tuple[Span, ...], group: str | None) -> Reading:
    return Reading(text=cite.text, title=cite.title, authors=cite.authors, publisher=cite.publisher, year=cite.year,
                   description=cite.description, spans=spans, group=group)


def _group_name(text: str) -> str:
    return strip_heading_number(strip_glyph_prefix(collapse_whitespace(text))).rstrip(":").strip()


def _shared_content_word(a: str, b: str) -> bool:
    from .language import lemma
    stop = {"and", "or", "of", "the", "to", "for", "in", "on", "with", "a", "an", "all", "level", "levels"}
    words = lambda t: {lemma(w) for w in re.findall(r"[a-z]+", t.lower()) if w not in stop and len(w) > 2}
    return bool(words(a) & words(b))


def _reads_as_definition(text: str) -> bool:
    return ends_sentence(text) and "?" not in text and not re.search(r"\byou(?:r)?\b", text, re.I) \
        and len(text.split()) >= 6


def _after_related(sentence: str, tables: Tables) -> str:
    for p in tables.related_sentences:
        m = p.search(sentence)
        if m:
            return sentence[m.end():]
    return sentence


def split_related(text: str) -> list[str]:
    """ "Customer Focus, Verbal and Written communication." -> Customer Focus, Verbal Communication,
    Written Communication: parallel modifiers joined by "and" share the head noun of the last one."""
    text = re.sub(r"^\s*(?:the\s+)?(?:competenc(?:y|ies)\s*(?:of|:)?)?", "", text.strip(), flags=re.I)
    text = SENTENCE_END.sub("", text.strip()).strip(" .;:")
    names: list[str] = []
    for part in re.split(r"\s*[;,]\s*", text):
        part = re.sub(r"^(?:and|or)\s+", "", part.strip(), flags=re.I)
        if not part:
            continue
        pieces = [p.strip() for p in re.split(r"\s+(?:and|&|or)\s+", part) if p.strip()]
        for i in range(len(pieces) - 1):
            head_phrase = pieces[i + 1].split()
            if len(pieces[i].split()) == 1 and len(head_phrase) >= 2 and is_adjective(pieces[i]) \
                    and is_adjective(head_phrase[0]):
                pieces[i] = f"{pieces[i]} {head_phrase[-1]}"
        names.extend(_title(p) for p in pieces)
    return [n for n in names if n]


def _title(name: str) -> str:
    small = {"and", "or", "of", "the", "to", "for", "in", "on", "with", "a", "an"}
    words = name.split()
    return " ".join(w if (i and w.lower() in small) or w[:1].isupper() else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))
