#!/usr/bin/env python3
"""Check every gold file of batch ak against its document:

* sha256 in the gold matches the document;
* ids are slugs of the names, level ranks ascending;
* every string the gold takes from the document (name, definition, item texts, group names, level
  labels, reading texts) occurs in the text extracted from the document (pdfplumber for PDF, incl. table
  cells; python-docx paragraphs + table cells for DOCX; lxml text of the body without scripts/styles for
  HTML; raw text with bullet glyphs, list markers and form feeds removed for TXT/MD). A table row given
  as 'a | b' is checked cell by cell;
* score.py of the gold against itself prints 'overall F1 1.000'.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

import akcommon as C

SCORE = Path("/work/shared/tools/score.py")
_MARK = re.compile(r"^\s*(?:[\u2022\u25cf\u25cb\u25aa\uf0b7\-\*]|\d+[.)]|>)\s+")


def clean(s):
    s = s.replace("\u00a0", " ").replace("\f", "\n")
    s = re.sub(r"[\u2022\u25cf\u25cb\uf0b7]", " ", s)
    return C.norm(s)


def pdf_text(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            t = pg.extract_text() or ""
            t = re.sub(r"(\w)-\n(?=[a-z])", r"\1-", t)
            parts.append(" ".join(_MARK.sub("", ln) for ln in t.splitlines()))
            w = float(pg.width)
            for box in ((0, 0, w / 2, pg.height), (w / 2, 0, w, pg.height)):   # side-by-side columns
                ct = pg.crop(box).extract_text() or ""
                parts.append(" ".join(_MARK.sub("", ln) for ln in ct.splitlines()))
            for tb in pg.extract_tables():
                for row in tb:
                    parts += [c.replace("\n", " ") for c in row if c]
    return clean(" || ".join(parts))


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
                parts.append(" ".join(ptext(p) for p in tc.iter(qn("w:p"))))
    return clean(" || ".join(parts))


def html_text(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    return clean(" ".join(root.itertext()))


def plain_text(path):
    lines = Path(path).read_text(encoding="utf-8").replace("\f", "\n").splitlines()
    out = []
    for ln in lines:
        ln = re.sub(r"^\s*#+\s*", "", ln)
        ln = _MARK.sub("", ln)
        ln = ln.replace("**", "")
        out.append(ln)
    return clean(" ".join(out))


def strings(c):
    out = [("name", c["name"])]
    if c["definition"]:
        out.append(("definition", c["definition"]))
    for k in c["key_words"] + c["related"]:
        out.append(("kw/related", k))
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
                out.append(("behavior.group", it["group"]))
    for r in c["readings"]:
        out.append(("reading", r["text"]))
        out.append(("reading.title", r["title"]))
    return out


def found(text, hay):
    t = C.norm(text)
    if t in hay:
        return True
    if " | " in t:
        return all(part in hay for part in t.split(" | "))
    return False


def check_one(gold_path):
    g = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = g["documents"][0]
    path = C.DOCS / d["path"]
    problems = []
    if C.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    hay = {"pdf": pdf_text, "docx": docx_text, "html": html_text, "txt": plain_text,
           "md": plain_text}[d["format"]](path)
    n = 0
    for c in g["competencies"]:
        if list(c) != C.KEYS:
            problems.append(f"{c['id']}: keys {list(c)}")
        if c["id"] != C.slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of {c['name']!r}")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(ranks) or len(set(ranks)) != len(ranks):
            problems.append(f"{c['id']}: ranks {ranks}")
        for where, s in strings(c):
            n += 1
            if not found(s, hay):
                problems.append(f"{c['id']} {where}: not found: {s[:90]!r}")
    res = subprocess.run([sys.executable, str(SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py self-check: {last}")
    return n, problems, last


def main():
    ok = True
    total = 0
    for gp in sorted(C.GOLD.glob("*.json")):
        n, problems, last = check_one(gp)
        total += n
        print(f"{gp.stem}: {n} strings checked, {len(problems)} problems; {last}")
        for p in problems:
            print("    ", p)
        ok &= not problems
    print(f"total strings checked: {total}; {'OK' if ok else 'PROBLEMS'}")
    return ok


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
