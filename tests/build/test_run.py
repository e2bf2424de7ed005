"""End-to-end builds: the seeds in both forms, validation before publishing, exit codes."""

from __future__ import annotations

import shutil

import pytest

from pipeline.build import run as build_module
from pipeline.dataset.validate import validate_dataset
from pipeline.model.errors import BuildError

from ..conftest import RAW_DOCS, SEEDS, load, score


def test_raw_docs_build_validates_and_matches_gold_exactly(build_into):
    code, out = build_into(RAW_DOCS)
    assert code == 0
    data = load(out / "competencies.json")
    assert validate_dataset(data) == []
    assert [d["id"] for d in data["documents"]] == sorted(d["id"] for d in data["documents"])
    f1, report = score(SEEDS / "gold", out / "competencies.json")
    assert f1 == 1.0, report


TXT_TARGETS = {"customer-service-development-suggestions": 0.75}


@pytest.mark.parametrize("txt", sorted((SEEDS / "txt").glob("*.txt")), ids=lambda p: p.stem)
def test_each_seed_text_alone_without_manifest(txt, tmp_path, build_into):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(txt, raw)
    code, out = build_into(raw)
    assert code == 0
    f1, report = score(SEEDS / "gold" / f"{txt.stem}.json", out / "competencies.json")
    assert f1 >= TXT_TARGETS.get(txt.stem, 0.95), report


def test_the_name_a_document_lacks_is_guessed_with_a_warning(tmp_path, build_into):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW_DOCS / "responsiveness-and-follow-up.pdf", raw)
    code, out = build_into(raw)
    report = load(out / "build-report.json")
    (doc,) = report["documents"]
    assert [w["code"] for w in doc["warnings"]] == ["name-from-file"] and "guessed" in doc["warnings"][0]["message"]
    assert load(out / "competencies.json")["competencies"][0]["name"] == "Responsiveness And Follow Up"


def test_an_invalid_dataset_publishes_nothing_and_names_path_and_document(tmp_path, monkeypatch, build_into):
    out = tmp_path / "out"
    code, _ = build_into(RAW_DOCS, out=out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    real = build_module.assemble

    def broken(results):
        data = real(results)
        data["competencies"][0]["levels"][0]["rank"] = 0
        return data

    monkeypatch.setattr(build_module, "assemble", broken)
    with pytest.raises(BuildError) as err:
        build_into(RAW_DOCS, out=out)
    assert "$.competencies[0].levels[0].rank" in str(err.value)
    assert "customer-focus" in str(err.value)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_a_document_whose_records_break_the_schema_fails_alone_and_the_rest_is_published(
    tmp_path, monkeypatch, build_into
):
    """An extraction bug (an empty group name, say) in one document: that document fails with the schema problem as
    its reason, the others are built and published."""
    from pipeline.build import jobs as jobs_module

    real = jobs_module.records_problem

    def breaks_customer_focus(competencies):
        if any(c["name"] == "Customer Focus" for c in competencies):
            return real([{**c, "name": ""} for c in competencies])
        return real(competencies)

    monkeypatch.setattr(jobs_module, "records_problem", breaks_customer_focus)
    code, out = build_into(RAW_DOCS)
    report = load(out / "build-report.json")
    failed = [d for d in report["documents"] if d["status"] == "failed"]
    assert [d["path"] for d in failed] == ["customer-focus.html"]
    assert "break the dataset's schema ($.competencies[0].name" in failed[0]["reason"]
    names = [c["name"] for c in load(out / "competencies.json")["competencies"]]
    assert "Customer Focus" not in names and len(names) == len(report["documents"]) - 1


def test_blocks_wait_on_disk_not_in_memory_and_still_reach_the_review_page(tmp_path, monkeypatch, build_into):
    held = []
    real = build_module.assemble

    def watching(results):
        held.extend(sorted(k for r in results for k in r))
        return real(results)

    monkeypatch.setattr(build_module, "assemble", watching)
    code, out = build_into(RAW_DOCS)
    assert code == 0 and held and "blocks" not in held
    page = (out / "review.html").read_text(encoding="utf-8")
    assert page.count("class='block ") > 100  # every document's text, read back from the block store
    assert "id='customer-focus-b0'" in page and not list(tmp_path.glob("**/competency-kb-*"))


def test_cli_build_and_exit_code(tmp_path):
    from pipeline.cli import main

    assert main(["build", str(RAW_DOCS), "--out", str(tmp_path / "o"), "--workers", "1"]) == 0
    assert main(["validate", str(tmp_path / "o" / "competencies.json")]) == 0
    assert main(["build", str(tmp_path / "missing"), "--out", str(tmp_path / "o2")]) == 2
    assert not (tmp_path / "o2").exists()


def test_the_seed_text_folder_builds_as_a_whole(build_into):
    code, out = build_into(SEEDS / "txt", workers=2)
    assert code == 0
    data = load(out / "competencies.json")
    assert validate_dataset(data) == [] and len(data["competencies"]) == 5
    assert {d["format"] for d in data["documents"]} == {"txt"}


def test_writers_side_by_side_all_run_and_any_failure_fails(tmp_path):
    from pipeline.build.run import side_by_side

    def write(name):
        return lambda: (tmp_path / name).write_text(name, encoding="utf-8")

    def fail():
        raise OSError("disk full")

    for parallel in (False, True):
        side_by_side([write(f"a{parallel}"), write(f"b{parallel}"), write(f"c{parallel}")], parallel)
        assert all((tmp_path / f"{x}{parallel}").read_text(encoding="utf-8") == f"{x}{parallel}" for x in "abc"), (
            "every writer's file, from the forked children too"
        )
    with pytest.raises(BuildError, match="OSError: disk full"):
        side_by_side([write("d"), fail, write("e")], parallel=True)
    assert (tmp_path / "d").is_file() and (tmp_path / "e").is_file()
    with pytest.raises(OSError, match="disk full"):
        side_by_side([fail, write("f")], parallel=True)
    assert (tmp_path / "f").is_file(), "the parent waits for its children before failing"
