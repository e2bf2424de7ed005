"""One document's extraction, blocks to records: what is kept, where names came from, what went where."""

from __future__ import annotations

from pipeline.extract.document import coverage, extract
from pipeline.extract.labeller import Naming

from .helpers import DOC, VOCAB, blocks, extracted, footer, heading, item, paragraph, table, texts

DEFINITION = "The ability to work with others toward shared goals."
FRAMEWORK = [
    heading("Competency Framework"),
    footer("Page 1 of 3"),
    paragraph("Welcome to the framework of skills."),
    heading("Teamwork", 2),
    paragraph(DEFINITION),
    heading("Key Behaviours", 3),
    item("Shares information."),
    heading("Contact"),
    paragraph("Email the team."),
]


def test_extract_gives_the_records_title_furniture_and_name_origins():
    result = extracted(*FRAMEWORK)
    (record,) = result.competencies
    assert (record.name, record.definition, texts(record.indicators)) == (
        "Teamwork",
        DEFINITION,
        ["Shares information."],
    )
    assert result.title == "Competency Framework"
    assert [(d.text, d.reason) for d in result.dropped] == [("Page 1 of 3", "running page footer")]
    assert result.name_origins == {"Teamwork": "document"}
    assert result.warnings == []


def test_extract_is_a_pure_function_of_its_inputs():
    first = extract(blocks(*FRAMEWORK), DOC, VOCAB, Naming())
    second = extract(blocks(*FRAMEWORK), DOC, VOCAB, Naming())
    assert first.competencies == second.competencies
    assert first.tree.labels == second.tree.labels


def test_a_competency_holding_nothing_beside_others_that_do_is_dropped():
    result = extracted(
        heading("Teamwork"),
        paragraph("Level 1"),
        paragraph("Level 2"),
        heading("Integrity"),
        paragraph("Level 1"),
        item("Keeps promises."),
        paragraph("Level 2"),
        item("Models ethics."),
    )
    assert [c.name for c in result.competencies] == ["Integrity"]
    assert result.name_origins == {"Integrity": "document"}


def test_a_lone_competency_holding_nothing_is_kept_and_warned_about():
    result = extracted(heading("Teamwork"), paragraph("Level 1"), paragraph("Level 2"))
    assert [c.name for c in result.competencies] == ["Teamwork"]
    assert "empty-competency" in [w.code for w in result.warnings]


def test_a_document_without_competencies_gives_none_and_a_warning():
    result = extracted(heading("Newsletter"), paragraph("Some news."))
    assert result.competencies == []
    assert [w.code for w in result.warnings] == ["not-a-competency-document"]


def test_a_name_from_the_file_name_is_recorded_as_such():
    result = extracted(
        paragraph(DEFINITION), heading("Key Behaviours"), item("Shares."), naming=Naming(fallback="team work")
    )
    assert result.name_origins == {"team work": "file name"}
    assert [w.code for w in result.warnings] == ["name-from-file"]


def test_coverage_shares_the_documents_text_between_fields_structure_front_matter_and_dropped():
    result = extracted(*FRAMEWORK)
    total = sum(len(b.text) for b in blocks(*FRAMEWORK))
    share = coverage(result.tree, result.dropped, total)
    assert share["characters"] == total
    assert share["in_fields"] == round((len(DEFINITION) + len("Shares information.")) / total, 4)
    assert share["front_matter"] == round(len("Welcome to the framework of skills.") / total, 4)
    assert share["dropped"] == round(len("Page 1 of 3") / total, 4)
    assert share["ignored"] == round((len("Contact") + len("Email the team.")) / total, 4)
    assert 0 < share["structure"] < 1


def test_coverage_of_an_empty_document_is_zero():
    result = extracted()
    assert coverage(result.tree, result.dropped, 0) == {
        "characters": 0,
        "in_fields": 0.0,
        "structure": 0.0,
        "front_matter": 0.0,
        "ignored": 0.0,
        "dropped": 0.0,
    }


