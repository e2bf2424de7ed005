"""Small helpers shared by the batch-c build scripts (gold construction, DOCX details, conversion).

Gold is written from the same text the document prints; check.py then re-reads every rendered
document (pdfplumber / python-docx / lxml / plain text) and verifies that every gold string occurs.
"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402  (copy of tests/corpus/build/common.py, DOCS/GOLD = this batch)

BATCH = Path(__file__).resolve().parents[1]
DOCS = BATCH / "docs"
GOLD = BATCH / "gold"
DOCS.mkdir(exist_ok=True)
GOLD.mkdir(exist_ok=True)


class G:
    """Gold builder bound to one document stem."""

    def __init__(self, stem):
        self.stem = stem

    def it(self, text, group=None):
        d = {"text": C.norm(text), "source": {"document": self.stem, "page": None}}
        if group:
            d["group"] = C.norm(group)
        return d

    def items(self, texts, group=None):
        return [self.it(t, group) for t in texts]

    def lvl(self, rank, label, texts, group=None):
        return {"rank": rank, "label": C.norm(label),
                "behaviors": [t if isinstance(t, dict) else self.it(t, group) for t in texts]}

    def rd(self, text, title, authors, publisher, year, description=None):
        return {"text": C.norm(text), "title": title, "authors": list(authors), "publisher": publisher,
                "year": year, "description": description,
                "source": {"document": self.stem, "page": None}}

    def comp(self, name, definition=None, **fields):
        c = {k: [] for k in C.KEYS}
        c.update(id=C.slug(name), name=C.norm(name),
                 definition=C.norm(definition) if definition else None, sources=[self.stem])
        for k, v in fields.items():
            assert k in C.KEYS, k
            c[k] = v
        c["levels"] = sorted(c["levels"], key=lambda lv: lv["rank"])
        return c

    def write(self, fmt, title, comps, ext=None):
        path = DOCS / f"{self.stem}.{ext or fmt}"
        return C.write_gold(path, fmt, title, comps)


def to_pdf(src, outdir=DOCS):
    """LibreOffice headless conversion to PDF with a throwaway profile."""
    prof = tempfile.mkdtemp(prefix="lo-batchc-")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                       check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    return Path(outdir) / (Path(src).stem + ".pdf")


def to_docx(src, outdir=DOCS, infilter=None):
    prof = tempfile.mkdtemp(prefix="lo-batchc-")
    try:
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
        if infilter:
            cmd.append(f"--infilter={infilter}")
        cmd += ["--convert-to", "docx:MS Word 2007 XML", "--outdir", str(outdir), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    return Path(outdir) / (Path(src).stem + ".docx")


def bullet_num(document, glyph="\u2022", left=360, hanging=360, font="Arial", nsid="1A2B3C01"):
    return C.add_numbering(document, C.bullet_lvl(glyph, left, hanging, font), nsid)


def set_cell_margins(cell, top=60, bottom=60, left=100, right=100):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(
        f'<w:tcMar {nsdecls("w")}><w:top w:w="{top}" w:type="dxa"/><w:left w:w="{left}" w:type="dxa"/>'
        f'<w:bottom w:w="{bottom}" w:type="dxa"/><w:right w:w="{right}" w:type="dxa"/></w:tcMar>'))


def table_borders(table, color="999999", sz=4):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
                  for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))
