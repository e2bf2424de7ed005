"""Helpers shared by the fedscale / unframe / devguide corpus builders.

The same file is copied into each of the three build folders (each build.py is
self-contained apart from this module).  Needs python-docx, pdfplumber, lxml and
LibreOffice (`soffice`) on PATH.
"""
import hashlib
import html
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

CORPUS = Path(__file__).resolve().parents[2]          # tests/corpus
DOCS = CORPUS / "docs"
GOLD = CORPUS / "gold"
SCORE = Path("/work/shared/tools/score.py")
SCHEMA_VERSION = "1.0.0"
KEYS = ["id", "name", "definition", "key_words", "indicators", "levels", "activities", "courses",
        "readings", "related", "interview_questions", "tips", "notes", "sources"]


# ------------------------------------------------------------------ LibreOffice
def soffice(src, target_filter, outdir, infilter=None):
    """Convert with LibreOffice headless, using a throwaway profile dir."""
    prof = tempfile.mkdtemp(prefix="lo-profile-")
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target_filter, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    shutil.rmtree(prof, ignore_errors=True)


# ------------------------------------------------------------------ DOCX helpers
def _next_ids(numbering):
    a = [int(x.get(qn("w:abstractNumId"))) for x in numbering.findall(qn("w:abstractNum"))]
    n = [int(x.get(qn("w:numId"))) for x in numbering.findall(qn("w:num"))]
    return max(a + [-1]) + 1, max(n + [0]) + 1


def add_numbering(document, lvl_xml, nsid):
    """Add a real <w:abstractNum> + <w:num> to word/numbering.xml; return numId."""
    numbering = document.part.numbering_part.element
    aid, nid = _next_ids(numbering)
    absnum = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
        f'<w:nsid w:val="{nsid}"/><w:multiLevelType w:val="hybridMultilevel"/>'
        f"{lvl_xml}</w:abstractNum>")
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


def bullet_lvl(glyph="\u2022", left=360, hanging=360, font="Arial"):
    return ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            f'<w:lvlText w:val="{glyph}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:hint="default"/></w:rPr></w:lvl>')


def decimal_lvl(fmt="%1.", left=360, hanging=360):
    return ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:lvlText w:val="{fmt}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>')


def set_num(paragraph, num_id, ilvl=0):
    numPr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def add_field(paragraph, instr, placeholder="1"):
    """A complex field (PAGE, NUMPAGES) that Word and LibreOffice update."""
    def fld(kind):
        r = paragraph.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._r.append(e)
        return r
    fld("begin")
    r = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fld("separate")
    paragraph.add_run(placeholder)
    fld("end")


def row_flags(row, cant_split=True, header=False):
    trPr = row._tr.get_or_add_trPr()
    if cant_split:
        trPr.append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
    if header:
        trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def fix_widths(table, widths_in):
    """Fixed column widths (inches) on every cell and in tblGrid."""
    from docx.shared import Inches
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths_in):
            cell.width = Inches(w)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_in):
        gc.set(qn("w:w"), str(int(w * 1440)))


def clear_core_props(document, title=""):
    cp = document.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""


# ------------------------------------------------------------------ gold helpers
def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def slug(name):
    s = name.lower().replace("&", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def item(text, doc, page=None, group=None):
    d = {"text": norm(text), "source": {"document": doc, "page": page}}
    if group:
        d["group"] = group
    return d


def reading(text, title, authors, publisher, year, description, doc, page=None):
    return {"text": norm(text), "title": title, "authors": list(authors), "publisher": publisher,
            "year": year, "description": description, "source": {"document": doc, "page": page}}


def competency(name, doc, **fields):
    c = {k: [] for k in KEYS}
    c.update(id=slug(name), name=name, definition=None, sources=[doc])
    for k, v in fields.items():
        assert k in KEYS, k
        c[k] = v
    c["levels"] = sorted(c["levels"], key=lambda l: l["rank"])
    assert list(c) == KEYS
    return c


def write_gold(stem, path_name, fmt, title, comps):
    doc_path = DOCS / path_name
    gold = {"schema_version": SCHEMA_VERSION,
            "documents": [{"id": stem, "path": path_name, "format": fmt,
                           "sha256": sha256(doc_path), "title": title}],
            "competencies": sorted(comps, key=lambda c: c["id"])}
    out = GOLD / f"{stem}.json"
    out.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


# ------------------------------------------------------------------ text extraction for checks
_MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2013\-\*\uf0b7]|\d+[.)])\s+")


