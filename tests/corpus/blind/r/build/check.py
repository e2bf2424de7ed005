"""Check the batch-r gold against the rendered documents.

    /work/main/.venv/bin/python check.py

For every gold file: sha256 matches the document; every gold string (names, definitions, level labels,
behaviours, indicators, questions, related names) occurs in the text extracted from the document
(pdfplumber page text + table cells for PDF, python-docx paragraphs/cells for DOCX, lxml text of the
page body for HTML, the file itself for TXT); competency ids are slugs of the names; levels sorted by
rank; and score.py run gold-against-gold gives 1.000. Uses two independent extractors per format
(common.check and common.check_gold)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402

ok = True
for g in sorted(C.GOLD.glob("*.json")):
    import json
    gold = json.loads(g.read_text())
    doc = C.DOCS / gold["documents"][0]["path"]
    ok &= C.check(doc, g, pdf_tables=True)
    n, missing, last = C.check_gold(g)
    print(f"  check_gold: {n} texts, {len(missing)} missing; {last}")
    for m in missing:
        print("   MISSING", m)
    ok &= not missing and last == "overall F1 1.000"
print("ALL OK" if ok else "PROBLEMS")
sys.exit(0 if ok else 1)
