"""docs/schema.md is generated from the schema: the committed page is current, and it documents every field."""

from __future__ import annotations

import copy

import pytest

from pipeline.dataset.validate import load_schema, validate_dataset
from tools import schemadoc

from ..conftest import ROOT


def test_committed_page_is_current():
    committed = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert committed == schemadoc.render(load_schema()), "run `python -m tools.schemadoc` and commit docs/schema.md"


def test_every_property_of_every_definition_is_documented():
    schema = load_schema()
    page = schemadoc.render(schema)
    for name, node in schema["$defs"].items():
        assert f"## {name}" in page or f"`{name}`" in page, name
        for prop in node.get("properties", {}):
            row = next((line for line in page.splitlines() if line.startswith(f"| `{prop}` |")), None)
            assert row, f"{name}.{prop}"
    for prop in schema["properties"]:
        assert f"| `{prop}` |" in page


def test_every_field_has_a_meaning_and_an_example():
    page = schemadoc.render(load_schema())
    for line in page.splitlines():
        if line.startswith("| `"):
            cells = [c.strip() for c in line.strip("|").split(" | ")]
            assert len(cells) == 5 and cells[3] and cells[4].startswith("`"), line


def test_the_example_is_a_valid_dataset_that_uses_every_definition():
    schema = load_schema()
    assert validate_dataset(schemadoc.EXAMPLE) == []
    assert set(schemadoc.collect_examples(schema, schemadoc.EXAMPLE)) == set(schema["$defs"])


def test_render_follows_the_schema():
    schema = copy.deepcopy(load_schema())
    schema["$defs"]["level"]["properties"]["color"] = {"type": "string", "description": "A new field."}
    page = schemadoc.render(schema)
    assert "| `color` | string | no | A new field. |" in page


def test_check_mode(tmp_path, capsys):
    out = tmp_path / "schema.md"
    assert schemadoc.main(["--check", "--out", str(out)]) == 1
    assert "stale" in capsys.readouterr().err
    assert schemadoc.main(["--out", str(out)]) == 0
    assert schemadoc.main(["--check", "--out", str(out)]) == 0
    out.write_text(out.read_text(encoding="utf-8") + "edited\n", encoding="utf-8")
    assert schemadoc.main(["--check", "--out", str(out)]) == 1


@pytest.mark.parametrize(
    "node, shown",
    [
        ({"$ref": "#/$defs/item"}, "[item](#item)"),
        ({"type": "array", "items": {"$ref": "#/$defs/text"}}, "array of [text](#text)"),
        ({"type": ["integer", "null"]}, "integer or null"),
        ({"oneOf": [{"$ref": "#/$defs/source"}, {"type": "null"}]}, "[source](#source) or null"),
        ({"enum": ["pdf", "md"]}, 'one of `"pdf"`, `"md"`'),
    ],
)
def test_types_are_readable(node, shown):
    assert schemadoc._type(node) == shown
