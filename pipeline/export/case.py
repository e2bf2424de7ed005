"""The dataset as an IMS Global (1EdTech) CASE 1.0 package (CFPackage), for competency framework servers such as
OpenSALT.

Shape: one CFDocument for the framework; a CFItem per competency, proficiency level, level behavior and
behavioral indicator (development activities too, if asked); `isChildOf` associations for the tree (competency ->
document, level -> competency, behavior -> level, indicator -> competency), `isRelatedTo` between competencies
whose `related` name is a competency of the same dataset; and per competency with levels a CFRubric with one
criterion and one criterion level per proficiency level (score = rank, description = the level's behaviors).

Identifiers are UUIDv5 names of dataset ids under a fixed namespace, so exporting again gives the same identifiers
and a server re-importing the package updates its items instead of adding copies:

    framework  F = uuid5(NAMESPACE, "framework:<framework name>")
    competency     uuid5(F, "competency:<competency id>")
    level          uuid5(F, "level:<competency id>:<rank>")
    behavior       uuid5(F, "behavior:<competency id>:<rank>:<normalized text>")
    indicator      uuid5(F, "indicator:<competency id>:<normalized text>")

Behaviors and indicators are named by their text, not their position: merging another document can insert items
before them, and an item must keep its identifier when it moves. (The build already removes duplicate texts within
a list; if two are still equal after normalization, the second gets "#2" appended to its name.)

`lastChangeDateTime` is required on every CASE object but the dataset records no dates, and a wall-clock time would
make every export differ. The default is the Unix epoch, the reproducible-builds convention for "no date"
(SOURCE_DATE_EPOCH=0); pass `CaseOptions(last_change=...)` (e.g. the newest `retrieved` date of the manifest) for a
meaningful one.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..vocab.text import fold

# Fixed forever (= uuid5(NAMESPACE_URL, "https://competency-kb.github.io/case")): changing it changes every id.
NAMESPACE = uuid.UUID("fa68b920-d574-5fb1-92cf-25a2c97578a7")
EPOCH = "1970-01-01T00:00:00+00:00"

COMPETENCY, LEVEL, BEHAVIOR, INDICATOR, ACTIVITY = (
    "Competency",
    "Proficiency Level",
    "Behavior",
    "Behavioral Indicator",
    "Development Activity",
)
ITEM_TYPE_CODES = {COMPETENCY: "1", LEVEL: "1.1", BEHAVIOR: "1.1.1", INDICATOR: "1.2", ACTIVITY: "1.3"}


@dataclass(frozen=True)
class CaseOptions:
    framework: str = "competency-kb"  # part of every identifier: two frameworks never share one
    title: str = "competency-kb competency framework"
    creator: str = "competency-kb"
    last_change: str = EPOCH  # ISO 8601 date-time with offset, see the module docstring
    base_uri: str | None = None  # e.g. "https://case.example.org/ims/case/v1p0"; None gives URNs
    language: str = "en"
    activities: bool = False  # also export development activities as CFItems under their competency


def framework_uuid(framework: str = CaseOptions.framework) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"framework:{framework}")


def uuid5_text(namespace: uuid.UUID, name: str) -> str:
    """str(uuid.uuid5(namespace, name)), without building UUID objects: a package has a hundred thousand
    identifiers, and the objects cost more than the hashing."""
    digest = bytearray(hashlib.sha1(namespace.bytes + name.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def competency_identifier(competency_id: str, framework: str = CaseOptions.framework) -> str:
    """The CFItem identifier of a competency id (the mapping back is the item's humanCodingScheme)."""
    return str(uuid.uuid5(framework_uuid(framework), f"competency:{competency_id}"))


def to_case(dataset, options: CaseOptions | None = None) -> dict:
    """The CFPackage of a dataset (the dict of competencies.json, or an api.Dataset)."""
    items: list[dict[str, object]] = []
    associations: list[dict[str, object]] = []
    rubrics: list[dict[str, object]] = []
    package = _export(dataset, options, items, associations, rubrics)
    return {**package, "CFItems": items, "CFAssociations": associations, "CFRubrics": rubrics}


def write_case(dataset, path: str | Path, options: CaseOptions | None = None) -> Path:
    """Write the package as canonical JSON (the bytes of `dumps(to_case(...))`), object by object: items,
    associations and rubrics wait in spill files beside `path`, not in memory."""
    from .canonical import Spill, Stream, write_streamed

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with Spill(path.parent) as items, Spill(path.parent) as associations, Spill(path.parent) as rubrics:
        package = _export(dataset, options, items, associations, rubrics)
        write_streamed(
            path,
            {**package, "CFItems": Stream(items), "CFAssociations": Stream(associations), "CFRubrics": Stream(rubrics)},
        )
    return path


def _export(dataset, options: CaseOptions | None, items, associations, rubrics) -> dict:
    """Append the package's objects to the three sinks (lists, or spill files); the rest of the package."""
    if hasattr(dataset, "to_dict"):
        dataset = dataset.to_dict()
    pkg = _Package(options or CaseOptions(), items, associations, rubrics)
    document = pkg.document(dataset)
    ids = {c["id"] for c in dataset["competencies"]}
    for position, comp in enumerate(dataset["competencies"], 1):
        pkg.competency(comp, document, position)
    for comp in dataset["competencies"]:
        pkg.related(comp, ids)
    return {
        "CFDocument": document,
        "CFDefinitions": {
            "CFConcepts": [],
            "CFSubjects": [],
            "CFLicenses": [],
            "CFItemTypes": pkg.item_types(),
            "CFAssociationGroupings": [],
        },
    }


@dataclass
class _Package:
    """Produces the objects of one export into its sinks (anything with `append`); lives only inside `_export`.

    Every name an identifier is made from holds its competency's id or its association's origin, so names can
    only repeat within one competency: `used_names` is per competency, and memory stays flat on any size."""

    opts: CaseOptions
    items: list
    associations: list
    rubrics: list
    used_names: set[str] = field(default_factory=set)
    used_types: set[str] = field(default_factory=set)
    doc_link: dict = field(default_factory=dict)
    competency_links: dict[str, dict] = field(default_factory=dict)
    type_links: dict[str, dict] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.root = framework_uuid(self.opts.framework)

    # --- identifiers and links ---

    def identifier(self, name: str) -> str:
        unique, n = name, 1
        while unique in self.used_names:  # equal normalized texts in one list: keep both, distinctly
            n += 1
            unique = f"{name}#{n}"
        self.used_names.add(unique)
        return uuid5_text(self.root, unique)

    def uri(self, kind: str, identifier: str) -> str:
        if self.opts.base_uri:  # the CASE REST path of the object, e.g. .../CFItems/<uuid>
            return f"{self.opts.base_uri.rstrip('/')}/{kind}s/{identifier}"
        return f"urn:competency-kb:{kind}:{identifier}"

    @staticmethod
    def link(obj: dict, title: str) -> dict:
        return {"title": title, "identifier": obj["identifier"], "uri": obj["uri"]}

    # --- objects ---

    def document(self, dataset: dict) -> dict:
        identifier = str(self.root)
        self.used_names.add("framework")
        sources = ", ".join(d["path"] for d in dataset["documents"])
        doc = {
            "identifier": identifier,
            "uri": self.uri("CFDocument", identifier),
            "creator": self.opts.creator,
            "title": self.opts.title,
            "lastChangeDateTime": self.opts.last_change,
            "description": (
                f"{len(dataset['competencies'])} competencies extracted by competency-kb from "
                f"{len(dataset['documents'])} documents (dataset schema {dataset['schema_version']})."
            ),
            "language": self.opts.language,
            "adoptionStatus": "Draft",  # machine-extracted: a person should review before adopting it
        }
        if sources:
            doc["notes"] = f"Source documents: {sources}"
        self.doc_link = self.link(doc, doc["title"])
        return doc

    def item(self, name: str, item_type: str, statement: str, code: str, **extra) -> dict:
        identifier = self.identifier(name)
        self.used_types.add(item_type)
        item = {
            "identifier": identifier,
            "uri": self.uri("CFItem", identifier),
            "fullStatement": statement,
            "humanCodingScheme": code,
            "CFItemType": item_type,
            "CFItemTypeURI": self.item_type_link(item_type),
            "CFDocumentURI": self.doc_link,
            "language": self.opts.language,
            "lastChangeDateTime": self.opts.last_change,
            **{k: v for k, v in extra.items() if v not in (None, "", [])},
        }
        self.items.append(item)
        return item

    def associate(self, kind: str, origin: dict, destination: dict, sequence: int | None = None) -> None:
        name = f"association:{kind}:{origin['identifier']}:{destination['identifier']}"
        identifier = self.identifier(name)
        assoc: dict[str, object] = {
            "identifier": identifier,
            "uri": self.uri("CFAssociation", identifier),
            "associationType": kind,
            "originNodeURI": origin,
            "destinationNodeURI": destination,
            "CFDocumentURI": self.doc_link,
            "lastChangeDateTime": self.opts.last_change,
        }
        if sequence is not None:  # the order of children in the tree
            assoc["sequenceNumber"] = sequence
        self.associations.append(assoc)

    def competency(self, comp: dict, document: dict, position: int) -> None:
        cid = comp["id"]
        self.used_names = {"framework"}
        item = self.item(
            f"competency:{cid}",
            COMPETENCY,
            comp["definition"] or comp["name"],
            cid,
            abbreviatedStatement=comp["name"],
            listEnumeration=str(position),
            conceptKeywords=list(comp["key_words"]),
            notes="\n\n".join(n["text"] for n in comp["notes"]),
        )
        link = self.link(item, comp["name"])
        self.competency_links[cid] = link
        self.associate("isChildOf", link, self.doc_link, position)
        sequence = 0  # children of a competency in tree order: levels, indicators, activities
        for lv in comp["levels"]:
            sequence += 1
            level = self.item(
                f"level:{cid}:{lv['rank']}", LEVEL, lv["label"], f"{cid}.L{lv['rank']}", listEnumeration=str(lv["rank"])
            )
            level_link = self.link(level, lv["label"])
            self.associate("isChildOf", level_link, link, sequence)
            for i, b in enumerate(lv["behaviors"], 1):
                behavior = self.item(
                    f"behavior:{cid}:{lv['rank']}:{fold(b['text'])}",
                    BEHAVIOR,
                    b["text"],
                    f"{cid}.L{lv['rank']}.{i}",
                    listEnumeration=str(i),
                    notes=b.get("group"),
                )
                self.associate("isChildOf", self.link(behavior, b["text"]), level_link, i)
        for kind, field_name, code, enabled in (
            (INDICATOR, "indicators", "I", True),
            (ACTIVITY, "activities", "A", self.opts.activities),
        ):
            if not enabled:
                continue
            for i, x in enumerate(comp[field_name], 1):
                child = self.item(
                    f"{kind_name(kind)}:{cid}:{fold(x['text'])}",
                    kind,
                    x["text"],
                    f"{cid}.{code}{i}",
                    listEnumeration=str(i),
                    notes=x.get("group"),
                )
                sequence += 1
                self.associate("isChildOf", self.link(child, x["text"]), link, sequence)
        if comp["levels"]:
            self.rubrics.append(self.rubric(comp, link))

    def related(self, comp: dict, ids: set[str]) -> None:
        from ..vocab.text import slug  # the slug that made the ids, so "customer focus" finds customer-focus

        self.used_names = {"framework"}
        done = set()
        for name in comp["related"]:
            target = slug(name)
            if target in ids and target != comp["id"] and target not in done:
                done.add(target)
                self.associate("isRelatedTo", self.competency_links[comp["id"]], self.competency_links[target])

    def rubric(self, comp: dict, competency_link: dict) -> dict:
        cid = comp["id"]
        rubric_id = self.identifier(f"rubric:{cid}")
        criterion_id = self.identifier(f"criterion:{cid}")
        levels = []
        for n, lv in enumerate(comp["levels"], 1):
            level_id = self.identifier(f"criterion-level:{cid}:{lv['rank']}")
            level = {
                "identifier": level_id,
                "uri": self.uri("CFRubricCriterionLevel", level_id),
                "quality": lv["label"],
                "score": lv["rank"],
                "position": n,
                "rubricCriterionId": criterion_id,
                "lastChangeDateTime": self.opts.last_change,
            }
            if lv["behaviors"]:
                level["description"] = "\n".join(b["text"] for b in lv["behaviors"])
            levels.append(level)
        criterion = {
            "identifier": criterion_id,
            "uri": self.uri("CFRubricCriterion", criterion_id),
            "category": comp["name"],
            "description": comp["definition"] or comp["name"],
            "CFItemURI": competency_link,
            "position": 1,
            "rubricId": rubric_id,
            "lastChangeDateTime": self.opts.last_change,
            "CFRubricCriterionLevels": levels,
        }
        return {
            "identifier": rubric_id,
            "uri": self.uri("CFRubric", rubric_id),
            "title": comp["name"],
            "description": f"Proficiency levels of {comp['name']}",
            "lastChangeDateTime": self.opts.last_change,
            "CFRubricCriteria": [criterion],
        }

    # --- item types ---

    def item_type_link(self, item_type: str) -> dict:
        if item_type not in self.type_links:
            identifier = uuid5_text(self.root, f"item-type:{item_type}")
            self.type_links[item_type] = {
                "title": item_type,
                "identifier": identifier,
                "uri": self.uri("CFItemType", identifier),
            }
        return dict(self.type_links[item_type])

    def item_types(self) -> list[dict]:
        out = []
        for item_type in ITEM_TYPE_CODES:  # fixed order, only the types used
            if item_type in self.used_types:
                link = self.item_type_link(item_type)
                out.append(
                    {
                        "identifier": link["identifier"],
                        "uri": link["uri"],
                        "title": item_type,
                        "description": f"A {item_type.lower()} of a competency framework.",
                        "hierarchyCode": ITEM_TYPE_CODES[item_type],
                        "lastChangeDateTime": self.opts.last_change,
                    }
                )
        return out


def kind_name(item_type: str) -> str:
    """The identifier prefix of an item type: "Behavioral Indicator" -> "indicator"."""
    return {INDICATOR: "indicator", ACTIVITY: "activity"}.get(item_type, item_type.lower())


def iter_identifiers(package: dict) -> Iterator[str]:
    """Every identifier the package defines (document, items, associations, rubrics and their parts)."""
    yield package["CFDocument"]["identifier"]
    for key in ("CFItems", "CFAssociations"):
        for obj in package.get(key, []):
            yield obj["identifier"]
    for rubric in package.get("CFRubrics", []):
        yield rubric["identifier"]
        for criterion in rubric.get("CFRubricCriteria", []):
            yield criterion["identifier"]
            for level in criterion.get("CFRubricCriterionLevels", []):
                yield level["identifier"]
    for item_type in package.get("CFDefinitions", {}).get("CFItemTypes", []):
        yield item_type["identifier"]
