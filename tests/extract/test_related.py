"""Related competencies named in a sentence or a list, split into names."""

from __future__ import annotations

import pytest

from pipeline.extract.related import after_related, names_competencies, split_related

from .helpers import VOCAB


def test_parallel_modifiers_joined_by_and_share_the_last_ones_head_noun():
    assert split_related("Customer Focus, Verbal and Written communication.") == [
        "Customer Focus",
        "Verbal Communication",
        "Written Communication",
    ]


def test_an_and_in_a_name_before_the_last_keeps_every_name_whole():
    assert split_related("Coping with Pressure and Setbacks, Creating and Innovating") == [
        "Coping with Pressure and Setbacks",
        "Creating and Innovating",
    ]


def test_a_known_competency_name_with_and_is_kept_whole():
    assert split_related("Respecting Yourself and Others") == ["Respecting Yourself", "Others"]
    known = frozenset({"respecting yourself and others"})
    assert split_related("Respecting Yourself and Others", known) == ["Respecting Yourself and Others"]


def test_a_leading_the_competencies_of_is_no_name_and_names_are_capitalised():
    assert split_related("the competencies of Teamwork and Integrity.") == ["Teamwork", "Integrity"]
    assert split_related("teamwork; integrity") == ["Teamwork", "Integrity"]


def test_nouns_joined_by_and_are_separate_names():
    assert split_related("Planning and Organising") == ["Planning", "Organising"]


def test_nothing_names_nothing():
    assert split_related("") == []
    assert split_related(" ; , .") == []


@pytest.mark.parametrize(
    "text, names",
    [
        ("Partnering, Political Savvy and Oral Communication", True),
        ("the competencies of Teamwork, Integrity", True),
        ("the goals you are trying to achieve", False),
        ("Teamwork, and how we work together", False),
        ("", False),
    ],
)
def test_names_competencies_when_every_listed_part_starts_with_a_capital(text, names):
    assert names_competencies(text) is names


def test_after_related_gives_the_text_after_the_related_phrase():
    assert after_related("This is closely related to Teamwork.", VOCAB) == " Teamwork."
    assert after_related("Nothing of the kind", VOCAB) == "Nothing of the kind"
