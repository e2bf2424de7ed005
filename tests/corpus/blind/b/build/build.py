"""Build every batch-b document and its gold file:  python build.py [module ...]"""
import importlib
import sys

MODULES = ["d01_nsw", "d02_ssg", "d03_csb", "d04_nih", "d05_europass", "d06_ft", "d07_unicef",
           "d08_col", "d09_alberta", "d10_leicester", "d11_uconn"]

if __name__ == "__main__":
    names = sys.argv[1:] or MODULES
    for n in names:
        m = importlib.import_module(n)
        m.build()
        print("built", m.FILE, "->", m.gold())
