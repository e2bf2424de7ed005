"""Helpers for batch BD's build scripts: LibreOffice rendering, Word XML bits, gold writing, checks.

Adapted from /work/main/tests/corpus/build/common.py (the brief allows copying it), with every path
pointing into /work/blind/bd/ instead of the repository.
"""
import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

BD = Path(__file__).resolve().parents[1]
DOCS = BD / "docs"
GOLD = BD / "gold"
SCORE = Path("/work/shared/tools/score.py")
SCHEMA_VERSION = "1.0.0"
KEYS = ["id", "name", "definition", "key_words", "indicators", "levels", "activities", "courses",
        "readings", "related", "interview_questions", "tips", "notes", "sources"]


def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def slug(name):
    s = name.lower().replace("&", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# ------------------------------------------------------------------ LibreOffice
def soffice(src, target, outdir):
    prof = tempfile.mkdtemp(prefix="lo-bd-")
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
           "--convert-to", target, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    shutil.rmtree(prof, ignore_errors=True)


def to_pdf(src, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="bd-pdf-"))
    soffice(src, "pdf", tmp)
    shutil.move(str(tmp / (Path(src).stem + ".pdf")), str(pdf_path))
    shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------ DOCX bits
def _next_ids(numbering):
    a = [int(x.get(qn("w:abstractNumId"))) for x in numbering.findall(qn("w:abstractNum"))]
    n = [int(x.get(qn("w:numId"))) for x in numbering.findall(qn("w:num"))]
    return max(a + [-1]) + 1, max(n + [0]) + 1


def add_numbering(document, lvl_xml, nsid="0B0B0B01"):
    numbering = document.part.numbering_part.element
    aid, nid = _next_ids(numbering)
    absnum = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
        f'<w:nsid w:val="{nsid}"/><w:multiLevelType w:val="hybridMultilevel"/>{lvl_xml}</w:abstractNum>')
    first = numbering.find(qn("w:num"))
    if first is not None:
        first.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


def bullet_lvl(glyph="\u2022", left=360, hanging=360, font="Arial"):
    return (f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
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


def add_field(paragraph, instr, placeholder="1", size=None, bold=False):
    def run():
        r = paragraph.add_run()
        if size:
            r.font.size = size
        r.bold = bold
        return r

    def fld(kind):
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        run()._r.append(e)
    fld("begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run()._r.append(it)
    fld("separate")
    run().text = placeholder
    fld("end")


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def borders(table, val="single", sz=4, color="000000"):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{s} w:val="{val}" w:sz="{sz}" w:space="0" w:color="{color}"/>'
            for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'))


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders>'))


def fix_widths(table, widths_in):
    from docx.shared import Inches
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths_in):
            cell.width = Inches(w)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_in):
        gc.set(qn("w:w"), str(int(w * 1440)))


def row_flags(row, cant_split=False, header=False):
    trPr = row._tr.get_or_add_trPr()
    if cant_split:
        trPr.append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
    if header:
        trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def page_setup(section, landscape=False, letter=True, margins_in=(1, 1, 1, 1)):
    from docx.shared import Inches, Cm
    from docx.enum.section import WD_ORIENT
    w, h = (Inches(8.5), Inches(11)) if letter else (Cm(21.0), Cm(29.7))
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        w, h = h, w
    section.page_width, section.page_height = w, h
    t, r, b, l = margins_in
    section.top_margin, section.right_margin = Inches(t), Inches(r)
    section.bottom_margin, section.left_margin = Inches(b), Inches(l)


def core_props(document, title="", author=""):
    cp = document.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.comments = cp.subject = cp.keywords = ""


# ------------------------------------------------------------------ gold
class Gold:
    def __init__(self, doc_path, fmt, title):
        self.path = Path(doc_path)
        self.stem = self.path.stem
        self.fmt = fmt
        self.title = title
        self.comps = []

    def item(self, text, group=None):
        it = {"text": norm(text), "source": {"document": self.stem, "page": None}}
        if group:
            it["group"] = norm(group)
        return it

    def items(self, texts, group=None):
        return [self.item(t, group) for t in texts]

    def level(self, rank, label, behaviors):
        return {"rank": rank, "label": norm(label),
                "behaviors": [b if isinstance(b, dict) else self.item(b) for b in behaviors]}

    def competency(self, name, definition=None, **fields):
        c = {k: [] for k in KEYS}
        c.update(id=slug(name), name=norm(name), definition=norm(definition) if definition else None,
                 sources=[self.stem])
        for k, v in fields.items():
            assert k in KEYS, k
            c[k] = v
        c["levels"] = sorted(c["levels"], key=lambda lv: lv["rank"])
        self.comps.append(c)
        return c

    def write(self):
        data = {"schema_version": SCHEMA_VERSION,
                "documents": [{"id": self.stem, "path": self.path.name, "format": self.fmt,
                               "sha256": sha256(self.path), "title": self.title}],
                "competencies": sorted(self.comps, key=lambda c: c["id"])}
        out = GOLD / f"{self.stem}.json"
        out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return out


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def clear_default_tabs(paragraph):
    """Header/Footer styles carry centre (3.25") and right (6.5") tab stops: clear them."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches
    for pos in (3.25, 6.5):
        paragraph.paragraph_format.tab_stops.add_tab_stop(Inches(pos), WD_TAB_ALIGNMENT.CLEAR)
