"""Gold constructors and rendering helpers for batch ag (wraps common.py, a copy of
tests/corpus/build/common.py whose DOCS/GOLD point into this batch folder)."""
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

import common as C

BATCH = Path(__file__).resolve().parents[1]
DOCS = BATCH / "docs"
GOLD = BATCH / "gold"
WORK = BATCH / "build" / "_work"


# ------------------------------------------------------------------ gold
def it(text, doc, group=None):
    d = {"text": C.norm(text), "source": {"document": doc, "page": None}}
    if group:
        d["group"] = C.norm(group)
    return d


def items(texts, doc, group=None):
    return [it(t, doc, group) for t in texts]


def lvl(rank, label, texts, doc, group=None):
    return {"rank": rank, "label": C.norm(label), "behaviors": items(texts, doc, group)}


def rd(text, title, authors, publisher, year, doc, description=None):
    return {"text": C.norm(text), "title": title, "authors": list(authors), "publisher": publisher,
            "year": year, "description": description, "source": {"document": doc, "page": None}}


def comp(name, doc, definition=None, **fields):
    c = {k: [] for k in C.KEYS}
    c.update(id=C.slug(name), name=C.norm(name),
             definition=C.norm(definition) if definition else None, sources=[doc])
    for k, v in fields.items():
        assert k in C.KEYS, k
        c[k] = v
    c["levels"] = sorted(c["levels"], key=lambda lv: lv["rank"])
    return c


def write_gold(doc_path, fmt, title, comps):
    return C.write_gold(doc_path, fmt, title, comps)


# ------------------------------------------------------------------ rendering
def to_pdf(src, outdir):
    """LibreOffice conversion to PDF with a throwaway profile; returns the PDF path."""
    prof = Path(tempfile.gettempdir()) / f"lo-ag-{uuid.uuid4().hex}"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
           "--convert-to", "pdf", "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    shutil.rmtree(prof, ignore_errors=True)
    return Path(outdir) / (Path(src).stem + ".pdf")


def borders(table, sz=4, color="000000"):
    """Single-line borders on every edge and inside line of a table."""
    tblPr = table._tbl.tblPr
    xml = (f'<w:tblBorders {nsdecls("w")}>' +
           "".join(f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
                   for e in ("top", "left", "bottom", "right", "insideH", "insideV")) +
           "</w:tblBorders>")
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    tblPr.append(parse_xml(xml))


def cell_margins(table, top=60, bottom=60, left=100, right=100):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblCellMar {nsdecls("w")}><w:top w:w="{top}" w:type="dxa"/><w:left w:w="{left}" w:type="dxa"/>'
        f'<w:bottom w:w="{bottom}" w:type="dxa"/><w:right w:w="{right}" w:type="dxa"/></w:tblCellMar>'))


def set_font(document, name="Arial", size=10):
    from docx.shared import Pt
    st = document.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)


def style_font(document, style, name, size=None, bold=None, color=None):
    from docx.shared import Pt, RGBColor
    st = document.styles[style]
    st.font.name = name
    if size:
        st.font.size = Pt(size)
    if bold is not None:
        st.font.bold = bold
    if color:
        st.font.color.rgb = RGBColor.from_string(color)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(a), name)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if rfonts.get(qn(a)) is not None:
            del rfonts.attrib[qn(a)]


def space(paragraph, before=0, after=0):
    from docx.shared import Pt
    pf = paragraph.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def right_tab(paragraph, pos_cm):
    """A single right-aligned tab stop at pos_cm; the Header/Footer style's centre and right stops cleared."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Twips
    ts = paragraph.paragraph_format.tab_stops
    ts.add_tab_stop(Twips(4680), WD_TAB_ALIGNMENT.CLEAR)
    ts.add_tab_stop(Twips(9360), WD_TAB_ALIGNMENT.CLEAR)
    ts.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)
