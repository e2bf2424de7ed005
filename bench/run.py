"""The build benchmark: times competency-kb on a generated corpus against the bare parse floor and the targets.

    python -m bench.run                      # N=1000, seed 7: the full benchmark (needs ~15 min on 2 cores)
    python -m bench.run --quick              # N=60, no 4N memory run
    python -m bench.run --n 500 --skip-memory --out /tmp/results.json
    python -m bench.run --profile bench/profile.txt   # also profile a 1-worker build in-process (cProfile)

Measured side by side, in one run ((a) to (c) and (e) in --rounds rounds, the fastest of each counting):
  (a) parse floor       bare library reads of the same files, one process: pdfplumber page.extract_text() of every
                        page, python-docx paragraphs and table cells, lxml.html parse + text_content(), file decode;
                        and the same split over all cores at once: the speed-up this machine gives the libraries
  (b) build, 1 worker   `competency-kb build CORPUS --out TMP --workers 1 --no-cache` (a subprocess)
  (c) build, all cores  the same with --workers = the cores this process may use
  (d) no-change rebuild a build with a cache dir, then the same build again (timed: the second)
  (e) one-changed       one DOCX edited, rebuilt with the cache; compared with that document's own extraction
                        (in-process, warm) + the time to write the outputs (in-process, build.run.write_outputs)
  (f) peak memory       max RSS of the 1-worker no-cache build at N and at 4N documents
  (g) start-up          `competency-kb --help` against `python -c pass` (median of 5)

Every subprocess is timed with os.wait4, which gives its own wall time, CPU time and max RSS. The benchmark reports
PASS/FAIL against the targets but never fails: it is informational. Results go to bench/results.json.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

from . import corpus as corpus_mod

REPO = Path(__file__).resolve().parent.parent
CODE_ROOT = REPO  # where the benchmarked `pipeline` package is imported from (a snapshot, see below)
DEFAULT_OUT = Path(__file__).resolve().parent / "results.json"
RESULTS_FORMAT = 1
QUICK_N = 60

# the targets of the performance issue; `better` says which side passes
TARGETS = [
    ("build_1_worker / parse_floor", "ratio_build1_floor", "<=", 1.3),
    ("build_1_worker / build_all_cores (2 cores)", "ratio_speedup_all_cores", ">=", 1.7),
    ("no-change rebuild, seconds per 1000 docs", "rebuild_nothing_per_1000", "<=", 1.0),
    ("one-changed rebuild / (own extraction + write)", "ratio_rebuild_one", "<=", 2.0),
    ("peak RSS 4N / N (1 worker, no cache)", "ratio_memory_4n_n", "<=", 1.5),
    ("start-up `competency-kb --help`, seconds", "startup_help_seconds", "<=", 0.5),
]
# figures shown under the targets, for reading them
INFO_RATIOS = [
    ("extraction-only sum / parse floor", "ratio_build1_floor_extraction_only"),
    ("build_1 CPU / parse floor CPU (less load-sensitive)", "ratio_build1_floor_cpu"),
    ("one-changed rebuild / (own cold extraction + write)", "ratio_rebuild_one_cold"),
    ("the machine: parse floor 1 process / split over all", "ratio_speedup_ceiling"),
    ("build time 4N / N (1 worker)", "ratio_time_4n_n"),
]
# what results.json always holds (tests/test_bench.py checks it)
REQUIRED_KEYS = {
    "top": [
        "format",
        "created",
        "machine",
        "corpus",
        "options",
        "timings",
        "ratios",
        "targets",
        "extraction",
        "notes",
        "pipeline_sources",
    ],
    "timings": [
        "startup",
        "parse_floor",
        "parse_floor_parallel",
        "build_1_worker",
        "build_all_cores",
        "rebuild_prime",
        "rebuild_nothing_changed",
        "rebuild_force",
        "rebuild_one_changed",
        "one_document",
        "memory",
    ],
    "ratios": [t[1] for t in TARGETS] + [key for _, key in INFO_RATIOS],
}


def log(*args) -> None:
    print(*args, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------- processes
def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(CODE_ROOT)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    )
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def cli_command() -> list[str]:
    """The installed console script beside this interpreter, else the module."""
    script = Path(sys.executable).parent / "competency-kb"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "pipeline.cli"]


def machine_busy_seconds() -> float | None:
    """CPU seconds the whole machine has been busy (all processes, all cores), from /proc/stat."""
    try:
        with open("/proc/stat") as f:
            fields = f.readline().split()
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[1:9])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def background_load(busy_before: float | None, own_cpu: float, wall: float) -> float | None:
    """Cores' worth of CPU that other processes used while we measured: > 0.2 or so means the timing is noisy."""
    after = machine_busy_seconds()
    if busy_before is None or after is None or wall <= 0:
        return None
    return round(max(after - busy_before - own_cpu, 0.0) / wall, 2)


