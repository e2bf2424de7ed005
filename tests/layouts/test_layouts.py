"""One small document per layout the extraction must read (tests/layouts/docs/, written by make_documents.py), each
with a golden dump of its labelled tree (tests/layouts/golden/): every node, its label and the evidence, then the
competencies it gives and the warnings. A change in how any layout is read shows here as a diff to review.

Regenerate the goldens after reviewing the change:  COMPETENCY_KB_REGENERATE_GOLDENS=1 .venv/bin/python -m pytest
tests/layouts  (then run again without it). CI refuses the switch: `test_the_regenerate_switch_is_off` fails while it
is set, so goldens are never rewritten unreviewed.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLDEN = HERE / "golden"
SWITCH = "COMPETENCY_KB_REGENERATE_GOLDENS"
DOCUMENTS = sorted(DOCS.iterdir())


def dump(path: Path) -> str:
    from pipeline.build.jobs import inspect_document

    text, problem = inspect_document(path, evidence=True, width=120)
    assert problem is None, problem
    return text


def test_the_regenerate_switch_is_off():
    assert not os.environ.get(SWITCH), f"{SWITCH} is set: goldens were rewritten, review them and unset it"


def test_every_layout_document_has_a_golden():
    assert len(DOCUMENTS) >= 25
    assert {p.name for p in DOCUMENTS} == {p.name.removesuffix(".txt") for p in GOLDEN.glob("*.txt")}


@pytest.mark.parametrize("doc", DOCUMENTS, ids=lambda p: p.name)
def test_layout_reads_as_its_golden(doc):
    golden = GOLDEN / f"{doc.name}.txt"
    actual = dump(doc)
    if os.environ.get(SWITCH):
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), "golden", "now"))
    assert actual == expected, diff
