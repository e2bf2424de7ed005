"""A full disk while the outputs are written: one message naming the path, the previous output unchanged, exit 2.
The full disk is real: the file being written is made a link to /dev/full, which fails every write with ENOSPC."""

from __future__ import annotations

import multiprocessing
import os
import shutil
from pathlib import Path

import pytest

from pipeline.build import run as run_module
from pipeline.build.run import BuildOptions, build
from pipeline.cli import main
from pipeline.export import case as case_module
from pipeline.model.errors import BuildError

from ..conftest import RAW_DOCS

pytestmark = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def published(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW_DOCS / "customer-focus.html", raw)
    out = tmp_path / "out"
    assert build(BuildOptions(raw_dir=raw, out_dir=out, cache_root=None, progress=False)).exit_code == 0
    return raw, out, snapshot(out)


def onto_full_disk(real, name: str):
    """The writer, its file first made a link to /dev/full."""

    def write(*args):
        path = next(Path(a) for a in args if isinstance(a, Path))
        (path.parent / name).symlink_to("/dev/full")
        return real(*args)

    return write


def test_a_full_disk_says_which_path_and_that_the_previous_output_is_unchanged(published, monkeypatch, tmp_path):
    raw, out, before = published
    monkeypatch.setattr(run_module, "write_streamed", onto_full_disk(run_module.write_streamed, "competencies.json"))
    with pytest.raises(BuildError) as caught:
        build(BuildOptions(raw_dir=raw, out_dir=out, cache_root=None, progress=False, force=True))
    message = str(caught.value)
    assert message.startswith("no space left on the device while writing ")
    assert message.split(" while writing ")[1].split(":")[0].endswith("competencies.json")
    assert message.endswith(
        f"nothing was published, and the previous output {out} is unchanged (free some disk space, then build again)"
    )
    assert snapshot(out) == before
    assert not list(tmp_path.glob(".staging-*"))


def test_a_full_disk_in_a_forked_writer_gives_the_same_message(published, monkeypatch, tmp_path):
    if multiprocessing.get_start_method() != "fork" or not hasattr(os, "fork"):
        pytest.skip("the writers are forked only where processes fork")
    raw, out, before = published
    monkeypatch.setattr(case_module, "write_case", onto_full_disk(case_module.write_case, "case.json"))
    with pytest.raises(BuildError, match=r"^no space left on the device while writing .*case\.json: nothing was"):
        build(BuildOptions(raw_dir=raw, out_dir=out, cache_root=None, progress=False, force=True, workers=2))
    assert snapshot(out) == before


def test_the_cli_prints_one_line_and_exits_2(published, monkeypatch, capsys):
    raw, out, before = published
    monkeypatch.setattr(run_module, "write_streamed", onto_full_disk(run_module.write_streamed, "competencies.json"))
    assert main(["build", str(raw), "--out", str(out), "--no-cache", "--force", "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("competency-kb: no space left on the device while writing ")
    assert "unexpected error" not in err
    assert snapshot(out) == before
