"""Text encodings: the one table of byte-order marks, and bytes to text for plain text and Markdown (the HTML
reader adds what a page declares in its <meta charset>)."""

from __future__ import annotations

import codecs

from ..model.errors import DocumentError

UNICODE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# As browsers do (WHATWG Encoding): a page labelled Latin-1 or ASCII is read as Windows-1252.
LATIN1_LABELS = {"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii"}
_ASCII_PROBE = '<meta charset="x"> abcXYZ 0123 &;/'


def encoding_of_bom(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of `data` names, or None."""
    for bom, encoding in UNICODE_BOMS:
        if data.startswith(bom):
            return encoding
    return None


def declared_encoding(label: str) -> str | None:
    """The codec a document's own label (an HTML <meta charset>) names, when it is one to trust: known to Python
    and ASCII-compatible, as the label itself was read as ASCII. EBCDIC (cp037), UTF-16 or UTF-7 named in a
    page's ASCII text cannot be its encoding; a made-up name ("undefined") is no encoding either."""
    label = label.strip().lower()
    if label in LATIN1_LABELS:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
        if _ASCII_PROBE.encode(name) != _ASCII_PROBE.encode("ascii") or name in ("utf-7",):
            return None
    except (LookupError, UnicodeError, ValueError):
        return None
    return name


def decode(data: bytes) -> str:
    """Bytes to text: BOMs honoured (UTF-8, UTF-16, UTF-32), UTF-16 without a BOM recognised by its NUL bytes,
    UTF-8 preferred, cp1252 (a superset of Latin-1's printable characters) as the legacy fallback; NUL bytes
    removed and line endings (CRLF, CR, LF, mixed) unified."""
    if not data.strip(b" \t\r\n\x00"):
        raise DocumentError("the file is empty or holds only white space", "replace it with the full document")
    bom_encoding = encoding_of_bom(data)
    if bom_encoding:
        text = data.decode(bom_encoding, errors="replace")
    else:
        encoding = _utf16_without_bom(data)
        if encoding:
            text = data.decode(encoding, errors="replace")
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = legacy_decode(data)
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DocumentError("the file is empty or holds only white space", "replace it with the full document")
    return text


def legacy_decode(data: bytes) -> str:
    """Text in a legacy single-byte encoding: cp1252 (Windows, a superset of Latin-1's printable characters), or
    Latin-1 itself when the bytes use the few codes cp1252 leaves undefined."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for text whose every other byte is mostly NUL (Latin script in UTF-16)."""
    sample = data[:4096]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    half = len(sample) // 2
    odd_nuls = sample[1::2].count(0)
    even_nuls = sample[0::2].count(0)
    if odd_nuls > 0.6 * half and even_nuls < 0.1 * half:
        return "utf-16-le"
    if even_nuls > 0.6 * half and odd_nuls < 0.1 * half:
        return "utf-16-be"
    return None
