"""Check every gold file of batch af against its rendered document.

For each gold file: sha256 matches; ids are slugs of names; ranks ascending from 1; the document title and
every gold string (names, definitions, key words, related, every item of every field, groups, level labels,
reading citations) occur in the text extracted from the document (pdfplumber page text + table cells for PDF,
python-docx paragraphs + cells for DOCX, lxml blocks for HTML, raw text for TXT/MD). Normalization: whitespace
collapsed (NBSP too); line-start bullets and list numbers removed; a word broken after a hyphen at a line end
re-joined; Markdown heading marks, emphasis marks and HTML tags removed. score.py gold-vs-gold must give
"overall F1 1.000". A string is looked up in the running text and in the blocks; a " | "-joined row is
checked cell by cell."""
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C
import helpers as H

MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\uf0b7*\-]|\d+(?:\.\d+)*[.)]?)\s+")


def clean_lines(text):
    text = text.replace("\u00a0", " ").replace("\r\n", "\n")
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
        return "".join((el.text or "") if el.tag == qn("w:t") else " "
                       for el in p.iter(qn("w:t"), qn("w:tab"), qn("w:br")))
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
    return [clean_lines(Path(path).read_text(encoding="utf-8"))]


def md_blocks(path):
    s = Path(path).read_text(encoding="utf-8")
    s = re.sub(r"<[^>]+>", "", s)
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = s.replace("**", "")
    s = re.sub(r"(?m)^\s*#+\s*", "", s)
    s = re.sub(r"(?<!\w)_|_(?!\w)", "", s)
    return [clean_lines(s)]


def found(text, blocks):
    t = C.norm(text)
    whole = " ".join(blocks)
    if t in whole or any(t in b for b in blocks):
        return True
    if " | " in t:
        return all(any(part in b for b in blocks) for part in t.split(" | "))
    return False


def strings(gold):
    out = [("<title>", gold["documents"][0]["title"])] if gold["documents"][0]["title"] else []
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
            out.append((cid, r["text"]))
            out.append((cid, r["title"]))
    return out


def count_items(gold):
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
    blocks = {"pdf": pdf_blocks, "docx": docx_blocks, "html": html_blocks,
              "txt": txt_blocks, "md": md_blocks}[d["format"]](path)
    ss = strings(gold)
    for cid, s in ss:
        if not found(s, blocks):
            problems.append(f"{cid}: not found: {C.norm(s)[:90]!r}")
    res = subprocess.run([sys.executable, str(C.SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    return len(ss), count_items(gold), len(gold["competencies"]), problems


def main():
    tot_c = tot_i = tot_p = 0
    for g in sorted(H.GOLD.glob("*.json")):
        n, items, ncomp, problems = check(g)
        tot_c += ncomp
        tot_i += items
        tot_p += len(problems)
        print(f"{g.stem}: {ncomp} competencies, {items} scored items, {n} strings checked, {len(problems)} problems")
        for p in problems:
            print("   ", p)
    print(f"TOTAL: {tot_c} competencies, {tot_i} scored items, {tot_p} problems")
    return tot_p


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
