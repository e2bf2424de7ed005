"""What changed between two datasets: for the analyst who rebuilt after editing a document, a table, the code or
the corrections, and wants to see what that did before trusting it.

Competencies are matched by id. A removed and an added competency that share a source document and most of their
items (overlap >= RENAME_OVERLAP) are one competency renamed (a name fixed by a correction, a better heading).

Within a competency each field is compared item by item. Items sit in a place (their group, or their level's
rank): an item of the same place with the same text is unchanged; the same text in another place has moved; a
left-over item of the same place whose words mostly match a left-over old one (token overlap >= CHANGE_OVERLAP)
has changed; the rest was added or removed. Where an item came from (page, locator) is not compared: rewording one
sentence shifts every locator after it. Readings are matched by title.

`compare` returns plain JSON-ready data in a fixed order; `export.changes.render_markdown` turns it into changes.md.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

from ..model.records import FIELDS, ITEM_FIELDS, SCALAR_FIELDS, STRING_LIST_FIELDS
from ..vocab.text import fold_words

RENAME_OVERLAP = 0.5
CHANGE_OVERLAP = 0.6
FIELD_ORDER = tuple(f for f in FIELDS if f != "id")  # the id pairs the competencies; every other field is compared
READING_DETAILS = ("text", "title", "authors", "publisher", "year", "description")


@dataclass(frozen=True)
class Entry:
    """One comparable element of a field: `key` pairs it across datasets, `value` decides whether it changed."""

    place: str | int | None  # group heading, or level rank
    position: int
    key: str
    text: str
    value: object


# --- comparing ---------------------------------------------------------------------------------------------------


def compare(old: dict | None, new: dict) -> dict:
    """The changes from `old` (None: nothing before, everything is added) to `new`.

    `old["competencies"]` is read once, in order, before anything else of `old`: it may be the lazy iterator of
    `load_dataset_stream`, and then only the removed competencies (candidates for a rename) are held."""
    old = old or {"documents": [], "competencies": []}
    new_comps = {c["id"]: c for c in new.get("competencies", [])}
    seen, removed, changed = set(), {}, []
    for comp in old.get("competencies", []):
        seen.add(comp["id"])
        if comp["id"] in new_comps:
            if comp == new_comps[comp["id"]]:
                continue  # most of a rebuild: equal dicts have no field changes, and this test is C-fast
            diff = competency_changes(comp, new_comps[comp["id"]])
            if diff["fields"]:
                changed.append(diff)
        else:
            removed[comp["id"]] = comp
    added = sorted(set(new_comps) - seen)
    renames = match_renames([removed[i] for i in sorted(removed)], [new_comps[i] for i in added])
    renamed_old = {o for o, _, _ in renames}
    renamed_new = {n for _, n, _ in renames}
    changed += [c for c in (competency_changes(removed[o], new_comps[n], o) for o, n, _ in renames) if c["fields"]]
    changed.sort(key=lambda c: c["id"])
    competencies = {
        "added": [_summary(new_comps[i]) for i in added if i not in renamed_new],
        "removed": [_summary(removed[i]) for i in sorted(removed) if i not in renamed_old],
        "renamed": [_rename(removed[o], new_comps[n], score) for o, n, score in renames],
        "changed": changed,
    }
    documents = document_changes(old.get("documents", []), new.get("documents", []))
    return {"summary": _counts(competencies, documents), "documents": documents, "competencies": competencies}


def has_changes(changes: dict) -> bool:
    return any(changes["summary"].values())


def document_changes(old: list[dict], new: list[dict]) -> dict:
    before, after = {d["id"]: d for d in old}, {d["id"]: d for d in new}
    brief = lambda d: {"id": d["id"], "path": d.get("path")}
    return {
        "added": [brief(after[i]) for i in sorted(set(after) - set(before))],
        "removed": [brief(before[i]) for i in sorted(set(before) - set(after))],
        "changed": [
            {**brief(after[i]), "old_sha256": before[i].get("sha256"), "new_sha256": after[i].get("sha256")}
            for i in sorted(set(before) & set(after))
            if before[i].get("sha256") != after[i].get("sha256")
        ],
    }


def match_renames(removed: list[dict], added: list[dict]) -> list[tuple[str, str, float]]:
    """(old id, new id, overlap) of each removed competency that lives on under another id, best pairs first."""
    candidates = []
    for old in removed:
        for new in added:
            if not set(old.get("sources", [])) & set(new.get("sources", [])):
                continue
            score = overlap(content_keys(old), content_keys(new))
            if score >= RENAME_OVERLAP:
                candidates.append((-score, old["id"], new["id"]))
    pairs, used_old, used_new = [], set(), set()
    for neg, old_id, new_id in sorted(candidates):
        if old_id not in used_old and new_id not in used_new:
            pairs.append((old_id, new_id, round(-neg, 3)))
            used_old.add(old_id)
            used_new.add(new_id)
    return sorted(pairs, key=lambda p: p[1])


def content_keys(comp: dict) -> set[str]:
    """Everything a competency says, as comparable strings: what a rename keeps."""
    keys = {f"definition:{fold_words(comp['definition'])}"} if comp.get("definition") else set()
    for name in ("key_words", "related"):
        keys |= {f"{name}:{fold_words(s)}" for s in comp.get(name, [])}
    for name in ITEM_FIELDS:
        keys |= {f"{name}:{fold_words(i['text'])}" for i in comp.get(name, [])}
    keys |= {f"readings:{fold_words(r.get('title') or r['text'])}" for r in comp.get("readings", [])}
    keys |= {f"levels:{fold_words(b['text'])}" for lv in comp.get("levels", []) for b in lv["behaviors"]}
    return keys


def overlap(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / max(len(a), len(b))


def competency_changes(old: dict, new: dict, renamed_from: str | None = None) -> dict:
    fields = {}
    for name in FIELD_ORDER:
        if renamed_from and name == "name":
            continue  # the rename itself is listed with the renames
        diff = field_changes(name, old, new)
        if any(diff.values()):
            fields[name] = diff
    out = {"id": new["id"], "name": new["name"], "sources": list(new.get("sources", [])), "fields": fields}
    if renamed_from:
        out["renamed_from"] = renamed_from
    return out


def field_changes(name: str, old: dict, new: dict) -> dict:
    if name in SCALAR_FIELDS:
        return scalar_changes(old.get(name), new.get(name))
    if name == "levels":
        return level_changes(old.get("levels", []), new.get("levels", []))
    if name == "readings":
        entries = lambda comp: [_reading_entry(r, i) for i, r in enumerate(comp.get("readings", []))]
        return entry_changes(entries(old), entries(new), "group")
    if name in STRING_LIST_FIELDS:
        entries = lambda comp: [Entry(None, i, s, s, s) for i, s in enumerate(comp.get(name, []))]
        return entry_changes(entries(old), entries(new), "group")
    entries = lambda comp: [_item_entry(it, it.get("group"), i) for i, it in enumerate(comp.get(name, []))]
    return entry_changes(entries(old), entries(new), "group")


def scalar_changes(old: str | None, new: str | None) -> dict[str, list[dict[str, str | None]]]:
    out: dict[str, list[dict[str, str | None]]] = {"added": [], "removed": [], "changed": []}
    if old == new:
        return out
    if old is None:
        out["added"].append({"text": new})
    elif new is None:
        out["removed"].append({"text": old})
    else:
        out["changed"].append({"old": old, "new": new})
    return out


def level_changes(old: list[dict], new: list[dict]) -> dict:
    """Behaviors compared with the level's rank as their place; a label that differs is a change of its own."""

    def entries(levels):
        behaviors = [(lv["rank"], b) for lv in levels for b in lv["behaviors"]]
        return [_item_entry(b, rank, i) for i, (rank, b) in enumerate(behaviors)]

    out = entry_changes(entries(old), entries(new), "level")
    before, after = {lv["rank"]: lv["label"] for lv in old}, {lv["rank"]: lv["label"] for lv in new}
    labels = {
        "added": [{"level": r, "part": "label", "text": after[r]} for r in sorted(set(after) - set(before))],
        "removed": [{"level": r, "part": "label", "text": before[r]} for r in sorted(set(before) - set(after))],
        "changed": [
            {"level": r, "part": "label", "old": before[r], "new": after[r]}
            for r in sorted(set(before) & set(after))
            if before[r] != after[r]
        ],
    }
    return {kind: labels[kind] + out[kind] for kind in ("added", "removed", "changed")}


