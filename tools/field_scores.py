"""Per-field F1 of one or more document sets, as a Markdown table (for the README).

    python -m tools.field_scores NAME=DOCS_DIR:GOLD_DIR [NAME=DOCS_DIR:GOLD_DIR ...]

Each set is built into a temporary folder (no cache) and scored with the shared scorer (tests/score.py); the table
has one row per field the scorer reports and one column per set, then the overall F1.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

SCORER = Path(__file__).resolve().parent.parent / "tests" / "score.py"
ROW = re.compile(
    r"^(?P<field>[a-z_]+(?: \(micro\))?|OVERALL \(micro\))"
    r"(?:\s+[\d.]+){5}\s+(?P<f1>[\d.]+)$"
)


def field_f1(docs: Path, gold: Path) -> dict[str, str]:
    from pipeline.build import BuildOptions, build

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        build(BuildOptions(raw_dir=docs, out_dir=out, workers=2, cache_root=None, progress=False))
        text = subprocess.run(
            [sys.executable, str(SCORER), str(gold), str(out / "competencies.json")],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    scores = {}
    for line in text.splitlines():
        m = ROW.match(line.strip())
        if m:
            scores[m["field"].replace(" (micro)", "").lower()] = m["f1"]
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", metavar="NAME=DOCS:GOLD")
    args = parser.parse_args(argv)
    columns: dict[str, dict[str, str]] = {}
    for spec in args.sets:
        name, paths = spec.split("=", 1)
        docs, gold = paths.split(":", 1)
        columns[name] = field_f1(Path(docs), Path(gold))
    fields = list(dict.fromkeys(f for scores in columns.values() for f in scores if f != "overall"))
    print("| field | " + " | ".join(columns) + " |")
    print("|---|" + "---:|" * len(columns))
    for f in [*fields, "overall"]:
        print(f"| {f} | " + " | ".join(columns[c].get(f, "–") for c in columns) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
