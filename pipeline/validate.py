"""Schema validation of a dataset, with errors that name the JSON path and the source document."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import orjson

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "competency-kb.schema.json"


@dataclass(frozen=True)
class SchemaProblem:
    path: str          # JSON path, e.g. $.competencies[3].levels[0].rank
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


def schema_fingerprint() -> str:
    return hashlib.sha256(SCHEMA_PATH.read_bytes()).hexdigest()


class ValidatedMemo:
    """The competencies a previous build validated, by a hash of their canonical bytes, for this schema: a rebuild
    checks only what is new (a competency is valid or not by its content alone: the schema holds no rule across
    competencies). Kept in the extraction cache folder and trusted as the cache is; a missing or foreign file is
    an empty memo. `validate_dataset` records what passed; `save` writes it once the build is published."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.schema = schema_fingerprint()
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            known = data["competencies"] if data.get("schema") == self.schema else []
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            known = []
        self.known = set(known) if isinstance(known, list) else set()
        self.passed: set[str] = set()

    @staticmethod
    def key(competency: dict) -> str:
        return hashlib.blake2b(orjson.dumps(competency, option=orjson.OPT_SORT_KEYS), digest_size=16).hexdigest()

    def save(self) -> None:
        from .publish import write_text

        try:
            write_text(self.path, json.dumps({"schema": self.schema, "competencies": sorted(self.passed)}))
        except OSError:
            pass  # a memo that cannot be written only costs the next build a full validation


def validate_dataset(dataset: dict, limit: int = 20, memo: ValidatedMemo | None = None) -> list[SchemaProblem]:
    """Every problem of the dataset against the schema, with its JSON path and source document; [] when valid.
    The compiled check answers first (on the competencies `memo` does not know, when given); jsonschema, slower,
    names the problems of the whole dataset when there are some."""
    import fastjsonschema

    checked, keys = dataset, []
    if memo is not None and isinstance(dataset.get("competencies"), list):
        keys = [memo.key(c) for c in dataset["competencies"]]
        checked = {**dataset, "competencies": [c for c, k in zip(dataset["competencies"], keys)
                                               if k not in memo.known]}
    try:
        _fast_check()(checked)
        if memo is not None:
            memo.passed = set(keys)
        return []
    except fastjsonschema.JsonSchemaValueException:
        pass
    problems = []
    for error in sorted(_validator().iter_errors(dataset), key=lambda e: list(map(str, e.absolute_path))):
        path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        problems.append(SchemaProblem(path, error.message, _document_of(dataset, list(error.absolute_path))))
        if len(problems) >= limit:
            break
    return problems


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
