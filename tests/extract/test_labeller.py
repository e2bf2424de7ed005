"""Every node of a document labelled from evidence: the competencies and their names, what lies outside them
(title, front matter, clusters, the rest ignored), tables naming competencies, and the document's level key."""

from __future__ import annotations

from pipeline.extract.labeller import Naming
from pipeline.model.tree import Role

from .helpers import heading, item, label_of, labelled, numbered, only, paragraph, records, table, texts

DEFINITION = "The ability to work with others toward shared goals."


def levels(low="Hears others.", high="Leads others."):
    return [paragraph("Level 1"), item(low), paragraph("Level 2"), item(high)]


def names(outcome):
    return [outcome.tree.labels[c].name for c in outcome.competencies]


def role(outcome, text):
    return label_of(outcome, text).role


def test_each_competency_is_labelled_with_its_name_and_the_evidence_for_it():
    outcome = labelled(heading("Teamwork"), *levels(), heading("Integrity"), *levels("Keeps.", "Models."))
    assert names(outcome) == ["Teamwork", "Integrity"]
    label = label_of(outcome, "Teamwork")
    assert (label.role, label.competency) == (Role.COMPETENCY, outcome.competencies[0])
    assert "holds a run of 2 level labels ('Level 1' ...)" in label.evidence
    assert outcome.name_origin == dict.fromkeys(outcome.competencies, "document")


def test_a_competencys_content_belongs_to_it():
    outcome = labelled(heading("Teamwork"), *levels(), heading("Integrity"), *levels("Keeps.", "Models."))
    assert label_of(outcome, "Keeps.").competency == outcome.competencies[1]


def test_outside_the_competencies_the_title_front_matter_clusters_and_the_rest():
    outcome = labelled(
        heading("Competency Framework"),
        paragraph("Welcome to the framework."),
        heading("People Skills", 2),
        heading("Teamwork", 3),
        *levels(),
        heading("Integrity", 3),
        *levels("Keeps.", "Models."),
        heading("Contact", 2),
        paragraph("Email the team for help."),
    )
    assert outcome.title == "Competency Framework"
    assert role(outcome, "Competency Framework") is Role.TITLE
    assert role(outcome, "Welcome to the framework.") is Role.FRONT_MATTER
    assert role(outcome, "People Skills") is Role.CLUSTER
    assert role(outcome, "Contact") is Role.IGNORED
    assert role(outcome, "Email the team for help.") is Role.IGNORED


def test_a_document_without_competencies_is_title_and_front_matter():
    outcome = labelled(heading("Newsletter"), paragraph("Some news."))
    assert (outcome.competencies, outcome.title) == ([], "Newsletter")
    assert role(outcome, "Some news.") is Role.FRONT_MATTER


def test_a_motto_after_the_name_is_kept_apart_from_it():
    outcome = labelled(heading("Uphold Integrity — Leading by example"), paragraph(DEFINITION), *levels())
    label = label_of(outcome, "Uphold Integrity — Leading by example")
    assert (label.name, label.group) == ("Uphold Integrity", "Leading by example")


def test_a_category_shared_by_several_names_before_a_dash_is_no_part_of_the_names():
    outcome = labelled(heading("Core – Leadership"), *levels(), heading("Core – Innovation"), *levels())
    assert names(outcome) == ["Leadership", "Innovation"]
    assert label_of(outcome, "Core – Leadership").group is None  # no motto either


def test_a_title_wrapping_a_name_gives_the_name():
    outcome = labelled(heading("Competency: Teamwork"), paragraph(DEFINITION), *levels())
    assert names(outcome) == ["Teamwork"]


