"""Check every gold file of batch z against its document.

For each gold: sha256 matches the document; every gold string (name, definition, level labels,
behaviours, indicators, courses, groups) occurs in the document's extracted text (pdfplumber for
PDF, python-docx paragraphs and table cells for DOCX, lxml text of block elements for HTML, the
Markdown lines without heading marks and bullets); score.py of the gold against itself gives 1.000.
Also counts competencies and scored items.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402


def count_items(gold):
    n = 0
    for c in gold["competencies"]:
        n += 1                                   # the name
        n += 1 if c["definition"] else 0
        n += len(c["key_words"]) + len(c["related"])
        for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes", "readings"):
            n += len(c[f])
        for lv in c["levels"]:
            n += 1 + len(lv["behaviors"])        # label + behaviours
    return n


def main():
    ok = True
    tot_c = tot_i = 0
    for g in sorted(C.GOLD.glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        n, missing, last = C.check_gold(g)
        # groups and names too (check_gold looks at texts only)
        d = gold["documents"][0]
        fmt = d["format"]
        path = C.DOCS / d["path"]
        whole = {"pdf": lambda p: " ".join(C.pdf_pages_text(p)), "docx": lambda p: C.docx_text(p, cells=True),
                 "html": lambda p: C.html_text(p, blocks=True), "md": C.md_text}[fmt](path)
        flat = whole.replace(" || ", " ")
        extra = []
        for c in gold["competencies"]:
            if C.norm(c["name"]) not in flat:
                extra.append(("name", c["name"]))
            groups = {it.get("group") for f in ("indicators", "courses", "activities") for it in c[f]}
            groups |= {it.get("group") for lv in c["levels"] for it in lv["behaviors"]}
            for grp in sorted(x for x in groups if x):
                if C.norm(grp) not in flat:
                    extra.append(("group", grp))
        nc, ni = len(gold["competencies"]), count_items(gold)
        tot_c += nc
        tot_i += ni
        bad = missing or extra or last != "overall F1 1.000"
        ok = ok and not bad
        print(f"{g.name:60s} {nc:2d} competencies {ni:4d} items  texts checked {n:4d}  "
              f"missing {len(missing) + len(extra)}  {last}")
        for m in missing + extra:
            print("    MISSING", m)
    print(f"total: {tot_c} competencies, {tot_i} scored items; {'OK' if ok else 'PROBLEMS'}")
    return ok


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
