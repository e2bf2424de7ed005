"""Check every gold file of batch ac against its rendered document.

For each gold file: the sha256 matches the document; ids are slugs of the names; levels are sorted by rank;
the document title and every gold string (names, definitions, level labels, behaviours, indicators and their
groups, activities and their groups, courses, reading citations, related names, interview questions, tips,
notes and their groups) occur in the text extracted from the document with the same tools a reader would
use (pdfplumber for PDF, python-docx for DOCX, lxml for HTML, the raw text for TXT/MD); score.py of the gold
against itself gives "overall F1 1.000". Prints a per-document line and the totals.

Normalization of the extracted text before the substring test (what a reader ignores):
whitespace collapsed; bullet glyphs and list numbers at line starts removed; a word broken at a hyphen at a
line end joined; the labels "Probe:" and "Follow-up:" removed (the gold appends follow-ups to their question
without the label); Markdown link syntax [text](url) read as its text; lynx link references "[12]" removed.
A table row given as one " | "-joined item is checked cell by cell, the cells in order."""
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C
import helpers as H

LABELS = re.compile(r"\b(?:Probe|Follow-up):\s*")
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\uf0b7*\-]|\d+[.)])\s+")


def _lines_clean(text):
    text = re.sub(r"(\w)-\n\s*(?=[a-z])", r"\1-", text)
    return C.norm(" ".join(MARK.sub("", ln) for ln in text.splitlines()))


def pdf_text(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            parts.append(_lines_clean(page.extract_text() or ""))
            for t in page.extract_tables():
                for row in t:
                    parts += [_lines_clean(c) for c in row if c]
    return " || ".join(parts)


def docx_text(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(path))

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(qn("w:t")))
    parts = []
    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            parts.append(ptext(block))
        elif block.tag == qn("w:tbl"):
            for tr in block.iter(qn("w:tr")):
                for tc in tr.iter(qn("w:tc")):
                    parts.append(" ".join(ptext(p) for p in tc.iter(qn("w:p"))))
    # paragraphs are also read as running text (a question and its follow-up lines)
    return " || ".join(C.norm(p) for p in parts) + " ### " + C.norm(" ".join(parts))


def html_text(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    blocks = [C.norm(e.text_content()) for e in root.iter()
              if e.tag in ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "a", "dt", "dd", "div", "section")]
    return " || ".join(blocks)


def txt_text(path):
    s = Path(path).read_text(encoding="utf-8")
    s = re.sub(r"\[\d+\]", "", s)
    return _lines_clean(s)


def md_text(path):
    s = Path(path).read_text(encoding="utf-8")
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    lines = [re.sub(r"^\s*(?:#+|>)\s*", "", ln) for ln in s.splitlines()]
    return _lines_clean("\n".join(lines)).replace("**", "").replace("*", "")


EXTRACT = {"pdf": pdf_text, "docx": docx_text, "html": html_text, "txt": txt_text, "md": md_text}


def found(text, hay):
    t = C.norm(text)
    if t in hay:
        return True
    if " | " in t:
        pos = 0
        for part in t.split(" | "):
            i = hay.find(part, pos)
            if i < 0:
                return False
            pos = i + len(part)
        return True
    return False


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
    for lv in c["levels"]:
        out.append(("level label", lv["label"]))
        for b in lv["behaviors"]:
            out.append((f"level {lv['rank']}", b["text"]))
            if b.get("group"):
                out.append(("behavior.group", b["group"]))
    for r in c["readings"]:
        out.append(("reading", r["text"]))
        out.append(("reading.title", r["title"]))
    return out


def scored(c):
    """Items the scorer compares: name, definition, each list item, each level label and behaviour,
    each reading (groups are not counted separately)."""
    n = 1 + (1 if c["definition"] else 0)
    for f in ("key_words", "indicators", "activities", "courses", "readings", "related",
              "interview_questions", "tips", "notes"):
        n += len(c[f])
    for lv in c["levels"]:
        n += 1 + len(lv["behaviors"])
    return n


def check_one(gold_path):
    g = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = g["documents"][0]
    path = H.DOCS / d["path"]
    problems = []
    if C.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    hay = LABELS.sub("", EXTRACT[d["format"]](path))
    if d["title"] and C.norm(d["title"]) not in hay:
        problems.append(f"title not found: {d['title']!r}")
    n_strings = n_scored = 0
    for c in g["competencies"]:
        if c["id"] != C.slug(c["name"]):
            problems.append(f"id {c['id']} is not the slug of {c['name']!r}")
        if [lv["rank"] for lv in c["levels"]] != sorted(lv["rank"] for lv in c["levels"]):
            problems.append(f"{c['id']}: levels not sorted")
        if list(c) != C.KEYS:
            problems.append(f"{c['id']}: keys {list(c)}")
        for where, text in gold_strings(c):
            n_strings += 1
            if not found(text, hay):
                problems.append(f"{c['id']} {where}: not found: {C.norm(text)[:90]!r}")
        n_scored += scored(c)
    res = subprocess.run([sys.executable, str(C.SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py self-check: {last}")
    return len(g["competencies"]), n_scored, n_strings, problems, last


def main():
    tot_c = tot_s = 0
    bad = 0
    for gp in sorted(H.GOLD.glob("*.json")):
        nc, ns, nstr, problems, last = check_one(gp)
        tot_c += nc
        tot_s += ns
        print(f"{gp.stem}: {nc} competencies, {ns} scored items, {nstr} strings checked, "
              f"{len(problems)} problems; {last}")
        for p in problems:
            print("    ", p)
        bad += len(problems)
    print(f"TOTAL: {tot_c} competencies, {tot_s} scored items, {bad} problems")
    return bad == 0


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
