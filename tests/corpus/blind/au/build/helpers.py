"""Shared helpers for the corpus build scripts (rendering, Word numbering, gold writing, checks).

One module for every publisher folder: each build/<publisher>/build.py puts build/ on sys.path and does
`import common as C`, then runs on its own:  python build.py   (python-docx, pdfplumber, lxml;
LibreOffice `soffice` on PATH).

Two families of builders grew up with different helper conventions, and both are served here:

* anzuk, canada, univ, wastate:  add_abstract + add_num with BULLET_LVL / DECIMAL_LVL templates,
  mark_header_row, cell_shading, item(doc, text, ...), competency(doc, name, definition),
  write_gold(doc_path, fmt, title, comps), pdf_pages / find_pages, check(doc_path, gold_path).
* devguide, fedscale, unframe:  add_numbering with bullet_lvl() / decimal_lvl(), row_flags, shade,
  fix_widths, item(text, doc, ...), reading(...), competency(name, doc, **fields),
  write_gold(stem, path_name, fmt, title, comps), check_gold(gold_path).

item() and competency() take the document id and the text/name in either order (see _doc_and_value);
write_gold() tells its two forms apart by the number of arguments.
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

CORPUS = Path(__file__).resolve().parents[1]          # /work/blind/au
DOCS = CORPUS / "docs"
GOLD = CORPUS / "gold"
SCORE = Path("/work/shared/tools/score.py")
SCHEMA_VERSION = "1.0.0"
KEYS = ["id", "name", "definition", "key_words", "indicators", "levels", "activities", "courses",
        "readings", "related", "interview_questions", "tips", "notes", "sources"]
FIELDS = KEYS[3:-1]            # the list-valued fields: key_words .. notes
BULLETS = "\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7\uf0b7\u2013 "


# ------------------------------------------------------------------ text
def norm(s):
    """Collapse whitespace (NBSP included) to single spaces."""
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def slug(name):
    s = name.lower().replace("&", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


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


# ------------------------------------------------------------------ DOCX: Word numbering
def _next_ids(numbering):
    a = [int(x.get(qn("w:abstractNumId"))) for x in numbering.findall(qn("w:abstractNum"))]
    n = [int(x.get(qn("w:numId"))) for x in numbering.findall(qn("w:num"))]
    return max(a + [-1]) + 1, max(n + [0]) + 1


def add_abstract(document, lvl_xml, nsid):
    """Add a <w:abstractNum> to word/numbering.xml; return its id."""
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
    """A <w:num> on an abstractNum (restart=True: a decimal list that starts again at 1); return numId."""
    numbering = document.part.numbering_part.element
    _, nid = _next_ids(numbering)
    over = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
            if restart else "")
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{abstract_id}"/>{over}</w:num>'))
    return nid


def add_numbering(document, lvl_xml, nsid):
    """A real <w:abstractNum> + its <w:num> in one step; return numId."""
    return add_num(document, add_abstract(document, lvl_xml, nsid))


# level templates for add_abstract: str.format(left=..., hang=...)
BULLET_LVL = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
              '<w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/>'
              '<w:pPr><w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr>'
              '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>')
DECIMAL_LVL = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
               '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
               '<w:pPr><w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr></w:lvl>')


# level builders for add_numbering
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


# ------------------------------------------------------------------ DOCX: fields, tables, properties
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


def mark_header_row(row):
    """Repeat the row as a table header (no cantSplit)."""
    row_flags(row, cant_split=False, header=True)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


cell_shading = shade


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


# ------------------------------------------------------------------ gold
_ID_SHAPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\Z")


def _looks_like_id(s):
    return isinstance(s, str) and bool(_ID_SHAPE.match(s))


def _is_document(s):
    return _looks_like_id(s) and (any(p.stem == s for p in DOCS.glob(f"{s}.*"))
                                  or (GOLD / f"{s}.json").exists())


def _doc_and_value(a, b, what):
    """(doc, value) from two positional arguments given in either order.

    anzuk/canada/univ/wastate call item(doc, text, ...) and competency(doc, name, definition);
    devguide/fedscale/unframe call item(text, doc, ...) and competency(name, doc, definition=...).
    The document id is the argument that names a document in DOCS (or a gold file in GOLD); failing
    that, the only one shaped like a file stem (no spaces). Raise if still ambiguous."""
    for test in (_is_document, _looks_like_id):
        ta, tb = test(a), test(b)
        if ta != tb:
            return (a, b) if ta else (b, a)
    raise TypeError(f"{what}(): cannot tell which of {a!r} / {b!r} is the document id "
                    f"(write the document into DOCS first)")


def item(a, b, page=None, group=None):
    """A gold item: item(doc, text, page, group) or item(text, doc, page, group)."""
    doc, text = _doc_and_value(a, b, "item")
    it = {"text": norm(text), "source": {"document": doc, "page": page}}
    if group:
        it["group"] = norm(group)
    return it


def reading(text, title, authors, publisher, year, description, doc, page=None):
    return {"text": norm(text), "title": title, "authors": list(authors), "publisher": publisher,
            "year": year, "description": description, "source": {"document": doc, "page": page}}


def competency(a, b, definition=None, **fields):
    """A gold competency with every KEYS field (lists empty unless given as keyword arguments).

    competency(doc, name, definition)  or  competency(name, doc, definition=..., levels=..., ...)."""
    doc, name = _doc_and_value(a, b, "competency")
    c = {k: [] for k in KEYS}
    c.update(id=slug(name), name=norm(name), definition=norm(definition) if definition else None,
             sources=[doc])
    for k, v in fields.items():
        assert k in KEYS, k
        c[k] = v
    c["levels"] = sorted(c["levels"], key=lambda lv: lv["rank"])
    assert list(c) == KEYS
    return c


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def write_gold(*args):
    """Write GOLD/<stem>.json for one document; return its path.

    write_gold(doc_path, fmt, title, comps)            the document at doc_path
    write_gold(stem, path_name, fmt, title, comps)     the document DOCS/path_name
    Levels are sorted by rank and competencies by id."""
    if len(args) == 4:
        doc_path, fmt, title, comps = args
        doc_path = Path(doc_path)
        stem, path_name = doc_path.stem, doc_path.name
    elif len(args) == 5:
        stem, path_name, fmt, title, comps = args
        doc_path = DOCS / path_name
    else:
        raise TypeError(f"write_gold() takes 4 or 5 arguments ({len(args)} given)")
    for c in comps:
        c["levels"].sort(key=lambda lv: lv["rank"])
    data = {"schema_version": SCHEMA_VERSION,
            "documents": [{"id": stem, "path": path_name, "format": fmt,
                           "sha256": sha256(doc_path), "title": title}],
            "competencies": sorted(comps, key=lambda c: c["id"])}
    out = GOLD / f"{stem}.json"
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


# ------------------------------------------------------------------ text extraction for the checks
def _clean(s):
    """Normalize extracted text for check(): bullets and list markers out, whitespace collapsed."""
    s = s.replace("\u00a0", " ")
    s = re.sub(r"(?m)^[ \t]*[\u2022\u25aa\u25cf\u25e6\uf0b7\u00b7\-*][ \t]+", " ", s)
    s = re.sub(r"[\u2022\u25aa\u25cf\u25e6\uf0b7]", " ", s)
    return norm(s)


_MARK = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2013\-\*\uf0b7]|\d+[.)])\s+")


def _clean_lines(text):
    """Normalize extracted text for check_gold(): line-start bullets / list numbers out."""
    # a compound broken after its hyphen at a line end ("non-" / "specialists") is one word
    text = re.sub(r"-\n(?=[a-z])", "-", text)
    return norm(" ".join(_MARK.sub("", ln) for ln in text.splitlines()))


def pdf_pages(path, tables=False):
    """Per page, for check(): the page text (plus, with tables=True, each table cell's own text)."""
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


def pdf_pages_text(pdf_path):
    """Per page, for check_gold(): normalized page text + normalized text of every table cell, ' || '-joined."""
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


def find_pages(pages, text):
    """1-based page(s) where a text occurs in the per-page extracted text."""
    t = norm(text)
    return [i + 1 for i, p in enumerate(pages) if t in p]


def docx_text(path, cells=False):
    """Headers, footers, body paragraphs and tables, in order.

    cells=False (check()): one cleaned string, a table read paragraph by paragraph.
    cells=True (check_gold()): paragraphs and table cells (a cell's paragraphs joined) as ' || '-joined parts."""
    import docx
    d = docx.Document(str(path))
    parts = []
    for sec in d.sections:
        parts += [p.text for p in sec.header.paragraphs] + [p.text for p in sec.footer.paragraphs]

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(qn("w:t")))

    for block in d.element.body.iterchildren():
        if block.tag == qn("w:p"):
            parts.append(ptext(block))
        elif block.tag == qn("w:tbl"):
            if cells:
                for tr in block.iter(qn("w:tr")):
                    for tc in tr.iter(qn("w:tc")):
                        parts.append(" ".join(ptext(p) for p in tc.iter(qn("w:p"))))
            else:
                parts += [ptext(p) for p in block.iter(qn("w:p"))]
    if cells:
        return " || ".join(norm(p) for p in parts)
    return _clean("\n".join(parts))


