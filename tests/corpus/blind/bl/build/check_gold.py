"""Check every gold file of batch BL against its document.

Per gold file: sha256 matches the document; keys in contract order; ids are slugs of the names; level ranks
sorted and unique; every gold string (name, definition, item texts, groups, level labels, related names, reading
texts, title) occurs in the document's extracted text; score.py gold-vs-gold = 1.000.

Extraction: PDF = pdfplumber page text plus every table cell; DOCX = python-docx paragraphs (body, headers,
footers) and table cells; HTML = lxml text of every block element plus the whole body text (head, scripts,
styles, noscript removed); Markdown = lines with heading marks, list markers, blockquote marks, emphasis and link
syntax removed. Whitespace is normalized and the pieces are also joined with spaces, so an item that the document
wraps over several lines, cells or blocks is found as one string.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

import bllib as L

SCORE = "/work/shared/tools/score.py"
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\uf0b7*-]|\d+[.)]|\([ivxlc]+\))\s+")


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
    return " || ".join(parts)


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
                cps = [ptext(p) for p in tc.iter(qn("w:p"))]
                parts += cps
                parts.append(" ".join(cps))
    return " || ".join(L.norm(p) for p in parts)


def html_text(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style|//noscript"):
        bad.getparent().remove(bad)
    parts = [L.norm(e.text_content()) for e in root.iter()
             if e.tag in ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "a", "span", "div", "dt", "dd",
                          "strong", "article", "header")]
    parts.append(L.norm(root.text_content()))
    return " || ".join(parts)


def md_text(path):
    lines = []
    for ln in Path(path).read_text(encoding="utf-8").splitlines():
        ln = re.sub(r"^\s*#+\s*", "", ln)
        ln = re.sub(r"^\s*>\s?", "", ln)
        ln = MARK.sub("", ln)
        ln = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", ln)
        ln = ln.replace("**", "")
        lines.append(ln)
    return " || ".join(L.norm(x) for x in lines) + " || " + L.norm(" ".join(lines))


def found(text, hay):
    t = L.norm(text)
    return t in hay or t in hay.replace(" || ", " ")


def gold_strings(gold):
    out = []
    for c in gold["competencies"]:
        out.append((c["id"], "name", c["name"]))
        if c["definition"]:
            out.append((c["id"], "definition", c["definition"]))
        for k in c["key_words"]:
            out.append((c["id"], "key_word", k))
        for k in c["related"]:
            out.append((c["id"], "related", k))
        for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
            for it in c[f]:
                out.append((c["id"], f, it["text"]))
                if it.get("group"):
                    out.append((c["id"], f + ".group", it["group"]))
        for lv in c["levels"]:
            out.append((c["id"], "level label", lv["label"]))
            for it in lv["behaviors"]:
                out.append((c["id"], f"level {lv['rank']}", it["text"]))
                if it.get("group"):
                    out.append((c["id"], "behavior.group", it["group"]))
        for r in c["readings"]:
            out.append((c["id"], "reading", r["text"]))
    return out


def scored_items(gold):
    n = 0
    for c in gold["competencies"]:
        n += 1 + bool(c["definition"]) + len(c["key_words"]) + len(c["related"])
        for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes", "readings"):
            n += len(c[f])
        n += len(c["levels"]) + sum(len(lv["behaviors"]) for lv in c["levels"])
    return n


def check(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    doc = L.DOCS / d["path"]
    problems = []
    if L.sha256(doc) != d["sha256"]:
        problems.append("sha256 mismatch")
    if d["id"] != Path(gold_path).stem:
        problems.append("document id is not the gold file stem")
    for c in gold["competencies"]:
        if list(c) != L.KEYS:
            problems.append(f"{c['id']}: keys {list(c)}")
        if c["id"] != L.slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of {c['name']!r}")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(ranks) or len(set(ranks)) != len(ranks) or (ranks and ranks[0] != 1):
            problems.append(f"{c['id']}: level ranks {ranks}")
    hay = {"pdf": pdf_text, "docx": docx_text, "html": html_text, "md": md_text, "txt": md_text}[d["format"]](doc)
    strings = gold_strings(gold)
    for cid, where, text in strings:
        if not found(text, hay):
            problems.append(f"{cid} {where}: not found: {L.norm(text)[:90]!r}")
    if d["title"] and not found(d["title"], hay):
        problems.append(f"title not found: {d['title']!r}")
    res = subprocess.run([sys.executable, SCORE, str(gold_path), str(gold_path)], capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()[-200:]
    if last != "overall F1 1.000":
        problems.append(f"score.py self-check: {last}")
    print(f"{Path(gold_path).name}: {len(gold['competencies'])} competencies, {scored_items(gold)} items, "
          f"{len(strings)} strings, {len(problems)} problems; {last}")
    for p in problems:
        print("   ", p)
    return not problems


if __name__ == "__main__":
    results = [check(g) for g in sorted(L.GOLD.glob("*.json"))]
    sys.exit(0 if all(results) else 1)
