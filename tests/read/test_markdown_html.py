"""Raw HTML in Markdown is markup, not text: comments and tags go, their text stays, a `<summary>` is the bold line
a reader sees, and a footer or navigation line written in HTML is site chrome."""

from __future__ import annotations

from pathlib import Path

from pipeline.read import text as text_reader

PAGE = """# Mentorship

<!-- generated from tracks.yml; edit the data file -->
<a id="mentorship"></a>
Supports colleagues and <abbr title="informal">spreads knowledge</abbr> across teams.

<details>
<summary>Example tasks</summary>

- Paired with a new hire on their first bug fix<br>
- Wrote the <em>deployment</em> guide

</details>

Author: Stride <hello@stride.so>, see <https://stride.so>

<small>Medium Engineering · Growth framework · <a href="https://example.org">Open the tool</a></small>
"""


def test_raw_html_in_markdown_is_markup_not_text():
    blocks = text_reader.read(Path("page.md"), PAGE.encode("utf-8")).blocks
    texts = [(b.kind.value, b.text, b.bold) for b in blocks]
    assert texts == [
        ("heading", "Mentorship", True),
        ("paragraph", "Supports colleagues and spreads knowledge across teams.", False),
        ("paragraph", "Example tasks", True),
        ("list_item", "Paired with a new hire on their first bug fix", False),
        ("list_item", "Wrote the deployment guide", False),
        ("paragraph", "Author: Stride <hello@stride.so>, see <https://stride.so>", False),  # autolinks are no tags
    ]


def test_a_line_break_in_a_pipe_tables_cell_parts_its_lines():
    page = "| Competency | Senior |\n| --- | --- |\n| People | • Mentors others<br>• Gives feedback |\n"
    cells = [b.text for b in text_reader.read(Path("ladder.md"), page.encode()).blocks if b.cell and b.cell.row == 2]
    assert cells == ["People", "• Mentors others\n• Gives feedback"]


def test_pandoc_attributes_after_a_heading_are_no_part_of_it():
    page = "# Introduction {#sec:introduction}\n\nText.\n\n### Working in a team (TEAM) {.unnumbered}\n\nMore.\n"
    blocks = text_reader.read(Path("paper.md"), page.encode("utf-8")).blocks
    assert [b.text for b in blocks if b.kind.value == "heading"] == ["Introduction", "Working in a team (TEAM)"]


def test_a_headings_inline_markup_is_reduced_to_its_text():
    page = "### *Published 23rd September 2019*\n\n## [Delegation](#delegation) and `code`\n\n# **Bold** name\n"
    blocks = text_reader.read(Path("guide.md"), page.encode("utf-8")).blocks
    assert [b.text for b in blocks if b.kind.value == "heading"] == [
        "Published 23rd September 2019",
        "Delegation and code",
        "Bold name",
    ]


MATRIX = """# Levels

<table>
  <tr>
    <th><pre>Level/Skill   </pre></th>
    <th>Scope</th>
    <th>Mentorship</th>
  </tr>
  <tr>
    <td>1</td>
    <td>Follows the team's lead</td>
    <td>
      <ul>
        <li>Keeps documentation current</li>
        <li>Asks clear questions</li>
      </ul>
    </td>
  </tr>
</table>

After the table.
"""


def test_a_raw_html_table_in_markdown_is_read_as_the_table_it_shows():
    blocks = text_reader.read(Path("levels.md"), MATRIX.encode("utf-8")).blocks
    cells = [(b.cell.row, b.cell.col, b.text) for b in blocks if b.cell is not None]
    assert cells == [
        (1, 1, "Level/Skill"),
        (1, 2, "Scope"),
        (1, 3, "Mentorship"),
        (2, 1, "1"),
        (2, 2, "Follows the team's lead"),
        (2, 3, "• Keeps documentation current\n• Asks clear questions"),
    ]
    assert [b.locator for b in blocks if b.cell is not None][3] == "line 9 col 1"  # the line its <tr> opens
    assert blocks[-1].text == "After the table." and blocks[-1].locator == "line 21"


