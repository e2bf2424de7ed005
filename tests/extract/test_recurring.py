"""A document's own scales from the sub-headings it prints again under each competency."""

from __future__ import annotations

from pipeline.extract.recurring import recurring_scales, recurring_sections
from pipeline.extract.scale import parse_level, rank_levels
from pipeline.extract.terms import section_field

from .helpers import VOCAB, build, heading, item, numbered, paragraph

STEPS = ("Leader", "People Manager", "Individual Contributor")


def roles_document(steps=STEPS):
    """Bank of Ireland: under each competency, the role tiers over their bullets, the highest first."""
    parts = [heading("Our Competencies")]
    for name in ("Customer First", "Better Together"):
        parts += [heading(name, 2), paragraph("What the competency means for all of us at the bank.")]
        for step in steps:
            parts += [heading(step, 3), item(f"Acts for the customer ({step.lower()}).")]
    return build(*parts)


def test_steps_printed_again_under_each_competency_are_a_scale():
    vocab = recurring_scales(roles_document(), VOCAB)
    assert all(parse_level(step, vocab) is not None for step in STEPS)


def test_steps_printed_as_items_over_lists_under_a_caption_repeated_for_each_competency_are_a_scale():
    """VTEX: "What it looks like along the journey" under each competency, over "Implementer", "Solver",
    "Finder", "Driver", each a bullet over its own bullets."""
    stages = ("Implementer", "Solver", "Finder", "Driver")
    parts = [heading("Flourish Your Neighborhood")]
    for name in ("Effective Communication", "Mediation"):
        parts += [heading(name, 2), paragraph("What the competency means.")]
        parts += [heading("What it looks like along the journey", 3)]
        for stage in stages:
            parts += [item(stage), item(f"Acts as a {stage.lower()} does.", depth=1)]
    vocab = recurring_scales(build(*parts), VOCAB)
    assert all(parse_level(stage, vocab) is not None for stage in stages)
    assert all(parse_level(stage, VOCAB) is None for stage in stages)


def test_items_over_lists_printed_again_under_each_levels_heading_are_competencies_not_a_scale():
    """Monzo: "Level 1", "Level 2", each over "Mastery", "Getting things done", "Feedback" and their bullets."""
    names_ = ("Technical skill", "Getting things done", "Feedback")
    parts = [heading("Data Engineering")]
    for level in ("Level 1", "Level 2"):
        parts += [heading(level, 2)]
        for name in names_:
            parts += [item(name), item(f"Shows {name.lower()} at {level.lower()}.", depth=1)]
    vocab = recurring_scales(build(*parts), VOCAB)
    assert all(parse_level(name, vocab) is None for name in names_)


def test_a_recurring_scale_whose_known_names_go_down_is_ranked_from_its_last_step():
    vocab = recurring_scales(roles_document(), VOCAB)
    assert rank_levels([parse_level(step, vocab) for step in STEPS], vocab, {}) == [3, 2, 1]


def test_a_recurring_scale_printed_lowest_first_keeps_print_order():
    steps = tuple(reversed(STEPS))
    vocab = recurring_scales(roles_document(steps), VOCAB)
    assert rank_levels([parse_level(step, vocab) for step in steps], vocab, {}) == [1, 2, 3]


def test_sub_headings_of_a_levels_section_printed_under_each_competency_are_a_scale():
    """CUPA-HR: "Proficiency Level" over "Awareness", "Application", "Mastery", "Influence" under every competency
    (two of them unknown to the vocabulary): the section's name recurs, the scale is the document's own."""
    steps = ("Awareness", "Application", "Mastery", "Influence")
    parts = [heading("Definitions for the Core Area")]
    for name in ("Benefits", "Compensation"):
        parts += [heading(name, 2), heading("Proficiency Level", 3)]
        for step in steps:
            parts += [heading(step, 4), item(f"Knows {name.lower()} at the {step.lower()} level.")]
    vocab = recurring_scales(build(*parts), VOCAB)
    assert [parse_level(step, vocab) is not None for step in steps] == [True] * 4
    assert rank_levels([parse_level(step, vocab) for step in steps], vocab, {}) == [1, 2, 3, 4]


