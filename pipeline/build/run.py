"""The build: find documents, extract each (cached, in parallel), assemble, correct, validate, report what changed,
write every export, publish atomically.

Exit codes: 0 every document built; 1 some documents failed (the rest is published, the report names the
failures; with --strict, warnings and stale corrections count as failures); 2 nothing usable (no readable document,
schema validation failure, usage error): nothing published.
"""

from __future__ import annotations

import dataclasses
import errno
import gc
import hashlib
import json
import os
import re
import signal
import stat
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..dataset.assemble import assemble, document_ids
from ..dataset.changes import compare
from ..dataset.corrections import apply_corrections, load_corrections, outcome_messages
from ..dataset.validate import validate_dataset
from ..export.canonical import write_streamed
from ..export.changes import headline, load_dataset_stream, render_markdown
from ..export.publish import check_target, clean_leftovers, output_lock, publish, staging, verify, write_text
from ..model.errors import BuildError, DocumentError
from ..model.issues import warning_line
from ..read import EXTENSIONS
from ..read.guards import checked_document
from .blockstore import BlockStore
from .cache import (
    DEFAULT_CACHE_ROOT,
    CacheStats,
    ExtractionCache,
    cache_dir_for,
    current_salt,
    extract_with_cache,
    job_sha256,
)
from .executors import gc_thresholds, run_jobs, settle_garbage, start_worker
from .jobs import DocumentJob
from .manifest import MANIFEST_NAMES, load_manifest

IGNORED_FILES = set(MANIFEST_NAMES) | {"corrections.yaml", "corrections.yml", "README.md", "readme.md"}
EXIT_OK, EXIT_SOME_FAILED = 0, 1
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
CANONICAL = "competencies.json"
REPORT = "build-report.json"
NO_SPACE = (errno.ENOSPC, errno.EDQUOT)


@dataclass
class BuildOptions:
    raw_dir: Path
    out_dir: Path
    workers: int = 1
    strict: bool = False
    cache_root: Path | None = DEFAULT_CACHE_ROOT  # None: no cache
    executor: str = "process"  # "process" | "dask"
    scheduler: str | None = None  # dask scheduler address; None = a local cluster
    progress: bool | None = None  # None: a bar only on a terminal
    force: bool = False  # rebuild even when the inputs did not change
    on_wait: Callable[[str], None] | None = None  # told once when another build holds the output folder


@dataclass
class BuildOutcome:
    exit_code: int
    report: dict
    messages: list[str] = field(default_factory=list)
    up_to_date: bool = False


def find_documents(raw_dir: Path) -> tuple[list[str], list[dict]]:
    """Relative paths of the documents under raw_dir (sorted), and the files refused with their reason.

    Refused without being opened: symbolic links (to files or folders) leading outside raw_dir, anything that is
    not an ordinary file (a named pipe would block the build), names with control characters or bytes that are not
    UTF-8 (they would break the report's one line per document), unsupported types."""
    root = raw_dir.resolve()
    found, refused = [], []

    def refuse(rel: str, reason: str) -> None:
        refused.append({"path": _printable(rel), "reason": reason})

    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for d in sorted(dirnames):
            path = Path(dirpath) / d
            if not d.startswith(".") and path.is_symlink() and not _inside(path, root):
                refuse(
                    path.relative_to(root).as_posix(),
                    "a symbolic link to a folder outside the raw documents folder: refused (copy the files in instead)",
                )
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name in IGNORED_FILES:
                continue
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            if path.is_symlink() and not _inside(path, root):
                refuse(
                    rel, "a symbolic link pointing outside the raw documents folder: refused (copy the file in instead)"
                )
                continue
            if _printable(rel) != rel:
                refuse(rel, "its name holds control characters or bytes that are not UTF-8 (rename it)")
                continue
            if not _regular_file(path):
                refuse(
                    rel,
                    "not an ordinary file (a pipe, socket, device or broken link): refused "
                    "(copy the document in as an ordinary file)",
                )
                continue
            if Path(name).suffix.lower() not in EXTENSIONS and not _sniffable(root, _target(root, rel)):
                refuse(
                    rel,
                    f"unsupported file type {Path(name).suffix or '(none)'!r} "
                    f"(convert it to PDF, DOCX, HTML, TXT or Markdown)",
                )
                continue
            found.append(rel)
    return found, refused


