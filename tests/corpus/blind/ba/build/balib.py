"""Helpers for batch BA's build scripts (rendering with LibreOffice, Word XML bits, gold writing).

Adapted from /work/main/tests/corpus/build/common.py (allowed by the brief), with the paths pointing
into /work/blind/ba/ instead of the repository.
"""
import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

BA = Path(__file__).resolve().parents[1]
DOCS = BA / "docs"
GOLD = BA / "gold"
SCHEMA_VERSION = "1.0.0"
KEYS = ["id", "name", "definition", "key_words", "indicators", "levels", "activities", "courses",
        "readings", "related", "interview_questions", "tips", "notes", "sources"]


def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def slug(name):
    s = name.lower().replace("&", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# ------------------------------------------------------------------ LibreOffice
def soffice(src, target, outdir, infilter=None):
    """Convert with LibreOffice headless, with a throwaway profile (others run LibreOffice too)."""
    prof = tempfile.mkdtemp(prefix="lo-ba-")
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    shutil.rmtree(prof, ignore_errors=True)


def to_pdf(src, pdf_path):
    """src (docx/odt/pptx/xlsx/fodt...) -> pdf_path via LibreOffice."""
    tmp = Path(tempfile.mkdtemp(prefix="ba-pdf-"))
    soffice(src, "pdf", tmp)
    out = tmp / (Path(src).stem + ".pdf")
    shutil.move(str(out), str(pdf_path))
    shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------ DOCX bits
def _next_ids(numbering):
    a = [int(x.get(qn("w:abstractNumId"))) for x in numbering.findall(qn("w:abstractNum"))]
    n = [int(x.get(qn("w:numId"))) for x in numbering.findall(qn("w:num"))]
    return max(a + [-1]) + 1, max(n + [0]) + 1


def add_numbering(document, lvl_xml, nsid="1A2B3C4D"):
    """A real <w:abstractNum> + <w:num>; returns numId."""
    numbering = document.part.numbering_part.element
    aid, nid = _next_ids(numbering)
    absnum = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
        f'<w:nsid w:val="{nsid}"/><w:multiLevelType w:val="hybridMultilevel"/>{lvl_xml}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


def bullet_lvl(glyph="\u2022", left=360, hanging=360, font="Arial", ilvl=0, color=None):
    col = f'<w:color w:val="{color}"/>' if color else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            f'<w:lvlText w:val="{glyph}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:hint="default"/>{col}</w:rPr></w:lvl>')


def set_num(paragraph, num_id, ilvl=0):
    numPr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def add_field(paragraph, instr, placeholder="1", font_size=None):
    def run():
        r = paragraph.add_run()
        if font_size:
            r.font.size = font_size
        return r

    def fld(kind):
        r = run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._r.append(e)
    fld("begin")
    r = run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fld("separate")
    r = run()
    r.text = placeholder
    fld("end")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_margins(cell, top=80, bottom=80, left=120, right=120):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(
        f'<w:tcMar {nsdecls("w")}><w:top w:w="{top}" w:type="dxa"/><w:left w:w="{left}" w:type="dxa"/>'
        f'<w:bottom w:w="{bottom}" w:type="dxa"/><w:right w:w="{right}" w:type="dxa"/></w:tcMar>'))


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


def para_border(paragraph, sides=("top", "bottom"), color="E2007A", size=12, space=4):
    pPr = paragraph._p.get_or_add_pPr()
    inner = "".join(f'<w:{s} w:val="single" w:sz="{size}" w:space="{space}" w:color="{color}"/>' for s in sides)
    pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}>{inner}</w:pBdr>'))


def a4(section, landscape=False, margins_cm=(2, 2, 2, 2)):
    from docx.shared import Cm
    from docx.enum.section import WD_ORIENT
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    t, r, b, l = margins_cm
    section.top_margin, section.right_margin = Cm(t), Cm(r)
    section.bottom_margin, section.left_margin = Cm(b), Cm(l)


def clear_core_props(document, title=""):
    cp = document.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""


# ------------------------------------------------------------------ gold
class Gold:
    """Collects one document's gold competencies; texts are normalized on the way in."""

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

    def level(self, rank, label, behaviors, group=None):
        return {"rank": rank, "label": norm(label), "behaviors": self.items(behaviors, group)
                if behaviors and isinstance(behaviors[0], str) else behaviors}

    def reading(self, text, title, authors, publisher, year, description=None):
        return {"text": norm(text), "title": title, "authors": list(authors), "publisher": publisher,
                "year": year, "description": description,
                "source": {"document": self.stem, "page": None}}

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


# ------------------------------------------------------------------ extra packages for the deck and the sheet
VENDOR = Path("/tmp/ba-vendor")
VENDOR_PKGS = ["python-pptx==1.0.2", "XlsxWriter==3.3.1"]


def ensure_vendor():
    """python-pptx and xlsxwriter are not in the project venv: install them (no dependencies; lxml and
    Pillow come from the venv) into /tmp/ba-vendor with pip on first use, and put that folder last on
    sys.path so the venv's own packages win."""
    import importlib
    import sys
    if str(VENDOR) not in sys.path:
        sys.path.append(str(VENDOR))
    try:
        importlib.import_module("pptx")
        importlib.import_module("xlsxwriter")
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(VENDOR)]
                       + VENDOR_PKGS, check=True)
        importlib.invalidate_caches()
