"""Analyst corrections that survive rebuilds: `raw_docs/corrections.yaml`, applied to the assembled dataset before
it is validated.

A correction names the document it is about and the item it changes by the item's text, never by its position:
a rebuild that extracts one more bullet above it still finds it, and one whose text has gone says so (the
correction is reported as stale, it is never silently skipped).

    corrections:
      - document: responsiveness-and-follow-up       # document id, path or file name
        set_name: Responsiveness & Follow-up           # rename the competency of that document
      - document: customer-focus
        match: Committed to overall quality of service.   # an item's text, or instead:
        # item_id: 3f2a9c0d1e4b                             (see below)
        move_to: {field: levels, level: 4}             # or {field: notes}, {field: activities, group: Practice}
        reason: printed under the wrong heading        # optional, for the analyst; shown in the report
      - document: customer-focus
        match: Foresees and meets the customer's needs.
        drop: true
      - document: customer-service-orientation
        merge: [Listens to the customer and, asks questions to understand the need.]   # one item, joined by a space
      - document: customer-focused-organization
        match: Be courteous. Be patient.
        split: [Be courteous., Be patient.]            # one item becomes several, in place
      - document: competency-dictionary
        competency: Teamwork                           # which competency, when the document holds several
        in: {field: levels, level: 2}                  # where to look, when the same text is in several places
        match: Shares information.
        drop: true

Matching ignores case, runs of white space and typographic quotes and dashes. An item id is the first 12 hex
digits of sha256 over (competency id, field, the item's `match_key`), as `list_items` shows it; a competency's id
from before a `set_name` of the same run still matches. Fields an item can be in: indicators, levels (behaviors),
activities, courses, interview_questions, tips, notes and (for `drop` and `move_to` only) readings; `move_to`
into a level that does not exist needs its `label:`. After `set_name` the competency's id is the slug of the new
name; if another competency already has that id, the two are merged, as the build merges one competency from
several documents (a competency merged from several documents is renamed as a whole).

Each correction ends in a `CorrectionOutcome`: applied, already applied (its effect is already in the data),
stale (the document or the text is not there: the why says which) or ambiguous (several items match; narrow with
`competency:` or `in:`). A file that is not valid is a `CorrectionsError` naming the file and line.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..model.errors import BuildError
from ..model.records import ITEM_FIELDS, LIST_FIELDS, STRING_LIST_FIELDS
from ..vocab.text import collapse_whitespace, slug
from .assemble import merge_competency
from .yaml_input import YamlInputError, check, parse_yaml, raise_problems, read_raw_file

CORRECTION_FILES = ("corrections.yaml", "corrections.yml")
ACTIONS = ("set_name", "move_to", "drop", "merge", "split")
# Where an item can be moved to: every field of items (behaviors by their level), but readings, which are citations.
TARGET_FIELDS = tuple(f for f in LIST_FIELDS if f not in STRING_LIST_FIELDS and f != "readings")
FIELDS = TARGET_FIELDS + ("readings",)  # where an item can be found
ENTRY_KEYS = {"document", "competency", "match", "item_id", "in", "reason", *ACTIONS}
APPLIED, ALREADY, STALE, AMBIGUOUS = "applied", "already applied", "stale", "ambiguous"
_TYPOGRAPHY = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "−": "-",
    }
)


class CorrectionsError(BuildError):
    """The corrections file cannot be used: the message names the file and line."""


@dataclass(frozen=True)
class Location:
    field: str
    level: int | None = None  # a level's rank, with field "levels"
    group: str | None = None
    label: str | None = None  # the label of a level `move_to` creates


@dataclass(frozen=True)
class Correction:
    document: str
    action: str  # one of ACTIONS
    line: int = 0
    source: str = CORRECTION_FILES[0]
    competency: str | None = None  # name or id, to choose among a document's competencies
    match: str | None = None
    item_id: str | None = None
    within: Location | None = None  # the `in:` key
    name: str | None = None  # set_name
    target: Location | None = None  # move_to
    texts: tuple[str, ...] = ()  # merge: the items' texts; split: the new items' texts
    reason: str | None = None

    @property
    def where(self) -> str:
        return f"{self.source} line {self.line}"

    def describe(self) -> str:
        what = (
            f"{self.action} {self.name!r}"
            if self.action == "set_name"
            else f"merge {list(self.texts)}"
            if self.action == "merge"
            else f"{self.action} item {self.item_id}"
            if self.item_id
            else f"{self.action} {self.match!r}"
        )
        return f"{what} in {self.document}"


@dataclass(frozen=True)
class CorrectionOutcome:
    correction: Correction
    status: str  # APPLIED | ALREADY | STALE | AMBIGUOUS
    detail: str  # what was done, or why nothing was

    @property
    def ok(self) -> bool:
        return self.status in (APPLIED, ALREADY)

    def as_dict(self) -> dict:
        c = self.correction
        return {
            "line": c.line,
            "document": c.document,
            "action": c.action,
            "status": self.status,
            "detail": self.detail,
            "reason": c.reason,
        }

    def message(self) -> str:
        return f"{self.correction.where}: {self.status}: {self.correction.describe()}: {self.detail}"


@dataclass(frozen=True)
class ItemRef:
    """An item as a correction can name it."""

    item_id: str
    competency: str
    field: str
    level: int | None
    group: str | None
    document: str | None
    text: str


@dataclass
class _Spot:
    """Where one item sits in the dataset being corrected (lists change as corrections apply)."""

    competency: dict
    field: str
    level: dict | None
    items: list
    item: dict

    @property
    def index(self) -> int:
        return next(i for i, x in enumerate(self.items) if x is self.item)

    def pop(self) -> dict:
        return self.items.pop(self.index)

    def describe(self) -> str:
        place = f"level {self.level['rank']}" if self.level else self.field
        group = f" under {self.item['group']!r}" if self.item.get("group") else ""
        return f"{self.competency['id']} {place}{group}"


@dataclass
class _State:
    former_ids: dict[str, set[str]] = field(default_factory=dict)  # competency id -> ids it had in this run

    def ids(self, comp: dict) -> set[str]:
        return {comp["id"]} | self.former_ids.get(comp["id"], set())


# --- reading the file -------------------------------------------------------------------------------------------


def corrections_path(raw_dir: Path) -> Path | None:
    return next((raw_dir / n for n in CORRECTION_FILES if os.path.lexists(raw_dir / n)), None)


def load_corrections(raw_dir: Path) -> list[Correction]:
    """The corrections of a raw documents folder; none when it has no corrections file. The file is read as
    documents are (a link leading out of the folder is refused; see `yaml_input.read_raw_file`)."""
    try:
        found = read_raw_file(raw_dir, CORRECTION_FILES)
    except YamlInputError as exc:
        raise CorrectionsError(str(exc)) from exc
    if found is None:
        return []
    name, data = found
    return parse_corrections(data, name)


def parse_corrections(text: str | bytes, source: str = CORRECTION_FILES[0]) -> list[Correction]:
    """The corrections of a file's text, checked against `pipeline/vocab/corrections.schema.json` and then
    for what a schema cannot say (one action, the item named once)."""
    try:
        loaded = parse_yaml(text, source)
        if loaded.data is None:
            return []
        raise_problems(check(loaded, "corrections", _describe), source)
    except YamlInputError as exc:
        raise CorrectionsError(str(exc)) from exc
    entries = loaded.data["corrections"] or []  # type: ignore[index]
    return [parse_entry(entry, loaded.line(("corrections", n)), source) for n, entry in enumerate(entries)]


def _describe(path: tuple) -> str:
    """A value's place in a message: the keys below the correction it is in ("move_to: field: ")."""
    return "".join(f"{key}: " for key in path[2:] if isinstance(key, str))


