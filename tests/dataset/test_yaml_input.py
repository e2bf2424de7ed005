"""manifest.yaml and corrections.yaml: read safely (no aliases, bounded size and nesting, never through a link
leading out of the raw folder), checked against their JSON Schemas, each problem as file, line and what is wrong,
never an unexpected error, never a value quoted back."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.build.manifest import load_manifest
from pipeline.build.run import BuildOptions, build
from pipeline.dataset.corrections import CorrectionsError, load_corrections
from pipeline.dataset.yaml_input import MAX_YAML_BYTES, YamlInputError, parse_yaml
from pipeline.model.errors import BuildError

from ..conftest import RAW_DOCS, ROOT

GOOD = "customer-focus.html"
ALIAS_BOMB = (
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
    "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
    "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
    "documents: {x.md: {name: *h}}\n"
)


@pytest.fixture
def raw(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(RAW_DOCS / GOOD, folder / GOOD)
    return folder


def run(raw: Path, tmp_path: Path):
    return build(BuildOptions(raw_dir=raw, out_dir=tmp_path / "out", cache_root=None, progress=False))


def manifest(raw: Path, fields: str) -> None:
    (raw / "manifest.yaml").write_text(f"documents:\n  {GOOD}:\n{fields}", encoding="utf-8")


# ------------------------------------------------------------------ aliases, size, nesting, numbers, tags
@pytest.mark.parametrize("name", ["manifest.yaml", "corrections.yaml"])
def test_an_alias_bomb_is_refused_at_its_first_alias_with_a_short_message(raw, name):
    (raw / name).write_text(ALIAS_BOMB, encoding="utf-8")
    loader = load_manifest if name == "manifest.yaml" else load_corrections
    with pytest.raises(BuildError) as caught:
        loader(raw)
    message = str(caught.value)
    assert message == f"{name} line 2: not valid YAML: aliases (*name) are not accepted: write the value out"


def test_even_one_harmless_alias_is_refused(raw):
    (raw / "corrections.yaml").write_text(
        "corrections:\n  - &c {document: x, match: a, drop: true}\n  - *c\n", encoding="utf-8"
    )
    with pytest.raises(CorrectionsError, match=r"^corrections\.yaml line 3: not valid YAML: aliases"):
        load_corrections(raw)


@pytest.mark.parametrize("name", ["manifest.yaml", "corrections.yaml"])
def test_a_file_over_the_size_limit_is_refused_before_it_is_parsed(raw, name):
    (raw / name).write_text("# " + "x" * MAX_YAML_BYTES + "\n", encoding="utf-8")
    loader = load_manifest if name == "manifest.yaml" else load_corrections
    with pytest.raises(BuildError, match=rf"^{name}: refused: \d+ bytes, over the limit of {MAX_YAML_BYTES} bytes"):
        loader(raw)


@pytest.mark.parametrize(
    "text,message",
    [
        ("documents: " + "[" * 50_000 + "]" * 50_000 + "\n", "line 1: not valid YAML: nested more than 32 levels"),
        (f"documents:\n  {GOOD}:\n    name: {'9' * 5000}\n", "line 3: not valid YAML: a number of 5000 digits"),
        (f"documents:\n  {GOOD}:\n    name: !!binary aGVsbG8=\n", "line 3: not valid YAML: values tagged"),
        (f"documents:\n  {GOOD}:\n    name: !!python/object:os.system x\n", "line 3: not valid YAML: values tagged"),
        (f"documents:\n  {GOOD}: {{}}\n  {GOOD}: {{}}\n", "line 3: not valid YAML: duplicate key"),
        ("documents:\n  a: [unclosed\n", "line 3: not valid YAML"),
        ("- just a list\n", "line 1: expected a mapping 'documents:'"),
        ("documents: 3\n", "line 1: expected a mapping of file name -> fields"),
        ("", "line 1: expected a mapping 'documents:'"),
        ("documents: {}\npublisher: x\n", "line 2: unknown key 'publisher' (known: documents)"),
        ("documentz: {}\n", "line 1: documents: is missing"),
    ],
    ids=[
        "deep",
        "huge number",
        "binary",
        "python tag",
        "duplicate",
        "not yaml",
        "list",
        "number",
        "empty",
        "unknown top",
        "missing",
    ],
)
def test_a_manifest_that_cannot_be_used_stops_the_build_with_file_line_and_problem(raw, tmp_path, text, message):
    (raw / "manifest.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(BuildError) as caught:
        run(raw, tmp_path)
    assert str(caught.value).startswith(f"manifest.yaml {message}"), str(caught.value)
    assert len(str(caught.value)) < 400
    assert not (tmp_path / "out").exists()


# ------------------------------------------------------------------ wrong values: the field left out, a warning
@pytest.mark.parametrize(
    "fields,warning",
    [
        ("    retrieved: 2026-13-45\n", "line 3: entry 'customer-focus.html': retrieved: not a date (write it as"),
        ("    retrieved: 20261122\n", "line 3: entry 'customer-focus.html': retrieved: not a date (write it as"),
        ("    name: [1, 2]\n", "line 3: entry 'customer-focus.html': name: expected a text or a number, found a list"),
        ("    name: {evil: true}\n", "line 3: entry 'customer-focus.html': name: expected a text or a number, found a"),
        ("    name: yes\n", "line 3: entry 'customer-focus.html': name: expected a text or a number, found true or"),
        ("    url: " + "x" * 3000 + "\n", "line 3: entry 'customer-focus.html': url: must have at most 2048 char"),
    ],
    ids=["bad date", "date as a number", "list", "mapping", "boolean", "too long"],
)
def test_a_wrong_value_is_left_out_with_a_warning_naming_file_line_and_key(raw, tmp_path, fields, warning):
    manifest(raw, fields + "    publisher: Kept Publisher\n")
    outcome = run(raw, tmp_path)
    assert outcome.exit_code == 0
    problems = outcome.report["manifest_problems"]
    assert len(problems) == 1 and problems[0].startswith(f"manifest.yaml {warning}"), problems
    assert problems[0].endswith("; the field is ignored")
    assert "[1, 2]" not in problems[0] and "evil" not in problems[0] and "xxxx" not in problems[0]
    origin = outcome.report["documents"][0]["origin"]
    assert origin["publisher"] == "Kept Publisher"  # the entry's other fields are kept
    assert "[1, 2]" not in (tmp_path / "out" / "competencies.json").read_text(encoding="utf-8")


def test_a_mistyped_key_is_reported_with_the_key_it_was_probably_meant_to_be(raw, tmp_path):
    manifest(raw, "    publsher: Someone\n    retrieved: 2026-11-22\n")
    outcome = run(raw, tmp_path)
    assert outcome.report["manifest_problems"] == [
        "manifest.yaml line 3: entry 'customer-focus.html': unknown key 'publsher' (did you mean 'publisher'?)"
    ]
    assert outcome.report["documents"][0]["origin"]["retrieved"] == "2026-11-22"
    assert any(line.startswith("warning manifest.yaml line 3: entry") for line in outcome.messages)


def test_an_entry_that_is_not_a_mapping_is_ignored_with_its_line(raw, tmp_path):
    (raw / "manifest.yaml").write_text(f"documents:\n  {GOOD}: [a, b]\n", encoding="utf-8")
    outcome = run(raw, tmp_path)
    assert outcome.report["manifest_problems"] == [
        "manifest.yaml line 2: entry 'customer-focus.html': expected fields (url:, publisher:, retrieved:, "
        "name:); the entry is ignored"
    ]
    assert outcome.report["documents"][0]["origin"] is None


def test_corrections_with_wrong_values_name_line_and_key_and_never_quote_the_value(raw, tmp_path):
    big = "[" + ", ".join(["payload"] * 50_000) + "]"
    (raw / "corrections.yaml").write_text(
        f"corrections:\n  - document: customer-focus\n    match: {big}\n    drop: true\n", encoding="utf-8"
    )
    with pytest.raises(CorrectionsError) as caught:
        run(raw, tmp_path)
    message = str(caught.value)
    assert message == "corrections.yaml line 3: match: expected a text or a number, found a list"


def test_parse_yaml_keeps_dates_as_text_and_remembers_lines():
    loaded = parse_yaml("a:\n  b: 2026-11-22\n  c:\n    - 1\n    - x\n", "t.yaml")
    assert loaded.data == {"a": {"b": "2026-11-22", "c": [1, "x"]}}
    assert loaded.line(("a", "c", 1)) == 5 and loaded.key_lines[("a", "c")] == 3
    with pytest.raises(YamlInputError, match="not UTF-8"):
        parse_yaml(b"a: \xff\n", "t.yaml")


# ------------------------------------------------------------------ links and pipes
@pytest.mark.parametrize("name", ["manifest.yaml", "corrections.yaml"])
def test_a_yaml_file_that_is_a_link_leading_outside_the_raw_folder_is_refused(raw, tmp_path, name):
    outside = tmp_path / "outside.yaml"
    outside.write_text("documents:\n  TOPSECRET-4711: {}\n", encoding="utf-8")
    (raw / name).symlink_to(outside)
    with pytest.raises(BuildError) as caught:
        run(raw, tmp_path)
    assert str(caught.value) == (
        f"{name}: refused: a symbolic link leading outside the raw documents folder (or nowhere) "
        f"(copy the file in instead)"
    )
    assert not (tmp_path / "out").exists()


def test_a_yaml_file_that_is_a_link_inside_the_raw_folder_is_read(raw, tmp_path):
    (raw / "origins").mkdir()
    (raw / "origins" / "m.yaml").write_text(f"documents:\n  {GOOD}:\n    publisher: P\n", encoding="utf-8")
    (raw / "manifest.yaml").symlink_to(raw / "origins" / "m.yaml")
    assert load_manifest(raw).get(GOOD).publisher == "P"


def test_a_yaml_file_that_is_a_pipe_is_refused_without_blocking(raw):
    os.mkfifo(raw / "corrections.yaml")
    with pytest.raises(CorrectionsError, match=r"^corrections\.yaml: refused: not an ordinary file"):
        load_corrections(raw)


def test_the_cli_reports_a_bad_manifest_in_one_clear_line_not_an_unexpected_error(raw, tmp_path):
    (raw / "manifest.yaml").write_text(f"documents:\n  {GOOD}:\n    retrieved: {'1' * 5000}\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "build", str(raw), "--out", str(tmp_path / "out"), "--no-cache"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 2
    assert result.stderr == (
        "competency-kb: manifest.yaml line 3: not valid YAML: a number of 5000 digits, over the limit of 40\n"
    )
