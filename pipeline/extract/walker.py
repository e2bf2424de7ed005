"""From classified segments to competency records: find where competencies start (`outline`), then walk each
competency's segments into its fields, keeping the current field, group and level.

A document with no competency-starting heading is one competency, named by its title, the manifest or, failing
both, its file name (with a warning).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model.blocks import Span
from ..model.records import ITEM_FIELDS, Competency, Item, Level
from ..structure.furniture import Dropped
from ..structure.normalize import Segment
from ..vocab.language import is_imperative, sentences
from ..vocab.text import collapse_whitespace, ends_sentence, heading_text
from ..vocab.vocabulary import Vocabulary
from .citations import parse_citation, reading_from, title_only
from .levels import level_key, level_of, rank_levels
from .outline import SHORT_LINE_FIELDS, TAGLINE, competency_name, drop_preamble, find_anchors, single_name
from .related import after_related, split_related
from .sections import Classified, LevelLabel, Role
from .table_layouts import TableLayouts, same_table


@dataclass
class Extraction:
    competencies: list[Competency]
    title: str | None
    dropped: list[Dropped] = field(default_factory=list)
    structure: list[Span] = field(default_factory=list)  # headings, labels and captions used as structure
    warnings: list[str] = field(default_factory=list)


def extract(
    units: list[Classified],
    document: str,
    tables: Vocabulary,
    reader_title: str | None,
    manifest_name: str | None,
    fallback_name: str,
) -> Extraction:
    anchors = find_anchors(units)
    key = level_key(units, tables)
    result = Extraction(competencies=[], title=None)
    first_heading = next((i for i, u in enumerate(units) if u.role is Role.HEADING), None)
    if first_heading is not None and (not anchors or first_heading <= anchors[0]):
        result.title = units[first_heading].text
    if not anchors:
        start = first_heading + 1 if first_heading is not None else 0
        name, origin = single_name(result.title, reader_title, manifest_name, fallback_name, tables)
        if origin == "file name":
            result.warnings.append(
                f"no competency name in the document: guessed {name!r} from the file name "
                f"(record the name in the manifest to fix it)"
            )
        preamble = units[:first_heading] if first_heading is not None else []
        spans = [(name, origin, start, len(units))]
    else:
        preamble = units[: anchors[0]]
        spans = []
        for n, a in enumerate(anchors):
            end = anchors[n + 1] if n + 1 < len(anchors) else len(units)
            spans.append((competency_name(units[a].text, tables), "document", a + 1, end))
            result.structure.extend(units[a].seg.spans)
        if len(anchors) == 1 and manifest_name:
            spans[0] = (manifest_name, "manifest", spans[0][2], spans[0][3])
    if first_heading is not None and result.title is not None:
        result.structure.extend(units[first_heading].seg.spans)
    walker_preamble = drop_preamble(preamble, single=len(spans) == 1)
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


class _Walker(TableLayouts):
    """Walks one competency's segments, keeping the current field, group and level."""

    def __init__(self, comp: Competency, tables: Vocabulary, result: Extraction, key: dict[str, float] | None = None):
        self.comp = comp
        self.key = key or {}
        self.tables = tables
        self.result = result
        self.field: str | None = None
        self.section_strength: tuple | None = None
        self.section_heading: str | None = None
        self.group: str | None = None
        self.group_strength: tuple | None = None
        self.group_of_list = False  # the group names a sub-list (a list item's heading)
        self.level: Level | None = None
        self.definition_parts: list[tuple[str, tuple[Span, ...]]] = []
        self.activity_run: list[tuple[Segment, str | None]] = []
        self.seen_content = False
        self.explicit_definition = False
        self._opened_at: tuple[int, int] | None = None
        self.row_competencies: list[Competency] = []  # competencies that are rows of a matrix table

    # ------------------------------------------------------------------ the walk
    def walk(self, units: list[Classified]) -> None:
        i = 0
        while i < len(units):
            u = units[i]
            if u.seg.cell is not None:
                table = same_table(units, i)
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
        return (
            u.field == self.field
            and not u.inline
            and self.section_strength is not None
            and u.strength > self.section_strength
        )

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
        self.section_heading = heading_text(u.text)
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
        return level_of(self.comp, label)

    def _heading(self, u: Classified, nxt: Classified | None) -> None:
        if u.weak and self.field in SHORT_LINE_FIELDS:
            self.content(u)
            return
        self._flush_activities()
        self.result.structure.extend(u.seg.spans)
        if self._sibling_group(u):
            pass
        elif (
            self.field is not None
            and self.section_strength is not None
            and not u.weak
            and (u.strength < self.section_strength or u.strength == self.section_strength and u.strength[0] < 7)
        ):
            # a heading at or above the section heading's own level closes the section
            self.field = None
            self.section_strength = None
            self.level = None
        self.group = heading_text(u.text)
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
            if (
                item.group is None
                and item.spans
                and self._opened_at is not None
                and (item.spans[0].block, item.spans[0].start) >= self._opened_at
            ):
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
        if (
            not self.seen_content
            and self.comp.definition is None
            and not self.definition_parts
            and _reads_as_definition(item.text)
        ):
            self.definition_parts.append((item.text, item.spans))
            return
        self.comp.notes.append(Item(item.text, item.spans, None if self.group_of_list else self.group))

    def _reading(self, text: str, spans: tuple[Span, ...], resources: bool) -> None:
        cite = parse_citation(text)
        if cite is None and resources:
            self.comp.notes.append(Item(text, spans, self.section_heading))
            return
        self.comp.readings.append(reading_from(cite or title_only(text), spans, self.group))

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
                names = split_related(after_related(sentence, self.tables))
                if names:
                    self.comp.related.extend(names)
                    continue
            kept.append(sentence)
        self.comp.definition = collapse_whitespace(" ".join(kept)) or None
        self.comp.definition_spans = spans

    # ------------------------------------------------------------------ tables


def _shared_content_word(a: str, b: str) -> bool:
    from ..vocab.language import lemma

    stop = {"and", "or", "of", "the", "to", "for", "in", "on", "with", "a", "an", "all", "level", "levels"}
    words = lambda t: {lemma(w) for w in re.findall(r"[a-z]+", t.lower()) if w not in stop and len(w) > 2}
    return bool(words(a) & words(b))


def _reads_as_definition(text: str) -> bool:
    return (
        ends_sentence(text)
        and "?" not in text
        and not re.search(r"\byou(?:r)?\b", text, re.I)
        and len(text.split()) >= 6
    )