def timed(cmd: list[str], cwd: Path | None = None) -> dict:
    """Run cmd; its wall time, CPU time (user + sys, its children included) and max RSS (os.wait4)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        busy = machine_busy_seconds()
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=cwd, env=_env())
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        background = background_load(busy, usage.ru_utime + usage.ru_stime, wall)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    return {
        "wall_seconds": round(wall, 3),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 3),
        "max_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "exit_code": proc.returncode,
        "background_load_cores": background,
        "stdout_tail": stdout.strip().splitlines()[-3:],
        "stderr_lines": len(stderr.splitlines()),
        "stderr_tail": [line for line in stderr.strip().splitlines() if not line.startswith("warning")][-5:],
    }


def run_build(raw: Path, out: Path, workers: int, cache_dir: Path | None, force: bool = False) -> dict:
    cmd = cli_command() + ["build", str(raw), "--out", str(out), "--workers", str(workers), "--quiet", "--no-progress"]
    cmd += ["--no-cache"] if cache_dir is None else ["--cache-dir", str(cache_dir)]
    if force:
        cmd.append("--force")
    result = timed(cmd)
    result.update(workers=workers, cache=cache_dir is not None, force=force)
    result["up_to_date"] = any(line.startswith("up to date") for line in result["stdout_tail"])
    result["report"] = summarize_report(out / "build-report.json") if result["exit_code"] in (0, 1) else None
    if result["exit_code"] not in (0, 1):
        log(f"  build exited with {result['exit_code']}: {' | '.join(result['stderr_tail'])}")
    return result


def summarize_report(path: Path) -> dict | None:
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    docs = report.get("documents", [])
    total = [d.get("timings", {}).get("total") or 0.0 for d in docs]
    read = [d.get("timings", {}).get("read") or 0.0 for d in docs]
    by_format: dict[str, dict] = {}
    for d in docs:
        fmt = Path(d["path"]).suffix.lstrip(".").lower()
        entry = by_format.setdefault(fmt, {"documents": 0, "read_seconds": 0.0, "total_seconds": 0.0})
        entry["documents"] += 1
        entry["read_seconds"] += d.get("timings", {}).get("read") or 0.0
        entry["total_seconds"] += d.get("timings", {}).get("total") or 0.0
    for entry in by_format.values():
        entry["read_seconds"] = round(entry["read_seconds"], 3)
        entry["total_seconds"] = round(entry["total_seconds"], 3)
    return {
        "duration_seconds": report.get("duration_seconds"),
        "summary": report.get("summary"),
        "cache": report.get("cache"),
        "extraction_seconds_sum": round(sum(total), 3),
        "read_seconds_sum": round(sum(read), 3),
        "by_format": by_format,
    }


def snapshot_pipeline(folder: Path) -> Path:
    """A private copy of the pipeline package (and the schema it validates against), compiled, that every build of
    the run imports: edits to the working tree during the run then cannot mix two versions into one table."""
    import compileall

    global CODE_ROOT
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "pipeline", folder / "pipeline", ignore=ignore)
    if (REPO / "schema").is_dir():
        shutil.copytree(REPO / "schema", folder / "schema", ignore=ignore)
    compileall.compile_dir(str(folder / "pipeline"), quiet=1)
    CODE_ROOT = folder
    sys.path.insert(0, str(folder))
    _SAVED_MODULES.update(_pop_pipeline_modules())
    return folder


_SAVED_MODULES: dict = {}


def _pop_pipeline_modules() -> dict:
    return {
        name: sys.modules.pop(name) for name in list(sys.modules) if name == "pipeline" or name.startswith("pipeline.")
    }


def restore_pipeline() -> None:
    """Undo snapshot_pipeline in this process (the caller may be a test session that imports pipeline later)."""
    global CODE_ROOT
    if CODE_ROOT == REPO:
        return
    if str(CODE_ROOT) in sys.path:
        sys.path.remove(str(CODE_ROOT))
    _pop_pipeline_modules()
    sys.modules.update(_SAVED_MODULES)
    _SAVED_MODULES.clear()
    CODE_ROOT = REPO


def sources_fingerprint(root: Path = REPO) -> str:
    """A hash of the pipeline's sources under root: a run whose start and end differ timed a tree being edited."""
    import hashlib

    h = hashlib.sha256()
    for path in sorted((root / "pipeline").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix in (".py", ".yaml", ".json"):
            h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def guarded(label: str, notes: list[str], fn, *args, **kwargs) -> dict:
    """fn's result, or {"error": ...} (and a note) when it raises: one broken measure must not stop the run."""
    try:
        return fn(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - the benchmark reports, never stops
        message = f"{type(exc).__name__}: {str(exc).splitlines()[0][:300] if str(exc) else ''}"
        notes.append(f"{label} failed: {message}")
        log(f"    {label} failed: {message}")
        return {"error": message}


# ------------------------------------------------------------------------------------------------- measures
def machine_info(engine: str) -> dict:
    def version(dist):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return None

    cpu = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    soffice = None
    if engine == "soffice":
        try:
            soffice = (
                subprocess.run(["soffice", "--version"], capture_output=True, text=True, timeout=60).stdout.strip()
                or None
            )
        except (OSError, subprocess.SubprocessError):
            pass
    import pipeline

    return {
        "platform": platform.platform(),
        "cpu": cpu,
        "cpu_count": os.cpu_count(),
        "usable_cores": cores(),
        "memory_gb": mem,
        "python": platform.python_version(),
        "executable": sys.executable,
        "pipeline_version": pipeline.__version__,
        "cli": cli_command(),
        "libraries": {
            d: version(d) for d in ("pdfplumber", "pdfminer.six", "python-docx", "lxml", "spacy", "pandas", "pyarrow")
        },
        "soffice": soffice,
    }


def cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def measure_startup(runs: int = 5) -> dict:
    help_cmd = cli_command() + ["--help"]
    pass_cmd = [sys.executable, "-c", "pass"]
    timed(help_cmd), timed(pass_cmd)  # warm the file cache
    helps = [timed(help_cmd)["wall_seconds"] for _ in range(runs)]
    passes = [timed(pass_cmd)["wall_seconds"] for _ in range(runs)]
    imports = timed([sys.executable, "-c", "import pdfplumber, docx, lxml.html"])["wall_seconds"]
    heavy = timed([sys.executable, "-c", "import pipeline.build.run, pipeline.build.jobs"])["wall_seconds"]
    return {
        "runs": runs,
        "competency_kb_help_median_seconds": round(statistics.median(helps), 3),
        "python_pass_median_seconds": round(statistics.median(passes), 3),
        "competency_kb_help_all": helps,
        "python_pass_all": passes,
        "import_parse_libraries_seconds": imports,
        "import_pipeline_build_seconds": heavy,
    }


def parse_floor(files: list[Path]) -> dict:
    """Bare library reads of every file, in this process, libraries imported beforehand."""
    started = time.perf_counter()
    import docx
    import pdfplumber
    from lxml import html as lxml_html

    imports = time.perf_counter() - started
    by_format: dict[str, dict] = {}
    chars = 0
    busy = machine_busy_seconds()
    cpu_started = time.process_time()
    total_started = time.perf_counter()
    for path in files:
        fmt = path.suffix.lstrip(".").lower()
        t0 = time.perf_counter()
        if fmt == "pdf":
            with pdfplumber.open(path) as pdf:
                text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        elif fmt == "docx":
            d = docx.Document(str(path))
            parts = [p.text for p in d.paragraphs]
            for table in d.tables:
                for row in table.rows:
                    parts.extend(cell.text for cell in row.cells)
            text = "\n".join(parts)
        elif fmt in ("html", "htm"):
            text = lxml_html.document_fromstring(path.read_bytes()).text_content()
        else:
            text = path.read_bytes().decode("utf-8", errors="replace")
        elapsed = time.perf_counter() - t0
        chars += len(text)
        entry = by_format.setdefault(fmt, {"files": 0, "seconds": 0.0})
        entry["files"] += 1
        entry["seconds"] += elapsed
    total = time.perf_counter() - total_started
    cpu = time.process_time() - cpu_started
    for entry in by_format.values():
        entry["seconds"] = round(entry["seconds"], 3)
    return {
        "seconds": round(total, 3),
        "wall_seconds": round(total, 3),
        "cpu_seconds": round(cpu, 3),
        "background_load_cores": background_load(busy, cpu, total),
        "by_format": by_format,
        "characters": chars,
        "imports_seconds": round(imports, 3),
    }


def parse_floor_parallel(files: list[Path], processes: int) -> dict:
    """The parse floor split over `processes` processes at once (every n-th file each): the speed-up the libraries
    themselves get from the cores of this machine, the ceiling of any build's speed-up on it."""
    from concurrent.futures import ProcessPoolExecutor

    shares = [files[i::processes] for i in range(processes)]
    with ProcessPoolExecutor(max_workers=processes) as pool:
        list(pool.map(_warm_up, range(processes)))  # imports paid before the clock starts, as in parse_floor
        busy = machine_busy_seconds()
        started = time.perf_counter()
        parts = list(pool.map(parse_floor, shares))
        wall = time.perf_counter() - started
    cpu = sum(part["cpu_seconds"] for part in parts)
    return {
        "seconds": round(wall, 3),
        "wall_seconds": round(wall, 3),
        "cpu_seconds": round(cpu, 3),
        "processes": processes,
        "background_load_cores": background_load(busy, cpu, wall),
    }


def _warm_up(_: int) -> None:
    import docx  # noqa: F401
    import pdfplumber  # noqa: F401
    from lxml import html  # noqa: F401


def fastest(runs: list[dict]) -> dict:
    """The run with the least wall time, with every run's wall time beside it. Other processes on a shared machine
    only ever add time, so the minimum over rounds is the least disturbed measure (the usual estimator)."""
    best = dict(min(runs, key=lambda r: r.get("wall_seconds", float("inf"))))
    best["rounds_wall_seconds"] = [r.get("wall_seconds") for r in runs]
    return best


def modify_document(path: Path) -> str:
    """Change one behavior's text in place (a real content change); returns what changed."""
    suffix = path.suffix.lower()
    addition = ", and reports on progress every month."
    if suffix == ".docx":
        import io

        import docx

        d = docx.Document(str(path))
        target = next(
            (p for p in d.paragraphs if p.style.name.startswith("List") and p.text.endswith(".")),
            next(p for p in d.paragraphs if len(p.text) > 20),
        )
        before = target.text
        runs = target.runs
        runs[-1].text = runs[-1].text.rstrip(".") + addition
        buf = io.BytesIO()
        d.save(buf)
        path.write_bytes(corpus_mod.deterministic_zip(buf.getvalue()))
        return f"{before!r} -> {target.text!r}"
    text = path.read_text(encoding="utf-8")
    marker = ".</li>" if suffix in (".html", ".htm") else ".\n"
    i = text.find(marker)
    if i < 0:
        path.write_text(text + "\nAlso reports on progress every month.\n", encoding="utf-8")
        return "appended a sentence"
    path.write_text(text[:i] + addition + text[i + 1 :], encoding="utf-8")
    return "extended the first behavior"


class StageTimer:
    """Wraps module functions in place to total their time (restored by `restore`)."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self._saved: list[tuple[object, str, object]] = []

    def wrap(self, module, names) -> None:
        for name in names:
            fn = getattr(module, name, None)
            if not callable(fn):
                continue
            label = f"{module.__name__.removeprefix('pipeline.')}.{name}"

            def wrapper(*a, __fn=fn, __label=label, **kw):
                t0 = time.perf_counter()
                try:
                    return __fn(*a, **kw)
                finally:
                    self.seconds[__label] = self.seconds.get(__label, 0.0) + time.perf_counter() - t0
                    self.calls[__label] = self.calls.get(__label, 0) + 1

            self._saved.append((module, name, fn))
            setattr(module, name, wrapper)

    def restore(self) -> None:
        for module, name, fn in reversed(self._saved):
            setattr(module, name, fn)
        self._saved.clear()

    def as_dict(self) -> dict:
        return {
            k: {"seconds": round(v, 3), "calls": self.calls[k]}
            for k, v in sorted(self.seconds.items(), key=lambda kv: -kv[1])
        }


BUILD_STAGES = [
    "find_documents",
    "inputs_fingerprint",
    "extract_all",
    "extract_with_cache",
    "run_jobs",
    "assemble",
    "apply_corrections",
    "validate_dataset",
    "build_report",
    "compare",
    "changes_since",
    "write_outputs",
    "publish",
]
DOCUMENT_STAGES = [
    "drop_page_furniture",
    "to_segment",
    "merge_continuations",
    "classify",
    "extract",
    "_coverage",
    "_competency_dict",
    "_block_dict",
]


def _stage_timer() -> StageTimer:
    import pipeline.build.jobs
    import pipeline.build.run
    import pipeline.read

    timer = StageTimer()
    timer.wrap(pipeline.build.run, BUILD_STAGES)
    timer.wrap(pipeline.build.jobs, DOCUMENT_STAGES)
    timer.wrap(pipeline.read, ["read"])
    return timer


def in_process_build(raw: Path, out: Path, cache_root: Path | None, force: bool) -> dict:
    """One build in this process with its stages timed."""
    from pipeline.build import BuildOptions, build

    timer = _stage_timer()
    try:
        started = time.perf_counter()
        outcome = build(
            BuildOptions(raw_dir=raw, out_dir=out, workers=1, cache_root=cache_root, progress=False, force=force)
        )
        wall = time.perf_counter() - started
    finally:
        timer.restore()
    return {"wall_seconds": round(wall, 3), "exit_code": outcome.exit_code, "stages": timer.as_dict()}


def own_extraction(raw: Path, rel: str) -> dict:
    from pipeline.build.jobs import DocumentJob, extract_document
    from pipeline.build.run import find_documents
    from pipeline.dataset.assemble import document_ids

    rels, _ = find_documents(raw)
    job = DocumentJob(path=str(raw / rel), rel_path=rel, doc_id=document_ids(rels)[rel])
    t0 = time.perf_counter()
    result = extract_document(job)
    cold = time.perf_counter() - t0
    warm = []
    for _ in range(3):
        t0 = time.perf_counter()
        extract_document(job)
        warm.append(time.perf_counter() - t0)
    return {
        "file": rel,
        "status": result["report"]["status"],
        "extraction_cold_seconds": round(cold, 4),
        "extraction_warm_seconds": round(statistics.median(warm), 4),
    }


def extraction_check(corpus: corpus_mod.Corpus, out: Path) -> dict:
    """Whether the build found the generated competencies (by name, per document): a sanity check only."""
    try:
        report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
        dataset = json.loads((out / "competencies.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"available": False}
    docs = {d["path"]: d for d in report["documents"]}
    same = found = generated = 0
    for entry in corpus.meta["documents"]:
        names = set(docs.get(entry["file"], {}).get("names") or {})
        want = {c["name"] for c in entry["competencies"]}
        generated += len(want)
        found += len(want & names)
        same += names == want
    return {
        "available": True,
        "documents": len(corpus.meta["documents"]),
        "documents_with_exact_names": same,
        "generated_competencies": generated,
        "generated_names_found": found,
        "dataset_competencies": len(dataset.get("competencies", [])),
        "documents_failed": report["summary"].get("failed"),
        "warnings": report["summary"].get("warnings"),
    }


def profile_build(raw: Path, out: Path, path: Path, top: int = 35) -> dict:
    """A 1-worker no-cache build in this process under cProfile; the top functions go to `path`."""
    import cProfile
    import io
    import pstats

    from pipeline.build import BuildOptions, build

    timer = _stage_timer()
    prof = cProfile.Profile()
    try:
        started = time.perf_counter()
        prof.enable()
        build(BuildOptions(raw_dir=raw, out_dir=out, workers=1, cache_root=None, progress=False))
        prof.disable()
        wall = time.perf_counter() - started
    finally:
        timer.restore()
    text = io.StringIO()
    text.write(f"1-worker build of {raw} under cProfile: {wall:.1f} s (profiling overhead included)\n\n")
    text.write("stages (wall seconds, this process):\n")
    for name, v in timer.as_dict().items():
        text.write(f"  {name:40s} {v['seconds']:9.2f} s  {v['calls']:6d} calls\n")
    for key in ("tottime", "cumulative"):
        text.write(f"\n=== top {top} by {key} ===\n")
        stats = pstats.Stats(prof, stream=text)
        stats.sort_stats(key).print_stats(top)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.getvalue(), encoding="utf-8")
    return {"path": str(path), "wall_seconds": round(wall, 2), "stages": timer.as_dict()}


# -------------------------------------------------------------------------------------------------- the run
def run(args) -> dict:
    n = args.n or (QUICK_N if args.quick else 1000)
    skip_memory = args.skip_memory or args.quick
    engine = corpus_mod.resolve_engine(args.pdf_engine)
    started = time.perf_counter()
    fingerprint = sources_fingerprint()
    corpus = corpus_mod.ensure_corpus(n, args.seed, args.corpus_root, engine, log=log)
    all_cores = args.workers or cores()
    notes = list(corpus.meta.get("notes", []))
    tmp_holder = tempfile.TemporaryDirectory(prefix="competency-kb-bench-")
    tmp = Path(tmp_holder.name)
    snapshot = None
    if args.snapshot:
        snapshot = sources_fingerprint(snapshot_pipeline(tmp / "code"))
    results: dict = {
        "format": RESULTS_FORMAT,
        "created": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "machine": machine_info(engine),
        "corpus": {
            k: corpus.meta[k]
            for k in ("n", "seed", "pdf_engine", "formats", "pdf_pages", "competencies", "bytes", "generation_seconds")
        }
        | {"folder": str(corpus.folder)},
        "options": {
            "n": n,
            "seed": args.seed,
            "quick": args.quick,
            "skip_memory": skip_memory,
            "rounds": args.rounds,
            "workers_all_cores": all_cores,
            "pdf_engine": engine,
            "snapshot": args.snapshot,
        },
        "timings": {},
        "ratios": {},
        "targets": [],
        "extraction": {},
        "notes": notes,
    }
    t = results["timings"]
    with tmp_holder:
        log("(g) start-up ...")
        t["startup"] = measure_startup(3 if args.quick else 5)
        rounds: dict[str, list[dict]] = {
            "parse_floor": [],
            "parse_floor_parallel": [],
            "build_1_worker": [],
            "build_all_cores": [],
        }
        for k in range(args.rounds):
            log(f"round {k + 1} of {args.rounds}: (a) parse floor, in 1 and in {all_cores} processes ...")
            rounds["parse_floor"].append(parse_floor(corpus.files))
            rounds["parse_floor_parallel"].append(parse_floor_parallel(corpus.files, all_cores))
            log(f"    {rounds['parse_floor'][-1]['seconds']} s; {rounds['parse_floor_parallel'][-1]['seconds']} s")
            log("  (b) build, 1 worker, no cache ...")
            rounds["build_1_worker"].append(run_build(corpus.folder, tmp / "out-1", 1, None))
            log(f"    {rounds['build_1_worker'][-1]['wall_seconds']} s")
            if k == 0:
                results["extraction"] = extraction_check(corpus, tmp / "out-1")
            log(f"  (c) build, {all_cores} workers, no cache ...")
            rounds["build_all_cores"].append(run_build(corpus.folder, tmp / "out-all", all_cores, None))
            log(f"    {rounds['build_all_cores'][-1]['wall_seconds']} s")
            shutil.rmtree(tmp / "out-1", ignore_errors=True)
            shutil.rmtree(tmp / "out-all", ignore_errors=True)
        for name, runs in rounds.items():
            t[name] = fastest(runs)

        raw, cache, out = tmp / "raw", tmp / "cache", tmp / "out-inc"
        shutil.copytree(corpus.folder, raw, ignore=shutil.ignore_patterns(".*"))
        log("(d) rebuilds with the cache: prime, nothing changed, forced (all cache hits) ...")
        t["rebuild_prime"] = run_build(raw, out, all_cores, cache)
        t["rebuild_nothing_changed"] = run_build(raw, out, all_cores, cache)
        if not t["rebuild_nothing_changed"]["up_to_date"]:
            notes.append("the no-change rebuild did not report 'up to date'")
        t["rebuild_force"] = run_build(raw, out, all_cores, cache, force=True)
        log(
            f"    nothing changed {t['rebuild_nothing_changed']['wall_seconds']} s, "
            f"forced {t['rebuild_force']['wall_seconds']} s"
        )

        log("(e) one document changed ...")
        rels = sorted(p.name for p in raw.iterdir() if p.is_file())
        candidates = [r for r in rels if r.endswith(".docx")] or [r for r in rels if r.endswith((".html", ".txt"))]
        changed = candidates[len(candidates) // 2]
        rebuilds, probes, one = [], [], {}
        for k in range(args.rounds):  # each round edits the document again: one miss per rebuild
            what = modify_document(raw / changed)
            rebuild = run_build(raw, out, all_cores, cache)
            rebuild.update(changed_file=changed, change=what)
            rebuilds.append(rebuild)
            stats = (rebuild["report"] or {}).get("cache") or {}
            if stats.get("misses") != 1:
                notes.append(f"a one-changed rebuild extracted {stats.get('misses')} documents, not 1")
            if k == 0:  # first, while spaCy is not loaded in this process yet: the cold time is a true one
                one = guarded("own extraction of the changed document", notes, own_extraction, raw, changed)
            probes.append(guarded("in-process forced rebuild", notes, in_process_build, raw, out, cache, force=True))
        t["rebuild_one_changed"] = fastest(rebuilds)
        writes = [pr.get("stages", {}).get("build.run.write_outputs", {}).get("seconds") for pr in probes]
        write = min((w for w in writes if w is not None), default=None)
        one.update(
            write_outputs_seconds=write,
            write_outputs_rounds=writes,
            warm_force_in_process=probes[writes.index(write)] if write is not None else probes[-1],
        )
        t["one_document"] = one
        log(
            f"    rebuild {t['rebuild_one_changed']['rounds_wall_seconds']} s; own extraction "
            f"{one.get('extraction_warm_seconds')} s (cold {one.get('extraction_cold_seconds')} s), write {writes} s"
        )

        t["memory"] = {
            "n": {
                "documents": n,
                "max_rss_mb": t["build_1_worker"]["max_rss_mb"],
                "wall_seconds": t["build_1_worker"]["wall_seconds"],
            }
        }
        if skip_memory:
            t["memory"]["4n"] = {"skipped": "--quick" if args.quick else "--skip-memory"}
        else:
            log(f"(f) memory: corpus of {4 * n} documents, build with 1 worker, no cache ...")
            big = corpus_mod.ensure_corpus(4 * n, args.seed, args.corpus_root, engine, log=log)
            b4 = run_build(big.folder, tmp / "out-4n", 1, None)
            t["memory"]["4n"] = {
                "documents": 4 * n,
                "max_rss_mb": b4["max_rss_mb"],
                "wall_seconds": b4["wall_seconds"],
                "build": b4,
            }
            log(f"    {b4['max_rss_mb']} MB in {b4['wall_seconds']} s")
            shutil.rmtree(tmp / "out-4n", ignore_errors=True)
        if args.profile:
            log(f"profile: a 1-worker build under cProfile into {args.profile} ...")
            results["profile"] = guarded("profile", notes, profile_build, corpus.folder, tmp / "out-prof", args.profile)
    for name, d in t.items():
        if isinstance(d, dict) and d.get("exit_code") not in (None, 0, 1):
            notes.append(f"{name}: the build exited with {d['exit_code']} ({' | '.join(d['stderr_tail'])[:300]})")
    results["pipeline_sources"] = {
        "at_start": fingerprint,
        "at_end": sources_fingerprint(),
        "snapshot": snapshot,
        "benchmarked": "a snapshot taken at the start" if args.snapshot else "the tree",
    }
    if results["pipeline_sources"]["at_start"] != results["pipeline_sources"]["at_end"]:
        notes.append(
            "the pipeline's sources changed during the run: "
            + (
                "the snapshot taken at the start was benchmarked"
                if args.snapshot
                else "the timings mix two versions; run it again"
            )
        )
    results["ratios"] = ratios(results)
    results["targets"] = targets(results)
    results["benchmark_seconds"] = round(time.perf_counter() - started, 1)
    return results


def _div(a, b):
    return round(a / b, 3) if a is not None and b else None


def ratios(results: dict) -> dict:
    t = results["timings"]
    n = results["options"]["n"]
    b1, ball = t["build_1_worker"], t["build_all_cores"]
    one = t["one_document"]
    own_plus_write = (
        one["extraction_warm_seconds"] + one["write_outputs_seconds"]
        if one.get("write_outputs_seconds") is not None and "extraction_warm_seconds" in one
        else None
    )
    mem4 = t["memory"].get("4n", {})
    return {
        "ratio_build1_floor": _div(b1["wall_seconds"], t["parse_floor"]["seconds"]),
        "ratio_build1_floor_extraction_only": _div(
            (b1["report"] or {}).get("extraction_seconds_sum"), t["parse_floor"]["seconds"]
        ),
        "ratio_build1_floor_cpu": _div(b1.get("cpu_seconds"), t["parse_floor"].get("cpu_seconds")),
        "ratio_speedup_all_cores": (
            _div(b1["wall_seconds"], ball["wall_seconds"]) if results["options"]["workers_all_cores"] > 1 else None
        ),
        "ratio_speedup_ceiling": (
            _div(t["parse_floor"]["seconds"], t["parse_floor_parallel"]["seconds"])
            if results["options"]["workers_all_cores"] > 1
            else None
        ),
        "rebuild_nothing_per_1000": round(t["rebuild_nothing_changed"]["wall_seconds"] * 1000 / n, 3),
        "ratio_rebuild_one": _div(t["rebuild_one_changed"]["wall_seconds"], own_plus_write),
        # the same with the document's first extraction in a fresh process (spaCy and the readers loaded on first
        # use, about 1 s that a rebuild which extracts anything pays once)
        "ratio_rebuild_one_cold": _div(
            t["rebuild_one_changed"]["wall_seconds"],
            one["extraction_cold_seconds"] + one["write_outputs_seconds"] if own_plus_write is not None else None,
        ),
        "own_extraction_plus_write_seconds": round(own_plus_write, 3) if own_plus_write is not None else None,
        "ratio_memory_4n_n": _div(mem4.get("max_rss_mb"), t["memory"]["n"]["max_rss_mb"]),
        "ratio_time_4n_n": _div(mem4.get("wall_seconds"), t["memory"]["n"]["wall_seconds"]),
        "startup_help_seconds": t["startup"]["competency_kb_help_median_seconds"],
        "startup_python_seconds": t["startup"]["python_pass_median_seconds"],
    }


def targets(results: dict) -> list[dict]:
    out = []
    for label, key, op, limit in TARGETS:
        value = results["ratios"].get(key)
        ok = None if value is None else (value <= limit if op == "<=" else value >= limit)
        out.append(
            {
                "target": label,
                "key": key,
                "value": value,
                "limit": f"{op} {limit}",
                "result": "n/a" if ok is None else ("PASS" if ok else "FAIL"),
            }
        )
    return out


# ------------------------------------------------------------------------------------------------ the table
def render_table(results: dict) -> str:
    t, r, c, m = results["timings"], results["ratios"], results["corpus"], results["machine"]
    n = results["options"]["n"]
    per = lambda s: f"{s * 1000 / n:9.2f}" if s is not None else f"{'-':>9}"
    fmts = ", ".join(f"{v} {k.upper()}" for k, v in c["formats"].items())
    lines = [
        f"competency-kb build benchmark: N={n} documents (seed {c['seed']}: {fmts}; PDF pages {c['pdf_pages']}; "
        f"PDFs by {c['pdf_engine']})",
        f"machine: {m['cpu']}, {m['usable_cores']} usable cores, {m['memory_gb']} GB, Python {m['python']}",
        "",
        f"{'measure':58s} {'wall s':>9} {'per 1000':>9} {'cpu s':>9} {'max RSS MB':>11} {'bg load':>8}",
    ]

    def row(label, d):
        if not d or "wall_seconds" not in d:
            lines.append(f"{label:58s} {'skipped':>9}")
            return
        bg = d.get("background_load_cores")
        lines.append(
            f"{label:58s} {d['wall_seconds']:9.2f} {per(d['wall_seconds'])} "
            f"{d.get('cpu_seconds', float('nan')):9.2f} {d.get('max_rss_mb', float('nan')):11.1f} "
            f"{'-' if bg is None else f'{bg:.2f}':>8}"
        )

    pf = t["parse_floor"]
    bg = pf.get("background_load_cores")
    lines.append(
        f"{'(a) parse floor (bare library reads, in-process)':58s} {pf['seconds']:9.2f} {per(pf['seconds'])} "
        f"{pf.get('cpu_seconds', float('nan')):9.2f} {'':11} {'-' if bg is None else f'{bg:.2f}':>8}"
    )
    for fmt, v in sorted(pf["by_format"].items()):
        lines.append(f"{'      ' + fmt + ' (' + str(v['files']) + ' files)':58s} {v['seconds']:9.2f}")
    row(
        f"    parse floor split over {results['options']['workers_all_cores']} processes at once",
        t.get("parse_floor_parallel"),
    )
    row("(b) build, 1 worker, --no-cache", t["build_1_worker"])
    rep = t["build_1_worker"].get("report") or {}
    if rep:
        lines.append(
            f"{'      of which per-document extraction (sum of report timings)':58s} "
            f"{rep['extraction_seconds_sum']:9.2f}"
        )
        lines.append(f"{'      of which readers (sum of report read timings)':58s} {rep['read_seconds_sum']:9.2f}")
        for fmt, v in sorted(rep["by_format"].items()):
            label = f"        {fmt} ({v['documents']}): read {v['read_seconds']:.2f} s, extraction total"
            lines.append(f"{label:58s} {v['total_seconds']:9.2f}")
    row(f"(c) build, {results['options']['workers_all_cores']} workers, --no-cache", t["build_all_cores"])
    row("(d) prime build with cache (all cores)", t["rebuild_prime"])
    row("(d) rebuild, nothing changed", t["rebuild_nothing_changed"])
    row("    rebuild --force, all cache hits", t["rebuild_force"])
    row("(e) rebuild, one document changed", t["rebuild_one_changed"])
    one = t["one_document"]
    if "extraction_warm_seconds" in one:
        lines.append(
            f"{'      own extraction (warm / cold, in-process)':58s} {one['extraction_warm_seconds']:9.3f} "
            f"{'':9} {one['extraction_cold_seconds']:9.3f}"
        )
    if one.get("write_outputs_seconds") is not None:
        lines.append(f"{'      write outputs (in-process)':58s} {one['write_outputs_seconds']:9.3f}")
    mem = t["memory"]
    lines.append(
        f"{'(f) peak RSS, 1 worker, no cache, N=' + str(n):58s} {mem['n']['wall_seconds']:9.2f} {'':9} "
        f"{'':9} {mem['n']['max_rss_mb']:11.1f}"
    )
    if "max_rss_mb" in mem.get("4n", {}):
        lines.append(
            f"{'(f) peak RSS, 1 worker, no cache, 4N=' + str(4 * n):58s} {mem['4n']['wall_seconds']:9.2f} "
            f"{'':9} {'':9} {mem['4n']['max_rss_mb']:11.1f}"
        )
    else:
        lines.append(f"{'(f) peak RSS at 4N':58s} {'skipped':>9}")
    st = t["startup"]
    lines.append(
        f"{'(g) competency-kb --help (median of ' + str(st['runs']) + ')':58s} "
        f"{st['competency_kb_help_median_seconds']:9.3f}"
    )
    lines.append(f"{'    python -c pass (median)':58s} {st['python_pass_median_seconds']:9.3f}")
    lines += ["", f"{'target':58s} {'value':>9} {'target':>9}  result"]
    for tg in results["targets"]:
        value = "-" if tg["value"] is None else f"{tg['value']:.3f}"
        lines.append(f"{tg['target']:58s} {value:>9} {tg['limit']:>9}  {tg['result']}")
    for label, key in INFO_RATIOS:
        if r.get(key) is not None:
            lines.append(f"{'(info) ' + label:58s} {r[key]:9.3f}")
    ex = results.get("extraction") or {}
    if ex.get("available"):
        lines.append("")
        lines.append(
            f"extraction check: {ex['generated_names_found']} of {ex['generated_competencies']} generated "
            f"competency names found; {ex['documents_with_exact_names']} of {ex['documents']} documents "
            f"with exactly their names; {ex['documents_failed']} failed, {ex['warnings']} warnings"
        )
    lines.append(
        "bg load = cores' worth of CPU other processes used during the measure (above ~0.2 on 2 cores the "
        "wall times are inflated)"
    )
    rounds = {k: v["rounds_wall_seconds"] for k, v in t.items() if isinstance(v, dict) and "rounds_wall_seconds" in v}
    if any(len(v) > 1 for v in rounds.values()):
        lines.append(
            "rounds (wall s; the fastest is shown above): "
            + "; ".join(f"{k} {', '.join(f'{x:.1f}' for x in v)}" for k, v in rounds.items())
        )
    for note in results.get("notes", []):
        lines.append(f"note: {note}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m bench.run",
        description=__doc__.split("\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--n", type=int, default=None, help="documents in the corpus (default 1000; 60 with --quick)")
    p.add_argument("--seed", type=int, default=corpus_mod.DEFAULT_SEED, help="corpus seed (default 7)")
    p.add_argument("--quick", action="store_true", help="N=60 (unless --n) and no 4N memory run")
    p.add_argument("--skip-memory", action="store_true", help="skip the 4N memory run")
    p.add_argument(
        "--rounds",
        type=int,
        default=None,
        help="rounds of (a)-(c), the fastest of each counts (default 3; 1 with --quick)",
    )
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, help="results file (default bench/results.json)")
    p.add_argument("--workers", type=int, default=None, help="workers of the all-cores build (default: usable cores)")
    p.add_argument(
        "--corpus-root",
        type=Path,
        default=corpus_mod.DEFAULT_ROOT,
        help="where generated corpora are cached (default bench/corpus)",
    )
    p.add_argument(
        "--pdf-engine",
        choices=("auto", "soffice", "builtin"),
        default="auto",
        help="how PDFs are made: LibreOffice, or the built-in writer (auto: soffice when on PATH)",
    )
    p.add_argument(
        "--no-snapshot",
        dest="snapshot",
        action="store_false",
        help="benchmark the working tree live instead of a copy of pipeline/ taken at the start",
    )
    p.add_argument(
        "--profile",
        type=Path,
        default=None,
        help="also profile a 1-worker build in-process with cProfile and write the top functions here",
    )
    args = p.parse_args(argv)
    args.rounds = max(1, args.rounds or (1 if args.quick else 3))
    try:
        results = run(args)
    finally:
        restore_pipeline()
    table = render_table(results)
    results["table"] = table.splitlines()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, default=str) + "\n", encoding="utf-8")
    print(table)
    print(f"\nresults written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
