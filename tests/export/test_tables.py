"""The tables export: row counts add up to the JSON's, keys join, the data package validates with Frictionless,
and the same dataset gives the same bytes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.export.tables import TABLES, datapackage, write_tables

from ..conftest import ROOT, load

BUILT = ROOT / "output" / "competencies.json"
ITEM_FIELDS = ("indicators", "activities", "courses", "readings", "interview_questions", "tips", "notes")


@pytest.fixture(scope="module")
def dataset() -> dict:
    return load(BUILT)


@pytest.fixture(scope="module")
def folder(dataset, tmp_path_factory):
    out = tmp_path_factory.mktemp("tables")
    write_tables(dataset, out)
    return out


@pytest.fixture(scope="module")
def tables(folder):
    from pipeline.api import load_tables

    return load_tables(folder, format="csv")


def test_one_csv_and_one_parquet_per_table(folder):
    names = [t.name for t in TABLES]
    assert {
        "competencies",
        "levels",
        "behaviors",
        "indicators",
        "activities",
        "courses",
        "readings",
        "related",
        "interview_questions",
        "tips",
        "notes",
        "documents",
        "competency_sources",
    } <= set(names)
    for name in names:
        assert (folder / f"{name}.csv").is_file() and (folder / f"{name}.parquet").is_file()
    assert [r["name"] for r in json.loads((folder / "datapackage.json").read_text())["resources"]] == names


def test_row_counts_match_the_json(dataset, tables):
    comps = dataset["competencies"]
    assert len(tables["competencies"]) == len(comps)
    assert len(tables["documents"]) == len(dataset["documents"])
    assert len(tables["levels"]) == sum(len(c["levels"]) for c in comps)
    assert len(tables["behaviors"]) == sum(len(lv["behaviors"]) for c in comps for lv in c["levels"])
    for name in ITEM_FIELDS:
        assert len(tables[name]) == sum(len(c[name]) for c in comps), name
    assert len(tables["related"]) == sum(len(c["related"]) for c in comps)
    assert len(tables["key_words"]) == sum(len(c["key_words"]) for c in comps)
    assert len(tables["competency_sources"]) == sum(len(c["sources"]) for c in comps)
    assert len(tables["reading_authors"]) == sum(len(r["authors"]) for c in comps for r in c["readings"])


def test_rows_point_back_into_the_json(dataset, tables):
    by_id = {c["id"]: c for c in dataset["competencies"]}
    for row in tables["behaviors"].itertuples():
        level = next(lv for lv in by_id[row.competency_id]["levels"] if lv["rank"] == row.level_rank)
        item = level["behaviors"][row.item_index]
        assert item["text"] == row.text and item["source"]["document"] == row.document_id
    for row in tables["activities"].itertuples():
        assert by_id[row.competency_id]["activities"][row.item_index]["text"] == row.text


def test_keys_join(tables):
    comps = set(tables["competencies"]["competency_id"])
    docs = set(tables["documents"]["document_id"])
    behaviors = tables["behaviors"].merge(
        tables["levels"], on=["competency_id", "level_rank"], how="left", indicator=True
    )
    assert (behaviors["_merge"] == "both").all()
    for name in ("levels", "key_words", "related", "competency_sources", *ITEM_FIELDS):
        assert set(tables[name]["competency_id"]) <= comps, name
    for name in ("behaviors", "competency_sources", *ITEM_FIELDS):
        assert set(tables[name]["document_id"]) <= docs, name
    assert set(tables["related"]["related_id"].dropna()) <= comps
    for t in TABLES:
        df = tables[t.name]
        assert not df.duplicated(list(t.primary_key)).any(), t.name


def test_frictionless_validates_the_data_package(folder):
    import frictionless

    report = frictionless.validate(folder / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_frictionless_catches_a_broken_foreign_key(folder, tmp_path):
    import shutil

    import frictionless

    broken = tmp_path / "broken"
    shutil.copytree(folder, broken)
    with open(broken / "competency_sources.csv", "a", encoding="utf-8", newline="\n") as f:
        f.write("no-such-competency,no-such-document\n")
    report = frictionless.validate(broken / "datapackage.json")
    assert not report.valid
    assert "foreign-key" in {e[0] for e in report.flatten(["type"])}


def test_csv_bytes_bom_line_endings_and_no_index(folder):
    raw = (folder / "behaviors.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfcompetency_id,level_rank,item_index,text,")
    assert b"\r\n" not in raw and raw.endswith(b"\n")
    assert b".0," not in raw  # integer columns with missing values stay integers


def test_same_dataset_same_bytes(dataset, folder, tmp_path):
    write_tables(dataset, tmp_path)
    for path in sorted(folder.iterdir()):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name


def test_an_empty_dataset_writes_empty_tables_with_headers(tmp_path):
    empty = {"schema_version": "1.0.0", "documents": [], "competencies": []}
    write_tables(empty, tmp_path)
    assert (tmp_path / "levels.csv").read_bytes() == b"\xef\xbb\xbfcompetency_id,level_rank,label\n"
    from pipeline.api import load_tables

    assert all(len(df) == 0 for df in load_tables(tmp_path).values())


def test_datapackage_declares_keys():
    package = datapackage({"schema_version": "1.0.0", "documents": [], "competencies": []})
    behaviors = next(r for r in package["resources"] if r["name"] == "behaviors")
    assert behaviors["schema"]["primaryKey"] == ["competency_id", "level_rank", "item_index"]
    assert {
        "fields": ["competency_id", "level_rank"],
        "reference": {"resource": "levels", "fields": ["competency_id", "level_rank"]},
    } in behaviors["schema"]["foreignKeys"]


def test_formula_guard_is_undone_when_the_csv_is_read_back(tmp_path):
    from pipeline.export.tables import read_tables, write_tables

    data = json.loads((ROOT / "output" / "competencies.json").read_text(encoding="utf-8"))
    data["competencies"][0]["notes"] = [
        {"text": "=1+1 is what a formula looks like", "source": {"document": data["documents"][0]["id"], "page": None}}
    ]
    write_tables(data, tmp_path)
    assert "'=1+1 is what" in (tmp_path / "notes.csv").read_text(encoding="utf-8-sig")
    notes = read_tables(tmp_path, format="csv")["notes"]
    assert "=1+1 is what a formula looks like" in list(notes["text"])
    assert not any(t.startswith("'=") for t in notes["text"])


def test_tables_written_row_by_row_equal_the_pandas_frames_whatever_the_row_groups(dataset, tmp_path, monkeypatch):
    """CSV and Parquet come from the rows as they are made, a row group at a time: both read back as the frames
    `build_frames` makes, and the CSV has the bytes pandas writes."""
    import pandas as pd

    from pipeline.api import load_tables
    from pipeline.export import tables as module

    monkeypatch.setattr(module, "PARQUET_ROW_GROUP", 3)
    write_tables(dataset, tmp_path)
    frames = module.build_frames(dataset)
    for fmt in ("csv", "parquet"):
        for name, df in load_tables(tmp_path, format=fmt).items():
            pd.testing.assert_frame_equal(
                df.reset_index(drop=True), frames[name].reset_index(drop=True), check_dtype=False, obj=f"{fmt} {name}"
            )
    expected = frames["behaviors"].copy()
    for column in expected.columns:
        if str(expected[column].dtype) == "string":
            expected[column] = expected[column].map(module._guard_formula)
    expected.to_csv(tmp_path / "pandas.csv", index=False, encoding="utf-8-sig", lineterminator="\n")
    assert (tmp_path / "behaviors.csv").read_bytes() == (tmp_path / "pandas.csv").read_bytes()


@settings(max_examples=60, derandomize=True, deadline=None)
@given(
    st.lists(
        st.tuples(st.text(), st.one_of(st.none(), st.integers(-(2**63), 2**63 - 1)), st.one_of(st.none(), st.text())),
        max_size=20,
    )
)
def test_arrow_batches_from_lists_and_from_json_are_the_same(rows):
    """A build's process makes Parquet through Arrow's JSON reader (pyarrow.array would import pandas), a process with
    pandas loaded through pyarrow.array: the same tables, and the same Parquet bytes."""
    import io

    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.export import tables as module

    schema = pa.schema(
        [pa.field("text", pa.string(), nullable=False), pa.field("number", pa.int64()), pa.field("note", pa.string())]
    )
    made = (
        [module._arrow_batch_from_lists(rows, schema), module._arrow_batch_from_json(rows, schema)]
        if rows
        else [module._arrow_batch([], schema)] * 2
    )
    assert made[0].schema == made[1].schema == schema and made[0].equals(made[1])
    files = []
    for table in made:
        buffer = io.BytesIO()
        pq.write_table(table, buffer, compression=module.PARQUET_COMPRESSION)
        files.append(buffer.getvalue())
    assert files[0] == files[1]
