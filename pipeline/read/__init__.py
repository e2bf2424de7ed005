"""One reader per format, each turning a file into the same format-independent blocks (see `pipeline.blocks`).

`FORMATS` maps a format to its reader; `detect_format` trusts a file's content over its extension, so a PDF named
`.docx` is still read as a PDF, and HTML named `.txt` as HTML. A reader raises `DocumentError` (what is wrong, what
to do) for any document it cannot read, never another exception.
"""

from __future__ import annotations

import struct
from importlib import import_module
from pathlib import Path
from typing import Protocol, cast

from ..model.blocks import ReadResult
from ..model.errors import DocumentError
from .encodings import UNICODE_BOMS

FORMATS = {"pdf": "pdf", "docx": "docx", "html": "html", "txt": "text", "md": "text"}
EXTENSIONS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")


def detect_format(path: Path, head: bytes) -> str:
    """The document's real format, from its first bytes (at least 1 KiB; give the whole file to tell OLE files
    apart surely), falling back on its extension. Raises DocumentError for a format that is not supported."""
    by_extension = EXTENSIONS.get(path.suffix.lower())
    if head.startswith(b"%PDF-") or by_extension == "pdf" and b"%PDF-" in head[:1024]:
        return "pdf"  # the PDF header may follow a little junk, which PDF readers skip
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise _ole_error(head)
    lowered = _sniff_text(head).lower()
    if lowered.startswith(HTML_STARTS) or (b"<html" in lowered and by_extension != "md"):
        return "html"
    if by_extension is None:
        raise DocumentError(
            f"unsupported file type {path.suffix or '(no extension)'!r}",
            "convert it to PDF, DOCX, HTML, TXT or Markdown",
        )
    if by_extension in ("pdf", "docx") and lowered.strip():
        raise DocumentError(
            f"named .{by_extension} but its content is not a {by_extension.upper()} file",
            "check the file: it may be damaged or mislabelled",
        )
    return by_extension


def _sniff_text(head: bytes) -> bytes:
    """The first 512 bytes as ASCII-compatible text, BOM and leading white space removed, for sniffing markup."""
    head = head[:2048]
    for bom, encoding in UNICODE_BOMS:
        if head.startswith(bom):
            usable = len(head) - len(head) % 4
            text = head[:usable].decode(encoding, errors="ignore")
            head = text.encode("ascii", errors="ignore")
            break
    return head.lstrip(b" \t\r\n\x00")[:512]


def _ole_error(data: bytes) -> DocumentError:
    """What an OLE compound file is, from the names of its streams: an encrypted Office file (Office wraps an
    encrypted .docx in an OLE file with EncryptionInfo and EncryptedPackage streams) or a legacy binary format."""
    names = ole_stream_names(data)
    if names & {"EncryptionInfo", "EncryptedPackage"}:
        return DocumentError(
            "the document is encrypted with a password: an encrypted Office file",
            "ask for an unprotected copy, or open it in Word and save it without a password",
        )
    if "WordDocument" in names:
        return DocumentError("a legacy Word 97-2003 (.doc) file, which is not supported", "save it as .docx")
    if names & {"Workbook", "Book", "PowerPoint Document"}:
        return DocumentError(
            "a legacy Excel or PowerPoint file, not a text document", "export the competency text to DOCX or PDF"
        )
    return DocumentError("a legacy Word 97-2003 (.doc) or other OLE file, which is not supported", "save it as .docx")


def ole_stream_names(data: bytes) -> set[str]:
    """Names in an OLE compound file's directory (best effort: a damaged file gives what can be found).

    The directory is a chain of sectors: its first sector is named in the header, the chain runs through the file
    allocation table (FAT), whose own sectors the header lists (the first 109 of them). Where the structure cannot
    be followed, the UTF-16LE names of interest are looked for in the bytes themselves."""
    names: set[str] = set()
    try:
        names = _ole_directory(data)
    except (struct.error, ValueError, IndexError):
        pass
    for wanted in ("EncryptionInfo", "EncryptedPackage", "WordDocument", "Workbook", "PowerPoint Document"):
        if wanted.encode("utf-16-le") in data:
            names.add(wanted)
    return names


def _ole_directory(data: bytes) -> set[str]:
    shift = struct.unpack_from("<H", data, 0x1E)[0]
    if not 7 <= shift <= 16:
        raise ValueError("bad sector size")
    size = 1 << shift
    fat_sectors = [s for s in struct.unpack_from("<109I", data, 0x4C) if s < 0xFFFFFFFA]
    fat: list[int] = []
    for s in fat_sectors:
        start = (s + 1) * size
        chunk = data[start : start + size]
        fat.extend(struct.unpack(f"<{len(chunk) // 4}I", chunk[: len(chunk) - len(chunk) % 4]))
    names: set[str] = set()
    sector = struct.unpack_from("<I", data, 0x30)[0]
    seen: set[int] = set()
    while sector < 0xFFFFFFFA and sector not in seen and len(seen) < 4096:
        seen.add(sector)
        start = (sector + 1) * size
        for off in range(start, min(start + size, len(data)) - 127, 128):
            length = struct.unpack_from("<H", data, off + 64)[0]
            if 2 <= length <= 64:
                names.add(data[off : off + length - 2].decode("utf-16-le", errors="replace"))
        sector = fat[sector] if sector < len(fat) else 0xFFFFFFFE
    return names


def read(path: Path, fmt: str, data: bytes | None = None) -> ReadResult:
    """Read a document of format `fmt`; `data`, when given, is its content (already read, size-checked)."""
    reader = cast(_Reader, import_module(f".{FORMATS[fmt]}", __name__))  # every reader module is one
    return reader.read(path, data)


class _Reader(Protocol):
    """A reader module (`pdf`, `docx`, `html`, `text`): it reads a document of its format into blocks."""

    def read(self, path: Path, data: bytes | None = None) -> ReadResult: ...
