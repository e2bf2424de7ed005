"""Check every gold file of batch BE against its document.

- sha256 of the document matches the gold; ids are slugs of names; level ranks ascending; all keys present;
- every text the gold takes from the document (name, definition, key words, item texts and groups, level labels,
  notes) occurs in the document's extracted text: PDF = pdfplumber page text plus every table cell; DOCX =
  paragraphs, table cells, headers/footers; HTML = <title> and the text of block elements (head/script/style
  removed); TXT = the file. Line-start bullets and list numbers are dropped, a word broken after a hyphen at a
  line end is joined, whitespace is collapsed; the comparison is case-sensitive;
- score.py run on the gold against itself ends with "overall F1 1.000".
Usage: python check_gold.py [stem ...]
"""
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pdfplumber
from lxml import etree, html

import belib as B

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MARK = re.compile(r"^\s*(?:[\u2022\u25cf\u25aa\u2013\-\*\uf0b7\u25e6\u00b7]+|\d+[.)]|[a-z][.)])\s+")


def clean(text):
    text = re.sub(r"(\w)-\n\s*(?=\w)", r"\1-", text)
    return B.norm(" ".join(MARK.sub("", ln) for ln in text.splitlines()))


def pdf_text(path):
    parts, pages = [], []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            pages.append(pg.extract_text() or "")
            for tb in pg.extract_tables():
                for row in tb:
                    parts += [clean(c) for c in row if c]
    return " || ".join([clean("\n".join(pages))] + parts)


def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = []
    for name in sorted(z.namelist()):
        if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", name):
            root = etree.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                parts.append(B.norm("".join(x.text or "" for x in p.iter(W + "t"))))
            for tc in root.iter(W + "tc"):
                parts.append(B.norm(" ".join("".join(x.text or "" for x in p.iter(W + "t"))
                                             for p in tc.iter(W + "p"))))
    return " || ".join(parts)


def html_text(path):
    root = html.fromstring(Path(path).read_bytes())
    title = [B.norm(t.text_content()) for t in root.xpath("//title")]
    for bad in root.xpath("//head|//script|//style|//noscript"):
        bad.getparent().remove(bad)
    blocks = [B.norm(e.text_content()) for e in root.iter()
              if isinstance(e.tag, str) and e.tag in ("p", "li", "h1", "h2", "h3", "h4", "h5", "td", "th",
                                                      "a", "span", "div", "strong", "button")]
    return " || ".join(title + blocks)


def txt_text(path):
    return clean(Path(path).read_text(encoding="utf-8"))


def texts(c):
    out = [("name", c["name"])]
    if c["definition"]:
        out.append(("definition", c["definition"]))
    for k in c["key_words"]:
        out.append(("key_words", k))
    for k in c["related"]:
        out.append(("related", k))
    for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
        for it in c[f]:
            out.append((f, it["text"]))
            if it.get("group"):
                out.append((f + ".group", it["group"]))
    for lv in c["levels"]:
        out.append(("label", lv["label"]))
        for it in lv["behaviors"]:
            out.append((f"level {lv['rank']}", it["text"]))
            if it.get("group"):
                out.append(("behavior.group", it["group"]))
    for r in c["readings"]:
        out.append(("reading", r["text"]))
    return out


def count_items(gold):
    n = 0
    for c in gold["competencies"]:
        n += 1 + (1 if c["definition"] else 0) + len(c["key_words"]) + len(c["related"])
        for f in ("indicators", "activities", "courses", "readings", "interview_questions", "tips", "notes"):
            n += len(c[f])
        n += sum(1 + len(lv["behaviors"]) for lv in c["levels"])
    return n


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
            problems.append(f"{c['id']}: keys")
        if c["id"] != B.slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of the name")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(ranks) or len(set(ranks)) != len(ranks):
            problems.append(f"{c['id']}: ranks not ascending/unique")
        for where, t in texts(c):
            n += 1
            t = B.norm(t)
            if t not in hay and t not in joined:
                problems.append(f"{c['id']} {where}: not found: {t[:90]!r}")
    if d["title"] and B.norm(d["title"]) not in joined:
        problems.append(f"title not found: {d['title']!r}")
    res = subprocess.run([sys.executable, str(B.SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()[-200:]
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    print(f"{path.name}: {len(gold['competencies'])} competencies, {count_items(gold)} scored items (approx.), "
          f"{n} texts checked, {len(problems)} problems; {last}")
    for p in problems:
        print("    ", p)
    return not problems


if __name__ == "__main__":
    stems = sys.argv[1:] or sorted(p.stem for p in B.GOLD.glob("*.json"))
    ok = all([check(B.GOLD / f"{s}.json") for s in stems])
    sys.exit(0 if ok else 1)
