"""Gold check for batch q: every gold string occurs in the text extracted from the rendered document,
sha256 matches, ids are slugs, level ranks ascend, and score.py gold-vs-gold gives 1.000."""
import json
import re
import subprocess
import sys
from pathlib import Path

import qcommon as C

SCORE = "/work/shared/tools/score.py"
BUL = "\u2022\u25aa\u25cf\u25e6\uf0b7"


def clean(s):
    s = s.replace("\u00a0", " ")
    s = re.sub(rf"[{BUL}]", " ", s)
    return C.norm(s)


def pdf_hay(path):
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    raw = re.sub(r"(\w)-\n(?=[a-z])", r"\1-", raw)
    lines = [re.sub(r"^\s*(\([a-z]\)|[\u2022\u25aa])\s+", "", ln) for ln in raw.splitlines()]
    parts = [" ".join(lines)]
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            for t in pg.extract_tables():
                for row in t:
                    parts += [c.replace("\n", " ") for c in row if c]
    return " || ".join(clean(p) for p in parts)


def docx_hay(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(path))
    parts = []
    for sec in d.sections:
        parts += [p.text for p in sec.header.paragraphs + sec.footer.paragraphs]
    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            parts.append("".join(t.text or "" for t in block.iter(qn("w:t"))))
        elif block.tag == qn("w:tbl"):
            for tc in block.iter(qn("w:tc")):
                ps = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))]
                parts += ps
                parts.append(" ".join(ps))
    return " || ".join(clean(p) for p in parts)


def html_hay(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    return " || ".join(clean(e.text_content()) for e in root.iter()
                       if isinstance(e.tag, str) and e.tag in
                       ("p", "li", "h1", "h2", "h3", "h4", "button", "a", "span", "div", "td", "th"))


def md_hay(path):
    txt = Path(path).read_text(encoding="utf-8")
    txt = txt.replace("<br>", " || ").replace("**", "")
    lines = []
    for ln in txt.splitlines():
        ln = re.sub(r"^\s*#+\s*", "", ln)
        ln = re.sub(r"^\s*[*-]\s+", "", ln)
        lines.append(ln.replace("|", " || "))
    return " || ".join(clean(x) for x in lines)


def txt_hay(path):
    txt = Path(path).read_bytes().decode("utf-8").replace("\r", "").replace("\f", "\n")
    keep = []
    for ln in txt.splitlines():
        s = ln.strip()
        if re.fullmatch(r"Page \d+ of \d+", s) or s.startswith("POST Hiring Interview Guidelines"):
            continue
        s = re.sub(r"^(\d+\.|\+|-|Probe:|Definition:)\s+", "", s)
        keep.append(s)
    return clean(" ".join(keep))


HAY = {"pdf": pdf_hay, "docx": docx_hay, "html": html_hay, "md": md_hay, "txt": txt_hay}


def strings(c):
    out = [("name", c["name"])]
    if c["definition"]:
        out.append(("definition", c["definition"]))
    out += [("related", r) for r in c["related"]] + [("key_words", k) for k in c["key_words"]]
    for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
        for it in c[f]:
            out.append((f, it["text"]))
            if it.get("group"):
                out.append((f + ".group", it["group"]))
    for lv in c["levels"]:
        out.append(("level label", lv["label"]))
        out += [(f"level {lv['rank']}", b["text"]) for b in lv["behaviors"]]
    for r in c["readings"]:
        out += [("reading", r["text"]), ("reading.title", r["title"]), ("reading.publisher", r["publisher"] or "")]
    return out


def check(gold_path):
    g = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = g["documents"][0]
    path = C.DOCS / d["path"]
    problems = []
    if C.sha256(path) != d["sha256"]:
        problems.append("sha256 mismatch")
    hay = HAY[d["format"]](path)
    flat = hay.replace(" || ", " ")
    n = 0
    for c in g["competencies"]:
        if list(c) != C.KEYS:
            problems.append(f"{c['id']}: keys")
        if c["id"] != C.slug(c["name"]):
            problems.append(f"{c['id']}: id is not the slug of the name")
        ranks = [lv["rank"] for lv in c["levels"]]
        if ranks != sorted(ranks) or (ranks and ranks != list(range(1, len(ranks) + 1))):
            problems.append(f"{c['id']}: ranks {ranks}")
        for where, s in strings(c):
            n += 1
            t = clean(s)
            if t in hay or t in flat:
                continue
            if " | " in t and all(clean(p) in hay for p in t.split(" | ")):
                continue
            problems.append(f"{c['id']} {where}: NOT FOUND {t[:90]!r}")
    if d["title"] and clean(d["title"]) not in flat:
        problems.append(f"title not found: {d['title']!r}")
    res = subprocess.run([sys.executable, SCORE, str(gold_path), str(gold_path)], capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()
    if last != "overall F1 1.000":
        problems.append(f"score.py self-check: {last}")
    items = count_items(g)
    print(f"{d['path']}: {len(g['competencies'])} competencies, {items} scored items, {n} strings checked, "
          f"{len(problems)} problems; {last}")
    for p in problems:
        print("   ", p)
    return not problems


def count_items(g):
    n = 0
    for c in g["competencies"]:
        n += 1 + (1 if c["definition"] else 0) + len(c["key_words"]) + len(c["related"])
        for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes", "readings"):
            n += len(c[f])
        for lv in c["levels"]:
            n += len(lv["behaviors"])
    return n


if __name__ == "__main__":
    ok = all([check(p) for p in sorted(C.GOLD.glob("*.json"))])
    sys.exit(0 if ok else 1)
