"""`competency-kb check`: is the committed output what the documents give today? Rebuilds into a temporary folder
and compares the deterministic outputs file by file, naming every difference."""

from __future__ import annotations

import tempfile
from pathlib import Path

from .run import BuildOptions, build

# Outputs that must be byte-identical; the build report (timestamps), the change report (relative to the previous
# build) and Parquet files (pyarrow writes its own version into them) are not compared.
COMPARED = ("competencies.json", "case.json", "review.html", "tables/*.csv", "tables/datapackage.json")


def stale_outputs(raw_dir: Path, out_dir: Path, workers: int = 1, cache_root: Path | None = None) -> list[str]:
    """Differences between the committed output and a fresh build, one line each; [] when up to date."""
    with tempfile.TemporaryDirectory(prefix="competency-kb-check-") as tmp:
        fresh = Path(tmp) / "out"
        build(BuildOptions(raw_dir=raw_dir, out_dir=fresh, workers=workers, cache_root=cache_root, progress=False))
        return _differences(out_dir, fresh)


def _differences(committed: Path, fresh: Path) -> list[str]:
    problems = []
    names = sorted(
        {
            p.relative_to(root).as_posix()
            for root in (committed, fresh)
            for pattern in COMPARED
            for p in root.glob(pattern)
        }
    )
    for name in names:
        a, b = committed / name, fresh / name
        if not a.exists():
            problems.append(f"{name}: missing from the committed output")
        elif not b.exists():
            problems.append(f"{name}: committed but no longer built")
        elif a.read_bytes() != b.read_bytes():
            problems.append(f"{name}: differs from a fresh build" + _detail(name, a, b))
    return problems


def _detail(name: str, committed: Path, fresh: Path) -> str:
    if name != "competencies.json":
        return ""
    from ..export.changes import diff_files, headline

    return f" ({headline(diff_files(committed, fresh)['summary'])})"