def it_framework(behavioral_items):
    """Cornell IT: under each competency "Functional" and "Behavioral" over bullets, no definition."""
    parts = [heading("IT Competencies")]
    for name, behavioral in zip(("Project Management", "Service Brokers", "Business Analysis"), behavioral_items):
        parts += [heading(name, 2), heading("Functional", 3), item("Develops short- and long-range plans.")]
        parts += [item("Manages contracts and suppliers."), heading("Behavioral", 3), *map(item, behavioral)]
    return build(*parts)


def test_a_sub_heading_printed_under_each_entry_opens_the_field_its_printings_read_as_together():
    statements = ["Keeps adjusting plans as new information comes in.", "Coordinates the resources needed."]
    thin = ["Acts as a partner, advisor, or intermediary.", "Awareness of the needs of units."]
    vocab = recurring_sections(it_framework([statements, thin, statements]), VOCAB)
    assert section_field("Behavioral", vocab) == "indicators"  # the thin printing reads as none on its own
    assert section_field("Functional", VOCAB) is None and section_field("Functional", vocab) is None  # all agree


def test_a_sub_heading_most_of_whose_printings_read_as_no_field_opens_none():
    thin = ["Acts as a partner, advisor, or intermediary.", "Awareness of the needs of units."]
    statements = ["Keeps adjusting plans as new information comes in.", "Coordinates the resources needed."]
    assert recurring_sections(it_framework([thin, thin, statements]), VOCAB) is VOCAB


def test_a_caption_printed_under_every_value_over_its_statements_is_a_section_of_their_field():
    """Fylde Coast: "What we expect to see and hear:" and "What we don't expect to see and hear:" under each value,
    over lists that each read as statements on their own: the template's sections, not competencies."""
    parts = [heading("Values and behavioural standards")]
    for value in ("Be compassionate", "Be accountable"):
        parts += [heading(value, 2)]
        parts += [heading("What we expect to see and hear:", 3), item("Listens to patients."), item("Owns actions.")]
        parts += [heading("What we don't expect to see and hear:", 3), item("Ignores people."), item("Blames others.")]
    vocab = recurring_sections(build(*parts), VOCAB)
    assert section_field("What we expect to see and hear:", vocab) == "indicators"
    assert section_field("What we don't expect to see and hear:", vocab) == "indicators"


def test_a_name_that_reads_as_statements_under_every_profile_stays_a_name():
    """The same competency ("Teamwork") under two role profiles, its list plain statements each time."""
    parts = [heading("Role profiles")]
    for role in ("Librarian", "Archivist"):
        parts += [heading(role, 2), heading("Teamwork", 3), item("Shares information."), item("Supports others.")]
    vocab = recurring_sections(build(*parts), VOCAB)
    assert section_field("Teamwork", vocab) is None


def test_a_caption_printed_again_among_one_parents_headings_over_the_same_field_is_a_section():
    root = build(
        heading("Competency Model for Management Analyst"),
        numbered("JUDGMENT – Sizes up situations accurately and reaches sound conclusions.", 3),
        heading("Level of Competency Required by Job:", 2),
        paragraph("Level 1: Guidelines are supplied for immediate situations."),
        paragraph("Level 2: General guidance is supplied for a range of situations."),
        paragraph("Level 3: Little guidance is available for complex situations."),
        numbered("ANALYSIS – Breaks information down into its parts and sees how they relate.", 4),
        heading("Level of Competency Required by Job:", 2),
        paragraph("Level 1: Analyze simple information."),
        paragraph("Level 2: Analyze information from several sources."),
        paragraph("Level 3: Analyze complex and conflicting information."),
    )
    assert section_field("Level of Competency Required by Job:", VOCAB) is None
    assert section_field("Level of Competency Required by Job:", recurring_sections(root, VOCAB)) == "levels"
    # printed once, the same caption names nothing
    once = build(
        heading("Judgment"),
        heading("Level of Competency Required by Job:", 2),
        paragraph("Level 1: Guidelines are supplied for immediate situations."),
        paragraph("Level 2: General guidance is supplied for a range of situations."),
    )
    assert section_field("Level of Competency Required by Job:", recurring_sections(once, VOCAB)) is None