def parse_entry(raw: object, line: int, source: str = CORRECTION_FILES[0]) -> Correction:
    where = f"{source} line {line}"
    if not isinstance(raw, dict):
        raise CorrectionsError(
            f"{where}: a correction is a mapping with 'document:' and one action "
            f"({', '.join(ACTIONS)}), not {type(raw).__name__}"
        )
    entry = dict(raw)
    unknown = sorted(set(map(str, entry)) - ENTRY_KEYS)
    if unknown:
        raise CorrectionsError(f"{where}: unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(ENTRY_KEYS))})")
    actions = [a for a in ACTIONS if a in entry]
    if len(actions) != 1:
        raise CorrectionsError(
            f"{where}: a correction has exactly one action of {', '.join(ACTIONS)}; "
            f"found {', '.join(actions) or 'none'}"
        )
    action = actions[0]
    finders = [k for k in ("match", "item_id") if k in entry]
    if action in ("set_name", "merge") and finders:
        raise CorrectionsError(f"{where}: {action} takes no {finders[0]}:")
    if action not in ("set_name", "merge") and len(finders) != 1:
        raise CorrectionsError(f"{where}: {action} needs the item: either match: (its text) or item_id:")
    return Correction(
        document=_required_text(entry, "document", where),
        action=action,
        line=line,
        source=source,
        competency=_text(entry, "competency", where),
        match=_text(entry, "match", where),
        item_id=_item_id_value(entry.get("item_id"), where),
        reason=_text(entry, "reason", where),
        within=_location(entry["in"], f"{where}: in", for_move=False) if "in" in entry else None,
        **_action_values(action, entry[action], where),
    )


