"""Check every gold file of batch BW against its document.

Per gold file: sha256 matches; keys in contract order; ids are slugs of the names and unique; level ranks
ascending and unique; every gold string (competency name, definition, item texts and their groups, level
labels, related names, reading fields, document title) occurs in the document's extracted text; and
score.py gold-vs-gold = 1.000.

Extraction: PDF = pdfplumber page text plus each table cell, with line-start bullets / list numbers removed and
a word broken at a hyphen at a line end re-joined; DOCX = python-docx paragraphs of headers, footers and body
(text-box content included, as it lives inside body paragraphs) and table cells; HTML = lxml text of each block
element plus the whole body text (head, scripts, styles removed). Whitespace is normalized and pieces are also
joined, so an item wrapped over lines, columns or pages is found as one string only if its pieces are adjacent
in at least one of the extractions (pdfplumber's or pdftotext's raw reading order).
"""
import json
import re
import subprocess
import sys
from pathlib import Path

import bwlib as L

SCORE = "/work/shared/tools/score.py"
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u25a0\uf0b7\u25e6*\-]|\d+\.\d+|\d+[.)])\s*")


def clean_lines(text):
    text = re.sub(r"(\w)-\n(?=[a-z])", r"\1-", text)
    return L.norm(" ".join(MARK.sub("", ln) for ln in text.splitlines()))


def _strip_furniture(pages_lines):
    """Drop running header / footer lines: first or last lines that recur (digits ignored) on 2+ pages."""
    key = lambda s: re.sub(r"\d+", "#", s.strip())
    ends = {}
    for lines in pages_lines:
        for ln in lines[:2] + lines[-2:]:
            ends[key(ln)] = ends.get(key(ln), 0) + 1
    furn = {k for k, v in ends.items() if v >= 2 and k}
    out = []
    for lines in pages_lines:
        lines = list(lines)
        while lines and key(lines[0]) in furn:
            lines.pop(0)
        while lines and key(lines[-1]) in furn:
            lines.pop()
        out.append(lines)
    return out


def pdf_hays(path):
    """Page texts and table cells (pdfplumber); the page texts joined without running headers / footers (an
    item cut by a page break); table columns joined across pages (a cell continued on the next page, its
    repeated header row dropped); pdftotext -raw reading order."""
    import pdfplumber
    parts, pages_lines, columns = [], [], {}
    prev_head = None
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            txt = pg.extract_text() or ""
            parts.append(clean_lines(txt))
            pages_lines.append(txt.splitlines())
            for t in pg.extract_tables():
                rows = [[c or "" for c in row] for row in t]
                if not rows:
                    continue
                head = rows[0]
                if head == prev_head:
                    rows = rows[1:]
                else:
                    columns = {}
                prev_head = head
                for row in rows:
                    for j, c in enumerate(row):
                        if c:
                            parts.append(clean_lines(c))
                            columns.setdefault(j, []).append(c)
                for j in sorted(columns):
                    parts.append(clean_lines("\n".join(columns[j])))
    joined = clean_lines("\n".join(ln for lines in _strip_furniture(pages_lines) for ln in lines))
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True).stdout
    return [" || ".join(parts), joined, clean_lines(raw)]


def docx_hays(path):
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
            # a paragraph holding a text box: its own runs, then each text-box paragraph on its own
            boxes = block.findall(".//" + qn("w:txbxContent"))
            if boxes:
                for bx in boxes[:1]:
                    parts += [ptext(q) for q in bx.iter(qn("w:p"))]
            else:
                parts.append(ptext(block))
        elif block.tag == qn("w:tbl"):
            for tc in block.iter(qn("w:tc")):
                parts.append(" ".join(ptext(q) for q in tc.iter(qn("w:p"))))
    return [" ".join(L.norm(p) for p in parts)]


def html_hays(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style|//noscript"):
        bad.getparent().remove(bad)
    blocks = [L.norm(e.text_content()) for e in root.iter()
              if e.tag in ("p", "li", "h1", "h2", "h3", "h4", "h5", "td", "th", "a", "span", "div", "dt", "dd")]
    return [" || ".join(blocks), L.norm(root.text_content())]


def found(text, hays):
    t = L.norm(text)
    return any(t in h for h in hays)


def check(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = L.DOCS / d["path"]
    problems = []
    if L.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    hays = {"pdf": pdf_hays, "docx": docx_hays, "html": html_hays}[d["format"]](path)
    n = 0

    def need(where, text):
        nonlocal n
        n += 1
        if not found(text, hays):
            problems.append(f"{where}: not found: {L.norm(text)[:100]!r}")

    if d["title"]:
        need("<title>", d["title"])
    ids = [c["id"] for c in gold["competencies"]]
    if len(ids) != len(set(ids)):
        problems.append("duplicate competency ids")
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
        for k in c["key_words"] + c["related"]:
            need(f"{c['id']} key word/related", k)
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
    res = subprocess.run([sys.executable, SCORE, str(gold_path), str(gold_path)], capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py self-check: {last}")
    return n, problems, len(gold["competencies"])


def main():
    total_n = total_c = bad = 0
    all_ids = []
    for gp in sorted(L.GOLD.glob("*.json")):
        n, problems, nc = check(gp)
        all_ids += [c["id"] for c in json.loads(gp.read_text(encoding="utf-8"))["competencies"]]
        total_n += n
        total_c += nc
        print(f"{gp.name}: {nc} competencies, {n} strings checked, {len(problems)} problems")
        for p in problems:
            print("   ", p)
        bad += len(problems)
    dup = sorted({i for i in all_ids if all_ids.count(i) > 1})
    if dup:
        print("competency ids occurring in more than one gold file:", dup)
    print(f"TOTAL: {total_c} competencies, {total_n} strings, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
