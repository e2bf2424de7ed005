"""Where competencies start and what they are called.

A heading starts a competency when the first structure after it is a core section of a competency (definition, key
words, indicators, levels) or a level label; headings that lead to anything else are titles, themes or clusters.
"""

from __future__ import annotations

import re

from ..structure.furniture import Dropped
from ..vocab.text import ends_sentence, heading_text
from ..vocab.vocabulary import Vocabulary
from .sections import CORE_FIELDS, NAME_AND_DEFINITION, Classified, Role

SHORT_LINE_FIELDS = {"definition", "key_words", "related", "courses", "interview_questions"}


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
        for v in units[i + 1 :]:
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
    rest = [u.strength for u in units[first + 1 :] if u.role in (Role.HEADING, Role.SECTION, Role.LEVEL)]
    return first if rest and all(units[first].strength < s for s in rest) else None


def _shares_row(units: list[Classified], i: int) -> bool:
    cell = units[i].seg.cell
    return any(
        v.seg.cell is not None
        and v.seg.cell.table == cell.table
        and v.seg.cell.row == cell.row
        and v.seg.cell.col != cell.col
        and v.text
        for v in units[max(0, i - 8) : i + 8]
    )


# "Create Vision and Strategy — Analysis and ideas that shape the future": a name and its motto
TAGLINE = re.compile(r"^(?P<name>\S.*?)\s+[—–]\s+(?P<tagline>\S.*)$")


def competency_name(text: str, tables: Vocabulary) -> str:
    """The name a heading gives; a title may wrap it ("Development Suggestions for X", "Competency: X")."""
    match = NAME_AND_DEFINITION.match(text) or TAGLINE.match(text)
    if match:
        text = match["name"]
    name = heading_text(text)
    for pattern in tables.titles:
        m = pattern.match(name)
        if m:
            return m.group("name").strip()
    return name


def single_name(title, reader_title, manifest_name, fallback, tables) -> tuple[str, str]:
    if manifest_name:
        return manifest_name, "manifest"
    if title:
        return competency_name(title, tables), "title"
    if reader_title:
        return competency_name(reader_title, tables), "title"
    return fallback, "file name"


def drop_preamble(units: list[Classified], single: bool):
    """Text above the title or the first competency: short banner lines are dropped, prose is kept as notes."""
    dropped, kept = [], []
    for u in units:
        text = u.text
        if (
            u.role is not Role.CONTENT
            or (len(text.split()) <= 12 and not ends_sentence(text))
            or (len(text.split()) <= 12 and text.endswith("!"))
            or not single
        ):
            reason = (
                "text above the document title (site banner)"
                if single
                else "introduction outside any competency of a multi-competency document"
            )
            dropped.append(Dropped(text, reason, u.seg.spans[0]))
        else:
            kept.append(u)
    return dropped, kept
