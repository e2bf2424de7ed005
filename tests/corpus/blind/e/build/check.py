#!/usr/bin/env python
"""Check every gold file of batch-e against the text extracted from its rendered document.

For each gold file: sha256 matches the document; competency ids are slugs of the names; levels sorted;
every gold string (title, name, definition, key words, related, items, groups, level labels, reading texts)
occurs in the document's extracted text; score.py gold-vs-gold gives 1.000.
With --uncovered, also prints the extracted lines that no gold string covers (for a manual review that
only chrome / front matter / structure was left out).
"""
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from helpers import DOCS, GOLD, norm, sha256, slug  # noqa: E402

SCORE = Path("/work/shared/tools/score.py")
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\uf0b7\u2013*-]|\d+[.)]|[IVX]+\.|[A-Z]\.)\s+")


def lines_clean(text):
    out = []
    for ln in text.splitlines():
        ln = MARK.sub("", ln.replace("\u00a0", " "))
        out.append(ln.strip())
    return out


def joined(lines):
    s = " ".join(l for l in lines if l)
    s = re.sub(r"(\w)- (?=[a-z])", r"\1-", s)  # a compound broken at its hyphen
    return norm(s)


def pdf_text(path):
    import pdfplumber
    parts, lines = [], []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            t = pg.extract_text() or ""
            lines += t.splitlines()
            parts.append(joined(lines_clean(t)))
            for tb in pg.extract_tables():
                for row in tb:
                    for cell in row:
                        if cell:
                            cl = lines_clean(cell)
                            parts.append(joined(cl))
                            lines += cell.splitlines()
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
            lines.append(p.text)
    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            t = ptext(block)
            parts.append(norm(t))
            lines.append(t)
        elif block.tag == qn("w:tbl"):
            for tr in block.iter(qn("w:tr")):
                for tc in tr.iter(qn("w:tc")):
                    ps = [ptext(p) for p in tc.iter(qn("w:p"))]
                    parts.append(norm(" ".join(ps)))
                    parts += [norm(x) for x in ps]
                    lines += ps
    return " || ".join(parts), lines


def html_text(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    parts = [norm(e.text_content()) for e in root.iter() if isinstance(e.tag, str)]
    lines = [norm(e.text_content()) for e in root.iter()
             if isinstance(e.tag, str) and e.tag in ("p", "li", "h1", "h2", "h3", "th", "td", "a",
                                                     "figcaption", "time", "div", "span", "button")]
    return " || ".join(parts), lines


def plain_text(path, md=False):
    raw = Path(path).read_text(encoding="utf-8")
    if md:
        raw = re.sub(r"^#+\s*", "", raw, flags=re.M)
        raw = raw.replace("**", "")
    # paragraphs (blank-line separated) joined; list items split
    parts, lines = [], raw.splitlines()
    block = []
    for ln in lines + [""]:
        if not ln.strip() or MARK.match(ln):
            if block:
                parts.append(joined(lines_clean("\n".join(block))))
            block = [ln] if ln.strip() else []
        else:
            block.append(ln)
    parts.append(joined(lines_clean(raw)))
    return " || ".join(parts), lines


def extract(path, fmt):
    return {"pdf": pdf_text, "docx": docx_text, "html": html_text,
            "txt": plain_text, "md": lambda p: plain_text(p, md=True)}[fmt](path)


def gold_strings(gold):
    d = gold["documents"][0]
    out = []
    if d["title"]:
        out.append(("<doc>", "title", d["title"]))
    for c in gold["competencies"]:
        cid = c["id"]
        out.append((cid, "name", c["name"]))
        if c["definition"]:
            out.append((cid, "definition", c["definition"]))
        for k in c["key_words"] + c["related"]:
            out.append((cid, "key_words/related", k))
        for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
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


def check(gold_path, show_uncovered=False):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = DOCS / d["path"]
    problems = []
    if sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    for c in gold["competencies"]:
        if c["id"] != slug(c["name"]):
            problems.append(f"id {c['id']} is not the slug of {c['name']}")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(ranks) or len(set(ranks)) != len(ranks):
            problems.append(f"{c['id']}: ranks {ranks}")
        for it in [x for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes")
                   for x in c[f]] + [b for lv in c["levels"] for b in lv["behaviors"]]:
            if it["source"] != {"document": d["id"], "page": None}:
                problems.append(f"{c['id']}: bad source {it['source']}")
    hay, lines = extract(path, d["format"])
    flat = hay.replace(" || ", " ")
    strings = gold_strings(gold)
    for cid, where, text in strings:
        t = norm(text)
        if t not in hay and t not in flat:
            problems.append(f"{cid} {where}: not found: {t[:90]!r}")
    res = subprocess.run([sys.executable, str(SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py self-score: {last}")
    n_items = sum(len(c[f]) for c in gold["competencies"] for f in
                  ("indicators", "activities", "courses", "interview_questions", "tips", "notes", "readings",
                   "key_words", "related")) + sum(len(lv["behaviors"]) for c in gold["competencies"]
                                                  for lv in c["levels"])
    print(f"{d['path']}: {len(gold['competencies'])} competencies, {n_items} items, "
          f"{len(strings)} strings checked, {len(problems)} problems; {last}")
    for p in problems:
        print("   ", p)
    if show_uncovered:
        covered = " ".join(norm(t) for _, _, t in strings)
        for ln in lines:
            n = norm(MARK.sub("", ln or ""))
            if n and n not in covered:
                print("      uncovered:", n[:110])
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
