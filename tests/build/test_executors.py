"""Any executor gives the same dataset: in-process, a process pool, and a local Dask cluster."""

from __future__ import annotations

from pipeline.build.run import BuildOptions, build

from ..conftest import RAW_DOCS


def _build(tmp_path, name, **options):
    out = tmp_path / name
    outcome = build(BuildOptions(raw_dir=RAW_DOCS, out_dir=out, cache_root=None, progress=False, **options))
    assert outcome.exit_code == 0
    return (out / "competencies.json").read_bytes()


def test_dask_local_cluster_gives_the_process_pool_bytes(tmp_path):
    pool = _build(tmp_path, "pool", workers=2)
    dask = _build(tmp_path, "dask", workers=2, executor="dask")
    single = _build(tmp_path, "single", workers=1)
    assert pool == dask == single


def test_a_build_extracts_with_raised_collector_thresholds_and_restores_them(tmp_path, monkeypatch):
    import gc

    from pipeline.build import executors

    seen = []
    real = executors.extract_document
    monkeypatch.setattr(executors, "extract_document", lambda job: seen.append(gc.get_threshold()) or real(job))
    before = gc.get_threshold()
    _build(tmp_path, "single", workers=1)
    assert seen and set(seen) == {executors.GC_THRESHOLDS}
    assert gc.get_threshold() == before


def test_garbage_is_settled_after_the_first_document_and_then_every_few(monkeypatch):
    import gc

    from pipeline.build import executors

    calls = []
    monkeypatch.setattr(gc, "collect", lambda *a: calls.append("collect"))
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    settle = executors._Settler()
    for n in range(1, 2 * settle.EVERY + 1):
        calls.clear()
        settle()
        assert calls == (["collect", "freeze"] if n == 1 or n % settle.EVERY == 0 else []), n
    settle.pid = -1  # as in a forked pool worker: its first document settles again
    calls.clear()
    settle()
    assert calls == ["collect", "freeze"]
