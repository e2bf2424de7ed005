"""The CASE export: a valid CFPackage by OpenSALT's schema, identifiers stable and derived from dataset ids,
every association between objects that exist."""

from __future__ import annotations

import copy
import json
import re
import uuid
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft4Validator

from pipeline.export.case import (
    NAMESPACE,
    CaseOptions,
    competency_identifier,
    framework_uuid,
    iter_identifiers,
    to_case,
    uuid5_text,
    write_case,
)
from pipeline.vocab.text import slug

from ..conftest import ROOT, load

BUILT = ROOT / "output" / "competencies.json"
CASE_SCHEMA = ROOT / "schema" / "case-v1p0-cfpackage-schema.json"
# RFC 3986 absolute URI: jsonschema checks "format": "uri" only when rfc3987 is installed, so check it here.
ABSOLUTE_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")


@pytest.fixture(scope="module")
def dataset() -> dict:
    return load(BUILT)


@pytest.fixture(scope="module")
def package(dataset) -> dict:
    return to_case(dataset, CaseOptions(activities=True))


def test_the_schema_copy_is_draft_04_and_unchanged():
    schema = json.loads(CASE_SCHEMA.read_text(encoding="utf-8"))
    # No "$schema" key and "definitions" (not "$defs"): OpenSALT validates with a draft-04 validator.
    assert "$schema" not in schema and "definitions" in schema
    Draft4Validator.check_schema(schema)


