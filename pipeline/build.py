"""The build: find documents, extract each (in parallel), assemble, validate, report, publish atomically.

Exit codes: 0 every document built; 1 some documents failed (the rest is published, the report names the
failures); 2 nothing usable (no readable document, schema validation failure, usage error): nothing published.
"""
from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .assemble import assemble, document_ids, dumps
from .document import DocumentJob, extract_document
from .errors import BuildError
from .manifest import MANIFEST_NAMES, load_manifest
from .publish import publish, staging, write_text
from .readers import EXTENSIONS
from .validate import validate_dataset

IGNORED_FILES = set(MANIFEST_NAMES) | {"corrections.yaml", "corrections.yml", "README.md", "readme.md"}
EXIT_OK, EXIT_SOME_FAILED, EXIT_NOTHING = 0, 1, 2


@dataclass
class BuildOptions:
    raw_dir: Path
    out_dir: Path
    workers: int = 1
    strict: bool = False
    quiet: bool = False


@dataclass
class BuildOutcome:
    exit_code: int
    report: dict
    messages: list[str] = field(default_factory=list)


def find_documents(raw_dir: Path) -> tuple[list[str], list[dict]]:
    """Relative paths of the documents under raw_dir (sorted), and the files refused with their reason."""
    root = raw_dir.resolve()
    found, refused = [], []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name in IGNORED_FILES:
                continue
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            if path.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(root):
                    refused.append({"path": rel, "reason": "a symbolic link pointing outside the raw documents "
                                                           "folder (refused; copy the file in instead)"})
                    continue
            if Path(name).suffix.lower() not in EXTENSIONS and not _sniffable(path):
                refused.append({"path": rel, "reason": f"unsupported file type {Path(name).suffix or '(none)'!r} "
                                                       f"(convert it to PDF, DOCX, HTML, TXT or Markdown)"})
                continue
            found.append(rel)
    return found, refused


def _sniffable(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError:
        return False
    return head.startswith((b"%PDF-", b"PK\x03\x04"))


def build(options: BuildOptions, log=print) -> BuildOutcome:
    started = time.time()
    raw_dir = options.raw_dir
    if not raw_dir.is_dir():
        raise BuildError(f"raw documents folder {raw_dir} does not exist")
    manifest = load_manifest(raw_dir)
    rel_paths, refused = find_documents(raw_dir)
    ids = document_ids(rel_paths)
    jobs = [DocumentJob(path=str(raw_dir / rel), rel_path=rel, doc_id=ids[rel],
                        name=(manifest.get(rel).name if manifest.get(rel) else None)) for rel in rel_paths]
    results = run_jobs(jobs, options.workers)
    for r in refused:
        results.append(_refused_result(r))
    dataset = assemble(results)
    problems = validate_dataset(dataset)
    if problems:
        raise BuildError("the dataset does not validate against the schema; nothing was published:\n  "
                         + "\n  ".join(map(str, problems)))
    report = build_report(results, dataset, manifest, options, started)
    failed = [r for r in report["documents"] if r["status"] != "ok"]
    ok = [r for r in report["documents"] if r["status"] == "ok"]
    if not ok:
        raise BuildError("no document could be read; nothing was published" +
                         "".join(f"\n  {r['path']}: {r['reason']}" for r in failed))
    with staging(options.out_dir) as tmp:
        write_text(tmp / "competencies.json", dumps(dataset))
        write_text(tmp / "build-report.json", dumps(report))
        publish(tmp, options.out_dir)
    exit_code = EXIT_SOME_FAILED if failed else EXIT_OK
    if options.strict and any(r["warnings"] for r in report["documents"]):
        exit_code = EXIT_SOME_FAILED
    return BuildOutcome(exit_code=exit_code, report=report, messages=summary_lines(report))


def run_jobs(jobs: list[DocumentJob], workers: int) -> list[dict]:
    if workers <= 1 or len(jobs) <= 1:
        return [extract_document(job) for job in jobs]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(extract_document, jobs, chunksize=max(1, len(jobs) // (workers * 8))))


def _refused_result(refused: dict) -> dict:
    return {"document": {"id": None, "path": refused["path"]}, "competencies": [], "blocks": [],
            "report": {"id": None, "path": refused["path"], "status": "failed", "reason": refused["reason"],
                       "warnings": [], "dropped": [], "coverage": None, "counts": {}, "timings": {}}}


def build_report(results: list[dict], dataset: dict, manifest, options: BuildOptions, started: float) -> dict:
    docs = sorted((r["report"] for r in results), key=lambda r: r["path"])
    for d in docs:
        entry = manifest.get(d["path"])
        d["origin"] = ({"url": entry.url, "publisher": entry.publisher, "retrieved": entry.retrieved}
                       if entry else None)
    return {
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "duration_seconds": round(time.time() - started, 3),
        "schema_version": dataset["schema_version"],
        "summary": {
            "documents": len(docs),
            "built": sum(1 for d in docs if d["status"] == "ok"),
            "failed": sum(1 for d in docs if d["status"] != "ok"),
            "warnings": sum(len(d["warnings"]) for d in docs),
            "competencies": len(dataset["competencies"]),
            "dropped_lines": sum(len(d["dropped"]) for d in docs),
        },
        "manifest_problems": list(manifest.problems),
        "documents": docs,
    }


def summary_lines(report: dict) -> list[str]:
    s = report["summary"]
    lines = [f"built {s['built']} of {s['documents']} documents: {s['competencies']} competencies, "
             f"{s['warnings']} warnings, {s['dropped_lines']} furniture lines dropped"]
    for d in report["documents"]:
        if d["status"] != "ok":
            lines.append(f"FAILED {d['path']}: {d['reason']}")
        for w in d["warnings"]:
            lines.append(f"warning {d['path']}: {w}")
    lines.extend(f"warning {p}" for p in report["manifest_problems"])
    return lines


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def eprint(*args) -> None:
    print(*args, file=sys.stderr)
