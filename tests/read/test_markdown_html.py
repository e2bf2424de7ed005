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
