"""Label every node of a document tree from evidence:

    find_competencies -> each competency's name and scope labelled (`assign.label_scope`)
                      -> tables outside any competency that name competencies themselves
                      -> what lies outside: the title, front matter, clusters, the rest ignored

Every label keeps its evidence, so `competency-kb inspect` can show why a document came out as it did.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set
from dataclasses import dataclass, field, replace

from ..model.tree import Label, LabelledTree, Node, NodeKind, Role
from ..vocab.text import collapse_whitespace, heading_text
from ..vocab.vocabulary import Vocabulary
from .assign import label_scope
from .competencies import find_competencies, following_table
from .evidence import NAMED_STATEMENT, TAGLINE
from .found import Found
from .nodes import heads, level_of, title_of
from .runs import level_run
from .scale import level_key, listed_scale, stated_direction
from .shapes import is_example, reads_as_definition, short_phrase
from .table_layout import TableLabels, cell_title, read_table, table_key
from .terms import after_cluster, is_front_matter, section_field, section_of, wrapped_name
from .transposed import Occurrence, transposed

SITE_SUFFIX = re.compile(r"\s+[-–—|:·•]\s+[^-–—|:·•]{2,80}$")


@dataclass(frozen=True)
class Naming:
    """Where the names come from when the document prints none for its one competency."""

    reader_title: str | None = None  # the title the format stores (PDF metadata, HTML <title>)
    manifest_name: str | None = None  # the manifest's name for this document
    fallback: str = ""  # the file name, made readable


@dataclass
class Outcome:
    tree: LabelledTree
    competencies: list[int]  # node ids of the competencies, in document order
    name_origin: dict[int, str] = field(
        default_factory=dict
    )  # node id -> "document" | "manifest" | "title" | "file name"
    title: str | None = None  # the document's printed title
    key: dict[str, float] = field(default_factory=dict)  # a level key printed before the competencies


def label_document(root: Node, vocab: Vocabulary, naming: Naming) -> Outcome:
    by_level = transposed(root, vocab)
    if by_level:
        return _label_transposed(root, vocab, by_level)
    found = find_competencies(root, vocab)
    labels: dict[int, Label] = {}
    origins: dict[int, str] = {}
    inside: set[int] = set()
    categories = _categories(found)
    counted = counted_kinds(root)
    # a statement naming the entry its heading counts is no entry of its own, even where its sections made it look one
    statements = {comp.node.id: _statement_named(comp, vocab, counted) for comp in found}
    named_by = {st.id for st in statements.values() if st is not None}
    found = [comp for comp in found if comp.node.id not in named_by]
    printed = {heading_text(n.text).casefold() for n in root.walk() if 0 < len(n.text) <= MAX_NAME_CHARS}
    # the lines a list prints whole ("We do the right thing – Kia tika" among the values named in the opening)
    listed = {heading_text(n.text).casefold() for n in root.walk() if n.kind is NodeKind.ITEM}
    parents = {child.id: node for node in root.walk() for child in node.children}
    for comp in found:
        name, origin = _name(comp, root, vocab, naming, len(found) == 1, categories, listed)
        name = _as_printed_bare(_after_its_cluster(comp.node, parents.get(comp.node.id), vocab) or name, printed)
        definition = comp.inline_definition or None
        heading = comp.node.kind is NodeKind.HEADING and not comp.has_definition
        gloss = (GLOSSED.match(name) or NAMED_STATEMENT.match(name)) if heading else None
        if gloss and not definition and short_phrase(gloss["name"], 4):
            # "Community: working together to achieve common goals", "Respect: We care about ... .": the name, then
            # what it means
            name, definition = gloss["name"], gloss["gloss"]
        statement = statements[comp.node.id]
        if statement is not None:
            # "Competency One" over "The midwife works in partnership with the woman ...", then "Explanation": the
            # heading only counts the entries, the statement under it names this one
            name = heading_text(statement.text)
            why = ("the statement naming an entry its heading only counts",)
            labels[statement.id] = Label(Role.STRUCTURE, why, competency=comp.node.id)
        origins[comp.node.id] = origin
        tagged = _tagged(comp.node, vocab, listed)
        motto = tagged["tagline"] if tagged and tagged["name"] not in categories else None
        labels[comp.node.id] = Label(
            Role.COMPETENCY,
            comp.reasons,
            name=name,
            competency=comp.node.id,
            text=definition,
            group=motto,  # a motto after the name: a note
        )
        scope = comp.scope
        if comp.node is root and origin == "title":
            scope = _after_title(root, name) or scope  # what comes before the line naming it is front matter
        for node_id, label in label_scope(
            comp.node, scope, vocab, comp.inline_definition, statements=comp.statements, name_line=statement
        ).items():
            labels.setdefault(node_id, label)
        inside |= {n.id for node in comp.scope for n in node.walk()} | {comp.node.id}
    table_comps = _table_competencies(root, vocab, inside, labels)  # tables outside the competencies found
    ids = [comp.node.id for comp in found] + table_comps
    _described_elsewhere(root, vocab, labels)
    title = _outside(root, vocab, labels, ids)
    texts = [n.text for n in root.walk() if n.text]
    key = _level_key(root, vocab, labels, ids) or stated_direction(texts) or listed_scale(texts, vocab)
    ordered = sorted(
        set(ids)
        | {lbl.competency for lbl in labels.values() if lbl.role is Role.COMPETENCY and lbl.competency is not None}
    )
    return Outcome(LabelledTree(root, labels), ordered, origins, title, key)


def _label_transposed(root: Node, vocab: Vocabulary, occurrences: list[Occurrence]) -> Outcome:
    """A framework printed by level: the first line naming each competency carries it; every line is that
    competency's behaviour at the level its section names."""
    labels: dict[int, Label] = {}
    owners: dict[str, int] = {}
    for occ in occurrences:
        key = occ.name.casefold()
        labels.setdefault(occ.level_node.id, Label(Role.STRUCTURE, ("a section naming a level of every competency",)))
        if occ.is_heading:
            _label_level_heading(occ, owners, labels)
            continue
        if occ.is_column:
            _label_level_column(occ, owners, labels)
            continue
        if key not in owners:
            owners[key] = occ.node.id
            labels[occ.node.id] = Label(
                Role.COMPETENCY,
                ("a label that recurs in every level's section",),
                name=occ.name,
                competency=occ.node.id,
                level=occ.level,
                text=occ.node.body,
            )
            continue
        labels[occ.node.id] = Label(
            Role.CONTENT,
            ("the competency's line in a level's section",),
            field="levels",
            level=occ.level,
            text=occ.node.body,
            competency=owners[key],
        )
    ids = sorted(owners.values())
    _definitions_elsewhere(root, owners, labels)
    title = _outside(root, vocab, labels, ids)
    return Outcome(LabelledTree(root, labels), ids, dict.fromkeys(ids, "document"), title, {})


