"""Score a built corpus per document and overall, against its gold folder.

    python -m tools.corpus_scores GOLD_DIR OUT/competencies.json [--json FILE]

Each document's F1 counts only the predicted competencies whose `sources` name that document (so one document's
errors do not lower another's), scored with the shared scorer (tests/score.py, a copy of ../shared/tools/score.py).
The last line is the overall F1 of the whole prediction against the whole gold folder.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

SCORER = Path(__file__).resolve().parent.parent / "tests" / "score.py"


def f1_of(gold: Path, prediction: Path) -> float:
    out = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(prediction)], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"^overall F1 ([0-9.]+)$", out, re.M)
    assert match, out
    return float(match.group(1))


def per_document(gold_dir: Path, prediction: Path) -> dict[str, float]:
    data = json.loads(prediction.read_text(encoding="utf-8"))
    scores = {}
    with tempfile.TemporaryDirectory() as tmp:
        for gold in sorted(gold_dir.glob("*.json")):
            doc = gold.stem
            own = dict(data, competencies=[c for c in data["competencies"] if doc in c.get("sources", [])])
            path = Path(tmp) / f"{doc}.json"
            path.write_text(json.dumps(own), encoding="utf-8")
            scores[doc] = f1_of(gold, path)
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("prediction", type=Path)
    parser.add_argument("--json", type=Path, help="also write the scores to this file")
    args = parser.parse_args(argv)
    scores = per_document(args.gold, args.prediction)
    overall = f1_of(args.gold, args.prediction)
    for doc, f1 in scores.items():
        print(f"{f1:.3f}  {doc}")
    print(f"overall F1 {overall:.3f}")
    if args.json:
        args.json.write_text(json.dumps({"documents": scores, "overall": overall}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