def test_markdown_list_items_nest_by_their_parents_indent_two_spaces_or_four():
    page = "- **Mastery**\n  - Technical knowledge\n    - Writes clear SQL\n- **Feedback**\n    * Gives feedback\n"
    blocks = text_reader.read(Path("ladder.md"), page.encode("utf-8")).blocks
    assert [(b.text, b.list_depth) for b in blocks] == [
        ("Mastery", 0),
        ("Technical knowledge", 1),
        ("Writes clear SQL", 2),
        ("Feedback", 0),
        ("Gives feedback", 1),
    ]


def test_paragraphs_set_in_under_an_item_after_a_blank_line_are_its_content_a_bold_line_heading_those_after_it():
    # a Notion toggle exported to Markdown: the item's body is indented past its marker, blank lines between
    page = (
        "- Associate\n    \n    **Practitioner Excellence**\n    \n    Performs well in their core skill set.\n"
        "    \n    **Proactivity and Drive**\n    \n    Brings enthusiasm to their work.\n- Mid\n"
    )
    blocks = text_reader.read(Path("toggles.md"), page.encode("utf-8")).blocks
    assert [(b.kind.value, b.text, b.list_depth) for b in blocks] == [
        ("list_item", "Associate", 0),
        ("list_item", "Practitioner Excellence", 1),
        ("list_item", "Performs well in their core skill set.", 2),
        ("list_item", "Proactivity and Drive", 1),
        ("list_item", "Brings enthusiasm to their work.", 2),
        ("list_item", "Mid", 0),
    ]


def test_a_line_right_under_an_item_carries_its_text_on_and_a_paragraph_at_the_margin_ends_the_list():
    page = "- Stretch assignment: lead a small change\n  and see it through.\n\n  A second paragraph of it.\n\nAfter.\n"
    blocks = text_reader.read(Path("loose.md"), page.encode("utf-8")).blocks
    assert [(b.kind.value, b.text, b.list_depth) for b in blocks] == [
        ("list_item", "Stretch assignment: lead a small change\nand see it through.", 0),
        ("list_item", "A second paragraph of it.", 1),
        ("paragraph", "After.", 0),
    ]


def test_mkdocs_content_tabs_are_headings_one_level_below_the_heading_in_force():
    """The University of Manchester's skills pages: `=== ":material-battery-10: Entry Level"` tabs under a skill's
    `###` heading, each over its indented list; the icon's shortcode is no part of the label."""
    page = (
        "## Advanced Techniques\n\n### Build containers\n\n"
        '=== ":material-battery-10: Entry Level"\n\n    - Grasps the basic ideas\n\n'
        '=== ":material-battery-50: Mid Level"\n\n    - Builds containers with confidence\n\n'
        "??? note\n\n    A note without a title.\n"
    )
    blocks = [
        (b.kind.value, b.text, b.heading_level) for b in text_reader.read(Path("skills.md"), page.encode()).blocks
    ]
    assert blocks[:6] == [
        ("heading", "Advanced Techniques", 2),
        ("heading", "Build containers", 3),
        ("heading", "Entry Level", 4),
        ("list_item", "Grasps the basic ideas", None),
        ("heading", "Mid Level", 4),
        ("list_item", "Builds containers with confidence", None),
    ]
    assert not any("note" == text for _, text, _ in blocks)


def test_bold_markup_opened_on_one_line_and_closed_on_the_next_is_text():
    page = "# Mentoring\n\n**Engineers:** Pair with juniors. **Senior\nengineers:** Mentor the team.\n"
    (para,) = [b for b in text_reader.read(Path("roles.md"), page.encode()).blocks if b.text.startswith("Engineers")]
    assert para.text == "Engineers: Pair with juniors. Senior\nengineers: Mentor the team."


def test_a_reference_link_is_its_text_and_its_definition_no_line_of_the_page():
    page = (
        "# Reading\n\n* [Crucial Conversations][crucial], Kerry Patterson (McGraw-Hill, 2002)\n\n"
        '[crucial]: https://example.org/crucial "The book"\n'
    )
    texts = [b.text for b in text_reader.read(Path("reading.md"), page.encode()).blocks]
    assert texts == ["Reading", "Crucial Conversations, Kerry Patterson (McGraw-Hill, 2002)"]