def test_a_name_with_its_kind_after_it_is_the_bare_name_the_document_prints_elsewhere():
    """uOttawa: the overview lists "Planning"; the entry's heading says "Planning competency"."""
    outcome = labelled(
        heading("Key Competencies"),
        item("Planning"),
        item("Communication"),
        heading("Planning competency", 2),
        paragraph(DEFINITION),
        *levels(),
        heading("Veterinary capability", 2),
        paragraph(DEFINITION),
        *levels(),
    )
    assert names(outcome) == ["Planning", "Veterinary capability"]  # printed nowhere bare: whole


def test_a_table_of_a_named_competencys_standards_is_titled_by_that_name():
    """Colorado School of Mines: "Accountability" defined in the dictionary, later "Accountability Standards" over
    its level table; "Performance Standards", printed nowhere bare, stays whole."""
    outcome = labelled(
        heading("Core Competencies"),
        item("Accountability"),
        item("Job Knowledge"),
        heading("Accountability Standards", 2),
        paragraph(DEFINITION),
        *levels(),
        heading("Performance Standards", 2),
        paragraph(DEFINITION),
        *levels(),
    )
    assert names(outcome) == ["Accountability", "Performance Standards"]


def test_a_heading_with_a_sentence_after_its_colon_is_the_name_and_its_definition():
    """NMDHB: "Respect: We care about, and respond to, the needs of the people we serve." over its table."""
    outcome = labelled(
        heading("Respect: We care about, and respond to, the needs of the people we serve.", 2),
        *levels(),
        heading("Teamwork: We work together as one team across services and professions.", 2),
        *levels(),
    )
    assert names(outcome) == ["Respect", "Teamwork"]
    respect = outcome.tree.labels[outcome.competencies[0]]
    assert respect.text == "We care about, and respond to, the needs of the people we serve."


def test_a_heading_asking_what_the_competency_is_holds_its_definition():
    """Enfield: "Influence" over "What is Influence?" over "Influence is about ..." and "Positive indicators"."""
    outcome = labelled(
        heading("Influence", 2),
        heading("What is Influence?", 3),
        paragraph("Influence is about getting our message across clearly and persuasively."),
        heading("Positive indicators", 4),
        item("Explains ideas clearly and checks that others have understood."),
    )
    assert label_of(outcome, "Influence is about getting our message across clearly and persuasively.").role is (
        Role.DEFINITION
    )


def test_entries_the_document_counts_in_its_own_words_are_named_by_the_statement_under_the_count():
    """JRCPTB's slides: "Generic CiP 1" over the CiP's statement set as a sub-heading, over its sections."""

    def cip(number: int, statement: str, behaviours: list[str]):
        return [
            heading(f"Generic CiP {number}", 1),
            heading(statement, 2),
            heading("Descriptors", 3),
            *[item(b) for b in behaviours],
            heading("Evidence to inform decision", 3),
            item("Multi-source feedback"),
        ]

    first, second, third = (
        "Able to function within NHS organisational and management systems",
        "Able to deal with ethical and legal issues related to clinical practice and to the law",
        "Communicates effectively and is able to share decision making with patients and with colleagues",
    )
    document = (
        *cip(1, first, ["Knows how the service is organised", "Takes part in clinical governance"]),
        *cip(2, second, ["Applies the principles of consent", "Handles confidential information lawfully"]),
        *cip(3, third, ["Speaks with patients clearly and kindly", "Writes timely and accurate notes"]),
    )
    outcome = labelled(*document)
    assert names(outcome) == [first, second, third]
    # the first statement, short enough to be taken for a name over its sections, is no entry inside its count's
    assert outcome.tree.labels[outcome.competencies[0]].role is Role.COMPETENCY
    assert label_of(outcome, first).role is Role.STRUCTURE  # type: ignore[union-attr]
    found = records(*document)
    assert [texts(c.indicators) for c in found][1] == [
        "Applies the principles of consent",
        "Handles confidential information lawfully",
    ]
    assert [i.group for i in found[0].indicators] == [None, None]  # the statement is the name, no theme of it