def entry_changes(old: list[Entry], new: list[Entry], place_name: str) -> dict:
    """Pair old and new entries: same place and key, then same key elsewhere (moved), then similar text."""
    pairs: list[tuple[Entry, Entry]] = []
    old_left, new_left = list(old), list(new)
    for same_place in (True, False):
        for o in list(old_left):
            n = next(
                (
                    n
                    for n in new_left
                    if n.key == o.key and (n.place == o.place) == same_place and (same_place or n.value == o.value)
                ),
                None,
            )
            if n is not None:
                pairs.append((o, n))
                old_left.remove(o)
                new_left.remove(n)
    for o, n in similar_pairs(old_left, new_left):
        pairs.append((o, n))
        old_left.remove(o)
        new_left.remove(n)
    changed = [
        _changed(o, n, place_name)
        for o, n in sorted(pairs, key=lambda p: p[1].position)
        if o.value != n.value or o.place != n.place
    ]
    return {
        "added": [_single(n, place_name) for n in new_left],
        "removed": [_single(o, place_name) for o in old_left],
        "changed": changed,
    }


def similar_pairs(old: list[Entry], new: list[Entry]) -> list[tuple[Entry, Entry]]:
    """Left-over entries of one place whose words mostly match, most similar first, then nearest in position."""
    candidates = []
    for oi, o in enumerate(old):
        for ni, n in enumerate(new):
            if o.place == n.place:
                score = similarity(o.text, n.text)
                if score >= CHANGE_OVERLAP:
                    candidates.append((-score, abs(o.position - n.position), oi, ni))
    pairs, used_old, used_new = [], set(), set()
    for _, _, oi, ni in sorted(candidates):
        if oi not in used_old and ni not in used_new:
            pairs.append((old[oi], new[ni]))
            used_old.add(oi)
            used_new.add(ni)
    return pairs


