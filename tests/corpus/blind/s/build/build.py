"""Regenerate every batch-"s" document, then its gold, then check the gold against the documents.
Run with a python that has python-docx, pdfplumber and lxml; LibreOffice `soffice` on PATH."""
import shutil, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import sutil as S
import b1_nlc, b2_cardiff, b3_usq, b6_ccsa, b7_anmf, gold, check

if __name__ == "__main__":
    S.DOCS.mkdir(exist_ok=True); S.GOLD.mkdir(exist_ok=True)
    for m in (b1_nlc, b2_cardiff, b3_usq, b6_ccsa, b7_anmf):
        print("built", m.build())
    for src in sorted((HERE / "src").iterdir()):           # hand-written TXT (4) and Markdown (5)
        shutil.copyfile(src, S.DOCS / src.name)
        print("copied", S.DOCS / src.name)
    for f in gold.ALL:
        print("gold", f())
    sys.exit(0 if check.main() else 1)
