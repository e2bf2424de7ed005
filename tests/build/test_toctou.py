"""A document is opened once for each use, never through a link, never blocking, and its size is checked on the
open descriptor before anything is read: a file swapped during the build (for a link, a pipe, other bytes) is
refused with one line, and a huge sparse file is refused without being read or hashed."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline.build import run as run_module
from pipeline.build.run import BuildOptions, build
from pipeline.model.errors import DocumentError
from pipeline.read import guards

from ..conftest import RAW_DOCS

GOOD = "customer-focus.html"
SWAPPED = "swapped.txt"
TEXT = "Adaptability\n\nDefinition\n\nAdjusts to change.\n"


@pytest.fixture
def folders(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW_DOCS / GOOD, raw / GOOD)
    (raw / SWAPPED).write_text(TEXT, encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret\n\nDefinition\n\nTOPSECRET-4711 must never be published.\n", encoding="utf-8")
    return raw, secret


def run(raw: Path, tmp_path: Path):
    return build(
        BuildOptions(raw_dir=raw, out_dir=tmp_path / "out", cache_root=tmp_path / "cache", progress=False, workers=1)
    )


def published_text(out: Path) -> str:
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in out.rglob("*") if p.is_file())


def swap_for_link(raw: Path, secret: Path) -> None:
    (raw / SWAPPED).unlink()
    (raw / SWAPPED).symlink_to(secret)


def swap_for_pipe(raw: Path, secret: Path) -> None:
    (raw / SWAPPED).unlink()
    os.mkfifo(raw / SWAPPED)


def swap_bytes(raw: Path, secret: Path) -> None:
    (raw / SWAPPED).write_text(TEXT.replace("change", "new ways"), encoding="utf-8")


def after(function, action, *args):
    def wrapped(*a, **k):
        result = function(*a, **k)
        action(*args)
        return result

    return wrapped


@pytest.mark.parametrize(
    "swap,reason",
    [
        (swap_for_link, "a symbolic link (or a folder replaced by one) where the document was: refused"),
        (swap_for_pipe, "not an ordinary file (a pipe, socket or device)"),
        (swap_bytes, "the file changed while the build was reading it"),
    ],
    ids=["link", "pipe", "new bytes"],
)
@pytest.mark.parametrize("moment", ["after listing", "after hashing"])
def test_a_document_swapped_during_the_build_is_refused_with_one_line(
    tmp_path, monkeypatch, folders, swap, reason, moment
):
    raw, secret = folders
    if moment == "after listing":
        monkeypatch.setattr(run_module, "find_documents", after(run_module.find_documents, swap, raw, secret))
    else:
        monkeypatch.setattr(run_module, "identify", after(run_module.identify, swap, raw, secret))
    outcome = run(raw, tmp_path)
    failures = [line for line in outcome.messages if line.startswith("FAILED")]
    if swap is swap_bytes and moment == "after listing":
        assert outcome.exit_code == 0 and not failures  # hashed after the change: the new bytes are the document
        return
    assert outcome.exit_code == 1
    assert len(failures) == 1 and failures[0].startswith(f"FAILED {SWAPPED}: {reason}"), failures
    assert "TOPSECRET" not in published_text(tmp_path / "out")
    assert {d["path"]: d["status"] for d in outcome.report["documents"]}[GOOD] == "ok"


def test_a_folder_on_the_path_swapped_for_a_link_is_refused(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    shutil.copy(RAW_DOCS / GOOD, raw / GOOD)
    (raw / "sub" / "doc.txt").write_text(TEXT, encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "doc.txt").write_text("Secret\n\nDefinition\n\nTOPSECRET-4711.\n", encoding="utf-8")

    def swap_folder():
        shutil.rmtree(raw / "sub")
        (raw / "sub").symlink_to(outside, target_is_directory=True)

    monkeypatch.setattr(run_module, "identify", after(run_module.identify, swap_folder))
    outcome = run(raw, tmp_path)
    failures = [line for line in outcome.messages if line.startswith("FAILED")]
    assert failures and failures[0].startswith("FAILED sub/doc.txt: a symbolic link"), failures
    assert "TOPSECRET" not in published_text(tmp_path / "out")


def test_a_link_inside_the_raw_folder_is_read_from_the_file_it_leads_to(tmp_path, folders):
    raw, _ = folders
    (raw / "alias.html").symlink_to(raw / GOOD)
    outcome = run(raw, tmp_path)
    assert outcome.exit_code == 0, outcome.messages
    docs = {d["path"]: d for d in outcome.report["documents"]}
    assert docs["alias.html"]["status"] == "ok"


def test_a_sparse_10_gb_file_is_refused_without_being_read_or_hashed(tmp_path, monkeypatch, folders):
    raw, _ = folders
    with open(raw / "huge.html", "wb") as f:
        f.truncate(10 * 1024**3)  # sparse: no disk used, and reading it would take tens of seconds
    hashed: list[int] = []
    real_sha256 = hashlib.sha256

    class Spy:
        def __init__(self):
            self.h = real_sha256()

        def update(self, data):
            hashed.append(len(data))
            self.h.update(data)

        def hexdigest(self):
            return self.h.hexdigest()

    monkeypatch.setattr(guards, "hashlib", SimpleNamespace(sha256=Spy))  # the documents' hashing only
    outcome = run(raw, tmp_path)
    assert outcome.exit_code == 1
    assert sum(hashed) == (raw / GOOD).stat().st_size + (raw / SWAPPED).stat().st_size
    reason = {d["path"]: d["reason"] for d in outcome.report["documents"]}["huge.html"]
    assert reason.startswith("the file is too large: 10240 MB, over the limit of 25 MB per document; refused without")
    # and the next build, nothing changed, does not hash it either: "up to date"
    hashed.clear()
    again = run(raw, tmp_path)
    assert again.up_to_date and sum(hashed) == (raw / GOOD).stat().st_size + (raw / SWAPPED).stat().st_size


def test_the_guarded_open_refuses_a_link_a_pipe_and_a_path_leaving_the_root(tmp_path):
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "file.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    assert guards.read_document_bytes("file.txt", root=tmp_path) == b"x"
    with pytest.raises(DocumentError, match="symbolic link"):
        guards.read_document_bytes("link.txt", root=tmp_path)
    with pytest.raises(DocumentError, match="symbolic link"):
        guards.read_document_bytes(tmp_path / "link.txt")
    assert guards.read_document_bytes(tmp_path / "link.txt", follow_links=True) == b"x"  # a path named by hand
    with pytest.raises(DocumentError, match="not an ordinary file"):
        guards.document_sha256("pipe.txt", root=tmp_path)
    with pytest.raises(DocumentError, match="leaves the raw documents folder"):
        guards.read_document_bytes("../file.txt", root=tmp_path / "sub")
