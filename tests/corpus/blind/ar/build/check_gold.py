"""Check batch AR's gold against the rendered documents.

For every gold file: sha256 matches the document; keys in contract order; ids are slugs of the names; level
ranks ascend; item sources are {"document": stem, "page": null}; every text the gold takes from the document
(name, definition, indicators and groups, level labels and behaviours, notes and groups, readings, the
document title) occurs in the document's extracted text (NFKC, whitespace normalized, bullet glyphs and list
markers removed, wrapped lines joined; a text may also run over consecutive lines with up to three foreign
lines interleaved, as in a reading-order export of a table); score.py run on the gold against itself ends
with "overall F1 1.000". Prints a report; exit status 1 on any problem.

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
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\uf0b7\-\*]|\d+(?:\.\d+)*[.)]?|[A-Z]\.)\s+")


def nf(s):
    return H.norm(unicodedata.normalize("NFKC", s or "")).replace("\u2610", "")


def lines_of(raw):
    """Cleaned lines: form feeds split, bullets and list numbers stripped."""
    out = []
    for ln in raw.replace("\f", "\n").splitlines():
        ln = re.sub(r"[\u2022\u25aa\u25cf\u25e6\uf0b7]", " ", ln)
        ln = MARK.sub("", ln)
        ln = nf(ln)
        if ln:
            out.append(ln)
    return out


def pdf_sources(path):
    import pdfplumber
    texts, cells = [], []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            texts.append(pg.extract_text() or "")
            for t in pg.extract_tables():
                for row in t:
                    cells += [c for c in row if c]
    raws = ["\n".join(texts)] + cells
    for mode in ("-raw", "-layout"):
        raws.append(subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True, text=True).stdout)
    return raws


def docx_sources(path):
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
    return ["\n".join(parts)]


def html_sources(path):
    from lxml import html as lh
    root = lh.fromstring(path.read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    blocks = [e.text_content() for e in root.iter() if e.tag in ("p", "li", "h1", "h2", "h3", "h4", "td", "th")]
    return ["\n".join(blocks)]


def txt_sources(path):
    return [path.read_text(encoding="utf-8")]


class Hay:
    def __init__(self, raws):
        self.lines = [lines_of(r) for r in raws]
        self.joined = []
        for ls in self.lines:
            j = " ".join(ls)
            self.joined.append(j)
            self.joined.append(re.sub(r"(\w)- (?=[a-z])", r"\1", j))      # line-end hyphenation undone

    def found(self, text):
        t = nf(text)
        if any(t in j for j in self.joined):
            return True
        return any(self._gapped(t, ls) for ls in self.lines)

    @staticmethod
    def _gapped(t, ls, max_skip=3):
        """t is the concatenation of consecutive lines (first may start mid-line, last may end mid-line),
        with up to max_skip foreign lines in between."""
        for i, first in enumerate(ls):
            k = 0
            # the first line's tail must be t's head
            for cut in range(len(first)):
                if cut and first[cut - 1] != " ":
                    continue
                head = first[cut:]
                if t.startswith(head):
                    k = len(head)
                    break
            else:
                continue
            if k == 0:
                continue
            rest, j, skips = t[k:].lstrip(), i + 1, 0
            while rest and j < len(ls):
                ln = ls[j]
                if rest.startswith(ln):
                    rest = rest[len(ln):].lstrip()
                elif ln.startswith(rest):
                    rest = ""
                elif skips < max_skip:
                    skips += 1
                else:
                    break
                j += 1
            if not rest:
                return True
        return False


def texts_of(c):
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
    return out


def count_items(gold):
    n = 0
    for c in gold["competencies"]:
        n += 1 + (1 if c["definition"] else 0)
        n += sum(len(c[f]) for f in ("key_words", "indicators", "activities", "courses", "readings", "related",
                                      "interview_questions", "tips", "notes"))
        n += sum(1 + len(lv["behaviors"]) for lv in c["levels"])
    return n


def check(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = H.DOCS / d["path"]
    problems = []
    if H.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    if d["id"] != gold_path.stem or Path(d["path"]).stem != d["id"]:
        problems.append("document id / path / gold file name disagree")
    src = {"pdf": pdf_sources, "docx": docx_sources, "html": html_sources, "txt": txt_sources}[d["format"]]
    hay = Hay(src(path))
    n = 0
    for c in gold["competencies"]:
        if list(c) != H.KEYS:
            problems.append(f"{c['id']}: keys {list(c)}")
        if c["id"] != H.slug(c["name"]):
            problems.append(f"{c['id']}: not the slug of {c['name']!r}")
        if c["sources"] != [d["id"]]:
            problems.append(f"{c['id']}: sources {c['sources']}")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(ranks) or len(set(ranks)) != len(ranks):
            problems.append(f"{c['id']}: ranks {ranks}")
        items = [it for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes")
                 for it in c[f]] + [it for lv in c["levels"] for it in lv["behaviors"]]
        for it in items:
            if it["source"] != {"document": d["id"], "page": None}:
                problems.append(f"{c['id']}: source {it['source']}")
        for where, text in texts_of(c):
            n += 1
            if not hay.found(text):
                problems.append(f"{c['id']} {where}: not in the document text: {nf(text)[:90]!r}")
    if d["title"]:
        n += 1
        if not hay.found(d["title"]):
            problems.append(f"title not found: {d['title']!r}")
    res = subprocess.run([sys.executable, str(SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000" and gold["competencies"]:
        problems.append(f"score.py: {last}")
    return gold, n, problems, last


if __name__ == "__main__":
    bad = total_c = total_i = total_n = 0
    for g in sorted(H.GOLD.glob("*.json")):
        gold, n, problems, last = check(g)
        nc, ni = len(gold["competencies"]), count_items(gold)
        total_c, total_i, total_n = total_c + nc, total_i + ni, total_n + n
        print(f"{g.name}: {nc} competencies, {ni} scored items, {n} texts checked, {len(problems)} problems; "
              f"{last}")
        for p in problems:
            print("    ", p)
        bad += len(problems)
    docs = sorted(p.name for p in H.DOCS.iterdir())
    golds = sorted(p.stem for p in H.GOLD.glob("*.json"))
    if sorted(Path(x).stem for x in docs) != golds:
        print("documents and gold files do not pair up:", docs, golds)
        bad += 1
    print(f"TOTAL: {len(golds)} documents, {total_c} competencies, {total_i} scored items, {total_n} texts "
          f"checked, {bad} problems")
    sys.exit(1 if bad else 0)
