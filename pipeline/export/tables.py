"""The dataset as tidy tables: one CSV and one Parquet file per entity, and a Frictionless `datapackage.json`.

Every table has one row per observation and id columns that join: `competency_id` (the competency's slug),
`level_rank` (with `competency_id`, a level), `item_index` (0-based position in the JSON list, so a row points back
to `competencies[i].<field>[item_index]`), `document_id`, `page`. Lists inside a record (key words, reading authors,
sources) get their own table rather than a joined string in a cell.

Bytes are deterministic: the same dataset gives the same files. CSV is UTF-8 with a byte-order mark (so Excel
reads it as UTF-8 rather than the local code page), LF line endings, no index column, the column order below.
Parquet is written by pyarrow with a fixed compression, no pandas index and no pandas metadata (that block holds the
pandas version); what remains version-dependent is pyarrow's `created_by` string, so the bytes are identical for
the same pyarrow version, not across versions.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..model.records import FIELDS, ITEM_FIELDS

if TYPE_CHECKING:
    import pandas

PACKAGE_NAME = "competency-kb"
PARQUET_COMPRESSION = "zstd"
PARQUET_ROW_GROUP = 16384  # rows per row group: what a table holds in memory while it is written
# A table per field of plain items, named after it; those the contract lists before readings come before its table.
_BEFORE_READINGS = tuple(f for f in ITEM_FIELDS if FIELDS.index(f) < FIELDS.index("readings"))
_AFTER_READINGS = tuple(f for f in ITEM_FIELDS if f not in _BEFORE_READINGS)
FORMATS = ("pdf", "docx", "html", "txt", "md")  # schema/competency-kb.schema.json $defs.document.format


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # Table Schema type: "string" or "integer"
    description: str
    required: bool = False
    constraints: tuple[tuple[str, object], ...] = ()  # extra Table Schema constraints (enum, pattern, minimum)


@dataclass(frozen=True)
class ForeignKey:
    fields: tuple[str, ...]
    resource: str
    reference: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    rows: Callable[[dict], Iterable[tuple]]  # the dataset -> one tuple per row, in column order
    foreign_keys: tuple[ForeignKey, ...] = field(default=())

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


# --- columns shared by several tables -------------------------------------------------------------------------

COMPETENCY_ID = Column(
    "competency_id", "string", "Id (slug) of the competency; joins competencies.competency_id.", required=True
)
ITEM_INDEX = Column(
    "item_index",
    "integer",
    "0-based position in the competency's list in competencies.json.",
    required=True,
    constraints=(("minimum", 0),),
)
LEVEL_RANK = Column(
    "level_rank", "integer", "Rank of the proficiency level, 1 = lowest.", required=True, constraints=(("minimum", 1),)
)
SOURCE_COLUMNS = (
    Column("document_id", "string", "Document the item came from; joins documents.document_id.", required=True),
    Column(
        "page",
        "integer",
        "1-based page of the item's first part (paged formats), else empty.",
        constraints=(("minimum", 1),),
    ),
    Column(
        "block",
        "integer",
        "Index of the item's first source block in the document, as the review page shows it; empty when not recorded.",
        constraints=(("minimum", 0),),
    ),
    Column("locator", "string", "Human-readable position of the item's first part ('line 12', 'paragraph 31')."),
)
TO_COMPETENCY = ForeignKey(("competency_id",), "competencies", ("competency_id",))
TO_DOCUMENT = ForeignKey(("document_id",), "documents", ("document_id",))


def _item_columns(text_meaning: str) -> tuple[Column, ...]:
    return (
        Column("text", "string", text_meaning, required=True),
        Column("group", "string", "Sub-heading (theme, cluster) the item stood under, if any."),
        *SOURCE_COLUMNS,
    )


# --- rows ------------------------------------------------------------------------------------------------------


def _source(source: dict) -> tuple:
    spans = source.get("spans") or [{}]
    return source["document"], source["page"], spans[0].get("block"), spans[0].get("locator")


def _documents(ds: dict) -> Iterator[tuple]:
    for d in ds["documents"]:
        yield d["id"], d["path"], d["format"], d["sha256"], d["title"]


def _competencies(ds: dict) -> Iterator[tuple]:
    for c in ds["competencies"]:
        src = c.get("definition_source") or {}
        yield c["id"], c["name"], c["definition"], src.get("document"), src.get("page")


def _competency_sources(ds: dict) -> Iterator[tuple]:
    for c in ds["competencies"]:
        for doc in c["sources"]:
            yield c["id"], doc


def _key_words(ds: dict) -> Iterator[tuple]:
    for c in ds["competencies"]:
        for i, word in enumerate(c["key_words"]):
            yield c["id"], i, word


def _levels(ds: dict) -> Iterator[tuple]:
    for c in ds["competencies"]:
        for lv in c["levels"]:
            yield c["id"], lv["rank"], lv["label"]


def _behaviors(ds: dict) -> Iterator[tuple]:
    for c in ds["competencies"]:
        for lv in c["levels"]:
            for i, item in enumerate(lv["behaviors"]):
                yield c["id"], lv["rank"], i, item["text"], item.get("group"), *_source(item["source"])


def _items(field_name: str) -> Callable[[dict], Iterator[tuple]]:
    def rows(ds: dict) -> Iterator[tuple]:
        for c in ds["competencies"]:
            for i, item in enumerate(c[field_name]):
                yield c["id"], i, item["text"], item.get("group"), *_source(item["source"])

    return rows


def _readings(ds: dict) -> Iterator[tuple]:
    for c in ds["competencies"]:
        for i, r in enumerate(c["readings"]):
            yield (
                c["id"],
                i,
                r["text"],
                r["title"],
                r["publisher"],
                r["year"],
                r["description"],
                r.get("group"),
                *_source(r["source"]),
            )


def _reading_authors(ds: dict) -> Iterator[tuple]:
    for c in ds["competencies"]:
        for i, r in enumerate(c["readings"]):
            for j, author in enumerate(r["authors"]):
                yield c["id"], i, j, author


def _related(ds: dict) -> Iterator[tuple]:
    from ..vocab.text import slug  # the same slug the build gives competency ids

    ids = {c["id"] for c in ds["competencies"]}
    for c in ds["competencies"]:
        for i, name in enumerate(c["related"]):
            target = slug(name)
            yield c["id"], i, name, target if target in ids else None


# --- the tables ------------------------------------------------------------------------------------------------

_ITEM_MEANINGS = {
    "indicators": "Behavioral indicators that belong to no level.",
    "activities": "Suggested development activities (group = theme heading).",
    "courses": "Recommended courses.",
    "interview_questions": "Behavioral interview questions.",
    "tips": "Quick tips.",
    "notes": "Narrative text of the document that fits no other field.",
}

TABLES: tuple[Table, ...] = (
    Table(
        "documents",
        "One row per source document.",
        (
            Column("document_id", "string", "Stable id of the document (slug of its path).", required=True),
            Column("path", "string", "Path relative to the raw documents folder.", required=True),
            Column("format", "string", "Detected format.", required=True, constraints=(("enum", list(FORMATS)),)),
            Column(
                "sha256",
                "string",
                "SHA-256 of the document's bytes.",
                required=True,
                constraints=(("pattern", "[0-9a-f]{64}"),),
            ),
            Column("title", "string", "The printed document title, if any."),
        ),
        ("document_id",),
        _documents,
    ),
    Table(
        "competencies",
        "One row per competency.",
        (
            Column("competency_id", "string", "Stable slug of the name.", required=True),
            Column("name", "string", "As printed, whitespace-normalized.", required=True),
            Column("definition", "string", "The whole definition, if any."),
            Column("definition_document_id", "string", "Document the definition came from."),
            Column(
                "definition_page",
                "integer",
                "1-based page of the definition (paged formats).",
                constraints=(("minimum", 1),),
            ),
        ),
        ("competency_id",),
        _competencies,
        (ForeignKey(("definition_document_id",), "documents", ("document_id",)),),
    ),
    Table(
        "competency_sources",
        "Which documents each competency was built from.",
        (
            COMPETENCY_ID,
            Column("document_id", "string", "Joins documents.document_id.", required=True),
        ),
        ("competency_id", "document_id"),
        _competency_sources,
        (TO_COMPETENCY, TO_DOCUMENT),
    ),
    Table(
        "key_words",
        "Key words of each competency.",
        (
            COMPETENCY_ID,
            ITEM_INDEX,
            Column("key_word", "string", "The key word as printed.", required=True),
        ),
        ("competency_id", "item_index"),
        _key_words,
        (TO_COMPETENCY,),
    ),
    Table(
        "levels",
        "Proficiency levels of each competency.",
        (
            COMPETENCY_ID,
            LEVEL_RANK,
            Column("label", "string", "The label as printed ('Proficiency Level 5', 'Advanced').", required=True),
        ),
        ("competency_id", "level_rank"),
        _levels,
        (TO_COMPETENCY,),
    ),
    Table(
        "behaviors",
        "Behaviors of each proficiency level.",
        (
            COMPETENCY_ID,
            LEVEL_RANK,
            Column(
                "item_index",
                "integer",
                "0-based position in the level's behaviors.",
                required=True,
                constraints=(("minimum", 0),),
            ),
            *_item_columns("The behavior, one bullet."),
        ),
        ("competency_id", "level_rank", "item_index"),
        _behaviors,
        (ForeignKey(("competency_id", "level_rank"), "levels", ("competency_id", "level_rank")), TO_DOCUMENT),
    ),
    *(
        Table(
            name,
            _ITEM_MEANINGS[name],
            (COMPETENCY_ID, ITEM_INDEX, *_item_columns("The item's text.")),
            ("competency_id", "item_index"),
            _items(name),
            (TO_COMPETENCY, TO_DOCUMENT),
        )
        for name in _BEFORE_READINGS
    ),
    Table(
        "readings",
        "Recommended readings, the citation and its parsed parts.",
        (
            COMPETENCY_ID,
            ITEM_INDEX,
            Column("text", "string", "The citation as printed, normalized.", required=True),
            Column("title", "string", "Title of the work.", required=True),
            Column("publisher", "string", "Publisher, if given."),
            Column(
                "year", "integer", "Year of publication, if given.", constraints=(("minimum", 1500), ("maximum", 2200))
            ),
            Column("description", "string", "The text after the citation that describes the work."),
            Column("group", "string", "Sub-heading the reading stood under, if any."),
            *SOURCE_COLUMNS,
        ),
        ("competency_id", "item_index"),
        _readings,
        (TO_COMPETENCY, TO_DOCUMENT),
    ),
    Table(
        "reading_authors",
        "Authors of each reading, in citation order.",
        (
            COMPETENCY_ID,
            Column(
                "item_index",
                "integer",
                "The reading's item_index; joins readings on (competency_id, item_index).",
                required=True,
                constraints=(("minimum", 0),),
            ),
            Column(
                "author_index",
                "integer",
                "0-based position of the author in the citation.",
                required=True,
                constraints=(("minimum", 0),),
            ),
            Column("author", "string", "The author's name as printed.", required=True),
        ),
        ("competency_id", "item_index", "author_index"),
        _reading_authors,
        (ForeignKey(("competency_id", "item_index"), "readings", ("competency_id", "item_index")),),
    ),
    Table(
        "related",
        "Names of related competencies.",
        (
            COMPETENCY_ID,
            ITEM_INDEX,
            Column("name", "string", "The related competency's name as printed.", required=True),
            Column(
                "related_id",
                "string",
                "competency_id of the related competency when it is in this dataset, else empty.",
            ),
        ),
        ("competency_id", "item_index"),
        _related,
        (TO_COMPETENCY, ForeignKey(("related_id",), "competencies", ("competency_id",))),
    ),
    *(
        Table(
            name,
            _ITEM_MEANINGS[name],
            (COMPETENCY_ID, ITEM_INDEX, *_item_columns("The item's text.")),
            ("competency_id", "item_index"),
            _items(name),
            (TO_COMPETENCY, TO_DOCUMENT),
        )
        for name in _AFTER_READINGS
    ),
)


# --- building and writing --------------------------------------------------------------------------------------


def _dtypes(table_columns: Iterable[Column]) -> dict[str, str]:
    # Nullable pandas dtypes: an integer column with a missing page stays integer (no "3.0" in the CSV).
    return {c.name: "Int64" if c.type == "integer" else "string" for c in table_columns}


def build_frames(dataset: dict) -> dict[str, pandas.DataFrame]:
    """Every table as a DataFrame, by name, in TABLES order."""
    return {t.name: build_frame(dataset, t) for t in TABLES}


def build_frame(dataset: dict, table: Table) -> pandas.DataFrame:
    import pandas as pd

    df = pd.DataFrame.from_records(list(table.rows(dataset)), columns=table.column_names)
    return df.astype(_dtypes(table.columns))


def write_tables(dataset: dict, folder: Path) -> list[Path]:
    """Write <table>.csv and <table>.parquet for every table and datapackage.json into folder; returns the paths.
    `dataset` is the dict of competencies.json (an api.Dataset is accepted too). Written from the rows with the
    csv module and pyarrow as they come, PARQUET_ROW_GROUP rows in memory at a time: the same CSV bytes as through
    pandas (`build_frames`), without building its frames."""
    if hasattr(dataset, "to_dict"):
        dataset = dataset.to_dict()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for t in TABLES:
        written += _write_table(t.rows(dataset), t, folder / f"{t.name}.csv", folder / f"{t.name}.parquet")
    written.append(_write_datapackage(datapackage(dataset), folder / "datapackage.json"))
    return written


FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _write_table(rows: Iterable[tuple], table: Table, csv_path: Path, parquet_path: Path) -> list[Path]:
    """The table's CSV row by row and its Parquet file a row group at a time, in one pass over the rows."""
    import csv

    import pyarrow.parquet as pq

    schema = _arrow_schema(table)
    with (
        open(csv_path, "w", encoding="utf-8-sig", newline="") as f,
        pq.ParquetWriter(parquet_path, schema, compression=PARQUET_COMPRESSION) as parquet,
    ):
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(table.column_names)
        batch: list[tuple] = []
        groups = 0
        for row in rows:
            writer.writerow(tuple(_guard_formula(v) for v in row))
            batch.append(row)
            if len(batch) == PARQUET_ROW_GROUP:
                parquet.write_table(_arrow_batch(batch, schema))
                batch, groups = [], groups + 1
        if batch or not groups:
            parquet.write_table(_arrow_batch(batch, schema))
    return [csv_path, parquet_path]


