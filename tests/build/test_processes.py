"""Processes: a build stopped by SIGTERM ends as after Ctrl-C (exit 143, the output as it was, its staging folder
removed, its pool workers stopped), and a build's workers die with it even when it is killed outright. The
builds run in a fault-injection driver (tests/build/faults.py), in a subprocess of its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from ..conftest import ROOT

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl: Linux only")


def run_driver(scenario: str, work) -> list[dict]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), COMPETENCY_KB_WARM_SECONDS="0")
    result = subprocess.run(
        [sys.executable, "-m", "tests.build.faults", scenario, str(work)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=1200,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return json.loads(result.stdout)


def test_sigterm_stops_a_build_as_ctrl_c_does_and_leaves_no_process(tmp_path):
    reports = run_driver("term", tmp_path)
    assert len(reports) == 3
    for report in reports:
        where = report["point"]
        assert report["exit"] == 143, (where, report["log"])
        assert report["log"].strip().endswith("interrupted: the previous output is unchanged"), where
        assert report["at_path"] == "A" and report["intact"], where  # the output as it was
        assert report["left_behind"] == 0, where  # no worker or writer process outlives the build
        assert report["leftovers"] == [], where  # no staging folder