def similarity(a: str, b: str) -> float:
    """Shared words over the longer text's words (counted with repeats), case and punctuation ignored."""
    ta, tb = Counter(_tokens(a)), Counter(_tokens(b))
    longest = max(sum(ta.values()), sum(tb.values()))
    return sum((ta & tb).values()) / longest if longest else 1.0


def _tokens(text: str) -> list[str]:
    return fold_words(text).split()


def _item_entry(item: dict, place, position: int) -> Entry:
    return Entry(place, position, item["text"], item["text"], item["text"])


def _reading_entry(reading: dict, position: int) -> Entry:
    value = tuple(json.dumps(reading.get(k), sort_keys=True) for k in READING_DETAILS)
    return Entry(
        reading.get("group"), position, fold_words(reading.get("title") or reading["text"]), reading["text"], value
    )


def _single(entry: Entry, place_name: str) -> dict[str, str | int | None]:
    out: dict[str, str | int | None] = {"text": entry.text}
    if entry.place is not None:
        out[place_name] = entry.place
    return out


def _changed(old: Entry, new: Entry, place_name: str) -> dict[str, str | int | None]:
    out: dict[str, str | int | None] = {"old": old.text, "new": new.text}
    if new.place is not None:
        out[place_name] = new.place
    if old.place != new.place:
        out[f"from_{place_name}"] = old.place
    return out


def _summary(comp: dict) -> dict:
    return {"id": comp["id"], "name": comp["name"], "sources": list(comp.get("sources", []))}


def _rename(old: dict, new: dict, score: float) -> dict:
    return {
        "old_id": old["id"],
        "old_name": old["name"],
        "new_id": new["id"],
        "new_name": new["name"],
        "sources": list(new.get("sources", [])),
        "overlap": score,
    }


def _counts(competencies: dict, documents: dict) -> dict:
    counts = {f"competencies_{k}": len(v) for k, v in competencies.items()}
    counts.update({f"documents_{k}": len(v) for k, v in documents.items()})
    for kind in ("added", "removed", "changed"):
        counts[f"items_{kind}"] = sum(len(f[kind]) for c in competencies["changed"] for f in c["fields"].values())
    return counts
