"""Document ids: one per document, readable, and the same whatever order the files are found in."""

from __future__ import annotations

import csv
import random

from hypothesis import given
from hypothesis import strategies as st

from pipeline.build.run import BuildOptions, build
from pipeline.dataset.assemble import document_ids

from ..conftest import load


def test_a_plain_name_keeps_its_slug_and_a_clash_of_extensions_adds_the_extension():
    ids = document_ids(["customer-focus.pdf", "sub/Team Work.docx", "x.pdf", "x.docx"])
    assert ids == {
        "customer-focus.pdf": "customer-focus",
        "sub/Team Work.docx": "sub-team-work",
        "x.pdf": "x-pdf",
        "x.docx": "x-docx",
    }


def test_names_that_slug_alike_get_unique_ids():
    rels = ["a b.md", "a-b.md", "A_B.md", "a_b.md"]
    ids = document_ids(rels)
    assert len(set(ids.values())) == len(rels)
    assert all(doc_id.startswith("a-b-") for doc_id in ids.values())


def test_names_in_other_scripts_are_transliterated_not_lost():
    rels = ["Лидерство.md", "日本語.md", "القيادة.md", "Ηγεσία.md"]
    ids = document_ids(rels)
    assert ids["Лидерство.md"] == "liderstvo"
    assert ids["日本語.md"] == "ri-ben-yu"
    assert len(set(ids.values())) == 4 and "md" not in ids.values()


def test_an_id_hashed_to_break_a_clash_cannot_meet_another_files_plain_id():
    rels = ["x.pdf", "x.docx", "x-pdf.md"]  # "x.pdf" would take "x-pdf", the third file's own id
    ids = document_ids(rels)
    assert len(set(ids.values())) == 3


@given(st.lists(st.sampled_from(["a b", "a-b", "A_B", "x", "X", "Лидерство", "日本語", "sub/x", "sub x"]), max_size=8))
def test_ids_are_unique_and_do_not_depend_on_the_order_of_the_paths(stems):
    rels = sorted({f"{stem}{ext}" for stem, ext in zip(stems, [".md", ".txt", ".pdf"] * 3)})
    ids = document_ids(rels)
    assert len(set(ids.values())) == len(rels)
    shuffled = rels[:]
    random.Random(len(rels)).shuffle(shuffled)
    assert document_ids(shuffled) == ids


def test_a_build_of_clashing_and_non_latin_names_keeps_the_documents_table_key_unique(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for n, name in enumerate(["a b.md", "a-b.md", "A_B.md", "Лидерство.md", "日本語.md"]):
        (raw / name).write_text(f"# Skill {n}\n\nDefinition\n\nThe ability number {n}.\n", encoding="utf-8")
    outcome = build(BuildOptions(raw_dir=raw, out_dir=tmp_path / "out", cache_root=None, progress=False))
    assert outcome.exit_code == 0, outcome.messages
    documents = load(tmp_path / "out" / "competencies.json")["documents"]
    assert len({d["id"] for d in documents}) == 5
    with open(tmp_path / "out" / "tables" / "documents.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    key = next(k for k in rows[0] if k in ("id", "document_id"))
    assert len({r[key] for r in rows}) == 5
