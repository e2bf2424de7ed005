"""Runs of level labels among a node's content: which lines are the levels, and what each level holds."""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract.runs import flat, level_run, level_title

from .helpers import VOCAB, build, bullet, head, heading, item, line, para, paragraph, records, tree


def levels(root, vocab=VOCAB):
    """(label, order, body, content texts) of each level of the root's run."""
    return [
        (e.level.label, e.level.order, e.body, [c.text for c in e.content]) for e in level_run(root.children, vocab)
    ]


def test_labels_on_lines_of_their_own_hold_the_lines_after_them():
    root = build(
        paragraph("Level 1"),
        item("Listens to others."),
        item("Asks questions."),
        paragraph("Level 2"),
        item("Leads meetings."),
    )
    assert levels(root) == [
        ("Level 1", 1, "", ["Listens to others.", "Asks questions."]),
        ("Level 2", 2, "", ["Leads meetings."]),
    ]


def test_a_heading_closes_the_levels():
    root = tree(para("Level 1"), bullet("Listens."), head("Next section", para("Other text.")), para("Level 2"))
    assert levels(root) == [("Level 1", 1, "", ["Listens."]), ("Level 2", 2, "", [])]


def test_a_short_heading_like_line_closes_the_levels():
    root = tree(para("Level 1"), bullet("Listens."), para("Level 2"), bullet("Leads."), para("Closing line"))
    assert levels(root)[-1] == ("Level 2", 2, "", ["Leads."])


def test_a_section_label_closes_the_levels():
    root = tree(para("Level 1"), bullet("Listens."), line("Related competencies", "Teamwork"), bullet("Other."))
    assert levels(root) == [("Level 1", 1, "", ["Listens."])]


def test_the_text_after_a_levels_list_is_not_its_behaviour():
    root = tree(para("Level 1"), bullet("Listens."), para("A longer remark that follows the list of the level."))
    assert levels(root) == [("Level 1", 1, "", ["Listens."])]


def test_a_label_heading_its_content_holds_all_of_it():
    root = tree(head("Level 1", para("Listens to others."), bullet("Asks.")), head("Level 2", para("Leads.")))
    assert levels(root) == [("Level 1", 1, "", ["Listens to others.", "Asks."]), ("Level 2", 2, "", ["Leads."])]


def test_a_labelled_line_gives_its_level_a_first_behaviour():
    root = tree(line("Level 1", "Listens to others."), line("Level 2", "Leads meetings."))
    assert levels(root) == [("Level 1", 1, "Listens to others.", []), ("Level 2", 2, "Leads meetings.", [])]


def test_a_pane_heading_repeating_its_label_is_one_level_keeping_the_fuller_label():
    root = tree(
        head("Level 1 - Awareness", para("Level 1"), bullet("Listens.")),
        head("Level 2 - Practice", para("Level 2"), bullet("Leads.")),
    )
    run = level_run(root.children, VOCAB)
    assert [(e.level.label, [d.text for d in e.duplicates]) for e in run] == [
        ("Level 1 - Awareness", ["Level 1"]),
        ("Level 2 - Practice", ["Level 2"]),
    ]
    assert [[c.text for c in e.content] for e in run] == [["Listens."], ["Leads."]]


def test_the_same_label_on_further_lines_each_with_a_behaviour_is_one_level():
    root = tree(
        line("Junior to Mid", "Listens to others.", sep=" –"),
        line("Junior to Mid", "Asks questions.", sep=" –"),
        line("Mid to Senior", "Leads meetings.", sep=" –"),
    )
    run = level_run(root.children, VOCAB)
    assert [(e.level.label, e.body, [b for _, b in e.repeats]) for e in run] == [
        ("Junior to Mid", "Listens to others.", ["Asks questions."]),
        ("Mid to Senior", "Leads meetings.", []),
    ]