@pytest.mark.parametrize(
    "options",
    [
        CaseOptions(),
        CaseOptions(activities=True),
        CaseOptions(base_uri="https://case.example.org/ims/case/v1p0", last_change="2026-11-22T00:00:00+00:00"),
    ],
    ids=str,
)
def test_package_validates_against_the_case_schema(dataset, options):
    schema = json.loads(CASE_SCHEMA.read_text(encoding="utf-8"))
    package = to_case(dataset, options)
    errors = sorted(Draft4Validator(schema).iter_errors(package), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def test_uris_and_dates_are_well_formed(package):
    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "uri":
                    assert ABSOLUTE_URI.match(value), value
                elif key == "lastChangeDateTime":
                    assert datetime.fromisoformat(value).tzinfo is not None, value
                elif key == "identifier":
                    assert str(uuid.UUID(value)) == value
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(package)


def test_two_exports_are_identical(dataset, package):
    assert to_case(copy.deepcopy(dataset), CaseOptions(activities=True)) == package
    assert json.dumps(to_case(dataset)) == json.dumps(to_case(dataset))


def test_write_case_is_deterministic(dataset, tmp_path):
    write_case(dataset, tmp_path / "a.json")
    write_case(dataset, tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8")) == to_case(dataset)


def test_identifiers_are_unique(package):
    ids = list(iter_identifiers(package))
    assert len(ids) == len(set(ids))


def test_each_competency_id_maps_to_exactly_one_item_and_back(dataset, package):
    competencies = [i for i in package["CFItems"] if i["CFItemType"] == "Competency"]
    assert len(competencies) == len(dataset["competencies"])
    by_identifier = {i["identifier"]: i for i in competencies}
    for comp in dataset["competencies"]:
        identifier = competency_identifier(comp["id"])
        assert identifier == str(
            uuid.uuid5(uuid.uuid5(NAMESPACE, "framework:competency-kb"), f"competency:{comp['id']}")
        )
        assert by_identifier[identifier]["humanCodingScheme"] == comp["id"]  # and back
        assert by_identifier[identifier]["abbreviatedStatement"] == comp["name"]


def test_identifiers_follow_the_data_not_the_position(dataset):
    """Reordering competencies or inserting a behavior keeps every existing identifier: a re-import updates."""
    before = set(iter_identifiers(to_case(dataset)))
    changed = copy.deepcopy(dataset)
    changed["competencies"].reverse()
    comp = next(c for c in changed["competencies"] if c["levels"])
    source = (
        comp["levels"][0]["behaviors"][0]["source"]
        if comp["levels"][0]["behaviors"]
        else {"document": comp["sources"][0], "page": None}
    )
    comp["levels"][0]["behaviors"].insert(0, {"text": "A brand new first behavior.", "source": source})
    after = set(iter_identifiers(to_case(changed)))
    assert before < after and len(after - before) == 2  # the new behavior and its association


def test_another_framework_gets_other_identifiers(dataset):
    ours = set(iter_identifiers(to_case(dataset)))
    theirs = set(iter_identifiers(to_case(dataset, CaseOptions(framework="another-framework"))))
    assert not ours & theirs
    assert to_case(dataset)["CFDocument"]["identifier"] == str(framework_uuid())


def test_items_per_kind_match_the_json(dataset, package):
    kinds = [i["CFItemType"] for i in package["CFItems"]]
    comps = dataset["competencies"]
    assert kinds.count("Proficiency Level") == sum(len(c["levels"]) for c in comps)
    assert kinds.count("Behavior") == sum(len(lv["behaviors"]) for c in comps for lv in c["levels"])
    assert kinds.count("Behavioral Indicator") == sum(len(c["indicators"]) for c in comps)
    assert kinds.count("Development Activity") == sum(len(c["activities"]) for c in comps)
    assert "Development Activity" not in {i["CFItemType"] for i in to_case(dataset)["CFItems"]}


def test_associations_point_to_existing_objects(package):
    nodes = {i["identifier"]: i for i in package["CFItems"]}
    document = package["CFDocument"]["identifier"]
    for a in package["CFAssociations"]:
        assert a["originNodeURI"]["identifier"] in nodes
        assert a["destinationNodeURI"]["identifier"] in nodes or a["destinationNodeURI"]["identifier"] == document
        assert a["originNodeURI"]["uri"] == nodes[a["originNodeURI"]["identifier"]]["uri"]


def test_the_tree(dataset, package):
    items = {i["identifier"]: i for i in package["CFItems"]}
    parent = {
        a["originNodeURI"]["identifier"]: a["destinationNodeURI"]["identifier"]
        for a in package["CFAssociations"]
        if a["associationType"] == "isChildOf"
    }
    assert set(parent) == set(items)  # every item is placed in the tree exactly once
    expected_parent = {
        "Competency": None,
        "Proficiency Level": "Competency",
        "Behavior": "Proficiency Level",
        "Behavioral Indicator": "Competency",
        "Development Activity": "Competency",
    }
    for identifier, item in items.items():
        up = items.get(parent[identifier])
        assert (up["CFItemType"] if up else None) == expected_parent[item["CFItemType"]]
        if up is None:
            assert parent[identifier] == package["CFDocument"]["identifier"]


def test_related_only_between_competencies_of_the_dataset(dataset, package):
    ids = {c["id"] for c in dataset["competencies"]}
    expected = {
        (competency_identifier(c["id"]), competency_identifier(slug(r)))
        for c in dataset["competencies"]
        for r in c["related"]
        if slug(r) in ids and slug(r) != c["id"]
    }
    related = {
        (a["originNodeURI"]["identifier"], a["destinationNodeURI"]["identifier"])
        for a in package["CFAssociations"]
        if a["associationType"] == "isRelatedTo"
    }
    assert related == expected
    assert any(c["related"] for c in dataset["competencies"])  # the fixture exercises both cases


def test_a_rubric_per_competency_with_levels(dataset, package):
    rubrics = {r["title"]: r for r in package["CFRubrics"]}
    for comp in dataset["competencies"]:
        if not comp["levels"]:
            assert comp["name"] not in rubrics
            continue
        (criterion,) = rubrics[comp["name"]]["CFRubricCriteria"]
        assert criterion["CFItemURI"]["identifier"] == competency_identifier(comp["id"])
        levels = criterion["CFRubricCriterionLevels"]
        assert [lv["score"] for lv in levels] == [lv["rank"] for lv in comp["levels"]]
        assert [lv["quality"] for lv in levels] == [lv["label"] for lv in comp["levels"]]
        for level, lv in zip(levels, comp["levels"]):
            assert level.get("description", "") == "\n".join(b["text"] for b in lv["behaviors"])
            assert level["rubricCriterionId"] == criterion["identifier"]


def test_equal_texts_in_one_list_get_distinct_identifiers(dataset):
    changed = copy.deepcopy(dataset)
    comp = next(c for c in changed["competencies"] if c["indicators"])
    comp["indicators"].append(copy.deepcopy(comp["indicators"][0]))
    ids = list(iter_identifiers(to_case(changed)))
    assert len(ids) == len(set(ids))


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.text(max_size=60), st.integers(0, 2**128 - 1))
def test_identifiers_are_rfc_4122_uuid5_names(name, namespace):
    for ns in (uuid.UUID(int=namespace), NAMESPACE):
        assert uuid5_text(ns, name) == str(uuid.uuid5(ns, name))
