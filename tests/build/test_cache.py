"""The extraction cache: hits and misses, what invalidates a key, corrupt entries, pruning, the cached run."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil

import orjson
import pytest

from pipeline.build.cache import (
    CacheSalt,
    ExtractionCache,
    cache_dir_for,
    current_salt,
    extract_with_cache,
    file_sha256,
    is_cacheable,
    library_versions,
    source_fingerprint,
)
from pipeline.build.jobs import DocumentJob, extract_document
from pipeline.build.manifest import ManifestEntry
from pipeline.vocab.vocabulary import VOCAB_DIR, VOCAB_FILES

from ..conftest import SEEDS

SALT = CacheSalt(version="0.1.0", tables="t" * 64, code="c" * 64)
JOB = DocumentJob(path="/raw/customer-focus.pdf", rel_path="customer-focus.pdf", doc_id="customer-focus")
CONTENT = "a" * 64


def result(status: str = "ok", sha: str | None = CONTENT) -> dict:
    """A result of the shape extract_document gives (the cache checks it)."""
    fields = ("key_words", "indicators", "levels", "activities", "courses", "readings", "related")
    return {
        "document": {
            "id": "customer-focus",
            "path": "customer-focus.pdf",
            "format": "pdf",
            "sha256": sha,
            "title": None,
        },
        "competencies": [
            {
                "name": "Customer Focus",
                "definition": "Puts the customer first.",
                **{f: [] for f in fields + ("interview_questions", "tips", "notes")},
                "sources": ["customer-focus"],
            }
        ],
        "report": {
            "id": "customer-focus",
            "path": "customer-focus.pdf",
            "status": status,
            "reason": None,
            "warnings": [],
            "dropped": [],
            "coverage": None,
            "counts": {"blocks": 1},
            "timings": {"total": 0.01},
        },
        "blocks": [{"index": 0, "kind": "paragraph", "region": "body", "page": 1, "locator": "line 1", "text": "x"}],
    }


@pytest.fixture
def cache(tmp_path):
    return ExtractionCache(tmp_path / "cache", salt=SALT)


def test_a_stored_result_is_a_hit_and_an_unknown_key_a_miss(cache):
    key = cache.key(JOB, CONTENT)
    assert cache.get(key) is None
    assert cache.put(key, result())
    assert cache.get(key) == result()
    assert cache.get(cache.key(JOB, "b" * 64)) is None


def test_entries_are_compact_json_written_without_leftovers(cache):
    key = cache.key(JOB, CONTENT)
    cache.put(key, result())
    text = cache.path(key).read_text(encoding="utf-8")
    assert "\n" not in text and ", " not in text
    assert [p.name for p in cache.path(key).parent.iterdir()] == [f"{key}.json"]


def test_the_key_is_stable_and_a_hex_sha256(cache):
    key = cache.key(JOB, CONTENT)
    assert key == ExtractionCache(cache.root, salt=SALT).key(JOB, CONTENT)
    assert len(key) == 64 and int(key, 16) >= 0


@pytest.mark.parametrize(
    "change",
    [
        {"version": "0.2.0"},
        {"tables": "u" * 64},
        {"code": "d" * 64},
    ],
    ids=lambda c: next(iter(c)),
)
def test_a_new_version_table_or_code_changes_every_key(cache, change):
    other = ExtractionCache(cache.root, salt=dataclasses.replace(SALT, **change))
    assert other.key(JOB, CONTENT) != cache.key(JOB, CONTENT)


@pytest.mark.parametrize(
    "job",
    [
        dataclasses.replace(JOB, name="Customer Focus"),
        dataclasses.replace(JOB, rel_path="sub/customer-focus.pdf"),
        dataclasses.replace(JOB, doc_id="customer-focus-pdf"),
    ],
    ids=["manifest name", "rel_path", "doc_id"],
)
def test_the_job_is_part_of_the_key(cache, job):
    assert cache.key(job, CONTENT) != cache.key(JOB, CONTENT)


def test_the_manifest_entry_is_part_of_the_key(cache):
    entry = ManifestEntry(path="customer-focus.pdf", publisher="State of Wyoming")
    assert cache.key(JOB, CONTENT, entry) != cache.key(JOB, CONTENT)
    assert cache.key(JOB, CONTENT, entry) != cache.key(JOB, CONTENT, dataclasses.replace(entry, publisher="X"))
    assert cache.key(JOB, CONTENT, entry) == cache.key(JOB, CONTENT, dataclasses.replace(entry))


def test_editing_a_table_changes_the_salt(tmp_path):
    tables = tmp_path / "tables"
    shutil.copytree(VOCAB_DIR, tables)
    before = current_salt(tables)
    with open(tables / VOCAB_FILES[0], "a", encoding="utf-8") as f:
        f.write("\n# an analyst's comment\n")
    after = current_salt(tables)
    assert after.tables != before.tables and after.code == before.code == source_fingerprint()


def test_the_code_fingerprint_follows_the_sources(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "a.py").write_text("x = 1\n")
    before = source_fingerprint(package)
    (package / "a.py").write_text("x = 2\n")
    assert source_fingerprint.__wrapped__(package) != before


def rewrite(path, change) -> None:
    """Edit an entry's envelope in place (its JSON decoded, changed, written back)."""
    envelope = json.loads(path.read_text(encoding="utf-8"))
    change(envelope)
    path.write_text(json.dumps(envelope), encoding="utf-8")


