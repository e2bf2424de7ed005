"""Check every gold file of batch BF against its document's extracted text.

For each gold string (competency name, definition, key words, related, item texts, level labels, groups,
reading texts / titles / authors / publishers / years, document title) the check extracts the document's
text independently of the build data (pdfplumber page text + table cells for PDF; python-docx paragraphs,
table cells, headers and footers for DOCX; lxml block text for HTML; Markdown with its markup stripped) and
requires the normalized string to occur in it. It also checks ids, level order, sha256, and runs score.py
gold-vs-gold (must print "overall F1 1.000").
"""
import json
import re
import subprocess
import sys
from pathlib import Path

import bflib as L

BULLETS = "\u2022\u25aa\u25cf\u25e6\uf0b7\u00b7\u25a0"


def clean(text):
    text = text.replace("\u00a0", " ")
    text = re.sub(r"(\w)-\n(?=[a-z])", r"\1-", text)          # compound broken at its hyphen
    lines = []
    for ln in text.splitlines():
        ln = re.sub(rf"^\s*[{BULLETS}\-*]\s+", "", ln)
        ln = re.sub(r"^\s*\d+[.)]\s+", "", ln)
        lines.append(ln)
    return L.norm(" ".join(lines))


def pdf_text(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            parts.append(clean(pg.extract_text() or ""))
            for t in pg.extract_tables():
                for row in t:
                    parts += [clean(c) for c in row if c]
    return " || ".join(parts)


def docx_text(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(path))
    parts = []
    for sec in d.sections:
        parts += [p.text for p in sec.header.paragraphs] + [p.text for p in sec.footer.paragraphs]

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(qn("w:t")))

    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            parts.append(ptext(block))
        elif block.tag == qn("w:tbl"):
            for tc in block.iter(qn("w:tc")):
                parts.append(" ".join(ptext(p) for p in tc.iter(qn("w:p"))))
    return " || ".join(L.norm(p) for p in parts)


def html_text(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    blocks = [L.norm(e.text_content()) for e in root.iter()
              if e.tag in ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "a", "span", "div", "strong")]
    return " || ".join(blocks)


def md_text(path):
    text = Path(path).read_text(encoding="utf-8")
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)        # reference links
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)         # inline links
    text = text.replace("**", "")
    lines = []
    for ln in text.splitlines():
        ln = re.sub(r"^\s*#+\s*", "", ln)
        ln = re.sub(r"^\s*>\s?", "", ln)
        ln = re.sub(r"^\s*[*\-+]\s+", "", ln)
        ln = re.sub(r"^\s*\d+[.)]\s+", "", ln)
        lines.append(ln)
    return L.norm(" ".join(lines))


EXTRACT = {"pdf": pdf_text, "docx": docx_text, "html": html_text, "md": md_text, "txt": md_text}


def strings(gold):
    out = []
    d = gold["documents"][0]
    if d["title"]:
        out.append(("<doc>", "title", d["title"]))
    for c in gold["competencies"]:
        cid = c["id"]
        out.append((cid, "name", c["name"]))
        if c["definition"]:
            out.append((cid, "definition", c["definition"]))
        for k in c["key_words"]:
            out.append((cid, "key_word", k))
        for k in c["related"]:
            out.append((cid, "related", k))
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
            for a in r["authors"]:
                out.append((cid, "reading.author", a))
            if r["publisher"]:
                out.append((cid, "reading.publisher", r["publisher"]))
            if r["year"]:
                out.append((cid, "reading.year", str(r["year"])))
    return out


def check(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = L.DOCS / d["path"]
    problems = []
    if L.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    for c in gold["competencies"]:
        if list(c) != L.KEYS:
            problems.append(f"{c['id']}: keys {list(c)}")
        if c["id"] != L.slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of the name")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(ranks) or (ranks and ranks != list(range(1, len(ranks) + 1))):
            problems.append(f"{c['id']}: level ranks {ranks}")
        for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
            for it in c[f]:
                if it["source"] != {"document": d["id"], "page": None}:
                    problems.append(f"{c['id']}: bad source {it['source']}")
    hay = EXTRACT[d["format"]](path)
    hay_joined = hay.replace(" || ", " ")
    strs = strings(gold)
    for cid, where, text in strs:
        t = L.norm(text)
        if t not in hay and t not in hay_joined:
            problems.append(f"{cid} {where}: not found: {t[:90]!r}")
    res = subprocess.run([sys.executable, str(L.SCORE), str(gold_path), str(gold_path)], capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    return len(strs), problems, last


def main(paths):
    paths = paths or sorted(L.GOLD.glob("*.json"))
    bad = 0
    for p in paths:
        n, problems, last = check(p)
        print(f"{Path(p).name}: {n} strings, {len(problems)} problems; {last}")
        for pr in problems:
            print("    ", pr)
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
