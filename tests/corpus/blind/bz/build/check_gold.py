"""Check every gold file of batch BZ against its document.

Per gold file: sha256 matches; document id = file stem; keys in contract order; ids are slugs of the names and
unique across the batch; level ranks ascending and unique; item sources {"document": stem, "page": null}; every
gold string (name, definition, item texts and their groups, level labels, the document title) occurs in the
document's extracted text; score.py gold-vs-gold = 1.000. Also prints the number of competencies and of scored
items (names, definitions, indicators, level labels, behaviours, other list items).

Extraction, as an annotator reads the rendered file:
- PDF: pdfplumber page text + table cells, and pdftotext -raw; running header/footer lines dropped.
- DOCX: all w:p in body order (table cells included), also joined per table cell.
- HTML: lxml text of each block element, and the whole body text (head/script/style removed).
- TXT: the lines joined (list/bullet markers and lynx link markers "[n]" removed).
Everywhere bullet glyphs and line-start list numbers ("1.", "P1", "K3") dropped, whitespace normalised.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

import bzlib as L

SCORE = "/work/shared/tools/score.py"
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u25a0\uf0b7\u25e6\u00b7*\-]|\d+[.)]|[PK]\d+)\s+")
GLYPHS = re.compile(r"[\u2022\u25aa\u25cf\u25a0\uf0b7\u25e6]")


def join(lines):
    lines = [GLYPHS.sub(" ", MARK.sub("", ln)) for ln in lines]
    return L.norm(" ".join(lines))


def pdf_hays(path):
    import pdfplumber
    hays = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            hays.append(join((pg.extract_text() or "").splitlines()))
            for t in pg.extract_tables():
                for row in t:
                    for c in row:
                        if c:
                            hays.append(join(c.splitlines()))
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True).stdout
    pages = [p.splitlines() for p in raw.split("\f")]
    body = []
    for lines in pages:
        lines = [ln for ln in lines if ln.strip()]
        # running header / footer of these documents
        lines = [ln for ln in lines if not re.fullmatch(r"\s*\d+\s*", ln)
                 and "Copyright 2013. Cultural" not in ln and not ln.startswith("S2A Sport - Functional")
                 and ln.strip() not in ("Competency Based Framework for Fire & Rescue Officer",
                                        "COMPETENCIES FOR CULTURAL MANAGERS",
                                        # a table header row repeated at the top of a continued table
                                        "Competency Area Key Competencies Behavioral Indicators")]
        body += lines
    hays.append(join(body))
    return hays


def docx_hays(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(path))

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(qn("w:t")))
    hays = [join([ptext(p) for p in d.element.body.iter(qn("w:p"))])]
    for tc in d.element.body.iter(qn("w:tc")):
        hays.append(join([ptext(p) for p in tc.iter(qn("w:p"))]))
    return hays


def html_hays(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style|//noscript"):
        bad.getparent().remove(bad)
    blocks = [L.norm(e.text_content()) for e in root.iter()
              if e.tag in ("p", "li", "h1", "h2", "h3", "td", "th", "div", "span", "a", "strong")]
    return blocks + [L.norm(root.text_content())]


def txt_hays(path):
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    lines = [re.sub(r"\[\d+\]", "", ln) for ln in lines]
    return [join(lines)]


def check(gold_path, seen_ids):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = L.DOCS / d["path"]
    problems = []
    if L.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    if d["id"] != path.stem or gold_path.stem != path.stem:
        problems.append("document id / gold name is not the file stem")
    hays = {"pdf": pdf_hays, "docx": docx_hays, "html": html_hays, "txt": txt_hays}[d["format"]](path)
    n = scored = 0

    def need(where, text):
        nonlocal n
        n += 1
        t = L.norm(text)
        if not any(t in h for h in hays):
            problems.append(f"{where}: not found: {t[:100]!r}")

    if d["title"]:
        need("<title>", d["title"])
    for c in gold["competencies"]:
        if list(c) != L.KEYS:
            problems.append(f"{c['id']}: key order")
        if c["id"] != L.slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of the name")
        if c["id"] in seen_ids:
            problems.append(f"{c['id']}: id also in another gold file")
        seen_ids.add(c["id"])
        if c["sources"] != [d["id"]]:
            problems.append(f"{c['id']}: sources")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(set(ranks)) or any(r < 1 for r in ranks):
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
                if it["source"] != {"document": d["id"], "page": None}:
                    problems.append(f"{c['id']} behaviour: source")
    res = subprocess.run([sys.executable, SCORE, str(gold_path), str(gold_path)], capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py self-check: {last}")
    return n, problems, len(gold["competencies"]), scored


def main():
    tc = ts = bad = 0
    seen = set()
    for gp in sorted(L.GOLD.glob("*.json")):
        n, problems, nc, scored = check(gp, seen)
        tc += nc
        ts += scored
        bad += len(problems)
        print(f"{gp.name}: {nc} competencies, {scored} scored items, {n} strings checked, {len(problems)} problems")
        for p in problems:
            print("    ", p)
    print(f"TOTAL: {tc} competencies, {ts} scored items, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