def _label_level_column(occ: Occurrence, owners: dict[str, int], labels: dict[int, Label]) -> None:
    """A competency's column in a level's table: its first header cell names the competency, every cell below
    is its behaviours at that level."""
    key = occ.name.casefold()
    if key not in owners:
        owners[key] = occ.node.id
        labels[occ.node.id] = Label(
            Role.COMPETENCY,
            ("a table column that recurs in every level's section",),
            name=occ.name,
            competency=occ.node.id,
        )
    for n in occ.node.walk():
        if n is not occ.node and n.text:
            labels[n.id] = Label(Role.STRUCTURE, ("the competency's name, a column header",))
    for cell in occ.content:
        for n in cell.walk():
            if n.text:
                labels[n.id] = Label(
                    Role.CONTENT,
                    ("the competency's behaviour in a level's table",),
                    field="levels",
                    level=occ.level,
                    competency=owners[key],
                )


def _label_level_heading(occ: Occurrence, owners: dict[str, int], labels: dict[int, Label]) -> None:
    """A competency's heading inside a level's section: its first one names the competency, every one's content
    is its behaviours at that level, a heading inside it their group ("Analysis", "Ideas")."""
    key = occ.name.casefold()
    if key not in owners:
        owners[key] = occ.node.id
        labels[occ.node.id] = Label(
            Role.COMPETENCY,
            (occ.evidence,),
            name=occ.name,
            competency=occ.node.id,
        )
    else:
        labels[occ.node.id] = Label(Role.STRUCTURE, ("the competency's heading again, in another level's section",))
    owner = owners[key]

    def visit(node: Node, group: str | None) -> None:
        grouping = _items_over_lists(node)
        for child in node.children:
            if child.kind is NodeKind.HEADING or grouping:
                name = heading_text(child.text)
                labels[child.id] = Label(
                    Role.GROUP, ("a sub-heading of the level's behaviours",), name=name, competency=owner
                )
                visit(child, name)
                continue
            examples = [k for k in child.children if k.text]
            if child.text and examples and all(is_example(k.text) for k in examples):
                # "Understands basic statistics" over "e.g. can find the right formula ...": one behaviour
                labels[child.id] = Label(
                    Role.CONTENT,
                    ("the competency's behaviour in a level's section, with its example",),
                    field="levels",
                    level=occ.level,
                    group=group,
                    text=" ".join([child.text] + [k.text for k in examples]),
                    competency=owner,
                )
                for k in examples:
                    labels[k.id] = Label(Role.STRUCTURE, ("an example of the behaviour above",), competency=owner)
                continue
            if child.text:
                labels[child.id] = Label(
                    Role.CONTENT,
                    ("the competency's behaviour in a level's section",),
                    field="levels",
                    level=occ.level,
                    group=group,
                    competency=owner,
                )
            visit(child, group)

    visit(occ.node, None)