def test_in_plain_text_a_label_alone_on_its_line_over_text_set_in_below_it_labels_that_text():
    page = (
        "1) Teamwork\n\nExplanation:\n    Works with others to reach\n    shared goals.\n\n"
        "2) Integrity\n\nExplanation:\n    Acts honestly.\n\nExplanation:\n    Keeps promises.\n"
    )
    texts = [b.text.replace("\n", " ") for b in text_reader.read(Path("rubric.txt"), page.encode()).blocks]
    assert "Explanation: Works with others to reach shared goals." in [" ".join(t.split()) for t in texts]
    # in Markdown indented text is no label's
    md = [b.text for b in text_reader.read(Path("rubric.md"), b"Explanation:\n\n    code block\n").blocks]
    assert "Explanation:" in md


def test_markdown_lines_typed_one_statement_each_stay_apart_a_hard_wrapped_paragraph_joins():
    """A progression page typed one criterion per line, without list markers: a line that stops short without
    ending a sentence, or an instruction over another, is its own line. Prose wrapped at a fixed width, or written
    a sentence per line, joins into its paragraph."""
    page = (
        "# Debugging\n\nTracing problems back to their root cause with monitoring, logging, application insight and "
        "the other tools the team has to hand.\n\n2 - Follow\n"
        "Know where the tools for production monitoring, logging and alerting live, and how to open them.\n"
        "Understand how the incident process works.\n"
        "Help out while a production issue is being debugged by someone more experienced in the team.\n"
        "Take part in conversations\n"
        "Offer ideas in sessions\n"
    )
    blocks = text_reader.read(Path("progression.md"), page.encode("utf-8")).blocks
    assert [b.text for b in blocks][-5:] == [
        "Know where the tools for production monitoring, logging and alerting live, and how to open them.",
        "Understand how the incident process works.",
        "Help out while a production issue is being debugged by someone more experienced in the team.",
        "Take part in conversations",
        "Offer ideas in sessions",
    ]
    wrapped = (
        "# Teamwork\n\nWorks with others to reach shared goals and builds trust across the wider team.\n"
        "Shares information openly with colleagues across the organisation and beyond it,\n"
        "and puts the team first when priorities clash; asks for help early.\n"
    )
    blocks = text_reader.read(Path("wrapped.md"), wrapped.encode("utf-8")).blocks
    assert len(blocks) == 2 and blocks[1].text.startswith("Works with others") and "asks for help" in blocks[1].text
    prose = (
        "# Working in a team\n\nTeam work has many facets, from being a reliable member of a team to leading one.\n"
        "It includes the practices that hold a team together, such as sharing knowledge.\n"
    )
    blocks = text_reader.read(Path("prose.md"), prose.encode("utf-8")).blocks
    assert len(blocks) == 2 and blocks[1].text.endswith("such as sharing knowledge.")


def test_a_fenced_divs_fences_and_a_task_lists_boxes_are_markup_not_text():
    """Nova Scotia Health's LEADS pages: a checklist in a Pandoc fenced div, each item a box to tick."""
    page = (
        "### Are self-aware\n\n::: {.checklist}\n#### Knowledge checklist\n\n"
        "- [ ] Complete the LEADS self-assessment\n- [x] Ask two colleagues for feedback\n:::\n"
    )
    texts = [b.text for b in text_reader.read(Path("leads.md"), page.encode()).blocks]
    assert texts == [
        "Are self-aware",
        "Knowledge checklist",
        "Complete the LEADS self-assessment",
        "Ask two colleagues for feedback",
    ]


def test_emphasis_over_a_line_break_and_escaped_characters_are_text():
    page = "# Lead Self\n\n*They know their own values, strengths and\nlimits.*\n\nImage source: LMS \\[LMS\\]\n"
    texts = [b.text for b in text_reader.read(Path("leads.md"), page.encode()).blocks]
    assert texts[1].replace("\n", " ") == "They know their own values, strengths and limits."
    assert texts[2] == "Image source: LMS [LMS]"
