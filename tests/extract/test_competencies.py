"""Which nodes are competencies (by what they hold and by their siblings), and what each one's scope is."""

from __future__ import annotations

import pytest

from pipeline.extract.competencies import find_competencies, following_table, table_competencies
from pipeline.extract.entry_lines import definition_dictionary
from pipeline.extract.nodes import level_of, title_of
from pipeline.extract.recurring import recurring_scales
from pipeline.extract.scale import with_scales
from pipeline.extract.table_layout import cell_text
from pipeline.model.tree import Role

from .helpers import (
    VOCAB,
    build,
    extracted,
    grid,
    head,
    heading,
    item,
    label_of,
    labelled,
    numbered,
    para,
    paragraph,
    records,
    table,
    texts,
    tree,
)

DEFINITION = "The ability to work with others toward shared goals."


def found(*parts, root=None):
    """(name, scope texts) of each competency found."""
    root = root if root is not None else build(*parts)
    return [(title_of(f.node), [n.text for n in f.scope]) for f in find_competencies(root, VOCAB)]


def names(*parts, root=None):
    return [name for name, _ in found(*parts, root=root)]


def levels():
    return [paragraph("Level 1"), item("Hears others."), paragraph("Level 2"), item("Listens well.")]


def test_a_heading_over_a_run_of_levels_is_a_competency_with_its_content_as_scope():
    # the labels' bullets hang under them (a short line right over a list captions it)
    assert found(heading("Teamwork"), *levels()) == [("Teamwork", ["Level 1", "Level 2"])]
    (entry,) = find_competencies(build(heading("Teamwork"), *levels()), VOCAB)
    assert [n.text for s in entry.scope for n in s.walk()] == ["Level 1", "Hears others.", "Level 2", "Listens well."]


def test_a_heading_over_a_section_the_vocabulary_knows_is_a_competency():
    assert names(heading("Teamwork"), heading("Key Behaviours", 2), item("Shares information.")) == ["Teamwork"]


def test_a_heading_over_a_definition_and_a_list_of_behaviours_is_a_competency():
    (comp,) = find_competencies(
        build(heading("Teamwork"), paragraph(DEFINITION), item("Shares information."), item("Supports decisions.")),
        VOCAB,
    )
    assert (title_of(comp.node), comp.has_definition, comp.strong) == ("Teamwork", True, False)


@pytest.mark.parametrize(
    "content",
    [
        [paragraph(DEFINITION)],  # a definition alone is thin evidence
        [paragraph("Some notes here."), item("Apples"), item("Pears")],  # no behaviours
    ],
)
def test_a_heading_over_thin_or_no_evidence_is_no_competency(content):
    assert found(heading("Teamwork"), *content) == []


def test_a_heading_holding_several_competencies_is_their_container():
    assert names(
        heading("Core Competencies"),
        heading("Teamwork", 2),
        paragraph(DEFINITION),
        heading("Key Behaviours", 3),
        item("Shares."),
        heading("Integrity", 2),
        paragraph("The commitment to act honestly."),
        heading("Key Behaviours", 3),
        item("Keeps promises."),
    ) == ["Teamwork", "Integrity"]


def test_a_defined_heading_over_one_undefined_competency_is_that_competency():
    assert found(heading("Teamwork"), paragraph(DEFINITION), heading("Listening well", 2), *levels()) == [
        ("Teamwork", [DEFINITION, "Listening well"])  # the inner heading is a group of its behaviours
    ]


def test_a_heading_over_one_defined_competency_is_its_title():
    inner = [heading("Listening well", 2), paragraph("The ability to listen to others with care."), *levels()]
    assert names(heading("Framework of Skills"), *inner) == ["Listening well"]


def test_a_heading_whose_name_the_inner_one_extends_is_the_competency():
    inner = [heading("Communication Skills", 2), paragraph("The ability to listen to others with care."), *levels()]
    assert found(heading("Communication"), *inner) == [("Communication", ["Communication Skills"])]


def test_a_later_sibling_of_a_competencys_shape_with_content_is_a_dictionary_entry():
    assert names(
        heading("Teamwork", 2),
        paragraph(DEFINITION),
        heading("Key Behaviours", 3),
        item("Shares."),
        heading("Integrity", 2),
        paragraph("The commitment to act honestly at all times."),
        heading("Openness", 2),
        paragraph("The willingness to share ideas."),
        heading("Key Behaviours", 3),
        item("Shares ideas."),
    ) == ["Teamwork", "Integrity", "Openness"]


def test_the_last_dictionary_entry_with_only_a_definition_is_a_competency_of_its_own():
    assert names(
        heading("Teamwork", 2),
        paragraph(DEFINITION),
        heading("Key Behaviours", 3),
        item("Shares."),
        heading("Integrity", 2),
        paragraph("The commitment to act honestly at all times."),
    ) == ["Teamwork", "Integrity"]


def test_in_a_flat_layout_a_competency_takes_the_headings_of_its_rank_up_to_one_with_strong_evidence():
    def rated(*behaviours):
        return (para("Level 1"), para(behaviours[0]), para("Level 2"), para(behaviours[1]))

    root = tree(
        head("Teamwork", *rated("Shares information.", "Builds teams.")),
        head("Key Behaviours", para("Shares information.")),
        head("Why it matters", para("Teams deliver more.")),
        head("Integrity", *rated("Keeps promises.", "Models ethics.")),
    )
    assert found(root=root) == [
        (
            "Teamwork",
            ["Level 1", "Shares information.", "Level 2", "Builds teams.", "Key Behaviours", "Why it matters"],
        ),
        ("Integrity", ["Level 1", "Keeps promises.", "Level 2", "Models ethics."]),
    ]


def test_headings_of_the_entries_style_are_entries_wherever_they_stand():
    assert names(
        heading("Cluster A", 1),
        heading("Teamwork", 2),
        heading("Key Behaviours", 3),
        item("Shares."),
        heading("Integrity", 2),
        heading("Key Behaviours", 3),
        item("Keeps promises."),
        heading("Cluster B", 1),
        paragraph("Some introduction."),
        heading("Openness", 2),
        paragraph("The willingness to share ideas with others."),
    ) == ["Teamwork", "Integrity", "Openness"]


def test_name_and_definition_lines_are_competencies_up_to_the_next_one():
    assert found(
        paragraph("Teamwork - The ability to work with others toward shared goals."),
        item("Shares information."),
        paragraph("Integrity - The commitment to act honestly at all times."),
        item("Keeps promises."),
    ) == [("Teamwork", ["Shares information."]), ("Integrity", ["Keeps promises."])]


def test_one_name_and_definition_line_is_not_enough():
    assert found(paragraph("Teamwork - The ability to work with others toward shared goals."), item("Shares.")) == []


def test_numbered_lines_under_a_heading_name_entries_with_their_content():
    assert found(
        heading("Core Values"),
        paragraph("Our values are below."),
        numbered("People First", 1),
        paragraph("We put people first in everything we do."),
        item("Listens to staff."),
        item("Supports staff."),
        numbered("Integrity", 2),
        paragraph("We act honestly at all times with others."),
        item("Keeps promises."),
        item("Admits mistakes."),
    ) == [
        ("People First", ["We put people first in everything we do.", "Listens to staff.", "Supports staff."]),
        ("Integrity", ["We act honestly at all times with others.", "Keeps promises.", "Admits mistakes."]),
    ]


def test_three_headings_of_one_style_over_definitions_only_are_a_dictionary_of_definitions():
    (first, *_) = find_competencies(
        build(
            heading("Glossary of skills"),
            heading("Teamwork", 2),
            paragraph(DEFINITION),
            heading("Integrity", 2),
            paragraph("The commitment to act honestly at all times."),
            heading("Openness", 2),
            paragraph("The willingness to share ideas and hear others."),
        ),
        VOCAB,
    )
    assert (title_of(first.node), first.strong, first.has_definition) == ("Teamwork", False, True)


def test_a_saved_pages_entries_between_its_menus_and_its_footer_are_a_dictionary_of_definitions():
    """SHRI, saved as text: menu headings, "The Competency Framework" over its introduction, four entries each over
    its paragraph, then "Download the Competency Framework (PDF)" and the footer's headings."""
    root = build(
        heading("About SHRI"),
        paragraph("Membership"),
        paragraph("Events"),
        heading("The Competency Framework"),
        paragraph("The framework organises and defines the competencies an HR professional needs."),
        heading("Core Attributes"),
        paragraph("The core attributes describe the basic traits an HR professional needs to perform well."),
        heading("Strategic Business Partner"),
        paragraph("This competency describes the skills to play a strategic part in the business."),
        heading("Functional / Technical"),
        paragraph("HR professionals help the business achieve its objectives through their expertise."),
        heading("Download the Competency Framework (PDF)"),
        heading("Quick Links"),
        paragraph("Privacy Policy | Terms of Use"),
    )
    assert [n for n, _ in found(root=root)] == [
        "Core Attributes",
        "Strategic Business Partner",
        "Functional / Technical",
    ]
    # without a title naming the framework before them, the same run among menus is no dictionary
    untitled = build(
        heading("About us"),
        paragraph("Membership"),
        heading("Core Attributes"),
        paragraph("The core attributes describe the basic traits an HR professional needs to perform well."),
        heading("Strategic Business Partner"),
        paragraph("This competency describes the skills to play a strategic part in the business."),
        heading("Functional / Technical"),
        paragraph("HR professionals help the business achieve its objectives through their expertise."),
        heading("Download (PDF)"),
    )
    assert found(root=untitled) == []


def test_headings_naming_a_scales_levels_in_order_over_a_paragraph_each_are_no_dictionary():
    """CUPA-HR, exported as text: "Awareness", "Application", "Mastery" under "Proficiency indicators", each over
    one paragraph: one competency's levels, however much each paragraph reads like a definition."""
    levels = (
        heading("Awareness", 3),
        paragraph("Understands why trust matters in HR work and knows the main stakeholder groups on campus."),
        heading("Application", 3),
        paragraph("Builds working relationships with the department heads and faculty leaders without any prompting."),
        heading("Mastery", 3),
        paragraph("Is sought out by senior leaders as a trusted adviser and builds alliances across the campus."),
    )
    vocab = with_scales(VOCAB, [{"awareness": 0, "application": 1, "mastery": 2}])  # the document's own scale
    assert definition_dictionary(build(heading("Glossary of skills"), *levels).children[0].children, vocab) == []
    # the same headings out of order are names (three competencies each named like a level)
    shuffled = levels[2:4] + levels[:2] + levels[4:]
    found = definition_dictionary(build(heading("Glossary of skills"), *shuffled).children[0].children, vocab)
    assert [title_of(f.node) for f in found] == ["Application", "Awareness", "Mastery"]


def test_named_lines_inside_a_section_every_entry_repeats_are_its_items_not_entries():
    """IFoA: "Communication" > "Specific Skills" > "Report Writing: Able to produce ...", and so under every name:
    the lines are skills of that section of the entry."""
    entries = []
    for name, skill in (("Communication", "Report Writing"), ("Stakeholder Management", "Challenge")):
        entries += [
            heading(name, 2),
            heading("Key Skills", 3),
            paragraph("Able to build and keep effective working relationships with the Board and management."),
            heading("Specific Skills", 3),
            paragraph(f"{skill}: Able to do this well in every report and meeting with the Board."),
            paragraph("Independence: Able to keep professional independence within the firm."),
        ]
    assert names(heading("Chief Actuary"), *entries) == ["Communication", "Stakeholder Management"]


def test_numbered_name_and_definition_lines_take_the_level_headings_below_them():
    """AUBMC: "1. Achievement Orientation: Owning ..." over bold "Level 1: Follow basic instructions" lines set as
    headings, each over its bullets: the levels are the entry's."""
    entries = []
    for k, (name, definition) in enumerate(
        (
            ("Achievement Orientation", "Owning assigned work and committing to deliver the expected result."),
            ("Client Focus", "Recognizing the present and future needs of clients and responding to them."),
        )
    ):
        entries += [
            numbered(f"{name}: {definition}", k + 1),
            heading("Level 1: Follow basic instructions", 2),
            item("Observes the work rules."),
            heading("Level 2: Complete routine tasks independently", 2),
            item("Carries out routine tasks with little direction."),
        ]
    found = records(heading("Core Competencies:"), *entries)
    assert [(r.name, len(r.levels)) for r in found] == [("Achievement Orientation", 2), ("Client Focus", 2)]


def test_outline_items_worded_alike_over_lists_are_entries_however_long_their_names():
    """EJTA: "The competence to find relevant topics and angles" over "know current affairs ...", and beside it
    "The competence to reflect on the role of journalism in society", a name of eleven words."""
    parts = [heading("Tartu Declaration")]
    for k, name in enumerate(
        (
            "The competence to reflect on the role of journalism in society",
            "The competence to find relevant topics and angles",
            "The competence to plan and organise journalistic work",
        )
    ):
        parts += [
            numbered(name, k + 1, bold=True),
            numbered("have a commitment to a democratic society", 1, depth=1),
            numbered("know the legal framework within which journalism operates", 2, depth=1),
        ]
    assert len(names(*parts)) == 3
    # what each lists goes on with its name's sentence: what the holder does, not advice to do it
    assert [len(r.indicators) for r in records(*parts)] == [2, 2, 2]


def test_a_title_over_nothing_inside_a_competency_with_levels_is_no_competency_of_its_own():
    """AAVMC: "Competency 5.2 Communicates with the team ..." (11pt) over its table of milestones, then the next
    page's "DOMAIN 5: COMMUNICATION" set smaller, so nested inside it, over nothing."""
    levels = table([["Novice", "Competent", "Proficient"], ["Takes a history.", "Manages it.", "Handles it."]])
    root = build(
        heading("CBVE Milestones"),
        heading("Competency 5.1 Communicates with clients and the public", 2),
        levels,
        heading("DOMAIN 5: COMMUNICATION", 3),
        heading("Competency 5.2 Communicates with the veterinary team", 2),
        levels,
    )
    assert names(root=root) == [
        "Competency 5.1 Communicates with clients and the public",
        "Competency 5.2 Communicates with the veterinary team",
    ]


def test_level_headings_over_headings_that_define_competencies_with_sections_are_their_clusters():
    """PEAK: "Phase I: Pre-Grant", "Phase II: Award" under the model's title, each over competencies with a
    definition and sections of indicators: phases grouping competencies, no levels of the title."""
    parts = [heading("Grants Management Competency Model"), paragraph("The model sets out what we expect.")]
    for phase, names_ in (
        ("Phase I: Pre-Grant", ("Conduct Due Diligence", "Review Proposals")),
        ("Phase II: Award", ("Manage Agreements", "Monitor Progress")),
    ):
        parts += [heading(phase, 2), paragraph("Competencies used in this phase.")]
        for name in names_:
            parts += [
                heading(name, 3),
                paragraph(f"The ability to {name.lower()} well and on time."),
                heading("Key Behaviours", 4),
                item("Collects the documents required."),
                item("Records the findings in the file."),
            ]
    assert names(*parts) == ["Conduct Due Diligence", "Review Proposals", "Manage Agreements", "Monitor Progress"]


