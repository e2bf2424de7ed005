"""Check every gold file of batch BX against its document.

Per gold file: sha256 matches; keys in contract order; ids are slugs of the names and unique; level ranks
ascending and unique; every gold string (competency name, definition, item texts and groups, level labels,
notes, document title) occurs in the document's extracted text; score.py gold-vs-gold = 1.000.

Extraction: PDF = pdfplumber page text (+ table cells) and pdftotext -raw, line-start bullets removed, a word
broken at a hyphen at a line end re-joined, pages joined with the running header / footer lines removed (so a
list cut by a page break is found whole); DOCX = python-docx header, footer, body paragraphs and table cells;
HTML = lxml text of the body (head, scripts, styles removed), per block and as a whole; TXT = the lines with
"*" bullets removed and hard wraps joined. Whitespace is normalized before comparing.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

import bxlib as L

SCORE = "/work/shared/tools/score.py"
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25ab\u25cf\uf0b7*\-]|\d+[.)])\s*")


def clean_lines(text):
    text = re.sub(r"(\w)-\n(?=[a-z])", r"\1-", text)
    return L.norm(" ".join(MARK.sub("", ln) for ln in text.splitlines()))


def strip_furniture(pages):
    key = lambda s: re.sub(r"\d+", "#", s.strip())
    count = {}
    for lines in pages:
        for ln in set(lines[:2] + lines[-2:]):
            count[key(ln)] = count.get(key(ln), 0) + 1
    furn = {k for k, v in count.items() if v >= 2 and k}
    out = []
    for lines in pages:
        lines = list(lines)
        while lines and key(lines[0]) in furn:
            lines.pop(0)
        while lines and key(lines[-1]) in furn:
            lines.pop()
        out.append(lines)
    return out


def pdf_hays(path):
    import pdfplumber
    hays, pages = [], []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            txt = pg.extract_text() or ""
            hays.append(clean_lines(txt))
            pages.append([ln for ln in txt.splitlines() if ln.strip()])
            for t in pg.extract_tables():
                for row in t:
                    hays += [clean_lines(c) for c in row if c]
    hays.append(clean_lines("\n".join(ln for lines in strip_furniture(pages) for ln in lines)))
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True).stdout
    rpages = [[ln for ln in pg.splitlines() if ln.strip()] for pg in raw.split("\f")]
    hays.append(clean_lines("\n".join(ln for lines in strip_furniture(rpages) for ln in lines)))
    return hays


def docx_hays(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(path))
    parts = []
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            parts.append("".join(t.text or "" for t in block.iter(qn("w:t"))))
        elif block.tag == qn("w:tbl"):
            for tc in block.iter(qn("w:tc")):
                parts.append(" ".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))))
    return [L.norm(p) for p in parts] + [L.norm(" ".join(parts))]


def html_hays(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    blocks = [L.norm(e.text_content()) for e in root.iter()
              if e.tag in ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "a", "span", "div", "strong")]
    return blocks + [L.norm(" ".join(root.itertext()))]


def txt_hays(path):
    return [clean_lines(Path(path).read_text(encoding="utf-8"))]


def strings(c):
    out = [("name", c["name"])]
    if c["definition"]:
        out.append(("definition", c["definition"]))
    for f in ("key_words", "related"):
        out += [(f, x) for x in c[f]]
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


def check(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = L.DOCS / d["path"]
    problems = []
    if L.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    hays = {"pdf": pdf_hays, "docx": docx_hays, "html": html_hays, "txt": txt_hays, "md": txt_hays}[d["format"]](path)
    n = 0
    ids = set()
    for c in gold["competencies"]:
        if list(c) != L.KEYS:
            problems.append(f"{c['id']}: key order")
        if c["id"] != L.slug(c["name"]) or c["id"] in ids:
            problems.append(f"{c['id']}: id")
        ids.add(c["id"])
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(set(ranks)):
            problems.append(f"{c['id']}: ranks {ranks}")
        for where, s in strings(c):
            n += 1
            alt = L.norm(re.sub(r"^\*\s*", "", s))   # a leading footnote "*" is cut with the bullets
            if not any(L.norm(s) in h or alt in h for h in hays):
                problems.append(f"{c['id']} {where}: not found: {s[:90]!r}")
    if d["title"] and not any(L.norm(d["title"]) in h for h in hays):
        problems.append(f"title not found: {d['title']!r}")
    res = subprocess.run([sys.executable, SCORE, str(gold_path), str(gold_path)], capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    return n, problems, last


def main():
    bad = 0
    names = {}
    total_items = 0
    for g in sorted(L.GOLD.glob("*.json")):
        n, problems, last = check(g)
        total_items += n
        data = json.loads(g.read_text(encoding="utf-8"))
        for c in data["competencies"]:
            names.setdefault(c["id"], []).append(g.stem)
        print(f"{g.stem}: {len(data['competencies'])} competencies, {n} strings checked, "
              f"{len(problems)} problems; {last}")
        for p in problems:
            print("    ", p)
        bad += bool(problems)
    dup = {k: v for k, v in names.items() if len(v) > 1}
    print(f"{sum(len(v) for v in names.values())} competencies, {total_items} strings; "
          f"ids in more than one document: {dup or 'none'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
