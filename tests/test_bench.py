"""The benchmark's generator is deterministic and `bench.run` writes a complete results.json.

No timing is asserted: the benchmark is informational. Without LibreOffice the PDFs come from the built-in writer,
so the test runs (and is never skipped) on machines without soffice.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx

from bench import corpus as corpus_mod
from bench import run as bench_run

N, SEED = 12, 3


def _docx_texts(path):
    d = docx.Document(str(path))
    texts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            texts.extend(cell.text for cell in row.cells)
    return texts


def test_generator_is_deterministic(tmp_path):
    a = corpus_mod.ensure_corpus(N, SEED, tmp_path / "a", pdf_engine="builtin")
    b = corpus_mod.ensure_corpus(N, SEED, tmp_path / "b", pdf_engine="builtin")
    files_a = sorted(p.name for p in a.folder.iterdir() if not p.name.startswith("."))
    files_b = sorted(p.name for p in b.folder.iterdir() if not p.name.startswith("."))
    assert files_a == files_b and len(files_a) == N
    formats = {name.rsplit(".", 1)[1] for name in files_a}
    assert formats == {"pdf", "docx", "html", "txt"}
    for name in files_a:
        data_a, data_b = (a.folder / name).read_bytes(), (b.folder / name).read_bytes()
        if name.endswith(".docx"):
            assert _docx_texts(a.folder / name) == _docx_texts(b.folder / name)
        assert data_a == data_b, name  # DOCX (fixed zip times) and built-in PDFs are byte-identical too
    assert a.meta["documents"] == b.meta["documents"]
    # another seed gives other documents; a larger corpus starts with the smaller one
    other = corpus_mod.ensure_corpus(N, SEED + 1, tmp_path / "a", pdf_engine="builtin")
    assert other.meta["documents"] != a.meta["documents"]
    bigger = [corpus_mod.make_document(SEED, i, f) for i, f in enumerate(corpus_mod.formats_for(2 * N))]
    assert [d.filename for d in bigger[:N]] == files_a
    assert corpus_mod.render_txt(bigger[3]) == corpus_mod.render_txt(corpus_mod.make_document(SEED, 3, bigger[3].fmt))
    # a cached corpus is reused as it is
    assert corpus_mod.ensure_corpus(N, SEED, tmp_path / "a", pdf_engine="builtin").meta == a.meta


def test_format_shares():
    formats = corpus_mod.formats_for(1000)
    assert {f: formats.count(f) for f in set(formats)} == {"pdf": 350, "docx": 300, "html": 250, "txt": 100}
    assert corpus_mod.formats_for(40) == formats[:40]


def test_quick_run_writes_every_key(tmp_path):
    out = tmp_path / "results.json"
    engine = "soffice" if shutil.which("soffice") else "builtin"
    assert (
        bench_run.main(
            [
                "--quick",
                "--n",
                str(N),
                "--seed",
                str(SEED),
                "--out",
                str(out),
                "--corpus-root",
                str(tmp_path / "corpus"),
                "--pdf-engine",
                engine,
            ]
        )
        == 0
    )
    results = json.loads(out.read_text(encoding="utf-8"))
    for key in bench_run.REQUIRED_KEYS["top"]:
        assert key in results, key
    for key in bench_run.REQUIRED_KEYS["timings"]:
        assert key in results["timings"], key
    for key in bench_run.REQUIRED_KEYS["ratios"]:
        assert key in results["ratios"], key
    assert results["corpus"]["n"] == N and results["corpus"]["pdf_engine"] == engine
    assert results["timings"]["memory"]["4n"] == {"skipped": "--quick"}
    assert [t["key"] for t in results["targets"]] == [t[1] for t in bench_run.TARGETS]
    assert all(t["result"] in ("PASS", "FAIL", "n/a") for t in results["targets"])
    assert results["timings"]["build_1_worker"]["exit_code"] in (0, 1)
    assert results["timings"]["rebuild_nothing_changed"]["up_to_date"]
    assert results["timings"]["rebuild_one_changed"]["report"]["cache"]["misses"] == 1
    assert results["timings"]["rebuild_one_changed"]["report"]["cache"] == {
        "hits": N - 1,
        "misses": 1,
        "stored": 1,
        "refused": 0,
    }
    assert results["extraction"]["available"]
    assert not [n for n in results["notes"] if "failed" in n], results["notes"]  # every in-process probe ran
    assert results["timings"]["one_document"]["write_outputs_seconds"] is not None
    assert results["options"]["snapshot"] and results["pipeline_sources"]["snapshot"]
    # the snapshot is undone: `pipeline` is the working tree's again for the tests that follow
    import pipeline.build.run

    assert Path(pipeline.build.__file__).resolve().parent.parent == Path(bench_run.REPO, "pipeline")
