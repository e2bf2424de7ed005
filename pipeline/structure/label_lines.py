"""A line that opens with a short label and goes on with its content: "Definition: ...", "Level 2: ...",
"Level 1 – Expresses ...", "Novice: ...", "Key Skills: a | b", a bold lead-in "Core question: ...".

`split_label` returns the label and the content when the line has that shape; whether the label means anything
(a field, a level) is for the labeller to say: a label it does not know leaves the line as printed.
"""

from __future__ import annotations

import re

MAX_LABEL_WORDS = 6
MAX_LEAD_WORDS = 8
# a label: starts with a capital or digit, no sentence punctuation, a few words; then ":" or a spaced dash
_COLON = re.compile(r"^(?P<term>[\"'“(]?[A-Z0-9][^:.!?;]{0,60}?)\s*:\s+(?P<body>\S.*)$")
_DASH = re.compile(r"^(?P<term>[\"'“(]?[A-Z0-9][^:.!?;–—]{0,60}?)\s+[-–—]\s+(?P<body>\S.*)$")
# a typewriter's dash run in ("Followership--Coast Guard people support ...")
_DOUBLE_HYPHEN = re.compile(r"^(?P<term>[\"'“(]?[A-Z0-9](?:[^:.!?;–—-]|-(?!-)){0,60}?)--(?P<body>[A-Z]\S*.*)$")
# a key's "Awareness = able to recognize ...": a spaced equals sign between a name and what it stands for (one
# only: "Level I = Junior ...; Level II = Middle ..." is a whole key run together, no label)
_EQUALS = re.compile(r"^(?P<term>[\"'“(]?[A-Z0-9][^:.!?;=]{0,60}?)\s+=\s+(?P<body>\S(?:(?!\s=\s).)*)$")
# a letter, number or roman numeral typed before a labelled line ("A. ", "2) ", "iv. ")
ENUMERATOR = re.compile(r"^(?:[A-Z]|\d{1,2}|[ivx]{1,4})[.)]\s+(?=[A-Z])")
_NOT_A_LABEL = re.compile(r"^(?:https?|ftp|mailto|www)\b|^\d{1,2}$|^\d{1,2}\s*(?:am|pm)$", re.I)
# what a title says before its colon: the kind of thing it names ("Competency: Vendor Management")
_NAMING_TERM = re.compile(
    r"^(?:core\s+|key\s+)?(?:competency|capability)(?:\s+(?:name|title))?$"
    # "Standard 1: Thinks critically ...", "Domain 2 – Leadership": an entry's number before its name
    r"|^(?:competency|capability|competence|standard|domain|principle|outcome|unit|element|area)"
    r"\s+(?:\d{1,2}(?:\.\d{1,2})?|[A-H]|[IVX]{1,4})$",
    re.I,
)
# what a title says after its colon ("Planning and Organising: Competency Profile"): the kind of page, not a value
_TITLE_KIND = re.compile(
    r"^(?:(?:competency|capability|skills?|role|leadership)\s+)?"
    r"(?:profile|guide|development guide|dictionary|framework|model|overview|summary)$",
    re.I,
)


def numbered_entry_title(text: str) -> bool:
    """ "Standard 3: Maintains the capability for practice", "Standard 1. Mission, Vision, and Core Values",
    "Competency 2.2 Carries out ...": an entry's kind and number before its name."""
    m = _COLON.match(text) or _DASH.match(text) or _NUMBER_STOP.match(text) or _OUTLINE_NUMBERED.match(text)
    if m is None:
        return False
    term = m["term"].strip()
    return bool(_NAMING_TERM.match(term)) and bool(re.search(r"\s\S+$", term))


def kind_and_name(text: str) -> bool:
    """ "Competency: Customer Focus": a line that gives the kind of entry it opens and the entry's name, a short
    name, no sentence (not "Competency: the combination of knowledge, skills ..."), no page number."""
    m = _COLON.match(text)
    if m is None or not _NAMING_TERM.match(m["term"].strip()):
        return False
    body = m["body"].strip()
    words = body.split()
    # (a contents line ends in its page number: "Competency: Coaching 13")
    return 0 < len(words) <= MAX_NAME_WORDS and body[:1].isupper() and not re.search(r"[.,;:!?]|\d$", body)


MAX_NAME_WORDS = 8


# a kind and an outline number before the name, nothing between ("Competency 2.2 Carries out a thorough ...")
_OUTLINE_NUMBERED = re.compile(r"^(?P<term>[A-Z][a-z]+\s+\d{1,2}(?:\.\d{1,2})+)\s+(?P<body>[A-Z].*)$")
# a kind and number closed by a full stop before the name ("Standard 1. Mission, Vision, and Core Values")
_NUMBER_STOP = re.compile(r"^(?P<term>[A-Z][a-z]+\s+(?:\d{1,2}(?:\.\d{1,2})?|[A-H]|[IVX]{1,4}))\.\s+(?P<body>[A-Z].*)$")


def names_its_entry(text: str) -> bool:
    """ "COMPETENCY: Cognitive Skills - Uses sound judgment ...": a line that says it names a competency."""
    m = _COLON.match(text)
    return m is not None and bool(_NAMING_TERM.match(m["term"].strip())) and _DASH.match(m["body"]) is not None


def split_label(text: str, lead: str | None = None) -> tuple[str, str] | None:
    """(label, content) of a labelled line, or None. A bold lead-in is the label when the line goes on after it;
    otherwise a few words before a colon or a spaced dash. Content printed whole in brackets after its label
    ("Meets Expectations (Comes to work regularly ...)") is the text inside them."""
    labelled = _split_label(text, lead)
    if labelled is None:
        return None
    term, body = labelled
    return term, _unbracketed(body)


def _unbracketed(body: str) -> str:
    """The text inside brackets that enclose the whole of it, or the text as it is."""
    if body.startswith("(") and body.endswith(")") and "(" not in body[1:-1] and ")" not in body[1:-1]:
        return body[1:-1].strip() or body
    return body


def _split_label(text: str, lead: str | None) -> tuple[str, str] | None:
    if lead:
        term = lead.strip().rstrip(":–—-").strip()
        rest = text[len(lead) :].lstrip() if text.startswith(lead) else ""
        rest = re.sub(r"^[:–—-]\s*", "", rest)
        if term and rest and len(term.split()) <= MAX_LEAD_WORDS:
            return term, rest
    enumerated = ENUMERATOR.match(text)
    if enumerated:
        text = text[enumerated.end() :]  # "A. Customer Service - Foreseeing ...": the letter numbers the entry
    for pattern in (_COLON, _DASH, _DOUBLE_HYPHEN, _EQUALS):
        m = pattern.match(text)
        if not m:
            continue
        term = m["term"].strip()
        if term.count("(") > term.count(")"):
            continue  # "Excellent Employee (16 – 20 points)": a dash inside brackets joins a range, no label
        if _TITLE_KIND.match(m["body"].strip().rstrip(".")):
            return None
        body = m["body"].strip()
        named = _DASH.match(body) if _NAMING_TERM.match(term) else None
        if named and len(named["term"].split()) <= MAX_LABEL_WORDS:
            # "COMPETENCY: Cognitive Skills - Uses sound judgment ...": the entry's name, then its definition
            return named["term"].strip(), named["body"].strip()
        if _NAMING_TERM.match(term) and len(body.split()) <= 12 and body[:1].isupper() and not body.endswith("."):
            return None  # "Competency: Vendor Management": a title naming the competency, not a field's value
        if len(term.split()) <= MAX_LABEL_WORDS and not _NOT_A_LABEL.search(term):
            return term, m["body"].strip()
    return None
