"""The labelled tree to competency records: one pure function per field, each reading the nodes labelled for it.

Items keep their provenance (every source piece of their text). Levels are ranked 1 = lowest (`scale`),
activities are one item per lead sentence with its explanation, readings are parsed citations or table rows,
related competencies are split from their sentence, key words from their line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from typing import Any

from ..model.blocks import Span
from ..model.records import Competency, Item, Level, Reading, Source
from ..model.tree import Label, LabelledTree, LevelLabel, Node, NodeKind, Role
from ..vocab.language import is_imperative, is_title_case, sentences
from ..vocab.text import collapse_whitespace, ends_sentence
from ..vocab.vocabulary import Vocabulary
from .citations import from_table_row, parse_citation, title_only
from .related import split_related
from .scale import parse_level, rank_levels
from .shapes import is_course, short_phrase
from .table_layout import cell_text
from .terms import CODE_AFTER, related_sentence, split_terms


@dataclass(frozen=True)
class Entry:
    node: Node
    label: Label

    @property
    def text(self) -> str:
        return collapse_whitespace(self.label.text if self.label.text is not None else self.node.text)

    @property
    def spans(self) -> tuple[Span, ...]:
        if self.node.kind is NodeKind.ROW:
            return tuple(s for n in self.node.walk() for s in n.spans)
        return self.node.spans


def competency_records(
    outcome_tree: LabelledTree, competencies: list[int], document: str, vocab: Vocabulary, key: dict[str, float]
) -> list[Competency]:
    by_owner: dict[int, list[Entry]] = {c: [] for c in competencies}
    nodes = {n.id: n for n in outcome_tree.root.walk()}
    cells = cell_of(outcome_tree.root)
    for node in outcome_tree.root.walk():
        label = outcome_tree.labels.get(node.id)
        if label is not None and label.competency in by_owner and node.id != label.competency:
            by_owner[label.competency].append(Entry(node, label))
    out = []
    known = frozenset(
        collapse_whitespace(outcome_tree.labels[c].name or nodes[c].text).casefold() for c in competencies
    )
    for cid in competencies:
        own = outcome_tree.labels[cid]
        entries = by_owner[cid]
        if own.level is not None and own.text:
            # its own line is also its behaviour at a level (a framework printed by level)
            level_line = Label(
                Role.CONTENT, own.evidence, field="levels", level=own.level, text=own.text, competency=cid
            )
            entries = [Entry(nodes[cid], level_line), *entries]
            own = replace(own, text=None)
        definition, definition_spans, related = definition_of(own, nodes[cid], entries, vocab, known)
        name, required = required_level(CODE_AFTER.sub("", collapse_whitespace(own.name or nodes[cid].text)), vocab)
        record_levels = levels(entries, document, vocab, key)
        indicators = items(entries, "indicators", document)
        if required is not None and not record_levels and indicators:
            # "We analyse critically (Level 2)" over its behaviours: a job profile's required level, which the
            # behaviours describe
            (rank,) = rank_levels([required], vocab, key)
            record_levels, indicators = (Level(rank, required.label, indicators),), ()
        out.append(
            Competency(
                id="",
                name=name,
                definition=definition,
                key_words=key_words(entries),
                indicators=indicators,
                levels=record_levels,
                activities=activities(entries, document, cells),
                courses=course_items(entries, document),
                readings=readings(entries, document, outcome_tree, nodes),
                related=tuple(dict.fromkeys(related + related_names(entries, known, vocab))),
                interview_questions=question_items(entries, document),
                tips=items(entries, "tips", document),
                notes=_tagline(own, nodes[cid], document) + notes(entries, document),
                sources=(document,),
                definition_source=Source.of(document, definition_spans) if definition else None,
            )
        )
    return document_scale_ranks(out)


LEVEL_AFTER = re.compile(
    r"^(?P<name>.+?)\s*(?:\((?P<level>(?:level|lvl\.?)\s*(?:\d{1,2}|[ivx]{1,4}|[a-e]))\)"
    r"|\s[-–—]\s+(?P<dashed>(?:level|lvl\.?)\s*(?:\d{1,2}|[ivx]{1,4}|[a-e])))$",
    re.I,
)


def required_level(name: str, vocab: Vocabulary) -> tuple[str, LevelLabel | None]:
    """A name with the level a role requires after it in brackets or a dash ("We take ownership (Level 2)",
    "Communicating – Level 2"): the name, and that level."""
    m = LEVEL_AFTER.match(name)
    level = parse_level(m["level"] or m["dashed"], vocab) if m else None
    return (m["name"], level) if m and level is not None else (name, None)


def merge_namesakes(records: list[Competency], vocab: Vocabulary, key: dict[str, float]) -> list[Competency]:
    """Entries of one name in one document that each give levels (a skill listed at the level each role needs,
    under each role of a job profile) are one competency: their levels together, ranked again as one set. The
    dataset would merge them by name anyway, but level by rank, and each entry alone ranks its one level 1."""
    groups: dict[str, list[Competency]] = {}
    for rec in records:
        groups.setdefault(rec.name.casefold(), []).append(rec)
    out = []
    for rec in records:
        group = groups[rec.name.casefold()]
        if len(group) == 1 or not all(r.levels for r in group):
            out.append(rec)
        elif rec is group[0]:
            out.append(_merged(group, vocab, key))
    return out


def _merged(group: list[Competency], vocab: Vocabulary, key: dict[str, float]) -> Competency:
    first = group[0]
    by_label: dict[str, tuple[str, list[Item]]] = {}
    for rec in group:
        for level in rec.levels:
            by_label.setdefault(level.label.casefold(), (level.label, []))[1].extend(level.behaviors)
    by_label = {label: (printed, _once(items)) for label, (printed, items) in by_label.items()}
    labels = [parse_level(label, vocab) for label, _ in by_label.values()]
    if all(lv is not None for lv in labels):
        ranks = rank_levels([lv for lv in labels if lv is not None], vocab, key)
    else:
        ranks = list(range(1, len(labels) + 1))
    levels = tuple(
        sorted(
            (Level(rank, label, tuple(items)) for (label, items), rank in zip(by_label.values(), ranks, strict=True)),
            key=lambda lv: lv.rank,
        )
    )
    definer = next((rec for rec in group if rec.definition), first)
    changes: dict[str, Any] = {
        f.name: tuple(_once([x for rec in group for x in getattr(rec, f.name)]))
        for f in fields(Competency)
        if f.name not in ("levels", "sources") and isinstance(getattr(first, f.name), tuple)
    }
    changes.update(levels=levels, definition=definer.definition, definition_source=definer.definition_source)
    return replace(first, **changes)


def _once(values: list[Any]) -> list[Any]:
    """Each item once: an entry printed twice (a section pasted again further on) gives its items once."""
    seen: set[Any] = set()
    out = []
    for value in values:
        key = (
            value
            if isinstance(value, str)
            else tuple(getattr(value, f.name) for f in fields(value) if f.name not in ("source", "sources"))
        )
        if key not in seen:
            seen.add(key)
            out.append(value)
    return out


def document_scale_ranks(records: list[Competency]) -> list[Competency]:
    """A competency that skips a level of the document's scale ("Journey" only, beside others with "Contributing
    | Journey | Advanced") ranks its levels on that scale: the fullest set of levels in the document that holds
    all of its labels in the same order gives the ranks; so does the one order all the competencies' levels agree
    on together ("Awareness | Working | Practitioner" and "Working | Practitioner | Expert": four steps)."""
    scales = sorted(
        (tuple(lv.label.casefold() for lv in rec.levels) for rec in records if rec.levels), key=len, reverse=True
    )
    together = _one_order(scales)
    if together is not None:
        scales.insert(0, together)
    out = []
    for rec in records:
        labels = [lv.label.casefold() for lv in rec.levels]
        full = next((s for s in scales if len(s) > len(labels) and _in_order(labels, s)), None)
        if full is None:
            out.append(rec)
            continue
        levels = tuple(replace(lv, rank=full.index(lv.label.casefold()) + 1) for lv in rec.levels)
        out.append(replace(rec, levels=levels))
    return out


def _one_order(sequences: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The only order of all the labels that keeps every sequence's, or None when there is none or several (two
    scales with nothing in common, two labels no sequence orders)."""
    after: dict[str, set[str]] = {}
    for seq in sequences:
        for label in seq:
            after.setdefault(label, set())
        for a, b in zip(seq, seq[1:]):
            after[a].add(b)
    before = {label: sum(label in nxt for nxt in after.values()) for label in after}
    order: list[str] = []
    while before:
        free = [label for label, n in before.items() if n == 0]
        if len(free) != 1:
            return None
        (label,) = free
        order.append(label)
        del before[label]
        for nxt in after[label]:
            before[nxt] -= 1
    return tuple(order)


