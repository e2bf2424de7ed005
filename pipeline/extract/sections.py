"""Section recognition: what each segment is in the document's structure.

Every segment gets a role:
- SECTION  a heading that opens a field of the contract ("Definition", "Suggested Readings", "Key Words: a; b")
- LEVEL    a proficiency level label ("Proficiency Level 5", "LEVEL II", "Advanced", "4 - Expert")
- CAPTION  a line that introduces a list without naming a field ("The competency requires:")
- HEADING  any other heading: a document title, a competency name, a theme or cluster heading
- CONTENT  everything else
The heading and label vocabularies come from the data tables (`pipeline/tables/`), never from code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from ..model.blocks import Kind
from ..structure.normalize import Segment
from ..vocab.language import is_title_case, lemma_key
from ..vocab.text import heading_key, strip_glyph_prefix, strip_heading_number
from ..vocab.vocabulary import Vocabulary

CORE_FIELDS = {"definition", "key_words", "indicators", "levels"}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
MAX_HEADING_WORDS = 14


class Role(str, Enum):
    SECTION = "section"
    LEVEL = "level"
    CAPTION = "caption"
    HEADING = "heading"
    CONTENT = "content"


@dataclass(frozen=True, slots=True)
class LevelLabel:
    label: str  # as printed
    order: float  # value on its scale: higher = more proficient
    numeric: bool  # ordered by a printed number (then rank = that number)
    name: str | None = None  # the level name, when the label is (or has) one: "advanced"


@dataclass(frozen=True, slots=True)
class Classified:
    seg: Segment
    role: Role
    field: str | None = None  # SECTION: the field it opens
    inline: str | None = None  # SECTION: content after the heading; HEADING: a definition after a name
    level: LevelLabel | None = None  # LEVEL
    strength: tuple = (99, 0.0)  # HEADING/SECTION/LEVEL: lower = a more prominent heading
    weak: bool = False  # a heading only by its shape (title case), not by any formatting

    @property
    def text(self) -> str:
        return self.seg.text

    @property
    def is_structure(self) -> bool:
        return self.role is not Role.CONTENT


def match_section(
    text: str, tables: Vocabulary, heading: bool, formatted: bool | None = None
) -> tuple[str, str | None] | None:
    """(field, inline content) when the text is, or starts with, a section heading of the table. Text after
    "Label:" is inline content, except in a heading by its formatting ("PROFICIENCY LEVELS: Customer Service")."""
    formatted = heading if formatted is None else formatted
    key = heading_key(text)
    if not key or len(key.split()) > MAX_HEADING_WORDS + 4 and heading:
        return None
    lk = lemma_key(key)
    if lk in tables.section_keys:
        return tables.section_keys[lk], None
    clean = strip_heading_number(strip_glyph_prefix(text))
    m = re.match(r"^(?P<head>[^:–—]{2,60}?)\s*(?::|\s[–—-]\s)\s*(?P<rest>.*)$", clean)
    if m and lemma_key(m["head"]) in tables.section_keys:
        field = tables.section_keys[lemma_key(m["head"])]
        rest = m["rest"].strip()
        return field, (rest if rest and not formatted else None)
    if heading:
        words = tuple(lk.split())
        for entry, field in tables.section_key_words:
            if len(entry) >= 2 and len(words) <= len(entry) + 4 and words[-len(entry) :] == entry:
                return field, None
            if len(entry) >= 3 and words[: len(entry)] == entry:
                return field, None
    return None


def match_level(text: str, tables: Vocabulary, header: bool = False) -> LevelLabel | None:
    label = re.sub(r"\s+", " ", strip_glyph_prefix(text)).strip().rstrip(":").strip()
    if not label or len(label) > 60:
        return None
    patterns = tables.level_patterns + (tables.header_level_patterns if header else ())
    for pattern in patterns:
        m = pattern.fullmatch(label)
        if not m:
            continue
        groups = m.groupdict()
        known = groups.get("known")
        if known is not None and known.strip().lower() not in tables.level_names:
            continue
        num, letter, name = groups.get("num"), groups.get("letter"), groups.get("name") or known
        known_name = name.strip().lower() if name and name.strip().lower() in tables.level_names else None
        if num:
            value = int(num) if num.isdigit() else ROMAN.get(num.lower())
            if value is None:
                continue
            return LevelLabel(label=label, order=float(value), numeric=True, name=known_name)
        if letter:
            return LevelLabel(label=label, order=float(ord(letter.lower()) - ord("a") + 1), numeric=False)
        if known_name:
            return LevelLabel(label=label, order=float(tables.level_names[known_name]), numeric=False, name=known_name)
    return None


def is_caption(seg: Segment, next_seg: Segment | None, tables: Vocabulary) -> bool:
    text = seg.text
    if not text.endswith(":") or len(text.split()) > 20 or seg.is_list_item:
        return False
    if any(p.search(text) for p in tables.captions):
        return True
    return next_seg is not None and next_seg.is_list_item


SECTION_NUMBER = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)])\s+(?=[A-Z])")


def numbered_depth(text: str) -> int | None:
    """Depth of a dotted section number: "3.0 Name" -> 1, "3.2 Why ..." -> 2, "3.2.1 ..." -> 3."""
    m = SECTION_NUMBER.match(text)
    if not m:
        return None
    parts = m["number"].rstrip(".)").split(".")
    while len(parts) > 1 and parts[-1] == "0":
        parts.pop()
    return len(parts)


def strength(seg: Segment) -> tuple:
    level = seg.heading_level if seg.kind is Kind.HEADING and seg.heading_level else 7
    if level == 7 and numbered_depth(seg.text) is not None:
        level = 3 + numbered_depth(seg.text)
    if seg.is_list_item:
        level = 8 + seg.list_depth
    return (level, -(seg.size or 0.0))


def formatted_heading(seg: Segment) -> bool:
    """A heading by its formatting: a heading style or tag, or a short bold line that ends no sentence (a short
    bold question, "Why is it important?", is a heading too)."""
    if seg.kind is Kind.HEADING:
        return len(seg.text.split()) <= 3 * MAX_HEADING_WORDS
    if seg.bold and seg.text.endswith("?") and len(seg.text.split()) <= 8:
        return _heading_shaped(seg.text[:-1])
    return seg.bold and _heading_shaped(seg.text)


def _heading_shaped(text: str) -> bool:
    words = text.split()
    end = r"[.,;!]$" if SECTION_NUMBER.match(text) else r"[.,;!?]$"  # "2.3 Why is this important?" is a heading
    return (
        0 < len(words) <= MAX_HEADING_WORDS
        and not re.search(end, text)
        and not text[:1].islower()
        and not re.search(r"[|;•]", text)
    )  # a run of terms joined by separators is a list, not a heading


def classify(segments: list[Segment], tables: Vocabulary) -> list[Classified]:
    out: list[Classified] = []
    for i, seg in enumerate(segments):
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        out.append(_classify_one(seg, nxt, tables))
    return out


# "Environmental Scanning - Monitors developments in ...": a competency name and its definition on one line
NAME_AND_DEFINITION = re.compile(
    r"^(?P<name>[A-Z][\w'’&/-]*(?: (?:[A-Z][\w'’&/-]*|and|of|the|for|to|in|with|on|&)){0,7})\s+[-–—:]\s+"
    r"(?P<definition>[A-Z][^:]{20,}[.!?])$"
)


def _classify_one(seg: Segment, nxt: Segment | None, tables: Vocabulary) -> Classified:
    text = seg.text
    formatted = formatted_heading(seg)
    shaped = _heading_shaped(text) and not seg.is_list_item
    header_cell = seg.cell is not None and (seg.cell.header or seg.cell.row == 1)
    level = match_level(text, tables, header=header_cell) if (formatted or shaped or seg.cell) else None
    if level:
        return Classified(seg, Role.LEVEL, level=level, strength=strength(seg))
    if formatted or shaped or ":" in text[:60] or " – " in text[:60]:
        section = match_section(text, tables, heading=formatted or shaped, formatted=formatted)
        if section and (formatted or shaped or section[1]):
            field, inline = section
            return Classified(seg, Role.SECTION, field=field, inline=inline, strength=strength(seg))
    if is_caption(seg, nxt, tables):
        return Classified(seg, Role.CAPTION)
    named = NAME_AND_DEFINITION.match(text) if not seg.is_list_item and not seg.cell else None
    if named and is_title_case(named["name"]) and not match_section(named["name"], tables, heading=True):
        return Classified(seg, Role.HEADING, inline=named["definition"], strength=strength(seg))
    if formatted or _parent_item(seg, nxt):
        return Classified(seg, Role.HEADING, strength=strength(seg))
    if shaped and SECTION_NUMBER.match(text):
        return Classified(seg, Role.HEADING, strength=strength(seg))
    if shaped and is_title_case(text) and not seg.cell:
        return Classified(seg, Role.HEADING, strength=strength(seg), weak=True)
    return Classified(seg, Role.CONTENT)


def _parent_item(seg: Segment, nxt: Segment | None) -> bool:
    """A short list item whose own sub-list follows it names that sub-list, like a heading."""
    return (
        seg.is_list_item
        and nxt is not None
        and nxt.is_list_item
        and nxt.list_depth > seg.list_depth
        and _heading_shaped(seg.text)
    )


def is_heading_segment(seg: Segment, tables: Vocabulary) -> bool:
    """For the continuation merge: a segment that is structure never absorbs, or is absorbed by, its neighbour."""
    if formatted_heading(seg) and not seg.text.endswith((",", "-", "–")):
        return True
    if match_level(seg.text, tables):
        return True
    if _heading_shaped(seg.text):
        section = match_section(seg.text, tables, heading=True, formatted=formatted_heading(seg))
        if section:
            return section[1] is None  # "Description: text that runs on" is a labelled paragraph
    return (
        _heading_shaped(seg.text)
        and is_title_case(seg.text)
        and len(seg.text.split()) >= 2
        and not seg.text.endswith((",", "&"))
    )
