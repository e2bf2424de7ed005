"""Names hanging in a narrow column beside their text, on a PDF page without table lines, are read name first."""

from __future__ import annotations

from pipeline.read import pdf as pdf_reader

from ..hostile_docs import _page_objects, pdf


def placed_pdf(*rows: tuple[float, float, str]) -> bytes:
    """One page; each (x, y, text) set at that place in 11 pt Helvetica."""
    ops = []
    for x, y, text in rows:
        ops.append(b"BT /F1 11 Tf %.1f %.1f Td (" % (x, y) + text.encode("latin-1") + b") Tj ET")
    return pdf(_page_objects(b"\n".join(ops)))


def texts(tmp_path, data: bytes) -> list[str]:
    path = tmp_path / "hanging.pdf"
    path.write_bytes(data)
    return [b.text.replace("\n", " ") for b in pdf_reader.read(path).blocks]


NAME, TEXT = 72.0, 170.0


def test_each_hanging_name_is_read_whole_before_its_text(tmp_path):
    out = texts(
        tmp_path,
        placed_pdf(
            (NAME, 700, "Vision and"),
            (TEXT, 700, "Sees the value of a picture of the future that ties the"),
            (NAME, 686, "Planning"),
            (TEXT, 686, "goals of the City to the work of the team."),
            (TEXT, 672, "Leads the team in turning the vision into daily work."),
            (NAME, 640, "Ethics"),
            (TEXT, 640, "Knows the ethical practices that govern the position"),
            (TEXT, 626, "and shows integrity in decisions and in own work."),
        ),
    )
    assert out[0] == "Vision and Planning"
    assert out[1].startswith("Sees the value of a picture") and "Planning" not in out[1]
    assert "Ethics" in out and out.index("Ethics") > 1


def test_a_numbered_list_with_its_text_set_off_from_the_numbers_stays_a_numbered_list(tmp_path):
    path = tmp_path / "list.pdf"
    path.write_bytes(
        placed_pdf(
            (NAME, 700, "1."),
            (TEXT, 700, "Sees the value of a picture of the future."),
            (TEXT, 686, "Leads the team in turning the vision into work."),
            (NAME, 660, "2."),
            (TEXT, 660, "Knows the ethical practices of the position."),
            (TEXT, 646, "Shows integrity in decisions and in own work."),
        )
    )
    blocks = pdf_reader.read(path).blocks
    assert [(b.marker, b.text.split("\n")[0]) for b in blocks] == [
        ("1.", "Sees the value of a picture of the future."),
        ("2.", "Knows the ethical practices of the position."),
    ]
