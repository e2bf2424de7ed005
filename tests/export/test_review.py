"""The review page, checked in a real browser (headless Chromium): what it shows, and that document text carrying
markup is shown as text, never run."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ..conftest import RAW_DOCS, ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ITEM_LISTS = ("indicators", "activities", "courses", "readings", "interview_questions", "tips", "notes")
SCREENSHOT = ROOT / "tests" / "artifacts" / "review.png"


def chromium(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from pipeline.build.run import BuildOptions, build

    tmp = tmp_path_factory.mktemp("review")
    raw = tmp / "raw"
    shutil.copytree(RAW_DOCS, raw)
    (raw / "hostile.html").write_text(
        "<html><body><h1>Hostile Competency</h1><h2>Definition</h2>"
        "<p>Shows &lt;script&gt;alert('x')&lt;/script&gt; as text and never runs it.</p>"
        "<h2>Behavioral Indicators</h2><ul><li>Reads &lt;img src=x onerror=alert(1)&gt; safely.</li>"
        '<li>Follows <a href="javascript:alert(2)">a javascript: link</a> only as words.</li></ul>'
        "</body></html>",
        encoding="utf-8",
    )
    build(BuildOptions(raw_dir=raw, out_dir=tmp / "out", cache_root=None, progress=False))
    return tmp


def test_review_page_in_chromium(built):
    page = built / "out" / "review.html"
    dom = chromium(page, built / "profile", "--dump-dom").stdout
    assert "competency-kb: review of the build" in dom
    rows = re.findall(r"<tr><td><a href=\"#doc-[^\"]+\">([^<]+)</a>", dom)
    expected = [p.name for p in RAW_DOCS.iterdir() if p.name != "manifest.yaml"] + ["hostile.html"]
    assert sorted(rows) == sorted(expected)
    # every extracted item links to the block it came from, and that block exists on the page
    links = re.findall(r"<a href=\"#([a-z0-9-]+-b\d+)\"", dom)
    data = json.loads((built / "out" / "competencies.json").read_text(encoding="utf-8"))
    items = (
        sum(len(c[f]) for c in data["competencies"] for f in ITEM_LISTS)
        + sum(len(lv["behaviors"]) for c in data["competencies"] for lv in c["levels"])
        + sum(1 for c in data["competencies"] if c["definition"])
    )
    assert len(links) == items and all(f'id="{target}"' in dom for target in set(links))
    assert '<del title="dropped: running page header">APPENDIX A</del>' in dom
    assert "<mark" in dom


def test_markup_in_documents_is_shown_as_text(built):
    page = built / "out" / "review.html"
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "javascript:" not in html.replace("javascript: link", "")
    dom = chromium(page, built / "profile", "--dump-dom").stdout
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in dom
    assert "<img" not in dom and "<script" not in dom.lower()


def test_review_page_screenshot(built):
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    chromium(
        built / "out" / "review.html",
        built / "profile",
        f"--screenshot={SCREENSHOT}",
        "--window-size=1400,1000",
        "--hide-scrollbars",
    )
    data = SCREENSHOT.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000


def test_a_competency_of_two_documents_shows_each_documents_items_in_its_own_section(tmp_path):
    """Linked to the blocks they came from, and only there: the page grows with the items, not their square."""
    from pipeline.build.run import BuildOptions, build

    raw = tmp_path / "raw"
    raw.mkdir()
    for name, behaviors in (
        ("east.txt", ["Greets every caller by name.", "Logs each request the same day."]),
        ("west.txt", ["Greets every caller by name.", "Closes the loop with a short note."]),
    ):
        (raw / name).write_text(
            "Client Care\n\nDefinition\nLooking after the people the office serves.\n\n"
            "Behavioral Indicators\n" + "".join(f"- {b}\n" for b in behaviors),
            encoding="utf-8",
        )
    build(BuildOptions(raw_dir=raw, out_dir=tmp_path / "out", cache_root=None, progress=False))
    (comp,) = json.loads((tmp_path / "out" / "competencies.json").read_text(encoding="utf-8"))["competencies"]
    assert comp["sources"] == ["east", "west"] and len(comp["indicators"]) == 3
    page = (tmp_path / "out" / "review.html").read_text(encoding="utf-8")
    east, west = page.split("<section class='doc' id='doc-")[1:]
    for section, own, other in (
        (east, "Logs each request", "Closes the loop"),
        (west, "Closes the loop", "Logs each request"),
    ):
        extracted = section.split("<div class='source'>")[0]
        assert own in extracted and other not in extracted
    assert "href='#east-b" in east and "href='#west-b" not in east and "href='#west-b" in west
