"""A framework printed by level: sections per level, the same labelled lines in each; the recurring labels are the
competencies."""

from __future__ import annotations

from pipeline.extract.transposed import transposed

from .helpers import VOCAB, build, bullet, extracted, grid, head, heading, item, line, para, paragraph, tree


def occurrences(root):
    return [(o.name, o.level.label, o.level.order, o.node.body) for o in transposed(root, VOCAB)]


def section(title, **lines):
    return head(title, *(line(term, body) for term, body in lines.items()))


def test_labels_recurring_in_sections_that_name_levels_are_competencies_at_each_level():
    root = tree(
        section("Junior Programmer", Mastery="Learns the language.", Scope="Works on tasks."),
        section("Senior Programmer", Mastery="Knows the language.", Scope="Owns features."),
        section("Principal Programmer", Mastery="Shapes the language.", Scope="Owns systems."),
    )
    assert occurrences(root) == [
        ("Mastery", "Junior Programmer", 1, "Learns the language."),
        ("Scope", "Junior Programmer", 1, "Works on tasks."),
        ("Mastery", "Senior Programmer", 2, "Knows the language."),
        ("Scope", "Senior Programmer", 2, "Owns features."),
        ("Mastery", "Principal Programmer", 3, "Shapes the language."),
        ("Scope", "Principal Programmer", 3, "Owns systems."),
    ]


def test_sections_printed_from_the_top_level_down_rank_downward():
    root = tree(
        section("Principal Programmer", Mastery="Shapes.", Scope="Systems."),
        section("Senior Programmer", Mastery="Knows.", Scope="Features."),
        section("Junior Programmer", Mastery="Learns.", Scope="Tasks."),
    )
    assert [order for name, _, order, _ in occurrences(root) if name == "Mastery"] == [3, 2, 1]


def test_sections_named_by_level_labels_read_as_a_scale():
    root = tree(
        section("Level 1", Mastery="Learns.", Scope="Tasks."),
        section("Level 2", Mastery="Knows.", Scope="Features."),
    )
    assert [name for name, *_ in occurrences(root)] == ["Mastery", "Scope", "Mastery", "Scope"]


def test_a_label_printed_in_one_section_only_is_no_competency():
    root = tree(
        section("Level 1", Mastery="Learns.", Scope="Tasks.", Extra="Only here."),
        section("Level 2", Mastery="Knows.", Scope="Features."),
    )
    assert "Extra" not in {name for name, *_ in occurrences(root)}


def test_one_recurring_label_is_not_enough():
    root = tree(section("Level 1", Mastery="Learns.", Scope="Tasks."), section("Level 2", Mastery="Knows.", Reach="x"))
    assert occurrences(root) == []


def test_labels_the_vocabulary_knows_as_sections_are_no_competencies():
    root = tree(
        section("Level 1", Definition="Learns.", Indicators="Tasks."),
        section("Level 2", Definition="Knows.", Indicators="Features."),
    )
    assert occurrences(root) == []


def test_sections_whose_headings_name_no_levels_are_no_by_level_framework():
    root = tree(
        section("Teamwork", Mastery="Learns.", Scope="Tasks."),
        section("Integrity", Mastery="Knows.", Scope="Features."),
    )
    assert occurrences(root) == []


def level_section(title, *competencies):
    """A level's section: a heading over one sub-heading per competency, each over that level's behaviours."""
    return head(
        title,
        *(head(name, bullet(f"{name} at {title.split()[-1]}."), rank=2, style="h2") for name in competencies),
    )