def _items_over_lists(node: Node) -> bool:
    """An outline entry whose items all head lists of their own, in a few words ("Technical knowledge", "Stats and
    maths"): the items name groups of what is listed under them."""
    items = [c for c in node.children if c.text]
    below = [k.text for c in items for k in c.children if k.text]
    return (
        node.kind is NodeKind.ITEM
        and bool(items)
        and all(c.kind is NodeKind.ITEM and c.children and short_phrase(c.text, 6) for c in items)
        and not all(is_example(t) for t in below)  # a behaviour over its example heads no group
    )


def _definitions_elsewhere(root: Node, owners: dict[str, int], labels: dict[int, Label]) -> None:
    """A heading of a competency's name outside the level sections ("Definitions" > "Values and Ethics") over a
    paragraph: that paragraph is the competency's definition."""
    for node in root.walk():
        if node.kind is not NodeKind.HEADING or node.id in labels:
            continue
        owner = owners.get(heading_text(node.text).casefold())
        first = next((c for c in node.children if c.text), None)
        if owner is None or first is None or first.kind is not NodeKind.PARAGRAPH:
            continue
        labels[node.id] = Label(Role.STRUCTURE, ("the competency's name over its definition",), competency=owner)
        labels[first.id] = Label(Role.DEFINITION, ("the paragraph under the competency's name",), competency=owner)


# a remark in brackets after a name, three words or more ("Effective Supervision (Required of all employees in a
# supervisory role)"); not a code or a level ("(CS01)", "(Level 2)")
REMARK_AFTER = re.compile(r"^(?P<name>\S.*?)\s*\((?P<tagline>[^()\s]+(?:\s+[^()\s]+){2,})\)$")
# two words joined in brackets ("Communications Skills (Oral & Written)"): part of the name, what it covers
COVERS = re.compile(r"^[\w-]+\s+(?:&|and|or|/)\s+[\w-]+$", re.I)


