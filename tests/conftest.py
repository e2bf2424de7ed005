"""Shared fixtures: where the corpora live, and a helper that builds a folder and scores it against gold."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

# A build through the CLI would leave a warm extraction worker behind (pipeline/warm.py) for every test folder: off,
# for these processes and the ones they start. The warm worker's own tests start and stop theirs.
os.environ["COMPETENCY_KB_WARM_SECONDS"] = "0"

ROOT = Path(__file__).resolve().parent.parent
RAW_DOCS = ROOT / "raw_docs"
SEEDS = ROOT / "tests" / "corpus" / "seeds"
CORPUS = ROOT / "tests" / "corpus"
SCORE = ROOT / "tests" / "score.py"
SEED_NATIVE = sorted(p for p in RAW_DOCS.iterdir() if p.suffix in (".pdf", ".docx", ".html"))


def score(gold: Path, prediction: Path) -> tuple[float, str]:
    """Overall F1 of a prediction against a gold file or folder, with the scorer's full report."""
    out = subprocess.run(
        [sys.executable, str(SCORE), str(gold), str(prediction), "--verbose"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    f1 = float(re.search(r"^overall F1 ([0-9.]+)$", out, re.M).group(1))
    return f1, out


@pytest.fixture
def build_into(tmp_path):
    """Build a folder of documents into a fresh output folder; returns (exit code, output folder)."""
    from pipeline.build.run import BuildOptions, build

    def run(raw_dir: Path, workers: int = 1, out: Path | None = None):
        out = out or tmp_path / "out"
        outcome = build(BuildOptions(raw_dir=raw_dir, out_dir=out, workers=workers, cache_root=None, progress=False))
        return outcome.exit_code, out

    return run


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
