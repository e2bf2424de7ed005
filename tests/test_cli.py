"""The command line on files that are not what they claim: a clear line and exit 2, never a traceback."""

from __future__ import annotations

import pytest

from pipeline.cli import main

from .conftest import ROOT

PUBLISHED = ROOT / "output" / "competencies.json"


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"competencies": ' + "[" * 100_000 + "]" * 100_000 + "}",
    ],
    ids=["array", "inside a dataset"],
)
@pytest.mark.parametrize("command", ["validate", "diff-old", "diff-new"])
def test_json_nested_100000_deep_is_a_clear_message_not_a_recursion_error(tmp_path, capsys, text, command):
    deep = tmp_path / "deep.json"
    deep.write_text(text, encoding="utf-8")
    args = {
        "validate": ["validate", str(deep)],
        "diff-old": ["diff", str(deep), str(PUBLISHED)],
        "diff-new": ["diff", str(PUBLISHED), str(deep)],
    }[command]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nested too deeply" in err, err
    assert "Recursion" not in err and "Traceback" not in err


def test_a_file_shaped_like_a_dataset_but_not_one_cannot_be_diffed_and_says_so(tmp_path, capsys):
    odd = tmp_path / "odd.json"
    odd.write_text('{"competencies": [{"name": ' + "[" * 500 + "]" * 500 + "}]}", encoding="utf-8")
    assert main(["diff", str(odd), str(PUBLISHED)]) == 2
    err = capsys.readouterr().err
    assert "cannot be compared" in err and "competency-kb validate" in err and err.count("\n") == 1


def test_validate_never_quotes_a_huge_value_back(tmp_path, capsys):
    odd = tmp_path / "odd.json"
    huge = "x" * 100_000
    odd.write_text(f'{{"schema_version": "1.0.0", "documents": [], "competencies": [], "extra": "{huge}"}}')
    assert main(["validate", str(odd)]) == 1
    assert len(capsys.readouterr().err) < 1000
