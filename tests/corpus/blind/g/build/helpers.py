"""Helpers for batch-g (adapted from /work/main/tests/corpus/build/common.py; every path points into
/work/blind/batch-g, nothing is written into the repository)."""
import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

BATCH = Path(__file__).resolve().parents[1]
DOCS = BATCH / "docs"
GOLD = BATCH / "gold"
SCHEMA_VERSION = "1.0.0"
KEYS = ["id", "name", "definition", "key_words", "indicators", "levels", "activities", "courses",
        "readings", "related", "interview_questions", "tips", "notes", "sources"]


def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def slug(name):
    s = name.lower().replace("&", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# ------------------------------------------------------------------ LibreOffice
def soffice(src, target, outdir):
    prof = Path(tempfile.gettempdir()) / f"lo-batch-g-{uuid.uuid4().hex}"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
           "--convert-to", target, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    shutil.rmtree(prof, ignore_errors=True)


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="batch-g-pdf-"))
    soffice(docx_path, "pdf", tmp)
    shutil.move(str(tmp / (Path(docx_path).stem + ".pdf")), str(pdf_path))
    shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------ DOCX numbering
def _next_ids(numbering):
    a = [int(x.get(qn("w:abstractNumId"))) for x in numbering.findall(qn("w:abstractNum"))]
    n = [int(x.get(qn("w:numId"))) for x in numbering.findall(qn("w:num"))]
    return max(a + [-1]) + 1, max(n + [0]) + 1


def lvl(ilvl, fmt, text, left, hanging, font=None, start=1):
    rpr = (f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:hint="default"/></w:rPr>'
           if font else "")
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl>')


def add_abstract(document, lvl_xml, nsid):
    numbering = document.part.numbering_part.element
    aid, _ = _next_ids(numbering)
    absnum = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
        f'<w:nsid w:val="{nsid}"/><w:multiLevelType w:val="hybridMultilevel"/>{lvl_xml}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    return aid


def add_num(document, abstract_id, restart=False):
    numbering = document.part.numbering_part.element
    _, nid = _next_ids(numbering)
    over = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else "")
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{abstract_id}"/>{over}</w:num>'))
    return nid


def set_num(paragraph, num_id, ilvl=0):
    numPr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


# ------------------------------------------------------------------ DOCX fields, tables, sections
def add_field(paragraph, instr, placeholder="1"):
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
    run = paragraph.add_run(placeholder)
    fld("end")
    return run


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
    from docx.shared import Inches
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths_in):
            cell.width = Inches(w)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_in):
        gc.set(qn("w:w"), str(int(w * 1440)))


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders>'))


def set_columns(section, num, space_twips=540, sep=False):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    sep_attr = ' w:sep="1"' if sep else ""
    cols = parse_xml(f'<w:cols {nsdecls("w")} w:num="{num}" w:space="{space_twips}"{sep_attr}/>')
    sectPr.append(cols)


def column_break(paragraph):
    r = paragraph.add_run()
    br = OxmlElement("w:br")
    br.set(qn("w:type"), "column")
    r._r.append(br)


def page_break_before(paragraph):
    paragraph.paragraph_format.page_break_before = True


def clear_core_props(document, title="", author=""):
    import datetime
    cp = document.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.created = datetime.datetime(2018, 3, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2018, 3, 1, 9, 0, 0)
    cp.revision = 1


# ------------------------------------------------------------------ gold
class Gold:
    """Collects the gold competencies of one document."""

    def __init__(self, stem):
        self.stem = stem
        self.comps = []

    def item(self, text, group=None):
        it = {"text": norm(text), "source": {"document": self.stem, "page": None}}
        if group:
            it["group"] = norm(group)
        return it

    def items(self, texts, group=None):
        return [self.item(t, group) for t in texts]

    def reading(self, text, title, authors, publisher, year, description=None):
        return {"text": norm(text), "title": norm(title), "authors": list(authors), "publisher": publisher,
                "year": year, "description": description,
                "source": {"document": self.stem, "page": None}}

    def level(self, rank, label, behaviors):
        return {"rank": rank, "label": norm(label), "behaviors": behaviors}

    def comp(self, name, definition=None, **fields):
        c = {k: [] for k in KEYS}
        c.update(id=slug(name), name=norm(name), definition=norm(definition) if definition else None,
                 sources=[self.stem])
        for k, v in fields.items():
            assert k in KEYS, k
            c[k] = v
        c["levels"] = sorted(c["levels"], key=lambda lv: lv["rank"])
        self.comps.append(c)
        return c

    def write(self, doc_path, fmt, title):
        doc_path = Path(doc_path)
        data = {"schema_version": SCHEMA_VERSION,
                "documents": [{"id": self.stem, "path": doc_path.name, "format": fmt,
                               "sha256": sha256(doc_path), "title": title}],
                "competencies": sorted(self.comps, key=lambda c: c["id"])}
        GOLD.mkdir(parents=True, exist_ok=True)
        out = GOLD / f"{self.stem}.json"
        out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return out