def _in_order(labels: list[str], scale: tuple[str, ...]) -> bool:
    if not all(label in scale for label in labels) or len(set(scale)) != len(scale):
        return False
    positions = [scale.index(label) for label in labels]
    return positions == sorted(positions)


def _of(entries: Iterable[Entry], field: str, roles: tuple[Role, ...] = (Role.CONTENT,)) -> list[Entry]:
    return [e for e in entries if e.label.role in roles and e.label.field == field and e.text]


def definition_of(
    own: Label, node: Node, entries: list[Entry], vocab: Vocabulary, known: frozenset[str] = frozenset()
) -> tuple[str | None, tuple[Span, ...], tuple[str, ...]]:
    """The definition (its parts joined), where it came from, and related competencies named in it."""
    parts = [e for e in entries if e.label.role is Role.DEFINITION and e.text]
    texts = ([own.text] if own.text else []) + [e.text for e in parts]
    spans = (node.spans if own.text else ()) + tuple(s for e in parts for s in e.spans)
    if not texts:
        return None, (), ()
    kept, related = [], []
    for sentence in sentences(" ".join(texts)):
        after = related_sentence(sentence, vocab)
        names = split_related(after, known) if after else []
        if names:
            related.extend(names)
        else:
            kept.append(sentence)
    return collapse_whitespace(" ".join(kept)) or None, spans, tuple(related)


