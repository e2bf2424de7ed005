"""Helpers for batch BJ.

Rendering helpers (Word numbering, PAGE fields, shading, widths) are imported from
/work/main/tests/corpus/build/common.py, which the brief allows; gold writing is re-implemented here so that
nothing is written into the repository: every output goes to /work/blind/bj/{docs,gold}.
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
import common as C  # noqa: E402  (rendering helpers only)

BJ = Path(__file__).resolve().parents[1]
DOCS = BJ / "docs"
GOLD = BJ / "gold"
BUILD = BJ / "build"
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
    prof = Path(tempfile.gettempdir()) / f"lo-bj-{uuid.uuid4().hex}"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    shutil.rmtree(prof, ignore_errors=True)


def convert(src, out_path, target):
    """Convert src with LibreOffice and move the result to out_path."""
    tmp = Path(tempfile.mkdtemp(prefix="bj-conv-"))
    soffice(src, target, tmp)
    produced = [p for p in tmp.iterdir()]
    assert len(produced) == 1, produced
    shutil.move(str(produced[0]), str(out_path))
    shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------ gold
def item(doc, text, group=None):
    it = {"text": norm(text), "source": {"document": doc, "page": None}}
    if group:
        it["group"] = norm(group)
    return it


def level(rank, label, behaviors):
    return {"rank": rank, "label": norm(label), "behaviors": behaviors}


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
    data = {"schema_version": SCHEMA_VERSION,
            "documents": [{"id": doc_path.stem, "path": doc_path.name, "format": fmt,
                           "sha256": sha256(doc_path), "title": title}],
            "competencies": sorted(comps, key=lambda c: c["id"])}
    out = GOLD / f"{doc_path.stem}.json"
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


# ------------------------------------------------------------------ DOCX bits
def right_tab(paragraph, pos, clear=(3.25, 6.5)):
    """One right-aligned tab stop at pos: clear the Header/Footer style's centre and right stops first."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches
    ts = paragraph.paragraph_format.tab_stops
    for c in clear:
        ts.add_tab_stop(Inches(c), WD_TAB_ALIGNMENT.CLEAR)
    ts.add_tab_stop(pos, WD_TAB_ALIGNMENT.RIGHT)


def set_cell_margins(table, top=60, bottom=60, left=100, right=100):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblCellMar {nsdecls("w")}><w:top w:w="{top}" w:type="dxa"/><w:left w:w="{left}" w:type="dxa"/>'
        f'<w:bottom w:w="{bottom}" w:type="dxa"/><w:right w:w="{right}" w:type="dxa"/></w:tblCellMar>'))


def table_borders(table, color="808080", size=4):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    edges = "".join(f'<w:{e} w:val="single" w:sz="{size}" w:space="0" w:color="{color}"/>'
                    for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    table._tbl.tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{edges}</w:tblBorders>'))
