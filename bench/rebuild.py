"""Where a one-document rebuild's time goes.

    .venv/bin/python -m bench.rebuild                 # raw_docs, 5 rounds
    .venv/bin/python -m bench.rebuild --raw DIR --rounds 3

A copy of the raw folder is built once with a cache. Then, for each format in it, one document of that format is
changed (bytes only: an HTML or text comment, a PDF comment after %%EOF, a DOCX zip comment) and the folder is
rebuilt, each time in a fresh process:
- `competency-kb build COPY --out OUT --cache-dir CACHE` as a person runs it (default workers), timed from outside;
- the same rebuild with `--workers 1`, in a process started under `python -X importtime` that times each stage of
  the build by wrapping the functions `pipeline.build.run` calls (and, inside extraction, the reader and the
  extractor, and spaCy's first load), each stage's own time counted apart from the stages it calls; and reads
  from the import log what each library's first import cost, inside whichever stage first needed it.
The median of the rounds is printed as a Markdown table (bench/REBUILD.md holds one run's).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LIBRARIES = ("spacy", "pdfplumber", "pdfminer", "docx", "lxml", "pyarrow", "pandas", "fastjsonschema", "jsonschema")

STAGES = (  # each stage's own time, what the stages it calls took not counted: the rows add up to the total
    ("import", "import pipeline (the CLI, the build)"),
    ("discover", "discover: manifest, corrections, the documents and their hashes, the inputs' fingerprint"),
    ("extract_all", "cache: the unchanged documents' results read back and checked"),
    ("spacy_load", "spaCy and its language data, loaded on first use (once per process)"),
    ("read", "read the changed document (its reader's library imported on first use)"),
    ("extract", "extract its records"),
    ("assemble", "assemble"),
    ("corrections", "corrections"),
    ("validate", "validate"),
    ("report", "build report"),
    ("changes", "changes since the previous build"),
    ("export", "export: canonical JSON, report, changes, review page, CASE, tables"),
    ("publish", "publish: fsync, marker, atomic swap"),
    ("prune", "cache prune"),
    ("other", "the rest (the CLI's own work, summary lines)"),
)

# The stage timer, run as `python -X importtime -c DRIVER RAW OUT CACHE`: prints one JSON line of timings.
DRIVER = r"""
import json, sys, time
t0 = time.perf_counter()
import pipeline.cli, pipeline.build.run as run, pipeline.build.jobs as jobs, pipeline.read as read
import pipeline.vocab.language as language
from pipeline.build.cache import ExtractionCache
t_import = time.perf_counter() - t0
spent = {}

nested = [0.0]  # per open timed call: the time its own timed calls took, so that each stage counts its self time

def timed(owner, name, label):
    inner = getattr(owner, name)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        nested.append(0.0)
        try:
            return inner(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - start
            spent[label] = spent.get(label, 0.0) + elapsed - nested.pop()
            nested[-1] += elapsed
    setattr(owner, name, wrapper)

for name in ("load_manifest", "load_corrections", "find_documents", "identify", "inputs_fingerprint"):
    timed(run, name, "discover")
timed(run, "extract_all", "extract_all")
timed(read, "read", "read")
timed(jobs, "_extract_blocks", "extract")
timed(language, "_nlp", "spacy_load")
timed(language, "_lookups", "spacy_load")
timed(run, "assemble", "assemble")
timed(run, "apply_corrections", "corrections")
timed(run, "validate_dataset", "validate")
timed(run, "build_report", "report")
timed(run, "changes_since", "changes")
timed(run, "write_outputs", "export")
timed(run, "publish", "publish")
timed(ExtractionCache, "prune", "prune")
code = pipeline.cli.main(["build", sys.argv[1], "--out", sys.argv[2], "--cache-dir", sys.argv[3], "--workers", "1"])
total = time.perf_counter() - t0
other = total - t_import - sum(spent.values())
print(json.dumps({"code": code, "import": t_import, "total": total, **spent, "other": other}))
"""


def change(path: Path, n: int) -> None:
    """Change a document's bytes, not its content."""
    if path.suffix == ".docx":
        with zipfile.ZipFile(path, "a") as z:
            z.comment = f"edit {n}".encode()
    elif path.suffix == ".pdf":
        with open(path, "ab") as f:
            f.write(f"\n% edit {n}\n".encode())
    elif path.suffix in (".html", ".htm"):
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"\n<!-- edit {n} -->\n")
    else:
        with open(path, "a", encoding="utf-8") as f:
            f.write("\n" * (n % 2 + 1))


