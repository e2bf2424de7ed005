"""Each reader on the native seeds: every line of content of the seed's text appears in its blocks, in order."""

from __future__ import annotations

import re

import pytest

from pipeline import read as readers
from pipeline.model.blocks import Kind, Region

from ..conftest import ROOT, SEED_NATIVE, SEEDS

GLYPHS = re.compile(r"^[\s•\-|\uf0b7(]*(?:\d+\.\s*)?")


def squash(text: str) -> str:
    """Compare without white space: wrapping, NBSPs and line-end hyphens differ between formats, words do not."""
    return re.sub(r"\s+", "", text.replace("\u00a0", " "))


def content_lines(txt: str) -> list[str]:
    lines = []
    for line in txt.splitlines():
        line = GLYPHS.sub("", line).strip().strip("|").strip()
        # a text dump's table row "|a |b |" is several cells: each must appear
        lines.extend(cell.strip() for cell in line.split("|") if squash(cell))
    return lines


@pytest.mark.parametrize("path", SEED_NATIVE, ids=lambda p: p.name)
def test_every_seed_line_appears_in_order(path):
    fmt = readers.detect_format(path, path.read_bytes()[:1024])
    result = readers.read(path, fmt)
    stream = squash("".join(b.text for b in result.blocks))
    position = 0
    for line in content_lines((SEEDS / "txt" / f"{path.stem}.txt").read_text(encoding="utf-8")):
        found = stream.find(squash(line), position)
        assert found >= 0, f"{path.name}: {line!r} missing or out of order after position {position}"
        position = found + len(squash(line))


def _read(name: str):
    path = next(p for p in SEED_NATIVE if p.name == name)
    return readers.read(path, readers.detect_format(path, path.read_bytes()[:1024])).blocks


def test_docx_numbering_and_symbol_font_bullets_become_markers():
    blocks = _read("customer-service-orientation.docx")
    items = [b for b in blocks if b.kind is Kind.LIST_ITEM]
    assert len(items) == 22
    assert [b.marker for b in items[:6]] == ["1.", "2.", "3.", "4.", "5.", "6."]
    assert all(b.ordered for b in items[:6]) and not any(b.ordered for b in items[6:])
    assert not any(b.text.startswith(("\uf0b7", "•")) for b in items)


def test_docx_tables_in_document_order_and_page_header_marked():
    blocks = _read("customer-service-development-suggestions.docx")
    assert blocks[0].region is Region.HEADER and blocks[0].text == "APPENDIX A"
    cells = [b for b in blocks if b.cell is not None]
    assert len(cells) == 18  # 9 rows x 2 columns, empty cells kept
    assert cells[0].cell.header and cells[0].text == "Title"
    headings = [b.text for b in blocks if b.kind is Kind.HEADING]
    assert headings.index("Suggested Readings") < headings.index("Activities")
    # the Wingdings "(" before a theme heading is a glyph, not text
    assert "Recognizing the Customer" in headings
    assert blocks.index(cells[-1]) < next(i for i, b in enumerate(blocks) if b.text == "Activities")


def test_docx_bold_lead_sentences_are_marked():
    paragraphs = [b for b in _read("customer-service-development-suggestions.docx") if b.kind is Kind.PARAGRAPH]

    def first(prefix):
        return next(b for b in paragraphs if b.text.startswith(prefix))

    assert first("Know who your customers").bold
    assert not first("Your managers are").bold
    partial = first("Assess the customer")
    assert not partial.bold and partial.lead.endswith("vital to you.")


def test_pdf_text_in_table_cells_keeps_wrapped_bullets_together():
    blocks = _read("responsiveness-and-follow-up.pdf")
    items = [b for b in blocks if b.kind is Kind.LIST_ITEM]
    assert len(items) == 29  # 2 + 4 + 9 + 7 + 6 behaviors + the note
    assert all(b.marker == "-" for b in items)
    considers = next(b for b in items if b.text.startswith("Considers how"))
    assert considers.text.count("\n") == 2 and considers.text.endswith("each audience.")
    assert {b.page for b in items} == {1, 2}
    assert all(b.cell is not None for b in items)


def test_html_chrome_marked_and_split_list_items_kept_as_read():
    blocks = _read("customer-focus.html")
    chrome = [b for b in blocks if b.region is Region.CHROME]
    assert "Wyoming Workforce Planning" in chrome[0].text
    body = [b for b in blocks if b.region is Region.BODY]
    assert body[0].kind is Kind.HEADING and body[0].text == "Customer Focus"
    assert sum(1 for b in body if b.kind is Kind.LIST_ITEM) == 69


def test_html_script_and_style_are_not_text():
    blocks = _read("customer-focused-organization.html")
    text = " ".join(b.text for b in blocks)
    assert "documentElement" not in text and "font-size" not in text
    nested = [b for b in blocks if b.kind is Kind.LIST_ITEM and b.list_depth == 1]
    assert len(nested) == 27


