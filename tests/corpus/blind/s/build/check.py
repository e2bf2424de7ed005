"""Check the batch-"s" gold: every gold string (names, definitions, labels, items, groups) occurs in the text
extracted from its document; ids, ranks, keys and sha256 are consistent. No scoring, no pipeline."""
import json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import sutil as S

MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25a0\uf0b7*\-]|o(?=\s)|\d+(?:\.\d+)?[.)]?(?=\s))\s*")


def lines_to_text(lines, keep_hyphen):
    out = []
    for ln in lines:
        ln = MARK.sub("", ln.rstrip())
        if out and out[-1].endswith("-") and re.search(r"[a-z]-$", out[-1]):
            out[-1] = (out[-1] if keep_hyphen else out[-1][:-1]) + ln.lstrip()
        else:
            out.append(ln)
    return S.norm(" ".join(out))


def pdf_text(path):
    import pdfplumber
    lines = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            lines += (pg.extract_text() or "").splitlines()
    return [lines_to_text(lines, True)]


def docx_text(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(path))
    parts = []
    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            parts.append("".join(t.text or "" for t in block.iter(qn("w:t"))))
        elif block.tag == qn("w:tbl"):
            for tc in block.iter(qn("w:tc")):
                parts.append(" ".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))))
    return [" || ".join(S.norm(p) for p in parts), S.norm(" ".join(parts))]


def html_text(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style|//noscript"):
        bad.getparent().remove(bad)
    return [" || ".join(S.norm(e.text_content()) for e in root.iter()
                        if e.tag in ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "span"))]


def txt_text(path):
    lines = []
    for ln in Path(path).read_text(encoding="utf-8").splitlines():
        if re.fullmatch(r"\s*\d+\s*", ln) or re.match(r"CA2025 COMPETENCY FRAMEWORK\s{2,}Enabling competencies", ln):
            continue                        # page numbers and running headers of the PDF the text came from
        lines.append(ln)
    return [lines_to_text(lines, False), lines_to_text(lines, True)]


def md_text(path):
    lines = [re.sub(r"^\s*#+\s*", "", ln) for ln in Path(path).read_text(encoding="utf-8").splitlines()]
    return [lines_to_text(lines, True)]


def strings(c):
    out = [("name", c["name"])]
    if c["definition"]:
        out.append(("definition", c["definition"]))
    for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
        for it in c[f]:
            out.append((f, it["text"]))
            if it.get("group"):
                out.append((f + ".group", it["group"]))
    for lv in c["levels"]:
        out.append(("level label", lv["label"]))
        for it in lv["behaviors"]:
            out.append((f"level {lv['rank']}", it["text"]))
    return out


def main():
    ok = True
    for gp in sorted(S.GOLD.glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        d = g["documents"][0]
        path = S.DOCS / d["path"]
        problems = []
        if S.sha256(path) != d["sha256"]:
            problems.append("sha256 mismatch")
        hay = {"pdf": pdf_text, "docx": docx_text, "html": html_text, "txt": txt_text, "md": md_text}[d["format"]](path)
        n = 0
        for c in g["competencies"]:
            if list(c) != S.KEYS:
                problems.append(f"{c['id']}: keys {list(c)}")
            if c["id"] != S.slug(c["name"]):
                problems.append(f"{c['id']}: id is not slug of name")
            if [lv["rank"] for lv in c["levels"]] != sorted(lv["rank"] for lv in c["levels"]):
                problems.append(f"{c['id']}: ranks not sorted")
            if c["sources"] != [g["documents"][0]["id"]]:
                problems.append(f"{c['id']}: sources")
            for where, text in strings(c):
                n += 1
                t = S.norm(text)
                if t != text or re.match(r"^[\u2022\u25aa\u25a0\uf0b7\-]", t):
                    problems.append(f"{c['id']} {where}: not normalized: {text[:60]!r}")
                if not any(t in h for h in hay):
                    problems.append(f"{c['id']} {where}: not found: {t[:90]!r}")
        nitems = sum(len(c[f]) for c in g["competencies"] for f in
                     ("indicators", "activities", "courses", "interview_questions", "tips", "notes", "readings",
                      "related", "key_words")) + sum(len(lv["behaviors"]) for c in g["competencies"] for lv in c["levels"])
        print(f"{gp.name}: {len(g['competencies'])} competencies, {nitems} items, {n} strings checked, "
              f"{len(problems)} problems")
        for p in problems:
            print("   ", p)
        ok &= not problems
    return ok


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
