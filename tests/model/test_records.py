"""The record dataclasses keep what the schema requires whatever a pass hands them."""

from __future__ import annotations

import pytest

from pipeline.model.records import Item, Source

SOURCE = Source("doc", None)


@pytest.mark.parametrize("group, kept", [("", None), ("   ", None), (" Skills ", "Skills"), (None, None), ("A", "A")])
def test_an_items_group_is_trimmed_and_a_group_of_no_words_is_none(group, kept):
    assert Item("Listens.", SOURCE, group).group == kept
