"""Reading-list citations parsed into title, authors, publisher, year and description.

Handles the shapes competency documents use:
- prose:        "Title by A. B. Author & C. Author (Publisher, 2001). What the book offers."
- APA-like:     "Author, A. B., & Author, C. (2001). Title. Publisher."
- dash/comma:   "Title – A. Author, Publisher, 2001"  /  "Title, A. Author and B. Author (2001): what it offers"
- MLA:          "Author, Given M. Title: Subtitle. Publisher, 2001."  /  'Author, G. "Article." Journal, vol. 7, 2001.'
- Vancouver:    "Author AB, Author C. Title. Place: Publisher; 2001."  /  "Author AB. Title. Journal. 2001;7(2):1-9."
- table rows:   "Title | Author/Publisher, Year"  (see `from_table_row`)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
# "Title: Subtitle, A. Author and B. Author (2001)", with the publisher in the brackets too ("(Guilford Press,
# 2009)"), or the title of an article in quotes ('"The Discipline of Teams," J. Katzenbach (HBR, 1993)')
_TITLE_AUTHORS_YEAR = re.compile(
    rf"^(?P<title>[“\"][^”\"]+?,?[”\"],?|[^,]+?(?::[^,]+?)?,)\s+(?P<authors>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+"
    rf"(?:(?:,\s*|\s+and\s+|\s*&\s*|,\s+and\s+)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)*)"
    rf"\s*\((?:(?P<pub>[^()]*?),\s*)?(?P<year>{YEAR})\)\s*[:.,]?\s*(?P<desc>.*)$",
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
    apa = parse_vancouver(text) or parse_apa(text) or parse_mla(text)
    if apa is not None:
        return apa
    for pattern in (_PROSE, _TITLE_AUTHORS_YEAR, _DASH, _PROSE_NO_PAREN):
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


_APA_HEAD = re.compile(
    rf"^(?P<authors>[^()]{{2,200}}?)\s*\((?P<year>{YEAR})[a-z]?(?:,\s*[A-Za-z]+\.?(?:\s+\d{{1,2}})?)?\)"
    # (Harvard style leaves out the full stop: "Goffee, R. and Jones, G. (2006) Why Should Anyone Be Led by You?")
    rf"(?:\.\s*|\s+(?=[A-Z“\"]))(?P<rest>\S.*)$",
    re.S,
)
_ABBREVIATIONS = {
    "ed",
    "eds",
    "vol",
    "no",
    "pp",
    "inc",
    "co",
    "ltd",
    "st",
    "mass",
    "conn",
    "calif",
    "ill",
    "e.g",
    "i.e",
    "etc",
    "rev",
    "univ",
    "dept",
    "jr",
    "sr",
    "dr",
    "mr",
    "mrs",
    "ms",
    "u.s",
    "u.k",
    "n.y",
}
_MEDIUM = re.compile(r"^(?:print|web|online|kindle(?: edition)?|e-?book|audiobook|paperback|hardcover)\.?$", re.I)
# an edition on its own after the title ("2nd edn.", "3rd ed.", "Revised edition")
_EDITION_SENTENCE = re.compile(r"^(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+)\s+(?:edn|ed|edition)\.?$", re.I)
_EDITION = re.compile(r"\s*\((?:[^()]*\b(?:ed|edition|eds)\.?|rev\.[^()]*)\)$", re.I)
_JOURNAL_TAIL = re.compile(r",\s*\d+\s*(?:\([^)]*\))?(?:\s*,\s*(?:pp?\.\s*)?[\d–—-]+)?\s*\.?$")


def parse_apa(text: str) -> Citation | None:
    """ "Author, A. B., & Author, C. (2001). Title: Subtitle. Place: Publisher, 2001. Print. What it offers." """
    m = _APA_HEAD.match(text)
    if not m:
        return None
    authors = split_authors(m["authors"], inverted=True)
    if any(len(a.split(",")[0].split()) > 3 for a in authors):
        return None  # "Title, Author (2013)": not an author list in front
    title, after = _first_sentence(m["rest"])
    title = _clean_title(_EDITION.sub("", title.rstrip(".")))
    if not title or not authors:
        return None
    title, after = _title_sentences(title, after)
    publisher_part, rest = _first_sentence(after) if after else ("", "")
    if _EDITION_SENTENCE.match(publisher_part) and rest:
        publisher_part, rest = _first_sentence(rest)  # "2nd edn. Oxford: Butterworth-Heinemann.": the edition first
    while rest and _MEDIUM.match(rest.split(". ")[0].strip()):
        rest = rest.split(". ", 1)[1] if ". " in rest else ""
    publisher = _publisher(publisher_part)
    description = rest.strip() or None
    cited = text if not description else text[: len(text) - len(rest)].strip()
    return Citation(
        text=cited, title=title, authors=authors, publisher=publisher, year=int(m["year"]), description=description
    )


# Vancouver (medicine's style): surnames then initials with no full stops, "Shanafelt TD, Noseworthy JH."
_VANCOUVER_AUTHOR = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*\s[A-Z]{1,3}"
_VANCOUVER_HEAD = re.compile(
    rf"^(?P<authors>{_VANCOUVER_AUTHOR}(?:,\s*{_VANCOUVER_AUTHOR})*(?:,\s*et al)?)\.\s+"
    r"(?P<title>.+?[.?!])\s+(?P<rest>[A-Z0-9].*)$",
    re.S,
)
# what follows the title: a journal and its year, volume and pages ("Harv Bus Rev. 1998;76(6):93-102."), or a
# book's edition, place, publisher and year ("2nd ed. Cham: Springer; 2020.")
_VANCOUVER_JOURNAL = re.compile(rf"^(?P<pub>[^.;:]+?)\.\s*(?P<year>{YEAR})\b[^\s]*\.?$")
_VANCOUVER_BOOK = re.compile(
    rf"^(?:\d+(?:st|nd|rd|th)\s+ed\.\s*)?(?:[^:;.]+:\s*)?(?P<pub>[^:;.]+);\s*(?P<year>{YEAR})\.?$"
)


def parse_vancouver(text: str) -> Citation | None:
    """ "Goleman D. What makes a leader? Harv Bus Rev. 1998;76(6):93-102." """
    m = _VANCOUVER_HEAD.match(text)
    if not m:
        return None
    tail = _VANCOUVER_JOURNAL.match(m["rest"].strip()) or _VANCOUVER_BOOK.match(m["rest"].strip())
    if not tail:
        return None
    title = m["title"].strip()
    title = title if title.endswith(("?", "!")) else title[:-1].strip()
    return Citation(
        text=text,
        title=title,
        authors=[a.strip() for a in re.split(r",\s*", re.sub(r",\s*et al$", "", m["authors"]))],
        publisher=tail["pub"].strip(),
        year=int(tail["year"]),
        description=None,
    )


_NAME = r"[A-Z][\w'’-]*\.?"
_PART = r"(?:[A-Z]\.|[A-Z][\w'’-]+)"  # a word of a name written in full, or an initial with its full stop
_MLA_HEAD = re.compile(
    rf"^(?P<last>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?),\s+(?P<given>{_NAME}(?:\s+{_NAME}){{0,2}}?)"
    rf"(?P<others>(?:,\s+{_PART}(?:\s+{_PART}){{1,3}}?)*)"
    rf"(?:,?\s+and\s+(?P<second>{_PART}(?:\s+{_PART}){{1,3}}?))?(?:,?\s+et al)?\.\s+(?P<rest>\S.*)$",
    re.S,
)
# a first name and middle initials ("Carter, Stephen L. Integrity. ..."): the initial's full stop ends the author
_MLA_INITIALLED = re.compile(
    r"^(?P<last>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?),\s+(?P<given>[A-Z][\w'’-]+(?:\s+[A-Z]\.)+)(?P<others>)(?P<second>)"
    r"\s+(?P<rest>[A-Z“\"].*)$",
    re.S,
)
# a book's imprint after its title: "New York: BasicBooks, 1996", "Reading, MA: Perseus Books, 1999"
_IMPRINT = re.compile(
    rf"^(?P<place>[A-Z][\w .'’-]{{1,40}}(?:,\s*[A-Z][\w.]{{1,12}})?)\s*:\s*(?P<pub>[^,:]+),\s*{YEAR}\b"
)
_QUOTED = re.compile(r"^[“\"](?P<title>[^”\"]+?)[.,]?[”\"]\s*(?P<rest>.*)$", re.S)
_EDITION_LEAD = re.compile(r"^(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+)\s+ed\.(?:,\s*|\s+)")  # "4th ed., " / "4th ed. "
# a journal in Chicago style: its name, the volume, the issue ("Harvard Business Review 73, no. 2 (1995): 59–67")
_JOURNAL_VOLUME = re.compile(r"^(?P<journal>[A-Z][^,:()]+?)\s+\d{1,4},\s*no\.\s*\d+")


def parse_mla(text: str) -> Citation | None:
    """ "Rumelt, Richard P. Good Strategy Bad Strategy: The Difference. Crown Business, 2011." and
    'Porter, Michael E. "What Is Strategy?" Harvard Business Review, vol. 74, no. 6, 1996, pp. 61-78.': the first
    author printed surname first, the title, then the publisher (or journal) and the year."""
    m = _MLA_INITIALLED.match(text) or _MLA_HEAD.match(text)
    if not m:
        return None
    given = m["given"] + ("." if re.search(r"\b[A-Z]$", m["given"]) else "")
    authors = [f"{given} {m['last']}"]
    authors += [a.strip() for a in m["others"].split(",") if a.strip()]  # "Stone, Douglas, Bruce Patton and ..."
    if m["second"]:
        authors.append(m["second"].rstrip("."))
    quoted = _QUOTED.match(m["rest"])
    if quoted:
        title, after = quoted["title"].strip(), quoted["rest"]
    else:
        title, after = _first_sentence(m["rest"])
        title = _clean_title(title)
    years = re.findall(rf"\b({YEAR})\b", after)
    imprint = _IMPRINT.match(_EDITION_LEAD.sub("", after.strip()))
    # a one-word title ("Integrity") only before a book's imprint: otherwise the words may be anything
    if not title or not years or len(title.split()) < 2 and imprint is None:
        return None
    # "San Francisco: Jossey-Bass", "Reading, MA: Perseus Books"
    journal = _JOURNAL_VOLUME.match(after.strip())
    if imprint:
        publisher: str | None = imprint["pub"].strip()
    elif journal:
        publisher = journal["journal"].strip()
    else:
        publisher = _publisher(_EDITION_LEAD.sub("", after.strip()).split(",")[0])
    if publisher and re.fullmatch(YEAR, publisher):
        publisher = None
    return Citation(text=text, title=title, authors=authors, publisher=publisher, year=int(years[0]), description=None)


def _title_sentences(title: str, after: str) -> tuple[str, str]:
    """A title of several sentences ("Dare to lead: Brave work. Tough conversations. Whole hearts. Random House."):
    of the short sentences after the first, all but the last (the publisher) belong to the title; a long
    sentence (a description) ends the run."""
    short: list[str] = []
    rest = after
    while rest:
        sentence, remainder = _first_sentence(rest)
        if len(sentence.split()) > 5 or _MEDIUM.match(sentence) or re.search(r"\d", sentence):
            break
        short.append(sentence)
        rest = remainder
    if len(short) < 2:
        return title, after
    extra = short[:-1]
    consumed = after
    for _ in extra:
        consumed = _first_sentence(consumed)[1]
    return ". ".join([title, *extra]), consumed


def _first_sentence(text: str) -> tuple[str, str]:
    """(the first sentence, the rest): a sentence ends at ". ", "? " or "! " outside brackets, not after an
    initial or an abbreviation."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(depth - 1, 0)
        elif ch in ".?!" and depth == 0 and (i + 1 == len(text) or text[i + 1] == " "):
            word = re.search(r"([\w.]+)$", text[:i])
            token = word.group(1).lower() if word else ""
            if ch == "." and (len(token) == 1 or token in _ABBREVIATIONS):
                continue
            end = i + 1 if ch in "?!" else i
            return text[:end].strip(), text[i + 1 :].strip()
    return text.strip().rstrip("."), ""


