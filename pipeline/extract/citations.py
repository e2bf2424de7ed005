"""Reading-list citations parsed into title, authors, publisher, year and description.

Handles the shapes competency documents use:
- prose:        "Title by A. B. Author & C. Author (Publisher, 2001). What the book offers."
- APA-like:     "Author, A. B., & Author, C. (2001). Title. Publisher."
- dash/comma:   "Title – A. Author, Publisher, 2001"  /  "Title, A. Author and B. Author (2001): what it offers"
- table rows:   "Title | Author/Publisher, Year"  (see `from_table_row`)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model.blocks import Span
from ..model.records import Reading

YEAR = r"(?:1[89]\d\d|20\d\d)"
_PROSE = re.compile(
    rf"^(?P<title>.+?)\s+by\s+(?P<authors>.+?)\s*\((?P<pub>[^()]*?),?\s*(?P<year>{YEAR})\)\s*[.,]?\s*"
    rf"(?P<desc>.*)$",
    re.S,
)
_PROSE_NO_PAREN = re.compile(
    rf"^(?P<title>.+?)\s+by\s+(?P<authors>[^.]+?(?:\b[A-Z]\.\s*)*[^.]*?)"
    rf"(?:,\s*(?P<pub>[^,]+?))?,\s*(?P<year>{YEAR})\.\s*(?P<desc>.*)$",
    re.S,
)
_APA = re.compile(
    rf"^(?P<authors>[^()]+?)\s*\((?P<year>{YEAR})[a-z]?\)\.?\s*(?P<title>[^.?!]+[.?!])\s*"
    rf"(?:(?P<place>[A-Z][\w .]+?,?\s*[A-Z]{{0,2}}):\s*)?(?P<pub>[^.]+)?\.?\s*(?P<desc>.*)$",
    re.S,
)
_TITLE_AUTHORS_YEAR = re.compile(
    rf"^(?P<title>[^,]+?(?::[^,]+?)?),\s+(?P<authors>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+"
    rf"(?:(?:,\s*|\s+and\s+|\s*&\s*)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)*)\s*\((?P<year>{YEAR})\)"
    rf"(?P<pub>)\s*[:.,]?\s*(?P<desc>.*)$",
    re.S,
)
_DASH = re.compile(
    rf"^(?P<title>.+?)\s+[–—-]\s+(?P<authors>[^,(]+?)(?:,\s*(?P<pub>[^,()]+?))?(?:,\s*|\s*\()"
    rf"(?P<year>{YEAR})\)?\.?\s*(?P<desc>.*)$",
    re.S,
)


@dataclass(frozen=True)
class Citation:
    text: str
    title: str
    authors: list[str]
    publisher: str | None
    year: int | None
    description: str | None


def parse_citation(text: str) -> Citation | None:
    """A citation's parts, or None when the text does not read as a citation."""
    text = text.strip()
    for pattern in (_PROSE, _TITLE_AUTHORS_YEAR, _APA, _DASH, _PROSE_NO_PAREN):
        m = pattern.match(text)
        if not m:
            continue
        title = _clean_title(m["title"])
        authors = split_authors(m["authors"])
        if not title or not authors:
            continue
        desc = (m["desc"] or "").strip() or None
        cited = text[: m.start("desc")].strip().rstrip(":").strip() if desc else text
        publisher = _clean(m["pub"]) if m["pub"] else None
        return Citation(
            text=cited, title=title, authors=authors, publisher=publisher or None, year=int(m["year"]), description=desc
        )
    return None


def title_only(text: str) -> Citation:
    """A reading that names a title and perhaps an author, without the parts of a full citation."""
    m = re.match(r"^(?P<title>.+?)(?:\s+by\s+(?P<authors>[^.(]+))?\.?$", text.strip())
    title = _clean_title(m["title"]) if m else text.strip()
    authors = split_authors(m["authors"]) if m and m["authors"] else []
    year = re.search(rf"\b({YEAR})\b", text)
    return Citation(
        text=text.strip(),
        title=title,
        authors=authors,
        publisher=None,
        year=int(year.group(1)) if year else None,
        description=None,
    )


def from_table_row(
    title: str, author_publisher: str, year_cell: str | None = None, publisher_cell: str | None = None
) -> Citation:
    """A reading table row: the "Author/Publisher, Year" cell split at its last "/" and at ", YYYY"."""
    title = _clean_title(title)
    rest = author_publisher.strip()
    year = None
    m = re.search(rf",?\s*\(?({YEAR})\)?\.?\s*$", rest)
    if m:
        year = int(m.group(1))
        rest = rest[: m.start()].strip().rstrip(",")
    elif year_cell:
        y = re.search(YEAR, year_cell)
        year = int(y.group(0)) if y else None
    publisher = publisher_cell.strip().rstrip(".,") if publisher_cell else None
    authors_part = rest
    if publisher is None and "/" in rest:
        authors_part, publisher = rest.rsplit("/", 1)
        publisher = publisher.strip().rstrip(".,") or None
    cells = [
        c for c in (title, author_publisher.strip(), (year_cell or "").strip(), (publisher_cell or "").strip()) if c
    ]
    return Citation(
        text=" | ".join(cells),
        title=title,
        authors=split_authors(authors_part),
        publisher=publisher,
        year=year,
        description=None,
    )


def split_authors(text: str | None) -> list[str]:
    """ "A. Smith, B. Jones and C. Lee" -> three names; "Smith, J. A., & Lee, C." -> "Smith, J. A.", "Lee, C."."""
    if not text:
        return []
    text = re.sub(r"\s*\bet al\.?", "", text.strip().rstrip(","))
    text = re.sub(r"(?<![\s.][A-Z])\.$", "", text)  # a sentence's full stop, not an initial's
    text = re.sub(r"\((?:eds?|editors?)\.?\)", "", text, flags=re.I).strip()
    parts = re.split(r"\s*(?:,\s*&|&|;|,\s*and\b|\band\b)\s*", text)
    out: list[str] = []
    for part in parts:
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        i = 0
        while i < len(pieces):
            piece = pieces[i]
            if i + 1 < len(pieces) and _is_initials(pieces[i + 1]) and not _is_initials(piece):
                out.append(f"{piece}, {pieces[i + 1]}")  # "Surname, J. A."
                i += 2
                continue
            out.append(piece)
            i += 1
    return [_clean(a) for a in out if _clean(a)]


def _is_initials(text: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]\.\s*-?){1,3}", text.strip()))


def _clean_title(text: str | None) -> str:
    if not text:
        return ""
    return text.strip().strip("\"“”'‘’").rstrip(",").strip().rstrip(".").strip()


def _clean(text: str | None) -> str:
    return (text or "").strip().strip(",").strip()


def reading_from(cite: Citation, spans: tuple[Span, ...], group: str | None) -> Reading:
    return Reading(
        text=cite.text,
        title=cite.title,
        authors=cite.authors,
        publisher=cite.publisher,
        year=cite.year,
        description=cite.description,
        spans=spans,
        group=group,
    )
