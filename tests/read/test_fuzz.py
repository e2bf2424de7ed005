"""Property-based: each reader, fed random and mutated documents (the native seeds in raw_docs/ with bytes flipped,
cut short, spliced with other seeds; for DOCX also parts mutated inside an intact ZIP), raises nothing but
DocumentError and never hangs. Bounded in count (MAX_EXAMPLES per reader) and time (TIME_LIMIT per document, by
the same SIGALRM limit extract_document uses)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import read as readers
from pipeline.build.jobs import DocumentJob, _time_limit, _TimeLimitExceeded, extract_document  # noqa: E402
from pipeline.model.errors import DocumentError  # noqa: E402

from .. import hostile_docs as h  # noqa: E402
from ..conftest import RAW_DOCS, SEEDS  # noqa: E402

MAX_EXAMPLES = 40
TIME_LIMIT = 20.0  # seconds per document: far above any seed's read time, so only a hang trips it
FUZZ = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)

SEEDS_BY_FORMAT = {
    "pdf": [p.read_bytes() for p in sorted(RAW_DOCS.glob("*.pdf"))] + [h.text_pdf("A small PDF", "Two lines")],
    "docx": [p.read_bytes() for p in sorted(RAW_DOCS.glob("*.docx"))] + [h.minimal_docx()],
    "html": [p.read_bytes() for p in sorted(RAW_DOCS.glob("*.html"))],
    "txt": [p.read_bytes() for p in sorted((SEEDS / "txt").glob("*.txt"))],
}
ALL_SEEDS = [seed for seeds in SEEDS_BY_FORMAT.values() for seed in seeds]


@st.composite
def mutation(draw, size: int):
    kind = draw(st.sampled_from(["flip", "truncate", "splice", "insert", "delete", "repeat"]))
    at = draw(st.integers(0, max(size - 1, 0)))
    if kind == "flip":
        return ("flip", at, draw(st.integers(1, 255)), draw(st.integers(1, 64)))
    if kind == "truncate":
        return ("truncate", at)
    if kind == "splice":
        return (
            "splice",
            at,
            draw(st.integers(0, len(ALL_SEEDS) - 1)),
            draw(st.integers(0, 10_000)),
            draw(st.integers(1, 4096)),
        )
    if kind == "insert":
        return ("insert", at, draw(st.binary(min_size=1, max_size=64)))
    if kind == "delete":
        return ("delete", at, draw(st.integers(1, 4096)))
    return ("repeat", at, draw(st.integers(1, 256)), draw(st.integers(2, 50)))


def apply(data: bytes, mutations) -> bytes:
    out = bytearray(data)
    for m in mutations:
        at = min(m[1], max(len(out) - 1, 0))
        if m[0] == "flip":
            for i in range(at, min(at + m[3], len(out))):
                out[i] ^= m[2]
        elif m[0] == "truncate":
            del out[at:]
        elif m[0] == "splice":
            donor = ALL_SEEDS[m[2]]
            start = min(m[3], len(donor))
            out[at : at + m[4]] = donor[start : start + m[4]]
        elif m[0] == "insert":
            out[at:at] = m[2]
        elif m[0] == "delete":
            del out[at : at + m[2]]
        else:
            out[at:at] = bytes(out[at : at + m[2]]) * m[3]
    return bytes(out)


@st.composite
def mutated(draw, fmt: str):
    """A seed of the format, mutated 1-4 times; or random bytes with the format's magic; or random bytes."""
    choice = draw(st.integers(0, 9))
    if choice == 0:
        return draw(st.binary(max_size=2048))
    if choice == 1:
        magic = {"pdf": b"%PDF-1.7\n", "docx": b"PK\x03\x04", "html": b"<html>", "txt": b""}[fmt]
        return magic + draw(st.binary(max_size=2048))
    seed = draw(st.sampled_from(SEEDS_BY_FORMAT[fmt]))
    return apply(seed, draw(st.lists(mutation(len(seed)), min_size=1, max_size=4)))


@st.composite
def mutated_docx_part(draw):
    """An intact ZIP whose one part (document.xml, styles, numbering, ...) is mutated: the XML layer is fuzzed,
    not only the ZIP layer."""
    seed = draw(st.sampled_from(SEEDS_BY_FORMAT["docx"]))
    with zipfile.ZipFile(io.BytesIO(seed)) as package:
        parts = {i.filename: package.read(i) for i in package.infolist()}
    xml_parts = sorted(n for n in parts if n.endswith((".xml", ".rels")))
    name = draw(st.sampled_from(xml_parts))
    parts[name] = apply(parts[name], draw(st.lists(mutation(len(parts[name])), min_size=1, max_size=4)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for part_name, data in parts.items():
            package.writestr(part_name, data)
    return out.getvalue()


def read_only_document_error(fmt: str, data: bytes) -> None:
    """The property: reading gives blocks or raises DocumentError, within the time limit."""
    path = Path(f"fuzzed.{'txt' if fmt == 'txt' else fmt}")
    try:
        with _time_limit(TIME_LIMIT):
            readers.read(path, fmt, data)
    except DocumentError as exc:
        assert str(exc).strip() and "\n" not in exc.reason
    except _TimeLimitExceeded:
        pytest.fail(f"the {fmt} reader hung on a {len(data)}-byte document")


@FUZZ
@given(data=mutated("pdf"))
def test_pdf_reader_raises_only_document_error(data):
    read_only_document_error("pdf", data)


@FUZZ
@given(data=mutated("docx"))
def test_docx_reader_raises_only_document_error(data):
    read_only_document_error("docx", data)


@FUZZ
@given(data=mutated_docx_part())
def test_docx_reader_raises_only_document_error_on_damaged_xml(data):
    read_only_document_error("docx", data)


@FUZZ
@given(data=mutated("html"))
def test_html_reader_raises_only_document_error(data):
    read_only_document_error("html", data)


@FUZZ
@given(data=st.one_of(mutated("txt"), st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_text_reader_raises_only_document_error(data):
    read_only_document_error("txt", data)


@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
@given(fmt=st.sampled_from(sorted(SEEDS_BY_FORMAT)), data=st.data())
def test_the_whole_extraction_never_fails_with_an_internal_error(tmp_path, fmt, data):
    """Past the reader too: whatever a mutated document reads as, the later stages cope (status ok, or failed
    with a reason that is not an internal error)."""
    content = data.draw(mutated(fmt))
    path = tmp_path / f"fuzzed.{fmt}"
    path.write_bytes(content)
    result = extract_document(DocumentJob(path=str(path), rel_path=path.name, doc_id="fuzzed", time_limit=TIME_LIMIT))
    reason = result["report"]["reason"] or ""
    assert "internal error" not in reason and "time limit" not in reason, reason
