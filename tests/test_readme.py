"""The README's tables stay true to the code: every warning code of the catalogue is documented."""

from __future__ import annotations

from pathlib import Path

from pipeline.model.issues import CATALOGUE

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_warning_code_is_in_the_readme_table():
    missing = [code for code in CATALOGUE if f"| `{code}` |" not in README]
    assert not missing, missing


def test_the_readme_names_no_removed_module():
    for gone in ("pipeline/readers/", "normalize.py", "table_layouts.py", "warm.py", "--warm-seconds"):
        assert gone not in README, gone