def _tagged(node: Node, vocab: Vocabulary, listed: Set[str] = frozenset()) -> re.Match[str] | None:
    """A competency heading's name and the motto after its dash, or a line's name and the remark in brackets
    after it; none where the dash leads to the level a role requires ("Communicating – Level 2"), which the
    record reads with its levels, or where the document lists the whole line as one of its items ("We do the right
    thing – Kia tika" among the values): a name in two languages, or a name and its gloss, is one name."""
    if collapse_whitespace(node.text).casefold() in vocab.named_at_level:
        return None
    if heading_text(node.text).casefold() in listed:
        return None
    remark = REMARK_AFTER.match(node.text) if node.kind in (NodeKind.HEADING, NodeKind.PARAGRAPH) else None
    if remark and not COVERS.match(remark["tagline"]):
        return remark
    tagged = TAGLINE.match(node.text) if node.kind is NodeKind.HEADING else None
    if tagged and NUMBER_ONLY.fullmatch(tagged["name"]):
        return None  # "2 – Screening of your application": a number before its dash, no name
    return tagged


# the kind of entry and its number, nothing else: "Competency One", "Standard 3", "Domain IV"
COUNTED_KIND = re.compile(
    r"^(?:competency|competence|capability|standard|domain|element|outcome|principle)\s+"
    r"(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$",
    re.I,
)
MAX_STATEMENT_NAME_WORDS = 40
MIN_STATEMENT_WORDS = 4  # a statement, not a name's first word or a section's title


# a heading that counts its entry in the document's own words: "Generic CiP 3", "Unit 2 (continued)"
COUNTER = re.compile(r"^(?P<kind>\D{2,30}?)\s+(?P<n>\d{1,2}|[IVX]{1,4})(?:\s*\(continued\))?$", re.I)


def counted_kinds(root: Node) -> set[str]:
    """The words that open two headings or more, each with its own number ("Generic CiP 1", "Generic CiP 2"): the
    document counts its entries so, those headings name none of them."""
    numbers: dict[str, set[str]] = {}
    for node in root.walk():
        m = COUNTER.match(heading_text(node.text)) if node.kind is NodeKind.HEADING else None
        if m:
            numbers.setdefault(m["kind"].casefold(), set()).add(m["n"].casefold())
    return {kind for kind, seen in numbers.items() if len(seen) >= 2}


def _statement_named(comp: Found, vocab: Vocabulary, counted: Set[str] = frozenset()) -> Node | None:
    """The statement right under a heading that only counts its entry ("Competency One"), where the entry's
    definition has a section of its own: the paragraph that names the entry. Where the document counts its entries
    in words of its own ("Generic CiP 3"), a statement set as a heading under the count names the entry too."""
    if comp.node.kind is not NodeKind.HEADING:
        return None
    counter = COUNTER.match(heading_text(comp.node.text))
    first = next((n for n in comp.scope if n.text), None)
    if (
        counter
        and counter["kind"].casefold() in counted
        and level_of(comp.node, vocab) is None
        and first is not None
        and first.kind is NodeKind.HEADING
        and len(first.text.split()) >= MIN_STATEMENT_WORDS
        and len(first.text.split()) <= MAX_STATEMENT_NAME_WORDS
        and section_field(first.text, vocab) is None
        and level_of(first, vocab) is None
    ):
        return first
    if not COUNTED_KIND.match(heading_text(comp.node.text)):
        return None
    if first is None or first.kind is not NodeKind.PARAGRAPH or first.children:
        return None
    if len(first.text.split()) > MAX_STATEMENT_NAME_WORDS:
        return None
    defined = any(
        n.kind is NodeKind.HEADING and section_field(n.text, vocab) == "definition"
        for n in comp.scope
        if n is not first
    )
    return first if defined else None


# a number before a heading's dash, alone or after the kind of entry it counts ("2", "Cluster 1", "Competency 3")
NUMBER_ONLY = re.compile(
    r"(?:(?:cluster|domain|competency|capability|area|theme|pillar|category|dimension|element|unit|part)\s+)?"
    r"\(?(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,5})[.)]?",
    re.I,
)


def _categories(found: list[Found]) -> set[str]:
    """Words before a dash that several competency headings share ("Core – Leadership", "Core – Innovation"): a
    category before the name, not a name before its motto."""
    heads = [TAGLINE.match(f.node.text) for f in found if f.node.kind is NodeKind.HEADING]
    counts = Counter(m["name"] for m in heads if m)
    return {prefix for prefix, n in counts.items() if n >= 2}


