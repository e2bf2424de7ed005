"""Check every gold file of batch AW against its document's extracted text (ideas of common.check_gold):
every gold string (definitions, items, level labels, titles, names) must occur in the text extracted from the
rendered document (pdfplumber per page + table cells; python-docx paragraphs + cells; lxml HTML blocks; the
TXT as read), sha256 must match, and score.py on the gold against itself must give overall F1 1.000.

    /work/main/.venv/bin/python check_gold.py
"""
import json
import re
import subprocess
import sys
from pathlib import Path

import helpers as H

SCORE = Path("/work/shared/tools/score.py")
_MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2013\-\*\uf0b7\u2713]|\d+[.)])\s+")


def clean_lines(text):
    text = re.sub(r"-\n(?=[a-z])", "-", text)
    return H.norm(" ".join(_MARK.sub("", ln) for ln in text.splitlines()))


def pdf_text(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            parts.append(clean_lines(page.extract_text() or ""))
            for t in page.extract_tables():
                for row in t:
                    parts += [clean_lines(c) for c in row if c]
    # reading-order text too (pdftotext's default mode keeps side-by-side columns apart)
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    parts += [clean_lines(pg) for pg in raw.split("\f")]
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
                parts += [ptext(p) for p in tc.iter(qn("w:p"))]
    return " || ".join(H.norm(p) for p in parts)


def html_text(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks = []
    for e in root.iter():
        if e.tag in ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "a", "span", "div", "label"):
            blocks.append(H.norm(e.text_content()))
            blocks += [clean_lines(ln) for ln in e.text_content().split("\n")]
    return " || ".join(blocks)


def txt_text(path):
    return " || ".join(clean_lines(ln) for ln in Path(path).read_text(encoding="utf-8").splitlines())


def texts(comp):
    out = [("name", comp["name"])]
    if comp["definition"]:
        out.append(("definition", comp["definition"]))
    for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
        out += [(f, x["text"]) for x in comp[f]]
        out += [(f + ".group", x["group"]) for x in comp[f] if x.get("group")]
    for lv in comp["levels"]:
        out.append((f"level {lv['rank']} label", lv["label"]))
        out += [(f"level {lv['rank']}", x["text"]) for x in lv["behaviors"]]
    for r in comp["readings"]:
        out.append(("reading", r["text"]))
    out += [("related", r) for r in comp["related"]]
    out += [("key_words", k) for k in comp["key_words"]]
    return out


def count_items(comp):
    n = 1 + (1 if comp["definition"] else 0) + len(comp["key_words"]) + len(comp["related"])
    for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes", "readings"):
        n += len(comp[f])
    for lv in comp["levels"]:
        n += 1 + len(lv["behaviors"])
    return n


def check(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = H.DOCS / d["path"]
    problems = []
    if H.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    hay = {"pdf": pdf_text, "docx": docx_text, "html": html_text, "txt": txt_text, "md": txt_text}[d["format"]](path)
    joined = hay.replace(" || ", " ")
    if d["title"] and H.norm(d["title"]) not in joined:
        problems.append(f"title not found: {d['title']!r}")
    n = 0
    for c in gold["competencies"]:
        assert list(c) == H.KEYS, c["id"]
        assert c["id"] == H.slug(c["name"]), c["id"]
        assert [lv["rank"] for lv in c["levels"]] == sorted(lv["rank"] for lv in c["levels"])
        n += count_items(c)
        for where, t in texts(c):
            t = H.norm(t)
            if where == "name":
                t = re.sub(r"^\d+\.\s+", "", t)
            if t not in joined and where == "notes" and " \u2013 " in t:
                # a quote and its attribution line ("– Role, Region") are one note; the extractor may
                # put other blocks between them
                if all(piece in joined for piece in t.rsplit(" \u2013 ", 1)):
                    continue
            if t not in joined:
                problems.append(f"{c['id']} {where}: not found: {t[:90]!r}")
    res = subprocess.run([sys.executable, str(SCORE), str(gold_path), str(gold_path)], capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    return len(gold["competencies"]), n, problems


def main():
    tot_c = tot_n = bad = 0
    for g in sorted(H.GOLD.glob("*.json")):
        nc, n, problems = check(g)
        tot_c += nc
        tot_n += n
        bad += len(problems)
        print(f"{g.stem}: {nc} competencies, {n} scored items, {len(problems)} problems")
        for p in problems:
            print("    ", p)
    print(f"TOTAL: {tot_c} competencies, {tot_n} scored items, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
