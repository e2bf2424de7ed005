"""The typed reader: a built file round-trips byte for byte, lookups work, objects are immutable, and files it
cannot read fail with an error that says why."""

from __future__ import annotations

import copy
import dataclasses
import json
import subprocess
import sys

import pytest

from pipeline.api import (
    SUPPORTED_SCHEMA_VERSION,
    Competency,
    Dataset,
    DatasetError,
    Item,
    Level,
    Reading,
    dataset_from_dict,
    load_dataset,
    load_tables,
)

from .conftest import ROOT, SEEDS, load

BUILT = ROOT / "output" / "competencies.json"


@pytest.fixture(scope="module")
def kb() -> Dataset:
    return load_dataset(BUILT)


def test_round_trip_is_byte_identical(kb, tmp_path):
    assert kb.dumps() == BUILT.read_text(encoding="utf-8")
    kb.dump(tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == BUILT.read_bytes()


@pytest.mark.parametrize("gold", sorted((SEEDS / "gold").glob("*.json")), ids=lambda p: p.stem)
def test_gold_files_round_trip_to_the_same_data(gold):
    data = load(gold)
    assert dataset_from_dict(data).to_dict() == data


def test_iteration_and_length_go_over_competencies(kb):
    data = load(BUILT)
    assert len(kb) == len(data["competencies"])
    assert [c.id for c in kb] == [c["id"] for c in data["competencies"]]
    assert all(isinstance(c, Competency) for c in kb)


def test_lookups(kb):
    first = kb.competencies[0]
    assert kb.by_id(first.id) is first
    assert kb.by_name(f"  {first.name.upper()}  ") is first
    assert kb.by_name(first.name.replace(" ", "   ").lower()) is first
    assert first.id in kb and "no-such-competency" not in kb
    with pytest.raises(KeyError, match="did you mean"):
        kb.by_id(first.id[:-1])
    with pytest.raises(KeyError, match="no competency named"):
        kb.by_name("Nothing Like This At All")
    doc = kb.documents[0]
    assert kb.document(doc.id) is doc


def test_typed_objects_mirror_the_json(kb):
    data = load(BUILT)
    comp = kb.competencies[0]
    raw = data["competencies"][0]
    assert isinstance(comp.levels, tuple) and all(isinstance(lv, Level) for lv in comp.levels)
    assert [lv.rank for lv in comp.levels] == [lv["rank"] for lv in raw["levels"]]
    if comp.levels:
        assert comp.level(comp.levels[0].rank) is comp.levels[0]
    assert all(isinstance(r, Reading) and isinstance(r.authors, tuple) for c in kb for r in c.readings)


def test_iter_items_visits_every_item_once_with_its_level(kb):
    data = load(BUILT)
    for comp, raw in zip(kb, data["competencies"]):
        triples = list(comp.iter_items())
        expected = sum(
            len(raw[f])
            for f in ("indicators", "activities", "courses", "readings", "interview_questions", "tips", "notes")
        ) + sum(len(lv["behaviors"]) for lv in raw["levels"])
        assert len(triples) == expected
        for field_name, level, item in triples:
            assert (level is not None) == (field_name == "behaviors")
            assert isinstance(item, Reading if field_name == "readings" else Item)
            if level is not None:
                assert item in level.behaviors


def test_objects_are_immutable(kb):
    comp = kb.competencies[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        comp.name = "Other"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        kb.competencies = ()  # type: ignore[misc]
    with pytest.raises(AttributeError):
        comp.key_words.append("x")  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        kb._by_id["x"] = comp  # type: ignore[index]
    assert hash(comp.levels[0] if comp.levels else comp.indicators[0])  # hashable all the way down


def test_a_dataset_pickles_and_compares_by_value(kb):
    import pickle

    again = pickle.loads(pickle.dumps(kb))
    assert again == kb and again.by_id(kb.competencies[0].id) == kb.competencies[0]


@pytest.mark.parametrize(
    "version, says",
    [
        ("2.0.0", "has schema_version 2.0.0 (major version 2); this library reads schema_version 1.x"),
        ("0.9.0", "has schema_version 0.9.0 (major version 0)"),
        ("1.7.0", "newer than 1.0.0"),
        ("one", "not a MAJOR.MINOR.PATCH version"),
    ],
)
def test_another_version_is_refused_with_both_versions_named(tmp_path, version, says):
    data = load(BUILT)
    data["schema_version"] = version
    path = tmp_path / "other.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DatasetError, match="schema_version") as err:
        load_dataset(path)
    assert says in str(err.value) and str(path) in str(err.value)


def test_supported_version_is_the_schemas():
    from pipeline.dataset.validate import load_schema

    assert load_schema()["version"] == SUPPORTED_SCHEMA_VERSION


@pytest.mark.parametrize(
    "mutate, says",
    [
        (
            lambda d: (
                d["competencies"][0]["levels"][0].update(rank=0)
                if d["competencies"][0]["levels"]
                else d["competencies"][0].update(levels=[{"rank": 0, "label": "x", "behaviors": []}])
            ),
            "rank",
        ),
        (lambda d: d["competencies"][0].pop("name"), "'name' is a required property"),
        (lambda d: d["competencies"].append(copy.deepcopy(d["competencies"][0])), "not unique"),
    ],
)
def test_an_invalid_file_names_the_problem(tmp_path, mutate, says):
    data = load(BUILT)
    mutate(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DatasetError, match=says):
        load_dataset(path)


def test_unreadable_files(tmp_path):
    with pytest.raises(DatasetError, match="no such file"):
        load_dataset(tmp_path / "missing.json")
    (tmp_path / "broken.json").write_text('{"schema_version": ', encoding="utf-8")
    with pytest.raises(DatasetError, match="not JSON .* line 1"):
        load_dataset(tmp_path / "broken.json")
    (tmp_path / "list.json").write_text("[]", encoding="utf-8")
    with pytest.raises(DatasetError, match="not an object"):
        load_dataset(tmp_path / "list.json")


def test_load_tables_reads_what_write_tables_wrote(tmp_path):
    from pipeline.export.tables import write_tables

    write_tables(load(BUILT), tmp_path)
    from_parquet = load_tables(tmp_path)
    from_csv = load_tables(tmp_path, format="csv")
    assert list(from_parquet) == list(from_csv)
    for name in from_csv:
        assert from_parquet[name].equals(from_csv[name]), name
    assert str(from_csv["behaviors"]["level_rank"].dtype) == "Int64"


def test_importing_the_api_stays_light():
    code = "import sys, pipeline.api; print(sorted(m for m in ('pandas', 'pyarrow', 'jsonschema') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
