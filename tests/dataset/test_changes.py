"""Changes between two datasets: exactly the edits made, nothing for identical data, a readable changes.md."""

from __future__ import annotations

import copy
import json

import pytest

from pipeline.dataset.changes import compare, has_changes, similarity
from pipeline.export.canonical import write_streamed
from pipeline.export.changes import diff_files, load_dataset_stream, read_dataset_file, render_markdown

from ..conftest import ROOT

PUBLISHED = ROOT / "output" / "competencies.json"


def item(text: str, group: str | None = None, doc: str = "alpha") -> dict:
    out = {"text": text, "source": {"document": doc, "page": None}}
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


def dataset() -> dict:
    return {
        "schema_version": "1.0.0",
        "documents": [
            {"id": "alpha", "path": "alpha.pdf", "format": "pdf", "sha256": "1" * 64, "title": None},
            {"id": "beta", "path": "beta.docx", "format": "docx", "sha256": "2" * 64, "title": None},
        ],
        "competencies": [
            competency(
                "Customer Focus",
                "customer-focus",
                "alpha",
                definition="Puts the customer first.",
                levels=[
                    {
                        "rank": 1,
                        "label": "Level 1",
                        "behaviors": [
                            item("Listens to customers and asks questions."),
                            item("Responds to requests within one day."),
                        ],
                    },
                    {"rank": 2, "label": "Level 2", "behaviors": [item("Anticipates customer needs.")]},
                ],
                activities=[
                    item("Shadow a service manager for a day.", "Practice"),
                    item("Keep a log of customer problems.", "Practice"),
                    item("Read the complaints report every week.", "Study"),
                ],
                readings=[
                    {
                        "text": "Smith, J. Serving Well. Acme, 2001.",
                        "title": "Serving Well",
                        "authors": ["J. Smith"],
                        "publisher": "Acme",
                        "year": 2001,
                        "description": None,
                        "source": {"document": "alpha", "page": 1},
                    }
                ],
            ),
            competency(
                "Responsivness",
                "responsivness",
                "beta",
                definition="Answers promptly and follows up.",
                indicators=[
                    item("Returns calls the same day.", doc="beta"),
                    item("Follows up on open requests.", doc="beta"),
                    item("Keeps customers informed of delays.", doc="beta"),
                ],
            ),
        ],
    }


def edited() -> dict:
    """One behavior reworded, one activity removed, one competency added, one renamed."""
    data = dataset()
    focus, resp = data["competencies"]
    focus["levels"][0]["behaviors"][1]["text"] = "Responds to requests within two days."
    del focus["activities"][1]
    resp["name"], resp["id"] = "Responsiveness", "responsiveness"
    data["competencies"].append(competency("Teamwork", "teamwork", "beta", notes=[item("Works with others.")]))
    data["competencies"].sort(key=lambda c: c["id"])
    return data


def test_identical_datasets_have_no_changes():
    changes = compare(dataset(), dataset())
    assert not has_changes(changes)
    assert changes["competencies"] == {"added": [], "removed": [], "renamed": [], "changed": []}
    assert "No changes." in render_markdown(changes)


def test_a_hand_made_edit_yields_exactly_those_changes():
    changes = compare(dataset(), edited())
    comps = changes["competencies"]
    assert comps["added"] == [{"id": "teamwork", "name": "Teamwork", "sources": ["beta"]}]
    assert comps["removed"] == []
    assert [(r["old_id"], r["new_id"]) for r in comps["renamed"]] == [("responsivness", "responsiveness")]
    (changed,) = comps["changed"]
    assert changed["id"] == "customer-focus" and changed["sources"] == ["alpha"]
    assert changed["fields"] == {
        "levels": {
            "added": [],
            "removed": [],
            "changed": [
                {
                    "old": "Responds to requests within one day.",
                    "new": "Responds to requests within two days.",
                    "level": 1,
                }
            ],
        },
        "activities": {
            "added": [],
            "removed": [{"text": "Keep a log of customer problems.", "group": "Practice"}],
            "changed": [],
        },
    }
    assert changes["documents"] == {"added": [], "removed": [], "changed": []}
    s = changes["summary"]
    assert (s["competencies_added"], s["competencies_renamed"], s["competencies_changed"]) == (1, 1, 1)
    assert (s["items_added"], s["items_removed"], s["items_changed"]) == (0, 1, 1)