def test_the_levels_a_lead_in_lists_are_the_levels_of_the_tables_that_print_them():
    """RCN: "the framework describes practice at four levels:" over the names, then each dimension's table with
    those names as its columns."""
    names = ["Competent nurse", "Experienced nurse", "Expert nurse", "Consultant nurse"]
    rows = [["Competence", *names], ["Own development", "Reflects.", "Seeks learning.", "Leads audit.", "Sets policy."]]
    rows += [["Developing others", "Supports students.", "Mentors.", "Plans education.", "Leads pathways."]]
    found = extracted(
        heading("Career framework"),
        paragraph("For each core dimension the framework describes practice at four levels:"),
        *(item(n, depth=1) for n in names),
        heading("Core dimension 2: Personal and people development", 2),
        paragraph("Personal and people development covers the nurse's own learning and that of others."),
        *table(rows, header_row=True),
    ).competencies
    assert [c.name for c in found] == ["Personal and people development"]
    assert [lv.label for lv in found[0].levels] == names


def _sub_task(code: str, name: str, number: int, criteria: list[tuple[str, str]], outcome: str, objectives: list[str]):
    """One sub-task of a trade's occupational standard (Red Seal): its code and name, the provinces' grid, "Skills"
    over "Performance Criteria | Evidence of Attainment", "Range of Variables", "Knowledge" over a learning outcome
    spanning the rows of its objectives."""
    skills = [["Performance Criteria", "Evidence of Attainment"]] + [
        [f"{code}.0{k}P {do}", f"{code}.0{k}P {shown}"] for k, (do, shown) in enumerate(criteria, start=1)
    ]
    knowledge = [["Learning Outcomes", "Learning Objectives"], [f"{code}.01L {outcome}", f"{code}.01L {objectives[0]}"]]
    knowledge += [[None, f"{code}.0{k}L {text}"] for k, text in enumerate(objectives[1:], start=2)]
    return [
        heading(f"{code} {name}", 4),
        *table([["NL", "NS", "PE", "NB", "QC"], ["yes", "yes", "NV", "yes", "yes"]], 3 * number, header_row=True),
        heading("Skills", 5),
        *table(skills, 3 * number + 1, header_row=True),
        heading("Range of Variables", 5),
        item("tests include: insulation resistance, continuity, polarity"),
        heading("Knowledge", 5),
        *table(knowledge, 3 * number + 2, header_row=True),
    ]


def test_the_sub_tasks_of_an_occupational_standard_are_its_competencies():
    """ "Skills" and "Knowledge" printed under every sub-task are its sections: tables whose headers name their
    criteria; the criteria's codes, the provinces' grid of marks and the task's descriptor are no content."""
    result = extracted(
        heading("Construction Electrician"),
        heading("Task A-5 Commissions and decommissions electrical systems", 3),
        heading("Task Descriptor", 4),
        paragraph("Construction electricians commission new and modified systems to confirm that they work."),
        *_sub_task(
            "A-5.01",
            "Commissions electrical systems",
            1,
            [("verify that installation is complete", "installation is verified against drawings")],
            "demonstrate knowledge of commissioning electrical systems",
            ["define terminology associated with commissioning", "describe the sequence used to energize systems"],
        ),
        *_sub_task(
            "A-5.02",
            "Decommissions electrical systems",
            2,
            [("isolate and lock out systems", "systems are isolated and locked out")],
            "demonstrate knowledge of decommissioning electrical systems",
            ["define terminology associated with decommissioning", "describe procedures used to isolate systems"],
        ),
    )
    first, second = result.competencies
    assert (first.name, second.name) == ("Commissions electrical systems", "Decommissions electrical systems")
    assert [(i.group, i.text) for i in second.indicators] == [
        ("Performance Criteria", "isolate and lock out systems"),
        ("Evidence of Attainment", "systems are isolated and locked out"),
        ("Learning Outcomes", "demonstrate knowledge of decommissioning electrical systems"),
        ("Learning Objectives", "define terminology associated with decommissioning"),
        ("Learning Objectives", "describe procedures used to isolate systems"),
    ]
    assert [(i.group, i.text) for i in first.notes] == [
        ("Range of Variables", "tests include: insulation resistance, continuity, polarity")
    ]


