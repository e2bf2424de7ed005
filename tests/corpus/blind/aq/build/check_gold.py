"""Check batch AQ's gold against the rendered documents.

For every gold file: sha256 matches the document; keys are the contract's, in order; ids are slugs of the
names; level ranks ascend; every text the gold takes from the document (name, definition, indicators and
their groups, level labels and behaviours, activities and groups, courses, readings with their title,
authors and publisher, interview questions, tips, notes and their groups, the document title) occurs in
the document's extracted text (NFKC, whitespace normalized, bullet glyphs and list numbers removed,
wrapped lines joined; a word broken at a line-end hyphen is tried both ways); and score.py run on the gold
against itself ends with "overall F1 1.000". Prints a report; exit status 1 on any problem.

    /work/main/.venv/bin/python check_gold.py
"""
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

SCORE = Path("/work/shared/tools/score.py")
GLYPHS = "\u2022\u25aa\u25cf\u25e6\uf0b7"
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\uf0b7\-\*]|\d+[.)])\s+")


def nf(s):
    return H.norm(unicodedata.normalize("NFKC", s or ""))


def variants(raw):
    """Cleaned hay strings from raw extracted text: line-end hyphen kept / dropped; list numbers
    stripped / kept (a level label such as "1. Responds to Client Requests" keeps its number); page-number
    lines and form feeds dropped (a bullet continued on the next page)."""
    out = []
    raw = re.sub(r"\n\s*\d+\s*\n?\f", "\n", raw).replace("\f", "\n")
    for joiner in ("-", ""):
        t = re.sub(r"(\w)-\n(?=[a-z])", lambda m: m.group(1) + joiner, raw)
        for strip in (True, False):
            lines = [MARK.sub("", ln) if strip else ln for ln in t.splitlines()]
            s = " ".join(lines)
            s = re.sub(f"[{GLYPHS}]", " ", s)
            out.append(nf(s))
    return out


def pdf_hays(path):
    import pdfplumber
    raw_pages, cells = [], []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            raw_pages.append(pg.extract_text() or "")
            for t in pg.extract_tables():
                for row in t:
                    cells += [c for c in row if c]
    hays = variants("\n".join(raw_pages))
    for c in cells:
        hays += variants(c)
    for mode in ("-layout", "-raw"):
        txt = subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True, text=True).stdout
        hays += variants(txt)
    return hays


def docx_hays(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(path))
    parts = []
    for sec in d.sections:
        parts += [p.text for p in sec.header.paragraphs] + [p.text for p in sec.footer.paragraphs]
    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            parts.append("".join(t.text or "" for t in block.iter(qn("w:t"))))
        elif block.tag == qn("w:tbl"):
            for tc in block.iter(qn("w:tc")):
                for p in tc.iter(qn("w:p")):
                    parts.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return [nf(p) for p in parts] + [nf(" ".join(parts))]


def html_hays(path):
    from lxml import html as lh
    root = lh.fromstring(path.read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    blocks = [nf(e.text_content()) for e in root.iter()
              if e.tag in ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "summary", "strong", "span", "a")]
    return blocks + [nf(" ".join(root.itertext()))]


def txt_hays(path):
    return variants(path.read_text(encoding="utf-8"))


def texts_of(c):
    """(where, text) for every text of a competency that is printed in the document."""
    out = [("name", c["name"])]
    if c["definition"]:
        out.append(("definition", c["definition"]))
    for k in c["key_words"] + c["related"]:
        out.append(("key_words/related", k))
    for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
        for it in c[f]:
            out.append((f, it["text"]))
            if it.get("group"):
                out.append((f + ".group", it["group"]))
    for lv in c["levels"]:
        out.append((f"level {lv['rank']} label", lv["label"]))
        for it in lv["behaviors"]:
            out.append((f"level {lv['rank']}", it["text"]))
            if it.get("group"):
                out.append(("behavior.group", it["group"]))
    for r in c["readings"]:
        out.append(("reading", r["text"]))
        out.append(("reading.title", r["title"]))
        out += [("reading.author", a) for a in r["authors"]]   # checked token by token, order-free
        if r["publisher"]:
            out.append(("reading.publisher", r["publisher"]))
        if r["year"]:
            out.append(("reading.year", str(r["year"])))
    return out


def found(text, hays):
    t = nf(text)
    if any(t in h for h in hays):
        return True
    # letter-spaced headings ("R E S O U R C E  M A N A G E M E N T") as pdfplumber reads them
    t2 = t.replace(" ", "")
    return any(t2 in h.replace(" ", "") for h in hays) and len(t2) < 40


def check(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = H.DOCS / d["path"]
    problems = []
    if H.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    hays = {"pdf": pdf_hays, "docx": docx_hays, "html": html_hays, "txt": txt_hays}[d["format"]](path)
    n = 0
    for c in gold["competencies"]:
        if list(c) != H.KEYS:
            problems.append(f"{c['id']}: keys {list(c)}")
        if c["id"] != H.slug(c["name"]):
            problems.append(f"{c['id']}: not the slug of {c['name']!r}")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(ranks) or len(set(ranks)) != len(ranks):
            problems.append(f"{c['id']}: ranks {ranks}")
        for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
            for it in c[f]:
                if it["source"] != {"document": d["id"], "page": None}:
                    problems.append(f"{c['id']}: source {it['source']}")
        for where, text in texts_of(c):
            n += 1
            if where == "reading.author":
                rtexts = [nf(r["text"]) for r in c["readings"]]
                if not any(all(tok in rt for tok in nf(text).split()) for rt in rtexts):
                    problems.append(f"{c['id']} {where}: author not in the citation: {text!r}")
                continue
            if not found(text, hays):
                problems.append(f"{c['id']} {where}: not in the document text: {nf(text)[:90]!r}")
    if d["title"]:
        n += 1
        if not found(d["title"], hays):
            problems.append(f"title not found: {d['title']!r}")
    res = subprocess.run([sys.executable, str(SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    return n, problems, last


def count_items(gold):
    n = 0
    for c in gold["competencies"]:
        n += 1 + (1 if c["definition"] else 0)
        n += sum(len(c[f]) for f in ("key_words", "indicators", "activities", "courses", "readings", "related",
                                      "interview_questions", "tips", "notes"))
        n += sum(1 + len(lv["behaviors"]) for lv in c["levels"])
    return n


if __name__ == "__main__":
    bad = 0
    total_c = total_i = 0
    for g in sorted(H.GOLD.glob("*.json")):
        n, problems, last = check(g)
        gold = json.loads(g.read_text(encoding="utf-8"))
        nc, ni = len(gold["competencies"]), count_items(gold)
        total_c += nc
        total_i += ni
        print(f"{g.name}: {nc} competencies, {ni} scored items, {n} texts checked, "
              f"{len(problems)} problems; {last}")
        for p in problems:
            print("    ", p)
        bad += len(problems)
    print(f"TOTAL: {total_c} competencies, {total_i} scored items, {bad} problems")
    sys.exit(1 if bad else 0)
