"""Analyst corrections: each action, stale and ambiguous corrections, idempotence, clear errors for a bad file."""

from __future__ import annotations

import copy
import re

import pytest

from pipeline.dataset import corrections as corrections_module
from pipeline.dataset.corrections import (
    ALREADY,
    AMBIGUOUS,
    APPLIED,
    STALE,
    CorrectionsError,
    apply_corrections,
    item_id,
    list_items,
    load_corrections,
    outcome_messages,
    parse_corrections,
)
from pipeline.dataset.validate import validate_dataset


def item(text: str, doc: str = "customer-focus", group: str | None = None, block: int = 0) -> dict:
    out = {
        "text": text,
        "source": {
            "document": doc,
            "page": None,
            "spans": [{"block": block, "page": None, "locator": f"line {block + 1}", "start": 0, "end": len(text)}],
        },
    }
    if group:
        out["group"] = group
    return out


def competency(name: str, cid: str, doc: str, **fields) -> dict:
    base = {
        "id": cid,
        "name": name,
        "definition": None,
        "key_words": [],
        "indicators": [],
        "levels": [],
        "activities": [],
        "courses": [],
        "readings": [],
        "related": [],
        "interview_questions": [],
        "tips": [],
        "notes": [],
        "sources": [doc],
    }
    base.update(fields)
    return base


def document(doc_id: str, path: str) -> dict:
    return {"id": doc_id, "path": path, "format": path.rsplit(".", 1)[1], "sha256": "0" * 64, "title": None}


def dataset() -> dict:
    focus = competency(
        "Customer Focus",
        "customer-focus",
        "customer-focus",
        levels=[
            {
                "rank": 1,
                "label": "Level 1",
                "behaviors": [
                    item("Listens to customers.", block=1),
                    item("Committed to overall quality of service.", block=2),
                ],
            },
            {"rank": 4, "label": "Level 4", "behaviors": [item("Anticipates needs.", block=3)]},
        ],
        activities=[
            item("Shadow a manager. Keep a log.", group="Practice", block=4),
            item("Foresees and meets needs.", block=5),
        ],
        readings=[
            {
                "text": "Smith, J. Serving Well. Acme, 2001.",
                "title": "Serving Well",
                "authors": ["J. Smith"],
                "publisher": "Acme",
                "year": 2001,
                "description": None,
                "source": {"document": "customer-focus", "page": None},
            }
        ],
    )
    orientation = competency(
        "Customer Service Orientation",
        "customer-service-orientation",
        "customer-service-orientation",
        indicators=[
            item("Listens to the customer and", "customer-service-orientation", block=1),
            item("asks questions to understand the need.", "customer-service-orientation", block=2),
        ],
    )
    resp = competency(
        "Responsiveness And Follow Up",
        "responsiveness-and-follow-up",
        "responsiveness-and-follow-up",
        notes=[item("Returns calls.", "responsiveness-and-follow-up")],
    )
    shared = "Shares information."
    dictionary = [
        competency("Teamwork", "teamwork", "dictionary", indicators=[item(shared, "dictionary")]),
        competency("Integrity", "integrity", "dictionary", indicators=[item(shared, "dictionary")]),
    ]
    return {
        "schema_version": "1.0.0",
        "documents": [
            document("customer-focus", "customer-focus.html"),
            document("dictionary", "dictionary.pdf"),
            document("customer-service-orientation", "customer-service-orientation.docx"),
            document("responsiveness-and-follow-up", "responsiveness-and-follow-up.pdf"),
        ],
        "competencies": sorted([focus, orientation, resp, *dictionary], key=lambda c: c["id"]),
    }


def comp(data: dict, cid: str) -> dict:
    return next(c for c in data["competencies"] if c["id"] == cid)


def run(yaml_text: str, data: dict | None = None):
    data = data or dataset()
    corrected, outcomes = apply_corrections(data, parse_corrections(yaml_text))
    assert validate_dataset(corrected) == []
    return corrected, outcomes


def statuses(outcomes) -> list[str]:
    return [o.status for o in outcomes]


