"""Check every gold file of batch aj against its document: every gold string occurs in the document's own
extracted text (pdfplumber / python-docx / lxml / raw text), ids are slugs, levels sorted, sha256 matches, and
score.py of the gold against itself gives 1.000.   python check.py"""
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ajlib import DOCS, GOLD, KEYS, norm, sha256, slug  # noqa: E402

SCORE = Path("/work/shared/tools/score.py")
# list markers at the start of a line/paragraph: bullets, 1. 1.1 (i) (a) a) T-1 K-1
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2013\-\*\uf0b7]|\d+(?:\.\d+)*\.?|\([ivx]+\)|\([a-k]\)|[a-h]\)|[TK]-\d+)\s+")
# page furniture of the PDFs (checked separately: it must NOT be needed by any gold string)
FURNITURE = [
    r"^RCVS Day One Competences$", r"^Royal College of Veterinary Surgeons \| rcvs\.org\.uk \| Page \d+$",
    r"^IES 2$", r"^INITIAL PROFESSIONAL DEVELOPMENT – TECHNICAL COMPETENCE \(2019\)$", r"^\d+$",
    r"^EMT COMPETENCE FRAMEWORK - 2022$",
]


def clean_lines(lines):
    out = []
    for ln in lines:
        ln = ln.replace("\u00a0", " ")
        if any(re.match(f, ln.strip()) for f in FURNITURE):
            continue
        out.append(MARK.sub("", ln))
    text = "\n".join(out)
    text = re.sub(r"(\w)-\n(?=[a-z])", r"\1-", text)      # compound broken after its hyphen
    return norm(text)


def pdf_text(path):
    import pdfplumber
    page_txt, cells = [], []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            page_txt.append(pg.extract_text() or "")
            for t in pg.extract_tables():
                for row in t:
                    if row and (row[0] or "").startswith("Competence Area (Level"):
                        continue            # the header row repeated on every page
                    cells += [c for c in row if c]
    whole = clean_lines("\n".join(page_txt).splitlines())
    # table cells, in order; a cell continued on the next page is the next cell
    celltext = " ".join(clean_lines(c.splitlines()) for c in cells)
    return whole + " || " + celltext


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
    return " || ".join(clean_lines(p.replace("\t", " ").splitlines()) for p in parts)


def html_text(path):
    from lxml import html as lh
    root = lh.fromstring(path.read_bytes())
    for bad in root.xpath("//head|//script|//style|//noscript"):
        bad.getparent().remove(bad)
    blocks = []
    for e in root.iter("p", "li", "h1", "h2", "h3", "h4", "td", "th"):
        t = e.text_content() if e.tag != "li" else (e.text or "") + "".join(
            (c.text_content() + (c.tail or "")) for c in e if c.tag not in ("ol", "ul"))
        blocks.append(norm(t))
    return " || ".join(blocks)


def txt_text(path):
    raw = path.read_text(encoding="utf-8").replace("\f", "\n")
    lines = [ln for ln in raw.splitlines() if not ln.startswith("HANDBOOK FOR ARCHIVAL CERTIFICATION")]
    # paragraphs = blocks separated by blank lines; wrapped items ("   T-1  ...") joined
    text = "\n".join(lines)
    items = re.split(r"\n\s*\n|\n(?=\s+[TK]-\d+\s)", text)
    out = []
    for it in items:
        joined = re.sub(r"(\w)-\n\s*(?=[a-z])", r"\1-", it)     # compound broken after its hyphen
        out.append(clean_lines([" ".join(x.strip() for x in joined.splitlines())]))
    return " || ".join(out)


def found(text, hay):
    """In one block, or spread over consecutive blocks (a definition printed as two paragraphs)."""
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
    for r in c["readings"]:
        out.append(("reading", r["text"]))
        out.append(("reading.title", r["title"]))
    return out


def main():
    total_items = total_comps = 0
    bad = 0
    for gp in sorted(GOLD.glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        d = g["documents"][0]
        path = DOCS / d["path"]
        problems = []
        if sha256(path) != d["sha256"]:
            problems.append("sha256 mismatch")
        hay = {"pdf": pdf_text, "docx": docx_text, "html": html_text, "txt": txt_text}[d["format"]](path)
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
            # name, definition, every list item, every group, every level label, 4 fields per reading
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
