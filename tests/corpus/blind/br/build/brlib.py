"""Helpers for blind batch BR.

Word-numbering / field / shading helpers are taken from /work/main/tests/corpus/build/common.py (the brief
allows importing it); everything that writes (documents, gold) is implemented here, so output goes only to
/work/blind/br/{docs,gold}.
"""
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, "/work/main/tests/corpus/build")
import common as C  # noqa: E402  (rendering helpers only; its DOCS/GOLD constants are never used)

BR = Path(__file__).resolve().parents[1]
DOCS = BR / "docs"
GOLD = BR / "gold"
SCHEMA_VERSION = "1.0.0"
KEYS = ["id", "name", "definition", "key_words", "indicators", "levels", "activities", "courses",
        "readings", "related", "interview_questions", "tips", "notes", "sources"]

add_numbering = C.add_numbering
bullet_lvl = C.bullet_lvl
decimal_lvl = C.decimal_lvl
set_num = C.set_num
add_field = C.add_field
shade = C.shade
fix_widths = C.fix_widths
row_flags = C.row_flags
clear_core_props = C.clear_core_props


def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def slug(name):
    s = name.lower().replace("&", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# ------------------------------------------------------------------ LibreOffice
def soffice(src, target, outdir, infilter=None):
    """LibreOffice headless conversion with a throwaway profile (unique per call)."""
    prof = Path(tempfile.gettempdir()) / f"lo-br-{uuid.uuid4().hex}"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    shutil.rmtree(prof, ignore_errors=True)


def convert(src, out_path, target):
    tmp = Path(tempfile.mkdtemp(prefix="br-conv-"))
    soffice(src, target, tmp)
    produced = list(tmp.iterdir())
    assert len(produced) == 1, produced
    shutil.move(str(produced[0]), str(out_path))
    shutil.rmtree(tmp, ignore_errors=True)


def docx_to_pdf(document, out_pdf):
    tmp = Path(tempfile.mkdtemp(prefix="br-src-"))
    src = tmp / (Path(out_pdf).stem + ".docx")
    document.save(str(src))
    convert(src, out_pdf, "pdf")
    shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------ gold
def item(doc, text, group=None):
    it = {"text": norm(text), "source": {"document": doc, "page": None}}
    if group:
        it["group"] = norm(group)
    return it


def items(doc, texts, group=None):
    return [item(doc, t, group) for t in texts]


def level(doc, rank, label, texts, group=None):
    return {"rank": rank, "label": norm(label), "behaviors": items(doc, texts, group)}


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


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def write_gold(doc_path, fmt, title, comps):
    doc_path = Path(doc_path)
    ids = [c["id"] for c in comps]
    assert len(ids) == len(set(ids)), ids
    data = {"schema_version": SCHEMA_VERSION,
            "documents": [{"id": doc_path.stem, "path": doc_path.name, "format": fmt,
                           "sha256": sha256(doc_path), "title": title}],
            "competencies": sorted(comps, key=lambda c: c["id"])}
    out = GOLD / f"{doc_path.stem}.json"
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


# ------------------------------------------------------------------ DOCX bits
def style_font(style, name, size=None):
    """Set a style's font on every script slot and drop theme-font attributes."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt
    style.font.name = name
    if size:
        style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), name)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]


def table_borders(table, color="000000", size=4, inside=True, val="single"):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    edges = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    xml = "".join(f'<w:{e} w:val="{val}" w:sz="{size}" w:space="0" w:color="{color}"/>' for e in edges)
    table._tbl.tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{xml}</w:tblBorders>'))


def cell_margins(table, top=60, bottom=60, left=100, right=100):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    table._tbl.tblPr.append(parse_xml(
        f'<w:tblCellMar {nsdecls("w")}><w:top w:w="{top}" w:type="dxa"/><w:left w:w="{left}" w:type="dxa"/>'
        f'<w:bottom w:w="{bottom}" w:type="dxa"/><w:right w:w="{right}" w:type="dxa"/></w:tblCellMar>'))


def para_shading(paragraph, fill):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def para_border(paragraph, sides=("bottom",), color="000000", size=6, space=1):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    inner = "".join(f'<w:{s} w:val="single" w:sz="{size}" w:space="{space}" w:color="{color}"/>' for s in sides)
    paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {nsdecls("w")}>{inner}</w:pBdr>'))


def cell_vertical(cell, direction="btLr"):
    """Rotate the text of a table cell (btLr = bottom to top)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:textDirection {nsdecls("w")} w:val="{direction}"/>'))


def cell_valign(cell, val="center"):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:vAlign {nsdecls("w")} w:val="{val}"/>'))


def run(paragraph, text, bold=None, italic=None, size=None, color=None, font=None):
    from docx.shared import Pt, RGBColor
    r = paragraph.add_run(text)
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    return r


def spacing(paragraph, before=0, after=0, line=None):
    from docx.shared import Pt
    pf = paragraph.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = line


def right_tab(paragraph, pos_cm):
    """A single right tab at pos_cm, with the Header/Footer style's default stops cleared."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Inches
    ts = paragraph.paragraph_format.tab_stops
    for c in (3.25, 6.5):
        ts.add_tab_stop(Inches(c), WD_TAB_ALIGNMENT.CLEAR)
    ts.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)
