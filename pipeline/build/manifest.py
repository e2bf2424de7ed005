"""The analyst's manifest (`raw_docs/manifest.yaml`): each document's origin and per-document overrides.

    documents:
      responsiveness-and-follow-up.pdf:
        url: https://example.org/competencies/responsiveness.pdf
        publisher: Example State HR
        retrieved: 2026-11-22
        name: Responsiveness & Follow-up     # override: the competency name the document does not print

Paths are relative to the raw documents folder; a path that leaves it is refused.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..model.errors import BuildError

MANIFEST_NAMES = ("manifest.yaml", "manifest.yml")
KNOWN_KEYS = {"url", "publisher", "retrieved", "name", "layout", "notes", "title"}


@dataclass(frozen=True)
class ManifestEntry:
    path: str
    url: str | None = None
    publisher: str | None = None
    retrieved: str | None = None
    name: str | None = None


@dataclass
class Manifest:
    entries: dict[str, ManifestEntry] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    digest: str = ""

    def get(self, rel_path: str) -> ManifestEntry | None:
        return self.entries.get(rel_path)


def manifest_path(raw_dir: Path) -> Path | None:
    for name in MANIFEST_NAMES:
        if (raw_dir / name).is_file():
            return raw_dir / name
    return None


def load_manifest(raw_dir: Path) -> Manifest:
    import yaml

    path = manifest_path(raw_dir)
    if path is None:
        return Manifest()
    data = path.read_bytes()
    try:
        doc = yaml.safe_load(data) or {}
    except yaml.YAMLError as exc:
        raise BuildError(f"{path}: not valid YAML: {exc}") from exc
    manifest = Manifest(digest=hashlib.sha256(data).hexdigest())
    documents = doc.get("documents") if isinstance(doc, dict) else None
    if not isinstance(documents, dict):
        raise BuildError(f"{path}: expected a mapping 'documents:' of file name -> fields")
    for rel, fields in documents.items():
        rel = str(rel)
        if not is_inside(rel):
            manifest.problems.append(f"{path.name}: entry {rel!r} refused: its path leaves the raw documents folder")
            continue
        fields = fields or {}
        if not isinstance(fields, dict):
            manifest.problems.append(
                f"{path.name}: entry {rel!r} ignored: expected fields (url:, publisher:, ...), "
                f"found {type(fields).__name__}"
            )
            continue
        unknown = set(fields) - KNOWN_KEYS
        if unknown:
            manifest.problems.append(f"{path.name}: entry {rel!r} has unknown keys {sorted(map(str, unknown))}")
        manifest.entries[str(PurePosixPath(rel))] = ManifestEntry(
            path=rel,
            url=_str(fields.get("url")),
            publisher=_str(fields.get("publisher")),
            retrieved=_str(fields.get("retrieved")),
            name=_str(fields.get("name")),
        )
    return manifest


def is_inside(rel: str) -> bool:
    """A relative path that stays inside the raw documents folder: not absolute (nor a Windows drive), no `..`,
    no home folder."""
    p = PurePosixPath(rel.replace("\\", "/"))
    return (
        not p.is_absolute()
        and ".." not in p.parts
        and not rel.startswith("~")
        and not re.match(r"^[A-Za-z]:", rel)
        and "\x00" not in rel
    )


def _str(value) -> str | None:
    return None if value is None else str(value).strip() or None