def resealed(change):
    """Edit the result and store its new hash too: an entry that passes the integrity check, result malformed."""

    def edit(envelope):
        change(envelope["result"])
        body = orjson.dumps(envelope["result"], option=orjson.OPT_SORT_KEYS)
        envelope["digest"] = hashlib.sha256(body).hexdigest()

    return edit


DAMAGES = {
    "truncated": (lambda p: p.write_text('{"format": 2, "key": "', encoding="utf-8"), "not a cache entry"),
    "binary": (lambda p: p.write_bytes(b"\xff\xfe\x00garbage"), "not a cache entry"),
    "wrong type": (lambda p: p.write_text("[]", encoding="utf-8"), "not a cache entry of this key"),
    "foreign key": (lambda p: rewrite(p, lambda e: e.update(key="other")), "not a cache entry of this key"),
    "edited in place": (
        lambda p: rewrite(p, lambda e: e["result"]["competencies"][0].update(name="Injected")),
        "does not match the hash stored with it",
    ),
    "another document's entry": (
        lambda p: rewrite(p, lambda e: e.update(sha256="b" * 64)),
        "other content than the document's",
    ),
    "result without an id": (
        lambda p: rewrite(p, resealed(lambda r: r["document"].pop("id"))),
        "its result is malformed",
    ),
    "competencies not a list": (
        lambda p: rewrite(p, resealed(lambda r: r.update(competencies={"a": 1}))),
        "its result is malformed",
    ),
    "a level of the wrong shape": (
        lambda p: rewrite(p, resealed(lambda r: r["competencies"][0].update(levels=[{"rank": "x"}]))),
        "its result is malformed",
    ),
    "a failed report": (
        lambda p: rewrite(p, resealed(lambda r: r["report"].update(status="failed"))),
        "its result is malformed",
    ),
    "blocks of the wrong shape": (
        lambda p: rewrite(p, resealed(lambda r: r.update(blocks=[{"index": -1}]))),
        "its result is malformed",
    ),
    "another document's result": (
        lambda p: rewrite(p, resealed(lambda r: r["document"].update(id="other-doc"))),
        "about another document",
    ),
    "other sources": (
        lambda p: rewrite(p, resealed(lambda r: r["competencies"][0].update(sources=["other-doc"]))),
        "name other source documents",
    ),
}


@pytest.mark.parametrize("case", sorted(DAMAGES))
def test_a_damaged_edited_or_foreign_entry_is_refused_with_the_reason(cache, case):
    damage, why = DAMAGES[case]
    job = dataclasses.replace(JOB, sha256=CONTENT)
    key = cache.key(job, CONTENT)
    cache.put(key, result())
    assert cache.lookup(key, job) == (result(), None)
    damage(cache.path(key))
    hit, problem = cache.lookup(key, job)
    assert hit is None and why in problem
    assert "Injected" not in problem and "other-doc" not in problem  # an entry's values are never quoted
    assert cache.put(key, result()) and cache.get(key, job) == result()


def _counting_shape_checks(monkeypatch) -> list:
    """Every shape check of a result read back, counted (the check itself still runs)."""
    import pipeline.build.cache as cache_module

    real, calls = cache_module._result_check(), []

    def check(value):
        calls.append(value)
        return real(value)

    monkeypatch.setattr(cache_module, "_result_check", lambda: check)
    return calls


