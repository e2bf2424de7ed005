"""Any executor gives the same dataset: in-process, a process pool, and a local Dask cluster."""
from __future__ import annotations

from pipeline.build import BuildOptions, build

from .conftest import RAW_DOCS


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
