"""Check every gold file of this batch against its document.

For each gold/<stem>.json: the sha256 matches the document, every gold text (definition, items, level
labels, reading citations) occurs in the document's extracted text (pdfplumber per page for PDFs,
python-docx paragraphs and table cells for DOCX, lxml block elements for HTML, the raw lines for
TXT/MD), every competency name, key word and related name occurs too, and score.py run on the gold
against itself gives 1.000.    Usage: python check.py [stem ...]
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402


_orig_pdf_pages_text = C.pdf_pages_text


def pdf_pages_text(pdf_path):
    """C.pdf_pages_text plus, per page, the text of the left and right halves cropped separately
    (the two-column pages are read column by column, as a reader does)."""
    import pdfplumber
    pages = _orig_pdf_pages_text(pdf_path)
    out = []
    with pdfplumber.open(pdf_path) as pdf:
        for txt, page in zip(pages, pdf.pages):
            w = page.width
            halves = [page.crop((0, 0, w / 2, page.height)), page.crop((w / 2, 0, w, page.height))]
            parts = [txt] + [C._clean_lines(h.extract_text() or "") for h in halves]
            out.append(" || ".join(parts))
    return out


C.pdf_pages_text = pdf_pages_text


def whole_text(d):
    path = C.DOCS / d["path"]
    fmt = d["format"]
    if fmt == "pdf":
        return " ".join(C.pdf_pages_text(path))
    if fmt == "docx":
        return C.docx_text(path, cells=True)
    if fmt == "html":
        return C.html_text(path, blocks=True)
    return C.md_text(path)


def main(stems):
    golds = sorted(C.GOLD.glob("*.json"))
    if stems:
        golds = [g for g in golds if g.stem in stems]
    bad = 0
    total = 0
    for g in golds:
        n, missing, last = C.check_gold(g)
        gold = json.loads(g.read_text(encoding="utf-8"))
        hay = whole_text(gold["documents"][0])
        flat = C.norm(hay.replace(" || ", " "))
        extra = []
        for c in gold["competencies"]:
            for s in [c["name"]] + c["key_words"] + c["related"]:
                n += 1
                if C.norm(s) not in flat and C.norm(s).lower() not in flat.lower():
                    extra.append((c["id"], None, s))
            for lv in c["levels"]:
                for b in lv["behaviors"]:
                    if b.get("group") and C.norm(b["group"]) not in flat:
                        extra.append((c["id"], "group", b["group"]))
            for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
                for it in c[f]:
                    if it.get("group") and C.norm(it["group"]) not in flat:
                        extra.append((c["id"], "group", it["group"]))
        problems = missing + extra
        ok = not problems and last == "overall F1 1.000"
        bad += not ok
        total += n
        print(f"{'OK ' if ok else 'BAD'} {g.stem}: {n} texts checked, {len(problems)} missing; {last}")
        for p in problems:
            print("     missing:", p)
    print(f"{len(golds)} gold files, {total} texts, {bad} with problems")
    return bad


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1:]) else 0)