def _clean_lines(text):
    # a compound broken after its hyphen at a line end ("non-" / "specialists") is one word
    text = re.sub(r"-\n(?=[a-z])", "-", text)
    return norm(" ".join(_MARK.sub("", ln) for ln in text.splitlines()))


def pdf_pages_text(pdf_path):
    """Per page: normalized page text + normalized text of every table cell."""
    import pdfplumber
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            parts = [_clean_lines(page.extract_text() or "")]
            for t in page.extract_tables():
                for row in t:
                    for cell in row:
                        if cell:
                            parts.append(_clean_lines(cell))
            pages.append(" || ".join(parts))
    return pages


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = []
    for sec in d.sections:
        parts += [p.text for p in sec.header.paragraphs] + [p.text for p in sec.footer.paragraphs]

    def walk(container):
        for block in container.iterchildren():
            if block.tag == qn("w:p"):
                parts.append("".join(t.text or "" for t in block.iter(qn("w:t"))))
            elif block.tag == qn("w:tbl"):
                for tr in block.iter(qn("w:tr")):
                    for tc in tr.iter(qn("w:tc")):
                        parts.append(" ".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                                              for p in tc.iter(qn("w:p"))))
    walk(d.element.body)
    return " || ".join(norm(p) for p in parts)


def html_text(path):
    from lxml import html as lh
    tree = lh.fromstring(Path(path).read_bytes())
    for bad in tree.xpath("//script|//style|//head"):
        bad.getparent().remove(bad)
    return " || ".join(norm(e.text_content()) for e in tree.iter() if e.tag in
                       ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "a", "span", "div"))


def md_text(path):
    lines = []
    for ln in Path(path).read_text(encoding="utf-8").splitlines():
        ln = re.sub(r"^\s*#+\s*", "", ln)
        ln = _MARK.sub("", ln)
        lines.append(ln)
    return norm(" ".join(lines))


def gold_texts(comp):
    """(text, page) for every text the gold takes from the document."""
    out = []
    if comp["definition"]:
        out.append((comp["definition"], None))
    for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
        out += [(x["text"], x["source"]["page"]) for x in comp[f]]
    for lv in comp["levels"]:
        out.append((lv["label"], None))
        out += [(x["text"], x["source"]["page"]) for x in lv["behaviors"]]
    for r in comp["readings"]:
        out.append((r["text"], r["source"]["page"]))
        if r["description"]:
            out.append((r["description"], r["source"]["page"]))
    return out


def _found(text, hay):
    """text occurs in hay; or, for an item the document spreads over several paragraphs or table
    cells (a lead sentence and its explanation, a "Title | Author/Publisher, Year" row, a title
    wrapped into the next row), every piece of it occurs, the pieces being consecutive paragraphs
    or cells."""
    if text in hay:
        return True
    joined = hay.replace(" || ", " ")
    if text in joined:
        return True
    cells = set(hay.split(" || "))
    for frag in text.split(" | "):
        if frag in joined:
            continue
        words = frag.split(" ")
        if not any(" ".join(words[:i]) in cells and " ".join(words[i:]) in cells for i in range(1, len(words))):
            return False
    return " | " in text


def check_gold(gold_path):
    """Every gold text occurs in the document text (on its page for PDFs); sha matches; score 1.0."""
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = DOCS / d["path"]
    assert sha256(path) == d["sha256"], "sha256 mismatch"
    fmt = d["format"]
    if fmt == "pdf":
        pages = pdf_pages_text(path)
        whole = " ".join(pages)
    elif fmt == "docx":
        whole = docx_text(path)
    elif fmt == "html":
        whole = html_text(path)
    else:
        whole = md_text(path)
    missing = []
    n = 0
    for c in gold["competencies"]:
        assert list(c) == KEYS, c["id"]
        assert c["id"] == slug(c["name"])
        assert [l["rank"] for l in c["levels"]] == sorted(l["rank"] for l in c["levels"])
        for text, page in gold_texts(c):
            n += 1
            hay = pages[page - 1] if (fmt == "pdf" and page) else whole
            if not _found(norm(text), hay):
                missing.append((c["id"], page, text))
        for r in c["related"]:
            n += 1
    if d["title"] and norm(d["title"]) not in whole:
        missing.append(("<title>", None, d["title"]))
    res = subprocess.run(["python3", str(SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr
    return n, missing, last
