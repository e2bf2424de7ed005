"""Small helpers shared by the batch-O builders (on top of common.py, copied from the corpus build)."""
import json
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

import common as C

BATCH = Path(__file__).resolve().parents[1]
DOCS = BATCH / "docs"
GOLD = BATCH / "gold"
DOCS.mkdir(exist_ok=True)
GOLD.mkdir(exist_ok=True)


def to_pdf(src, outdir):
    """LibreOffice headless conversion to PDF with a throwaway profile of its own."""
    prof = Path(tempfile.gettempdir()) / f"lo-blind-o-{uuid.uuid4().hex}"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
           "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    shutil.rmtree(prof, ignore_errors=True)
    return Path(outdir) / (Path(src).stem + ".pdf")


def set_font(document, name="Arial", size=10, after=3):
    st = document.styles["Normal"]
    st.paragraph_format.space_after = Pt(after)
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)


def style_font(document, style, name="Arial", size=None, bold=None, color=None, italic=None):
    st = document.styles[style]
    st.font.name = name
    if size:
        st.font.size = Pt(size)
    if bold is not None:
        st.font.bold = bold
    if italic is not None:
        st.font.italic = italic
    if color:
        st.font.color.rgb = RGBColor.from_string(color)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)
    return st


def right_tab(paragraph, pos):
    """A right tab at pos; the header/footer styles' own centre and right tabs cleared."""
    from docx.shared import Inches
    ts = paragraph.paragraph_format.tab_stops
    ts.add_tab_stop(Inches(3.25), WD_TAB_ALIGNMENT.CLEAR)
    ts.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.CLEAR)
    ts.add_tab_stop(pos, WD_TAB_ALIGNMENT.RIGHT)


def keep_next(paragraph):
    paragraph.paragraph_format.keep_with_next = True


def cell_margins(table, top=60, bottom=60, left=100, right=100):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblCellMar {nsdecls("w")}><w:top w:w="{top}" w:type="dxa"/><w:left w:w="{left}" w:type="dxa"/>'
        f'<w:bottom w:w="{bottom}" w:type="dxa"/><w:right w:w="{right}" w:type="dxa"/></w:tblCellMar>'))


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders>'))


def grid_borders(table, color="999999", sz=4):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{s} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
            for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders>'))


def landscape(section, w_in=11, h_in=8.5):
    from docx.enum.section import WD_ORIENT
    from docx.shared import Inches
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Inches(w_in)
    section.page_height = Inches(h_in)


def page_start(section, start):
    sectPr = section._sectPr
    pg = sectPr.find(qn("w:pgNumType"))
    if pg is None:
        pg = parse_xml(f'<w:pgNumType {nsdecls("w")}/>')
        sectPr.append(pg)
    pg.set(qn("w:start"), str(start))


def src(stem):
    return {"document": stem, "page": None}


def item(stem, text, group=None):
    it = {"text": C.norm(text), "source": src(stem)}
    if group:
        it["group"] = C.norm(group)
    return it


def level(stem, rank, label, behaviors, group=None):
    return {"rank": rank, "label": label, "behaviors": [item(stem, b, group) for b in behaviors]}


def comp(stem, name, definition=None, **fields):
    c = {k: [] for k in C.KEYS}
    c.update(id=C.slug(name), name=C.norm(name), definition=C.norm(definition) if definition else None,
             sources=[stem])
    for k, v in fields.items():
        assert k in C.KEYS, k
        c[k] = v
    c["levels"] = sorted(c["levels"], key=lambda lv: lv["rank"])
    return c


def write_gold(doc_path, fmt, title, comps):
    doc_path = Path(doc_path)
    for c in comps:
        c["levels"].sort(key=lambda lv: lv["rank"])
        assert list(c) == C.KEYS
    data = {"schema_version": C.SCHEMA_VERSION,
            "documents": [{"id": doc_path.stem, "path": doc_path.name, "format": fmt,
                           "sha256": C.sha256(doc_path), "title": title}],
            "competencies": sorted(comps, key=lambda c: c["id"])}
    out = GOLD / f"{doc_path.stem}.json"
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def rule_below(paragraph, color="1F3864", sz=8):
    pPr = paragraph._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/></w:pBdr>'))
