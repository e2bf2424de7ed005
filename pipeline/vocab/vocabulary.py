"""The analyst-editable vocabulary (`pipeline/vocab/*.yaml`), loaded and compiled once, and the dataset's schema.

Headings, level labels and boilerplate patterns are data, not code: see the comments at the top of each file.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from dataclasses import field as dc_field
from functools import lru_cache
from pathlib import Path
from typing import Any

VOCAB_DIR = Path(__file__).parent
SCHEMA_PATH = VOCAB_DIR / "competency-kb.schema.json"  # inside the package, so that a wheel has it
VOCAB_FILES = ("headings.yaml", "levels.yaml", "furniture.yaml")


@dataclass(frozen=True)
class Boilerplate:
    reason: str
    pattern: re.Pattern[str]
    in_tables: bool = True  # the rule applies inside table cells too


@dataclass(frozen=True)
class Vocabulary:
    sections: dict[str, tuple[str, ...]]  # field -> heading entries, as printed in the table
    section_keys: dict[str, str]  # lemma key of an entry -> field
    section_key_words: tuple[tuple[tuple[str, ...], str], ...]  # the same keys split into words, in their order
    front_matter: frozenset[str]  # lemma keys of front-matter headings
    document_types: frozenset[str]  # lemmas of words that end a document's title
    captions: tuple[re.Pattern[str], ...]
    titles: tuple[re.Pattern[str], ...]  # document titles that wrap a competency name
    related_sentences: tuple[re.Pattern[str], ...]
    self_references: tuple[re.Pattern[str], ...]  # a sub-heading speaking of the competency above it
    level_patterns: tuple[re.Pattern[str], ...]
    level_names: dict[str, int]  # level name -> position (0 = lowest) on the first scale naming it
    level_scales: tuple[dict[str, int], ...]  # each scale: name -> position
    header_level_patterns: tuple[re.Pattern[str], ...]  # labels recognised only in a table's header row
    boilerplate: tuple[Boilerplate, ...]
    region_reasons: dict[str, str]
    # headings that name a division of the document ("Section 1: Welcoming the Candidate", "Part II"): no names
    divisions: tuple[re.Pattern[str], ...] = ()
    # set per document, not by the analyst: heading styles numbered straight through the document ("6. Manages
    # team performance" under a second section): an enumeration of entries, never a scale of levels
    enumerated_styles: frozenset[str] = frozenset()
    # set per document: headings that name a competency and the level a role requires of it ("Communicating –
    # Level 2" beside "Working Together – Level 1"), folded; no level labels, whatever their tail says
    named_at_level: frozenset[str] = frozenset()
    # answers of the pure lookups on this vocabulary (a heading's field, a label's level), by question: a document
    # asks the same ones many times. Not an init field, so a vocabulary `replace`d with more levels starts afresh.
    memo: dict[tuple[Any, ...], Any] = dc_field(default_factory=dict, init=False, compare=False, repr=False)


def _load_yaml(name: str, directory: Path) -> dict[str, Any]:  # YAML as parsed: the analyst's files, any shape
    import yaml

    with open(directory / name, encoding="utf-8") as f:
        return yaml.safe_load(f) or {}


def _spellings(name: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys((name, name.replace("-", " "), name.replace(" ", "-"))))


@lru_cache(maxsize=4)
def load_vocabulary(directory: Path = VOCAB_DIR) -> Vocabulary:
    from .language import lemma_key

    headings = _load_yaml("headings.yaml", directory)
    levels = _load_yaml("levels.yaml", directory)
    furniture = _load_yaml("furniture.yaml", directory)
    sections = {field: tuple(entries or ()) for field, entries in (headings.get("sections") or {}).items()}
    section_keys: dict[str, str] = {}
    for field, entries in sections.items():
        for entry in entries:
            section_keys.setdefault(lemma_key(entry), field)
    names: dict[str, int] = {}
    scales = []
    for scale in (levels.get("scales") or {}).values():
        # "entry level" is also "entry-level", "mid-level" also "mid level": a name matches spelt either way
        positions = {
            spelling: position
            for position, group in enumerate(scale)
            for name in group
            for spelling in _spellings(str(name).lower())
        }
        scales.append(positions)
        for name, position in positions.items():
            names.setdefault(name, position)
    boilerplate = tuple(
        Boilerplate(rule["reason"], re.compile(p, re.I), bool(rule.get("in_tables", True)))
        for rule in furniture.get("boilerplate") or []
        for p in rule.get("patterns") or []
    )
    return Vocabulary(
        sections=sections,
        section_keys=section_keys,
        section_key_words=tuple((tuple(key.split()), field) for key, field in section_keys.items()),
        front_matter=frozenset(lemma_key(h) for h in headings.get("front_matter") or []),
        document_types=frozenset(lemma_key(w) for w in headings.get("document_types") or []),
        captions=tuple(re.compile(p, re.I) for p in headings.get("captions") or []),
        titles=tuple(re.compile(p, re.I) for p in headings.get("titles") or []),
        related_sentences=tuple(re.compile(p, re.I) for p in headings.get("related_sentences") or []),
        self_references=tuple(re.compile(p, re.I) for p in headings.get("self_references") or []),
        divisions=tuple(re.compile(p, re.I) for p in headings.get("divisions") or []),
        level_patterns=tuple(re.compile(p, re.I) for p in levels.get("patterns") or []),
        level_names=names,
        level_scales=tuple(scales),
        header_level_patterns=tuple(re.compile(p, re.I) for p in levels.get("table_header_patterns") or []),
        boilerplate=boilerplate,
        region_reasons=dict(furniture.get("regions") or {}),
    )


def fingerprint(directory: Path = VOCAB_DIR) -> str:
    """A hash of the tables' bytes: part of the extraction cache key, so editing a table re-extracts."""
    h = hashlib.sha256()
    for name in VOCAB_FILES:
        h.update(name.encode())
        h.update((directory / name).read_bytes())
    return h.hexdigest()
