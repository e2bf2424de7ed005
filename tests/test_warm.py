"""The warm extraction worker: a rebuild's few changed documents go to it, with the same results as anywhere; it is
private, never required, and ends on its own."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from multiprocessing import AuthenticationError
from multiprocessing.connection import Listener
from pathlib import Path

import pytest

from pipeline import executors, warm
from pipeline.build import BuildOptions, build
from pipeline.cache import cache_dir_for, current_salt
from pipeline.document import DocumentJob

from .conftest import ROOT
from .test_rebuild import copy_corpus, snapshot


@pytest.fixture
def runtime(monkeypatch):
    """A runtime folder of the test's own, with a short path (a socket's path is limited to about 100 bytes); the
    workers started in it are stopped at the end."""
    folder = Path(tempfile.mkdtemp(prefix="ckb-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder / "competency-kb"
    warm.stop_all()
    shutil.rmtree(folder, ignore_errors=True)


def wait_for(condition, seconds: float = 90.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def edit(page: Path) -> None:
    page.write_text(page.read_text(encoding="utf-8").replace("Calms and satisfies irate customers.",
                                                             "Calms and reassures irate customers."),
                    encoding="utf-8")


def test_a_rebuild_sends_its_changed_document_to_the_warm_worker_with_the_same_result(tmp_path, runtime,
                                                                                       monkeypatch):
    raw = copy_corpus(tmp_path / "raw")
    cache = tmp_path / "cache"
    first = build(BuildOptions(raw_dir=raw, out_dir=tmp_path / "out", cache_root=cache, progress=False,
                               warm_seconds=60))
    assert first.report["cache"]["warm"] == 0  # none was running: extracted here
    assert any("warm extraction worker" in m for m in first.messages)
    assert wait_for(lambda: len(warm.running()) == 1)

    edit(raw / "customer-focus.html")
    real = executors.extract_document
    monkeypatch.setattr(executors, "extract_document", lambda job: pytest.fail(f"extracted {job.rel_path} here"))
    monkeypatch.chdir(tmp_path)  # a relative folder: the worker has its own working folder
    again = build(BuildOptions(raw_dir=Path("raw"), out_dir=tmp_path / "out", cache_root=cache, progress=False,
                               warm_seconds=60))
    assert again.exit_code == 0
    assert again.report["cache"] == {"hits": 4, "misses": 1, "stored": 1, "warm": 1}
    assert not any("warm extraction worker" in m for m in again.messages)  # the one running is kept
    monkeypatch.setattr(executors, "extract_document", real)

    fresh = build(BuildOptions(raw_dir=raw, out_dir=tmp_path / "fresh", cache_root=None, progress=False))
    assert fresh.exit_code == 0
    ours, theirs = snapshot(tmp_path / "out"), snapshot(tmp_path / "fresh")
    for name in ("competencies.json", "case.json", "tables/competencies.csv", "tables/behaviors.parquet"):
        assert ours[name] == theirs[name], name


def _fake_worker(address: warm.WarmAddress, key: bytes, answers: int, results: list[dict]) -> threading.Thread:
    """A worker that answers `answers` documents, then hangs up."""
    listener = Listener(str(address.socket), "AF_UNIX", authkey=key)
    address.key.write_bytes(key)

    def serve():
        with listener:
            try:
                conn = listener.accept()
            except AuthenticationError:
                return
            with conn:
                _, jobs = conn.recv()
                for job in jobs[:answers]:
                    conn.send(("result", results[int(job.rel_path)]))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return thread


def _jobs(n: int) -> list[DocumentJob]:
    return [DocumentJob(path=f"/nowhere/{i}", rel_path=str(i), doc_id=str(i)) for i in range(n)]


def test_what_a_worker_does_not_return_is_extracted_here(tmp_path, runtime):
    address = warm.address_for(tmp_path, "salt")
    results = [{"n": i, "from": "worker"} for i in range(3)]
    thread = _fake_worker(address, b"k" * 32, answers=1, results=results)
    client = warm.WarmClient(address)
    got = list(client.run(_jobs(3), lambda rest: iter({"n": int(j.rel_path), "from": "here"} for j in rest)))
    thread.join(5)
    assert got == [{"n": 0, "from": "worker"}, {"n": 1, "from": "here"}, {"n": 2, "from": "here"}]
    assert client.served == 1


def test_a_worker_is_not_used_beyond_a_few_documents_or_without_its_key(tmp_path, runtime):
    here = lambda rest: iter({"n": int(j.rel_path), "from": "here"} for j in rest)  # noqa: E731
    address = warm.address_for(tmp_path / "one", "salt")
    thread = _fake_worker(address, b"a" * 32, answers=99, results=[{"from": "worker"}] * 99)
    client = warm.WarmClient(address)
    many = _jobs(warm.MAX_WARM_DOCUMENTS + 1)
    assert [r["from"] for r in client.run(many, here)] == ["here"] * len(many) and client.served == 0
    assert [r["from"] for r in client.run(_jobs(2), here)] == ["worker"] * 2 and client.served == 2
    thread.join(5)

    other = warm.address_for(tmp_path / "two", "salt")
    _fake_worker(other, b"a" * 32, answers=99, results=[{"from": "worker"}] * 99)
    other.key.write_bytes(b"b" * 32)  # somebody else's worker, or a stale key
    stranger = warm.WarmClient(other)
    assert [r["from"] for r in stranger.run(_jobs(2), here)] == ["here"] * 2 and stranger.served == 0


def test_addresses_are_per_cache_folder_and_code(tmp_path, runtime):
    a = warm.address_for(tmp_path / "one", current_salt())
    assert a == warm.address_for(tmp_path / "one", current_salt())
    other_code = warm.address_for(tmp_path / "one", "another salt")
    other_folder = warm.address_for(tmp_path / "two", current_salt())
    assert len({a.socket, other_code.socket, other_folder.socket}) == 3
    assert a.family == other_code.family != other_folder.family
    deep = warm.address_for(tmp_path / ("long" * 60), current_salt())
    assert len(str(deep.socket)) == len(str(a.socket))  # the cache folder's path is not in the socket's


def test_no_worker_where_a_socket_path_would_be_too_long(tmp_path, monkeypatch):
    long = tmp_path / ("x" * 90)
    long.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(long))
    assert warm.address_for(tmp_path, "salt") is None


def test_no_worker_where_the_runtime_folder_is_not_private(tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    (shared / "competency-kb").mkdir(parents=True)
    (shared / "competency-kb").chmod(0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    assert warm.runtime_dir() is None and warm.address_for(tmp_path, "salt") is None
    raw = copy_corpus(tmp_path / "raw", sorted((ROOT / "raw_docs").glob("*.html"))[:1])
    outcome = build(BuildOptions(raw_dir=raw, out_dir=tmp_path / "out", cache_root=tmp_path / "cache",
                                 progress=False, warm_seconds=60))
    assert outcome.exit_code == 0 and not any("warm" in m for m in outcome.messages)


def _started(address: warm.WarmAddress, idle: float) -> None:
    assert warm.ensure_running(address, idle)
    assert not warm.ensure_running(address, idle)  # starting: not a second one
    assert wait_for(lambda: warm.connect(address) is not None)


def test_a_worker_ends_when_idle_when_its_cache_folder_goes_and_when_other_code_starts(tmp_path, runtime):
    home = tmp_path / "cache"
    home.mkdir()
    idle = warm.address_for(home, "idle")
    _started(idle, 2)
    assert wait_for(lambda: not idle.socket.exists(), 30)  # idle for 2 s: gone, socket and key removed
    assert not idle.key.exists()

    old = warm.address_for(home, "old code")
    _started(old, 600)
    new = warm.address_for(home, "new code")
    _started(new, 600)  # stops the worker of the same folder that runs other code
    assert wait_for(lambda: not old.socket.exists(), 30)
    shutil.rmtree(home)
    assert wait_for(lambda: not new.socket.exists(), 30)


def test_a_stale_socket_does_not_block_a_new_worker(tmp_path, runtime):
    import socket

    home = tmp_path / "cache"
    home.mkdir()
    address = warm.address_for(home, "salt")
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(address.socket))  # bound, never listening: what a killed worker leaves
    dead.close()
    assert warm.connect(address) is None
    _started(address, 600)


def test_the_cli_lists_and_stops_workers(tmp_path, runtime):
    address = warm.address_for(tmp_path, current_salt())
    _started(address, 600)
    env = dict(os.environ)
    cli = [sys.executable, "-m", "pipeline.cli"]
    listed = subprocess.run(cli + ["warm"], capture_output=True, text=True, env=env, check=True).stdout
    assert "1 warm extraction worker" in listed and address.socket.name in listed
    stopped = subprocess.run(cli + ["warm", "--stop"], capture_output=True, text=True, env=env, check=True).stdout
    assert "stopped 1" in stopped
    assert wait_for(lambda: not address.socket.exists(), 30)


def test_a_build_through_the_cli_keeps_a_worker_unless_told_not_to(tmp_path, runtime):
    raw = copy_corpus(tmp_path / "raw", sorted((ROOT / "raw_docs").glob("*.html"))[:1])
    cli = [sys.executable, "-m", "pipeline.cli", "build", str(raw), "--out", str(tmp_path / "out"),
           "--cache-dir", str(tmp_path / "cache")]
    off = subprocess.run(cli, capture_output=True, text=True, check=True)  # conftest: off for the tests
    assert "warm" not in off.stdout
    on = subprocess.run(cli + ["--force", "--warm-seconds", "30"], capture_output=True, text=True, check=True)
    assert "warm extraction worker stays ready" in on.stdout
    address = warm.address_for(cache_dir_for(raw, tmp_path / "cache"), current_salt())
    assert wait_for(lambda: warm.connect(address) is not None)