def test_a_labelled_line_about_the_job_over_a_table_of_competencies_is_none_of_them():
    """A career-banding profile: "DESCRIPTION OF WORK: ..." and "MINIMUM TRAINING AND EXPERIENCE: ..." over a table
    whose header says its first column names the competencies."""
    result = extracted(
        heading("Human Resources Specialist Competency Profile"),
        paragraph("DESCRIPTION OF WORK: Employees in this banded class use and explain sound HR practice."),
        paragraph("MINIMUM TRAINING AND EXPERIENCE: A bachelor's degree and one year of experience in the field."),
        *table(
            [
                ["Competency", "Definition", "Contributing", "Journey", "Advanced"],
                ["Customer Service", "Ability to build relationships.", "Answers questions.", "Resolves.", "Leads."],
                ["Communication", "Ability to inform others.", "Writes letters.", "Writes reports.", "Drafts policy."],
            ],
            header_row=True,
        ),
    )
    assert [(c.name, c.definition) for c in result.competencies] == [
        ("Customer Service", "Ability to build relationships."),
        ("Communication", "Ability to inform others."),
    ]


def test_a_labelled_identifier_is_no_note_and_a_caption_of_this_level_heads_behaviours():
    """NOAA Corps: competencies grouped by the rank level they belong to, each a definition and "Officers at this
    level:" over what they do; a NICE page's "Framework ID: NF-COM-004"."""

    def entry(name, definition, does):
        return [
            heading(name, 2),
            paragraph(definition),
            paragraph(f"Framework ID: NF-COM-00{len(name) % 10}"),
            paragraph("Proficiency level targeted: 3"),
            paragraph("Officers at this level:"),
            *(item(text, depth=1) for text in does),
        ]

    does = ["Completes assigned duties on time.", "Reports own errors promptly."]
    result = extracted(
        heading("Leadership Development Framework"),
        *entry("Followership", "Supports the decisions of leaders and carries out lawful orders willingly.", does),
        *entry("Accountability", "Accepts ownership of personal actions and their results.", does),
    )
    first = result.competencies[0]
    assert len(result.competencies) == 2
    assert (first.name, first.levels, texts(first.indicators)) == ("Followership", (), does)
    assert texts(first.notes) == ["Proficiency level targeted: 3"]  # a value, no identifier


def test_a_column_headed_competency_names_them_by_statements_beside_their_descriptors():
    """CES: "Competency | Descriptors", each competency a coded statement, its descriptors bulleted beside it."""
    examines = "Examines and responds to the range of human and natural contexts in which the program operates"
    result = extracted(
        heading("3.0 Situational Practice"),
        paragraph("Situational practice competencies centre on applying evaluative thinking to each setting."),
        *table(
            [
                ["Competency", "Descriptors"],
                [examines, [item("Identifies the factors that shape the program."), item("Adjusts to change.")]],
                ["Builds the conditions for findings to be used", [item("Involves intended users early.")]],
            ],
            header_row=True,
        ),
    )
    first, second = result.competencies
    assert (first.name, texts(first.indicators)) == (
        examines,
        ["Identifies the factors that shape the program.", "Adjusts to change."],
    )
    assert (second.name, texts(second.indicators)) == (
        "Builds the conditions for findings to be used",
        ["Involves intended users early."],
    )