def _publisher(part: str) -> str | None:
    """ "San Francisco: Jossey-Bass, 2010" -> "Jossey-Bass"; "Harvard Business Review, 89(7/8), 68–74" ->
    "Harvard Business Review"; "Harvard Business Review (November 2007)" -> "Harvard Business Review"."""
    text = part.strip().rstrip(".")
    if not text or _MEDIUM.match(text):
        return None
    place = re.match(r"^(?P<place>[A-Z][\w .'’-]{1,40}(?:,\s*[A-Z][\w.]{1,12})?)\s*:\s*(?P<rest>\S.*)$", text)
    if place and len(place["place"].split()) <= 4:
        text = place["rest"]
    text = re.sub(rf"\s*\([^()]*{YEAR}[^()]*\)$", "", text)
    text = re.sub(rf",\s*{YEAR}$", "", text)
    text = _JOURNAL_TAIL.sub("", text)
    return text.strip().rstrip(",.").strip() or None


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


def split_authors(text: str | None, inverted: bool = False) -> list[str]:
    """ "A. Smith, B. Jones and C. Lee" -> three names; "Smith, J. A., & Lee, C." -> "Smith, J. A.", "Lee, C.".
    `inverted`: the names are printed surname first (an APA author list), so "Gratton, Lydna" is one person."""
    if not text:
        return []
    text = re.sub(r"\s*\bet al\.?", "", text.strip().rstrip(","))
    text = re.sub(r"(?<![\s.][A-Z])\.$", "", text)  # a sentence's full stop, not an initial's
    text = re.sub(r"\((?:eds?|editors?)\.?\)", "", text, flags=re.I).strip()
    parts = re.split(r"\s*(?:,\s*&|&|;|,\s*and\b|\band\b|\bwith\b)\s*", text)  # "Liz Wiseman with Greg McKeown"
    out: list[str] = []
    for part in parts:
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        i = 0
        while i < len(pieces):
            piece = pieces[i]
            given = pieces[i + 1] if i + 1 < len(pieces) else None
            if (
                given is not None
                and not _is_initials(piece)
                and (_is_initials(given) or inverted and _given_names(given))
            ):
                out.append(f"{piece}, {given}")  # "Surname, J. A." / "Surname, Given M."
                i += 2
                continue
            out.append(piece)
            i += 1
    return [_clean(a) for a in out if _clean(a)]


def _given_names(text: str) -> bool:
    """Given names after a surname: capitalised words and initials, at most three ("Julian M.", "Jon R")."""
    words = text.rstrip(".").split()
    return 0 < len(words) <= 3 and all(re.fullmatch(r"[A-Z][\w'’-]*\.?", w) for w in words)


def _is_initials(text: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]\.\s*-?){1,3}", text.strip()))


def _clean_title(text: str | None) -> str:
    if not text:
        return ""
    return text.strip().rstrip(",").strip().strip("\"“”'‘’").rstrip(",").strip().rstrip(".").strip()


def _clean(text: str | None) -> str:
    return (text or "").strip().strip(",").strip()
