"""Benchmarks of the competency-kb build: `python -m bench.run` (see bench/README.md).

bench/corpus.py generates a deterministic corpus of synthetic competency documents; bench/run.py times the build
against the bare parse floor and the project's performance targets.
"""
