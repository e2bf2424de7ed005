"""The labels of a competency's content: which field each node's text goes to, in which group and level.

Walking the scope with what is in force (the field opened by the nearest section, the group, the competency):
- a heading or label the vocabulary knows opens its field; a label's own line content ("Definition: ...",
  "Key Skills: a | b", "Related competencies: a, b") goes to that field;
- a run of level labels gives levels; each level's content is its behaviours;
- a heading the vocabulary does not know opens the field its content says: levels under it, questions, citations,
  advice in the imperative, behaviours, else narrative notes; where several such headings (or several sections of
  one field) stand side by side, each one's heading is its items' group; inside a field, a heading is a group;
- an item heading a list of its own is a group of that list when it is a short phrase ("Kindness"), a behaviour
  of its own otherwise; a question's follow-up items belong to the question;
- unlabelled text right under the name: the first paragraph(s) define the competency, a list is indicators (or
  questions, or advice), a list where the definition should be (no definition, levels elsewhere) is the
  definition; other text is a note when it reads as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model.tree import Label, Node, NodeKind, Role
from ..vocab.language import is_imperative
from ..vocab.text import heading_text
from ..vocab.vocabulary import Vocabulary
from .content import field_by_content, mostly
from .evidence import definition_heading, described
from .nodes import heads, level_of, title_of
from .related import split_related
from .runs import LevelEntry, level_run, level_title, numbered_levels
from .scale import parse_level
from .scope_shapes import (
    REQUIREMENTS,
    behaviours_without_levels,
    blank_form_line,
    caption_over_statements,
    defined_below,
    definition_run,
    definition_start,
    empty_level,
    further_definitions,
    heads_its_list,
    holds_sections,
    introduces_questions,
    is_follow_up,
    is_lead_in,
    label_after_list,
    lead_in_between_lists,
    lead_into_list,
    left_to_fill,
    list_field,
    named_parts,
    names_again,
    note_shaped,
    numbered_key_statements,
    numbered_over_list,
    one_defining_sentence,
    over_lists_of_another_field,
    prose_after_list,
    requirements_list,
    sentences_for_words,
    shaped_caption,
    theme_caption,
)
from .shapes import (
    FOLLOW_UP,
    clauses,
    format_field,
    is_advice,
    is_behaviour,
    is_question,
    reads_as_definition,
    short_phrase,
    untagged,
)
from .table_layout import READ_AS_TEXT, TableLabels, holds_levels, read_table
from .terms import (
    LIST_FIELDS,
    caption,
    field_word,
    is_front_matter,
    numbered_entry,
    related_sentence,
    section_field,
)

LEAD_IN_WORDS = 6  # a heading ending with a colon this long is a sentence introducing a list, not a sub-heading


@dataclass(frozen=True)
class InForce:
    owner: int
    field: str | None = None
    group: str | None = None
    top: bool = False  # right under the competency's name, before any structure
    by_content: bool = False  # the field was opened by a heading's content, not by the vocabulary
    statements: bool = False  # a list under the name states what the holder does, in whatever mood


# a code of capitals and digits, no words: "NF-COM-004", "BSBLDR411", "SSC/N8103", "A-5.01"
# (a number alone is a value: "Proficiency level targeted: 3")
IDENTIFIER = re.compile(r"(?=\S*\d)(?=\S*[A-Z])[A-Z0-9]+(?:[-/.][A-Z0-9]+)*")


def label_scope(
    owner: Node,
    scope: tuple[Node, ...],
    vocab: Vocabulary,
    inline_definition: str = "",
    defined: bool = False,
    statements: bool = False,
    name_line: Node | None = None,
) -> dict[int, Label]:
    """Labels for a competency's content. `defined`: its definition was found elsewhere (a table's row).
    `statements`: a list right under the name states what the holder does, even in the imperative (the document
    says it lists competencies). `name_line`: the line that names it under a heading that only counts it ("Generic
    CiP 1" over "Able to function within ..."): what that line holds is read as if right under the name."""
    out: dict[int, Label] = {}
    state = InForce(owner=owner.id, top=True, statements=statements)
    definition_seen = bool(inline_definition) or defined
    first = next((n for n in scope if n.text), None)
    if first is not None and not definition_seen and names_again(first, owner):
        # "A. Job Knowledge" over "Job Knowledge: Shows the knowledge and skills needed ...": the name run in
        # again before what it means
        out[first.id] = Label(
            Role.DEFINITION, ("the name run in again over its definition",), text=first.body, competency=owner.id
        )
        scope, definition_seen = tuple(n for n in scope if n is not first), True
    elif first is not None and first is name_line:
        out[first.id] = Label(Role.STRUCTURE, ("the statement naming the competency",), competency=owner.id)
        scope = tuple(k for n in scope for k in (n.children if n is first else (n,)))
    elif first is not None and not definition_seen and _asks_what_it_is(first, owner):
        # "What is Influence?" over "Influence is about ..." and the sections after it: the question is the name's,
        # what it holds is read as if right under the name
        out[first.id] = Label(Role.STRUCTURE, ("a question asking what the competency is",), competency=owner.id)
        scope = tuple(k for n in scope for k in (n.children if n is first else (n,)))
    _children(scope, state, vocab, out, definition_seen)
    return out


WHAT_IS = re.compile(r"^what\s+(?:is|are)\s+(?P<name>.+?)\s*\?$", re.I)


def _asks_what_it_is(node: Node, owner: Node) -> bool:
    """A heading asking what the competency is, by its name ("What is Influence?") or as "it", over a paragraph."""
    asked = WHAT_IS.match(heading_text(node.text)) if node.kind is NodeKind.HEADING else None
    if asked is None or not node.children or node.children[0].kind is not NodeKind.PARAGRAPH:
        return False
    return asked["name"].casefold() in (heading_text(title_of(owner)).casefold(), "it", "this competency")


def _children(
    nodes: tuple[Node, ...], state: InForce, vocab: Vocabulary, out: dict[int, Label], definition_seen: bool = True
) -> None:
    taken: set[int] = set()
    run = level_run(nodes, vocab) or (numbered_levels(nodes) if state.field == "levels" else [])
    if run and state.field in LIST_FIELDS - {"indicators"} and all(_headed(entry) for entry in run):
        _by_level(run, state, vocab, out, taken)
        run = []
    if run and all(empty_level(entry) for entry in run):
        # "Exceeds Expectations (4)", "Meets Expectations (3)", ... with nothing under any: a rating to tick on a
        # form, not levels that say what each looks like
        for entry in run:
            for node in (entry.node, *entry.duplicates):
                out[node.id] = Label(Role.STRUCTURE, ("a rating to tick, no level's text",), competency=state.owner)
                taken.add(node.id)
        run = []
    for entry in run:
        _pane_copies(entry, state, out, taken)
    for entry in run:
        _level(entry, state, vocab, out, taken)
    rests = [tuple(c for c in e.node.children if c.id not in taken and c.id not in out) for e in run]
    # sections under two levels or more are each level's own ("Development activities" under every level): the
    # level is their group
    own = sum(1 for rest, e in zip(rests, run, strict=True) if rest and e.node.kind is NodeKind.HEADING) >= 2
    for entry, rest in zip(run, rests, strict=True):
        # what a level's heading holds after its behaviours (a section nested under the last level): read as usual
        if rest and entry.node.kind is NodeKind.HEADING:
            _children(rest, replace(state, group=heading_text(entry.node.text)) if own else state, vocab, out)
            taken.update(n.id for c in rest for n in c.walk())
    levels_seen = bool(run)
    if run and state.field == "levels":
        _definition_before_levels(nodes, run[0].node, state, out, taken)
    grouped = _side_by_side_fields(nodes, state, vocab)
    captions = _group_captions(nodes, vocab, state.field)
    key_statements = numbered_key_statements(nodes, vocab)
    described_apart = further_definitions(nodes, vocab)
    structure_seen = False
    behaviours_listed = False
    for n, node in enumerate(nodes):
        if node.id in taken or node.id in out:
            structure_seen = structure_seen or levels_seen and node.id in taken
            continue
        if node.id in key_statements:
            # "Key capability 1. Collaborate with ..." over its enabling statements: their group, up to the next
            name = key_statements[node.id]
            out[node.id] = Label(
                Role.GROUP, ("a numbered key statement over its own",), name=name, competency=state.owner
            )
            state = replace(state, group=name)
            structure_seen = True
            continue
        if key_statements and node.kind is NodeKind.HEADING and state.group in key_statements.values():
            state = replace(state, group=None)  # a heading ends the last key statement's run
        if node.kind is NodeKind.TABLE:
            # a table beside the level table of a section ("Warning signs | Positive indicators") is read by its own
            # header, not as more levels
            in_field = None if state.field == "levels" and not holds_levels(node, vocab) else state.field
            table = read_table(node, vocab, state.owner, in_field, state.group)
            boxes = _boxed_text(node, table)
            inside = {n.id for cell in boxes for n in cell.walk()}
            out.update({k: v for k, v in table.labels.items() if k not in out and k not in inside})
            for k, cell in enumerate(boxes):
                # a table of no layout of its own inside the competency: its boxes hold the competency's text,
                # read as if it stood outside them ("Questions:" over numbered questions, a definition); the first
                # box's opening text stands right under the name
                _children(cell.children, replace(state, top=state.top and k == 0), vocab, out, definition_seen)
            structure_seen = True
            continue
        if _probes(nodes, n, state, vocab, out):
            structure_seen = True
            continue
        if state.field == "notes" and node.kind is NodeKind.PARAGRAPH and node.text.rstrip().endswith(":"):
            # inside "Why is this important?": a list under "... demonstrate the following behaviours:" (and "In
            # addition for managers:" after it) is behaviours, not more narrative
            behaviours_listed = bool(
                BEHAVIOUR_CAPTION.search(node.text) or ADDITION.match(node.text) and behaviours_listed
            )
            if behaviours_listed and node.children:
                _content(node, replace(state, field="indicators", group=addition_group(node.text)), vocab, out)
                continue
            if caption_over_statements(node):
                # "In doing this we all must:" over "act impartially ...": what one does, not more narrative; each
                # caption the group of its list where two or more divide them ("And as managers we must also:")
                several = sum(1 for m in nodes if caption_over_statements(m)) >= 2
                group = heading_text(node.text) if several else None
                _content(node, replace(state, field="indicators", group=group), vocab, out)
                continue
        elif state.field == "notes" and node.kind is NodeKind.ITEM and behaviours_listed:
            _content(node, replace(state, field="indicators", group=None), vocab, out)
            continue
        asked = _question_before(nodes, n, out) if state.field == "interview_questions" else None
        if asked is not None and is_follow_up(node):
            _join_follow_up(out, asked, node, state)  # "Follow-up: ..." on a line of its own after a question
            continue
        if (
            node.kind is NodeKind.PARAGRAPH
            and not node.children
            and not node.term
            and short_phrase(node.text, 5)
            and not node.text.rstrip().endswith(":")  # ("What to look for:" leads into what follows: a caption)
            and (lone := section_field(node.text, vocab)) in LIST_FIELDS
            and any(m.kind is NodeKind.PARAGRAPH and m.children for m in nodes[n + 1 : n + 3])
        ):
            # "Development Suggestions" on a line of its own, then "On the job:" over its list: the section the lists
            # after it fall in, as a heading would open it
            out[node.id] = Label(Role.STRUCTURE, ("a section's name on a line of its own",), competency=state.owner)
            state = replace(state, field=lone, group=None)
            captions = {**captions, **_group_captions(nodes[n + 1 :], vocab, lone)}
            structure_seen = True
            continue
        field = section_field(title_of(node), vocab) if (heads(node) or node.term) else None
        if field is not None and field == state.field and node.kind is NodeKind.ITEM and not heads(node):
            field = None  # "Leading Self Workshop (LDP 105) – 3 hours" among courses: one more course, whole
        if sentences_for_words(node, field) or behaviours_without_levels(node, field, vocab):
            # "Key Skills" over "Able to communicate effectively ...": statements, no words; "Descriptors" over a
            # plain list of what one does, no level label in it: no levels either
            field = "indicators"
        if field is None and node.kind is NodeKind.HEADING and requirements_list(node):
            field = "indicators"  # "KNOWLEDGE" over "Data modelling concepts", ...: what one must know
        if field is None and node.term and node.body:
            field = aside_field(node.term, vocab)
        if field == "indicators" and not structure_seen and not definition_seen and one_defining_sentence(node):
            field = "definition"  # "Behavioural descriptor" over one sentence saying what it is: in the singular
        if field is not None and not (node.kind is NodeKind.ITEM and not node.children and not node.body):
            if node.id in described_apart:
                field = "notes"  # "Description" beside "Definition": the definition is one; the rest says more
            _section(node, field, state, vocab, out, group=grouped.get(node.id))
            structure_seen = True
            continue
        first_text = state.top and not structure_seen and not definition_seen
        if (
            first_text
            and node.kind is NodeKind.HEADING
            and not is_question(node.text)  # "5. Is there anything else ...?": asked of the reader, no definition
            and (described(node.text) and not numbered_entry(node.text, vocab) or definition_heading(nodes[n:], vocab))
        ):
            # a definition set in a heading's type right under the name; what it heads is read as usual, except
            # that a strapline's first paragraph goes on with it ("Identify as a professional social worker ..."
            # over "Social workers belong to a profession ...")
            definition_seen = True
            out[node.id] = Label(
                Role.DEFINITION, ("a descriptive line in a heading's type under the name",), competency=state.owner
            )
            strapline = not node.text.rstrip().endswith(".")
            first = node.children[0] if node.children else None
            if strapline and first is not None and first.kind is NodeKind.PARAGRAPH and not first.children:
                if reads_as_definition(first.text):
                    out[first.id] = Label(Role.DEFINITION, ("the strapline's paragraph",), competency=state.owner)
            _children(node.children, replace(state, top=False), vocab, out)
            structure_seen = True
            continue
        if heads(node) and node.kind is NodeKind.HEADING:
            _heading(node, state, vocab, out, grouped.get(node.id))
            structure_seen = True
            continue
        if (state.field or state.group) and is_lead_in(node) and n == _first_text_index(nodes):
            # "The trainings and activities below are recommended ...": it introduces the list, it is none of it
            out[node.id] = Label(Role.STRUCTURE, ("a sentence introducing what follows",), competency=state.owner)
            continue
        if state.field == "interview_questions" and n == _first_text_index(nodes) and introduces_questions(node):
            # "These prompts may help you decide ...": a note on the questions below it, none of them
            out[node.id] = Label(
                Role.NOTE, ("a note before the questions",), field="notes", group=state.group, competency=state.owner
            )
            continue
        if state.field in LIST_FIELDS and label_after_list(nodes, n):
            # "P4P Rating Category: Teamwork and Cooperation" after the behaviours' bullets: a fact about the
            # competency under a label the vocabulary does not know, none of the list
            out[node.id] = Label(
                Role.NOTE, ("a labelled line after the section's list",), field="notes", competency=state.owner
            )
            continue
        if state.field in LIST_FIELDS and lead_in_between_lists(nodes, n):
            # "BoK 11 is guided by kaupapa Maori values such as" after the numbered activities, over bullets: what
            # it introduces is narrative of the competency, none of the section's list
            out[node.id] = Label(
                Role.STRUCTURE, ("a sentence introducing another list after the section's",), competency=state.owner
            )
            state = replace(state, field="notes", group=None)
            continue
        if state.field in LIST_FIELDS and prose_after_list(nodes, n):
            out[node.id] = Label(
                Role.NOTE, ("narrative text after the section's list",), field="notes", competency=state.owner
            )
            continue
        if levels_seen and state.field is None and theme_caption(node):
            # "Behavioral indicators at each level build around:" a few themes, beside the levels: key words
            out[node.id] = Label(Role.STRUCTURE, ("a caption over the themes of the levels",), competency=state.owner)
            for child in node.children:
                out[child.id] = Label(
                    Role.CONTENT, ("a theme of the levels",), field="key_words", competency=state.owner
                )
            continue
        first_text = state.top and not structure_seen and not definition_seen
        if first_text and definition_start(node) and defined_below(nodes[n + 1 :], vocab):
            # "Run a portfolio of interventions ..." under the name, then "Competency definition" over the
            # definition: a strapline, a note
            out[node.id] = Label(
                Role.NOTE, ("a strapline above the definition's own section",), field="notes", competency=state.owner
            )
            continue
        if first_text and definition_start(node):
            definition_seen = True
            for m in definition_run(nodes, n):
                out[m.id] = Label(
                    Role.DEFINITION, ("unlabelled text right under the competency's name",), competency=state.owner
                )
                taken.add(m.id)
            continue
        if node.kind is NodeKind.ITEM and state.field is None:
            _unlabelled_list(nodes, n, state, vocab, out, taken, definition_seen)
            structure_seen = True
            continue
        _content(node, replace(state, group=captions[node.id]) if node.id in captions else state, vocab, out)
        metadata = bool(node.term) and short_phrase(node.body, 6)  # "Capability category: Relationships"
        structure_seen = structure_seen or node.kind is not NodeKind.PARAGRAPH and not metadata
        if node.id in out and out[node.id].role is Role.NOTE and not metadata:
            definition_seen = True  # narrative text came first: a definition is the first text under the name


KEY_SKILL = re.compile(r"^[^:–—]{2,40}?\s*(?::|\s[–—-]\s)\s*(?P<name>\S.{1,80})$")


def _definition_before_levels(
    nodes: tuple[Node, ...], first_level: Node, state: InForce, out: dict[int, Label], taken: set[int]
) -> None:
    """A levels section opening with prose before its first level ("Descriptors": "Knowledge and Technical Skills
    is the ability to ...", then "Phase I", "Phase II"): the prose defines the competency when nothing else has."""
    ids = [n.id for n in nodes]
    if first_level.id not in ids or any(
        label.role is Role.DEFINITION and label.competency == state.owner for label in out.values()
    ):
        return
    start = next((k for k, n in enumerate(nodes[: ids.index(first_level.id)]) if n.id not in out and n.text), None)
    if start is None or not definition_start(nodes[start]) or is_lead_in(nodes[start]):
        return
    for node in definition_run(nodes, start):
        if node.id in ids[: ids.index(first_level.id)]:
            out[node.id] = Label(
                Role.DEFINITION, ("unlabelled text before the first level of a levels section",), competency=state.owner
            )
            taken.add(node.id)


def _side_by_side_fields(nodes: tuple[Node, ...], state: InForce, vocab: Vocabulary) -> dict[int, str]:
    """Sections standing side by side that feed one field ("Effective behaviours" and "Ineffective behaviours"),
    and headings the vocabulary does not know, classified by their content: each gives its items its heading as
    group."""
    fields: dict[str, list[Node]] = {}
    for node in nodes:
        if node.kind not in (NodeKind.HEADING, NodeKind.PARAGRAPH) or not node.children:
            continue  # a heading, or a line with its list hanging under it ("Positive indicators" over bullets)
        known = section_field(node.text, vocab)
        if sentences_for_words(node, known):
            known = "indicators"
        if known is None and requirements_list(node):
            known = "indicators"  # "Skills, knowledge and experience" over what the holder must have
        field = known or field_by_content(node.children, vocab)
        if field in (None, "definition", "key_words", "related") or field == "levels" and known:
            continue
        fields.setdefault(field, []).append(node)
    out = {}
    for field, heads_ in fields.items():
        for node in heads_:
            unknown = section_field(node.text, vocab) is None
            if len(heads_) >= 2 or unknown and field != "levels" or field == "notes":
                out[node.id] = heading_text(node.text)
    return out


def _group_captions(nodes: tuple[Node, ...], vocab: Vocabulary, field: str | None = None) -> dict[int, str]:
    """Short lines side by side, each over a list, that name no field and differ from each other ("Personal",
    "Working with others", "Wider organisation"): each names its list's group. The same caption over every list
    ("Enabling components"), or one that introduces its list ("The registered nurse:"), is a template's label,
    not a group; among development activities a few words and a colon say where one learns ("On the job:", "With
    others:"): the group of the advice under them."""
    shown = [
        n
        for n in nodes
        if n.kind is NodeKind.PARAGRAPH
        and n.children
        and shaped_caption(n)
        and (not n.text.rstrip().endswith(":") or field == "activities" and short_phrase(n.text, 4))
        and section_field(n.text, vocab) is None
    ]
    texts = [heading_text(n.text).casefold() for n in shown]
    if len(shown) < 2 or len(set(texts)) != len(texts):
        return {}
    return {n.id: heading_text(n.text) for n in shown}


def _section(
    node: Node, field: str, state: InForce, vocab: Vocabulary, out: dict[int, Label], group: str | None
) -> None:
    out[node.id] = Label(
        Role.SECTION, (f"the vocabulary's heading for {field.replace('_', ' ')}",), field=field, competency=state.owner
    )
    group = group or state.group  # a section inside a theme heading ("Demonstrates empathy" > "Levels")
    if field in ("notes", "resources") or field == "indicators" and REQUIREMENTS.match(heading_text(title_of(node))):
        # its text becomes notes, or what one must know and be able to do: the heading says which
        group = group or heading_text(title_of(node))
    named = KEY_SKILL.match(node.text) if field == "key_words" and node.kind is NodeKind.HEADING else None
    if named:
        # "Key skill: Setting direction" over levels: a key word, and the group of the behaviours under it
        group = heading_text(named["name"])
        out[node.id] = Label(
            Role.CONTENT, ("a key skill naming the group below",), field="key_words", text=group, competency=state.owner
        )
        _children(node.children, InForce(owner=state.owner, field=field, group=group), vocab, out)
        return
    if node.body and left_to_fill(node.body):
        out[node.id] = Label(
            Role.STRUCTURE, ("a form field to fill in (no text after its label)",), competency=state.owner
        )
    elif node.body:
        role = Role.DEFINITION if field == "definition" else Role.CONTENT
        out[node.id] = Label(
            role,
            (f"the content of the label {node.term!r}",),
            field=field,
            group=group,
            text=node.body,
            competency=state.owner,
        )
    inner = InForce(owner=state.owner, field=field, group=group if field != "levels" else state.group)
    _children(node.children, inner, vocab, out)


def _heading(node: Node, state: InForce, vocab: Vocabulary, out: dict[int, Label], group: str | None) -> None:
    """A heading the vocabulary does not know: a group inside a field, or a section by its content."""
    if is_front_matter(node.text, vocab) and state.field is None:
        out[node.id] = Label(Role.STRUCTURE, ("a front-matter heading inside the competency",), competency=state.owner)
        _children(node.children, replace(state, top=False), vocab, out)
        return
    if state.field is not None and node.text.endswith(":") and len(node.text.split()) >= LEAD_IN_WORDS:
        # "At the point of registration, the nurse will be able to:" set as a heading: it introduces the field's
        # list, it neither groups nor changes it
        out[node.id] = Label(Role.STRUCTURE, ("a sentence introducing the section's list",), competency=state.owner)
        _children(node.children, replace(state, top=False), vocab, out)
        return
    follow_ups = _follow_ups(node) if state.field in (None, "interview_questions") else []
    if follow_ups:
        # "#### Can you give an example of ...?" over "1. What was the situation?", "2. What did you do?": one
        # question set as a heading, its follow-ups under it (what comes after them is read as usual)
        out[node.id] = Label(
            Role.CONTENT,
            ("a question set as a heading, with its follow-ups",),
            field="interview_questions",
            group=state.group,
            text=" ".join([node.text, *(c.text for c in follow_ups)]),
            competency=state.owner,
        )
        for c in follow_ups:
            out[c.id] = Label(Role.STRUCTURE, FOLLOWS_A_QUESTION, competency=state.owner)
        rest = tuple(c for c in node.children if c not in follow_ups)
        _children(rest, replace(state, top=False), vocab, out)
        return
    by_content = field_by_content(node.children, vocab, caption=node.text)
    if state.field == "definition" and by_content is None and over_lists_of_another_field(node, vocab):
        # "Suggestions on how to develop this competency" set under the definition's heading, over "On your own"
        # and its advice: out of the definition, a heading over sections of their own
        out[node.id] = Label(Role.STRUCTURE, ("a heading over sections after the definition",), competency=state.owner)
        _children(node.children, InForce(owner=state.owner), vocab, out)
        return
    named = field_word(node.text, vocab) if node.text.rstrip().endswith(":") else None
    if state.field is not None and named in LIST_FIELDS and named != state.field:
        # "Some examples of activities include:" set under the indicators: a caption naming its list's field
        out[node.id] = Label(
            Role.SECTION, (f"a caption naming the {named.replace('_', ' ')}",), field=named, competency=state.owner
        )
        _children(node.children, InForce(owner=state.owner, field=named, by_content=True), vocab, out)
        return
    if state.field is not None and not state.by_content and by_content in (None, state.field):
        name = heading_text(node.text)
        out[node.id] = Label(
            Role.GROUP,
            (f"a sub-heading inside the {state.field.replace('_', ' ')}",),
            name=name,
            competency=state.owner,
        )
        _children(node.children, InForce(owner=state.owner, field=state.field, group=name), vocab, out)
        return
    if state.field is None and by_content is None and holds_sections(node, vocab):
        # a theme heading over sections of its own ("Demonstrates empathy" > "Proficiency Levels"): their group
        name = heading_text(node.text)
        out[node.id] = Label(Role.GROUP, ("a heading over sections: their theme",), name=name, competency=state.owner)
        _children(node.children, replace(state, group=name, top=False), vocab, out)
        return
    # a field's one-word name among a long heading's words opens that field at the competency's top level only;
    # inside a field, "Speaking up the way flight crews are trained to" is a group, not training
    worded = field_word(node.text, vocab) if by_content != "levels" and state.field is None else None
    if not (worded or by_content or state.field) and named_parts(node):
        by_content = "key_words"  # "Elements" over "Attending", "Clarifying", "Paraphrasing": the parts it names
    field = worded or by_content or state.field or "notes"
    if field == "levels" and group is None:
        group = state.group
    evidence = (
        f"its words name the {field.replace('_', ' ')} ({node.text!r})"
        if worded
        else f"its content reads as {field.replace('_', ' ')}"
        if by_content
        else "narrative text under it"
    )
    out[node.id] = Label(Role.SECTION, (evidence,), field=field, competency=state.owner)
    _children(node.children, InForce(owner=state.owner, field=field, group=group, by_content=True), vocab, out)


def _headed(entry: LevelEntry) -> bool:
    """A level's label on a heading of its own, over what it holds, no text on its line."""
    return entry.node.kind is NodeKind.HEADING and not entry.body and not entry.repeats and bool(entry.content)


def _by_level(run: list[LevelEntry], state: InForce, vocab: Vocabulary, out: dict[int, Label], taken: set[int]) -> None:
    """Level headings inside a section of what one does to develop ("Development activities" over "Awareness",
    "Application", "Mastery"): the activities for each level, the level their group, no behaviours of it."""
    for entry in run:
        name = heading_text(entry.node.text)
        out[entry.node.id] = Label(
            Role.GROUP, (f"a level heading inside the {state.field}",), name=name, competency=state.owner
        )
        taken.add(entry.node.id)
        _pane_copies(entry, state, out, taken)
        _children(entry.content, replace(state, group=name, top=False), vocab, out)
        taken.update(n.id for c in entry.content for n in c.walk())


def _pane_copies(entry: LevelEntry, state: InForce, out: dict[int, Label], taken: set[int]) -> None:
    """The level's label printed again right before it (an accordion's pane heading): structure."""
    for dup in entry.duplicates:
        out[dup.id] = Label(Role.STRUCTURE, ("the level label printed again (a pane heading)",), competency=state.owner)
        taken.add(dup.id)


def _level(entry: LevelEntry, state: InForce, vocab: Vocabulary, out: dict[int, Label], taken: set[int]) -> None:
    out[entry.node.id] = Label(
        Role.LEVEL,
        ("a level label of a run forming a scale",),
        level=entry.level,
        text=entry.body or None,
        competency=state.owner,
        group=state.group,
        level_node=entry.node.id,
    )
    taken.add(entry.node.id)
    for node, body in entry.repeats:
        out[node.id] = Label(
            Role.CONTENT,
            ("the level's label printed again before another behaviour",),
            field="levels",
            group=state.group,
            level=entry.level,
            text=body,
            competency=state.owner,
            level_node=entry.node.id,
        )
        taken.add(node.id)
    inner = InForce(owner=state.owner, field="levels", group=state.group)
    for k, node in enumerate(entry.content):
        taken.update(n.id for n in node.walk())
        if k == 0 and level_title(entry.node, node, vocab):
            # the level's title on a heading of its own: its first behaviour, then what it holds
            out[node.id] = Label(
                Role.CONTENT,
                ("the level's title, right under its label",),
                field="levels",
                group=state.group,
                level=entry.level,
                competency=state.owner,
                level_node=entry.node.id,
            )
            for child in node.children:
                if child.id not in out:
                    _level_content(child, entry, inner, vocab, out)
            continue
        if node.id not in out:
            _level_content(node, entry, inner, vocab, out)


def _level_content(node: Node, entry: LevelEntry, state: InForce, vocab: Vocabulary, out: dict[int, Label]) -> None:
    if node.kind is NodeKind.TABLE:
        table = read_table(node, vocab, state.owner, "levels", state.group)
        for k, v in table.labels.items():
            if v.role is Role.CONTENT and v.field == "indicators":
                # "Effective behaviours | Ineffective behaviours" under "Level 2": that level's behaviours, grouped
                v = replace(v, field="levels")
            out.setdefault(k, replace(v, level=v.level or entry.level, level_node=v.level_node or entry.node.id))
        return
    if node.kind is NodeKind.HEADING:
        name = heading_text(node.text)
        out[node.id] = Label(Role.GROUP, ("a sub-heading inside a level",), name=name, competency=state.owner)
        state = replace(state, group=name)
        for child in node.children:
            _level_content(child, entry, state, vocab, out)
        return
    if heads_its_list(node):
        name = heading_text(node.text)
        out[node.id] = Label(Role.GROUP, ("a short item heading a list of its own",), name=name, competency=state.owner)
        state = replace(state, group=name)
    elif node.kind is NodeKind.PARAGRAPH and node.children and (caption(node.text, vocab) or node.text.endswith(":")):
        out[node.id] = Label(Role.STRUCTURE, ("a caption over the level's list",), competency=state.owner)
        if ADDITION.match(node.text):
            state = replace(state, group=heading_text(node.text))  # "In addition for managers:": its list's group
    elif not node.children and (named := related_sentence(node.text, vocab)) and split_related(named):
        # "Related competencies: Delivering Results" closing the last level: the competency's, no behaviour
        out[node.id] = Label(
            Role.CONTENT,
            ("a sentence naming related competencies",),
            field="related",
            text=named,
            competency=state.owner,
        )
    elif node.text:
        out[node.id] = Label(
            Role.CONTENT,
            ("text of a level",),
            field="levels",
            group=state.group,
            level=entry.level,
            competency=state.owner,
            level_node=entry.node.id,
        )
    for child in node.children:
        if child.id not in out:
            _level_content(child, entry, state, vocab, out)


def _follow_ups(node: Node) -> list[Node]:
    """The follow-ups of a heading that asks the candidate something ("Describe a situation that best shows ...",
    "Can you give an example of ...?"): the list of shorter questions it opens with; [] for any other heading."""
    kids = [c for c in node.children if c.text]
    if not kids or not is_question(node.text):
        return []
    run = []
    for c in kids:
        if c.kind is not NodeKind.ITEM:
            break
        run.append(c)
    ok = all(not c.children and is_question(c.text) and len(c.text) < len(node.text) for c in run)
    return run if run and ok else []


def _boxed_text(table_node: Node, table: TableLabels) -> list[Node]:
    """The cells of a table read as plain text (no layout of its own), each holding a caption or a section with
    content under it: cells to read as the competency's own text."""
    out = []
    for row in table_node.children:
        for cell in row.children:
            nodes = [n for n in cell.walk() if n is not cell and n.text]
            flowed = nodes and all(
                (lbl := table.labels.get(n.id)) is not None and lbl.evidence == READ_AS_TEXT for n in nodes
            )
            if flowed and any(c.children for c in cell.children):
                out.append(cell)
    return out


def _unlabelled_list(
    nodes: tuple[Node, ...],
    start: int,
    state: InForce,
    vocab: Vocabulary,
    out: dict[int, Label],
    taken: set[int],
    definition_seen: bool,
) -> None:
    """A list right under the competency's name, with no heading over it."""
    run: list[Node] = []
    for node in nodes[start:]:
        if node.kind is not NodeKind.ITEM and not (run and is_follow_up(node)):
            break
        if run and level_of(node, vocab) is not None:
            break  # "Meets/Exceeds: ..." after the list's first items: the levels, read as such
        run.append(node)
    texts = [n.text for n in run if n.kind is NodeKind.ITEM]
    if texts and all(n.children for n in run if n.kind is NodeKind.ITEM):
        # items each leading into a list of their own: the lists say what the field is
        texts = [k.text for n in run for k in n.children if k.kind is NodeKind.ITEM and k.text] or texts
    levels_elsewhere = bool(level_run(nodes, vocab)) or any(
        n.kind is NodeKind.TABLE or n.kind is NodeKind.HEADING and level_run(n.children, vocab)
        for c in nodes
        for n in c.walk()
    )
    captions = all(n.children for n in run if n.kind is NodeKind.ITEM)  # short items heading lists of their own
    if not definition_seen and state.top and levels_elsewhere and start == _first_text_index(nodes) and not captions:
        for node in run:
            out[node.id] = Label(
                Role.DEFINITION, ("a list where the definition stands, with levels elsewhere",), competency=state.owner
            )
            taken.add(node.id)
        return
    if mostly(texts, is_question):
        field = "interview_questions"
    elif (
        not state.statements
        and mostly(texts, is_advice)
        and not mostly(texts, is_behaviour)
        and not clauses(run)
        and not _defined_in_the_imperative(nodes[:start], out)
    ):
        field = "activities"
    else:
        field = "indicators"
    questions = field == "interview_questions"
    for n, node in enumerate(run):
        taken.add(node.id)
        if node.kind is not NodeKind.ITEM and questions and n and run[n - 1].id in out:
            _join_follow_up(out, run[n - 1], node, state)  # the question's follow-up, on a line of its own
            continue
        _content(node, replace(state, field=field, by_content=True), vocab, out)


ASIDE_FIELDS = ("tips", "notes")


def aside_field(term: str, vocab: Vocabulary) -> str | None:
    """The field of an aside whose label starts with its kind ("Tip for board members: ...", "Note for assessors:
    ..."), set among the items of another field; None for any other label."""
    words = term.split()
    if not 2 <= len(words) <= 5:
        return None
    field = section_field(words[0], vocab)
    return field if field in ASIDE_FIELDS else None


FOLLOWS_A_QUESTION = ("a follow-up of the question above",)  # the evidence of a line joined to its question


def _question_before(nodes: tuple[Node, ...], n: int, out: dict[int, Label]) -> Node | None:
    """The question item right before `nodes[n]`, past the follow-ups already joined to it, or None."""
    for before in reversed(nodes[:n]):
        label = out.get(before.id)
        if label is None:
            return None
        if label.role is Role.STRUCTURE and label.evidence == FOLLOWS_A_QUESTION:
            continue
        ok = before.kind is NodeKind.ITEM and label.role is Role.CONTENT and label.field == "interview_questions"
        return before if ok else None
    return None


def _join_follow_up(out: dict[int, Label], question: Node, follow: Node, state: InForce) -> None:
    label = out[question.id]
    base = label.text if label.text is not None else question.text
    out[question.id] = replace(label, text=f"{base} {follow.text}")
    out[follow.id] = Label(Role.STRUCTURE, FOLLOWS_A_QUESTION, competency=state.owner)


def addition_group(caption_text: str) -> str | None:
    """The group an added list's caption names ("In addition for managers:" -> "In addition for managers"), or
    None for a caption that only introduces its list."""
    return heading_text(caption_text) if ADDITION.match(caption_text) else None


BEHAVIOUR_CAPTION = re.compile(r"\b(?:demonstrat\w*|display|show)\b.{0,60}\bbehaviou?rs?\s*:$", re.I)
ADDITION = re.compile(r"^(?:in addition|additionally|also)\b.{0,60}:$", re.I)


def _probes(nodes: tuple[Node, ...], n: int, state: InForce, vocab: Vocabulary, out: dict[int, Label]) -> bool:
    """ "Probes:" over bullets right after a question: the question's follow-ups, joined to it; a numbered item
    under the caption is the next question."""
    caption = nodes[n]
    # the question before it: the item before, or the last one under the caption before (the list's numbering
    # nests the next question under the previous caption)
    asked = [
        m
        for m in (nodes[n - 1].walk() if n else ())
        if m.kind is NodeKind.ITEM and m.ordered and out.get(m.id, Label(Role.IGNORED)).field == "interview_questions"
    ]
    question = asked[-1] if asked else None
    if (
        question is None
        or caption.kind not in (NodeKind.PARAGRAPH, NodeKind.HEADING)
        or not caption.children
        or not FOLLOW_UP.match(caption.text)
    ):
        return False
    out[caption.id] = Label(Role.STRUCTURE, ("a caption over the question's follow-ups",), competency=state.owner)
    asking = replace(state, field="interview_questions", top=False, by_content=True)
    for child in caption.children:
        if child.kind is NodeKind.ITEM and not child.ordered and child.text:
            _join_follow_up(out, question, child, state)
        else:
            _content(child, asking, vocab, out)
    return True


def _first_text_index(nodes: tuple[Node, ...]) -> int:
    return next((i for i, n in enumerate(nodes) if n.text), 0)


def _content(node: Node, state: InForce, vocab: Vocabulary, out: dict[int, Label]) -> None:
    """A paragraph, label or item with the field in force (or none)."""
    if node.id in out:
        return
    if not node.text:
        return
    field = state.field
    if node.term and node.body and left_to_fill(node.body) or blank_form_line(node.text):
        out[node.id] = Label(
            Role.STRUCTURE, ("a form field to fill in (no text after its label)",), competency=state.owner
        )
        return
    if node.kind is NodeKind.PARAGRAPH and not node.children and node.text.endswith(":") and short_phrase(node.text, 6):
        # "Situation and/or Task:", "Result:" with nothing after them: a form's fields to write in, no text
        out[node.id] = Label(
            Role.STRUCTURE, ("a caption with nothing under it (a form's field)",), competency=state.owner
        )
        return
    if (
        node.kind is NodeKind.PARAGRAPH
        and node.children
        and (caption(node.text, vocab) or node.text.endswith((":", "…", "...")) or shaped_caption(node))
    ):
        out[node.id] = Label(Role.STRUCTURE, ("a caption over a list",), competency=state.owner)
        if any(c.kind is NodeKind.TABLE for c in node.children):
            _children(node.children, replace(state, top=False), vocab, out)  # a caption over a table: read it
            return
        named = field_word(node.text, vocab) if shaped_caption(node) else None
        if named == "levels" and parse_level(node.text, vocab) is None:
            named = None  # "Officers at this level:" over what they do: the level is said elsewhere, no label here
        inner = state if state.field else replace(state, field=named or list_field(node.children), by_content=True)
        if addition_group(node.text):
            inner = replace(inner, group=addition_group(node.text))
        for child in node.children:
            _content(child, replace(inner, top=False), vocab, out)
        return
    if field is None:
        named = related_sentence(node.text, vocab)
        if named and split_related(named):
            out[node.id] = Label(
                Role.CONTENT,
                ("a sentence naming related competencies",),
                field="related",
                text=named,
                competency=state.owner,
            )
        elif node.term and node.body and IDENTIFIER.fullmatch(node.body.strip()):
            # "NICE Framework ID: NF-COM-004", "Unit code: BSBLDR411": the entry's identifier, no narrative
            out[node.id] = Label(Role.STRUCTURE, ("a labelled identifier",), competency=state.owner)
        elif node.term and node.body:
            out[node.id] = Label(
                Role.NOTE,
                (f"a labelled line the vocabulary does not know ({node.term!r})",),
                field="notes",
                competency=state.owner,
            )
        elif note_shaped(node.text):
            out[node.id] = Label(
                Role.NOTE, ("narrative text in no field",), field="notes", group=state.group, competency=state.owner
            )
        else:
            out[node.id] = Label(
                Role.STRUCTURE, ("a short line in no field (an empty heading, a caption)",), competency=state.owner
            )
        return
    if node.kind is NodeKind.ITEM and node.children:
        # (a short item over questions, "Degree of delegation versus direction", is their group, no question)
        if field == "interview_questions" and (is_question(node.text) or not heads_its_list(node)):
            follow = " ".join(c.text for c in node.walk() if c is not node and c.text)
            out[node.id] = Label(
                Role.CONTENT,
                ("a question with its follow-ups",),
                field=field,
                group=state.group,
                text=f"{node.text} {follow}".strip(),
                competency=state.owner,
            )
            for c in node.walk():
                if c is not node:
                    out[c.id] = Label(Role.STRUCTURE, FOLLOWS_A_QUESTION, competency=state.owner)
            return
        if heads_its_list(node) or numbered_over_list(node, field) or lead_into_list(node):
            name = heading_text(node.text)
            out[node.id] = Label(
                Role.GROUP, ("a short item heading a list of its own",), name=name, competency=state.owner
            )
            for child in node.children:
                _content(child, replace(state, group=name), vocab, out)
            return
    tagged = format_field(node.text) if field in RESOURCE_FIELDS and node.kind is NodeKind.ITEM else None
    if tagged is not None:
        # "Writing in Plain Language (Article)": a reading, "... (E-Course)" a course, "... (Video)" an activity
        text = untagged(node.text) if tagged == "readings" else None
        out[node.id] = Label(
            Role.CONTENT, ("a resource tagged with its format",), field=tagged, text=text, competency=state.owner
        )
        return
    if field == "levels" and node.term and node.body and not node.children:
        # a labelled line among the levels whose term is no level of any scale: "Satisfactory: Assesses routine
        # situations ..." under "Performance Levels:" states a standard, grouped by its label; "Benchmark: Stage II
        # for Cashiers ..." says something of the levels, a note. Either way its text is kept.
        if is_behaviour(node.body) and len(node.body.split()) >= MIN_STATEMENT_WORDS:
            out[node.id] = Label(
                Role.CONTENT,
                (f"a labelled statement among the levels naming no level ({node.term!r})",),
                field="indicators",
                group=heading_text(node.term),
                text=node.body,
                competency=state.owner,
            )
        else:
            out[node.id] = Label(
                Role.NOTE,
                (f"a labelled line among the levels naming no level ({node.term!r})",),
                field="notes",
                competency=state.owner,
            )
        return
    role = Role.DEFINITION if field == "definition" else Role.CONTENT
    out[node.id] = Label(
        role, (f"text of the {field.replace('_', ' ')}",), field=field, group=state.group, competency=state.owner
    )
    for child in node.children:
        _content(child, state, vocab, out)


RESOURCE_FIELDS = {"activities", "courses", "readings", "indicators"}
MIN_STATEMENT_WORDS = 5  # "Band: Working Styles" labels the entry; a standard's statement says what the holder does


def _defined_in_the_imperative(before: tuple[Node, ...], out: dict[int, Label]) -> bool:
    """Is the competency defined, right above its list, by a statement in the imperative ("Work with individuals
    and groups in a professional way")? Then the list's imperatives go on stating what the holder does ("Communicate
    promptly"), as a standard's do; advice stands under a development heading, below a definition in the third
    person."""
    defined = [n for n in before if n.id in out and out[n.id].role is Role.DEFINITION and n.text]
    return bool(defined) and is_imperative(defined[0].text)