def test_the_markdown_mentions_each_change():
    md = render_markdown(compare(dataset(), edited()))
    assert md.startswith("# Changes\n")
    for text in (
        "1 added",
        "1 renamed",
        "Teamwork",
        "Responsivness",
        "Responsiveness",
        "`responsiveness`",
        "Responds to requests within one day.",
        "Responds to requests within two days.",
        "Keep a log of customer problems.",
        "level 1",
        "“Practice”",
        "## Customer Focus (`customer-focus`)",
        "From `alpha`",
    ):
        assert text in md, text


def test_no_previous_dataset_means_everything_added():
    changes = compare(None, dataset())
    assert [c["id"] for c in changes["competencies"]["added"]] == ["customer-focus", "responsivness"]
    assert [d["id"] for d in changes["documents"]["added"]] == ["alpha", "beta"]
    assert changes["competencies"]["changed"] == []


def test_documents_added_removed_and_changed_by_hash():
    new = dataset()
    new["documents"][0]["sha256"] = "3" * 64
    new["documents"][1:] = [{"id": "gamma", "path": "gamma.html", "format": "html", "sha256": "4" * 64, "title": None}]
    docs = compare(dataset(), new)["documents"]
    assert docs["added"] == [{"id": "gamma", "path": "gamma.html"}]
    assert docs["removed"] == [{"id": "beta", "path": "beta.docx"}]
    assert docs["changed"] == [{"id": "alpha", "path": "alpha.pdf", "old_sha256": "1" * 64, "new_sha256": "3" * 64}]


def test_a_competency_with_other_sources_is_not_a_rename():
    new = dataset()
    resp = new["competencies"][1]
    resp["id"], resp["name"], resp["sources"] = "responsiveness", "Responsiveness", ["alpha"]
    comps = compare(dataset(), new)["competencies"]
    assert comps["renamed"] == []
    assert [c["id"] for c in comps["added"]] == ["responsiveness"]
    assert [c["id"] for c in comps["removed"]] == ["responsivness"]


def test_a_renamed_competency_also_reports_its_field_changes():
    new = edited()
    resp = next(c for c in new["competencies"] if c["id"] == "responsiveness")
    resp["indicators"].append(item("Closes every ticket.", doc="beta"))
    (changed,) = [c for c in compare(dataset(), new)["competencies"]["changed"] if c["id"] == "responsiveness"]
    assert changed["renamed_from"] == "responsivness"
    assert changed["fields"] == {
        "indicators": {"added": [{"text": "Closes every ticket."}], "removed": [], "changed": []}
    }


def test_items_moved_between_places_and_level_labels():
    new = dataset()
    focus = new["competencies"][0]
    moved = focus["levels"][0]["behaviors"].pop(0)
    focus["levels"][1]["behaviors"].append(moved)
    focus["levels"][1]["label"] = "Level II"
    focus["activities"][2]["group"] = "Practice"
    fields = compare(dataset(), new)["competencies"]["changed"][0]["fields"]
    assert fields["levels"]["changed"] == [
        {"level": 2, "part": "label", "old": "Level 2", "new": "Level II"},
        {
            "old": "Listens to customers and asks questions.",
            "new": "Listens to customers and asks questions.",
            "level": 2,
            "from_level": 1,
        },
    ]
    assert fields["activities"]["changed"][0]["from_group"] == "Study"
    md = render_markdown(compare(dataset(), new))
    assert "- moved from level 1 to level 2: “Listens to customers" in md
    assert "- moved from “Study” to “Practice”: “Read the complaints report every week.”" in md
    assert "level 2 label, changed: “Level 2” → “Level II”" in md


