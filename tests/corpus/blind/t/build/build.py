"""Batch t: regenerate every document in ../docs and its gold in ../gold, then check the gold.

    /work/main/.venv/bin/python build.py

Needs python-docx, pdfplumber, lxml and LibreOffice (`soffice`) on PATH. Each doc_*.py module renders one
document and writes its gold; the check below re-extracts each document's text (pdfplumber for the PDF,
python-docx for DOCX with table cells, lxml for HTML, a Markdown-to-text pass for .md, the raw text with
hard-wrap hyphen breaks joined for .txt) and verifies that every gold string occurs in it, that the sha256
matches, and that score.py scores the gold against itself as 1.000.
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tcommon as C  # noqa: E402
import doc_unfpa, doc_cra, doc_citb, doc_usaf, doc_madetech, doc_gem, doc_nzpsc  # noqa: E402

MODULES = [doc_unfpa, doc_cra, doc_citb, doc_usaf, doc_madetech, doc_gem, doc_nzpsc]


def md_plain(path):
    """Markdown as a reader sees it: headings/list markers, emphasis and link syntax removed."""
    lines = []
    for ln in Path(path).read_text(encoding="utf-8").splitlines():
        ln = re.sub(r"^\s*#+\s*", "", ln)
        ln = re.sub(r"^\s*[-*]\s+", "", ln)
        ln = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", ln)
        ln = re.sub(r"\*\*([^*]+)\*\*", r"\1", ln)
        ln = re.sub(r"\*([^*]+)\*", r"\1", ln)
        lines.append(ln)
    return " || ".join(C.norm(x) for x in lines if x.strip())


def txt_plain(path):
    """Plain text with hard wraps undone: a hyphen at a line end joins the next word; other breaks = space."""
    t = Path(path).read_text(encoding="utf-8").replace("\f", "\n")
    t = re.sub(r"-\n\s*(?=[a-z])", "-", t)
    t = "\n".join(re.sub(r"^\s*(?:[a-h]\.|-|\d+-\d+\.)\s+", "", ln) for ln in t.splitlines())
    return C.norm(t)


def haystack(path, fmt):
    if fmt == "pdf":
        pages = C.pdf_pages_text(path)
        return " || ".join(pages)
    if fmt == "docx":
        return C.docx_text(path, cells=True)
    if fmt == "html":
        return C.html_text(path, blocks=True)
    if fmt == "md":
        return md_plain(path)
    return txt_plain(path)


def check(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = C.DOCS / d["path"]
    assert C.sha256(path) == d["sha256"], "sha256 mismatch"
    hay = haystack(path, d["format"])
    missing, n, scored = [], 0, 0
    for c in gold["competencies"]:
        assert list(c) == C.KEYS, c["id"]
        assert c["id"] == C.slug(c["name"]), c["id"]
        assert [lv["rank"] for lv in c["levels"]] == list(range(1, len(c["levels"]) + 1)), c["id"]
        texts = [c["name"]]
        texts += [t for t, _ in C.gold_texts(c)]
        texts += c["key_words"] + c["related"]
        for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
            texts += [x["group"] for x in c[f] if x.get("group")]
        for lv in c["levels"]:
            texts += [x["group"] for x in lv["behaviors"] if x.get("group")]
        for r in c["readings"]:
            texts += [r["title"]] + r["authors"] + ([str(r["year"])] if r["year"] else [])
        for t in texts:
            n += 1
            if C.norm(t) not in hay.replace(" || ", " ") and C.norm(t) not in hay:
                missing.append((c["id"], t))
        # scored items: name + definition + list items + level labels, the way the README counts them
        scored += 1 + (1 if c["definition"] else 0) + len(c["key_words"]) + len(c["related"])
        scored += sum(len(c[f]) for f in ("indicators", "activities", "courses", "readings",
                                          "interview_questions", "tips", "notes"))
        scored += sum(1 + len(lv["behaviors"]) for lv in c["levels"])
    if d["title"] and C.norm(d["title"]) not in hay:
        missing.append(("<title>", d["title"]))
    return n, scored, missing, C._self_score(gold_path)


def main():
    total_c = total_s = 0
    ok = True
    for m in MODULES:
        gp = m.build()
        n, scored, missing, last = check(gp)
        g = json.loads(Path(gp).read_text(encoding="utf-8"))
        nc = len(g["competencies"])
        total_c += nc
        total_s += scored
        print(f"{Path(gp).name:55s} {nc} competencies, {scored:3d} scored items, {n:3d} texts checked, "
              f"{len(missing)} missing; {last}")
        for cid, t in missing:
            print("    MISSING", cid, repr(t[:90]))
        ok = ok and not missing and last == "overall F1 1.000"
    print(f"total: {total_c} competencies, {total_s} scored items; {'OK' if ok else 'PROBLEMS'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
