"""A title wrapped over two lines of large type on a PDF page is one heading, whatever the body's leading and
wherever the page number stands."""

from __future__ import annotations

from pipeline.model.blocks import Kind
from pipeline.read import pdf as pdf_reader

from ..hostile_docs import _page_objects, pdf


def slide_pdf(page_number_x: int) -> bytes:
    """A slide: "Customer Focus – Rating" / "Levels" in 30pt, 33pt apart (tight for its size), over lines of 20pt
    and 15pt text; the slide's number at the bottom, at `page_number_x`."""
    ops = [b"BT /F1 30 Tf 40 740 Td (Customer Focus - Rating) Tj ET", b"BT /F1 30 Tf 40 707 Td (Levels) Tj ET"]
    y = 660
    for n in range(4):
        ops.append(b"BT /F1 20 Tf 40 %d Td (Exemplary: anticipates needs %d) Tj ET" % (y, n))
        y -= 22
    for n in range(4):
        ops.append(b"BT /F1 15 Tf 40 %d Td (Solid: goes beyond requests %d) Tj ET" % (y, n))
        y -= 17
    ops.append(b"BT /F1 10 Tf %d 30 Td (9) Tj ET" % page_number_x)
    return pdf(_page_objects(b"\n".join(ops)))


def test_a_title_wrapped_in_large_type_is_one_heading(tmp_path):
    for x in (300, 590):  # the page number under the text, or at the far right (no edge of the text's lines)
        path = tmp_path / f"slide-{x}.pdf"
        path.write_bytes(slide_pdf(x))
        blocks = pdf_reader.read(path).blocks
        headings = [b.text for b in blocks if b.kind is Kind.HEADING]
        assert headings[0].split() == "Customer Focus - Rating Levels".split(), x


def test_lines_hanging_under_their_code_end_where_the_next_code_starts(tmp_path):
    """S2A's criteria: "P1 set out ..." over its wrapped line, "P2 ...", "P3 ...": one paragraph a code."""
    ops = [
        b"BT /F1 10 Tf 72 700 Td (P1 set out and communicate the purpose and objectives of the team to all its) Tj ET",
        b"BT /F1 10 Tf 90 688 Td (members) Tj ET",
        b"BT /F1 10 Tf 72 676 Td (P2 involve team members in planning how the team will achieve its objectives) Tj ET",
        b"BT /F1 10 Tf 72 664 Td (P3 agree clear responsibilities with each member of the team, taking note of) Tj ET",
        b"BT /F1 10 Tf 90 652 Td (their skills and availability) Tj ET",
    ]
    path = tmp_path / "criteria.pdf"
    path.write_bytes(pdf(_page_objects(b"\n".join(ops))))
    texts = [" ".join(b.text.split()) for b in pdf_reader.read(path).blocks]
    assert [t[:2] for t in texts] == ["P1", "P2", "P3"]
