"""Fault injection for the process and publish tests: builds run in forked children of this process, one of them
killed (SIGKILL) or terminated (SIGTERM) at a chosen point of its work; what is found afterwards is printed as
JSON, one object per run.

Run as `python -m tests.build.faults SCENARIO WORKDIR` from the repository root: the tests start it in a
subprocess, so nothing of it lives in pytest's own process. It makes itself a child subreaper (Linux), so that the
children of a build it kills (pool workers, forked writers) become its children: any still alive once the build
has died is a process left behind. It waits for them with a generous deadline (no timing is asserted: a process
that never ends is reported, and then killed).

Scenarios:
- `kill`: for each point of KILL_POINTS, the output holds build A, the documents are B (one changed, one added),
  and a build is killed at that point; then: what is at the output path (A or B, complete), processes left
  behind, and a next build's change report.
- `term`: the same with SIGTERM at TERM_POINTS: exit code, message, output untouched, processes left.
- `concurrent`: ROUNDS rounds of two builds at once into one output (one of A, one of B).
"""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

PR_SET_CHILD_SUBREAPER = 36
REAP_DEADLINE = 120.0  # seconds to wait for a build's children to end; reaching it is a failure, not a timing
ROUNDS = 50

A = {
    "teamwork.md": "# Teamwork\n\n## Definition\n\nWorks with others toward shared goals.\n\n## Behaviours\n\n"
    "- Shares information.\n- Helps colleagues.\n",
    "integrity.md": "# Integrity\n\n## Definition\n\nActs honestly.\n\n## Behaviours\n\n- Keeps promises.\n",
    "adaptability.md": "# Adaptability\n\n## Definition\n\nAdjusts to change.\n\n## Behaviours\n\n- Tries new ways.\n",
}
B = dict(
    A,
    **{
        "teamwork.md": A["teamwork.md"] + "- Credits others.\n",
        "listening.md": "# Listening\n\n## Definition\n\nHears people out.\n\n## Behaviours\n\n- Asks questions.\n",
    },
)

# (where, which call, before or after it); "pipeline.build.run:settle_garbage" runs in the build as each
# document's result arrives, so with two workers the pool is busy with the others
KILL_POINTS = [
    ("pipeline.build.run:load_manifest", 1, "before"),  # the lock just taken
    ("pipeline.build.run:extract_all", 1, "before"),
    ("pipeline.build.run:settle_garbage", 1, "before"),  # extraction under way
    ("pipeline.build.run:settle_garbage", 3, "before"),
    ("pipeline.build.cache:ExtractionCache.put", 1, "after"),
    ("pipeline.build.run:assemble", 1, "before"),
    ("pipeline.build.run:validate_dataset", 1, "after"),
    ("pipeline.build.run:changes_since", 1, "after"),
    ("pipeline.build.run:write_outputs", 1, "before"),  # the staging folder just made
    ("pipeline.build.run:write_streamed", 1, "after"),
    ("pipeline.build.run:write_streamed", 3, "after"),
    ("pipeline.export.review:write_review", 1, "after"),
    ("pipeline.export.case:write_case", 1, "after"),  # in a forked writer: that writer is killed
    ("pipeline.export.tables:write_tables", 1, "before"),  # likewise
    ("pipeline.export.publish:write_marker", 1, "after"),
    ("pipeline.export.publish:_fsync_file", 2, "before"),
    ("pipeline.export.publish:sync_tree", 1, "after"),
    ("pipeline.export.publish:_exchange", 1, "before"),  # the rename
    ("pipeline.export.publish:_exchange", 1, "after"),
    ("pipeline.export.publish:shutil.rmtree", 1, "midway"),  # removing the previous output, swapped out
    ("pipeline.build.cache:ExtractionCache.prune", 1, "before"),  # published, the cache not yet pruned
]
TERM_POINTS = [
    ("pipeline.build.run:settle_garbage", 1, "before"),
    ("pipeline.build.run:write_streamed", 2, "after"),
    ("pipeline.export.publish:sync_tree", 1, "after"),
]


