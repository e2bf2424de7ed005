"""The document tree: a document's outline built once from its blocks, and the labels extraction gives its nodes.

`structure` builds the tree: headings nested by their rank, list items under what they belong to, a table as one
node of rows and cells, `Label: text` lines as label nodes. `extract` labels every node with a role and the
evidence for it (`Label`), then reads the fields of each competency from the labelled nodes. Both are plain,
frozen data: `competency-kb inspect` prints them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum

from .blocks import Span


class NodeKind(str, Enum):
    DOCUMENT = "document"  # the root
    HEADING = "heading"  # a heading; its children are what it heads
    PARAGRAPH = "paragraph"  # running text; children: a list it introduces ("The person can:")
    ITEM = "item"  # a list item; children: its nested items
    LABEL = "label"  # a paragraph "Term: text" or "Term – text": a label and its content on one line
    TABLE = "table"  # children: its rows
    ROW = "row"  # children: its cells
    CELL = "cell"  # children: the cell's paragraphs and items


@dataclass(frozen=True, slots=True)
class Node:
    kind: NodeKind
    text: str = ""  # the text as printed, on one line (a LABEL's or labelled ITEM's term and body together)
    term: str = ""  # LABEL, ITEM: a leading label ("Definition", "Level 2", "Novice") when the line has one
    body: str = ""  # LABEL, ITEM: the text after the label ("Communicates clearly ...")
    children: tuple[Node, ...] = ()
    spans: tuple[Span, ...] = ()  # where the node's own text came from (every part of a joined text)
    id: int = 0  # position in a pre-order walk of the tree: stable for one document
    rank: int = 0  # HEADING: 1 = the most prominent heading style of the document
    style: str = ""  # HEADING: what made it a heading ("h2", "bold 14pt", "bold caps", "numbered 1.2", "short line")
    depth: int = 0  # ITEM: nesting depth of its list (0 = top)
    marker: str = ""  # ITEM: the bullet or number as printed ("•", "1.", "a)"), "" when unknown
    ordered: bool = False  # ITEM: a numbered item
    bold: bool = False  # the whole text is bold
    lead: str = ""  # a bold run opening the text (an activity's lead sentence, "Key Skills:")
    header: bool = False  # ROW, CELL: the table's header row
    col: int = 0  # CELL: column, 1-based
    page: int | None = None  # first page of the node's text, for paged formats

    def walk(self) -> Iterator[Node]:
        """The node and every node below it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    @property
    def rows(self) -> tuple[Node, ...]:
        return self.children if self.kind is NodeKind.TABLE else ()


class Role(str, Enum):
    """What a node is in a competency document."""

    TITLE = "title"  # the document's or framework's title
    FRONT_MATTER = "front matter"  # introduction, how-to-use text, a scale explained before the competencies
    CLUSTER = "cluster"  # a heading that groups competencies
    COMPETENCY = "competency"  # a node naming a competency; its scope holds its fields
    SECTION = "section"  # a heading or label opening a field (`field`)
    LEVEL = "level"  # a proficiency level label (`level`); its content is the level's behaviours
    GROUP = "group"  # a sub-heading naming a group of items of the field in force
    DEFINITION = "definition"  # an unlabelled definition
    CONTENT = "content"  # an item of the field in force
    NOTE = "note"  # narrative text that fits no field
    STRUCTURE = "structure"  # a caption, a header row, an empty heading: shape, no content
    IGNORED = "ignored"  # text outside any competency that is no front matter (e.g. a closing link)


@dataclass(frozen=True, slots=True)
class LevelLabel:
    """A proficiency level label as printed, and its place on its scale."""

    label: str  # as printed, without a trailing colon ("Proficiency Level 5", "Expert", "Level B")
    order: float  # value on its scale: higher = more proficient (a printed number, a name's place)
    numeric: bool  # ordered by a printed number (then rank = that number)
    name: str | None = None  # the level name on a named scale ("advanced"), when it has one
    letter: str | None = None  # the level letter, when the label is one ("B")


@dataclass(frozen=True, slots=True)
class Label:
    """A node's role and the evidence that gave it; `field`, `level`, `name` and `group` where the role has one."""

    role: Role
    evidence: tuple[str, ...] = ()
    field: str | None = None  # SECTION, CONTENT: the field of the contract
    level: LevelLabel | None = None  # LEVEL; CONTENT of a level; COMPETENCY whose own line is a level's behaviour
    name: str | None = None  # COMPETENCY: its name; GROUP: the group's name
    group: str | None = None  # CONTENT: the group its items get
    text: str | None = None  # CONTENT, DEFINITION, NOTE: the text it gives when not the node's own text
    competency: int | None = None  # the node id of the competency this node belongs to
    level_node: int | None = None  # CONTENT of a level: the node id of the level's label


@dataclass(frozen=True)
class LabelledTree:
    """A document tree and the label of each node, by node id (a node without a label is plain content)."""

    root: Node
    labels: dict[int, Label] = field(default_factory=dict)

    def label(self, node: Node) -> Label | None:
        return self.labels.get(node.id)
