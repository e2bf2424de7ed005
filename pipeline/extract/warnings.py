"""Structural doubts about one document, as coded warnings (`pipeline.model.issues.CATALOGUE`): never silence."""

from __future__ import annotations

import re

from ..model.issues import Issue
from ..model.records import Competency
from ..model.tree import NodeKind, Role
from ..vocab.vocabulary import Vocabulary
from .labeller import Naming, Outcome
from .scale import parse_level
from .terms import section_field

MANY_HEADINGS = 12


LEVEL_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[A-Za-z]|[ivxIVX]{1,4})[.)]\s+")


def structural_warnings(
    outcome: Outcome, records: list[Competency], origins: dict[str, str], vocab: Vocabulary, naming: Naming
) -> list[Issue]:
    tree = outcome.tree
    out: list[Issue] = []
    if not records:
        heading_count = sum(1 for n in tree.root.walk() if n.kind is NodeKind.HEADING)
        out.append(Issue("not-a-competency-document", f"no competency found among {heading_count} headings"))
        return out
    for rec in records:
        if origins.get(rec.name) == "file name":
            out.append(Issue("name-from-file", f"guessed {rec.name!r} from the file name", rec.name))
        if section_field(rec.name, vocab) is not None or parse_level(rec.name, vocab) is not None:
            out.append(Issue("name-like-section", f"the name {rec.name!r} reads as a section heading", rec.name))
        if not rec.definition and not rec.item_count():
            out.append(Issue("empty-competency", "no definition and no items", rec.name))
        for level in rec.levels:
            if not level.behaviors:
                out.append(Issue("level-without-behaviours", f"level {level.label!r} has no behaviours", rec.name))
            # (a level's own number before its title is no sentence: "1. Responds to Client Requests")
            if len(level.label) > 50 or re.search(r"[.;]\s+\S", LEVEL_NUMBER.sub("", level.label)):
                out.append(Issue("level-text-in-label", f"the level label {level.label!r} holds text", rec.name))
    headings = [n for n in tree.root.walk() if n.kind is NodeKind.HEADING]
    groups = sum(1 for n in headings if (lbl := tree.labels.get(n.id)) is not None and lbl.role is Role.GROUP)
    if len(records) == 1 and len(headings) >= MANY_HEADINGS and groups >= MANY_HEADINGS // 2:
        out.append(
            Issue(
                "one-competency-many-headings",
                f"{len(headings)} headings, {groups} of them read as groups of one competency",
                records[0].name,
            )
        )
    broken = _broken_lines(outcome)
    if broken:
        out.append(Issue("interleaved-columns", broken))
    return out


def _broken_lines(outcome: Outcome) -> str:
    """Text that reads as two columns interleaved: many lines that stop in mid-phrase."""
    texts = [n.text for n in outcome.tree.root.walk() if n.kind in (NodeKind.PARAGRAPH, NodeKind.ITEM) and n.text]
    if len(texts) < 12:
        return ""
    open_ended = [t for t in texts if len(t.split()) >= 4 and re.search(r"\b(?:the|a|an|and|of|to|in|with|for)$", t)]
    if len(open_ended) * 5 >= len(texts):
        return f"{len(open_ended)} of {len(texts)} lines stop in mid-phrase"
    return ""