def _guard_formula(value):
    """A spreadsheet runs a cell that starts with = + - @ as a formula (CSV injection): such text gets a leading
    apostrophe, which spreadsheets show as text and `read_tables` removes again."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def _unguard_formula(value):
    if isinstance(value, str) and value.startswith("'") and value[1:2] and value[1:].startswith(FORMULA_TRIGGERS):
        return value[1:]
    return value


def _arrow_schema(table: Table):
    import pyarrow as pa

    return pa.schema(
        [
            pa.field(c.name, pa.int64() if c.type == "integer" else pa.string(), nullable=not c.required)
            for c in table.columns
        ]
    )


def _arrow_batch(rows: list[tuple], schema):
    """The rows as an Arrow table. `pyarrow.array` is the fast way, but its first call imports pandas (to check
    whether the lists are pandas objects), half a second that a build's process would spend only on that; without
    pandas loaded, the rows go through Arrow's JSON reader instead. Both give the same table."""
    import pyarrow as pa

    if not rows:
        return pa.Table.from_batches([], schema=schema)  # not schema.empty_table(): that imports pandas
    return (_arrow_batch_from_lists if "pandas" in sys.modules else _arrow_batch_from_json)(rows, schema)


def _arrow_batch_from_lists(rows: list[tuple], schema):
    import pyarrow as pa

    return pa.Table.from_arrays([pa.array(values, type=f.type) for values, f in zip(zip(*rows), schema)], schema=schema)


