"""Check every gold file of batch CC against its document.

Per gold file: sha256 matches the document; keys in contract order; ids are slugs of the names; level ranks
sorted and unique; every gold string (competency name, definition, item texts, item groups, level labels,
related names, reading texts and titles, document title) occurs in the document's extracted text; and
score.py gold-vs-gold = 1.000.

Extraction: PDF = pdfplumber page text plus every table cell; DOCX = python-docx paragraphs (headers,
footers, body) and table cells; HTML = lxml text of each block element plus the whole body text (head,
scripts, styles removed); TXT = lines with list markers and indentation removed. Whitespace is
normalized; the pieces are also joined with spaces, so an item wrapped over lines, cells or list items is
found as one string. A " | "-joined gold text (a table row) is checked piece by piece.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

import cclib as L

SCORE = "/work/shared/tools/score.py"
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\uf0b7\u25e6*-]|\d+[.)]|[a-z]\))\s+")


def clean_lines(text):
    text = re.sub(r"(\w)-\n(?=[a-z])", r"\1-", text)
    text = re.sub("(\\d)\u2013\n(?=\\d)", "\\1\u2013", text)
    return L.norm(" ".join(MARK.sub("", ln) for ln in text.splitlines()))


def pdf_parts(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            parts.append(clean_lines(pg.extract_text() or ""))
            for t in pg.extract_tables():
                for row in t:
                    parts += [clean_lines(c) for c in row if c]
    return parts


def docx_parts(path):
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
                cps = [ptext(p) for p in tc.iter(qn("w:p"))]
                parts += cps
                parts.append(" ".join(cps))
    return [L.norm(p) for p in parts]


def html_parts(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style|//noscript"):
        bad.getparent().remove(bad)
    parts = [L.norm(e.text_content()) for e in root.iter()
             if e.tag in ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "a", "span", "div", "dt", "dd", "em")]
    parts.append(L.norm(root.text_content()))
    return parts


def txt_parts(path):
    lines = []
    for ln in Path(path).read_text(encoding="utf-8").splitlines():
        lines.append(MARK.sub("", ln).strip())
    return [L.norm(" ".join(lines))]


def md_parts(path):
    """Markdown: header attributes, emphasis, task boxes, list markers, quote markers and fenced-div lines out."""
    lines = []
    for ln in Path(path).read_text(encoding="utf-8").splitlines():
        if ln.startswith(":::"):
            continue
        ln = re.sub(r"\s*\{#[^}]*\}\s*$", "", ln)
        ln = re.sub(r"^#+\s*", "", ln)
        ln = re.sub(r"^>\s?", "", ln)
        ln = re.sub(r"^\s*-\s+(\[ \]\s+)?", "", ln)
        ln = ln.replace("**", "").replace("*", "")
        lines.append(ln.strip())
    return [L.norm(" ".join(lines))]


def found(text, parts, joined):
    t = L.norm(text)
    if t in joined:
        return True
    if " | " in t:
        return all(piece in joined for piece in t.split(" | "))
    return False


def check(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = L.DOCS / d["path"]
    problems = []
    if L.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    parts = {"pdf": pdf_parts, "docx": docx_parts, "html": html_parts, "txt": txt_parts,
             "md": md_parts}[d["format"]](path)
    joined = " ".join(parts)
    n = 0

    def need(where, text):
        nonlocal n
        n += 1
        if not found(text, parts, joined):
            problems.append(f"{where}: not found: {L.norm(text)[:90]!r}")

    if d["title"] and d["title"].lower() not in joined.lower():
        problems.append(f"title not found: {d['title']!r}")
    for c in gold["competencies"]:
        if list(c) != L.KEYS:
            problems.append(f"{c['id']}: key order")
        if c["id"] != L.slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of the name")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(set(ranks)):
            problems.append(f"{c['id']}: level ranks")
        need(f"{c['id']} name", c["name"])
        if c["definition"]:
            need(f"{c['id']} definition", c["definition"])
        for k in c["key_words"]:
            need(f"{c['id']} key word", k)
        for r in c["related"]:
            need(f"{c['id']} related", r)
        for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
            for it in c[f]:
                need(f"{c['id']} {f}", it["text"])
                if it.get("group"):
                    need(f"{c['id']} {f} group", it["group"])
        for lv in c["levels"]:
            need(f"{c['id']} level label", lv["label"])
            for it in lv["behaviors"]:
                need(f"{c['id']} level {lv['rank']}", it["text"])
                if it.get("group"):
                    need(f"{c['id']} behavior group", it["group"])
        for r in c["readings"]:
            need(f"{c['id']} reading", r["text"])
            need(f"{c['id']} reading title", r["title"])
            if r["publisher"]:
                need(f"{c['id']} reading publisher", r["publisher"])
            if r["year"]:
                need(f"{c['id']} reading year", str(r["year"]))
    res = subprocess.run([sys.executable, SCORE, str(gold_path), str(gold_path)], capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py self-check: {last}")
    return n, problems, len(gold["competencies"])


def main():
    total_n = total_c = 0
    bad = 0
    for gp in sorted(L.GOLD.glob("*.json")):
        n, problems, nc = check(gp)
        total_n += n
        total_c += nc
        print(f"{gp.name}: {nc} competencies, {n} strings checked, {len(problems)} problems")
        for p in problems:
            print("   ", p)
        bad += len(problems)
    print(f"TOTAL: {total_c} competencies, {total_n} strings, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
