"""Check the batch-h gold: every gold string occurs in its document's extracted text; score.py gold vs itself.

Usage: /work/main/.venv/bin/python build/check_gold.py [stem ...]

Extraction (an annotator's views of the document, not the pipeline's):
  PDF  = pdfplumber page text + every table cell's text + `pdftotext` (raw order) text;
  DOCX = python-docx body paragraphs, every table cell, headers/footers, footnotes part;
  HTML = lxml text of each block element (head/script/style/noscript removed);
  TXT/MD = the file's lines.
Each view is normalized: NBSP -> space, line-start bullets / list numbers / K1-S1 codes removed, a compound broken
at its hyphen at a line end re-joined, lines joined, whitespace collapsed. A gold text counts as found when it
occurs in a view; a "Label: value" note counts when label and value both occur (two cells of a form).
Also checked: sha256, competency ids = slug(name), level ranks sorted, documents[].title printed in the document.
"""
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import helpers as H  # noqa: E402

SCORE = Path("/work/shared/tools/score.py")
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\uf0b7\u2013\-\*\u00b7\u2023\u25a0\u25a1o]|\d+[.)]|[KS]\d+|\([a-z0-9]+\)|[a-z][.)]|#+|>)\s+")


def clean_lines(text):
    text = text.replace("\u00a0", " ").replace("\u00ad", "")
    text = re.sub(r"(\w)-\n\s*(?=[a-z])", r"\1-", text)
    return H.norm(" ".join(MARK.sub("", ln) for ln in text.splitlines()))


def pdf_views(path):
    import pdfplumber
    views = []
    with pdfplumber.open(path) as pdf:
        pages = []
        tables = []
        for page in pdf.pages:
            pages.append(page.extract_text() or "")
            tables.append(page.extract_tables())
            for t in tables[-1]:
                for row in t:
                    for cell in row:
                        if cell:
                            views.append(clean_lines(cell))
        views.append(clean_lines("\n".join(pages)))
        # a table row split by a page break: its cells continue in the first rows on the next page
        for a, b in zip(tables, tables[1:]):
            if not a or not b:
                continue
            last = a[-1][-1]
            for first in b[0][:2]:
                if len(first) == len(last):
                    views += [clean_lines((x or "") + "\n" + (y or "")) for x, y in zip(last, first)]
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    views.append(clean_lines(raw))
    return views


def docx_views(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(path))
    views = []
    for sec in d.sections:
        for part in (sec.header, sec.footer):
            views += [H.norm(p.text) for p in part.paragraphs]

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(qn("w:t")))
    flat = []
    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            flat.append(ptext(block))
        elif block.tag == qn("w:tbl"):
            for tc in block.iter(qn("w:tc")):
                ps = [ptext(p) for p in tc.iter(qn("w:p"))]
                views.append(clean_lines("\n".join(ps)))
                flat += ps
    views.append(clean_lines("\n".join(flat)))
    with zipfile.ZipFile(path) as z:
        if "word/footnotes.xml" in z.namelist():
            views.append(H.norm(re.sub(r"<[^>]+>", " ", z.read("word/footnotes.xml").decode("utf-8"))))
    return views


def html_views(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style|//noscript|//template"):
        bad.getparent().remove(bad)
    tags = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "a", "span", "div", "dd", "dt",
            "blockquote", "caption", "strong", "em", "summary", "figcaption", "label"}
    views = [H.norm(e.text_content()) for e in root.iter() if isinstance(e.tag, str) and e.tag in tags]
    views.append(H.norm(" ".join(root.itertext())))
    return views


def text_views(path):
    t = Path(path).read_text(encoding="utf-8")
    lines = t.splitlines()
    # a second view without page furniture: page-number lines and lines repeated verbatim (running headers)
    counts = {}
    for ln in lines:
        if ln.strip():
            counts[ln.strip()] = counts.get(ln.strip(), 0) + 1
    kept = [ln for ln in lines if not re.fullmatch(r"\s*\d+\s*", ln) and counts.get(ln.strip(), 0) < 2]
    return [clean_lines(t), clean_lines("\n".join(kept))]


def gold_texts(c):
    out = [("name", c["name"])]
    if c["definition"]:
        out.append(("definition", c["definition"]))
    out += [("key_words", k) for k in c["key_words"]]
    out += [("related", r) for r in c["related"]]
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


def found(text, views):
    t = H.norm(text)
    if any(t in v for v in views):
        return True
    if ": " in t:          # "Label: value" recorded from two cells of a form
        a, b = t.split(": ", 1)
        return any(a in v for v in views) and any(b in v for v in views)
    return False


def check(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = H.DOCS / d["path"]
    problems = []
    if H.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    views = {"pdf": pdf_views, "docx": docx_views, "html": html_views, "txt": text_views,
             "md": text_views}[d["format"]](path)
    n = 0
    for c in gold["competencies"]:
        if list(c) != H.KEYS:
            problems.append(f"{c['id']}: keys {list(c)}")
        if c["id"] != H.slug(c["name"]):
            problems.append(f"{c['id']}: id is not slug(name)")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(ranks) or len(set(ranks)) != len(ranks):
            problems.append(f"{c['id']}: ranks {ranks}")
        for where, text in gold_texts(c):
            n += 1
            if not found(text, views):
                problems.append(f"{c['id']} {where}: not found: {H.norm(text)[:90]!r}")
    if d["title"] and not found(d["title"], views):
        problems.append(f"title not found: {d['title']!r}")
    res = subprocess.run([sys.executable, str(SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py gold-vs-gold: {last}")
    return n, problems, last


def main(stems):
    files = sorted(H.GOLD.glob("*.json"))
    if stems:
        files = [f for f in files if f.stem in stems]
    bad = 0
    total = 0
    for f in files:
        n, problems, last = check(f)
        total += n
        status = "ok" if not problems else f"{len(problems)} PROBLEMS"
        print(f"{f.stem}: {n} gold texts, {status}; {last}")
        for p in problems:
            print("    ", p)
        bad += bool(problems)
    print(f"{len(files)} gold files, {total} gold texts, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
