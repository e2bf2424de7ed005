"""Helpers for blind batch BY (competency documents as they arrive after passing through other software).

Everything is written to /work/blind/by/{docs,gold}. The Word numbering helpers come from
/work/main/tests/corpus/build/common.py (allowed by the brief); its DOCS/GOLD constants are not used.

LibreOffice is always run headless with a throwaway profile (other people run it at the same time).
"""
import hashlib
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, "/work/main/tests/corpus/build")
import common as C  # noqa: E402,F401  (rendering helpers only)

BY = Path(__file__).resolve().parents[1]
DOCS = BY / "docs"
GOLD = BY / "gold"
SCHEMA_VERSION = "1.0.0"
KEYS = ["id", "name", "definition", "key_words", "indicators", "levels", "activities", "courses",
        "readings", "related", "interview_questions", "tips", "notes", "sources"]


def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def slug(name):
    s = name.lower().replace("&", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def esc(s):
    return html.escape(s, quote=True)


# ------------------------------------------------------------------ LibreOffice
def convert(src, out_path, target="pdf", infilter=None):
    """Convert src with LibreOffice (throwaway profile) and move the single result to out_path."""
    prof = Path(tempfile.gettempdir()) / f"lo-by-{uuid.uuid4().hex}"
    tmp = Path(tempfile.mkdtemp(prefix="by-conv-"))
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(tmp), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    produced = list(tmp.iterdir())
    assert len(produced) == 1, produced
    shutil.move(str(produced[0]), str(out_path))
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(prof, ignore_errors=True)


def flat_to_pdf(xml_text, out_pdf, ext):
    """Write a flat ODF document (ext 'fodt' or 'fodp') to a temp file and convert it to out_pdf."""
    tmp = Path(tempfile.mkdtemp(prefix="by-src-"))
    src = tmp / f"{Path(out_pdf).stem}.{ext}"
    src.write_text(xml_text, encoding="utf-8")
    convert(src, out_pdf, "pdf")
    shutil.rmtree(tmp, ignore_errors=True)


ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')


def fodt(title, font_decls, styles, auto_styles, master_styles, body):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ODF_NS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.text">\n'
            f'<office:meta><dc:title>{esc(title)}</dc:title></office:meta>\n'
            f'<office:font-face-decls>{font_decls}</office:font-face-decls>\n'
            f'<office:styles>{styles}</office:styles>\n'
            f'<office:automatic-styles>{auto_styles}</office:automatic-styles>\n'
            f'<office:master-styles>{master_styles}</office:master-styles>\n'
            f'<office:body><office:text>{body}</office:text></office:body></office:document>\n')


def fodp(title, styles, auto_styles, master_styles, pages):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ODF_NS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.presentation">\n'
            f'<office:meta><dc:title>{esc(title)}</dc:title></office:meta>\n'
            f'<office:styles>{styles}</office:styles>\n'
            f'<office:automatic-styles>{auto_styles}</office:automatic-styles>\n'
            f'<office:master-styles>{master_styles}</office:master-styles>\n'
            f'<office:body><office:presentation>{pages}</office:presentation></office:body></office:document>\n')


def font_decl(*names):
    return "".join(f'<style:font-face style:name="{n}" svg:font-family="&apos;{n}&apos;" '
                   f'style:font-family-generic="swiss" style:font-pitch="variable"/>' for n in names)


def p(style, text, raw=False):
    return f'<text:p text:style-name="{style}">{text if raw else esc(text)}</text:p>'


def h(style, level, text):
    return f'<text:h text:style-name="{style}" text:outline-level="{level}">{esc(text)}</text:h>'


def span(style, text):
    return f'<text:span text:style-name="{style}">{esc(text)}</text:span>'


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
    return {"text": norm(text), "title": title, "authors": list(authors), "publisher": publisher,
            "year": year, "description": description, "source": {"document": doc, "page": None}}


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
