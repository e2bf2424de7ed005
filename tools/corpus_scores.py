"""Score a built corpus per document and overall, against its gold folder.

    python -m tools.corpus_scores GOLD_DIR OUT/competencies.json [--json FILE]
    python -m tools.corpus_scores GOLD_DIR OUT/competencies.json --alone DOCS_DIR

Each document's F1 counts only the predicted competencies whose `sources` name that document (so one document's
errors do not lower another's), scored with the shared scorer (tests/score.py, a copy of ../shared/tools/score.py).
With --alone, each document of DOCS_DIR is built on its own (in this process) and scored against its own gold: a
competency two documents share is then not merged across them. The last line is the overall F1 of the whole
prediction against the whole gold folder.
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


def alone(gold_dir: Path, docs: Path) -> dict[str, float]:
    """Each document built on its own and scored against its own gold file."""
    import shutil

    from pipeline.build import BuildOptions, build
    from pipeline.model.errors import BuildError

    scores = {}
    with tempfile.TemporaryDirectory() as tmp:
        for gold in sorted(gold_dir.glob("*.json")):
            doc = next((p for p in docs.iterdir() if p.stem == gold.stem and p.suffix != ".json"), None)
            if doc is None:
                continue
            raw = Path(tmp) / gold.stem / "raw"
            raw.mkdir(parents=True)
            shutil.copy(doc, raw / doc.name)
            out = Path(tmp) / gold.stem / "out"
            try:
                build(BuildOptions(raw_dir=raw, out_dir=out, workers=1, cache_root=None, progress=False))
            except BuildError:
                scores[gold.stem] = 0.0  # the document could not be read: nothing of it is in the dataset
                continue
            scores[gold.stem] = f1_of(gold, out / "competencies.json")
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("prediction", type=Path)
    parser.add_argument("--json", type=Path, help="also write the scores to this file")
    parser.add_argument("--alone", type=Path, metavar="DOCS_DIR", help="build and score each document on its own")
    args = parser.parse_args(argv)
    scores = alone(args.gold, args.alone) if args.alone else per_document(args.gold, args.prediction)
    overall = f1_of(args.gold, args.prediction)
    for doc, f1 in scores.items():
        print(f"{f1:.3f}  {doc}")
    print(f"overall F1 {overall:.3f}")
    if args.json:
        args.json.write_text(json.dumps({"documents": scores, "overall": overall}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