def test_rows_of_names_each_over_a_row_of_their_texts_are_competencies():
    """UN Women: "Values" beside three names over their texts, "Competencies" beside three more over theirs; each
    text's first paragraph defines the name above it, the rest are its indicators."""

    def card(definition, *does):
        return [paragraph(definition), *(paragraph(d) for d in does)]

    result = extracted(
        heading("VALUE & COMPETENCY DEFINITIONS"),
        *table(
            [
                ["Values", "Integrity", "Professionalism"],
                [
                    None,
                    card("Earns trust by keeping commitments under pressure.", "Voices concerns."),
                    card("Champions the mandate and works for change.", "Keeps learning."),
                ],
                ["Competencies", "Accountability", "Creative Problem Solving"],
                [
                    None,
                    card("Takes ownership of results and of how they are achieved.", "Admits mistakes."),
                    card("Examines problems from several angles and finds solutions.", "Tests new ideas."),
                ],
            ],
            header_row=True,
        ),
    )
    assert [(c.name, c.definition, texts(c.indicators)) for c in result.competencies][1:3] == [
        ("Professionalism", "Champions the mandate and works for change.", ["Keeps learning."]),
        ("Accountability", "Takes ownership of results and of how they are achieved.", ["Admits mistakes."]),
    ]
    assert len(result.competencies) == 4


def test_a_column_of_follow_up_questions_joins_the_rows_question():
    """Utah: "Competency | Leading Question | Follow up Questions": each row one question with its follow-ups."""
    result = extracted(
        heading("Competency Based Questions"),
        *table(
            [
                ["Competency", "Leading Question", "Follow up Questions"],
                ["Shares knowledge freely.", "Tell us about a time you shared information.", "What came of it?"],
                ["Adapts readily to change.", "Describe a time your project changed.", "How did you handle it?"],
            ],
            header_row=True,
        ),
    )
    first, second = result.competencies
    assert texts(first.interview_questions) == ["Tell us about a time you shared information. What came of it?"]
    assert texts(second.interview_questions) == ["Describe a time your project changed. How did you handle it?"]


def test_a_header_of_names_repeated_over_each_standards_table_is_the_documents_scale():
    """IRM: "Support | Practitioner | Manager | Leader" over each standard's bulleted cells, two of the names levels
    of scales the vocabulary knows: the document's own scale, in print order. Printed once, it may be anything."""
    header = ["Support", "Practitioner", "Manager", "Leader"]

    def standard(name, number):
        return [
            heading(name, 2),
            paragraph(f"The ability to {name.lower()} across the organisation and its partners."),
            *table([header, [f"Records {name}.", f"Runs {name}.", f"Designs {name}.", f"Sets {name}."]], number, True),
        ]

    result = extracted(heading("Professional Standards"), *standard("Risk assessment", 1), *standard("Reporting", 2))
    assert [(lv.rank, lv.label, texts(lv.behaviors)) for lv in result.competencies[1].levels] == [
        (1, "Support", ["Records Reporting."]),
        (2, "Practitioner", ["Runs Reporting."]),
        (3, "Manager", ["Designs Reporting."]),
        (4, "Leader", ["Sets Reporting."]),
    ]
    once = extracted(heading("Professional Standards"), *standard("Risk assessment", 1))
    assert once.competencies[0].levels == ()


def test_a_heading_naming_levels_over_a_run_of_levels_is_their_section_not_a_competency():
    """AACRAO: "Expertise Levels" over "Entry level", "Intermediate Level", "Expert Level" under the competency."""
    result = extracted(
        heading("Holistic and Systemic Thinking"),
        heading("Functional Description", 3),
        paragraph("Sees the culture and operations of the institution as a whole and as a system."),
        heading("Expertise Levels", 3),
        heading("Entry level", 4),
        paragraph("Recognizes that the systems in their own office connect to others."),
        heading("Expert Level", 4),
        paragraph("Helps lead institutional strategic plans."),
        heading("Related Core Competencies", 3),
        item("Leadership and Management"),
    )
    (record,) = result.competencies
    assert (record.name, [lv.label for lv in record.levels]) == (
        "Holistic and Systemic Thinking",
        [
            "Entry level",
            "Expert Level",
        ],
    )
    assert record.related == ("Leadership and Management",)


