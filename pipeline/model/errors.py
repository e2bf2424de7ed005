"""The pipeline's own error types: bad input is data (a reason a person understands), not a traceback."""

from __future__ import annotations


class DocumentError(Exception):
    """A document that cannot be read. `reason` says what is wrong, `remedy` what to do about it."""

    def __init__(self, reason: str, remedy: str = ""):
        reason, remedy = one_line(reason), one_line(remedy)
        super().__init__(reason)
        self.reason = reason
        self.remedy = remedy

    def __str__(self) -> str:
        return f"{self.reason} ({self.remedy})" if self.remedy else self.reason


def one_line(text: str, limit: int | None = None) -> str:
    """Text fit for one line of the build's output (a library's message may carry line breaks): what does not
    print becomes a space, white space is collapsed, and past `limit` characters it is cut with an ellipsis."""
    line = " ".join("".join(ch if ch.isprintable() else " " for ch in str(text)).split())
    return line if limit is None or len(line) <= limit else line[: limit - 1] + "…"


class BuildError(Exception):
    """The build as a whole cannot produce a dataset (usage error, schema violation): nothing is published."""
