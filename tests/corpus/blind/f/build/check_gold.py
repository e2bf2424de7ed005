"""Verify every gold string of batch-f occurs in its document's extracted text; score gold vs itself.

Usage: /work/main/.venv/bin/python build/check_gold.py [stem ...]
Extraction: PDF = pdfplumber page text + table cells (and pdftotext -layout as a second view);
DOCX = python-docx paragraphs, table cells, headers/footers; HTML = lxml text of block elements
(head/script/style removed); TXT/MD = the file with line-start bullets/numbers stripped.
A gold text counts as found when it occurs in the whitespace-normalized text with line-start
markers removed and lines joined (a wrapped bullet), or in one table cell.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import helpers as H  # noqa: E402

MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\uf0b7\u2013\-\*\u00b7\u27a2\u2713]|\d+[.)]|\([ivx]+\)|[a-z][.)]|#+)\s+")


def clean_lines(text):
    text = text.replace("\u00a0", " ")
    text = re.sub(r"-\n(?=[a-z])", "-", text)
    return H.norm(" ".join(MARK.sub("", ln) for ln in text.splitlines()))


def pdf_text(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            parts.append(clean_lines(page.extract_text() or ""))
            for t in page.extract_tables():
                for row in t:
                    for cell in row:
                        if cell:
                            parts.append(clean_lines(cell))
    lay = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    parts.append(clean_lines(raw))
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
    flat = []
    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            flat.append(ptext(block))
        elif block.tag == qn("w:tbl"):
            for tc in block.iter(qn("w:tc")):
                ps = [ptext(p) for p in tc.iter(qn("w:p"))]
                parts.append(" ".join(ps))
                flat += ps
    parts.append(" ".join(flat))
    return " || ".join(H.norm(p) for p in parts)


def html_text(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style|//noscript"):
        bad.getparent().remove(bad)
    blocks = [H.norm(e.text_content()) for e in root.iter() if isinstance(e.tag, str) and e.tag in
              ("p", "li", "h1", "h2", "h3", "h4", "h5", "td", "th", "a", "span", "div", "dd", "dt", "blockquote")]
    return " || ".join(blocks)


def plain_text(path):
    return clean_lines(Path(path).read_text(encoding="utf-8"))


def gold_texts(c):
    out = [("name", c["name"])]
    if c["definition"]:
        out.append(("definition", c["definition"]))
    out += [("key_words", k) for k in c["key_words"]]
    out += [("related", k) for k in c["related"]]
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


def count_items(c):
    n = 1 + (1 if c["definition"] else 0) + len(c["key_words"]) + len(c["related"])
    for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes", "readings"):
        n += len(c[f])
    n += sum(len(lv["behaviors"]) for lv in c["levels"])
    return n


def check(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = H.DOCS / d["path"]
    assert H.sha256(path) == d["sha256"], f"sha256 mismatch {path}"
    fmt = d["format"]
    hay = {"pdf": pdf_text, "docx": docx_text, "html": html_text, "txt": plain_text, "md": plain_text}[fmt](path)
    joined = hay.replace(" || ", " ")
    missing = []
    n = 0
    for c in gold["competencies"]:
        assert list(c) == H.KEYS, c["id"]
        assert c["id"] == H.slug(c["name"]), c["id"]
        ranks = [lv["rank"] for lv in c["levels"]]
        assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks)
        for where, t in gold_texts(c):
            n += 1
            t = H.norm(t)
            if t not in hay and t not in joined:
                # a "Label: value" note printed as two adjacent form cells
                if ": " in t and t.replace(": ", " || ", 1) in hay:
                    continue
                missing.append((c["id"], where, t))
    if d["title"] and H.norm(d["title"]) not in joined:
        missing.append(("<title>", "title", d["title"]))
    res = subprocess.run([sys.executable, str(H.SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr
    items = sum(count_items(c) for c in gold["competencies"])
    print(f"{path.name}: {len(gold['competencies'])} competencies, {items} scored items, "
          f"{n} texts checked, {len(missing)} missing; self-score: {last}")
    for m in missing:
        print("    MISSING", m)
    return not missing


if __name__ == "__main__":
    stems = sys.argv[1:]
    files = [H.GOLD / f"{s}.json" for s in stems] if stems else sorted(H.GOLD.glob("*.json"))
    ok = all([check(f) for f in files])
    sys.exit(0 if ok else 1)