def _name(
    comp: Found,
    root: Node,
    vocab: Vocabulary,
    naming: Naming,
    single: bool,
    categories: Set[str] = frozenset(),
    listed: Set[str] = frozenset(),
) -> tuple[str, str]:
    if single and naming.manifest_name:
        return naming.manifest_name, "manifest"
    if comp.node is not root:
        text = title_of(comp.node) or cell_title(comp.node, vocab)
        tagged = _tagged(comp.node, vocab, listed)
        if tagged and tagged["name"] in categories:
            return wrapped_name(tagged["tagline"], vocab), "document"
        return wrapped_name(tagged["name"] if tagged else text, vocab), "document"
    # the document itself is the competency: a line that names what the file name says, a short line matching
    # its stored title, its title heading, the stored title without the site's name, or the file name
    named = _line_naming_file(root, naming.fallback)
    if named:
        return wrapped_name(named, vocab), "title"
    stored = naming.reader_title or ""
    for node in root.children:
        known = is_front_matter(node.text, vocab) or section_field(node.text, vocab) or level_of(node, vocab)
        if node.kind is NodeKind.HEADING and not known:
            return wrapped_name(node.text, vocab), "title"
        if node.text and stored and stored.casefold().startswith(node.text.casefold()) and len(node.text) > 3:
            return node.text, "title"
        if node.kind is NodeKind.HEADING or level_of(node, vocab):
            break
    if stored:
        return wrapped_name(SITE_SUFFIX.sub("", stored), vocab), "title"
    return naming.fallback, "file name"


def _after_its_cluster(node: Node, parent: Node | None, vocab: Vocabulary) -> str | None:
    """The name after the colon of a heading that opens with the name of the heading it stands under ("CHARACTER"
    over "CHARACTER: DISPLAYS INTEGRITY AND HONESTY"): the cluster's name is no part of the competency's."""
    if parent is None or parent.kind is not NodeKind.HEADING or node.kind is not NodeKind.HEADING:
        return None
    name = after_cluster(heading_text(parent.text), heading_text(node.text))
    return wrapped_name(name, vocab) if name else None


MAX_NAME_CHARS = 80
# a heading's name and, after its colon, a gloss in lower case: the competency's one-line definition
GLOSSED = re.compile(r"^(?P<name>[A-Z][^:]*?):\s+(?P<gloss>[a-z][^:]*)$")
KIND_AFTER = re.compile(r"^(?P<bare>.+?)\s+(?:competency|competence|capability|(?i:standards))$")


def _as_printed_bare(name: str, printed: Set[str]) -> str:
    """A name with the kind of entry after it in lower case ("Planning competency") is the bare name where the
    document prints that too (its overview lists "Planning"): the kind word is the heading's, no part of the name.
    So is the title of a table of a named competency's standards ("Accountability Standards" after "Accountability"
    and its definition). ("Veterinary capability", printed nowhere bare, stays whole.)"""
    m = KIND_AFTER.match(name)
    return m["bare"] if m and m["bare"].casefold() in printed else name


def _table_competencies(root: Node, vocab: Vocabulary, inside: set[int], labels: dict[int, Label]) -> list[int]:
    """Tables outside every competency that name competencies themselves (a matrix, competencies as columns, a
    "Title" row): their labels, with those competencies. A table that names one competency ("COMPETENCY NAME |
    Client Focus") also owns what follows it up to the next such table or a heading of no known section: its
    table of levels, its lists."""
    found: list[int] = []
    parents = {child.id: node for node in root.walk() for child in node.children}
    cells = {n.id: n for n in root.walk()}
    every_table = [n for n in root.walk() if n.kind is NodeKind.TABLE]
    printed: dict[int, tuple[frozenset[str], int]] = {}  # each table's levels and count of competencies, read once
    for node in every_table:
        if node.id in inside:
            continue
        table = read_table(node, vocab, None, None, None, across=node in root.children, outside=True)
        if not table.competencies:
            continue
        if len(table.competencies) >= 2 and _explains_the_scale(node, table, every_table, vocab, printed):
            continue
        owner = table.competencies[0] if len(table.competencies) == 1 else None
        for node_id, label in table.labels.items():
            if owner is not None and label.competency is None:
                label = replace(label, competency=owner)
            labels.setdefault(node_id, label)
        found.extend(table.competencies)
        inside |= {n.id for n in node.walk()}
        if owner is not None and node.id in parents:
            siblings = parents[node.id].children
            scope = following_table(siblings[siblings.index(node) + 1 :], vocab)
            for node_id, label in label_scope(cells[owner], scope, vocab, defined=True).items():
                labels.setdefault(node_id, label)
            inside |= {n.id for s in scope for n in s.walk()}
    return found