def html_text(path, blocks=False):
    """The page's text without <head>, scripts and styles.

    blocks=False (check()): the text nodes concatenated as they stand, cleaned.
    blocks=True (check_gold()): the text of each block/inline element, ' || '-joined."""
    from lxml import html as lh
    root = lh.fromstring(Path(path).read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    if blocks:
        return " || ".join(norm(e.text_content()) for e in root.iter() if e.tag in
                           ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "a", "span", "div"))
    return _clean("".join(root.itertext()))


def txt_text(path):
    return _clean(Path(path).read_text(encoding="utf-8"))


def md_text(path):
    lines = []
    for ln in Path(path).read_text(encoding="utf-8").splitlines():
        ln = re.sub(r"^\s*#+\s*", "", ln)
        ln = _MARK.sub("", ln)
        lines.append(ln)
    return norm(" ".join(lines))


def _self_score(gold_path):
    """Last line of score.py run on the gold against itself ("overall F1 1.000" when well-formed)."""
    res = subprocess.run([sys.executable, str(SCORE), str(gold_path), str(gold_path)],
                         capture_output=True, text=True)
    return res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr


# ------------------------------------------------------------------ check() (anzuk, canada, univ, wastate)
def gold_strings(gold):
    """(competency id, where, text, page) for every text the gold says is printed in the document."""
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
    """The brief's checks: texts in the document, pages right, sha256, score.py gold-vs-gold = 1.000.
    Prints a report; returns True when there are no problems."""
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
            # a table row given as one item ("Course | Provider | Duration") is checked cell by cell
            if not all(norm(part) in full for part in text.split(" | ")):
                problems.append(f"{cid} {where}: not in document text: {norm(text)[:80]!r}")
            if page is not None:
                problems.append(f"{cid} {where}: page should be null for {fmt}")
    last = _self_score(gold_path)
    if last != "overall F1 1.000":
        problems.append(f"score.py: {last}")
    n = len(gold_strings(gold))
    print(f"check {doc_path.name}: {n} texts, {len(problems)} problems; {last}")
    for p in problems:
        print("   ", p)
    return not problems


