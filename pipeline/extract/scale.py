"""Proficiency levels: what a level label is, which runs of labels form a scale, and how the levels rank.

- `parse_level` reads one label with the vocabulary's patterns (`pipeline/vocab/levels.yaml`): a number
  ("Proficiency Level 5", "LEVEL II"), a letter ("Level B"), a known level name ("Advanced", "4 - Expert").
- `is_scale` says whether the labels of a run of siblings form a scale: numbers that rise or fall in steps,
  letters in order, names of one of the vocabulary's scales. One label alone is a level only when it says so
  ("Level 3").
- `rank_levels` gives rank 1 to the lowest level, whatever order the document prints them in: the document's own
  key where it has one, else the printed numbers, else the places of the names on their scale, else print order.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set
from dataclasses import dataclass, replace

from ..model.tree import LevelLabel
from ..vocab.language import lemma_key
from ..vocab.text import heading_key, strip_glyph_prefix
from ..vocab.vocabulary import Vocabulary
from .shapes import short_phrase
from .terms import KIND_WORDS, section_field

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
MAX_LABEL_CHARS = 80


TRANSITION = re.compile(r"^(?P<start>.{2,30}?)\s+(?:to|→|->)\s+(?P<end>.{2,30})$", re.I)


def parse_level(text: str, vocab: Vocabulary, header: bool = False) -> LevelLabel | None:
    """The level a label names, or None. `header`: the label is a table's header cell, where grade labels
    ("APS 4", "EL1") also count."""
    question = ("parse_level", text, header)
    if question not in vocab.memo:
        vocab.memo[question] = _parse_level(text, vocab, header)
    answer: LevelLabel | None = vocab.memo[question]
    return answer


def _as_label(text: str) -> str:
    return re.sub(r"\s+", " ", strip_glyph_prefix(text)).strip().rstrip(":").strip()


def _parse_level(text: str, vocab: Vocabulary, header: bool = False) -> LevelLabel | None:
    label = _as_label(text)
    if re.fullmatch(r"[A-Za-z0-9]{1,3}\.", label):
        label = label[:-1]  # "A. Uses unit equipment ...": the letter, not its full stop
    if not label or len(label) > MAX_LABEL_CHARS:
        return None
    step = TRANSITION.match(label)
    if step:
        start, end = parse_level(step["start"], vocab, header), parse_level(step["end"], vocab, header)
        if start is not None and end is not None:  # "Junior to Mid": the step up from the first
            return replace(start, label=label)
    one = _parse_one(label, vocab, header)
    if one is None and label.endswith(")") and not re.search(r"[.!?]\)$", label):
        # a grade or a note in brackets after the label ("Level 1 (GA)", "Advanced (Senior Officers)"); a sentence
        # in brackets is the level's text ("Meets Expectations (Shows personal integrity.)")
        bare = re.sub(r"\s*\([^()]*\)$", "", label)
        found = _parse_one(bare, vocab, header) if bare and bare != label else None
        one = replace(found, label=label) if found is not None else None
    if one is None:
        one = _group_of_people(label, vocab)
    if one is None:
        # a level's name before the field its content fills ("Foundational Outcomes", "Advanced Behaviours"): the
        # level, by its name
        m = FIELD_AFTER.match(label)
        judging = m is not None and m["head"].casefold() in JUDGING_WORDS | KIND_WORDS
        found = _parse_one(m["head"], vocab, header) if m and not judging else None
        one = replace(found, label=label) if found is not None and found.name else None
    if one is None:
        # a section's name with the level after a dash ("Behavioral Indicators – Operational level"): the level,
        # when the part after the dash says it is one
        parts = re.split(r"\s+[-–—]\s+", label)
        last = re.sub(r"\s*\([^()]*\)$", "", parts[-1])  # "Software Engineer - Level L1 (0-1 Years Experience)"
        tail = _parse_one(last, vocab, header) if len(parts) == 2 and last else None
        if tail is not None and explicit(tail) and label.casefold() not in vocab.named_at_level:
            return replace(tail, label=label)
    return one


FIELD_AFTER = re.compile(
    r"^(?P<head>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?)\s+"
    r"(?:outcomes|behaviou?rs|indicators|expectations|descriptors|competencies|practices)$",
    re.I,
)


# words that judge a behaviour rather than rank it ("Effective Behaviours" beside "Ineffective Behaviours")
JUDGING_WORDS = {
    "effective",
    "ineffective",
    "positive",
    "negative",
    "exemplary",
    "outstanding",
    "unsatisfactory",
    "expected",  # "Expected Behaviours": the behaviours expected, at whatever level
    "successful",
}


def _group_of_people(label: str, vocab: Vocabulary) -> LevelLabel | None:
    """A level named for a group of people ("All Staff", "For Managers", "Senior Leaders", "Team Leader/Project
    Manager"): the first of its names the vocabulary knows, in the singular."""
    plain = re.sub(r"^(?:all|for|for all)\s+", "", label, flags=re.I)
    # "Team Leader/Project Manager": names of people, each capitalised, the first the vocabulary knows ranking it; a
    # known word before a slash and a phrase in lower case ("Learning/strategic systems thinking") names nobody
    names = [name.strip() for name in plain.split("/")]
    if len({name[:1].isupper() for name in names}) > 1:
        return None  # set unlike: a name, then a phrase of another kind
    found = [_person(name, label, vocab) for name in names]
    if len(names) > 1 and not all(f is not None or PERSON.search(n) for f, n in zip(found, names, strict=True)):
        return None  # "Supervisory/Leadership Skills": a known word beside a name of no one, a competency's name
    return next((f for f in found if f is not None), None)


# the last word of a name for people ("Project Manager", "Analysts", "Support Staff")
PERSON = re.compile(r"(?:er|or|ist|ant|ent|eer|ian|ee|ive|staff|member|lead|head|people)s?$", re.I)


def _person(name: str, label: str, vocab: Vocabulary) -> LevelLabel | None:
    # "Senior Leaders" -> "Senior Leader"; "Managers of Managers" -> "Manager of Managers"
    for singular in (re.sub(r"(?<=[a-z])s$", "", name), re.sub(r"^(\w+?[a-z])s\b", r"\1", name)):
        if singular == label:
            continue
        found = _parse_one(singular, vocab, False)
        if found is not None and found.name:
            return replace(found, label=label)
    return None


ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
# ("Level one", "Stage three": a level counted in words)
ORDINALS |= {w: n for n, w in enumerate("one two three four five six seven eight nine ten".split(), start=1)}


def _parse_one(label: str, vocab: Vocabulary, header: bool) -> LevelLabel | None:
    patterns = vocab.level_patterns + (vocab.header_level_patterns if header else ())
    for pattern in patterns:
        m = pattern.fullmatch(label)
        if not m:
            continue
        groups = m.groupdict()
        known = groups.get("known")
        if known is not None and known.strip().lower() not in vocab.level_names:
            continue
        if groups.get("start"):  # a range of grades: ordered by its first number, ranked in order (no gaps)
            return LevelLabel(label=label, order=float(int(groups["start"])), numeric=False)
        num, letter, name = groups.get("num"), groups.get("letter"), groups.get("name") or known or groups.get("word")
        known_name = name.strip().lower() if name and name.strip().lower() in vocab.level_names else None
        if num:
            value = int(num) if num.isdigit() else ROMAN.get(num.lower()) or ORDINALS.get(num.lower())
            if value is None:
                continue
            return LevelLabel(label=label, order=float(value), numeric=True, name=known_name)
        if letter:
            return LevelLabel(
                label=label, order=float(ord(letter.lower()) - ord("a") + 1), numeric=False, letter=letter.upper()
            )
        if known_name:
            sub = groups.get("sub")
            step = (int(sub) if sub.isdigit() else ROMAN.get(sub.lower(), 0)) / 10 if sub else 0.0
            return LevelLabel(label=label, order=vocab.level_names[known_name] + step, numeric=False, name=known_name)
        if groups.get("word"):
            return LevelLabel(label=label, order=0.0, numeric=False)  # "X Level": ordered by print order
    return None


def explicit(level: LevelLabel) -> bool:
    """The label says it is a level ("Level 3", "Proficiency Level 2", "Tier B", a rubric's "Capable (11 – 15
    points)"), not only a name or a number."""
    return bool(EXPLICIT.search(level.label))


EXPLICIT = re.compile(
    r"\b(?:level|lvl|stage|tier|band|grade|phase)s?\b"
    r"|\(\s*\d{1,3}\s*(?:[-–—]|to)\s*\d{1,3}\s*(?:points?|pts\.?|marks?)\s*\)",
    re.I,
)


def is_scale(levels: list[LevelLabel], vocab: Vocabulary) -> bool:
    """Do these labels, in print order, form a proficiency scale?"""
    if len(levels) == 1:
        # "Level 3" alone says it is a level; "Vetting level: Management Vetting" names no step of a scale
        one = levels[0]
        return explicit(one) and bool(one.numeric or one.letter or one.name)
    if len({lv.label.casefold() for lv in levels}) < len(levels):
        return False  # the same label twice is no scale (a repeated pane heading is merged before this)
    if all(lv.numeric for lv in levels):
        orders = [lv.order for lv in levels]
        # "Level 1" ... "Level 4" then "Level 0 - Ineffective": a scale with its zero (not yet effective) step
        # printed apart, after the others
        return _monotonic(orders) or 0 in orders and _monotonic([o for o in orders if o]) and _consecutive(orders)
    if all(lv.letter for lv in levels):
        return _monotonic([lv.order for lv in levels])
    names = [lv.name for lv in levels]
    if all(names):
        return any(all(n in scale for n in names) for scale in vocab.level_scales) or all(explicit(lv) for lv in levels)
    return all(explicit(lv) for lv in levels) and len(levels) >= 2


GRADE_CODE = re.compile(r"^(?P<code>[A-Za-z]{1,5})\s*[-–]?\s*\d")


def grade_series(levels: list[LevelLabel]) -> bool:
    """Grades of two families or more, each family's columns side by side and rising left to right ("APS 1-2 |
    APS 3-4 | EL 1 | EL 2")."""
    codes = [m["code"].casefold() if (m := GRADE_CODE.match(lv.label)) else None for lv in levels]
    if None in codes or any(lv.name or lv.letter for lv in levels):
        return False
    runs = [code for k, code in enumerate(codes) if not k or code != codes[k - 1]]
    if len(runs) < 2 or len(set(runs)) != len(runs):
        return False  # one family, or a family split by another
    return all(
        [lv.order for lv, c in zip(levels, codes, strict=True) if c == code]
        == sorted({lv.order for lv, c in zip(levels, codes, strict=True) if c == code})
        for code in runs
    )


def _consecutive(values: list[float]) -> bool:
    steps = sorted(values)
    return len(steps) >= 3 and all(b - a == 1 for a, b in zip(steps, steps[1:]))


def _monotonic(values: list[float]) -> bool:
    steps = [b - a for a, b in zip(values, values[1:], strict=False)]
    return bool(steps) and (all(s > 0 for s in steps) or all(s < 0 for s in steps))


def _monotonic_loose(values: list[float]) -> bool:
    steps = [b - a for a, b in zip(values, values[1:], strict=False)]
    return values[0] != values[-1] and (all(s >= 0 for s in steps) or all(s <= 0 for s in steps))


def numbered_scale(numbers: list[int]) -> bool:
    """Numbers of ordered items that count a scale: 1, 2, 3 ... (or down), without gaps."""
    steps = [b - a for a, b in zip(numbers, numbers[1:], strict=False)]
    return len(numbers) >= 2 and (all(s == 1 for s in steps) or all(s == -1 for s in steps))


@dataclass(frozen=True)
class RankedLevel:
    label: LevelLabel
    rank: int


def rank_levels(labels: list[LevelLabel], vocab: Vocabulary, key: dict[str, float] | None = None) -> list[int]:
    """The rank of each label (1 = lowest proficiency), in the order given."""
    if not labels:
        return []
    if key and len(labels) == 1 and labels[0].label.casefold() in key and all(v > 0 for v in key.values()):
        # a competency held at one level of a key printed with its ranks ("Intermediate" of "Foundation |
        # Intermediate | Advanced"): that level's place on the key; alone it could only rank 1
        on_key = {value: n for n, value in enumerate(sorted(set(key.values())), start=1)}
        return [on_key[key[labels[0].label.casefold()]]]
    if key and all(lv.label.casefold() in key for lv in labels):
        return _dense([key[lv.label.casefold()] for lv in labels])
    if key and all(lv.letter and f"level {lv.letter.lower()}" in key for lv in labels):
        return _dense([key[f"level {lv.letter.lower()}"] for lv in labels if lv.letter])
    if key and all(lv.numeric and f"level {int(lv.order)}" in key for lv in labels):
        return _dense([key[f"level {int(lv.order)}"] for lv in labels])  # "Level 1 is the most senior"
    if all(lv.numeric for lv in labels) and len({lv.order for lv in labels}) == len(labels):
        # the printed numbers are the ranks, so "Level 3" ranks 3 in every competency of a framework that prints
        # only some of its levels; a scale starting at 0 ("Level 0 - Ineffective") moves up by one (ranks start at 1)
        shift = max(0, 1 - min(int(lv.order) for lv in labels))
        return [int(lv.order) + shift for lv in labels]
    names = [lv.name for lv in labels]
    scale = next((s for s in vocab.level_scales if all(n and n in s for n in names)), None)
    if scale is None and len({lv.order for lv in labels}) == len(labels) and not any(lv.numeric for lv in labels):
        return _dense([lv.order for lv in labels])  # ordered by the document (print order, a table's direction)
    if scale is not None:  # the names' places on their scale, a step number breaking ties ("Senior 1", "Senior 2")
        places = [scale[lv.name] + (lv.order - int(lv.order)) for lv in labels if lv.name]
        if len(set(places)) < len(places) and _monotonic_loose(places):
            # two names share a place ("Team Leader", "Supervisor") but the print order agrees with the scale:
            # the print order tells them apart
            return print_order_ranks(labels, high_first=places[0] > places[-1])
        return _dense(places)
    if (
        all(lv.letter for lv in labels)
        or len({lv.order for lv in labels}) == len(labels)
        and not any(lv.numeric for lv in labels)
    ):
        return _dense([lv.order for lv in labels])
    return list(range(1, len(labels) + 1))


def print_order_ranks(labels: list[LevelLabel], high_first: bool) -> list[int]:
    n = len(labels)
    return [n - i if high_first else i + 1 for i in range(n)]


def _dense(values: list[float]) -> list[int]:
    order = sorted(set(values))
    return [order.index(v) + 1 for v in values]


def level_key(entries: list[tuple[str, str]], vocab: Vocabulary) -> dict[str, float]:
    """A document's key to its level scale, from (label, description) pairs printed before the competencies
    ("Level A – outstanding performance ...", ..., "Level C – developing"): the order of the key's lines, read
    upward or downward as the scale words in the descriptions say. {} when the key says nothing of its order."""
    from ..vocab.language import lemma

    rows = []
    for label, description in entries:
        words = re.findall(r"[a-z]+", description.lower())
        place = next((vocab.level_names[w] for w in words if w in vocab.level_names), None)
        if place is None:
            place = next((vocab.level_names[lemma(w)] for w in words if lemma(w) in vocab.level_names), None)
        rows.append((label.casefold().rstrip(":").strip(), place))
    known = [(i, v) for i, (_, v) in enumerate(rows) if v is not None]
    if len(rows) < 2 or len(known) < 2 or known[0][1] == known[-1][1]:
        return {}
    descending = known[0][1] > known[-1][1]
    n = len(rows)
    return {label: float(n - i if descending else i + 1) for i, (label, _) in enumerate(rows)}


STEPPED = re.compile(r"^(?P<prefix>[A-Za-z][\w&'’/ -]{1,40}?)\s+(?P<step>[IVX]{1,4}|\d{1,2})$")


def document_ladders(labels: list[tuple[str, int]], vocab: Vocabulary, defined: Set[str] = frozenset()) -> Vocabulary:
    """The vocabulary with the document's own ladders added: a title with a step ("Nurse Clinician I", "Engineer
    2") is a level when the same steps of one title, counted without a gap, recur under at least two different
    headings, as a ladder printed again for each competency does. An enumeration ("Domain 1", "Domain 2") is
    printed once. `labels`: each short label of the document with the id of the node it sits under; `defined`:
    the labels that head a definition of their own somewhere (entries, no steps)."""
    parents: dict[str, dict[int, set[int]]] = {}  # prefix -> step -> parent ids
    for text, parent in labels:
        m = STEPPED.match(text.strip().rstrip(":").strip())
        if not m or parse_level(m["prefix"], vocab) is not None:
            continue
        if section_field(m["prefix"], vocab) is not None:
            continue  # "Question 1", "Question 2" under each competency and again in a score sheet: a field's items
        step = m["step"]
        value = int(step) if step.isdigit() else ROMAN.get(step.lower())
        if value is None:
            continue
        parents.setdefault(m["prefix"].casefold(), {}).setdefault(value, set()).add(parent)
    ladders = []
    for prefix, steps in sorted(parents.items()):
        recurring = sorted(v for v, where in steps.items() if len(where) >= 2)
        if len(recurring) >= 2 and numbered_scale(recurring) and len(recurring) == len(steps):
            ladders.append(re.compile(rf"^(?P<ladder>{re.escape(prefix)})\s+(?P<num>\d{{1,2}}|[ivx]{{1,4}})$", re.I))
    named = _numbered_names(labels, vocab, defined)
    if named:
        names = "|".join(re.escape(name) for name in sorted(named, key=len, reverse=True))
        ladders.append(re.compile(rf"^(?P<num>\d{{1,2}})\s*[-–—:.)]\s*(?:{names})$", re.I))
    if not ladders:
        return vocab
    return replace(vocab, level_patterns=vocab.level_patterns + tuple(ladders))


NAMED_STEP = re.compile(r"^(?P<step>\d{1,2})\s*[-–—:.)]\s*(?P<name>[A-Z][\w/&'’-]*(?:\s+[\w/&'’-]+){0,2})$")


def _numbered_names(labels: list[tuple[str, int]], vocab: Vocabulary, defined: Set[str] = frozenset()) -> set[str]:
    """The names of a numbered scale of the document's own ("0 - None", "1 - Understand", ... "5 - Evangelise"):
    three steps or more, counted without a gap, each step one name, the same run printed again under at least two
    different headings, as a scale printed for every competency is. Numbered sections the vocabulary knows ("1.
    Definition", "2. Behaviours") are no scale, nor is a numbered list printed once."""
    runs: dict[int, dict[int, str]] = {}  # parent id -> step -> name
    for text, parent in labels:
        m = NAMED_STEP.match(text.strip().rstrip(":").strip())
        if m and section_field(m["name"], vocab) is None:
            runs.setdefault(parent, {})[int(m["step"])] = m["name"].casefold()
    counted = Counter(tuple(sorted(run.items())) for run in runs.values() if len(run) >= 3)
    for run, times in sorted(counted.items()):
        steps = [step for step, _ in run]
        names = {name for _, name in run}
        if times >= 2 and numbered_scale(steps) and len(names) == len(run) and not names & defined:
            # ("1. Dependability" over "The extent to which the applicant can be relied upon ...": an entry listed
            # again, not the step of a scale)
            return names
    return set()


# (not across a bracket: "from the highest (Level 4) to the lowest (Level 1)" says nothing of Level 4 being lowest)
STATED = re.compile(
    r"\blevel\s+(?P<label>[A-Ja-j]|\d{1,2}|one)\b[^.;()]{0,20}?\b(?:is|being|as)?\s*the\s+"
    r"(?P<end>highest|lowest|most senior|most advanced|most basic|top|entry)\b",
    re.I,
)


def stated_direction(texts: list[str]) -> dict[str, float]:
    """A key from a sentence that says which end of the scale a label is ("levels A, B, C and D – with level A the
    highest", "Level 1 is the most senior"): letters or numbers ranked the other way round when the first one is
    the highest. {} when no sentence says so, or when it says the usual order."""
    for text in texts:
        m = STATED.search(text)
        if not m:
            continue
        label, end = m["label"].lower().replace("one", "1"), m["end"].lower()  # "Level one is the highest"
        high = end in ("highest", "most senior", "most advanced", "top")
        first = label in ("a", "1")
        if high != first:
            return {}  # "level D the highest", "level 1 the lowest": the usual order
        if label.isalpha():
            return {f"level {chr(c)}": float(-i) for i, c in enumerate(range(ord("a"), ord("j") + 1))}
        return {f"level {n}": float(-n) for n in range(0, 21)}
    return {}


# "Each capability is described at five levels: Foundational, Intermediate, Adept, Advanced and Highly Advanced"
LISTED = re.compile(r"\blevels?\b[^.:;]{0,40}:\s*(?P<names>[^.:;]{10,200})", re.I)


def listed_scale(texts: list[str], vocab: Vocabulary) -> dict[str, float]:
    """A key from a sentence listing the scale's levels in order, lowest first ("five levels: Foundational,
    Intermediate, Adept, Advanced and Highly Advanced"): each name's place. {} when no sentence lists three names or
    more, at least two of them levels the vocabulary knows, in its order."""
    for text in texts:
        m = LISTED.search(text)
        if not m:
            continue
        names = [n.strip() for n in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m["names"]) if n.strip()]
        if len(names) < 3 or not all(short_phrase(n, 3) and n[:1].isupper() for n in names):
            continue
        known = [lv.order for n in names if (lv := parse_level(n, vocab)) is not None and lv.name]
        if len(known) >= 2 and known == sorted(known) and len(set(known)) == len(known):
            return {n.casefold(): float(i) for i, n in enumerate(names, start=1)}
    return {}


