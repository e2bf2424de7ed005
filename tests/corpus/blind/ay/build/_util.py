"""Helpers for batch AY builders (rendering only; no gold here)."""
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

sys.path.insert(0, "/work/main/tests/corpus/build")
import common as C  # noqa: E402  (rendering helpers only: numbering, fields, shading)

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
DOCS.mkdir(exist_ok=True)


def soffice_pdf(src, outdir=DOCS):
    """DOCX/ODT/HTML -> PDF with LibreOffice, throwaway profile."""
    prof = Path(tempfile.gettempdir()) / f"lo-ay-{uuid.uuid4().hex}"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
           "--convert-to", "pdf", "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    shutil.rmtree(prof, ignore_errors=True)
    return Path(outdir) / (Path(src).stem + ".pdf")


def run(p, text, bold=False, italic=False, size=None, color=None, font=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    return r


def page_break(p):
    p.add_run().add_break(WD_BREAK.PAGE)


def set_cell_margins(table, top=60, bottom=60, left=100, right=100):
    tblPr = table._tbl.tblPr
    mar = parse_xml(f'<w:tblCellMar {nsdecls("w")}><w:top w:w="{top}" w:type="dxa"/>'
                    f'<w:left w:w="{left}" w:type="dxa"/><w:bottom w:w="{bottom}" w:type="dxa"/>'
                    f'<w:right w:w="{right}" w:type="dxa"/></w:tblCellMar>')
    tblPr.append(mar)


def borders(table, sz=4, color="808080"):
    tblPr = table._tbl.tblPr
    b = "".join(f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
                for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{b}</w:tblBorders>'))


def keep_with_next(p):
    p.paragraph_format.keep_with_next = True
