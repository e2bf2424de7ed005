"""Batch w: regenerate every document in ../docs and its gold in ../gold, then check the gold.

    cd /work/blind/w/build && /work/main/.venv/bin/python build.py

Needs python-docx, pdfplumber, lxml and LibreOffice (`soffice`) on PATH.  Each doc_*.py module renders one
document and writes its gold.  The check then re-extracts each document's text independently of the module
(pdfplumber per page plus table cells for PDF; python-docx paragraphs, table cells, headers and footers for
DOCX; lxml block texts for HTML; the raw text with its line breaks joined for TXT/MD, and a second variant
with "word-<newline>word" hyphenation undone) and verifies that every gold string occurs in it: names,
definitions, every item text, group labels, level labels, key words, related names, reading citations /
titles / publishers / years / author surnames, the document title.  Also: sha256, competency ids, level
ranks ascending, and score.py gold-vs-gold = overall F1 1.000.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import wcommon as C  # noqa: E402
import doc_aphl, doc_dshrs, doc_ku, doc_madison, doc_nh, doc_sarasota, doc_uga, doc_zoop  # noqa: E402

MODULES = [doc_aphl, doc_nh, doc_dshrs, doc_uga, doc_madison, doc_ku, doc_sarasota, doc_zoop]


def _variants(raw):
    lines = [re.sub(r"^\s*(?:[-*o\u2022\uf0b7]|\d+\.|#+)\s+", "", ln) for ln in raw.splitlines()]
    joined = C.norm(" ".join(lines))
    dehyph = C.norm(re.sub(r"(\w)-\n\s*(?=[a-z])", r"\1", "\n".join(lines)).replace("\n", " "))
    # follow-up / probe lines with their label dropped (the gold appends them to their question)
    unlabelled = C.norm(re.sub(r"(?m)^\s*(?:Follow-up|Probes?):\s*", "", "\n".join(lines)).replace("\n", " "))
    return [joined, dehyph, unlabelled]


def haystacks(path, fmt):
    if fmt == "pdf":
        import pdfplumber
        parts = []
        with pdfplumber.open(path) as pdf:
            for pg in pdf.pages:
                parts.append(pg.extract_text() or "")
                for t in pg.extract_tables():
                    parts += [c for row in t for c in row if c]
        raw = "\n".join(parts)
    elif fmt == "docx":
        return [C.docx_text(path, cells=True)]
    elif fmt == "html":
        return [C.html_text(path, blocks=True)]
    else:
        raw = Path(path).read_text(encoding="utf-8").replace("\f", "\n")
    # a second set without running headers/footers: lines that (digits masked) recur 3 times or more
    from collections import Counter
    key = [re.sub(r"\d+", "#", ln.strip()) for ln in raw.splitlines()]
    freq = Counter(k for k in key if k)
    bare = "\n".join(ln for ln, k in zip(raw.splitlines(), key) if not (k and freq[k] >= 3 and len(k) > 3))
    return _variants(raw) + _variants(bare)


def strings(c):
    out = [("name", c["name"])]
    if c["definition"]:
        out.append(("definition", c["definition"]))
    out += [("key_word", k) for k in c["key_words"]] + [("related", r) for r in c["related"]]
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
        out += [("reading", r["text"]), ("reading.title", r["title"])]
        if r["year"]:
            out.append(("reading.year", str(r["year"])))
        if r["publisher"]:
            out.append(("reading.publisher", r["publisher"]))
        out += [("reading.author", a.split()[-1]) for a in r["authors"]]
    return out


def found(s, hays):
    s = C.norm(s)
    for h in hays:
        if s in h or s in h.replace(" || ", " "):
            return True
    return False


def check(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = C.DOCS / d["path"]
    assert C.sha256(path) == d["sha256"], "sha256 mismatch"
    hays = haystacks(path, d["format"])
    problems, n, scored = [], 0, 0
    for c in gold["competencies"]:
        assert list(c) == C.KEYS, c["id"]
        assert c["id"] == C.slug(c["name"]), c["id"]
        ranks = [lv["rank"] for lv in c["levels"]]
        assert ranks == sorted(set(ranks)) and all(r >= 1 for r in ranks), c["id"]
        for where, s in strings(c):
            n += 1
            if not found(s, hays):
                problems.append(f"{c['id']} {where}: {s[:90]!r}")
        scored += (1 + bool(c["definition"]) + len(c["key_words"]) + len(c["related"]) + len(c["readings"])
                   + sum(len(c[f]) for f in ("indicators", "activities", "courses", "interview_questions",
                                             "tips", "notes"))
                   + sum(1 + len(lv["behaviors"]) for lv in c["levels"]))
    if d["title"] and not found(d["title"], hays):
        problems.append(f"title: {d['title']!r}")
    res = subprocess.run([sys.executable, str(C.SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    return n, scored, len(gold["competencies"]), problems, last


def main():
    only = sys.argv[1:]
    for m in MODULES:
        if only and m.STEM not in only:
            continue
        m.build()
    tot_c = tot_s = 0
    bad = 0
    for m in MODULES:
        n, scored, nc, problems, last = check(C.GOLD / f"{m.STEM}.json")
        tot_c += nc
        tot_s += scored
        print(f"{m.FILE:55s} {nc:2d} competencies {scored:4d} scored items, {n:4d} strings checked, "
              f"{len(problems)} problems; {last}")
        for p in problems:
            print("    ", p)
        bad += len(problems)
    print(f"TOTAL: {tot_c} competencies, {tot_s} scored items, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
