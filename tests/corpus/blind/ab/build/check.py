"""Check every gold file of batch ab against its document.

For each gold file: the sha256 matches the document; ids are slugs of the names; levels are sorted by
rank; every string the gold says is printed (names, definitions, level labels, behaviours, indicators,
groups, activities, courses, reading citations, interview questions, tips, notes) occurs in the
document's own extracted text; and score.py of the gold against itself gives 1.000.

Extraction, per format (all texts whitespace-normalized, bullet glyphs / list numbers at line starts
removed, a line broken after a hyphen inside a compound re-joined):
  pdf   pdfplumber page text, plus the text of every table cell, pages joined;
  docx  python-docx header/footer/body paragraphs and table cells (common.docx_text(cells=True));
  html  lxml text of every block element, <head>/<script>/<style> removed;
  txt   the file with form feeds and its running header/footer lines dropped; in the two-column
        "behaviors by level" blocks the left column (level labels) is read as its own stream;
  md    the file with heading marks, list marks and YAML front matter dropped.
Exit status 1 when a problem is found."""
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C

MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25a0\u25cf\u2013\-\*\uf0b7]|\d+[.)])\s+")
YMCA_FURNITURE = re.compile(r"^\s*(COLLABORATION|\d+\s+CAUSE-DRIVEN LEADERSHIP® COMPETENCY DEVELOPMENT GUIDE|"
                            r"CAUSE-DRIVEN LEADERSHIP® COMPETENCY DEVELOPMENT GUIDE\s+\d+)\s*$")


def clean_lines(lines):
    text = "\n".join(MARK.sub("", ln) for ln in lines)
    text = re.sub(r"(\w)-\n(?=[a-z])", r"\1-", text)
    return C.norm(text.replace("\n", " "))


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
    for bad in root.xpath("//head|//script|//style|//noscript"):
        bad.getparent().remove(bad)
    return " || ".join(C.norm(e.text_content()) for e in root.iter()
                       if e.tag in ("p", "li", "h1", "h2", "h3", "h4", "h5", "td", "th", "a", "span",
                                    "div", "button"))


def txt_hay(path):
    body, left = [], []
    for ln in Path(path).read_text(encoding="utf-8").replace("\f", "\n").splitlines():
        if YMCA_FURNITURE.match(ln):
            continue
        # two-column level table: label in columns 0-19, bullets from column 20
        if len(ln) > 20 and ln[:20].strip() and ln[20:].lstrip().startswith(("•", "")) and ln[18:20] == "  " \
                and (ln[20] == "•" or ln[20] == " "):
            left.append(ln[:20].strip())
            body.append(ln[20:])
            continue
        if ln.startswith(" " * 20) and ln[20:21] in ("•", " ") and ln.strip():
            body.append(ln[20:])
            continue
        body.append(ln)
    return clean_lines(body) + " || " + " ".join(left)


def md_hay(path):
    text = Path(path).read_text(encoding="utf-8")
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    lines = [re.sub(r"^\s*#+\s*", "", ln) for ln in text.splitlines()]
    return clean_lines(lines)


HAY = {"pdf": pdf_hay, "docx": docx_hay, "html": html_hay, "txt": txt_hay, "md": md_hay}


def strings(c):
    out = [("name", c["name"])]
    if c["definition"]:
        out.append(("definition", c["definition"]))
    out += [("key_words", k) for k in c["key_words"]] + [("related", r) for r in c["related"]]
    for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
        for x in c[f]:
            out.append((f, x["text"]))
            if x.get("group"):
                out.append((f + ".group", x["group"]))
    for lv in c["levels"]:
        out.append(("level label", lv["label"]))
        for x in lv["behaviors"]:
            out.append((f"level {lv['rank']}", x["text"]))
            if x.get("group"):
                out.append(("behavior.group", x["group"]))
    for r in c["readings"]:
        out.append(("reading", r["text"]))
        out.append(("reading.title", r["title"]))
    return out


def self_score(gold_path):
    res = subprocess.run([sys.executable, str(C.SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    return res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()


def count_items(c):
    n = 1 + (1 if c["definition"] else 0) + len(c["key_words"]) + len(c["related"])
    n += sum(len(c[f]) for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"))
    n += sum(1 + len(lv["behaviors"]) for lv in c["levels"]) + len(c["readings"])
    return n


def check_one(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    doc = C.DOCS / d["path"]
    problems = []
    if C.sha256(doc) != d["sha256"]:
        problems.append("sha256 mismatch")
    if d["id"] != Path(gold_path).stem:
        problems.append("document id is not the gold file stem")
    hay = HAY[d["format"]](doc)
    flat = hay.replace(" || ", " ")
    n = 0
    for c in gold["competencies"]:
        if list(c) != C.KEYS:
            problems.append(f"{c['id']}: keys {list(c)}")
        if c["id"] != C.slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of {c['name']!r}")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(ranks) or (ranks and ranks[0] != 1):
            problems.append(f"{c['id']}: level ranks {ranks}")
        for where, s in strings(c):
            n += 1
            t = C.norm(s)
            if t not in hay and t not in flat:
                problems.append(f"{c['id']} {where}: not found: {t[:90]!r}")
        for x in [x for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes")
                  for x in c[f]] + [x for lv in c["levels"] for x in lv["behaviors"]] + c["readings"]:
            if x["source"] != {"document": d["id"], "page": None}:
                problems.append(f"{c['id']}: source {x['source']}")
    raw = C.norm(doc.read_text(encoding="utf-8")) if d["format"] in ("txt", "md") else ""
    if d["title"] and C.norm(d["title"]) not in flat and C.norm(d["title"]) not in raw:
        problems.append(f"title not found: {d['title']!r}")
    last = self_score(gold_path)
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    items = sum(count_items(c) for c in gold["competencies"])
    print(f"{Path(gold_path).name}: {len(gold['competencies'])} competencies, {items} scored items, "
          f"{n} strings checked, {len(problems)} problems; {last}")
    for p in problems:
        print("    " + p)
    return not problems, len(gold["competencies"]), items


def main():
    ok, comps, items = True, 0, 0
    for g in sorted(C.GOLD.glob("*.json")):
        good, nc, ni = check_one(g)
        ok &= good
        comps += nc
        items += ni
    print(f"TOTAL: {comps} competencies, {items} scored items; {'OK' if ok else 'PROBLEMS'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
