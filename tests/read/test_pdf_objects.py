"""pdf_objects.load_objects gives exactly the objects pdfplumber's own conversion gives, on real PDFs of every
kind the fixtures hold (text, ruled tables over page breaks, two columns, images), and caches them where
pdfplumber's page properties read them."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from pipeline.read.pdf_objects import load_objects

from ..conftest import CORPUS, ROOT, SEED_NATIVE

PDFS = sorted(
    [p for p in SEED_NATIVE if p.suffix == ".pdf"]
    + list((CORPUS / "docs").glob("*.pdf"))
    + list((CORPUS / "dev" / "docs").glob("*.pdf"))
    + list((ROOT / "tests" / "layouts" / "docs").glob("*.pdf"))
    + list((CORPUS / "blind" / "h" / "docs").glob("*.pdf"))
)


def comparable(objects: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """An image's stream object is a new object per opening of the file: compare what it says, not which it is."""
    return {
        kind: [{k: (repr(v) if k == "stream" else v) for k, v in obj.items()} for obj in objs]
        for kind, objs in objects.items()
    }


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_objects_equal_pdfplumbers_own(path: Path):
    with pdfplumber.open(path) as ours, pdfplumber.open(path) as theirs:
        assert len(ours.pages) == len(theirs.pages)
        characters = 0
        for mine, reference in zip(ours.pages, theirs.pages):
            objects = load_objects(mine)
            assert comparable(objects) == comparable(reference.parse_objects())
            assert mine.objects is objects  # pdfplumber's properties read the cache
            characters += len(mine.chars)
        assert characters > 100


def test_flush_cache_frees_the_objects():
    path = next(p for p in PDFS if p.suffix == ".pdf")
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        objects = load_objects(page)
        page.flush_cache()
        assert page.chars is not objects["char"]
        assert page.chars == objects["char"]
