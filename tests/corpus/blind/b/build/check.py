"""Check every gold file against its rendered document:  python check.py

* every gold text (definition, items, level labels, readings and their descriptions) occurs in the text
  extracted from the document (pdfplumber / python-docx / lxml / raw text, via common.check_gold), and for PDFs
  also in `pdftotext` output;
* names, key words, related names, item groups, reading titles / publishers / years / author surnames occur too;
* sha256 matches, ids are slugs, levels sorted; score.py gold-vs-gold gives 1.000.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

import common as C

GOLD = Path(__file__).resolve().parents[1] / "gold"


def flat(s):
    return C.norm(s).casefold()


def pdftotext_words(path):
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    out = re.sub(r"(?m)^\s*[\u2022\u25aa]\s*", " ", out)
    out = re.sub(r"(?m)^\s*\d+[A-C]\d+\.\s*", " ", out)
    return flat(out)


def scored_items(gold):
    """Items the scorer counts: name, definition, key words, related, list items (+ indicator/activity groups),
    level labels, behaviours (+ their groups), reading title/authors/publisher/year."""
    n = 0
    for c in gold["competencies"]:
        n += 1 + (1 if c["definition"] else 0) + len(c["key_words"]) + len(c["related"])
        for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
            n += len(c[f]) + sum(1 for i in c[f] if i.get("group") and f in ("indicators", "activities"))
        for lv in c["levels"]:
            n += 1 + len(lv["behaviors"]) + sum(1 for b in lv["behaviors"] if b.get("group"))
        for r in c["readings"]:
            n += 1 + bool(r["authors"]) + bool(r["publisher"]) + bool(r["year"])
    return n


def main():
    total_texts, problems, warnings = 0, [], []
    n_comps = n_items = 0
    for gp in sorted(GOLD.glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        n, missing, last = C.check_gold(gp)
        total_texts += n
        for m in missing:
            if m[0] != "<title>":          # the title is checked case-insensitively below
                problems.append(f"{gp.stem}: not found: {m}")
        if last != "overall F1 1.000":
            problems.append(f"{gp.stem}: score.py self-score: {last}")
        d = gold["documents"][0]
        path = C.DOCS / d["path"]
        fmt = d["format"]
        if fmt == "pdf":
            whole = " ".join(C.pdf_pages_text(path))
        elif fmt == "docx":
            whole = C.docx_text(path, cells=True)
        elif fmt == "html":
            whole = C.html_text(path, blocks=True)
        else:
            whole = C.md_text(path)
        hay = flat(whole)
        extra = []
        for c in gold["competencies"]:
            extra.append(("name", c["name"]))
            extra += [("key_word", k) for k in c["key_words"]]
            extra += [("related", r) for r in c["related"]]
            for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
                extra += [(f + ".group", it["group"]) for it in c[f] if it.get("group")]
            for lv in c["levels"]:
                extra += [("behavior.group", it["group"]) for it in lv["behaviors"] if it.get("group")]
            for r in c["readings"]:
                extra.append(("reading.title", r["title"]))
                if r["publisher"]:
                    extra.append(("reading.publisher", r["publisher"]))
                if r["year"]:
                    extra.append(("reading.year", str(r["year"])))
                for a in r["authors"]:
                    extra.append(("reading.author surname", a.split()[-1]))
                    if r["title"] not in r["text"] or (r["publisher"] and r["publisher"] not in r["text"]):
                        problems.append(f"{gp.stem}: reading fields not in its citation: {r['text'][:60]}")
        for what, s in extra:
            total_texts += 1
            if flat(s) not in hay:
                problems.append(f"{gp.stem}: {what} not found: {s!r}")
        if d["title"] and flat(d["title"]) not in hay:
            problems.append(f"{gp.stem}: title not found (case-insensitive): {d['title']!r}")
        if fmt == "pdf":     # second, independent extraction (plain reading order): warnings only
            words = pdftotext_words(path)
            miss = [t for c in gold["competencies"] for t, _ in C.gold_texts(c) if flat(t) not in words]
            if miss:
                warnings.append(f"{gp.stem}: {len(miss)} gold texts not contiguous in plain `pdftotext` "
                                f"reading order (e.g. {miss[0][:50]!r})")
        items = scored_items(gold)
        n_comps += len(gold["competencies"])
        n_items += items
        print(f"{gp.stem:45s} {len(gold['competencies'])} competencies, {items:3d} scored items; {last}")
    for w in warnings:
        print("  warning:", w)
    print(f"total: {n_comps} competencies, {n_items} scored items")
    print(f"{total_texts} texts checked, {len(problems)} problems")
    for p in problems:
        print("  ", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
