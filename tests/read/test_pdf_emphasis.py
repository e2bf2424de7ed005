"""A phrase set in bold inside a PDF paragraph does not break the paragraph."""

from __future__ import annotations

from pipeline.read import pdf as pdf_reader

from ..hostile_docs import pdf


def two_font_pdf(*lines: tuple[str, bool]) -> bytes:
    """One page of 12 pt lines, 14 pt apart, each in Helvetica or (True) Helvetica-Bold."""
    ops = []
    y = 720
    for text, bold in lines:
        font = b"/F2" if bold else b"/F1"
        ops.append(b"BT " + font + b" 12 Tf 72 %d Td (" % y + text.encode("latin-1") + b") Tj ET")
        y -= 14
    content = b"\n".join(ops)
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
        ]
    )


def texts(tmp_path, data: bytes) -> list[str]:
    path = tmp_path / "emphasis.pdf"
    path.write_bytes(data)
    return [b.text.replace("\n", " ") for b in pdf_reader.read(path).blocks]


def test_a_bold_line_going_on_in_lower_case_is_the_same_paragraph(tmp_path):
    out = texts(
        tmp_path,
        two_font_pdf(
            ("Level 2: Explain procedures, policies or findings to small groups;", False),
            ("lead routine meetings.", True),
            ("Level 3: Present complex information to large audiences.", False),
        ),
    )
    assert out[0] == "Level 2: Explain procedures, policies or findings to small groups; lead routine meetings."
    assert out[1].startswith("Level 3:")


def test_a_bold_line_after_a_finished_sentence_starts_a_paragraph(tmp_path):
    out = texts(
        tmp_path,
        two_font_pdf(
            ("Works with others to reach shared goals.", False),
            ("Teamwork", True),
            ("Shares information freely.", False),
        ),
    )
    assert out == ["Works with others to reach shared goals.", "Teamwork", "Shares information freely."]


def test_bold_lines_a_paragraph_opens_with_before_regular_type_are_its_lead(tmp_path):
    path = tmp_path / "lead.pdf"
    path.write_bytes(
        two_font_pdf(
            ("Take on a short assignment that requires you to present the concerns of", True),
            ("stakeholders. Review your notes after six weeks.", False),
        )
    )
    (block,) = pdf_reader.read(path).blocks
    assert block.lead == "Take on a short assignment that requires you to present the concerns of"
    assert not block.bold
