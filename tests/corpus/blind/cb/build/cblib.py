"""Helpers for blind batch CB.

Rendering helpers (Word numbering, PAGE fields, shading, widths) come from
/work/main/tests/corpus/build/common.py, which the brief allows us to import. Everything that writes
(documents, gold) is re-implemented here so that output goes only to /work/blind/cb/{docs,gold}.
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

CB = Path(__file__).resolve().parents[1]
DOCS = CB / "docs"
GOLD = CB / "gold"
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
    prof = Path(tempfile.gettempdir()) / f"lo-cb-{uuid.uuid4().hex}"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    shutil.rmtree(prof, ignore_errors=True)


def convert(src, out_path, target):
    """Convert src with LibreOffice and move the single result to out_path."""
    tmp = Path(tempfile.mkdtemp(prefix="cb-conv-"))
    soffice(src, target, tmp)
    produced = list(tmp.iterdir())
    assert len(produced) == 1, produced
    shutil.move(str(produced[0]), str(out_path))
    shutil.rmtree(tmp, ignore_errors=True)


def docx_to_pdf(document, out_pdf):
    """Save a python-docx Document to a temp .docx and convert it to out_pdf."""
    tmp = Path(tempfile.mkdtemp(prefix="cb-src-"))
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


def reading(doc, text, title, authors, publisher, year, description=None):
    return {"text": norm(text), "title": norm(title), "authors": [norm(a) for a in authors],
            "publisher": norm(publisher) if publisher else None, "year": year,
            "description": norm(description) if description else None,
            "source": {"document": doc, "page": None}}


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
    data = {"schema_version": SCHEMA_VERSION,
            "documents": [{"id": doc_path.stem, "path": doc_path.name, "format": fmt,
                           "sha256": sha256(doc_path), "title": title}],
            "competencies": sorted(comps, key=lambda c: c["id"])}
    out = GOLD / f"{doc_path.stem}.json"
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


# ------------------------------------------------------------------ DOCX bits
def set_cell_margins(table, top=60, bottom=60, left=100, right=100):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    table._tbl.tblPr.append(parse_xml(
        f'<w:tblCellMar {nsdecls("w")}><w:top w:w="{top}" w:type="dxa"/><w:left w:w="{left}" w:type="dxa"/>'
        f'<w:bottom w:w="{bottom}" w:type="dxa"/><w:right w:w="{right}" w:type="dxa"/></w:tblCellMar>'))


def table_borders(table, color="000000", size=4, inside=True):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    edges = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    xml = "".join(f'<w:{e} w:val="single" w:sz="{size}" w:space="0" w:color="{color}"/>' for e in edges)
    table._tbl.tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{xml}</w:tblBorders>'))


def para_border(paragraph, sides=("bottom",), color="000000", size=6, space=1):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    inner = "".join(f'<w:{s} w:val="single" w:sz="{size}" w:space="{space}" w:color="{color}"/>' for s in sides)
    paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {nsdecls("w")}>{inner}</w:pBdr>'))


def para_shading(paragraph, fill):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def merge_row(table, row_idx):
    row = table.rows[row_idx]
    a = row.cells[0].merge(row.cells[-1])
    return a


def keep_with_next(paragraph, on=True):
    paragraph.paragraph_format.keep_with_next = on


def right_tab(paragraph, pos_cm):
    """A single right tab at pos_cm, with the Header/Footer style's default stops cleared."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Inches
    ts = paragraph.paragraph_format.tab_stops
    for c in (3.25, 6.5):
        ts.add_tab_stop(Inches(c), WD_TAB_ALIGNMENT.CLEAR)
    ts.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)


def style_font(style, name):
    """Set a style's font on every script slot and drop theme-font attributes (LibreOffice honours those)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    style.font.name = name
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


def num_override_restart(document, abstract_id):
    """A new <w:num> on an existing abstractNum whose level 0 restarts at 1."""
    return C.add_num(document, abstract_id, restart=True)


def html_escape(s):
    import html
    return html.escape(s, quote=False)
