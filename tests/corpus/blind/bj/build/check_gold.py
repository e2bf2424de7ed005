"""Check every gold file of batch BJ against its document.

Per gold file: sha256 matches the document; ids are slugs of the names; levels sorted by rank; every gold string
(name, definition, item texts, groups, level labels, related names, reading texts, title) occurs in the document's
extracted text; score.py gold-vs-gold = 1.000.

Extraction: PDF = pdfplumber page text, plus the text of vertical bands of each page (halves and fifths, for
slide columns), plus every table cell; DOCX = python-docx paragraphs (body, headers, footers) and table cells
(a cell's paragraphs joined); HTML = lxml text of every block element and the whole body text; TXT = lines with
their list markers ("* ") stripped. Whitespace is normalized and the pieces are also joined with spaces, so an item
that the document wraps over several lines, cells or blocks is found as one string.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

import bjlib as L

SCORE = "/work/shared/tools/score.py"
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\uf0b7*-]|\d+[.)])\s+")


def clean_lines(text):
    text = re.sub(r"(\w)-\n(?=[a-z])", r"\1-", text)
    lines = [MARK.sub("", ln) for ln in text.splitlines()]
    lines = [ln for ln in lines if ln.strip() not in ("\u25aa", "\u2022", "-")]
    return L.norm(" ".join(lines))


def pdf_text(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            parts.append(clean_lines(pg.extract_text() or ""))
            w, h = pg.width, pg.height
            for n in (2, 5):
                for k in range(n):
                    parts.append(clean_lines(pg.crop((w * k / n, 0, w * (k + 1) / n, h)).extract_text() or ""))
            # slide columns: the five level boxes (x from 1.2 cm, 4.4 cm wide, 0.25 cm gap on a 25.4 cm page)
            cm = w / 25.4
            for k in range(5):
                x0 = (1.2 + k * 4.65) * cm
                parts.append(clean_lines(pg.crop((x0, 0, min(w, x0 + 4.45 * cm), h)).extract_text() or ""))
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
             if e.tag in ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "a", "span", "div", "button")]
    parts.append(L.norm(root.text_content()))
    return " || ".join(parts)


def txt_text(path):
    return clean_lines(Path(path).read_text(encoding="utf-8"))


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


def check(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    doc = L.DOCS / d["path"]
    problems = []
    if L.sha256(doc) != d["sha256"]:
        problems.append("sha256 mismatch")
    for c in gold["competencies"]:
        if list(c) != L.KEYS:
            problems.append(f"{c['id']}: keys {list(c)}")
        if c["id"] != L.slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of {c['name']!r}")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(ranks) or len(set(ranks)) != len(ranks):
            problems.append(f"{c['id']}: level ranks {ranks}")
    hay = {"pdf": pdf_text, "docx": docx_text, "html": html_text, "txt": txt_text, "md": txt_text}[d["format"]](doc)
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
    print(f"{Path(gold_path).name}: {len(gold['competencies'])} competencies, {len(strings)} strings, "
          f"{len(problems)} problems; {last}")
    for p in problems:
        print("   ", p)
    return not problems


if __name__ == "__main__":
    ok = all([check(g) for g in sorted(L.GOLD.glob("*.json"))])
    sys.exit(0 if ok else 1)
