#!/usr/bin/env python
"""Check every batch-g gold file against the text extracted from its rendered document.

Per gold file: sha256 matches the document; ids are slugs of the names; level ranks sorted and unique;
every item's source is {document, page: null}; every gold string (title, name, definition, key words,
related, items, groups, level labels, reading texts and titles) occurs in the text extracted from the
document; score.py gold-vs-gold gives "overall F1 1.000".

Extraction: PDF = pdfplumber page text + the left and right half of each page cropped separately (for
two-column pages) + table cells + one body stream of all pages without their repeated header/footer
lines and page numbers (for a paragraph split by a page break); DOCX = python-docx paragraphs, table cells, headers/footers; HTML = lxml
text of every element (head, script, style removed); TXT = the text, plus the left and right fixed-width
column streams; MD = the text with heading marks, emphasis marks and list markers removed.
A gold item the document prints in consecutive pieces (a question, a "Probes:" label and its probes; a
"Label | value" pair of table cells) is accepted when every piece is found; such items are listed.
`--uncovered` also prints extracted lines no gold string covers (to review that only chrome, front
matter and structure were left out)."""
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from helpers import DOCS, GOLD, norm, sha256, slug  # noqa: E402

SCORE = Path("/work/shared/tools/score.py")
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\uf0b7\u2013*-]|\d+[.)]|\d+\.\d+|[a-z]\)|[IVX]+\.)\s+")
FIELDS = ("indicators", "activities", "courses", "interview_questions", "tips", "notes")


def clean_lines(text):
    return [MARK.sub("", ln.replace("\u00a0", " ")).strip() for ln in text.splitlines()]


def joined(lines):
    s = " ".join(l for l in lines if l)
    s = re.sub(r"(\w)- (?=[a-z])", r"\1-", s)
    return norm(s)


def pdf_text(path):
    import pdfplumber
    parts, lines = [], []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            w, h = pg.width, pg.height
            for crop in (pg, pg.crop((0, 0, w / 2, h)), pg.crop((w / 2, 0, w, h))):
                t = crop.extract_text() or ""
                parts.append(joined(clean_lines(t)))
                if crop is pg:
                    lines += t.splitlines()
            for tb in pg.extract_tables():
                for row in tb:
                    for cell in row:
                        if cell:
                            parts.append(joined(clean_lines(cell)))
    # one body stream across page breaks: lines repeated on several pages (running headers/footers)
    # and bare page numbers removed, so that a paragraph split by a page break reads as one
    from collections import Counter
    with pdfplumber.open(path) as pdf:
        pages = [(pg.extract_text() or "").splitlines() for pg in pdf.pages]
    seen = Counter(ln.strip() for pg in pages for ln in set(pg))
    body = [ln for pg in pages for ln in pg
            if not (len(pages) > 1 and seen[ln.strip()] > 1) and not re.fullmatch(r"\s*\d+\s*", ln)]
    parts.append(joined(clean_lines("\n".join(body))))
    return " || ".join(parts), lines


def docx_text(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(path))
    parts, lines = [], []

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(qn("w:t")))

    for sec in d.sections:
        for p in list(sec.header.paragraphs) + list(sec.footer.paragraphs):
            parts.append(norm(p.text))
    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            t = ptext(block)
            parts.append(norm(MARK.sub("", t)))
            lines.append(t)
        elif block.tag == qn("w:tbl"):
            for tr in block.iter(qn("w:tr")):
                for tc in tr.iter(qn("w:tc")):
                    ps = [ptext(p) for p in tc.iter(qn("w:p"))]
                    parts.append(norm(MARK.sub("", " ".join(ps))))
                    parts += [norm(MARK.sub("", x)) for x in ps]
                    lines += ps
    return " || ".join(parts), lines