def _explains_the_scale(
    table: Node,
    read: TableLabels,
    tables: list[Node],
    vocab: Vocabulary,
    printed: dict[int, tuple[frozenset[str], int]],
) -> bool:
    """The one table naming several competencies as it prints the levels, when two tables or more print the same
    levels for one competency or none: the key to the scale, whose columns say what each level means
    ("Responsibility", "Autonomy"), before the competencies' own tables. (Several tables naming several
    competencies over the same levels are one matrix printed in parts.) `printed`: what each table prints, by id,
    filled as the tables are read."""
    levels = _levels_of(read)
    if len(levels) < 2:
        return False
    for other in tables:
        if other.id not in printed:
            again = read_table(other, vocab, None, None, None, outside=True)
            printed[other.id] = (_levels_of(again), len(again.competencies))
    counts = [printed[other.id][1] for other in tables if other is not table and printed[other.id][0] == levels]
    return sum(1 for count in counts if count <= 1) >= 2 and not any(count >= 2 for count in counts)


def _levels_of(table: TableLabels) -> frozenset[str]:
    return frozenset(
        label.level.label.casefold() for label in table.labels.values() if label.role is Role.LEVEL and label.level
    )


def _after_title(root: Node, name: str) -> tuple[Node, ...]:
    """The document's content after the top-level heading that names its one competency: the heading's own
    content and its later siblings."""
    for i, node in enumerate(root.children):
        if node.kind is NodeKind.HEADING and name.casefold() in node.text.casefold():
            return node.children + root.children[i + 1 :]
    return ()


def _line_naming_file(root: Node, file_name: str) -> str | None:
    """The heading that says what the file name says ("nrc-conceptual-analytical-ability" and "Behavioural
    competencies for Management services: Conceptual and analytical ability"): the part of it (around a colon)
    holding the file name's words, when it holds most of them."""
    words = {w for w in re.findall(r"[a-z]{3,}", file_name.casefold())}
    if len(words) < 2:
        return None
    best, best_score = None, 0.0
    for node in root.walk():
        if node.kind is not NodeKind.HEADING or len(node.text.split()) > 16:
            continue
        for part in [node.text, *re.split(r"\s*:\s+", node.text)]:
            found = {w for w in re.findall(r"[a-z]{3,}", part.casefold())} & words
            score = len(found) / len(words) - 0.01 * len(part.split())  # the shortest part holding them
            if len(found) >= 2 and len(found) * 3 >= len(words) * 2 and score > best_score:
                best, best_score = part, score
    return best


