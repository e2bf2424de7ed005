"""The block store: blocks parked on disk per document, read back for the review page."""

from __future__ import annotations

from pipeline.build.blockstore import BlockStore

BLOCKS = [
    {"index": 0, "kind": "heading", "region": "body", "page": 1, "locator": "p1 l1", "text": "Teamwork — ✓"},
    {"index": 1, "kind": "bullet", "region": "body", "page": None, "locator": None, "text": 'x\n"y"'},
]


def test_blocks_come_back_per_document_and_an_unknown_one_has_none(tmp_path):
    with BlockStore(tmp_path) as store:
        store.put("a", BLOCKS)
        store.put("b", BLOCKS[:1])
        store.put("empty", [])
        assert store.get("b") == BLOCKS[:1]
        assert store.get("a") == BLOCKS
        assert store.get("empty") == []
        assert store.get("never-extracted") == []
        store.put("a", BLOCKS[1:])  # extracted again: the latest wins
        assert store.get("a") == BLOCKS[1:]
    assert list(tmp_path.iterdir()) == [], "nothing is left on disk"
