"""A cell's content as items: one per paragraph or list item, grouped by a bold line; a table of no known
layout read as flow; key-and-value rows.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...model.tree import Label, LevelLabel, Node, NodeKind, Role
from ...vocab.text import heading_text
from ...vocab.vocabulary import Vocabulary
from ..shapes import FOLLOW_UP as FOLLOW_UP_HEADER
from ..shapes import is_behaviour, reads_as_definition, short_phrase
from ..terms import section_field
from .cells import DESCRIPTION_LABEL, NAME_LABEL, TICK, TableLabels, cell_nodes, cell_text, mark_structure


def _question_with_prompts(nodes: list[Node]) -> bool:
    """A paragraph, then only list items (the prompts) and short captions over them ("Prompts", "Probes:")."""
    if len(nodes) < 2 or nodes[0].kind is NodeKind.ITEM:
        return False
    rest = nodes[1:]
    return any(n.kind is NodeKind.ITEM for n in rest) and all(
        n.kind is NodeKind.ITEM or short_phrase(n.text.rstrip(":"), 3) and "?" not in n.text for n in rest
    )


# a box to tick and its few words ("☐ Meets", "□ Does Not Meet")
TICK_BOX = re.compile(rf"^\s*{TICK.pattern}\s*\S+(?:\s+\S+){{0,3}}\s*$")
READ_AS_TEXT = ("table cell read as text",)
CAPTION_WORDS = 10
FOLLOW_UP = re.compile(r"^(?:follow[- ]?ups?|probes?|prompts?)\s*:", re.I)


def key_value_rows(out: TableLabels, rows: list[Node], owner: int | None, vocab: Vocabulary | None = None) -> None:
    # rows side by side that feed one field ("Indicators of effective performance", "... of ineffective
    # performance"): each row's label groups its items
    fields = [
        section_field(heading_text(cell_text(cells[0])), vocab) if vocab is not None and len(cells) == 2 else None
        for cells in ([c for c in row.children if cell_text(c)] for row in rows)
    ]
    shared = {f for f in fields if f is not None and fields.count(f) >= 2}
    for row in rows:
        cells = [c for c in row.children if cell_text(c)]
        if len(cells) != 2:
            for c in row.children:
                mark_structure(out, c, "table title")
            continue
        key, value = cells
        label = heading_text(cell_text(key))
        mark_structure(out, key, "label cell")
        field_name = section_field(label, vocab) if vocab is not None else None
        if NAME_LABEL.search(label) and short_phrase(cell_text(value), 10):
            out.labels[value.id] = Label(
                Role.COMPETENCY, (f"named by the row {label!r}",), name=cell_text(value), competency=value.id
            )
            out.competencies.append(value.id)
            for n in cell_nodes(value):
                out.labels[n.id] = Label(Role.STRUCTURE, ("competency name",), competency=value.id)
        elif (
            DESCRIPTION_LABEL.search(label)
            or field_name == "definition"
            or NAME_LABEL.search(label)
            and reads_as_definition(cell_text(value))  # "Competency | Uses capillary blood glucose monitoring ..."
        ):
            for n in cell_nodes(value):
                if n.text:
                    out.labels[n.id] = Label(Role.DEFINITION, (f"the row {label!r}",), competency=owner)
        elif field_name not in (None, "notes", "levels", "definition"):
            cell_items(out, value, field_name, label if field_name in shared else None, owner, None, None)
        else:
            cell_items(out, value, "notes", label, owner, None, None)


def read_as_flow(
    out: TableLabels, rows: list[Node], owner: int | None, in_field: str | None, group: str | None
) -> None:
    """A table of no known layout: its cells' text, in reading order, as content of the field in force."""
    if out.kind == "flow":
        out.kind = "flow"
    for row in rows:
        for cell in row.children:
            for n in cell_nodes(cell):
                if n.text and n.id not in out.labels and TICK_BOX.match(n.text):
                    # "☐ Meets", "☐ Does Not Meet": a box for the reader to tick, no text of the document's
                    out.labels[n.id] = Label(Role.STRUCTURE, ("a box to tick",), competency=owner)
                    continue
                if n.text and n.id not in out.labels:
                    numbered = TYPED_NUMBER.match(n.text) if n.kind is not NodeKind.ITEM else None
                    out.labels[n.id] = Label(
                        Role.CONTENT if in_field else Role.NOTE,
                        READ_AS_TEXT,
                        field=in_field or "notes",
                        group=group,
                        competency=owner,
                        text=n.text[numbered.end() :] if numbered else None,
                    )