def test_a_result_found_sound_is_not_shape_checked_again_by_the_next_build(cache, monkeypatch):
    calls = _counting_shape_checks(monkeypatch)
    job = dataclasses.replace(JOB, sha256=CONTENT)
    key = cache.key(job, CONTENT)
    cache.put(key, result())
    assert cache.lookup(key, job) == (result(), None) and len(calls) == 1
    assert cache.remember_checked({key}) and (cache.root / "checked.json").is_file()
    later = ExtractionCache(cache.root, salt=SALT)
    assert later.lookup(key, job) == (result(), None) and len(calls) == 1  # the record spared the check
    # an entry edited and resealed has another hash: checked in full, and refused
    rewrite(cache.path(key), resealed(lambda r: r["competencies"][0].update(levels=[{"rank": "x"}])))
    hit, problem = ExtractionCache(cache.root, salt=SALT).lookup(key, job)
    assert hit is None and "its result is malformed" in problem and len(calls) == 2
    # whose the entry is stays checked every time, record or not
    cache.put(key, result())
    assert ExtractionCache(cache.root, salt=SALT).lookup(key, dataclasses.replace(job, doc_id="other"))[0] is None


@pytest.mark.parametrize(
    "record",
    [
        b"not json",
        b"[]",
        b'{"format": 1, "salt": "another", "digests": []}',
        b'{"format": 99, "salt": "x", "digests": []}',
    ],
    ids=["damaged", "not a record", "another salt", "another format"],
)
def test_a_checked_record_of_another_salt_or_damaged_spares_nothing(cache, monkeypatch, record):
    calls = _counting_shape_checks(monkeypatch)
    job = dataclasses.replace(JOB, sha256=CONTENT)
    key = cache.key(job, CONTENT)
    cache.put(key, result())
    cache.lookup(key, job)
    cache.remember_checked({key})
    digest = json.loads(cache.path(key).read_text(encoding="utf-8"))["digest"]
    if b"another" in record:  # the record names the digest, but for other code, tables or versions
        record = record.replace(b'"digests": []', b'"digests": ["%s"]' % digest.encode())
    (cache.root / "checked.json").write_bytes(record)
    assert ExtractionCache(cache.root, salt=SALT).lookup(key, job) == (result(), None) and len(calls) == 2
    other_salt = ExtractionCache(cache.root, salt=dataclasses.replace(SALT, code="d" * 64))
    assert other_salt.checked() == set()


def test_the_checked_record_holds_only_this_builds_sound_entries(cache):
    job = dataclasses.replace(JOB, sha256=CONTENT)
    key = cache.key(job, CONTENT)
    cache.put(key, result())
    cache.put("f" * 64, result(sha="b" * 64))  # stored, never read back: never recorded as checked
    cache.lookup(key, job)
    assert cache.remember_checked({key, "f" * 64})
    record = json.loads((cache.root / "checked.json").read_text(encoding="utf-8"))
    assert record["digests"] == [json.loads(cache.path(key).read_text(encoding="utf-8"))["digest"]]
    assert cache.prune({key}) == 1 and (cache.root / "checked.json").is_file()  # prune leaves the record alone
    assert cache.remember_checked(set()) and json.loads((cache.root / "checked.json").read_text())["digests"] == []


def test_a_refused_entry_is_extracted_again_stored_and_reported_with_a_coded_warning(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEEDS / "txt" / "customer-focus.txt", raw)
    jobs = [DocumentJob(path=str(raw / "customer-focus.txt"), rel_path="customer-focus.txt", doc_id="customer-focus")]

    def run(batch):
        return [extract_document(j) for j in batch]

    cache = ExtractionCache(tmp_path / "cache")
    first, _, keys = extract_with_cache(jobs, run, cache)
    rewrite(cache.path(next(iter(keys))), lambda e: e["result"]["competencies"][0].update(name="Injected"))
    second, stats, _ = extract_with_cache(jobs, run, cache)
    assert (stats.hits, stats.misses, stats.refused, stats.stored) == (0, 1, 1, 1)
    assert second[0]["competencies"] == first[0]["competencies"]
    codes = [w["code"] for w in second[0]["report"]["warnings"]]
    assert codes == [w["code"] for w in first[0]["report"]["warnings"]] + ["cache-entry-refused"]
    third, stats, _ = extract_with_cache(jobs, run, cache)  # the entry stored again is sound, warning-free
    assert stats.hits == 1 and third[0]["competencies"] == first[0]["competencies"]
    assert third[0]["report"]["warnings"] == first[0]["report"]["warnings"]


def test_an_unwritable_cache_is_not_an_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = ExtractionCache(blocker / "cache", salt=SALT)
    key = cache.key(JOB, CONTENT)
    assert cache.put(key, result()) is False
    assert cache.get(key) is None