def _target(root: Path, rel: str) -> str:
    """Where the document at `rel` is: itself, or for a link inside the raw folder the file it leads to (links
    are resolved here, once; the file is then opened following none)."""
    path = root / rel
    if not path.is_symlink():
        return rel
    try:
        return path.resolve(strict=True).relative_to(root).as_posix()
    except (OSError, RuntimeError, ValueError):
        return rel  # gone or leading out since it was listed: opening it refuses it


def identify(jobs: list[DocumentJob]) -> tuple[list[DocumentJob], dict[str, str]]:
    """Each document hashed once, from the descriptor it is checked on (`cache.job_sha256`): the jobs carry their
    hash (the extraction checks it reads those bytes), and each document's identity for the inputs' fingerprint:
    `sha256:<hex>`, or `refused:<reason>` for one refused before reading (too large, a link, a pipe). A document
    that cannot be opened has no identity."""
    out, identities = [], {}
    for job in jobs:
        try:
            job = dataclasses.replace(job, sha256=job_sha256(job))
            identities[job.rel_path] = f"sha256:{job.sha256}"
        except DocumentError as exc:
            identities[job.rel_path] = f"refused:{exc}"
        except OSError:
            pass
        out.append(job)
    return out, identities


def _inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a symlink loop
        return False


def _regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _printable(rel: str) -> str:
    """The path as it can be shown on one line and written as UTF-8: control characters, line separators,
    bidirectional overrides and bytes that are not UTF-8 escaped (\\n, \\x1b, \\u202e, \\xff)."""
    out = []
    for ch in rel:
        if "\udc80" <= ch <= "\udcff":  # an undecodable byte, as os.fsdecode gives it
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        elif unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch in BIDI_CONTROLS:
            out.append(ch.encode("unicode_escape").decode("ascii"))
        else:
            out.append(ch)
    return "".join(out)


def _sniffable(root: Path, rel: str) -> bool:
    try:
        with checked_document(rel, limit=sys.maxsize, root=root) as f:  # never a pipe, never through a link
            head = f.read(8)
    except (OSError, DocumentError):
        return False
    return head.startswith((b"%PDF-", b"PK\x03\x04", b"\xd0\xcf\x11\xe0"))


def build(options: BuildOptions) -> BuildOutcome:
    started = time.time()
    raw_dir = options.raw_dir
    if not raw_dir.is_dir():
        raise BuildError(f"raw documents folder {raw_dir} does not exist")
    check_target(options.out_dir, raw_dir)
    try:
        with output_lock(options.out_dir, on_wait=options.on_wait):
            return _build_locked(options, started)
    except OSError as exc:
        if exc.errno in NO_SPACE:
            raise BuildError(no_space_message(exc, options.out_dir)) from exc
        raise


def no_space_message(exc: OSError, out_dir: Path) -> str:
    """A full disk (or quota), in one line: where, and that nothing was published. Everything a build writes
    before the swap goes beside the output (the staging folder, the block store), so the output is as it was."""
    where = exc.filename or f"beside the output folder {out_dir}"
    return (
        f"no space left on the device while writing {where}: nothing was published, and the previous output "
        f"{out_dir} is unchanged (free some disk space, then build again)"
    )


