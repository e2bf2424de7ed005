"""Small questions about one node of the document tree, shared by the labelling passes: what it says as a label,
whether it heads content, what its text is as content."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model.tree import LevelLabel, Node, NodeKind
from ..vocab.text import heading_text
from ..vocab.vocabulary import Vocabulary
from .scale import CODE_AFTER_NAME, ROMAN, parse_level
from .shapes import short_phrase
from .terms import document_title, section_field

HEADS = (NodeKind.HEADING,)
GLUED = re.compile(
    r"^(?P<label>(?:Proficiency |Competency )?Level\s+(?:\d{1,2}|[IVX]{1,5}|[A-E]))\s+(?P<rest>[A-Z].*)$"
)


def heads(node: Node) -> bool:
    """A node that heads content below it: a heading, or a line whose list or paragraphs hang under it."""
    return node.kind is NodeKind.HEADING or bool(node.children) and node.kind in (NodeKind.PARAGRAPH, NodeKind.ITEM)


def title_of(node: Node) -> str:
    """The text a node gives as a heading or label: the heading, a labelled line's label, the line itself."""
    if node.term:
        return node.term
    return node.text


def level_of(node: Node, vocab: Vocabulary) -> tuple[LevelLabel, str] | None:
    """The level a node's label names, and the text it carries besides the label (a labelled line's content:
    "Level 1: Identifies the area for change." -> Level 1, "Identifies the area for change."). A line that is all
    label ("Level 1: Emerging", "Proficiency Level 2 - Working experience") carries nothing besides."""
    if node.kind in (NodeKind.TABLE, NodeKind.ROW, NodeKind.CELL, NodeKind.DOCUMENT) or not node.text:
        return None
    whole = parse_level(node.text, vocab)
    if whole is not None and whole.name is None and document_title(node.text, vocab):
        return None  # "Stage 1 Competency Standard for Professional Engineer": a document's title, not its level
    if (
        whole is not None
        and not whole.numeric
        and whole.letter is None
        and whole.name is None
        and section_field(node.text, vocab) == "levels"
    ):
        # "Behaviors by Level": the heading of the levels section, not one of them; a level's known name is a
        # level whatever words it shares with that heading ("Full Performance Level")
        return None
    glued_long = GLUED.match(node.text) if not node.term else None
    if glued_long and len(glued_long["rest"].split()) > 6:
        whole = None  # "Level 3 Builds strong relationships with ...": a label glued to its behaviour
    if whole is not None and not (node.term and len(node.body.split()) > 6):
        return whole, ""  # all label ("Level 2 - Example Grade: EO"); a long text after the label is content
    if node.term:
        label = parse_level(node.term, vocab)
        if label is not None and node.body:
            return label, node.body
        return None
    glued = GLUED.match(node.text)
    if glued and node.kind is not NodeKind.HEADING:
        label = parse_level(glued["label"], vocab)
        if label is not None and len(glued["rest"].split()) > 6:
            return label, glued["rest"]
    return None


# what an entry's definition opens with ("The extent to which ...", "The ability to ...", "Willingness to ...")
DEFINING = re.compile(r"^(?:the |an? )?(?:ability|capacity|willingness|extent|degree)\b", re.I)


def defined_headings(root: Node) -> set[str]:
    """The names (a numbered heading's name without its number, casefolded) of the headings whose first text is a
    definition's opening: entries of the document, wherever else their names are printed."""
    out = set()
    for node in root.walk():
        first = next((c for c in node.children if c.text), None)
        if node.kind is NodeKind.HEADING and first is not None and first.kind is NodeKind.PARAGRAPH:
            if DEFINING.match(first.text):
                out.add(heading_text(node.text).casefold())
    return out


def short_labels(root: Node) -> list[tuple[str, int]]:
    """Every short label of a tree (a heading, a labelled line's label, a short line, a table cell's first line)
    with the id of the node it sits under."""
    out: list[tuple[str, int]] = []

    def visit(node: Node, parent: int) -> None:
        text = node.term or node.text
        if text and short_phrase(text, 6):
            out.append((text, parent))
        for child in node.children:
            visit(child, node.id)

    visit(root, root.id)
    return out


