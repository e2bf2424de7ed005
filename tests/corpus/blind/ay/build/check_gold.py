"""Check batch-AY gold: every gold string occurs in its document's extracted text, sha256 matches,
ids/ranks well-formed, and score.py gold-vs-gold gives overall F1 1.000.  python check_gold.py"""
import hashlib
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/main/tests/corpus/build")
import common as C  # noqa: E402  (text extraction helpers: pdfplumber / python-docx / lxml)

from gold_common import DOCS, GOLD, KEYS, norm, slug  # noqa: E402

SCORE = "/work/shared/tools/score.py"


def doc_text(path, fmt):
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
    for f in ("key_words", "related"):
        out += [(f, x) for x in c[f]]
    for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
        for x in c[f]:
            out.append((f, x["text"]))
            if x.get("group"):
                out.append((f + ".group", x["group"]))
    for lv in c["levels"]:
        out.append(("level label", lv["label"]))
        for x in lv["behaviors"]:
            out.append((f"level {lv['rank']}", x["text"]))
            if x.get("group"):
                out.append(("behavior.group", x["group"]))
    for r in c["readings"]:
        out += [("reading", r["text"]), ("reading.title", r["title"])]
        out += [("reading.publisher", r["publisher"])] if r["publisher"] else []
    return out


def main():
    bad = 0
    total_items = 0
    for gp in sorted(GOLD.glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        d = g["documents"][0]
        path = DOCS / d["path"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == d["sha256"], f"sha256 {gp.name}"
        hay = doc_text(path, d["format"])
        problems = []
        if d["title"] and norm(d["title"]) not in hay.replace(" || ", " "):
            problems.append(("<title>", d["title"]))
        for c in g["competencies"]:
            assert list(c) == KEYS and c["id"] == slug(c["name"]), c["id"]
            ranks = [lv["rank"] for lv in c["levels"]]
            assert ranks == sorted(set(ranks)), c["id"]
            for where, t in strings(c):
                if not C._found(norm(t), hay):
                    problems.append((f"{c['id']} {where}", t))
        res = subprocess.run([sys.executable, SCORE, str(gp), str(gp)], capture_output=True, text=True)
        last = res.stdout.strip().splitlines()[-1]
        n = sum(1 for c in g["competencies"] for _ in strings(c))
        total_items += n
        print(f"{gp.name}: {len(g['competencies'])} competencies, {n} strings checked, "
              f"{len(problems)} missing; {last}")
        for w, t in problems:
            print("    MISSING", w, repr(t[:90]))
        bad += len(problems) + (last != "overall F1 1.000")
    print("total strings", total_items, "problems", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
