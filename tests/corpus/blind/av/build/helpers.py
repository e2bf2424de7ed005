"""Helpers for blind batch AV (ideas taken from /work/main/tests/corpus/build/common.py; every path points into
this batch folder, nothing is written into the repository).

Rendering: LibreOffice headless with a throwaway profile, Word numbering, PAGE fields, cell shading, widths.
Gold: item(), items(), level(), competency(), write_gold() writing into ../gold.
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

BATCH = Path(__file__).resolve().parents[1]
DOCS = BATCH / "docs"
GOLD = BATCH / "gold"
SRC = BATCH / "build" / "src"
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
def soffice(src, target, outdir, infilter=None):
    """Convert with LibreOffice headless, using a throwaway profile (others run LibreOffice at the same time)."""
    prof = tempfile.mkdtemp(prefix="lo-av-")
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    shutil.rmtree(prof, ignore_errors=True)


def docx_to_pdf(docx_path, pdf_path):
    """Render a DOCX to PDF with LibreOffice into a temp dir, then move it to pdf_path."""
    tmp = Path(tempfile.mkdtemp(prefix="av-pdf-"))
    soffice(docx_path, "pdf", tmp)
    out = tmp / (Path(docx_path).stem + ".pdf")
    shutil.move(str(out), str(pdf_path))
    shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------ DOCX: numbering
def _next_ids(numbering):
    a = [int(x.get(qn("w:abstractNumId"))) for x in numbering.findall(qn("w:abstractNum"))]
    n = [int(x.get(qn("w:numId"))) for x in numbering.findall(qn("w:num"))]
    return max(a + [-1]) + 1, max(n + [0]) + 1


def add_abstract(document, lvl_xml, nsid):
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
    numbering = document.part.numbering_part.element
    _, nid = _next_ids(numbering)
    over = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else "")
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{abstract_id}"/>{over}</w:num>'))
    return nid


def add_numbering(document, lvl_xml, nsid):
    return add_num(document, add_abstract(document, lvl_xml, nsid))


def bullet_lvl(glyph="\u2022", left=360, hanging=360, font="Arial", ilvl=0):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            f'<w:lvlText w:val="{glyph}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:hint="default"/></w:rPr></w:lvl>')


def decimal_lvl(fmt="%1.", left=360, hanging=360, ilvl=0, numfmt="decimal"):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{numfmt}"/>'
            f'<w:lvlText w:val="{fmt}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>')


def set_num(paragraph, num_id, ilvl=0):
    numPr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


# ------------------------------------------------------------------ DOCX: fields, tables
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
    paragraph.add_run(placeholder)
    fld("end")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def header_row(row):
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def cant_split(row):
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))


def fix_widths(table, widths_in):
    from docx.shared import Inches
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths_in):
            cell.width = Inches(w)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_in):
        gc.set(qn("w:w"), str(int(w * 1440)))


def no_borders(table):
    table._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders>'))


def grid_borders(table, color="808080", sz=4):
    table._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{b} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
            for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders>'))


def bottom_border(paragraph, color="000000", sz=6):
    pPr = paragraph._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" w:space="1" '
                         f'w:color="{color}"/></w:pBdr>'))


def page_break_before(paragraph):
    paragraph.paragraph_format.page_break_before = True


def clear_core_props(document, title="", author=""):
    cp = document.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""


def set_cell_text(cell, text, bold=False, italic=False, size=None, font=None, color=None, align=None):
    from docx.shared import Pt, RGBColor
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    return p


# ------------------------------------------------------------------ gold
def item(doc, text, group=None):
    it = {"text": norm(text), "source": {"document": doc, "page": None}}
    if group:
        it["group"] = norm(group)
    return it


def items(doc, texts, group=None):
    return [item(doc, t, group) for t in texts]


def level(doc, rank, label, behaviours):
    """behaviours: list of str or (text, group) tuples."""
    bs = [item(doc, b) if isinstance(b, str) else item(doc, b[0], b[1]) for b in behaviours]
    return {"rank": rank, "label": norm(label), "behaviors": bs}


def competency(doc, name, definition=None, **fields):
    c = {k: [] for k in KEYS}
    c.update(id=slug(name), name=norm(name), definition=norm(definition) if definition else None,
             sources=[doc])
    for k, v in fields.items():
        assert k in KEYS, k
        c[k] = v
    c["levels"] = sorted(c["levels"], key=lambda lv: lv["rank"])
    assert list(c) == KEYS
    return c


def write_gold(doc_path, fmt, title, comps):
    doc_path = Path(doc_path)
    data = {"schema_version": SCHEMA_VERSION,
            "documents": [{"id": doc_path.stem, "path": doc_path.name, "format": fmt,
                           "sha256": sha256(doc_path), "title": title}],
            "competencies": sorted(comps, key=lambda c: c["id"])}
    out = GOLD / f"{doc_path.stem}.json"
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out