def _described_elsewhere(root: Node, vocab: Vocabulary, labels: dict[int, Label]) -> None:
    """A competency described in more than one place (a table of levels, then a heading of the same name over
    example behaviours; an overview line "Teamwork: How you work with others ..."): what lies outside every
    competency under its name, or a labelled line that names and defines it, is its content too."""
    names = {
        heading_text(lbl.name).casefold(): cid
        for cid, lbl in labels.items()
        if lbl.role is Role.COMPETENCY and lbl.name and lbl.competency == cid
    }
    defined = {lbl.competency for lbl in labels.values() if lbl.role is Role.DEFINITION}
    if not names:
        return
    skip: set[int] = set()
    for node in root.walk():
        if node.id in skip or node.id in labels or node is root:
            continue
        if node.kind is NodeKind.HEADING and heading_text(node.text).casefold() in names:
            cid = names[heading_text(node.text).casefold()]
            labels[node.id] = Label(Role.STRUCTURE, ("a heading naming the competency again",), competency=cid)
            scope_labels = label_scope(node, node.children, vocab, defined=cid in defined)
            for node_id, label in scope_labels.items():
                labels.setdefault(node_id, replace(label, competency=cid) if label.competency == node.id else label)
            skip |= {n.id for n in node.walk()}
            continue
        named_section = _named_section(node, names, vocab)
        if named_section is not None:
            # "CUSTOMER CHAMPION INTERVIEW QUESTIONS" apart from Customer Champion's description: its section
            scope_labels = label_scope(node, (node,), vocab, defined=True)
            for node_id, label in scope_labels.items():
                labels.setdefault(
                    node_id, replace(label, competency=named_section) if label.competency == node.id else label
                )
            skip |= {n.id for n in node.walk()}
            continue
        term = heading_text(node.term).casefold() if node.term else ""
        if term in names and names[term] not in defined and reads_as_definition(node.body):
            cid = names[term]
            labels[node.id] = Label(
                Role.DEFINITION, ("a line naming the competency and defining it",), text=node.body, competency=cid
            )
            defined.add(cid)


def _named_section(node: Node, names: dict[str, int], vocab: Vocabulary) -> int | None:
    """The competency a heading names before a section's words ("Customer Champion Interview Questions")."""
    if node.kind is not NodeKind.HEADING or not node.children:
        return None
    text = heading_text(node.text)
    return next((cid for name, cid in names.items() if section_of(text, name, vocab)), None)


def _outside(root: Node, vocab: Vocabulary, labels: dict[int, Label], comps: list[int]) -> str | None:
    """Labels for what lies outside every competency: the first heading above them all is the title, headings
    that hold competencies are clusters, what comes before the first competency is front matter, the rest is
    ignored. Returns the document's title."""
    owned = {n.id for n in root.walk() if n.id in labels}
    holding = {n.id for n in root.walk() if any(c.id in comps for c in n.walk()) and n.id not in comps}
    first = min(comps) if comps else None
    title = None
    for node in root.walk():
        if node.id in owned or node is root or not node.text:
            continue
        if node.kind is NodeKind.HEADING and title is None and (first is None or node.id < first):
            title = node.text
            labels[node.id] = Label(Role.TITLE, ("the first heading, above the competencies",))
        elif node.id in holding and heads(node):
            labels[node.id] = Label(Role.CLUSTER, ("a heading over competencies",))
        elif first is None or node.id < first:
            labels[node.id] = Label(Role.FRONT_MATTER, ("before the first competency",))
        else:
            labels[node.id] = Label(Role.IGNORED, ("outside every competency",))
    return collapse_whitespace(title) if title else None


def _level_key(root: Node, vocab: Vocabulary, labels: dict[int, Label], comps: list[int]) -> dict[str, float]:
    """A key to the levels printed before the competencies: lines "Level A - outstanding ...", read upward or
    downward as their descriptions say, or a table of the scale ("1 | Fundamental Awareness | ..."), whose
    numbers (or row order) rank the names."""
    first = min(comps) if comps else None
    for node in root.walk():
        after = first is not None and node.id >= first
        if after and node.kind is not NodeKind.TABLE:
            continue  # after the first competency only a table outside them all can be the key (an appendix's)
        if node.kind is NodeKind.TABLE and not any(
            labels.get(n.id) for n in node.walk() if labels.get(n.id) and labels[n.id].competency is not None
        ):
            key = table_key(node, vocab)
            if key:
                return key
            continue
        label = labels.get(node.id)
        if node.kind is not NodeKind.DOCUMENT and (label is None or label.role is not Role.FRONT_MATTER):
            continue
        run = level_run(node.children, vocab)
        if len(run) >= 2:
            return level_key([(e.level.label, e.body or " ".join(n.text for n in e.content)) for e in run], vocab)
    return {}
