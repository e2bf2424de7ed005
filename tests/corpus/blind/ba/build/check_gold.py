"""Check every gold file of batch BA against its document:
- the document's sha256 matches the gold;
- ids are slugs of the names, level ranks ascending, every competency has all contract keys;
- every text the gold takes from the document (name, definition, key words, related names, item texts,
  groups, level labels, reading texts, notes) occurs in the document's extracted text;
- score.py run on the gold against itself gives "overall F1 1.000".

Extraction (what a careful reader sees): PDF = pdfplumber text per page, plus each half of the page
(two-column layouts) and every table cell, with the lines repeated on several pages (running headers and
footers) and bare page numbers removed so that an item broken across a page joins up; DOCX = body
paragraphs, table cells, text-box contents and footnotes; HTML = the text of every block element;
TXT/MD = the file. In every case bullet glyphs and list markers at line starts are dropped, a word broken
after a hyphen at a line end is joined, and whitespace is collapsed.
"""
import json
import re
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pdfplumber
from lxml import etree, html

import balib as B

SCORE = Path("/work/shared/tools/score.py")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MARK = re.compile(r"^\s*(?:[\u2022\u25cf\u25aa\u2013\-\*\uf0b7\u25e6]|\d+[.)])\s+")


def clean(text):
    text = re.sub(r"(\w)-\n\s*(?=\w)", r"\1-", text)
    return B.norm(" ".join(MARK.sub("", ln) for ln in text.splitlines()))


def pdf_text(path):
    parts = []
    with pdfplumber.open(path) as pdf:
        pages = []
        for pg in pdf.pages:
            mid = pg.width / 2
            views = [pg.extract_text() or "",
                     pg.crop((0, 0, mid, pg.height)).extract_text() or "",
                     pg.crop((mid, 0, pg.width, pg.height)).extract_text() or ""]
            cells = [c for t in pg.extract_tables() for row in t for c in row if c]
            pages.append((views, cells))
    # lines that recur on several pages are running headers/footers
    def key(ln):
        return re.sub(r"\d+", "#", ln.strip())
    def edges(t):      # the first two and last three lines of a page: where headers and footers sit
        lines = [ln for ln in t.splitlines() if ln.strip()]
        return lines[:2] + lines[-3:]
    counts = Counter(k for views, _ in pages for k in {key(ln) for ln in edges(views[0])} if k)
    furniture = {k for k, n in counts.items() if n >= 2 and len(pages) > 1}

    def strip(t):
        lines = t.splitlines()
        keep = []
        for i, ln in enumerate(lines):
            at_edge = i < 3 or i >= len(lines) - 4
            if at_edge and (key(ln) in furniture or re.fullmatch(r"\s*\d+\s*", ln)):
                continue
            keep.append(ln)
        return "\n".join(keep)
    if "--furniture" in sys.argv:
        print(path.name, sorted(furniture))
    full = "\n".join(strip(v[0]) for v, _ in pages)
    halves = "\n".join(strip(v[1]) + "\n" + strip(v[2]) for v, _ in pages)
    parts = [clean(full), clean(halves)] + [clean(c) for _, cells in pages for c in cells]
    return " || ".join(parts)


def docx_text(path):
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    parts = []
    for p in root.iter(W + "p"):
        t = "".join(x.text or "" for x in p.iter(W + "t")
                    if not any(a.tag == W + "txbxContent" for a in x.iterancestors()) or
                    p.getparent().tag == W + "txbxContent")
        parts.append(t)
    for tc in root.iter(W + "tc"):
        parts.append(" ".join("".join(x.text or "" for x in p.iter(W + "t")) for p in tc.iter(W + "p")))
    if "word/footnotes.xml" in z.namelist():
        fr = etree.fromstring(z.read("word/footnotes.xml"))
        parts += [" ".join("".join(x.text or "" for x in p.iter(W + "t")) for p in fn.iter(W + "p"))
                  for fn in fr.iter(W + "footnote")]
    return " || ".join(clean(p) for p in parts if p.strip())


def html_text(path):
    root = html.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    return " || ".join(clean(e.text_content()) for e in root.iter(
        "h1", "h2", "h3", "h4", "p", "li", "a", "button", "div", "section"))


def txt_text(path):
    return clean(Path(path).read_text(encoding="utf-8"))


def gold_strings(c):
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
        out.append(("level label", lv["label"]))
        for it in lv["behaviors"]:
            out.append((f"level {lv['rank']}", it["text"]))
            if it.get("group"):
                out.append(("behavior.group", it["group"]))
    for r in c["readings"]:
        out.append(("reading", r["text"]))
        for a in r["authors"]:
            pass
    return out


def check(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = B.DOCS / d["path"]
    problems = []
    if B.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    hay = {"pdf": pdf_text, "docx": docx_text, "html": html_text, "txt": txt_text, "md": txt_text}[d["format"]](path)
    joined = hay.replace(" || ", " ")
    n = 0
    for c in gold["competencies"]:
        if list(c) != B.KEYS:
            problems.append(f"{c['id']}: keys {list(c)}")
        if c["id"] != B.slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of {c['name']!r}")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(ranks) or len(set(ranks)) != len(ranks):
            problems.append(f"{c['id']}: ranks {ranks}")
        for where, text in gold_strings(c):
            n += 1
            t = B.norm(text)
            if t not in hay and t not in joined:
                problems.append(f"{c['id']} {where}: not found: {t[:90]!r}")
    res = subprocess.run([sys.executable, str(SCORE), str(gold_path), str(gold_path)], capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()[-200:]
    if last != "overall F1 1.000":
        problems.append(f"score.py self-check: {last}")
    return n, problems, last


if __name__ == "__main__":
    total = bad = 0
    for gp in sorted(B.GOLD.glob("*.json")):
        n, problems, last = check(gp)
        total += n
        bad += len(problems)
        print(f"{gp.name}: {n} strings checked, {len(problems)} problems; {last}")
        for p in problems:
            print("   ", p)
    print(f"{total} strings checked, {bad} problems")
    sys.exit(1 if bad else 0)