def test_sub_headings_recurring_under_the_sections_that_name_levels_are_the_competencies():
    """Canada's Key Leadership Competencies: "Effective Behaviours – Director" ... "– Supervisor", each over
    "Values and Ethics", "Engagement"; "Introduction" and "Definitions" beside them are no level sections."""
    root = tree(
        head("Introduction", para("The profile describes the behaviours expected of leaders.")),
        head("Definitions", head("Engagement", para("Leaders involve people and partners."), rank=2, style="h2")),
        level_section("Effective Behaviours – Director", "Values and Ethics", "Engagement"),
        level_section("Effective Behaviours – Manager", "Values and Ethics", "Engagement"),
        level_section("Effective Behaviours – Supervisor", "Values and Ethics", "Engagement"),
    )
    found = [(o.name, o.level.label, o.level.order, o.is_heading) for o in transposed(root, VOCAB)]
    assert found == [
        ("Values and Ethics", "Director", 3, True),
        ("Engagement", "Director", 3, True),
        ("Values and Ethics", "Manager", 2, True),
        ("Engagement", "Manager", 2, True),
        ("Values and Ethics", "Supervisor", 1, True),
        ("Engagement", "Supervisor", 1, True),
    ]


def test_a_by_level_framework_of_sub_headings_gives_one_record_per_competency_with_its_definition():
    doc = [
        heading("Definitions"),
        heading("Engagement", 2),
        paragraph("Leaders involve people, organizations and partners in setting goals."),
        heading("Values and Ethics", 2),
        paragraph("Leaders serve with integrity and respect."),
    ]
    for level in ("Director", "Manager", "Supervisor"):
        doc += [heading(f"Effective Behaviours – {level}")]
        for name in ("Values and Ethics", "Engagement"):
            doc += [heading(name, 2), item(f"{name} as a {level.lower()}.")]
    comps = extracted(*doc).competencies
    assert [c.name for c in comps] == ["Values and Ethics", "Engagement"]
    engagement = comps[1]
    assert engagement.definition == "Leaders involve people, organizations and partners in setting goals."
    assert [(lv.rank, lv.label, [b.text for b in lv.behaviors]) for lv in engagement.levels] == [
        (1, "Supervisor", ["Engagement as a supervisor."]),
        (2, "Manager", ["Engagement as a manager."]),
        (3, "Director", ["Engagement as a director."]),
    ]


def test_sections_naming_levels_without_shared_sub_headings_are_no_by_level_framework():
    root = tree(
        head("Director", head("Leads the directorate", bullet("Sets direction.")), rank=1),
        head("Manager", head("Runs the unit", bullet("Plans work.")), rank=1),
    )
    assert transposed(root, VOCAB) == []


def test_sections_each_naming_a_competency_at_a_level_are_no_level_sections():
    """NCA's "Communication – Level C", "Teamwork – Level B", each over "Behaviour definition" and "Level
    definition": a competency's section at one level each, and their sub-headings name fields, not competencies."""
    root = tree(
        head("Communication – Level C", head("Behaviour definition", para("Communicates."), rank=2, style="h2")),
        head("Teamwork – Level B", head("Behaviour definition", para("Works with others."), rank=2, style="h2")),
    )
    assert transposed(root, VOCAB) == []


def test_sections_whose_headings_count_up_a_ladder_read_as_a_scale():
    """A career ladder's rungs named without level words: "Apprentice (IC 1)", "Engineer I (IC 2)", ..."""
    root = tree(
        section("Apprentice (IC 1)", Impact="Picks up work.", Communication="Asks questions."),
        section("Engineer I (IC 2)", Impact="Delivers tasks.", Communication="Explains choices."),
        section("Engineer II (IC 3a)", Impact="Leads delivery.", Communication="Reviews code."),
    )
    assert [(name, level, order) for name, level, order, _ in occurrences(root)][:3] == [
        (
            "Impact",
            "Apprentice (IC 1)",
            1,
        ),
        ("Communication", "Apprentice (IC 1)", 1),
        ("Impact", "Engineer I (IC 2)", 2),
    ]


def test_numbered_sections_not_in_sequence_are_no_ladder():
    root = tree(
        section("Part 2 Teamwork", Impact="Picks up work.", Communication="Asks questions."),
        section("Part 1 Integrity", Impact="Delivers tasks.", Communication="Explains choices."),
        section("Part 3 Drive", Impact="Leads delivery.", Communication="Reviews code."),
    )
    assert occurrences(root) == []