def test_a_heading_of_the_entries_style_over_a_list_of_the_headings_after_it_is_the_pages_title():
    """IFoA, as text: "Chief Actuary" over an introduction and a list of the areas ("Business Skills", "Technical
    Skills") whose headings follow, set like the entries: the page's title over its contents, no entry."""
    parts = [
        heading("Chief Actuary"),
        paragraph(
            "The Skill Sets Framework sorts the skills expected of a practising certificate holder into two areas:"
            " Business Skills and Technical Skills."
        ),
        item("Business Skills"),
        item("Technical Skills"),
    ]
    for area, name in (("Business Skills", "Communication"), ("Technical Skills", "Technical Provisions")):
        parts += [heading(area), heading(name), heading("Key Skills")]
        parts += [paragraph("Able to build and keep effective working relationships with the Board and others.")]
        parts += [heading("Specific Skills"), paragraph("Challenge: Able to challenge management constructively.")]
        parts += [paragraph("Escalation: Knows when and how to escalate concerns to the regulator.")]
    found = names(*parts)
    assert "Communication" in found and "Chief Actuary" not in found


def test_lettered_bold_lines_each_over_a_table_of_levels_are_entries_of_the_cluster_heading():
    """GH Hospitality: "2. HUMAN RELATION SKILLS" over "a. Communication" and "b. Leadership" in bold, each over
    its rating table: the lines name the competencies, the heading is their cluster."""
    rating = [
        ["Performance definition", "Rarely listens.", "Listens well.", "Listens and coaches."],
        ["Score", "0", "1", "2"],
    ]
    found = names(
        heading("Self-appraisal"),
        heading("2. HUMAN RELATION SKILLS", 2),
        paragraph("a. Communication", bold=True),
        table(rating),
        paragraph("b. Leadership", bold=True),
        table(rating),
    )
    assert found == ["a. Communication", "b. Leadership"]


def test_a_lone_line_lettered_a_over_a_table_of_levels_is_the_entry_of_its_cluster_heading():
    """GH Hospitality: "1. TECHNICAL COMPETENCIES" over "a. Job Knowledge" alone, and "3. PERSONAL ATTRIBUTES"
    over "a. Grooming and Presentation" and its table, then the form's "Total score: ____ / 25" and "Areas I want
    to improve:" over lines to sign: the lettered lines name the competencies, the form's captions name nothing."""
    rating = [
        ["Performance definition", "Rarely listens.", "Listens well.", "Listens and coaches."],
        ["Score", "0", "1", "2"],
    ]
    found = names(
        heading("Self-appraisal"),
        heading("1. TECHNICAL COMPETENCIES", 2),
        paragraph("a. Job Knowledge", bold=True),
        table(rating),
        heading("3. PERSONAL ATTRIBUTES", 2),
        paragraph("a. Grooming and Presentation", bold=True),
        table(rating),
        heading("Total score: ________ / 25", 3),
        heading("Areas I want to improve:", 3),
        paragraph("Signature: ____________________"),
    )
    assert found == ["a. Job Knowledge", "a. Grooming and Presentation"]


def test_two_headings_over_definitions_only_are_no_dictionary():
    assert (
        found(
            heading("Teamwork", 2),
            paragraph(DEFINITION),
            heading("Integrity", 2),
            paragraph("The commitment to act honestly at all times."),
        )
        == []
    )


def test_a_document_with_evidence_and_no_competency_heading_is_one_competency():
    root = build(paragraph(DEFINITION), heading("Key Behaviours"), item("Shares."))
    (comp,) = find_competencies(root, VOCAB)
    assert comp.node is root


def test_a_document_title_over_one_competencys_sections_still_gives_one_competency():
    root = build(heading("Teamwork Guide"), paragraph(DEFINITION), heading("Key Behaviours", 2), item("Shares."))
    assert len(find_competencies(root, VOCAB)) == 1


def test_a_document_without_evidence_has_no_competency():
    assert found(paragraph("Some text."), item("Apples")) == []


def test_a_front_matter_heading_holds_no_competency():
    assert found(heading("About this guide"), paragraph("This guide explains things."), heading("Level 1", 2)) == []


def test_a_front_matter_heading_may_run_on_into_entries_with_levels_of_their_own():
    assert names(heading("Introduction"), paragraph("Welcome text."), heading("Teamwork", 2), *levels()) == ["Teamwork"]


def outline(*entries):
    out = []
    for name, *behaviours in entries:
        out += [item(name), *(item(b, depth=1) for b in behaviours)]
    return out


OUTLINE = [
    ("Customer Orientation", "Listens to customers.", "Responds to requests."),
    ("Team Work", "Shares information.", "Supports decisions."),
]


def test_outline_items_over_lists_of_behaviours_are_entries():
    assert found(heading("Core Competency Model"), *outline(*OUTLINE)) == [
        ("Customer Orientation", ["Listens to customers.", "Responds to requests."]),
        ("Team Work", ["Shares information.", "Supports decisions."]),
    ]


def test_one_outline_item_is_no_outline_of_entries():
    assert found(heading("Core Competency Model"), *outline(OUTLINE[0])) == []


def test_an_entry_named_like_a_cluster_heading_describes_the_cluster():
    overview = outline(
        ("Self", "Knows own strengths.", "Manages own feelings."), ("Others", "Builds trust.", "Shares credit.")
    )
    clusters = [
        heading("PERSONAL"),
        heading("Self Awareness", 2),
        *levels(),
        heading("Self Control", 2),
        *levels(),
        heading("OTHERS"),
        heading("Trust Building", 2),
        *levels(),
        heading("Sharing", 2),
        *levels(),
    ]
    found_names = names(heading("Introduction"), *overview, *clusters)
    assert "Others" not in found_names  # the heading OTHERS holds competencies
    assert "Self" in found_names  # no heading of that name


def test_a_sections_sub_headings_are_competencies_only_with_evidence_of_their_own():
    questions = [item("Tell me about a time you worked in a team."), item("How do you handle conflict in a team?")]
    assert names(heading("Interview Questions"), heading("Teamwork", 2), *questions) == ["Teamwork"]


def test_a_heading_after_a_level_heading_is_the_levels_title_not_a_competency():
    root = build(
        heading("Teamwork"),
        paragraph(DEFINITION),
        heading("Level 1", 2),
        heading("Analyzes information", 2),
        item("Reads data."),
        heading("Level 2", 2),
        heading("Synthesizes information", 2),
        item("Builds models."),
    )
    assert names(root=root) == ["Teamwork"]


def test_a_title_that_wraps_a_name_over_a_competencys_sections_is_that_competency():
    assert names(
        heading("How to Be a Customer-Focused Organization"),
        paragraph("Some introduction."),
        heading("Suggested Activities", 2),
        item("Ask for feedback."),
    ) == ["How to Be a Customer-Focused Organization"]


# ------------------------------------------------------------------ tables
TSC = [
    ["TSC Title", "Software Testing"],
    ["Proficiency Level 1", "Runs tests."],
    ["Proficiency Level 2", "Plans tests."],
]


def test_a_table_naming_its_competency_owns_what_follows_up_to_a_heading_of_no_known_section():
    root = build(
        heading("Framework"),
        table(TSC),
        heading("Key Behaviours", 2),
        item("Tests code."),
        heading("Other things", 2),
        paragraph("More."),
    )
    ((name, scope),) = [(f.node.kind.value, [n.text for n in f.scope]) for f in find_competencies(root, VOCAB)]
    assert (name, scope) == ("cell", ["", "Key Behaviours"])


def test_following_table_stops_at_the_next_table_naming_a_competency():
    root = tree(grid(*TSC), head("Key Behaviours", para("Tests.")), grid(*TSC), head("Key Behaviours"))
    assert [n.text for n in following_table(root.children[1:], VOCAB)] == ["Key Behaviours"]


def test_a_document_whose_table_names_the_competencies_leaves_them_to_the_labeller():
    rows = [["Competency", "Indicators"], ["Teamwork", "Shares."], ["Integrity", "Keeps promises."]]
    root = build(table(rows, header_row=True))
    assert found(root=root) == []
    assert len(table_competencies(root.children[0], VOCAB)) == 2


def test_a_table_of_levels_names_no_competencies():
    root = build(table([["Level 1", "Hears others."], ["Level 2", "Listens well."]]))
    assert table_competencies(root.children[0], VOCAB) == []


def test_a_sub_heading_that_speaks_of_this_competency_makes_its_heading_one():
    """Duke's entries: "Significance of this competency" over prose, a behaviours heading, "Suggested Readings"."""
    assert names(
        heading("Educator Competencies"),
        heading("Assess and Evaluate Learners", 2),
        heading("Significance of this competency", 3),
        paragraph("Assessment sits at the center of educational practice and shapes how learners grow."),
        heading("Suggested Readings", 3),
        item("Holmboe, E. (2017). Practical Guide to the Evaluation of Clinical Competence. Elsevier."),
    ) == ["Assess and Evaluate Learners"]
    # "this competency framework" speaks of the document, not of an entry
    assert (
        names(
            heading("Introduction"),
            heading("How to read this competency framework", 2),
            paragraph("Each entry has a definition and levels."),
        )
        == []
    )


def test_a_table_of_behaviours_under_a_header_naming_them_makes_its_heading_a_competency():
    """Engineers Australia: "3. Professional and Personal Attributes" over "Element | Indicators of Attainment"."""
    assert names(
        heading("3. Professional and Personal Attributes", 2),
        *table(
            [
                ["Element of Competency", "Indicators of Attainment"],
                [
                    "Ethical conduct.",
                    [item("Shows a commitment to the code of ethics."), item("Accepts accountability.")],
                ],
                ["Effective communication.", [item("Listens to and understands others."), item("Writes clearly.")]],
            ],
            header_row=True,
        ),
    ) == ["3. Professional and Personal Attributes"]  # title_of keeps the number; the record name drops it


def test_in_a_flat_layout_level_headings_of_the_names_style_after_it_are_its_levels():
    """DFID's text: every heading in capitals, "WORKING WITH OTHERS", its definition, then "LEVEL 1" ... "LEVEL 3"."""
    parts = []
    for name in ("WORKING WITH OTHERS", "COMMUNICATING WITH OTHERS"):
        parts += [paragraph(name, gap_before=True), paragraph(DEFINITION)]
        for n in (1, 2, 3):
            parts += [paragraph(f"LEVEL {n}", gap_before=True), item(f"Behaviour {n} of {name.lower()}.")]
    assert names(paragraph("DFID CORE COMPETENCIES", gap_before=True), *parts) == [
        "WORKING WITH OTHERS",
        "COMMUNICATING WITH OTHERS",
    ]


def test_the_same_sub_headings_under_each_capability_are_its_levels_not_competencies():
    """Ulster: "Lead Self", "Lead Others", "Lead Other Leaders" under every capability, each over behaviours."""
    parts = [heading("Bold")]
    for name in ("Capability - Courageous Leadership", "Capability - Think Strategically"):
        parts += [heading(name, 2), paragraph("The capability to raise difficult matters with respect and integrity.")]
        for step in ("Lead Self", "Lead Others", "Lead Other Leaders"):
            parts += [heading(step, 3), item(f"Speaks up when something is wrong ({step.lower()}).")]
    root = build(*parts)
    vocab = recurring_scales(root, VOCAB)
    assert [title_of(f.node) for f in find_competencies(root, vocab)] == [
        "Capability - Courageous Leadership",
        "Capability - Think Strategically",
    ]
    # a single capability with such sub-headings says nothing about a scale
    assert recurring_scales(build(*parts[:9]), VOCAB) is VOCAB


def level_table_page(name, definition, caption="What we expect at each level of leadership", number=0):
    """M.A.G: the name, its definition in large type (a heading), a caption, a table of behaviours by column."""
    steps = ("Leading Self", "Leading Others", "Leading the Business")
    cells = [[[item(f"Works with others when {step.lower()}.")] for step in steps]]
    return [
        heading(name),
        heading(definition, 2),
        paragraph("More about what this looks like in practice across the business."),
        heading(caption, 3),
        *table([list(steps), *cells], number=number, header_row=True),
    ]


