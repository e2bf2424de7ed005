"""Text a reader must see and text it must not: PDF pages set sideways or upside down are read (and said to be),
a PDF whose text is only in annotations is reported as such (not as blank), HTML hidden from the reader is no
content, and what the reading libraries print on their own becomes the document's warnings."""

from __future__ import annotations

import logging
import warnings
from pathlib import Path

import pytest

from pipeline.build.jobs import DocumentJob, extract_document
from pipeline.read import html as html_reader
from pipeline.read import pdf as pdf_reader
from pipeline.read.notices import MAX_NOTICES, library_notices

from .. import hostile_docs as h

LINES = (
    "Adaptability",
    "Definition",
    "Adjusts to change readily and keeps working well.",
    "Behaviours",
    "- Tries new ways.",
)


def words(blocks) -> list[str]:
    return " ".join(b.text for b in blocks).split()


@pytest.mark.parametrize("angle", [90, 270, 180])
def test_a_page_set_sideways_or_upside_down_is_read_and_said_to_be(angle):
    upright = pdf_reader.read(Path("upright.pdf"), h.text_pdf(*LINES))
    turned = pdf_reader.read(Path("turned.pdf"), h.turned_text_pdf(angle, *LINES))
    assert words(turned.blocks) == words(upright.blocks)
    assert turned.warnings == (
        "page 1 is set sideways or upside down (its text runs at 90, 180 or 270 degrees): read turned upright; "
        "tables on it are read as paragraphs",
    )
    assert upright.warnings == ()


def test_a_sideways_page_is_a_document_like_any_other(tmp_path):
    results = {}
    for name, data in (("upright.pdf", h.text_pdf(*LINES)), ("turned.pdf", h.turned_text_pdf(90, *LINES))):
        (tmp_path / name).write_bytes(data)
        results[name] = extract_document(DocumentJob(str(tmp_path / name), name, "doc"))
    assert results["turned.pdf"]["report"]["status"] == "ok"
    assert results["turned.pdf"]["competencies"] == results["upright.pdf"]["competencies"]
    assert any("set sideways" in w["message"] for w in results["turned.pdf"]["report"]["warnings"])


def test_a_pdf_whose_text_is_only_in_annotations_says_so(tmp_path):
    path = tmp_path / "notes.pdf"
    path.write_bytes(h.annotation_only_pdf("Teamwork: works with others", "Integrity: acts honestly"))
    reason = extract_document(DocumentJob(str(path), "notes.pdf", "notes"))["report"]["reason"]
    assert reason.startswith("the PDF's text is only in annotations (comments, notes or form fields), not on its")
    assert "blank" not in reason


def test_a_blank_pdf_is_still_blank():
    with pytest.raises(Exception, match="blank"):
        pdf_reader.read(Path("blank.pdf"), h.blank_pdf())


HIDDEN_PAGE = b"""<html><head><style>
/* hidden by the page's own stylesheet */
.sr-hide, .x { display: none }
#gone { visibility: hidden !important; }
@media print { .noprint { display: none } }
</style></head><body><main>
<h1>Teamwork</h1>
<p>Works with others.</p>
<p hidden>HIDDEN-ATTRIBUTE</p>
<p style="color: red; display:none">HIDDEN-STYLE</p>
<div aria-hidden="true"><p>HIDDEN-ARIA</p></div>
<p class="lead sr-hide">HIDDEN-CLASS</p>
<p id="gone">HIDDEN-ID</p>
<p class="noprint">Shown on screen.</p>
<ul><li>Shares information.</li><li style="visibility: hidden">HIDDEN-ITEM</li></ul>
<p>Visible <span style="display: none">HIDDEN-SPAN</span>tail kept.</p>
<table><tr><td>Cell</td><td hidden>HIDDEN-CELL</td></tr><tr style="display:none"><td>HIDDEN-ROW</td></tr></table>
<p aria-hidden="false">Shown too.</p>
</main></body></html>"""


def test_text_hidden_from_the_reader_is_not_content():
    blocks = html_reader.read(Path("hidden.html"), HIDDEN_PAGE).blocks
    text = " ".join(b.text for b in blocks)
    assert "HIDDEN" not in text
    assert [b.text for b in blocks] == [
        "Teamwork",
        "Works with others.",
        "Shown on screen.",
        "Shares information.",
        "Visible tail kept.",
        "Cell",
        "Shown too.",
    ]


def test_a_library_warning_becomes_the_documents_warning_not_a_stray_line(tmp_path, capfd):
    path = tmp_path / "loop.pdf"
    path.write_bytes(h.circular_form_pdf("Teamwork", "Works with others."))
    result = extract_document(DocumentJob(str(path), "loop.pdf", "loop"))
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""
    assert result["report"]["status"] == "ok"
    messages = [w["message"] for w in result["report"]["warnings"] if w["code"] == "reader"]
    assert messages == ["pdfminer: Refusing to execute circular reference to content stream 6"]


def test_library_notices_are_one_line_each_distinct_and_bounded():
    with library_notices() as notices:
        log = logging.getLogger("pdfminer.psparser")
        for n in range(MAX_NOTICES + 3):
            log.warning("broken object %d\nsecond line", n)
        log.warning("broken object %d\nsecond line", 0)  # a repeat
        log.info("not a warning")
        warnings.warn("a library's own warning", UserWarning, stacklevel=1)
    assert notices[0] == "pdfminer: broken object 0 second line"
    assert len(notices) == MAX_NOTICES + 1 and notices[-1] == "and 4 more messages of the reading libraries"
    assert logging.getLogger().handlers == [] or all(
        type(h).__name__ != "_Collector" for h in logging.getLogger().handlers
    )


PANELS_PAGE = b"""<html><head><style>.modal { display: none }</style></head><body><main>
<h1>Agility</h1>
<button aria-controls="level-a" aria-expanded="false">Level A</button>
<div id="level-a" hidden><ul><li>Adapts to new priorities.</li></ul></div>
<a href="#level-b">Level B</a>
<div id="level-b" style="display:none"><p>Leads change across teams.</p></div>
<div class="modal" role="dialog" aria-hidden="true"><p>Looks ahead and plans.</p></div>
<span aria-hidden="true">ICON-GLYPH</span>
<p hidden>NOBODY-OPENS-THIS</p>
</main></body></html>"""


def test_collapsed_panels_a_control_opens_are_content_and_other_hidden_text_is_not():
    """An accordion's panel, a tab's panel or a dialog is hidden until the reader opens it: its text is content.
    Hidden text nothing opens (an icon's glyph, a hidden paragraph) is not."""
    texts = [b.text for b in html_reader.read(Path("panels.html"), PANELS_PAGE).blocks]
    assert "Adapts to new priorities." in texts
    assert "Leads change across teams." in texts
    assert "Looks ahead and plans." in texts
    assert not any("ICON-GLYPH" in t or "NOBODY-OPENS-THIS" in t for t in texts)
