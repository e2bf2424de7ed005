"""Publishing never destroys a user's files, never publishes a half-written or damaged output, one build at a time."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.build.run import BuildOptions, build
from pipeline.export import publish as publish_module
from pipeline.export.publish import MARKER, OutputRefused, check_target, output_lock, verify
from pipeline.model.errors import BuildError

from ..conftest import RAW_DOCS, ROOT

ONE_DOC = RAW_DOCS / "customer-focus.html"


def raw_folder(path: Path) -> Path:
    path.mkdir(parents=True)
    shutil.copy(ONE_DOC, path / ONE_DOC.name)
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "pipeline.cli", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=300
    )


def run(raw: Path, out: Path, **kw):
    return build(BuildOptions(raw_dir=raw, out_dir=out, cache_root=None, progress=False, **kw))


# ------------------------------------------------------------------ --out that would destroy the user's files
@pytest.mark.parametrize("target", ["users-folder", "raw", ".", "notes.txt", "raw/output", "raw/sub/out", "raw/.."])
def test_an_output_path_that_would_destroy_files_is_refused_touching_nothing(tmp_path, target):
    project = tmp_path / "project"
    raw = raw_folder(project / "raw")
    (project / "users-folder").mkdir()
    (project / "users-folder" / "thesis.docx").write_bytes(b"my work")
    (project / "notes.txt").write_text("my notes")
    (raw / "sub").mkdir()
    before = snapshot(tmp_path)
    result = cli("build", "project/raw", "--out", f"project/{target}", "--no-cache", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("competency-kb: refused:"), result.stderr
    assert snapshot(tmp_path) == before
    assert not list(project.glob(".staging-*")) and not list(project.glob(".*.lock"))


@pytest.mark.parametrize("target", ["", ".", "  "])
def test_an_empty_output_path_or_the_current_folder_is_refused(tmp_path, target):
    project = tmp_path / "project"
    raw_folder(project / "raw")
    before = snapshot(tmp_path)
    result = cli("build", "raw", "--out", target, "--no-cache", cwd=project)
    assert result.returncode == 2 and "refused" in result.stderr
    assert snapshot(tmp_path) == before


def test_a_symbolic_link_as_output_is_refused(tmp_path):
    raw = raw_folder(tmp_path / "raw")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "out").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(OutputRefused, match="a file or a link"):
        run(raw, tmp_path / "out")


def test_output_is_published_into_an_empty_or_new_folder_and_over_its_own_output(tmp_path):
    raw = raw_folder(tmp_path / "raw")
    (tmp_path / "empty").mkdir()
    assert run(raw, tmp_path / "empty").exit_code == 0
    assert run(raw, tmp_path / "new" / "deeper").exit_code == 0
    assert run(raw, tmp_path / "empty", force=True).exit_code == 0  # over its own output
    for out in (tmp_path / "empty", tmp_path / "new" / "deeper"):
        assert (out / MARKER).is_file() and (out / "competencies.json").is_file()
        assert verify(out) == []


def test_a_file_added_to_a_published_output_makes_it_no_longer_ours(tmp_path):
    raw = raw_folder(tmp_path / "raw")
    out = tmp_path / "out"
    run(raw, out)
    # the marker says the folder is this tool's: a file added by hand is reported by verify, and the output
    # is rebuilt, not left "up to date"
    (out / "my-notes.txt").write_text("mine")
    assert verify(out) == ["my-notes.txt: not published by this tool"]


def test_an_output_of_a_build_from_before_the_marker_is_replaced(tmp_path):
    raw = raw_folder(tmp_path / "raw")
    out = tmp_path / "out"
    run(raw, out)
    (out / MARKER).unlink()
    check_target(out, raw)  # only this tool's file names: accepted
    (out / "thesis.docx").write_bytes(b"x")
    with pytest.raises(OutputRefused):
        check_target(out, raw)


def test_the_published_folder_follows_the_umask(tmp_path):
    raw = raw_folder(tmp_path / "raw")
    old = os.umask(0o022)
    try:
        run(raw, tmp_path / "out")
    finally:
        os.umask(old)
    assert (tmp_path / "out").stat().st_mode & 0o777 == 0o755


# ------------------------------------------------------------------ damaged output, failed fsync
@pytest.mark.parametrize("damage", ["truncate", "delete-tables", "delete-canonical"])
def test_a_damaged_published_output_is_rebuilt_not_reported_up_to_date(tmp_path, damage):
    raw = raw_folder(tmp_path / "raw")
    out = tmp_path / "out"
    first = build(BuildOptions(raw_dir=raw, out_dir=out, cache_root=tmp_path / "cache", progress=False))
    good = snapshot(out)
    if damage == "truncate":
        data = (out / "competencies.json").read_bytes()
        (out / "competencies.json").write_bytes(data[: len(data) // 2])
    elif damage == "delete-tables":
        shutil.rmtree(out / "tables")
    else:
        (out / "competencies.json").unlink()
    second = build(BuildOptions(raw_dir=raw, out_dir=out, cache_root=tmp_path / "cache", progress=False))
    assert not second.up_to_date and second.exit_code == first.exit_code == 0
    assert verify(out) == []
    after = snapshot(out)
    assert after["competencies.json"] == good["competencies.json"]
    assert {k for k in after if k.startswith("tables/")} == {k for k in good if k.startswith("tables/")}


def test_a_failed_fsync_fails_the_publish_and_leaves_the_previous_output(tmp_path, monkeypatch):
    raw = raw_folder(tmp_path / "raw")
    out = tmp_path / "out"
    run(raw, out)
    before = snapshot(out)

    def failing_fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(publish_module.os, "fsync", failing_fsync)
    with pytest.raises(OSError):
        run(raw, out, force=True)
    assert snapshot(out) == before
    assert not list(tmp_path.glob(".staging-*"))


# ------------------------------------------------------------------ one build at a time, stale leftovers
def test_a_second_build_waits_for_the_lock_and_says_the_folder_is_busy(tmp_path):
    raw = raw_folder(tmp_path / "raw")
    out = tmp_path / "out"
    told = []
    with output_lock(out):
        with pytest.raises(BuildError, match="busy"):
            with output_lock(out, wait=0.3, on_wait=told.append):
                pass
    assert told == [f"waiting for another build into {out} to finish"]
    assert run(raw, out).exit_code == 0  # the lock was released


def test_only_stale_staging_folders_are_removed(tmp_path):
    raw = raw_folder(tmp_path / "raw")
    dead = tmp_path / ".staging-out-999999999-0badcafe"
    live = tmp_path / f".staging-out-{os.getppid()}-0badcafe"
    for folder in (dead, live):
        folder.mkdir()
        (folder / "competencies.json").write_text("{}")
    assert run(raw, tmp_path / "out").exit_code == 0
    assert not dead.exists()
    assert live.exists()  # another live process's folder is never touched


def test_a_previous_output_retired_by_an_interrupted_two_rename_swap_is_restored(tmp_path):
    raw = raw_folder(tmp_path / "raw")
    out = tmp_path / "out"
    run(raw, out)
    published = snapshot(out)
    retired = tmp_path / ".retired-out-999999999-0badcafe"
    out.rename(retired)  # a build killed between the two renames of the fallback swap
    publish_module.recover(out.resolve())
    assert snapshot(out) == published and not retired.exists()


def test_the_swap_without_an_atomic_exchange_also_publishes(tmp_path, monkeypatch):
    raw = raw_folder(tmp_path / "raw")
    out = tmp_path / "out"
    run(raw, out)
    monkeypatch.setattr(publish_module, "_exchange", lambda a, b: False)
    assert run(raw, out, force=True).exit_code == 0
    assert verify(out) == [] and not list(tmp_path.glob(".retired-*"))
