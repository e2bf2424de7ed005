"""The shared development set (../shared/corpus/dev: documents modelled on nine publishers, written independently of
the pipeline): overall F1 >= 0.95 and every document >= 0.85, each built on its own.

The test reads the shared folder beside the project; a copy is kept in tests/corpus/dev for a clone that has no
shared folder beside it, and when both are there they must be the same."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

import pytest

from ..conftest import CORPUS, score

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"
COPY = CORPUS / "dev"
DEV = SHARED if SHARED.is_dir() else COPY
DOCUMENTS = sorted((DEV / "docs").iterdir())


def test_the_copy_is_the_shared_set():
    assert {p.stem for p in (COPY / "docs").iterdir()} == {p.stem for p in (COPY / "gold").glob("*.json")}
    if not SHARED.is_dir():
        return  # no ../shared beside this clone: the copy is what the other tests read
    for sub in ("docs", "gold"):
        comparison = filecmp.dircmp(SHARED / sub, COPY / sub)
        assert not (comparison.left_only or comparison.right_only or comparison.diff_files), sub


@pytest.fixture(scope="module")
def dev_build(tmp_path_factory):
    from pipeline.build.run import BuildOptions, build

    out = tmp_path_factory.mktemp("dev") / "out"
    outcome = build(BuildOptions(raw_dir=DEV / "docs", out_dir=out, workers=2, cache_root=None, progress=False))
    return outcome, out


def test_dev_set_overall_f1(dev_build):
    outcome, out = dev_build
    assert outcome.exit_code == 0, outcome.messages
    f1, report = score(DEV / "gold", out / "competencies.json")
    assert f1 >= 0.95, report


@pytest.mark.parametrize("doc", DOCUMENTS, ids=lambda p: p.stem)
def test_each_dev_document_alone(doc, tmp_path, build_into):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(doc, raw)
    code, out = build_into(raw)
    assert code == 0
    f1, report = score(DEV / "gold" / f"{doc.stem}.json", out / "competencies.json")
    assert f1 >= 0.85, report
