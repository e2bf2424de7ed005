"""Batch v: regenerate every document in ../docs and its gold in ../gold, then check the gold.

    cd /work/blind/v/build && /work/main/.venv/bin/python build.py

Needs python-docx, pdfplumber, lxml and LibreOffice (`soffice`) on PATH. Each doc_*.py module renders one
document and writes its gold from the same data it rendered. The check then re-extracts each document's
text independently of the rendering data (pdfplumber per page plus table cells for PDF, python-docx with
headers, footers and table cells for DOCX, lxml block texts for HTML, the raw text with line breaks joined
for TXT) and verifies that every gold string occurs in it (names, definitions, item texts, level labels,
group labels, key words, related names, document title), that the sha256 matches, that competency ids are
the slugs of the names, that level ranks are strictly increasing, and that score.py scores each gold
against itself as `overall F1 1.000`. Rebuilding the PDFs and the LibreOffice-made DOCX changes their
bytes, so their gold is rewritten with the new sha256 each time.
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import vcommon as C  # noqa: E402
import doc_aitsl, doc_trend, doc_umhs, doc_asce, doc_swecom, doc_hcpc, doc_biicf, doc_nmba  # noqa: E402

MODULES = [doc_aitsl, doc_trend, doc_umhs, doc_asce, doc_swecom, doc_hcpc, doc_biicf, doc_nmba]


def haystack(path, fmt):
    if fmt == "pdf":
        return " || ".join(C.pdf_pages_text(path))
    if fmt == "docx":
        return C.docx_text(path, cells=True)
    if fmt == "html":
        return C.html_text(path, blocks=True)
    t = Path(path).read_text(encoding="utf-8").replace("\f", "\n")
    t = re.sub(r"-\n\s*(?=[a-z])", "-", t)          # a compound broken after its hyphen
    return C.norm(" ".join(t.splitlines()))


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
    return out


def check(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = C.DOCS / d["path"]
    assert C.sha256(path) == d["sha256"], "sha256 mismatch"
    hay = haystack(path, d["format"])
    flat = hay.replace(" || ", " ")
    problems, n = [], 0
    for c in gold["competencies"]:
        assert list(c) == C.KEYS, c["id"]
        assert c["id"] == C.slug(c["name"]), c["id"]
        ranks = [lv["rank"] for lv in c["levels"]]
        assert ranks == sorted(set(ranks)) and all(r >= 1 for r in ranks), c["id"]
        for where, s in strings(c):
            n += 1
            if C.norm(s) not in hay and C.norm(s) not in flat:
                problems.append(f"{c['id']} {where}: {s[:90]!r}")
    if d["title"] and C.norm(d["title"]) not in flat:
        problems.append(f"title: {d['title']!r}")
    if d["format"] != "txt":       # the shared helper's own check (page-aware for PDFs); txt: see haystack()
        _, missing, last = C.check_gold(gold_path)
        problems += [f"check_gold: {m}" for m in missing]
    else:
        last = C._self_score(gold_path)
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    return n, problems, last


def count_scored(gold):
    n = 0
    for c in gold["competencies"]:
        n += 1 + (1 if c["definition"] else 0) + len(c["key_words"]) + len(c["related"])
        for f in ("indicators", "activities", "courses", "readings", "interview_questions", "tips", "notes"):
            n += len(c[f])
        for lv in c["levels"]:
            n += 1 + len(lv["behaviors"])
    return n


def main():
    ok = True
    tot_c = tot_i = 0
    for m in MODULES:
        gp = m.build()
        n, problems, last = check(gp)
        gold = json.loads(Path(gp).read_text(encoding="utf-8"))
        nc, ni = len(gold["competencies"]), count_scored(gold)
        tot_c += nc
        tot_i += ni
        print(f"{Path(gp).stem:50s} {nc:2d} competencies {ni:4d} scored items; {n} strings checked, "
              f"{len(problems)} problems; {last}")
        for p in problems:
            print("    ", p)
        ok &= not problems
    print(f"TOTAL {tot_c} competencies, {tot_i} scored items")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