def test_labels_that_form_no_scale_are_no_run():
    assert levels(tree(para("Level 1"), bullet("Listens."), para("Level 3"), bullet("Leads."), para("Level 2"))) == []
    assert levels(tree(para("Advanced"), bullet("Leads."))) == []  # one name alone is no level
    assert levels(tree(para("Level 3"), bullet("Leads."))) == [("Level 3", 3, "", ["Leads."])]  # it says "Level"


def test_a_heading_after_an_empty_level_heading_of_its_style_is_the_levels_title():
    root = tree(
        head("Level 1", rank=2, style="h2"),
        head("Analyzes information", bullet("Reads data."), rank=2, style="h2"),
        head("Level 2", rank=2, style="h2"),
        head("Synthesizes information", bullet("Builds models."), rank=2, style="h2"),
    )
    assert levels(root) == [
        ("Level 1", 1, "", ["Analyzes information"]),
        ("Level 2", 2, "", ["Synthesizes information"]),
    ]
    first, second, third = root.children[:3]
    assert level_title(first, second, VOCAB)
    assert not level_title(second, third, VOCAB)  # a level is no title


def test_an_indicators_heading_printed_after_every_level_belongs_to_the_level_above_it():
    root = tree(
        head("Level A"),
        head("Positive indicators", bullet("Listens.")),
        head("Level B"),
        head("Positive indicators", bullet("Leads.")),
    )
    assert levels(root) == [("Level A", 1, "", ["Positive indicators"]), ("Level B", 2, "", ["Positive indicators"])]


def test_a_levels_own_overview_under_its_heading_is_its_content_not_the_competencys_definition():
    """ "Level 1 – The Beginner" over "Overview", "Skills": what the level is like, not the competency's sections."""
    root = tree(
        head(
            "Level 1",
            head("Overview", para("A beginner has just moved into the role."), rank=2, style="h2"),
            head("Skills", bullet("Asks few questions."), rank=2, style="h2"),
        ),
        head("Level 2", head("Overview", para("A novice has some experience."), rank=2, style="h2")),
    )
    assert levels(root) == [("Level 1", 1, "", ["Overview", "Skills"]), ("Level 2", 2, "", ["Overview"])]


def test_a_definition_heading_after_a_level_label_of_its_own_closes_the_levels():
    root = tree(head("Level 1", bullet("Listens.")), head("Level 2", bullet("Leads.")), head("Definition"))
    assert levels(root) == [("Level 1", 1, "", ["Listens."]), ("Level 2", 2, "", ["Leads."])]


def ordered(text, number, *children):
    return bullet(text, *children, ordered=True, marker=f"{number}.")


def test_an_ordered_list_counted_1_2_3_over_lists_of_behaviours_is_a_run_of_levels():
    root = tree(
        ordered("Getting started", 1, bullet("Listens to others."), bullet("Asks questions.")),
        ordered("Building skill", 2, bullet("Leads meetings.")),
        ordered("Leading others", 3, bullet("Coaches others.")),
    )
    assert levels(root) == [
        ("Getting started", 1, "", ["Listens to others.", "Asks questions."]),
        ("Building skill", 2, "", ["Leads meetings."]),
        ("Leading others", 3, "", ["Coaches others."]),
    ]


def test_an_ordered_list_with_a_gap_no_sub_lists_or_advice_below_is_no_run():
    assert (
        levels(tree(ordered("Getting started", 1, bullet("Listens.")), ordered("Building", 3, bullet("Leads.")))) == []
    )
    assert levels(tree(ordered("Getting started", 1), ordered("Building skill", 2))) == []
    assert levels(tree(ordered("Plan", 1, bullet("Make a plan.")), ordered("Act", 2, bullet("Do it now.")))) == []


def numbered_heads(*titled):
    return tree(*(head(text, *kids, rank=2, style="bold") for text, *kids in titled))


