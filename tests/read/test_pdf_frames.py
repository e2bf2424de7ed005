"""A rectangle as large as most of the page (a slide's background, a page border) frames the page: it lays out no
table, and the text on it is read as the page's own lines."""

from __future__ import annotations

from pipeline.read import pdf as pdf_reader

from ..hostile_docs import _page_objects, pdf, text_content


def framed_pdf(*lines: str, band: bool = True) -> bytes:
    """One page with a filled background over all but a footer band, the band filled too, and the lines on it."""
    frame = b"0.95 g 0 40 612 752 re f\n"
    if band:
        frame += b"0.2 g 0 0 612 40 re f\n"
    return pdf(_page_objects(frame + b"0 g\n" + text_content(*lines)))


def test_text_on_a_slides_background_is_no_table(tmp_path):
    path = tmp_path / "slide.pdf"
    path.write_bytes(framed_pdf("Working together", "Shares information with other units.", "Offers help."))
    blocks = pdf_reader.read(path).blocks
    assert blocks and all(b.cell is None for b in blocks)
    assert "Shares information with other units." in " ".join(b.text for b in blocks)


def test_a_ruled_table_smaller_than_the_page_is_still_a_table(tmp_path):
    grid = b"0 G 1 w 72 600 m 540 600 l S 72 650 m 540 650 l S 72 700 m 540 700 l S "
    grid += b"72 600 m 72 700 l S 300 600 m 300 700 l S 540 600 m 540 700 l S\n"
    cells = b"BT /F1 11 Tf 80 680 Td (Level 1) Tj ET BT /F1 11 Tf 310 680 Td (Hears others.) Tj ET "
    cells += b"BT /F1 11 Tf 80 630 Td (Level 2) Tj ET BT /F1 11 Tf 310 630 Td (Listens well.) Tj ET"
    path = tmp_path / "table.pdf"
    path.write_bytes(pdf(_page_objects(grid + cells)))
    blocks = pdf_reader.read(path).blocks
    assert {b.text for b in blocks if b.cell is not None} >= {"Level 1", "Hears others.", "Level 2", "Listens well."}


def test_a_table_beside_a_column_of_text_is_read_after_the_text_beside_it(tmp_path):
    """Skills for Care's shaded sidebar of role boxes beside the text: the text first, then the sidebar row by
    row, not the two interleaved by height."""
    rules = b"0 G 1 w 320 560 m 540 560 l S 320 620 m 540 620 l S 320 680 m 540 680 l S 320 740 m 540 740 l S "
    rules += b"320 560 m 320 740 l S 540 560 m 540 740 l S\n"
    ops = [rules]
    for n, text in enumerate(("Frontline", "Team leader", "Organisation")):
        ops.append(b"BT /F1 10 Tf 330 %d Td (%s) Tj ET" % (720 - 60 * n, text.encode()))
    lines = [
        "Leaders in adult social care recognise how their",
        "own values shape the decisions they make and",
        "notice the effect their emotions have on people",
        "who use services and on their colleagues, and",
        "ask others for feedback to learn where to grow.",
    ]
    for n, text in enumerate(lines):
        ops.append(b"BT /F1 10 Tf 72 %d Td (%s) Tj ET" % (730 - 30 * n, text.encode()))
    path = tmp_path / "sidebar.pdf"
    path.write_bytes(pdf(_page_objects(b"\n".join(ops))))
    texts = [b.text.replace("\n", " ") for b in pdf_reader.read(path).blocks]
    body = [t for t in texts if "Leaders" in t or "feedback" in t]
    assert body and texts.index(body[-1]) < texts.index("Frontline") < texts.index("Organisation")


def _pages(*contents: bytes) -> bytes:
    """A PDF of several pages, one content stream each."""
    n = len(contents)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * k) for k in range(n))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n]
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for k, content in enumerate(contents):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R " % (5 + 2 * k)
            + b"/Resources << /Font << /F1 3 0 R >> >> >>"
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    return pdf(objects)


def _line(x: int, y: int, size: int, text: str) -> bytes:
    return b"BT /F1 %d Tf %d %d Td (%s) Tj ET\n" % (size, x, y, text.encode("latin-1"))


def test_a_heading_at_the_top_of_pages_under_the_running_header_is_no_running_header(tmp_path):
    """Police Scotland: "OFFICIAL" on every page, then "Level 1" set large at the top of each competency's second
    page: the marking is furniture, the heading is the page's first heading."""
    page = [_line(280, 775, 9, "OFFICIAL"), _line(72, 745, 15, "Level 1"), _line(72, 700, 11, "I work with others.")]
    page2 = [_line(280, 775, 9, "OFFICIAL"), _line(72, 745, 15, "Level 1"), _line(72, 700, 11, "I lead the team.")]
    path = tmp_path / "cvf.pdf"
    path.write_bytes(_pages(b"".join(page), b"".join(page2)))
    texts = [b.text for b in pdf_reader.read(path).blocks if b.region.value == "body"]
    assert texts.count("Level 1") == 2 and "OFFICIAL" not in texts
