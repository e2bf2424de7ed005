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
import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..dataset.yaml_input import check, parse_yaml, raise_problems, read_raw_file, shown

MANIFEST_NAMES = ("manifest.yaml", "manifest.yml")


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
        if os.path.lexists(raw_dir / name):
            return raw_dir / name
    return None


def load_manifest(raw_dir: Path) -> Manifest:
    """The raw folder's manifest, checked against `pipeline/vocab/manifest.schema.json`. A file that cannot be
    used at all (not YAML, an alias, not a mapping of documents, a link leading out of the folder, too large)
    stops the build with file, line and problem; an entry or a field that is wrong is left out, with a warning
    that says where and why, and the build goes on."""
    found = read_raw_file(raw_dir, MANIFEST_NAMES)
    if found is None:
        return Manifest()
    name, data = found
    loaded = parse_yaml(data, name)
    problems = check(loaded, "manifest", _describe)
    raise_problems([p for p in problems if len(p.path) < 2], name)  # the file as a whole is not a manifest
    documents = loaded.data["documents"]  # type: ignore[index]
    ignored_entries = {p.path[1] for p in problems if len(p.path) == 2 and p.path[1] in documents}
    ignored_fields = {p.path[:3] for p in problems if len(p.path) >= 3}
    manifest = Manifest(
        digest=hashlib.sha256(data).hexdigest(),
        problems=[f"{name} line {p.line}: {p.message}" + _consequence(p) for p in problems],
    )
    for rel, fields in documents.items():
        if not is_inside(rel):
            line = loaded.key_lines.get(("documents", rel), 1)
            manifest.problems.append(
                f"{name} line {line}: entry '{shown(rel)}' refused: its path leaves the raw documents folder"
            )
            continue
        if rel in ignored_entries:
            continue
        fields = {k: v for k, v in (fields or {}).items() if ("documents", rel, k) not in ignored_fields}
        manifest.entries[str(PurePosixPath(rel))] = ManifestEntry(
            path=rel,
            url=_str(fields.get("url")),
            publisher=_str(fields.get("publisher")),
            retrieved=_str(fields.get("retrieved")),
            name=_str(fields.get("name")),
        )
    return manifest


def _describe(path: tuple) -> str:
    if len(path) < 2:
        return ""
    return f"entry '{shown(str(path[1]))}': " + "".join(f"{key}: " for key in path[2:] if isinstance(key, str))


def _consequence(problem) -> str:
    """What became of the value: an entry or a field that is wrong is left out (an unknown key is only
    reported)."""
    if "unknown key" in problem.message:
        return ""
    return "; the entry is ignored" if len(problem.path) == 2 else "; the field is ignored"


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
