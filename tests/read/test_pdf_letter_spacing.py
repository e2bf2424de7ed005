"""A PDF title set with wide letter spacing ("R E S O U R C E   M A N A G E M E N T") is read as its words."""

from __future__ import annotations

from pipeline.read import pdf as pdf_reader

from ..hostile_docs import _page_objects, pdf


def spaced_pdf(*lines: tuple[float, str]) -> bytes:
    """One page; each line (character spacing in points, text) set in 16 pt Helvetica with that spacing (`Tc`)."""
    ops = [b"BT /F1 16 Tf 72 720 Td 24 TL"]
    for spacing, text in lines:
        ops.append(b"%.1f Tc (" % spacing + text.encode("latin-1") + b") Tj T*")
    ops.append(b"ET")
    return pdf(_page_objects(b"\n".join(ops)))


def texts(tmp_path, data: bytes) -> list[str]:
    path = tmp_path / "spaced.pdf"
    path.write_bytes(data)
    return [b.text for b in pdf_reader.read(path).blocks]


def test_letter_spaced_capitals_are_read_as_words(tmp_path):
    out = texts(tmp_path, spaced_pdf((4, "RESOURCE MANAGEMENT"), (4, "TEAMWORK AND COLLABORATION")))
    assert out == ["RESOURCE MANAGEMENT\nTEAMWORK AND COLLABORATION"]


def test_letters_typed_with_spaces_between_them_keep_their_spaces(tmp_path):
    assert " ".join(texts(tmp_path, spaced_pdf((0, "Grades A B C D E apply")))) == "Grades A B C D E apply"