TITLED = [
    ("1 – Cooperates", bullet("Shares information.")),
    ("2 – Expresses Positive Expectations", bullet("Speaks well of others.")),
    ("3 – Solicits Input", bullet("Asks for ideas.")),
]


def test_three_numbered_sibling_headings_over_behaviours_are_a_titled_scale():
    assert [(label, order) for label, order, _, _ in levels(numbered_heads(*TITLED))] == [
        ("1 – Cooperates", 1),
        ("2 – Expresses Positive Expectations", 2),
        ("3 – Solicits Input", 3),
    ]


def test_numbered_headings_are_no_scale_when_too_few_enumerated_defined_or_over_advice():
    assert levels(numbered_heads(*TITLED[:2])) == []
    assert levels(numbered_heads(*TITLED), replace(VOCAB, enumerated_styles=frozenset({"bold"}))) == []
    defined = [(TITLED[0][0], line("Definition", "Works with others."), TITLED[0][1]), *TITLED[1:]]
    assert levels(numbered_heads(*defined)) == []
    advice = [(text, bullet("Ask for ideas.")) for text, _ in TITLED]
    assert levels(numbered_heads(*advice)) == []


def test_flat_descends_into_level_labels_only():
    assert [n.text for n in flat(tree(head("Level 1", para("a"), para("b")), para("c")).children, VOCAB)] == [
        "Level 1",
        "a",
        "b",
        "c",
    ]
    assert [n.text for n in flat(tree(head("Teamwork", para("a")), para("c")).children, VOCAB)] == ["Teamwork", "c"]


def test_a_level_list_item_ends_its_behaviours_with_the_list():
    root = build(item("Level 1", marker="-"), item("Listens.", depth=1), paragraph("Text after."), heading("Other"))
    assert levels(root) == [("Level 1", 1, "", ["Listens."])]


def test_one_scale_printed_again_for_each_aspect_is_one_run_with_every_pass():
    # "Phase I / II / III", one behaviour each, printed again for the next aspect of the competency
    root = tree(
        line("Phase I", "Follows instructions."),
        line("Phase II", "Works on own."),
        line("Phase III", "Guides others."),
        line("Phase I", "Asks for help."),
        line("Phase II", "Solves problems."),
        line("Phase III", "Resolves complex issues."),
    )
    run = level_run(root.children, VOCAB)
    assert [(e.level.label, e.body) for e in run] == [
        ("Phase I", "Follows instructions."),
        ("Phase II", "Works on own."),
        ("Phase III", "Guides others."),
        ("Phase I", "Asks for help."),
        ("Phase II", "Solves problems."),
        ("Phase III", "Resolves complex issues."),
    ]


def test_a_scale_printed_again_needs_each_label_to_carry_its_behaviour_and_each_pass_to_be_a_scale():
    # labels on lines of their own, printed twice: two competencies' levels, not one competency's
    assert levels(tree(para("Level 1"), bullet("A."), para("Level 2"), bullet("B."), para("Level 1"))) == []
    mixed = tree(line("Level 1", "A."), line("Level 3", "B."), line("Level 2", "C."), line("Level 1", "D."))
    assert level_run(mixed.children, VOCAB) == []


def test_a_pane_heading_adding_only_a_section_word_keeps_the_shorter_label():
    root = tree(
        head("Level 2", head("Level 2 Descriptors", bullet("Leads."), rank=2, style="h3")),
        head("Level 1", head("Level 1 Descriptors", bullet("Listens."), rank=2, style="h3")),
    )
    run = level_run(root.children, VOCAB)
    assert [(e.level.label, [c.text for c in e.content]) for e in run] == [
        ("Level 2", ["Leads."]),
        ("Level 1", ["Listens."]),
    ]


