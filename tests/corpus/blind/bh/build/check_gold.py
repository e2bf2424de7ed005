"""Check every gold file of batch BH against its document.

Per gold file: sha256 matches the document; ids are slugs of the names; levels sorted by rank; every gold
string (name, definition, item texts, groups, level labels, related names, title) occurs in the document's
extracted text; score.py gold-vs-gold = 1.000.

Extraction: PDF = pdfplumber page text, plus the text of the left and right half of each page (for the
two-column sections), plus every table cell; DOCX = python-docx paragraphs (body, headers, footers) and table
cells; HTML = lxml text of every block element and the whole body text; TXT = lines with their list markers
("- ") stripped. In all cases whitespace is normalized and the pieces are also joined with spaces, so an item
that the document wraps over several lines, cells or blocks is found as one string.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

import bhlib as L

SCORE = "/work/shared/tools/score.py"
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2610\uf0b7*-]|\d+[.)])\s+")


def clean_lines(text):
    text = re.sub(r"(\w)-\n(?=[a-z])", r"\1-", text)
    return L.norm(" ".join(MARK.sub("", ln) for ln in text.splitlines()))


def pdf_text(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            parts.append(clean_lines(pg.extract_text() or ""))
            w, h = pg.width, pg.height
            for box in ((0, 0, w / 2, h), (w / 2, 0, w, h)):
                parts.append(clean_lines(pg.crop(box).extract_text() or ""))
            for t in pg.extract_tables():
                for row in t:
                    parts += [clean_lines(c) for c in row if c]
    # a column continued on the next page: left/right halves in reading order, joined
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
                parts.append(" ".join(ptext(p) for p in tc.iter(qn("w:p"))))
                parts += [ptext(p) for p in tc.iter(qn("w:p"))]
    return " || ".join(L.norm(p) for p in parts)


def html_text(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    title = root.findtext(".//title") or ""
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    blocks = [L.norm(e.text_content()) for e in root.iter()
              if e.tag in ("p", "li", "h1", "h2", "h3", "td", "th", "a", "strong", "div")]
    # <br>-separated lines inside a cell
    for td in root.iter("td"):
        for seg in re.split(r"\n", "".join(td.itertext())):
            blocks.append(L.norm(re.sub(r"^\s*-\s+[KS]\d+\s+", "", seg)))
    return " || ".join(blocks + [L.norm(title)])


def txt_text(path):
    return clean_lines(Path(path).read_text(encoding="utf-8"))


def found(text, hay):
    t = L.norm(text)
    if t in hay:
        return True
    return t in hay.replace(" || ", " ")


def strings(c):
    out = [("name", c["name"])]
    if c["definition"]:
        out.append(("definition", c["definition"]))
    for f in L.ITEM_FIELDS:
        for it in c[f]:
            out.append((f, it["text"]))
            if it.get("group"):
                out.append((f + ".group", it["group"]))
    for lv in c["levels"]:
        out.append(("label", lv["label"]))
        for it in lv["behaviors"]:
            out.append((f"level {lv['rank']}", it["text"]))
    for r in c["readings"]:
        out.append(("reading", r["text"]))
    for k in c["key_words"] + c["related"]:
        out.append(("key_words/related", k))
    return out


def main():
    bad = 0
    tot_items = 0
    for gp in sorted(L.GOLD.glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        d = g["documents"][0]
        path = L.DOCS / d["path"]
        problems = []
        if L.sha256(path) != d["sha256"]:
            problems.append("sha256 mismatch")
        hay = {"pdf": pdf_text, "docx": docx_text, "html": html_text, "txt": txt_text,
               "md": txt_text}[d["format"]](path)
        n = 0
        for c in g["competencies"]:
            if list(c) != L.KEYS:
                problems.append(f"{c['id']}: keys {list(c)}")
            if c["id"] != L.slug(c["name"]):
                problems.append(f"{c['id']}: id is not the slug of {c['name']!r}")
            if [lv["rank"] for lv in c["levels"]] != sorted(lv["rank"] for lv in c["levels"]):
                problems.append(f"{c['id']}: levels not sorted")
            for where, s in strings(c):
                n += 1
                if not found(s, hay):
                    problems.append(f"{c['id']} {where}: not found: {s[:90]!r}")
        if d["title"] and not found(d["title"], hay):
            problems.append(f"title not found: {d['title']!r}")
        res = subprocess.run([sys.executable, SCORE, str(gp), str(gp)], capture_output=True, text=True)
        last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
        if last != "overall F1 1.000":
            problems.append(f"score.py: {last}")
        tot_items += n
        print(f"{gp.name}: {len(g['competencies'])} competencies, {n} strings checked, "
              f"{len(problems)} problems; {last}")
        for p in problems:
            print("   ", p)
        bad += len(problems)
    print(f"TOTAL strings checked {tot_items}; problems {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
