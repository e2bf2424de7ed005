"""Shared helpers for the corpus build scripts (rendering, Word numbering, gold writing, checks).

Copied from build/univ (with small additions for build/anzuk) so that each
folder's build.py runs on its own:  python build.py   (python-docx, pdfplumber, lxml;
LibreOffice `soffice` on PATH).
"""
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

CORPUS = Path(__file__).resolve().parents[2]          # tests/corpus
DOCS = CORPUS / "docs"
GOLD = CORPUS / "gold"
SCORE = Path("/work/shared/tools/score.py")
BULLETS = "\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7\uf0b7\u2013 "


# ------------------------------------------------------------------ text
def norm(s):
    """Collapse whitespace (NBSP included) to single spaces."""
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def slug(name):
    s = name.lower().replace("&", "")
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


# ------------------------------------------------------------------ rendering
def soffice(src, target_filter, outdir, infilter=None):
    """Convert with LibreOffice headless and a throwaway profile."""
    prof = tempfile.mkdtemp(prefix="lo-profile-")
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target_filter, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    shutil.rmtree(prof, ignore_errors=True)


def _next_ids(numbering):
    a = [int(x.get(qn("w:abstractNumId"))) for x in numbering.findall(qn("w:abstractNum"))]
    n = [int(x.get(qn("w:numId"))) for x in numbering.findall(qn("w:num"))]
    return max(a + [-1]) + 1, max(n + [0]) + 1


def add_abstract(document, lvl_xml, nsid):
    """Add a <w:abstractNum>; return its id."""
    numbering = document.part.numbering_part.element
    aid, _ = _next_ids(numbering)
    absnum = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
        f'<w:nsid w:val="{nsid}"/><w:multiLevelType w:val="hybridMultilevel"/>'
        f"{lvl_xml}</w:abstractNum>")
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    return aid


def add_num(document, abstract_id, restart=False):
    """A <w:num> on an abstractNum (restart=True: a decimal list that starts again at 1)."""
    numbering = document.part.numbering_part.element
    _, nid = _next_ids(numbering)
    over = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
            if restart else "")
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{abstract_id}"/>{over}</w:num>'))
    return nid


BULLET_LVL = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
              '<w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/>'
              '<w:pPr><w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr>'
              '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>')
DECIMAL_LVL = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
               '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
               '<w:pPr><w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr></w:lvl>')


def set_num(paragraph, num_id, ilvl=0):
    numPr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def add_field(paragraph, instr, placeholder="1"):
    """A complex field (PAGE, NUMPAGES) in a run sequence."""
    def run_with(el):
        r = OxmlElement("w:r")
        r.append(el)
        paragraph._p.append(r)
        return r
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    run_with(b)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run_with(it)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    run_with(s)
    t = OxmlElement("w:t")
    t.text = placeholder
    run_with(t)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run_with(e)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def clear_core_props(document, title=""):
    cp = document.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""


# ------------------------------------------------------------------ gold
FIELDS = ["key_words", "indicators", "levels", "activities", "courses", "readings",
          "related", "interview_questions", "tips", "notes"]


def item(doc_id, text, page=None, group=None):
    it = {"text": norm(text), "source": {"document": doc_id, "page": page}}
    if group:
        it["group"] = norm(group)
    return it


def competency(doc_id, name, definition=None):
    c = {"id": slug(name), "name": norm(name),
         "definition": norm(definition) if definition else None}
    for f in FIELDS:
        c[f] = []
    c["sources"] = [doc_id]
    order = ["id", "name", "definition", "key_words", "indicators", "levels", "activities",
             "courses", "readings", "related", "interview_questions", "tips", "notes", "sources"]
    return {k: c[k] for k in order}


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def write_gold(doc_path, fmt, title, comps):
    doc_path = Path(doc_path)
    doc_id = doc_path.stem
    for c in comps:
        c["levels"].sort(key=lambda lv: lv["rank"])
    data = {"schema_version": "1.0.0",
            "documents": [{"id": doc_id, "path": doc_path.name, "format": fmt,
                           "sha256": sha256(doc_path), "title": title}],
            "competencies": sorted(comps, key=lambda c: c["id"])}
    out = GOLD / f"{doc_id}.json"
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