def test_one_numbered_heading_over_a_statement_keeps_its_own_name():
    # "Phase 2" counts nothing the document counts again: the statement under it is what it says, not its name
    outcome = labelled(
        heading("Phase 2", 1),
        heading("Builds trust with the team and its partners", 2),
        heading("Behavioural indicators", 3),
        item("Keeps promises made to colleagues"),
        item("Shares information openly with partners"),
    )
    assert "Builds trust with the team and its partners" not in names(outcome)


def test_a_unit_of_competency_is_one_competency_named_by_its_title_without_its_code():
    """training.gov.au: "ICTCYS407 Gather, analyse and interpret threat data" over "Elements and Performance
    Criteria" (element rows beside their criteria) and "Foundation Skills" ("Skill | Description" rows, which name
    no competencies of their own)."""
    outcome = labelled(
        heading("ICTCYS407 Gather, analyse and interpret threat data"),
        heading("Elements and Performance Criteria", 2),
        table(
            [
                ["ELEMENT", "PERFORMANCE CRITERIA"],
                ["1. Prepare to gather threat data", "Identify requirements and scope for gathering threat data"],
                ["2. Gather threat data", "Collect threat data from identified sources using approved tools"],
            ],
            header_row=True,
        ),
        heading("Foundation Skills", 2),
        table(
            [
                ["SKILL", "DESCRIPTION"],
                ["Reading", "Interprets complex technical information from threat intelligence sources"],
                ["Writing", "Prepares clear and accurate reports using technical language"],
            ],
            header_row=True,
        ),
    )
    assert names(outcome) == ["Gather, analyse and interpret threat data"]


# ------------------------------------------------------------------ naming a document that is one competency
BODY = [paragraph(DEFINITION), heading("Key Behaviours"), item("Shares information.")]


def test_the_manifests_name_names_a_single_competency():
    outcome = labelled(heading("Teamwork"), *levels(), naming=Naming(manifest_name="Team Working"))
    assert (names(outcome), outcome.name_origin[outcome.competencies[0]]) == (["Team Working"], "manifest")


def test_several_competencies_keep_their_printed_names_despite_a_manifest_name():
    outcome = labelled(
        heading("Teamwork"), *levels(), heading("Integrity"), *levels(), naming=Naming(manifest_name="X")
    )
    assert names(outcome) == ["Teamwork", "Integrity"]


def test_a_heading_saying_what_the_file_name_says_names_the_document():
    outcome = labelled(
        heading("Behavioural competencies for Management services: Conceptual and analytical ability"),
        heading("Definition"),
        paragraph(DEFINITION),
        heading("Key Behaviours"),
        item("Shares information."),
        naming=Naming(fallback="nrc conceptual analytical ability"),
    )
    assert names(outcome) == ["Conceptual and analytical ability"]
    assert outcome.name_origin[outcome.competencies[0]] == "title"


def test_a_short_line_matching_the_stored_title_names_the_document():
    outcome = labelled(paragraph("Customer Focus"), *BODY, naming=Naming(reader_title="Customer Focus | Acme Corp"))
    assert names(outcome) == ["Customer Focus"]


def test_the_stored_title_without_the_sites_name_names_the_document():
    outcome = labelled(*BODY, naming=Naming(reader_title="Customer Focus - Acme HR Site"))
    assert (names(outcome), outcome.name_origin[0]) == (["Customer Focus"], "title")


def test_without_any_printed_or_stored_name_the_file_name_names_the_document():
    outcome = labelled(*BODY, naming=Naming(fallback="customer focus"))
    assert (names(outcome), outcome.name_origin[0]) == (["customer focus"], "file name")


# ------------------------------------------------------------------ tables and competencies described twice
def test_a_table_naming_competencies_outside_any_competency_gives_them():
    rows = [["Competency", "Indicators"], ["Teamwork", "Shares information."], ["Integrity", "Keeps promises."]]
    outcome = labelled(heading("Framework"), table(rows, header_row=True))
    assert names(outcome) == ["Teamwork", "Integrity"]
    assert label_of(outcome, "Keeps promises.").field == "indicators"