def test_a_table_per_level_section_with_the_competencies_as_columns():
    """Penn State: "Level 1", "Level 2", each over a table headed "Effective Knowledge | Communication", the
    cells below each competency's behaviours at that level."""

    def level_table(title, *cells):
        return head(title, grid(["Effective Knowledge", "Communication"], list(cells), header_row=True))

    root = tree(
        level_table("Level 1", "Learns the job.", "Speaks clearly."),
        level_table("Level 2", "Shares know-how.", "Presents to groups."),
    )
    found = [
        (o.name, o.level.label, [n.text for c in o.content for n in c.walk() if n.text])
        for o in transposed(root, VOCAB)
    ]
    assert found == [
        ("Effective Knowledge", "Level 1", ["Learns the job."]),
        ("Communication", "Level 1", ["Speaks clearly."]),
        ("Effective Knowledge", "Level 2", ["Shares know-how."]),
        ("Communication", "Level 2", ["Presents to groups."]),
    ]
    # a header of the vocabulary's sections ("Level | Behaviours") recurring in every section names no competency
    sections = tree(
        head("Level 1", grid(["Definition", "Behaviours"], ["A.", "B."], header_row=True)),
        head("Level 2", grid(["Definition", "Behaviours"], ["C.", "D."], header_row=True)),
    )
    assert transposed(sections, VOCAB) == []


def test_ladder_rungs_counted_by_numerals_are_level_sections_and_a_scale_word_over_no_competency_is_not():
    def rung(title, *names):
        return head(
            title, *(head(n, bullet(f"{n} at {title}."), rank=3, style="h3") for n in names), rank=2, style="h2"
        )

    root = tree(
        rung("Engineer I", "Coding", "Teamwork"),
        rung("Engineer II", "Coding", "Teamwork"),
        rung("Senior Engineer", "Coding", "Teamwork"),
        head("Contributing", para("Open a pull request."), rank=2, style="h2"),
    )
    found = transposed(root, VOCAB)
    assert sorted({(o.level.label, o.level.order) for o in found}, key=lambda x: x[1]) == [
        ("Engineer I", 1.0),
        ("Engineer II", 2.0),
        ("Senior Engineer", 3.0),
    ]
    assert {o.name for o in found} == {"Coding", "Teamwork"}


def test_competencies_one_heading_further_down_under_a_recurring_theme_are_read_by_level():
    def band(title):
        theme = head(
            "1. Organising your work, making sound decisions and achieving outcomes",
            head("Achieves results", bullet(f"Delivers at {title}."), rank=4, style="h4"),
            head("Supports a corporate perspective", bullet(f"Links work at {title}."), rank=4, style="h4"),
            rank=3,
            style="h3",
        )
        return head(title, theme, rank=2, style="h2")

    found = transposed(tree(band("Band 1"), band("Band 2"), band("Band 3")), VOCAB)
    assert {o.name for o in found} == {"Achieves results", "Supports a corporate perspective"}
    assert sorted({o.level.label for o in found}) == ["Band 1", "Band 2", "Band 3"]


def test_sections_holding_the_same_level_word_name_no_levels():
    """ "Working in a team" and "Working with the community" (an interview guide's areas, each over the same
    "A strong answer shows | A weaker answer shows" table): "working" is a level's name in some scales, but two
    sections at the same place on a scale are no scale."""

    def area(title):
        return head(title, grid(["A strong answer shows", "A weaker answer shows"], ["Gives credit.", "Blames."]))

    root = tree(area("Communication skills"), area("Working in a team"), area("Working with the community"))
    assert transposed(root, VOCAB) == []


def test_recurring_sub_headings_that_hold_only_sub_headings_are_themes_over_the_competencies():
    """National Archives: "APS 1", "APS 2", each over "General capabilities" > "Drive for results", "Flexible
    thinking": the themes recur too, but the competencies are the headings under them."""

    def grade(title):
        return head(
            title,
            head(
                "General capabilities",
                *(
                    head(n, bullet(f"{n} at {title}."), rank=3, style="h3")
                    for n in ("Drive for results", "Flexible thinking")
                ),
                rank=2,
                style="h2",
            ),
        )

    root = tree(grade("APS 1"), grade("APS 2"))
    assert [(o.name, o.level.label) for o in transposed(root, VOCAB)] == [
        ("Drive for results", "APS 1"),
        ("Flexible thinking", "APS 1"),
        ("Drive for results", "APS 2"),
        ("Flexible thinking", "APS 2"),
    ]