NUMBERED_TITLE = re.compile(r"^(?P<n>\d{1,2})\s*[-–—.:)]\s+\S")


def _key_name(term: str, body: str) -> str | None:
    """The name a numbered level's key line gives it: after the number ("Career Stage 1: Beginning Teachers"), or
    the capitalised words its text opens with ("Career Stage 1" / "Beginning Teachers have ...")."""
    after = re.split(r"\s*[:–—]\s+", term, maxsplit=1)
    if len(after) == 2 and after[1][:1].isupper():
        return after[1].strip()
    m = LEADING_NAME.match(body)
    return m["name"] if m else None


# the capitalised words a key's line opens with before its text goes on in lower case ("Beginning Teachers have ...")
LEADING_NAME = re.compile(r"^(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?=[a-z])")
KEY_HEADING = re.compile(
    # ("Four-Level Rating System", "Rating Scale": a rating's levels explained)
    r"^(?:the\s+)?(?:\w[\w-]*\s+)?(?:levels?|stages?|scale|bands?|tiers?|rating(?:\s+(?:system|scale|levels))?)"
    r"(?:\s+of\s+\w+(?:\s+\w+)?)?"
    r"(?:\s+(?:at\s+a\s+glance|explained|in\s+brief|overview|summary))?\s*:?$",  # "Proficiency levels at a glance"
    re.I,
)


