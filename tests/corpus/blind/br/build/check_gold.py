"""Check every gold file of batch BR against its document.

Per gold file: sha256 matches the document; keys in contract order; ids are slugs of the names; level
ranks sorted and unique; every gold string (competency name, definition, item texts, item groups, level
labels, related names, document title) occurs in the document's extracted text; score.py gold-vs-gold
reports overall F1 1.000.

Extraction (independent of the pipeline): PDF = pdfplumber page lines and table cells; DOCX = python-docx
paragraphs (headers, footers, body) and table cells; HTML = lxml text of each block element and of the
whole body (head, scripts, styles removed); TXT = the file's lines. Page furniture (running headers,
footers, page numbers, repeated table header rows) is removed by the per-document patterns below, list
markers and statement codes ("1.", "1.1", bullets, "*", "+") are stripped from line starts, whitespace is
normalized, and the pieces are also joined with spaces, so an item wrapped over lines, cells or a page
break is found as one string.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

import brlib as L

SCORE = "/work/shared/tools/score.py"
HYPH = re.compile(r"(?<=\w)-\n(?=[a-z])")
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\uf0b7\u25e6*+\-]|\d+(?:\.\d+)+|\d+[.)])\s+")

FURNITURE = {
    "policescot-competency-values-framework": [r"^OFFICIAL$", r"^\d+$"],
    "ha-core-competency-model-medical-staff": [r"^\d+$"],
    "denr-cbs-manual-support-positions": [r"^DENR CBS Manual for Support Positions \|Page\d+$"],
    "ucd-job-description-career-level-4": [r"^UCD HR .* Page \d*$"],
    "vicpol-safe-victoria-operating-model": [r"^\s*\d+\. https?://"],
}


def strip_line(ln):
    return MARK.sub("", ln.replace("\f", "")).strip()


def keep(ln, pats):
    s = ln.replace("\f", "").strip()
    return not any(re.match(p, s) for p in pats)


def pdf_parts(path, pats):
    """Page lines and table cells; a table row split by a page break (its cells continue on the next page
    below the repeated header row) is also joined cell by cell across the break."""
    import pdfplumber

    def cell_text(c):
        return " ".join(strip_line(x) for x in HYPH.sub("-", c or "").splitlines())

    lines, cells, page_tables = [], [], []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            txt = HYPH.sub("-", pg.extract_text() or "")
            lines += [ln for ln in txt.splitlines() if keep(ln, pats)]
            tables = pg.extract_tables()
            page_tables.append(tables)
            for t in tables:
                for row in t:
                    for c in row:
                        if c and keep(c, pats):
                            cells.append(cell_text(c))
    for prev, cur in zip(page_tables, page_tables[1:]):
        if not prev or not cur:
            continue
        last, first_t = prev[-1], cur[0]
        rows = first_t[1:] if first_t and last and first_t[0] == last[0] else first_t
        if rows and len(rows[0]) == len(last[-1]):
            for a, b in zip(last[-1], rows[0]):
                if a and b:
                    cells.append(cell_text(a) + " " + cell_text(b))
    lines = [strip_line(x) for x in lines]
    return [L.norm(" ".join(lines)), L.norm(" ".join(cells))] + [L.norm(c) for c in cells]


def docx_parts(path, pats):
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
    parts = [L.norm(p) for p in parts if keep(p, pats)]
    return [L.norm(" ".join(parts))] + parts


def html_parts(path, pats):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style|//noscript"):
        bad.getparent().remove(bad)
    parts = [L.norm(e.text_content()) for e in root.iter()
             if e.tag in ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "a", "span", "div", "strong", "em")]
    return [L.norm(root.text_content())] + parts


def txt_parts(path, pats):
    lines = [strip_line(ln) for ln in Path(path).read_text(encoding="utf-8").splitlines() if keep(ln, pats)]
    return [L.norm(" ".join(lines))] + [L.norm(x) for x in lines]


def gold_strings(c):
    out = [("name", c["name"])]
    if c["definition"]:
        out.append(("definition", c["definition"]))
    out += [("related", r) for r in c["related"]] + [("key_words", k) for k in c["key_words"]]
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
        out += [("reading", r["text"]), ("reading.title", r["title"])]
    return out


def check(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = L.DOCS / d["path"]
    problems = []
    if L.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    pats = FURNITURE.get(d["id"], [])
    parts = {"pdf": pdf_parts, "docx": docx_parts, "html": html_parts, "txt": txt_parts,
             "md": txt_parts}[d["format"]](path, pats)
    n = 0
    for c in gold["competencies"]:
        if list(c) != L.KEYS:
            problems.append(f"{c['id']}: key order")
        if c["id"] != L.slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of {c['name']!r}")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(set(ranks)):
            problems.append(f"{c['id']}: level ranks {ranks}")
        for where, text in gold_strings(c):
            n += 1
            t = L.norm(text)
            if not any(t in p for p in parts):
                problems.append(f"{c['id']} {where}: not found: {t[:90]!r}")
    raw = {"pdf": pdf_parts, "docx": docx_parts, "html": html_parts, "txt": txt_parts,
           "md": txt_parts}[d["format"]](path, [])
    if d["title"] and not any(L.norm(d["title"]) in p for p in raw):
        problems.append(f"title not found: {d['title']!r}")
    res = subprocess.run([sys.executable, SCORE, str(gold_path), str(gold_path)], capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    return n, problems, last


def main():
    bad = 0
    for gp in sorted(L.GOLD.glob("*.json")):
        n, problems, last = check(gp)
        print(f"{gp.name}: {n} strings checked, {len(problems)} problems; {last}")
        for p in problems:
            print("    ", p)
        bad += bool(problems)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
