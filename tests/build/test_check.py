"""`make check`: the committed output is what raw_docs/ gives today (this test is how `make test` runs it)."""

from __future__ import annotations

import json
import shutil

from pipeline.build.check import stale_outputs

from ..conftest import RAW_DOCS, ROOT


def test_committed_output_is_up_to_date():
    assert stale_outputs(RAW_DOCS, ROOT / "output") == []


def test_a_stale_output_is_named(tmp_path):
    out = tmp_path / "output"
    shutil.copytree(ROOT / "output", out)
    data = json.loads((out / "competencies.json").read_text(encoding="utf-8"))
    data["competencies"][0]["levels"][0]["behaviors"].pop()
    (out / "competencies.json").write_text(json.dumps(data), encoding="utf-8")
    (out / "tables" / "levels.csv").unlink()
    problems = stale_outputs(RAW_DOCS, out)
    assert any(p.startswith("competencies.json: differs") and "1 items added" in p for p in problems), problems
    assert "tables/levels.csv: missing from the committed output" in problems