def test_a_section_holding_only_sub_headings_reads_as_what_they_hold_together():
    """NEA: "Essential Elements" under each competency, over element names each over their statements."""
    statements = [item("Builds relationships with elected officials."), item("Mobilizes members to take action.")]
    parts = [heading("Leadership Competencies")]
    for name, elements in (("Advocacy", ("Political Action", "Member Rights")), ("Business", ("Finance",))):
        parts += [heading(name, 2), paragraph("Advances the cause of public education by advocating for it.")]
        parts += [heading("Essential Elements", 3)]
        for element in elements:
            parts += [heading(element, 4), *(statements if name == "Advocacy" else [item("Budgets.")])]
    assert section_field("Essential Elements", recurring_sections(build(*parts), VOCAB)) == "indicators"


def test_a_name_printed_again_over_its_content_is_no_section():
    """An accordion prints the competency's name again as its pane's heading, over the role tiers."""
    parts = [heading("Our Competencies")]
    for name in ("Customer First", "Take Ownership"):
        parts += [heading(name, 2), paragraph("What the competency means for all of us at the bank.")]
        parts += [heading(name, 3)]
        for step in STEPS:
            parts += [heading(step, 4), item(f"Acts for the customer ({step.lower()}).")]
    vocab = recurring_sections(build(*parts), VOCAB)
    assert section_field("Customer First", vocab) is None and section_field("Take Ownership", vocab) is None


def ladder_handbook(parents=("Technical Skills", "Mentoring")):
    """Human Made: under each area, the same labelled lines for each seniority, run into one paragraph."""
    parts = [heading("Roles and Growth")]
    for name in parents:
        parts += [heading(name, 2), paragraph("What the area covers for every engineer at the company.")]
        parts += [
            paragraph("Junior engineers: Build features with guidance."),
            paragraph("Engineers: Build features independently."),
            paragraph("Senior engineers: Design the architecture of projects."),
        ]
    return build(*parts)


def test_labelled_lines_printed_again_under_each_competency_are_a_scale():
    vocab = recurring_scales(ladder_handbook(), VOCAB)
    assert parse_level("Engineers", VOCAB) is None
    steps = ("Junior engineers", "Engineers", "Senior engineers")
    assert rank_levels([parse_level(s, vocab) for s in steps], vocab, {}) == [1, 2, 3]


def test_labelled_lines_under_each_level_of_a_framework_printed_by_level_are_no_scale():
    """Packback: "Technical Knowledge:", "Productivity:", ... under "Apprentice (IC 1)", "Engineer I (IC 2)": the
    headings are the levels, the labels its competencies."""
    vocab = recurring_scales(ladder_handbook(parents=("Apprentice", "Engineer I (IC 2)")), VOCAB)
    assert parse_level("Engineers", vocab) is None


def values_framework(opening: str) -> object:
    """FENZ: every value's "What this looks like" over the same four sub-headings, the most senior first."""
    parts = [heading("Leadership Framework"), paragraph(opening)]
    for value in ("We do the right thing", "We serve and support"):
        parts += [heading(value, 2), paragraph("We are honest and fair, and we keep our promises to people.")]
        parts += [heading("What this looks like", 3)]
        for step in ("Leading the organisation", "Leading leaders", "Leading others", "Leading self"):
            parts += [heading(step, 4), item("Sets an ethical tone."), item("Deals promptly with conduct.")]
    return build(*parts)