def test_headings_numbered_as_an_outline_are_no_ladder():
    """ "5.1. Customer Focus", "5.5. Teamwork / Networking", "5.6. Effective Communication": the outline's numbers
    rise, but they count sections, not rungs; the labels recurring under them ("Cluster", "Level 1") are fields."""
    root = tree(
        section("5.1. Customer Focus", Cluster="Core.", Definition="Puts customers first."),
        section("5.5. Teamwork / Networking", Cluster="Core.", Definition="Works with others."),
        section("5.6. Effective Communication", Cluster="Core.", Definition="Conveys ideas."),
    )
    assert occurrences(root) == []


def test_outline_entries_recurring_under_level_headings_are_competencies_with_grouped_behaviours():
    ladder = [heading("Data Engineering")]
    for n, (sql, stats) in enumerate(
        [("Writes clear SQL", "Knows basic statistics"), ("Designs models", "Chooses tests")], 1
    ):
        ladder += [
            heading(f"Level {n}", level=2),
            item("Mastery"),
            item("Technical knowledge", depth=1),
            item(sql, depth=2),
            item("Stats and maths", depth=1),
            item(stats, depth=2),
            item("e.g. can find the right formula and explain it", depth=3),
            item("Feedback"),
            item(f"Gives feedback at level {n}", depth=1),
        ]
    got = {c.name: c for c in extracted(*ladder).competencies}
    assert sorted(got) == ["Feedback", "Mastery"]
    first = got["Mastery"].levels[0]
    assert first.label == "Level 1"
    assert [(b.group, b.text) for b in first.behaviors] == [
        ("Technical knowledge", "Writes clear SQL"),
        ("Stats and maths", "Knows basic statistics e.g. can find the right formula and explain it"),
    ]
    assert [b.text for b in got["Feedback"].levels[1].behaviors] == ["Gives feedback at level 2"]


def test_a_heading_defining_itself_over_level_sections_with_the_same_sub_headings_is_one_competency():
    """NPS: "TEAM MEMBERSHIP" > "Description: ...", then "ENTRY LEVEL", "DEVELOPMENTAL LEVEL", each over "Team
    Membership Skills" and "Knowledge, Skills and Abilities": groups of one competency's levels."""
    groups = ("Team Membership Skills", "Knowledge, Skills and Abilities")
    doc = [heading("TEAM MEMBERSHIP"), paragraph("Description: Understands the individual's part in a team.")]
    for level in ("ENTRY LEVEL", "DEVELOPMENTAL LEVEL", "FULL PERFORMANCE LEVEL"):
        doc += [heading(level, 2)]
        for group in groups:
            doc += [heading(group, 3), item(f"{group} at the {level.lower()}.")]
    comps = extracted(*doc).competencies
    assert [c.name for c in comps] == ["TEAM MEMBERSHIP"]
    assert [(lv.rank, lv.label, [b.group for b in lv.behaviors]) for lv in comps[0].levels] == [
        (1, "ENTRY LEVEL", list(groups)),
        (2, "DEVELOPMENTAL LEVEL", list(groups)),
        (3, "FULL PERFORMANCE LEVEL", list(groups)),
    ]


