"""Gold for batch AQ (output contract v1), written after reading the rendered documents
(pdftotext -layout / pdfplumber for the PDFs, python-docx for the DOCX files, the HTML as a browser shows
it, the text file as it stands). The item texts are taken from the content lists of the build modules,
which check_gold.py verifies against the documents' extracted text; the judgement calls (what is an
item, a group, a level, a note, what is dropped) are made here and listed in ../README.md.

    /work/main/.venv/bin/python gold.py
"""
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402
from helpers import competency, item, level, reading  # noqa: E402
import doc_esdc, doc_jhm, doc_npia, doc_nys, doc_osu, doc_ucsd, doc_va, doc_yukon  # noqa: E402,E401


def plain(s):
    """What a reader reads: ligatures (\ufb01) spelled out."""
    return unicodedata.normalize("NFKC", s)


def va():
    doc = Path(doc_va.NAME).stem
    comps = []
    for c in doc_va.COMPETENCIES:
        inds = [item(t, doc, "Team Member Indicators") for t in c["member"] if t]
        inds += [item(t, doc, "Team Leader Indicators") for t in c["leader"] if t]
        notes = [item(c["note"], doc)] if c.get("note") else []
        comps.append(competency(c["name"], doc, c.get("definition"), indicators=inds, notes=notes))
    return H.write_gold(doc_va.NAME, "docx", "Commonwealth of Virginia Competencies Assessment Tool", comps)


def nys():
    doc = Path(doc_nys.NAME).stem
    comps = [competency(name, doc, None, indicators=[item(b, doc) for b in bullets])
             for name, bullets in doc_nys.COMPETENCIES]
    return H.write_gold(doc_nys.NAME, "pdf", "Report of the Competencies Workgroup", comps)


def ucsd():
    doc = Path(doc_ucsd.NAME).stem
    comps = []
    for c in doc_ucsd.COMPETENCIES:
        comps.append(competency(c["name"], doc, c["definition"], levels=[
            level(1, doc_ucsd.HEAD_OP, [item(t, doc) for t in c["op"]]),
            level(2, doc_ucsd.HEAD_MA, [item(t, doc) for t in c["ma"]]),
        ]))
    return H.write_gold(doc_ucsd.NAME, "pdf", "UC San Diego Core Competency Model Behavioral Indicators", comps)


def osu():
    doc = Path(doc_osu.NAME).stem
    comps = [competency(name, doc, definition, indicators=[item(a, doc) for a in actions])
             for name, definition, actions in doc_osu.ENTRIES]
    return H.write_gold(doc_osu.NAME, "html", "Core Competencies", comps)


def esdc():
    doc = Path(doc_esdc.NAME).stem
    yes, no = "This means\u2026", "This does not mean\u2026"
    comps = [competency(name, doc, definition,
                        indicators=[item(t, doc, yes) for t in does] + [item(t, doc, no) for t in does_not])
             for name, definition, does, does_not in doc_esdc.COMPS]
    return H.write_gold(doc_esdc.NAME, "html", "ESDC Competency Dictionary - Competencies", comps)


def yukon():
    doc = Path(doc_yukon.NAME).stem
    comps = []
    for c in doc_yukon.COMPS:
        levels = [level(i + 1, label, [item(b, doc) for b in bullets])
                  for i, (label, bullets) in enumerate(c["levels"])]
        notes = [item(c["why"], doc, f"Why is {c['name']} important?")]
        comps.append(competency(c["name"], doc, c["definition"], levels=levels, notes=notes))
    return H.write_gold(doc_yukon.NAME, "pdf", "Core Competency Framework", comps)


READINGS = {
    "Acting Strategically": [
        ("Good Strategy Bad Strategy: The Difference and Why It Matters", ["R. P. Rumelt"], "Crown Business", 2011)],
    "Developing Talent": [
        ("The Coaching Habit: Say Less, Ask More & Change the Way You Lead Forever", ["M. Bungay Stanier"],
         "Box of Crayons Press", 2016)],
    "Holding Self and Others Accountable": [
        ("Crucial Accountability: Tools for Resolving Violated Expectations, Broken Commitments, and Bad Behavior",
         ["K. Patterson", "J. Grenny", "R. McMillan", "A. Switzler", "D. Maxfield"],
         "McGraw-Hill Education", 2013)],
}


def jhm():
    doc = Path(doc_jhm.NAME).stem
    comps = []
    for c in doc_jhm.COMPS:
        levels = [level(i + 1, lab, [item(t, doc) for t in texts])
                  for i, (lab, texts) in enumerate(zip(doc_jhm.LEVELS, c["levels"]))]
        reads = [reading(text, *parts, doc) for text, parts in zip(c["reading"], READINGS[c["name"]])]
        comps.append(competency(
            c["name"], doc, c["definition"], levels=levels,
            interview_questions=[item(q, doc) for q in c["questions"]],
            activities=[item(a, doc, "On the job") for a in c["job"]],
            courses=[item(x, doc) for x in c["courses"]],
            readings=reads))
    return H.write_gold(doc_jhm.NAME, "docx", "Johns Hopkins Leadership Competencies", comps)


def npia():
    doc = Path(doc_npia.NAME).stem
    comps = [competency(name, doc, plain(definition), indicators=[item(plain(b), doc) for b in bullets])
             for name, definition, bullets in doc_npia.COMPS]
    return H.write_gold(doc_npia.NAME, "txt", "Competencies relevant to the role of police constable", comps)


if __name__ == "__main__":
    H.GOLD.mkdir(parents=True, exist_ok=True)
    for f in (va, nys, ucsd, osu, esdc, yukon, jhm, npia):
        print("wrote", f().name)