MAX_SCALE_NAME_WORDS = 6  # "Does Not Achieve Performance Standards"


def new_scale(names: list[str], vocab: Vocabulary, header: bool = False) -> dict[str, int] | None:
    """A scale of the document's own from its names, lowest first: at least three distinct short names with a
    capital and no digit ("Level 1", "Band 2" are levels already), not all of them known to the vocabulary."""
    if len(names) < 3 or len({n.casefold() for n in names}) < len(names):
        return None
    if not all(short_phrase(n, MAX_SCALE_NAME_WORDS) and n[:1].isupper() and not re.search(r"\d", n) for n in names):
        return None
    if all(parse_level(n, vocab, header=header) is not None for n in names):
        return None  # a scale the vocabulary knows already
    return {n.casefold(): position for position, n in enumerate(names)}


def lowest_first(names: list[str], vocab: Vocabulary) -> list[str]:
    """A key's names lowest first: reversed when those the vocabulary knows go down ("Senior Leadership",
    "Principal", "Lead", "Mid", "Associate"), or when the last one says the standard is not met and the first does
    not ("Exemplary" ... "Does Not Achieve Performance Standards")."""
    known = [lv for n in names if (lv := parse_level(n, vocab)) is not None]
    if len(known) >= 2:
        return names[::-1] if known[0].order > known[-1].order else names
    return names[::-1] if NOT_MET.match(names[-1]) and not NOT_MET.match(names[0]) else names


