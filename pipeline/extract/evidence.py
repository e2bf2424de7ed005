"""Evidence that a node is a competency, read from what it holds: a run of levels, a section the vocabulary knows
(a definition, key words, indicators, interview questions, ...), a table of levels, a definition paragraph over a
list of behaviours or questions. Each piece of evidence is a short sentence, kept with the label it gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model.tree import Node, NodeKind, Role
from ..vocab.language import is_imperative, is_title_case
from ..vocab.vocabulary import Vocabulary
from .content import field_by_content, header_field, mostly
from .nodes import heads, level_of, title_of
from .runs import level_run
from .scale import explicit
from .shapes import (
    FIRST_PERSON,
    FOLLOW_UP,
    INSTITUTION,
    completes_caption,
    defines,
    format_field,
    is_behaviour,
    is_question,
    is_requirement,
    reads_as_definition,
    states_what_one_does,
)
from .table_layout import TableLabels, cell_text, course_catalogue, holds_levels, read_table
from .terms import document_title, field_word, is_front_matter, numbered_entry, section_field

CORE_FIELDS = {"definition", "key_words", "indicators", "levels", "interview_questions"}
GUIDE_FIELDS = {"activities", "courses", "readings", "tips", "related"}


@dataclass(frozen=True)
class Evidence:
    strong: tuple[str, ...] = ()  # enough on its own
    medium: tuple[str, ...] = ()  # enough beside a definition
    definition: bool = False  # the node holds its own definition
    guide_only: bool = False  # its only evidence is development sections (courses, activities, readings)

    @property
    def any(self) -> bool:
        return bool(self.strong or self.medium and self.definition)

    def reasons(self) -> tuple[str, ...]:
        return self.strong + self.medium + (("an unlabelled definition under its name",) if self.definition else ())


def evidence(children: tuple[Node, ...], vocab: Vocabulary) -> Evidence:
    strong: list[str] = []
    medium: list[str] = []
    definition = False
    guide_sections = 0
    if children and definition_heading(children, vocab):
        # the definition set in a heading's type over the rest ("Builds strong partnerships ... together."): what it
        # heads is the competency's own content
        definition = True
        children = (*children[0].children, *children[1:])
    run = level_run(children, vocab)
    if run:
        strong.append(f"holds a run of {len(run)} level labels ({run[0].level.label!r} ...)")
    # a table under a caption ("There are 5 stages ...:") is read as if it stood there
    children = tuple(
        k for c in children for k in ((c, *c.children) if c.kind is NodeKind.PARAGRAPH and _captions_table(c) else (c,))
    )
    for n, child in enumerate(children):
        if child.kind is NodeKind.TABLE:
            table = read_table(child, vocab, None, None, None)
            if holds_levels(child, vocab) and not table.competencies:
                if _key_to_the_scale(child, vocab):
                    continue  # "Rating | What the rating means": the document's key to its scale, no competency's
                strong.append("holds a table of levels")  # not a matrix whose rows are competencies
            elif not table.competencies and any(lbl.role is Role.DEFINITION for lbl in table.labels.values()):
                strong.append("a table row that defines it")
                definition = True
            elif table.kind == "fields as columns" and (columns := _core_columns(table)):
                strong.append(f"a table whose columns are its {', '.join(f.replace('_', ' ') for f in columns)}")
            elif course_catalogue(child, vocab):
                medium.append("a catalogue of courses")  # "Learning product | Code | Format | Duration"
                guide_sections += 1
            elif table.kind == "rating form" and not table.competencies:
                medium.append("a form rating its statements")  # what a self-assessment rates is what one does
            elif table.kind == "grouped columns" and _table_of(child, table, "activities"):
                # "On-the-Job Learning (70%) | Social Learning (20%) | Formal Learning (10%)" over advice (not rows
                # named for what a level describes, "Range of resources | Involve the use of diverse resources")
                medium.append("a table of development activities")
                guide_sections += 1
            elif table.kind in ("groups by row", "grouped columns") and _table_of_behaviours(child, table):
                if header_field(child, vocab) is not None:  # "Element | Indicators of Attainment"
                    strong.append("a table of behaviours under a header naming them")
                else:
                    medium.append("a table of behaviours")
            continue
        # a list item labelled by a core section ("Definition: ..."), as a web page saved as a document lists them
        core_item = child.kind is NodeKind.ITEM and bool(child.term) and section_field(child.term, vocab) in CORE_FIELDS
        if (child.kind is not NodeKind.ITEM or core_item) and (heads(child) or child.term):
            field = section_field(title_of(child), vocab)
            if field == "definition" and glossary(child):
                continue  # "Definitions" over "Competency: the combination of ...", "PDR: ...": a document's terms
            if field in CORE_FIELDS:
                strong.append(f"a {field.replace('_', ' ')} section ({title_of(child)!r})")
                definition = definition or field == "definition"
            elif field in GUIDE_FIELDS:
                medium.append(f"a {field} section ({title_of(child)!r})")
                guide_sections += 1
            elif field is None and child.kind is NodeKind.HEADING and not is_front_matter(child.text, vocab):
                by_content = field_by_content(child.children, vocab, caption=child.text)
                if by_content == "levels":
                    strong.append(f"levels under {child.text!r}")
                elif speaks_of_it(child.text, vocab):
                    strong.append(f"a sub-heading that speaks of it ({child.text!r})")
                elif _over_sections(child, vocab):
                    # "Learning options" over "On the job", "Courses", "Reading": a theme over its sections
                    inner = evidence(child.children, vocab)
                    strong.extend(f"{r} under {child.text!r}" for r in inner.strong)
                    medium.extend(f"{r} under {child.text!r}" for r in inner.medium)
                    guide_sections += len(inner.medium) if inner.guide_only else 0
                elif level_of(child, vocab) is None and by_content is not None:
                    # a list under a heading the vocabulary does not know; its words may name the field
                    # ("Specific Behaviors that Demonstrate ...") where the list alone reads otherwise
                    named = field_word(child.text, vocab)
                    kind = named if named in ("indicators", "interview_questions") else by_content
                    if kind in ("indicators", "interview_questions"):
                        medium.append(f"{kind.replace('_', ' ')} under {child.text!r}")
                elif level_of(child, vocab) is None and not child.term:
                    medium.extend(_captioned_inside(child, vocab))
            elif field == "notes" and child.kind is NodeKind.HEADING:
                medium.extend(_captioned_inside(child, vocab))
        if n == 0 and child.kind in (NodeKind.PARAGRAPH,) and defines(child.text) and not child.children:
            definition = definition or not ABOUT_THE_FRAMEWORK.search(child.text)

    items = [c for c in children if c.kind is NodeKind.ITEM]
    if items and all(c.children for c in items):
        # items that name groups of the behaviours under them ("Readability" over its bullets)
        items = [k for c in items for k in c.children if k.kind is NodeKind.ITEM]
    if items:
        texts = [c.text for c in items]
        if mostly(texts, is_question):
            medium.append(f"a list of {len(items)} questions")
        elif len(texts) >= 2 and all(format_field(t) for t in texts):
            # "Writing in Plain Language (Article)", "Email Etiquette (Video)": its learning resources
            medium.append(f"a list of {len(items)} learning resources tagged by format")
            guide_sections += 1
        elif (
            mostly(texts, is_behaviour)
            and (len(texts) >= 2 or not FIRST_PERSON.match(texts[0]))
            and not _each_named(items, vocab)
        ):
            medium.append(f"a list of {len(items)} behaviours")
        elif len(texts) >= 2 and mostly(texts, is_requirement):
            medium.append(f"a list of {len(items)} statements of what the holder knows or can do")
    captions = [c for c in children if c.kind is NodeKind.PARAGRAPH and c.children]
    for caption in captions:
        texts = [c.text for c in caption.children if c.kind is NodeKind.ITEM]
        if texts and mostly(texts, is_behaviour):
            medium.append(f"behaviours under {caption.text!r}")
        elif len(texts) >= 2 and caption.text.rstrip().endswith(":") and speaks_of_it(caption.text, vocab):
            # "Information professionals with this competency:" over what they do ("Identify the needs of ..."):
            # the text itself says whose statements they are
            strong.append(f"statements under {caption.text!r}, which speaks of the competency")
        elif states_what_one_does(caption.text, texts):
            # "Effective leaders:" over "Shape an educational mission ...", "The graduate should:" over its list
            medium.append(f"statements of what the holder does under {caption.text!r}")
        elif (
            len(texts) >= 2
            and caption.text.rstrip().endswith(":")
            and not INSTITUTION.match(caption.text)
            and all(completes_caption(t) for t in texts)
        ):
            # "Registrant paramedics must:" over "identify where the limits of their practice lie ...": each item
            # completes the caption's sentence, a statement of what the holder does
            medium.append(f"statements completing {caption.text!r}")
    guide_only = not strong and bool(medium) and len(medium) == guide_sections
    return Evidence(tuple(strong), tuple(medium), definition, guide_only)


TERM_DEFINED = re.compile(r"^[^:.;]{1,50}:\s+\S")


def glossary(node: Node) -> bool:
    """A section that defines several terms, one per item ("Learning and development: any activity ...",
    "Competency: the combination of ..."): a glossary, not one competency's definition."""
    items = [n for n in node.walk() if n is not node and n.kind in (NodeKind.ITEM, NodeKind.LABEL) and n.text]
    return len(items) >= 2 and all(n.term or TERM_DEFINED.match(n.text) for n in items)


