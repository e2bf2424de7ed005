"""Ranking proficiency levels: rank 1 is the lowest, whatever order and scheme the document prints them in."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model.records import Competency, Level
from ..vocab.vocabulary import Vocabulary
from .sections import Classified, LevelLabel, Role, match_level


def level_key(units: list[Classified], tables: Vocabulary) -> dict[str, float]:
    """A document's key to its level scale ("Level A - outstanding performance ...", "Level C - developing"): the
    order of the key's lines, read upward or downward as the scale words in their descriptions say."""
    from ..vocab.language import lemma

    entries = []
    for u in units:
        m = re.match(r"^(?P<label>.{3,40}?)\s+[-–—:]\s+(?P<desc>\S.*)$", u.text)
        level = match_level(m["label"], tables) if m and u.role is not Role.LEVEL else None
        if level is None:
            continue
        words = re.findall(r"[a-z]+", m["desc"].lower())
        scale = next((tables.level_names[w] for w in words if w in tables.level_names), None)
        if scale is None:
            scale = next((tables.level_names[lemma(w)] for w in words if lemma(w) in tables.level_names), None)
        entries.append((level.label.casefold(), scale))
    known = [(i, v) for i, (_, v) in enumerate(entries) if v is not None]
    if len(entries) < 2 or len(known) < 2 or known[0][1] == known[-1][1]:
        return {}
    descending = known[0][1] > known[-1][1]
    n = len(entries)
    return {label: float(n - i if descending else i + 1) for i, (label, _) in enumerate(entries)}


def column_levels(labels: dict[int, Classified]) -> dict[int, LevelLabel]:
    """The level of each column. Labels whose values do not rise or fall steadily across the columns
    ("EL1 | EL2 | SES B1") are ordered by column, left = lowest."""
    columns = sorted(labels)
    values = [labels[c].level.order for c in columns]
    steady = all(a < b for a, b in zip(values, values[1:])) or all(a > b for a, b in zip(values, values[1:]))
    if steady:
        return {c: labels[c].level for c in columns}
    return {c: replace(labels[c].level, order=float(n), numeric=False) for n, c in enumerate(columns, start=1)}


def level_of(comp: Competency, label: LevelLabel) -> Level:
    for lv in comp.levels:
        if lv.label.casefold() == label.label.casefold():
            return lv
    lv = Level(rank=int(label.order) if label.numeric else -2, label=label.label, order=label.order, name=label.name)
    comp.levels.append(lv)
    return lv


def rank_levels(
    levels: list[Level],
    scales: tuple[dict[str, int], ...] = (),
    key: dict[str, float] | None = None,
) -> None:
    """Rank 1 = lowest. The document's own level key decides where it has one; else printed numbers are the
    ranks; named levels are ranked by their place on the one scale that names them all."""
    if key and levels and all(lv.label.casefold() in key for lv in levels):
        levels.sort(key=lambda lv: key[lv.label.casefold()])
        for n, lv in enumerate(levels, start=1):
            lv.rank = n
        return
    if levels and all(lv.rank > 0 for lv in levels) and len({lv.rank for lv in levels}) == len(levels):
        levels.sort(key=lambda lv: lv.rank)
        return
    names = [lv.name for lv in levels]
    scale = next((s for s in scales if names and all(n in s for n in names)), None)
    if scale is not None:
        for lv in levels:
            lv.order = float(scale[lv.name])
    levels.sort(key=lambda lv: lv.order)
    for n, lv in enumerate(levels, start=1):
        lv.rank = n