def library_imports(log: str) -> dict[str, float]:
    """Seconds each library's first import took (`-X importtime`: an import at the outermost level)."""
    out: dict[str, float] = {}
    for line in log.splitlines():
        m = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\S.*)$", line)  # one space: the outermost level
        if m and m.group(2).split(".")[0] in LIBRARIES:
            root = m.group(2).split(".")[0]
            out[root] = out.get(root, 0.0) + int(m.group(1)) / 1e6
    return out


def python_start() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - start


def rebuild_once(raw: Path, out: Path, cache: Path, doc: Path, n: int) -> tuple[float, dict[str, float]]:
    change(doc, 2 * n)
    start = time.perf_counter()
    cli = [str(Path(sys.executable).parent / "competency-kb"), "build", str(raw), "--out", str(out)]
    subprocess.run([*cli, "--cache-dir", str(cache)], check=True, capture_output=True)
    wall = time.perf_counter() - start
    change(doc, 2 * n + 1)
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", DRIVER, str(raw), str(out), str(cache)],
        check=True,
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    stages = json.loads(run.stdout.strip().splitlines()[-1])
    if stages.pop("code") != 0:
        raise SystemExit(f"the rebuild of {doc.name} failed")
    stages.update({f"import {k}": v for k, v in library_imports(run.stderr).items()})
    return wall, stages


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--raw", type=Path, default=REPO / "raw_docs")
    p.add_argument("--rounds", type=int, default=5)
    args = p.parse_args(argv)
    start = statistics.median(python_start() for _ in range(5))
    with tempfile.TemporaryDirectory(prefix="competency-kb-rebuild-") as tmp:
        raw, out, cache = Path(tmp, "raw"), Path(tmp, "out"), Path(tmp, "cache")
        shutil.copytree(args.raw, raw)
        cli = [str(Path(sys.executable).parent / "competency-kb"), "build", str(raw), "--out", str(out)]
        subprocess.run([*cli, "--cache-dir", str(cache)], check=True, capture_output=True)
        by_format: dict[str, Path] = {}
        for doc in sorted(raw.iterdir()):
            if doc.suffix in (".pdf", ".docx", ".html", ".txt", ".md"):
                by_format.setdefault(doc.suffix.lstrip("."), doc)
        print(f"python start (`python -c pass`): {start:.3f} s; {len(list(raw.iterdir()))} files in {args.raw}\n")
        for fmt, doc in by_format.items():
            rounds = [rebuild_once(raw, out, cache, doc, n) for n in range(args.rounds)]
            walls = [w for w, _ in rounds]
            keys = list(dict.fromkeys(k for _, s in rounds for k in s))
            median = {k: statistics.median(s.get(k, 0.0) for _, s in rounds) for k in keys}
            print(f"### {fmt}: {doc.name} changed ({args.rounds} rounds, medians)\n")
            print(f"`competency-kb build` (default workers), wall: {statistics.median(walls):.3f} s\n")
            print("| stage (`--workers 1`, in-process) | seconds |\n|---|---|")
            print(f"| python start | {start:.3f} |")
            for key, label in STAGES:
                if key in median:
                    print(f"| {label} | {median[key]:.3f} |")
            print(f"| **total** (python start + the process) | **{start + median['total']:.3f}** |")
            print("\n| first import of a library, inside the stages above | seconds |\n|---|---|")
            for key in keys:
                if key.startswith("import "):
                    print(f"| {key.removeprefix('import ')} | {median[key]:.3f} |")
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
