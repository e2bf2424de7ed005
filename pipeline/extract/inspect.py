"""The labelled tree as text: one node per line, indented, with its kind, its label and the evidence for it, so an
analyst (and a test) can see why a document came out as it did (`competency-kb inspect DOCUMENT`)."""

from __future__ import annotations

from ..model.tree import Label, LabelledTree, Node, NodeKind

MAX_TEXT = 90


def render(tree: LabelledTree, evidence: bool = True, width: int = MAX_TEXT) -> str:
    lines: list[str] = []
    _render(tree, tree.root, 0, lines, evidence, width)
    return "\n".join(lines) + "\n"


def _render(tree: LabelledTree, node: Node, depth: int, lines: list[str], evidence: bool, width: int) -> None:
    if node.kind is not NodeKind.DOCUMENT:
        lines.append("  " * (depth - 1) + _line(node, tree.label(node), evidence, width))
    for child in node.children:
        _render(tree, child, depth + 1, lines, evidence, width)


def _line(node: Node, label: Label | None, evidence: bool, width: int) -> str:
    shape = node.kind.value
    if node.kind is NodeKind.HEADING:
        shape += f" {node.rank} ({node.style})"
    elif node.kind is NodeKind.ITEM:
        shape += f" {node.marker or '-'}" + (f" depth {node.depth}" if node.depth else "")
    elif node.kind is NodeKind.CELL:
        shape += f" col {node.col}" + (" header" if node.header else "")
    elif node.kind is NodeKind.ROW and node.header:
        shape += " header"
    text = node.text if len(node.text) <= width else node.text[: width - 1] + "…"
    out = f"{shape}" + (f" {text!r}" if text else "")
    if label is not None:
        out += f"  => {_describe(label)}"
        if evidence and label.evidence:
            out += f"  [{'; '.join(label.evidence)}]"
    return out


def _describe(label: Label) -> str:
    parts = [label.role.value.upper()]
    if label.field:
        parts.append(label.field)
    if label.level is not None:
        parts.append(f"level {label.level.label!r}")
    if label.name:
        parts.append(repr(label.name))
    if label.group:
        parts.append(f"group {label.group!r}")
    return " ".join(parts)
