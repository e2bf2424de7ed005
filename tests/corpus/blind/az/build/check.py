"""Check every batch-az gold file against its rendered document:
- sha256 matches, ids are slugs of names, levels sorted by rank, every competency has all contract keys;
- every gold string (name, definition, key words, related, item texts, groups, level labels, title) occurs in
  the document's extracted text (PDF: pdfplumber page text and table cells; DOCX: python-docx paragraphs,
  table cells, header/footer; HTML: lxml block text without head/script/style; TXT: text with lynx link
  markers, bullets and list numbers removed), whitespace-normalized;
- /work/shared/tools/score.py scores the gold against itself as 1.000.
Usage: /work/main/.venv/bin/python check.py"""
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import azlib as L  # noqa: E402

KEYS = ["id", "name", "definition", "key_words", "indicators", "levels", "activities", "courses",
        "readings", "related", "interview_questions", "tips", "notes", "sources"]
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2013\uf0b7*-]|\d+[.)])\s+")


def clean_lines(text):
    text = re.sub(r"(\w)-\n(?=[a-z])", r"\1-", text)       # compound broken after its hyphen
    return L.norm(" ".join(MARK.sub("", ln) for ln in text.splitlines()))


def pdf_parts(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            parts.append(clean_lines(page.extract_text() or ""))
            for t in page.extract_tables():
                for row in t:
                    parts += [clean_lines(c) for c in row if c]
    return parts


def docx_parts(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(path))

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(qn("w:t")))
    parts = []
    for s in d.sections:
        for part in (s.header, s.footer):
            parts += [L.norm(ptext(p)) for p in part._element.iter(qn("w:p"))]
    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            parts.append(L.norm(ptext(block)))
        elif block.tag == qn("w:tbl"):
            for tc in block.iter(qn("w:tc")):
                paras = [L.norm(ptext(p)) for p in tc.iter(qn("w:p"))]
                parts += paras
                parts.append(" ".join(paras))
    # typed numbering inside cells ("1. Identifies ...") is list numbering, not text
    return [MARK.sub("", p) for p in parts] + parts


def html_parts(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    blocks = ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "a", "span", "div", "dt", "dd")
    return [L.norm(e.text_content()) for e in root.iter() if e.tag in blocks]


def txt_parts(path):
    text = Path(path).read_text(encoding="utf-8")
    text = re.sub(r"\[\d+\]", "", text)                     # lynx link markers
    paras = re.split(r"\n\s*\n", text)
    out = []
    for para in paras:
        # list items: a new item starts at a marker line; continuation lines are joined
        items, cur = [], []
        for ln in para.splitlines():
            if MARK.match(ln):
                if cur:
                    items.append(cur)
                cur = [MARK.sub("", ln)]
            else:
                cur.append(ln)
        if cur:
            items.append(cur)
        out += [L.norm(" ".join(i)) for i in items]
        out.append(clean_lines(para))
    return out


def strings(c):
    yield "name", c["name"]
    if c["definition"]:
        yield "definition", c["definition"]
    for k in c["key_words"]:
        yield "key_words", k
    for r in c["related"]:
        yield "related", r
    for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
        for it in c[f]:
            yield f, it["text"]
            if it.get("group"):
                yield f + ".group", it["group"]
    for lv in c["levels"]:
        yield "level label", lv["label"]
        for it in lv["behaviors"]:
            yield f"level {lv['rank']}", it["text"]
    for r in c["readings"]:
        yield "reading", r["text"]


def found(s, parts, whole):
    s = L.norm(s)
    return any(s in p for p in parts) or s in whole


def check(gold_path):
    g = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = g["documents"][0]
    path = L.DOCS / d["path"]
    problems = []
    if hashlib.sha256(path.read_bytes()).hexdigest() != d["sha256"]:
        problems.append("sha256 mismatch")
    parts = {"pdf": pdf_parts, "docx": docx_parts, "html": html_parts, "txt": txt_parts, "md": txt_parts}[d["format"]](path)
    whole = " ".join(parts)
    n = 0
    for c in g["competencies"]:
        if list(c) != KEYS:
            problems.append(f"{c.get('id')}: keys {list(c)}")
        if c["id"] != L.slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of the name")
        if [lv["rank"] for lv in c["levels"]] != sorted(lv["rank"] for lv in c["levels"]):
            problems.append(f"{c['id']}: levels not sorted")
        for where, s in strings(c):
            n += 1
            if not found(s, parts, whole):
                problems.append(f"{c['id']} {where}: not found: {s[:90]!r}")
    if d["title"] and not found(d["title"], parts, whole):
        problems.append(f"title not found: {d['title']!r}")
    res = subprocess.run([sys.executable, "/work/shared/tools/score.py", str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py self-score: {last}")
    return n, problems, last


if __name__ == "__main__":
    bad = 0
    for gp in sorted(L.GOLD.glob("*.json")):
        n, problems, last = check(gp)
        print(f"{gp.name}: {n} strings checked, {len(problems)} problems; {last}")
        for p in problems:
            print("    ", p)
        bad += len(problems)
    sys.exit(1 if bad else 0)