def key_words(entries: list[Entry]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t for e in _of(entries, "key_words") for t in split_terms(e.text)))


def related_names(
    entries: list[Entry], known: frozenset[str] = frozenset(), vocab: Vocabulary | None = None
) -> tuple[str, ...]:
    names: list[str] = []
    listed = [e for e in _of(entries, "related") if e.node.kind is NodeKind.ITEM]
    for e in _of(entries, "related"):
        coded = CODED_NAME.match(e.node.text) if e.node.kind is NodeKind.ITEM else None
        # "Practice 2: Requirements and objectives" as a list item: one element of the framework, by its code
        if coded:
            names.append(coded["name"].strip(" ."))
            continue
        # a sentence under the section ("Empathy links closely with Awareness of ... and Dealing with conflict"):
        # the names after the words that relate them
        said = related_sentence(e.text, vocab) if vocab is not None else None
        if said is None and e.node.kind is NodeKind.ITEM and (_one_name(e.text) or _bulleted_name(e.text, listed)):
            # one name a bullet, set as a name ("Leadership and Management"), or one of a list of them in sentence
            # case ("Lived and living experience-informed practice", "Family, carer and supporter inclusive practice")
            names.append(e.text.strip(" ."))
            continue
        names.extend(split_related(said or e.text, known))
    return tuple(names)


def _one_name(text: str) -> bool:
    """A short phrase in title case with no comma: one name, its "and" part of it ("Collaboration and
    Communication"); "Verbal and Written communication" shares its head noun and splits."""
    return not re.search(r"[,;]", text) and short_phrase(text, 6) and is_title_case(text)