def _build_locked(options: BuildOptions, started: float) -> BuildOutcome:
    raw_dir = options.raw_dir
    clean_leftovers(options.out_dir)
    manifest = load_manifest(raw_dir)
    corrections = load_corrections(raw_dir)
    rel_paths, refused = find_documents(raw_dir)
    ids = document_ids(rel_paths)
    root = raw_dir.resolve()
    jobs = [
        DocumentJob(
            path=str(raw_dir / rel),
            rel_path=rel,
            doc_id=ids[rel],
            name=entry.name if (entry := manifest.get(rel)) else None,
            root=str(root),
            target=_target(root, rel),
        )
        for rel in rel_paths
    ]
    cache = (
        ExtractionCache(cache_dir_for(raw_dir, options.cache_root), current_salt())
        if options.cache_root is not None
        else None
    )
    jobs, identities = identify(jobs) if cache is not None else (jobs, {})
    inputs = inputs_fingerprint(jobs, identities, cache, manifest, corrections, refused)
    if (
        not options.force
        and inputs is not None
        and _published_inputs(options.out_dir) == inputs
        and not verify(options.out_dir)
    ):
        report = json.loads((options.out_dir / REPORT).read_text(encoding="utf-8"))
        return BuildOutcome(
            exit_code=_exit_code(report, options.strict),
            report=report,
            up_to_date=True,
            messages=[f"up to date: nothing changed since the build of {report['built_at']}"],
        )

    with cache.in_use() if cache is not None else nullcontext():
        return _extract_and_publish(options, started, jobs, cache, manifest, corrections, refused, inputs)


def _extract_and_publish(
    options: BuildOptions,
    started: float,
    jobs: list[DocumentJob],
    cache: ExtractionCache | None,
    manifest,
    corrections: list,
    refused: list[dict],
    inputs: str | None,
) -> BuildOutcome:
    """Extract (from the cache where it can), assemble, correct, validate, write and publish; then prune the
    cache of entries no document of this build uses."""
    with BlockStore(options.out_dir.resolve().parent) as blocks, gc_thresholds():
        try:
            results, stats, keys = extract_all(jobs, options, cache, manifest, blocks)
            results += [_refused_result(r) for r in refused]
            reports = [r["report"] for r in results]
            dataset = assemble(results)
            del results
            dataset, outcomes = apply_corrections(dataset, corrections, copy=False)
            problems = validate_dataset(dataset)
            if problems:
                raise BuildError(
                    "the dataset does not validate against the schema; nothing was published:\n  "
                    + "\n  ".join(map(str, problems))
                )
            report = build_report(reports, dataset, manifest, outcomes, started)
            report["inputs"] = inputs
            report["cache"] = stats.as_dict() if stats else None
            if not report["summary"]["built"]:
                raise BuildError(
                    "no document could be read; nothing was published"
                    + "".join(f"\n  {d['path']}: {d['reason']}" for d in report["documents"])
                )
            changes = changes_since(options.out_dir, dataset)
            with staging(options.out_dir) as tmp:
                write_outputs(tmp, dataset, report, changes, blocks.get, parallel=options.workers > 1)
                publish(tmp, options.out_dir)
        finally:
            gc.unfreeze()  # see extract_all
    if cache is not None:
        cache.prune(keys)
        cache.remember_checked(keys)
    messages = summary_lines(report) + [f"changes since the previous build: {headline(changes['summary'])}"]
    return BuildOutcome(exit_code=_exit_code(report, options.strict), report=report, messages=messages)


def extract_all(
    jobs: list[DocumentJob], options: BuildOptions, cache: ExtractionCache | None, manifest, blocks: BlockStore
) -> tuple[list[dict], CacheStats | None, set[str]]:
    """Every document's result, in job order, from the cache or the executor. Each result's blocks go to the block
    store as it arrives (the review page reads them back); the rest is small and kept.

    What is kept lives until the end of the build, so it is moved out of the garbage collector's sight
    (`executors.settle_garbage`: gc.freeze, after collecting the finished documents' cycles): otherwise every
    collection rescans all the documents kept so far, and extraction slows down as the build goes on. `build`
    unfreezes at the end."""

    def keep(result: dict) -> dict:
        blocks.put(result["document"].get("id") or "", result.pop("blocks", None) or [])
        settle_garbage()
        return result

    def runner(todo: list[DocumentJob]) -> Iterator[dict]:
        return run_jobs(todo, options.workers, options.executor, options.scheduler, options.progress)

    if cache is not None:
        results, stats, keys = extract_with_cache(jobs, runner, cache, manifest.entries, keep)
        return results, stats, keys
    return [keep(r) for r in runner(jobs)], None, set()


