"""Small helpers for the batch-aa builders (on top of common.py, the repo helper copied with DOCS/GOLD
pointing into this batch folder)."""
import json
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

import common as C

ROOT = C.CORPUS
DOCS, GOLD = C.DOCS, C.GOLD
WORK = ROOT / "build" / "_work"          # intermediate files (the PDFs behind the .txt documents)
for d in (DOCS, GOLD, WORK):
    d.mkdir(parents=True, exist_ok=True)
norm = C.norm


# ------------------------------------------------------------------ LibreOffice
def soffice(src, target, outdir, infilter=None):
    """LibreOffice headless conversion with a throwaway profile; returns the output path."""
    prof = Path(tempfile.mkdtemp(prefix=f"lo-aa-{uuid.uuid4().hex[:8]}-"))
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    shutil.rmtree(prof, ignore_errors=True)
    ext = target.split(":")[0]
    return Path(outdir) / (Path(src).stem + "." + ext)


def pdftotext(pdf, txt, layout=False):
    cmd = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(pdf), str(txt)]
    subprocess.run(cmd, check=True)
    return Path(txt)


# ------------------------------------------------------------------ gold
def it(text, doc, group=None):
    d = {"text": norm(text), "source": {"document": doc, "page": None}}
    if group:
        d["group"] = norm(group)
    return d


def items(texts, doc, group=None):
    return [it(t, doc, group) for t in texts]


def lv(rank, label, behaviors):
    return {"rank": rank, "label": norm(label), "behaviors": behaviors}


def reading(text, title, authors, publisher, year, doc, description=None):
    return {"text": norm(text), "title": title, "authors": list(authors), "publisher": publisher,
            "year": year, "description": description, "source": {"document": doc, "page": None}}


def comp(name, doc, definition=None, **fields):
    c = {k: [] for k in C.KEYS}
    c.update(id=C.slug(name), name=norm(name), definition=norm(definition) if definition else None,
             sources=[doc])
    for k, v in fields.items():
        assert k in C.KEYS, k
        c[k] = v
    c["levels"] = sorted(c["levels"], key=lambda x: x["rank"])
    return c


def write_gold(stem, path_name, fmt, title, comps):
    doc_path = DOCS / path_name
    data = {"schema_version": C.SCHEMA_VERSION,
            "documents": [{"id": stem, "path": path_name, "format": fmt,
                           "sha256": C.sha256(doc_path), "title": title}],
            "competencies": sorted(comps, key=lambda c: c["id"])}
    out = GOLD / f"{stem}.json"
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


# ------------------------------------------------------------------ python-docx bits
def run(par, text, bold=False, italic=False, size=None, color=None, font=None):
    r = par.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return r


def para(container, text="", bold=False, size=None, align=None, after=None, before=None, style=None,
         color=None, italic=False, font=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, color=color, italic=italic, font=font)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    return p


def set_cell_margins(table, top=60, bottom=60, left=100, right=100):
    tblPr = table._tbl.tblPr
    mar = parse_xml(f'<w:tblCellMar {nsdecls("w")}><w:top w:w="{top}" w:type="dxa"/>'
                    f'<w:left w:w="{left}" w:type="dxa"/><w:bottom w:w="{bottom}" w:type="dxa"/>'
                    f'<w:right w:w="{right}" w:type="dxa"/></w:tblCellMar>')
    tblPr.append(mar)


def borders(table, sz=4, color="000000"):
    tblPr = table._tbl.tblPr
    b = "".join(f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
                for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{b}</w:tblBorders>'))
