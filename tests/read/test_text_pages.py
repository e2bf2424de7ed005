"""A plain text exported from a paged document: its form feeds are page breaks (each block says its page), and the
lines that end or start every page with only a number changing are its running footers and headers."""

from __future__ import annotations

from pathlib import Path

from pipeline.model.blocks import Region
from pipeline.read import text as text_reader

PAGES = (
    "FRAMEWORK\n\nWORKING WITH OTHERS\n\nWorks with colleagues to reach shared goals.\n\n"
    "Core Competency Framework                                  1"
    "\fLEVEL 1\n  - Shares information with colleagues\n\n"
    "Core Competency Framework                                  2\n"
    "\fLEVEL 2\n  - Builds relationships across teams\n\n"
    "Core Competency Framework                                  3\n"
)


def read(text: str):
    return text_reader.read(Path("export.txt"), text.encode("utf-8")).blocks


def test_a_form_feed_is_a_page_break_even_where_the_last_line_runs_into_it():
    blocks = read(PAGES)
    level = next(b for b in blocks if b.text == "LEVEL 1")  # not "Core Competency Framework 1 LEVEL 1"
    assert level.page == 2
    assert next(b for b in blocks if b.text == "LEVEL 2").page == 3
    assert level.indent == 0  # the form feed is no indentation


def test_a_line_ending_every_page_with_only_its_number_changing_is_a_running_footer():
    footers = [b for b in read(PAGES) if b.text.startswith("Core Competency Framework")]
    assert len(footers) == 3
    assert all(b.region is Region.FOOTER for b in footers)


def test_a_text_without_form_feeds_has_no_pages_and_no_footers_by_position():
    blocks = read(PAGES.replace("\f", "\n"))
    assert all(b.page is None and b.region is Region.BODY for b in blocks)
