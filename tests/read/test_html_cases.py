"""HTML pages as real sites write them: no charset declaration, definition lists."""

from __future__ import annotations

import pytest

from pipeline.read import html

PAGE = """<html><body><nav><a href="/">Home</a></nav><h1>Adaptability</h1><dl>
<dt>Definition</dt><dd>Adjusts plans when conditions shift – and stays productive.</dd>
<dt>Level 1 – Basic</dt><dd><ul><li>Accepts new procedures without delay.</li></ul></dd></dl></body></html>"""


def test_undeclared_utf8_is_read_as_utf8(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.encode("utf-8"))
    texts = [b.text for b in html.read(page).blocks]
    assert "Level 1 – Basic" in texts


def test_declared_legacy_charset_is_honoured(tmp_path):
    page = tmp_path / "page.html"
    declared = PAGE.replace("<html>", "<html><head><meta charset='windows-1252'></head>")
    page.write_bytes(declared.encode("cp1252"))
    assert "Level 1 – Basic" in [b.text for b in html.read(page).blocks]


def test_definition_terms_read_as_bold_labels(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.encode("utf-8"))
    terms = [b for b in html.read(page).blocks if b.text in ("Definition", "Level 1 – Basic")]
    assert len(terms) == 2 and all(b.bold for b in terms)


@pytest.mark.parametrize("label", ["cp037", "IBM500", "utf-16", "utf-7", "undefined", "x-no-such-codec"])
def test_a_charset_that_cannot_be_the_pages_own_is_not_applied(tmp_path, label):
    # the label is read as ASCII: an EBCDIC, UTF-16 or UTF-7 page could not have been read that far; a made-up
    # name is no codec at all (it gave an internal error)
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.replace("<html>", f"<html><head><meta charset='{label}'></head>").encode("utf-8"))
    texts = [b.text for b in html.read(page).blocks]
    assert "Level 1 – Basic" in texts
    assert all(ch.isprintable() or ch in "\n\t" for text in texts for ch in text)


TABS = """<html><body><main><h1>Engaging the team</h1>
<div role="tablist"><button role="tab" id="t1" aria-controls="p1">Essential</button>
<button role="tab" id="t2" aria-controls="p2">Strong</button></div>
<div role="tabpanel" id="p1" aria-labelledby="t1"><h3>Encouraging contribution</h3>
<ul><li>Asks for views.</li></ul></div>
<div role="tabpanel" id="p2" aria-labelledby="t2" hidden><h3>Building a team</h3><ul><li>Involves all.</li></ul></div>
<div role="tabpanel" id="p3" aria-labelledby="t3"><p>A panel whose tab is missing.</p></div>
</main></body></html>"""