def test_docx_styles_based_on_each_other_are_read_once_without_looping(tmp_path):
    """Headings and bold come from a style and the styles it is based on; a cycle of basedOn must not hang."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn

    document = docx.Document()
    outer = document.styles.add_style("Profile Heading", WD_STYLE_TYPE.PARAGRAPH)
    outer.base_style = document.styles["Heading 2"]
    loop_a = document.styles.add_style("Loop A", WD_STYLE_TYPE.PARAGRAPH)
    loop_b = document.styles.add_style("Loop B", WD_STYLE_TYPE.PARAGRAPH)
    loop_b.font.bold = True
    loop_a.base_style = loop_b
    based_on = loop_b.element.makeelement(qn("w:basedOn"), {qn("w:val"): loop_a.style_id})
    loop_b.element.append(based_on)  # Loop B based on Loop A based on Loop B
    document.add_paragraph("Working Across Teams", style="Profile Heading")
    document.add_paragraph("Shares plans early with other units.", style="Loop A")
    document.save(tmp_path / "styles.docx")
    blocks = [b for b in readers.read(tmp_path / "styles.docx", "docx").blocks if b.text]
    assert (blocks[0].kind, blocks[0].heading_level, blocks[0].text) == (Kind.HEADING, 2, "Working Across Teams")
    assert blocks[1].kind is Kind.PARAGRAPH and blocks[1].bold


def test_docx_an_underlined_line_is_emphasised_like_a_bold_one(tmp_path):
    """A Word file without heading styles underlines its sub-headings ("Definition" on a line of its own)."""
    import docx

    document = docx.Document()
    document.add_paragraph().add_run("Definition").underline = True
    plain = document.add_paragraph()
    plain.add_run("The drive to do the job well.")
    lead = document.add_paragraph()
    lead.add_run("Probe:").underline = True
    lead.add_run(" what did you do next?")
    removed = document.add_paragraph().add_run("Not underlined after all")
    removed.underline = False
    document.save(tmp_path / "underlined.docx")
    blocks = {b.text: b for b in readers.read(tmp_path / "underlined.docx", "docx").blocks if b.text}
    assert blocks["Definition"].bold
    assert not blocks["The drive to do the job well."].bold
    assert blocks["Probe: what did you do next?"].lead == "Probe:"
    assert not blocks["Not underlined after all"].bold


def test_pdf_lines_that_stop_short_are_lines_of_their_own_and_wrapped_lines_one_paragraph():
    """A course list with no bullets ("BET 212 Presentation Skills ... 6 hours" over "BET 118 ..."): each line
    stops although the next one's first word would have fitted, so each is a block; a wrapped sentence is one."""
    path = ROOT / "tests/corpus/blind/w/docs/nh-idp-ksa-definitions.pdf"
    blocks = readers.read(path, "pdf").blocks
    courses = [b.text for b in blocks if b.text.endswith("hours")]
    assert len(courses) == 7 and all("\n" not in t for t in courses)
    definition = next(b for b in blocks if b.text.startswith("Definition: Anticipates"))
    assert definition.text.endswith("continuous improvement.")


def test_pdf_a_table_printed_the_same_on_every_page_is_its_header():
    """ECSA's controlled document: a "Revision No. | Compiler | Next Review Date" box at the top of each page is the
    page's header, however far into the page it reaches; the body's own tables stay body."""
    path = ROOT / "tests/corpus/blind/ad/docs/ecsa-competency-standard-professional-engineer.pdf"
    blocks = readers.read(path, readers.detect_format(path, path.read_bytes()), path.read_bytes()).blocks
    boxed = [b for b in blocks if b.text.startswith(("Compiler:", "Next Review Date:"))]
    assert boxed and all(b.region is Region.HEADER for b in boxed)
    assert len({b.page for b in boxed}) >= 2
    body_cells = [b for b in blocks if b.cell is not None and b.region is Region.BODY]
    assert any("Consequences" in b.text for b in body_cells)  # the level descriptor table is content


def test_docx_a_text_box_is_read_once_as_paragraphs_of_its_own(tmp_path):
    """World Vision's profile: each competency's name in a floating text box ("Competency 1" over "Relationship
    building"), which Word stores twice (the drawing and a VML copy for older readers)."""
    import docx
    from lxml import etree

    document = docx.Document()
    anchor = document.add_paragraph()
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = (
        f'<w:r xmlns:w="{w}" xmlns:mc="{mc}"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f"<w:txbxContent><w:p><w:r><w:t>Competency 1</w:t></w:r></w:p>"
        f"<w:p><w:r><w:t>Relationship building</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Competency 1</w:t></w:r></w:p>"
        f"<w:p><w:r><w:t>Relationship building</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>"
        f"</mc:AlternateContent></w:r>"
    )
    anchor._p.append(etree.fromstring(box))
    document.add_paragraph("Builds trusting relationships with community members.")
    document.save(tmp_path / "boxes.docx")
    texts = [b.text for b in readers.read(tmp_path / "boxes.docx", "docx").blocks if b.text]
    assert texts == ["Competency 1", "Relationship building", "Builds trusting relationships with community members."]