def _action_values(action: str, value: object, where: str) -> dict:
    if action == "set_name":
        name = _required_text({"set_name": value}, "set_name", where)
        if not slug(name):
            raise CorrectionsError(f"{where}: set_name {name!r} has no letter or digit to make an id from")
        return {"name": name}
    if action == "move_to":
        return {"target": _location(value, f"{where}: move_to", for_move=True)}
    if action == "drop":
        if value is not True:
            raise CorrectionsError(f"{where}: write 'drop: true'")
        return {}
    if (
        not isinstance(value, list)
        or len(value) < 2
        or not all(isinstance(t, (str, int, float)) and collapse_whitespace(str(t)) for t in value)
    ):
        raise CorrectionsError(f'{where}: {action} takes a list of two or more texts, e.g. {action}: ["A.", "B."]')
    return {"texts": tuple(collapse_whitespace(str(t)) for t in value)}


def _location(value: object, where: str, for_move: bool) -> Location:
    allowed = TARGET_FIELDS if for_move else FIELDS
    if not isinstance(value, dict) or value.get("field") not in allowed:
        raise CorrectionsError(f"{where} needs {{field: ...}} with a field of {', '.join(allowed)}")
    keys = set(value)
    extra = keys - ({"field", "level", "group", "label"} if for_move else {"field", "level", "group"})
    if extra:
        raise CorrectionsError(f"{where}: unknown key(s) {', '.join(sorted(map(str, extra)))}")
    level = value.get("level")
    is_levels = value["field"] == "levels"
    if level is not None and (not is_levels or isinstance(level, bool) or not isinstance(level, int) or level < 1):
        raise CorrectionsError(f"{where}: level: is a rank (1, 2, ...) and goes with field: levels")
    if for_move and is_levels and level is None:
        raise CorrectionsError(f"{where}: field: levels needs level: (the rank to move the item to)")
    if is_levels and "group" in value:
        raise CorrectionsError(f"{where}: group: does not go with field: levels")
    if "label" in value and not is_levels:
        raise CorrectionsError(f"{where}: label: goes with field: levels")
    label, group = (_text(value, k, where) for k in ("label", "group"))
    return Location(field=value["field"], level=level, group=group, label=label)


def _required_text(entry: dict, key: str, where: str) -> str:
    value = _text(entry, key, where)
    if value is None:
        raise CorrectionsError(f"{where}: {key}: is missing")
    return value


def _text(entry: dict, key: str, where: str) -> str | None:
    value = entry.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)) or not collapse_whitespace(str(value)):
        raise CorrectionsError(f"{where}: {key}: must be a non-empty text")
    return collapse_whitespace(str(value))


def _item_id_value(value: object, where: str) -> str | None:
    if value is None:
        return None
    text = str(value).strip().lower()
    if not re.fullmatch(r"[0-9a-f]{12}", text):
        raise CorrectionsError(f'{where}: item_id: is 12 hexadecimal digits, quoted (item_id: "3f2a9c0d1e4b")')
    return text


