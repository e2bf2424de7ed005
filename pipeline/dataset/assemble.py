"""From per-document results to one dataset: stable ids, the same competency from several documents merged into
one record, everything sorted so that the same documents always give the same bytes."""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePosixPath

from ..model.records import ITEM_FIELDS
from ..vocab.text import slug

SCHEMA_VERSION = "1.0.0"


def document_ids(rel_paths: list[str]) -> dict[str, str]:
    """Document id = slug of the path without its extension; a clash (x.pdf and x.docx) adds the extension."""
    stems: dict[str, list[str]] = {}
    for rel in rel_paths:
        p = PurePosixPath(rel)
        stems.setdefault(slug(str(p.with_suffix(""))) or "document", []).append(rel)
    ids = {}
    for stem, rels in stems.items():
        for rel in rels:
            path = PurePosixPath(rel)
            ids[rel] = stem if len(rels) == 1 else slug(f"{path.with_suffix('')}-{path.suffix}")
    return ids


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
        self.seen: dict[str, set] | None = None

    def _index(self) -> None:
        comp = self.comp
        self.seen = {key: {_key(x) for x in comp[key]} for key in ("key_words", "related")}
        self.seen.update({key: {_item_key(x) for x in comp[key]} for key in ITEM_FIELDS + ("readings",)})
        self.levels = {lv["rank"]: (lv, {_key(b["text"]) for b in lv["behaviors"]}) for lv in comp["levels"]}
        self.sources = set(comp["sources"])

    def add(self, other: dict) -> None:
        if self.seen is None:
            self._index()
        into = self.comp
        if not into.get("definition") and other.get("definition"):
            into["definition"] = other["definition"]
            into["definition_source"] = other.get("definition_source")
        for key in ("key_words", "related"):
            self._extend(into[key], self.seen[key], other[key], _key)
        for key in ITEM_FIELDS + ("readings",):
            self._extend(into[key], self.seen[key], other[key], _item_key)
        for lv in other["levels"]:
            if lv["rank"] in self.levels:
                target, seen = self.levels[lv["rank"]]
                self._extend(target["behaviors"], seen, lv["behaviors"], lambda b: _key(b["text"]))
            else:
                into["levels"].append(lv)
                self.levels[lv["rank"]] = (lv, {_key(b["text"]) for b in lv["behaviors"]})
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
    return _key(item["text"]), item.get("group")


_NON_WORD = re.compile(r"\W+")


def _key(text: str) -> str:
    return _NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def _canonical(comp: dict) -> dict:
    comp["sources"] = sorted(set(comp["sources"]))
    comp["levels"] = sorted(comp["levels"], key=lambda lv: lv["rank"])
    if comp.get("definition_source") is None:
        comp.pop("definition_source", None)
    return comp