def test_prune_keeps_only_the_given_keys(cache):
    kept, gone = cache.key(JOB, CONTENT), cache.key(JOB, "b" * 64)
    cache.put(kept, result())
    cache.put(gone, result())
    stray = cache.path(gone).parent / ".deadbeef-x.tmp"
    stray.write_text("half written")
    removed = cache.prune({kept})
    assert removed == 2 and not stray.exists()
    assert cache.keys() == {kept}
    assert cache.get(kept) == result() and cache.get(gone) is None


def test_prune_of_a_missing_cache_does_nothing(tmp_path):
    assert ExtractionCache(tmp_path / "none", salt=SALT).prune(set()) == 0


def test_only_successful_results_are_cacheable():
    assert is_cacheable(result())
    assert not is_cacheable(result(status="failed"))
    assert not is_cacheable(result(sha=None))


def test_each_raw_folder_has_its_own_cache_folder(tmp_path):
    assert cache_dir_for(tmp_path / "a", tmp_path) != cache_dir_for(tmp_path / "b", tmp_path)
    assert cache_dir_for(tmp_path / "a", tmp_path).parent == tmp_path


def test_a_cached_run_extracts_once_and_returns_the_same_results(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("customer-focus.txt", "customer-service-orientation.txt"):
        shutil.copy(SEEDS / "txt" / name, raw)
    jobs = [DocumentJob(path=str(p), rel_path=p.name, doc_id=p.stem) for p in sorted(raw.iterdir())]
    calls = []

    def run(batch):
        calls.append([j.doc_id for j in batch])
        return [extract_document(j) for j in batch]

    cache = ExtractionCache(tmp_path / "cache")
    first, stats1, keys1 = extract_with_cache(jobs, run, cache)
    second, stats2, keys2 = extract_with_cache(jobs, run, cache)
    assert (stats1.misses, stats1.stored, stats2.hits, stats2.misses) == (2, 2, 2, 0)
    assert calls == [[j.doc_id for j in jobs]], "nothing to extract: the executor is not even started"
    assert second == first and keys1 == keys2 == cache.keys()
    entry = cache.path(sorted(keys1)[0])
    entry.write_bytes(entry.read_bytes()[:40])  # an entry cut short is found only when read: extracted after all
    fourth, stats4, _ = extract_with_cache(jobs, run, cache)
    assert len(calls[-1]) == 1 and (stats4.hits, stats4.misses, stats4.stored) == (1, 1, 1)
    assert [r["competencies"] for r in fourth] == [r["competencies"] for r in first]
    calls.pop()

    (raw / "customer-focus.txt").write_text("Customer Focus\n\nChanged.\n", encoding="utf-8")
    third, stats3, keys3 = extract_with_cache(jobs, run, cache)
    assert calls[-1] == ["customer-focus"] and stats3.hits == 1
    assert third[0]["document"]["sha256"] == file_sha256(raw / "customer-focus.txt")
    assert cache.prune(keys3) == 1 and cache.keys() == keys3


def test_a_failed_document_is_not_stored(tmp_path):
    job = DocumentJob(path=str(tmp_path / "gone.pdf"), rel_path="gone.pdf", doc_id="gone")
    cache = ExtractionCache(tmp_path / "cache", salt=SALT)
    results, stats, keys = extract_with_cache([job], lambda js: [extract_document(j) for j in js], cache)
    assert results[0]["report"]["status"] == "failed"
    assert (stats.misses, stats.stored, keys) == (1, 0, set())


def test_each_result_is_stored_and_slimmed_before_the_next_is_extracted(tmp_path):
    """What the build keeps of a result (`keep`) is decided as it arrives: the cache gets it whole (blocks
    included, for the review page of a later build), memory only what `keep` returns."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("customer-focus.txt", "responsiveness-and-follow-up.txt", "customer-service-orientation.txt"):
        shutil.copy(SEEDS / "txt" / name, raw)
    jobs = [DocumentJob(path=str(p), rel_path=p.name, doc_id=p.stem) for p in sorted(raw.iterdir())]
    events = []

    def run(batch):
        for job in batch:
            events.append(("extracted", job.doc_id))
            yield extract_document(job)

    def keep(result):
        events.append(("kept", result["document"]["id"]))
        return {k: v for k, v in result.items() if k != "blocks"}

    cache = ExtractionCache(tmp_path / "cache")
    results, stats, keys = extract_with_cache(jobs, run, cache, keep=keep)
    assert events == [(what, j.doc_id) for j in jobs for what in ("extracted", "kept")]
    assert all("blocks" not in r for r in results) and stats.stored == 3
    assert all(cache.get(k)["blocks"] for k in keys), "the cache entry keeps the blocks"
    events.clear()
    again, _, _ = extract_with_cache(jobs, run, cache, keep=keep)
    assert events == [("kept", j.doc_id) for j in jobs] and again == results


def test_upgrading_an_extraction_library_changes_every_key(tmp_path):
    """The libraries' versions come from their metadata folders, the first on the path winning as for `import`."""
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, names in (
        (first, ["pdfplumber-99.1.dist-info", "Python_Docx-0.9.dist-info", "numpy-9.dist-info"]),
        (second, ["pdfplumber-0.1.dist-info", "lxml-5.0.egg-info", "spacy_lookups_data-2.0.dist-info"]),
    ):
        for name in names:
            (folder / name).mkdir(parents=True)
    versions = library_versions.__wrapped__((str(first), str(tmp_path / "missing"), str(second)))
    assert versions == "lxml==5.0,pdfplumber==99.1,python-docx==0.9,spacy-lookups-data==2.0"
    installed = library_versions()
    assert "spacy==" in installed and "pdfplumber==" in installed and "python-docx==" in installed
    upgraded = ExtractionCache(tmp_path / "cache", salt=dataclasses.replace(SALT, libraries=versions))
    assert upgraded.key(JOB, CONTENT) != ExtractionCache(tmp_path / "cache", salt=SALT).key(JOB, CONTENT)
    assert current_salt().libraries == installed


@pytest.mark.parametrize("case", ["edited in place", "another document's entry", "result without an id"])
def test_a_build_never_publishes_a_bad_entry_and_never_fails_on_one(tmp_path, case):
    from pipeline.build.run import BuildOptions, build

    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("customer-focus.txt", "customer-service-orientation.txt"):
        shutil.copy(SEEDS / "txt" / name, raw)
    options = BuildOptions(raw_dir=raw, out_dir=tmp_path / "out", cache_root=tmp_path / "cache", progress=False)
    assert build(options).exit_code == 0
    published = (tmp_path / "out" / "competencies.json").read_bytes()
    entries = sorted((tmp_path / "cache").rglob("*.json"))
    if case == "another document's entry":  # the other document's entry, copied under this one's key
        envelope = json.loads(entries[1].read_text(encoding="utf-8"))
        envelope["key"] = entries[0].stem
        entries[0].write_text(json.dumps(envelope), encoding="utf-8")
    else:
        rewrite(entries[0], _change(case))
    outcome = build(dataclasses.replace(options, force=True))
    assert outcome.exit_code == 0
    assert (tmp_path / "out" / "competencies.json").read_bytes() == published
    refused = [
        (d["path"], w["code"])
        for d in outcome.report["documents"]
        for w in d["warnings"]
        if w["code"] == "cache-entry-refused"
    ]
    assert len(refused) == 1 and outcome.report["cache"]["refused"] == 1
    assert any("[cache-entry-refused]" in line for line in outcome.messages)


def _change(case):
    if case == "edited in place":
        return lambda e: e["result"]["competencies"][0].update(name="Injected")
    return resealed(lambda r: r["document"].pop("id"))


def test_prune_waits_for_a_cache_no_other_build_is_using(tmp_path):
    first, second = ExtractionCache(tmp_path / "c", salt=SALT), ExtractionCache(tmp_path / "c", salt=SALT)
    kept, other = first.key(JOB, CONTENT), first.key(JOB, "b" * 64)
    first.put(kept, result())
    first.put(other, result())
    with first.in_use():
        with second.in_use():
            assert second.prune({kept}) == 0  # the first build may still need `other`
        assert first.prune({kept}) == 1  # alone now
    assert first.keys() == {kept}


def test_an_entry_removed_while_the_build_reads_the_cache_is_extracted_again_without_a_warning(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEEDS / "txt" / "customer-focus.txt", raw)
    jobs = [DocumentJob(path=str(raw / "customer-focus.txt"), rel_path="customer-focus.txt", doc_id="customer-focus")]
    cache = ExtractionCache(tmp_path / "cache")
    extract_with_cache(jobs, lambda batch: [extract_document(j) for j in batch], cache)
    real = cache.lookup

    def lookup_after_removal(key, job=None):
        cache.path(key).unlink(missing_ok=True)  # another program cleaned the cache meanwhile
        return real(key, job)

    monkeypatch.setattr(cache, "lookup", lookup_after_removal)
    results, stats, _ = extract_with_cache(jobs, lambda batch: [extract_document(j) for j in batch], cache)
    assert (stats.misses, stats.refused) == (1, 0)
    assert not [w for w in results[0]["report"]["warnings"] if w["code"] == "cache-entry-refused"]
