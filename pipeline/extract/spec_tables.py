"""A job specification's table that names the post's competencies in one of its rows.

A candidate pack or person specification sets its facts out as label and value rows ("Location of Post",
"Reporting Relationship", ...). One row's label says it holds the competencies ("Skills, competencies and/or
knowledge", "Key Competencies") and its value cell names them, each a bold line over what the candidate must show.
Those lines are the competencies; the other rows are about the post, not about any competency.
"""

from __future__ import annotations

from ..model.tree import Node, NodeKind
from ..vocab.language import lemma_key
from .table_layout import cell_text

# a label's words that say its row holds competencies (their lemmas)
COMPETENCY_WORDS = frozenset({"competency", "competence", "capability"})


def competencies_in_cell(table: Node) -> list[Node]:
    """The headings that name competencies in a label and value row of the table, each over content of its own
    and together holding all the value cell's content; [] when no row has that shape."""
    for row in table.children:
        cells = [c for c in row.children if cell_text(c)]
        if len(cells) != 2 or not COMPETENCY_WORDS & set(lemma_key(cell_text(cells[0])).split()):
            continue
        content = [c for c in cells[1].children if c.text or c.children]
        if len(content) >= 2 and all(c.kind is NodeKind.HEADING and c.children for c in content):
            return content
    return []
