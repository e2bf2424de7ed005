"""Headings and labels matched against the vocabulary (`pipeline/vocab/headings.yaml`).

Matching is on the words' lemmas, with glyphs, numbering, a qualifier in brackets and a trailing colon ignored:
"SUGGESTED ACTIVITIES:", "3. Suggested activity" and "Suggested Activities (all levels)" all match "Suggested
Activities". A heading also matches when it ends with an entry of two words or more ("Customer Service Quick
Tips") or starts with one of three or more ("Why is this important to the University?").
"""

from __future__ import annotations

import re

from ..structure.label_lines import numbered_entry_title
from ..vocab.language import lemma_key
from ..vocab.text import heading_key, heading_text
from ..vocab.vocabulary import Vocabulary
from .related import names_competencies

MAX_HEADING_WORDS = 14
# fields whose one-word heading still names them after a qualifier ("Online Courses", "Further Reading")
SUFFIX_FIELDS = {"courses", "readings", "tips", "indicators"}  # "Online Courses", "Positive Indicators"


# the fields whose content is a list of items (not the definition, levels, notes or key words)
LIST_FIELDS = frozenset({"indicators", "activities", "courses", "tips", "interview_questions", "resources", "readings"})


def section_of(text: str, name: str, vocab: Vocabulary) -> bool:
    """Does a heading name a section of the entry `name` ("Customer Champion Interview Questions", "Professionalism
    – Rating Levels"): the name, then a section's words? Both as heading_text gives them, case aside."""
    text, name = text.casefold(), name.casefold()
    rest = text[len(name) :].strip(" :–—-") if text.startswith(name + " ") else ""
    if not rest:
        return False
    # a section's heading, or a few words naming its field ("Rating Levels")
    return section_field(rest, vocab) is not None or len(rest.split()) <= 3 and field_word(rest, vocab) is not None


def section_field(text: str, vocab: Vocabulary) -> str | None:
    """The field a heading or label opens ("Key Behaviours" -> indicators), or None."""
    question = ("section_field", text)
    if question not in vocab.memo:
        vocab.memo[question] = _section_field(text, vocab)
    answer: str | None = vocab.memo[question]
    return answer


def _section_field(text: str, vocab: Vocabulary) -> str | None:
    key = heading_key(text)
    if not key or len(key.split()) > MAX_HEADING_WORDS:
        return None
    lk = lemma_key(key)
    if lk in vocab.section_keys:
        return vocab.section_keys[lk]
    # "Related AM Competencies", "Key HR Skills": an acronym naming the field of work qualifies the section's words
    bare = ACRONYM.sub(" ", heading_text(text))
    if bare != heading_text(text) and (unqualified := lemma_key(heading_key(bare))) in vocab.section_keys:
        return vocab.section_keys[unqualified]
    head = re.match(r"^(?P<head>[^:–—]{2,60}?)\s*(?::|\s[–—-]\s)\s*\S", heading_text(text))
    if head and lemma_key(heading_key(head["head"])) in vocab.section_keys and not _titles_a_name(text, vocab):
        return vocab.section_keys[lemma_key(heading_key(head["head"]))]  # "PROFICIENCY LEVELS: Customer Service"
    words = tuple(lk.split())
    if 2 <= len(words) <= 3 and len(words[-1]) > 2 and vocab.section_keys.get(words[-1]) in SUFFIX_FIELDS:
        # "Online Courses", "Further Readings", "Quick Tips"; not a verb ("Can do", "What to do": "Do" heads a
        # values framework's list only alone)
        return vocab.section_keys[words[-1]]
    for entry, field in vocab.section_key_words:
        if len(entry) >= 2 and len(words) <= len(entry) + 4 and words[-len(entry) :] == entry:
            return field
        if len(entry) >= 3 and words[: len(entry)] == entry:
            return field
        if len(entry) == 2 and len(words) <= 6 and words[:2] == entry and text.rstrip().endswith(":"):
            return field  # "Effective Behaviour according to grades:": a caption opening that field
        if field == "levels" and len(entry) == 2 and 3 <= len(words) <= 6 and words[:2] == entry:
            rest = field_words(" ".join(words[2:]), vocab)
            if rest and rest <= {"indicators", "levels"}:
                return field  # "Proficiency Level Illustrative Behaviors": the levels' behaviours
    for entry, field in vocab.section_key_words:
        # "Behavioural indicators to listen for", "Questions and probes": a known section, then a phrase of one or
        # two words that says what to do with it or names no other field ("... for Customer Service" names the
        # competency: no section)
        n = len(entry)
        if words[:n] == entry and len(words) - n in (2, 3) and words[n] in ("to", "and", "&"):
            if field_words(" ".join(words[n:]), vocab) <= {field}:
                return field
    if len(words) >= 3 and words[1] == "of" and vocab.section_keys.get(words[0]) == "definition" and OF_IT.search(key):
        return "definition"  # "Definition of the planning competency", "Description of this capability"
    if len(words) <= 6 and BY_LEVEL.search(heading_text(text)) and field_words(text, vocab) & {"indicators", "levels"}:
        return "levels"  # "Behaviors by Leadership Level", "Indicators at each career stage": the levels
    return None