def _bulleted_name(text: str, listed: list[Entry]) -> bool:
    """One of three or more bullets, each a short phrase and none a sentence: a name each, whatever its case and its
    commas."""
    return len(listed) >= MIN_NAME_BULLETS and all(
        short_phrase(e.text, 8) and not ends_sentence(e.text) and not re.search(r"[;:]", e.text) for e in listed
    )


MIN_NAME_BULLETS = 3
CODED_NAME = re.compile(r"^[A-Z][\w-]*\s+\d{1,2}(?:\.\d{1,2})*\s*[:–—-]\s*(?P<name>\S.*)$")


def items(entries: list[Entry], field: str, document: str) -> tuple[Item, ...]:
    chosen = _of(entries, field)
    out = []
    k = 0
    while k < len(chosen):
        parts = [chosen[k], *_completions(chosen, k)]
        text = " ".join(p.text for p in parts)
        out.append(Item(text, Source.of(document, tuple(s for p in parts for s in p.spans)), parts[0].label.group))
        k += len(parts)
    return tuple(out)


def _completions(chosen: list[Entry], k: int) -> list[Entry]:
    """The items that finish a statement's sentence, one clause each ("Able to produce reports in which:" over "the
    key issues are identified;", ..., "and the style suits the audience."): one statement with it, as printed."""
    lead = chosen[k]
    kids = [c for c in lead.node.children if c.kind is NodeKind.ITEM]
    run = chosen[k + 1 : k + 1 + len(kids)]
    if not lead.text.endswith(":") or len(lead.text.split()) < 4 or len(kids) < 2 or [e.node for e in run] != kids:
        return []
    texts = [e.text.rstrip() for e in run]
    if not all(t[:1].islower() for t in texts) or not texts[-1].endswith("."):
        return []
    return run if all(CLAUSE_END.search(t) for t in texts[:-1]) else []


CLAUSE_END = re.compile(r"(?:;|;\s+(?:and|or))$")


def course_items(entries: list[Entry], document: str) -> tuple[Item, ...]:
    """Courses, one per line; a labelled line listing titles ("RECOMMENDED TRAINING: Leading Change at ODOT,
    Growth Mindset for Leaders, Lean Problem Solving") gives one course per title."""
    out: list[Item] = []
    for e in sorted(_of(entries, "courses") + _courses_among_resources(entries), key=lambda e: e.node.id):
        titles = [t.strip() for t in e.text.split(",")] if e.node.term and e.label.text is not None else []
        if len(titles) >= 2 and all(t[:1].isupper() and short_phrase(t, 8) and not ends_sentence(t) for t in titles):
            out.extend(Item(t, Source.of(document, e.spans), e.label.group) for t in titles)
        else:
            out.append(Item(e.text, Source.of(document, e.spans), e.label.group))
    return tuple(out)


# where one question ends and the next begins on one line ("How might you ...? How have you ...?")
PLURAL_QUESTIONS = re.compile(r"\bquestions\b", re.I)
NEXT_QUESTION = re.compile(r"(?<=\?)\s+(?=[A-Z\"“])")


def question_items(entries: list[Entry], document: str) -> tuple[Item, ...]:
    """Interview questions, one per line (a follow-up asked after a question on its line is part of it); a line
    labelled as listing questions ("Questions : How might you ...? How have you ...?") gives one per question, a
    sentence before a question going with it ("Tell us about a time when ... What did you do?")."""
    out: list[Item] = []
    for e in _of(entries, "interview_questions"):
        listed = e.label.text is not None and PLURAL_QUESTIONS.search(e.node.term)
        parts = NEXT_QUESTION.split(e.text) if listed else [e.text]
        if len(parts) < 2 or not all(p.rstrip().endswith("?") for p in parts[:-1]):
            parts = [e.text]
        out.extend(Item(p.strip(), Source.of(document, e.spans), e.label.group) for p in parts if p.strip())
    return tuple(out)


def _courses_among_resources(entries: list[Entry]) -> list[Entry]:
    """Lines of a "Learning resources" section that are courses by their shape ("Report Writing for Field Staff
    (e-learning, 4 hours)", "... workshop (2 days)"), no citations."""
    return [e for e in _of(entries, "resources") if parse_citation(e.text) is None and is_course(e.text)]


