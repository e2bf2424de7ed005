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


# ------------------------------------------------------------------ the acceptance tests
def test_a_build_killed_at_any_of_20_points_leaves_a_complete_output_no_process_and_an_exact_next_report(tmp_path):
    """SIGKILL during extraction (pool workers busy), while staging, around the exchange that publishes, while
    the swapped-out output is removed, before the cache is pruned: the output path holds the old or the new
    output, complete (its marker's hashes hold); no process of the build is left; the next build publishes the
    new output (or finds it published) with the change report of old -> new, exactly."""
    reports = run_driver("kill", tmp_path)
    assert len(reports) >= 20
    for report in reports:
        where = report["point"]
        assert report["at_path"] in ("A", "B") and report["intact"], (where, report["log"])
        assert report["left_behind"] == 0, where
        nxt = report["next"]
        assert nxt["exit"] == 0 and nxt["at_path"] == "B" and nxt["intact"], where
        assert nxt["changes_exact"], where
        assert report["leftovers"] == [], where
    seen = {r["at_path"] for r in reports}
    assert seen == {"A", "B"}, "killed both before and after the exchange that publishes"


def test_two_builds_into_one_output_50_times_always_leave_a_complete_valid_output(tmp_path):
    """Two builds at once into one output (one of documents A, one of B): both succeed, one after the other (the
    lock), and the output is always one of the two, complete and valid, with no staging folder left."""
    reports = run_driver("concurrent", tmp_path)
    assert len(reports) == 50
    for report in reports:
        n = report["round"]
        assert report["exit"] == [0, 0], (n, report.get("logs"))
        assert report["at_path"] in ("A", "B") and report["intact"] and report["valid"], n
        assert report["leftovers"] == [] and report["left_behind"] == 0, n
