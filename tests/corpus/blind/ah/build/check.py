"""Checks for batch ah: every gold string (name, definition, key words, related, indicators, levels and
their labels, activities, interview questions, notes, groups, document title) occurs in the text extracted
from the document; sha256 matches; ids are slugs; ranks ascend; score.py gold-vs-gold = 1.000.

Uses common.check_gold() (texts, title, sha, ranks, self-score) and adds the strings it does not look at
(names, key words, groups). Run:  /work/main/.venv/bin/python build/check.py"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402

import html as _html  # noqa: E402
import re as _re  # noqa: E402

_md_text_orig = C.md_text


def _md_text(path):
    """md/txt text with raw HTML tags removed and entities decoded (the Gravitational file is an HTML
    table inside Markdown)."""
    t = _md_text_orig(path)
    return C.norm(_html.unescape(_re.sub(r"<[^>]+>", " ", t)))


_pdf_orig = C.pdf_pages_text


def _pdf_pages_text(pdf_path):
    """Per page: the whole-page text plus the left and right halves read separately (two-column pages,
    whose full-width text interleaves the columns line by line)."""
    import pdfplumber
    base = _pdf_orig(pdf_path)
    out = []
    with pdfplumber.open(pdf_path) as pdf:
        for page, b in zip(pdf.pages, base):
            w = page.width
            halves = [C._clean_lines(page.crop((0, 0, w / 2, page.height)).extract_text() or ""),
                      C._clean_lines(page.crop((w / 2, 0, w, page.height)).extract_text() or "")]
            out.append(" || ".join([b] + halves))
    return out


C.md_text = _md_text
C.pdf_pages_text = _pdf_pages_text


def whole_text(d):
    path = C.DOCS / d["path"]
    fmt = d["format"]
    if fmt == "pdf":
        return " || ".join(C.pdf_pages_text(path))
    if fmt == "docx":
        return C.docx_text(path, cells=True)
    if fmt == "html":
        return C.html_text(path, blocks=True)
    return C.md_text(path)


def main():
    ok = True
    total = 0
    for g in sorted(C.GOLD.glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        n, missing, last = C.check_gold(g)
        hay = whole_text(gold["documents"][0])
        extra = []
        for c in gold["competencies"]:
            strings = [c["name"]] + c["key_words"] + c["related"]
            for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
                strings += [x["group"] for x in c[f] if x.get("group")]
            for lv in c["levels"]:
                strings += [x["group"] for x in lv["behaviors"] if x.get("group")]
            for s in strings:
                n += 1
                if not C._found(C.norm(s), hay):
                    extra.append((c["id"], None, s))
        probs = missing + extra
        total += n
        status = "ok" if not probs and last == "overall F1 1.000" else "PROBLEMS"
        print(f"{g.name}: {n} strings checked, {len(probs)} missing; {last} -> {status}")
        for p in probs:
            print("    missing:", p)
        ok &= status == "ok"
    print(f"total strings checked: {total}")
    return ok


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
