"""Limits a document must keep before anything reads it: its size on disk, and the inflated sizes of a DOCX's ZIP
parts and a PDF's Flate streams. Each check refuses with a `DocumentError` (what is wrong, what to do) before the
expensive work a hostile file would turn against the machine, and costs little memory itself."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from ..model.errors import DocumentError
from .encodings import UNICODE_BOMS

MAX_DOCUMENT_BYTES = 25 * 1024 * 1024  # a larger file is refused before it is read
# Limits checked on the ZIP central directory before anything is decompressed (see check_package)
MAX_ZIP_MEMBERS = 2000  # parts in the package
MAX_ZIP_MEMBER_BYTES = 64 * 1024 * 1024  # declared uncompressed size of any one part
MAX_ZIP_TOTAL_BYTES = 256 * 1024 * 1024  # declared uncompressed size of all parts together
MAX_COMPRESSION_RATIO = 200  # uncompressed : compressed, for parts over RATIO_CHECKED_FROM
RATIO_CHECKED_FROM = 1024 * 1024
SUPPORTED_COMPRESSION = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
MAX_PDF_STREAM_BYTES = 128 * 1024 * 1024  # one Flate stream may inflate to this much
MAX_PDF_INFLATED_BYTES = 512 * 1024 * 1024  # all Flate streams of the file together
STREAM_START = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")


OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)  # a link put in the file's place is refused, never followed
    | getattr(os, "O_NONBLOCK", 0)  # a named pipe cannot hang the build
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
HASH_CHUNK = 1 << 20


def open_document(path: Path | str, root: Path | str | None = None, follow_links: bool = False) -> int:
    """A descriptor of the document, opened once for everything that is done with it (checked, hashed, read).

    No symbolic link is followed: not the file itself, and with `root` (the raw documents folder) not any folder
    between root and the file either, each opened relative to the one above it. A document replaced by a link
    after the folder was listed is refused, never read. `follow_links` is for a path a person names on the
    command line."""
    try:
        if root is None:
            flags = OPEN_FLAGS & ~getattr(os, "O_NOFOLLOW", 0) if follow_links else OPEN_FLAGS
            return os.open(path, flags)
        return _open_beneath(str(root), str(path))
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK, errno.ENOTDIR):
            raise DocumentError(
                "a symbolic link (or a folder replaced by one) where the document was: refused, never followed",
                "copy the document in as an ordinary file",
            ) from exc
        raise


def _open_beneath(root: str, rel: str) -> int:
    parts = PurePosixPath(rel).parts
    if not parts or parts[0] == "/" or ".." in parts:
        raise DocumentError("its path leaves the raw documents folder: refused", "copy the document into the folder")
    directory = getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(root, os.O_RDONLY | directory)
    try:
        for part in parts[:-1]:
            inner = os.open(part, os.O_RDONLY | directory | getattr(os, "O_NOFOLLOW", 0), dir_fd=fd)
            os.close(fd)
            fd = inner
        return os.open(parts[-1], OPEN_FLAGS, dir_fd=fd)
    finally:
        os.close(fd)


@contextmanager
def checked_document(
    path: Path | str, limit: int | None = None, root: Path | str | None = None, follow_links: bool = False
) -> Iterator[BinaryIO]:
    """The document open for reading, after its open descriptor was checked: an ordinary file (not a pipe, a
    socket or a device) no larger than `limit` (default MAX_DOCUMENT_BYTES). The size comes from the descriptor,
    so a file too large is refused before a byte of it is read or hashed."""
    limit = MAX_DOCUMENT_BYTES if limit is None else limit
    fd = open_document(path, root, follow_links)
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise DocumentError(
                "not an ordinary file (a pipe, socket or device)",
                "copy the document into the folder as an ordinary file",
            )
        if info.st_size > limit:
            raise _too_large(info.st_size, limit)
        yield f


def read_document_bytes(
    path: Path | str, limit: int | None = None, root: Path | str | None = None, follow_links: bool = False
) -> bytes:
    """The file's bytes, read from one checked descriptor (see `checked_document`)."""
    limit = MAX_DOCUMENT_BYTES if limit is None else limit
    with checked_document(path, limit, root, follow_links) as f:
        data = f.read(limit + 1)
    if len(data) > limit:  # the file grew after it was measured
        raise _too_large(len(data), limit)
    return data


def document_sha256(path: Path | str, limit: int | None = None, root: Path | str | None = None) -> str:
    """The sha256 of the file's content, hashed from one checked descriptor (see `checked_document`): a file over
    the size limit is refused before it is read, however large it claims to be."""
    limit = MAX_DOCUMENT_BYTES if limit is None else limit
    h = hashlib.sha256()
    read = 0
    with checked_document(path, limit, root) as f:
        while chunk := f.read(HASH_CHUNK):
            read += len(chunk)
            if read > limit:  # the file grew after it was measured
                raise _too_large(read, limit)
            h.update(chunk)
    return h.hexdigest()


def _too_large(size: int, limit: int) -> DocumentError:
    return DocumentError(
        f"the file is too large: {_mb(size)}, over the limit of {_mb(limit)} per document; refused without reading it",
        "split it into smaller documents, or remove embedded images and media",
    )


def check_not_empty(data: bytes) -> None:
    if not data:
        raise DocumentError("the file is empty (0 bytes)", "replace it with the full document")
    text = data
    for bom, encoding in UNICODE_BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="ignore").encode("utf-8")
            break
    if not text.strip(b" \t\r\n\x0b\x0c\x00"):
        raise DocumentError("the file holds only white space", "replace it with the full document")