# the competency a section's heading says it is of ("... of the planning competency", "... of this skill")
OF_IT = re.compile(r"\bof\b.*\b(?:this|competency|competence|capability|skill|attribute)\b")

# a section's words followed by a phrase saying it runs level by level
BY_LEVEL = re.compile(r"\b(?:by|per|at each|for each|across)\s+(?:\w+\s+)?(?:level|stage|grade|band|tier)s?\b", re.I)


def field_word(text: str, vocab: Vocabulary) -> str | None:
    """The field a heading the vocabulary does not know names by one of its one-word entries among its words
    ("Specific Behaviors that Demonstrate Competence in Assessment" -> indicators), when only one field is named."""
    fields = field_words(text, vocab)
    return fields.pop() if len(fields) == 1 else None


def field_words(text: str, vocab: Vocabulary) -> set[str]:
    """The fields whose one-word entries are among a heading's words ("Behaviour definition": indicators and
    definition)."""
    words = set(lemma_key(heading_key(text)).split())
    if len(words) > MAX_HEADING_WORDS:
        return set()
    # (a word of two letters or with an apostrophe, "do", "don't", names its field only as the whole heading)
    return {
        field
        for key, field in vocab.section_keys.items()
        if " " not in key and len(key) > 2 and "'" not in key and key in words
    }


def after_cluster(cluster: str, heading: str) -> str | None:
    """What a heading gives after a colon when it opens with the name of the cluster it stands under ("CHARACTER"
    over "CHARACTER: DISPLAYS INTEGRITY AND HONESTY"), or None."""
    m = re.match(rf"{re.escape(cluster)}\s*:\s*(?P<name>\S.*)$", heading, re.I | re.S) if cluster else None
    return m["name"] if m else None


ACRONYM = re.compile(r"(?<=\s)[A-Z]{2,4}(?=\s)")  # between two words: "AM" in "Related AM Competencies"


def _titles_a_name(text: str, vocab: Vocabulary) -> bool:
    """Does a title pattern of the vocabulary read the heading as wrapping a name ("Behaviours: Curiosity")?"""
    return any(pattern.match(heading_text(text)) for pattern in vocab.titles)


def is_front_matter(text: str, vocab: Vocabulary) -> bool:
    """A heading of the document's front matter ("About this dictionary", "How to use this guide")."""
    question = ("is_front_matter", text)
    if question not in vocab.memo:
        vocab.memo[question] = _is_front_matter(text, vocab)
    return bool(vocab.memo[question])


def _is_front_matter(text: str, vocab: Vocabulary) -> bool:
    lk = lemma_key(heading_key(text))
    if lk in vocab.front_matter:
        return True
    words = lk.split()
    return bool(words) and any(
        len(entry.split()) >= 2 and " ".join(words[: len(entry.split())]) == entry for entry in vocab.front_matter
    )


# words that sort competencies into kinds ("Essential Competencies", "Core Behaviours"), whatever scale names them
KIND_WORDS = frozenset({"essential", "core", "key", "common", "generic", "general", "technical", "functional"})
# the words before "competency" that make it a kind or a set ("Core competency", "Leadership competency", "The
# competency"), not one competency's name
KINDS = KIND_WORDS | {
    "behavioural",
    "behavioral",
    "professional",
    "personal",
    "individual",
    "organisational",
    "organizational",
    "leadership",
    "management",
    "managerial",
    "the",
    "our",
    "this",
    "a",
    "each",
}


