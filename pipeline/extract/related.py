"""Related competencies named in a sentence or a list: "closely related to Customer Focus, Verbal and Written
communication" gives Customer Focus, Verbal Communication and Written Communication."""

from __future__ import annotations

import re

from ..vocab.language import is_adjective
from ..vocab.text import SENTENCE_END
from ..vocab.vocabulary import Vocabulary


def after_related(sentence: str, tables: Vocabulary) -> str:
    for p in tables.related_sentences:
        m = p.search(sentence)
        if m:
            return sentence[m.end() :]
    return sentence


def split_related(text: str, known: frozenset[str] = frozenset()) -> list[str]:
    """ "Customer Focus, Verbal and Written communication." -> Customer Focus, Verbal Communication,
    Written Communication: parallel modifiers joined by "and" share the head noun of the last one. A part that is
    the name of one of the document's competencies (`known`, casefolded: "Respecting Yourself and Others") is
    kept whole."""
    text = re.sub(r"^\s*(?:the\s+)?(?:competenc(?:y|ies)\s*(?:of|:)?)?", "", text.strip(), flags=re.I)
    text = SENTENCE_END.sub("", text.strip()).strip(" .;:")
    names: list[str] = []
    parts = [p for p in re.split(r"\s*[;,]\s*", text) if p.strip()]
    # "Coping with Pressure and Setbacks, Creating and Innovating": when an item before the last holds an "and", the
    # "and" belongs to the names; otherwise an "and" in the last item joins the list's last two names
    inner_and = len(parts) >= 2 and any(re.search(r"\s(?:and|&)\s", p) for p in parts[:-1])
    for part in parts:
        part = re.sub(r"^(?:and|or)\s+", "", part.strip(), flags=re.I)
        if not part:
            continue
        whole = inner_and or part.casefold() in known
        pieces = [part] if whole else [p.strip() for p in re.split(r"\s+(?:and|&|or)\s+", part) if p.strip()]
        for i in range(len(pieces) - 1):
            head_phrase = pieces[i + 1].split()
            if (
                len(pieces[i].split()) == 1
                and len(head_phrase) >= 2
                and is_adjective(pieces[i])
                and is_adjective(head_phrase[0])
            ):
                pieces[i] = f"{pieces[i]} {head_phrase[-1]}"
        names.extend(_title(p) for p in pieces)
    return [n for n in names if n]


def _title(name: str) -> str:
    small = {"and", "or", "of", "the", "to", "for", "in", "on", "with", "a", "an"}
    words = name.split()
    return " ".join(
        w if (i and w.lower() in small) or w[:1].isupper() else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


def names_competencies(text: str) -> bool:
    """Does the text after "related to" list names ("Partnering, Political Savvy and Oral Communication"), not go
    on as prose ("the goals you are trying to achieve")? Every listed part starts with a capital."""
    body = re.sub(r"^\s*(?:the\s+)?(?:competenc(?:y|ies)\s*(?:of|:)?)?\s*", "", text.strip(), flags=re.I)
    parts = [p for p in re.split(r"\s*(?:[;,]|\band\b|\bor\b|&)\s*", SENTENCE_END.sub("", body)) if p.strip()]
    return bool(parts) and all(p.strip()[:1].isupper() for p in parts) and len(parts) <= 12
