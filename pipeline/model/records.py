"""The extracted records: plain dataclasses mirroring the output contract, and their canonical JSON form."""

from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import Span

ITEM_FIELDS = ("indicators", "activities", "courses", "interview_questions", "tips", "notes")


@dataclass
class Item:
    text: str
    spans: tuple[Span, ...]
    group: str | None = None

    def as_dict(self) -> dict:
        out = {"text": self.text, "source": source_dict(self.spans)}
        if self.group:
            out["group"] = self.group
        return out


@dataclass
class Reading:
    text: str
    title: str
    authors: list[str]
    publisher: str | None
    year: int | None
    description: str | None
    spans: tuple[Span, ...]
    group: str | None = None

    def as_dict(self) -> dict:
        out = {
            "text": self.text,
            "title": self.title,
            "authors": list(self.authors),
            "publisher": self.publisher,
            "year": self.year,
            "description": self.description,
            "source": source_dict(self.spans),
        }
        if self.group:
            out["group"] = self.group
        return out


@dataclass
class Level:
    rank: int
    label: str
    behaviors: list[Item] = field(default_factory=list)
    order: float = 0.0  # the label's value on its scale, used to rank the levels of one competency
    name: str | None = None  # the level name on a named scale ("advanced"), for choosing the scale

    def as_dict(self) -> dict:
        return {"rank": self.rank, "label": self.label, "behaviors": [b.as_dict() for b in self.behaviors]}


@dataclass
class Competency:
    name: str
    document: str
    name_origin: str = "document"  # "document" | "title" | "manifest" | "file name"
    definition: str | None = None
    definition_spans: tuple[Span, ...] = ()
    key_words: list[str] = field(default_factory=list)
    indicators: list[Item] = field(default_factory=list)
    levels: list[Level] = field(default_factory=list)
    activities: list[Item] = field(default_factory=list)
    courses: list[Item] = field(default_factory=list)
    readings: list[Reading] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    interview_questions: list[Item] = field(default_factory=list)
    tips: list[Item] = field(default_factory=list)
    notes: list[Item] = field(default_factory=list)

    def item_count(self) -> int:
        return (
            len(self.key_words)
            + sum(len(getattr(self, f)) for f in ITEM_FIELDS)
            + len(self.readings)
            + len(self.related)
            + sum(len(l.behaviors) for l in self.levels)
            + (1 if self.definition else 0)
        )


def source_dict(spans: tuple[Span, ...]) -> dict:
    first = spans[0] if spans else None
    return {
        "document": first.document if first else None,
        "page": first.page if first else None,
        "spans": [s.as_dict() for s in spans],
    }