# a rating that says the standard is not met: the bottom of its scale
NOT_MET = re.compile(
    r"^(?:does\s+not|did\s+not|not\s+(?:yet\s+)?(?:met|meet|achiev|demonstrat)|fails?\b|below\b|unsatisfactory\b"
    r"|unacceptable\b|ineffective\b)",
    re.I,
)


def with_scales(vocab: Vocabulary, scales: list[dict[str, int]], first: bool = False) -> Vocabulary:
    """The vocabulary with the document's own scales: each name a level wherever the document prints it, as printed
    ("Senior practitioner/expert nurse"), however many words, ranked by its place on its scale. `first`: the names
    are read before the vocabulary's patterns ("Senior Engineer 1" is the ladder's fourth step, not a level 1)."""
    level_names = dict(vocab.level_names)
    patterns = list(vocab.level_patterns)
    for scale in scales:
        for name, position in scale.items():
            level_names.setdefault(name, position)
        alternatives = "|".join(re.escape(name) for name in sorted(scale, key=len, reverse=True))
        known = re.compile(rf"^(?P<known>{alternatives})$", re.I)
        if first:
            patterns.insert(0, known)
        else:
            patterns.append(known)
    return replace(
        vocab,
        level_names=level_names,
        level_scales=vocab.level_scales + tuple(scales),
        level_patterns=tuple(patterns),
    )


