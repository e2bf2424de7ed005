"""Schema validation of a dataset, with errors that name the JSON path and the source document."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from ..vocab.vocabulary import SCHEMA_PATH

MAX_MESSAGE = 300  # characters of a problem's message: jsonschema quotes the value, which may be anything


@dataclass(frozen=True)
class SchemaProblem:
    path: str  # JSON path, e.g. $.competencies[3].levels[0].rank
    message: str
    document: str | None

    def __str__(self) -> str:
        where = f" (from document {self.document})" if self.document else ""
        return f"{self.path}: {self.message}{where}"


@lru_cache(maxsize=1)
def load_schema() -> dict:
    with open(SCHEMA_PATH, encoding="utf-8") as f:
        return json.load(f)


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@lru_cache(maxsize=1)
def _fast_check():
    """The schema compiled to Python code (fastjsonschema): about ten times faster than jsonschema on a large
    dataset. It is read as draft-07, which means the same for this schema: no keyword stands beside a $ref
    (tests/test_schema.py checks that)."""
    import copy

    import fastjsonschema

    schema = copy.deepcopy(load_schema())
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    return fastjsonschema.compile(schema)


def validate_dataset(dataset: dict, limit: int = 20) -> list[SchemaProblem]:
    """Every problem of the dataset against the schema, with its JSON path and source document; [] when valid.
    The compiled check answers first, on the whole dataset, every build (what is published is always checked);
    jsonschema, slower, names the problems when there are some."""
    import fastjsonschema

    try:
        _fast_check()(dataset)
        return []
    except fastjsonschema.JsonSchemaValueException:
        pass
    problems = []
    for error in sorted(_validator().iter_errors(dataset), key=lambda e: list(map(str, e.absolute_path))):
        path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        message = error.message if len(error.message) <= MAX_MESSAGE else error.message[: MAX_MESSAGE - 1] + "…"
        problems.append(SchemaProblem(path, message, _document_of(dataset, list(error.absolute_path))))
        if len(problems) >= limit:
            break
    return problems


@lru_cache(maxsize=1)
def _records_schema() -> dict:
    """The schema of one document's records: a list of competencies as the dataset holds them."""
    schema = load_schema()
    return {"$defs": schema["$defs"], "type": "array", "items": {"$ref": "#/$defs/competency"}}


@lru_cache(maxsize=1)
def _fast_records_check():
    import fastjsonschema

    return fastjsonschema.compile({**_records_schema(), "$schema": "http://json-schema.org/draft-07/schema#"})


def records_problem(competencies: list[dict]) -> SchemaProblem | None:
    """The first way one document's competency records (each with its id) break the dataset's schema, or None:
    checked where the records are made, so that an extraction bug fails its document, not the whole build."""
    import fastjsonschema
    from jsonschema import Draft202012Validator

    try:
        _fast_records_check()(competencies)
        return None
    except fastjsonschema.JsonSchemaValueException:
        pass
    for error in sorted(
        Draft202012Validator(_records_schema()).iter_errors(competencies), key=lambda e: list(map(str, e.absolute_path))
    ):
        path = "$.competencies" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        return SchemaProblem(path, error.message[:MAX_MESSAGE], None)
    return None


def _document_of(dataset: dict, path: list) -> str | None:
    """The source document of the record a JSON path points into, for the error message."""
    node = dataset
    found = None
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict):
            if isinstance(node.get("source"), dict) and node["source"].get("document"):
                found = node["source"]["document"]
            elif node.get("sources"):
                found = ", ".join(map(str, node["sources"]))
            elif "sha256" in node and node.get("id"):
                found = node["id"]
    return found