def _tagline(own: Label, node: Node, document: str) -> tuple[Item, ...]:
    """A motto printed after the name ("Uphold Integrity and Respect — Leading by example"): a note."""
    return (Item(own.group, Source.of(document, node.spans)),) if own.group else ()


def notes(entries: list[Entry], document: str) -> tuple[Item, ...]:
    found = _of(entries, "notes", (Role.CONTENT, Role.NOTE))
    found += [e for e in _of(entries, "resources") if parse_citation(e.text) is None and not resource_title(e.text)]
    found.sort(key=lambda e: e.node.id)
    return tuple(Item(e.text, Source.of(document, e.spans), e.label.group) for e in found)


def cell_of(root: Node) -> dict[int, int]:
    """The table cell holding each node inside a table, by node id."""
    return {n.id: cell.id for cell in root.walk() if cell.kind is NodeKind.CELL for n in cell.walk()}


def activities(entries: list[Entry], document: str, cells: dict[int, int] | None = None) -> tuple[Item, ...]:
    """One activity per lead: a list item, a bold lead sentence (or bold lead-in) with the paragraphs that explain
    it; where nothing is bold, a paragraph of one sentence in the imperative starts an activity and the paragraphs
    after it explain it. A paragraph in a table cell of its own starts one: a table's cells are its items
    (`cells`: the cell holding each node, by id)."""
    run = _of(entries, "activities")
    cells = cells or {}
    signalled = any(e.node.bold or e.node.lead for e in run if e.node.kind is not NodeKind.ITEM)
    out: list[tuple[str, tuple[Span, ...], str | None]] = []
    for k, e in enumerate(run):
        if e.node.kind is NodeKind.ITEM:
            out.append((e.text, e.spans, e.label.group))
            continue
        if signalled:
            starts = e.node.bold or bool(e.node.lead)
        else:
            starts = len(sentences(e.text)) == 1 and is_imperative(e.text)
        if k and cells.get(e.node.id) != cells.get(run[k - 1].node.id):
            starts = True
        if not out or starts or out[-1][2] != e.label.group:
            out.append((e.text, e.spans, e.label.group))
        else:
            text, spans, group = out[-1]
            out[-1] = (f"{text} {e.text}", spans + e.spans, group)
    return tuple(Item(text, Source.of(document, spans), group) for text, spans, group in out)


def levels(entries: list[Entry], document: str, vocab: Vocabulary, key: dict[str, float]) -> tuple[Level, ...]:
    """The levels, each with its behaviours; a level printed under several groups (key skills) is one level."""
    labels: dict[str, LevelLabel] = {}
    behaviours: dict[str, list[Item]] = {}
    owner_of: dict[int, str] = {}
    for e in entries:
        if e.label.role is Role.LEVEL and e.label.level is not None:
            k = e.label.level.label.casefold()
            labels.setdefault(k, e.label.level)
            behaviours.setdefault(k, [])
            owner_of[e.node.id] = k
            if e.label.text:
                behaviours[k].append(
                    Item(collapse_whitespace(e.label.text), Source.of(document, e.spans), e.label.group)
                )
        elif e.label.role is Role.CONTENT and e.label.field == "levels" and e.text:
            k = owner_of.get(e.label.level_node or -1) or (e.label.level.label.casefold() if e.label.level else "")
            if k not in behaviours and e.label.level is not None:
                # a level whose label belongs to a table shared by several competencies (a matrix's header)
                labels.setdefault(k, e.label.level)
                behaviours[k] = []
            if k in behaviours:
                behaviours[k].append(Item(e.text, Source.of(document, e.spans), e.label.group))
    order = list(labels)
    ranks = rank_levels([labels[k] for k in order], vocab, key)
    made = [Level(rank, labels[k].label, tuple(behaviours[k])) for k, rank in zip(order, ranks, strict=True)]
    return tuple(sorted(made, key=lambda lv: lv.rank))


