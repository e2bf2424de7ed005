"""Check the batch-P gold against the documents:  /work/main/.venv/bin/python check.py

For every gold file: sha256 matches the document; ids are slugs; levels sorted; every gold string
(name, definition, labels, groups, item texts, related, key words, title) occurs in the text
extracted from the document (pdfplumber / python-docx / lxml / raw Markdown with markers stripped);
and score.py gives the gold against itself overall F1 1.000.  Exit status 1 on any problem."""
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS, GOLD = ROOT / "docs", ROOT / "gold"
SCORE = "/work/shared/tools/score.py"
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\uf0b7*\-]|\d+[.)]|[a-z]\))\s+")


def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("&", "")).strip("-")


def lines_clean(text):
    return norm(" ".join(MARK.sub("", ln) for ln in text.splitlines()))


def pdf_text(p):
    import pdfplumber
    parts = []
    with pdfplumber.open(p) as pdf:
        for page in pdf.pages:
            parts.append(lines_clean(page.extract_text() or ""))
            for t in page.extract_tables():
                for row in t:
                    parts += [lines_clean(c) for c in row if c]
    return " || ".join(parts)


def docx_text(p):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(p))
    parts = []

    def pt(e):
        return "".join(t.text or "" for t in e.iter(qn("w:t")))
    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            parts.append(norm(pt(block)))
        elif block.tag == qn("w:tbl"):
            for tc in block.iter(qn("w:tc")):
                ps = [norm(pt(x)) for x in tc.iter(qn("w:p"))]
                parts += ps + [" ".join(ps)]
    return " || ".join(parts)


def html_text(p):
    from lxml import html as lh
    root = lh.fromstring(p.read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    parts = [norm(re.sub(r"^\d+\.\s+", "", norm(e.text_content())))
             for e in root.iter() if e.tag in ("p", "li", "h1", "h2", "h3", "td", "th", "a", "span", "div")]
    return " || ".join(parts)


def md_text(p):
    out = []
    for ln in p.read_text(encoding="utf-8").splitlines():
        ln = re.sub(r"^\s*#+\s*", "", ln)
        ln = MARK.sub("", ln)
        ln = ln.replace("**", "")
        out.append(norm(ln))
    return " || ".join(out)


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
        out.append(("level label", lv["label"]))
        for it in lv["behaviors"]:
            out.append((f"level {lv['rank']}", it["text"]))
            if it.get("group"):
                out.append(("behavior.group", it["group"]))
    for r in c["readings"]:
        out.append(("reading", r["text"]))
    return out


def main():
    bad = 0
    for g in sorted(GOLD.glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        d = gold["documents"][0]
        path = DOCS / d["path"]
        probs = []
        if hashlib.sha256(path.read_bytes()).hexdigest() != d["sha256"]:
            probs.append("sha256 mismatch")
        hay = {"pdf": pdf_text, "docx": docx_text, "html": html_text, "md": md_text, "txt": md_text}[d["format"]](path)
        flat = hay.replace(" || ", " ")
        n = 0
        for c in gold["competencies"]:
            if c["id"] != slug(c["name"]):
                probs.append(f"bad id {c['id']}")
            if [lv["rank"] for lv in c["levels"]] != sorted(lv["rank"] for lv in c["levels"]):
                probs.append(f"levels unsorted {c['id']}")
            for where, s in strings(c):
                n += 1
                s = norm(s)
                if s not in hay and s not in flat:
                    probs.append(f"{c['id']} {where}: not found: {s[:90]!r}")
        if d["title"] and norm(d["title"]) not in flat:
            probs.append(f"title not found: {d['title']!r}")
        res = subprocess.run([sys.executable, SCORE, str(g), str(g)], capture_output=True, text=True)
        last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
        if last != "overall F1 1.000":
            probs.append(f"score.py: {last}")
        print(f"{g.name}: {len(gold['competencies'])} competencies, {n} strings, {len(probs)} problems; {last}")
        for p in probs:
            print("   ", p)
        bad += bool(probs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
