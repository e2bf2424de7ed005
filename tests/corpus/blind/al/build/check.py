"""Gold check for batch al: for every gold file, the document's sha256 matches, ids are slugs of the names, levels
are sorted by rank, every field is present, every gold string (name, definition, item texts, groups, level
labels, document title) occurs in the document's OWN extracted text (pdfplumber page text + table cells /
python-docx paragraphs + cells / lxml block text / raw Markdown), and score.py of the gold against itself
gives 1.000.      python check.py
"""
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from allib import DOCS, GOLD, KEYS, norm, sha256, slug  # noqa: E402

SCORE = Path("/work/shared/tools/score.py")
BULLET = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2013\uf0b7\uf0a7*-]|\d+\.|[A-Z]\.)\s+")


def _clean(text):
    text = text.replace("\u00a0", " ")
    text = re.sub(r"(\w)-\n(?=\w)", r"\1-", text)          # a word or code broken after its hyphen
    return norm("\n".join(BULLET.sub("", ln) for ln in text.splitlines()))


def pdf_text(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            parts.append(_clean(pg.extract_text() or ""))
            for t in pg.extract_tables():
                for row in t:
                    parts += [_clean(c) for c in row if c]
    return " || ".join(parts)


def docx_text(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(path))
    parts = []

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(qn("w:t")))
    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            parts.append(ptext(block))
        elif block.tag == qn("w:tbl"):
            parts += [ptext(p) for p in block.iter(qn("w:p"))]
    return " || ".join(norm(p) for p in parts)


def html_text(path):
    from lxml import html as lh
    root = lh.fromstring(path.read_bytes())
    for bad in root.xpath("//head|//script|//style|//noscript"):
        bad.getparent().remove(bad)
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return " || ".join(_clean(e.text_content()) for e in root.iter("p", "li", "h1", "h2", "h3", "h4", "td"))


def md_text(path):
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^#+\s*", "", text)
    return _clean(text)


EXTRACT = {"pdf": pdf_text, "docx": docx_text, "html": html_text, "md": md_text, "txt": md_text}


def strings(comp):
    out = [("name", comp["name"])]
    if comp["definition"]:
        out.append(("definition", comp["definition"]))
    for f in ("key_words", "related"):
        out += [(f, x) for x in comp[f]]
    for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
        for it in comp[f]:
            out.append((f, it["text"]))
            if it.get("group"):
                out.append((f + ".group", it["group"]))
    for lv in comp["levels"]:
        out.append(("level label", lv["label"]))
        for it in lv["behaviors"]:
            out.append((f"level {lv['rank']}", it["text"]))
            if it.get("group"):
                out.append(("behavior.group", it["group"]))
    for r in comp["readings"]:
        out.append(("reading", r["text"]))
    return out


def check(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    d = gold["documents"][0]
    doc = DOCS / d["path"]
    problems = []
    if sha256(doc) != d["sha256"]:
        problems.append("sha256 mismatch")
    if d["id"] != gold_path.stem:
        problems.append("document id != gold file stem")
    hay = EXTRACT[d["format"]](doc)
    n = 0
    for c in gold["competencies"]:
        if list(c) != KEYS:
            problems.append(f"{c['id']}: keys {list(c)}")
        if c["id"] != slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of {c['name']!r}")
        if [lv["rank"] for lv in c["levels"]] != sorted(lv["rank"] for lv in c["levels"]):
            problems.append(f"{c['id']}: levels not sorted")
        if c["sources"] != [d["id"]]:
            problems.append(f"{c['id']}: sources {c['sources']}")
        for where, text in strings(c):
            n += 1
            if norm(text) not in hay:
                problems.append(f"{c['id']} {where}: not found: {norm(text)[:90]!r}")
    if d["title"] and norm(d["title"]) not in hay:
        problems.append(f"title not found: {d['title']!r}")
    res = subprocess.run([sys.executable, str(SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    return n, problems, last


def main():
    ok = True
    total = 0
    for g in sorted(GOLD.glob("*.json")):
        n, problems, last = check(g)
        total += n
        print(f"{g.stem}: {n} strings checked, {len(problems)} problems; {last}")
        for p in problems:
            print("    ", p)
        ok &= not problems
    print(f"ALL OK ({total} strings)" if ok else "PROBLEMS FOUND")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
