"""Dump the annotator's view of every document into build/extract/ (pdftotext -layout for PDFs;
paragraphs and table rows for DOCX; block elements of <main> for HTML; MD as is).  python extract.py"""
import shutil
import subprocess
from pathlib import Path

import docx
from docx.oxml.ns import qn
from lxml import html as lh

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "extract"


def ptext(p):
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def main():
    OUT.mkdir(exist_ok=True)
    for f in sorted((ROOT / "docs").iterdir()):
        dst = OUT / (f.name + ".txt")
        if f.suffix == ".pdf":
            subprocess.run(["pdftotext", "-layout", str(f), str(dst)], check=True)
        elif f.suffix == ".docx":
            d, out = docx.Document(str(f)), []
            for block in d.element.body.iterchildren():
                if block.tag == qn("w:p"):
                    out.append(ptext(block))
                elif block.tag == qn("w:tbl"):
                    for tr in block.iter(qn("w:tr")):
                        out.append(" | ".join(" / ".join(ptext(p) for p in tc.iter(qn("w:p")))
                                              for tc in tr.iter(qn("w:tc"))))
            dst.write_text("\n".join(out), encoding="utf-8")
        elif f.suffix == ".html":
            root = lh.fromstring(f.read_bytes())
            for bad in root.xpath("//head|//script|//style"):
                bad.getparent().remove(bad)
            lines = [e.tag + ": " + " ".join(e.text_content().split())
                     for e in root.xpath("//main")[0].iter() if e.tag in ("h1", "h2", "h3", "h4", "p", "li")]
            dst.write_text("\n".join(lines), encoding="utf-8")
        else:
            shutil.copy(f, dst)
        print("wrote", dst)


if __name__ == "__main__":
    main()
