"""Check batch AP's gold against the rendered documents.

For every gold file: the sha256 matches the document; ids are slugs of the names; level ranks are
ascending; every text the gold takes from the document (name, definition, key words, related,
indicators, level labels and behaviours with their groups, activities, courses, readings and their
parsed parts, interview questions, tips, notes, the document title) occurs in the document's
extracted text (whitespace normalized, bullet glyphs and list numbers removed, wrapped lines joined);
score.py gold-vs-gold gives "overall F1 1.000".

    /work/main/.venv/bin/python check_gold.py
"""
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

SCORE = Path("/work/shared/tools/score.py")
GLYPHS = "\u2022\u25aa\u25cf\u25e6\uf0b7\u2610"
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\uf0b7\-\*o]|\d+[.)])\s+")


def clean_lines(text):
    text = re.sub(r"(\w)-\n(?=[a-z])", r"\1-", text)
    lines = [MARK.sub("", ln) for ln in text.splitlines()]
    s = " ".join(lines)
    s = re.sub(f"[{GLYPHS}]", " ", s)
    return H.norm(s)


def html_hay(path):
    from lxml import html as lh
    root = lh.fromstring(path.read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    blocks = [H.norm(e.text_content()) for e in root.iter()
              if e.tag in ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "dt", "dd", "a", "span", "strong", "button")]
    return [" || ".join(blocks), H.norm(" ".join(root.itertext()))]


def docx_hay(path):
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
                parts.append(" ".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))))
    parts = [H.norm(p) for p in parts]
    return [" || ".join(parts), " ".join(parts)]


def pdf_hay(path):
    import pdfplumber
    pages, cells = [], []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            pages.append(clean_lines(pg.extract_text() or ""))
            for t in pg.extract_tables():
                for row in t:
                    cells += [clean_lines(c) for c in row if c]
    layout = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True).stdout
    return [" ".join(pages), " || ".join(cells), " ".join(cells), clean_lines(layout)], cells


def txt_hay(path):
    return [clean_lines(path.read_text(encoding="utf-8"))]


def found_split(text, cells):
    """A table cell's bullet continued in a cell of the next page (the row broke across the page):
    the text's beginning ends one cell and its remainder starts a later cell."""
    words = H.norm(text).split(" ")
    for i in range(1, len(words)):
        head, tail = " ".join(words[:i]), " ".join(words[i:])
        for k, c in enumerate(cells):
            if c.endswith(head) and any(c2.startswith(tail) for c2 in cells[k + 1:]):
                return True
    return False


def strings(c):
    out = [("name", c["name"])]
    if c["definition"]:
        out.append(("definition", c["definition"]))
    out += [("key_word", k) for k in c["key_words"]] + [("related", r) for r in c["related"]]
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
        out += [("reading", r["text"]), ("reading.title", r["title"])]
        if r["publisher"]:
            out.append(("reading.publisher", r["publisher"]))
        if r["year"]:
            out.append(("reading.year", str(r["year"])))
        if r["description"]:
            out.append(("reading.description", r["description"]))
    return out


def found(text, hays):
    t = H.norm(text)
    return any(t in h for h in hays)


def self_score(gold_path):
    res = subprocess.run([sys.executable, str(SCORE), str(gold_path), str(gold_path)], capture_output=True, text=True)
    lines = res.stdout.strip().splitlines()
    return lines[-1] if lines else res.stderr.strip()


def main():
    total, bad = 0, 0
    for gp in sorted(H.GOLD.glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        d = g["documents"][0]
        path = H.DOCS / d["path"]
        problems = []
        if H.sha256(path) != d["sha256"]:
            problems.append("sha256 mismatch")
        hays = {"html": html_hay, "docx": docx_hay, "pdf": pdf_hay, "txt": txt_hay, "md": txt_hay}[d["format"]](path)
        cells = []
        if d["format"] == "pdf":
            hays, cells = hays
        n = 0
        for c in g["competencies"]:
            if c["id"] != H.slug(c["name"]):
                problems.append(f"id {c['id']} is not the slug of {c['name']!r}")
            if [lv["rank"] for lv in c["levels"]] != sorted(lv["rank"] for lv in c["levels"]):
                problems.append(f"{c['id']}: levels not sorted by rank")
            assert list(c) == H.KEYS
            for where, text in strings(c):
                n += 1
                if not found(text, hays) and not found_split(text, cells):
                    problems.append(f"{c['id']} {where}: not found: {H.norm(text)[:90]!r}")
        if d["title"]:
            n += 1
            if not found(d["title"], hays):
                problems.append(f"title not found: {d['title']!r}")
        last = self_score(gp)
        if last != "overall F1 1.000":
            problems.append(f"score.py self-check: {last}")
        total += n
        bad += len(problems)
        print(f"{gp.name}: {n} strings checked, {len(problems)} problems; {last}")
        for p in problems:
            print("    ", p)
    print(f"TOTAL {total} strings, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
