"""Extraction on the blind batches (tests/corpus/blind/): each batch built as a folder, scored overall and per
document against its gold, above the floors recorded in tests/corpus/blind/scores.yaml (floors, not targets)."""

from __future__ import annotations

import json

import pytest
import yaml

from ..conftest import CORPUS, score

BLIND = CORPUS / "blind"
SCORES = yaml.safe_load((BLIND / "scores.yaml").read_text(encoding="utf-8"))
BATCHES = sorted(SCORES)
DOCUMENT_FLOORS = [b for b in BATCHES if "document_floor" in SCORES[b]]  # batches whose rules were written from them


@pytest.fixture(scope="module", params=BATCHES)
def batch_build(request, tmp_path_factory):
    from pipeline.build.run import BuildOptions, build

    batch = request.param
    out = tmp_path_factory.mktemp(f"blind-{batch}") / "out"
    outcome = build(
        BuildOptions(raw_dir=BLIND / batch / "docs", out_dir=out, workers=2, cache_root=None, progress=False)
    )
    return batch, outcome, out


def test_every_blind_document_has_gold_an_origin_and_a_first_score():
    for batch in BATCHES:
        docs = sorted((BLIND / batch / "docs").iterdir())
        golds = sorted((BLIND / batch / "gold").glob("*.json"))
        assert {p.stem for p in docs} == {p.stem for p in golds}, batch
        origins = (BLIND / batch / "origins.yaml").read_text(encoding="utf-8")
        assert all(p.name in origins for p in docs), batch
        assert 0.0 <= SCORES[batch]["first"] <= 1.0 and SCORES[batch]["floor"] <= SCORES[batch]["current"]
    assert sum(len(list((BLIND / b / "docs").iterdir())) for b in BATCHES) >= 20


def test_blind_batch_builds(batch_build):
    batch, outcome, _ = batch_build
    assert outcome.exit_code == 0, (batch, outcome.messages)


def test_blind_batch_overall_f1(batch_build):
    batch, _, out = batch_build
    f1, report = score(BLIND / batch / "gold", out / "competencies.json")
    assert f1 >= SCORES[batch]["floor"], report


@pytest.mark.parametrize("batch_build", DOCUMENT_FLOORS, indirect=True)
def test_blind_batch_each_document(batch_build, tmp_path):
    """Each document's own competencies (those whose sources name it) against its gold file."""
    batch, _, out = batch_build
    floor = SCORES[batch]["document_floor"]
    data = json.loads((out / "competencies.json").read_text(encoding="utf-8"))
    low = []
    for gold in sorted((BLIND / batch / "gold").glob("*.json")):
        own = dict(data, competencies=[c for c in data["competencies"] if gold.stem in c.get("sources", [])])
        path = tmp_path / f"{gold.stem}.json"
        path.write_text(json.dumps(own), encoding="utf-8")
        f1, _ = score(gold, path)
        if f1 < floor:
            low.append((gold.stem, f1))
    assert not low, low
