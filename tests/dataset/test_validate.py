"""The schema describes the output contract: it is valid 2020-12, versioned, and accepts exactly the contract."""

from __future__ import annotations

import copy

import pytest
from jsonschema import Draft202012Validator

from pipeline.dataset.assemble import SCHEMA_VERSION
from pipeline.dataset.validate import load_schema, records_problem, validate_dataset

from ..conftest import SEEDS, load

GOLD = sorted((SEEDS / "gold").glob("*.json"))


def test_schema_is_valid_versioned_2020_12():
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith(".json") and schema["version"] == SCHEMA_VERSION
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.stem)
def test_gold_files_of_the_contract_validate(gold):
    assert validate_dataset(load(gold)) == []


def test_contract_field_names_are_required():
    comp = load_schema()["$defs"]["competency"]
    assert set(comp["required"]) == {
        "id",
        "name",
        "definition",
        "key_words",
        "indicators",
        "levels",
        "activities",
        "courses",
        "readings",
        "related",
        "interview_questions",
        "tips",
        "notes",
        "sources",
    }


@pytest.mark.parametrize(
    "mutate, where",
    [
        (lambda d: d["competencies"][0].update(extra_field=1), "$.competencies[0]"),
        (lambda d: d["competencies"][0]["levels"][0].update(rank=0), "$.competencies[0].levels[0].rank"),
        (lambda d: d["competencies"][0].update(id="Customer Focus"), "$.competencies[0].id"),
        (lambda d: d["documents"][0].update(format="rtf"), "$.documents[0].format"),
        (lambda d: d["competencies"][0]["readings"][0].pop("title"), "$.competencies[0].readings[0]"),
    ],
)
def test_mistakes_are_caught_with_their_json_path_and_document(mutate, where):
    data = copy.deepcopy(load(SEEDS / "gold" / "customer-focus.json"))
    mutate(data)
    problems = validate_dataset(data)
    assert problems and problems[0].path == where
    assert problems[0].document == "customer-focus"


def test_no_keyword_stands_beside_a_ref():
    """The fast validator reads the schema as draft-07, where keywords beside a $ref are ignored: keep none."""

    def walk(node, path="$"):
        if isinstance(node, dict):
            if "$ref" in node:
                extra = set(node) - {"$ref", "description"}
                assert not extra, f"{path}: {extra} beside $ref"
            for k, v in node.items():
                walk(v, f"{path}.{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{path}[{i}]")

    walk(load_schema())


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.stem)
def test_fast_and_full_validators_agree(gold):
    from pipeline.dataset.validate import _fast_check

    data = copy.deepcopy(load(gold))
    _fast_check()(data)  # valid for both
    data["competencies"][0]["sources"] = []
    assert validate_dataset(data)  # and invalid for both: the fast one sends it to the full one


def test_one_documents_records_are_checked_on_their_own_with_the_first_problem():
    record = copy.deepcopy(load(GOLD[0])["competencies"][0])
    assert records_problem([record]) is None
    record["name"] = ""
    problem = records_problem([record])
    assert problem is not None and problem.path == "$.competencies[0].name"
