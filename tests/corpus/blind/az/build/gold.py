"""Write gold/<stem>.json for every batch-az document (output contract v1), as annotated by reading the
rendered documents (pdftotext -layout / pdfplumber, python-docx, the HTML and text as published).
Run after build.py; check.py verifies every gold string against the extracted text."""
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import azlib as L  # noqa: E402
import bmf, cccs, ct, ifate, isu, mnz, p1st, sfj  # noqa: E402,E401

KEYS = ["id", "name", "definition", "key_words", "indicators", "levels", "activities", "courses",
        "readings", "related", "interview_questions", "tips", "notes", "sources"]


def item(doc, text, group=None):
    it = {"text": L.norm(text), "source": {"document": doc, "page": None}}
    if group:
        it["group"] = L.norm(group)
    return it


def comp(doc, name, definition=None, **fields):
    c = {k: [] for k in KEYS}
    c.update(id=L.slug(name), name=L.norm(name), definition=L.norm(definition) if definition else None,
             sources=[doc])
    for k, v in fields.items():
        assert k in KEYS, k
        c[k] = v
    c["levels"] = sorted(c["levels"], key=lambda lv: lv["rank"])
    return c


def level(doc, rank, label, texts):
    return {"rank": rank, "label": label, "behaviors": [item(doc, t) for t in texts]}


def write(path_name, fmt, title, comps):
    stem = Path(path_name).stem
    p = L.DOCS / path_name
    data = {"schema_version": "1.0.0",
            "documents": [{"id": stem, "path": path_name, "format": fmt,
                           "sha256": hashlib.sha256(p.read_bytes()).hexdigest(), "title": title}],
            "competencies": sorted(comps, key=lambda c: c["id"])}
    L.GOLD.mkdir(exist_ok=True)
    out = L.GOLD / f"{stem}.json"
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


# ---------------------------------------------------------------- ISU Extension and Outreach (HTML)
def g_isu():
    d = isu.STEM
    comps = [comp(d, name, definition, indicators=[item(d, b) for b in bullets])
             for name, definition, bullets in isu.COMPS]
    return write(f"{d}.html", "html", "ISU Extension and Outreach Staff Core Competencies", comps)


# ---------------------------------------------------------------- Canadian Centre for Cyber Security (HTML)
def g_cccs():
    d = cccs.STEM
    comps = []
    for num, name, (kind, desc), tasks, edu in cccs.ROLES:
        definition = desc if kind == "p" else " ".join(desc)          # two-bullet job description joined
        comps.append(comp(d, name, definition,
                          indicators=[item(d, t, "Cyber Security Related Tasks") for t in tasks],
                          notes=[item(d, e, cccs.EDU_H) for e in edu]))
    return write(f"{d}.html", "html", "Protect and Defend", comps)


# ---------------------------------------------------------------- Maritime New Zealand (PDF)
def g_mnz():
    d = mnz.STEM
    comps = []
    for _fname, cs in mnz.FUNCTIONS:
        for name, kup, (lead, bullets), criteria in cs:
            ind = [item(d, s, sub) for sub, stmts in kup for s in stmts]
            ind += [item(d, c, "Criteria for evaluating competence") for c in criteria]
            notes = [item(d, x, "Methods for demonstrating competence") for x in [lead] + bullets]
            comps.append(comp(d, name, None, indicators=ind, notes=notes))
    return write(f"{d}.pdf", "pdf", "Competency Framework for Skipper Restricted Limits", comps)


# ---------------------------------------------------------------- British Military Fitness (PDF)
def g_bmf():
    d = bmf.STEM
    comps = []
    for name, definition, levels, negatives in bmf.COMPS:
        comps.append(comp(d, name, definition,
                          levels=[level(d, i + 1, f"Level {i + 1}", lv) for i, lv in enumerate(levels)],
                          indicators=[item(d, n, "Negative indicators") for n in negatives]))
    return write(f"{d}.pdf", "pdf", "Competency Framework", comps)


# ---------------------------------------------------------------- Collections Trust (DOCX)
def g_ct():
    d = ct.STEM
    rank = {"Comprehends": 1, "Applies": 2, "Synthesises and Evaluates": 3}
    comps = []
    for i, name in enumerate(ct.COMPS):
        levels = [level(d, rank[lv], lv, ct.CELLS[lv][i]) for lv in ct.LEVELS]
        comps.append(comp(d, name, None, levels=levels))
    return write(f"{d}.docx", "docx", ct.TITLE, comps)


# ---------------------------------------------------------------- Skills for Justice (DOCX)
def g_sfj():
    d = sfj.STEM
    related = ["Work in co-operation with other organisations",
               "Warn, inform and advise the community in the event of emergencies",
               "Address the needs of individuals during the initial response to emergencies",
               "Plan and deploy resources for policing operations",
               "Lead and support people to resolve operational incidents"]
    c = comp(d, sfj.TITLE, sfj.SUMMARY,
             key_words=sfj.SKILLS + sfj.ATTITUDES,
             indicators=[item(d, t, "Performance Criteria") for t in sfj.PCS]
             + [item(d, t, "Knowledge and Understanding") for t in sfj.KNOW],
             related=related,
             notes=[item(d, sfj.TARGET, "Target Group"), item(d, sfj.SA_INTRO, "Skills and Attitudes")])
    return write(f"{d}.docx", "docx", sfj.TITLE, [c])


# ---------------------------------------------------------------- IfATE retail team leader (PDF)
def g_ifate():
    d = ifate.STEM
    comps = [comp(d, theme, None, indicators=[item(d, t, g) for t, g in zip((k, s, b), ifate.COLS)])
             for theme, k, s, b in ifate.ROWS]
    return write(f"{d}.pdf", "pdf", "Retail team leader", comps)


# ---------------------------------------------------------------- People 1st NOS (TXT)
def g_p1st():
    d = p1st.STEM
    c = comp(d, p1st.TITLE, p1st.OVERVIEW[0],
             key_words=["cabin crew", "customer service", "passengers", "airline values", "complaints"],
             indicators=[item(d, t, "Performance criteria") for t in p1st.PCS]
             + [item(d, t, "Knowledge and understanding") for t in p1st.KUS],
             related=["Monitor and maintain cabin crew service performance"],
             notes=[item(d, p1st.OVERVIEW[1], "Overview"),
                    item(d, p1st.COMPLETED + " " + p1st.COMPLETED_ITEM, "Overview")])
    return write(f"{d}.txt", "txt", p1st.TITLE, [c])


if __name__ == "__main__":
    for f in (g_isu, g_cccs, g_mnz, g_bmf, g_ct, g_sfj, g_ifate, g_p1st):
        print(f())