def cell_items(
    out: TableLabels,
    cell: Node,
    field_name: str,
    group: str | None,
    owner: int | None,
    level: LevelLabel | None,
    level_node: int | None,
    labelled: bool = False,
) -> None:
    """One item per paragraph or list item of a cell; a bold line of the cell groups the items after it. A cell of
    interview questions holding one question over a list of prompts is one question with its follow-ups.
    `labelled`: the cell's first line is its level's label, no text of it."""
    current = group
    nodes = [n for n in cell_nodes(cell) if n.text][1 if labelled else 0 :]
    if field_name == "interview_questions" and _question_with_prompts(nodes):
        prompts = [n for n in nodes[1:] if n.kind is NodeKind.ITEM]
        text = " ".join([nodes[0].text, *(n.text for n in prompts)])
        out.labels[nodes[0].id] = Label(
            Role.CONTENT,
            ("a question with the prompts under it",),
            field=field_name,
            group=group,
            text=text,
            competency=owner,
        )
        for n in nodes[1:]:
            why = "a follow-up of the question above" if n in prompts else "a caption over the prompts"
            out.labels[n.id] = Label(Role.STRUCTURE, (why,), competency=owner)
        return
    for k, n in enumerate(nodes):
        following = nodes[k + 1] if k + 1 < len(nodes) else None
        if (
            # "Key actions:", "People who are effective are likely to...": a lead-in the items complete
            n.text.endswith((":", "…", "..."))
            and len(n.text.split()) <= CAPTION_WORDS
            and following is not None
            and (following.kind is NodeKind.ITEM or bool(following.marker))  # ("P1 set out ...": a coded line)
        ):
            out.labels[n.id] = Label(Role.STRUCTURE, ("a caption over the cell's list",), competency=owner)
            continue
        titles_text = (
            following is not None
            and following.kind is NodeKind.PARAGRAPH
            and not n.text.endswith(".")
            and len(following.text.split()) > len(n.text.split())
        )
        if n.kind is NodeKind.HEADING and (
            (titles_text or not (len(n.text.split()) >= 3 and is_behaviour(n.text, gerunds=False)))
            and not _headline(n.text)
            or _capitals_over_list(n, following)
        ):
            # a bold line naming a theme, or a bold title over the text that explains it ("Builds teams" over
            # "Develops working relationships ..."); a bold behaviour alone ("Owns the quality of own work") is an
            # item
            current = heading_text(n.text)
            out.labels[n.id] = Label(Role.GROUP, ("a bold line inside a table cell",), name=current, competency=owner)
            continue
        before = nodes[k - 1] if k else None
        if (
            field_name == "interview_questions"
            and before is not None
            and before.kind is NodeKind.ITEM
            and n.kind is not NodeKind.ITEM
            and FOLLOW_UP.match(n.text)
            and before.id in out.labels
        ):
            # "2. Describe a situation ..." then "Follow-up: What was the outcome?": one question with its follow-up
            asked = out.labels[before.id]
            out.labels[before.id] = replace(asked, text=f"{asked.text or before.text} {n.text}")
            out.labels[n.id] = Label(Role.STRUCTURE, ("a follow-up of the question above",), competency=owner)
            nodes[k] = before  # a second follow-up joins the same question
            continue
        numbered = TYPED_NUMBER.match(n.text) if n.kind is not NodeKind.ITEM else None
        out.labels[n.id] = Label(
            Role.CONTENT,
            ("a paragraph of a table cell",),
            field=field_name,
            group=current,
            level=level,
            competency=owner,
            level_node=level_node,
            text=n.text[numbered.end() :] if numbered else None,  # "3. Take credit ...": a number typed in the cell
        )


# a number typed in the cell: "3. Take credit ...", or a criterion's number after its element's (".1 Listens ...")
TYPED_NUMBER = re.compile(r"^(?:\d{1,2}[.)]|\.\d{1,2})\s+(?=[A-Z])")


def _capitals_over_list(line: Node, following: Node | None) -> bool:
    """A line set in capitals over the cell's list ("SHOWS LOYALTY TO, AND RESPECT FOR, MSF'S VALUES" over its
    bullets): a title, however much it reads as a statement; a statement is set in sentence case."""
    letters = [ch for ch in line.text if ch.isalpha()]
    return following is not None and following.kind is NodeKind.ITEM and len(letters) >= 4 and line.text.isupper()


def _headline(text: str) -> bool:
    """A bold line long enough to be a statement ("Develop and maintain communication with people on difficult
    matters"): the level's headline behaviour over its bullets, not the name of a theme."""
    return len(text.split()) >= 8 and not text.rstrip().endswith(":")


def follow_ups_joined(
    out: TableLabels, cells: tuple[Node, ...], fields: dict[int, tuple[str, str]], owner: int | None
) -> None:
    """A column of follow-up questions beside the row's question ("Leading Question | Follow up Questions"): each
    row's follow-ups belong to its question, one item with it."""
    asked = [
        n
        for c in cells
        if not FOLLOW_UP_HEADER.match(fields.get(c.col, ("", ""))[1])
        for n in cell_nodes(c)
        if (lbl := out.labels.get(n.id)) is not None and lbl.field == "interview_questions"
    ]
    follow = [
        n for c in cells if FOLLOW_UP_HEADER.match(fields.get(c.col, ("", ""))[1]) for n in cell_nodes(c) if n.text
    ]
    if len(asked) != 1 or not follow:
        return
    question = asked[0]
    text = " ".join([out.labels[question.id].text or question.text, *(n.text for n in follow)])
    out.labels[question.id] = replace(out.labels[question.id], text=text, group=None)
    for n in follow:
        out.labels[n.id] = Label(Role.STRUCTURE, ("a follow-up joined to the row's question",), competency=owner)
