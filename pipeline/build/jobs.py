"""The per-document work: a pure function of (document bytes, pipeline configuration) to a JSON-ready result.

file -> blocks (reader) -> page furniture dropped -> segments (normalized, continuations merged)
     -> roles (section recognition) -> competency records (extraction)

The result is plain data, so that it can be cached, sent between processes and rebuilt anywhere.
"""

from __future__ import annotations

import hashlib
import math
import os
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NotRequired, TypedDict

from .. import read as readers
from ..dataset.validate import records_problem
from ..extract.document import Extraction, coverage, extract
from ..extract.labeller import Naming
from ..model.blocks import Block, ReadResult
from ..model.errors import DocumentError, one_line
from ..model.issues import Issue
from ..read.guards import check_not_empty, read_document_bytes
from ..read.notices import library_notices
from ..vocab.text import collapse_whitespace, slug
from ..vocab.vocabulary import Vocabulary, load_vocabulary

MAX_BLOCK_TEXT_IN_RESULT = 4000
DEFAULT_TIME_LIMIT = 60.0  # seconds one document may take to read and extract
TIME_LIMIT_ENV = "COMPETENCY_KB_TIME_LIMIT"  # overrides DEFAULT_TIME_LIMIT; 0 switches the limit off
DEFAULT_MEMORY_LIMIT = 1024  # MB of memory one document's reading and extraction may add to its process
MEMORY_LIMIT_ENV = "COMPETENCY_KB_MEMORY_LIMIT"  # overrides DEFAULT_MEMORY_LIMIT (MB); 0 switches the limit off
MAX_REASON_CHARS = 400


@dataclass(frozen=True)
class DocumentJob:
    """What one document's extraction depends on, besides its bytes and the vocabulary."""

    path: str  # absolute or working-directory path of the file
    rel_path: str  # path relative to the raw documents folder, as published
    doc_id: str
    name: str | None = None  # the manifest's competency name, for documents that print none
    time_limit: float | None = None  # seconds; None: $COMPETENCY_KB_TIME_LIMIT, else DEFAULT_TIME_LIMIT; 0: none
    memory_limit: float | None = None  # MB; None: $COMPETENCY_KB_MEMORY_LIMIT, else DEFAULT_MEMORY_LIMIT; 0: none
    # Where the file is opened from: beneath `root` (the raw documents folder, resolved) at `target` (its path
    # there; for a link inside the folder, where the link leads), following no link on the way; without a root,
    # `path` itself, the file not a link.
    root: str | None = None
    target: str | None = None
    sha256: str | None = None  # the content hashed when the build listed it: other bytes now fail the document


class _TimeLimitExceeded(BaseException):
    """Raised by the SIGALRM handler inside a document's work. A BaseException, so that no reader's or library's
    `except Exception` can swallow it."""


def time_limit_of(job: DocumentJob) -> float:
    """The job's time limit in seconds (0: none; a value that is not a finite number: the default)."""
    value = job.time_limit if job.time_limit is not None else os.environ.get(TIME_LIMIT_ENV, DEFAULT_TIME_LIMIT)
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return DEFAULT_TIME_LIMIT
    return max(seconds, 0.0) if math.isfinite(seconds) else DEFAULT_TIME_LIMIT


def memory_limit_of(job: DocumentJob) -> float:
    """The job's memory limit in MB (0: none; a value that is not a finite number: the default)."""
    value = job.memory_limit if job.memory_limit is not None else os.environ.get(MEMORY_LIMIT_ENV, DEFAULT_MEMORY_LIMIT)
    try:
        megabytes = float(value)
    except (TypeError, ValueError):
        return DEFAULT_MEMORY_LIMIT
    return max(megabytes, 0.0) if math.isfinite(megabytes) else DEFAULT_MEMORY_LIMIT


