"""Check every gold string against the text extracted from its rendered document (not from build data).

PDF: pdfplumber page text + table cells; DOCX: python-docx paragraphs + table cells (headers/footers too);
HTML: lxml text of block elements (head/script/style removed); TXT: the file. Bullet glyphs and list
numbering ("1.", "a)") at line starts are removed and whitespace collapsed before matching.
Also: sha256, competency ids, rank order, and score.py gold-vs-gold = 1.000.
"""
import hashlib, json, re, subprocess, sys
from pathlib import Path

BATCH = Path(__file__).resolve().parents[1]
MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2013\-\*\uf0b7]|\d+[.)]|[a-h]\))\s+")


def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def clean(text):
    return norm(" ".join(MARK.sub("", ln) for ln in text.splitlines()))


def extract(path):
    fmt = path.suffix[1:]
    parts = []
    if fmt == "pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            for pg in pdf.pages:
                parts.append(clean(pg.extract_text() or ""))
                for t in pg.extract_tables():
                    for row in t:
                        parts += [clean(c) for c in row if c]
    elif fmt == "docx":
        import docx
        d = docx.Document(str(path))
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs + s.footer.paragraphs]
        parts += [clean(p.text) for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts += [clean(p.text) for p in c.paragraphs]
                    parts.append(clean(c.text))
    elif fmt == "html":
        from lxml import html as lh
        root = lh.fromstring(path.read_bytes())
        for bad in root.xpath("//head|//script|//style"):
            bad.getparent().remove(bad)
        parts = [norm(e.text_content()) for e in root.iter() if isinstance(e.tag, str)]
    else:
        parts = [clean(path.read_text(encoding="utf-8"))]
    return " || ".join(parts)


def strings(c):
    out = [("name", c["name"])]
    if c["definition"]:
        out.append(("definition", c["definition"]))
    out += [("key_words/related", k) for k in c["key_words"] + c["related"]]
    for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
        for it in c[f]:
            out.append((f, it["text"]))
            if it.get("group"):
                out.append((f + ".group", it["group"]))
    for lv in c["levels"]:
        out.append(("level label", lv["label"]))
        for it in lv["behaviors"]:
            out.append((f"level {lv['rank']}", it["text"]))
    for r in c["readings"]:
        out += [("reading", r["text"]), ("reading.title", r["title"])]
        if r["publisher"]:
            out.append(("reading.publisher", r["publisher"]))
    return out


def main():
    total_items = total_comps = 0
    bad = 0
    for g in sorted((BATCH / "gold").glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        d = gold["documents"][0]
        path = BATCH / "docs" / d["path"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == d["sha256"], f"sha256 {g.name}"
        hay = extract(path)
        joined = hay.replace(" || ", " ")
        problems = []
        n = 0
        for c in gold["competencies"]:
            assert c["id"] == re.sub(r"[^a-z0-9]+", "-", c["name"].lower().replace("&", "")).strip("-")
            ranks = [lv["rank"] for lv in c["levels"]]
            assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks)
            for where, s in strings(c):
                n += 1
                if where == "level label" and path.suffix == ".txt":
                    # a level printed only as its list number ("1. ...") : the number is the label
                    if re.search(rf"(?m)^{re.escape(s)}\. ", path.read_text(encoding="utf-8")):
                        continue
                if norm(s) not in joined:
                    problems.append(f"{c['id']} {where}: {s[:90]!r}")
        items = sum(1 + bool(c["definition"]) + len(c["key_words"]) + len(c["related"]) + len(c["readings"])
                    + sum(len(c[f]) for f in ("indicators", "activities", "courses", "interview_questions",
                                              "tips", "notes"))
                    + sum(1 + len(lv["behaviors"]) for lv in c["levels"]) for c in gold["competencies"])
        total_items += items
        total_comps += len(gold["competencies"])
        res = subprocess.run([sys.executable, "/work/shared/tools/score.py", str(g), str(g)],
                             capture_output=True, text=True)
        last = (res.stdout.strip().splitlines() or [res.stderr])[-1]
        print(f"{g.stem}: {len(gold['competencies'])} competencies, {items} scored items, {n} strings checked, "
              f"{len(problems)} missing; self-score: {last}")
        for p in problems:
            print("    MISSING", p)
        bad += len(problems) + (last != "overall F1 1.000")
    print(f"TOTAL: {total_comps} competencies, {total_items} scored items; problems: {bad}")
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
