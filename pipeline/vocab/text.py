"""Pure text normalizers (str -> str) and the small text predicates the later stages share."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from ..model.records import name_key

# Bullet glyphs as they arrive from every format, symbol-font private-use code points included (Symbol U+F0B7,
# Wingdings U+F0A7/U+F0D8/U+F076 ...; a Wingdings bullet converted to text often becomes a plain "(").
BULLET_GLYPHS = "•●○◦▪▫■□◆◇►▶➢➤✓✔✗‣⁃∙·*+-–—»›\u2043\u25aa\u25cf"
_PRIVATE_USE = "\ue000-\uf8ff"
_LEADING_BULLET = re.compile(rf"^\s*(?:[{re.escape(BULLET_GLYPHS)}{_PRIVATE_USE}]+|o(?=\s))\s*")
_LEADING_NUMBER = re.compile(r"^\s*(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]|\d{1,3}\.(?=\s))\s+", re.I)
_WS = re.compile(r"\s+")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*$")
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def fold(text: str) -> str:
    """Text reduced for comparison: compatibility forms composed (NFKC: ligatures, full-width letters, NBSP), case
    folded, every run of white space one space, ends trimmed. The one fold the stages compare and key text with.
    It is the model's `name_key` (by which `Dataset.by_name` finds a name), defined with the records because the
    model imports nothing of the pipeline."""
    return name_key(text)


_NON_WORD = re.compile(r"\W+")


def fold_words(text: str) -> str:
    """`fold` with punctuation ignored as well: only the words and their order count ("Self-awareness." and
    "self awareness" are one)."""
    return _NON_WORD.sub(" ", fold(text)).strip()


def collapse_whitespace(text: str) -> str:
    """Every run of white space, NBSP and line breaks included, becomes one space; ends trimmed."""
    return _WS.sub(" ", text.replace("\u00a0", " ").replace("\u200b", "")).strip()


# an outline code before a list item or a table cell's line: "1A2.", "2.3.1", "2.1a", "B.4" (not a plain number)
_OUTLINE_CODE = re.compile(
    # (not a quantity: "4.5 days", "1.5 hours" in a course's length column)
    r"^\s*(?:\d{1,2}[A-Z]\d{1,2}|\d{1,2}(?:\.\d{1,2}){1,3}|\d{1,2}(?:\.\d{1,2}){1,2}[a-z](?=\s+[A-Z])|[A-Z]\.\d{1,2})"
    r"\.?\s+(?=\S)"
    r"(?!(?:days?|hours?|hrs?|weeks?|wks?|months?|years?|yrs?|minutes?|mins?|credits?|points?|units?|ceus?)\b)"
    # a behaviour's code: "OB 0.1", "iOB 3.1", "K0716", "S12", "NF-COM-001"; a trade standard's criterion,
    # "A-5.01.01P" (task, sub-task, criterion and its kind)
    r"|^\s*(?:[a-zA-Z]{1,4}\s?\d{1,2}(?:\.\d{1,2})+|[A-Z]{1,3}\d{1,5}|[A-Z]{2,4}(?:-[A-Z0-9]{2,5}){1,3}"
    r"|[A-Z]-\d{1,3}(?:\.\d{1,3}){1,3}[A-Z]?)\.?\s+(?=[A-Za-z])"
)


def clean_bullet(text: str) -> str:
    """Remove a leading bullet glyph (including symbol-font and private-use glyphs) and list numbering."""
    out = _LEADING_BULLET.sub("", text, count=1)
    out = _LEADING_NUMBER.sub("", out, count=1)
    return out


def strip_outline_code(text: str) -> str:
    """ "1A2. Recognizes quantitative data" -> "Recognizes quantitative data"."""
    return _OUTLINE_CODE.sub("", text, count=1)


# pictographs a handbook puts before its headings ("🛠️ Technical Skills", "🧑‍💻 Software Engineer"): emoji with
# their variation selectors, joiners and skin tones
_EMOJI_PREFIX = re.compile(
    "^(?:[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff][\ufe0f\u200d\U0001f3fb-\U0001f3ff"
    "\U0001f000-\U0001faff\u2600-\u27bf]*\\s*)+"
)


def strip_glyph_prefix(text: str) -> str:
    """Heading text without a decorative glyph: the Wingdings "(" before a theme heading, a private-use bullet, an
    emoji."""
    text = _EMOJI_PREFIX.sub("", text.strip())
    if re.match(rf"^[({_PRIVATE_USE}](?=[A-Z])", text) and text.count("(") > text.count(")"):
        return text[1:].strip()
    return _LEADING_BULLET.sub("", text, count=1).strip()


GLUED_NUMBER = re.compile(r"^\s*(?:[IVX]{1,4}|\d{1,2})\.(?=[A-Z][a-z]{2,})")


def strip_heading_number(text: str) -> str:
    """ "3. Determine Customer Needs" -> "Determine Customer Needs"; "A. Scope" -> "Scope"; outline codes too:
    "A.1 Identify Need" -> "Identify Need", "IV. Ethics" -> "Ethics"; a code relative to the heading above (".2
    Definition", as handbooks number a section's parts) and letters or numbers in brackets ("(a) Scope", "b) Scope");
    a number typed without its space before a word ("I.Team Membership Skills", "2.Communication"); a number and
    a dash ("1 - BUILDS RELATIONSHIPS")."""
    text = GLUED_NUMBER.sub("", text)
    return re.sub(
        r"^\s*(?:\d{1,2}\s+[-–—]|\d{1,2}(?:\.\d{1,2})*[.)]?|[A-Z]\.?\d{1,2}(?:\.\d{1,2})*[.)]?|[A-Z][.)]|[IVX]{1,4}[.)]"
        r"|\.\d{1,2}(?:\.\d{1,2})*|\((?:\d{1,2}|[A-Za-z]|[ivx]{1,4})\)|[a-z][.)](?=\s+[A-Z])"
        r"|[A-Z]{1,3} \d{1,2}(?:\.\d{1,2})+)\s+(?=\S)",  # "C 4.2 Communication": a lettered outline code
        "",
        text,
    ).strip()


def ends_sentence(text: str) -> bool:
    return bool(_TERMINAL.search(text.rstrip()))


def starts_lower(text: str) -> bool:
    t = text.lstrip()
    return bool(t) and t[0].islower()


def join_lines(lines: list[str], is_word: Callable[[str], bool] | None = None) -> str:
    """Join the lines of a wrapped paragraph. A hyphen at a line end is kept when it joins two words of their own
    ("follow-" + "through"), removed when it splits one word ("develop-" + "ment")."""
    pieces: list[str] = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not pieces:
            pieces.append(line)
            continue
        previous = pieces[-1]
        m = re.search(r"(\w+)-$", previous[-80:]) if previous.endswith("-") else None
        if m and line[:1].islower():
            second = re.match(r"[\w']+", line)
            second_word = second.group(0) if second else ""
            first = m.group(1)
            split_word = (
                is_word is not None and not (is_word(first) and is_word(second_word)) and is_word(first + second_word)
            )
            pieces[-1] = previous[:-1] if split_word else previous
            pieces.append(line)
            continue
        if re.search(r"\d[–-]$", previous) and line[:1].isdigit():
            pieces.append(line)  # a range broken after its dash ("levels 6–" + "10"): one range
            continue
        pieces.append(" " + line)
    return "".join(pieces)


_LEADING_PAGE_NUMBER = re.compile(r"^#\s*[|•·:–—-]?\s*")
_TRAILING_PAGE_NUMBER = re.compile(r"\s*[|•·:–—-]?\s*#$")


def margin_key(text: str) -> str:
    """What a running header or footer says on every page: its numbers as "#", without the page number at its
    start or else at its end, which mirrored pages print on either side ("12 | Framework 2018", "Framework 2018 |
    13")."""
    key = re.sub(r"\d+", "#", collapse_whitespace(text))
    lead = _LEADING_PAGE_NUMBER.match(key)
    if lead and lead.end() < len(key):
        return key[lead.end() :]
    return _TRAILING_PAGE_NUMBER.sub("", key) or key


def slug(text: str) -> str:
    """Stable id of a name: lower case, "&" dropped, each run of other non-alphanumerics becomes "-". Letters of
    other scripts are transliterated ("Лидерство" -> "liderstvo"), so no name loses its id; a name with no letter
    or digit at all gets one from its hash."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    if not text.isascii():
        from text_unidecode import unidecode

        text = unidecode(text)
    text = text.lower().replace("&", "")
    out = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if not out and text.strip():
        import hashlib

        out = "c-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return out


def heading_key(text: str) -> str:
    """A heading reduced for comparison: glyphs, numbering, trailing colon and case gone, whitespace collapsed.

    Its last step is a plain casefold, not `fold`: the headings it compares are matched against the vocabulary's
    section names through `language.lemma_key`, and the extraction rules and their corpus scores were set on that;
    composing compatibility forms here as well would be an extraction change, to be made with the scores."""
    text = strip_heading_number(strip_glyph_prefix(collapse_whitespace(text)))
    text = re.sub(r"\s*\([^()]{1,40}\)\s*:?$", "", text)  # a qualifier: "Descriptors (all levels)"
    text = text.rstrip(":.").strip()
    return text.casefold()


def heading_text(text: str) -> str:
    """A heading as a group or name: glyph, numbering and trailing colon gone ("3. Make the Customer #1:"), and
    the "(cont.)" of a heading printed again on the next page or slide; a name printed in quotes as a whole
    ("“Accountability”") without them."""
    bare = strip_heading_number(strip_glyph_prefix(collapse_whitespace(text))).rstrip(":").strip()
    bare = CONTINUED.sub("", bare).rstrip(":").strip()
    if len(bare.split()) <= RUN_IN_WORDS:
        bare = RUN_IN_STOP.sub("", bare)  # a run-in head's full stop ("Technology. Uses ..."), not an abbreviation's
    quoted = QUOTED_WHOLE.fullmatch(bare)
    return quoted["name"] if quoted else bare


# "(cont.)", "(continued)", "– continued" after a heading printed again where its content goes on
CONTINUED = re.compile(r"\s*(?:\((?:cont(?:'d|inued)?\.?)\)|[–—-]\s*continued)$", re.I)
QUOTED_WHOLE = re.compile(r"[“\"‘'](?P<name>[^“”\"‘’']+)[”\"’']")


RUN_IN_WORDS = 6
RUN_IN_STOP = re.compile(r"(?<=[a-z]{3})\.$")
