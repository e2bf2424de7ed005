"""Gold check for batch-c: every gold string occurs in the rendered document's own extracted text.

For each gold/<stem>.json: sha256 matches docs/, ids are slugs, ranks ascend, names / definitions /
key words / related names / item texts / groups / level labels / reading citations all occur in the
text extracted from the document (pdfplumber page text + table cells, python-docx paragraphs + cells,
lxml block texts, plain text with line-start bullets stripped), and score.py gold-vs-gold = 1.000.

usage: python check.py [stem ...]
"""
import json
import re
import sys
from pathlib import Path

import lib
from lib import C


def extract(path, fmt):
    if fmt == "pdf":
        return " ".join(C.pdf_pages_text(path))
    if fmt == "docx":
        return C.docx_text(path, cells=True)
    if fmt == "html":
        return C.html_text(path, blocks=True)
    # txt / md: line-start bullets ("*", "-", "o", "•") and list numbers stripped, markdown emphasis dropped
    lines = []
    raw = Path(path).read_text(encoding="utf-8")
    raw = re.sub(r"(\w)-\n[ \t]*(?=[a-z])", r"\1-", raw)    # a compound broken after its hyphen
    for ln in raw.splitlines():
        ln = re.sub(r"^\s*#+\s*", "", ln)
        ln = re.sub(r"^\s*(?:[\u2022*\-o]|\d+[.)])\s+", "", ln)
        ln = ln.replace("**", "").replace("__", "")
        ln = re.sub(r"(?<!\w)_(.+?)_(?!\w)", r"\1", ln)
        lines.append(ln)
    return C.norm(" ".join(lines))


def split_found(text, hay):
    """An item the document splits over a page break (running header/footer in between): every
    sentence of it occurs, in order."""
    parts = [p for p in re.split(r"(?<=[.?!])\s+", text) if p]
    if len(parts) < 2:
        return False
    pos = 0
    for p in parts:
        i = hay.find(p, pos)
        if i < 0:
            return False
        pos = i + len(p)
    return True


def strings(comp):
    out = [("name", comp["name"])]
    if comp["definition"]:
        out.append(("definition", comp["definition"]))
    out += [("key_word", k) for k in comp["key_words"]]
    out += [("related", r) for r in comp["related"]]
    for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
        for it in comp[f]:
            out.append((f, it["text"]))
            if it.get("group"):
                out.append((f + ".group", it["group"]))
    for lv in comp["levels"]:
        out.append((f"level {lv['rank']} label", lv["label"]))
        for it in lv["behaviors"]:
            out.append((f"level {lv['rank']}", it["text"]))
            if it.get("group"):
                out.append(("behavior.group", it["group"]))
    for r in comp["readings"]:
        out.append(("reading", r["text"]))
        out.append(("reading.title", r["title"]))
    return out


def check(stem):
    gp = lib.GOLD / f"{stem}.json"
    gold = json.loads(gp.read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = lib.DOCS / d["path"]
    problems = []
    if C.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    hay = extract(path, d["format"])
    n = 0
    for c in gold["competencies"]:
        if list(c) != C.KEYS:
            problems.append(f"{c['id']}: keys {list(c)}")
        if c["id"] != C.slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of {c['name']!r}")
        if [lv["rank"] for lv in c["levels"]] != sorted(lv["rank"] for lv in c["levels"]):
            problems.append(f"{c['id']}: ranks not ascending")
        for where, text in strings(c):
            n += 1
            if C._found(C.norm(text), hay):
                continue
            if split_found(C.norm(text), hay):
                print(f"     (note) {c['id']} {where}: found in pieces (page break / furniture "
                      f"between them): {C.norm(text)[:70]!r}")
                continue
            problems.append(f"{c['id']} {where}: not found: {C.norm(text)[:90]!r}")
    title_hay = hay
    if d["format"] == "html":
        from lxml import html as lh
        title_hay += " " + C.norm(lh.fromstring(path.read_bytes()).findtext(".//title") or "")
    if d["title"] and C.norm(d["title"]).casefold() not in title_hay.casefold():
        problems.append(f"title not found: {d['title']!r}")
    last = C._self_score(gp)
    if last != "overall F1 1.000":
        problems.append(f"score.py gold-vs-gold: {last}")
    items = sum(len(c[f]) for c in gold["competencies"] for f in
                ("key_words", "indicators", "activities", "courses", "readings", "related",
                 "interview_questions", "tips", "notes")) + sum(
        len(lv["behaviors"]) for c in gold["competencies"] for lv in c["levels"])
    print(f"{stem}: {len(gold['competencies'])} competencies, {items} list items, {n} strings checked, "
          f"{len(problems)} problems; {last}")
    for p in problems:
        print("    ", p)
    return not problems


if __name__ == "__main__":
    stems = sys.argv[1:] or sorted(p.stem for p in lib.GOLD.glob("*.json"))
    ok = all([check(s) for s in stems])
    sys.exit(0 if ok else 1)
