"""Regenerate every batch-aa document and gold file from scratch, then run the checks.

    /work/main/.venv/bin/python build/build.py

Each builder can also run on its own (python build/<name>.py); check.py only checks."""
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H
import auburn, banes, dol, fortworth, icf, lincs, nhse, rtr, check

BUILDERS = [nhse, banes, lincs, dol, fortworth, auburn, icf, rtr]


def main():
    for folder in (H.DOCS, H.GOLD):
        for f in folder.glob("*"):
            f.unlink()
    for b in BUILDERS:
        print("building", b.STEM)
        b.main()
    shutil.rmtree(H.WORK, ignore_errors=True)      # intermediate DOCX/PDF behind the .txt documents
    return check.main()


if __name__ == "__main__":
    sys.exit(main())
