"""Check every gold file of batch BI against its document.

Per gold file: sha256 matches; ids are slugs of the names; levels sorted by rank; every gold string (name,
definition, item texts, groups, level labels, related names, title) occurs in the document's extracted text;
score.py gold-vs-gold = 1.000.

Extraction: PDF = pdfplumber page text plus every table cell; DOCX = python-docx paragraphs (body, headers,
footers) and table cells; HTML = lxml text of block elements and the whole body text; TXT = lines with list
markers ("*", "n.") stripped. Whitespace is normalized and the pieces are also joined with spaces, so an item
the document wraps over lines, cells or list items is found as one string. A word broken at its hyphen at a line
end ("decision-" / "making") is joined.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

import bilib as L

SCORE = "/work/shared/tools/score.py"
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2610\uf0b7*]|\d+[.)])\s+")


def clean_lines(text):
    text = re.sub(r"(\w)-\n(?=[a-z])", r"\1-", text)
    return L.norm(" ".join(MARK.sub("", ln) for ln in text.splitlines()))


def pdf_text(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            parts.append(clean_lines(pg.extract_text() or ""))
            for t in pg.extract_tables():
                for row in t:
                    parts += [clean_lines(c) for c in row if c]
    return parts


def docx_text(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(path))
    parts = []
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs + s.footer.paragraphs]

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(qn("w:t")))
    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            parts.append(ptext(block))
        elif block.tag == qn("w:tbl"):
            for tc in block.iter(qn("w:tc")):
                parts += [ptext(p) for p in tc.iter(qn("w:p"))]
    return [L.norm(p) for p in parts]


def html_text(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    title = root.findtext(".//title") or ""
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    blocks = [L.norm(e.text_content()) for e in root.iter()
              if isinstance(e.tag, str) and e.tag.lower() in
              ("p", "li", "h1", "h2", "h3", "td", "th", "a", "strong", "b", "div", "em", "i", "span")]
    return blocks + [L.norm(title)]


def txt_text(path):
    return [clean_lines(Path(path).read_text(encoding="utf-8"))]


def strings(gold):
    d = gold["documents"][0]
    out = [("<title>", d["title"])] if d["title"] else []
    for c in gold["competencies"]:
        cid = c["id"]
        out.append((cid, c["name"]))
        if c["definition"]:
            out.append((cid, c["definition"]))
        for k in c["key_words"] + c["related"]:
            out.append((cid, k))
        for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
            for it in c[f]:
                out.append((cid, it["text"]))
                if it.get("group"):
                    out.append((cid, it["group"]))
        for lv in c["levels"]:
            out.append((cid, lv["label"]))
            for it in lv["behaviors"]:
                out.append((cid, it["text"]))
                if it.get("group"):
                    out.append((cid, it["group"]))
        for r in c["readings"]:
            out.append((cid, r["text"]))
    return out


def check(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = L.DOCS / d["path"]
    problems = []
    if L.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    for c in gold["competencies"]:
        if list(c) != L.KEYS:
            problems.append(f"{c['id']}: keys {list(c)}")
        if c["id"] != L.slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of {c['name']!r}")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(ranks):
            problems.append(f"{c['id']}: levels not sorted")
    parts = {"pdf": pdf_text, "docx": docx_text, "html": html_text, "txt": txt_text, "md": txt_text}[d["format"]](path)
    hay = " || ".join(parts)
    joined = " ".join(parts)
    lower = joined.lower()
    items = strings(gold)
    for cid, text in items:
        t = L.norm(text)
        if t in hay or t in joined:
            continue
        if cid == "<title>" and t.lower() in lower:
            continue
        problems.append(f"{cid}: not found: {t[:90]!r}")
    res = subprocess.run([sys.executable, SCORE, str(gold_path), str(gold_path)], capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    print(f"{Path(gold_path).name}: {len(items)} strings, {len(problems)} problems; {last}")
    for p in problems:
        print("    ", p)
    return not problems


if __name__ == "__main__":
    ok = all([check(p) for p in sorted(L.GOLD.glob("*.json"))])
    sys.exit(0 if ok else 1)
