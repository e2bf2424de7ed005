"""Write the gold files of batch AI (gold/<stem>.json), following the annotation decisions in ../README.md.
The texts come from content.py (the same strings the documents print); check.py then verifies every gold
string against the text extracted from the rendered documents.
Run:  /work/main/.venv/bin/python build/gold.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402
from content import ACGME, CDU, AAMC, PSA, RIT, CANMEDS, MRPBA, MIT  # noqa: E402


def it(doc, text, group=None):
    return C.item(doc, text, None, group)


def gold_acgme():
    doc = "acgme-internal-medicine-milestones"
    comps = []
    for name, levels in ACGME:
        lv = [{"rank": n, "label": f"Level {n}", "behaviors": [it(doc, m) for m in ms]}
              for n, ms in enumerate(levels, 1)]
        comps.append(C.competency(name, doc, levels=lv))
    C.write_gold(doc, doc + ".pdf", "pdf", "Internal Medicine Milestones", comps)


def gold_cdu():
    doc = "cdu-staff-competency-framework"
    comps = []
    for c in CDU:
        lv = [{"rank": n, "label": f"Level {n}", "behaviors": [it(doc, b) for b in bs]}
              for n, bs in enumerate(c["levels"], 1)]
        comps.append(C.competency(c["name"], doc, definition=c["definition"], levels=lv, related=list(c["related"])))
    C.write_gold(doc, doc + ".pdf", "pdf", "Staff Competency Framework", comps)


def gold_aamc():
    doc = "aamc-core-competencies-entering-students"
    comps = [C.competency(name, doc, definition=defi) for _, cs in AAMC for name, defi in cs]
    C.write_gold(doc, doc + ".pdf", "pdf", "Core Competencies for Entering Medical Students", comps)


def gold_psa():
    doc = "psa-competency-standards-pharmacists"
    comps = []
    for s in PSA:
        ind = [it(doc, b, ec) for ec, bs in s["enabling"] for b in bs]
        comps.append(C.competency(s["name"], doc, definition=s["perspective"], indicators=ind))
    C.write_gold(doc, doc + ".docx", "docx",
                 "National Competency Standards Framework for Pharmacists in Australia 2016", comps)


def gold_rit():
    doc = "rit-student-affairs-competency-tool"
    comps = []
    for c in RIT:
        lv = [{"rank": n, "label": lab, "behaviors": [it(doc, r[n], r[0]) for r in c["rows"]]}
              for n, lab in enumerate(["Beginner", "Intermediate", "Advanced"], 1)]
        comps.append(C.competency(c["name"], doc, definition=c["definition"], levels=lv))
    C.write_gold(doc, doc + ".html", "html", "Division of Student Affairs Professional Competency Tool", comps)


def gold_canmeds():
    doc = "royalcollege-canmeds-communicator"
    c = CANMEDS
    ind = [it(doc, e, kc) for kc, ens in c["key"] for e in ens]
    comp = C.competency(c["name"], doc, definition=c["definition"], key_words=list(c["key_concepts"]),
                        indicators=ind, notes=[it(doc, p, "Description") for p in c["description"]])
    C.write_gold(doc, doc + ".html", "html", "Communicator", [comp])


def gold_mrpba():
    doc = "mrpba-professional-capabilities"
    comps = []
    for d in MRPBA:
        ind = [it(doc, e, cap) for cap, es in d["caps"] for e in es]
        comps.append(C.competency(d["name"], doc, definition=d["description"], indicators=ind))
    C.write_gold(doc, doc + ".txt", "txt", "Professional capabilities for medical radiation practice", comps)


def gold_mit():
    doc = "mit-competency-interview-guide"
    comps = []
    for c in MIT:
        qs = [it(doc, " ".join([q] + probes)) for q, probes in c["questions"]]
        ind = [it(doc, li, "Listen for") for li in c["listen"]]
        comps.append(C.competency(c["name"], doc, definition=c["definition"], interview_questions=qs,
                                  indicators=ind))
    C.write_gold(doc, doc + ".docx", "docx", "Competency-Based Interview Guide", comps)


if __name__ == "__main__":
    C.GOLD.mkdir(exist_ok=True)
    for f in (gold_acgme, gold_cdu, gold_aamc, gold_psa, gold_rit, gold_canmeds, gold_mrpba, gold_mit):
        f()
    print("gold written:", sorted(p.name for p in C.GOLD.glob("*.json")))
