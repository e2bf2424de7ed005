"""Check every gold file of batch BY against its document.

Per gold file: sha256 matches; keys in contract order; ids are slugs of the names and unique (also across
the batch); level ranks ascending and unique; every gold string (competency name, definition, item texts and
their groups, level labels, related names, reading texts, the document title) occurs in the document's
extracted text; score.py gold-vs-gold = 1.000.

Extraction (the way a careful annotator reads the rendered file):
- PDF: pdfplumber page text and table cells; the pages joined after dropping running header / footer lines
  (first/last lines recurring on 2+ pages); pdftotext -raw (content-stream order, which keeps each slide text
  box or table cell together).
- DOCX: every w:p of the body in document order (table cells and framed paragraphs included) and headers;
  paragraphs joined with spaces, also per table cell.
- HTML: lxml text of each block element, and the whole body text (head, scripts, styles removed).
- TXT: the lines without the running footer and the bare page numbers.
Everywhere: bullet glyphs and line-start list numbers ("1.1", "3.") removed, whitespace normalized, and a word
broken at a line end re-joined: "organiza-" + "tions" -> "organizations" (hyphenation) in one variant and
"socio-" + "cultural" -> "socio-cultural" (a compound) in the other.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

import bylib as L

SCORE = "/work/shared/tools/score.py"
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u25a0\uf0b7\u25e6\u00b7*\-]|\d+\.\d+|\d+[.)])\s*")
GLYPHS = re.compile(r"[\u2022\u25aa\u25cf\u25a0\uf0b7\u25e6\u00b7\u25b6]")


def variants(lines):
    """Join lines into text twice: a line-end hyphen before a lower-case letter dropped / kept."""
    lines = [GLYPHS.sub(" ", MARK.sub("", ln)) for ln in lines]
    text = "\n".join(lines)
    drop = re.sub(r"([a-z])-\s*\n\s*(?=[a-z])", r"\1", text)
    keep = re.sub(r"([a-z])-\s*\n\s*(?=[a-z])", r"\1-", text)
    return [L.norm(drop), L.norm(keep)]


def strip_furniture(pages_lines):
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
    import pdfplumber
    hays, pages_lines = [], []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            txt = pg.extract_text() or ""
            hays += variants(txt.splitlines())
            pages_lines.append(txt.splitlines())
            for t in pg.extract_tables():
                for row in t:
                    for c in row:
                        if c:
                            hays += variants(c.splitlines())
    hays += variants([ln for lines in strip_furniture(pages_lines) for ln in lines])
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True).stdout
    raw_pages = [pg.splitlines() for pg in raw.split("\f")]
    hays += variants([ln for lines in strip_furniture(raw_pages) for ln in lines])
    return hays


def docx_hays(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(path))

    def ptext(p):
        out = []
        for el in p.iter(qn("w:t"), qn("w:tab")):
            out.append(el.text or "" if el.tag == qn("w:t") else "\t")
        return "".join(out)
    lines = []
    for s in d.sections:
        lines += [p.text for p in s.header.paragraphs + s.footer.paragraphs]
    lines += [ptext(p) for p in d.element.body.iter(qn("w:p"))]
    hays = variants(lines)
    for tc in d.element.body.iter(qn("w:tc")):
        hays += variants([ptext(p) for p in tc.iter(qn("w:p"))])
    return hays


def html_hays(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style|//noscript"):
        bad.getparent().remove(bad)
    blocks = [L.norm(GLYPHS.sub(" ", e.text_content())) for e in root.iter()
              if e.tag in ("p", "li", "h1", "h2", "h3", "h4", "h5", "td", "th", "a", "span", "div", "dt", "dd")]
    return [" || ".join(blocks), L.norm(GLYPHS.sub(" ", root.text_content()))]


def txt_hays(path):
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    counts = {}
    for ln in lines:
        counts[ln.strip()] = counts.get(ln.strip(), 0) + 1
    body = [ln for ln in lines if not re.fullmatch(r"\s*\d+\s*", ln)
            and not (counts[ln.strip()] >= 2 and len(ln.strip()) > 20)]
    return variants(body) + variants(lines)


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
    if d["id"] != path.stem:
        problems.append("document id is not the file stem")
    hays = {"pdf": pdf_hays, "docx": docx_hays, "html": html_hays, "txt": txt_hays}[d["format"]](path)
    n = 0

    def need(where, text):
        nonlocal n
        n += 1
        if not found(text, hays):
            problems.append(f"{where}: not found: {L.norm(text)[:110]!r}")

    if d["title"]:
        need("<title>", d["title"])
    ids = [c["id"] for c in gold["competencies"]]
    if len(ids) != len(set(ids)):
        problems.append("duplicate competency ids")
    scored = 0
    for c in gold["competencies"]:
        if list(c) != L.KEYS:
            problems.append(f"{c['id']}: key order")
        if c["id"] != L.slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of the name")
        if c["sources"] != [d["id"]]:
            problems.append(f"{c['id']}: sources")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != list(range(1, len(ranks) + 1)):
            problems.append(f"{c['id']}: level ranks {ranks}")
        need(f"{c['id']} name", c["name"])
        scored += 1
        if c["definition"]:
            need(f"{c['id']} definition", c["definition"])
            scored += 1
        for k in c["key_words"] + c["related"]:
            need(f"{c['id']} key word/related", k)
            scored += 1
        for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
            for it in c[f]:
                need(f"{c['id']} {f}", it["text"])
                scored += 1
                if it.get("group"):
                    need(f"{c['id']} {f} group", it["group"])
                if it["source"] != {"document": d["id"], "page": None}:
                    problems.append(f"{c['id']} {f}: source")
        for lv in c["levels"]:
            need(f"{c['id']} level label", lv["label"])
            scored += 1
            for it in lv["behaviors"]:
                need(f"{c['id']} level {lv['rank']}", it["text"])
                scored += 1
                if it.get("group"):
                    need(f"{c['id']} behavior group", it["group"])
        for r in c["readings"]:
            need(f"{c['id']} reading", r["text"])
            scored += 1
            for part in [r["title"]] + ([str(r["year"])] if r["year"] else []) + (
                    [r["publisher"]] if r["publisher"] else []):
                if L.norm(part) not in L.norm(r["text"]):
                    problems.append(f"{c['id']} reading field not in its text: {part!r}")
    res = subprocess.run([sys.executable, SCORE, str(gold_path), str(gold_path)], capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py self-check: {last}")
    return n, problems, len(gold["competencies"]), scored


def main():
    total_n = total_c = total_s = bad = 0
    all_ids = []
    for gp in sorted(L.GOLD.glob("*.json")):
        n, problems, nc, scored = check(gp)
        all_ids += [c["id"] for c in json.loads(gp.read_text(encoding="utf-8"))["competencies"]]
        total_n += n
        total_c += nc
        total_s += scored
        print(f"{gp.name}: {nc} competencies, {scored} scored items, {n} strings checked, {len(problems)} problems")
        for p in problems:
            print("   ", p)
        bad += len(problems)
    dup = sorted({i for i in all_ids if all_ids.count(i) > 1})
    if dup:
        print("competency ids occurring in more than one gold file:", dup)
        bad += 1
    print(f"TOTAL: {total_c} competencies, {total_s} scored items, {total_n} strings, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