def test_set_name_renames_reslugs_and_keeps_the_order():
    data, outcomes = run("""
corrections:
  - document: responsiveness-and-follow-up.pdf
    set_name: "Responsiveness & Follow-up"
""")
    assert statuses(outcomes) == [APPLIED]
    renamed = comp(data, "responsiveness-follow-up")
    assert renamed["name"] == "Responsiveness & Follow-up"
    assert [c["id"] for c in data["competencies"]] == sorted(c["id"] for c in data["competencies"])
    assert "responsiveness-and-follow-up" not in {c["id"] for c in data["competencies"]}


def test_set_name_onto_an_existing_competency_merges_them():
    data, outcomes = run("""
corrections:
  - document: responsiveness-and-follow-up
    set_name: Customer Focus
""")
    assert statuses(outcomes) == [APPLIED] and "merged" in outcomes[0].detail
    merged = comp(data, "customer-focus")
    assert merged["sources"] == ["customer-focus", "responsiveness-and-follow-up"]
    assert [n["text"] for n in merged["notes"]] == ["Returns calls."]
    assert len(data["competencies"]) == len(dataset()["competencies"]) - 1


def test_set_name_needs_competency_when_the_document_has_several():
    data, outcomes = run("""
corrections:
  - document: dictionary
    set_name: Team Work
  - document: dictionary
    competency: Teamwork
    set_name: Team Work
""")
    assert statuses(outcomes) == [AMBIGUOUS, APPLIED]
    assert "2 competencies" in outcomes[0].detail
    assert comp(data, "team-work")["name"] == "Team Work"


def test_move_to_a_level_to_notes_and_to_a_group():
    data, outcomes = run("""
corrections:
  - document: customer-focus
    match: "committed to   overall quality of service."
    move_to: {field: levels, level: 4}
  - document: customer-focus
    match: Anticipates needs.
    move_to: {field: notes}
  - document: customer-focus
    match: Foresees and meets needs.
    move_to: {field: activities, group: Practice}
""")
    assert statuses(outcomes) == [APPLIED] * 3
    focus = comp(data, "customer-focus")
    assert [b["text"] for b in focus["levels"][0]["behaviors"]] == ["Listens to customers."]
    assert [b["text"] for b in focus["levels"][1]["behaviors"]] == ["Committed to overall quality of service."]
    assert [n["text"] for n in focus["notes"]] == ["Anticipates needs."]
    assert focus["activities"][-1] == item("Foresees and meets needs.", group="Practice", block=5)


def test_move_to_a_missing_level_needs_its_label():
    data, outcomes = run("""
corrections:
  - document: customer-focus
    match: Anticipates needs.
    move_to: {field: levels, level: 5}
  - document: customer-focus
    match: Anticipates needs.
    move_to: {field: levels, level: 5, label: Level 5}
""")
    assert statuses(outcomes) == [STALE, APPLIED]
    assert "no level 5" in outcomes[0].detail
    assert [(lv["rank"], lv["label"], len(lv["behaviors"])) for lv in comp(data, "customer-focus")["levels"]] == [
        (1, "Level 1", 2),
        (4, "Level 4", 0),
        (5, "Level 5", 1),
    ]


def test_a_reading_moved_to_notes_becomes_an_item():
    data, _ = run("""
corrections:
  - document: customer-focus
    match: Smith, J. Serving Well. Acme, 2001.
    move_to: {field: notes}
""")
    focus = comp(data, "customer-focus")
    assert focus["readings"] == [] and focus["notes"][0]["text"] == "Smith, J. Serving Well. Acme, 2001."


def test_drop():
    data, outcomes = run("""
corrections:
  - document: customer-focus.html
    match: Foresees and meets needs.
    drop: true
    reason: boilerplate of the site
""")
    assert statuses(outcomes) == [APPLIED] and outcomes[0].as_dict()["reason"] == "boilerplate of the site"
    assert [a["text"] for a in comp(data, "customer-focus")["activities"]] == ["Shadow a manager. Keep a log."]


