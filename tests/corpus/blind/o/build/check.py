"""Gold check for batch O: every gold string occurs in the document's own extracted text.

For each gold/<stem>.json: sha256 matches docs/<file>; ids are slugs of the names; level ranks ascend;
every competency name, definition, item text, item group, level label, related name and the document
title occurs in the text extracted from the rendered document (PDF: pdfplumber page text + table cells;
DOCX: python-docx paragraphs and table cells; HTML: lxml block elements; MD: the Markdown with heading
marks, list markers and ** emphasis stripped); score.py run on the gold against itself gives 1.000.
Prints one line per document, the totals (competencies, scored items = score.py's TP sum) and exits 1
on any problem."""
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import common as C  # noqa: E402

BATCH = HERE.parent
DOCS, GOLD = BATCH / "docs", BATCH / "gold"
SCORE = Path("/work/shared/tools/score.py")


def md_text(path):
    lines = []
    for ln in Path(path).read_text(encoding="utf-8").splitlines():
        ln = re.sub(r"^\s*#+\s*", "", ln)
        ln = C._MARK.sub("", ln)
        ln = ln.replace("**", "")
        lines.append(ln)
    return " || ".join(C.norm(x) for x in lines if x.strip())


def doc_text(path, fmt):
    if fmt == "pdf":
        return " || ".join(C.pdf_pages_text(path))
    if fmt == "docx":
        return C.docx_text(path, cells=True)
    if fmt == "html":
        return C.html_text(path, blocks=True)
    if fmt in ("md", "txt"):
        return md_text(path)
    raise ValueError(fmt)


def strings(c):
    """(where, text) for every string of a gold competency that must be printed in the document."""
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
        out.append((f"level {lv['rank']} label", lv["label"]))
        for it in lv["behaviors"]:
            out.append((f"level {lv['rank']}", it["text"]))
            if it.get("group"):
                out.append((f"level {lv['rank']}.group", it["group"]))
    for r in c["readings"]:
        out.append(("reading", r["text"]))
    return out


def found(text, hay, hay_joined):
    """text occurs whole; or (an item the document prints in pieces, e.g. a question, a "Prompts" label and
    its lettered follow-ups in one table cell) its sentences occur in order within a short span."""
    t = C.norm(text)
    if t in hay or t in hay_joined or t.casefold() in hay_joined.casefold():
        return True
    parts = [p for p in re.split(r"(?<=[?.!\u201d])\s+", t) if p]
    if len(parts) < 2:
        return False
    start = hay_joined.find(parts[0])
    while start >= 0:
        pos, ok = start + len(parts[0]), True
        for p in parts[1:]:
            k = hay_joined.find(p, pos)
            if k < 0 or k - pos > 40:
                ok = False
                break
            pos = k + len(p)
        if ok:
            return True
        start = hay_joined.find(parts[0], start + 1)
    return False


def score_self(gold_path):
    res = subprocess.run([sys.executable, str(SCORE), str(gold_path), str(gold_path), "--json"],
                         capture_output=True, text=True)
    rep = json.loads(res.stdout)
    tp = sum(v["tp"] for v in rep["fields"].values())
    f1 = res.returncode == 0 and all(v["f1"] == 1.0 for v in rep["fields"].values())
    return tp, f1


def main():
    problems, tot_c, tot_items = [], 0, 0
    for gp in sorted(GOLD.glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        d = g["documents"][0]
        path = DOCS / d["path"]
        probs = []
        if C.sha256(path) != d["sha256"]:
            probs.append("sha256 mismatch")
        if d["id"] != gp.stem or path.stem != gp.stem:
            probs.append("document id / file stem mismatch")
        hay = doc_text(path, d["format"])
        joined = hay.replace(" || ", " ")
        if d["title"] and not found(d["title"], hay, joined):
            probs.append(f"title not found: {d['title']!r}")
        n = 0
        for c in g["competencies"]:
            if list(c) != C.KEYS:
                probs.append(f"{c.get('id')}: keys {list(c)}")
            if c["id"] != C.slug(c["name"]):
                probs.append(f"{c['id']}: id is not the slug of {c['name']!r}")
            ranks = [lv["rank"] for lv in c["levels"]]
            if ranks != sorted(ranks) or len(set(ranks)) != len(ranks):
                probs.append(f"{c['id']}: level ranks {ranks}")
            if c["sources"] != [d["id"]]:
                probs.append(f"{c['id']}: sources {c['sources']}")
            for where, text in strings(c):
                n += 1
                if not found(text, hay, joined):
                    probs.append(f"{c['id']} {where}: not in document text: {C.norm(text)[:90]!r}")
        tp, ok = score_self(gp)
        if not ok:
            probs.append("score.py gold-vs-gold is not 1.000")
        tot_c += len(g["competencies"])
        tot_items += tp
        print(f"{gp.stem:40s} {d['format']:5s} competencies {len(g['competencies']):2d}  strings {n:3d}  "
              f"scored items {int(tp):3d}  problems {len(probs)}")
        for p in probs:
            print("    " + p)
        problems += probs
    print(f"TOTAL: {tot_c} competencies, {int(tot_items)} scored items, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
