"""Check every gold file of batch BG against its document.

For each gold file: sha256 matches; ids are slugs of the names; levels sorted by rank; every gold text
(definition, item texts, level labels, groups, related names, readings, the document title) occurs in the
document's extracted text (pdfplumber page text + table cells for PDF, python-docx paragraphs + cells for
DOCX, lxml block texts for HTML, marker-stripped lines for TXT); score.py gold-vs-gold = 1.000.
Text extraction reuses the helpers of /work/main/tests/corpus/build/common.py (allowed by the brief).
"""
import hashlib
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/main/tests/corpus/build")
import common as C  # noqa: E402

import bglib as L  # noqa: E402


def doc_text(path, fmt):
    if fmt == "pdf":
        return " ".join(C.pdf_pages_text(path))
    if fmt == "docx":
        return C.docx_text(path, cells=True)
    if fmt == "html":
        return C.html_text(path, blocks=True)
    return C.md_text(path)


def texts(c):
    out = []
    if c["definition"]:
        out.append(("definition", c["definition"]))
    for f in L.ITEM_FIELDS:
        for it in c[f]:
            out.append((f, it["text"]))
            if it.get("group"):
                out.append((f + ".group", it["group"]))
    for lv in c["levels"]:
        out.append(("label", lv["label"]))
        for it in lv["behaviors"]:
            out.append((f"level {lv['rank']}", it["text"]))
            if it.get("group"):
                out.append(("behavior.group", it["group"]))
    for r in c["readings"]:
        out.append(("reading", r["text"]))
    for k in c["key_words"] + c["related"]:
        out.append(("key_words/related", k))
    out.append(("name", c["name"]))
    return out


def main():
    total_items = 0
    ok = True
    for gp in sorted(L.GOLD.glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        d = gold["documents"][0]
        path = L.DOCS / d["path"]
        problems = []
        if hashlib.sha256(path.read_bytes()).hexdigest() != d["sha256"]:
            problems.append("sha256 mismatch")
        hay = doc_text(path, d["format"])
        n = 0
        for c in gold["competencies"]:
            if list(c) != L.KEYS:
                problems.append(f"{c['id']}: keys {list(c)}")
            if c["id"] != L.slug(c["name"]):
                problems.append(f"{c['id']}: id is not the slug of the name")
            if [lv["rank"] for lv in c["levels"]] != sorted(lv["rank"] for lv in c["levels"]):
                problems.append(f"{c['id']}: levels not sorted")
            for where, t in texts(c):
                n += 1
                if not C._found(L.norm(t), hay):
                    problems.append(f"{c['id']} {where}: not found: {t[:90]!r}")
        if d["title"] and L.norm(d["title"]) not in hay.replace(" || ", " "):
            problems.append(f"title not found: {d['title']!r}")
        res = subprocess.run([sys.executable, str(L.SCORE), str(gp), str(gp)], capture_output=True, text=True)
        last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()[-200:]
        if last != "overall F1 1.000":
            problems.append(f"score.py: {last}")
        total_items += n
        print(f"{gp.stem}: {len(gold['competencies'])} competencies, {n} texts, {len(problems)} problems; {last}")
        for p in problems:
            print("    ", p)
        ok = ok and not problems
    print(f"total texts checked: {total_items}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