@contextmanager
def _memory_limit(megabytes: float):
    """Let the body add at most `megabytes` to the process's data (heap and private mappings): an allocation past
    it fails with MemoryError, which fails the document, not the machine.

    A soft RLIMIT_DATA set to what the process uses now plus the allowance, put back afterwards (the limit is
    the process's, so a pool worker's next document gets its own allowance). Only in the main thread of a
    process, where documents are extracted one at a time (not in Dask's worker threads), and only where the
    current use can be read (Linux's /proc)."""
    try:
        import resource
    except ImportError:  # Windows: no resource limits
        yield
        return
    used = _data_size()
    if not megabytes or used is None or threading.current_thread() is not threading.main_thread():
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    wanted = used + int(megabytes * 1024 * 1024)
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft <= wanted:
        yield  # a tighter limit is already set around this process: keep it
        return
    resource.setrlimit(resource.RLIMIT_DATA, (wanted, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_DATA, (soft, hard))


def _data_size() -> int | None:
    """Bytes of the process's data segment as the kernel counts it for RLIMIT_DATA (VmData), or None."""
    try:
        with open("/proc/self/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmData:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


@contextmanager
def _time_limit(seconds: float):
    """Raise _TimeLimitExceeded in the body once `seconds` of wall time have passed.

    Uses the real-time interval timer (SIGALRM), so it only works in the main thread of a process: in this process
    with one worker and in process-pool workers. Elsewhere (threads, platforms without SIGALRM) there is no limit.
    The previous handler and any timer already running are put back afterwards."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum, frame):
        raise _TimeLimitExceeded()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    started = time.monotonic()
    outer_delay, outer_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, previous)
            if outer_delay:
                remaining = max(outer_delay - (time.monotonic() - started), 1e-6)
                signal.setitimer(signal.ITIMER_REAL, remaining, outer_interval)


class DocumentReport(TypedDict):
    """One document's part of the build report, as the extraction result carries it (and the cache stores it)."""

    id: str
    path: str
    status: str  # "ok" or "failed"
    reason: str | None  # why it failed: one line
    warnings: list[dict[str, object]]  # `Issue.as_dict()`
    dropped: list[dict[str, object]]  # `Dropped.as_dict()`
    coverage: dict[str, float | int] | None
    counts: dict[str, int]
    timings: dict[str, float]
    names: NotRequired[dict[str, str]]  # competency name -> where the name came from


def extract_document(job: DocumentJob, vocab: Vocabulary | None = None) -> dict:
    """Read and extract one document. Never raises for bad input: a failure is a result with status "failed" and a
    one-line reason (what is wrong, what to do). The work is stopped after the job's time limit."""
    vocab = vocab or load_vocabulary()
    started = time.perf_counter()
    path = Path(job.path)
    info = {"id": job.doc_id, "path": job.rel_path, "format": None, "sha256": None, "title": None}
    report: DocumentReport = {
        "id": job.doc_id,
        "path": job.rel_path,
        "status": "failed",
        "reason": None,
        "warnings": [],
        "dropped": [],
        "coverage": None,
        "counts": {},
        "timings": {},
    }

    def failed(reason: str) -> dict:
        report["reason"] = one_line(reason, MAX_REASON_CHARS)
        report["timings"] = {"total": round(time.perf_counter() - started, 4)}
        return {"document": info, "competencies": [], "report": report, "blocks": []}

    limit, memory = time_limit_of(job), memory_limit_of(job)
    try:
        with _memory_limit(memory), _time_limit(limit), library_notices() as notices:
            data = _read(job)
            info["sha256"] = hashlib.sha256(data).hexdigest()
            if job.sha256 and info["sha256"] != job.sha256:
                raise DocumentError(
                    "the file changed while the build was reading it", "build again once it is no longer being written"
                )
            check_not_empty(data)
            fmt = readers.detect_format(path, data)
            info["format"] = fmt
            read_result = readers.read(path, fmt, data)
            read_done = time.perf_counter()
            if not any(b.text.strip() for b in read_result.blocks):
                raise DocumentError(
                    "the document holds no text",
                    "check that it is the full document; a scanned document needs OCR first",
                )
            result = _extract_blocks(read_result, job, vocab, path)
    except _TimeLimitExceeded:
        return failed(
            f"stopped after the time limit of {limit:g} s per document "
            f"(split it into smaller documents, or raise the limit with {TIME_LIMIT_ENV})"
        )
    except DocumentError as exc:
        return failed(str(exc))
    except PermissionError as exc:
        return failed(
            f"cannot read the file: {exc.strerror or 'permission denied'} "
            f"(check its permissions: the build must be able to read it)"
        )
    except FileNotFoundError:
        return failed("the file disappeared during the build (add it again and rebuild)")
    except OSError as exc:
        return failed(f"cannot read the file: {exc.strerror or exc} (check the file and its permissions)")
    except RecursionError:
        return failed("the document is nested too deeply to read (split or simplify it)")
    except MemoryError:
        allowance = f"the limit of {memory:g} MB per document" if memory else "is available"
        return failed(
            f"the document needs more memory than {allowance} "
            f"(split it into smaller documents, or raise the limit with {MEMORY_LIMIT_ENV})"
        )
    except Exception as exc:  # noqa: BLE001 - one document's bug must not stop the build; it is reported
        return failed(
            f"internal error while reading ({type(exc).__name__}: {str(exc)[:120]}); "
            f"please report it with this document"
        )
    extraction, blocks = result
    info["title"] = extraction.title
    warnings = [Issue("reader", w) for w in (*read_result.warnings, *notices)] + list(extraction.warnings)
    report["status"] = "ok"
    report["warnings"] = [w.as_dict() for w in warnings]
    report["dropped"] = [d.as_dict() for d in extraction.dropped]
    total = sum(len(collapse_whitespace(b.text)) for b in blocks)
    report["coverage"] = coverage(extraction.tree, extraction.dropped, total)
    report["counts"] = {
        "blocks": len(blocks),
        "competencies": len(extraction.competencies),
        "items": sum(c.item_count() for c in extraction.competencies),
        "dropped_lines": len(extraction.dropped),
    }
    report["names"] = dict(extraction.name_origins)
    report["timings"] = {"read": round(read_done - started, 4), "total": round(time.perf_counter() - started, 4)}
    comps = [_without_id(c.to_dict()) for c in extraction.competencies]
    problem = records_problem([{**c, "id": slug(c["name"]) or "unnamed"} for c in comps])
    if problem is not None:
        # an extraction bug (an empty group name, say): this document fails with the reason, the build goes on
        report["status"] = "failed"
        return failed(
            f"its extracted records break the dataset's schema ({problem.path}: {problem.message}); "
            "please report it with this document"
        )
    return {"document": info, "competencies": comps, "report": report, "blocks": [_block_dict(b) for b in blocks]}


def _read(job: DocumentJob) -> bytes:
    """The document's bytes, from one descriptor opened without following links (see `guards.open_document`)."""
    if job.root is None:
        return read_document_bytes(job.path)
    return read_document_bytes(job.target or job.rel_path, root=job.root)


def _without_id(competency: dict) -> dict:
    del competency["id"]  # ids are given when the dataset is assembled: unique across documents
    return competency


def _extract_blocks(
    read_result: ReadResult, job: DocumentJob, vocab: Vocabulary, path: Path
) -> tuple[Extraction, tuple[Block, ...]]:
    fallback = path.stem.replace("-", " ").replace("_", " ").strip().title()
    naming = Naming(reader_title=read_result.title, manifest_name=job.name, fallback=fallback)
    return extract(read_result.blocks, job.doc_id, vocab, naming), read_result.blocks


def _block_dict(block) -> dict:
    return {
        "index": block.index,
        "kind": block.kind.value,
        "region": block.region.value,
        "page": block.page,
        "locator": block.locator,
        "text": block.text[:MAX_BLOCK_TEXT_IN_RESULT],
    }


def inspect_document(path: Path, evidence: bool = True, width: int = 90) -> tuple[str, str | None]:
    """A document's labelled tree as text, followed by the competencies it gives and its warnings; or the reason
    it cannot be read."""
    from ..extract.inspect import render

    path = Path(path)
    try:
        data = read_document_bytes(path, follow_links=True)  # a path the user named, link or not
        check_not_empty(data)
        read_result = readers.read(path, readers.detect_format(path, data), data)
    except DocumentError as exc:
        return "", str(exc)
    except OSError as exc:
        return "", f"cannot read the file: {exc.strerror or exc}"
    extraction, _ = _extract_blocks(read_result, DocumentJob(str(path), path.name, path.stem), load_vocabulary(), path)
    lines = [render(extraction.tree, evidence, width)]
    for comp in extraction.competencies:
        levels = ", ".join(f"{lv.rank}: {lv.label} ({len(lv.behaviors)})" for lv in comp.levels)
        lines.append(
            f"competency {comp.name!r}: definition {'yes' if comp.definition else 'no'}, "
            f"{comp.item_count()} items" + (f"; levels {levels}" if levels else "")
        )
    lines += [f"warning {w.line()}" for w in extraction.warnings]
    return "\n".join(lines) + "\n", None
