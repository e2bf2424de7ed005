"""Helpers for batch AO (python-docx rendering, LibreOffice conversion, gold writing).

Adapted from /work/main/tests/corpus/build/common.py (numbering, fields, shading); every path
points into /work/blind/ao, never into the repository.
"""
import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor, Inches

BATCH = Path(__file__).resolve().parents[1]
DOCS = BATCH / "docs"
GOLD = BATCH / "gold"
SCHEMA_VERSION = "1.0.0"
KEYS = ["id", "name", "definition", "key_words", "indicators", "levels", "activities", "courses",
        "readings", "related", "interview_questions", "tips", "notes", "sources"]


# ------------------------------------------------------------------ text
def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def slug(name):
    s = name.lower().replace("&", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# ------------------------------------------------------------------ LibreOffice
def to_pdf(docx_path, out_dir):
    """DOCX -> PDF with LibreOffice headless and a throwaway profile."""
    prof = Path(tempfile.gettempdir()) / f"lo-ao-{uuid.uuid4().hex}"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
           "--convert-to", "pdf", "--outdir", str(out_dir), str(docx_path)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    shutil.rmtree(prof, ignore_errors=True)
    return Path(out_dir) / (Path(docx_path).stem + ".pdf")


# ------------------------------------------------------------------ document setup
def new_document(font="Arial", size=10, page="A4", landscape=False, margins_cm=(2.0, 2.0, 2.0, 2.0)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(4)
    sec = d.sections[0]
    set_page(sec, page, landscape)
    top, right, bottom, left = margins_cm
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = Cm(top), Cm(right), Cm(bottom), Cm(left)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        hs = d.styles[name]
        hs.font.name = font
        hr = hs.element.get_or_add_rPr()
        rf = hr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            hr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.comments = ""
    return d


PAGES = {"A4": (21.0, 29.7), "A5": (14.8, 21.0)}


def set_page(sec, page="A4", landscape=False):
    w, h = PAGES[page]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(h), Cm(w)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(w), Cm(h)


def new_section(d, page="A4", landscape=False, margins_cm=None, start=WD_SECTION.NEW_PAGE):
    sec = d.add_section(start)
    sec.different_first_page_header_footer = False
    set_page(sec, page, landscape)
    if margins_cm:
        top, right, bottom, left = margins_cm
        sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = Cm(top), Cm(right), Cm(bottom), Cm(left)
    return sec


def set_columns(sec, num=2, space_cm=1.0, sep=False):
    sectPr = sec._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    for ch in list(cols):
        cols.remove(ch)
    if cols.get(qn("w:equalWidth")) is not None:
        del cols.attrib[qn("w:equalWidth")]
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_cm * 567)))
    if sep:
        cols.set(qn("w:sep"), "1")


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def column_break(p):
    p.add_run().add_break(WD_BREAK.COLUMN)


# ------------------------------------------------------------------ runs, paragraphs
def run(p, text, bold=False, italic=False, size=None, color=None, font=None, caps=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    if caps:
        r.font.all_caps = True
    return r


def para(d_or_cell, text="", bold=False, italic=False, size=None, color=None, align=None,
         before=None, after=None, style=None, shade=None, keep_next=False):
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    pf = p.paragraph_format
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if keep_next:
        pf.keep_with_next = True
    if shade:
        shade_para(p, shade)
    return p


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def first_cell_para(cell):
    """The cell's first (empty) paragraph, for writing into."""
    return cell.paragraphs[0]


def toc_line(d, text, page, indent_cm=0.0, bold=False, width_cm=17.0, size=None):
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    if indent_cm:
        p.paragraph_format.left_indent = Cm(indent_cm)
    run(p, text, bold=bold, size=size)
    run(p, "\t" + str(page), bold=bold, size=size)
    p.paragraph_format.space_after = Pt(3)
    return p


# ------------------------------------------------------------------ Word numbering
def _next_ids(numbering):
    a = [int(x.get(qn("w:abstractNumId"))) for x in numbering.findall(qn("w:abstractNum"))]
    n = [int(x.get(qn("w:numId"))) for x in numbering.findall(qn("w:num"))]
    return max(a + [-1]) + 1, max(n + [0]) + 1


def add_numbering(document, lvl_xml, nsid):
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
    _, nid = _next_ids(numbering)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


def bullet_lvl(glyph="\u2022", left=360, hanging=360, font="Arial", ilvl=0, color=None):
    col = f'<w:color w:val="{color}"/>' if color else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            f'<w:lvlText w:val="{glyph}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:hint="default"/>{col}</w:rPr></w:lvl>')


def decimal_lvl(fmt="%1.", left=360, hanging=360, ilvl=0, start=1):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="decimal"/>'
            f'<w:lvlText w:val="{fmt}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>')


def set_num(paragraph, num_id, ilvl=0):
    numPr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def bullets(container, items, num_id, size=None, after=2, color=None):
    out = []
    for t in items:
        p = container.add_paragraph()
        run(p, t, size=size, color=color)
        set_num(p, num_id)
        p.paragraph_format.space_after = Pt(after)
        out.append(p)
    return out