def write_outputs(
    folder: Path,
    dataset: dict,
    report: dict,
    changes: dict,
    blocks_of: Callable[[str], list[dict]],
    parallel: bool = False,
) -> None:
    """Every output of a build, into one folder (the staging folder, later swapped into place). Large outputs are
    written piece by piece: the build's peak memory is the dataset, not the dataset's text. With `parallel`, the
    CASE package and the tables are written by two more processes at the same time as the rest."""
    from ..export.case import write_case
    from ..export.review import write_review
    from ..export.tables import write_tables

    def dataset_files() -> None:
        for name, top in ((CANONICAL, dataset), (REPORT, report), ("changes.json", changes)):
            with _writing(folder / name):
                write_streamed(folder / name, top)
        with _writing(folder / "changes.md"):
            write_text(folder / "changes.md", render_markdown(changes))
        with _writing(folder / "review.html"):
            write_review(dataset, report, blocks_of, folder / "review.html")  # the block store: this process only

    def case() -> None:
        with _writing(folder / "case.json"):
            write_case(dataset, folder / "case.json")

    def tables() -> None:
        with _writing(folder / "tables"):
            write_tables(dataset, folder / "tables")

    side_by_side([dataset_files, case, tables], parallel)


@contextmanager
def _writing(path: Path) -> Iterator[None]:
    """An OSError while writing `path` names it (a failed write, unlike a failed open, names no file)."""
    try:
        yield
    except OSError as exc:
        if exc.filename is None:
            exc.filename = str(path)
        raise


def side_by_side(tasks: list[Callable[[], None]], parallel: bool) -> None:
    """Run the tasks. With `parallel` (where processes can fork), every task but the first runs in a forked child
    at the same time: it reads the parent's data copy-on-write, so nothing is pickled, and it reports a failure
    back through a pipe. Any failure fails the call, once every child has ended; a child never runs the parent's
    clean-up (it leaves with os._exit)."""
    if not parallel or not hasattr(os, "fork"):
        for task in tasks:
            task()
        return
    children = [_fork(task) for task in tasks[1:]]
    failures = []
    interrupted = True
    try:
        try:
            tasks[0]()
        except Exception:
            interrupted = False  # a failure: the children finish their part, then the call fails
            raise
        interrupted = False
    finally:
        for pid, read_end in children:
            if interrupted:  # Ctrl-C or SIGTERM: the build stops now, its writers with it
                _kill(pid)
            with os.fdopen(read_end, "rb") as pipe:
                message = pipe.read().decode("utf-8", "replace")
            _, status = os.waitpid(pid, 0)
            if os.waitstatus_to_exitcode(status) != 0:
                failures.append(message or "it was killed")
    for failure in failures:
        no_space = re.match(r"errno (\d+) file (.*?) ::", failure)
        if no_space and int(no_space.group(1)) in NO_SPACE:  # the same message as a full disk in this process
            raise OSError(int(no_space.group(1)), os.strerror(int(no_space.group(1))), no_space.group(2))
    if failures:
        raise BuildError(
            "writing the outputs failed in a writer process: " + "; ".join(f.split(" :: ")[-1] for f in failures)
        )


def _failure_text(exc: BaseException) -> str:
    """A writer child's failure as its parent reads it: an OSError's number and file first, then the message."""
    head = f"errno {exc.errno} file {exc.filename} :: " if isinstance(exc, OSError) and exc.errno else ""
    return f"{head}{type(exc).__name__}: {exc}"


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _fork(task: Callable[[], None]) -> tuple[int, int]:
    read_end, write_end = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        status = 1
        try:
            start_worker(parent)
            task()
            status = 0
        except BaseException as exc:  # noqa: BLE001 (reported to the parent, whatever it is)
            os.write(write_end, _failure_text(exc).encode("utf-8", "replace")[:4000])
        finally:
            os._exit(status)
    os.close(write_end)
    return pid, read_end


