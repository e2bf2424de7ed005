"""Check every gold file of batch ag against its rendered document.

Per gold file: the sha256 matches the document; keys are the contract's, ids are slugs of the names, ranks run
1..n; reading title/publisher/year occur in the citation; the document title and every gold string (names,
definitions, key words, related names, items of every field, groups, level labels, citations) occur in text
extracted from the document itself:
  PDF  pdfplumber page text (lines joined) plus the text of every table cell;
  DOCX python-docx header/footer/body paragraphs plus every table cell (its paragraphs joined);
  HTML lxml text of block elements, <head>, <script> and <style> removed.
Normalisation before comparing: NBSP -> space, a word broken after a hyphen at a line end re-joined,
line-start bullet glyphs removed, whitespace collapsed. Finally score.py gold-vs-gold must print
"overall F1 1.000"."""
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C
import helpers as H

BUL = re.compile(r"^\s*[\u2022\u25aa\u25cf\uf0b7\u25e6]\s*")


def clean(text):
    text = text.replace("\u00a0", " ")
    text = re.sub(r"(\w)-\n\s*(?=[a-z])", r"\1-", text)
    return C.norm(" ".join(BUL.sub("", ln) for ln in text.splitlines()))


def pdf_blocks(path):
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            out.append(clean(pg.extract_text() or ""))
            for t in pg.extract_tables():
                for row in t:
                    out += [clean(c) for c in row if c]
    return out


def docx_blocks(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(path))

    def ptext(p):
        return C.norm("".join((e.text or "") if e.tag == qn("w:t") else " "
                              for e in p.iter(qn("w:t"), qn("w:tab"), qn("w:br"))))
    out = []
    for sec in d.sections:
        for part in (sec.header, sec.footer):
            out += [ptext(p._p) for p in part.paragraphs]
    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            out.append(ptext(block))
        elif block.tag == qn("w:tbl"):
            for tc in block.iter(qn("w:tc")):
                ps = [ptext(p) for p in tc.iter(qn("w:p"))]
                out += ps + [" ".join(ps)]
    return out


def html_blocks(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    return [C.norm(e.text_content()) for e in root.iter()
            if e.tag in ("p", "li", "h1", "h2", "h3", "td", "th", "a", "span", "div", "dd", "dt")]


def strings(gold):
    out = []
    if gold["documents"][0]["title"]:
        out.append(("<title>", gold["documents"][0]["title"]))
    for c in gold["competencies"]:
        cid = c["id"]
        out.append((cid, c["name"]))
        if c["definition"]:
            out.append((cid, c["definition"]))
        out += [(cid, k) for k in c["key_words"] + c["related"]]
        for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
            for x in c[f]:
                out.append((cid, x["text"]))
                if x.get("group"):
                    out.append((cid, x["group"]))
        for lv in c["levels"]:
            out.append((cid, lv["label"]))
            for x in lv["behaviors"]:
                out.append((cid, x["text"]))
                if x.get("group"):
                    out.append((cid, x["group"]))
        for r in c["readings"]:
            out += [(cid, r["text"]), (cid, r["title"])]
    return out


def count_items(gold):
    """Scored items: names, definitions, key words, related names, items of every list field, readings,
    level labels and level behaviours (groups and reading parts not counted separately)."""
    n = 0
    for c in gold["competencies"]:
        n += 1 + bool(c["definition"]) + len(c["key_words"]) + len(c["related"])
        for f in ("indicators", "activities", "courses", "readings", "interview_questions", "tips", "notes"):
            n += len(c[f])
        for lv in c["levels"]:
            n += 1 + len(lv["behaviors"])
    return n


def check(gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = H.DOCS / d["path"]
    problems = []
    if C.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    if d["id"] != Path(gold_path).stem or Path(d["path"]).stem != d["id"]:
        problems.append("document id / path / gold file name disagree")
    for c in gold["competencies"]:
        if list(c) != C.KEYS:
            problems.append(f"{c['id']}: keys {list(c)}")
        if c["id"] != C.slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of the name")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != list(range(1, len(ranks) + 1)):
            problems.append(f"{c['id']}: ranks {ranks}")
        for r in c["readings"]:
            if r["title"] not in r["text"] or (r["publisher"] and r["publisher"] not in r["text"]) \
                    or (r["year"] and str(r["year"]) not in r["text"]):
                problems.append(f"{c['id']}: reading parts not in citation: {r['title']}")
    blocks = {"pdf": pdf_blocks, "docx": docx_blocks, "html": html_blocks}[d["format"]](path)
    whole = " ".join(blocks)
    ss = strings(gold)
    for cid, s in ss:
        t = C.norm(s)
        if t not in whole and not any(t in b for b in blocks):
            problems.append(f"{cid}: not found: {t[:90]!r}")
    res = subprocess.run([sys.executable, str(C.SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    return len(ss), count_items(gold), len(gold["competencies"]), problems


def main():
    tc = ti = tp = 0
    for g in sorted(H.GOLD.glob("*.json")):
        n, items, ncomp, problems = check(g)
        tc, ti, tp = tc + ncomp, ti + items, tp + len(problems)
        print(f"{g.stem}: {ncomp} competencies, {items} scored items, {n} strings checked, "
              f"{len(problems)} problems")
        for p in problems:
            print("   ", p)
    print(f"TOTAL: {tc} competencies, {ti} scored items, {tp} problems")
    return tp


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
