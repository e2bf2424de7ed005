"""The analyst's rebuild: incremental, deterministic, atomic, isolated failures, change report, corrections."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.build import executors
from pipeline.build import jobs as document_module
from pipeline.build.run import BuildOptions, build

from ..conftest import RAW_DOCS, load

SEEDS = sorted(p for p in RAW_DOCS.iterdir() if p.is_file())


def copy_corpus(target: Path, files=SEEDS) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for f in files:
        shutil.copy(f, target / f.name)
    return target


def run(raw: Path, out: Path, cache: Path | None, workers: int = 1, **kw):
    return build(BuildOptions(raw_dir=raw, out_dir=out, workers=workers, cache_root=cache, progress=False, **kw))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def corpus(tmp_path):
    return copy_corpus(tmp_path / "raw")


def test_second_build_with_nothing_changed_does_no_extraction(corpus, tmp_path, monkeypatch):
    first = run(corpus, tmp_path / "out", tmp_path / "cache")
    assert first.report["cache"] == {"hits": 0, "misses": 5, "stored": 5, "refused": 0}
    calls = []
    monkeypatch.setattr(executors, "extract_document", lambda job: calls.append(job) or pytest.fail("extracted"))
    second = run(corpus, tmp_path / "out", tmp_path / "cache")
    assert second.up_to_date and second.exit_code == 0 and calls == []
    forced = run(corpus, tmp_path / "out", tmp_path / "cache", force=True)
    assert forced.report["cache"] == {"hits": 5, "misses": 0, "stored": 0, "refused": 0} and calls == []


def test_touching_one_document_re_extracts_that_one_only(corpus, tmp_path, monkeypatch):
    run(corpus, tmp_path / "out", tmp_path / "cache")
    page = corpus / "customer-focus.html"
    page.write_text(
        page.read_text(encoding="utf-8").replace(
            "Calms and satisfies irate customers.", "Calms and reassures irate customers."
        ),
        encoding="utf-8",
    )
    seen = []
    real = executors.extract_document
    monkeypatch.setattr(executors, "extract_document", lambda job: seen.append(job.rel_path) or real(job))
    outcome = run(corpus, tmp_path / "out", tmp_path / "cache")
    assert seen == ["customer-focus.html"]
    assert outcome.report["cache"] == {"hits": 4, "misses": 1, "stored": 1, "refused": 0}


def test_removed_documents_drop_out(corpus, tmp_path):
    run(corpus, tmp_path / "out", tmp_path / "cache")
    (corpus / "customer-focused-organization.html").unlink()
    run(corpus, tmp_path / "out", tmp_path / "cache")
    data = load(tmp_path / "out" / "competencies.json")
    assert "customer-focused-organization" not in {c["id"] for c in data["competencies"]}
    assert len(data["documents"]) == 4


def test_same_bytes_whatever_the_file_order_or_worker_count(tmp_path):
    a = copy_corpus(tmp_path / "a")
    b = copy_corpus(tmp_path / "b", files=list(reversed(SEEDS)))
    run(a, tmp_path / "out-a", None, workers=1)
    run(b, tmp_path / "out-b", None, workers=2)
    canonical = "competencies.json"
    assert (tmp_path / "out-a" / canonical).read_bytes() == (tmp_path / "out-b" / canonical).read_bytes()
    for name in ("case.json", "tables/behaviors.csv", "changes.json"):
        assert (tmp_path / "out-a" / name).read_bytes() == (tmp_path / "out-b" / name).read_bytes()
    text = (tmp_path / "out-a" / canonical).read_text(encoding="utf-8")
    assert str(tmp_path) not in text and "built_at" not in text


@pytest.mark.parametrize("interruption", [KeyboardInterrupt, RuntimeError])
def test_a_build_stopped_midway_leaves_the_previous_output_byte_identical(corpus, tmp_path, monkeypatch, interruption):
    out = tmp_path / "out"
    run(corpus, out, None)
    before = snapshot(out)
    (corpus / "customer-focus.html").unlink()  # the next build would publish something different
    real = document_module.extract_document
    done = []

    def failing_after_two(job):
        if len(done) == 2:
            raise interruption("stopped mid-way")
        done.append(job)
        return real(job)

    monkeypatch.setattr(executors, "extract_document", failing_after_two)
    with pytest.raises(interruption):
        run(corpus, out, None)
    assert snapshot(out) == before
    assert not list(tmp_path.glob(".staging-*"))


def test_a_corrupt_document_among_good_ones(corpus, tmp_path):
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\ngarbage")
    outcome = run(corpus, tmp_path / "out", tmp_path / "cache")
    assert outcome.exit_code == 1
    report = load(tmp_path / "out" / "build-report.json")
    (bad,) = [d for d in report["documents"] if d["status"] != "ok"]
    assert bad["path"] == "broken.pdf" and "PDF" in bad["reason"]
    assert any(line.startswith("FAILED broken.pdf: ") for line in outcome.messages)
    data = load(tmp_path / "out" / "competencies.json")
    assert len(data["competencies"]) == 5 and len(data["documents"]) == 5


def test_change_report_lists_exactly_the_edits(corpus, tmp_path):
    out = tmp_path / "out"
    run(corpus, out, tmp_path / "cache")
    orientation = corpus / "customer-focus.html"
    html = orientation.read_text(encoding="utf-8")
    html = html.replace("Ignores customer requests.", "Ignores most customer requests.")
    html = html.replace("<li><p>Develops methods to improve service.</p>\n", "")
    orientation.write_text(html, encoding="utf-8")
    (corpus / "customer-focused-organization.html").unlink()
    run(corpus, out, tmp_path / "cache")
    changes = load(out / "changes.json")
    assert [c["id"] for c in changes["competencies"]["removed"]] == ["customer-focused-organization"]
    assert changes["competencies"]["added"] == [] and changes["competencies"]["renamed"] == []
    (changed,) = changes["competencies"]["changed"]
    assert changed["id"] == "customer-focus"
    behaviors = changed["fields"]["levels"]
    assert [e["old"] for e in behaviors["changed"]] == ["Ignores customer requests."]
    assert [e["new"] for e in behaviors["changed"]] == ["Ignores most customer requests."]
    assert [e["text"] for e in behaviors["removed"]] == ["Develops methods to improve service."]
    assert behaviors["added"] == []
    assert set(changed["fields"]) == {"levels"}
    md = (out / "changes.md").read_text(encoding="utf-8")
    assert "Ignores most customer requests." in md and "customer-focused-organization" in md.lower()


def test_corrections_reapplied_on_every_rebuild_and_reported_stale(corpus, tmp_path):
    (corpus / "corrections.yaml").write_text(
        "corrections:\n"
        "  - document: customer-focus\n"
        '    match: "Committed to overall quality of service."\n'
        "    move_to: {field: notes}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    first = run(corpus, out, tmp_path / "cache")
    focus = next(c for c in load(out / "competencies.json")["competencies"] if c["id"] == "customer-focus")
    assert "Committed to overall quality of service." in [n["text"] for n in focus["notes"]]
    assert first.report["corrections"][0]["status"] == "applied"
    page = corpus / "customer-focus.html"
    page.write_text(page.read_text(encoding="utf-8").replace("Calms and satisfies", "Calms"), encoding="utf-8")
    second = run(corpus, out, tmp_path / "cache")
    assert second.report["corrections"][0]["status"] == "applied"
    page.write_text(
        page.read_text(encoding="utf-8").replace("Committed to overall quality of service.", "Committed to quality."),
        encoding="utf-8",
    )
    third = run(corpus, out, tmp_path / "cache")
    assert third.report["corrections"][0]["status"] == "stale"
    assert any("stale" in m for m in third.messages)
    assert run(corpus, out, tmp_path / "cache", strict=True, force=True).exit_code == 1
