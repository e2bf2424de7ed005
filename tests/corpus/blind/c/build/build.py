"""Regenerate every batch-c document and its gold from scratch, then run the gold check.

usage: /work/main/.venv/bin/python build.py      (python-docx, pdfplumber, lxml; soffice on PATH)
"""
import runpy
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import lib  # noqa: E402

SCRIPTS = [
    "un_values_behaviours.py", "ops_competency_dictionary.py", "vpsc_capability.py",
    "irish_eo_competencies.py", "dpsa_sms_competencies.py", "scotgov_skills_for_success.py",
    "yale_interview_guide.py", "undp_core_competencies.py", "aphis_leadership_toolkit.py",
    "ucdavis_core_competencies.py", "pennstate_clinical_ladder.py", "chcf_question_bank.py",
]

if __name__ == "__main__":
    for d in (lib.DOCS, lib.GOLD):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir()
    for s in SCRIPTS:
        print("building", s)
        runpy.run_path(str(HERE / s), run_name="__main__")
    import check
    stems = sorted(p.stem for p in lib.GOLD.glob("*.json"))
    ok = all([check.check(s) for s in stems])
    sys.exit(0 if ok else 1)