def readings(entries: list[Entry], document: str, tree: LabelledTree, nodes: dict[int, Node]) -> tuple[Reading, ...]:
    out: list[Reading] = []
    rows: dict[int, list[Entry]] = {}
    for e in entries:
        if e.label.field not in ("readings", "resources") or e.label.role is not Role.CONTENT:
            continue
        if e.node.kind is NodeKind.ROW:
            if e.label.level_node is not None and e.label.level_node in rows:
                rows[e.label.level_node].append(e)  # a wrapped row goes on with the row above
            else:
                rows[e.node.id] = [e]
            continue
        cite = parse_citation(e.text)
        if cite is None and e.label.field == "resources":
            if not resource_title(e.text) or is_course(e.text):
                continue  # a resource that is no citation nor a title is a note
            cite = title_only(FILE_KIND.sub("", e.text))
        if cite is None and out and out[-1].description is None and _describes(e.text):
            # a sentence after a citation says what the book offers: its description
            out[-1] = replace(out[-1], description=e.text, source=_with_spans(out[-1].source, e.spans))
            continue
        cite = cite or title_only(e.text)
        out.append(
            Reading(
                cite.text,
                cite.title,
                tuple(cite.authors),
                cite.publisher,
                cite.year,
                cite.description,
                Source.of(document, e.spans),
            )
        )
    for parts in rows.values():
        reading = _table_reading(parts, document, tree, nodes)
        if reading.title:  # a row with its title cell empty ("Reregistered", a date, a number) cites nothing
            out.append(reading)
    return tuple(
        sorted(out, key=lambda r: (r.source.spans[0].block, r.source.spans[0].start) if r.source.spans else (0, 0))
    )


FILE_KIND = re.compile(r"\s*[(\[](?:pdf|docx?|xlsx?|pptx?|video|audio|link)(?:[,;][^)\]]*)?[)\]]\s*$", re.I)


def resource_title(text: str) -> bool:
    """A resource named by its title ("Tips for Effective Team Meetings (PDF)"): short, no sentence."""
    return 0 < len(text.split()) <= 14 and not ends_sentence(text)


def _describes(text: str) -> bool:
    """A sentence about a book, not a citation of one: a full sentence with no year in brackets."""
    return ends_sentence(text) and len(text.split()) >= 6 and not re.search(r"\((?:1[89]|20)\d\d\)", text)


def _with_spans(source: Source, spans: tuple[Span, ...]) -> Source:
    return replace(source, spans=(source.spans or ()) + spans)


def _table_reading(parts: list[Entry], document: str, tree: LabelledTree, nodes: dict[int, Node]) -> Reading:
    table = _table_of(parts[0].node, tree.root)
    header = next((row for row in table.children if row.header), table.children[0]) if table else None
    names = {c.col: cell_text(c).casefold() for c in header.children} if header is not None else {}
    cells: dict[int, str] = {}
    for part in parts:
        for cell in part.node.children:
            text = cell_text(cell)
            if text:
                cells[cell.col] = f"{cells.get(cell.col, '')} {text}".strip()

    def column(*words: str, exclude: tuple[int | None, ...] = ()) -> int | None:
        return next((c for c, n in names.items() if any(w in n for w in words) and c not in exclude), None)

    title_col = column("title")
    author_col = column("author", exclude=(title_col,))
    year_col = column("year", "date")
    pub_col = column("publisher", exclude=(author_col, title_col))
    cite = from_table_row(
        cells.get(title_col or -1, ""),
        cells.get(author_col or -1, "") if author_col else "",
        cells.get(year_col or -1) if year_col else None,
        cells.get(pub_col or -1) if pub_col else None,
    )
    spans = tuple(s for part in parts for s in part.spans)
    return Reading(
        cite.text,
        cite.title,
        tuple(cite.authors),
        cite.publisher,
        cite.year,
        cite.description,
        Source.of(document, spans),
    )


def _table_of(row: Node, root: Node) -> Node | None:
    for node in root.walk():
        if node.kind is NodeKind.TABLE and any(r is row for r in node.children):
            return node
    return None