# --- applying ---------------------------------------------------------------------------------------------------


def apply_corrections(
    dataset: dict, corrections: list[Correction], copy: bool = True
) -> tuple[dict, list[CorrectionOutcome]]:
    """The corrected dataset (corrections applied in file order) and what became of each correction: a copy, or
    with copy=False the dataset itself (the build, which owns it, saves copying everything)."""
    if not corrections and not copy:
        return dataset, []
    data = deepcopy(dataset) if copy else dataset
    state = _State()
    outcomes = [_apply(data, c, state) for c in corrections]
    data["competencies"].sort(key=lambda comp: comp["id"])
    return data, outcomes


def outcome_messages(outcomes: list[CorrectionOutcome]) -> list[str]:
    """One line per correction that did not take effect, for the build's warnings."""
    return [o.message() for o in outcomes if not o.ok]


def _apply(data: dict, c: Correction, state: _State) -> CorrectionOutcome:
    doc = resolve_document(data.get("documents", []), c.document)
    if doc is None:
        return CorrectionOutcome(
            c, STALE, f"no such document {c.document!r} in this build (removed, renamed or not readable)"
        )
    comps = [comp for comp in data["competencies"] if doc in comp.get("sources", [])]
    if c.competency:
        comps = [comp for comp in comps if slug(c.competency) in state.ids(comp)]
    if not comps and not (c.action == "set_name" and c.competency):
        what = f"no competency {c.competency!r}" if c.competency else "no competency"
        return CorrectionOutcome(c, STALE, f"document {doc} has {what}")
    handler = {"set_name": _set_name, "move_to": _move, "drop": _drop, "merge": _merge, "split": _split}[c.action]
    return handler(data, c, doc, comps, state)


def resolve_document(documents: list[dict], ref: str) -> str | None:
    """The id of the document `ref` names: by id, path, file name or file name without extension."""
    for d in documents:
        path = PurePosixPath(d.get("path") or "")
        if ref in (d["id"], str(path), path.name, path.stem) or slug(ref) == d["id"]:
            return d["id"]
    return None


def _set_name(data: dict, c: Correction, doc: str, comps: list[dict], state: _State) -> CorrectionOutcome:
    assert c.name is not None, "parsing gives every set_name its name"
    if not comps:  # `competency:` names none of the document's: maybe because this rename was already made
        if any(doc in comp["sources"] and comp["name"] == c.name for comp in data["competencies"]):
            return CorrectionOutcome(c, ALREADY, f"the competency of {doc} is already named {c.name!r}")
        return CorrectionOutcome(c, STALE, f"document {doc} has no competency {c.competency!r}")
    if len(comps) > 1:
        return CorrectionOutcome(
            c,
            AMBIGUOUS,
            f"document {doc} has {len(comps)} competencies "
            f"({', '.join(x['name'] for x in comps)}); say which with competency:",
        )
    comp = comps[0]
    if comp["name"] == c.name:
        return CorrectionOutcome(c, ALREADY, f"the competency of {doc} is already named {c.name!r}")
    old_id, old_name, new_id = comp["id"], comp["name"], slug(c.name)
    other = next((x for x in data["competencies"] if x["id"] == new_id and x is not comp), None)
    if other is not None:
        merge_competency(other, comp)
        data["competencies"].remove(comp)
        comp = other
    comp["id"], comp["name"] = new_id, c.name
    state.former_ids.setdefault(new_id, set()).update({old_id} | state.former_ids.get(old_id, set()))
    data["competencies"].sort(key=lambda x: x["id"])
    merged = f" and merged it into the competency of {', '.join(comp['sources'])}" if other is not None else ""
    return CorrectionOutcome(c, APPLIED, f"renamed {old_name!r} ({old_id}) to {c.name!r} ({new_id}){merged}")


def _drop(data: dict, c: Correction, doc: str, comps: list[dict], state: _State) -> CorrectionOutcome:
    spots = _find(comps, doc, state, c.within, c.match, c.item_id)
    if not spots:
        return CorrectionOutcome(c, STALE, _missing(doc, c))
    places = [s.describe() for s in spots]
    for spot in spots:
        spot.pop()  # the same text twice in one document is the same line printed twice: both go
    return CorrectionOutcome(c, APPLIED, f"dropped from {'; '.join(places)}")


