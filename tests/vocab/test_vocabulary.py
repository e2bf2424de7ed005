"""Loading the analyst's tables: once per process, since every document's extraction asks for them."""

from __future__ import annotations

from pipeline.vocab.vocabulary import load_vocabulary


def test_the_vocabulary_is_loaded_once_per_directory():
    assert load_vocabulary() is load_vocabulary()


def test_a_level_name_is_known_spelt_with_a_hyphen_or_a_space():
    vocab = load_vocabulary()
    assert vocab.level_names["entry level"] == vocab.level_names["entry-level"]