def html_text(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    parts = [norm(e.text_content()) for e in root.iter() if isinstance(e.tag, str)]
    lines = [norm(e.text_content()) for e in root.iter()
             if isinstance(e.tag, str) and e.tag in ("p", "li", "h1", "h2", "h3", "th", "td", "a", "button",
                                                     "strong", "span", "label")]
    if root.find(".//title") is not None:
        parts.append(norm(root.find(".//title").text_content()))
    return " || ".join(parts), lines


def plain_text(path, md=False):
    raw = Path(path).read_text(encoding="utf-8").replace("\r\n", "\n").replace("\f", "\n")
    if md:
        raw = re.sub(r"^#+\s*", "", raw, flags=re.M)
        raw = raw.replace("***", "").replace("**", "")
        raw = re.sub(r"(?<!\w)\*([^*\n]+)\*(?!\w)", r"\1", raw)
    lines = raw.split("\n")
    streams = [lines]
    head = next((ln for ln in lines if "INEFFECTIVE BEHAVIOURS" in ln), None)
    if head:                                   # fixed-width two-column blocks
        col = head.index("INEFFECTIVE BEHAVIOURS")
        streams += [[ln[:col] for ln in lines], [ln[col:] for ln in lines]]
    parts = []
    for st in streams:
        block = []
        for ln in st + [""]:
            if not ln.strip() or MARK.match(ln):
                if block:
                    parts.append(joined(clean_lines("\n".join(block))))
                block = [ln] if ln.strip() else []
            else:
                block.append(ln)
        parts.append(joined(clean_lines("\n".join(st))))
    return " || ".join(parts), lines


def extract(path, fmt):
    return {"pdf": pdf_text, "docx": docx_text, "html": html_text, "txt": plain_text,
            "md": lambda p: plain_text(p, md=True)}[fmt](path)


def gold_strings(gold):
    d = gold["documents"][0]
    out = [("<doc>", "title", d["title"])] if d["title"] else []
    for c in gold["competencies"]:
        cid = c["id"]
        out.append((cid, "name", c["name"]))
        if c["definition"]:
            out.append((cid, "definition", c["definition"]))
        for k in c["key_words"] + c["related"]:
            out.append((cid, "key_words/related", k))
        for f in FIELDS:
            for it in c[f]:
                out.append((cid, f, it["text"]))
                if it.get("group"):
                    out.append((cid, f + ".group", it["group"]))
        for lv in c["levels"]:
            out.append((cid, "level label", lv["label"]))
            for it in lv["behaviors"]:
                out.append((cid, f"level {lv['rank']}", it["text"]))
                if it.get("group"):
                    out.append((cid, "behavior.group", it["group"]))
        for r in c["readings"]:
            out.append((cid, "reading", r["text"]))
            out.append((cid, "reading.title", r["title"]))
    return out


def found(t, hay, flat):
    if t in hay or t in flat:
        return "whole"
    pieces = [p for p in re.split(r"(?<=[?.:!])\s+", t) if p]
    pieces = [p.rstrip(":") for p in pieces]
    if len(pieces) > 1 and all(p in flat for p in pieces):
        return "pieces"
    return None


def check(gold_path, show_uncovered=False):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = DOCS / d["path"]
    problems, pieced = [], []
    if sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    for c in gold["competencies"]:
        if c["id"] != slug(c["name"]):
            problems.append(f"id {c['id']} is not the slug of {c['name']}")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(ranks) or len(set(ranks)) != len(ranks):
            problems.append(f"{c['id']}: ranks {ranks}")
        for it in [x for f in FIELDS for x in c[f]] + [b for lv in c["levels"] for b in lv["behaviors"]]:
            if it["source"] != {"document": d["id"], "page": None}:
                problems.append(f"{c['id']}: bad source {it['source']}")
    hay, lines = extract(path, d["format"])
    flat = hay.replace(" || ", " ")
    strings = gold_strings(gold)
    for cid, where, text in strings:
        t = norm(text)
        how = found(t, hay, flat)
        if how is None:
            problems.append(f"{cid} {where}: not found: {t[:100]!r}")
        elif how == "pieces":
            pieced.append(f"{cid} {where}: {t[:70]!r}")
    res = subprocess.run([sys.executable, str(SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py self-score: {last}")
    n_items = sum(len(c[f]) for c in gold["competencies"] for f in FIELDS + ("readings", "key_words", "related")) \
        + sum(len(lv["behaviors"]) for c in gold["competencies"] for lv in c["levels"])
    print(f"{d['path']}: {len(gold['competencies'])} competencies, {n_items} items, {len(strings)} strings "
          f"checked ({len(pieced)} found in pieces), {len(problems)} problems; {last}")
    for p in problems:
        print("    PROBLEM", p)
    for p in pieced:
        print("    pieces:", p)
    if show_uncovered:
        covered = " ".join(norm(t) for _, _, t in strings)
        for ln in lines:
            n = norm(MARK.sub("", ln or ""))
            if n and n not in covered:
                print("      uncovered:", n[:120])
    return not problems


def main():
    show = "--uncovered" in sys.argv
    names = [a for a in sys.argv[1:] if not a.startswith("--")]
    files = sorted(GOLD.glob("*.json"))
    if names:
        files = [f for f in files if f.stem in names]
    ok = all([check(f, show) for f in files])
    print("ALL OK" if ok else "PROBLEMS FOUND")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
