"""The pipeline's own error types: bad input is data (a reason a person understands), not a traceback."""

from __future__ import annotations


class DocumentError(Exception):
    """A document that cannot be read. `reason` says what is wrong, `remedy` what to do about it."""

    def __init__(self, reason: str, remedy: str = ""):
        reason, remedy = _one_line(reason), _one_line(remedy)
        super().__init__(reason)
        self.reason = reason
        self.remedy = remedy

    def __str__(self) -> str:
        return f"{self.reason} ({self.remedy})" if self.remedy else self.reason


def _one_line(text: str) -> str:
    """Text fit for one line of the build's output: a library's message may carry line breaks."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in str(text)).split())


class BuildError(Exception):
    """The build as a whole cannot produce a dataset (usage error, schema violation): nothing is published."""