def _arrow_batch_from_json(rows: list[tuple], schema):
    import io

    import orjson
    import pyarrow as pa
    import pyarrow.json as pj

    names = schema.names
    buffer = io.BytesIO()  # line by line: joining a list of the lines peaked at 20 times their size
    for row in rows:
        buffer.write(orjson.dumps(dict(zip(names, row))))
        buffer.write(b"\n")
    lines = buffer.getvalue()
    parsed = pj.read_json(
        pa.BufferReader(lines),
        read_options=pj.ReadOptions(use_threads=False, block_size=len(lines) + 1),
        parse_options=pj.ParseOptions(explicit_schema=schema, unexpected_field_behavior="error"),
    )
    # the reader makes every field nullable: the schema's required columns say otherwise
    return pa.Table.from_arrays(parsed.columns, schema=schema)


def _write_datapackage(package: dict, path: Path) -> Path:
    from .canonical import dumps

    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(dumps(package))
    return path


def datapackage(dataset: dict) -> dict:
    """A Frictionless Tabular Data Package (v1 spec) describing the CSV files, with a Table Schema each."""
    return {
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
        "title": "competency-kb tables",
        "description": (
            "The competency knowledge base (competencies.json) as tidy tables. Each CSV has a Parquet "
            "twin of the same name with the same columns."
        ),
        "version": dataset["schema_version"],
        "resources": [_resource(t) for t in TABLES],
    }