def test_a_table_naming_one_competency_owns_what_follows_it():
    rows = [
        ["Competency Title", "Software Testing"],
        ["Proficiency Level 1", "Runs tests."],
        ["Proficiency Level 2", "Plans."],
    ]
    outcome = labelled(heading("Framework"), table(rows), heading("Key Behaviours", 2), item("Tests code."))
    assert names(outcome) == ["Software Testing"]
    label = label_of(outcome, "Tests code.")
    assert (label.field, label.competency) == ("indicators", outcome.competencies[0])


def test_a_heading_naming_a_tables_competency_again_adds_its_content_to_it():
    rows = [
        ["Level", "Teamwork", "Integrity"],
        ["Level 1", "Hears others.", "Keeps promises."],
        ["Level 2", "Leads.", "Models."],
    ]
    outcome = labelled(
        heading("Framework"),
        table(rows, header_row=True),
        heading("Teamwork", 2),
        paragraph("Teams share information and credit with each other."),
    )
    teamwork = outcome.competencies[0]
    heading_label = outcome.tree.label(outcome.tree.root.children[0].children[1])
    assert (heading_label.role, heading_label.competency) == (Role.STRUCTURE, teamwork)
    definition = label_of(outcome, "Teams share information and credit with each other.")
    assert (definition.role, definition.competency) == (Role.DEFINITION, teamwork)


def test_a_section_headed_by_a_competencys_name_and_a_field_elsewhere_is_that_competencys():
    """Sarasota: the questions of each competency in a part of their own ("CUSTOMER CHAMPION INTERVIEW QUESTIONS"),
    the competencies described after them."""
    outcome = labelled(
        heading("CUSTOMER CHAMPION INTERVIEW QUESTIONS"),
        numbered("Tell us about a time you went beyond what was expected to help a customer.", 1),
        numbered("Describe a customer who was upset about a decision you could not change.", 2),
        heading("CORE COMPETENCY DESCRIPTIONS"),
        heading("CUSTOMER CHAMPION", 2),
        paragraph("Puts the needs of internal and external customers first in all that they do."),
        item("Listens to customers and responds promptly."),
        heading("PROCESS IMPROVER", 2),
        paragraph("Looks for better ways to deliver services and acts on them."),
        item("Suggests changes that save time."),
    )
    champion = outcome.competencies[0]
    question = label_of(outcome, "Tell us about a time you went beyond what was expected to help a customer.")
    assert (question.role, question.field, question.competency) == (Role.CONTENT, "interview_questions", champion)


def test_an_overview_line_naming_and_defining_a_competency_is_its_definition():
    outcome = labelled(
        heading("Overview of competencies"),
        paragraph("Teamwork: How you work with others to reach shared goals."),
        heading("Teamwork"),
        *levels(),
    )
    label = label_of(outcome, "Teamwork: How you work with others to reach shared goals.")
    assert (label.role, label.text, label.competency) == (
        Role.DEFINITION,
        "How you work with others to reach shared goals.",
        outcome.competencies[0],
    )


def test_an_overview_line_for_a_competency_already_defined_stays_front_matter():
    outcome = labelled(
        paragraph("Teamwork: How you work with others to reach shared goals."),
        heading("Teamwork"),
        paragraph(DEFINITION),
        *levels(),
    )
    assert role(outcome, "Teamwork: How you work with others to reach shared goals.") is Role.FRONT_MATTER


# ------------------------------------------------------------------ the document's level key
def test_level_lines_before_the_competencies_are_a_key_read_by_their_descriptions():
    outcome = labelled(
        paragraph("Level A - outstanding performance in every part."),
        paragraph("Level B - proficient work in most parts."),
        paragraph("Level C - basic knowledge of the parts."),
        heading("Teamwork"),
        paragraph("Level A"),
        item("Leads."),
        paragraph("Level B"),
        item("Shares."),
    )
    assert outcome.key == {"level a": 3.0, "level b": 2.0, "level c": 1.0}


