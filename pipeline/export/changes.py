"""The change report's files: changes.md rendered from `dataset.changes.compare`, and the datasets it compares
read from disk (the previous one streamed, one competency at a time)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..dataset.changes import compare
from .canonical import read_streamed

NESTED_TOO_DEEPLY = "its JSON is nested too deeply to be a competency dataset (a few levels are all a dataset has)"

# --- files -------------------------------------------------------------------------------------------------------


def read_dataset_file(path: Path | None) -> dict | None:
    """A dataset file, or None when there is none yet; a file that is not a dataset is an error naming it."""
    if path is None or not Path(path).is_file():
        return None
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except RecursionError as exc:
        raise ValueError(f"{path}: cannot read the dataset: {NESTED_TOO_DEEPLY}") from exc
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path}: cannot read the dataset: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("competencies"), list):
        raise ValueError(f"{path}: not a competency dataset (no 'competencies' list)")
    return data


def load_dataset_stream(path: Path) -> dict:
    """A dataset file whose competencies are decoded one at a time as `compare` reads them (its other values
    follow once they are all read): what the build compares with, holding one previous competency at a time.
    Errors (a truncated or foreign file) surface as ValueError while reading."""
    return read_streamed(Path(path), "competencies")


def diff_files(old_path: Path | None, new_path: Path) -> dict:
    new = read_dataset_file(new_path)
    if new is None:
        raise ValueError(f"{new_path}: no such dataset file")
    old = read_dataset_file(old_path)
    try:
        return compare(old, new)
    except (KeyError, TypeError, AttributeError, RecursionError) as exc:  # a file that only looks like a dataset
        raise ValueError(
            f"{old_path} and {new_path}: cannot be compared: one is not a competency dataset of this tool's "
            f"schema ({type(exc).__name__}); check it with `competency-kb validate`"
        ) from exc


# --- markdown ----------------------------------------------------------------------------------------------------


def render_markdown(changes: dict) -> str:
    lines = ["# Changes", "", headline(changes["summary"]), ""]
    lines += _document_lines(changes["documents"])
    comps = changes["competencies"]
    for kind, title in (("added", "Competencies added"), ("removed", "Competencies removed")):
        if comps[kind]:
            lines += [f"## {title}", ""]
            lines += [f"- **{_md(c['name'])}** (`{c['id']}`), from {_sources(c['sources'])}" for c in comps[kind]]
            lines.append("")
    if comps["renamed"]:
        lines += ["## Competencies renamed", ""]
        lines += [
            f"- **{_md(r['old_name'])}** (`{r['old_id']}`) → **{_md(r['new_name'])}** (`{r['new_id']}`), "
            f"from {_sources(r['sources'])}, {round(r['overlap'] * 100)}% of the content kept"
            for r in comps["renamed"]
        ]
        lines.append("")
    for comp in comps["changed"]:
        lines += _competency_lines(comp)
    return "\n".join(lines).rstrip() + "\n"


def headline(summary: dict) -> str:
    if not any(summary.values()):
        return "No changes."
    s = summary
    return (
        f"Competencies: {s['competencies_added']} added, {s['competencies_removed']} removed, "
        f"{s['competencies_renamed']} renamed, {s['competencies_changed']} changed "
        f"({s['items_added']} items added, {s['items_removed']} removed, {s['items_changed']} changed). "
        f"Documents: {s['documents_added']} added, {s['documents_removed']} removed, "
        f"{s['documents_changed']} changed."
    )


def _document_lines(documents: dict) -> list[str]:
    rows = [
        f"- {kind}: `{d['id']}` ({_md(d.get('path') or '')})"
        for kind in ("added", "removed", "changed")
        for d in documents[kind]
    ]
    return ["## Documents", "", *rows, ""] if rows else []


def _competency_lines(comp: dict) -> list[str]:
    renamed = f", renamed from `{comp['renamed_from']}`" if comp.get("renamed_from") else ""
    lines = [f"## {_md(comp['name'])} (`{comp['id']}`)", "", f"From {_sources(comp['sources'])}{renamed}.", ""]
    for name, diff in comp["fields"].items():
        lines.append(f"**{name.replace('_', ' ')}**")
        lines.append("")
        lines += [f"- {_where(e)}removed: {_quote(e['text'])}" for e in diff["removed"]]
        lines += [f"- {_where(e)}added: {_quote(e['text'])}" for e in diff["added"]]
        lines += [_change_line(e) for e in diff["changed"]]
        lines.append("")
    return lines


def _change_line(entry: dict) -> str:
    is_level = "level" in entry or "from_level" in entry
    if "from_level" in entry or "from_group" in entry:
        before = _place(entry.get("from_level", entry.get("from_group")), is_level)
        after = _place(entry.get("level", entry.get("group")), is_level)
        if entry["old"] == entry["new"]:
            return f"- moved from {before} to {after}: {_quote(entry['new'])}"
        return f"- moved from {before} to {after} and changed: {_quote(entry['old'])} → {_quote(entry['new'])}"
    return f"- {_where(entry)}changed: {_quote(entry['old'])} → {_quote(entry['new'])}"


def _where(entry: dict) -> str:
    if "level" in entry:
        return f"level {entry['level']}" + (" label" if entry.get("part") == "label" else "") + ", "
    if "group" in entry:
        return f"under “{_md(entry['group'])}”, "
    return ""


def _place(value, is_level: bool) -> str:
    if value is None:
        return "no group"
    return f"level {value}" if is_level else f"“{_md(str(value))}”"


def _quote(text: str | None) -> str:
    return f"“{_md(text or '')}”"


def _sources(sources: list[str]) -> str:
    return ", ".join(f"`{s}`" for s in sources) or "no document"


def _md(text: str) -> str:
    """Plain text inside markdown: characters that would start emphasis, code or links are escaped."""
    return re.sub(r"([\\`*_\[\]<>|])", r"\\\1", text.replace("\n", " "))
