"""A PDF page's two-column bands, found from its words' positions: each band between lines set across the page is
read column by column."""

from __future__ import annotations

from pipeline.read.pdf import two_columns

WIDTH = 600.0


def word(text: str, x0: float, x1: float, top: float, size: float = 10.0) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size, "size": size}


def line(x0: float, x1: float, top: float, words: int = 5) -> list[dict]:
    """A line of text from x0 to x1, its words one space apart."""
    step = (x1 - x0) / words
    return [word("text", x0 + step * k, x0 + step * (k + 1) - 3, top) for k in range(words)]


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


def test_two_columns_whose_lines_do_not_line_up_are_read_column_by_column():
    """VUW's careers handout: the left column runs down the page, the right one holds a few lines set in other
    leading, none level with a line of the left column."""
    words = [w for k in range(20) for w in line(50, 280, 50 + 12.5 * k)]
    words += [w for k in range(8) for w in line(320, 540, 56.25 + 12.5 * k)]
    bands = two_columns(words, WIDTH)
    assert len(bands) == 1
    gutter, top, bottom = bands[0]
    assert 280 < gutter < 320
    assert top == 50 and bottom >= 56.25 + 12.5 * 7


def test_a_narrow_column_of_names_beside_their_text_is_no_two_column_band():
    """Names hanging in the margin beside their definitions, a line or two each, the text lines in between: the
    columns are of very different widths, and the page reads name by name (`pdf_hanging`)."""
    words = []
    for k in range(5):
        top = 50 + 60 * k
        words += line(50, 150, top)
        words += [w for n in range(4) for w in line(200, 550, top + 6.25 + 12.5 * n)]
    assert two_columns(words, WIDTH) == []


def test_a_page_of_three_columns_whose_lines_do_not_line_up_has_no_two_column_band():
    """Workitect's contents page: three columns of names, the third set lower than the others: no gutter parts
    it in two columns of text."""
    words = [w for k in range(14) for w in line(50, 180, 50 + 12.5 * k, words=3)]
    words += [w for k in range(14) for w in line(220, 350, 54 + 12.5 * k, words=3)]
    words += [w for k in range(6) for w in line(400, 540, 58 + 12.5 * k, words=3)]
    assert two_columns(words, WIDTH) == []


def test_rows_broken_by_a_wide_gap_right_of_a_column_of_text_are_no_second_column():
    """A table's rows beside a column of text (a term, then its value far to the right) are no column of text."""
    words = [w for k in range(20) for w in line(50, 280, 50 + 12.5 * k)]
    for k in range(8):
        top = 56.25 + 12.5 * k
        if k % 2:  # (the gaps at different places: no gutter common to the rows)
            words += [word("Term", 320, 340, top), word("its", 420, 440, top), word("value", 445, 540, top)]
        else:
            words += [word("Term", 320, 380, top), word("name", 385, 420, top), word("value", 500, 540, top)]
    assert two_columns(words, WIDTH) == []