def test_a_ladder_running_from_one_family_of_grades_into_the_next_is_ranked_by_print_order():
    def capability(name: str):
        parts = [heading(name, 3), paragraph(f"{name} well, in every part of the audit work we do.")]
        for grade in ("APS 5", "APS 6", "EL 1", "EL 2"):
            parts += [heading(grade, 4, bold=True), item(f"Shows {name.lower()} at {grade}.")]
        return parts

    out = records(heading("Core Capability Framework", 2), *capability("Communicates"), *capability("Delivers"))
    assert [[(lv.rank, lv.label) for lv in c.levels] for c in out] == [
        [(1, "APS 5"), (2, "APS 6"), (3, "EL 1"), (4, "EL 2")]
    ] * 2


def test_a_caption_naming_another_field_over_its_list_closes_the_levels():
    reading = para("Further reading:", bullet("Covey, S. (1989). The 7 Habits. Free Press."))
    root = tree(line("Level 1", "Listens to others."), line("Level 2", "Leads meetings."), reading)
    assert levels(root) == [("Level 1", 1, "Listens to others.", []), ("Level 2", 2, "Leads meetings.", [])]
    # a caption of the levels' own ("Look for:") keeps its list in the level
    look = para("Examples include:", bullet("Chairs a meeting."))
    assert levels(tree(line("Level 1", "Listens."), line("Level 2", "Leads."), look))[-1][3] == ["Examples include:"]


def test_labelled_items_whose_text_is_each_a_course_are_no_levels():
    """OSU: "LC I: Emergence & Managers as Leaders (LDP 110) – 4 half-day sessions", "LC III: ...": the courses of
    a programme's stages, listed as what develops the competency, not its levels."""
    root = build(
        item("Level 1: Emergence & Managers as Leaders (LDP 110) – 4 half-day sessions, in person"),
        item("Level 3: Inclusive Excellence by Design (LDP 310) – 5 half-day sessions, hybrid"),
    )
    assert levels(root) == []
    behaviours = build(item("Level 1: Shares information with the team."), item("Level 2: Leads the team's work."))
    assert [label for label, *_ in levels(behaviours)] == ["Level 1", "Level 2"]


def test_a_step_named_with_its_initials_like_the_levels_before_them_is_the_lowest_level():
    """UBC: "Being Developed (BD): ..." before "Basic (B): ...", "Intermediate (I): ...", "Expert (E): ...": a step
    the vocabulary does not know, named as the others are."""
    root = tree(
        line("Being Developed (BD)", "Asks questions."),
        line("Basic (B)", "Tests assumptions."),
        line("Intermediate (I)", "Sets objectives."),
        line("Expert (E)", "Defines strategy."),
    )
    assert [(label, order) for label, order, _, _ in levels(root)] == [
        ("Being Developed (BD)", 0),
        ("Basic (B)", 1),
        ("Intermediate (I)", 2),
        ("Expert (E)", 5),
    ]
    # brackets that are no initials of the name ("Coaching (CX)") add no step
    other = tree(line("Coaching (CX)", "Asks."), line("Basic (B)", "Tests."), line("Expert (E)", "Defines."))
    assert [label for label, _, _, _ in levels(other)] == ["Basic (B)", "Expert (E)"]


def test_sub_headings_whose_lists_each_add_to_the_ones_before_are_levels_in_print_order():
    """Victoria's mental health workforce capabilities: "Whole-of-workforce" over "All workers:", then "Care,
    support and treatment professionals" over "In addition to the whole-of-workforce capabilities, ...:"."""
    root = build(
        heading("Capability in practice"),
        heading("Whole-of-workforce", 2),
        paragraph("All workers:"),
        item("understand what trauma is"),
        heading("Care, support and treatment professionals", 2),
        paragraph("In addition to the whole-of-workforce capabilities, these professionals:"),
        item("ask about experiences of trauma sensitively"),
    )
    run = level_run(root.children[0].children, VOCAB)
    assert [(e.level.label, e.level.order) for e in run] == [
        ("Whole-of-workforce", 1.0),
        ("Care, support and treatment professionals", 2.0),
    ]