def check_package(data: bytes) -> None:
    """Refuse, before anything is decompressed, a ZIP package that is damaged, encrypted, not a Word document or
    a ZIP bomb. The sizes are those the ZIP central directory declares: `zipfile` never inflates a member past its
    declared size (a member that would is a CRC error), so they bound what reading can cost."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        ValueError,
        EOFError,
        OSError,
        struct.error,
        NotImplementedError,
        zlib.error,
    ) as exc:
        raise DocumentError(
            f"not a readable DOCX: the ZIP package is damaged or truncated ({str(exc)[:80]})",
            "download it again, or open and save it again in Word",
        ) from exc
    if len(infos) > MAX_ZIP_MEMBERS:
        raise DocumentError(
            f"refused: the DOCX package holds {len(infos)} parts, over the limit of {MAX_ZIP_MEMBERS}",
            "open and save it again in Word",
        )
    names = {i.filename for i in infos}
    kind = _zip_kind(names)
    if kind:
        raise DocumentError(
            f"a ZIP archive but not a Word document ({kind})", "save the document as .docx, or export it to PDF"
        )
    if any(i.flag_bits & 0x1 for i in infos):
        raise DocumentError("the DOCX package is encrypted", "ask for an unprotected copy")
    total = 0
    for info in infos:
        if info.compress_type not in SUPPORTED_COMPRESSION:
            raise DocumentError(
                f"the DOCX package uses an unsupported compression method ({info.compress_type})",
                "open and save it again in Word",
            )
        if info.file_size > MAX_ZIP_MEMBER_BYTES:
            raise DocumentError(
                f"refused: its part {info.filename!r} would inflate to {_mb(info.file_size)}, over "
                f"the limit of {_mb(MAX_ZIP_MEMBER_BYTES)} per part, as a ZIP bomb would; "
                f"nothing was decompressed",
                "open and save it again in Word, or export it to PDF",
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_CHECKED_FROM and ratio > MAX_COMPRESSION_RATIO:
            raise DocumentError(
                f"refused: its part {info.filename!r} is compressed {ratio:.0f} to 1, over the "
                f"limit of {MAX_COMPRESSION_RATIO} to 1, as in a ZIP bomb; nothing was decompressed",
                "open and save it again in Word, or export it to PDF",
            )
        total += info.file_size
    if total > MAX_ZIP_TOTAL_BYTES:
        raise DocumentError(
            f"refused: the DOCX package would inflate to {_mb(total)}, over the limit of "
            f"{_mb(MAX_ZIP_TOTAL_BYTES)}, as a ZIP bomb would; nothing was decompressed",
            "remove large embedded media, or export it to PDF",
        )
    # The declared sizes are within the limits. A part whose data inflates past its declared size would still
    # cost memory in zipfile's one-call read (which inflates up to 1 GiB before cutting to the declared size),
    # so every part is inflated once here, 1 MiB at a time: such a part fails its CRC check at its declared size.
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            for info in infos:
                with package.open(info) as part:
                    while part.read(1 << 20):
                        pass
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
        RuntimeError,
        struct.error,
    ) as exc:
        raise DocumentError(
            f"not a readable DOCX: the ZIP package is damaged ({str(exc)[:80]})",
            "download it again, or open and save it again in Word",
        ) from exc


def _zip_kind(names: set[str]) -> str | None:
    """What a ZIP archive that is not a Word document is, or None for what may be one."""
    if "word/document.xml" in names and "[Content_Types].xml" in names:
        return None
    if "xl/workbook.xml" in names:
        return "an Excel workbook"
    if "ppt/presentation.xml" in names:
        return "a PowerPoint presentation"
    if "mimetype" in names and "content.xml" in names:
        return "an OpenDocument file"
    if "mimetype" in names:
        return "an EPUB or other packaged format"
    if "[Content_Types].xml" not in names:
        return "no [Content_Types].xml in the archive"
    return None


def check_streams(data: bytes) -> None:
    """Refuse a PDF whose Flate-compressed streams inflate past MAX_PDF_STREAM_BYTES (one stream) or
    MAX_PDF_INFLATED_BYTES (all of them): a compression bomb. Counted by inflating piecewise and discarding the
    output, so the check itself needs no memory; streams that are not Flate (or are damaged) are left to the
    reader."""
    total = 0
    for match in STREAM_START.finditer(data):
        start = match.end()
        end = data.find(b"endstream", start)
        if end < 0:
            end = len(data)
        size = _inflated_size(memoryview(data)[start:end], MAX_PDF_STREAM_BYTES + 1)
        if size > MAX_PDF_STREAM_BYTES:
            raise DocumentError(
                f"refused: a compressed stream in the PDF inflates to more than "
                f"{MAX_PDF_STREAM_BYTES // (1024 * 1024)} MB, a compression bomb",
                "download or export the PDF again from its source",
            )
        total += size
        if total > MAX_PDF_INFLATED_BYTES:
            raise DocumentError(
                f"refused: the PDF's compressed streams inflate to more than "
                f"{MAX_PDF_INFLATED_BYTES // (1024 * 1024)} MB in all",
                "split it into smaller documents, or remove embedded images",
            )


def _inflated_size(raw: memoryview, cap: int) -> int:
    """How many bytes a zlib stream inflates to, up to `cap`; 0 for bytes that are not a zlib stream."""
    inflater = zlib.decompressobj()
    size = 0
    pending = bytes(raw)
    try:
        while pending and size < cap and not inflater.eof:
            size += len(inflater.decompress(pending, 1 << 20))
            pending = inflater.unconsumed_tail
    except zlib.error:
        return size if size else 0
    return size


def _mb(n: int) -> str:
    mib = 1024 * 1024
    if n < mib:
        return f"{n} bytes"
    return f"{n // mib} MB" if n % mib == 0 else f"{n / mib:.1f} MB"