# ------------------------------------------------------------------ extraction for the checks
def _clean(s):
    """Normalize extracted text for containment checks: bullets and list numbers out, whitespace collapsed."""
    s = s.replace("\u00a0", " ")
    s = re.sub(r"(?m)^[ \t]*[\u2022\u25aa\u25cf\u25e6\uf0b7\u00b7\-*][ \t]+", " ", s)
    s = re.sub(r"[\u2022\u25aa\u25cf\u25e6\uf0b7]", " ", s)
    return norm(s)


def pdf_pages(path, tables=False):
    """Per page: the page text (plus, with tables=True, each table cell's own text)."""
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            parts = [pg.extract_text() or ""]
            if tables:
                for t in pg.extract_tables():
                    for row in t:
                        parts += [c for c in row if c]
            txt = "\n\n".join(parts)
            txt = re.sub(r"(\w)-\n(?=[a-z])", r"\1-", txt)     # a compound broken at its hyphen
            out.append(_clean(txt))
    return out


def docx_text(path):
    import docx
    d = docx.Document(str(path))
    parts = []
    for s in d.sections:
        for p in s.header.paragraphs + s.footer.paragraphs:
            parts.append(p.text)

    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            parts.append("".join(t.text or "" for t in block.iter(qn("w:t"))))
        elif block.tag == qn("w:tbl"):
            for p in block.iter(qn("w:p")):
                parts.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return _clean("\n".join(parts))


def html_text(path):
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    return _clean("".join(t for t in root.itertext()))


def txt_text(path):
    return _clean(Path(path).read_text(encoding="utf-8"))


def gold_strings(gold):
    """(where, text) for every text the gold says is printed in the document."""
    out = []
    for c in gold["competencies"]:
        out.append((c["id"], "name", c["name"], None))
        if c["definition"]:
            out.append((c["id"], "definition", c["definition"], None))
        for k in c["key_words"] + c["related"]:
            out.append((c["id"], "key_words/related", k, None))
        for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
            for it in c[f]:
                out.append((c["id"], f, it["text"], it["source"]["page"]))
                if it.get("group"):
                    out.append((c["id"], f + ".group", it["group"], None))
        for lv in c["levels"]:
            out.append((c["id"], "level label", lv["label"], None))
            for it in lv["behaviors"]:
                out.append((c["id"], f"level {lv['rank']}", it["text"], it["source"]["page"]))
                if it.get("group"):
                    out.append((c["id"], "behavior.group", it["group"], None))
        for r in c["readings"]:
            out.append((c["id"], "reading", r["text"], r["source"]["page"]))
            if r.get("description"):
                out.append((c["id"], "reading.description", r["description"], r["source"]["page"]))
    return out


def check(doc_path, gold_path, pdf_tables=False):
    """The brief's checks: texts in the document, pages right, sha256, score.py gold-vs-gold = 1.000."""
    doc_path, gold_path = Path(doc_path), Path(gold_path)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert gold["documents"][0]["sha256"] == sha256(doc_path), "sha256 mismatch"
    for c in gold["competencies"]:
        assert c["id"] == slug(c["name"]), c["id"]
        assert [lv["rank"] for lv in c["levels"]] == sorted(lv["rank"] for lv in c["levels"])
    fmt = gold["documents"][0]["format"]
    problems = []
    if fmt == "pdf":
        pages = pdf_pages(doc_path, tables=pdf_tables)
        for cid, where, text, page in gold_strings(gold):
            t = norm(text)
            hits = [i + 1 for i, p in enumerate(pages) if t in p]
            if not hits:
                problems.append(f"{cid} {where}: not in PDF text: {t[:80]!r}")
            elif page is not None and page not in hits:
                problems.append(f"{cid} {where}: gold page {page}, found on {hits}: {t[:60]!r}")
    else:
        full = {"docx": docx_text, "html": html_text, "txt": txt_text, "md": txt_text}[fmt](doc_path)
        for cid, where, text, page in gold_strings(gold):
            if norm(text) not in full:
                problems.append(f"{cid} {where}: not in document text: {norm(text)[:80]!r}")
            if page is not None:
                problems.append(f"{cid} {where}: page should be null for {fmt}")
    res = subprocess.run([sys.executable, str(SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    n = len(gold_strings(gold))
    print(f"check {doc_path.name}: {n} texts, {len(problems)} problems; {last}")
    for p in problems:
        print("   ", p)
    return not problems


def find_pages(pages, text):
    """1-based page(s) where a text occurs in the per-page extracted text."""
    t = norm(text)
    return [i + 1 for i, p in enumerate(pages) if t in p]