def document_title(text: str, vocab: Vocabulary) -> bool:
    """A heading that names a whole document or framework ("Core Competency Model", "Competency Dictionary")."""
    if numbered_entry_title(heading_text(text)):
        return False  # "Standard 3: Maintains the capability for practice": one entry, not the document
    words = lemma_key(heading_key(text)).split()
    printed = heading_text(text).split()
    if len(printed) >= 2 and printed[-1] == "competency" and printed[-2].casefold() not in KINDS:
        # "Planning competency", in the singular and in sentence case: one competency's name, not a set of them
        # (as a title, "CGMA Competency" heads a framework)
        return False
    if len(words) >= 2 and words[-1] in vocab.document_types:
        return True
    if words in (["competency"], ["capability"]):  # "Competencies" alone heads a list of them, names none
        return True
    # "Skills Framework for Infocomm Technology", "Dictionary of Competencies"
    if any(w in vocab.document_types and nxt in ("for", "of", "on") for w, nxt in zip(words, words[1:])):
        return True
    # "Stage 1 Competency Standard for Professional Engineer": a competency standard (framework, model) is a document
    return any(
        w in ("competency", "capability") and (nxt in vocab.document_types or nxt == "standard")
        for w, nxt in zip(words, words[1:])
    )


def wrapped_name(text: str, vocab: Vocabulary) -> str:
    """The competency name a heading gives; a title may wrap it ("Development Suggestions for X", "Competency: X",
    "X - Competency Profile")."""
    name = CODE_AFTER.sub("", heading_text(text))  # "Application of knowledge (KNO)": the code is no part of it
    before = CODE_BEFORE.match(name)
    if before and len(name[before.end() :].split()) >= 2:
        name = name[before.end() :]  # "BOK 11 Awareness of Indigenous Knowledge Paradigms": a code, then the name
    for pattern in vocab.titles:
        m = pattern.match(name)
        if m and not JOINED_ON.match(m.group("name")):
            return heading_text(m.group("name").strip())  # "Core Competency: “Accountability”": without its quotes
    return name


# what a wrapping title's name cannot start with: "How To Build and Maintain a Community" wraps no "and Maintain ..."
JOINED_ON = re.compile(r"^(?:and|or|nor|but|&)\s", re.I)


TYPED_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[A-H][.)])\s+[A-Z]")


def numbered_entry(text: str, vocab: Vocabulary) -> bool:
    """A heading numbered by the kind of entry it opens ("Standard 6: Provides safe, effective and evidence-based
    nursing care", "Competency 2.3 Communicate clearly"): a name, however long it runs."""
    name = heading_text(text)
    if TYPED_NUMBER.match(text.strip()) and not name.rstrip().endswith((".", "?", ":")):
        return True  # "2. Practise within the legal and ethical boundaries of their profession"
    return numbered_title_name(text, vocab) is not None


def numbered_title_name(text: str, vocab: Vocabulary, letters: bool = True) -> str | None:
    """The name a title gives after the entry's kind and number ("Core Competency 1: Assesses the health status
    ..." -> "Assesses the health status ..."), or None; `letters`: a letter counts as the number ("Domain B")."""
    name = heading_text(text)
    number = r"\d{1,2}(?:\.\d{1,2})*|[ivx]{1,4}" + (r"|[a-h]" if letters else "")
    for pattern in vocab.titles:
        m = pattern.match(name)
        if m and re.search(rf"\b(?:{number})\b", name[: m.start("name")], re.I):
            return m["name"].strip()
    return None


CODE_AFTER = re.compile(r"(?<=\S)\s*\((?:[A-Z]{2,6}|[A-Z]{1,4}-?\d{1,4})\)$")
# a code in capitals with its number before the name ("BOK 11 ", "CC3: ", "PSC-4 – "; a unit of competency's
# "ICTCYS407 ", "BSBLDR411 "; an occupational standard's "SSC/N8103: ", a trade standard's sub-task "A-5.01 ")
CODE_BEFORE = re.compile(
    r"^(?:[A-Z]{2,8}(?:/[A-Z]{1,4})?[ -]?\d{1,4}(?:\.\d{1,3})*|[A-Z]-\d{1,3}(?:\.\d{1,3})+)"
    r"\s*(?:[:.–—-]\s*)?(?=[A-Z][a-z])"
)


def related_sentence(sentence: str, vocab: Vocabulary) -> str | None:
    """What follows "closely related to" in a sentence that names related competencies, or None."""
    for pattern in vocab.related_sentences:
        m = pattern.search(sentence)
        if m and names_competencies(sentence[m.end() :]):
            return sentence[m.end() :]
    return None


def caption(text: str, vocab: Vocabulary) -> bool:
    """A line that introduces a list without naming a field ("The competency requires:")."""
    return text.endswith(":") and len(text.split()) <= 20 and any(p.search(text) for p in vocab.captions)


def split_terms(text: str) -> list[str]:
    """ "Trustworthy, Consistency; Steadfast" -> the terms of a key-word line."""
    return [t for t in (w.strip(" .") for w in re.split(r"[;,|•]", text)) if t]
