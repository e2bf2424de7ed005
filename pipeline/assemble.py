"""From per-document results to one dataset: stable ids, the same competency from several documents merged into
one record, everything sorted so that the same documents always give the same bytes."""
from __future__ import annotations

import re
import unicodedata
from pathlib import PurePosixPath

from .text import slug
from .records import ITEM_FIELDS

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
            ids[rel] = stem if len(rels) == 1 else slug(f"{PurePosixPath(rel).with_suffix('')}-{PurePosixPath(rel).suffix}")
    return ids


def assemble(results: list[dict]) -> dict:
    """The canonical dataset from per-document results (any order in, one order out).

    The results' competencies are moved into the dataset, not copied (a build holds one copy of its data): each
    result's "competencies" is emptied."""
    results = sorted(results, key=lambda r: r["document"]["id"])
    documents = [r["document"] for r in results if r["report"]["status"] == "ok"]
    merged: dict[str, dict] = {}
    for r in results:
        comps, r["competencies"] = r["competencies"], []
        for comp in comps:
            cid = slug(comp["name"])
            if not cid:
                continue
            if cid in merged:
                merge_competency(merged[cid], comp)
            else:
                merged[cid] = {"id": cid, **comp}
    competencies = [_canonical(merged[cid]) for cid in sorted(merged)]
    return {"schema_version": SCHEMA_VERSION, "documents": documents, "competencies": competencies}


def merge_competency(into: dict, other: dict) -> None:
    """The same competency in another document: keep the first definition, add items not already there."""
    if not into.get("definition") and other.get("definition"):
        into["definition"] = other["definition"]
        into["definition_source"] = other.get("definition_source")
    for key in ("key_words", "related"):
        seen = {_key(x) for x in into[key]}
        into[key].extend(x for x in other[key] if _key(x) not in seen)
    for key in ITEM_FIELDS + ("readings",):
        seen = {(_key(x["text"]), x.get("group")) for x in into[key]}
        into[key].extend(x for x in other[key] if (_key(x["text"]), x.get("group")) not in seen)
    by_rank = {lv["rank"]: lv for lv in into["levels"]}
    for lv in other["levels"]:
        if lv["rank"] in by_rank:
            target = by_rank[lv["rank"]]["behaviors"]
            seen = {_key(b["text"]) for b in target}
            target.extend(b for b in lv["behaviors"] if _key(b["text"]) not in seen)
        else:
            into["levels"].append(lv)
            by_rank[lv["rank"]] = lv
    into["levels"].sort(key=lambda lv: lv["rank"])
    into["sources"] = sorted(set(into["sources"]) | set(other["sources"]))


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\W+", " ", text).strip()


def _canonical(comp: dict) -> dict:
    comp["sources"] = sorted(set(comp["sources"]))
    comp["levels"] = sorted(comp["levels"], key=lambda lv: lv["rank"])
    if comp.get("definition_source") is None:
        comp.pop("definition_source", None)
    return comp