def _captioned_inside(heading: Node, vocab: Vocabulary) -> list[str]:
    """Statements captioned inside a section that names no field of them ("Why is it important?" over a paragraph
    and "In doing this we all must:" over what one does)."""
    captioned = [c for c in heading.children if c.kind is NodeKind.PARAGRAPH and c.children]
    if not captioned:
        return []
    inner = evidence(tuple(captioned), vocab)
    return [f"{r} under {heading.text!r}" for r in inner.medium]


def speaks_of_it(text: str, vocab: Vocabulary) -> bool:
    """Does the text speak of the competency it stands in ("... with this competency", "Developing this skill")?
    "Capabilities in this domain" speaks of the competencies a grouping holds, not of one."""
    return not GROUPED_HERE.search(text) and any(p.search(text) for p in vocab.self_references)


GROUPED_HERE = re.compile(
    r"\b(?:competenc(?:ies|es)|capabilities|skills|behaviou?rs)\s+(?:in|within|of|under)\s+this\s+"
    r"(?:(?:content |practice |focus )?(?:domain|area)|cluster|category|group|theme|section|family|pillar)\b",
    re.I,
)


def definition_heading(children: tuple[Node, ...], vocab: Vocabulary) -> bool:
    """Is the first of a name's children its definition set in a heading's type over the rest: a sentence
    ("Builds strong partnerships ... together."), or a strapline saying what one does, the only heading under the
    name ("Identify as a professional social worker and behave as one, ...")?"""
    node = children[0]
    if node.kind is not NodeKind.HEADING or section_field(node.text, vocab) is not None:
        return False
    if described(node.text) and node.text.rstrip().endswith(".") and reads_as_definition(node.text):
        return True
    alone = sum(1 for c in children if c.kind is NodeKind.HEADING) == 1
    return (
        alone
        and len(node.text.split())
        >= (SENTENCE_CASE_STRAPLINE_WORDS if not is_title_case(node.text) else STRAPLINE_WORDS)
        # "Identify as a professional ...", "Prioritising activities to achieve results and deadlines"
        and (is_imperative(node.text) or GERUND_LEAD.match(node.text) is not None and is_behaviour(node.text))
        and not numbered_entry(node.text, vocab)
        # over the entry's content, or over its sections ("Key indicators")
        and any(c.kind is not NodeKind.HEADING or section_field(c.text, vocab) is not None for c in node.children)
    )