# ------------------------------------------------------------------ check_gold() (devguide, fedscale, unframe)
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
    """Every gold text occurs in the document text (on its page for PDFs); sha matches; score 1.0.
    Returns (texts checked, missing [(competency id, page, text)], score.py's last line)."""
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = DOCS / d["path"]
    assert sha256(path) == d["sha256"], "sha256 mismatch"
    fmt = d["format"]
    if fmt == "pdf":
        pages = pdf_pages_text(path)
        whole = " ".join(pages)
    elif fmt == "docx":
        whole = docx_text(path, cells=True)
    elif fmt == "html":
        whole = html_text(path, blocks=True)
    else:
        whole = md_text(path)
    missing = []
    n = 0
    for c in gold["competencies"]:
        assert list(c) == KEYS, c["id"]
        assert c["id"] == slug(c["name"])
        assert [lv["rank"] for lv in c["levels"]] == sorted(lv["rank"] for lv in c["levels"])
        for text, page in gold_texts(c):
            n += 1
            hay = pages[page - 1] if (fmt == "pdf" and page) else whole
            if not _found(norm(text), hay):
                missing.append((c["id"], page, text))
        for r in c["related"]:
            n += 1
    if d["title"] and norm(d["title"]) not in whole:
        missing.append(("<title>", None, d["title"]))
    return n, missing, _self_score(gold_path)
