"""Layout typed into the text itself, as readers meet it in exports and PDFs: a title between two rules, list
numbering in parentheses ("(a)", "(2)", "(iv)"), and a heading in large type wrapped over two lines."""

from __future__ import annotations

from pathlib import Path

from pipeline.model.blocks import Kind
from pipeline.read import pdf as pdf_reader
from pipeline.read import text as text_reader

from .. import hostile_docs as h


def read_text(*lines: str):
    return text_reader.read(Path("guide.txt"), "\n".join(lines).encode()).blocks


def test_a_numbered_title_between_two_rules_is_a_heading_not_a_list_item():
    blocks = read_text(
        "Use the questions below.",
        "",
        "=" * 60,
        "2. PROBLEM SOLVING ABILITY",
        "=" * 60,
        "",
        "Definition: Gathers the facts and weighs them.",
    )
    title = next(b for b in blocks if "PROBLEM" in b.text)
    assert title.kind is Kind.HEADING and title.text == "2. PROBLEM SOLVING ABILITY"
    assert not any(set(b.text) == {"="} for b in blocks)  # the rules are no text


def test_a_numbered_line_under_a_rule_of_another_character_is_still_a_list_item():
    blocks = read_text("=" * 40, "1. Describe a time you led a team.", "-" * 40)
    assert [b.kind for b in blocks if b.text] == [Kind.LIST_ITEM]


def test_list_numbering_in_parentheses_marks_list_items():
    blocks = read_text("Performance indicators", "(a) Identifies the law.", "(b) Explains the rules.", "(iv) Reports.")
    assert [(b.kind, b.marker, b.text) for b in blocks[1:]] == [
        (Kind.LIST_ITEM, "(a)", "Identifies the law."),
        (Kind.LIST_ITEM, "(b)", "Explains the rules."),
        (Kind.LIST_ITEM, "(iv)", "Reports."),
    ]


def test_a_copyright_line_is_no_list_item():
    blocks = read_text("Last paragraph of the page.", "", "(c) Crown Copyright", "(C) 2024 The Council")
    assert all(b.kind is Kind.PARAGRAPH for b in blocks)


def sized_pdf(*lines: tuple[int, int, str]) -> bytes:
    """A one-page PDF of lines, each (font size, distance below the line before, text)."""
    ops = [b"BT 72 740 Td"]
    for size, down, text in lines:
        escaped = text.encode("latin-1").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append(b"/F1 %d Tf 0 -%d Td (" % (size, down) + escaped + b") Tj")
    ops.append(b"ET")
    return h.pdf(h._page_objects(b"\n".join(ops)))


def test_a_heading_in_large_type_wrapped_over_two_lines_is_one_heading(tmp_path):
    body = [(10, 12, f"Body line {n} of the introduction, set in the type of the text.") for n in range(8)]
    data = sized_pdf(
        *body,
        (16, 30, "Domain 1 - Professional"),
        (16, 19, "Practice"),
        (10, 24, "Practising safely and within the law."),
        (10, 18, "(a) Identifies the legislation."),
        (10, 12, "(b) Explains the mandate of the regulator."),
    )
    path = tmp_path / "standard.pdf"
    path.write_bytes(data)
    blocks = pdf_reader.read(path).blocks
    headings = [b.text.replace("\n", " ") for b in blocks if b.kind is Kind.HEADING]
    assert headings == ["Domain 1 - Professional Practice"]
    assert [(b.marker, b.text) for b in blocks if b.kind is Kind.LIST_ITEM] == [
        ("(a)", "Identifies the legislation."),
        ("(b)", "Explains the mandate of the regulator."),
    ]


def test_numbered_clauses_in_the_texts_type_are_items_and_bullets_set_further_in_nest_under_them(tmp_path):
    body = [(10, 12, f"Body line {n} of the introduction, set in the type of the text.") for n in range(6)]
    ops = [b"BT 72 740 Td"]
    x = 72
    for size, down, indent, text in [
        *((s, d, 72, t) for s, d, t in body),
        (10, 24, 72, "1.1 Explains the principles of primary health care."),
        (10, 12, 72, "1.2 Applies the principles when planning care."),
        (10, 12, 90, "Cues:"),
        (10, 12, 92, "- considers the social determinants of health"),
        (10, 12, 92, "- promotes continuity of care"),
        (10, 12, 72, "1.3 Understands the place of general practice."),
    ]:
        escaped = text.encode("latin-1")
        ops.append(b"/F1 %d Tf %d -%d Td (" % (size, indent - x, down) + escaped + b") Tj")
        x = indent
    ops.append(b"ET")
    path = tmp_path / "standard.pdf"
    path.write_bytes(h.pdf(h._page_objects(b"\n".join(ops))))
    blocks = pdf_reader.read(path).blocks
    items = [(b.marker, b.list_depth, b.text) for b in blocks if b.kind is Kind.LIST_ITEM]
    assert items == [
        ("1.1", 0, "Explains the principles of primary health care."),
        ("1.2", 0, "Applies the principles when planning care."),
        ("-", 1, "considers the social determinants of health"),
        ("-", 1, "promotes continuity of care"),
        ("1.3", 0, "Understands the place of general practice."),
    ]
    assert any(b.kind is Kind.PARAGRAPH and b.text == "Cues:" for b in blocks)  # a caption, not the item's text


def test_an_outline_code_numbers_an_item_one_level_under_its_entry():
    blocks = read_text(
        "1. Foundations of the Profession", "1A. The ethics and values of the profession.", "1B. Its history."
    )
    assert [(b.marker, b.list_depth) for b in blocks] == [("1.", 0), ("1A.", 1), ("1B.", 1)]


def test_statements_coded_at_an_indent_are_items_not_labels_beside_text():
    """ACA's role delineation: "   T-1  Analyze ..." with its wrapped lines set in under the text: numbered items
    (the code their marker), not labelled lines."""
    blocks = read_text(
        "Tasks",
        "",
        "   T-1  Analyze the existing order of records and papers, and the evidence",
        "        of how they were created and kept.",
        "   T-2  Arrange records and papers according to the principles of provenance",
        "        and original order.",
        "   T-3  Prepare descriptions and finding aids at the appropriate levels.",
    )
    items = [b for b in blocks if b.kind is Kind.LIST_ITEM]
    assert [b.marker for b in items] == ["T-1", "T-2", "T-3"]
    assert items[0].text.endswith("of how they were created and kept.")


def test_a_quoted_paragraph_in_markdown_is_read_as_its_text():
    """A Notion export's quote under a name ("> We are determined and thorough."): the quote marker is no text."""
    blocks = text_reader.read(
        Path("behaviours.md"), b"## Tenacity\n\n> We are determined and thorough.\n> > Nested, too.\n"
    ).blocks
    texts = [" ".join(b.text.split()) for b in blocks if b.kind is Kind.PARAGRAPH]
    assert texts == ["We are determined and thorough. Nested, too."]