def test_merge_joins_texts_and_sources_in_place():
    data, outcomes = run("""
corrections:
  - document: customer-service-orientation
    merge: ["Listens to the customer and", "asks questions to understand the need."]
""")
    assert statuses(outcomes) == [APPLIED]
    (merged,) = comp(data, "customer-service-orientation")["indicators"]
    assert merged["text"] == "Listens to the customer and asks questions to understand the need."
    assert [s["block"] for s in merged["source"]["spans"]] == [1, 2]


def test_split_one_item_into_several_in_place():
    data, outcomes = run("""
corrections:
  - document: customer-focus
    match: Shadow a manager. Keep a log.
    split: [Shadow a manager., Keep a log.]
""")
    assert statuses(outcomes) == [APPLIED]
    activities = comp(data, "customer-focus")["activities"]
    assert [(a["text"], a.get("group")) for a in activities] == [
        ("Shadow a manager.", "Practice"),
        ("Keep a log.", "Practice"),
        ("Foresees and meets needs.", None),
    ]


def test_an_item_id_names_an_item_even_after_a_rename_in_the_same_run():
    ref = next(r for r in list_items(dataset(), "customer-focus") if r.text == "Anticipates needs.")
    assert ref.item_id == item_id("customer-focus", "levels", "anticipates   NEEDS.") and ref.level == 4
    data, outcomes = run(f"""
corrections:
  - document: customer-focus
    set_name: Customer Focus Skills
  - document: customer-focus
    item_id: "{ref.item_id}"
    drop: true
""")
    assert statuses(outcomes) == [APPLIED, APPLIED]
    assert comp(data, "customer-focus-skills")["levels"][1]["behaviors"] == []


def test_in_narrows_an_ambiguous_match():
    data, outcomes = run("""
corrections:
  - document: dictionary
    match: Shares information.
    move_to: {field: notes}
  - document: dictionary
    competency: Integrity
    match: Shares information.
    move_to: {field: notes}
""")
    assert statuses(outcomes) == [AMBIGUOUS, APPLIED]
    assert "narrow it" in outcomes[0].detail
    assert comp(data, "integrity")["notes"][0]["text"] == "Shares information."
    assert comp(data, "teamwork")["indicators"][0]["text"] == "Shares information."


def test_a_vanished_text_or_document_is_stale_and_reported():
    data, outcomes = run("""
corrections:
  - document: customer-focus
    match: This sentence is not in the document.
    drop: true
  - document: retired-guide.pdf
    match: Anything.
    drop: true
  - document: customer-focus
    in: {field: tips}
    match: Listens to customers.
    drop: true
""")
    assert statuses(outcomes) == [STALE, STALE, STALE]
    assert outcomes[0].detail == (
        "document customer-focus no longer contains an item with text 'This sentence is not in the document.'"
    )
    assert "no such document 'retired-guide.pdf'" in outcomes[1].detail
    assert "in tips" in outcomes[2].detail
    assert data == dataset()
    messages = outcome_messages(outcomes)
    assert len(messages) == 3 and messages[0].startswith("corrections.yaml line 3: stale: drop")


def test_the_text_of_another_document_does_not_match():
    _, outcomes = run("""
corrections:
  - document: responsiveness-and-follow-up
    match: Listens to customers.
    drop: true
""")
    assert statuses(outcomes) == [STALE]


EVERY_ACTION = """
corrections:
  - document: responsiveness-and-follow-up
    set_name: "Responsiveness & Follow-up"
  - document: customer-focus
    match: Committed to overall quality of service.
    move_to: {field: levels, level: 4}
  - document: customer-service-orientation
    merge: ["Listens to the customer and", "asks questions to understand the need."]
  - document: customer-focus
    match: Shadow a manager. Keep a log.
    split: [Shadow a manager., Keep a log.]
  - document: customer-focus
    match: Foresees and meets needs.
    drop: true
"""


def test_applying_twice_changes_nothing_more():
    once, first = run(EVERY_ACTION)
    twice, second = run(EVERY_ACTION, copy.deepcopy(once))
    assert statuses(first) == [APPLIED] * 5
    assert statuses(second) == [ALREADY, ALREADY, ALREADY, ALREADY, STALE]
    assert twice == once


def test_the_input_dataset_is_not_changed():
    data = dataset()
    apply_corrections(data, parse_corrections(EVERY_ACTION))
    assert data == dataset()


