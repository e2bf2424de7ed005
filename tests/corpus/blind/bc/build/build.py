"""Regenerate every document of batch BC and its gold, then check the gold against the documents.

    /work/main/.venv/bin/python /work/blind/bc/build/build.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bclib as B  # noqa: E402
import docs_a as A  # noqa: E402
import docs_b as D  # noqa: E402

STEPS = [
    (A.build_indiana, A.gold_indiana),
    (A.build_mndot, A.gold_mndot),
    (A.build_smc, A.gold_smc),
    (A.build_pittstate, A.gold_pittstate),
    (D.build_portland, D.gold_portland),
    (D.build_portsmouth, D.gold_portsmouth),
    (D.build_usdot, D.gold_usdot),
    (D.build_keck, D.gold_keck),
]


def main():
    B.DOCS.mkdir(parents=True, exist_ok=True)
    B.GOLD.mkdir(parents=True, exist_ok=True)
    ok = True
    tot_c = tot_i = 0
    for build, gold in STEPS:
        doc = build()
        g = gold(doc)
        n, missing, last = B.check_gold(g)
        nc, ni = B.count_items(g)
        tot_c += nc
        tot_i += ni
        status = "OK" if not missing and last == "overall F1 1.000" else "PROBLEM"
        ok &= status == "OK"
        print(f"{doc.name:42s} {nc:2d} competencies {ni:3d} items  {n:3d} texts checked  {status}  [{last}]")
        for m in missing:
            print("    missing:", m[:110])
    print(f"total: {tot_c} competencies, {tot_i} scored items")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
