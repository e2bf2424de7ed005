"""Which nodes are competencies, and what each one's content is (its scope).

A node is a competency by what it holds, whatever its heading says (`evidence`), and by its siblings:
- a heading whose content holds levels, a section the vocabulary knows, or a definition over a list of behaviours
  or questions is a competency;
- a heading that holds several competencies, or one that has a definition of its own, is their container (a title,
  a cluster); one that holds a single competency without a definition while itself having one is that competency,
  the inner heading a group of its behaviours ("Key Skills" sub-headings, each with the same levels);
- a dictionary repeats one template: once a heading is known to be a competency, the later headings of the same
  kind and rank beside it that hold content and are no section heading are competencies too;
- a competency's heading followed by section headings of its own rank (a flat layout) takes them into its scope;
- a line "Name - definition" followed by its content is a competency whose scope runs to the next such line, and
  names over a definition only make a dictionary of definitions (both in `entry_lines.py`);
- a table can name competencies itself (a matrix, competencies as columns, a "Title" row);
- a document with competency evidence and no competency heading is one competency.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..model.tree import LevelLabel, Node, NodeKind
from ..vocab.language import is_imperative, is_title_case
from ..vocab.text import ends_sentence, heading_text
from ..vocab.vocabulary import Vocabulary
from .content import asks_questions, field_by_content, mostly
from .entry_lines import (
    LISTS_COMPETENCIES,
    definition_dictionary,
    entry_lines,
    entry_named_like_indicators,
    item_entries,
    labelled_lines,
)
from .evidence import Evidence, definition_heading, described, evidence, name_like, speaks_of_it
from .found import Found
from .nodes import level_of, title_of
from .runs import level_run, level_title
from .scale import KEY_HEADING, is_scale, parse_level
from .shapes import (
    FIRST_PLURAL,
    OBLIGATION,
    completes_caption,
    is_behaviour,
    is_question,
    short_phrase,
)
from .spec_tables import competencies_in_cell
from .table_layout import holds_levels, named_in_table, read_table
from .terms import (
    CODE_AFTER,
    after_cluster,
    document_title,
    field_word,
    field_words,
    is_front_matter,
    numbered_title_name,
    section_field,
    section_of,
    wrapped_name,
)

CORE_SECTIONS = {"definition", "key_words", "indicators", "levels", "interview_questions"}
# fields no competency is named after: a title wrapping one of their words names a section ("Tips for asking
# follow-up questions")
GUIDE_FIELDS = {"interview_questions", "readings", "courses", "activities", "tips"}
SECTION_QUESTION = re.compile(r"^(?:what|why|how|where|when|who|which)\b", re.I)


def find_competencies(root: Node, vocab: Vocabulary) -> list[Found]:
    found = _in_children(root.children, vocab, top=True)
    if found:
        found = _without_cluster_descriptions(root, _entry_style(root, found, vocab))
        found = _without_title_over_entries(_without_scale_key(found, vocab), vocab)
        return _without_matter_before_contents(root, _without_overview(_without_named_scales(found)))
    if any(node.kind is NodeKind.TABLE and table_competencies(node, vocab) for node in root.walk()):
        return []  # the competencies are named by a table (its columns, its rows): the labeller reads them there
    own = evidence(root.children, vocab)
    if own.strong or own.medium and own.definition:
        return [Found(root, root.children, ("the document holds " + "; ".join(own.reasons()),), own.definition)]
    return _headings_over_statements(root, vocab)


MIN_LISTED = 2  # statements under each of the headings set alike


def _headings_over_statements(root: Node, vocab: Vocabulary) -> list[Found]:
    """Where nothing else names a competency: headings set alike, two or more, each a name over a list of
    statements and nothing else ("Communication" over "Listen attentively ...", "Build strong professional
    speaking ..."), in a document whose title or opening text says it sets out competencies ("Mn/DOT INDIVIDUAL
    CORE COMPETENCIES"). The statements may be written as imperatives; the document says what they are. An
    agenda's or a menu's headings over lists say nothing of competencies."""
    heads = [
        n
        for n in root.walk()
        if n.kind is NodeKind.HEADING
        and _over_statements(n)
        and name_like(n, vocab)
        and short_phrase(heading_text(n.text), 8)
        and parse_level(n.text, vocab) is None
    ]
    styles = Counter((h.rank, h.style) for h in heads)
    if not styles:
        return []
    style, count = styles.most_common(1)[0]
    if count < 2:
        return []
    first = heads[0].id
    opening = [n.text for n in root.walk() if n.text and n.id < first and n.kind is not NodeKind.ITEM]
    if not any(SAYS_COMPETENCIES.search(t) for t in opening):
        return []
    reason = f"one of {count} headings set alike over lists of statements, in a document of competencies"
    return [
        Found(h, h.children, (reason,), False, strong=False, statements=True)
        for h in heads
        if (h.rank, h.style) == style
    ]


def _over_statements(heading: Node) -> bool:
    """A heading over a list of statements and nothing else, but for one line closing it (a page's footer)."""
    kids = heading.children
    items = [c for c in kids if c.kind is NodeKind.ITEM]
    if len(items) < MIN_LISTED or any(c.children for c in items) or not all(_statement_line(c.text) for c in items):
        return False
    return kids[: len(items)] == tuple(items) and len(kids) - len(items) <= 1


def _statement_line(text: str) -> bool:
    """A sentence stating what one does, in the third person or the imperative: a capital, three words or more, not
    a name in title case ("Information Management & Knowledge Organization"), no question."""
    words = text.split()
    if not 3 <= len(words) <= MAX_STATEMENT_WORDS or re.search(r"[.!?]\s+[A-Z]", text):
        return False  # a report's numbered paragraphs run to several sentences
    return text[:1].isupper() and "?" not in text and not is_title_case(text)


MAX_STATEMENT_WORDS = 30
# what a document of competencies calls them in its title or opening ("Mn/DOT INDIVIDUAL CORE COMPETENCIES")
SAYS_COMPETENCIES = re.compile(rf"{LISTS_COMPETENCIES.pattern}|\b(?:competence|skills)\b", re.I)


def _in_children(children: tuple[Node, ...], vocab: Vocabulary, top: bool = False) -> list[Found]:
    found: list[Found] = []
    claimed = {e.node.id for e in level_run(children, vocab)}  # the levels of the competency above these
    template = _template_sections(children)
    guides: list[Found] = []  # headings over development sections alone, no definition: entries if set alike
    for n, node in enumerate(children):
        if node.kind is NodeKind.TABLE and node.id not in claimed:
            named = named_in_table(node, vocab, across=top)
            if named is not None:  # "TSC Title | Software Testing": the table is the competency's page
                scope = (node, *following_table(children[n + 1 :], vocab))
                claimed |= {s.id for s in scope}
                found.append(Found(named, scope, ("a table whose title row names it",), True))
                continue
            # a job specification's row "Skills, competencies and/or knowledge" naming each one over its content
            reasons = ("a heading in the value cell of a table row labelled as the competencies",)
            found.extend(Found(h, h.children, reasons, False) for h in competencies_in_cell(node))
            continue
        if node.kind is NodeKind.PARAGRAPH and not node.term:
            # a caption over a table ("Please rate the employee against the following core competencies:"): the
            # table it holds may name its competency, as one standing on its own does
            for table in (c for c in node.children if c.kind is NodeKind.TABLE):
                named = named_in_table(table, vocab, across=top)
                if named is not None:
                    found.append(Found(named, (table,), ("a table whose title row names it, under a caption",), True))
            continue
        if node.id in claimed:
            if node.kind is NodeKind.HEADING:
                # "Grade 6" heading a page on what that grade is expected to show: no level of a competency above
                # it (there is none), but the page's title over its competencies; further down, "Phase I:
                # Pre-Grant" over headings that each define a competency and hold its sections: a phase, a cluster
                inner = [f for f in _in_children(node.children, vocab) if f.node.kind is NodeKind.HEADING]
                if not top:
                    inner = [f for f in inner if f.has_definition and f.strong]
                found.extend(inner if len(inner) >= 2 else [])
            continue
        if node.kind is not NodeKind.HEADING:
            continue  # a competency is named by a heading (lines that name one are read below)
        if (
            n
            and level_of(children[n - 1], vocab)
            and level_title(children[n - 1], node, vocab)
            and not any(c.kind is NodeKind.HEADING for c in node.children)
        ):
            # "Level 1" over "Analyzes and synthesizes information": a level's title (but a cover's "Staff" over
            # "Competencies Framework", the heading every other one falls under, titles the document)
            continue
        if is_front_matter(node.text, vocab):
            # "About this dictionary", "How to use this library": no competency inside, unless the section runs
            # on into an outline of entries (its last heading before them), or into entries with levels of their
            # own (a short "Introduction" heading the whole dictionary falls under)
            everything = _in_children(node.children, vocab)
            inner = [f for f in everything if f.node.kind is NodeKind.HEADING]
            if (
                len(inner) >= 2
                and len({(f.node.rank, f.node.style) for f in inner}) == 1
                # "Roles and Responsibilities" over "Head of School", "Staff Member", each over what it does: who
                # is who in a policy, not a dictionary of names and definitions
                and not all(f.definition_only for f in inner)
            ):
                # "Instructions" running on into the entries, each a heading set alike over what an entry holds
                # ("1. Patient Assessment" over its checklist): the entries, not the instructions' own items
                found.extend(inner)
                continue
            found.extend(
                item_entries(node.children, vocab)
                or [f for f in everything if f.strong and _headed_entry(f)]
                or _entries_with_levels(node.children, vocab)
                # tables, two or more, each titled by its competency ("Competency: Action Oriented" across the
                # table): entries wherever they stand (after "How to use these questions", set in bold only)
                or _titled_tables(everything)
            )
            continue
        if section_field(node.text, vocab) is not None and not _spoken_of_as_one(node, vocab):
            # a heading the vocabulary knows as a section ("Key behaviours", "Interview Questions"): its
            # sub-headings are groups of that section, unless they define competencies of their own (a title
            # such as "Competency Interview Questions" over a question bank)
            # (names over a paragraph each under a heading that asks about one competency are the section's groups:
            # "What this looks like in practice" over "If you work on the frontline", "If you lead a team")
            asks = bool(SECTION_QUESTION.match(heading_text(node.text)))
            inner = [f for f in _in_children(node.children, vocab) if not (asks and f.definition_only)]
            # "Examples of Competency Definitions" over "Initiative", "Time Management": a section holding several
            # entries, each of its sub-headings one of them (not groups of one entry's section)
            collection = bool(COLLECTION.search(heading_text(node.text)))
            # (the page's own title named like a section, "Core Behaviours", over three names or more, each with its
            # definition on its line: the entries it names; a glossary's title over its terms names none)
            names_listed = (
                top
                and not GLOSSARY.search(heading_text(node.text))
                and sum(1 for f in inner if f.inline_definition) >= MIN_LISTED_NAMES
            )
            # a form's tables, each titled by a competency and its definition, under a "Comments" heading that is
            # one of them spilt over a page break: competencies as the ones before it are
            tables = [f for f in inner if f.node.kind is NodeKind.CELL]
            found.extend(
                replace(f, in_section=not collection)
                for f in inner
                # "Technology. Uses ..." over its own levels: named, defined and with levels
                if f.node.kind is NodeKind.HEADING
                or f.inline_definition
                and (f.strong or names_listed)  # "Core Behaviour Definitions" over "Name" + its definition, one a line
                or len(tables) >= 2
                and f in tables
            )
            continue
        searched = node.children
        if searched and definition_heading(searched, vocab):
            searched = (*searched[0].children, *searched[1:])  # the name's definition in a heading's type: no entry
        inner = [
            f
            for f in _in_children(searched, vocab)
            if not _template_section(f.node, node, template, vocab)
            and not _template_facet(f, node, template)
            and not _in_template_section(f, node, template)
        ]
        if KEY_HEADING.match(heading_text(node.text)) and inner and all(f.definition_only for f in inner):
            # "Career Levels" over "Junior Developer", "Senior Developer", each over a paragraph on that level:
            # the key to the document's scale, not competencies
            continue
        if parts := _numbered_parts(node):
            # "Domain 1: Health and Wellbeing" over "1.1 Clinical concepts", "1.2 Clinical Governance", each over
            # statements of its own: a domain of competencies, whatever the domain's own description says
            reasons = ("a numbered part of a domain, over statements of its own",)
            found.extend(Found(h, h.children, reasons, False) for h in parts)
            continue
        if not inner:
            entries = entry_lines(node.children, vocab)
            if entries:  # a cluster heading over entries named by numbered or bold lines
                found.extend(entries)
                continue
            if (factors := _named_items(node, vocab)) and _set_alike(children, node, vocab):
                # "Individual Contribution", "Professionalism", set alike, each over "Quantity", "Quality", ... each
                # over its behaviours and no text of the heading's own: categories of named factors
                reasons = ("an item naming its behaviours under a category heading set like its siblings",)
                found.extend(Found(i, i.children, reasons, False, strong=False) for i in factors)
                continue
            if listed := _named_by_the_heading_over_them(node, vocab):
                # "Core Competencies for All Staff" over "Communication and Interpersonal Relations", "Technology",
                # each over a sentence and a list: the heading says what they are
                reasons = (f"one of the sub-headings set alike under {heading_text(node.text)!r}, which names them",)
                found.extend(Found(h, h.children, reasons, False, strong=False) for h in listed)
                continue
        own = evidence(tuple(c for c in node.children if not _holds(inner, c)), vocab)
        decision = _decide(node, own, inner, vocab)
        titled = wrapped_name(node.text, vocab) != CODE_AFTER.sub("", heading_text(node.text))
        has_name = (
            own.definition
            or titled
            or not node.children
            and (_definition_follows(children, n, vocab) or _levels_follow(children, n, vocab))
        )
        if decision is None and not inner and has_name and _sections_follow(children, n, vocab):
            # a flat layout: the name's heading, its definition, then sections at the same rank ("Behaviours")
            decision = Found(node, node.children, own.reasons() + ("sections of its own follow it",), True)
        if decision is None and not inner and _named_again_over_levels(children, n, vocab):
            # "Professionalism" over a sentence and examples, later "Professionalism – Rating Levels" over its
            # levels: an entry whose sections stand apart from it
            again = own.reasons() + ("a later heading names it again over its levels",)
            decision = Found(node, node.children, again, own.definition, strong=True)
        if decision is None and not inner and own.medium and _repeats_template(node, template):
            # "Composure" and "Listening", each over "Unskilled", "Skilled", ..., "Some Remedies", "Suggested
            # Readings": a dictionary's entries, each printed to the same template of sections
            repeated = own.reasons() + ("its sub-headings are the sections its siblings repeat",)
            decision = Found(node, node.children, repeated, own.definition, strong=False)
        if decision is None and inner and own.strong and _same_title_kind(node, [f.node for f in inner], vocab):
            # "Competency: Flexibility & Openness" over its definition and questions, then "Competency:
            # Communication" set in a smaller heading style: entries of one kind, misnested, each a competency
            scope = tuple(c for c in node.children if not _holds(inner, c))
            found.append(Found(node, scope, own.reasons() + ("titled like the entries nested in it",), own.definition))
        if decision is None and not inner and own.guide_only and len(own.medium) >= 2:
            guides.append(Found(node, node.children, own.reasons(), False, strong=False, guide_only=True))
        if decision is None:
            found.extend(inner or item_entries(node.children, vocab))
        else:
            found.append(decision)
    found.extend(_development_pages(guides))
    found = _adopt_flat_sections(children, sorted(found, key=lambda f: f.node.id), vocab)
    # ("DESCRIPTION OF WORK: Employees in this class ...", "MINIMUM TRAINING AND EXPERIENCE: ...", then a table of
    # the profile's competencies: lines about the job, not entries beside the table's)
    lines = labelled_lines(children, found, vocab)
    if any(_holds_competency_table(f.scope, vocab) for f in lines):
        lines = []
    found = _dictionary_siblings(children, found, vocab) + lines
    if not found:
        found = definition_dictionary(children, vocab)
    return sorted(found, key=lambda f: f.node.id)


def _named_again_over_levels(children: tuple[Node, ...], n: int, vocab: Vocabulary) -> bool:
    """Does a later sibling heading name this one again before a section's words and hold levels ("Customer
    Focus – Rating Levels" over "Exemplary: ...", "Solid Sustained: ...")? Two such siblings at least, so that
    the document is seen to set out its entries so."""
    name = heading_text(children[n].text)
    later = [c for c in children[n + 1 :] if c.kind is NodeKind.HEADING]
    if not any(section_of(heading_text(c.text), name, vocab) and level_run(c.children, vocab) for c in later):
        return False
    names = {heading_text(c.text) for c in children if c.kind is NodeKind.HEADING and c is not children[n]}
    return any(section_of(heading_text(c.text), other, vocab) for c in later for other in names if other != name)


def _titled_tables(inner: list[Found]) -> list[Found]:
    tables = [f for f in inner if f.node.kind is NodeKind.CELL]
    return tables if len(tables) >= 2 else []


def _defined_headings_in(node: Node, by_id: dict[int, Found]) -> list[Found]:
    """The competencies under a heading that are named by headings of their own, each defined and on strong
    evidence."""
    return [
        f
        for n in node.walk()
        if n is not node and (f := by_id.get(n.id)) is not None
        if n.kind is NodeKind.HEADING and f.strong and f.has_definition
    ]


def _development_pages(guides: list[Found]) -> list[Found]:
    """Headings set alike, two or more, each over development sections of its own and nothing else ("5.2.1 Commits
    to own professional growth" over "Suggested development activities" and "Suggested reading"): a development
    guide's pages, one per competency, defined elsewhere or not at all."""
    styles = Counter((f.node.rank, f.node.style) for f in guides)
    return [
        replace(f, reasons=f.reasons + ("a page of development sections, set like its siblings",))
        for f in guides
        if styles[(f.node.rank, f.node.style)] >= 2
    ]


# a heading naming a scale to rate or score on ("The VBI scoring scale", "Rating scale", "Scoring Guide")
NAMED_SCALE = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+){0,3}(?:scale|scales|scoring\s+guide)\s*:?$", re.I)


def _without_named_scales(found: list[Found]) -> list[Found]:
    """An entry whose heading names a scale ("The VBI scoring scale" over "No evidence", "Limited evidence", ...),
    beside two entries or more: the scale every answer is rated on, not a competency."""
    named = [f for f in found if f.node.kind is NodeKind.HEADING and NAMED_SCALE.match(heading_text(f.node.text))]
    return [f for f in found if f not in named] if len(found) - len(named) >= 2 else found


def _without_overview(found: list[Found]) -> list[Found]:
    """The first entry, where the lines it holds (items or headings) are the names of the entries after it ("These
    three competencies are:" over "Client Orientation", "Change Leadership", ...), is the document's overview of
    them, not an entry."""
    if len(found) < 3:
        return found
    first = min(found, key=lambda f: f.node.id)
    names = {heading_text(title_of(f.node)).casefold() for f in found if f is not first}
    listed = [
        heading_text(c.text).casefold()
        for c in first.scope
        if c.kind in (NodeKind.ITEM, NodeKind.HEADING) and c.text and not any(k.text for k in c.children)
    ]
    if len(listed) >= 2 and all(t in names for t in listed):
        return [f for f in found if f is not first]
    return found


MIN_LISTED_NAMES = 3


def _without_matter_before_contents(root: Node, found: list[Found]) -> list[Found]:
    """Entries found before a run of empty lines that name the entries after it, one a line ("Decisiveness",
    "Developing Others", ... each a link to its section): the page's contents, and what comes before them in the
    same part of the page is its introduction ("Background", "Future Development"), not entries."""
    named = [(f.node.id, heading_text(title_of(f.node)).casefold()) for f in found if f.node.kind is NodeKind.HEADING]
    for node in root.walk():
        run = _listed_names(node.children, named)
        if run:
            lines = [heading_text(n.text).casefold() for n in run]
            listed = {n for _, n in named if any(_opens_with(t, n) for t in lines)}
            after, inside = run[-1].id, {n.id for n in node.walk()}
            # (only what stands with the list: a section's own list of its topics leaves the sections before it)
            return [
                f
                for f in found
                if f.node.id > after or f.node.id not in inside or heading_text(title_of(f.node)).casefold() in listed
            ]
    return found


def _listed_names(children: tuple[Node, ...], named: list[tuple[int, str]]) -> list[Node]:
    """Three or more empty siblings in a row, each opening with the name of an entry found after the run (a remark
    or flag may follow the name: "Focus on Safety NEW"); [] where there is none."""
    run: list[Node] = []
    for node in (*children, None):
        if node is not None and node.kind in (NodeKind.HEADING, NodeKind.ITEM) and not node.children and node.text:
            text = heading_text(node.text).casefold()
            if any(i > node.id and _opens_with(text, n) for i, n in named):
                run.append(node)
                continue
        if len(run) >= MIN_LISTED_NAMES:
            return run
        run = []
    return []


def _opens_with(text: str, name: str) -> bool:
    """Is `text` the name, or the name and a remark after it ("Focus on Safety new")? Both casefolded."""
    return text == name or text.startswith(name + " ")


def _without_title_over_entries(found: list[Found], vocab: Vocabulary) -> list[Found]:
    """The first heading set like the entries after it, which all name their kind ("Competency: Results Focus",
    "Competency: Teamwork") while it does not ("Commonwealth of Virginia Competencies Assessment Tool"), is the
    document's title over its instructions, not an entry, whatever its content says of "this competency"."""
    heads = sorted((f for f in found if f.node.kind is NodeKind.HEADING), key=lambda f: f.node.id)
    if len(heads) < 3:
        return found
    first, rest = heads[0], [f.node for f in heads[1:]]
    if any((n.rank, n.style) != (first.node.rank, first.node.style) for n in rest):
        return found
    if not _same_title_kind(rest[0], rest[1:], vocab) or _same_title_kind(first.node, rest, vocab):
        return found
    return [f for f in found if f is not first]


def _template_sections(children: tuple[Node, ...]) -> set[str]:
    """The sub-headings found under two or more of these sibling headings ("Legal skills" > "Prompts", "Exercising
    judgement" > "Prompts"): the sections of the template each entry repeats, never names of their own."""
    counts: Counter[str] = Counter()
    for node in children:
        if node.kind is NodeKind.HEADING:
            counts.update({_heading_key(k.text) for k in node.children if k.kind is NodeKind.HEADING})
    return {text for text, n in counts.items() if n >= 2}


MIN_TEMPLATE = 3  # sections an entry shares with its siblings; two are as likely a pair ("Purpose", "Scope")


def _repeats_template(node: Node, template: set[str]) -> bool:
    """Does a heading hold sub-headings that its siblings repeat, enough of them to be a template's sections?"""
    shared = {_heading_key(c.text) for c in node.children if c.kind is NodeKind.HEADING} & template
    return len(shared) >= MIN_TEMPLATE


def _template_section(node: Node, parent: Node, template: set[str], vocab: Vocabulary) -> bool:
    """A recurring sub-heading under an entry, one that opens with text of its own (its definition) or is numbered
    as an entry ("Standard 1.1 Practise legally" > "Perspective"): a section of it. A heading over nothing but
    recurring sub-headings ("Watch Manager" > "Deciding and Initiating Action", ...) is a part of the document whose
    entries are those sub-headings."""
    opening = next((c for c in parent.children if c.text), None)
    entry = opening is not None and opening.kind is not NodeKind.HEADING or numbered_title_name(parent.text, vocab)
    return (
        node.kind is NodeKind.HEADING
        and node in parent.children
        and _heading_key(node.text) in template
        and bool(entry)
    )


def _in_template_section(found: Found, parent: Node, template: set[str]) -> bool:
    """A line found inside a sub-heading every entry repeats ("Communication" > "Specific Skills" > "Report Writing:
    Able to produce ..."): an item of that section of the entry, not an entry of its own."""
    return found.node.kind is not NodeKind.HEADING and any(
        c.kind is NodeKind.HEADING and _heading_key(c.text) in template and any(n is found.node for n in c.walk())
        for c in parent.children
    )


def _template_facet(found: Found, parent: Node, template: set[str]) -> bool:
    """A recurring sub-heading under an entry found by nothing but a list of its own, no definition, no section, no
    levels ("Project Management" > "Functional", "Behavioral", each over bullets): a facet of the entry, the group
    of its statements. One that defines itself is an entry of its own, recurring under the parts of a document by
    role ("Watch Manager" > "Working with People")."""
    return (
        found.node.kind is NodeKind.HEADING
        and found.node in parent.children
        and _heading_key(found.node.text) in template
        and not found.has_definition
        and not found.strong
    )


def _heading_key(text: str) -> str:
    return heading_text(text).casefold()


def _without_scale_key(found: list[Found], vocab: Vocabulary) -> list[Found]:
    """A section before the entries, set in a heading style of its own, whose level labels are the ones every entry
    after it uses ("What the framework covers" over "Level 1   After about a year in post ..."): the document's key
    to its scale, front matter, not a competency. A section whose heading names the scale ("Seniority levels",
    "Proficiency levels") is that key in any style."""
    if len(found) < 2:
        return found
    first, others = found[0], found[1:]
    if not KEY_HEADING.match(heading_text(first.node.text)):
        # unless its heading names the scale ("Seniority levels"), the key is told apart by its style alone
        styles = {(f.node.kind, f.node.rank, f.node.style) for f in others}
        if len(found) < 3 or len(styles) != 1 or (first.node.kind, first.node.rank, first.node.style) in styles:
            return found
        if _same_title_kind(first.node, [f.node for f in others], vocab):
            return found  # "ADAPTABILITY CORE COMPETENCY" in capitals over "Communication Core Competency": one kind
    key = _level_labels(first.scope, vocab)
    used = [_level_labels(f.scope, vocab) for f in others]
    # (most of each entry's labels, where the key names a level the vocabulary does not know in a way the run of
    # its lines does not take for one: "Supervised Practitioner – the person ...")
    return others if key and all(len(labels & key) >= max(2, len(labels) / 2) for labels in used) else found


def _entries_with_levels(children: tuple[Node, ...], vocab: Vocabulary) -> list[Found]:
    """ "Dependability: Understands ..." and "Agency Values: ..." under "Essential Requirements", each over the same
    levels ("Meets Expectations (...)", "Unsatisfactory (...)"): entries of a template, none of the front matter. One
    labelled line over others (a key's steps, "Commendable Performance - ..." over "Effective Performance - ...")
    is no such template."""
    entries = labelled_lines(children, [], vocab)
    levels = [_level_labels(f.scope, vocab) for f in entries]
    if len(entries) < 2 or not levels[0] or any(lv != levels[0] for lv in levels):
        return []
    return entries


def _level_labels(scope: tuple[Node, ...], vocab: Vocabulary) -> set[str]:
    """The level labels an entry uses: its run of levels, or its tables' levels ("Foundational | Intermediate")."""
    labels = {e.level.label.casefold() for e in level_run(scope, vocab)}
    for table in (n for node in scope for n in node.walk() if n.kind is NodeKind.TABLE):
        read = read_table(table, vocab, None, None, None)
        labels |= {lbl.level.label.casefold() for lbl in read.labels.values() if lbl.level is not None}
    return labels


def _without_cluster_descriptions(root: Node, found: list[Found]) -> list[Found]:
    """An entry named like a heading that holds other competencies ("Self--Understanding oneself ..." in an
    overview, then the heading "SELF" over its competencies) describes that cluster: it is no competency."""
    inside = {n.id for f in found for n in f.node.walk()}
    clusters = {
        heading_text(n.text).casefold()
        for n in root.walk()
        if n.kind is NodeKind.HEADING
        and n.id not in inside
        and any(f.node.id in {k.id for k in n.walk()} for f in found)
    }
    return [
        f for f in found if heading_text(title_of(f.node)).casefold() not in clusters or f.node.kind is NodeKind.HEADING
    ]


def _lists_what_follows(node: Node, root: Node) -> bool:
    """A heading over a list of the headings after it ("Business Skills", "Technical Skills" under "Chief Actuary"):
    the page's title over its contents, no entry."""
    listed = [heading_text(c.text).casefold() for c in node.children if c.kind is NodeKind.ITEM and c.text]
    later = {heading_text(n.text).casefold() for n in root.walk() if n.kind is NodeKind.HEADING and n.id > node.id}
    return len(listed) >= 2 and all(t in later for t in listed)


def _entry_style(root: Node, found: list[Found], vocab: Vocabulary) -> list[Found]:
    """A dictionary prints every entry's name in one heading style: once two competencies share a style, every
    heading of that style with content is an entry, wherever it stands (under another cluster, or taken as a
    theme of the entry before it)."""
    entry = _entry_styles(found)
    if not entry:
        return found
    found = _without_clusters_of_entries(found, entry)
    entry = _entry_styles(found)
    known = {f.node.id for f in found}
    inside = {n.id for f in found for n in f.node.walk() if n is not f.node}
    new = [
        node
        for node in root.walk()
        if node.kind is NodeKind.HEADING
        and (node.rank, node.style) in entry
        and node.id not in known
        and node.id not in inside
        and (
            name_like(node, vocab) or entry_named_like_indicators(node, vocab) or _defined_in_the_singular(node, vocab)
        )
        and any(c.text or c.children for c in node.children)
    ]
    front = {
        n.id
        for h in root.walk()
        if h.kind is NodeKind.HEADING and is_front_matter(h.text, vocab)
        for n in h.walk()
        if n is not h
    }
    new = [node for node in new if node.id not in front or evidence(node.children, vocab).strong]
    first, last = min(known), max(known)
    # before the first entry or after the last, a heading of the entries' style needs evidence of its own: there it
    # may be the document's title or a form's closing section ("Overall assessment")
    new = [node for node in new if first < node.id < last or _any_evidence(evidence(node.children, vocab))]
    new = [node for node in new if not (node.id < first and _lists_what_follows(node, root))]
    if not new:
        return found
    found = _without_parts_of_entries(found, new, vocab)
    taken = {n.id for n in new}
    out = [
        replace(f, scope=tuple(c for c in f.scope if c.id not in taken and not _after_any(c, new, f.scope)))
        for f in found
    ]
    for node in new:
        own = evidence(node.children, vocab)
        out.append(
            Found(
                node,
                node.children,
                ("an entry in the heading style of the other competencies",) + own.reasons(),
                own.definition,
                strong=bool(own.strong),
            )
        )
    return sorted(out, key=lambda f: f.node.id)


def _entry_styles(found: list[Found]) -> set[tuple[int, str]]:
    """The heading styles of two competencies or more."""
    styles = Counter((f.node.rank, f.node.style) for f in found if f.node.kind is NodeKind.HEADING)
    return {style for style, count in styles.items() if count >= 2}


def _without_clusters_of_entries(found: list[Found], entry: set[tuple[int, str]]) -> list[Found]:
    """A competency found over two sub-headings or more of the entries' style, each over content of its own and
    named like an entry found elsewhere ("III. INTERVIEW DIMENSIONS" over "1. Dependability", "2. Initiative",
    each defined, the same names set alike over their questions further on): their section, not an entry; the
    sub-headings are entries."""
    out = []
    for f in found:
        inside = {n.id for n in f.node.walk()}
        elsewhere = {heading_text(g.node.text).casefold() for g in found if g.node.id not in inside}
        kids = [
            c
            for c in f.node.children
            if c.kind is NodeKind.HEADING
            and (c.rank, c.style) in entry
            and heading_text(c.text).casefold() in elsewhere
            and any(k.text for k in c.children)
        ]
        if f.node.kind is NodeKind.HEADING and len(kids) >= 2:
            continue
        out.append(f)
    return out


def _without_parts_of_entries(found: list[Found], entries: list[Node], vocab: Vocabulary) -> list[Found]:
    """Headings taken for competencies although each stands, with no definition, inside a defined entry of the
    entries' style ("Showing respect" over bullets under "1.1 Interpersonal Skills: Getting along ..."), and no
    heading of their style stands anywhere else: the parts of those entries, not entries of their own."""
    defined = [e for e in entries if evidence(e.children, vocab).definition]
    inside = {n.id for e in defined for n in e.walk() if n is not e}
    parts = [f for f in found if f.node.id in inside]
    styles = {(f.node.rank, f.node.style) for f in parts}
    if not parts or any(f.has_definition or f.node.kind is not NodeKind.HEADING for f in parts):
        return found
    if any((f.node.rank, f.node.style) in styles and f.node.id not in inside for f in found):
        return found  # the style names entries elsewhere too: they are entries here as well
    return [f for f in found if f.node.id not in inside]


def _headed_entry(found: Found) -> bool:
    """An entry named by a heading, or by a run-in name over section headings of its own ("Achieves Results
    Builds ..." over "What this looks like"), not a labelled line over a list (a rating's description)."""
    if found.node.kind is NodeKind.HEADING:
        return True
    return found.node.kind is NodeKind.LABEL and any(n.kind is NodeKind.HEADING for n in found.scope)


def _any_evidence(own: Evidence) -> bool:
    return bool(own.strong or own.medium or own.definition)


def _after_any(node: Node, entries: list[Node], scope: tuple[Node, ...]) -> bool:
    """Is `node` an adopted sibling that comes after one of the new entries (so it belongs to that entry)?"""
    ids = [c.id for c in scope]
    return any(e.id in ids and ids.index(node.id) > ids.index(e.id) for e in entries) if node.id in ids else False


def _holds(inner: list[Found], node: Node) -> bool:
    """Is `node` one of the inner competencies, inside one's scope (a section a flat layout gave it), or over one?"""
    return any(
        f.node is node or any(s is node for s in f.scope) or f.node.id in {n.id for n in node.walk()} for f in inner
    )


def _decide(node: Node, own: Evidence, inner: list[Found], vocab: Vocabulary) -> Found | None:
    # (a matrix of skills by level counts only under a heading with no definition of its own: "The Advising and
    # Supporting competency area covers ..." over "Skill | Beginner | Advanced" is one competency, its rows themes)
    if any(_rows_are_competencies(n, vocab, not own.definition) for n in _tables_outside_sections(node, vocab)):
        return None  # it holds a table whose rows are competencies: their container, not one of them
    wrapped = wrapped_name(node.text, vocab)
    plain = CODE_AFTER.sub("", heading_text(node.text))  # "Software Engineer (SWE)": a code, not a wrapping title
    spoken_of = _spoken_of_as_one(node, vocab)  # "The behaviours in this competency are ..." over themed lists
    if not name_like(node, vocab) and (wrapped == plain or not own.strong) and not spoken_of:
        return None  # a document's title, unless it wraps a name over a competency's own sections
    # a title wrapping a field's name ("Tips for follow-up questions") names no competency; a long name may use a
    # field's word in passing ("Undertake independent learning activities sufficient to ...")
    field_named = len(wrapped.split()) <= 3 and bool(field_words(wrapped, vocab) & GUIDE_FIELDS)
    if inner and own.strong and all(not f.scope and not f.has_definition for f in inner):
        # "Competency 5.1 Communicates ..." over its levels, with "DOMAIN 5: COMMUNICATION" inside it, a title over
        # nothing (the next page's domain line, set smaller): the competency is this one, none is inside it
        return Found(node, node.children, own.reasons() + ("titles over nothing inside it",), own.definition)
    if wrapped != plain and not inner and not field_named:
        # a title the vocabulary says wraps a competency's name ("How to Be a Customer-Focused Organization")
        return Found(
            node, node.children, (f"a title that names a competency ({wrapped!r})",) + own.reasons(), own.definition
        )
    if (
        inner
        and all(f.in_section and not f.has_definition for f in inner)
        and (own.strong or own.definition)
        and not _question_bank(inner)
    ):
        # groups of one of this competency's sections ("Key behaviours" over themed lists), not competencies
        reasons = own.reasons() + ("its section's sub-headings are groups of it",)
        return Found(node, node.children, reasons, own.definition, strong=bool(own.strong))
    if (
        len(inner) >= 2
        and own.definition
        and all(
            f.node.kind is NodeKind.HEADING
            and is_behaviour(f.node.text, gerunds=False)
            # (a title wrapping a name, "Behaviours: Curiosity", states no behaviour)
            and wrapped_name(f.node.text, vocab) == heading_text(f.node.text)
            and not FIRST_PLURAL.match(f.node.text)  # "We analyse critically": a values framework's names
            for f in inner
        )
        # (each defined over a table or a list of behaviours of its own, "Embraces Change" under the driver "Lead to
        # Win", "Values diversity" under the domain "Engages others", they are the competencies it groups)
        and not all(f.has_definition and any(c.kind in (NodeKind.TABLE, NodeKind.ITEM) for c in f.scope) for f in inner)
    ):
        # sub-headings that state behaviours ("Demonstrates empathy") under a defined name: its themes
        reasons = own.reasons() + ("its sub-headings state behaviours: they group its content",)
        return Found(node, node.children, reasons, own.definition, strong=True)
    if (
        own.definition
        and inner
        and all(
            f.node.kind is NodeKind.HEADING and not f.has_definition and SECTION_QUESTION.match(f.node.text)
            for f in inner
        )
    ):
        # "What good looks like", "Where people trip up": sub-headings that ask about it are its sections
        reasons = own.reasons() + ("its sub-headings ask about it: they are its sections",)
        return Found(node, node.children, reasons, own.definition)
    defined_guides = len(inner) >= 2 and all(f.guide_only and f.has_definition for f in inner)
    if (
        own.strong
        and inner
        and all(f.guide_only or f.in_section and not f.strong for f in inner)
        and not defined_guides
        and not _question_bank(inner)
    ):
        # "Training & development" over courses and activities beside "Behavioral Indicators": its sections (not
        # skills each defined over ways of learning it: they are development guides of competencies of their own)
        reasons = own.reasons() + ("its sub-headings hold only its development sections",)
        return Found(node, node.children, reasons, own.definition)
    if not inner and own.definition and _named_as_competency(node):
        # "The Advising and Supporting competency area covers ...": its text calls it a competency by name, so a
        # table under it whose rows are skills ("Skill | Beginner | Advanced") groups its levels
        reasons = own.reasons() + ("its text calls it a competency by name",)
        return Found(node, node.children, reasons, own.definition)
    if spoken_of and inner and not any(f.has_definition for f in inner):
        # "The behaviours in this competency are ..." over themed lists: the themes group its behaviours
        reasons = own.reasons() + ("its text speaks of it as a competency; its sub-headings group its behaviours",)
        return Found(node, node.children, reasons, own.definition, strong=True)
    if inner and any(r.startswith("a definition section") for r in own.strong) and not any(f.strong for f in inner):
        # "Competency Definition: ..." right under the name: the competency itself; what looked like competencies
        # below it on weaker evidence (a list, a paragraph under a sub-heading) are its sections
        reasons = own.reasons() + ("its own definition section outweighs the weaker entries below it",)
        return Found(node, node.children, reasons, own.definition)
    if len(inner) >= 2:
        return None
    if len(inner) == 1:
        (child,) = inner
        # (whole words: "Process improvement" does not extend "Improve")
        extends = re.search(rf"\b{re.escape(heading_text(node.text))}\b", title_of(child.node), re.I) is not None
        if extends and after_cluster(heading_text(node.text), title_of(child.node)):
            # "CHARACTER" on a divider page, then "CHARACTER: DISPLAYS INTEGRITY AND HONESTY": the cluster, and the
            # competency it holds named after the colon
            return None
        own_text = any(c.text for c in node.children if c.kind is not NodeKind.HEADING and not _holds(inner, c))
        if not extends and (child.has_definition or not (own.definition or own_text)):
            return None  # a title or cluster over one competency
        why = "its name extends this one" if extends else "it has no definition, this heading has content of its own"
        reasons = own.reasons() + (f"its sub-heading {title_of(child.node)!r} is part of it: {why}",)
        return Found(node, node.children, reasons, own.definition)
    if not inner and _themes_of_statements(node, vocab):
        # "Clinical" over "1 Clinical environment ..." and "2 Supporting patients ...", each over its numbered
        # statements: the themes of one competency's statements
        reasons = own.reasons() + ("its sub-headings each hold statements of it: its themes",)
        return Found(node, node.children, reasons, own.definition, strong=False)
    if own.strong or own.medium and own.definition or own.medium and _only_lists(node):
        return Found(
            node, node.children, own.reasons(), own.definition, strong=bool(own.strong), guide_only=own.guide_only
        )
    return None


# what follows a heading's name in its text when the text calls it a competency ("the Technology competency area"),
# not a cluster of them ("the Leadership competency cluster", "the core competencies")
KIND_AFTER_NAME = (
    r"\s+(?:competency|competence|capability)(?:\s+area)?\b"
    r"(?!\s+(?:clusters?|groups?|categor(?:y|ies)|famil(?:y|ies)|sets?|frameworks?|models?|domains?)\b)"
)


# the kinds of question an interview guide sorts its questions by, no competency ("Situational", "Follow-up")
QUESTION_KIND = re.compile(
    r"^(?:behaviou?ral|situational|general|technical|opening|closing|follow[- ]?ups?|prob(?:es|ing)|motivational|"
    r"sample|additional|other|hypothetical|scenario|warm[- ]?up|competency[- ]based)\b",
    re.I,
)
MIN_BANK = 3


def _question_bank(inner: list[Found]) -> bool:
    """Three sub-headings or more of a questions section, each a name over its own list of questions ("Customer
    Service", "Collaboration", "Decision Making"): a question bank by competency, not one competency's questions in
    groups (which go by kind of question: "Situational", "Follow-up")."""
    return len(inner) >= MIN_BANK and all(
        f.node.kind is NodeKind.HEADING
        and asks_questions(f.node, least=1)
        and not QUESTION_KIND.match(heading_text(f.node.text))
        for f in inner
    )


def _tables_outside_sections(node: Node, vocab: Vocabulary, in_section: bool = False) -> list[Node]:
    """The tables a node holds, except those under a heading that names a field which hold no levels ("Foundation
    Skills" over "Skill | Description": the section's content, not a table of competencies; but "Key Skills" over
    "Skill | Level 1 | Level 2" is a matrix of competencies)."""
    out: list[Node] = []
    for child in node.children:
        if child.kind is NodeKind.TABLE:
            if not in_section or holds_levels(child, vocab):
                out.append(child)
        else:
            section = child.kind is NodeKind.HEADING and section_field(child.text, vocab) is not None
            out.extend(_tables_outside_sections(child, vocab, in_section or section))
    return out


def _named_as_competency(node: Node) -> bool:
    """Does the text opening a heading's content call the heading, by its name, a competency?"""
    name = heading_text(node.text)
    if not name:
        return False
    pattern = re.compile(rf"\b{re.escape(name)}{KIND_AFTER_NAME}", re.I)
    return any(c.kind is NodeKind.PARAGRAPH and pattern.search(c.text) for c in node.children[:2])


def _themes_of_statements(node: Node, vocab: Vocabulary) -> bool:
    """A heading over nothing but two or more sub-headings the vocabulary does not know, each over statements
    (indicators by their content)."""
    kids = [c for c in node.children if c.text or c.children]
    return len(kids) >= 2 and all(
        c.kind is NodeKind.HEADING
        and section_field(c.text, vocab) is None
        and field_by_content(c.children, vocab, caption=c.text) == "indicators"
        for c in kids
    )


def _same_title_kind(node: Node, others: list[Node], vocab: Vocabulary) -> bool:
    """Do these headings all name their entries after the same kind word ("Competency: X", "Competency: Y"; "X Core
    Competency", "Y Core Competency")?"""

    def kind(text: str) -> str | None:
        plain = heading_text(text)
        wrapped = wrapped_name(text, vocab)
        if wrapped == plain:
            return None
        if plain.endswith(wrapped):
            rest = plain[: -len(wrapped)]  # "Competency: X"
        elif plain.startswith(wrapped):
            rest = plain[len(wrapped) :]  # "X Core Competency"
        else:
            return None
        return re.sub(r"[\W\d_]+", " ", rest).strip().casefold() or None

    own = kind(node.text)
    return own is not None and all(o.kind is NodeKind.HEADING and kind(o.text) == own for o in others)


def _spoken_of_as_one(node: Node, vocab: Vocabulary) -> bool:
    """A heading whose own text speaks of it as a competency ("The behaviours in this competency are ...") over
    themed lists of behaviours: one competency, its sub-headings the themes, even if its name reads like a
    section ("Principles of Behaviour")."""
    said = any(c.kind is NodeKind.PARAGRAPH and speaks_of_it(c.text, vocab) for c in node.children[:3])
    themes = [c for c in node.children if c.kind is NodeKind.HEADING]
    return (
        said
        and len(themes) >= 2
        and all(
            (items := [k.text for k in t.children if k.kind is NodeKind.ITEM]) and mostly(items, is_behaviour)
            for t in themes
        )
    )


def _sections_follow(children: tuple[Node, ...], n: int, vocab: Vocabulary) -> bool:
    node = children[n]
    before = [c for c in children[:n] if c.kind is NodeKind.HEADING and (c.rank, c.style) == (node.rank, node.style)]
    if before and all(section_field(c.text, vocab) in CORE_SECTIONS for c in before):
        return False  # only sections of its style before it ("Competency statement", "How this could show up"): the
        # sections of the heading above them all, this one among them
    for later in children[n + 1 :]:
        if later.kind is not NodeKind.HEADING:
            continue
        if (later.rank, later.style) != (node.rank, node.style):
            return False
        leaf = not any(c.kind is NodeKind.HEADING for c in later.children)
        if not name_like(node, vocab) or SECTION_QUESTION.match(node.text):
            return False
        field = section_field(later.text, vocab)
        if entry_named_like_indicators(later, vocab):
            return False
        # a section over sub-headings is a cluster's, unless it is the levels over their labels
        return (leaf or field == "levels") and field in CORE_SECTIONS or _levels_follow(children, n, vocab)
    return False


def _defined_in_the_singular(heading: Node, vocab: Vocabulary) -> bool:
    """A heading set like the entries whose name ends in a document type's word in the singular and in lower case
    ("Veterinary capability"), over its own definition and statements: an entry, not a title ("Core Competencies")."""
    words = heading_text(heading.text).split()
    if len(words) < 2 or words[-1] not in ("capability", "competency", "competence") or words[-2].islower():
        return False
    own = evidence(heading.children, vocab)
    return own.definition and bool(own.strong or own.medium)


def _definition_follows(children: tuple[Node, ...], n: int, vocab: Vocabulary) -> bool:
    """An empty heading whose next heading, of its own style, opens a definition ("Organisational Change
    Leadership" / "What It Means" / ...): the name of the entry that definition defines."""

    def names_entry(k: int) -> bool:
        node = children[k]
        later = next((c for c in children[k + 1 :] if c.kind is NodeKind.HEADING), None)
        return (
            node.kind is NodeKind.HEADING
            and not node.children
            and later is not None
            and (later.rank, later.style) == (node.rank, node.style)
            and section_field(node.text, vocab) is None
            and section_field(later.text, vocab) == "definition"
        )

    style = (children[n].rank, children[n].style)
    template = [k for k, c in enumerate(children) if (c.rank, c.style) == style and names_entry(k)]
    if n not in template:
        return False
    # one such entry alone: only when no more prominent heading follows among its siblings (a plain text whose
    # "LEVEL I" headings in capitals outrank the name's own is one competency, the whole document)
    above = any(c.kind is NodeKind.HEADING and c.rank < children[n].rank for c in children[n + 1 :])
    return len(template) >= 2 or not above


def _levels_follow(children: tuple[Node, ...], n: int, vocab: Vocabulary) -> bool:
    """Headings of the name's own style right after it that are level labels forming a scale ("LEVEL 1" ...
    "LEVEL 4" under "WORKING WITH OTHERS", every heading in capitals)."""
    node = children[n]
    labels: list[LevelLabel] = []
    for later in children[n + 1 :]:
        if later.kind is not NodeKind.HEADING:
            continue
        level = level_of(later, vocab) if (later.rank, later.style) == (node.rank, node.style) else None
        if level is None and not labels and section_field(later.text, vocab) not in (None, *CORE_SECTIONS):
            continue  # "Why is this important?" between the name and its levels: a section of it
        if level is None:
            break
        labels.append(level[0])
    return len(labels) >= 2 and is_scale(labels, vocab)


def _only_lists(node: Node) -> bool:
    """A heading over nothing but a list (an interview-question bank's entry; a question's follow-up on a line
    of its own is part of it), or nothing but a table."""
    kids = [c for c in node.children if c.text or c.children]
    if (
        len(kids) == 1
        and _caption(kids[0])
        and OBLIGATION.search(kids[0].text)
        # (its items finish its sentence, in lower case, or state in the imperative what one is able to do:
        # "Professionals ... should be able to:" over "Practise in line with their professional code ..."; told to
        # the reader, "To keep it fair, you should:", they are advice)
        and all(
            completes_caption(c.text) or is_imperative(c.text) and not ADDRESSED.search(kids[0].text)
            for c in kids[0].children
        )
    ):
        kids = [c for c in kids[0].children if c.text or c.children]  # "Registrant paramedics must:" over it
    if len(kids) == 1 and kids[0].kind is NodeKind.TABLE:
        return True  # a checklist's area over its table of what one does ("1. Patient Assessment")
    return (
        bool(kids)
        and kids[0].kind is NodeKind.ITEM
        and all(
            c.kind is NodeKind.ITEM or c.kind is NodeKind.PARAGRAPH and not c.children and is_question(c.text)
            for c in kids
        )
    )


ADDRESSED = re.compile(r"\byou(?:r)?\b", re.I)  # a caption speaking to the reader


def _caption(node: Node) -> bool:
    """A paragraph ending with a colon over the list it introduces."""
    return (
        node.kind is NodeKind.PARAGRAPH
        and node.text.rstrip().endswith(":")
        and bool(node.children)
        and all(c.kind is NodeKind.ITEM for c in node.children)
    )


def _dictionary_siblings(children: tuple[Node, ...], found: list[Found], vocab: Vocabulary) -> list[Found]:
    """Later siblings of the same kind and rank as a found competency, with content: the dictionary's other
    entries, even where their own evidence is thin (a definition only)."""
    if not found:
        return found
    known = {f.node.id for f in found} | {n.id for f in found for n in f.scope}
    shapes = {(f.node.kind, f.node.rank, f.node.style) for f in found if f.node in children}
    first = min((i for i, c in enumerate(children) if c.id in known), default=None)
    if first is None:
        return found
    out = list(found)
    template = _template(children[first])
    for k, node in enumerate(children):
        if node.id in known or (node.kind, node.rank, node.style) not in shapes:
            continue
        if k < first and not _built_alike(node, template):
            continue  # before the first entry, only an entry built like it ("Management" over its bullets)
        if node.kind is NodeKind.HEADING and (
            KEY_HEADING.match(heading_text(node.text))
            or any(section_of(heading_text(node.text), heading_text(f.node.text), vocab) for f in found)
        ):
            continue  # the document's key to its scale; "Customer Focus – Rating Levels", a section of an entry
        own = evidence(node.children, vocab)
        if not name_like(node, vocab) and not own.strong:
            continue  # a level's label ("3. Advanced"), unless it holds what an entry holds ("7. Leading", its table)
        if not (own.strong or own.medium or own.definition or _built_alike(node, template)):
            continue  # "Overall assessment" over "Total (out of 15)" after the last entry: nothing an entry holds
        inside = {n.id for n in node.walk()}
        nested = [f for f in found if f.node.id in inside]
        if nested and not (_template(node) == template and all(f.in_section for f in nested)):
            continue
        # built like the entry before it, what was found inside it stands under one of its sections, as the
        # groups of that section stand in the entry before it ("What this looks like" > "Leading teams")
        out = [f for f in out if f.node.id not in inside]
        content = [c for c in node.children if c.text or c.children]
        if content:
            out.append(
                Found(
                    node,
                    node.children,
                    ("an entry of the same shape as the competencies beside it",) + own.reasons(),
                    own.definition,
                )
            )
    return out


# a section's heading that speaks of several entries ("Competency Definitions", "Sample Competencies")
COLLECTION = re.compile(r"\b(?:competencies|capabilities|competences|definitions)\b", re.I)
GLOSSARY = re.compile(r"\b(?:terms|glossary|terminology|acronyms|abbreviations)\b", re.I)
# a heading that says it lists competencies ("Core Competencies for All Staff", "Our Values", "Key Capabilities")
NAMES_COMPETENCIES = re.compile(r"\b(?:competencies|capabilities|competences|values|behaviou?rs)\b", re.I)


def _named_by_the_heading_over_them(node: Node, vocab: Vocabulary) -> list[Node]:
    """The sub-headings of a heading that names them as competencies, when there are two or more, all set alike,
    each a name over content laid out the same way (a sentence over a list); none of them a section, a level or
    front matter."""
    if not (NAMES_COMPETENCIES.search(node.text) and (document_title(node.text, vocab) or short_phrase(node.text, 4))):
        return []  # ("Our Values", "Core Competencies for All Staff")
    if section_field(node.text, vocab) is not None or speaks_of_it(node.text, vocab):
        return []  # "Suggestions on how to develop this competency": a section of one competency
    subs = [c for c in node.children if c.kind is NodeKind.HEADING]
    if len(subs) < 2 or len({(h.rank, h.style) for h in subs}) != 1 or not _alike(subs):
        return []
    if any(
        c.kind is not NodeKind.HEADING and (c.text or c.children) for c in node.children[node.children.index(subs[0]) :]
    ):
        return []  # text between them: no run of entries
    ok = all(
        name_like(h, vocab)
        and any(c.text for c in h.children)
        and section_field(h.text, vocab) is None
        and not is_front_matter(h.text, vocab)
        and parse_level(h.text, vocab) is None
        and _over_a_list(h)
        for h in subs
    )
    return subs if ok else []


MIN_NAMED_ITEMS = 3  # names over their own behaviours under one heading; two are as likely a competency's themes


def _named_items(heading: Node, vocab: Vocabulary) -> list[Node]:
    """The items of a heading that holds nothing but a list whose items are short names, most of them over
    behaviours of their own ("Quantity" over "Completes a suitable volume of work ..."), none a sentence."""
    kids = [c for c in heading.children if c.text or c.children]
    if not kids or not all(c.kind is NodeKind.ITEM for c in kids):
        return []
    if any(not short_phrase(c.text, 6) or ends_sentence(c.text) or not name_like(c, vocab) for c in kids):
        return []
    over = [c for c in kids if c.children and all(k.kind is NodeKind.ITEM and is_behaviour(k.text) for k in c.children)]
    return kids if len(over) >= MIN_NAMED_ITEMS and len(over) * 3 >= len(kids) * 2 else []


def _set_alike(children: tuple[Node, ...], heading: Node, vocab: Vocabulary) -> bool:
    """Another heading of the same style among the siblings holds such a list too."""
    return any(
        c is not heading
        and c.kind is NodeKind.HEADING
        and (c.rank, c.style) == (heading.rank, heading.style)
        and _named_items(c, vocab)
        for c in children
    )


def _alike(headings: list[Node]) -> bool:
    """Headings whose content is laid out the same way; the last may hold more after it (the page's closing line
    falls under the last heading of the outline)."""
    templates = {_template(h) for h in headings[:-1]}
    if len(templates) != 1:
        return False
    (shared,) = templates
    return _template(headings[-1])[: len(shared)] == shared


def _over_a_list(heading: Node) -> bool:
    """A heading over a list of its own (under a lead-in or not), and no table: a table may name entries itself."""
    kinds = {k.kind for c in heading.children for k in c.walk()}
    return NodeKind.TABLE not in kinds and any(
        c.kind is NodeKind.ITEM or c.kind is NodeKind.PARAGRAPH and any(k.kind is NodeKind.ITEM for k in c.children)
        for c in heading.children
    )


def _template(node: Node) -> tuple[NodeKind, ...]:
    """The kinds of a node's content in order, repeats folded: a heading over a list is (ITEM,)."""
    kinds = [c.kind for c in node.children if c.text or c.children]
    return tuple(kind for n, kind in enumerate(kinds) if n == 0 or kinds[n - 1] is not kind)


def _built_alike(node: Node, template: tuple[NodeKind, ...]) -> bool:
    """A heading before the first entry is one more entry when its content is laid out the same way and is more
    than prose (an introduction is paragraphs too), with some of its items stating behaviours."""
    items = [c.text for c in node.walk() if c.kind is NodeKind.ITEM]
    return _template(node) == template and set(template) != {NodeKind.PARAGRAPH} and any(is_behaviour(t) for t in items)


# a heading naming a grouping of competencies by its kind and number ("Domain 1: ...", "Cluster 2 – ...",
# "Competency Category 1 – Technical Competence")
GROUPING = re.compile(
    r"^(?:(?:competency|competence|capability|skills?)\s+)?"
    r"(?:domain|cluster|category|pillar|dimension|theme|area)\s+(?P<n>\d{1,2})\b",
    re.I,
)


def _numbered_parts(node: Node) -> list[Node]:
    """The sub-headings of a numbered grouping that carry its number on ("1.1", "1.2" under "Domain 1"), each a
    name (no sentence) over content of its own: the competencies it groups."""
    grouping = GROUPING.match(title_of(node)) if node.kind is NodeKind.HEADING else None
    if grouping is None:
        return []
    headings = [c for c in node.children if c.kind is NodeKind.HEADING]
    part = re.compile(rf"^{grouping['n']}\.\d{{1,2}}\.?\s+(?P<name>\S.*)$")
    parts = [
        h
        for h in headings
        if (m := part.match(h.text)) and not described(m["name"]) and any(c.text for c in h.walk() if c is not h)
    ]
    return parts if len(parts) >= 2 and len(parts) == len(headings) else []


ENTRY_NUMBER = re.compile(r"^\s*(\d{1,2})\.\s+\S")


def _numbered_alike(a: str, b: str) -> bool:
    """Two headings numbered as entries of one outline ("6. Communicating", "7. Leading")."""
    first, second = ENTRY_NUMBER.match(a), ENTRY_NUMBER.match(b)
    return first is not None and second is not None and int(second[1]) > int(first[1])


def _found_alike(sibling: Evidence, entry: Found) -> bool:
    """Is a sibling's evidence of the same kind as what found the entry ("statements of what the holder does under
    ..." both)?"""
    kinds = {reason.split(" under ")[0] for reason in entry.reasons}
    return any(reason.split(" under ")[0] in kinds for reason in sibling.medium)


def _level_set_larger(entry: Found, node: Node, by_id: dict[int, Found], vocab: Vocabulary) -> bool:
    """A level's heading set larger than the competency's name before it, holding no competency ("Pillar 3 -
    Leadership" in 12pt, then "Level 1 - Leadership Pillar" in 14pt over the themes' bullets, page after page): a
    level of that competency, where the competency has none of its own."""
    return (
        level_of(node, vocab) is not None
        and not any(n.id in by_id for n in node.walk())
        and not level_run(entry.scope, vocab)
    )


def _adopt_flat_sections(children: tuple[Node, ...], found: list[Found], vocab: Vocabulary) -> list[Found]:
    """A competency heading followed by headings of its own rank (a flat layout, every heading one style): those
    are its sections and themes, up to a heading with strong competency evidence of its own. Once a theme (a
    heading the vocabulary does not know) is taken, a later heading of the same style that only looks like a
    competency (a definition-like first line) is one more theme."""
    by_id = {f.node.id: f for f in found}
    absorbed: set[int] = set()
    adopted: dict[int, bool] = {}  # entry -> whether all it took after it are headings of known sections
    out = []
    for f in found:
        if f.node.id in absorbed:
            continue
        i = next((n for n, c in enumerate(children) if c is f.node), None)
        if i is None or f.node.kind is not NodeKind.HEADING or any(c.kind is NodeKind.HEADING for c in f.scope):
            # (a competency whose sections are nested under its heading is not laid out flat: the headings of its
            # rank after it are its siblings)
            out.append(f)
            continue
        extra: list[Node] = []
        themes: set[str] = set()
        for node in children[i + 1 :]:
            if (
                node.kind is NodeKind.HEADING
                and node.rank < f.node.rank
                and not _level_set_larger(f, node, by_id, vocab)
            ):
                break
            if (
                node.kind is NodeKind.HEADING
                and node.rank == f.node.rank
                and is_front_matter(node.text, vocab)
                and section_field(node.text, vocab) is None
            ):
                break  # "Documents", "Contact us" after the last entry: the page's, not the entry's
            other = by_id.get(node.id)
            if other is not None and (other.strong or node.style not in themes):
                break
            if node.kind is NodeKind.HEADING and len(_defined_headings_in(node, by_id)) >= 2:
                break  # "Our behaviours" over behaviours each with its definition and "Do" list: their heading
            if (
                node.kind is NodeKind.HEADING
                and node.rank == f.node.rank
                and section_field(node.text, vocab) is None
                # "Level 4" over its own "Level 4 Descriptors": a level of this one; but "7. Leading" after "6.
                # Communicating", numbered alike, is judged as an entry whatever its name's word
                and (level_of(node, vocab) is None or _numbered_alike(f.node.text, node.text))
            ):
                sibling = evidence(node.children, vocab)
                whole_document = any(r.startswith("a title that names a competency") for r in f.reasons)
                if sibling.strong or sibling.definition and sibling.medium and not whole_document:
                    break  # an entry of its own (a definition over its list), not a theme of this one
                if (
                    sibling.medium
                    and not f.strong
                    and not f.has_definition
                    and _found_alike(sibling, f)
                    and name_like(node, vocab)  # (not the document's title, repeated over a page's lines)
                ):
                    break  # found on the same evidence as this entry, set alike: the next entry, no theme of it
                themes.add(node.style)
            if other is not None:
                absorbed.add(node.id)
            extra.append(node)
        if extra and all(
            n.kind is not NodeKind.HEADING or n.rank == f.node.rank or _level_set_larger(f, n, by_id, vocab)
            for n in extra
        ):
            adopted[f.node.id] = all(n.kind is NodeKind.HEADING and section_field(n.text, vocab) for n in extra)
            f = replace(f, scope=f.scope + tuple(extra))
        else:
            absorbed -= {n.id for n in extra}
        out.append(f)
    heads = [f for f in out if f.node.kind is NodeKind.HEADING]
    if len(heads) >= 2 and list(adopted) == [heads[-1].node.id] and adopted[heads[-1].node.id]:
        # only the last of several entries would take the section headings after it ("Bibliography" after the
        # fifth competence area, none of the four before having a section of their own): the document's back matter
        last = heads[-1]
        return [by_id[f.node.id] if f is last else f for f in out]
    return out


def following_table(after: tuple[Node, ...], vocab: Vocabulary) -> tuple[Node, ...]:
    """What follows a table that names one competency and is still its content (its table of levels, its lists):
    up to the next table that names competencies or a heading of no known section."""
    out: list[Node] = []
    for node in after:
        if node.kind is NodeKind.TABLE and (
            table_competencies(node, vocab) or named_in_table(node, vocab, across=True)
        ):
            break  # the next table that names its competency, by a label or by a title across it
        if (
            node.kind is NodeKind.HEADING
            and section_field(node.text, vocab) is None
            and not _names_its_field(node, vocab)
        ):
            break
        if node.kind is NodeKind.HEADING and _names_tables(node, vocab):
            break  # a "Comments" row spilt over a page break, read as a heading over the tables after it
        out.append(node)
    return tuple(out)


def _names_its_field(heading: Node, vocab: Vocabulary) -> bool:
    """A heading the vocabulary does not know whose words name one field, over a list ("Competency-based
    questions" over numbered questions): a section of the competency before it."""
    return field_word(heading.text, vocab) is not None and any(c.kind is NodeKind.ITEM for c in heading.children)


def _names_tables(heading: Node, vocab: Vocabulary) -> bool:
    """Two tables or more under a heading, each titled by the competency it holds."""
    tables = [c for c in heading.children if c.kind is NodeKind.TABLE]
    return sum(named_in_table(t, vocab, across=True) is not None for t in tables) >= 2


def _holds_competency_table(scope: tuple[Node, ...], vocab: Vocabulary) -> bool:
    return any(_rows_are_competencies(n, vocab) for node in scope for n in node.walk() if n.kind is NodeKind.TABLE)


def _rows_are_competencies(table: Node, vocab: Vocabulary, matrix: bool = False) -> bool:
    """A table that says its rows are competencies (a "Competency" column, names beside definitions; with `matrix`,
    also a "Skill" column beside level columns). Columns named like competencies under a competency's heading may
    be its key skills, so they do not count here."""
    read = read_table(table, vocab, None, None, None)
    if read.kind == "levels as columns" and matrix:
        # "Skill | Level 1 | ... | Level 5", a skill per row: a matrix of competencies by level
        return len(read.competencies) >= 2
    # ("Competency | Definition | Contributing | Journey | Advanced": a column of names, whatever columns follow)
    return bool(read.competencies) and (
        read.kind == "names beside definitions" or read.kind.startswith("competencies as rows")
    )


def table_competencies(table: Node, vocab: Vocabulary) -> list[int]:
    """Competencies a table names itself (outside any competency): matrix rows, columns, a "Title" row."""
    return read_table(table, vocab, None, None, None, outside=True).competencies
