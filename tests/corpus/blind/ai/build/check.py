"""Check batch AI gold against the rendered documents: every gold string (names, definitions, key words,
related, groups, level labels, items, notes, title) occurs in the text extracted from the document (pdfplumber
page text + table cells + left/right column halves; python-docx paragraphs and cells; lxml HTML blocks; the
text file with line-start list markers removed); sha256 matches; ids are slugs; ranks ascend; score.py
gold-vs-gold = 1.000.  Run:  /work/main/.venv/bin/python build/check.py"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402

_pdf_orig = C.pdf_pages_text


def _pdf_pages_text(pdf_path):
    """Per page: whole-page text + cells, plus the left and right halves read separately (two-column pages)."""
    import pdfplumber
    base = _pdf_orig(pdf_path)
    out = []
    with pdfplumber.open(pdf_path) as pdf:
        for page, b in zip(pdf.pages, base):
            w, h = page.width, page.height
            halves = [C._clean_lines(page.crop((0, 0, w / 2, h)).extract_text() or ""),
                      C._clean_lines(page.crop((w / 2, 0, w, h)).extract_text() or "")]
            out.append(" || ".join([b] + halves))
    return out


C.pdf_pages_text = _pdf_pages_text


def whole_text(d):
    path = C.DOCS / d["path"]
    fmt = d["format"]
    if fmt == "pdf":
        return " || ".join(C.pdf_pages_text(path))
    if fmt == "docx":
        return C.docx_text(path, cells=True)
    if fmt == "html":
        return C.html_text(path, blocks=True)
    return C.md_text(path)


def main():
    bad = 0
    tot_items = tot_comps = 0
    for g in sorted(C.GOLD.glob("*.json")):
        n, missing, score = C.check_gold(g)
        gold = json.loads(g.read_text(encoding="utf-8"))
        whole = whole_text(gold["documents"][0]).replace(" || ", " ")
        extra = []
        for c in gold["competencies"]:
            extra.append(c["name"])
            extra += c["key_words"] + c["related"]
            for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
                extra += [x["group"] for x in c[f] if x.get("group")]
            for lv in c["levels"]:
                extra += [x["group"] for x in lv["behaviors"] if x.get("group")]
        for s in sorted(set(extra)):
            if C.norm(s) not in whole:
                missing.append(("<name/kw/related/group>", None, s))
        comps = len(gold["competencies"])
        items = sum(len(c[f]) for c in gold["competencies"] for f in
                    ("key_words", "indicators", "activities", "courses", "readings", "related",
                     "interview_questions", "tips", "notes"))
        items += sum(len(lv["behaviors"]) for c in gold["competencies"] for lv in c["levels"])
        items += sum(1 for c in gold["competencies"] if c["definition"]) + comps
        tot_items += items
        tot_comps += comps
        print(f"{g.stem}: {comps} competencies, {items} scored items (names+definitions+list items), "
              f"{n} texts checked, {len(missing)} missing; {score}")
        for m in missing:
            print("    MISSING", m)
        bad += len(missing) + (score != "overall F1 1.000")
    print(f"TOTAL {tot_comps} competencies, {tot_items} scored items; problems: {bad}")
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
