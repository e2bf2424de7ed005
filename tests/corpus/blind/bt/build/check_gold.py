"""Check every gold file of batch BT against its rendered document.

For each gold: sha256 matches, key order, id = slug(name), level ranks ascending and unique, and every string
the gold takes from the document (document title, competency names, definitions, item texts, item groups,
level labels, related names, reading texts) occurs in the document's extracted text (pdfplumber page text +
table cells for PDF, python-docx paragraphs + cells for DOCX, lxml block text for HTML, the plain text for
TXT). Then score.py gold-vs-gold must give 1.000.
"""
import json
import sys
from pathlib import Path

import btlib as B

C = B.C


def extracted(path, fmt):
    if fmt == "pdf":
        return " || ".join(C.pdf_pages_text(path))
    if fmt == "docx":
        return C.docx_text(path, cells=True)
    if fmt == "html":
        return C.html_text(path, blocks=True)
    return C.md_text(path)


def strings(c):
    out = [("name", c["name"])]
    if c["definition"]:
        out.append(("definition", c["definition"]))
    for k in c["key_words"]:
        out.append(("key_words", k))
    for r in c["related"]:
        out.append(("related", r))
    for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
        for it in c[f]:
            out.append((f, it["text"]))
            if it.get("group"):
                out.append((f + ".group", it["group"]))
    for lv in c["levels"]:
        out.append(("level label", lv["label"]))
        for it in lv["behaviors"]:
            out.append((f"level {lv['rank']}", it["text"]))
            if it.get("group"):
                out.append(("behavior.group", it["group"]))
    for r in c["readings"]:
        out.append(("reading", r["text"]))
    return out


def check(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = B.DOCS / d["path"]
    problems = []
    if B.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    hay = extracted(path, d["format"])
    n = 0
    if d["title"]:
        n += 1
        if not C._found(B.norm(d["title"]), hay):
            problems.append(f"title not found: {d['title']!r}")
    ids = set()
    splits = []
    for c in gold["competencies"]:
        assert list(c) == B.KEYS, c["id"]
        assert c["id"] == B.slug(c["name"]), c["id"]
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        ranks = [lv["rank"] for lv in c["levels"]]
        assert ranks == sorted(set(ranks)), (c["id"], ranks)
        for where, text in strings(c):
            n += 1
            t = B.norm(text)
            if C._found(t, hay):
                continue
            words = t.split(" ")
            if d["format"] == "pdf" and any(" ".join(words[:i]) in hay and " ".join(words[i:]) in hay
                                            for i in range(1, len(words))):
                splits.append(f"{c['id']} {where}: split over a page break: {t[:70]!r}")
                continue
            problems.append(f"{c['id']} {where}: not found: {t[:90]!r}")
    last = C._self_score(gold_path)
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    print(f"{Path(gold_path).name}: {len(gold['competencies'])} competencies, {n} strings, "
          f"{len(problems)} problems; {last}")
    for p in problems:
        print("    ", p)
    for p in splits:
        print("     (ok)", p)
    return not problems


if __name__ == "__main__":
    files = sys.argv[1:] or sorted(str(p) for p in B.GOLD.glob("*.json"))
    ok = all([check(f) for f in files])
    # no competency id twice in the batch
    seen = {}
    for f in sorted(B.GOLD.glob("*.json")):
        for c in json.loads(f.read_text())["competencies"]:
            if c["id"] in seen:
                print(f"duplicate id {c['id']} in {f.name} and {seen[c['id']]}")
            seen[c["id"]] = f.name
    sys.exit(0 if ok else 1)
