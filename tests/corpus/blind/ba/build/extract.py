"""Dump what a reader sees in each document (for writing and checking the gold by hand):
PDF: pdftotext -layout per page, plus, for two-column pages, pdfplumber text of each column;
DOCX: body paragraphs and table cells in order, text-box contents, footnotes; HTML: visible text by
block; TXT: as is.  Output: build/extract/<stem>.txt"""
import re
import subprocess
import zipfile
from pathlib import Path

import pdfplumber
from lxml import etree, html

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs"
OUTD = HERE / "extract"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def pdf(path):
    out = []
    txt = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    for i, pg in enumerate(txt.split("\f")[:-1], 1):
        out.append(f"===== page {i} (pdftotext -layout)\n{pg}")
    with pdfplumber.open(path) as pdfd:
        for i, pg in enumerate(pdfd.pages, 1):
            mid = pg.width / 2
            left = pg.crop((0, 0, mid, pg.height)).extract_text() or ""
            right = pg.crop((mid, 0, pg.width, pg.height)).extract_text() or ""
            out.append(f"===== page {i} left half (pdfplumber)\n{left}\n===== page {i} right half\n{right}")
    return "\n".join(out)


def ptext(p):
    return "".join(t.text or "" for t in p.iter(W + "t"))


def docx(path):
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    out = ["===== body (paragraphs, tables; text boxes shown inline as [TEXTBOX ...])"]
    for block in body:
        if block.tag == W + "p":
            boxes = block.findall(".//" + W + "txbxContent")
            for b in boxes:
                out.append("[TEXTBOX] " + " / ".join(ptext(p) for p in b.findall(W + "p")))
            own = "".join(t.text or "" for t in block.iter(W + "t")
                          if not any(a.tag == W + "txbxContent" for a in t.iterancestors()))
            style = block.find(f"{W}pPr/{W}pStyle")
            num = block.find(f"{W}pPr/{W}numPr")
            tag = (style.get(W + "val") if style is not None else "") + (" [list]" if num is not None else "")
            if own.strip():
                out.append(f"<{tag}> {own}")
        elif block.tag == W + "tbl":
            for tr in block.iter(W + "tr"):
                cells = []
                for tc in tr.findall(W + "tc"):
                    cells.append(" ¶ ".join(ptext(p) for p in tc.findall(".//" + W + "p") if ptext(p)))
                out.append("| " + " || ".join(cells) + " |")
        elif block.tag == W + "sdt":
            for p in block.iter(W + "p"):
                out.append(f"<sdt> {ptext(p)}")
    if "word/footnotes.xml" in z.namelist():
        fr = etree.fromstring(z.read("word/footnotes.xml"))
        out.append("===== footnotes")
        for fn in fr.findall(W + "footnote"):
            t = " ".join(ptext(p) for p in fn.findall(W + "p")).strip()
            if t:
                out.append(f"[{fn.get(W + 'id')}] {t}")
    for name in z.namelist():
        if re.match(r"word/(header|footer)\d*\.xml", name):
            r = etree.fromstring(z.read(name))
            out.append(f"===== {name}: " + " / ".join(ptext(p) for p in r.iter(W + "p")))
    return "\n".join(out)


def htmlx(path):
    root = html.fromstring(path.read_bytes())
    for bad in root.xpath("//head|//script|//style"):
        bad.getparent().remove(bad)
    out = []
    for e in root.iter("h1", "h2", "h3", "h4", "p", "li", "a", "button"):
        t = re.sub(r"\s+", " ", e.text_content()).strip()
        if t:
            hid = any(a.get("hidden") is not None for a in e.iterancestors()) or e.get("hidden") is not None
            out.append(f"<{e.tag}{' hidden' if hid else ''}> {t}")
    return "\n".join(out)


if __name__ == "__main__":
    OUTD.mkdir(exist_ok=True)
    for p in sorted(DOCS.iterdir()):
        f = {".pdf": pdf, ".docx": docx, ".html": htmlx, ".txt": lambda x: x.read_text(), ".md": lambda x: x.read_text()}[p.suffix]
        (OUTD / f"{p.stem}.txt").write_text(f(p), encoding="utf-8")
        print(p.name)
