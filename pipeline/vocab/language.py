"""English language knowledge from spaCy, loaded once per process and only when a stage needs it.

spaCy runs as `spacy.blank("en")` with its rule-based sentencizer and the lookup lemmatizer of
`spacy-lookups-data`: nothing is downloaded at run time. It earns its place in three jobs:
- sentence boundaries (definitions, citations, activity lead sentences) that respect abbreviations and initials
  ("etc.", "e.g.", "B. W. Ketchum");
- lemmas, so that headings match their table entries in any inflection ("Suggested Activity" = "Activities");
- a vocabulary with parts of speech, to tell a split word from a hyphenated compound at a line end and an
  imperative lead sentence ("Conduct surveys ...") from a statement.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported on first use, not with this module
    from spacy.language import Language
    from spacy.lookups import Lookups, Table

# Words that open statements rather than instructions, even when the word can also be a verb.
_NON_IMPERATIVE_OPENERS = {
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "i",
    "we",
    "you",
    "he",
    "she",
    "they",
    "your",
    "our",
    "my",
    "his",
    "her",
    "their",
    "some",
    "many",
    "most",
    "every",
    "each",
    "all",
    "any",
    "no",
    "there",
    "here",
    "however",
    "perhaps",
    "sometimes",
    "often",
    "although",
    "while",
    "when",
    "if",
    "since",
    "because",
    "as",
    "in",
    "on",
    "at",
    "for",
    "by",
    "with",
    "without",
    "to",
    "of",
    "from",
    "after",
    "before",
    "and",
    "but",
    "or",
    "so",
    "yet",
    "also",
    "then",
    "thus",
    "how",
    "what",
    "why",
    "who",
    "where",
    "which",
    "one",
}


@lru_cache(maxsize=1)
def _nlp() -> Language:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=1)
def _lookups() -> Lookups:
    from spacy.lookups import load_lookups

    return load_lookups("en", ["lemma_lookup", "lemma_index", "lemma_exc"])


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str], Table]:
    lookups = _lookups()
    index = lookups.get_table("lemma_index")
    verbs = frozenset(index.get("verb", []))
    words = set(verbs)
    for pos in ("noun", "adj", "adv"):
        words.update(index.get(pos, []))
    lemma_lookup = lookups.get_table("lemma_lookup")  # a spaCy Table: string keys are hashed on access
    return frozenset(words), verbs, lemma_lookup


def sentences(text: str) -> list[str]:
    """The sentences of a text, as spaCy's sentencizer splits them (abbreviations and initials kept whole)."""
    if not text.strip():
        return []
    return [s.text.strip() for s in _nlp()(text).sents if s.text.strip()]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    if not text.strip():
        return []
    return [(s.start_char, s.end_char) for s in _nlp()(text).sents if s.text.strip()]


@lru_cache(maxsize=4096)
def lemma(word: str) -> str:
    w = word.lower()
    _words, _verbs, lemma_lookup = _vocabulary()
    found: str = lemma_lookup.get(w, w)  # the table maps words to their lemmas
    return found


def lemma_key(text: str) -> str:
    """Lower-case lemmas of a text's words, space-joined: the form headings are compared in (a vocabulary key,
    not a text fold like `text.fold`: only the words count, each as its lemma)."""
    return " ".join(lemma(w) for w in re.findall(r"[\w']+", text.lower()))


@lru_cache(maxsize=8192)
def is_word(word: str) -> bool:
    w = word.lower()
    if not w:
        return False
    words, _verbs, lemma_lookup = _vocabulary()
    return w in words or w in lemma_lookup


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    return frozenset(_lookups().get_table("lemma_index").get("adj", []))


def is_adjective(word: str) -> bool:
    return word.lower() in _adjectives()


# adverbs an instruction may open with before its verb
_LEADING_ADVERBS = frozenset({"always", "never", "actively", "consistently", "proactively", "openly", "continually"})


def is_imperative(sentence: str) -> bool:
    """Does the sentence open with a verb in its base form, as an instruction does ("Conduct surveys ...")?"""
    m = re.match(r"[\"'“‘(]*([A-Za-z]+)(?:\s+([A-Za-z]+))?", sentence.strip())
    if not m:
        return False
    first = m.group(1).lower()
    if first in _LEADING_ADVERBS and m.group(2):
        first = m.group(2).lower()  # "Always demonstrate you care", "Never give up": the verb after the adverb
    if first in _NON_IMPERATIVE_OPENERS:
        return False
    _words, verbs, lemma_lookup = _vocabulary()
    if lemma_lookup.get(first, first) != first:  # inflected: "Listening", "Develops"
        return False
    return first in verbs


def is_title_case(text: str) -> bool:
    """Every word but short function words starts with a capital: the shape of a heading or a name."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if not words:
        return False
    stop = _nlp().Defaults.stop_words
    content = [w for w in words if w.lower() not in stop or w[0].isupper()]
    return bool(content) and all(w[0].isupper() for w in content) and words[0][0].isupper()
