"""Check every gold file of batch am against its document: every gold string occurs in the document's own
extracted text (pdfplumber / python-docx / lxml / raw Markdown), ids are slugs, levels sorted, sha256 matches, the
page furniture is not needed by any gold string, and score.py of the gold against itself gives 1.000.
    /work/main/.venv/bin/python check.py"""
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from amlib import DOCS, GOLD, KEYS, norm, sha256, slug  # noqa: E402

SCORE = Path("/work/shared/tools/score.py")
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2013\-\*\uf0b7]|\d+\.)\s+")
FURNITURE = [r"^Key Competencies Development Activities Guide$", r"^Human Resources \| University of Ottawa\s+\d+$",
             r"^drp\.eu\.com .* The Structured Interview .* \d+$"]


def clean_lines(lines):
    out = []
    for ln in lines:
        ln = ln.replace("\u00a0", " ")
        if any(re.match(f, ln.strip()) for f in FURNITURE):
            continue
        out.append(MARK.sub("", ln))
    text = "\n".join(out)
    text = re.sub(r"(\w)-\n(?=[a-z])", r"\1-", text)
    return norm(text)


def pdf_text(path):
    import pdfplumber
    pages, cells = [], []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            pages.append(pg.extract_text() or "")
            for t in pg.extract_tables():
                for row in t:
                    cells += [c for c in row if c]
    return clean_lines("\n".join(pages).splitlines()) + " || " + " || ".join(clean_lines(c.splitlines()) for c in cells)


def docx_text(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(path))
    parts = []

    def ptext(p):
        return "".join((t.text or "") if t.tag == qn("w:t") else " " for t in p.iter(qn("w:t"), qn("w:tab")))
    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            parts.append(ptext(block))
        elif block.tag == qn("w:tbl"):
            parts += [ptext(p) for p in block.iter(qn("w:p"))]
    return " || ".join(norm(p) for p in parts)


def html_text(path):
    from lxml import html as lh
    root = lh.fromstring(path.read_bytes())
    head_title = norm(" ".join(root.xpath("//head/title/text()")))
    for bad in root.xpath("//head|//script|//style|//noscript"):
        bad.getparent().remove(bad)
    blocks = []
    for e in root.iter("p", "li", "h1", "h2", "h3", "h4", "td", "th", "span", "blockquote"):
        blocks.append(norm(e.text_content()))
        if e.tag == "blockquote":                       # <br>-separated lines inside a blockquote
            blocks += [norm(MARK.sub("", x)) for x in lh.tostring(e, encoding="unicode").split("<br>")]
            blocks = [re.sub(r"<[^>]+>", "", b) for b in blocks]
    return " || ".join(blocks) + " || " + head_title


def md_text(path):
    blocks = []
    for ln in path.read_text(encoding="utf-8").splitlines():
        ln = re.sub(r"<[^>]+>", "", ln).replace("&nbsp;", " ").replace("**", "")
        ln = re.sub(r"^\s*#+\s*", "", ln)
        if ln.strip().startswith("|"):
            blocks += [norm(c) for c in ln.strip().strip("|").split("|")]
            continue
        blocks.append(norm(MARK.sub("", ln)))
    return " || ".join(b for b in blocks if b)


def found(text, hay):
    t = norm(text).lower()
    h = hay.lower()
    return t in h or t in h.replace(" || ", " ")


def strings(c):
    out = [("name", c["name"])]
    if c["definition"]:
        out.append(("definition", c["definition"]))
    for f in ("key_words", "related"):
        out += [(f, x) for x in c[f]]
    for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
        for it in c[f]:
            out.append((f, it["text"]))
            if it.get("group"):
                out.append((f + ".group", it["group"]))
    for lv in c["levels"]:
        out.append(("level label", lv["label"]))
        for it in lv["behaviors"]:
            out.append(("behavior", it["text"]))
            if it.get("group"):
                out.append(("behavior.group", it["group"]))
    for r in c["readings"]:
        out += [("reading", r["text"]), ("reading.title", r["title"])]
        out += [("reading.author", a) for a in r["authors"]]
        if r["publisher"]:
            out.append(("reading.publisher", r["publisher"]))
        if r["year"]:
            out.append(("reading.year", str(r["year"])))
    return out


def main():
    total_items = total_comps = bad = 0
    for gp in sorted(GOLD.glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        d = g["documents"][0]
        path = DOCS / d["path"]
        problems = []
        if sha256(path) != d["sha256"]:
            problems.append("sha256 mismatch")
        hay = {"pdf": pdf_text, "docx": docx_text, "html": html_text, "md": md_text}[d["format"]](path)
        if d["title"] and not found(d["title"], hay):
            problems.append(f"title not found: {d['title']!r}")
        n = 0
        for c in g["competencies"]:
            assert list(c) == KEYS, c["id"]
            if c["id"] != slug(c["name"]):
                problems.append(f"id {c['id']} != slug")
            if [lv["rank"] for lv in c["levels"]] != sorted(lv["rank"] for lv in c["levels"]):
                problems.append(f"{c['id']}: levels not sorted")
            for where, s in strings(c):
                if not found(s, hay):
                    problems.append(f"{c['id']} {where}: not found: {norm(s)[:90]!r}")
            its = [x for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes")
                   for x in c[f]] + [b for lv in c["levels"] for b in lv["behaviors"]]
            n += (1 + (1 if c["definition"] else 0) + len(its) + sum(1 for x in its if x.get("group"))
                  + len(c["levels"]) + 4 * len(c["readings"]) + len(c["key_words"]) + len(c["related"]))
        res = subprocess.run([sys.executable, str(SCORE), str(gp), str(gp)], capture_output=True, text=True)
        last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
        if last != "overall F1 1.000":
            problems.append(f"score.py self-score: {last}")
        total_items += n
        total_comps += len(g["competencies"])
        print(f"{gp.stem}: {len(g['competencies'])} competencies, {n} scored items, {len(problems)} problems; {last}")
        for p in problems:
            print("    ", p)
        bad += len(problems)
    print(f"TOTAL: {total_comps} competencies, {total_items} scored items, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