def test_a_tab_panel_is_headed_by_its_tabs_text_one_step_above_its_own_headings(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(TABS.encode("utf-8"))
    blocks = [(b.kind.value, b.heading_level, b.text) for b in html.read(page).blocks]
    assert blocks == [
        ("heading", 1, "Engaging the team"),
        ("heading", 2, "Essential"),
        ("heading", 3, "Encouraging contribution"),
        ("list_item", None, "Asks for views."),
        ("heading", 2, "Strong"),  # a hidden panel a tab opens is content all the same
        ("heading", 3, "Building a team"),
        ("list_item", None, "Involves all."),
        ("paragraph", None, "A panel whose tab is missing."),
    ]


CELLS = """<html><body><table><tr><th>Level</th><th>Behaviours</th></tr>
<tr><th>Leads Self</th><td><p><strong>Builds teams</strong></p><p>Develops working relationships.</p></td></tr>
<tr><th>Leads Others</th><td><p>Plans the work.</p><p>Reviews it.</p></td></tr></table></body></html>"""


def test_a_cell_whose_first_paragraph_is_a_bold_title_gives_one_block_per_paragraph(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(CELLS.encode("utf-8"))
    cells = [(b.cell.row, b.text, b.bold) for b in html.read(page).blocks if b.cell is not None and b.cell.col == 2]
    assert cells == [
        (1, "Behaviours", True),
        (2, "Builds teams", True),
        (2, "Develops working relationships.", False),
        (3, "Plans the work.\nReviews it.", False),  # no bold title: one block, as before
    ]


ACCORDION = """<html><body><main><h1>Competencies</h1>
<div class="accordion">
<h3 class="accordion-header"><button aria-expanded="false" aria-controls="c1">Integrity</button></h3>
<div id="c1" class="collapse"><p>Acts in line with ethical standards.</p></div>
<h3><button aria-expanded="false" aria-controls="c2">Level 1 - Developing</button></h3>
<div id="c2" class="collapse"><h4>Level 1</h4><p>Completes tasks.</p></div>
<button type="submit">Search</button>
</div></main></body></html>"""


def test_a_disclosure_buttons_label_is_read_unless_its_panel_repeats_it(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(ACCORDION.encode("utf-8"))
    blocks = [(b.kind.value, b.heading_level, b.text) for b in html.read(page).blocks]
    assert blocks == [
        ("heading", 1, "Competencies"),
        ("heading", 3, "Integrity"),  # the accordion's button is the heading's text
        ("paragraph", None, "Acts in line with ethical standards."),
        ("heading", 4, "Level 1"),  # the pane repeats its button's label: read once, in the pane
        ("paragraph", None, "Completes tasks."),
    ]  # a form's button is no text of the document


SHEET = """<html><body><div id="sheet-menu"><a href="#">Engineering</a></div>
<div id="viewport"><div id="0" style="display:none;position:relative;"><table><tr><td>Technical Skill</td>
<td>Impact</td></tr></table></div><div id="9" style="display:none">Never shown.</div></div>
<script>function show(id){document.getElementById(id).style.display="block";} show("0");</script>
</body></html>"""


def test_an_element_hidden_until_the_pages_script_shows_it_is_content(tmp_path):
    """A spreadsheet published to the web: its sheet is display:none until the page's script shows it."""
    page = tmp_path / "sheet.html"
    page.write_bytes(SHEET.encode("utf-8"))
    texts = [b.text for b in html.read(page).blocks]
    assert "Technical Skill" in texts and "Impact" in texts
    assert "Never shown." not in texts  # hidden, and no script names it


def test_an_outline_entry_opening_with_a_heading_is_read_in_page_order(tmp_path):
    """ "<li><h3>Name</h3><p>Definition ...</p><ul>...</ul></li>": the heading, then its paragraph, then the
    list; not one list item of the paragraph's text printed before the heading."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><ol><li><h2>Technical</h2><ol><li><h3>Leading the Crew</h3>"
        "<p>Gets the work done through others.</p><ul><li>Explains the reasons behind procedures.</li></ul>"
        "</li></ol></li></ol></body></html>",
        encoding="utf-8",
    )
    blocks = [(b.kind.name, b.text) for b in html.read(page).blocks]
    assert blocks == [
        ("HEADING", "Technical"),
        ("HEADING", "Leading the Crew"),
        ("PARAGRAPH", "Gets the work done through others."),
        ("LIST_ITEM", "Explains the reasons behind procedures."),
    ]


def test_a_forms_labels_for_fields_to_write_in_are_no_text_but_a_checkbox_statement_is(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h1>Teamwork</h1><p>Works with others.</p><form>"
        "<label for='goal'>Goal</label><textarea id='goal'></textarea>"
        "<label>Action steps <input type='text'></label>"
        "<input type='checkbox' id='c1'><label for='c1'>Shares information with the team</label>"
        "</form></body></html>",
        encoding="utf-8",
    )
    texts = " ".join(b.text for b in html.read(page).blocks)
    assert "Goal" not in texts and "Action steps" not in texts
    assert "Shares information with the team" in texts


def test_lines_broken_by_br_in_a_container_are_read_once_each(tmp_path):
    """An old FrontPage page: numbered lines typed in a <blockquote>, one <br> after each."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h2>CONFLICT RESOLUTION</h2><blockquote>1. Recognizing sources of conflict<br>"
        "2. Personal conflict styles<br>3. Listening techniques<br></blockquote></body></html>",
        encoding="utf-8",
    )
    texts = [b.text for b in html.read(page).blocks]
    assert texts[1:] == ["1. Recognizing sources of conflict\n2. Personal conflict styles\n3. Listening techniques"]


def test_an_inline_element_wrapping_paragraphs_and_tables_is_read_as_their_container(tmp_path):
    """A careers site: the whole job description inside <span class="jobdescription">."""
    page = tmp_path / "job.html"
    page.write_text(
        "<html><body><div class='job'><span class='jobdescription'><p><strong>ABOUT US</strong></p>"
        "<p>We fight hunger.</p><table><tr><th>Capability Name</th><th>Description</th></tr>"
        "<tr><td>Emergency Programming</td><td>Supports emergency responses.</td></tr></table>"
        "</span></div></body></html>",
        encoding="utf-8",
    )
    blocks = html.read(page).blocks
    assert [b.text for b in blocks] == [
        "ABOUT US",
        "We fight hunger.",
        "Capability Name",
        "Description",
        "Emergency Programming",
        "Supports emergency responses.",
    ]
    assert [(b.cell.row, b.cell.col) for b in blocks if b.cell] == [(1, 1), (1, 2), (2, 1), (2, 2)]


def test_a_cell_spanning_rows_or_columns_moves_the_cells_beside_it_to_their_columns(tmp_path):
    page = tmp_path / "spans.html"
    page.write_text(
        "<html><body><table>"
        "<tr><td rowspan='2'>Purpose</td><td>Understand the objectives.</td><td>a</td></tr>"
        "<tr><td>Be a force for change.</td><td>b</td></tr>"
        "<tr><td colspan='2'>People</td><td>c</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    cells = [(b.text, b.cell.row, b.cell.col) for b in html.read(page).blocks if b.cell]
    assert cells == [
        ("Purpose", 1, 1),
        ("Understand the objectives.", 1, 2),
        ("a", 1, 3),
        ("Be a force for change.", 2, 2),
        ("b", 2, 3),
        ("People", 3, 1),
        ("c", 3, 3),
    ]


DISCLOSURES = """<html><body><main><h1>Competency Dictionary</h1>
<details open><summary>Core Competencies</summary>
  <details><summary>Thinking Things Through</summary>
    <p>Employees think before they act.</p>
    <p><strong>This means…</strong></p><p>Gathering information.</p>
  </details>
  <details><summary><h3>Working with Others</h3></summary><p>Employees cooperate.</p></details>
</details>
<details><summary>Frequently asked questions <p>(read first)</p></summary></details>
</main></body></html>"""


def test_a_disclosures_summary_heads_its_panel_one_level_below_the_heading_before_it(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(DISCLOSURES.encode("utf-8"))
    blocks = [(b.kind.value, b.heading_level, b.text) for b in html.read(page).blocks]
    assert blocks[:6] == [
        ("heading", 1, "Competency Dictionary"),
        ("heading", 2, "Core Competencies"),
        ("heading", 3, "Thinking Things Through"),  # one level more for each <details> it is nested in
        ("paragraph", None, "Employees think before they act."),
        ("paragraph", None, "This means…"),
        ("paragraph", None, "Gathering information."),
    ]
    assert ("heading", 3, "Working with Others") in blocks  # a summary holding a heading: that heading, as before
    assert ("paragraph", None, "Frequently asked questions") in blocks  # a summary holding blocks: no heading


TOGGLES = """<html><body><main><h2>Ways of Working</h2><h3>Personal Excellence</h3>
<div class="accordion"><button class="accordion__title" aria-expanded="false">Doing what you say you will do.</button>
<div class="accordion__content"><p>Steps towards development:</p><ul><li>Plan your week.</li></ul></div></div>
<h3><button aria-controls="p2">Working Together</button></h3><div id="p2"><p>Sharing knowledge.</p></div>
<button type="button" onclick="print()">Print this page</button>
</main></body></html>"""


def test_an_accordions_toggle_outside_a_heading_heads_its_panel_one_level_below_the_heading_in_force(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(TOGGLES.encode("utf-8"))
    blocks = [(b.kind.value, b.heading_level, b.text) for b in html.read(page).blocks]
    assert ("heading", 4, "Doing what you say you will do.") in blocks
    assert ("heading", 3, "Working Together") in blocks  # a toggle inside a heading: that heading, as before
    assert not any("Print this page" in text for _, _, text in blocks)  # a button that opens nothing: no text


LAYOUT_TABLE = """<html><body>
<table><tr><td class="leftnav"><p><b>Interviewing</b></p><ul><li><a href="/a">Overview</a></li></ul></td>
<td class="content"><h1>Guide to Interviewing</h1>
<h3>Creativity</h3><p><b>Definition:</b> Comes up with new ideas.</p>
<table class="kb"><tr><th>Key Behaviors</th><th>Sample Questions to Ask</th></tr>
<tr><td><ul><li>Questions the usual way.</li></ul></td><td><ul><li>What did you try?</li></ul></td></tr></table>
<h3>Initiative</h3><p><b>Definition:</b> Acts without being asked.</p>
</td></tr></table>
<table><tr><th>Level</th><th>Description</th></tr><tr><td><h4>Level 1</h4></td><td>Learns.</td></tr></table>
</body></html>"""


def test_a_table_laying_out_the_page_is_read_as_the_page_its_cells_hold(tmp_path):
    """The old way of building a page: a navigation column beside a content column holding the headings, the
    paragraphs and the page's own tables."""
    page = tmp_path / "page.html"
    page.write_bytes(LAYOUT_TABLE.encode("utf-8"))
    blocks = [
        (b.kind.value, b.heading_level, b.text, b.cell and (b.cell.row, b.cell.col)) for b in html.read(page).blocks
    ]
    assert ("heading", 1, "Guide to Interviewing", None) in blocks
    assert ("heading", 3, "Creativity", None) in blocks
    assert ("paragraph", None, "Definition: Comes up with new ideas.", None) in blocks
    assert ("table_cell", None, "Key Behaviors", (1, 1)) in blocks  # the page's own table stays a table
    assert ("table_cell", None, "Level 1", (2, 1)) in blocks  # one heading in a cell: a data table


JOB_BOARD = """<html><body><table>
<tr><td class="pcr_fieldlabel">Job Title</td><td>Human Resources Officer</td></tr>
<tr><td class="pcr_fieldlabel">Job Description</td><td><div class="pcr_jobdesc">
<p><b>OPPORTUNITY PROFILE</b></p><p>This profile describes the position.</p>
<p><b>KEY RESPONSIBILITIES</b></p><ul><li>Plans learning programmes.</li></ul>
<p><b>COMPETENCIES</b></p><p>The successful candidate will demonstrate:</p>
<p><b>Client Focus</b> – Understands the needs of internal clients.</p><ul><li>Builds relationships.</li></ul>
<p><b>Planning</b> – Sets priorities and manages resources.</p><ul><li>Prepares plans.</li></ul>
<p><b>HOW TO APPLY</b></p><p>Send a cover letter.</p>
</div></td></tr></table></body></html>"""


def test_a_table_cell_holding_a_whole_posting_is_read_as_the_page_it_holds(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(JOB_BOARD.encode("utf-8"))
    blocks = [(b.kind.value, b.text) for b in html.read(page).blocks]
    assert ("paragraph", "Client Focus – Understands the needs of internal clients.") in blocks
    assert ("list_item", "Builds relationships.") in blocks  # its lists stay lists, not words run into the cell
    assert not any(kind == "table_cell" for kind, _ in blocks)


def test_a_class_saying_what_an_element_holds_does_not_make_it_chrome(tmp_path):
    """Notion's `<article class="notion-root has-footer">` holds the page; "has-footer" says it has a footer."""
    page = tmp_path / "page.html"
    page.write_bytes(
        b'<html><body><article class="notion-root has-footer"><h2>Key Skills</h2>'
        b'<p>Writes clean code.</p></article><div class="site-footer"><p>Careers</p></div></body></html>'
    )
    regions = {b.text: b.region.value for b in html.read(page).blocks}
    assert regions["Writes clean code."] == "body"
    assert regions["Careers"] == "chrome"


def test_text_only_a_screen_reader_speaks_is_not_read(tmp_path):
    """SurveyMonkey's `<span class="sr-only">Question Title</span>` before each question, and a page's own
    visually-hidden rule (a 1px clipped box): text the page does not show."""
    page = tmp_path / "page.html"
    page.write_bytes(
        b"<html><head><style>.offscreen{position:absolute;width:1px;height:1px;overflow:hidden;"
        b"clip:rect(0 0 0 0);}</style></head><body><main>"
        b'<h2><span class="sr-only">Question Title</span>1. Community</h2>'
        b'<p><span class="offscreen">Opens in a new window</span>Works with others.</p></main></body></html>'
    )
    texts = [b.text for b in html.read(page).blocks]
    assert texts == ["1. Community", "Works with others."]


def test_paragraphs_word_saved_as_list_items_are_list_items(tmp_path):
    """Word's "Web Page, Filtered": `<p class=MsoListParagraphCxSpFirst>` with "·" typed in the Symbol font (and
    "1." for a numbered one), the nesting in `mso-list` or the indent."""
    page = tmp_path / "page.html"
    page.write_bytes(
        "<html><body><p class=MsoNormal><b>What this looks like</b></p>"
        "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt'><![if !supportLists]><span "
        "style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span>"
        "<![endif]>Shares information with colleagues.</p>"
        "<p class=MsoListParagraphCxSpLast style='margin-left:72.0pt;text-indent:-18.0pt'><![if !supportLists]>"
        "<span>2.<span>&nbsp;&nbsp; </span></span><![endif]>Offers help under pressure.</p>"
        "</body></html>".encode()
    )
    items = [(b.kind.value, b.text, b.marker, b.ordered, b.list_depth) for b in html.read(page).blocks][1:]
    assert items == [
        ("list_item", "Shares information with colleagues.", "•", False, 0),
        ("list_item", "Offers help under pressure.", "2.", True, 1),
    ]


def test_text_clipped_to_one_pixel_is_not_read_either(tmp_path):
    """WordPress's and Drupal's rule: `clip: rect(1px, 1px, 1px, 1px)`, on a list of selectors."""
    page = tmp_path / "page.html"
    page.write_bytes(
        b"<html><head><style>.visually-hidden-sm,.sr-text{position:absolute!important;"
        b"clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px;width:1px}</style></head><body><main>"
        b'<h3>Flexibility <span class="visually-hidden-sm">for everyone</span></h3><p>Works with others.</p>'
        b"</main></body></html>"
    )
    assert [b.text for b in html.read(page).blocks] == ["Flexibility", "Works with others."]


def test_a_tab_list_whose_tabs_head_their_panels_is_not_read_again(tmp_path):
    """Deakin: `<ul role="tablist">` of "Levels" and "Learning guide" links, each labelling its panel."""
    page = tmp_path / "page.html"
    page.write_bytes(
        b'<html><body><main><h3>Innovation</h3><ul role="tablist"><li><a role="tab" id="t1" href="#p1">Levels</a>'
        b'</li><li><a role="tab" id="t2" href="#p2">Learning guide</a></li></ul>'
        b'<div role="tabpanel" id="p1" aria-labelledby="t1"><h5>Foundation</h5><p>Shares ideas.</p></div>'
        b'<div role="tabpanel" id="p2" aria-labelledby="t2" hidden><h5>Read</h5><p>A book.</p></div>'
        b"</main></body></html>"
    )
    blocks = [(b.kind.value, b.text) for b in html.read(page).blocks]
    assert [text for _, text in blocks].count("Levels") == 1
    assert ("heading", "Levels") in blocks and ("list_item", "Levels") not in blocks


def test_a_headings_permalink_mark_is_no_part_of_it(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(
        b'<html><body><main><h2 id="s">Applied Skills<a class="anchor-link" href="#s">#</a></h2>'
        b'<p>Text <a href="#top">Back to top</a>.</p></main></body></html>'
    )
    texts = [b.text for b in html.read(page).blocks]
    assert texts[0] == "Applied Skills" and "Back to top" in texts[1]


def test_a_table_whose_cell_holds_text_beside_a_table_of_its_own_lays_out_the_page(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><table><tr><td>"
        "<p><b>311.1 - Public affairs: Audience research</b></p>"
        "<table border='1'><tr><td>Audience research - 311.1</td></tr>"
        "<tr><td>This competency covers the use of audience research.</td></tr></table>"
        "<p>Back to top</p></td></tr></table></body></html>",
        encoding="utf-8",
    )
    read = html.read(page).blocks
    # the outer table is the page's layout: its text is paragraphs, the inner table's cells are cells
    assert [(b.kind.value, b.cell is not None, b.text) for b in read] == [
        ("paragraph", False, "311.1 - Public affairs: Audience research"),
        ("table_cell", True, "Audience research - 311.1"),
        ("table_cell", True, "This competency covers the use of audience research."),
        ("paragraph", False, "Back to top"),
    ]


def test_tabs_that_point_at_their_panels_by_href_head_them(tmp_path):
    """CII's Professional Map, Bootstrap tabs: `<a role="tab" href="#curiosity-band1">Band 1</a>`, the panels no
    `aria-labelledby` of their own."""
    page = tmp_path / "page.html"
    page.write_bytes(
        b'<html><body><main><h3>Behaviours: Curiosity</h3><ul class="nav nav-tabs" role="tablist">'
        b'<li><a role="tab" href="#c-band1">Band 1</a></li><li><a role="tab" href="#c-band2">Band 2</a></li></ul>'
        b'<div class="tab-content"><div class="tab-pane active" id="c-band1" role="tabpanel"><ul><li>I take an'
        b' interest.</li></ul></div><div class="tab-pane" id="c-band2" role="tabpanel"><ul><li>I ask why.</li>'
        b"</ul></div></div></main></body></html>"
    )
    texts = [b.text for b in html.read(page).blocks]
    assert texts == ["Behaviours: Curiosity", "Band 1", "I take an interest.", "Band 2", "I ask why."]
