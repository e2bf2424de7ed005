"""Regenerate every document of batch ab and its gold file, then run the gold check.

    /work/main/.venv/bin/python build/build.py

Each builder (michigan, naa, halifax, bath, cupahr, enherts, ymca, pwc) writes docs/<stem>.<ext> and
gold/<stem>.json; LibreOffice runs headless with a throwaway profile (helpers.soffice). PDFs carry
LibreOffice's creation date, so their sha256 changes at every build; the gold is rewritten with it."""
import importlib
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

BUILDERS = ["michigan", "naa", "halifax", "bath", "cupahr", "enherts", "ymca", "pwc"]


def main():
    for name in BUILDERS:
        mod = importlib.import_module(name)
        mod.build()
        print(mod.gold())
    shutil.rmtree(HERE / "_work", ignore_errors=True)
    return subprocess.run([sys.executable, str(HERE / "check.py")]).returncode


if __name__ == "__main__":
    sys.exit(main())
