"""Check batch AV's gold against its documents.

For every gold file: the document exists and its sha256 matches; id = file stem; keys in contract order; ids
are slugs of the names; level ranks ascending from 1; every item source is {"document": stem, "page": null};
every text the gold takes from the document (name, definition, key words, indicators and groups, level labels,
behaviours and groups, questions, notes, the document title) occurs in the document's extracted text (NFKC,
whitespace collapsed, bullet glyphs / list numbers at line starts removed, lines joined, a compound broken at its
hyphen re-joined). Extractions tried: pdfplumber page text, table cells, pdftotext -raw and -layout for PDF;
python-docx paragraphs, table cells, header/footer for DOCX; lxml text of block elements for HTML; the raw lines
for TXT. Finally score.py on the gold against itself must end with "overall F1 1.000".

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
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\uf0b7\u2013\-\*]|\d+[.)])\s+")


def nf(s):
    return H.norm(unicodedata.normalize("NFKC", s or ""))


def clean_join(raw):
    raw = raw.replace("\f", "\n").replace("\r", "")
    raw = re.sub(r"(\w)-\n\s*(?=[a-z])", r"\1-", raw)
    lines = []
    for ln in raw.splitlines():
        ln = re.sub(r"[\u2022\u25aa\u25cf\u25e6\uf0b7]", " ", ln)
        ln = MARK.sub("", ln)
        ln = nf(ln)
        if ln:
            lines.append(ln)
    return " ".join(lines)


def pdf_raws(path):
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        out.append("\n".join(pg.extract_text() or "" for pg in pdf.pages))
        for pg in pdf.pages:
            for t in pg.extract_tables():
                for row in t:
                    out += [c for c in row if c]
    for mode in ("-raw", "-layout"):
        out.append(subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True, text=True).stdout)
    return out


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
    title = " ".join(t.text_content() for t in root.xpath("//head/title"))
    for bad in root.xpath("//head|//script|//style|//noscript"):
        bad.getparent().remove(bad)
    blocks = [e.text_content() for e in root.iter()
              if e.tag in ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "div", "b", "strong", "title")]
    return ["\n".join([title] + blocks)]


def txt_raws(path):
    return [path.read_text(encoding="utf-8")]


def texts(gold):
    out = []
    d = gold["documents"][0]
    if d["title"]:
        out.append(("<title>", d["title"]))
    for c in gold["competencies"]:
        cid = c["id"]
        out.append((cid, c["name"]))
        if c["definition"]:
            out.append((cid, c["definition"]))
        out += [(cid, k) for k in c["key_words"]]
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
    return out


def check(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    problems = []
    d = gold["documents"][0]
    path = H.DOCS / d["path"]
    stem = gold_path.stem
    if d["id"] != stem or path.stem != stem:
        problems.append("id / stem mismatch")
    if H.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    for c in gold["competencies"]:
        if list(c) != H.KEYS:
            problems.append(f"{c['id']}: key order")
        if c["id"] != H.slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of the name")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != list(range(1, len(ranks) + 1)):
            problems.append(f"{c['id']}: ranks {ranks}")
        its = [it for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes")
               for it in c[f]] + [b for lv in c["levels"] for b in lv["behaviors"]]
        for it in its:
            if it["source"] != {"document": stem, "page": None}:
                problems.append(f"{c['id']}: bad source {it['source']}")
    raws = {"pdf": pdf_raws, "docx": docx_raws, "html": html_raws, "txt": txt_raws}[d["format"]](path)
    hays = [clean_join(r) for r in raws]
    n = 0
    for cid, t in texts(gold):
        n += 1
        t = nf(t)
        if cid == "<title>":
            found = any(t.casefold() in h.casefold() for h in hays)
        else:
            found = any(t in h for h in hays)
        if not found:
            problems.append(f"{cid}: not found: {t[:90]!r}")
    res = subprocess.run([sys.executable, str(SCORE), str(gold_path), str(gold_path)], capture_output=True,
                         text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    return n, problems, last


def main():
    total, bad = 0, 0
    for g in sorted(H.GOLD.glob("*.json")):
        n, problems, last = check(g)
        total += n
        bad += len(problems)
        print(f"{g.stem}: {n} texts, {len(problems)} problems; {last}")
        for p in problems:
            print("    ", p)
    print(f"TOTAL {total} texts checked, {bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