def test_a_table_of_the_scale_before_the_competencies_is_the_key():
    key_table = table(
        [["1", "Fundamental Awareness", "Basics."], ["2", "Novice", "Some."], ["3", "Intermediate", "More."]]
    )
    outcome = labelled(key_table, heading("Teamwork"), paragraph("Novice"), item("Hears."), paragraph("Intermediate"))
    assert outcome.key == {"fundamental awareness": 1.0, "novice": 2.0, "intermediate": 3.0}


def test_a_sentence_saying_which_end_is_highest_is_the_key():
    outcome = labelled(
        paragraph("There are levels A, B and C, with level A the highest."),
        heading("Teamwork"),
        paragraph("Level A"),
        item("Leads."),
        paragraph("Level B"),
        item("Shares."),
    )
    assert outcome.key["level a"] > outcome.key["level b"]


def test_without_a_key_the_outcome_has_none():
    assert labelled(heading("Teamwork"), *levels()).key == {}


# ------------------------------------------------------------------ a framework printed by level
def test_a_framework_printed_by_level_labels_its_recurring_lines():
    outcome = labelled(
        heading("Career ladder"),
        heading("Junior Programmer", 2),
        paragraph("Mastery: Learns the language."),
        paragraph("Scope: Works on tasks."),
        heading("Senior Programmer", 2),
        paragraph("Mastery: Knows the language."),
        paragraph("Scope: Owns features."),
        heading("Principal Programmer", 2),
        paragraph("Mastery: Shapes the language."),
        paragraph("Scope: Owns systems."),
    )
    assert names(outcome) == ["Mastery", "Scope"]
    first = label_of(outcome, "Mastery: Learns the language.")
    assert (first.role, first.level.label, first.text) == (Role.COMPETENCY, "Junior Programmer", "Learns the language.")
    later = label_of(outcome, "Mastery: Knows the language.")
    assert (later.role, later.field, later.competency) == (Role.CONTENT, "levels", outcome.competencies[0])
    assert role(outcome, "Senior Programmer") is Role.STRUCTURE
    assert outcome.title == "Career ladder"


def test_a_table_of_the_scale_in_an_appendix_after_the_competencies_is_the_key():
    """IFAC: the competencies first, "Appendix: Description of Levels of Proficiency" with its table at the end."""
    key_table = table(
        [["Level of Proficiency", "Description"], ["Foundation", "Defines."], ["Intermediate", "Applies."]],
        header_row=True,
    )
    entries = []
    for name in ("Teamwork", "Integrity"):
        entries += [
            heading(name, 2),
            paragraph("The ability to work with others toward shared goals."),
            heading("Key Behaviours", 3),
            item("Shares information."),
        ]
    outcome = labelled(
        heading("Competencies"), *entries, heading("Appendix: Description of Levels of Proficiency"), key_table
    )
    assert outcome.key == {"foundation": 1.0, "intermediate": 2.0}


def test_a_competency_heading_glossed_after_its_colon_gives_the_name_and_its_definition():
    """Albemarle: "1. Community: working together to achieve common goals" over "An employee may demonstrate this
    competency by the following:" and its descriptors."""
    doc = [heading("Proposed Competencies")]
    for name, gloss in (("Community", "working together to achieve common goals"), ("Learning", "development")):
        doc += [
            heading(f"{name}: {gloss}", 2),
            paragraph("An employee may demonstrate this competency by the following:"),
        ]
        doc += [item("Teamwork: respects diversity and shares what they know", depth=1), item("Open-minded", depth=1)]
    comps = records(*doc)
    assert [(c.name, c.definition) for c in comps] == [
        ("Community", "working together to achieve common goals"),
        ("Learning", "development"),
    ]
    assert [i.text for i in comps[0].indicators] == [
        "Teamwork: respects diversity and shares what they know",
        "Open-minded",
    ]


