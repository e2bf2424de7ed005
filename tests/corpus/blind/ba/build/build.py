"""Regenerate every document of batch BA from scratch:  /work/main/.venv/bin/python build.py

Needs python-docx, lxml (the project venv), LibreOffice with Writer, Calc and Impress
(apt-get install libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui), and
python-pptx + xlsxwriter in build/_vendor (pip install --target build/_vendor python-pptx xlsxwriter).
Then run gold.py (gold files) and check_gold.py (checks).
"""
import build_abc
import build_amc
import build_deakin
import build_ibsa
import build_mq
import build_rmit
import build_sfc
import build_wvi

if __name__ == "__main__":
    for mod in (build_sfc, build_amc, build_ibsa, build_rmit, build_abc, build_wvi, build_deakin, build_mq):
        print(mod.build())