# ------------------------------------------------------------------ fields, tables
def add_field(paragraph, instr, placeholder="1", size=None, bold=False, color=None):
    def fmt(r):
        if size:
            r.font.size = Pt(size)
        r.bold = bold
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        return r

    def fld(kind):
        r = fmt(paragraph.add_run())
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._r.append(e)
        return r
    fld("begin")
    r = fmt(paragraph.add_run())
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fld("separate")
    r = paragraph.add_run(placeholder)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
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


def cell_margins(table, top=60, bottom=60, left=100, right=100):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblCellMar {nsdecls("w")}><w:top w:w="{top}" w:type="dxa"/><w:left w:w="{left}" w:type="dxa"/>'
        f'<w:bottom w:w="{bottom}" w:type="dxa"/><w:right w:w="{right}" w:type="dxa"/></w:tblCellMar>'))


def borders(table, color="999999", sz=4, inside=True):
    tblPr = table._tbl.tblPr
    ins = (f'<w:insideH w:val="single" w:sz="{sz}" w:color="{color}"/>'
           f'<w:insideV w:val="single" w:sz="{sz}" w:color="{color}"/>') if inside else \
        '<w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}><w:top w:val="single" w:sz="{sz}" w:color="{color}"/>'
        f'<w:left w:val="single" w:sz="{sz}" w:color="{color}"/><w:bottom w:val="single" w:sz="{sz}" w:color="{color}"/>'
        f'<w:right w:val="single" w:sz="{sz}" w:color="{color}"/>{ins}</w:tblBorders>'))


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        f'<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'))


def fix_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))


def cell_text(cell, text, bold=False, size=None, color=None, align=None, italic=False):
    p = cell.paragraphs[0]
    run(p, text, bold=bold, size=size, color=color, italic=italic)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(2)
    return p


def valign(cell, val="center"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:vAlign {nsdecls("w")} w:val="{val}"/>'))


# ------------------------------------------------------------------ header / footer
def footer_text(sec, left="", right_page_fmt=None, center=False, size=8, color="595959", link=False):
    """A footer paragraph: left text, then a right-aligned tab with page-number text.

    right_page_fmt: a list of parts, strings and the tokens PAGE / NUMPAGES."""
    ft = sec.footer
    ft.is_linked_to_previous = False
    p = ft.paragraphs[0]
    p.text = ""
    width = sec.page_width - sec.left_margin - sec.right_margin
    for pos in (4680, 9360):     # the Footer style's own centre / right tabs
        p.paragraph_format.tab_stops.add_tab_stop(Pt(pos / 20), WD_TAB_ALIGNMENT.CLEAR)
    p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if left:
        run(p, left, size=size, color=color)
    if right_page_fmt:
        if left or not center:
            run(p, "\t", size=size)
        for part in right_page_fmt:
            if part in ("PAGE", "NUMPAGES"):
                add_field(p, part, "1", size=size, color=color)
            else:
                run(p, part, size=size, color=color)
    return p


def header_text(sec, text, align="right", size=8, color="595959", bold=False):
    hd = sec.header
    hd.is_linked_to_previous = False
    p = hd.paragraphs[0]
    p.text = ""
    run(p, text, size=size, color=color, bold=bold)
    p.alignment = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                   "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
    return p


# ------------------------------------------------------------------ gold
def src(doc):
    return {"document": doc, "page": None}


def item(doc, text, group=None):
    it = {"text": norm(text), "source": src(doc)}
    if group:
        it["group"] = norm(group)
    return it


def level(doc, rank, label, behaviors, group=None):
    """behaviors: list of strings or (text, group) pairs."""
    out = []
    for b in behaviors:
        if isinstance(b, tuple):
            out.append(item(doc, b[0], b[1]))
        else:
            out.append(item(doc, b, group))
    return {"rank": rank, "label": norm(label), "behaviors": out}


def competency(doc, name, definition=None, **fields):
    c = {k: [] for k in KEYS}
    c.update(id=slug(name), name=norm(name), definition=norm(definition) if definition else None,
             sources=[doc])
    for k, v in fields.items():
        assert k in KEYS, k
        c[k] = v
    c["levels"] = sorted(c["levels"], key=lambda lv: lv["rank"])
    return c


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def write_gold(doc_path, fmt, title, comps):
    doc_path = Path(doc_path)
    for c in comps:
        c["levels"].sort(key=lambda lv: lv["rank"])
        assert list(c) == KEYS
    data = {"schema_version": SCHEMA_VERSION,
            "documents": [{"id": doc_path.stem, "path": doc_path.name, "format": fmt,
                           "sha256": sha256(doc_path), "title": title}],
            "competencies": sorted(comps, key=lambda c: c["id"])}
    GOLD.mkdir(parents=True, exist_ok=True)
    out = GOLD / f"{doc_path.stem}.json"
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def set_columns_unequal(sec, widths_cm, space_cm=0.8):
    """Columns of different widths (w:equalWidth=0 with one w:col per column)."""
    sectPr = sec._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(len(widths_cm)))
    cols.set(qn("w:equalWidth"), "0")
    cols.set(qn("w:space"), str(int(space_cm * 567)))
    for i, w in enumerate(widths_cm):
        c = OxmlElement("w:col")
        c.set(qn("w:w"), str(int(w * 567)))
        if i < len(widths_cm) - 1:
            c.set(qn("w:space"), str(int(space_cm * 567)))
        cols.append(c)
