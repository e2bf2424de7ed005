"""A PDF page's two-column bands, found from its words' positions: each band between lines set across the page is
read column by column."""

from __future__ import annotations

from pipeline.read.pdf import two_columns

WIDTH = 600.0


def word(text: str, x0: float, x1: float, top: float, size: float = 10.0) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size, "size": size}


def two_column_rows(top: float, rows: int = 8) -> list[dict]:
    out = []
    for k in range(rows):
        y = top + 14 * k
        out += [word("left", 50, 250, y), word("right", 330, 530, y)]
    return out


def test_every_band_set_in_two_columns_is_found_between_the_lines_across_the_page():
    words = [word("A title set across the whole width of the page", 50, 550, 20, size=10)]
    words += two_column_rows(50)
    words += [word("Finding solutions", 50, 200, 180, size=15)]  # the next name, larger, over its definition
    words += [word("A definition running across the whole width of the page", 50, 550, 200)]
    words += two_column_rows(230)
    bands = two_columns(words, WIDTH)
    assert len(bands) == 2
    (gutter, top1, bottom1), (_, top2, _) = bands
    assert 250 < gutter < 330
    assert (top1, top2) == (50, 230)
    assert bottom1 < 180  # the larger name stands across the page, in no column


def test_a_page_of_one_column_has_no_band():
    words = [word("A line of text across the whole width of the page", 50, 550, 20 + 14 * k) for k in range(12)]
    assert two_columns(words, WIDTH) == []