GERUND_LEAD = re.compile(r"^[A-Z][a-z]+ing\s")  # "Prioritising activities ...", not "Supervisors select ..."
# a heading this long in the imperative says what one does; shorter, it may name an entry ("Assess and Evaluate
# Learners"), unless it is set in sentence case as names are not ("Always demonstrate you care")
STRAPLINE_WORDS = 6
SENTENCE_CASE_STRAPLINE_WORDS = 4


def _over_sections(heading: Node, vocab: Vocabulary) -> bool:
    """A heading over sub-headings, some of them sections the vocabulary knows."""
    return any(c.kind is NodeKind.HEADING and section_field(c.text, vocab) is not None for c in heading.children)


def _captions_table(node: Node) -> bool:
    return node.text.endswith(":") and any(c.kind is NodeKind.TABLE for c in node.children)


def _core_columns(table: TableLabels) -> list[str]:
    """The core fields a table's columns hold ("Question | Anchors": indicators, interview questions)."""
    return sorted({lbl.field for lbl in table.labels.values() if lbl.field is not None and lbl.field in CORE_FIELDS})


def _key_to_the_scale(table: Node, vocab: Vocabulary) -> bool:
    """A table of levels under a header whose first cell is a front-matter word for a scale ("Rating", "Rating
    scale", "Proficiency scale")."""
    rows = [r for r in table.children if r.kind is NodeKind.ROW]
    if not rows or not rows[0].header:
        return False
    first = next((cell_text(c) for c in rows[0].children if c.kind is NodeKind.CELL and cell_text(c)), "")
    return bool(first) and is_front_matter(first, vocab)


def _table_of(table: Node, read: TableLabels, field: str) -> bool:
    """Are all of a table's items, two or more, of one field?"""
    fields = [lbl.field for n in table.walk() if n.text and (lbl := read.labels.get(n.id)) and lbl.role is Role.CONTENT]
    return len(fields) >= 2 and set(fields) == {field}