def test_definition_key_words_readings_and_related():
    new = dataset()
    focus = new["competencies"][0]
    focus["definition"] = "Puts the customer first, always."
    focus["key_words"] = ["service"]
    focus["related"] = ["Teamwork"]
    focus["readings"][0].update(text="Smith, J. Serving Well. Acme, 2002.", year=2002)
    fields = compare(dataset(), new)["competencies"]["changed"][0]["fields"]
    assert fields["definition"]["changed"] == [
        {"old": "Puts the customer first.", "new": "Puts the customer first, always."}
    ]
    assert fields["key_words"]["added"] == [{"text": "service"}]
    assert fields["related"]["added"] == [{"text": "Teamwork"}]
    assert fields["readings"]["changed"] == [
        {"old": "Smith, J. Serving Well. Acme, 2001.", "new": "Smith, J. Serving Well. Acme, 2002."}
    ]


def test_a_rewritten_item_is_a_removal_and_an_addition():
    new = dataset()
    new["competencies"][0]["levels"][1]["behaviors"][0]["text"] = "Builds lasting partnerships with clients."
    levels = compare(dataset(), new)["competencies"]["changed"][0]["fields"]["levels"]
    assert levels["removed"] == [{"text": "Anticipates customer needs.", "level": 2}]
    assert levels["added"] == [{"text": "Builds lasting partnerships with clients.", "level": 2}]


def test_similarity_counts_shared_words_of_the_longer_text():
    assert similarity("Responds within one day.", "responds within one day") == 1.0
    assert similarity("a b c d e", "a b c x y") == 0.6
    assert similarity("a b", "a b c d") == 0.5


def test_the_comparison_is_deterministic():
    assert json.dumps(compare(dataset(), edited())) == json.dumps(compare(copy.deepcopy(dataset()), edited()))


def test_diff_files_reads_both_and_treats_a_missing_old_file_as_empty(tmp_path):
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(dataset()), encoding="utf-8")
    new.write_text(json.dumps(edited()), encoding="utf-8")
    assert diff_files(old, new) == compare(dataset(), edited())
    assert diff_files(tmp_path / "missing.json", new) == compare(None, edited())
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.json"):
        read_dataset_file(tmp_path / "bad.json")


@pytest.mark.parametrize("direction", ["forward", "backward"])
def test_a_previous_dataset_read_one_competency_at_a_time_gives_the_same_changes(tmp_path, direction):
    old, new = (dataset(), edited()) if direction == "forward" else (edited(), dataset())
    write_streamed(tmp_path / "old.json", old)
    streamed = load_dataset_stream(tmp_path / "old.json")
    assert "documents" not in streamed, "nothing but the competencies iterator before it is read"
    assert compare(streamed, new) == compare(old, new)
    assert streamed["documents"] == old["documents"]


def test_an_edit_of_the_published_dataset():
    old = json.loads(PUBLISHED.read_text(encoding="utf-8"))  # output/ is committed
    assert len(old["competencies"]) >= 2 and any(c["levels"] and c["activities"] for c in old["competencies"])
    new = copy.deepcopy(old)
    target = next(c for c in new["competencies"] if c["levels"] and c["activities"] and c["levels"][0]["behaviors"])
    behavior = target["levels"][0]["behaviors"][0]
    before_text = behavior["text"]
    behavior["text"] += " Every time."
    removed = target["activities"].pop()
    renamed = next(c for c in new["competencies"] if c is not target)
    old_id = renamed["id"]
    renamed["name"] += " Renamed"
    renamed["id"] += "-renamed"
    new["competencies"].append(copy.deepcopy(target) | {"id": "zz-new", "name": "Zz New"})
    new["competencies"].sort(key=lambda c: c["id"])

    changes = compare(old, new)
    comps = changes["competencies"]
    assert [c["id"] for c in comps["added"]] == ["zz-new"] and comps["removed"] == []
    assert [(r["old_id"], r["new_id"]) for r in comps["renamed"]] == [(old_id, old_id + "-renamed")]
    (changed,) = comps["changed"]
    assert changed["id"] == target["id"] and set(changed["fields"]) == {"levels", "activities"}
    assert changed["fields"]["levels"]["changed"] == [
        {"old": before_text, "new": before_text + " Every time.", "level": target["levels"][0]["rank"]}
    ]
    assert [e["text"] for e in changed["fields"]["activities"]["removed"]] == [removed["text"]]
    assert not has_changes(compare(old, copy.deepcopy(old)))
