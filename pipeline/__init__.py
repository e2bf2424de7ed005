"""competency-kb: HR competency documents in, one validated JSON knowledge base out.

from pipeline import load_dataset, load_tables
kb = load_dataset("output/competencies.json")
"""

__version__ = "0.2.0"
__all__ = ["load_dataset", "load_tables", "__version__"]


def __getattr__(name):  # lazy, so that `import pipeline` (and the CLI's start-up) stays light
    if name in ("load_dataset", "load_tables"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
