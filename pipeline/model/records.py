"""The records of the dataset: the one model of a competency and its parts, frozen, mirroring the output contract.

Extraction makes these; the build stores and publishes their `to_dict()` form (the canonical JSON of the
contract); `pipeline.load_dataset` gives them back. The field lists every other module uses (tables, changes,
corrections, exports) derive from the dataclasses here: `FIELDS`, `ITEM_FIELDS`, `LIST_FIELDS`.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any

from .blocks import Span


def span_to_dict(span: Span) -> dict[str, Any]:
    return span.as_dict()


def span_from_dict(document: str, d: Mapping[str, Any]) -> Span:
    return Span(
        document=document, block=d["block"], page=d["page"], locator=d["locator"], start=d["start"], end=d["end"]
    )


@dataclass(frozen=True)
class Source:
    """Where an item came from: its document, first page, and every source piece it was built from. `spans` is
    None when a file records none (the key is absent), which is not the same as an empty tuple: keeping the
    difference keeps `to_dict` lossless."""

    document: str
    page: int | None
    spans: tuple[Span, ...] | None = None

    @classmethod
    def of(cls, document: str, spans: tuple[Span, ...]) -> Source:
        return cls(document, spans[0].page if spans else None, spans)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Source:
        spans = d.get("spans")
        doc = d["document"]
        return cls(doc, d["page"], None if spans is None else tuple(span_from_dict(doc, s) for s in spans))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"document": self.document, "page": self.page}
        if self.spans is not None:
            out["spans"] = [span_to_dict(s) for s in self.spans]
        return out


@dataclass(frozen=True)
class Item:
    """One bullet, activity, question ...; `group` is the sub-heading it stood under, None when there was none."""

    text: str
    source: Source
    group: str | None = None

    def __post_init__(self) -> None:
        if self.group is not None and self.group != self.group.strip():
            object.__setattr__(self, "group", self.group.strip())
        if self.group is not None and not self.group:
            # a sub-heading that held no words (a rating circle, a lone glyph) names no group
            object.__setattr__(self, "group", None)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Item:
        return cls(d["text"], Source.from_dict(d["source"]), d.get("group"))

    def to_dict(self) -> dict[str, Any]:
        return _with_group({"text": self.text, "source": self.source.to_dict()}, self.group)


@dataclass(frozen=True)
class Reading:
    """A recommended reading: the citation as printed (`text`) and its parsed parts."""

    text: str
    title: str
    authors: tuple[str, ...]
    publisher: str | None
    year: int | None
    description: str | None
    source: Source
    group: str | None = None

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Reading:
        return cls(
            d["text"],
            d["title"],
            tuple(d["authors"]),
            d["publisher"],
            d["year"],
            d["description"],
            Source.from_dict(d["source"]),
            d.get("group"),
        )

    def to_dict(self) -> dict[str, Any]:
        out = {
            "text": self.text,
            "title": self.title,
            "authors": list(self.authors),
            "publisher": self.publisher,
            "year": self.year,
            "description": self.description,
            "source": self.source.to_dict(),
        }
        return _with_group(out, self.group)


@dataclass(frozen=True)
class Level:
    """A proficiency level: rank 1 is the lowest; `label` as printed ("Proficiency Level 5", "Advanced")."""

    rank: int
    label: str
    behaviors: tuple[Item, ...]

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Level:
        return cls(d["rank"], d["label"], tuple(map(Item.from_dict, d["behaviors"])))

    def to_dict(self) -> dict[str, Any]:
        return {"rank": self.rank, "label": self.label, "behaviors": [b.to_dict() for b in self.behaviors]}


@dataclass(frozen=True)
class Document:
    """A source document the dataset was built from; `path` is relative to the raw documents folder."""

    id: str
    path: str
    format: str
    sha256: str
    title: str | None

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Document:
        return cls(d["id"], d["path"], d["format"], d["sha256"], d["title"])

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "path": self.path, "format": self.format, "sha256": self.sha256, "title": self.title}


@dataclass(frozen=True)
class Competency:
    """One competency with every field of the contract, in the contract's order. `id` is empty until the dataset
    is assembled (ids are unique across documents); `definition_source` None means the key is absent."""

    id: str
    name: str
    definition: str | None
    key_words: tuple[str, ...]
    indicators: tuple[Item, ...]
    levels: tuple[Level, ...]
    activities: tuple[Item, ...]
    courses: tuple[Item, ...]
    readings: tuple[Reading, ...]
    related: tuple[str, ...]
    interview_questions: tuple[Item, ...]
    tips: tuple[Item, ...]
    notes: tuple[Item, ...]
    sources: tuple[str, ...]
    definition_source: Source | None = None

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Competency:
        ds = d.get("definition_source")
        return cls(
            id=d["id"],
            name=d["name"],
            definition=d["definition"],
            key_words=tuple(d["key_words"]),
            levels=tuple(map(Level.from_dict, d["levels"])),
            readings=tuple(map(Reading.from_dict, d["readings"])),
            related=tuple(d["related"]),
            sources=tuple(d["sources"]),
            definition_source=None if ds is None else Source.from_dict(ds),
            **{name: tuple(map(Item.from_dict, d[name])) for name in ITEM_FIELDS},
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in FIELDS:
            value = getattr(self, name)
            if name in STRING_LIST_FIELDS:
                out[name] = list(value)
            elif isinstance(value, tuple):
                out[name] = [x.to_dict() for x in value]
            else:
                out[name] = value
        if self.definition_source is not None:
            out["definition_source"] = self.definition_source.to_dict()
        return out

    def level(self, rank: int) -> Level:
        for lv in self.levels:
            if lv.rank == rank:
                return lv
        raise KeyError(f"{self.name!r} has no level of rank {rank} (ranks: {[lv.rank for lv in self.levels]})")

    def iter_items(self) -> Iterator[tuple[str, Level | None, Item | Reading]]:
        """Every item of the competency as (field, level, item), in contract order: indicators, then each level's
        behaviors (field "behaviors", with its level), activities, courses, readings, interview questions, tips,
        notes. Level is None outside "behaviors". Readings carry text, source and group too."""
        for name in FIELDS:
            if name == "levels":
                for lv in self.levels:
                    for item in lv.behaviors:
                        yield "behaviors", lv, item
            elif name in TEXT_ITEM_FIELDS:
                for entry in getattr(self, name):
                    yield name, None, entry

    def item_count(self) -> int:
        return (
            len(self.key_words) + len(self.related) + (1 if self.definition else 0) + sum(1 for _ in self.iter_items())
        )


# The one field list: the contract's competency fields, in its order, and the kinds of value they hold, read off
# the dataclass (its annotations are strings here, `from __future__ import annotations`). definition_source is an
# added field, outside the contract. tests/model/test_fields.py checks them against the schema.
FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Competency) if f.name != "definition_source")
_TYPES: dict[str, object] = {f.name: f.type for f in fields(Competency)}
LIST_FIELDS: tuple[str, ...] = tuple(f for f in FIELDS if str(_TYPES[f]).startswith("tuple["))
STRING_LIST_FIELDS: tuple[str, ...] = tuple(f for f in FIELDS if _TYPES[f] == "tuple[str, ...]")  # key words ...
ITEM_FIELDS: tuple[str, ...] = tuple(f for f in FIELDS if _TYPES[f] == "tuple[Item, ...]")  # plain items
TEXT_ITEM_FIELDS: tuple[str, ...] = tuple(f for f in FIELDS if f in ITEM_FIELDS or f == "readings")  # and readings
SCALAR_FIELDS: tuple[str, ...] = tuple(f for f in FIELDS if f not in LIST_FIELDS)  # id, name, definition


@dataclass(frozen=True)
class Dataset:
    """The whole knowledge base. Iterating it (and `len`) goes over the competencies, in id order."""

    schema_version: str
    documents: tuple[Document, ...]
    competencies: tuple[Competency, ...]
    # Lookup indexes, built once; read-only views so the dataset stays immutable.
    _by_id: Mapping[str, Competency] = field(init=False, repr=False, compare=False)
    _by_name: Mapping[str, Competency] = field(init=False, repr=False, compare=False)
    _documents: Mapping[str, Document] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", MappingProxyType({c.id: c for c in self.competencies}))
        object.__setattr__(self, "_by_name", MappingProxyType({name_key(c.name): c for c in self.competencies}))
        object.__setattr__(self, "_documents", MappingProxyType({d.id: d for d in self.documents}))

    def __reduce__(self) -> tuple[Any, ...]:
        # The read-only indexes cannot be pickled; rebuild them on the other side (multiprocessing, caches).
        return Dataset, (self.schema_version, self.documents, self.competencies)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Dataset:
        return cls(
            d["schema_version"],
            tuple(map(Document.from_dict, d["documents"])),
            tuple(map(Competency.from_dict, d["competencies"])),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "documents": [d.to_dict() for d in self.documents],
            "competencies": [c.to_dict() for c in self.competencies],
        }

    def dumps(self) -> str:
        """The canonical JSON the build writes (sorted keys, two-space indent, UTF-8): a built file read and
        dumped again is the same bytes."""
        return json.dumps(self.to_dict(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"

    def dump(self, path: str | os.PathLike[str]) -> None:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(self.dumps())

    def __iter__(self) -> Iterator[Competency]:
        return iter(self.competencies)

    def __len__(self) -> int:
        return len(self.competencies)

    def __contains__(self, competency_id: object) -> bool:
        return competency_id in self._by_id

    def by_id(self, competency_id: str) -> Competency:
        try:
            return self._by_id[competency_id]
        except KeyError:
            raise KeyError(f"no competency with id {competency_id!r}{_suggest(competency_id, self._by_id)}") from None

    def by_name(self, name: str) -> Competency:
        """The competency of that name, ignoring case, accents' composition and runs of white space."""
        try:
            return self._by_name[name_key(name)]
        except KeyError:
            names = {name_key(c.name): c.name for c in self.competencies}
            raise KeyError(f"no competency named {name!r}{_suggest(name_key(name), names)}") from None

    def document(self, document_id: str) -> Document:
        try:
            return self._documents[document_id]
        except KeyError:
            raise KeyError(f"no document with id {document_id!r}{_suggest(document_id, self._documents)}") from None


def name_key(name: str) -> str:
    """A name reduced for lookup: Unicode-normalized, case-folded, white space collapsed."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _with_group(out: dict[str, Any], group: str | None) -> dict[str, Any]:
    if group is not None:
        out["group"] = group
    return out


def _suggest(key: str, known: Mapping[str, Any]) -> str:
    """ " (did you mean ...?)" for the known keys close to a missing one; `known` maps lookup key -> shown name."""
    import difflib

    close = difflib.get_close_matches(key, list(known), n=3, cutoff=0.6)
    shown = [known[c] if isinstance(known[c], str) else c for c in close]
    return f" (did you mean {', '.join(map(repr, shown))}?)" if close else ""
