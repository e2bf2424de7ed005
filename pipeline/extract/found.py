"""What finding a competency gives: the node naming it, the nodes holding its content, and the evidence."""

from __future__ import annotations

from dataclasses import dataclass

from ..model.tree import Node


@dataclass(frozen=True)
class Found:
    node: Node  # the node naming the competency (the document root when it names none)
    scope: tuple[Node, ...]  # the nodes holding its content
    reasons: tuple[str, ...]
    has_definition: bool
    inline_definition: str = ""  # "Name - definition" on one line: the definition
    strong: bool = True  # its evidence is enough on its own (levels, a core section), not only a definition
    in_section: bool = False  # found under a heading the vocabulary knows as a section ("Sample Questions")
    guide_only: bool = False  # found by development sections alone ("Training & development" over courses)
    definition_only: bool = False  # one of a run of names over a definition and nothing else
    statements: bool = False  # its list states what the holder does, in whatever mood (the document says so)
