"""Check every gold file of batch AX against its document: every gold string (names, definitions, level
labels, behaviours, indicators, group names, title) occurs in the text extracted from the rendered document
(pdfplumber per page + table cells, python-docx paragraphs + cells, lxml block text, text lines), ids are
slugs, levels sorted, sha256 matches, and score.py gives the gold against itself F1 1.000."""
import json
import subprocess
import sys
from pathlib import Path

from axlib import C, DOCS, GOLD, norm, sha256, slug

SCORE = "/work/shared/tools/score.py"


def hay_for(path, fmt):
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
    for k in ("key_words", "related"):
        out += [(k, x) for x in c[k]]
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


def count_items(c):
    n = 1 + (1 if c["definition"] else 0) + len(c["key_words"]) + len(c["related"])
    for f in ("indicators", "activities", "courses", "readings", "interview_questions", "tips", "notes"):
        n += len(c[f])
    for lv in c["levels"]:
        n += 1 + len(lv["behaviors"])
    return n


def main():
    total_c = total_i = 0
    bad = 0
    for g in sorted(GOLD.glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        d = gold["documents"][0]
        path = DOCS / d["path"]
        problems = []
        if sha256(path) != d["sha256"]:
            problems.append("sha256 mismatch")
        hay = hay_for(path, d["format"])
        if d["title"] and norm(d["title"]) not in hay:
            problems.append(f"title not found: {d['title']!r}")
        for c in gold["competencies"]:
            if c["id"] != slug(c["name"]):
                problems.append(f"bad id {c['id']}")
            ranks = [lv["rank"] for lv in c["levels"]]
            if ranks != sorted(ranks) or len(set(ranks)) != len(ranks):
                problems.append(f"{c['id']}: ranks {ranks}")
            for where, text in strings(c):
                if not C._found(norm(text), hay):
                    problems.append(f"{c['id']} {where}: not found: {norm(text)[:90]!r}")
        res = subprocess.run([sys.executable, SCORE, str(g), str(g)], capture_output=True, text=True)
        last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
        if last != "overall F1 1.000":
            problems.append(f"score.py: {last}")
        nc = len(gold["competencies"])
        ni = sum(count_items(c) for c in gold["competencies"])
        total_c += nc
        total_i += ni
        print(f"{d['path']:52s} {nc:2d} competencies {ni:4d} items  {len(problems)} problems  ({last})")
        for p in problems:
            print("    ", p)
        bad += len(problems)
    print(f"TOTAL {total_c} competencies, {total_i} scored items, {bad} problems")
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