def labelled_runs(root: Node) -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, the label and text of each labelled line under it) for every heading over labelled lines
    ("Career stages" over "Graduate – ...", "Proficient – ...")."""
    out = []
    headings = {heading_text(n.text).casefold() for n in root.walk() if n.kind is NodeKind.HEADING}
    labels: dict[str, set[int]] = {}  # each labelled line's label (casefolded), with the ids of the lines
    for n in root.walk():
        if n.kind is NodeKind.LABEL and n.term:
            labels.setdefault(n.term.strip().casefold(), set()).add(n.id)
    for node in root.walk():
        if node.kind is not NodeKind.HEADING:
            continue
        lines = [(c.term, c.body or "") for c in node.children if c.kind is NodeKind.LABEL and c.term]
        items = [(c.term, c.body or "") for c in node.children if c.kind is NodeKind.ITEM and c.term]
        if not lines and len(items) >= 2 and all(term.strip().casefold() in headings for term, _ in items):
            # bullets "Awareness = able to recognize ..." whose names head sections further on: a key, as
            # labelled lines are (bullets that name nothing printed again may be the levels themselves)
            lines = items
        elif not lines and len(items) >= 2 and all(_labels_elsewhere(term, node, labels) for term, _ in items):
            # bullets "Exemplary (EX): Performs ..." whose names label lines elsewhere ("Exemplary: Is a role
            # model ..." under each competency): a key too
            lines = items
        if lines:
            out.append((node.text, lines))
    return out


def _labels_elsewhere(term: str, heading: Node, labels: dict[str, set[int]]) -> bool:
    """Is a term, without a code in brackets after it ("Exemplary (EX)"), the label of a line outside `heading`?"""
    lines = labels.get(CODE_AFTER_NAME.sub("", term.strip()).casefold(), set())
    return bool(lines - {n.id for n in heading.walk()})


def introduced_lists(root: Node) -> list[tuple[str, list[str]]]:
    """(lead-in, what its items name) for every paragraph ending with a colon over a list of its own ("For each
    dimension the framework describes practice at four levels:" over "Competent nurse", ...; "... three aspects:"
    over "Self – behaviours that ...": a labelled item names its label)."""
    out = []
    for node in root.walk():
        if node.kind is not NodeKind.PARAGRAPH or not node.text.rstrip().endswith(":"):
            continue
        items = [c for c in node.children if c.text]
        if items and all(c.kind is NodeKind.ITEM and not c.children for c in items):
            out.append((node.text, [c.term or c.text for c in items]))
    return out


def numbered_headings(root: Node) -> list[tuple[str, str, int]]:
    """(style, text, parent id) of every heading, in print order."""
    return [
        (child.style, child.text, node.id)
        for node in root.walk()
        for child in node.children
        if child.kind is NodeKind.HEADING
    ]


def is_leaf_label(node: Node) -> bool:
    """A short line of its own that labels what follows it (no children, no sentence)."""
    return not node.children and short_phrase(node.text)


def preorder(nodes: tuple[Node, ...] | list[Node]) -> Iterator[Node]:
    for node in nodes:
        yield from node.walk()


def content_text(node: Node) -> str:
    return node.text


def has_text_below(node: Node) -> bool:
    return any(n.text for n in node.walk() if n is not node)


def item_number(node: Node) -> int | None:
    """The number of an ordered list item ("3." -> 3, "iv)" -> 4)."""
    if node.kind is not NodeKind.ITEM or not node.marker:
        return None
    m = re.fullmatch(r"\(?(\d{1,2}|[ivxIVX]{1,4})[.)]?", node.marker.strip())
    if not m:
        return None
    number = m.group(1)
    return int(number) if number.isdigit() else ROMAN.get(number.lower())