def test_a_question_banks_table_joins_its_probes_to_each_question_and_drops_its_reference_codes():
    """Humber: "Ref | Question | Probing questions | What a good answer will show" under each value: "FW1" numbers
    the line, the probes go with the row's question, the last column is what the answer should show."""
    result = extracted(
        heading("Friendly and Welcoming"),
        paragraph("What this means: We greet people warmly and help everyone who uses our services."),
        *table(
            [
                ["Ref", "Question", "Probing questions", "What a good answer will show"],
                [
                    "FW1",
                    "Tell us about a time you made someone feel welcome.",
                    [item("What did you do first?")],
                    [item("Takes the initiative"), item("Adapts their approach")],
                ],
                [
                    "FW2",
                    "Describe a time you were busy but someone needed help.",
                    [item("How did you balance it?")],
                    [item("Stays polite under pressure")],
                ],
            ],
            header_row=True,
        ),
    )
    (record,) = result.competencies
    assert texts(record.interview_questions) == [
        "Tell us about a time you made someone feel welcome. What did you do first?",
        "Describe a time you were busy but someone needed help. How did you balance it?",
    ]
    assert texts(record.indicators) == ["Takes the initiative", "Adapts their approach", "Stays polite under pressure"]


def test_a_grade_table_broken_mid_row_over_a_page_reads_as_one_row_and_its_columns_for_people_as_levels():
    """Hong Kong's Hospital Authority: "Competency Dimensions | Behavioural Indicators for Residents/MOs |
    Additional Behavioural Indicators for Associate Consultants/SMOs | ... for Consultants", the third row cut by a
    page break ("Commitment to providing" / "safe care ...") under the repeated header."""
    header = [
        "Competency Dimensions",
        "Behavioural Indicators for Residents/MOs",
        "Additional Behavioural Indicators for Associate Consultants/SMOs",
        "Additional Behavioural Indicators for Consultants",
    ]

    def named(name, definition):
        return [paragraph(name, bold=True), paragraph(definition)]

    def does(*texts):
        return [item(t) for t in texts]

    first_page = table(
        [
            header,
            [
                named("1. Patient-centered Care", "Commitment to meeting the needs of patients."),
                "Builds rapport.",
                "Resolves conflict.",
                "Champions care.",
            ],
            [
                named("2. Application of Medical Knowledge", "Ability to think critically in practice."),
                "Takes a history.",
                "Guides juniors.",
                "Keeps protocols.",
            ],
            [
                named("3. Quality and Safety", "Commitment to providing"),
                does("Follow procedures on infection control.", "Take part in audits."),
                does("Review incidents within the team."),
                does("Lead quality improvement initiatives."),
            ],
        ],
        1,
        header_row=True,
        page=1,
    )
    second_page = table(
        [
            header,
            [
                "safe care and to improving its quality.",
                does("Report clinical incidents."),
                does("Lead clinical audit projects."),
                does("Foster an open culture."),
            ],
        ],
        2,
        header_row=True,
        page=2,
    )
    result = extracted(heading("CORE COMPETENCY MODEL"), *first_page, *second_page)
    assert [c.name for c in result.competencies] == [
        "Patient-centered Care",
        "Application of Medical Knowledge",
        "Quality and Safety",
    ]
    third = result.competencies[2]
    assert third.definition == "Commitment to providing safe care and to improving its quality."
    assert [(lv.rank, lv.label, texts(lv.behaviors)) for lv in third.levels] == [
        (
            1,
            header[1],
            ["Follow procedures on infection control.", "Take part in audits.", "Report clinical incidents."],
        ),
        (2, header[2], ["Review incidents within the team.", "Lead clinical audit projects."]),
        (3, header[3], ["Lead quality improvement initiatives.", "Foster an open culture."]),
    ]
