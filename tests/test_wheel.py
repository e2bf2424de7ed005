"""The package as users install it: a wheel built from the repository works with no repository beside it.

The wheel is installed (without its dependencies, which the test borrows from the project's own environment) into
a fresh virtual environment in a temporary folder; the console script then builds the seeds there, from a folder
outside the repository, and `load_dataset` reads the result back. The wheel carries the vocabulary and the schema,
and nothing that is not the package (no bench, no tests, no tools).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from .conftest import RAW_DOCS, ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    (built,) = dist.glob("competency_kb-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh environment with the wheel installed; its dependencies come from this environment's site-packages
    through a .pth file (a plain path: this environment's editable install of the repository is not seen)."""
    env = tmp_path_factory.mktemp("venv") / "env"
    venv.EnvBuilder(with_pip=False).create(env)
    python = env / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)],
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return env


def test_the_wheel_holds_the_package_and_its_data_only(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/")[0] for n in names if not n.startswith("competency_kb-")}
    assert top == {"pipeline"}, top
    assert "pipeline/vocab/competency-kb.schema.json" in names
    assert {
        "pipeline/vocab/headings.yaml",
        "pipeline/vocab/levels.yaml",
        "pipeline/vocab/furniture.yaml",
        "pipeline/py.typed",
    } <= set(names)
    assert not [n for n in names if "/tests/" in n or n.startswith(("bench/", "tools/", "tests/"))]


def test_the_installed_command_builds_and_the_api_loads_the_result(installed, tmp_path):
    work = tmp_path / "elsewhere"  # no repository here: nothing can be found by a relative path
    shutil.copytree(RAW_DOCS, work / "raw")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    build = subprocess.run(
        [str(installed / "bin" / "competency-kb"), "build", "raw", "--out", "out", "--workers", "1"],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr
    check = subprocess.run(
        [
            str(installed / "bin" / "python"),
            "-c",
            "import pipeline, sys; from pipeline import load_dataset; kb = load_dataset('out/competencies.json'); "
            "print(pipeline.__file__); print(len(kb.competencies)); print(kb.by_name('customer focus').name)",
        ],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert check.returncode == 0, check.stderr
    where, count, name = check.stdout.split("\n")[:3]
    assert Path(where).is_relative_to(installed) and not Path(where).is_relative_to(ROOT)
    assert int(count) == 5 and name == "Customer Focus"
    version = subprocess.run(
        [str(installed / "bin" / "python"), "-m", "pipeline", "--version"],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert version.returncode == 0 and version.stdout.startswith("competency-kb ")