def test_labels_recurring_under_each_competency_that_name_levels_themselves_are_its_levels():
    """NPS ECQ: "Conflict Management (Leading People)" and "Teambuilding (Leading People)", each over "All
    Employees: ...", "Team Lead: ...", "Supervisor: ...": the headings are competencies, the labels their levels."""
    doc = []
    for name in ("Conflict Management (Leading People)", "Teambuilding (Leading People)"):
        doc += [heading(name, 2), paragraph("Definition: Works through differences with others.")]
        for role in ("All Employees", "Team Lead", "Supervisor"):
            doc += [paragraph(f"{role}: Handles {name.split()[0].lower()} as a {role.lower()} would, openly.")]
    comps = extracted(heading("Data Dictionary"), *doc).competencies
    assert [c.name for c in comps] == ["Conflict Management (Leading People)", "Teambuilding (Leading People)"]
    assert [(lv.rank, lv.label) for lv in comps[0].levels] == [
        (1, "All Employees"),
        (2, "Team Lead"),
        (3, "Supervisor"),
    ]


def test_the_same_level_sections_under_sibling_headings_are_each_one_competency_s_levels():
    """Train Station: "Planning and Organising" and "Adaptability", each over its definition and "Level 1" ...
    "Level 3", each level over skill sub-headings ("Planning", "Prioritising"): the skills group the behaviours."""
    doc = [heading("Personal Effectiveness")]
    for name, skills in (
        ("Planning and Organising", ("Planning", "Prioritising")),
        ("Adaptability", ("Coping", "Learning")),
    ):
        doc += [heading(name, 2), paragraph(f"{name} means organising work well.")]
        for level in ("Level 1", "Level 2", "Level 3"):
            doc += [heading(level, 3)]
            for skill in skills:
                doc += [heading(skill, 4), item(f"{skill} at {level.lower()}.")]
    comps = extracted(*doc).competencies
    assert [c.name for c in comps] == ["Planning and Organising", "Adaptability"]
    assert [b.group for b in comps[0].levels[0].behaviors] == ["Planning", "Prioritising"]


def test_numbered_competencies_whose_names_open_with_a_level_word_are_no_scale():
    """ACU: "1. Leading Change", "2. Developing Others", "3. Building Relationships", each over the same table
    rows: a list of competencies ("leading", "developing" open their names), not the rungs of a ladder."""
    doc = [heading("Development Guide")]
    for name in ("1. Leading Change", "2. Developing Others", "3. Building Relationships"):
        doc += [heading(name, 2), paragraph(f"Definition: {name[3:]} well."), paragraph("Experience: Lead a project.")]
        doc += [paragraph("Exposure: Shadow a leader.")]
    assert [c.name for c in extracted(*doc).competencies] == [
        "Leading Change",
        "Developing Others",
        "Building Relationships",
    ]


def test_one_level_section_under_the_title_gives_its_sub_headings_that_level():
    """Chesterfield: "Competency framework - Level two" over the one section "Level 2 – Managers and Team Leaders",
    over value clusters ("One council one team – seeing the bigger picture"), each over what one does."""
    doc = [heading("Competency framework - Level two"), heading("Level 2 – Managers and Team Leaders", 2)]
    for name in ("One council one team – seeing the bigger picture", "Can do – delivering at pace"):
        doc += [
            heading(name, 3),
            paragraph("Keep watch for developments that affect your service."),
            paragraph("Share what you learn with your team and colleagues."),
        ]
    comps = extracted(*doc).competencies
    assert [c.name for c in comps] == [
        "One council one team – seeing the bigger picture",
        "Can do – delivering at pace",
    ]
    assert [(lv.rank, lv.label, len(lv.behaviors)) for lv in comps[0].levels] == [
        (2, "Level 2 – Managers and Team Leaders", 2)
    ]


def test_a_competencys_own_page_at_one_level_is_no_level_section_of_a_framework():
    """ "Communication" over "Level 2" over "Written" and "Spoken": one competency's page, its level's groups."""
    doc = [heading("Communication"), heading("Level 2", 2)]
    for group in ("Written", "Spoken"):
        doc += [heading(group, 3), item(f"Communicates clearly in {group.lower()} form.")]
    assert transposed(build(*doc), VOCAB) == []