def _move(data: dict, c: Correction, doc: str, comps: list[dict], state: _State) -> CorrectionOutcome:
    target = c.target
    assert target is not None, "parsing gives every move_to its target"
    spots = _find(comps, doc, state, c.within, c.match, c.item_id)
    movable = [s for s in spots if not _is_at(s, target)]
    if not movable:
        if spots:
            return CorrectionOutcome(c, ALREADY, f"already in {spots[0].describe()}")
        return CorrectionOutcome(c, STALE, _missing(doc, c))
    if len(movable) > 1:
        return _ambiguous(c, movable)
    spot = movable[0]
    destination = _destination(spot.competency, target)
    if destination is None:
        return CorrectionOutcome(
            c, STALE, f"{spot.competency['id']} has no level {target.level} (give move_to a label: to create it)"
        )
    before = spot.describe()
    destination.append(_as_item(spot.pop(), target.group))
    return CorrectionOutcome(c, APPLIED, f"moved from {before} to {_target_text(target)}")


def _split(data: dict, c: Correction, doc: str, comps: list[dict], state: _State) -> CorrectionOutcome:
    spots = _find(comps, doc, state, c.within, c.match, c.item_id, readings=False)
    if not spots:
        if all(_find(comps, doc, state, c.within, t, None, readings=False) for t in c.texts):
            return CorrectionOutcome(c, ALREADY, "the document already has each part as an item")
        return CorrectionOutcome(c, STALE, _missing(doc, c))
    if len(spots) > 1:
        return _ambiguous(c, spots)
    spot = spots[0]
    i = spot.index
    spot.items[i : i + 1] = [{**deepcopy(spot.item), "text": t} for t in c.texts]
    return CorrectionOutcome(c, APPLIED, f"split into {len(c.texts)} items in {spot.describe()}")


def _merge(data: dict, c: Correction, doc: str, comps: list[dict], state: _State) -> CorrectionOutcome:
    found = [_find(comps, doc, state, c.within, t, None, readings=False) for t in c.texts]
    missing = [t for t, spots in zip(c.texts, found) if not spots]
    if missing:
        if _find(comps, doc, state, c.within, " ".join(c.texts), None, readings=False):
            return CorrectionOutcome(c, ALREADY, "the document already has the merged item")
        return CorrectionOutcome(c, STALE, f"document {doc} no longer contains an item with text {missing[0]!r}")
    several = next((spots for spots in found if len(spots) > 1), None)
    if several:
        return _ambiguous(c, several)
    spots = [s[0] for s in found]
    if len({id(s.competency) for s in spots}) > 1 or len({id(s.item) for s in spots}) < len(spots):
        return CorrectionOutcome(
            c,
            STALE,
            f"the texts are not {len(spots)} items of one competency: {'; '.join(s.describe() for s in spots)}",
        )
    first = spots[0]
    merged = {
        **first.item,
        "text": " ".join(s.item["text"] for s in spots),
        "source": _joined_source([s.item.get("source") or {} for s in spots]),
    }
    first.items[first.index] = merged
    first.item = merged
    for spot in spots[1:]:
        spot.pop()
    return CorrectionOutcome(c, APPLIED, f"merged {len(spots)} items into one in {first.describe()}")


# --- finding items ----------------------------------------------------------------------------------------------


def match_key(text: str) -> str:
    """Text as corrections match it: case, white space and typographic quotes and dashes do not matter.

    Not `vocab.text.fold`, on purpose: an analyst types `match:` with straight quotes and hyphens where the
    document printed curly ones and dashes, and the item ids the analyst keeps in corrections.yaml are hashes of
    this key (`item_id`), so it must stay exactly as it is (it also drops zero-width spaces, which fold keeps)."""
    return collapse_whitespace(unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY)).casefold()


def item_id(competency_id: str, field_name: str, text: str) -> str:
    material = json.dumps([competency_id, field_name, match_key(text)], ensure_ascii=False)
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:12]


