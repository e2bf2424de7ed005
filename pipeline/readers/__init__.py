"""One reader per format, each turning a file into the same format-independent blocks (see `pipeline.blocks`).

`FORMATS` maps a format to its reader; `detect_format` trusts a file's content over its extension, so a PDF named
`.docx` is still read as a PDF.
"""
from __future__ import annotations

from importlib import import_module
from pathlib import Path

from ..blocks import ReadResult
from ..errors import DocumentError

FORMATS = {"pdf": "pdf", "docx": "docx", "html": "html", "txt": "text", "md": "text"}
EXTENSIONS = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "txt",
              ".text": "txt", ".md": "md", ".markdown": "md"}


def detect_format(path: Path, head: bytes) -> str:
    """The document's real format, from its first bytes, falling back on its extension."""
    by_extension = EXTENSIONS.get(path.suffix.lower())
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise DocumentError("a legacy Word 97-2003 (.doc) or other OLE file, which is not supported",
                            "save it as .docx")
    lowered = stripped[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or (b"<html" in lowered and by_extension != "md"):
        return "html"
    if by_extension is None:
        raise DocumentError(f"unsupported file type {path.suffix or '(no extension)'!r}",
                            "convert it to PDF, DOCX, HTML, TXT or Markdown")
    if by_extension in ("pdf", "docx") and stripped:
        raise DocumentError(f"named .{by_extension} but its content is not a {by_extension.upper()} file",
                            "check the file: it may be damaged or mislabelled")
    return by_extension


def read(path: Path, fmt: str) -> ReadResult:
    module = import_module(f".{FORMATS[fmt]}", __name__)
    return module.read(path)
