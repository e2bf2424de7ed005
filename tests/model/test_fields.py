"""The one field list (`pipeline.model.records.FIELDS` and its kinds) agrees with the schema, and the modules that
work field by field derive their lists from it."""

from __future__ import annotations

import json

from pipeline.dataset import changes, corrections
from pipeline.export import tables
from pipeline.model.records import (
    FIELDS,
    ITEM_FIELDS,
    LIST_FIELDS,
    SCALAR_FIELDS,
    STRING_LIST_FIELDS,
    TEXT_ITEM_FIELDS,
)
from pipeline.vocab.vocabulary import SCHEMA_PATH

SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
COMPETENCY = SCHEMA["$defs"]["competency"]
ADDED = ("definition_source",)  # outside the contract: optional in the schema, not in the field list


def _items_ref(name: str) -> str | None:
    return COMPETENCY["properties"][name].get("items", {}).get("$ref")


def test_the_field_list_is_the_schemas_competency_properties_in_order():
    properties = [p for p in COMPETENCY["properties"] if p not in ADDED]
    assert list(FIELDS) == properties
    assert list(FIELDS) == COMPETENCY["required"]
    assert set(COMPETENCY["properties"]) - set(FIELDS) == set(ADDED)


def test_the_kinds_of_field_are_the_schemas():
    props = COMPETENCY["properties"]
    assert list(LIST_FIELDS) == [f for f in FIELDS if props[f].get("type") == "array"]
    assert list(SCALAR_FIELDS) == [f for f in FIELDS if props[f].get("type") != "array"]
    assert list(ITEM_FIELDS) == [f for f in FIELDS if _items_ref(f) == "#/$defs/item"]
    assert list(TEXT_ITEM_FIELDS) == [f for f in FIELDS if _items_ref(f) in ("#/$defs/item", "#/$defs/reading")]
    strings = ("#/$defs/text", "#/$defs/documentId")
    assert list(STRING_LIST_FIELDS) == [f for f in FIELDS if _items_ref(f) in strings]


def test_the_field_by_field_modules_cover_every_field():
    assert changes.FIELD_ORDER == tuple(f for f in FIELDS if f != "id")
    assert set(corrections.FIELDS) == set(TEXT_ITEM_FIELDS) | {"levels"}
    assert set(corrections.TARGET_FIELDS) == set(corrections.FIELDS) - {"readings"}
    table_names = {t.name for t in tables.TABLES}
    competency_columns = set(next(t for t in tables.TABLES if t.name == "competencies").column_names)
    for name in FIELDS:
        held = name in table_names or name in competency_columns or f"competency_{name}" in table_names
        assert held or name == "id" and "competency_id" in competency_columns, f"no table holds {name}"
