"""Write gold/<stem>.json for the six batch-P documents (output contract v1).

The annotation was made by reading the rendered documents (pdftotext -layout, python-docx, the HTML
and Markdown source); the texts are listed here in reading order.  check.py verifies every string
against the documents' extracted text.   /work/main/.venv/bin/python gold.py"""
import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import content as K  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DOCS, GOLD = ROOT / "docs", ROOT / "gold"
KEYS = ["id", "name", "definition", "key_words", "indicators", "levels", "activities", "courses",
        "readings", "related", "interview_questions", "tips", "notes", "sources"]


def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("&", "")).strip("-")


def item(doc, text, group=None):
    it = {"text": norm(text), "source": {"document": doc, "page": None}}
    if group:
        it["group"] = norm(group)
    return it


def comp(doc, name, definition=None, **fields):
    c = {k: [] for k in KEYS}
    c.update(id=slug(name), name=norm(name), definition=norm(definition) if definition else None, sources=[doc])
    c.update(fields)
    c["levels"] = sorted(c["levels"], key=lambda lv: lv["rank"])
    return c


def level(doc, rank, label, texts, group=None):
    return {"rank": rank, "label": norm(label), "behaviors": [item(doc, t, group) for t in texts]}


def write(fname, fmt, title, comps):
    stem = Path(fname).stem
    data = {"schema_version": "1.0.0",
            "documents": [{"id": stem, "path": fname, "format": fmt,
                           "sha256": hashlib.sha256((DOCS / fname).read_bytes()).hexdigest(), "title": title}],
            "competencies": sorted(comps, key=lambda c: c["id"])}
    (GOLD / f"{stem}.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def glendale():
    d = "glendale-core-competencies"
    comps = [comp(d, name, definition, indicators=[item(d, t) for t in items])
             for _, name, definition, items in K.GLENDALE["comps"]]
    write(d + ".pdf", "pdf", "CORE COMPETENCIES", comps)


def psu():
    d = "psu-core-competencies-non-management"
    comps = []
    for i, name in enumerate(K.PSU_COMPS):
        lv = [level(d, r, label, cols[i]) for r, (label, _cap, cols) in enumerate(K.PSU_LEVELS, 1)]
        comps.append(comp(d, name, None, levels=lv))
    write(d + ".docx", "docx", "Core Competencies Non-Management", comps)


def richmond():
    d = "richmondfellowship-competency-framework"
    comps = []
    for name, desc, cols in K.RF_COMPS:
        lv = [level(d, r, f"{lab} {gr}", col) for r, ((lab, gr), col) in enumerate(zip(K.RF_LEVELS, cols), 1)]
        comps.append(comp(d, name, desc, levels=lv))
    write(d + ".html", "html", "Our competency framework", comps)


def mag():
    d = "mag-leadership-framework"
    comps = []
    for name, _pg, strap, para, cols in K.MAG_COMPS:
        lv = [level(d, r, lab, col) for r, (lab, col) in enumerate(zip(K.MAG_LEVELS, cols), 1)]
        comps.append(comp(d, name, strap, levels=lv, notes=[item(d, para)]))
    write(d + ".pdf", "pdf", "The M.A.G Leadership Framework", comps)


def bidmc():
    d = "bidmc-interview-resource-guide"
    comps = []
    for name, definition, qs in K.BIDMC_PART2:
        questions = [item(d, q) for q in qs]
        if name == "Collaboration and Teamwork":
            questions = [item(d, K.BIDMC_OPTIONAL_Q)] + questions
        comps.append(comp(d, name, definition, interview_questions=questions, tips=[item(d, K.BIDMC_STAR)]))
    write(d + ".docx", "docx", "BIDMC Interview Resource Guide", comps)


def sendwithus():
    d = "sendwithus-competency-communication"
    ind = [("Meetings", "Every meeting you schedule has an agenda."),
           ("Meetings", "When you speak in a meeting you are aware of the different levels of understanding in the room and speak to all of them."),
           ("Meetings", "You tell people what you're going to tell them, you tell them, and then you tell them what you told them."),
           ("One on one", "You are clear and brief, and you check back to make sure you have been fully understood. You listen to the other person's point of view and make them feel heard before you put your own case."),
           ("Slack / Email / Asana / Drive Comments / etc?", "Your written messages are respectful and effective. You put the question first, with the possible answers and what follows from each, so there is no long back and forth.")]
    act = ["Start with the basics: https://www.right.com/wps/wcm/connect/right-us-en/home/thoughtwire/categories/career-work/10-Ways-to-Improve-Your-Communication-Skills",
           "Read Rands on running meetings: http://randsinrepose.com/archives/how-to-run-a-meeting/",
           "Learn about public speaking: http://go.ted.com/JAos8A",
           "Make people feel heard: to calm a conversation down, the other person needs to hear you hearing them."]
    g = "Speaking up the way flight crews are trained to"
    steps = ["Get their attention - Address the person directly: \"Hey Chief,\" or \"Captain Smith,\" or \"Bob,\" or whatever name or title will make them listen.",
             "Say what worries you - Give your reading of the situation plainly and own your feelings about it. \"I'm worried we don't have enough fuel to go around this storm.\"",
             "Describe the problem as you see it - \"We're showing only 40 minutes of fuel left.\"",
             "Propose a solution - \"Let's divert to another airport and refuel.\"",
             "Get agreement (or buy-in) - \"Does that sound good to you, Captain?\""]
    c = comp(d, "Communication",
             "People are the only real asset an organization has, so the way those people talk to each other is the only way anything gets done. Communicating well is critical.",
             indicators=[item(d, t, g_) for g_, t in ind],
             activities=[item(d, t) for t in act] + [item(d, t, g) for t in steps])
    write(d + ".md", "md", "Competency - Communication", [c])


if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for f in (glendale, psu, richmond, mag, bidmc, sendwithus):
        f()
    print("gold written:", sorted(p.name for p in GOLD.iterdir()))