# a lead-in saying the list below it names the levels ("... describes practice at four levels:", "The stages are:")
# (the lead-in ends on them: "... progress through six levels; this page covers three areas:" lists the areas)
LEVELS_LISTED = re.compile(r"\b(?:levels?|stages?|bands?|tiers?)(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?\s*:$", re.I)


def listed_levels(lists: list[tuple[str, list[str]]], vocab: Vocabulary) -> Vocabulary:
    """The vocabulary with the scale a document lists under a lead-in that speaks of levels (three names or more,
    lowest first unless those the vocabulary knows go down): the names are then levels wherever the document prints
    them (a table's header over every competency)."""
    scales = [
        scale
        for lead_in, names in lists
        if LEVELS_LISTED.search(lead_in.strip())
        and (scale := new_scale(lowest_first([n.strip().rstrip(";,.") for n in names], vocab), vocab)) is not None
    ]
    return with_scales(vocab, scales) if scales else vocab


def document_keys(runs: list[tuple[str, list[tuple[str, str]]]], vocab: Vocabulary) -> Vocabulary:
    """The vocabulary with the scale a document explains in a key of its own: a heading naming levels ("Career
    stages", "Levels of performance") over at least three labelled lines, each a short name and what it means
    ("Graduate – teachers who have completed ...", "Highly Accomplished – ..."), lowest first unless the names the
    vocabulary knows go down. The names are then levels wherever the document prints them (a table's header)."""
    scales = []
    keys = []
    letters: set[str] = set()
    for heading, lines in runs:
        if not KEY_HEADING.match(strip_glyph_prefix(heading).strip()):
            continue
        # ("Exemplary (EX)": the name, then the code the document may use for it)
        names = [CODE_AFTER_NAME.sub("", t.strip().rstrip(":").strip()) for t, _ in lines]
        lettered = [parse_level(n, vocab) for n in names]
        if len(names) >= 3 and all(lv is not None and lv.numeric for lv in lettered):
            # "Career Stage 1: Beginning Teachers have ...": numbered levels, each named by the capitalised words
            # its text opens with; the document may print the names alone ("BEGINNING TEACHERS" over a column)
            keys.append(lemma_key(heading_key(heading)))
            named = [n for term, body in lines if (n := _key_name(term, body))]
            scale = new_scale(named, vocab) if len(named) == len(lines) else None
            if scale is not None:
                scales.append(scale)
            continue
        if len(names) >= 3 and all(lv is not None and lv.letter for lv in lettered):
            # "Level A – advanced beginner", "Level C – ...": the document then prints the bare letter ("A.")
            letters |= {lv.letter for lv in lettered if lv is not None and lv.letter}
            keys.append(lemma_key(heading_key(heading)))
            continue
        scale = new_scale(lowest_first(names, vocab), vocab)
        if scale is not None:
            scales.append(scale)
            keys.append(lemma_key(heading_key(heading)))
    if not scales and not letters:
        return vocab
    vocab = with_scales(vocab, scales)
    if letters:
        bare = re.compile(rf"^(?P<letter>[{''.join(sorted(letters))}])\.?$")
        vocab = replace(vocab, level_patterns=vocab.level_patterns + (bare,))
    # the key itself explains the scale: front matter, not a competency's levels
    return replace(vocab, front_matter=vocab.front_matter | frozenset(keys))


