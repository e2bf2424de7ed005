#!/usr/bin/env python
"""Write gold/<stem>.json for every document of batch-e (run after build.py).

The annotation (what is a competency, definition, level, note, group ...) was decided by reading the
rendered documents (pdftotext -layout, python-docx, the HTML/TXT/MD sources); the strings are taken from
the same text constants the builders print, and build/check.py verifies every one of them against text
extracted from the rendered files.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docs_docx as DX  # noqa: E402
import docs_pdf as DP   # noqa: E402
import docs_web as DW   # noqa: E402
from helpers import DOCS, GOLD, norm, sha256, slug  # noqa: E402

SCHEMA_VERSION = "1.0.0"
KEYS = ["id", "name", "definition", "key_words", "indicators", "levels", "activities", "courses",
        "readings", "related", "interview_questions", "tips", "notes", "sources"]


def item(doc, text, group=None):
    it = {"text": norm(text), "source": {"document": doc, "page": None}}
    if group:
        it["group"] = norm(group)
    return it


def level(doc, rank, label, behaviors, groups=None):
    return {"rank": rank, "label": label,
            "behaviors": [item(doc, b, (groups[i] if groups else None)) for i, b in enumerate(behaviors)]}


def reading(doc, text, title, authors, publisher, year):
    return {"text": norm(text), "title": title, "authors": authors, "publisher": publisher, "year": year,
            "description": None, "source": {"document": doc, "page": None}}


def comp(doc, name, definition=None, **fields):
    c = {k: [] for k in KEYS}
    c.update(id=slug(name), name=norm(name), definition=norm(definition) if definition else None,
             sources=[doc])
    for k, v in fields.items():
        assert k in KEYS, k
        c[k] = v
    c["levels"] = sorted(c["levels"], key=lambda lv: lv["rank"])
    return c


def write(file_name, fmt, title, comps):
    path = DOCS / file_name
    stem = path.stem
    data = {"schema_version": SCHEMA_VERSION,
            "documents": [{"id": stem, "path": file_name, "format": fmt, "sha256": sha256(path),
                           "title": title}],
            "competencies": sorted(comps, key=lambda c: c["id"])}
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return stem


# ------------------------------------------------------------------------------------------ PDFs
def g_oecd():
    doc = "oecd-core-competencies"
    comps = []
    for c in DP.OECD_COMPS:
        comps.append(comp(doc, c["name"], c["definition"],
                          levels=[level(doc, i + 1, f"Level {i + 1}", bs) for i, bs in enumerate(c["levels"])]))
    write(doc + ".pdf", "pdf", "COMPETENCY FRAMEWORK", comps)


def g_nchc():
    doc = "nchc-behaviour-framework"
    comps = []
    for b in DP.NCHC_BEHAVIOURS:
        levels = [level(doc, i + 1, lab, items) for i, (lab, items) in enumerate(b["levels"])]
        inds = ([item(doc, t, "Exceeding expectations") for t in b["exceeding"]]
                + [item(doc, t, "Development indicators") for t in b["development"]])
        notes = [item(doc, b["values"]), item(doc, b["why"], "Why is it important?")]
        comps.append(comp(doc, b["name"], None, levels=levels, indicators=inds, notes=notes))
    write(doc + ".pdf", "pdf", "Behaviour Framework", comps)


def g_iia():
    doc = "iia-internal-audit-competency-framework"
    comps = []
    labels = ["GENERAL AWARENESS", "APPLIED KNOWLEDGE", "EXPERT"]
    for a in DP.IIA_AREAS:
        levels = []
        for k in range(3):
            levels.append(level(doc, k + 1, labels[k], [r[1 + k] for r in a["rows"]],
                                groups=[r[0] for r in a["rows"]]))
        comps.append(comp(doc, a["area"], a["desc"], levels=levels))
    write(doc + ".pdf", "pdf", "INTERNAL AUDIT COMPETENCY FRAMEWORK", comps)


# ------------------------------------------------------------------------------------------ DOCX
def g_wa():
    doc = "wa-hr-work-standards"
    w = DX.WA
    inds = [item(doc, b, el) for el, bs in w["elements"] for b in bs]
    c = comp(doc, w["name"], w["definition"], indicators=inds, notes=[item(doc, w["importance"], "Importance")])
    write(doc + ".docx", "docx", "Human Resource Professionals\u2019 Core Competencies", [c])


def g_gnwt():
    doc = "gnwt-general-competency-dictionary"
    comps = []
    for g in DX.GNWT:
        levels = [level(doc, i + 1, f"Level {i + 1}", bs) for i, bs in enumerate(g["levels"])]
        notes = [item(doc, g["why"], f"Why is {g['name']} Important?")]
        comps.append(comp(doc, g["name"], g["definition"], levels=levels, notes=notes))
    write(doc + ".docx", "docx",
          "Government of the Northwest Territories \u2013 General Competency Dictionary", comps)


def g_uc():
    doc = "uc-competency-library"
    comps = []
    for _cat, cs in DX.UC_BODY:
        for name, inds in cs:
            comps.append(comp(doc, name, None, indicators=[item(doc, t) for t in inds]))
    write(doc + ".docx", "docx", "COMPETENCY LIBRARY", comps)


def g_nfdc():
    write("nfdc-behaviours-framework-report.docx", "docx", "Behaviours Framework", [])


# ------------------------------------------------------------------------------------------ HTML/TXT/MD
def g_tamu():
    doc = "tamu-collaboration-teamwork"
    courses = ([item(doc, t, "Instructor Led Training") for t in DW.TAMU_ILT]
               + [item(doc, t, "Online Training") for t in DW.TAMU_ONLINE])
    readings = [
        reading(doc, "Tips for Effective Team Meetings (PDF)", "Tips for Effective Team Meetings", [], None, None),
        reading(doc, "Lencioni, P. (2002). The five dysfunctions of a team: A leadership fable. Jossey-Bass.",
                "The five dysfunctions of a team: A leadership fable", ["P. Lencioni"], "Jossey-Bass", 2002),
        reading(doc, "Hansen, M. T. (2009). Collaboration: How leaders avoid the traps, create unity, and reap "
                     "big results. Harvard Business Press.",
                "Collaboration: How leaders avoid the traps, create unity, and reap big results",
                ["M. T. Hansen"], "Harvard Business Press", 2009),
    ]
    note = ("Rating definitions and behavioral examples for the Collaboration & Teamwork competency in the "
            "Non-Faculty Performance Evaluation are given in the PATHways Performance Evaluation Rating "
            "Definitions.")
    c = comp(doc, "Collaboration & Teamwork", None,
             indicators=[item(doc, t) for t in DW.TAMU_INDICATORS],
             courses=courses,
             activities=[item(doc, t) for t in DW.TAMU_ACTIVITIES],
             tips=[item(doc, t) for t in DW.TAMU_COACHING],
             readings=readings,
             notes=[item(doc, note)])
    write(doc + ".html", "html", "Collaboration & Teamwork Competency", [c])


def g_cipd():
    doc = "cipd-passion-for-learning"
    levels = []
    for k, lab in enumerate(DW.CIPD_LEVELS):
        levels.append(level(doc, k + 1, lab, [r[1][k] for r in DW.CIPD_ROWS],
                            groups=[r[0] for r in DW.CIPD_ROWS]))
    notes = [item(doc, p) for p in DW.CIPD_INTRO] + [item(doc, DW.CIPD_QUOTE + " " + DW.CIPD_QUOTE_BY)]
    c = comp(doc, "Passion for learning",
             "Showing curiosity and making the most of every chance to learn, improve and innovate.",
             levels=levels, notes=notes)
    write(doc + ".html", "html", "Passion for learning", [c])


def g_multco():
    doc = "multco-core-competencies"
    comps = [comp(doc, n, t) for n, t in DW.MULTCO]
    write(doc + ".html", "html", "Core Competency Behavioral Descriptions", comps)


def g_nrc():
    doc = "nrc-conceptual-analytical-ability"
    levels = [level(doc, i + 1, f"Level {i + 1}", [title] + bs) for i, (title, bs) in enumerate(DW.NRC_LEVELS)]
    c = comp(doc, "Conceptual and analytical ability", DW.NRC_DEF, levels=levels)
    write(doc + ".txt", "txt", "Behavioural competencies for Management services: Conceptual and analytical ability",
          [c])


def g_signals():
    doc = "37signals-engineering-progression"
    comps = []
    for _g, names in DW.SIG_GROUPS:
        for n in names:
            levels = [level(doc, i + 1, lab, [DW.SIG[n][i]]) for i, lab in enumerate(DW.SIG_LEVELS)]
            comps.append(comp(doc, n, None, levels=levels))
    write(doc + ".md", "md", "Engineering Progression Framework", comps)


def main():
    for fn in (g_oecd, g_nchc, g_iia, g_wa, g_gnwt, g_uc, g_nfdc, g_tamu, g_cipd, g_multco, g_nrc,
               g_signals):
        fn()
    print("gold written:", len(list(GOLD.glob("*.json"))), "files")


if __name__ == "__main__":
    main()
