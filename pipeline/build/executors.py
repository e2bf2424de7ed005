"""Where the per-document work runs: in this process, in a local process pool, or on a Dask cluster.

`extract_document` is a pure function of (document bytes, configuration), so any executor gives the same results;
results always come back in job order, whatever order the workers finish in, one at a time as they are ready (the
caller decides what to keep of each).
"""

from __future__ import annotations

import ctypes
import gc
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from ..model.errors import BuildError
from .jobs import DocumentJob, extract_document


def run_jobs(
    jobs: list[DocumentJob],
    workers: int = 1,
    executor: str = "process",
    scheduler: str | None = None,
    progress: bool | None = None,
) -> Iterator[dict]:
    if executor not in ("process", "dask"):
        raise BuildError(f"unknown executor {executor!r} (use 'process' or 'dask')")
    return _with_progress(_results(jobs, workers, executor, scheduler), len(jobs), progress)


def _results(jobs: list[DocumentJob], workers: int, executor: str, scheduler: str | None) -> Iterator[dict]:
    if not jobs:
        return iter(())
    if executor == "dask":
        return _run_dask(jobs, scheduler, workers)
    if workers <= 1:
        return map(extract_document, jobs)
    return _run_pool(jobs, workers)


def _run_pool(jobs: list[DocumentJob], workers: int) -> Iterator[dict]:
    """Started at once, not when the first result is asked for: the caller has other work meanwhile (reading the
    cache back). Even one document goes to the pool, so that loading spaCy overlaps that work."""
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=min(workers, len(jobs)), initializer=start_worker, initargs=(os.getpid(),))
    # small chunks: a document takes 5 ms to half a second, and a worker left with a long last chunk while the
    # others idle costs more than the extra messages
    chunk = max(1, min(4, len(jobs) // (workers * 16)))
    results = pool.map(_extract_in_worker, jobs, chunksize=chunk)

    def drain() -> Iterator[dict]:
        finished = False
        try:
            yield from results
            finished = True
        finally:
            if not finished:  # interrupted (Ctrl-C, SIGTERM) or abandoned: the documents under way are not waited for
                stop_workers(pool)
            pool.shutdown(wait=True, cancel_futures=True)

    return drain()


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when its parent ends (Linux's PR_SET_PDEATHSIG), so that a build killed
    outright (SIGKILL, the OOM killer) leaves no worker behind; a pool worker would otherwise wait for work
    forever. If the parent ended before the request was made, end now. Elsewhere, nothing: a pool's workers
    there end when the pool's pipes close."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:
        os._exit(1)


def start_worker(parent: int) -> None:
    """A child process of the build (pool worker, forked writer): it dies with the build, and leaves
    interruptions to it: Ctrl-C reaches the whole process group, and the build stops its children itself; a
    SIGTERM sent to a child ends it at once (the build's own handler, inherited by a fork, would unwind it as if
    it were the build)."""
    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def stop_workers(pool) -> None:
    """Kill a process pool's workers (an interrupted build does not wait for the documents they hold)."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            process.kill()
        except (OSError, AttributeError, ValueError):
            pass


# The collector's thresholds while documents are extracted. pdfminer makes millions of short-lived objects, and
# with the default (700 allocations) young collections took about 8% of a build; documents are collected
# explicitly (settle_garbage), so the automatic collector only has to step in for a document that allocates a
# great deal.
GC_THRESHOLDS = (50_000, 20, 10)


@contextmanager
def gc_thresholds():
    """GC_THRESHOLDS in this process for the block, the previous ones restored after it."""
    previous = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def _extract_in_worker(job: DocumentJob) -> dict:
    """extract_document in a pool worker, which then moves everything it holds (the
    libraries, spaCy's tables) out of the garbage collector's sight: they live as long as the worker, and
    rescanning them in every collection cost about a tenth of the extraction. The worker is ours: its collector
    keeps GC_THRESHOLDS."""
    if gc.get_threshold() != GC_THRESHOLDS:
        gc.set_threshold(*GC_THRESHOLDS)
    result = extract_document(job)
    settle_garbage()
    return result


class _Settler:
    """Collect the garbage, then freeze what survives (gc.freeze): after the first document, which loads the
    libraries, and then every EVERY documents. A full collection costs about a millisecond even with the rest
    frozen, a tenth of a small document's extraction; between two, the documents' cycles wait at most EVERY
    documents, and nothing is frozen before it was collected."""

    EVERY = 8

    def __init__(self):
        self.calls, self.pid = 0, os.getpid()

    def __call__(self) -> None:
        if self.pid != os.getpid():  # a forked pool worker starts its own count
            self.calls, self.pid = 0, os.getpid()
        self.calls += 1
        if self.calls == 1 or self.calls % self.EVERY == 0:
            gc.collect()
            gc.freeze()


settle_garbage = _Settler()  # one per process: a pool worker's, or the build's own


def _with_progress(results: Iterator[dict], total: int, progress: bool | None) -> Iterator[dict]:
    """A progress bar on a terminal; on a pipe or in CI nothing per document (the summary says the rest)."""
    show = sys.stderr.isatty() if progress is None else progress
    if not show or total < 2:
        yield from results
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="doc", desc="extracting", file=sys.stderr, leave=False) as bar:
        for result in results:
            bar.update(1)
            yield result


def _run_dask(jobs: list[DocumentJob], scheduler: str | None, workers: int) -> Iterator[dict]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise BuildError("the dask executor needs dask[distributed]: pip install 'dask[distributed]'") from exc
    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        futures = client.map(extract_document, jobs, pure=True)
        for future in futures:  # in job order; a result is released on the cluster once taken
            yield future.result()
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