def test_sub_headings_under_sections_of_one_name_are_a_scale_when_the_document_says_it_has_as_many_levels():
    said = "Behaviours are described for four leadership levels, from the most senior, Leading the organisation."
    vocab = recurring_scales(values_framework(said), VOCAB)
    ranked = rank_levels([parse_level(s, vocab) for s in ("Leading self", "Leading the organisation")], vocab, {})
    assert ranked == [1, 2]  # the document says the first printed is the most senior
    unsaid = recurring_scales(values_framework("The framework describes the behaviours we expect."), VOCAB)
    assert parse_level("Leading leaders", unsaid) is None  # as many printings of one section's name: no evidence
    spheres = recurring_scales(values_framework("Indicators are given in three spheres of leadership."), VOCAB)
    assert parse_level("Leading leaders", spheres) is None


def test_sub_headings_the_opening_calls_aspects_are_no_scale():
    """Bangor: "Self", "Others", "Organisation" under each behaviour area, which the opening lists as aspects."""
    aspects = ("Self", "Others", "Organisation")

    def framework(lead_in: str) -> object:
        parts = [heading("Professional Behaviours Framework"), paragraph(lead_in)]
        parts += [item(f"{a} – behaviours seen in that setting", depth=1) for a in aspects]
        for name in ("Managing self", "Finding solutions"):
            parts += [heading(name, 2), paragraph("What the behaviour area covers for every member of staff.")]
            for aspect in aspects:
                parts += [heading(aspect, 3), item(f"Acts well ({aspect.lower()}).")]
        return build(*parts)

    said = recurring_scales(framework("Each area is looked at from three aspects:"), VOCAB)
    assert parse_level("Others", said) is None
    assert parse_level("Others", recurring_scales(framework("The framework was agreed in 2019."), VOCAB)) is not None


def test_knowledge_and_skills_side_by_side_are_the_sections_of_the_heading_above():
    """NICE: "Cloud Security" over "Knowledge" and "Skills", each a list of statements: what the competency
    requires, not two competencies. "Knowledge" alone beside other names may be one (a social work domain)."""
    root = build(
        heading("Cloud Security"),
        paragraph("This area describes a learner's capabilities to protect data in the cloud."),
        heading("Knowledge", 2),
        item("Knowledge of cloud service models"),
        item("Knowledge of the shared responsibility model"),
        heading("Skills", 2),
        item("Skill in configuring security controls"),
    )
    vocab = recurring_sections(root, VOCAB)
    assert section_field("Knowledge", VOCAB) is None
    assert (section_field("Knowledge", vocab), section_field("Skills", vocab)) == ("indicators", "indicators")
    alone = build(
        heading("Domains"),
        heading("Knowledge", 2),
        item("Applies knowledge of social sciences"),
        heading("Values and Ethics", 2),
        item("Applies social work ethical principles"),
    )
    assert recurring_sections(alone, VOCAB) is VOCAB


def test_sections_printed_again_under_each_competency_holding_content_of_different_kinds_are_no_scale():
    """A development guide's chapters: the same sub-headings under every competency, one over signs of it, one over
    a paragraph, one over advice: sections, where a scale's steps each hold behaviours."""
    parts = [heading("Development Guide")]
    for name in ("Composure", "Listening"):
        parts += [heading(name, 2), heading("Signs", 3), item("Keeps calm under pressure."), item("Listens to others.")]
        parts += [heading("Background", 3), paragraph("Most people lose their cool over a few familiar triggers.")]
        parts += [heading("Ways to grow", 3), item("Write down your triggers."), item("Count to ten before replying.")]
        parts += [heading("Watch-outs", 3), item("Seems cold to others."), item("Hides real feelings.")]
    vocab = recurring_scales(build(*parts), VOCAB)
    assert all(parse_level(step, vocab) is None for step in ("Signs", "Background", "Ways to grow", "Watch-outs"))
