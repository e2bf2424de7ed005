"""Check every gold file of batch ad against its rendered document.

For each gold file: the sha256 matches the document; ids are slugs of the names; levels are sorted by
rank and ranks start at 1; the document title and every gold string (names, definitions, key words,
related names, indicators, notes and every other item, their groups, level labels and behaviours) occur
in the text extracted from the document with the tools a reader would use (pdfplumber for PDF, python-docx
XML for DOCX, lxml for HTML, the raw text for TXT/MD); score.py of the gold against itself gives
"overall F1 1.000". Prints one line per document, every problem, and the totals.

Normalization before the substring test (what a reader ignores): whitespace collapsed (NBSP included);
bullet glyphs and list numbers at line starts removed ("*", "-", "1.", "(i)"); a word broken after a
hyphen at a line end re-joined; Word tabs read as spaces; Markdown heading marks removed. A gold string
is looked up in the running text and in the list of blocks (table cells, paragraphs, HTML elements)."""
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C
import helpers as H

MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\uf0b7*\-]|\d+[.)]|\([ivx]+\))\s+")


def clean_lines(text):
    text = text.replace("\u00a0", " ")
    text = re.sub(r"(\w)-\n\s*(?=[a-z])", r"\1-", text)
    return C.norm(" ".join(MARK.sub("", ln) for ln in text.splitlines()))


def pdf_blocks(path):
    import pdfplumber
    blocks = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            blocks.append(clean_lines(page.extract_text() or ""))
            for t in page.extract_tables():
                for row in t:
                    blocks += [clean_lines(c) for c in row if c]
    return blocks


def docx_blocks(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(path))

    def ptext(p):
        out = []
        for el in p.iter(qn("w:t"), qn("w:tab"), qn("w:br")):
            out.append(el.text or "" if el.tag == qn("w:t") else " ")
        return "".join(out)
    blocks = []
    for sec in d.sections:
        for part in (sec.header, sec.footer):
            blocks += [C.norm(ptext(p._p)) for p in part.paragraphs]
    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            blocks.append(C.norm(ptext(block)))
        elif block.tag == qn("w:tbl"):
            for tc in block.iter(qn("w:tc")):
                paras = [C.norm(ptext(p)) for p in tc.iter(qn("w:p"))]
                blocks += paras
                blocks.append(" ".join(paras))
    return blocks


def html_blocks(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    return [C.norm(e.text_content()) for e in root.iter()
            if e.tag in ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "a", "dt", "dd", "div", "section")]


def txt_blocks(path):
    s = Path(path).read_bytes().decode("utf-8").replace("\r\n", "\n")
    return [clean_lines(s)]


def md_blocks(path):
    s = Path(path).read_text(encoding="utf-8")
    lines = [re.sub(r"^\s*#+\s*", "", ln) for ln in s.splitlines()]
    cells = []
    for ln in s.splitlines():
        if ln.startswith("|"):
            cells += [C.norm(c) for c in ln.strip().strip("|").split("|")]
    return [clean_lines("\n".join(lines))] + cells


EXTRACT = {"pdf": pdf_blocks, "docx": docx_blocks, "html": html_blocks, "txt": txt_blocks, "md": md_blocks}


def gold_strings(c):
    out = [("name", c["name"])]
    if c["definition"]:
        out.append(("definition", c["definition"]))
    out += [("key_word", k) for k in c["key_words"]] + [("related", r) for r in c["related"]]
    for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
        for x in c[f]:
            out.append((f, x["text"]))
            if x.get("group"):
                out.append((f + ".group", x["group"]))
    for r in c["readings"]:
        out.append(("reading", r["text"]))
    for lv in c["levels"]:
        out.append(("level label", lv["label"]))
        for b in lv["behaviors"]:
            out.append((f"level {lv['rank']}", b["text"]))
            if b.get("group"):
                out.append((f"level {lv['rank']}.group", b["group"]))
    return out


def count_items(c):
    n = 1 + (1 if c["definition"] else 0) + len(c["key_words"]) + len(c["related"])
    for f in ("indicators", "activities", "courses", "readings", "interview_questions", "tips", "notes"):
        n += len(c[f])
    for lv in c["levels"]:
        n += 1 + len(lv["behaviors"])
    return n


def self_score(gold_path):
    res = subprocess.run([sys.executable, str(C.SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    return res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()


def check_one(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    doc = H.DOCS / d["path"]
    problems = []
    if C.sha256(doc) != d["sha256"]:
        problems.append("sha256 mismatch")
    if d["id"] != doc.stem:
        problems.append("document id is not the file stem")
    blocks = EXTRACT[d["format"]](doc)
    whole = " ".join(blocks)
    found = lambda t: any(C.norm(t) in b for b in blocks) or C.norm(t) in whole
    if d["title"] and not found(d["title"]):
        problems.append(f"title not found: {d['title']!r}")
    n_items = 0
    for c in gold["competencies"]:
        if list(c) != C.KEYS:
            problems.append(f"{c['id']}: keys {list(c)}")
        if c["id"] != C.slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of {c['name']!r}")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != list(range(1, len(ranks) + 1)):
            problems.append(f"{c['id']}: ranks {ranks}")
        if c["sources"] != [d["id"]]:
            problems.append(f"{c['id']}: sources {c['sources']}")
        for where, text in gold_strings(c):
            if not found(text):
                problems.append(f"{c['id']} {where}: not found: {C.norm(text)[:90]!r}")
        n_items += count_items(c)
    last = self_score(gold_path)
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    print(f"{doc.name}: {len(gold['competencies'])} competencies, {n_items} scored items, "
          f"{len(problems)} problems; {last}")
    for p in problems:
        print("   ", p)
    return len(gold["competencies"]), n_items, len(problems)


def main():
    tot = [0, 0, 0]
    for g in sorted(H.GOLD.glob("*.json")):
        for k, v in enumerate(check_one(g)):
            tot[k] += v
    print(f"TOTAL: {tot[0]} competencies, {tot[1]} scored items, {tot[2]} problems")
    return tot[2] == 0


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