CODE_AFTER_NAME = re.compile(r"\s+\([A-Z]{1,5}\)$")


def enumerations(headings: list[tuple[str, str, int]], vocab: Vocabulary) -> Vocabulary:
    """The vocabulary with the document's enumerated heading styles: numbered headings (style, text, parent id)
    whose numbers run on from one section to the next (1-5 under "Vision", 6-8 under "Results") count entries;
    numbers that start again under each section count levels."""
    by_style: dict[str, list[tuple[int, int]]] = {}
    for style, text, parent in headings:
        m = NUMBERED_TITLE.match(text)
        if m:
            by_style.setdefault(style, []).append((parent, int(m["n"])))
    enumerated = set()
    for style, numbered in by_style.items():
        parents = list(dict.fromkeys(p for p, _ in numbered))
        firsts = [next(n for p, n in numbered if p == parent) for parent in parents]
        if len(parents) >= 2 and all(n > 1 for n in firsts[1:]):
            enumerated.add(style)
    return replace(vocab, enumerated_styles=frozenset(enumerated)) if enumerated else vocab


NAME_AT_LEVEL = re.compile(r"^(?P<name>\S.*?)\s+[-–—]\s+(?P<level>\S.*)$")


def required_levels(headings: list[tuple[str, str, int]], vocab: Vocabulary) -> Vocabulary:
    """The vocabulary with the headings (style, text, parent id) that each name a competency and the level a role
    requires of it, a job profile's list ("Communicating – Level 2", "Delivering Results – Level 2", "Working
    Together – Level 1"): sibling headings of one style whose part before the dash differs from one to the next and
    names no level or section, and whose levels after it repeat or do not climb step by step. One name over several
    levels ("Behavioural Indicators – Operational level", "... – Strategic level") or a ladder of named steps
    ("Graduate – Level 1", "Practitioner – Level 2") stays a scale."""
    by_parent: dict[tuple[int, str], list[tuple[str, str, LevelLabel]]] = {}
    for style, text, parent in headings:
        m = NAME_AT_LEVEL.match(text.strip())
        level = parse_level(text, vocab) if m else None
        tail = _parse_one(m["level"].strip(), vocab, False) if m and level is not None else None
        if m is None or level is None or tail is None or not explicit(tail):
            continue
        by_parent.setdefault((parent, style), []).append((text, m["name"], tail))
    named: set[str] = set()
    for found in by_parent.values():
        names = [name.casefold() for _, name, _ in found]
        if len(found) < 2 or len(set(names)) < len(names):
            continue
        if any(parse_level(name, vocab) is not None or section_field(name, vocab) for _, name, _ in found):
            continue
        orders = [lv.order for _, _, lv in found]
        steps = {b - a for a, b in zip(orders, orders[1:], strict=False)}
        if len(set(orders)) == len(orders) and len(steps) == 1 and abs(steps.pop()) == 1:
            continue  # 1, 2, 3 in print order: a scale whose steps are named
        named.update(_as_label(text).casefold() for text, _, _ in found)
    return replace(vocab, named_at_level=frozenset(named)) if named else vocab


def with_order(level: LevelLabel, order: float) -> LevelLabel:
    return replace(level, order=order)
