"""What a build reports besides the data: lines dropped as page furniture, and warnings with codes.

Structural doubt is never silent: each warning has a code from `CATALOGUE` (what it means, what to do), and the
build report, the terminal summary and the review page show it. `--strict` turns warnings into failures.
"""

from __future__ import annotations

from dataclasses import dataclass

from .blocks import Span


@dataclass(frozen=True, slots=True)
class Dropped:
    """A line that is no content (page furniture, front matter repeated, ...), with the reason it was dropped."""

    text: str
    reason: str
    span: Span

    def as_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "reason": self.reason,
            "source": {"document": self.span.document, **self.span.as_dict()},
        }


@dataclass(frozen=True, slots=True)
class IssueType:
    code: str
    meaning: str  # what the warning says about the document
    remedy: str  # what the analyst can do


CATALOGUE: dict[str, IssueType] = {
    t.code: t
    for t in (
        IssueType(
            "not-a-competency-document",
            "no competency structure was found: no levels, no definition or indicator sections, no lists of "
            "behaviours or questions under a name; nothing was extracted",
            "if it is a competency document, look at it with `competency-kb inspect` and add its section headings "
            "or level labels to pipeline/vocab/*.yaml; otherwise remove it from the raw folder",
        ),
        IssueType(
            "name-from-file",
            "the document prints no competency name; the name was guessed from the file name",
            "record the name in the raw folder's manifest.yaml (name:), or correct it in corrections.yaml",
        ),
        IssueType(
            "name-like-section",
            "a competency is named like a section heading (a field's heading, a level label)",
            "check the competency in review.html; teach the vocabulary the document's section headings",
        ),
        IssueType(
            "level-text-in-label",
            "a level label has text glued to it with no separator: the label may hold part of a behaviour",
            "check the level in review.html; fix the label with set_label in corrections.yaml if needed",
        ),
        IssueType(
            "level-without-behaviours",
            "a proficiency level has no behaviours",
            "check that the level's text was read (review.html); it may be in a table or image the reader missed",
        ),
        IssueType(
            "empty-competency",
            "a competency has no definition and no items",
            "check in review.html whether its content went to a neighbour or was dropped",
        ),
        IssueType(
            "one-competency-many-headings",
            "the document has many headings but gave one competency: it may be a dictionary read as one entry",
            "check with `competency-kb inspect`; a dictionary's entries need a heading style of their own",
        ),
        IssueType(
            "interleaved-columns",
            "lines of two text columns seem interleaved (sentences broken mid-phrase across many lines)",
            "check the text in review.html; export the document again as a single-column PDF or as DOCX",
        ),
        IssueType(
            "levels-out-of-order",
            "levels could not be put on one scale: their order is the order of print",
            "check the ranks in review.html; add the scale's level names to pipeline/vocab/levels.yaml",
        ),
        IssueType(
            "cache-entry-refused",
            "the extraction cache held an entry for this document that was not fit to use (damaged, edited, "
            "another document's, or malformed); it was not used and the document was extracted again",
            "nothing, if it happens once; if it recurs, find what else writes into the cache folder "
            "(.cache/extract by default), or delete that folder",
        ),
        IssueType(
            "reader",
            "the reader noticed something about the file itself",
            "see the message",
        ),
    )
}


@dataclass(frozen=True, slots=True)
class Issue:
    """One warning about one document (and competency, where it concerns one)."""

    code: str
    message: str
    competency: str | None = None

    def __post_init__(self) -> None:
        if self.code not in CATALOGUE:
            raise ValueError(f"unknown warning code {self.code!r}")

    @property
    def remedy(self) -> str:
        return CATALOGUE[self.code].remedy

    def line(self) -> str:
        where = f"{self.competency}: " if self.competency else ""
        return f"[{self.code}] {where}{self.message}"

    def as_dict(self) -> dict[str, object]:
        return {"code": self.code, "message": self.message, "competency": self.competency, "remedy": self.remedy}


def warning_line(warning: dict[str, object] | str) -> str:
    """One line for a warning as the build report stores it ({code, message, competency, remedy})."""
    if isinstance(warning, str):
        return warning
    where = f"{warning.get('competency')}: " if warning.get("competency") else ""
    return f"[{warning.get('code')}] {where}{warning.get('message')} ({warning.get('remedy')})"