def test_a_heading_naming_its_kind_after_the_colon_keeps_its_whole_name():
    """ "Competency: Teamwork" names the competency after the colon; a capital starts no gloss."""
    comp = only(heading("Leadership: Leading Others"), paragraph("Definition: Guides others toward shared goals."))
    assert comp.definition == "Guides others toward shared goals."
    assert comp.name != "Leadership"


def test_a_counted_kind_before_a_headings_dash_is_no_name():
    """RMIT: "Cluster 1 – Working together" names "Working together"; "Cluster 1" counts it."""
    doc = [heading("Behavioural Capability Framework")]
    for n, name in enumerate(("Working together", "Client focus"), start=1):
        doc += [heading(f"Cluster {n} – {name}", 2), paragraph(f"{name} is how staff work with others every day.")]
        doc += [heading("Level 1", 3), item("Helps colleagues."), heading("Level 2", 3), item("Leads colleagues.")]
    assert [c.name for c in records(*doc)] == ["Working together", "Client focus"]


def test_a_name_and_its_gloss_after_a_dash_listed_whole_in_the_opening_are_one_name():
    outcome = labelled(
        heading("Our values"),
        paragraph("The values we hold:"),
        item("We do the right thing – Kia tika", depth=1),
        item("We serve and support – Manaakitanga", depth=1),
        heading("We do the right thing – Kia tika", 2),
        paragraph(DEFINITION),
        *levels(),
        heading("We serve and support – Manaakitanga", 2),
        paragraph(DEFINITION),
        *levels(),
    )
    assert names(outcome) == ["We do the right thing – Kia tika", "We serve and support – Manaakitanga"]
    assert label_of(outcome, "We do the right thing – Kia tika").group is None  # no motto


def test_a_table_naming_several_competencies_over_levels_each_competencys_table_prints_again_is_the_key():
    """Food and Fibre: "Level | Responsibility | Autonomy" over the three levels, then one table per skill set
    titled by its name over the same levels."""
    steps = ("Finding your place", "Building your place", "Nurturing your place")
    rows = [["Level", "Responsibility", "Autonomy"], *([s, "works with supervision", "independent"] for s in steps)]
    key = table(rows, header_row=True)
    skill_sets = []
    for n, name in enumerate(("Machinery Skills", "Quality Management"), start=1):
        rows = [["Skill", name], *([s, f"Operates the equipment safely at {s.lower()}."] for s in steps)]
        skill_sets += table(rows, number=n, header_row=True)
    lead_in = paragraph("Each skill set is described at three levels, using a progression approach:")
    found = records(heading("Core technical skills"), heading("The skill sets", 2), lead_in, *key, *skill_sets)
    assert [c.name for c in found] == ["Machinery Skills", "Quality Management"]  # not "Responsibility"


def test_a_matrix_printed_in_several_tables_over_the_same_levels_keeps_its_competencies():
    """CircleCI: a table of titles over "E1 | E2 | E3", then the matrix in parts, each part a table of competencies
    over the same levels."""
    levels_row = ["", "E1", "E2", "E3"]
    titles = table([levels_row, ["Title", "Associate Engineer", "Engineer", "Senior Engineer"]], header_row=True)
    parts = []
    for n, names_ in enumerate((("Writing code", "Testing"), ("Debugging", "Observability")), start=1):
        rows = [["Competency", "E1", "E2", "E3"]]
        rows += [[name, f"{name} with help.", f"{name} alone.", f"{name} for the team."] for name in names_]
        parts += [heading(f"Part {n}", 2), *table(rows, number=n, header_row=True)]
    found = records(heading("Engineering Competency Matrix"), *titles, *parts)
    assert [c.name for c in found] == ["Writing code", "Testing", "Debugging", "Observability"]
