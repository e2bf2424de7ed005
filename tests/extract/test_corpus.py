"""Extraction on documents modeled on other publishers' real layouts (tests/corpus/): overall F1 >= 0.97."""

from __future__ import annotations

import shutil

import pytest

from ..conftest import CORPUS, score

DOCS = CORPUS / "docs"
GOLD = CORPUS / "gold"
DOCUMENTS = sorted(p for p in DOCS.iterdir() if p.name != "manifest.yaml")


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory):
    from pipeline.build.run import BuildOptions, build

    out = tmp_path_factory.mktemp("corpus") / "out"
    outcome = build(BuildOptions(raw_dir=DOCS, out_dir=out, workers=2, cache_root=None, progress=False))
    return outcome, out


def test_every_corpus_document_has_gold_and_an_origin():
    assert len(DOCUMENTS) >= 12
    assert {p.stem for p in DOCUMENTS} == {p.stem for p in GOLD.glob("*.json")}
    manifest = (DOCS / "manifest.yaml").read_text(encoding="utf-8")
    assert all(p.name in manifest for p in DOCUMENTS)
    publishers = {p.name.split("-")[0] for p in DOCUMENTS}
    assert len(publishers) >= 5


def test_corpus_builds_cleanly(corpus_build):
    outcome, _ = corpus_build
    assert outcome.exit_code == 0, outcome.messages


def test_corpus_overall_f1(corpus_build):
    _, out = corpus_build
    f1, report = score(GOLD, out / "competencies.json")
    assert f1 >= 0.97, report


@pytest.mark.parametrize("doc", DOCUMENTS, ids=lambda p: p.stem)
def test_each_corpus_document_alone(doc, tmp_path, build_into):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(doc, raw)
    code, out = build_into(raw)
    assert code == 0
    f1, report = score(GOLD / f"{doc.stem}.json", out / "competencies.json")
    assert f1 >= 0.9, report
