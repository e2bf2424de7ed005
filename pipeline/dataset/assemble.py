"""From per-document results to one dataset: stable ids, the same competency from several documents merged into
one record, everything sorted so that the same documents always give the same bytes."""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Hashable
from pathlib import PurePosixPath

from ..model.records import STRING_LIST_FIELDS, TEXT_ITEM_FIELDS
from ..vocab.text import fold_words, slug

SCHEMA_VERSION = "1.0.0"
_NAME_FIELDS = tuple(f for f in STRING_LIST_FIELDS if f != "sources")  # key words, related: sources merge apart


def document_ids(rel_paths: list[str]) -> dict[str, str]:
    """A unique id for each document, the same whatever order the paths come in.

    The id is the slug of the path without its extension, names in other scripts transliterated (`Лидерство.md`
    -> `liderstvo`). Paths whose slugs clash take their extension (x.pdf and x.docx -> x-pdf, x-docx); any still
    clashing (`a b.md`, `a-b.md`, `A_B.md`) take a short hash of their path as well, which no other path shares."""
    rels = sorted(set(rel_paths))
    stems = {rel: _path_slug(PurePosixPath(rel).with_suffix("")) for rel in rels}
    counts = Counter(stems.values())
    ids = {rel: stem if counts[stem] == 1 else _path_slug(_with_extension(rel)) for rel, stem in stems.items()}
    for _ in range(4):  # a hashed id could in theory meet another file's plain id: hash again until none clash
        counts = Counter(ids.values())
        clashing = [rel for rel, doc_id in ids.items() if counts[doc_id] > 1]
        if not clashing:
            break
        for rel in clashing:
            ids[rel] = f"{ids[rel]}-{hashlib.sha256(rel.encode('utf-8', 'surrogateescape')).hexdigest()[:8]}"
    return ids


def _with_extension(rel: str) -> str:
    path = PurePosixPath(rel)
    return f"{path.with_suffix('')}-{path.suffix}"


def _path_slug(path: PurePosixPath | str) -> str:
    return slug(transliterate(str(path))) or "document"


def transliterate(text: str) -> str:
    """Text in Latin letters: other scripts transliterated (text-unidecode), so a name in Cyrillic, Greek, Arabic
    or CJK gives a readable id instead of none. Without the library, accents are stripped (NFKD) and the other
    letters become their code points, which still tells names apart."""
    try:
        from text_unidecode import unidecode
    except ImportError:  # pragma: no cover - the library is a dependency; this keeps ids unique without it
        decomposed = unicodedata.normalize("NFKD", text)
        return "".join(c if c.isascii() else f"-u{ord(c):x}-" for c in decomposed if not unicodedata.combining(c))
    return unidecode(text)


def assemble(results: list[dict]) -> dict:
    """The canonical dataset from per-document results (any order in, one order out).

    The results' competencies are moved into the dataset, not copied (a build holds one copy of its data): each
    result's "competencies" is emptied."""
    results = sorted(results, key=lambda r: r["document"]["id"])
    documents = [r["document"] for r in results if r["report"]["status"] == "ok"]
    merged: dict[str, CompetencyMerge] = {}
    for r in results:
        comps, r["competencies"] = r["competencies"], []
        for comp in comps:
            cid = slug(comp["name"])
            if not cid:
                continue
            if cid in merged:
                merged[cid].add(comp)
            else:
                merged[cid] = CompetencyMerge({**comp, "id": cid})
    competencies = [_canonical(merged[cid].comp) for cid in sorted(merged)]
    return {"schema_version": SCHEMA_VERSION, "documents": documents, "competencies": competencies}


def merge_competency(into: dict, other: dict) -> None:
    """The same competency in another document: keep the first definition, add items not already there."""
    CompetencyMerge(into).add(other)


class CompetencyMerge:
    """A competency being merged from several documents, with the keys of what it already holds: each document
    added costs its own size (recomputing the keys on every merge made a competency of k documents cost k²). The
    keys are made when a second document comes: most competencies have one."""

    def __init__(self, comp: dict):
        self.comp = comp
        self.seen: dict[str, set[Hashable]] | None = None

    def _index(self) -> dict[str, set[Hashable]]:
        comp = self.comp
        seen: dict[str, set[Hashable]] = {key: {fold_words(x) for x in comp[key]} for key in _NAME_FIELDS}
        seen.update({key: {_item_key(x) for x in comp[key]} for key in TEXT_ITEM_FIELDS})
        self.seen = seen
        self.levels = {lv["rank"]: (lv, {fold_words(b["text"]) for b in lv["behaviors"]}) for lv in comp["levels"]}
        self.sources = set(comp["sources"])
        return seen

    def add(self, other: dict) -> None:
        seen_keys = self._index() if self.seen is None else self.seen
        into = self.comp
        if not into.get("definition") and other.get("definition"):
            into["definition"] = other["definition"]
            into["definition_source"] = other.get("definition_source")
        for key in _NAME_FIELDS:
            self._extend(into[key], seen_keys[key], other[key], fold_words)
        for key in TEXT_ITEM_FIELDS:
            self._extend(into[key], seen_keys[key], other[key], _item_key)
        for lv in other["levels"]:
            if lv["rank"] in self.levels:
                target, seen = self.levels[lv["rank"]]
                self._extend(target["behaviors"], seen, lv["behaviors"], lambda b: fold_words(b["text"]))
            else:
                into["levels"].append(lv)
                self.levels[lv["rank"]] = (lv, {fold_words(b["text"]) for b in lv["behaviors"]})
        into["levels"].sort(key=lambda lv: lv["rank"])
        self.sources.update(other["sources"])
        into["sources"] = sorted(self.sources)

    @staticmethod
    def _extend(target: list, seen: set, values: list, key) -> None:
        """Add the values whose key the target lacked before this document (a document's own repeats stay)."""
        new = [(v, key(v)) for v in values]
        new = [(v, k) for v, k in new if k not in seen]
        target.extend(v for v, _ in new)
        seen.update(k for _, k in new)


def _item_key(item: dict) -> tuple[str, str | None]:
    return fold_words(item["text"]), item.get("group")


def _canonical(comp: dict) -> dict:
    comp["sources"] = sorted(set(comp["sources"]))
    comp["levels"] = sorted(comp["levels"], key=lambda lv: lv["rank"])
    if comp.get("definition_source") is None:
        comp.pop("definition_source", None)
    return comp
