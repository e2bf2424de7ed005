"""Read the published dataset as typed, immutable objects.

    from pipeline.api import load_dataset
    kb = load_dataset("output/competencies.json")
    kb.by_name("customer focus").levels[0].behaviors[0].text

Loading validates the file against the schema first, so every object below can trust its fields. The objects mirror
the schema one to one and `Dataset.to_dict()` gives back exactly what was read: `dump()` of a file written by the
build reproduces it byte for byte (the build's canonical serialization, `pipeline.canonical.dumps`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pandas is imported only by load_tables, so `import pipeline.api` stays light
    import pandas

# The version this library was written against; it reads files of the same MAJOR version up to this one.
SUPPORTED_SCHEMA_VERSION = "1.0.0"
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")

# Competency fields that are lists of items, in schema order (readings are items with citation fields).
ITEM_FIELDS = ("indicators", "activities", "courses", "readings", "interview_questions", "tips", "notes")


class DatasetError(ValueError):
    """The file is not a dataset this library can read: missing, not JSON, another MAJOR version, or invalid."""


# --- the objects ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """One source piece an item was built from: a block of the document and the characters taken from it."""

    block: int
    page: int | None
    locator: str
    start: int
    end: int

    @classmethod
    def from_dict(cls, d: Mapping) -> Span:
        return cls(d["block"], d["page"], d["locator"], d["start"], d["end"])

    def to_dict(self) -> dict:
        return {"block": self.block, "page": self.page, "locator": self.locator, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Source:
    """Where an item came from. `spans` is None when the file records none (the key is absent), which is not the
    same as an empty tuple (recorded, and empty): keeping the difference keeps `to_dict` lossless."""

    document: str
    page: int | None
    spans: tuple[Span, ...] | None = None

    @classmethod
    def from_dict(cls, d: Mapping) -> Source:
        spans = d.get("spans")
        return cls(d["document"], d["page"], None if spans is None else tuple(map(Span.from_dict, spans)))

    def to_dict(self) -> dict:
        out: dict[str, Any] = {"document": self.document, "page": self.page}
        if self.spans is not None:
            out["spans"] = [s.to_dict() for s in self.spans]
        return out


@dataclass(frozen=True)
class Item:
    """One bullet, activity, question ...; `group` is the sub-heading it stood under, None when there was none."""

    text: str
    source: Source
    group: str | None = None

    @classmethod
    def from_dict(cls, d: Mapping) -> Item:
        return cls(d["text"], Source.from_dict(d["source"]), d.get("group"))

    def to_dict(self) -> dict:
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
    def from_dict(cls, d: Mapping) -> Reading:
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

    def to_dict(self) -> dict:
        return _with_group(
            {
                "text": self.text,
                "title": self.title,
                "authors": list(self.authors),
                "publisher": self.publisher,
                "year": self.year,
                "description": self.description,
                "source": self.source.to_dict(),
            },
            self.group,
        )


@dataclass(frozen=True)
class Level:
    """A proficiency level: rank 1 is the lowest; `label` as printed ("Proficiency Level 5", "Advanced")."""

    rank: int
    label: str
    behaviors: tuple[Item, ...]

    @classmethod
    def from_dict(cls, d: Mapping) -> Level:
        return cls(d["rank"], d["label"], tuple(map(Item.from_dict, d["behaviors"])))

    def to_dict(self) -> dict:
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
    def from_dict(cls, d: Mapping) -> Document:
        return cls(d["id"], d["path"], d["format"], d["sha256"], d["title"])

    def to_dict(self) -> dict:
        return {"id": self.id, "path": self.path, "format": self.format, "sha256": self.sha256, "title": self.title}


@dataclass(frozen=True)
class Competency:
    """One competency with every field of the schema. `definition_source` None means the key is absent: the
    build never writes an explicit null there, so a built file round-trips exactly."""

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
    def from_dict(cls, d: Mapping) -> Competency:
        items = {name: tuple(map(Item.from_dict, d[name])) for name in ITEM_FIELDS if name != "readings"}
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
            **items,
        )

    def to_dict(self) -> dict:
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "definition": self.definition,
            "key_words": list(self.key_words),
            "levels": [lv.to_dict() for lv in self.levels],
            "related": list(self.related),
            "sources": list(self.sources),
        }
        for name in ITEM_FIELDS:
            out[name] = [x.to_dict() for x in getattr(self, name)]
        if self.definition_source is not None:
            out["definition_source"] = self.definition_source.to_dict()
        return out

    def level(self, rank: int) -> Level:
        for lv in self.levels:
            if lv.rank == rank:
                return lv
        raise KeyError(f"{self.name!r} has no level of rank {rank} (ranks: {[lv.rank for lv in self.levels]})")

    def iter_items(self) -> Iterator[tuple[str, Level | None, Item | Reading]]:
        """Every item of the competency as (field, level, item), in schema order: indicators, then each level's
        behaviors (field "behaviors", with its level), activities, courses, readings, interview questions, tips,
        notes. Level is None outside "behaviors". Readings are included: they carry text, source and group too."""
        for item in self.indicators:
            yield "indicators", None, item
        for lv in self.levels:
            for item in lv.behaviors:
                yield "behaviors", lv, item
        for name in ITEM_FIELDS[1:]:
            for item in getattr(self, name):
                yield name, None, item


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

    def __reduce__(self):
        # The read-only indexes cannot be pickled; rebuild them on the other side (multiprocessing, caches).
        return Dataset, (self.schema_version, self.documents, self.competencies)

    @classmethod
    def from_dict(cls, d: Mapping) -> Dataset:
        return cls(
            d["schema_version"],
            tuple(map(Document.from_dict, d["documents"])),
            tuple(map(Competency.from_dict, d["competencies"])),
        )

    def to_dict(self) -> dict:
        return {
            "schema_version": self.schema_version,
            "documents": [d.to_dict() for d in self.documents],
            "competencies": [c.to_dict() for c in self.competencies],
        }

    def dumps(self) -> str:
        from .export.canonical import dumps  # the build's own serializer, so the two can never drift apart

        return dumps(self.to_dict())

    def dump(self, path: str | Path) -> None:
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


# --- loading ---------------------------------------------------------------------------------------------------


def load_dataset(path: str | Path = "output/competencies.json") -> Dataset:
    """Read, check the version, validate against the schema, and build the objects. Raises DatasetError."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DatasetError(f"{path}: no such file (build the dataset first: `competency-kb build`)") from None
    except (OSError, UnicodeDecodeError) as e:
        raise DatasetError(f"{path}: cannot be read as UTF-8 text ({e})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise DatasetError(f"{path}: not JSON ({e.msg} at line {e.lineno} column {e.colno})") from None
    return dataset_from_dict(data, where=str(path))


def dataset_from_dict(data: Any, where: str = "dataset") -> Dataset:
    """The objects of an already parsed dataset, with the same checks as load_dataset."""
    from .dataset.validate import validate_dataset

    if not isinstance(data, dict):
        raise DatasetError(
            f"{where}: the top level is a JSON {type(data).__name__}, not an object with "
            f"schema_version, documents and competencies"
        )
    check_version(data.get("schema_version"), where)
    # A same-MAJOR older file differs from this schema only in its version string, which check_version accepted.
    problems = [p for p in validate_dataset(data) if p.path != "$.schema_version"]
    if problems:
        raise DatasetError(
            f"{where}: does not validate against schema {SUPPORTED_SCHEMA_VERSION}:\n  "
            + "\n  ".join(map(str, problems))
        )
    ids = [c["id"] for c in data["competencies"]]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise DatasetError(f"{where}: competency ids are not unique: {', '.join(duplicates)}")
    return Dataset.from_dict(data)


def check_version(version: Any, where: str = "dataset") -> None:
    """Accept the MAJOR version this library reads, up to its own MINOR.PATCH. A newer minor may hold fields
    these objects cannot carry, and dropping them silently would lose data: ask for an upgrade instead."""
    ours = _parse(SUPPORTED_SCHEMA_VERSION)
    reads = f"this library reads schema_version {ours[0]}.x up to {SUPPORTED_SCHEMA_VERSION}"
    if not isinstance(version, str) or not _SEMVER.match(version):
        raise DatasetError(f"{where}: schema_version is {version!r}, not a MAJOR.MINOR.PATCH version; {reads}")
    theirs = _parse(version)
    if theirs[0] != ours[0]:
        raise DatasetError(
            f"{where}: has schema_version {version} (major version {theirs[0]}); {reads}. "
            + (
                "Upgrade competency-kb to read it."
                if theirs[0] > ours[0]
                else "Rebuild the dataset with this version of competency-kb."
            )
        )
    if theirs > ours:
        raise DatasetError(
            f"{where}: has schema_version {version}, newer than {SUPPORTED_SCHEMA_VERSION}; {reads}. "
            "Upgrade competency-kb to read it without losing its new fields."
        )


def _parse(version: str) -> tuple[int, int, int]:
    major, minor, patch = _SEMVER.match(version).groups()
    return int(major), int(minor), int(patch)


def load_tables(folder: str | Path = "output/tables", format: str = "auto") -> dict[str, pandas.DataFrame]:
    """The tables written by `pipeline.exports.tables.write_tables`, by name, in their datapackage order.

    format: "parquet", "csv", or "auto" (Parquet when the folder has it, else CSV). Either way the columns get
    the types the data package declares (nullable integers stay integers, empty cells are missing values)."""
    from .export.tables import read_tables

    return read_tables(Path(folder), format)


# --- helpers ---------------------------------------------------------------------------------------------------


def _with_group(out: dict, group: str | None) -> dict:
    if group is not None:
        out["group"] = group
    return out


def _suggest(key: str, known: Mapping[str, Any]) -> str:
    """ " (did you mean ...?)" for the known keys close to a missing one; `known` maps lookup key -> shown name."""
    import difflib

    close = difflib.get_close_matches(key, list(known), n=3, cutoff=0.6)
    shown = [known[c] if isinstance(known[c], str) else c for c in close]
    return f" (did you mean {', '.join(map(repr, shown))}?)" if close else ""
