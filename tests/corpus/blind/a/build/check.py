"""Check the batch-a gold against the rendered documents.

For every gold file: sha256 matches the document; every gold string (name, definition, key words, related, item
texts, groups, level labels, reading citations/titles/authors/publishers/years, document title) occurs in the text
extracted from the rendered document (PDF: pdfplumber page text + table cells, with running headers/footers, page
numbers and repeated table-header rows taken out first, so that an item broken over a page joins up again; DOCX:
headers, footers, paragraphs and table cells; HTML: the text without head/script/style; TXT/MD: lines with list
markers, emphasis and table pipes taken out); score.py run on the gold against itself gives 1.000. A coverage report
lists the extracted lines that no gold string covers (front matter and furniture, for review)."""
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

SCORE = Path("/work/shared/tools/score.py")

# running headers/footers, page numbers and repeated table headers of the PDFs (furniture, not content)
FURNITURE = [
    r"^BC Public Service Agency\s+Behavioural Competencies – Leading People$",
    r"^Competency Dictionary \| Page \d+ of \d+$",
    r"^NSW PUBLIC SERVICE COMMISSION \| NSW PUBLIC SECTOR CAPABILITY FRAMEWORK VERSION 2: 2020$",
    r"^\d+$",
    r"^Level Behavioural indicators$",
    r"^SHRM COMPETENCY MODEL \| BEHAVIORAL COMPETENCIES$",
    r"^© 2012 Society for Human Resource Management\. All rights reserved\.$",
]
BULLET_RE = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\uf0b7\u00a7]|[*o-](?=\s)|\d+[.)](?=\s))\s*")


def _lines_clean(lines):
    out = []
    for ln in lines:
        ln = ln.replace("\u00a0", " ").strip()
        if not ln or any(re.match(f, ln) for f in FURNITURE):
            continue
        ln = BULLET_RE.sub("", ln)
        ln = re.sub(r"^[\u2022]", "", ln)      # a glyph glued to the word ("•Describe")
        out.append(ln)
    return out


def _two_column_lines(pg):
    """A page with two text columns below a full-width top part: full-width part, then left, then right.
    The two-column part starts below the last body line (footer zone excluded) that has a word across the gutter."""
    mid = pg.width / 2
    body_bottom = pg.height - 60
    words = [w for w in pg.extract_words() if w["top"] < body_bottom]
    crossing = [w["bottom"] for w in words if w["x0"] < mid < w["x1"]]
    split = max(crossing) + 1 if crossing else 0
    lines = (pg.crop((0, 0, pg.width, split)).extract_text() or "").splitlines() if split else []
    lines += (pg.crop((0, split, mid, body_bottom)).extract_text() or "").splitlines()
    lines += (pg.crop((mid, split, pg.width, body_bottom)).extract_text() or "").splitlines()
    lines += (pg.crop((0, body_bottom, pg.width, pg.height)).extract_text() or "").splitlines()
    return lines


TWO_COLUMN = {"shrm-competency-model-brochure.pdf"}


def pdf_text(path):
    import pdfplumber
    lines, cells = [], []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            if Path(path).name in TWO_COLUMN:
                lines += _two_column_lines(pg)
            else:
                lines += (pg.extract_text() or "").splitlines()
            for t in pg.extract_tables():
                for row in t:
                    cells += [c for c in row if c]
    ls = _lines_clean(lines)
    whole = H.norm(" ".join(ls))
    whole = re.sub(r"(\w)- (?=[a-z])", r"\1-", whole)
    cell_text = " || ".join(H.norm(" ".join(_lines_clean(c.splitlines()))) for c in cells)
    return whole + " || " + cell_text, ls


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
            for tr in block.iter(qn("w:tr")):
                cells = [" ".join(ptext(p) for p in tc.iter(qn("w:p"))) for tc in tr.iter(qn("w:tc"))]
                parts += cells
                parts.append(" | ".join(H.norm(c) for c in cells))   # a table row read across
    ls = [H.norm(p) for p in parts if H.norm(p)]
    return " || ".join(ls), ls


def html_text(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    blocks = []
    for e in root.iter("p", "li", "dt", "dd", "h1", "h2", "h3", "a", "span", "div", "small"):
        blocks.append(H.norm(e.text_content()))
        if e.text and H.norm(e.text):
            blocks.append(H.norm(e.text))
    return " || ".join(blocks), [b for b in blocks if b]


def txt_text(path, md=False):
    raw = Path(path).read_text(encoding="utf-8").replace("\f", "\n")
    lines = []
    for ln in raw.splitlines():
        if md:
            ln = re.sub(r"^\s*#+\s*", "", ln)
            ln = ln.replace("**", "")
            if re.match(r"^\s*\|?[-| ]+\|?\s*$", ln) and "-" in ln:
                continue
            if ln.strip().startswith("|"):
                lines += [c.strip() for c in ln.strip().strip("|").split("|")]
                continue
        lines.append(ln)
    ls = _lines_clean(lines)
    return H.norm(" ".join(ls)), ls


def gold_strings(gold):
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
            out.append((cid, "key_words", k))
        for k in c["related"]:
            out.append((cid, "related", k))
        for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
            for it in c[f]:
                out.append((cid, f, it["text"]))
                if it.get("group"):
                    out.append((cid, f + ".group", it["group"]))
        for lv in c["levels"]:
            out.append((cid, f"level {lv['rank']} label", lv["label"]))
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


def extract(path, fmt):
    if fmt == "pdf":
        return pdf_text(path)
    if fmt == "docx":
        return docx_text(path)
    if fmt == "html":
        return html_text(path)
    return txt_text(path, md=(fmt == "md"))


def _loose(s):
    return re.sub(r"\s+", " ", s.replace("||", " ")).casefold()


def check_one(gpath, coverage=False):
    gold = json.loads(gpath.read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = H.DOCS / d["path"]
    problems = []
    if H.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    for c in gold["competencies"]:
        if list(c) != H.KEYS:
            problems.append(f"{c['id']}: keys {list(c)}")
        if c["id"] != H.slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of {c['name']!r}")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(ranks) or len(set(ranks)) != len(ranks):
            problems.append(f"{c['id']}: ranks {ranks}")
    hay, lines = extract(path, d["format"])
    joined = hay.replace(" || ", " ")
    strings = gold_strings(gold)
    for cid, where, text in strings:
        t = H.norm(text)
        ok = t in hay or t in joined
        if not ok and where in ("name",):
            ok = t.casefold() in _loose(hay)
        if not ok:
            problems.append(f"{cid} {where}: not found: {t[:90]!r}")
    res = subprocess.run([sys.executable, str(SCORE), str(gpath), str(gpath)], capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    n_items = sum(1 for _, w, _ in strings if w not in ("title",))
    print(f"{path.name}: {len(gold['competencies'])} competencies, {n_items} gold strings, "
          f"{len(problems)} problems; {last}")
    for p in problems:
        print("   ", p)
    if coverage:
        gs = [H.norm(t) for _, _, t in strings]
        for ln in lines:
            n = H.norm(ln)
            if len(n) < 3:
                continue
            if not any(n in g or g in n for g in gs):
                print("      uncovered:", n[:110])
    return not problems


def main(coverage=False):
    ok = True
    for g in sorted(H.GOLD.glob("*.json")):
        ok &= check_one(g, coverage)
    print("ALL OK" if ok else "PROBLEMS FOUND")
    return ok


if __name__ == "__main__":
    sys.exit(0 if main(coverage="--coverage" in sys.argv) else 1)
