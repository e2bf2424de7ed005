"""The package's shape: data flows one way through the stage packages, and nothing imports against that flow.

    model <- vocab <- read <- structure <- extract <- dataset <- export <- build <- api, cli

A module may import its own package and the packages before it, never one after it; `model` imports nothing of
the pipeline and nothing outside the standard library. Checked on the source (ast), so a lazy import inside a
function counts as much as one at the top.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

PACKAGE = ROOT / "pipeline"
ORDER = ["model", "vocab", "read", "structure", "extract", "dataset", "export", "build", "api", "cli", "__main__"]
RANK = {name: n for n, name in enumerate(ORDER)}
MODULES = sorted(p for p in PACKAGE.rglob("*.py"))


def stage_of(module: str) -> str | None:
    """The stage of a module name under pipeline ('pipeline.read.pdf' -> 'read'); None for the package root and
    the names it defines (`from .. import __version__`)."""
    parts = module.split(".")
    if len(parts) < 2 or not ((PACKAGE / parts[1]).is_dir() or (PACKAGE / f"{parts[1]}.py").is_file()):
        return None
    return parts[1]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in the file, relative ones resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = module_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
                if not node.module:  # "from . import x": the names are modules of that package
                    found.extend((node.lineno, f"{target}.{alias.name}") for alias in node.names)
                    continue
            else:
                target = node.module or ""
            found.append((node.lineno, target))
    return found


def test_every_module_belongs_to_a_stage():
    for path in MODULES:
        stage = stage_of(module_name(path))
        assert stage is None or stage in RANK, f"{path.relative_to(ROOT)}: not in a stage package of {ORDER}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_imports_follow_the_flow_of_data(path):
    here = stage_of(module_name(path))
    for line, target in imports_of(path):
        if not target.startswith("pipeline"):
            continue
        there = stage_of(target)
        if here is None or there is None:
            continue  # the package root (version, lazy public names) is importable from anywhere
        assert RANK[there] <= RANK[here], (
            f"{path.relative_to(ROOT)}:{line} imports {target}: {here} may not import {there} (order: {ORDER})"
        )


@pytest.mark.parametrize("path", [p for p in MODULES if stage_of(module_name(p)) == "model"], ids=lambda p: p.name)
def test_the_model_uses_the_standard_library_only(path):
    for line, target in imports_of(path):
        top = target.split(".")[0]
        assert (
            top == "pipeline" and stage_of(target) == "model" or top in sys.stdlib_module_names or top == "__future__"
        ), f"{path.relative_to(ROOT)}:{line} imports {target}"


def test_no_import_cycles_between_modules():
    names = {module_name(p): p for p in MODULES}
    graph = {name: {t for _, t in imports_of(path) if t in names and t != name} for name, path in names.items()}
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = trail[trail.index(nxt) :] + [nxt] if nxt in trail else [node, nxt]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])


def test_the_checker_sees_a_wrong_way_import(tmp_path):
    # the test above must be able to fail: a model module that imports the build is caught
    bad = PACKAGE / "model" / "_probe_wrong_way.py"
    bad.write_text("from ..build import run\n", encoding="utf-8")
    try:
        with pytest.raises(AssertionError, match="model may not import build"):
            test_imports_follow_the_flow_of_data(bad)
    finally:
        bad.unlink()