def inputs_fingerprint(
    jobs: list[DocumentJob],
    identities: dict[str, str],
    cache: ExtractionCache | None,
    manifest,
    corrections: list,
    refused: list[dict],
) -> str | None:
    """A hash of everything a build's output depends on; equal to the published one = nothing to do. None (build)
    when a document could not be opened: the report must say why."""
    if cache is None:
        return None
    h = hashlib.sha256(__version__.encode())
    for job in jobs:
        identity = identities.get(job.rel_path)
        if identity is None:
            return None
        h.update(cache.key(job, identity, manifest.entries.get(job.rel_path)).encode())
    h.update(json.dumps(refused, sort_keys=True).encode())
    h.update(repr(corrections).encode())  # frozen dataclasses: the same file gives the same text
    h.update(json.dumps(manifest.problems).encode())
    return h.hexdigest()


def _published_inputs(out_dir: Path) -> str | None:
    try:
        report = json.loads((out_dir / REPORT).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if not (out_dir / CANONICAL).is_file():
        return None
    return report.get("inputs") if isinstance(report, dict) else None


def changes_since(out_dir: Path, dataset: dict) -> dict:
    """The changes from the published dataset, read one competency at a time; one that cannot be read (cut short,
    edited by hand into something else) counts as no previous dataset: everything is added."""
    previous = out_dir / CANONICAL
    if previous.is_file():
        try:
            return compare(load_dataset_stream(previous), dataset)
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            pass
    return compare(None, dataset)


def _exit_code(report: dict, strict: bool) -> int:
    s = report["summary"]
    if s["failed"]:
        return EXIT_SOME_FAILED
    if strict and (s["warnings"] or s.get("corrections_not_applied")):
        return EXIT_SOME_FAILED
    return EXIT_OK


def _refused_result(refused: dict) -> dict:
    # id "" (not None): a refused file has no document id, and results are sorted by id with the others
    return {
        "document": {"id": "", "path": refused["path"]},
        "competencies": [],
        "report": {
            "id": None,
            "path": refused["path"],
            "status": "failed",
            "reason": refused["reason"],
            "warnings": [],
            "dropped": [],
            "coverage": None,
            "counts": {},
            "timings": {},
        },
    }


def build_report(reports: list[dict], dataset: dict, manifest, outcomes, started: float) -> dict:
    docs = sorted(reports, key=lambda r: r["path"])
    for d in docs:
        entry = manifest.get(d["path"])
        d["origin"] = {"url": entry.url, "publisher": entry.publisher, "retrieved": entry.retrieved} if entry else None
    not_applied = outcome_messages(outcomes)
    return {
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "duration_seconds": round(time.time() - started, 3),
        "pipeline_version": __version__,
        "schema_version": dataset["schema_version"],
        "summary": {
            "documents": len(docs),
            "built": sum(1 for d in docs if d["status"] == "ok"),
            "failed": sum(1 for d in docs if d["status"] != "ok"),
            "warnings": sum(len(d["warnings"]) for d in docs),
            "competencies": len(dataset["competencies"]),
            "dropped_lines": sum(len(d["dropped"]) for d in docs),
            "corrections": len(outcomes),
            "corrections_not_applied": len(not_applied),
        },
        "manifest_problems": list(manifest.problems),
        "corrections": [dict(o.as_dict(), ok=o.ok, message=o.message()) for o in outcomes],
        "documents": docs,
    }


def summary_lines(report: dict) -> list[str]:
    s = report["summary"]
    lines = [
        f"built {s['built']} of {s['documents']} documents: {s['competencies']} competencies, "
        f"{s['warnings']} warnings, {s['dropped_lines']} furniture lines dropped, "
        f"{s['corrections'] - s['corrections_not_applied']} of {s['corrections']} corrections applied"
    ]
    for d in report["documents"]:
        if d["status"] != "ok":
            lines.append(f"FAILED {d['path']}: {d['reason']}")
        for w in d["warnings"]:
            lines.append(f"warning {d['path']}: {warning_line(w)}")
    lines.extend(f"warning {p}" for p in report["manifest_problems"])
    lines.extend(f"warning corrections: {c['message']}" for c in report["corrections"] if not c.get("ok"))
    return lines


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)