def list_items(dataset: dict, document: str | None = None) -> list[ItemRef]:
    """Every item a correction can name (of one document, if given), with its item id."""
    doc = resolve_document(dataset.get("documents", []), document) if document else None
    refs = []
    for comp in dataset["competencies"]:
        for spot in _spots(comp):
            source_doc = (spot.item.get("source") or {}).get("document")
            if document and source_doc != doc:
                continue
            refs.append(
                ItemRef(
                    item_id(comp["id"], spot.field, spot.item["text"]),
                    comp["id"],
                    spot.field,
                    spot.level["rank"] if spot.level else None,
                    spot.item.get("group"),
                    source_doc,
                    spot.item["text"],
                )
            )
    return refs


def _spots(comp: dict, readings: bool = True):
    for name in ITEM_FIELDS:
        for item in comp.get(name, []):
            yield _Spot(comp, name, None, comp[name], item)
    for level in comp.get("levels", []):
        for item in level["behaviors"]:
            yield _Spot(comp, "levels", level, level["behaviors"], item)
    if readings:
        for item in comp.get("readings", []):
            yield _Spot(comp, "readings", None, comp["readings"], item)


def _find(
    comps: list[dict],
    doc: str,
    state: _State,
    within: Location | None,
    text: str | None,
    wanted_id: str | None,
    readings: bool = True,
) -> list[_Spot]:
    key = match_key(text) if text is not None else None
    found = []
    for comp in comps:
        ids = state.ids(comp)
        for spot in _spots(comp, readings):
            if (spot.item.get("source") or {}).get("document") != doc or not _is_within(spot, within):
                continue
            if key is not None and match_key(spot.item["text"]) == key:
                found.append(spot)
            elif wanted_id and any(item_id(i, spot.field, spot.item["text"]) == wanted_id for i in ids):
                found.append(spot)
    return found


def _is_within(spot: _Spot, where: Location | None) -> bool:
    """Inside the `in:` location: what it leaves out matches anything."""
    if where is None:
        return True
    return (
        spot.field == where.field
        and (where.level is None or spot.level is not None and spot.level["rank"] == where.level)
        and (where.group is None or spot.item.get("group") == where.group)
    )


def _is_at(spot: _Spot, target: Location) -> bool:
    """Exactly at a move_to target: no group there means no group."""
    return (
        spot.field == target.field
        and (target.level is None or spot.level is not None and spot.level["rank"] == target.level)
        and spot.item.get("group") == target.group
    )


def _destination(comp: dict, target: Location) -> list | None:
    if target.field != "levels":
        return comp[target.field]
    level = next((lv for lv in comp["levels"] if lv["rank"] == target.level), None)
    if level is None and target.label:
        level = {"rank": target.level, "label": target.label, "behaviors": []}
        comp["levels"].append(level)
        comp["levels"].sort(key=lambda lv: lv["rank"])
    return level["behaviors"] if level is not None else None


def _as_item(item: dict, group: str | None) -> dict:
    """An item for its new field: a reading keeps only its citation text; the old group does not follow."""
    out = {"text": item["text"], "source": item["source"]}
    if group:
        out["group"] = group
    return out


def _joined_source(sources: list[dict]) -> dict:
    first = sources[0]
    spans = [span for s in sources for span in s.get("spans", [])]
    return {**first, "spans": spans} if "spans" in first or spans else dict(first)


def _target_text(target: Location) -> str:
    if target.level is not None:
        return f"level {target.level}"
    return target.field + (f" under {target.group!r}" if target.group else "")


def _missing(doc: str, c: Correction) -> str:
    what = f"with text {c.match!r}" if c.match is not None else f"with id {c.item_id}"
    where = f" in {_target_text(c.within)}" if c.within else ""
    return f"document {doc} no longer contains an item {what}{where}"


def _ambiguous(c: Correction, spots: list[_Spot]) -> CorrectionOutcome:
    return CorrectionOutcome(
        c,
        AMBIGUOUS,
        f"{len(spots)} items match ({'; '.join(s.describe() for s in spots)}); narrow it with competency: or in:",
    )