def _resource(t: Table) -> dict:
    schema: dict = {
        "fields": [_field(c) for c in t.columns],
        "primaryKey": list(t.primary_key),
        "missingValues": [""],
    }
    if t.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": list(fk.fields), "reference": {"resource": fk.resource, "fields": list(fk.reference)}}
            for fk in t.foreign_keys
        ]
    return {
        "name": t.name,
        "path": f"{t.name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": t.description,
        "schema": schema,
    }


def _field(c: Column) -> dict:
    out: dict = {"name": c.name, "type": c.type, "description": c.description}
    constraints = dict(c.constraints)
    if c.required:
        constraints["required"] = True
    if constraints:
        out["constraints"] = constraints
    return out


# --- reading back ----------------------------------------------------------------------------------------------


def read_tables(folder: Path, format: str = "auto") -> dict[str, pandas.DataFrame]:
    """The tables of a folder written by write_tables, typed from its datapackage.json (see api.load_tables)."""
    import json

    import pandas as pd

    folder = Path(folder)
    package_path = folder / "datapackage.json"
    if not package_path.is_file():
        raise FileNotFoundError(
            f"{package_path}: no such file (write the tables with pipeline.exports.tables.write_tables first)"
        )
    if format not in ("auto", "csv", "parquet"):
        raise ValueError(f"format must be 'auto', 'csv' or 'parquet', not {format!r}")
    package = json.loads(package_path.read_text(encoding="utf-8"))
    frames = {}
    for res in package["resources"]:
        columns = [Column(f["name"], f["type"], "") for f in res["schema"]["fields"]]
        dtypes = _dtypes(columns)
        parquet = folder / Path(res["path"]).with_suffix(".parquet")
        if format == "parquet" or (format == "auto" and parquet.is_file()):
            df = pd.read_parquet(parquet, columns=list(dtypes))
        else:
            df = pd.read_csv(
                folder / res["path"], encoding="utf-8-sig", dtype=dtypes, keep_default_na=False, na_values=[""]
            )
            for column, dtype in dtypes.items():
                if dtype == "string":
                    df[column] = df[column].map(_unguard_formula, na_action="ignore")
        frames[res["name"]] = df.astype(dtypes)
    return frames
