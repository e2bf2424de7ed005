"""Check batch AT's gold against its documents.

For every gold file: the document exists and its sha256 matches; document id = file stem = gold file stem; keys in
contract order; ids are slugs of the names; level ranks strictly ascending from 1; every item source is
{"document": stem, "page": null}; every text the gold takes from the document (name, definition, indicators and
their groups, level labels and behaviours and groups, activities and groups, notes, readings, the document
title) occurs in the document's extracted text (NFKC, whitespace normalized, bullet glyphs and list markers at
line starts removed, lines joined; several extractions are tried: pdfplumber text and table cells and pdftotext
-raw / -layout for PDF, paragraphs and table cells for DOCX, block elements with <br> as a space for HTML, the
raw lines for TXT); finally score.py run on the gold against itself must end with "overall F1 1.000".
Prints one line per document and a total; exit status 1 on any problem.

    /work/main/.venv/bin/python check_gold.py
"""
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

SCORE = Path("/work/shared/tools/score.py")
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\uf0b7\u2013\-\*]|\d+(?:\.\d+)*[.)])\s+")


def nf(s):
    s = unicodedata.normalize("NFKC", s or "").replace("\ufeff", "").replace("\u2610", "")
    return H.norm(s)


def clean_join(raw):
    lines = []
    for ln in raw.replace("\f", "\n").splitlines():
        ln = re.sub(r"[\u2022\u25aa\u25cf\u25e6\uf0b7]", " ", ln)
        ln = MARK.sub("", ln)
        ln = nf(ln)
        if ln:
            lines.append(ln)
    return " ".join(lines)


def pdf_raws(path):
    import pdfplumber
    raws, cells = [], []
    with pdfplumber.open(path) as pdf:
        raws.append("\n".join(pg.extract_text() or "" for pg in pdf.pages))
        for pg in pdf.pages:
            for t in pg.extract_tables():
                for row in t:
                    cells += [c for c in row if c]
    for mode in ("-raw", "-layout"):
        raws.append(subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True, text=True).stdout)
    return raws + cells


def docx_raws(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(path))
    parts = []
    for sec in d.sections:
        parts += [p.text for p in sec.header.paragraphs] + [p.text for p in sec.footer.paragraphs]
    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            parts.append("".join(t.text or "" for t in block.iter(qn("w:t"))))
        elif block.tag == qn("w:tbl"):
            for tc in block.iter(qn("w:tc")):
                for p in tc.iter(qn("w:p")):
                    parts.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return ["\n".join(parts)]


def html_raws(path):
    from lxml import html as lh
    root = lh.fromstring(path.read_bytes())
    for bad in root.xpath("//head|//script|//style|//noscript"):
        bad.getparent().remove(bad)
    for br in root.iter("br"):
        br.tail = " " + (br.tail or "")
    blocks = [e.text_content() for e in root.iter()
              if e.tag in ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "button", "title")]
    return ["\n".join(blocks)]


def txt_raws(path):
    return [path.read_text(encoding="utf-8")]


def texts_of(c):
    out = [("name", c["name"])]
    if c["definition"]:
        out.append(("definition", c["definition"]))
    for k in c["key_words"] + c["related"]:
        out.append(("key_words/related", k))
    for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
        for it in c[f]:
            out.append((f, it["text"]))
            if it.get("group"):
                out.append((f + ".group", it["group"]))
    for lv in c["levels"]:
        out.append((f"level {lv['rank']} label", lv["label"]))
        for it in lv["behaviors"]:
            out.append((f"level {lv['rank']}", it["text"]))
            if it.get("group"):
                out.append(("behavior.group", it["group"]))
    for r in c["readings"]:
        out.append(("reading", r["text"]))
    return out


def count_items(gold):
    """Scored items: names, definitions, list items of every field, level labels and behaviours."""
    n = 0
    for c in gold["competencies"]:
        n += 1 + (1 if c["definition"] else 0)
        n += sum(len(c[f]) for f in ("key_words", "indicators", "activities", "courses", "readings", "related",
                                      "interview_questions", "tips", "notes"))
        n += sum(1 + len(lv["behaviors"]) for lv in c["levels"])
    return n


def check(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = H.DOCS / d["path"]
    problems = []
    if not path.exists():
        return gold, 0, [f"missing document {path.name}"], ""
    if H.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    if d["id"] != gold_path.stem or Path(d["path"]).stem != d["id"]:
        problems.append("document id / path / gold file name disagree")
    raws = {"pdf": pdf_raws, "docx": docx_raws, "html": html_raws, "txt": txt_raws}[d["format"]](path)
    hays = [clean_join(r) for r in raws]
    hays += [re.sub(r"(\w)- (?=[a-z])", r"\1-", h) for h in hays]       # compound broken at a line end
    n = 0
    for c in gold["competencies"]:
        if list(c) != H.KEYS:
            problems.append(f"{c['id']}: keys {list(c)}")
        if c["id"] != H.slug(c["name"]):
            problems.append(f"{c['id']}: not the slug of {c['name']!r}")
        if c["sources"] != [d["id"]]:
            problems.append(f"{c['id']}: sources {c['sources']}")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != list(range(1, len(ranks) + 1)):
            problems.append(f"{c['id']}: ranks {ranks}")
        items = [it for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes")
                 for it in c[f]] + [it for lv in c["levels"] for it in lv["behaviors"]]
        for it in items:
            if it["source"] != {"document": d["id"], "page": None}:
                problems.append(f"{c['id']}: source {it['source']}")
        for where, text in texts_of(c):
            n += 1
            t = nf(text)
            if not any(t in h for h in hays):
                problems.append(f"{c['id']} {where}: not in the document text: {t[:90]!r}")
    if d["title"]:
        n += 1
        if not any(nf(d["title"]) in h for h in hays):
            problems.append(f"title not found: {d['title']!r}")
    res = subprocess.run([sys.executable, str(SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    return gold, n, problems, last


if __name__ == "__main__":
    bad = tc = ti = tn = 0
    for g in sorted(H.GOLD.glob("*.json")):
        gold, n, problems, last = check(g)
        nc, ni = len(gold["competencies"]), count_items(gold)
        tc, ti, tn = tc + nc, ti + ni, tn + n
        print(f"{g.name}: {nc} competencies, {ni} scored items, {n} texts checked, {len(problems)} problems; {last}")
        for p in problems:
            print("    ", p)
        bad += len(problems)
    docs = sorted(p.stem for p in H.DOCS.iterdir())
    golds = sorted(p.stem for p in H.GOLD.glob("*.json"))
    if docs != golds:
        print("documents and gold files do not pair up:", docs, golds)
        bad += 1
    print(f"TOTAL: {len(golds)} documents, {tc} competencies, {ti} scored items, {tn} texts checked, {bad} problems")
    sys.exit(1 if bad else 0)