# ------------------------------------------------------------------ processes
def become_subreaper() -> None:
    if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER) failed")


def in_child(work: Callable[[], int], log: Path) -> int:
    """Fork; the child runs `work` with its output in `log` and leaves with its return value."""
    pid = os.fork()
    if pid:
        return pid
    status = 70
    try:
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        status = work()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)


def wait_build(*pids: int) -> dict:
    """Wait for the builds, then for every process they left (reparented here): how each ended and how many
    processes were left behind (still alive at the deadline, then killed)."""
    exits = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in pids]
    ended: dict = {"exit": exits[0] if len(exits) == 1 else exits}
    deadline = time.monotonic() + REAP_DEADLINE
    while True:
        try:
            child, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            ended["left_behind"] = 0
            return ended
        if child == 0:
            if time.monotonic() > deadline:
                break
            time.sleep(0.02)
    left = children()
    for child in left:
        os.kill(child, signal.SIGKILL)
    for _ in left:
        os.waitpid(-1, 0)
    ended["left_behind"] = len(left)
    return ended


def children() -> list[int]:
    me, found = os.getpid(), []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == me:
                found.append(int(entry))
    return found


# ------------------------------------------------------------------ faults
def arm(point: tuple[str, int, str], sig: int) -> None:
    """Make the `nth` call of the function at `where` ("module:function", "module:Class.method" or
    "module:shutil.rmtree", the module's own view of shutil) send `sig` to the process making it: before the
    call, after it, or (for rmtree) once half of the files are removed."""
    import importlib

    where, nth, when = point
    module_name, attr = where.split(":")
    module = importlib.import_module(module_name)
    owner_name, _, name = attr.rpartition(".")
    if owner_name == "shutil":  # a stand-in for the module's shutil: nothing else in the process is changed
        owner = SimpleNamespace(**{k: getattr(shutil, k) for k in dir(shutil) if not k.startswith("__")})
        module.shutil = owner
    else:
        owner = getattr(module, owner_name) if owner_name else module
    real = getattr(owner, name)
    calls = [0]

    def wrapped(*args, **kwargs):
        calls[0] += 1
        now = calls[0] == nth
        if now and when == "before":
            os.kill(os.getpid(), sig)
        if now and when == "midway":
            files = sorted(p for p in Path(args[0]).rglob("*") if p.is_file())
            files[len(files) // 2].unlink()
            os.kill(os.getpid(), sig)
        result = real(*args, **kwargs)
        if now and when == "after":
            os.kill(os.getpid(), sig)
        return result

    setattr(owner, name, wrapped)


def cli_build(raw: Path, out: Path, cache: Path, workers: int) -> int:
    from pipeline.cli import main

    return main(["build", str(raw), "--out", str(out), "--cache-dir", str(cache), "--workers", str(workers)])


# ------------------------------------------------------------------ the corpora and their reference outputs
def write_docs(folder: Path, docs: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def prepare(work: Path) -> dict:
    """The raw folder with documents A, the output of A (kept pristine) with its cache; then the same folder
    with documents B and the reference output of B built over A (its change report is the exact one). A copy of
    A is kept apart for the concurrent builds."""
    from pipeline.build.run import BuildOptions, build

    raw, ref, cache = work / "raw", work / "ref-out", work / "ref-cache"
    for docs in (A, B):
        write_docs(raw, docs)
        outcome = build(BuildOptions(raw_dir=raw, out_dir=ref, cache_root=cache, progress=False, workers=1))
        assert outcome.exit_code == 0, outcome.messages
        if docs is A:
            shutil.copytree(ref, work / "pristine-out")
            shutil.copytree(cache, work / "pristine-cache")
            shutil.copytree(raw, work / "raw-a")
    return {
        "raw": raw,
        "a": (work / "pristine-out" / "competencies.json").read_bytes(),
        "b": (ref / "competencies.json").read_bytes(),
        "changes": json.loads((ref / "changes.json").read_text(encoding="utf-8")),
    }


def reset(work: Path) -> tuple[Path, Path]:
    """The output folder holding A's output, and A's cache, as `prepare` left them."""
    out, cache = work / "out", work / "cache"
    for folder in [out, cache, *work.glob(".staging-*"), *work.glob(".retired-*")]:
        shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(work / "pristine-out", out)
    shutil.copytree(work / "pristine-cache", cache)
    return out, cache


def state_of(out: Path, refs: dict) -> dict:
    from pipeline.export.publish import verify

    try:
        data = (out / "competencies.json").read_bytes()
    except OSError:
        data = None
    which = "A" if data == refs["a"] else "B" if data == refs["b"] else "neither"
    return {"at_path": which, "intact": out.is_dir() and verify(out) == []}


def leftovers(work: Path) -> list[str]:
    return sorted(p.name for p in work.glob(".*") if p.name.startswith((".staging-", ".retired-", ".blocks")))


# ------------------------------------------------------------------ scenarios
def scenario_kill(work: Path, refs: dict, points=KILL_POINTS, sig=signal.SIGKILL) -> list[dict]:
    reports = []
    out, cache = work / "out", work / "cache"
    for point in points:
        reset(work)

        def killed_build(point=point):
            arm(point, sig)
            return cli_build(refs["raw"], out, cache, workers=2)

        report = {"point": list(point)}
        report.update(wait_build(in_child(killed_build, work / "killed.log")))
        report["log"] = (work / "killed.log").read_text(encoding="utf-8", errors="replace")[-2000:]
        report.update(state_of(out, refs))
        report["unchanged"] = report["at_path"] == "A"
        if sig == signal.SIGKILL:
            nxt = wait_build(in_child(lambda: cli_build(refs["raw"], out, cache, workers=2), work / "next.log"))
            report["next"] = dict(nxt, **state_of(out, refs))
            report["next"]["changes_exact"] = (
                json.loads((out / "changes.json").read_text(encoding="utf-8")) == refs["changes"]
            )
        report["leftovers"] = leftovers(work)
        reports.append(report)
    return reports


def scenario_concurrent(work: Path, refs: dict) -> list[dict]:
    from pipeline.dataset.validate import validate_dataset

    out, cache = reset(work)
    raw_a = work / "raw-a"
    reports = []
    for n in range(ROUNDS):
        first = in_child(lambda: cli_build(raw_a, out, cache, workers=1), work / "first.log")
        second = in_child(lambda: cli_build(refs["raw"], out, cache, workers=1), work / "second.log")
        report = {"round": n, **wait_build(first, second)}
        report.update(state_of(out, refs))
        try:
            report["valid"] = validate_dataset(json.loads((out / "competencies.json").read_text("utf-8"))) == []
        except (OSError, ValueError):
            report["valid"] = False
        report["leftovers"] = leftovers(work)
        if any(report["exit"]):
            report["logs"] = [(work / f"{w}.log").read_text(errors="replace")[-1500:] for w in ("first", "second")]
        reports.append(report)
    return reports


def main(argv: list[str]) -> int:
    scenario, work = argv[0], Path(argv[1])
    os.environ["COMPETENCY_KB_WARM_SECONDS"] = "0"
    become_subreaper()
    refs = prepare(work)
    if scenario == "kill":
        reports = scenario_kill(work, refs)
    elif scenario == "term":
        reports = scenario_kill(work, refs, TERM_POINTS, signal.SIGTERM)
    elif scenario == "concurrent":
        reports = scenario_concurrent(work, refs)
    else:
        raise SystemExit(f"unknown scenario {scenario}")
    print(json.dumps(reports))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