def test_sections_named_for_roles_by_a_shared_sentence_are_the_levels_of_the_values_under_them():
    """NFRS: "Colleagues show this when they do the following…", "Managers show this when …", "Senior leaders
    show this when …", each over the same values: the roles are the levels, labelled without the shared words."""
    doc = [heading("Behavioural framework")]
    for role in ("Colleagues", "Managers", "Senior leaders"):
        doc += [heading(f"{role} show this when they do the following…", 2)]
        for value in ("We are professional", "Open to change"):
            doc += [heading(value, 3), item(f"{role} act on {value.lower()} every day.")]
            doc += [heading(f"{role} don’t show this when…", 4), item("They ignore feedback from others.")]
    comps = extracted(*doc).competencies
    assert [c.name for c in comps] == ["We are professional", "Open to change"]
    assert [(lv.rank, lv.label) for lv in comps[0].levels] == [
        (1, "Colleagues"),
        (2, "Managers"),
        (3, "Senior leaders"),
    ]
    assert [b.group for b in comps[0].levels[0].behaviors] == [None, "Colleagues don’t show this when…"]


def test_sections_sharing_no_sentence_after_their_leads_are_no_roles():
    doc = [heading("Guide")]
    for part in ("Purpose of the guide", "Using the competencies well"):
        doc += [heading(part, 2)]
        for value in ("We are professional", "Open to change"):
            doc += [heading(value, 3), item(f"Act on {value.lower()} every day.")]
    assert transposed(build(*doc), VOCAB) == []


def test_headings_each_defined_over_a_table_of_the_same_columns_are_competencies_not_levels():
    def area(name: str, descriptor: str):
        return head(
            name,
            para(descriptor),
            grid(
                ["Self", "Others", "Organisation"],
                ["Keeps promises.", "Helps colleagues.", "Improves services."],
                header_row=True,
            ),
            rank=2,
        )

    root = tree(
        head(
            "Professional Behaviours",
            area(
                "Delivering excellent service", "Giving the best possible service to internal and external customers."
            ),
            area("Working together", "Working with others to achieve shared objectives and valuing what they bring."),
        )
    )
    assert transposed(root, VOCAB) == []


def test_a_long_name_holding_a_fields_word_recurs_as_a_competency_like_the_others():
    """The Welsh Government's AHP framework: "Level 5" ... "Level 7", each over its pillars, one of them
    "Evidence, Research and Development" ("Development" alone names a field; the whole name names a pillar)."""

    def level(n: int):
        return head(
            f"Level {n}",
            head("Clinical Practice", bullet(f"Delivers care at level {n}.")),
            head("Evidence, Research and Development", bullet(f"Uses evidence at level {n}.")),
        )

    names = {name for name, *_ in occurrences(tree(level(5), level(6), level(7)))}
    assert names == {"Clinical Practice", "Evidence, Research and Development"}


def test_labels_that_sort_advice_by_its_kind_are_no_competencies_of_a_framework_by_level():
    """WIUT's 70/20/10 ideas: "Self-awareness" (a level's word too) and "Planning", each over "Experience: Keep a
    journal ...", "Exposure: Ask three colleagues ...": advice by its kind, under each competency."""
    root = tree(
        head("Staff Development Ideas: 70/20/10", para("About 70% of learning comes from experience.")),
        head(
            "Self-awareness",
            para("Knowing how you come across to others and where you need to grow."),
            head(
                "Development ideas",
                bullet(
                    "Experience: Keep a short weekly journal of what went well.",
                    term="Experience",
                    body="Keep a short weekly journal of what went well.",
                ),
                bullet(
                    "Exposure: Ask three colleagues for feedback.",
                    term="Exposure",
                    body="Ask three colleagues for feedback.",
                ),
                rank=2,
            ),
        ),
        head(
            "Planning and Organising",
            para("Setting priorities and planning work and time realistically."),
            head(
                "Development ideas",
                bullet(
                    "Experience: Plan the next event with milestones.",
                    term="Experience",
                    body="Plan the next event with milestones.",
                ),
                bullet(
                    "Exposure: Shadow a colleague known for running projects.",
                    term="Exposure",
                    body="Shadow a colleague known for running projects.",
                ),
                rank=2,
            ),
        ),
    )
    assert transposed(root, VOCAB) == []
