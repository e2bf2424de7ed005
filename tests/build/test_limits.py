"""Per-document resource caps beside the time limit: memory (a resource limit around each document's work),
Word numbering levels, PDF graphics-state nesting. Each is that document's failure, one line, and the build goes
on."""

from __future__ import annotations

import io
import multiprocessing
import resource
import shutil
from pathlib import Path

import pytest

from pipeline import read as readers
from pipeline.build import jobs as jobs_module
from pipeline.build.jobs import DocumentJob, extract_document, memory_limit_of
from pipeline.build.run import BuildOptions, build
from pipeline.read import docx as docx_reader
from pipeline.read import pdf as pdf_reader

from .. import hostile_docs as h
from ..conftest import RAW_DOCS

GOOD = "customer-focus.html"


def greedy_reader(real):
    """A reader that asks for far more memory than any document needs, for documents named 'greedy'."""

    def read(path, fmt, data=None):
        if "greedy" in Path(path).name:
            hog = bytearray(3 * 1024**3)  # refused at once under the limit: nothing is touched
            return hog
        return real(path, fmt, data)

    return read


def test_a_document_that_needs_too_much_memory_fails_alone_and_the_limit_is_put_back(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "read", greedy_reader(readers.read))
    path = tmp_path / "greedy.txt"
    path.write_text("Some text\n", encoding="utf-8")
    before = resource.getrlimit(resource.RLIMIT_DATA)
    result = extract_document(DocumentJob(str(path), "greedy.txt", "greedy", memory_limit=64))
    assert resource.getrlimit(resource.RLIMIT_DATA) == before
    assert result["report"]["status"] == "failed"
    assert result["report"]["reason"] == (
        "the document needs more memory than the limit of 64 MB per document "
        f"(split it into smaller documents, or raise the limit with {jobs_module.MEMORY_LIMIT_ENV})"
    )


def test_the_memory_limit_comes_from_the_job_then_the_environment(monkeypatch):
    job = DocumentJob("a", "a", "a")
    assert memory_limit_of(job) == jobs_module.DEFAULT_MEMORY_LIMIT
    monkeypatch.setenv(jobs_module.MEMORY_LIMIT_ENV, "300")
    assert memory_limit_of(job) == 300
    assert memory_limit_of(DocumentJob("a", "a", "a", memory_limit=0)) == 0
    monkeypatch.setenv(jobs_module.MEMORY_LIMIT_ENV, "lots")
    assert memory_limit_of(job) == jobs_module.DEFAULT_MEMORY_LIMIT


@pytest.mark.parametrize("workers", [1, 2])
def test_the_build_goes_on_after_a_document_over_the_memory_limit(tmp_path, monkeypatch, workers):
    if workers > 1 and multiprocessing.get_start_method() != "fork":
        pytest.skip("the monkeypatched reader reaches pool workers only when they are forked")
    monkeypatch.setattr(readers, "read", greedy_reader(readers.read))
    monkeypatch.setenv(jobs_module.MEMORY_LIMIT_ENV, "100")
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW_DOCS / GOOD, raw / GOOD)
    (raw / "greedy.txt").write_text("Greedy\n", encoding="utf-8")
    outcome = build(
        BuildOptions(raw_dir=raw, out_dir=tmp_path / "out", cache_root=None, progress=False, workers=workers)
    )
    assert outcome.exit_code == 1
    failures = [line for line in outcome.messages if line.startswith("FAILED")]
    assert failures == [
        "FAILED greedy.txt: the document needs more memory than the limit of 100 MB per document "
        f"(split it into smaller documents, or raise the limit with {jobs_module.MEMORY_LIMIT_ENV})"
    ]


def numbered_docx(ilvl: str, start: str = "1") -> bytes:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    numbering = document.part.numbering_part.element
    for lvl in numbering.iter(qn("w:lvl")):
        start_el = lvl.find(qn("w:start"))
        if start_el is not None:
            start_el.set(qn("w:val"), start)
        fmt = lvl.find(qn("w:numFmt"))
        if fmt is not None:
            fmt.set(qn("w:val"), "upperRoman")
    for text in ("First item", "Second item"):
        p = document.add_paragraph(text)
        num_pr = OxmlElement("w:numPr")
        for tag, value in (("w:ilvl", ilvl), ("w:numId", "1")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), value)
            num_pr.append(el)
        p._p.get_or_add_pPr().append(num_pr)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_an_absurd_word_numbering_level_is_clamped_not_counted_to(tmp_path):
    # a 35 KB DOCX naming level 2000000000 took 5.5 GB: one counter per level up to it
    data = numbered_docx("2000000000")
    assert len(data) < 64 * 1024
    blocks = docx_reader.read(tmp_path / "levels.docx", data).blocks
    assert [(b.text, b.list_depth) for b in blocks] == [("First item", 8), ("Second item", 8)]


def test_an_absurd_list_start_number_is_clamped(tmp_path):
    # an upper-roman list starting at 10^12 would render a million 'M's per item
    blocks = docx_reader.read(tmp_path / "start.docx", numbered_docx("0", start="1" + "0" * 12)).blocks
    assert all(len(b.marker or "") < 40 for b in blocks)


def test_a_pdf_nesting_graphics_states_past_the_limit_is_refused_with_one_line(tmp_path):
    # 20 million 'q' operators in a 40 KB file took 4 GB before the time limit stopped it
    content = b"q " * (pdf_reader.MAX_GRAPHICS_DEPTH + 1) + h.text_content("Hello")
    path = tmp_path / "states.pdf"
    path.write_bytes(h.pdf(h._page_objects(content)))
    result = extract_document(DocumentJob(str(path), "states.pdf", "states"))
    assert result["report"]["reason"] == (
        f"refused: a page nests more than {pdf_reader.MAX_GRAPHICS_DEPTH} saved graphics states (q operators), "
        "as a PDF made to exhaust memory does (download or export the PDF again from its source)"
    )


def test_a_pdf_nesting_graphics_states_within_the_limit_is_read(tmp_path):
    depth = pdf_reader.MAX_GRAPHICS_DEPTH - 1
    content = b"q " * depth + h.text_content("Nested but fine") + b" Q" * depth
    path = tmp_path / "nested.pdf"
    path.write_bytes(h.pdf(h._page_objects(content)))
    result = extract_document(DocumentJob(str(path), "nested.pdf", "nested"))
    assert result["report"]["status"] == "ok"
    assert [b["text"] for b in result["blocks"]] == ["Nested but fine"]
