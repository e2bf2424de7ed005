"""Generators of hostile and broken documents for the tests: every bad document is made by the test that uses it,
in its tmp_path, never committed.

Hand-written formats (PDF, ZIP, OLE) are written byte by byte here, so that a test can make exactly the damage it
means (a lying ZIP directory, an encrypted PDF, an encrypted Office file) without any extra library.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zipfile
import zlib

# --- PDF --------------------------------------------------------------------------------------------------------


def pdf(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A PDF of the given object bodies (numbered from 1, object 1 the catalog) with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer_extra
    out += b">>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _page_objects(content: bytes, extra_resources: bytes = b"") -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> " + extra_resources + b">> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


def text_content(*lines: str) -> bytes:
    ops = [b"BT /F1 12 Tf 72 720 Td 14 TL"]
    for line in lines:
        escaped = line.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append(b"(" + escaped + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def text_pdf(*lines: str) -> bytes:
    """A one-page PDF with a real text layer."""
    return pdf(_page_objects(text_content(*(lines or ("Hello World",)))))


def zero_page_pdf() -> bytes:
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def blank_pdf() -> bytes:
    return pdf(_page_objects(b""))


def image_only_pdf() -> bytes:
    """A 'scanned' page: one image, no text layer. Pillow when installed, else a hand-written image XObject."""
    try:
        from PIL import Image, ImageDraw
    except ImportError:
        pixels = bytes([255, 255, 255] * 64 * 16 + [0, 0, 0] * 64 * 16)
        image = (
            b"<< /Type /XObject /Subtype /Image /Width 64 /Height 32 /ColorSpace /DeviceRGB "
            b"/BitsPerComponent 8 /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream"
        )
        objs = _page_objects(b"q 400 0 0 200 100 400 cm /Im1 Do Q", b"/XObject << /Im1 6 0 R >>")
        return pdf(objs + [image])
    image = Image.new("RGB", (400, 200), "white")
    ImageDraw.Draw(image).text((20, 80), "Scanned competency text", fill="black")
    out = io.BytesIO()
    image.save(out, "PDF", resolution=72)
    return out.getvalue()


PASSWORD_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted_pdf(user_password: bytes, *lines: str) -> bytes:
    """A PDF encrypted with the standard security handler (RC4 40-bit, revision 2, PDF 1.4 algorithms 3.1-3.3).
    An empty user password opens it without asking (only the owner's permissions are restricted)."""

    def padded(pw: bytes) -> bytes:
        return (pw + PASSWORD_PAD)[:32]

    doc_id = hashlib.md5(b"competency-kb hostile test").digest()
    permissions = struct.pack("<i", -44)  # printing and copying not allowed
    owner = rc4(hashlib.md5(padded(b"owner-secret")).digest()[:5], padded(user_password))
    key = hashlib.md5(padded(user_password) + owner + permissions + doc_id).digest()[:5]
    user = rc4(key, PASSWORD_PAD)
    content = text_content(*(lines or ("Hello World",)))
    object_key = hashlib.md5(key + (4).to_bytes(3, "little") + (0).to_bytes(2, "little")).digest()[:10]
    objects = _page_objects(rc4(object_key, content))
    objects.append(
        b"<< /Filter /Standard /V 1 /R 2 /O <" + owner.hex().encode() + b"> /U <" + user.hex().encode() + b"> /P -44 >>"
    )
    ident = doc_id.hex().encode()
    return pdf(objects, b"/Encrypt 6 0 R /ID [<" + ident + b"> <" + ident + b">] ")


def flate_bomb_pdf(inflated_mib: int) -> bytes:
    """A PDF whose content stream is small on disk and inflates to `inflated_mib` MiB of zeros."""
    stream = zlib_stream_of_zeros(inflated_mib)
    objs = _page_objects(b"")
    objs[3] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
    return pdf(objs)


# --- DEFLATE of many zeros, cheaply ------------------------------------------------------------------------------


def _zero_block() -> bytes:
    """Raw DEFLATE blocks for 1 MiB of zero bytes, byte-aligned and independent of what precedes them (a full
    flush), so that repeating them is a valid stream of any multiple of 1 MiB."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(bytes(1 << 20)) + compressor.flush(zlib.Z_FULL_FLUSH)


def raw_deflate_of_zeros(mib: int) -> bytes:
    return _zero_block() * mib + b"\x03\x00"  # an empty final block ends the stream


def zlib_stream_of_zeros(mib: int) -> bytes:
    adler = 1
    chunk = bytes(1 << 20)
    for _ in range(mib):
        adler = zlib.adler32(chunk, adler)
    return b"\x78\xda" + raw_deflate_of_zeros(mib) + struct.pack(">I", adler)


def crc_of_zeros(mib: int) -> int:
    crc = 0
    chunk = bytes(1 << 20)
    for _ in range(mib):
        crc = zlib.crc32(chunk, crc)
    return crc


# --- ZIP written by hand: any sizes, flags and methods the test wants ------------------------------------------


def zip_bytes(members: list[dict]) -> bytes:
    """A ZIP archive from members {name, data (as stored), method (0 stored, 8 deflated), size (declared
    uncompressed), crc, flags}; missing values are computed from `data` as stored."""
    out = bytearray()
    central = bytearray()
    for m in members:
        name = m["name"].encode("utf-8")
        data = m["data"]
        method = m.get("method", 0)
        size = m.get("size", len(data))
        crc = m.get("crc", zlib.crc32(data) if method == 0 else 0)
        flags = m.get("flags", 0)
        offset = len(out)
        out += (
            struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x21, crc, len(data), size, len(name), 0)
            + name
            + data
        )
        central += (
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                flags,
                method,
                0,
                0x21,
                crc,
                len(data),
                size,
                len(name),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + name
        )
    start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), start, 0)
    return bytes(out)


CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument'
    b'.wordprocessingml.document.main+xml"/></Types>'
)
ROOT_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'officeDocument" Target="word/document.xml"/></Relationships>'
)
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def document_xml(*paragraphs: str, prolog: str = "") -> bytes:
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>' for p in paragraphs)
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
        f"<w:document {W_NS}><w:body>{body}</w:body></w:document>"
    ).encode()


def minimal_docx(
    document: bytes | None = None, extra: dict[str, bytes] | None = None, drop: tuple[str, ...] = ()
) -> bytes:
    """A DOCX package with just the parts Word needs (content types, relationships, the main document)."""
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "word/document.xml": document if document is not None else document_xml("Hello World"),
    }
    parts.update(extra or {})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            if name not in drop:
                package.writestr(name, data)
    return out.getvalue()


def docx_bomb(inflated_mib: int = 1024) -> bytes:
    """A DOCX whose word/document.xml inflates to `inflated_mib` MiB (1 GiB by default) from about 1 KB per MiB:
    a genuine ZIP bomb, correct sizes and CRC included."""
    data = raw_deflate_of_zeros(inflated_mib)
    return zip_bytes(
        [
            {"name": "[Content_Types].xml", "data": CONTENT_TYPES},
            {"name": "_rels/.rels", "data": ROOT_RELS},
            {
                "name": "word/document.xml",
                "data": data,
                "method": 8,
                "size": inflated_mib << 20,
                "crc": crc_of_zeros(inflated_mib),
            },
        ]
    )


# --- OLE compound files (legacy Office, encrypted Office) ------------------------------------------------------

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
FREE, END_OF_CHAIN, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def ole_file(stream_names: list[str]) -> bytes:
    """A valid OLE compound file (version 3, 512-byte sectors) holding empty streams of the given names: sector 0
    is the FAT, sector 1 the directory. An encrypted .docx is such a file with EncryptionInfo and
    EncryptedPackage streams; a Word 97-2003 .doc has a WordDocument stream."""
    assert len(stream_names) <= 3
    header = bytearray(512)
    header[0:8] = OLE_MAGIC
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 0x2C, 1)  # one FAT sector
    struct.pack_into("<I", header, 0x30, 1)  # the directory starts at sector 1
    struct.pack_into("<I", header, 0x38, 4096)  # mini stream cutoff
    struct.pack_into("<II", header, 0x3C, END_OF_CHAIN, 0)
    struct.pack_into("<II", header, 0x44, END_OF_CHAIN, 0)
    struct.pack_into("<109I", header, 0x4C, 0, *([FREE] * 108))
    fat = struct.pack("<128I", FAT_SECTOR, END_OF_CHAIN, *([FREE] * 126))

    def entry(name: str, kind: int, right: int, child: int) -> bytes:
        encoded = name.encode("utf-16-le")
        return struct.pack(
            "<64sHBBIII16sIQQIQ",
            encoded,
            len(encoded) + 2,
            kind,
            1,
            NO_STREAM,
            right,
            child,
            bytes(16),
            0,
            0,
            0,
            END_OF_CHAIN,
            0,
        )

    names = list(stream_names)
    directory = entry("Root Entry", 5, NO_STREAM, 1 if names else NO_STREAM)
    for i, name in enumerate(names, start=1):
        directory += entry(name, 2, i + 1 if i < len(names) else NO_STREAM, NO_STREAM)
    directory += bytes(512 - len(directory))
    return bytes(header) + fat + directory


def encrypted_docx() -> bytes:
    return ole_file(["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"])


def legacy_doc() -> bytes:
    return ole_file(["WordDocument", "1Table", "\x05SummaryInformation"])


def turned_text_pdf(angle: int, *lines: str) -> bytes:
    """A one-page PDF whose text runs at `angle` degrees (90: up the page, 270: down, 180: upside down), as a
    landscape page printed turned or vertical text: the page content is the upright text under a rotation."""
    turn = {
        90: b"0 1 -1 0 612 0 cm",  # the text's left-to-right runs up the page, lines going right
        270: b"0 -1 1 0 0 792 cm",
        180: b"-1 0 0 -1 612 792 cm",
    }[angle]
    return pdf(_page_objects(b"q " + turn + b"\n" + text_content(*lines) + b"\nQ"))


def annotation_only_pdf(*notes: str) -> bytes:
    """A PDF whose page content is empty and whose text is only in text annotations (sticky notes)."""
    annots = b" ".join(b"%d 0 R" % (6 + n) for n in range(len(notes)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Annots [" + annots + b"] >>",
        b"<< /Length 0 >>\nstream\n\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for n, note in enumerate(notes):
        objects.append(
            b"<< /Type /Annot /Subtype /Text /Rect [%d 700 %d 720] /Contents (" % (72 + 30 * n, 92 + 30 * n)
            + note.encode("latin-1")
            + b") >>"
        )
    return pdf(objects)


def circular_form_pdf(*lines: str) -> bytes:
    """A PDF whose page draws a form XObject that draws itself: pdfminer refuses the loop and logs a warning."""
    content = text_content(*lines) + b"\n/Fm1 Do"
    form = b"/Fm1 Do"
    objects = _page_objects(content, b"/XObject << /Fm1 6 0 R >>")
    objects.append(
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /Fm1 6 0 R >> >> "
        b"/Length %d >>\nstream\n" % len(form) + form + b"\nendstream"
    )
    return pdf(objects)
