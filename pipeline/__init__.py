"""competency-kb: HR competency documents in, one validated JSON knowledge base out.

from pipeline import load_dataset, load_tables
kb = load_dataset("output/competencies.json")
"""

from typing import TYPE_CHECKING

__version__ = "0.2.0"
__all__ = ["load_dataset", "load_tables", "__version__"]

if TYPE_CHECKING:  # for type checkers: the real names; at run time they load on first use
    from .api import load_dataset, load_tables


def __getattr__(name: str) -> object:  # lazy, so that `import pipeline` (and the CLI's start-up) stays light
    if name in ("load_dataset", "load_tables"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