def test_a_table_header_recurring_under_a_caption_of_levels_is_a_scale_and_its_caption_the_levels_section():
    parts = level_table_page("Collaborative Leader", "Builds strong partnerships so that we achieve more together.")
    parts += level_table_page("Coaching Leader", "Develops people to reach their full potential.", number=1)
    root = build(*parts)
    vocab = recurring_scales(root, VOCAB)
    assert vocab is not VOCAB
    assert [title_of(f.node) for f in find_competencies(root, vocab)] == ["Collaborative Leader", "Coaching Leader"]
    # one such table says nothing about a scale
    assert recurring_scales(build(*parts[: len(parts) // 2]), VOCAB) is VOCAB


def test_a_recurring_table_header_without_a_caption_of_levels_is_no_scale():
    """ "Knowledge | Skills | Behaviours" under every competency: facets, not the steps of a scale."""
    parts = []
    for n, name in enumerate(("Teamwork", "Planning")):
        parts += [heading(name), paragraph(DEFINITION), heading("What it involves", 2)]
        parts += table([["Knowledge", "Skills", "Behaviours"], ["Team roles", "Chairing", "Listens"]], n, True)
    assert recurring_scales(build(*parts), VOCAB) is VOCAB


def test_a_caption_naming_one_level_over_a_recurring_header_is_a_framework_printed_by_level():
    """Penn State: "Level I Core Competencies" over a table whose columns are the competencies, then "Level II"."""
    parts = []
    for n, level in enumerate(("Level I Core Competencies", "Level II Core Competencies")):
        parts += [heading(f"Level {n + 1}"), heading(level, 2)]
        parts += table([["Effective Knowledge", "Teamwork", "Communication"], ["Knows", "Joins", "Speaks"]], n, True)
    assert recurring_scales(build(*parts), VOCAB) is VOCAB


def test_sub_headings_recurring_under_parents_of_one_name_are_no_scale():
    """Dropbox's ladder: "Results" over "Impact", "Ownership", "Decision Making" under every level's section: those
    sub-headings are competencies printed by level, not the steps of a scale."""
    parts = []
    for level in ("IC1 Software Engineer", "IC2 Software Engineer"):
        parts += [heading(level), heading("Results", 2)]
        for name in ("Impact", "Ownership", "Decision Making"):
            parts += [heading(name, 3), item(f"I deliver on {name.lower()} at {level[:3]}.")]
    assert recurring_scales(build(*parts), VOCAB) is VOCAB


def test_in_a_flat_layout_an_empty_heading_over_a_definition_section_names_an_entry():
    """Plain text, every heading one style: "Organisational Change Leadership", "What It Means", its text,
    "Levels of Proficiency", ..., then the next entry."""
    parts = []
    for name in ("Organisational Change Leadership", "Budget Planning"):
        parts += [
            paragraph(name, gap_before=True),
            paragraph("What It Means", gap_before=True),
            paragraph(f"{DEFINITION} It concerns {name.lower()}."),
            paragraph("Key Behaviours", gap_before=True),
            item("Shares information with the team."),
            item("Supports decisions once they are made."),
        ]
    assert names(heading("Core Competencies"), paragraph("This framework describes the competencies."), *parts) == [
        "Organisational Change Leadership",
        "Budget Planning",
    ]


def test_a_heading_that_names_the_levels_section_is_no_level():
    assert level_of(head("Behaviors by Level"), VOCAB) is None
    assert level_of(head("Level A"), VOCAB) is not None


def test_one_flat_entry_under_an_organisations_name_is_that_entry_unless_more_prominent_headings_follow():
    flat = [
        paragraph("Planning and Organising", gap_before=True),
        paragraph("Definition", gap_before=True),
        paragraph(DEFINITION),
        paragraph("Key Behaviours", gap_before=True),
        item("Plans the work of the unit."),
        item("Sets clear priorities."),
    ]
    assert names(heading("EASTERN WATER BOARD"), *flat) == ["Planning and Organising"]


def test_a_recurring_step_over_one_sentence_between_steps_over_lists_is_a_level_too():
    """Louisiana: "Forming", "Improving", "Successful", "Exceeds", "Exceptional" under every competency; only
    three of them over bullets, the others over one sentence."""
    steps = ("Forming", "Improving", "Successful", "Exceeds", "Exceptional")
    parts = [heading("Competency Model")]
    for name in ("Managing Performance", "Solving Problems"):
        parts += [heading(name, 2)]
        for n, step in enumerate(steps):
            parts += [heading(step, 3), paragraph(f"Shows the competency ({step.lower()}).")]
            if n % 2 == 0:
                parts += [item(f"Sets expectations ({step.lower()}).")]
    vocab = recurring_scales(build(*parts), VOCAB)
    assert vocab.level_scales[-1] == {s.casefold(): n for n, s in enumerate(steps)}
    # two steps over lists are not enough
    few = [p for p in parts if not (p.kind.value == "list_item" and "exceptional" in p.text)]
    assert recurring_scales(build(*few), VOCAB) is VOCAB


def test_definitions_whose_colon_is_part_of_their_prose_still_make_a_dictionary_of_definitions():
    assert names(
        heading("The six competences"),
        heading("Future designer", 2),
        paragraph("Understands the long-term trends that shape the country and sets a clear direction."),
        heading("Achiever", 2),
        paragraph("Turns strategy into results: sets ambitious but realistic goals and organises people."),
        heading("Self-leader", 2),
        paragraph("Knows their own strengths and limits and manages their energy under pressure."),
    ) == ["Future designer", "Achiever", "Self-leader"]


def test_level_headings_of_the_competencys_rank_are_its_levels_up_to_a_back_matter_heading():
    def level(n, behaviour):
        return [heading(f"Level {n}", 2), heading(f"Level {n} Descriptors", 3), item(behaviour)]

    root = build(
        heading("Team Player", 2),
        paragraph(DEFINITION),
        *level(2, "Leads the team."),
        *level(1, "Helps colleagues."),
        heading("Documents", 2),
        paragraph("Competency framework (PDF, 200 KB)."),
    )
    assert found(root=root) == [("Team Player", [DEFINITION, "Level 2", "Level 1"])]


def test_a_heading_of_the_entries_style_before_the_first_or_after_the_last_needs_evidence_of_its_own():
    def entry(name):
        return [heading(name), paragraph(DEFINITION), heading("Interview Questions", 2), item("Tell us about a time.")]

    assert names(
        heading("Interview Tool: Counselling"),
        paragraph("Candidate:"),
        *entry("Interpersonal Rapport"),
        *entry("Self-care"),
        heading("Overall assessment"),
        paragraph("Total (out of 15)"),
    ) == ["Interpersonal Rapport", "Self-care"]


def test_a_heading_of_the_entries_style_inside_a_front_matter_section_is_no_entry():
    def entry(name):
        return [heading(name, 2), paragraph(DEFINITION), heading("Key Behaviours", 3), item("Shares.")]

    assert names(
        heading("About the Competency Catalogue"),
        heading("Catalogue contents", 2),
        paragraph("This catalogue sets out the competencies used in the agency."),
        heading("Competencies"),
        *entry("Adaptability"),
        *entry("Teamwork"),
    ) == ["Adaptability", "Teamwork"]


def test_numbered_entries_over_numbered_statements_under_a_heading_that_is_no_competency_are_entries():
    def entry(n, name, *statements):
        return [
            numbered(name, n),
            *(numbered(s, k, depth=1) for k, s in enumerate(statements, start=1)),
        ]

    assert names(
        heading("Final version"),
        paragraph("A graduate should know and be able to employ:"),
        *entry(1, "Foundations of the Profession", "The ethics of the profession.", "The history of libraries here."),
        *entry(2, "Information Resources", "The lifecycle of recorded knowledge.", "Methods of managing collections."),
    ) == ["Foundations of the Profession", "Information Resources"]


def test_a_heading_after_sections_of_its_own_style_is_one_more_section_of_the_heading_above():
    assert names(
        heading("Indigenous Acumen"),
        heading("Competency statement", 2),
        paragraph("I deepen my understanding of Indigenous histories, rights and ways of knowing."),
        heading("How this could show up", 2),
        item("Learning about the history of the lands."),
        item("Seeking out Indigenous perspectives."),
        heading("Strategic linkages", 2),
        paragraph("This competency supports the university's commitment to reconciliation."),
        heading("Questions for coaching", 2),
        numbered("What have you learned recently?", 1),
        numbered("What does reconciliation mean in your role?", 2),
    ) == ["Indigenous Acumen"]


def test_numbered_standards_over_what_the_holder_must_do_are_competencies():
    """HCPC: "1. Practise safely and effectively within their scope of practice" (a long numbered statement), then
    "Registrant paramedics must:" over items that finish its sentence."""
    parts = [heading("Paramedics"), paragraph("The standards of proficiency for paramedics.")]
    statements = (
        "1. Practise safely and effectively within their scope of practice",
        "2. Practise within the legal and ethical boundaries of their profession as registrants",
    )
    for statement in statements:
        parts += [heading(statement, 2), paragraph("Registrant paramedics must:")]
        parts += [
            item("identify the limits of their practice and know when to seek advice"),
            item("keep skills up to date"),
        ]
    assert [name[:12] for name in names(*parts)] == ["1. Practise ", "2. Practise "]


def test_a_role_described_by_a_caption_over_what_it_helps_to_do_is_no_competency():
    """GOV.UK DDaT: "What a business analyst does", "Business analysts help teams to:" over lower-case items."""
    parts = [heading("Business analyst"), heading("What a business analyst does", 2)]
    parts += [paragraph("Business analysts help teams to:"), item("understand the problem to be solved first")]
    parts += [item("design services that meet user needs")]
    assert names(*parts) == []


def test_a_labelled_definition_under_the_name_outweighs_name_and_definition_lines_below_it():
    """Madison: "Competency Definition: ..." under the page's name, then "Self-Benefits: ..." bullets and
    knowledge lists under sub-headings: one competency, not three."""
    parts = [
        heading("Strategy Development"),
        paragraph("Competency Definition: The work of deciding what you want to achieve and why."),
        heading("Why it matters", 2),
        item("Self-Benefits: See how your own contributions help move the whole organization forward."),
        item("Organizational Benefits: A clear strategy aligns people and resources behind priorities."),
        heading("Strategy Development Abilities", 2),
        item("Sees the big picture while keeping sight of the details"),
        item("Stays focused on long-term aims under pressure"),
    ]
    assert names(*parts) == ["Strategy Development"]


def test_run_in_heads_over_their_own_levels_are_entries_but_over_nothing_a_glossary():
    """UMHS: "Technology. Uses the equipment ..." then "Level 1 ..." lines, under a section-like title; Berkeley:
    "Panel Interviews. Several interviewers ..." bullets with nothing of their own."""
    parts = [heading("Framework Nursing Behaviors")]
    for name in ("Technology", "Documentation"):
        parts += [paragraph(f"{name}. Uses the {name.lower()} of the care setting safely.", lead=f"{name}.")]
        parts += [paragraph(f"Level {n}: Does {name.lower()} at stage {n}.") for n in (1, 2, 3)]
    assert names(*parts) == ["Technology.", "Documentation."]
    glossary = [heading("Types of Interviews")]
    for name in ("Panel Interviews", "Telephone Screening"):
        glossary += [item(f"{name}. A way to meet the candidate and rate the answers fairly.", lead=f"{name}.")]
    assert names(*glossary) == []


def test_a_matrix_of_competency_rows_under_a_sub_heading_is_no_levels_of_the_heading_above():
    """CircleCI: "Technical skills" over "Quality & testing" over "Competency | E1 | E2 | E3" rows."""
    matrix = table(
        [["Competency", "E1", "E2", "E3"], ["Writing code", "Writes.", "Refactors.", "Designs."]],
        header_row=True,
    )
    matrix += table([["Competency", "E1", "E2", "E3"], ["Testing", "Tests.", "Plans.", "Leads."]], 1, True)
    parts = [heading("Technical skills"), heading("Quality & testing", 2), *matrix[:8], heading("Debugging", 2)]
    parts += matrix[8:]
    assert "Technical skills" not in names(*parts)


def test_a_sub_heading_about_this_competency_is_its_section_even_over_the_level_table():
    """British Council: "Achievement Orientation", its definition, then "Why is this competency important to the
    British Council?" over a paragraph, the level table and a "Warning signs | Positive indicators" table."""
    levels = table(
        [
            ["Competency levels", "Behavioural indicators"],
            ["Level 1", "Completes own work."],
            ["Level 2", "Sets goals."],
        ],
        header_row=True,
    )
    signs = table([["Warning signs", "Positive indicators"], ["Gives up.", "Shows pride in work."]], 1, True)
    parts = [heading("Achievement Orientation"), paragraph(DEFINITION)]
    parts += [heading("Why is this competency important to the British Council?", 2), *levels, *signs]
    assert names(*parts) == ["Achievement Orientation"]
    labels = labelled(*parts).tree.labels
    root = build(*parts)
    pride = next(n for n in root.walk() if n.text == "Shows pride in work.")
    assert labels[pride.id].field == "indicators"  # read by its own header, not as one more level


def test_a_line_saying_competency_name_and_definition_names_it_under_a_dimension_heading():
    """NASA: "PERFORMANCE DIMENSION: ..." over one "COMPETENCY: Name - definition" line and its behaviours."""
    assert names(
        heading("PERFORMANCE DIMENSION: PERSONAL EFFECTIVENESS"),
        paragraph("COMPETENCY: Cognitive Skills - Uses sound judgment and makes timely decisions."),
        item("Considers the strategic implications of problems."),
        item("Balances short-term needs with long-term priorities."),
    ) == ["Cognitive Skills"]


def test_entries_titled_by_one_kind_word_are_peers_whatever_heading_style_nests_them():
    """Darden: "Competency: Flexibility & Openness" in Heading 1 with its definition and questions, then
    "Competency: Communication" in a smaller style, nested under it by the outline; "Probes:" is no entry."""
    assert names(
        heading("Competency: Flexibility & Openness", 1),
        paragraph("Definition: Adjusts readily to changing priorities and new information."),
        heading("Questions", 3),
        numbered("Tell me about a time when your priorities changed suddenly.", 1),
        heading("Probes:", 3),
        item("What did you do first?"),
        heading("Competency: Communication", 3),
        paragraph("Conveys information and ideas clearly and concisely, in writing and in speech."),
        heading("Questions", 3),
        numbered("Tell me about a time you had to explain a complex idea.", 1),
    ) == ["Competency: Flexibility & Openness", "Competency: Communication"]


def test_a_heading_whose_text_speaks_of_this_competency_over_themed_behaviour_lists_is_one_competency():
    """Bath & NES: "Principles of Behaviour" (named like a section), "The behaviours in this competency are ...",
    then themes ("Team work", "Customer service") over "You ..." behaviours: one competency."""
    assert names(
        heading("Principles of Behaviour", 1),
        paragraph("The behaviours in this competency are the core behaviours expected of everyone."),
        heading("Team work", 2),
        item("You seek out and take account of the views of others"),
        item("You play an active part in team meetings"),
        heading("Customer service", 2),
        item("You are friendly and readily offer help to colleagues"),
        item("You take pride in working for the Council"),
    ) == ["Principles of Behaviour"]


def test_in_a_flat_layout_a_levels_section_over_its_level_labels_follows_the_name():
    """YMCA: "INFLUENCE", its definition, then "BEHAVIORS BY LEADERSHIP LEVEL" over the level labels as short
    lines, "VALUABLE TIPS", all headings of one style; each name is a competency, not the document."""
    parts = []
    for name in ("INFLUENCE", "DEVELOPING OTHERS"):
        parts += [paragraph(name, gap_before=True), paragraph(DEFINITION)]
        parts += [paragraph("BEHAVIORS BY LEADERSHIP LEVEL", gap_before=True)]
        for step in ("Leader", "Team Leader", "Organizational Leader"):
            parts += [paragraph(step, gap_before=True), item(f"Acts as a {step.lower()} would.")]
        parts += [paragraph("VALUABLE TIPS", gap_before=True), item("Ask before you tell.")]
    root = build(*parts)
    vocab = recurring_scales(root, VOCAB)  # the labels printed again under each name: the document's own scale
    assert [title_of(f.node) for f in find_competencies(root, vocab)] == ["INFLUENCE", "DEVELOPING OTHERS"]


def test_a_title_wrapping_a_guide_field_names_no_competency():
    """ "Tips for follow-up questions" over advice, beside the competencies of an interview guide: the vocabulary's
    "Tips for X" wraps a field's name there, not a competency's."""
    parts = [heading("Sample Behavioral Interview Questions"), heading("Tips for follow-up questions", 2)]
    parts += [item("Ask for one specific situation."), item("Separate what the candidate did from the team.")]
    for name in ("Initiative", "Adaptability"):
        parts += [heading(name, 2), paragraph(f"Definition: {DEFINITION}"), heading("Sample questions:", 3)]
        parts += [item("Tell me about a time you acted on your own?")]
    assert "follow-up questions" not in names(*parts)
    assert names(*parts)[-2:] == ["Initiative", "Adaptability"]


def test_entries_titled_after_the_same_kind_word_are_siblings_however_their_heading_styles_nest_them():
    """Michigan: "ADAPTABILITY CORE COMPETENCY" in capitals ranks above "Communication Core Competency" in the same
    size, but both name their entries "X Core Competency": two competencies, not a cluster over one."""
    parts = []
    entries = (
        ("ADAPTABILITY CORE COMPETENCY", 2),
        ("Communication Core Competency", 3),
        ("Customer Focus Core Competency", 3),
    )
    for name, rank in entries:
        parts += [heading(name, rank), paragraph(DEFINITION)]
        for level in ("Needs Improvement", "Meets Expectations", "High Performing"):
            parts += [heading(level, 4), item(f"Behaves as {level.lower()} requires.")]
    root = build(heading("State of Michigan"), *parts)
    vocab = recurring_scales(root, VOCAB)  # the rating scale printed under each competency
    found = [title_of(f.node) for f in find_competencies(root, vocab)]
    assert found == [name for name, _ in entries]


def test_an_entry_numbered_after_a_competency_is_one_though_its_name_is_a_level_word():
    """PMCD: "6. Communicating", then "7. Leading" ("Leading" names a level in some scales), each over its
    definition and a table of performance criteria: two units, not one unit with a section "7. Leading"."""

    def unit(title, definition):
        table = grid(
            ["Element", "Performance Criteria", "Examples of Evidence"],
            [f"{title[:1]}.1 Works with others", ".1 Shares information with the team", "Meeting notes"],
            ["", ".2 Checks that others have understood", "Review records"],
            header_row=True,
        )
        return head(title, para(definition), table, rank=2, style="h2")

    root = tree(
        head(
            "PERSONAL COMPETENCIES",
            para("Six units of competence make up this dimension."),
            unit("6. Communicating", "Exchanges information with stakeholders accurately and on time."),
            unit("7. Leading", "Guides, inspires and motivates team members and other stakeholders."),
        )
    )
    assert [title_of(f.node) for f in find_competencies(root, VOCAB)] == ["6. Communicating", "7. Leading"]


def test_a_long_entry_name_using_a_guide_fields_word_in_passing_is_still_an_entry():
    """ "Outcome 11: Undertake independent learning activities sufficient to maintain and extend his or her
    competence": "activities" is a word of the name, not the name of the activities section."""
    title = "Outcome 11: Undertake independent learning activities sufficient to maintain competence"
    root = build(
        heading(title, 2),
        paragraph("The applicant is expected to show that he or she:"),
        item("Identifies gaps in own knowledge and skills."),
        item("Keeps up to date with developments in the discipline."),
    )
    assert names(root=root) == [title]


def test_a_heading_before_the_first_entry_built_like_it_is_an_entry_too():
    """ "Management" over bullets whose "You can ..." wording reads as no behaviour, then "Delighting People" over
    bullets that do: the first entry is built like the second one, so it is a competency too."""
    parts = (
        heading("Functional Competencies"),
        heading("Management", 2),
        item("You can be the single point of contact for a small team."),
        item("You give clear estimates for complex tasks."),
        item("You can argue for a feature in front of stakeholders."),
        heading("Delighting People", 2),
        item("You share credit for ideas fairly."),
        item("You mentor two or three engineers."),
    )
    assert names(*parts) == ["Management", "Delighting People"]


def test_an_introduction_before_the_first_entry_is_no_entry_though_laid_out_alike():
    # paragraphs only: an introduction reads like an entry's definition but is none
    parts = (
        heading("Framework"),
        heading("The aim", 2),
        paragraph("This framework aims to make the approach to the grades more consistent across the service."),
        heading("Teamwork", 2),
        paragraph("Works with others toward shared goals."),
        heading("Key behaviours", 3),
        item("Shares information."),
        heading("Integrity", 2),
        paragraph("Acts honestly."),
    )
    assert "The aim" not in names(*parts)


def test_run_in_names_take_the_known_section_headings_after_them_even_under_a_how_to_use_heading():
    """ "Achieves Results Builds ..." (a bold name run into its description) over "What this looks like" and
    "Development activities": each name's entry holds the sections up to the next name, even where the entries
    stand under an introduction's heading ("Using the framework")."""
    first = "Shapes Strategic Thinking"
    second = "Achieves Results"
    parts = (
        heading("Using the Framework", 1, size=13.0),
        paragraph("Each page describes a competency and the behaviours expected of executives."),
        paragraph(f"{first} Inspires a sense of purpose and direction for the agency.", lead=first, size=10.0),
        heading("What this looks like", 2, size=11.5),
        item("Sets out a clear, long-term direction for the agency."),
        heading("Development activities", 2, size=11.5),
        item("Lead the development of a strategic plan."),
        paragraph(f"{second} Builds organisational capability and delivers on commitments.", lead=second, size=10.0),
        heading("What this looks like", 2, size=11.5),
        item("Turns strategy into clear operational plans."),
    )
    assert [(name, scope) for name, scope in found(*parts)] == [
        (first, ["What this looks like", "Development activities"]),
        (second, ["What this looks like"]),
    ]


def test_a_key_to_the_scale_before_the_entries_in_a_style_of_its_own_is_no_competency():
    """ "What the framework covers" over "Level 1: After a year in post ...", then numbered entries each over the
    same level labels: the first section is the document's key to its scale."""

    def entry(name):
        return (
            heading(name, 2),
            paragraph("Obtains data from surveys and manages it securely."),
            paragraph("Level 1: Follows set procedures to collect data."),
            paragraph("Level 2: Designs the collection of data."),
        )

    key = (
        heading("What the framework covers", 3),
        paragraph("The framework shows what is expected of people at two levels."),
        paragraph("Level 1: After about a year in post at the start of a career."),
        paragraph("Level 2: After a few years' experience with some team management."),
    )
    parts = (heading("Statistician Framework", 1), *key, *entry("1. Data collection"), *entry("2. Methods"))
    assert names(*parts) == ["1. Data collection", "2. Methods"]
    # a first entry set like the others stays one
    assert names(heading("Statistician Framework", 1), *entry("1. A"), *entry("2. B"), *entry("3. C")) == [
        "1. A",
        "2. B",
        "3. C",
    ]


def test_a_first_entry_in_a_style_of_its_own_titled_like_the_others_is_no_key():
    def entry(name, level):
        return (
            heading(name, level),
            paragraph("Adjusts to changing conditions at work."),
            paragraph("Level 1: Resists change."),
            paragraph("Level 2: Accepts change."),
        )

    parts = (
        heading("Manager Competencies", 1),
        *entry("ADAPTABILITY CORE COMPETENCY", 3),
        *entry("Communication Core Competency", 2),
        *entry("Customer Focus Core Competency", 2),
    )
    assert len(names(*parts)) == 3


def test_a_sub_heading_recurring_under_each_entry_is_a_section_not_a_name():
    prompts = [item("Describe a complicated case you had to deal with."), item("Tell us about a hard decision.")]
    root = build(
        heading("Skills and abilities"),
        heading("Legal skills", level=2),
        paragraph("Legal skills is about how you identify and decide issues of law."),
        heading("Prompts", level=3),
        paragraph("These prompts may help you decide which examples are relevant."),
        *prompts,
        heading("Exercising judgement", level=2),
        paragraph("Exercising judgement is about reaching decisions that are fair."),
        heading("Prompts", level=3),
        paragraph("These prompts may help you decide which examples are relevant."),
        *prompts,
    )
    assert names(root=root) == ["Legal skills", "Exercising judgement"]


def test_recurring_sub_headings_under_parts_with_no_text_of_their_own_are_the_entries():
    def entry(name):
        return [
            heading(name, level=3),
            paragraph(DEFINITION),
            heading("Behavioural Indicators", level=4),
            item("Acts."),
        ]

    root = build(
        heading("Framework by role"),
        heading("Watch Manager", level=2),
        *entry("Deciding and Initiating Action"),
        *entry("Working with People"),
        heading("Station Manager", level=2),
        *entry("Deciding and Initiating Action"),
        *entry("Working with People"),
    )
    assert names(root=root) == ["Deciding and Initiating Action", "Working with People"] * 2


def test_an_entry_built_like_the_one_before_it_is_an_entry_though_its_name_reads_long():
    def entry(name, groups):
        parts = [heading(name, level=2), paragraph(DEFINITION), heading("What this looks like", level=3)]
        for group in groups:
            parts += [heading(group, level=4), item("Models the values of the organisation in decisions.")]
        return parts

    groups = ("Leading organisations", "Leading teams")
    root = build(
        heading("Leadership capabilities"),
        *entry("Building high trust relationships", groups),
        *entry("Ensuring culturally responsive practice and understanding of the country's cultural heritage", groups),
    )
    assert names(root=root) == [
        "Building high trust relationships",
        "Ensuring culturally responsive practice and understanding of the country's cultural heritage",
    ]


def test_a_key_to_the_scale_before_entries_whose_tables_use_its_levels_is_no_competency():
    scale = ("Foundational", "Intermediate", "Advanced")
    parts = [heading("People skills", level=2, size=18.0)]
    parts += [paragraph(f"{label}: This calls for a grasp of the business at that stage.") for label in scale]
    for name in ("Influence", "Negotiation", "Communication"):
        parts += [
            heading(name, level=2, size=18.0, bold=True),
            paragraph(f"{name} is the ability to reach agreement with others."),
            table([list(scale), ["Adjusts style.", "Wins support.", "Shapes decisions."]], header_row=True),
        ]
    assert names(*parts) == ["Influence", "Negotiation", "Communication"]


def test_instructions_running_on_into_areas_set_alike_each_over_a_checklist_table():
    def area(number, name):
        return [
            heading(f"{number}. {name}", level=2),
            table(
                [
                    ["Competency / Skill", "Method", "Date Verified"],
                    ["Completes the admission assessment with the patient.", "D", ""],
                    ["Assesses pain with an age-appropriate scale.", "V", ""],
                ],
                number=number,
                header_row=True,
            ),
        ]

    root = build(
        heading("Instructions for Orientation"),
        paragraph("The checklist is used for every new nurse during orientation to the unit."),
        numbered("Demonstration – the orientee carries out the task safely.", 1),
        numbered("Verbalization – the orientee explains the process.", 2),
        *area(1, "Patient Assessment"),
        *area(2, "Infection Prevention"),
    )
    assert names(root=root) == ["1. Patient Assessment", "2. Infection Prevention"]


def milestone_table(title, number):
    return table(
        [
            [title, None, None],
            ["Level 1", "Level 2", "Level 3"],
            ["Elicits a history of the complaint.", "Obtains a thorough history.", "Models history taking."],
        ],
        number=number,
    )


def test_tables_titled_across_over_a_row_of_levels_each_name_their_competency():
    root = build(milestone_table("Patient Care 1: History", 1), milestone_table("Professionalism 3: Accountability", 2))
    found = find_competencies(root, VOCAB)
    assert [cell_text(f.node) for f in found] == ["Patient Care 1: History", "Professionalism 3: Accountability"]
    assert [len(f.scope) for f in found] == [1, 1]  # each its own table, not the next one too


def test_a_title_across_a_level_table_under_a_competencys_heading_names_no_competency_of_its_own():
    root = build(
        heading("Client Orientation"),
        heading("Competency Description", level=2),
        paragraph("Understands the needs of clients and works to meet them."),
        milestone_table("National Staff", 1),
    )
    assert names(root=root) == ["Client Orientation"]


def test_recurring_sections_under_headings_numbered_as_entries_are_their_sections():
    def standard(number, name):
        return [
            heading(f"Standard {number} {name}", level=2),
            heading("Perspective", level=3),
            paragraph("Pharmacists work within a complex legal environment every day."),
            heading("Enabling competencies and behaviours", level=3),
            item("Identifies the laws that apply to the practice setting."),
            item("Keeps up to date with changes to legislation."),
        ]

    root = build(heading("Domain 1"), *standard("1.1", "Practise legally"), *standard("1.2", "Practise ethically"))
    assert names(root=root) == ["Standard 1.1 Practise legally", "Standard 1.2 Practise ethically"]


SKILLS_BY_LEVEL = [
    ["Skill", "Beginner", "Intermediate", "Advanced"],
    ["Helping skills", "Listens to students.", "Helps students set goals.", "Coaches other staff."],
    ["Referral", "Knows the campus offices.", "Builds partnerships.", "Closes gaps in support."],
]


def test_a_heading_its_text_calls_a_competency_by_name_owns_its_table_of_skills_by_level():
    """RIT's rubric: "The Advising competency area covers ..." over rows of skills: the area is the competency, its
    rows group its levels' behaviours."""
    outcome = labelled(
        heading("Advising"),
        paragraph("The Advising competency area covers the advice and support offered to individual students."),
        table(SKILLS_BY_LEVEL, header_row=True),
    )
    assert [outcome.tree.labels[c].name for c in outcome.competencies] == ["Advising"]
    assert label_of(outcome, "Coaches other staff.").group == "Helping skills"


def test_a_cluster_its_text_names_as_a_competency_cluster_leaves_the_rows_their_own():
    outcome = labelled(
        heading("Advising"),
        paragraph("The Advising competency cluster covers the advice and support offered to individual students."),
        table(SKILLS_BY_LEVEL, header_row=True),
    )
    assert [outcome.tree.labels[c].name for c in outcome.competencies] == ["Helping skills", "Referral"]


def test_an_entry_named_like_a_section_of_indicators_over_a_definition_is_an_entry():
    """AAMC's summary: "Human Behavior" set like the other names, over its definition, is the next entry, not a
    section of behaviours of the entry before it."""
    assert names(
        heading("Core Competencies"),
        heading("Living Systems", 2),
        paragraph("Applies knowledge of the natural sciences to problems of molecular and organ systems."),
        heading("Written Communication", 2),
        paragraph("Conveys information to others effectively in writing."),
        heading("Oral Communication", 2),
        paragraph("Conveys information to others effectively in spoken language."),
        heading("Human Behavior", 2),
        paragraph("Applies knowledge of the self and of social systems to problems of illness and health."),
    ) == ["Living Systems", "Written Communication", "Oral Communication", "Human Behavior"]


def test_a_section_of_behaviours_under_an_entry_is_still_its_section():
    assert names(
        heading("Core Competencies"),
        heading("Living Systems", 2),
        paragraph("Applies knowledge of the natural sciences to problems of molecular and organ systems."),
        heading("Effective Behaviours", 2),
        item("Explains how organ systems interact."),
        item("Applies the science to a case."),
    ) == ["Living Systems"]


def test_domains_over_an_obligation_caption_set_as_a_heading_are_competencies():
    """RCVS: each domain's definition, then "The new veterinary graduate should:" in a small bold heading over the
    numbered statements ("Be able to ...")."""
    parts = []
    for name in ("Personal leadership", "Professional commitment"):
        parts += [
            heading(name, 2),
            paragraph(f"This domain covers the {name.lower()} expected of a new graduate."),
            heading("The new veterinary graduate should:", 3),
            numbered("Be able to work in line with the code of conduct.", 1),
            numbered("Be able to reflect on their own performance.", 2),
        ]
    assert names(heading("Day One Competences"), *parts) == ["Personal leadership", "Professional commitment"]


def test_a_strapline_in_the_imperative_under_a_name_is_its_definition_not_an_entry():
    """BASW: "1. PROFESSIONALISM" over one bold strapline ("Identify as a professional social worker ...") over
    the description and the "I…" statements: the domain is the competency."""
    parts = []
    for name, strap in (
        ("PROFESSIONALISM", "Identify as a professional social worker and behave as one"),
        ("VALUES AND ETHICS", "Let the ethical principles of social work guide practice"),
    ):
        parts += [
            heading(name, 2),
            heading(strap, 3),
            paragraph("Social workers belong to a profession that is recognised internationally."),
            paragraph("I…"),
            item("recognise what the professional social worker does"),
            item("understand why supervision matters"),
        ]
    assert names(heading("End of first placement"), *parts) == ["PROFESSIONALISM", "VALUES AND ETHICS"]


def test_a_strapline_saying_what_one_does_over_only_a_known_section_is_the_definition():
    """Middlesbrough: "Understanding the bigger picture" over one sub-heading "Prioritising activities to achieve
    results and deadlines" over "Key indicators": the strapline defines the entry, it names no entry of its own."""
    parts = []
    for name, strap in (
        ("Understanding the bigger picture", "Prioritising activities to achieve results and deadlines"),
        ("Communicating with clarity", "Using appropriate means to gain support and understanding"),
    ):
        parts += [
            heading(name, 2),
            heading(strap, 3),
            heading("Key indicators", 4),
            item("Explains the Council's priorities to staff."),
            item("Translates outcomes into service plans."),
        ]
    assert names(heading("Senior Manager Competency Framework"), *parts) == [
        "Understanding the bigger picture",
        "Communicating with clarity",
    ]


def test_entries_printed_once_over_their_questions_and_again_in_full_are_no_scale():
    """NUI Galway: the guide's "Teaching & Learning", "Research & Scholarship", "Contribution & Engagement" over
    sample questions, and the appendix's, each over "Definition:" and its levels: the competencies, not the steps
    of a scale printed twice."""
    competencies = ("Teaching & Learning", "Research & Scholarship", "Contribution & Engagement")
    parts = [heading("Competency Framework"), heading("Using the Framework in Selection", 2)]
    for name in competencies:
        parts += [heading(name, 3), item(f"Tell us about your work in {name.lower()}?")]
    parts += [heading("Appendix: The Competencies", 2)]
    for name in competencies:
        parts += [heading(name, 3), paragraph(f"Definition: Carries out {name.lower()} of high quality.")]
        for level in ("Lecturer", "Senior Lecturer", "Professor"):
            parts += [heading(level, 4), item(f"Leads {name.lower()} as a {level.lower()}.")]
    comps = extracted(*parts).competencies  # the dataset merges each name's two records into one
    assert [c.name for c in comps] == [*competencies, *competencies]
    assert [(len(c.interview_questions), len(c.levels)) for c in comps] == [(1, 0)] * 3 + [(0, 3)] * 3


def test_a_heading_over_sub_headings_each_over_numbered_statements_is_one_competency():
    """GDC: "Clinical" over "1 Clinical environment" and "2 Supporting patients", each over clauses "1.1 ..."."""
    root = build(
        heading("Outcomes for dental nurses"),
        heading("Clinical", 2),
        heading("Clinical environment", 3),
        item("Prepare the clinical environment before each session.", marker="1.1"),
        item("Carry out infection control procedures.", marker="1.2"),
        heading("Supporting patients", 3),
        item("Recognise signs of anxiety in patients.", marker="2.1"),
        item("Support the patient during procedures.", marker="2.2"),
    )
    assert names(root=root) == ["Clinical"]


def test_a_definition_over_resources_tagged_by_format_is_a_competency():
    """A learning catalogue: each name over its definition and "Title (Article)", "Title (E-Course)" bullets."""
    parts = []
    for name in ("Interpersonal Skills", "Written Communication"):
        parts += [
            heading(name, 2),
            paragraph("Builds and keeps effective working relationships, above all in difficult situations."),
            item("Staying Calm in a Difficult Conversation (Article)"),
            item("Running Meetings That Move Work Forward (E-Course)"),
        ]
    assert names(heading("Skills for Fundamental Competencies"), *parts) == [
        "Interpersonal Skills",
        "Written Communication",
    ]


def test_a_domain_named_in_the_singular_of_a_document_type_is_still_an_entry():
    """RCVS: "Veterinary capability", the last domain, set like "Personal leadership" and "Professional commitment"
    over its definition and statements: an entry, though "capabilities" titles a document."""
    parts = []
    for name in ("Personal leadership", "Professional commitment", "Veterinary capability"):
        parts += [
            heading(name, 2),
            paragraph(f"This domain covers the {name.lower()} expected of a new graduate."),
            heading("The new veterinary graduate should:", 3),
            numbered("Be able to work in line with the code of conduct.", 1),
            numbered("Be able to reflect on their own performance.", 2),
        ]
    assert names(heading("Day One Competences"), *parts)[-1] == "Veterinary capability"


def test_a_section_headed_as_the_scale_over_a_table_of_the_levels_the_entries_use_is_no_competency():
    """CDS: "## Seniority levels" over "Level | Brief description" rows, then "## Tenacity", "## Openness" in the
    same heading style, each with the same levels as list items: the first is the key, front matter."""
    scale = ["Associate", "Mid", "Lead", "Principal"]
    parts = [heading("Seniority levels", 2), table([["Level", "Brief description"], *([n, "Scope."] for n in scale)])]
    for name in ("Tenacity", "Openness"):
        parts += [heading(name, 2), paragraph(f"{name} is what we value.")]
        parts += [b for n in scale for b in (item(n), item(f"Shows {name.lower()} at {n}.", depth=1))]
    assert names(*parts) == ["Tenacity", "Openness"]
    parts[0] = heading("Seniority levels at a glance", 2)  # a slide's title for the same key
    assert names(*parts) == ["Tenacity", "Openness"]
    # headed otherwise and set like the entries, the table is an entry of its own
    parts[0] = heading("Seniority", 2)
    assert names(*parts)[0] == "Seniority"


def test_sub_headings_over_lists_recurring_under_each_entry_are_its_facets_not_entries():
    """Cornell IT: "Project Management" > "Functional", "Behavioral", each over bullets, no definition; the same
    two under every competency. The facets group the statements; a sub-heading that defines itself is an entry."""
    parts = [heading("IT Competencies")]
    for name in ("Project Management", "Service Brokers", "Business Analysis"):
        parts += [heading(name, 2), heading("Functional", 3), item("Develops short- and long-range plans.")]
        parts += [heading("Behavioral", 3), item("Keeps adjusting plans as new information comes in.")]
    assert names(*parts) == ["Project Management", "Service Brokers", "Business Analysis"]


def test_a_table_held_by_a_caption_names_its_competency_as_one_standing_alone_does():
    """Trinity: "Please rate the employee against the following core competencies:" over the first block's table."""
    comps = extracted(
        heading("Probation Review Form"),
        paragraph("Please rate the employee's performance against the following core competencies:"),
        table(
            [
                ["Communication:", "Uses written and spoken communication well to share information."],
                ["Rating", "1 ☐ 2 ☐ 3 ☐"],
            ]
        ),
        table(
            [["Teamwork:", "Co-operates with colleagues to achieve objectives on time."], ["Rating", "1 ☐ 2 ☐ 3 ☐"]],
            number=2,
        ),
    ).competencies
    assert [(c.name, c.definition) for c in comps] == [
        ("Communication", "Uses written and spoken communication well to share information."),
        ("Teamwork", "Co-operates with colleagues to achieve objectives on time."),
    ]


def review_form_table(name, definition, number):
    """One competency's block on a review form: name and definition, a row of boxes to tick, a comments box."""
    rows = [
        [name + ":", definition, None, None, None],
        ["Rating", "Please tick appropriate box", "1 ☐", "2 ☐", "3 ☐"],
        ["Comments", None, None, None, None],
    ]
    return table(rows, number=number)


def test_a_form_s_tables_under_a_comments_heading_split_from_the_one_before_are_competencies():
    """Trinity: a table's last row ("Comments") fell on the next page and was read as a heading over the tables after
    it; those are titled by their competencies as the ones before are. The rating row and the comments box are the
    form's, no content."""
    comps = extracted(
        heading("Probation Review Form"),
        heading("SECTION A", 2),
        review_form_table("Communication", "Uses written and spoken communication well.", 1),
        review_form_table("Teamwork", "Co-operates with colleagues to achieve objectives.", 2),
        heading("Comments", 4),
        review_form_table("Innovative", "Shows creativity and comes up with original ideas.", 3),
        review_form_table("Flexibility", "Adapts to the demands of the post.", 4),
    ).competencies
    assert [c.name for c in comps] == ["Communication", "Teamwork", "Innovative", "Flexibility"]
    assert [c.definition for c in comps][2] == "Shows creativity and comes up with original ideas."
    assert all(not c.notes for c in comps)


def test_a_first_heading_set_like_entries_that_all_name_their_kind_is_the_title_not_an_entry():
    """Virginia's assessment tool: the tool's title in the entries' style over instructions and a rating key that
    speaks of "this competency indicator", then "Competency: Name" entries."""

    def entry(name: str):
        return [
            heading(f"Competency: {name}", 1),
            paragraph(f"Definition: Knowing the {name.lower()} of the organization."),
            heading("Team Member Indicators:", 2),
            numbered("Knows the organization's services and priorities.", 1),
        ]

    assert names(
        heading("Commonwealth Competencies Assessment Tool", 1),
        paragraph("Circle the number that shows how often the employee shows each indicator."),
        heading("1 - Never or almost never shows this competency indicator", 3),
        heading("5 - Always or nearly always shows this competency indicator", 3),
        *entry("Business"),
        *entry("Results Focus"),
        *entry("Communication"),
    ) == ["Competency: Business", "Competency: Results Focus", "Competency: Communication"]


def test_a_bibliography_after_the_last_of_several_areas_is_the_documents_not_the_last_areas():
    out = records(
        heading("Core Competencies for Registered Nurses", 1),
        heading("Competence area 1: Ethical Practice", 2),
        item("Practise in accordance with the code of conduct.", marker="1.1"),
        item("Accept accountability for own judgement.", marker="1.2"),
        heading("Competence area 2: Research", 2),
        item("Search for and apply research findings.", marker="2.1"),
        item("Observe ethical principles in research.", marker="2.2"),
        heading("Bibliography", 2),
        paragraph("Nursing Council. (2010). Standards for nursing education. London: NC."),
    )
    assert [c.name for c in out] == ["Ethical Practice", "Research"]
    # the numbered clauses, in the imperative, are what the nurse does: indicators, not advice
    assert [texts(c.indicators) for c in out] == [
        ["Practise in accordance with the code of conduct.", "Accept accountability for own judgement."],
        ["Search for and apply research findings.", "Observe ethical principles in research."],
    ]
    assert [c.readings for c in out] == [(), ()]


def test_behaviour_named_sub_headings_each_defined_over_a_table_of_behaviours_are_the_competencies():
    """Nestlé: a success driver, defined, over "Embraces Change" and "Leads Change", each defined over a
    "Developed | Needs Development" table: the driver groups competencies, they are no themes of it."""

    def competency(name: str, number: int):
        return [
            heading(name, 2),
            paragraph(f"{name} well means being open to new ideas and adapting quickly."),
            *table(
                [["Developed", "Needs Development"], ["Looks for better ways of working.", "Holds on to routines."]],
                number,
            ),
        ]

    assert names(
        heading("Lead to Win", 1),
        paragraph("Leading to win means creating a shared sense of direction and embracing change."),
        *competency("Embraces Change", 0),
        *competency("Leads Change", 1),
    ) == ["Embraces Change", "Leads Change"]


def test_a_key_to_the_scale_with_a_level_the_vocabulary_does_not_know_gives_no_competency():
    """INCOSE UK: "Awareness – ...", "Supervised Practitioner – ...", "Practitioner – ...", "Expert – ..." explain
    the scale before the competencies' tables; the unknown step between two known ones is part of the key."""
    key = [
        heading("Competency Table Format", 2),
        paragraph("Each competency is described in a table of the same format."),
        item("Awareness – the person can describe the competency and its importance."),
        item("Supervised Practitioner – the person applies the competency with regular guidance."),
        item("Practitioner – the person applies the competency independently."),
        item("Expert – the person is recognised as an authority on the competency."),
        paragraph("The indicators are cumulative: a person at one level shows the indicators of the levels below it."),
    ]

    def competency(name: str, number: int):
        return table(
            [
                [name, ""],
                ["Description", f"The application of {name.lower()} to systems engineering."],
                ["Awareness", "Describes it."],
                ["Supervised Practitioner", "Applies it with guidance."],
                ["Practitioner", "Applies it alone."],
                ["Expert", "Guides others in it."],
            ],
            number,
        )

    out = records(*key, heading("Systems Thinking", 1), *competency("Systems Concepts", 0), *competency("Lifecycle", 1))
    assert [c.name for c in out] == ["Systems Concepts", "Lifecycle"]


def test_a_page_titled_by_a_grade_over_competencies_gives_them_not_one_competency_named_by_the_grade():
    """UCL: "Grade 6" (a level's label) heads the page; under it each "Name – Supporting Indicators" heading is a
    competency."""

    def competency(name: str):
        return [
            heading(f"{name} – Supporting Indicators", 3),
            paragraph(f"Being consistent and doing what you say you will do in {name.lower()}."),
            paragraph(f"Examples of behaviours that may hinder {name}:"),
            item("Saying different things depending on who is asking."),
            item("Taking on too much and not finishing it."),
        ]

    assert [
        c.name
        for c in records(
            heading("Grade 6", 1),
            heading("Supporting Indicators and Steps to Development", 2),
            *competency("Personal Excellence"),
            *competency("Working Together"),
        )
    ] == ["Personal Excellence", "Working Together"]


def test_numbered_entry_lines_after_an_introduction_with_a_bulleted_list_of_its_own_are_the_entries():
    def entry(name: str, number: int):
        return [
            numbered(name, number),
            paragraph(f"{name} means providing the best possible service to customers and colleagues."),
            paragraph("Personal"),
            item("Responds to enquiries promptly.", depth=1),
            item("Takes ownership of a query.", depth=1),
        ]

    assert names(
        heading("Professional Development Framework", 1),
        paragraph("This framework was adapted from a national one."),
        item("Development is a continuous process."),
        item("Individuals are responsible for their own learning."),
        *entry("Delivering excellent service", 2),
        *entry("Finding solutions", 3),
    ) == ["Delivering excellent service", "Finding solutions"]


def test_sub_headings_set_alike_under_a_heading_naming_them_competencies_are_competencies():
    """ISU Extension: "Core Competencies for All Staff" over "Communication and Interpersonal Relations",
    "Technology", ..., each over a sentence and a list of statements in the imperative."""
    parts = [heading("Staff Core Competencies"), heading("Core Competencies for All Staff", 2)]
    for name in ("Communication and Interpersonal Relations", "Professionalism and Accountability", "Technology"):
        parts += [heading(name, 3), paragraph(f"Work well in {name.lower()}."), item("Communicate promptly")]
        parts += [item("Be dependable and worthy of trust")]
    assert names(*parts) == [
        "Communication and Interpersonal Relations",
        "Professionalism and Accountability",
        "Technology",
    ]
    # a section of one competency that speaks of it ("... develop this competency") names no competencies
    section = [heading("Planning competency"), heading("Suggestions on how to develop this competency", 2)]
    for name in ("On your own", "With your supervisor"):
        section += [heading(name, 3), paragraph("Try these."), item("Plan your week")]
    assert "On your own" not in names(*section)


def test_names_over_a_paragraph_each_inside_a_known_section_are_its_groups():
    """Skills for Care's sidebar: "What this looks like in practice" over "If you work on the frontline", "If you
    lead a team", "If you lead an organisation", each over one paragraph: groups of the section, no entries."""
    parts = [
        heading("Developing self awareness"),
        paragraph(DEFINITION),
        heading("What this looks like in practice", 2),
    ]
    for role in ("If you work on the frontline", "If you lead a team", "If you lead an organisation"):
        parts += [heading(role, 3), paragraph(f"You reflect on your own values as someone who {role[7:]} does.")]
    assert names(*parts) == ["Developing self awareness"]


def test_a_cluster_over_one_competency_whose_name_holds_the_clusters_word_inside_another_is_its_cluster():
    """Deakin: "Improve" over "Process improvement" alone: "improvement" does not extend "Improve"."""
    parts = [heading("Capability Framework"), heading("Imagine", 2), heading("Innovation", 3), paragraph(DEFINITION)]
    parts += [heading("Levels", 4), heading("Foundation", 5), item("Shares ideas."), heading("Expert", 5)]
    parts += [item("Leads innovation.")]
    parts += [heading("Improve", 2), heading("Process improvement", 3), paragraph(DEFINITION), heading("Levels", 4)]
    parts += [heading("Foundation", 5), item("Follows processes."), heading("Expert", 5), item("Redesigns processes.")]
    assert names(*parts) == ["Innovation", "Process improvement"]


def test_headings_under_our_values_each_over_statements_are_the_values():
    """NHS Lothian: "Our Values" over "Care and Compassion", "Dignity and Respect", ..., each over "We will ..."."""
    parts = [heading("Our Values")]
    for name in ("Care and Compassion", "Dignity and Respect", "Quality"):
        parts += [heading(name, 2), item("We will show care in what we do"), item("We will listen to people")]
    assert names(*parts) == ["Care and Compassion", "Dignity and Respect", "Quality"]


# ------------------------------------------------------------------ session: BB-BD rules
def test_numbered_parts_of_a_competency_category_are_its_competencies():
    out = records(
        heading("22 Key Competencies & Indicators"),
        heading("Competency Category 1 – Technical Competence", 2),
        heading("1.1 Regulation, Codes, and Standards", 3),
        paragraph("Demonstrate knowledge of regulations, codes and standards"),
        item("Identify the legal requirements that apply to project activities"),
        item("Build knowledge of codes into design materials"),
        heading("1.2 Project and Design Constraints", 3),
        paragraph("Demonstrate knowledge of materials and design constraints"),
        item("Coordinate with other engineering disciplines"),
        item("Take account of cost and schedule"),
    )
    assert [c.name for c in out] == ["Regulation, Codes, and Standards", "Project and Design Constraints"]


STATEMENTS = [
    heading("Leadership", 2),
    item("Build working relationships that move the work forward."),
    item("Act firmly and quickly in a crisis."),
    heading("Learning/strategic systems thinking", 2),
    item("Take responsibility for your own continued learning."),
    item("Consider every mode of transportation when planning."),
]


def test_headings_over_statements_in_a_document_of_competencies_are_competencies():
    out = records(heading("Department of Transportation"), paragraph("INDIVIDUAL CORE COMPETENCIES"), *STATEMENTS)
    assert [c.name for c in out] == ["Leadership", "Learning/strategic systems thinking"]
    # the statements are what the holder does, though written in the imperative
    assert texts(out[0].indicators) == [
        "Build working relationships that move the work forward.",
        "Act firmly and quickly in a crisis.",
    ]
    assert not out[0].activities


def test_headings_over_statements_in_a_document_that_names_no_competency_are_none():
    extraction = extracted(heading("Team Away Day"), paragraph("Agenda for the day."), *STATEMENTS)
    assert extraction.competencies == []
    # a report's numbered paragraphs, each of several sentences, are no statements of competencies
    report = extracted(
        heading("Behaviours Framework: report to the committee"),
        paragraph("The framework sets out the skills we expect."),
        heading("How the framework was developed", 2),
        numbered("We ran fourteen workshops. Staff took part in all of them.", 1),
        numbered("The feedback was grouped into four themes. They became the behaviours.", 2),
        heading("Next steps", 2),
        numbered("The framework will launch in September. Managers will be briefed.", 3),
        numbered("We will review it after a year. The review will report to the committee.", 4),
    )
    assert report.competencies == []


def test_the_closing_line_of_a_page_under_the_last_heading_does_not_break_the_template():
    out = records(
        heading("HR Toolkit", 1),
        paragraph("The competencies below are those every employee needs."),
        heading("Leadership Competencies", 2),
        heading("Oral Communication", 3),
        item("Gives clear and convincing oral presentations."),
        item("Listens carefully and asks for clarification."),
        item("Facilitating Groups [DOT Connection]"),
        item("Speaking Off the Cuff [DOT Connection]"),
        item("Interviewing Techniques [GoLearn, Professional Development]"),
        heading("Partnering", 3),
        item("Builds networks and alliances across boundaries."),
        item("Finds common ground with stakeholders."),
        item("Networking for Results [DOT Connection]"),
        item("Building Strategic Partnerships [GoLearn]"),
        item("Negotiation Basics [GoLearn]"),
        paragraph("U.S. Department of Transportation | 1200 New Jersey Avenue | Washington, DC"),
    )
    assert [c.name for c in out] == ["Oral Communication", "Partnering"]
    # a title tagged with the catalogue offering it, among the behaviours, is a course
    assert texts(out[1].courses) == [
        "Networking for Results [DOT Connection]",
        "Building Strategic Partnerships [GoLearn]",
        "Negotiation Basics [GoLearn]",
    ]
    assert texts(out[1].indicators) == [
        "Builds networks and alliances across boundaries.",
        "Finds common ground with stakeholders.",
    ]


def test_entries_with_levels_of_their_own_under_a_front_matter_heading_are_competencies():
    out = records(
        heading("Performance Factors"),
        heading("Essential Requirements", 2),
        paragraph("Dependability: Understands own responsibilities and uses sound work habits to meet them."),
        paragraph("Meets Expectations (Comes to work regularly and on time.)", lead="Meets Expectations"),
        paragraph(
            "Unsatisfactory (A rating of Unsatisfactory means an overall Unsatisfactory.)", lead="Unsatisfactory"
        ),
        paragraph("Agency Values: Holds own actions to high standards of conduct and shows integrity."),
        paragraph("Meets Expectations (Shows personal integrity and ethical behavior.)", lead="Meets Expectations"),
        paragraph(
            "Unsatisfactory (A rating of Unsatisfactory means an overall Unsatisfactory.)", lead="Unsatisfactory"
        ),
    )
    assert [c.name for c in out] == ["Dependability", "Agency Values"]
    assert [lv.label for lv in out[1].levels] == ["Unsatisfactory", "Meets Expectations"]
    # a key's steps under such a heading, one labelled line after another, are no entries
    key = extracted(
        heading("Supervisor Instructions"),
        heading("Overall Performance Ratings", 2),
        paragraph("Exceptional Performance - Clearly and consistently goes beyond expectations."),
        paragraph("Commendable Performance - Frequently goes beyond performance expectations."),
        paragraph("Effective Performance - Consistently meets performance expectations."),
        paragraph("Needs Improvement - Does not consistently meet performance expectations."),
    )
    assert key.competencies == []
    assert texts(out[0].levels[1].behaviors) == ["Comes to work regularly and on time."]


def test_lines_that_number_a_competency_name_it_however_long_it_runs():
    out = records(
        heading("Domain one: Professional responsibility"),
        paragraph("This domain covers competencies that relate to professional responsibility."),
        paragraph("Competency 1.1 Takes responsibility for making sure that practice meets legal requirements"),
        paragraph("Indicators:"),
        item("Practises in keeping with the relevant legislation."),
        item("Accepts responsibility for own actions."),
        paragraph("Competency 1.2 Shows the ability to apply the principles of the Treaty in practice"),
        paragraph("Indicators:"),
        item("Understands the relevance of the Treaty to health."),
        item("Applies its principles to practice."),
    )
    assert [c.name for c in out] == [
        "Takes responsibility for making sure that practice meets legal requirements",
        "Shows the ability to apply the principles of the Treaty in practice",
    ]
    assert texts(out[1].indicators) == [
        "Understands the relevance of the Treaty to health.",
        "Applies its principles to practice.",
    ]


def test_name_and_definition_lines_under_a_lead_in_are_read_where_they_stand():
    out = records(
        heading("Competency Measures"),
        heading("Police Service Competencies", 2),
        paragraph("The Police Service also looks for the following competencies in its applicants:"),
        item("Composure – stays calm and in control under pressure and settles others down."),
        item("Listening – takes the time to hear people out and restates what they said."),
    )
    assert [(c.name, c.definition) for c in out] == [
        ("Composure", "stays calm and in control under pressure and settles others down."),
        ("Listening", "takes the time to hear people out and restates what they said."),
    ]


def test_items_naming_their_behaviours_under_category_headings_set_alike_are_competencies():
    def category(name: str, *factors: str):
        parts = [heading(name, 2)]
        for factor in factors:
            parts += [item(factor), item(f"Shows {factor.lower()} in daily work", depth=1)]
            parts += [item(f"Keeps up {factor.lower()} under pressure", depth=1)]
        return parts

    out = records(
        heading("Performance Factor List"),
        *category("Individual Contribution", "Quantity", "Quality", "Innovation"),
        *category("Professionalism", "Integrity", "Respect", "Cooperation"),
    )
    assert [c.name for c in out] == ["Quantity", "Quality", "Innovation", "Integrity", "Respect", "Cooperation"]
    assert texts(out[1].indicators) == ["Shows quality in daily work", "Keeps up quality under pressure"]
    # one such heading alone is a competency whose items group its behaviours
    alone = records(
        heading("Performance Factor List"), *category("Individual Contribution", "Quantity", "Quality", "Innovation")
    )
    assert [c.name for c in alone] == ["Individual Contribution"]


def test_names_with_a_colon_each_over_a_list_of_questions_are_the_entries_after_a_labelled_introduction():
    found_ = found(
        heading("Competency Based Interviews"),
        paragraph("Competence Based Interviewing - Sample Questions"),
        paragraph("Communication:"),
        item("Describe a talk you gave recently. How did you prepare?"),
        item("How do you make sure that your communication is effective?"),
        paragraph("Planning:"),
        item("How do you prioritise your own work?"),
        item("Tell me about a project you planned. How did you keep it on track?"),
        paragraph("What do you think makes a plan work?"),
    )
    assert [name for name, _ in found_] == ["Communication:", "Planning:"]
    assert found_[1][1][-1] == "What do you think makes a plan work?"  # a question that lost its bullet


def test_one_name_with_a_colon_over_a_list_is_no_dictionary():
    one = names(heading("Guide"), paragraph("Communication:"), item("How do you prepare?"), item("What went well?"))
    assert "Communication:" not in one


def test_name_and_definition_lines_whose_definitions_run_on_without_a_full_stop_are_the_entries():
    assert names(
        heading("Core Competencies"),
        heading("1. Self-Knowledge", 2),
        item("Integrity: Keeps her word; is trusted and seen as direct; open and honest; protects confidences"),
        item("Conflict Management: Deals with disagreements directly and objectively; finds common ground"),
    ) == ["Integrity", "Conflict Management"]


def test_a_heading_asking_a_question_names_no_competency():
    assert names(
        heading("Competency-based hiring"),
        heading("How is this different?", 2),
        paragraph("Like many organizations, the department has tended to base hiring mainly on technical knowledge."),
        paragraph("Whether someone succeeds in a job often depends on who that person is: values and attitude."),
        heading("What skill sets are we talking about?", 2),
        paragraph("Every position calls for three kinds of competencies: technical, managerial and interpersonal."),
        heading("Teamwork", 2),
        paragraph("Definition: Works with others toward shared goals."),
        item("Shares information."),
        item("Supports decisions."),
        heading("Integrity", 2),
        paragraph("Definition: Acts honestly and keeps promises."),
        item("Keeps promises."),
        item("Admits mistakes."),
    ) == ["Teamwork", "Integrity"]


def test_labelled_traits_in_lower_case_under_a_competency_stay_its_items():
    found_names = names(
        heading("1. Community: working together to achieve common goals"),
        paragraph("Rate how often the employee shows each of these:"),
        item("Teamwork: respects diversity, shares what they know, builds cooperative working relationships"),
        item("Customer service: attends to internal and external customers, empathy, patience and respect"),
        heading("2. Integrity: acting in an honest and ethical way", 1),
        item("Ethics: follows County policy and the spirit behind it, and expects others to do the same"),
        item("Trustworthiness: keeps confidences, follows through on commitments made to other people"),
    )
    assert not {"Teamwork", "Customer service", "Ethics", "Trustworthiness"} & set(found_names)


def test_skills_each_defined_over_ways_of_learning_them_are_competencies_not_the_titles_sections():
    """DPMC: a page titled "Development Pathways Tool", whose framework section lists "Behaviours", then skills, each
    with its definition and "On-the-job learning" / "Formal training" over advice: development guides of their own
    skills, not the development sections of a competency named by the title."""

    def skill(name, definition):
        return [
            heading(name, 3),
            paragraph(definition),
            heading("On-the-job learning", 4),
            item("Lead a piece of cross-agency work."),
            item("Review a past initiative and trace its effects."),
            heading("Formal training", 4),
            item("Complete an advanced course in the subject."),
        ]

    document = build(
        heading("Development Pathways Tool: Leading level skills"),
        heading("How the Tool supports the Framework", 2),
        paragraph("The skills sit within three elements."),
        heading("Behaviours", 3),
        item("Stewardship"),
        item("Continuous Learning"),
        heading("Applied Skills", 2),
        skill("Systems Awareness", "Understands how the parts of a system interact and affect one another."),
        skill("Policy Analysis", "Analyses issues and options to give sound, well-reasoned policy advice."),
    )
    assert names(root=document) == ["Systems Awareness", "Policy Analysis"]


def test_a_section_heading_over_defined_competencies_is_their_heading_not_a_section_of_the_entry_before():
    """Gloucestershire: after an entry, "Our behaviours" (a heading the vocabulary knows) over behaviours each
    defined over its "Do" list: those are competencies of their own, not the entry's behaviours section."""

    def behaviour(name, lead):
        return [heading(name, 3), paragraph(lead), heading("Do", 4), item("greet everyone we meet"), item("listen")]

    document = build(
        heading("Values and behaviours"),
        heading("Integrity", 2),
        paragraph(DEFINITION),
        item("Shares information openly."),
        item("Keeps promises made to others."),
        heading("Our behaviours", 2),
        behaviour("Attend to others' needs", "We pay attention to our patients and colleagues, which means we:"),
        behaviour("Understand one another", "We seek to understand our patients and colleagues, which means we:"),
    )
    assert found(root=document) == [
        ("Integrity", [DEFINITION, "Shares information openly.", "Keeps promises made to others."]),
        ("Attend to others' needs", ["We pay attention to our patients and colleagues, which means we:", "Do"]),
        ("Understand one another", ["We seek to understand our patients and colleagues, which means we:", "Do"]),
    ]


def test_a_first_entry_listing_the_names_of_the_entries_after_it_is_their_overview():
    """Nova Scotia: "Success Through HR Professionals" over "These three competencies are:" and the three names
    in bold, before each of them defined over its levels."""

    def entry(name):
        return [heading(name, 2), paragraph(f"{name} means acting well for clients."), *levels()]

    listed = ["Client Orientation", "Change Leadership", "Effective Communication"]
    document = build(
        heading("Success Through HR Professionals", 2),
        paragraph("The HR Community has identified three competencies as critical to success in an HR role."),
        paragraph("These three competencies are:"),
        *(heading(n, 4) for n in listed),
        *(part for n in listed for part in entry(n)),
    )
    assert names(root=document) == listed


def test_headings_set_alike_each_over_development_sections_alone_are_a_guides_pages():
    """ACHSM: "5.2.1 Commits to own professional growth" over "Suggested development activities" and "Suggested
    reading", and its siblings likewise: one page per competency, no definition on any of them."""

    def page(name):
        return [
            heading(name, 2),
            heading("Suggested development activities", 3),
            item("Keep a reflective journal for three months."),
            item("Join a branch event to extend your network."),
            heading("Suggested reading", 3),
            item("Covey, S. R. (1989). The 7 habits of highly effective people. Free Press."),
        ]

    document = build(heading("DEVELOPMENT RESOURCES"), *page("Commits to own growth"), *page("Invests in others"))
    assert names(root=document) == ["Commits to own growth", "Invests in others"]
    # one such page alone is no dictionary: its sections could be anyone's
    assert names(root=build(heading("DEVELOPMENT RESOURCES"), *page("Commits to own growth"))) == []


def test_a_heading_naming_a_scale_beside_the_entries_is_no_competency():
    """OUH: after the values' question sets, "The VBI scoring scale" over "No evidence", "Limited evidence", ...:
    the scale every answer is scored on."""

    def value(name):
        return [heading(name, 2), paragraph(DEFINITION), heading("Key Behaviours", 3), item("Shares information.")]

    document = build(
        *value("Respect"),
        *value("Learning"),
        heading("The VBI scoring scale", 2),
        paragraph("Level 1"),
        item("Unable to give an example."),
        paragraph("Level 2"),
        item("Gives a specific example."),
    )
    assert names(root=document) == ["Respect", "Learning"]


def test_a_cover_title_after_a_word_that_names_a_level_still_holds_the_entries():
    """Enfield: the cover's "Staff" (a level's name, alone) over "Competencies Framework", the heading everything
    else falls under: no level's title, so its entries are read."""

    def entry(name):
        return [heading(name, 2), paragraph(DEFINITION), heading("Key Behaviours", 3), item("Shares information.")]

    document = build(heading("Staff"), heading("Competencies Framework"), *entry("Influence"), *entry("Adaptability"))
    assert names(root=document) == ["Influence", "Adaptability"]


def test_we_statements_as_headings_are_the_names_of_a_values_framework():
    """Kent Police: "CORE COMPETENCIES REQUIRED" over "We analyse critically (Level 2)", "We take ownership (Level
    1)", each over its paragraph and "I ..." statements: the competencies of the national framework, named as
    what "we" do, not themes of the heading over them."""

    def value(name):
        return [
            heading(name, 2),
            paragraph("We understand why it matters to gather and test information from several sources."),
            item("I spot gaps and inconsistencies in intelligence and take steps to resolve them.", depth=1),
            item("I explain the reasoning behind my assessments so that others can test them.", depth=1),
        ]

    document = build(
        heading("CORE COMPETENCIES REQUIRED"),
        paragraph("Kent Police uses the national Competency and Values Framework; the level follows each name."),
        *value("We analyse critically (Level 2)"),
        *value("We take ownership (Level 1)"),
    )
    assert names(root=document) == ["We analyse critically (Level 2)", "We take ownership (Level 1)"]


def test_a_numbered_name_and_definition_line_holds_the_bullets_nested_under_it():
    """Mississippi: "1. Integrity - Shows, through everyday conduct, ..." over its own nested anchors."""
    assert found(
        heading("Core Public Sector Competencies"),
        numbered("Integrity - Shows, through everyday conduct, a firm commitment to honesty and fairness.", 1),
        item("Sets an example of honesty for the work unit.", depth=1),
        item("Keeps the commitments made to staff.", depth=1),
        numbered("Work Ethic - Works productively and carefully, and is punctual and loyal to the agency.", 2),
        item("Finishes assignments by the agreed date.", depth=1),
    ) == [
        ("Integrity", ["Sets an example of honesty for the work unit.", "Keeps the commitments made to staff."]),
        ("Work Ethic", ["Finishes assignments by the agreed date."]),
    ]


def fyi_chapters(*names_: str) -> list:
    """FYI's chapters: each competency's name over the same sections, no definition."""
    parts = []
    for name in names_:
        parts += [heading(name), heading("Unskilled", 2), item("Gets rattled when the pressure is on.")]
        parts += [item("Shows frustration openly."), heading("Some Causes", 2), item("Too much on the plate")]
        parts += [
            heading("The Map", 2),
            paragraph("Losing one's composure is usually a short event, and a common one."),
        ]
        parts += [heading("Suggested Readings", 2)]
        parts += [paragraph("Goleman, D. (1995). Emotional intelligence. New York: Bantam Books.")]
    return parts


def test_headings_each_over_the_sections_their_siblings_repeat_are_competencies_without_a_definition():
    assert names(*fyi_chapters("Composure", "Listening")) == ["Composure", "Listening"]


def catalogue(*courses: str) -> list:
    rows = [["Learning product", "Code", "Format", "Duration"]]
    rows += [[course, f"LPL1{k}", "Online self-paced", "1 hour"] for k, course in enumerate(courses)]
    return table(rows, header_row=True)


def test_topics_each_defined_over_a_catalogue_of_courses_are_competencies_their_rows_courses():
    """CSPS's learning path: perspectives over topics, each topic defined over its table of learning products."""
    parts = [heading("Leadership Learning Path"), paragraph("A self-directed learning journey through courses.")]
    parts += [heading("Self: Developing as a leader", 2), paragraph("Greater self-awareness is essential to leading.")]
    parts += [heading("Self-awareness", 3), paragraph("Self-awareness is the foundation of developing as a leader.")]
    parts += catalogue("Discover Your Leadership Strengths", "Using Feedback to Grow")
    parts += [heading("Wellness", 3), paragraph("Wellness practices support the well-being of leaders.")]
    parts += catalogue("Resilience for Leaders")
    found_ = records(*parts)
    assert [c.name for c in found_] == ["Self-awareness", "Wellness"]
    assert [c.text for c in found_[1].courses] == ["Resilience for Leaders | LPL10 | Online self-paced | 1 hour"]


def test_levels_headed_larger_than_the_competency_before_them_are_its_levels():
    """RCOT's career framework: "Pillar 3 – Leadership" in 12pt over its definition, then a page per level, "Level
    1 – Leadership Pillar" in 14pt over the themes' bullets."""
    parts = [heading("5.7 Leadership Pillar: Career Levels 1–9", 1), heading("Pillar 3 – Leadership", 3)]
    parts += [paragraph("Leadership is part of every occupational therapy role, whatever the setting.")]
    for n in (1, 2, 3):
        parts += [heading(f"Level {n} – Leadership Pillar", 2), heading("Guide and support teamwork", 4)]
        parts += [item(f"Works as a member of the team at level {n}.")]
    (comp,) = records(*parts)
    assert comp.name == "Leadership"
    assert [lv.label for lv in comp.levels] == [f"Level {n} – Leadership Pillar" for n in (1, 2, 3)]


def test_titles_wrapping_names_under_a_defined_heading_are_competencies_not_statements_of_it():
    """CII's map: "Explore the map" over its own paragraph, then "Behaviours: Curiosity", "Behaviours: Customer
    focus", each over a definition and its bands. "Behaviours" ends in an s as a verb does; the title states none."""
    parts = [
        heading("Explore the map"),
        paragraph("The Professional Map sets the benchmark for excellence in your work."),
    ]
    for name in ("Curiosity", "Customer focus"):
        parts += [heading(f"Behaviours: {name}", 2), paragraph("Looks to the future and keeps an open mind.")]
        parts += [heading("Band 1", 3), item("I take an interest in my work."), heading("Band 2", 3)]
        parts += [item("I ask why things are done the way they are.")]
    assert names(*parts) == ["Behaviours: Curiosity", "Behaviours: Customer focus"]


def test_a_heading_that_only_counts_its_entry_is_named_by_the_statement_under_it():
    """Midwifery Council of New Zealand: "Competency One" over the bold statement, then "Explanation" (its
    definition) and "Performance criteria"; without a definition section of its own the paragraph defines it."""
    statement = "The midwife works in partnership with the woman throughout the maternity experience."
    parts = [heading("Competency One"), paragraph(statement), heading("Explanation", 2)]
    parts += [paragraph("Partnership is the foundation of midwifery practice and of the care it gives.")]
    parts += [heading("Performance criteria", 2), item("Treats each woman as an individual.")]
    (comp,) = records(*parts)
    assert comp.name == statement
    (plain,) = records(
        heading("Competency One"),
        paragraph(statement),
        heading("Performance criteria", 2),
        item("Treats each woman as an individual."),
    )
    assert plain.name == "Competency One" and plain.definition == statement


def test_a_heading_opening_with_its_clusters_name_and_a_colon_is_the_competency_named_after_the_colon():
    """Elsevier: a divider page "CHARACTER", then "CHARACTER: DISPLAYS INTEGRITY AND HONESTY" over its definition
    and levels."""
    parts = []
    for cluster, name in (("CHARACTER", "DISPLAYS INTEGRITY AND HONESTY"), ("LEADING PEOPLE", "DEVELOPS OTHERS")):
        parts += [heading(cluster), heading(f"{cluster}: {name}", 2)]
        parts += [paragraph("DEFINITION: Sets the example and lives the core values every day.")]
        parts += [heading("Key behaviours", 3), item("Keeps promises to colleagues."), item("Admits mistakes openly.")]
    assert [c.name for c in records(*parts)] == ["DISPLAYS INTEGRITY AND HONESTY", "DEVELOPS OTHERS"]


def test_names_each_defined_over_a_table_of_development_activities_are_competencies():
    """CNAM's examples: each competency's name over a paragraph and a 70/20/10 table of advice."""
    parts = [heading("Example Learning Activities by AM Competency")]
    for name in ("Asset Data Management", "Lifecycle Decision-Making"):
        parts += [
            heading(name, 2),
            paragraph(f"Collects and maintains what the organization needs for {name.lower()}."),
        ]
        parts += table(
            [
                ["On-the-Job Learning (70%)", "Social Learning (20%)", "Formal Learning (10%)"],
                [
                    [item("Take part in a condition assessment.")],
                    [item("Shadow a data analyst.")],
                    [item("Complete an introductory course.")],
                ],
            ],
            header_row=True,
        )
    assert names(*parts) == ["Asset Data Management", "Lifecycle Decision-Making"]


def test_pillars_each_over_what_one_should_be_able_to_do_are_competencies_each_of_its_own():
    """HEE's advanced practice framework: "Clinical Practice", "Education", each over "... should be able to:" and
    numbered statements in the imperative, capitalised; the second, found as the first was, is no theme of it."""
    parts = [heading("The capabilities for advanced clinical practice")]
    for pillar, verbs in (
        ("Clinical Practice", ("Practise", "Exercise")),
        ("Education", ("Critically assess", "Engage")),
    ):
        parts += [heading(pillar, 2), paragraph("Professionals working at the advanced level should be able to:")]
        parts += [
            numbered(f"{verb} the skills of the {pillar.lower()} pillar at work.", k) for k, verb in enumerate(verbs, 1)
        ]
    assert names(*parts) == ["Clinical Practice", "Education"]


def test_sub_headings_stating_behaviours_each_defined_over_its_list_are_the_competencies_of_their_domain():
    """Health LEADS Australia: the domain "Engages others" over its own paragraph, then "Values diversity",
    "Communicates with honesty and respect", each over a definition and its bullets."""
    parts = [heading("Engages others"), paragraph("Health care is delivered by people working together in teams.")]
    for name in ("Values diversity", "Communicates with honesty and respect"):
        parts += [heading(name, 2), paragraph(f"Respects others and {name.lower()} in every setting of care.")]
        parts += [item("Treats every person with dignity."), item("Seeks out views that differ from their own.")]
    assert names(*parts) == ["Values diversity", "Communicates with honesty and respect"]


def test_the_documents_title_repeated_over_a_pages_lines_is_no_entry_after_the_one_it_interrupts():
    """Minnesota State: the running title "... Leadership Competencies" set as a heading over the rest of "Acts with
    Integrity"'s list, which goes on under it."""
    parts = [heading("Acts with Integrity", 2), item("Shows honesty."), item("Gives credit to those who earned it.")]
    parts += [heading("Minnesota State Colleges and Universities Leadership Competencies", 2)]
    parts += [item("Delivers on what was promised."), item("Owns up to mistakes and learns from them.")]
    (entry,) = find_competencies(build(heading("Leader as Steward", 1), *parts), VOCAB)
    assert title_of(entry.node) == "Acts with Integrity"
    assert "Delivers on what was promised." in [n.text for s in entry.scope for n in s.walk()]


def test_sub_headings_inside_defined_entries_of_the_entries_style_are_their_groups():
    # "1.1 Name: definition" entries, the first two over bold sub-headings set further in, the last two over
    # sections: the sub-headings (no definition, a style found nowhere else) group their entry's behaviours
    def entry(number: str, name: str, definition: str):
        return item(
            f"{name}: {definition}", marker=number, ordered=True, lead=f"{number} {name}:", size=11.0, indent=65.0
        )

    def part(text: str):
        return paragraph(text, bold=True, size=10.0, indent=79.0)

    def bullets(*texts: str):
        return [item(t, size=10.0, indent=78.0) for t in texts]

    document = (
        paragraph("TIER 1 – PERSONAL EFFECTIVENESS COMPETENCIES", bold=True, size=13.0),
        entry("1.1", "Interpersonal Skills", "Getting along and working well with co-workers and customers."),
        part("Showing respect"),
        bullets("Treats people courteously whatever their role", "Listens without interrupting others"),
        part("Handling conflict"),
        bullets("Raises disagreements calmly and at the right time", "Looks for a way forward people can accept"),
        entry("1.2", "Dependability", "Being someone the crew can count on, day in and day out."),
        part("Attendance and punctuality"),
        bullets("Arrives on time and ready to work", "Lets the supervisor know early about an absence"),
        part("Following through"),
        bullets("Finishes assigned work without being reminded", "Keeps the promises made to customers"),
        paragraph("TIER 4 – INDUSTRY-WIDE TECHNICAL COMPETENCIES", bold=True, size=13.0),
        entry("4.2", "Safety Awareness", "Keeping oneself, co-workers and the public safe around equipment."),
        part("Critical Work Functions:"),
        bullets("Takes part in the pre-job briefing", "Applies lockout procedures before work begins"),
        entry("4.5", "Troubleshooting", "Finding the cause of equipment problems and putting them right."),
        part("Critical Work Functions:"),
        bullets("Gathers information about the symptoms", "Tests components with the right instruments"),
    )
    outcome = labelled(*document)
    assert [label_of(outcome, t).role for t in ("Interpersonal Skills", "Showing respect")] == [  # type: ignore[union-attr]
        Role.COMPETENCY,
        Role.SECTION,
    ]
    found = records(*document)
    assert [c.name for c in found] == ["Interpersonal Skills", "Dependability", "Safety Awareness", "Troubleshooting"]
    skills = found[0]
    assert [(i.group, i.text) for i in skills.indicators][:3] == [
        ("Showing respect", "Treats people courteously whatever their role"),
        ("Showing respect", "Listens without interrupting others"),
        ("Handling conflict", "Raises disagreements calmly and at the right time"),
    ]


def test_entries_named_again_over_their_rating_levels_after_a_key_printed_high_to_low():
    """Idaho's slides: each expectation's own slide (a scope and examples), a key "Four-Level Rating System"
    ("Exemplary (EX): ..." down to "Does Not Achieve Performance Standards (DNA): ..."), then "<Name> – Rating
    Levels" slides with the four ratings, highest first."""
    ratings = [
        "Exemplary",
        "Solid Sustained",
        "Achieves Performance Standards",
        "Does Not Achieve Performance Standards",
    ]
    codes = ["EX", "SS", "APS", "DNA"]

    def rated(name: str):
        return [
            heading(f"{name} – Rating Levels", 2),
            *[
                paragraph(f"{r}: {name} shown at the {r.lower()} rating in everyday work.", lead=f"{r}:")
                for r in ratings
            ],
        ]

    names = ["Professionalism", "Customer Focus", "Leadership"]
    found = records(
        heading("Performance Expectations and Rating Levels", 1),
        *[
            part
            for name in names
            for part in (
                heading(name, 2),
                item(f"This expectation evaluates the employee's competence in {name.lower()}."),
                item("Examples: keeps commitments, deals with problems promptly"),
            )
        ],
        heading("Four-Level Rating System", 2),
        *[item(f"{r} ({c}): performs at the {r.lower()} rating.", lead=f"{r} ({c}):") for r, c in zip(ratings, codes)],
        *[part for name in names for part in rated(name)],
    )
    assert [c.name for c in found] == names
    customer = found[1]
    assert [(lv.rank, lv.label) for lv in customer.levels] == [
        (1, "Does Not Achieve Performance Standards"),
        (2, "Achieves Performance Standards"),
        (3, "Solid Sustained"),
        (4, "Exemplary"),
    ]


def test_entries_under_a_section_naming_competency_definitions_each_with_run_in_ratings():
    """UT Austin: "Examples of Competency Definitions" over "Initiative", "Time Management", each a list: a short
    item over questions for the supervisor, then "Meets/Exceeds: ..." and "Does Not Meet: ..."."""

    def entry(name: str, caption: str):
        return [
            heading(name, 3),
            item(caption),
            item("Where do you expect the employee to take ownership?", depth=1),
            item("How often do you need updates on the work?", depth=1),
            item(f"Meets/Exceeds: Handles {name.lower()} well and checks in when needed.", lead="Meets/Exceeds:"),
            item(f"Does Not Meet: Gets stuck on {name.lower()} and avoids the task.", lead="Does Not Meet:"),
        ]

    found = records(
        heading("Competencies: Performance Management", 1),
        paragraph("Competencies are a measurable set of skills that support success in a position."),
        heading("Examples of Competency Definitions", 2),
        *entry("Initiative", "Degree of delegation versus direction"),
        *entry("Time Management", "Balancing competing deadlines"),
    )
    assert [c.name for c in found] == ["Initiative", "Time Management"]
    initiative = found[0]
    assert [(lv.rank, lv.label) for lv in initiative.levels] == [(1, "Does Not Meet"), (2, "Meets/Exceeds")]
    assert initiative.definition in ("", None)  # the captioned questions are no definition
    assert {q.group for q in initiative.interview_questions} <= {"Degree of delegation versus direction"}


def test_a_list_of_the_entries_names_ends_the_pages_introduction():
    """Scottsdale's page as a text dump: "Background", "Future Development" (each a paragraph), then the skills'
    names one a line (links), then each skill: its name, a definition, "Behaviors:" and bullets."""
    names = ["Attention to Communication", "Decisiveness", "Developing Others"]

    def skill(name: str):
        return [
            heading(name, 2),
            paragraph(f"Makes sure that {name.lower()} supports the work of every team."),
            paragraph("Behaviors:"),
            item("Shares relevant information with the work group promptly"),
            item("Listens to employees' concerns and responds to them"),
        ]

    found = records(
        heading("Manager and Supervisor Foundational Skills", 1),
        heading("Background", 2),
        paragraph("The City has built a Foundational Skills model with employees from every level."),
        heading("Future Development", 2),
        paragraph("Current and future employees will find a growing number of classes linked to the skills."),
        heading("Manager and Supervisor Foundational Skills Model", 2),
        heading("Attention to Communication (Managers, Supervisors, Leads)", 2),
        heading("Decisiveness", 2),
        heading("Developing Others NEW", 2),
        *[part for name in names for part in skill(name)],
    )
    assert [c.name for c in found] == names
    assert found[1].definition == "Makes sure that decisiveness supports the work of every team."


def test_tables_each_titled_by_a_labelled_name_read_their_boxes_as_the_competencys_text():
    """EMU's interview guide (a Google Docs export): after a bold "How to use these questions", one table per
    competency: "Competency: 1 Action Oriented" across the top, then the definition and "Questions:" over numbered
    questions beside a "Response Summary:" form."""

    def guide(number: int, name: str):
        return table(
            [
                [[paragraph(f"Competency: {number} {name}", lead="Competency:")]],
                [
                    [
                        paragraph(f"Brings energy to {name.lower()} and acts without a fully worked-out plan."),
                        paragraph("Questions:", bold=True),
                        numbered("Tell us about a time you took decisive action with little information.", 1),
                        numbered("Describe a project that really motivated you.", 2),
                    ],
                    [
                        paragraph("Response Summary:", bold=True),
                        paragraph("Situation and/or Task:"),
                        paragraph("Result:"),
                    ],
                ],
            ],
            number=number,
            header_row=True,
        )

    found = records(
        heading("Competency Based Interview Questions", 1),
        paragraph("How to use these questions", bold=True),
        item("Choose the three to five competencies that matter most for the position."),
        *guide(1, "Action Oriented"),
        *guide(2, "Dealing with Ambiguity"),
    )
    assert [c.name for c in found] == ["Action Oriented", "Dealing with Ambiguity"]
    first = found[0]
    assert first.definition == "Brings energy to action oriented and acts without a fully worked-out plan."
    assert texts(first.interview_questions) == [
        "Tell us about a time you took decisive action with little information.",
        "Describe a project that really motivated you.",
    ]
    assert not first.notes  # the form's empty fields are no text


def test_a_sections_own_list_of_its_topics_leaves_the_entries_of_the_sections_before_it():
    """CSPS: "Self" over "Self-awareness" and "Wellness"; then "Team", whose text lists its three topics before
    them: that list is the section's, and the entries under "Self" stay."""

    def entry(name: str):
        return [
            heading(name, 3),
            paragraph(f"{name} helps a leader grow and supports continuous learning."),
            paragraph("Behaviors:"),
            item("Seeks feedback from colleagues and acts on it"),
            item("Reflects on own decisions and their effects"),
        ]

    team = ["Strategy and visioning", "Effective communication", "Inclusive leadership"]
    found = records(
        heading("Leadership Learning Path", 1),
        heading("Self: Developing as a leader", 2),
        *entry("Self-awareness"),
        *entry("Wellness"),
        heading("Team: Leading teams", 2),
        paragraph("This section features three topics:"),
        *[item(name) for name in team],
        *[part for name in team for part in entry(name)],
    )
    assert [c.name for c in found] == ["Self-awareness", "Wellness", *team]


def test_effective_and_ineffective_columns_under_each_level_are_that_levels_behaviours():
    """The Coal Authority's Confluence page: "Level 1" over a table "Effective behaviours | Ineffective behaviours",
    each cell a lead-in ("People who are effective are likely to...") over bullets."""

    def level(n: int):
        return [
            paragraph(f"Level {n}"),
            *table(
                [
                    ["Effective behaviours", "Ineffective behaviours"],
                    [
                        [
                            paragraph("People who are effective are likely to..."),
                            item(f"Explain how the team's work supports the priorities at level {n}"),
                        ],
                        [
                            paragraph("People who are less effective are likely to..."),
                            item(f"Plan work without the wider priorities in mind at level {n}"),
                        ],
                    ],
                ],
                number=n,
                header_row=True,
            ),
        ]

    found = records(
        heading("Seeing the big picture", 2),
        paragraph("Seeing the big picture means understanding how your role supports the organisation's goals."),
        *level(1),
        *level(2),
    )
    (entry,) = found
    assert not entry.indicators
    assert [(lv.label, [(b.group, b.text) for b in lv.behaviors]) for lv in entry.levels][1] == (
        "Level 2",
        [
            ("Effective behaviours", "Explain how the team's work supports the priorities at level 2"),
            ("Ineffective behaviours", "Plan work without the wider priorities in mind at level 2"),
        ],
    )


def test_numbered_dimensions_printed_in_several_sections_are_entries_not_a_scale():
    """UT System Police's interview booklet: "III. INTERVIEW DIMENSIONS" over "1. Dependability", "2. Initiative",
    ... (each defined), "IV. INTERVIEW GUIDE" over the same numbered names (each over its questions), "VI. RATING
    SCALES" over them again, each over a "Rating | Behavioral Description" table printed "5 – Excellent" down to
    "1 – Poor"."""
    dims = [("Dependability", "be relied upon"), ("Initiative", "act without being told"), ("Fairness", "treat all")]
    ratings = ["5 – Excellent", "4 – Above Average", "3 – Average", "2 – Below Average", "1 – Poor"]

    def section(title: str, part, intro: str = ""):
        return [
            heading(title, 1, bold=True),
            *([paragraph(intro)] if intro else []),
            *[block for n, dim in enumerate(dims, 1) for block in part(n, *dim)],
        ]

    factors = {
        "Dependability": ["Punctuality and attendance", "Following through on commitments"],
        "Initiative": ["Seeking out additional responsibility", "Recognizing problems and acting on them"],
        "Fairness": ["Treating people alike", "Weighing every side of a dispute"],
    }

    def defined(n, name, what):
        return [
            heading(f"{n}. {name}", 2, bold=True),
            paragraph(f"The extent to which the applicant can {what} in daily work."),
            *[numbered(f, k) for k, f in enumerate(factors[name], 1)],
        ]

    def asked(n, name, what):
        return [
            heading(f"{n}. {name}", 2, bold=True),
            numbered(f"Tell us about a time you had to {what}. What did you do?", 1),
            numbered("Describe a rule you did not agree with. How did you deal with it?", 2),
            numbered("What have you done in the last two years to improve your skills?", 3),
        ]

    def rated(n, name, what):
        rows = [["Rating", "Behavioral Description"]] + [
            [r, f"Shows how well the applicant can {what}."] for r in ratings
        ]
        return [heading(f"{n}. {name}", 2, bold=True), *table(rows, number=n, header_row=True)]

    guide = section("IV. INTERVIEW GUIDE", asked)
    opening = [
        heading("Opening Statement (read by the chairperson)", 2, bold=True),
        paragraph("Good morning. The members of this board will ask you a series of questions."),
        paragraph("Standardized Questions", bold=True),
    ]
    found = records(
        *section("III. INTERVIEW DIMENSIONS", defined, "Applicants are rated on the following dimensions."),
        guide[0],
        *opening,
        *guide[1:],
        *section("VI. RATING SCALES", rated),
    )
    # (each name's printings are one competency in the dataset, which merges records by name)
    assert list(dict.fromkeys(c.name for c in found)) == ["Dependability", "Initiative", "Fairness"]
    printings = [c for c in found if c.name == "Dependability"]
    assert [c.definition for c in printings if c.definition] == [
        "The extent to which the applicant can be relied upon in daily work."
    ]
    assert sum(len(c.interview_questions) for c in printings) == 3
    (rated_levels,) = [c.levels for c in printings if c.levels]
    assert [(lv.rank, lv.label) for lv in rated_levels] == [(k, r) for k, r in zip(range(5, 0, -1), ratings)][::-1]


def test_a_questions_section_with_a_named_list_of_questions_per_competency_is_a_question_bank():
    """Edmonds' interview page: "Interview Preparation" over "General Questions" and "Behavior Descriptive
    Interview Questions", the latter over "Customer Service", "Collaboration", "Decision Making", each over its
    questions: one competency each (a single competency's questions go by kind: "Situational", "Follow-up")."""
    names = ["Customer Service", "Collaboration", "Decision Making"]

    def bank(*titles: str):
        return [
            part
            for t in titles
            for part in (
                heading(t, 3),
                item(f"Tell us about a time your {t.lower()} made a difference. What did you do?"),
                item(f"Describe a situation where your {t.lower()} was tested. How was it resolved?"),
            )
        ]

    found = records(
        heading("Interview Preparation", 1),
        heading("The Interview", 2),
        paragraph("If you have been invited to an interview, congratulations! To prepare, you may want to:"),
        item("Review the job description and think about how your experience fits it"),
        item("Learn about the department and the City's services"),
        heading("General Questions", 2),
        paragraph("You may be asked a few general questions, such as:"),
        item("Why do you want to work for the City?"),
        item("What do you know about this position?"),
        heading("Behavior Descriptive Interview Questions", 2),
        paragraph("Behavior descriptive questions ask you to tell us about real situations you have handled."),
        *bank(*names),
    )
    assert [c.name for c in found] == names
    kinds = records(
        heading("Teamwork", 1),
        paragraph("Works with others toward shared goals and supports colleagues."),
        heading("Interview Questions", 2),
        *bank("Situational", "Behavioural", "Follow-up"),
    )
    assert [c.name for c in kinds] == ["Teamwork"]


def test_a_pages_title_named_like_a_section_over_names_with_their_definitions_names_the_entries():
    """Markham's page: "Core Behaviours" (a section's words) over a paragraph and "Core Behaviour Definitions",
    a numbered list of bold names each with its definition after a line break."""

    def entry(n: int, name: str, text: str):
        return numbered(f"{name} {text}", n, lead=name)

    found = records(
        heading("Core Behaviours", 1),
        paragraph("Core behaviours describe the skills, behaviours and knowledge staff need to perform well."),
        heading("Core Behaviour Definitions", 2),
        entry(1, "Service Excellence", "Meets or goes beyond the service standards of the department."),
        entry(2, "Change and Innovation", "Adapts readily to change and helps others through it."),
        entry(3, "Communication", "Expresses ideas clearly and makes sure messages are understood."),
    )
    assert [c.name for c in found] == ["Service Excellence", "Change and Innovation", "Communication"]
    assert found[2].definition == "Expresses ideas clearly and makes sure messages are understood."
    # a glossary's title over its terms, each with its meaning, names no entries
    terms = records(
        heading("Definitions of Key Terms", 1),
        paragraph("Client: The individual, family or group receiving physiotherapy services.", lead="Client:"),
        paragraph("Domain: A broad area of physiotherapy practice.", lead="Domain:"),
        paragraph("Milestone: The expected performance for an essential competency.", lead="Milestone:"),
        heading("Communication", 1),
        paragraph("Uses effective verbal and written communication with clients and colleagues."),
        item("Listens actively to clients and checks understanding"),
        item("Writes clear and accurate records"),
    )
    assert "Client" not in [c.name for c in terms]