def _table_of_behaviours(table: Node, read: TableLabels) -> bool:
    texts = [
        n.text
        for n in table.walk()
        if n.text and (lbl := read.labels.get(n.id)) and lbl.role is Role.CONTENT and lbl.field != "notes"
    ]  # a column of evidence or remarks beside the behaviours is no behaviour
    return len(texts) >= 2 and mostly(texts, is_behaviour)


# text about the framework as a whole ("Each board member should explore the competencies assigned to them"),
# which defines none of its competencies
ABOUT_THE_FRAMEWORK = re.compile(
    r"\b(?:the|these|all|those|our|its|their|each of the)\s+(?:\w+\s+)?(?:competencies|competences)\b"
    r"|\b(?:this|the)\s+(?:competency\s+)?(?:framework|dictionary|guide)\b",
    re.I,
)


# a kind of part and its number, nothing else: names no competency, whatever follows it below
KIND_AND_NUMBER = re.compile(
    r"^(?:[A-Za-z]+\s+)?(?:criterion|criteria|outcome|element|unit|standard|competency|competence|capability|domain|"
    r"area|indicator|item|step|requirement)\s+(?:no\.?\s*|#\s*)?(?:\d{1,2}(?:\.\d{1,2})*|[A-H]|[IVX]{1,4})\s*[:.]?$",
    re.I,
)


def name_like(node: Node, vocab: Vocabulary) -> bool:
    """Could this node's heading be a competency's name: a short heading that is no section, level or front
    matter heading of the vocabulary."""
    text = title_of(node)
    if not text or described(text) and not numbered_entry(text, vocab):
        return False
    if section_field(text, vocab) is not None or is_front_matter(text, vocab) or document_title(text, vocab):
        return False
    if any(p.match(text) for p in vocab.divisions):
        return False  # "Section 1: Welcoming the Candidate": a part of the document
    if speaks_of_it(text, vocab):
        return False  # "Why is this competency important?": a section of the competency above it
    if text.rstrip().endswith("?"):
        return False  # "How is this different?": a question a page asks and answers, no name
    if KIND_AND_NUMBER.match(text.strip()):
        return False  # "ASSESSMENT CRITERION 1", "Outcome 3": a numbered part, no name at all
    if FOLLOW_UP.match(text) and text.rstrip().endswith(":"):
        return False  # "Probes:": the follow-ups of the question above
    if field_word(text, vocab) == "levels" and level_run(node.children, vocab):
        return False  # "Expertise Levels" over "Entry level", "Expert Level": the levels' section, whatever it says
    level = level_of(node, vocab)
    if level is None:
        return True
    # a level's name used as a competency's ("Learning", "Mastery"): no number, no "Level", and a definition
    # paragraph under it where a level would hold its behaviours
    first = next((c for c in node.children if c.text), None)
    return (
        node.kind is NodeKind.HEADING
        and not level[0].numeric
        and not explicit(level[0])
        and first is not None
        and first.kind is NodeKind.PARAGRAPH
        and reads_as_definition(first.text)
        and len(first.text.split()) >= 12
    )


TAGLINE = re.compile(r"^(?P<name>\S.*?)\s+[—–]\s+(?P<tagline>\S.*)$")
# a short name, its colon, then a sentence saying what it means ("Respect: We care about, and respond to, the needs
# of the people we serve."): the name, then its definition
NAMED_STATEMENT = re.compile(
    r"^(?P<name>[A-Z][\w'’&/-]*(?:\s+[\w'’&/-]+){0,3}):\s+(?P<gloss>[A-Z][^:]*?\s+[^:]*?\s+[^:]*?\s+[^:]*?\.)$"
)


def described(text: str) -> bool:
    """A heading that describes rather than names: long, with a relative clause ("Deliver services that
    support ..."), or a sentence of six words or more: a definition set in a heading's type. A name with a motto
    after a dash ("Uphold Integrity and Respect — Leading by example"), or with a sentence after its colon, is judged
    by its name."""
    tagged = TAGLINE.match(text) or NAMED_STATEMENT.match(text)
    name = tagged["name"] if tagged else text
    words = len([w for w in name.split() if re.search(r"\w", w)])  # "&" is no word
    sentence = words >= 6 and name.rstrip().endswith(".") and not name.rstrip().endswith("etc.")
    return words > 10 or sentence or bool(re.search(r"\b(?:that|which|who|whose|whom)\b", name, re.I))


def _each_named(items: list[Node], vocab: Vocabulary) -> bool:
    """Items that each open with a name of their own and its colon ("Caring: we look after ...", "Listening: we
    listen ..."): a list of named things (values, terms), not the behaviours of the heading over them; levels
    ("Level 1: ...") excepted."""
    return len(items) >= 2 and all(c.term and level_of(c, vocab) is None for c in items)
