"""Read the published dataset as typed, immutable objects (the pipeline's own records, `pipeline.model.records`).

    from pipeline.api import load_dataset
    kb = load_dataset("output/competencies.json")
    kb.by_name("customer focus").levels[0].behaviors[0].text

Loading validates the file against the schema first, so every object below can trust its fields. The objects mirror
the schema one to one and `Dataset.to_dict()` gives back exactly what was read: `dump()` of a file written by the
build reproduces it byte for byte (the build's canonical serialization).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .model.blocks import Span
from .model.records import Competency, Dataset, Document, Item, Level, Reading, Source, name_key

if TYPE_CHECKING:  # pandas is imported only by load_tables, so `import pipeline.api` stays light
    import pandas

# The version this library was written against; it reads files of the same MAJOR version up to this one.
SUPPORTED_SCHEMA_VERSION = "1.0.0"
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


class DatasetError(ValueError):
    """The file is not a dataset this library can read: missing, not JSON, another MAJOR version, or invalid."""


# --- loading ---------------------------------------------------------------------------------------------------


def load_dataset(path: str | Path = "output/competencies.json") -> Dataset:
    """Read, check the version, validate against the schema, and build the objects. Raises DatasetError."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DatasetError(f"{path}: no such file (build the dataset first: `competency-kb build`)") from None
    except (OSError, UnicodeDecodeError) as e:
        raise DatasetError(f"{path}: cannot be read as UTF-8 text ({e})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise DatasetError(f"{path}: not JSON ({e.msg} at line {e.lineno} column {e.colno})") from None
    return dataset_from_dict(data, where=str(path))


def dataset_from_dict(data: Any, where: str = "dataset") -> Dataset:
    """The objects of an already parsed dataset, with the same checks as load_dataset."""
    from .dataset.validate import validate_dataset

    if not isinstance(data, dict):
        raise DatasetError(
            f"{where}: the top level is a JSON {type(data).__name__}, not an object with "
            f"schema_version, documents and competencies"
        )
    check_version(data.get("schema_version"), where)
    # A same-MAJOR older file differs from this schema only in its version string, which check_version accepted.
    problems = [p for p in validate_dataset(data) if p.path != "$.schema_version"]
    if problems:
        raise DatasetError(
            f"{where}: does not validate against schema {SUPPORTED_SCHEMA_VERSION}:\n  "
            + "\n  ".join(map(str, problems))
        )
    ids = [c["id"] for c in data["competencies"]]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise DatasetError(f"{where}: competency ids are not unique: {', '.join(duplicates)}")
    return Dataset.from_dict(data)


def check_version(version: Any, where: str = "dataset") -> None:
    """Accept the MAJOR version this library reads, up to its own MINOR.PATCH. A newer minor may hold fields
    these objects cannot carry, and dropping them silently would lose data: ask for an upgrade instead."""
    ours = _parse(SUPPORTED_SCHEMA_VERSION)
    reads = f"this library reads schema_version {ours[0]}.x up to {SUPPORTED_SCHEMA_VERSION}"
    if not isinstance(version, str) or not _SEMVER.match(version):
        raise DatasetError(f"{where}: schema_version is {version!r}, not a MAJOR.MINOR.PATCH version; {reads}")
    theirs = _parse(version)
    if theirs[0] != ours[0]:
        raise DatasetError(
            f"{where}: has schema_version {version} (major version {theirs[0]}); {reads}. "
            + (
                "Upgrade competency-kb to read it."
                if theirs[0] > ours[0]
                else "Rebuild the dataset with this version of competency-kb."
            )
        )
    if theirs > ours:
        raise DatasetError(
            f"{where}: has schema_version {version}, newer than {SUPPORTED_SCHEMA_VERSION}; {reads}. "
            "Upgrade competency-kb to read it without losing its new fields."
        )


def _parse(version: str) -> tuple[int, int, int]:
    match = _SEMVER.match(version)
    if match is None:
        raise DatasetError(f"schema_version {version!r} is not a MAJOR.MINOR.PATCH version")
    major, minor, patch = match.groups()
    return int(major), int(minor), int(patch)


def load_tables(folder: str | Path = "output/tables", format: str = "auto") -> dict[str, pandas.DataFrame]:
    """The tables written by `pipeline.exports.tables.write_tables`, by name, in their datapackage order.

    format: "parquet", "csv", or "auto" (Parquet when the folder has it, else CSV). Either way the columns get
    the types the data package declares (nullable integers stay integers, empty cells are missing values)."""
    from .export.tables import read_tables

    return read_tables(Path(folder), format)


__all__ = [
    "Competency",
    "Dataset",
    "DatasetError",
    "Document",
    "Item",
    "Level",
    "Reading",
    "Source",
    "Span",
    "check_version",
    "dataset_from_dict",
    "load_dataset",
    "load_tables",
    "name_key",
]
