"""Check the batch-k gold: every gold string occurs in its document's extracted text; score.py gold vs itself.

Usage: /work/main/.venv/bin/python build/check_gold.py [stem ...]

Extraction (an annotator's views of the document, not the pipeline's):
  PDF  = pdfplumber page text + every table cell's text + `pdftotext` (raw order) text, and the page texts joined
         with running headers / footers / page numbers taken out (so that a table split over pages joins up);
  DOCX = python-docx body paragraphs in order, every table cell (its paragraphs joined), headers/footers;
  HTML = lxml text of each block element (head/script/style/noscript removed) and of the whole body;
  TXT  = the file's lines; MD = the lines with emphasis markers, link targets and table pipes taken out.
Each view is normalized: NBSP -> space, line-start bullets ("•", "", "o", "-", "*") and list numbers removed, a
compound broken at its hyphen at a line end re-joined, lines joined, whitespace collapsed. A gold text counts as
found when it occurs in a view.
Also checked: sha256, keys and key order, competency ids = slug(name), level ranks unique and sorted, every level
and competency non-empty where it should be, documents[].title printed in the document, score.py gold-vs-gold
= "overall F1 1.000".
"""
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import helpers as H  # noqa: E402

SCORE = Path("/work/shared/tools/score.py")
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\uf0b7\u2013\-\*\u00b7o]|\d+[.)])\s+")
FURNITURE = [
    r"^Key Leadership Competencies$", r"^FAO competency framework \| \d+$", r"^\d+ \| FAO competency framework$",
    r"^IOM Competency Framework . September 2018", r"^Page \d+$", r"^\d+$",
]


def clean_lines(text):
    text = text.replace("\u00a0", " ").replace("\u00ad", "")
    text = re.sub(r"(\w)-\n\s*(?=[a-z])", r"\1-", text)
    return H.norm(" ".join(MARK.sub("", ln) for ln in text.splitlines()))


def pdf_views(path):
    import pdfplumber
    views = []
    with pdfplumber.open(path) as pdf:
        pages = []
        for page in pdf.pages:
            pages.append(page.extract_text() or "")
            for t in page.extract_tables():
                for row in t:
                    for cell in row:
                        if cell:
                            views.append(clean_lines(cell))
    views.append(clean_lines("\n".join(pages)))
    body = [ln for pg in pages for ln in pg.splitlines()
            if not any(re.match(f, ln.strip()) for f in FURNITURE)]
    views.append(clean_lines("\n".join(body)))
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
                views += [H.norm(p) for p in ps]
                flat += ps
    views += [H.norm(p) for p in flat]
    views.append(clean_lines("\n".join(flat)))
    return views


def html_views(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style|//noscript|//template"):
        bad.getparent().remove(bad)
    tags = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "a", "span", "div", "dd", "dt",
            "strong", "em", "section", "article", "figcaption"}
    views = [H.norm(e.text_content()) for e in root.iter() if isinstance(e.tag, str) and e.tag in tags]
    views.append(H.norm(" ".join(root.itertext())))
    return views


def text_views(path):
    t = Path(path).read_text(encoding="utf-8")
    return [clean_lines(t)]


def md_views(path):
    t = Path(path).read_text(encoding="utf-8")
    t = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", t)          # links -> their text
    t = re.sub(r"(\*\*|__|\*)", "", t)                      # emphasis markers
    t = re.sub(r"^#+\s*", "", t, flags=re.M)                 # heading markers
    cells = []
    for ln in t.splitlines():
        if ln.strip().startswith("|"):
            cells += [c.strip() for c in ln.strip().strip("|").split("|")]
    lines = [ln.replace("|", " ") for ln in t.splitlines()]
    return [clean_lines("\n".join(lines))] + [H.norm(c) for c in cells]


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
    return any(t in v for v in views)


def check(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = H.DOCS / d["path"]
    problems = []
    if H.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    if d["id"] != Path(gold_path).stem or Path(d["path"]).stem != d["id"]:
        problems.append("document id / path do not match the gold file name")
    views = {"pdf": pdf_views, "docx": docx_views, "html": html_views, "txt": text_views,
             "md": md_views}[d["format"]](path)
    n = 0
    for c in gold["competencies"]:
        if list(c) != H.KEYS:
            problems.append(f"{c['id']}: keys {list(c)}")
        if c["id"] != H.slug(c["name"]):
            problems.append(f"{c['id']}: id is not slug(name)")
        if c["sources"] != [d["id"]]:
            problems.append(f"{c['id']}: sources {c['sources']}")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(ranks) or len(set(ranks)) != len(ranks):
            problems.append(f"{c['id']}: ranks {ranks}")
        if any(not lv["behaviors"] for lv in c["levels"]):
            problems.append(f"{c['id']}: a level without behaviours")
        for where, text in gold_texts(c):
            n += 1
            if not found(text, views):
                problems.append(f"{c['id']} {where}: not found: {H.norm(text)[:90]!r}")
    if d["title"] and not found(d["title"], views):
        problems.append(f"title not found: {d['title']!r}")
    res = subprocess.run([sys.executable, str(SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if gold["competencies"] and last != "overall F1 1.000":
        problems.append(f"score.py gold-vs-gold: {last}")
    return n, problems, last


def main(stems):
    files = sorted(H.GOLD.glob("*.json"))
    if stems:
        files = [f for f in files if f.stem in stems]
    bad = total = 0
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
