"""Check every gold file of batch aa against its document.

For each gold: the sha256 matches the document; every string the gold says is printed (names,
definitions, level labels, behaviours, indicators, notes, groups) occurs in the document's extracted text
(pdfplumber page text + table cells for PDF, python-docx paragraphs + table cells for DOCX, lxml block text
with <br> as a line break for HTML, the text file itself for TXT; bullet glyphs and list numbers at line
starts removed, lines joined, whitespace collapsed; in the .txt files the running header/footer lines
and page numbers are dropped first, since an item may run across a page break); ids are slugs; levels are
sorted; and score.py of the gold against itself gives 1.000."""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C
import helpers as H

MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25a0\u25cf\u2013\-\*\uf0b7o]|\d+[.)])\s+")
# running headers/footers of the two pdftotext documents (dropped before joining lines)
FURNITURE = [
    re.compile(r"^\s*(Lincolnshire County Council|Core Values and Behaviours Framework|\d+)\s*$"),
    re.compile(r"^\s*(Building Blocks Competency Model|Competency Model Clearinghouse .*|\d+)\s*$"),
]


def clean_lines(lines):
    out = []
    for ln in lines:
        if re.fullmatch(r"\s*[\u2022\u25a0\uf0b7o]\s*", ln):
            continue
        out.append(MARK.sub("", ln))
    text = "\n".join(out)
    text = re.sub(r"(\w)-\n(?=[a-z])", r"\1-", text)
    return C.norm(text.replace("\n", " "))


def txt_hay(path):
    lines = []
    for ln in Path(path).read_text(encoding="utf-8").replace("\f", "\n").splitlines():
        if any(f.match(ln) for f in FURNITURE):
            continue
        lines.append(ln)
    return clean_lines(lines)


def pdf_hay(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            parts.append(clean_lines((pg.extract_text() or "").splitlines()))
            for t in pg.extract_tables():
                for row in t:
                    parts += [clean_lines(c.splitlines()) for c in row if c]
    return " || ".join(parts)


def docx_hay(path):
    return C.docx_text(path, cells=True)


def html_hay(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks = [clean_lines(e.text_content().splitlines()) for e in root.iter()
              if e.tag in ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "span", "a", "div")]
    return " || ".join(blocks)


HAY = {"txt": txt_hay, "pdf": pdf_hay, "docx": docx_hay, "html": html_hay}


def check(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    doc = H.DOCS / d["path"]
    problems = []
    if C.sha256(doc) != d["sha256"]:
        problems.append("sha256 mismatch")
    hay = HAY[d["format"]](doc)
    flat = hay.replace(" || ", " ")
    strings = C.gold_strings(gold)
    for c in gold["competencies"]:
        if list(c) != C.KEYS:
            problems.append(f"{c['id']}: keys {list(c)}")
        if c["id"] != C.slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of the name")
        if [lv["rank"] for lv in c["levels"]] != sorted(lv["rank"] for lv in c["levels"]):
            problems.append(f"{c['id']}: levels not sorted")
        for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
            for x in c[f]:
                if x["source"]["page"] is not None:
                    problems.append(f"{c['id']}: page should be null")
    for cid, where, text, _page in strings:
        t = C.norm(text)
        if t not in hay and t not in flat:
            problems.append(f"{cid} {where}: not found: {t[:90]!r}")
    if d["title"] and C.norm(d["title"]) not in flat:
        problems.append(f"title not found: {d['title']!r}")
    last = C._self_score(gold_path)
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    n_items = count_items(gold)
    print(f"{Path(gold_path).stem}: {len(gold['competencies'])} competencies, {n_items} scored items, "
          f"{len(strings)} strings checked, {len(problems)} problems; {last}")
    for p in problems:
        print("    ", p)
    return not problems, len(gold["competencies"]), n_items


def count_items(gold):
    """Scored items, counted as the dev README counts them: name, definition, key words, indicators, level
    labels, behaviours, activities, courses, readings, related, interview questions, tips, notes."""
    n = 0
    for c in gold["competencies"]:
        n += 1 + (1 if c["definition"] else 0)
        n += len(c["key_words"]) + len(c["related"]) + len(c["readings"])
        for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
            n += len(c[f])
        for lv in c["levels"]:
            n += 1 + len(lv["behaviors"])
    return n


def main():
    ok, comps, items = True, 0, 0
    for g in sorted(H.GOLD.glob("*.json")):
        r, c, i = check(g)
        ok &= r
        comps += c
        items += i
    print(f"TOTAL: {comps} competencies, {items} scored items; {'OK' if ok else 'PROBLEMS'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
