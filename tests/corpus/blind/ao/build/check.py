"""Gold check for batch AO: every string the gold takes from a document occurs in that document's
extracted text; sha256 matches; ids are slugs; level ranks ascend; score.py scores each gold file
against itself at 1.000.

    /work/main/.venv/bin/python build/check.py

PDF text: pdfplumber page text plus the text of every table cell, line-start bullets removed, a word
broken after a hyphen at a line end re-joined. DOCX text: headers, footers, paragraphs and table cells
(python-docx). Whitespace is normalized everywhere.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aolib import BATCH, DOCS, GOLD, KEYS, norm, sha256, slug  # noqa: E402

SCORE = Path("/work/shared/tools/score.py")
MARK = re.compile(r"^\s*(?:[\u2022\u25a0\u25cf\u25aa\uf0b7\-\*]|\d+[.)])\s+")


def clean(text):
    text = re.sub(r"(\w)-\n(?=[a-z])", r"\1-", text)
    return norm(" ".join(MARK.sub("", ln) for ln in text.splitlines()))


def pdf_text(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            parts.append(clean(page.extract_text() or ""))
            for t in page.extract_tables():
                for row in t:
                    for cell in row:
                        if cell:
                            parts.append(clean(cell))
    return " || ".join(parts)


def docx_text(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(path))
    parts = []
    for sec in d.sections:
        parts += [p.text for p in sec.header.paragraphs] + [p.text for p in sec.footer.paragraphs]

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(qn("w:t")))

    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            parts.append(ptext(block))
        elif block.tag == qn("w:tbl"):
            for tc in block.iter(qn("w:tc")):
                for p in tc.iter(qn("w:p")):
                    parts.append(ptext(p))
    return " || ".join(norm(p) for p in parts)


def strings(c):
    out = [("name", c["name"])]
    if c["definition"]:
        out.append(("definition", c["definition"]))
    out += [("key_words", k) for k in c["key_words"]] + [("related", r) for r in c["related"]]
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


def check(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = gold["documents"][0]
    path = DOCS / doc["path"]
    problems = []
    if sha256(path) != doc["sha256"]:
        problems.append("sha256 mismatch")
    hay = pdf_text(path) if doc["format"] == "pdf" else docx_text(path)
    flat = hay.replace(" || ", " ")
    n = 0
    for c in gold["competencies"]:
        if list(c) != KEYS:
            problems.append(f"{c['id']}: keys {list(c)}")
        if c["id"] != slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of the name")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(ranks) or len(set(ranks)) != len(ranks):
            problems.append(f"{c['id']}: level ranks {ranks}")
        for where, text in strings(c):
            n += 1
            t = norm(text)
            if t not in hay and t not in flat:
                problems.append(f"{c['id']} {where}: not found: {t[:90]!r}")
    if doc["title"] and norm(doc["title"]) not in flat:
        problems.append(f"title not found: {doc['title']!r}")
    res = subprocess.run([sys.executable, str(SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    return n, problems, last


def main():
    total = 0
    bad = 0
    comps = 0
    for g in sorted(GOLD.glob("*.json")):
        n, problems, last = check(g)
        total += n
        comps += len(json.loads(g.read_text())["competencies"])
        bad += len(problems)
        print(f"{g.name}: {n} strings checked, {len(problems)} problems; {last}")
        for p in problems:
            print("    ", p)
    print(f"{comps} competencies, {total} strings, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
