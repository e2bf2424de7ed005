"""Checks for batch ae: every gold string (name, definition, key words, related, indicators, levels and
their labels, activities, interview questions, notes, groups, document title) occurs in the text extracted
from the document; sha256 matches; ids are slugs; ranks ascend; score.py gold-vs-gold = 1.000.

Uses common.check_gold() (texts, title, sha, ranks, self-score) and adds the strings it does not look at
(names, key words, groups). Run:  /work/main/.venv/bin/python build/check.py"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402


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
