"""Boxes drawn side by side on a PDF page (a slide's level boxes) are read as the cells of a table."""

from __future__ import annotations

from pipeline.read import pdf as pdf_reader
from pipeline.read.pdf_boxes import box_grid

from ..hostile_docs import _page_objects, pdf

PAGE = (612.0, 792.0)
LEVELS = ("Level 1", "Level 2", "Level 3")
BEHAVIOURS = ("Greets clients.", "Asks questions.", "Sets standards.")


def centre(box):
    x0, top, x1, bottom = box
    return ((x0 + x1) / 2, (top + bottom) / 2)


def test_boxes_of_one_height_in_a_row_over_boxes_lined_up_below_are_a_grid():
    heads = [(40.0 + 180 * k, 100.0, 200.0 + 180 * k, 130.0) for k in range(3)]
    bodies = [(40.0 + 180 * k, 135.0, 200.0 + 180 * k, 400.0) for k in range(3)]
    grid = box_grid(heads + bodies, [centre(b) for b in heads + bodies], *PAGE)
    assert sorted((row, col) for _, row, col in grid) == [(r, c) for r in (1, 2) for c in (1, 2, 3)]
    assert next((row, col) for box, row, col in grid if box == (400.0, 135.0, 560.0, 400.0)) == (2, 3)


def test_boxes_without_text_a_page_frame_and_two_boxes_alone_are_no_grid():
    heads = [(40.0 + 180 * k, 100.0, 200.0 + 180 * k, 130.0) for k in range(3)]
    assert box_grid(heads, [], *PAGE) == []  # no text in them: decoration
    frame = (0.0, 0.0, 612.0, 792.0)
    assert box_grid([frame], [centre(frame)], *PAGE) == []
    two = heads[:2]
    assert box_grid(two, [centre(b) for b in two], *PAGE) == []


def boxes_pdf(framed_one_by_one: bool) -> bytes:
    """Three level boxes over three behaviour boxes, filled, or each stroked on its own (a level's two boxes
    close enough to make a table of one column, apart from the next level's)."""
    ops = []
    for k, (level, behaviour) in enumerate(zip(LEVELS, BEHAVIOURS, strict=True)):
        x = 40 + 180 * k
        paint = b"S" if framed_one_by_one else b"f"
        ops.append(b"0.8 g 0 G %d 660 160 30 re %s %d 400 160 258 re %s" % (x, paint, x, paint))
        ops.append(b"0 g BT /F1 11 Tf %d 670 Td (%s) Tj ET" % (x + 8, level.encode()))
        ops.append(b"0 g BT /F1 11 Tf %d 630 Td (%s) Tj ET" % (x + 8, behaviour.encode()))
    return pdf(_page_objects(b"\n".join(ops)))


def cells(tmp_path, data: bytes) -> dict[str, tuple[int, int, int]]:
    path = tmp_path / "slide.pdf"
    path.write_bytes(data)
    return {b.text: (b.cell.table, b.cell.row, b.cell.col) for b in pdf_reader.read(path).blocks if b.cell}


def test_filled_boxes_side_by_side_are_the_cells_of_one_table(tmp_path):
    found = cells(tmp_path, boxes_pdf(framed_one_by_one=False))
    assert {text: rc[1:] for text, rc in found.items()} == {
        "Level 1": (1, 1),
        "Level 2": (1, 2),
        "Level 3": (1, 3),
        "Greets clients.": (2, 1),
        "Asks questions.": (2, 2),
        "Sets standards.": (2, 3),
    }
    assert len({rc[0] for rc in found.values()}) == 1


def test_boxes_each_framed_on_its_own_are_the_columns_of_one_table_not_tables_of_their_own(tmp_path):
    found = cells(tmp_path, boxes_pdf(framed_one_by_one=True))
    assert len({rc[0] for rc in found.values()}) == 1
    assert found["Sets standards."][1:] == (2, 3)


def test_a_small_bullet_set_level_with_its_text_is_on_the_texts_line(tmp_path):
    """A 5pt bullet glyph centred on a 12pt line has a top of its own; it still opens that line."""
    ops = b"BT /F1 5 Tf 72 703 Td (o) Tj ET BT /F1 12 Tf 84 700 Td (Treats every customer courteously) Tj ET"
    ops += b" BT /F1 12 Tf 84 686 Td (and promptly) Tj ET"
    path = tmp_path / "bullet.pdf"
    path.write_bytes(pdf(_page_objects(ops)))
    (item,) = pdf_reader.read(path).blocks
    assert item.text.split() == "Treats every customer courteously and promptly".split()
    assert item.marker  # the bullet opens the item, not a line of its own above it


def shaded_paragraphs_pdf() -> bytes:
    """FYI's profile blocks: each paragraph shaded on its own, the labels' bands a few points left of the bullets'."""
    ops = []
    lines = [("Unskilled", 65), ("Gets rattled under pressure", 71), ("Shows frustration openly", 71)]
    lines += [("Skilled", 65), ("Is cool under pressure", 71), ("Is a settling influence", 71)]
    y = 700
    for text, x in lines:
        ops.append(b"0.9 g %d %d %d 15 re f" % (x, y, 547 - x))
        ops.append(b"0 g BT /F1 10 Tf %d %d Td (%s) Tj ET" % (x + 2, y + 4, text.encode()))
        y -= 15
    return pdf(_page_objects(b"\n".join(ops)))


def test_shaded_paragraphs_stacked_with_their_left_edges_apart_are_text_not_a_table(tmp_path):
    path = tmp_path / "fyi.pdf"
    path.write_bytes(shaded_paragraphs_pdf())
    found = pdf_reader.read(path).blocks
    assert not [b.text for b in found if b.cell]
    assert "Is a settling influence" in " ".join(b.text for b in found)


def side_boxes_pdf() -> bytes:
    """A slide: a tall box on the left ("Descriptors" over four lines), two shorter boxes stacked on its right
    ("Key domains", "Evidence"), each box a band with its title over a framed body."""
    ops = []

    def box(x: int, top: int, width: int, title: str, lines: list[str]) -> None:
        height = 22 + 18 * len(lines) + 8
        ops.append(b"0.8 g %d %d %d 22 re f" % (x, top - 22, width))  # the title's band
        ops.append(b"0 G %d %d %d %d re S" % (x, top - height, width, height - 22))  # the body's frame
        ops.append(b"0 g BT /F1 12 Tf %d %d Td (%s) Tj ET" % (x + 6, top - 16, title.encode()))
        for k, line in enumerate(lines):
            ops.append(b"0 g BT /F1 10 Tf %d %d Td (%s) Tj ET" % (x + 6, top - 40 - 18 * k, line.encode()))

    box(
        40,
        700,
        300,
        "Descriptors",
        [
            "Knows how the service is run",
            "Takes part in governance",
            "Follows the guidelines",
            "Organises own workload",
        ],
    )
    box(360, 700, 200, "Key domains", ["Domain 1: Values", "Domain 3: Knowledge"])
    box(360, 600, 200, "Evidence", ["Placement reports", "Feedback"])
    return pdf(_page_objects(b"\n".join(ops)))


def test_boxes_side_by_side_of_other_heights_are_read_box_by_box(tmp_path):
    # (read row by row across the page, the left box's lines would fall between the right boxes' lines)
    path = tmp_path / "slide.pdf"
    path.write_bytes(side_boxes_pdf())
    texts = [line for b in pdf_reader.read(path).blocks for line in b.text.split("\n")]
    assert texts.index("Organises own workload") < texts.index("Key domains") < texts.index("Evidence")
    assert texts.index("Descriptors") < texts.index("Knows how the service is run")