def test_the_documented_example_is_a_valid_file():
    example = re.search(r"\n(    corrections:\n.*?)\n\n", corrections_module.__doc__, re.S).group(1)
    parsed = parse_corrections("\n".join(line[4:] for line in example.splitlines()))
    assert [c.action for c in parsed] == ["set_name", "move_to", "drop", "merge", "split", "drop"]
    assert parsed[1].target.level == 4 and parsed[5].within.level == 2 and parsed[5].competency == "Teamwork"


def test_load_corrections_from_a_raw_folder(tmp_path):
    assert load_corrections(tmp_path) == []
    (tmp_path / "corrections.yaml").write_text(EVERY_ACTION, encoding="utf-8")
    loaded = load_corrections(tmp_path)
    assert [c.line for c in loaded] == [3, 5, 8, 10, 13]
    (tmp_path / "corrections.yaml").write_text("", encoding="utf-8")
    assert load_corrections(tmp_path) == []


BAD_FILES = {
    "invalid yaml": ("corrections:\n  - document: x\n    drop: [true\n", r"line \d+: not valid YAML"),
    "top level": ("- document: x\n", r"line 1: expected one key 'corrections:'"),
    "not a list": ("corrections:\n  document: x\n", r"line 2: 'corrections:' must be a list"),
    "not a mapping": ("corrections:\n  - just text\n", r"line 2: a correction is a mapping"),
    "unknown key": (
        "corrections:\n  - document: x\n    match: a\n    dorp: true\n",
        r"line 4: unknown key 'dorp' \(did you mean 'drop'\?\)",
    ),
    "no action": ("corrections:\n  - document: x\n    match: a\n", r"line 2: .*exactly one action.*found none"),
    "two actions": (
        "corrections:\n\n  - document: x\n    match: a\n    drop: true\n    split: [a, b]\n",
        r"line 3: .*found drop, split",
    ),
    "no document": ("corrections:\n  - match: a\n    drop: true\n", r"line 2: document: is missing"),
    "no item": ("corrections:\n  - document: x\n    drop: true\n", r"line 2: drop needs the item"),
    "both finders": (
        "corrections:\n  - document: x\n    match: a\n    item_id: 'abcdefabcdef'\n    drop: true\n",
        r"line 2: drop needs the item",
    ),
    "drop false": (
        "corrections:\n  - document: x\n    match: a\n    drop: false\n",
        r"line 4: drop: write 'drop: true'",
    ),
    "merge one": ("corrections:\n  - document: x\n    merge: [a]\n", r"line 3: merge: takes a list of two or more"),
    "bad field": (
        "corrections:\n  - document: x\n    match: a\n    move_to: {field: readings}\n",
        r"line 4: move_to: field: must be one of indicators, levels",
    ),
    "level not levels": (
        "corrections:\n  - document: x\n    match: a\n    move_to: {field: notes, level: 2}\n",
        r"line 2: move_to: level: is a rank",
    ),
    "levels no level": (
        "corrections:\n  - document: x\n    match: a\n    move_to: {field: levels}\n",
        r"line 2: move_to: field: levels needs level:",
    ),
    "bad item id": ("corrections:\n  - document: x\n    item_id: xyz\n    drop: true\n", r"line 3: item_id: is 12"),
    "duplicate key": (
        "corrections:\n  - document: x\n    match: a\n    match: b\n    drop: true\n",
        r"line 4: not valid YAML: duplicate key 'match'",
    ),
    "empty name": ("corrections:\n  - document: x\n    set_name: '&'\n", r"line 2: set_name '&' has no letter"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_a_clear_error_naming_the_line(case):
    text, message = BAD_FILES[case]
    with pytest.raises(CorrectionsError, match=r"^corrections\.yaml " + message):
        parse_corrections(text)


def test_a_bad_file_names_its_path(tmp_path):
    (tmp_path / "corrections.yml").write_text("corrections:\n  - 3\n", encoding="utf-8")
    with pytest.raises(CorrectionsError, match=r"corrections\.yml line 2"):
        load_corrections(tmp_path)
