"""What a table holds, read from its header row and its first column, and the labels of its cells."""

from __future__ import annotations

import pytest

from pipeline.extract.scale import document_ladders, is_scale, parse_level, rank_levels
from pipeline.extract.table_layout import (
    cell_nodes,
    cell_text,
    cell_title,
    document_scales,
    header_levels,
    holds_levels,
    named_in_table,
    read_table,
    table_key,
)
from pipeline.model.tree import Node, NodeKind, Role

from .helpers import VOCAB, bullet, grid, head, line, para, tree

OWNER = 999  # the id of a competency the table belongs to (no node of the table)


def bold_line(text, *children):
    """A bold short line inside a cell, as the tree builds it: a heading (over what it holds)."""
    return head(text, *children, style="bold line in a cell")


def read(table, owner=None, field=None, group=None):
    """(kind, {text: (role, field, group, level label, competency text or id)}, competencies' texts)."""
    root = tree(table)
    nodes = {n.id: n for n in root.walk()}
    out = read_table(root.children[0], VOCAB, owner, field, group)

    def owner_of(cid):
        return cell_text(nodes[cid]) if cid in nodes else cid

    labels = {}
    for node in root.walk():
        label = out.labels.get(node.id)
        if label is not None and node.text:
            level = label.level.label if label.level else None
            labels[node.text] = (label.role, label.field, label.group, level, owner_of(label.competency))
    return out.kind, labels, [owner_of(c) for c in out.competencies]


LEVEL_COLUMNS = grid(
    ["", "Level 1", "Level 2", "Level 3"],
    ["Listening", "Hears others.", "Listens well.", "Coaches listening."],
    ["Speaking", "Speaks.", "Presents.", "Inspires."],
    header_row=True,
)


def test_a_row_of_level_labels_makes_each_column_below_a_level():
    kind, labels, _ = read(LEVEL_COLUMNS, OWNER)
    assert kind == "levels as columns"
    assert labels["Hears others."] == (Role.CONTENT, "levels", "Listening", "Level 1", OWNER)
    assert labels["Inspires."] == (Role.CONTENT, "levels", "Speaking", "Level 3", OWNER)
    assert labels["Level 2"][0] is Role.STRUCTURE


def test_a_first_column_of_labels_names_groups_of_the_behaviours_in_its_row():
    _, labels, _ = read(LEVEL_COLUMNS, OWNER)
    assert labels["Listening"][:3] == (Role.GROUP, None, None)


def test_a_row_label_with_a_name_and_a_description_is_a_competency_of_a_matrix():
    matrix = grid(
        ["Competency", "Basic", "Advanced"],
        [(para("Teamwork"), para("The ability to work with others.")), "Shares.", "Leads teams."],
        [(para("Integrity"), para("The commitment to act honestly.")), "Keeps promises.", "Models ethics."],
        header_row=True,
    )
    kind, labels, competencies = read(matrix)
    teamwork = "Teamwork The ability to work with others."
    assert (kind, competencies) == ("levels as columns", [teamwork, "Integrity The commitment to act honestly."])
    assert labels["The ability to work with others."] == (Role.DEFINITION, None, None, None, teamwork)
    assert labels["Leads teams."] == (Role.CONTENT, "levels", None, "Advanced", teamwork)


def test_a_caption_row_over_the_levels_lists_is_structure():
    table = grid(
        ["", "Level 1", "Level 2", "Level 3"],
        ["", "At this level you will:", "At this level you will:", "At this level you will:"],
        ["", "Hears.", "Listens.", "Coaches."],
        header_row=True,
    )
    _, labels, _ = read(table, OWNER)
    assert labels["At this level you will:"][0] is Role.STRUCTURE
    assert labels["Hears."][:4] == (Role.CONTENT, "levels", None, "Level 1")


def test_a_row_of_one_label_and_one_wide_cell_among_level_columns_is_a_note():
    table = grid(
        ["", "Level 1", "Level 2", "Level 3"],
        ["Note", "Applies at every level of the service.", "", ""],
        ["", "Hears.", "Listens.", "Coaches."],
        header_row=True,
    )
    _, labels, _ = read(table, OWNER)
    assert labels["Applies at every level of the service."][:3] == (Role.CONTENT, "notes", "Note")


def test_a_first_column_of_level_labels_makes_each_row_a_level():
    table = grid(["Level", "Behaviours"], ["Level 1", "Hears others."], ["Level 2", "Listens well."], header_row=True)
    kind, labels, _ = read(table, OWNER)
    assert kind == "levels as rows"
    assert labels["Listens well."] == (Role.CONTENT, "levels", None, "Level 2", OWNER)


def test_under_a_level_header_rows_titled_and_counted_1_2_3_are_levels_whatever_their_length():
    table = grid(
        ["Level", "Behavioural Indicators"],
        ["1. Responds to Client Requests", "Answers questions promptly."],
        ["2. Takes Personal Responsibility for Client Needs", "Owns client problems."],
        ["3. Acts as a Trusted Advisor", "Gives independent advice."],
        header_row=True,
    )
    kind, labels, _ = read(table, OWNER)
    assert kind == "levels as rows"
    assert labels["Owns client problems."] == (
        Role.CONTENT,
        "levels",
        None,
        "2. Takes Personal Responsibility for Client Needs",
        OWNER,
    )


def test_a_map_of_marks_from_competencies_to_courses_is_no_competency_and_no_content():
    """OSU: "Competency | LC I | LC II | LC III" over a "●" where a course develops the competency."""
    table = grid(
        ["Competency", "LC I", "LC II", "LC III"],
        ["Vision-Directed Leadership", "●", "", "●"],
        ["Systems Thinking and Change", "", "●", "●"],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert (kind, competencies) == ("required levels", [])
    assert {role for role, *_ in labels.values()} == {Role.STRUCTURE}
    # ACHE: a bubble to fill in every cell is a form to rate each statement on, no map
    form = grid(
        ["Competency", "Novice", "Competent", "Expert"],
        ["Build relationships with clinical leaders", "○", "○", "○"],
        ["Maintain trust with the governing board", "○", "○", "○"],
        header_row=True,
    )
    assert read(form)[0] != "required levels"


def test_a_course_catalogue_table_under_a_competency_gives_one_course_per_row():
    """NSG: "Course | Course code | Duration | Delivery mode | Target group" under a competency's name."""
    table = grid(
        ["Course", "Course code", "Duration", "Delivery mode"],
        ["Emerging Leaders Programme", "ELP-L01", "3 blocks of 5 days", "Blended"],
        ["Strategic Thinking for Managers", "STM-O02", "20 notional hours", "ODeL"],
        header_row=True,
    )
    root = tree(table)
    out = read_table(root.children[0], VOCAB, OWNER, None, None)
    rows = [(label.field, label.text) for label in out.labels.values() if label.role is Role.CONTENT]
    assert rows == [
        ("courses", "Emerging Leaders Programme | ELP-L01 | 3 blocks of 5 days | Blended"),
        ("courses", "Strategic Thinking for Managers | STM-O02 | 20 notional hours | ODeL"),
    ]


def test_a_profile_of_the_level_each_position_requires_is_no_competency_and_no_content():
    table = grid(
        ["Position level", "Client Service", "Teamwork", "Adaptability"],
        ["Employee", "2", "2", "1"],
        ["Supervisor", "2", "3", "2"],
        ["Manager", "3", "3", "3"],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert (kind, competencies) == ("required levels", [])
    assert {role for role, *_ in labels.values()} == {Role.STRUCTURE}


def test_a_standards_clauses_set_as_a_numbered_table_are_indicators_the_numbers_no_content():
    table = grid(
        ["No.", "Core competency"],
        ["2.1", "Design and operate surveillance systems."],
        ["2.2", "Detect outbreaks in good time."],
        ["2.3", "Apply the International Health Regulations."],
        header_row=True,
    )
    kind, labels, _ = read(table, OWNER)
    assert kind == "numbered clauses"
    assert labels["Detect outbreaks in good time."][:2] == (Role.CONTENT, "indicators")
    assert labels["2.2"][0] is Role.STRUCTURE


def test_a_first_column_counting_the_rows_without_full_stops_is_no_content():
    """IES: "No. | Element of Competency | Description | Assessed through" over "1", "2": the numbers count."""
    table = grid(
        ["No.", "Element of Competency", "Description", "Assessed through"],
        ["1", "Comprehend universal knowledge", "Understand and apply advanced knowledge.", "R, I"],
        ["2", "Comprehend local knowledge", "Understand and apply local knowledge.", "R"],
        header_row=True,
    )
    _, labels, competencies = read(table)
    assert competencies == ["Comprehend universal knowledge", "Comprehend local knowledge"]
    assert labels["2"][0] is Role.STRUCTURE


def test_a_table_numbered_with_gaps_or_several_columns_is_no_list_of_clauses():
    table = grid(
        ["No.", "Course", "Provider"], ["1.1", "Writing", "Acme"], ["1.2", "Speaking", "Acme"], header_row=True
    )
    kind, _, _ = read(table, OWNER, field="courses")
    assert kind != "numbered clauses"


def test_a_column_of_ratings_to_circle_with_n_a_is_left_to_fill_in():
    table = grid(["Knows the services of the unit.", "1 2 3 4 5 N/A"], ["Recognizes forces at work.", "1 2 3 4 5 N/A"])
    _, labels, _ = read(table, OWNER, field="indicators")
    assert labels["1 2 3 4 5 N/A"][0] is Role.STRUCTURE
    assert labels["Knows the services of the unit."][:2] == (Role.CONTENT, "indicators")


def test_level_rows_group_their_behaviours_by_column_header_inside_a_competency():
    table = grid(
        ["Level", "Listening", "Speaking"],
        ["Level 1", "Hears others.", "Speaks."],
        ["Level 2", "Listens well.", "Presents."],
        header_row=True,
    )
    kind, labels, competencies = read(table, OWNER)
    assert (kind, competencies) == ("levels as rows", [])
    assert labels["Presents."] == (Role.CONTENT, "levels", "Speaking", "Level 2", OWNER)


def test_a_row_holding_only_a_level_label_titles_the_rows_below_it():
    """UK Civil Service 2012: "Level 1 – AA and AO or equivalent" across the table, then a row of behaviours under
    the header's "Effective behaviour | Ineffective behaviour", then the next level's row."""
    table = grid(
        ["Effective behaviour", "Ineffective behaviour"],
        ["Level 1 – AA and AO or equivalent"],
        [(bullet("Shares information with the team."),), (bullet("Keeps information to themselves."),)],
        ["Level 2 – EO or equivalent"],
        [(bullet("Builds positive relationships."),), (bullet("Avoids disagreement."),)],
        header_row=True,
    )
    kind, labels, _ = read(table, OWNER)
    assert kind == "levels as rows"
    assert labels["Keeps information to themselves."] == (
        Role.CONTENT,
        "levels",
        "Ineffective behaviour",
        "Level 1 – AA and AO or equivalent",
        OWNER,
    )
    assert labels["Builds positive relationships."][2:4] == ("Effective behaviour", "Level 2 – EO or equivalent")


def test_outside_any_competency_the_column_headers_of_level_rows_are_competencies():
    table = grid(
        ["Level", "Listening", "Speaking"],
        ["Level 1", "Hears others.", "Speaks."],
        ["Level 2", "Listens well.", "Presents."],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert (kind, competencies) == ("competencies as columns, levels as rows", ["Listening", "Speaking"])
    assert labels["Presents."] == (Role.CONTENT, "levels", None, "Level 2", "Speaking")


def test_column_headers_that_name_an_aspect_of_the_level_are_no_competencies():
    table = grid(
        ["Level", "Responsibility", "Description of the skill at this level"],
        ["Level 1", "Follow", "Runs given test scripts."],
        ["Level 2", "Assist", "Uses test scripts to run tests."],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert (kind, competencies) == ("levels as rows", [])
    assert labels["Uses test scripts to run tests."][1:4] == (
        "levels",
        "Description of the skill at this level",
        "Level 2",
    )


def test_under_a_level_column_header_unknown_names_are_levels_in_print_order():
    table = grid(
        ["Level", "Behaviours"],
        ["Foundational", "Hears."],
        ["Adept", "Listens."],
        ["Highly Advanced", "Coaches."],
        header_row=True,
    )
    kind, labels, _ = read(table, OWNER)
    assert kind == "levels as rows"
    assert [labels[t][3] for t in ("Hears.", "Listens.", "Coaches.")] == ["Foundational", "Adept", "Highly Advanced"]


def test_under_a_role_column_header_the_roles_are_levels_ranked_by_the_names_the_vocabulary_knows():
    """ "Occupational role | Behavioural indicators", the roles printed from the highest: each row is a level,
    "General Service" (known as the lowest staff category) ranked 1 though printed last."""
    table = grid(
        ["Occupational role", "Behavioural indicators"],
        ["Managerial", (bullet("Creates an open atmosphere."),)],
        ["Professional", (bullet("Writes accurate reports."),)],
        ["General Service", (bullet("Drafts routine letters."),)],
        header_row=True,
    )
    out = read_table(tree(table).children[0], VOCAB, OWNER, None, None)
    assert out.kind == "levels as rows"
    _, labels, _ = read(table, OWNER)
    assert [labels[t][3] for t in ("Creates an open atmosphere.", "Drafts routine letters.")] == [
        "Managerial",
        "General Service",
    ]
    ranks = {lbl.level.label: lbl.level.order for lbl in out.labels.values() if lbl.level is not None}
    assert ranks["General Service"] < ranks["Professional"] < ranks["Managerial"]


def test_a_one_cell_definition_row_or_section_row_among_level_rows():
    definition = grid([line("Definition", "The ability to listen.")], ["Level 1", "Hears."], ["Level 2", "Listens."])
    _, labels, _ = read(definition, OWNER)
    assert labels["Definition: The ability to listen."][0] is Role.DEFINITION
    section = grid(["Behavioural Indicators"], ["Level 1", "Hears."], ["Level 2", "Listens."])
    _, labels, _ = read(section, OWNER)
    assert labels["Behavioural Indicators"][0] is Role.STRUCTURE


def test_competencies_worded_as_statements_beside_numbered_clauses_are_rows_of_competencies():
    """NPAG: "Essential Competencies | Entry-to-Practice Milestones", names closed by a full stop ("Use effective
    written communication."), milestones numbered "2.2.1", "2.2.2": each row a competency, its clauses indicators."""
    table = grid(
        ["Essential Competencies", "Entry-to-Practice Milestones"],
        [
            "Use effective written communication.",
            (bullet("Produce accurate records.", marker="2.2.1"), bullet("Meet record keeping rules.", marker="2.2.2")),
        ],
        [
            "Contribute to effective teamwork.",
            (bullet("Set team goals.", marker="3.3.1"), bullet("Share information in time.", marker="3.3.2")),
        ],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert (kind, competencies) == (
        "competencies as rows",
        ["Use effective written communication.", "Contribute to effective teamwork."],
    )
    assert labels["Set team goals."][:2] == (Role.CONTENT, "indicators")
    # "Element of Competency": the column names parts of one competency, no competencies of their own
    table_of_parts = grid(
        ["Element of Competency", "Indicators of Attainment"],
        ["Ethical conduct and accountability.", "Shows a commitment to the code of ethics."],
        ["Effective oral and written communication.", "Prepares clear technical documents."],
        header_row=True,
    )
    assert read(table_of_parts)[0] != "competencies as rows"


def test_a_header_naming_a_competency_column_makes_each_row_a_competency():
    table = grid(
        ["Competency", "Indicators"],
        [(para("Teamwork"), para("The ability to work with others.")), (bullet("Shares."), bullet("Helps."))],
        ["Integrity", "Keeps promises."],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    teamwork = "Teamwork The ability to work with others."
    assert (kind, competencies) == ("competencies as rows", [teamwork, "Integrity"])
    assert labels["The ability to work with others."][0] is Role.DEFINITION
    assert labels["Shares."] == (Role.CONTENT, "indicators", None, None, teamwork)
    assert labels["Keeps promises."] == (Role.CONTENT, "indicators", None, None, "Integrity")


def test_a_labelled_line_of_statements_after_a_names_definition_is_its_own_field():
    """Colorado School of Mines: the definition, then "Alternative or additional concepts for consideration:
    Accepts constructive criticism ...; deals with conflict ..." in the same cell: indicators under that label."""
    concepts = line("Alternative concepts", "Accepts constructive criticism; deals with conflict constructively.")
    table = grid(
        ["Accountability", (para("The degree to which the employee acts responsibly at work."), concepts)],
        ["Job Knowledge", "The degree to which the employee applies the knowledge the job requires."],
        ["Interpersonal Skills", "The degree to which the employee builds effective working relationships."],
    )
    kind, labels, _ = read(table)
    assert kind == "names beside definitions"
    assert labels["The degree to which the employee acts responsibly at work."][0] is Role.DEFINITION
    assert labels[concepts.text][:3] == (Role.CONTENT, "indicators", "Alternative concepts")


def test_three_names_beside_definitions_are_a_dictionary_with_cluster_rows():
    table = grid(
        ["A. BASIC COMMUNICATION"],
        ["Oral Communication", "The ability to express ideas clearly in speech."],
        ["Written Communication", "The ability to write clearly and concisely."],
        ["Listening", "The ability to hear and understand what others say."],
    )
    kind, labels, competencies = read(table)
    assert (kind, competencies) == (
        "names beside definitions",
        ["Oral Communication", "Written Communication", "Listening"],
    )
    assert labels["A. BASIC COMMUNICATION"][0] is Role.STRUCTURE
    assert labels["The ability to write clearly and concisely."] == (
        Role.DEFINITION,
        None,
        None,
        None,
        "Written Communication",
    )


def test_level_names_beside_descriptions_are_a_key_to_the_scale_not_a_dictionary():
    table = grid(
        ["Basic", "Applies the basic concepts of the field in work."],
        ["Intermediate", "Applies the concepts in most situations of work."],
        ["Advanced", "Applies the concepts in complex situations at work."],
    )
    kind, _, competencies = read(table)
    assert (kind, competencies) == ("levels as rows", [])


def test_a_title_column_makes_a_reading_table_one_reading_per_row():
    table = grid(["Title", "Author", "Year"], ["Fish Tales", "Stephen Lundin", "2002"], header_row=True)
    root = tree(table)
    out = read_table(root.children[0], VOCAB, OWNER, None, None)
    row = root.children[0].children[1]
    assert out.kind == "readings"
    assert (out.labels[row.id].role, out.labels[row.id].field) == (Role.CONTENT, "readings")


def test_a_title_column_beside_columns_no_citation_has_makes_no_reading_table():
    # a register's "SAQA US ID | UNIT STANDARD TITLE": an identifier and a title, no author, publisher or year
    table = grid(["SAQA US ID", "UNIT STANDARD TITLE"], ["119504", "Represent clients"], header_row=True)
    assert read_table(tree(table).children[0], VOCAB, OWNER, None, None).kind != "readings"
    only_titles = grid(["Title"], ["Fish Tales"], header_row=True)
    assert read_table(tree(only_titles).children[0], VOCAB, OWNER, None, None).kind == "readings"


def test_a_reading_row_with_empty_cells_continues_the_row_above():
    table = grid(["Title", "Author"], ["Fish Tales: A Remarkable", "Stephen Lundin"], ["Way to Boost Morale", ""])
    root = tree(table)
    out = read_table(root.children[0], VOCAB, OWNER, None, None)
    first, wrapped = root.children[0].children[1:]
    assert out.labels[wrapped.id].level_node == first.id


def test_two_columns_of_short_labels_beside_behaviours_group_them_by_row():
    table = grid(
        ["Key Elements", "Distinguishing Behaviors"],
        ["Listening", (bullet("Listens to others."), bullet("Asks questions."))],
        ["Leading", "Leads meetings well."],
        header_row=True,
    )
    kind, labels, _ = read(table, OWNER)
    assert kind == "groups by row"
    assert labels["Asks questions."] == (Role.CONTENT, "indicators", "Listening", None, OWNER)
    assert labels["Leading"][0] is Role.STRUCTURE


def test_short_labels_beside_plain_words_are_no_row_groups():
    table = grid(["Key Elements", "Notes"], ["Listening", "Apples"], ["Leading", "Pears"], header_row=True)
    assert read(table, OWNER)[0] != "groups by row"


def test_a_key_and_value_table_names_defines_and_notes():
    table = grid(
        ["Competency Name", "Teamwork"], ["Description", "The ability to work with others."], ["Category:", "Core"]
    )
    kind, labels, competencies = read(table)
    assert (kind, competencies) == ("key and value", ["Teamwork"])
    assert labels["The ability to work with others."][0] is Role.DEFINITION
    assert labels["Core"][:3] == (Role.CONTENT, "notes", "Category")


def test_a_key_and_value_table_titled_by_its_first_row_is_no_reading_table():
    table = grid(
        ["TSC Title", "Software Testing"],
        ["TSC Description", "The ability to test software against its requirements."],
        ["Category", "Technical"],
    )
    kind, labels, _ = read(table, OWNER)
    assert kind == "key and value"
    assert labels["The ability to test software against its requirements."][0] is Role.DEFINITION


def test_a_table_of_courses_inside_a_field_is_one_item_per_row():
    table = grid(["Course", "Provider", "Length"], ["Crucial Conversations", "Acme", "2 days"], header_row=True)
    root = tree(table)
    out = read_table(root.children[0], VOCAB, OWNER, "courses", None)
    row = root.children[0].children[1]
    label = out.labels[row.id]
    assert (out.kind, label.field, label.text) == ("items", "courses", "Crucial Conversations | Acme | 2 days")


def test_a_row_of_one_short_name_among_rows_of_courses_groups_the_rows_below_it():
    table = grid(
        ["Course Number", "Course Title", "Source", "Length"],
        ["Mandatory", "", "", ""],
        ["SUP-0101", "Introduction to Supply", "MarineNet", "6 hrs"],
        ["Core", "", "", ""],
        ["LOG 0100", "Fundamentals of Supply", "DAU", "25 hrs"],
        ["LOG 0250", "Supply Planning", "DAU", "4.5 days"],
        header_row=True,
    )
    root = tree(table)
    out = read_table(root.children[0], VOCAB, OWNER, "courses", None)
    rows = root.children[0].children
    assert out.labels[rows[1].id].role is Role.STRUCTURE
    assert [(out.labels[r.id].text, out.labels[r.id].group) for r in rows[2:] if out.labels[r.id].text] == [
        ("SUP-0101 | Introduction to Supply | MarineNet | 6 hrs", "Mandatory"),
        ("LOG 0100 | Fundamentals of Supply | DAU | 25 hrs", "Core"),
        ("LOG 0250 | Supply Planning | DAU | 4.5 days", "Core"),
    ]


def test_a_course_table_of_one_wide_row_has_no_group_rows():
    table = grid(["Course", "Provider"], ["Writing", ""], ["Crucial Conversations", "Acme"], header_row=True)
    root = tree(table)
    out = read_table(root.children[0], VOCAB, OWNER, "courses", None)
    assert out.labels[root.children[0].children[1].id].text == "Writing"


def test_a_header_of_short_names_groups_each_columns_items():
    table = grid(
        ["Listening", "Speaking", "Writing"],
        ["Listens to others.", "Speaks up.", "Writes."],
        ["Asks questions.", "Presents.", "Edits."],
        header_row=True,
    )
    kind, labels, _ = read(table, OWNER)
    assert kind == "grouped columns"
    assert labels["Presents."] == (Role.CONTENT, "indicators", "Speaking", None, OWNER)


def test_a_table_of_no_known_layout_is_read_as_flow_in_the_field_in_force():
    table = grid(
        ["Some long sentence in this cell that says a lot.", "Another long sentence that says more."], ["x y", "z w"]
    )
    kind, labels, _ = read(table, OWNER, field="notes")
    assert kind == "flow"
    assert labels["x y"] == (Role.CONTENT, "notes", None, None, OWNER)
    _, labels, _ = read(table)
    assert labels["x y"][:2] == (Role.NOTE, "notes")  # outside any field: a note


def test_a_bold_line_in_a_cell_groups_the_items_after_it_but_a_bold_behaviour_is_an_item():
    cell = (
        bold_line("Teamwork"),
        bullet("Shares information."),
        bold_line("Owns the quality of own work"),
        bullet("Checks work."),
    )
    table = grid(["Listening", "Speaking"], [cell, "Speaks."], header_row=True)
    _, labels, _ = read(table, OWNER)
    assert labels["Teamwork"][0] is Role.GROUP
    assert labels["Shares information."][:3] == (Role.CONTENT, "indicators", "Teamwork")
    assert labels["Owns the quality of own work"][:3] == (Role.CONTENT, "indicators", "Teamwork")


# ------------------------------------------------------------------ named tables, level tables, keys
def test_named_in_table_is_the_value_of_a_row_naming_the_competency():
    table = tree(grid(["Competency:", "Teamwork"], ["Indicators", "Shares."])).children[0]
    assert cell_text(named_in_table(table, VOCAB)) == "Teamwork"


def test_an_abbreviated_title_label_names_the_competency():
    """Minconsult: "Comp Title | PLANNING AND ORGANISING" over "Comp Definition | The ability to ..."."""
    table = tree(grid(["Comp Title", "PLANNING AND ORGANISING"], ["Comp Definition", "The ability to plan."])).children[
        0
    ]
    assert cell_text(named_in_table(table, VOCAB)) == "PLANNING AND ORGANISING"


def test_a_grid_of_names_names_no_competency_of_its_rows():
    """Minconsult's names grid: "Influencing / Leadership Skills | Analytical Skills | Planning & Organising" over
    more names: what the dictionary covers, nothing said of any of them."""
    table = grid(
        ["Influencing / Leadership Skills", "Analytical Skills", "Planning & Organising"],
        ["Interpersonal Understanding", "Communication Skills", "Teamwork & Cooperation"],
        header_row=True,
    )
    assert read(table)[2] == []
    # the same header over what each one is still names one per row
    defined = grid(
        ["Analytical Skills", "Description", "Level"],
        ["Problem Solving", "Breaks problems into parts and solves them.", "3"],
        header_row=True,
    )
    assert read(defined)[2] == ["Problem Solving"]


def test_a_header_row_of_column_names_names_no_competency():
    assert named_in_table(grid(["Competency", "Indicators"], ["Teamwork", "Shares."]), VOCAB) is None


def test_a_header_row_naming_the_description_column_names_no_competency():
    """WFP: "Capability Name | Description of the behaviour expected for the proficiency level" over rows."""
    header = ["Capability Name", "Description of the behaviour expected for the proficiency level"]
    table = tree(grid(header, ["Emergency Programming", "Supports emergency responses."], header_row=True))
    assert named_in_table(table.children[0], VOCAB) is None


def test_a_first_row_naming_the_competency_over_a_definition_row_titles_the_table():
    table = tree(
        grid(["Accountability", "Code: C001"], [line("Definition", "Owning outcomes.")], ["Level 1", "Owns tasks."])
    ).children[0]
    named = named_in_table(table, VOCAB)
    assert cell_text(named) == "Accountability"
    _, labels, _ = read(table)
    assert labels["Code: C001"][:2] == (Role.NOTE, "notes")  # a field beside the title


def test_a_name_band_over_a_definition_row_and_a_header_naming_a_field_titles_the_table():
    """PEI: "Focusing on Results" / its definition / "Elements | Examples of Effective Behaviours" / rows."""
    table = tree(
        grid(
            ["Focusing on Results"],
            ["Sets clear goals and manages resources responsibly."],
            ["Elements", "Examples of Effective Behaviours"],
            ["Plans Work", (bullet("Sets priorities."), bullet("Tracks progress."))],
            ["Owns Outcomes", (bullet("Takes ownership of results."), bullet("Reports honestly."))],
        )
    ).children[0]
    assert cell_text(named_in_table(table, VOCAB)) == "Focusing on Results"
    _, labels, _ = read(table)
    assert labels["Sets clear goals and manages resources responsibly."][0] is Role.DEFINITION
    assert labels["Sets priorities."][:3] == (Role.CONTENT, "indicators", "Plans Work")


def test_a_name_band_over_a_definition_and_a_row_of_plain_text_titles_nothing():
    table = grid(["Focusing on Results"], ["Sets clear goals and manages resources."], ["Plans", "Tracks"])
    assert named_in_table(table, VOCAB) is None


def test_a_first_row_that_is_a_header_of_columns_titles_nothing():
    table = grid(["Accountability", "Owner"], ["Level 1", "Owns tasks."], ["Level 2", "Owns results."])
    assert named_in_table(table, VOCAB) is None


def test_holds_levels_needs_level_labels_with_behaviours():
    assert holds_levels(grid(["Level 1", "Listens to others carefully."], ["Level 2", "Leads meetings well."]), VOCAB)
    assert holds_levels(grid(["", "Level 1", "Level 2"], ["Listening", "Hears others.", "Listens well."]), VOCAB)
    assert not holds_levels(grid(["Level 1", "G1 - G4"], ["Level 2", "G5 - G7"]), VOCAB)  # a key of grades
    assert not holds_levels(grid(["Name", "Value"], ["Teamwork", "Works with others well."]), VOCAB)
    # a form to tick each competency's rating: the labels read like statements ("Does not meet"), the cells are
    # boxes; no level's text is there
    form = grid(["Competency", "Exceeds", "Meets", "Does not meet"], ["Teamwork", "☐", "☐", "☐"], header_row=True)
    assert not holds_levels(form, VOCAB)


def header(*cells):
    return tree(grid(cells, header_row=True)).children[0].children[0]


def levels_of(row, above=None):
    return {col: (lv.label, lv.order) for col, lv in header_levels(row, VOCAB, above).items()}


def test_header_levels_order_unknown_names_between_known_ones_by_column():
    assert levels_of(header("Competency", "Foundational", "Intermediate", "Seasoned", "Advanced")) == {
        2: ("Foundational", 1),
        3: ("Intermediate", 2),
        4: ("Seasoned", 3),
        5: ("Advanced", 4),
    }
    assert levels_of(header("Advanced", "Seasoned", "Intermediate")) == {
        1: ("Advanced", 3),
        2: ("Seasoned", 2),
        3: ("Intermediate", 1),
    }


def test_header_levels_of_numbered_steps_leading_into_a_named_scale_are_ordered_by_column():
    """AAVMC: "Pre-Novice 1 | Pre-Novice 2 | Novice | Advanced Beginner | Competent | Proficient", the document's
    own numbered steps before the Dreyfus names."""
    steps = [("Pre-Novice 1", 1), ("Pre-Novice 2", 1), ("Pre-Novice 1", 2), ("Pre-Novice 2", 2)]
    vocab = document_ladders(steps, VOCAB)
    row = header("Pre-Novice 1", "Pre-Novice 2", "Novice", "Advanced Beginner", "Competent", "Proficient")
    found = {col: (lv.label, lv.order) for col, lv in header_levels(row, vocab).items()}
    assert [found[col] for col in sorted(found)] == [
        ("Pre-Novice 1", 1),
        ("Pre-Novice 2", 2),
        ("Novice", 3),
        ("Advanced Beginner", 4),
        ("Competent", 5),
        ("Proficient", 6),
    ]


def test_scores_under_a_row_of_descriptions_label_them_as_levels_and_the_tick_row_is_structure():
    """GH Hospitality: "Performance definition | Not able ... | Able ..." over "Score | 0 | 1 | 2" over a row of
    boxes to tick: each description the level its score names."""
    table = grid(
        ["Performance definition", "Not able to do the basic tasks.", "Does the basic tasks.", "Does every task."],
        ["Score", "0", "1", "2"],
        ["Tick", "☐", "☐", "☐"],
    )
    kind, labels, _ = read(table, OWNER)
    assert kind == "levels as columns, scored below"
    assert labels["Does every task."][:4] == (Role.CONTENT, "levels", None, "2")
    assert labels["Tick"][0] is Role.STRUCTURE
    # numbers that do not count up from 0 or 1 score nothing
    other = grid(["Definition", "Plans.", "Leads.", "Shapes."], ["Score", "3", "7", "9"])
    assert read(other, OWNER)[0] != "levels as columns, scored below"


def test_header_levels_read_grade_labels():
    assert levels_of(header("APS 4", "APS 5", "APS 6")) == {1: ("APS 4", 4), 2: ("APS 5", 5), 3: ("APS 6", 6)}


def test_header_levels_under_a_level_header_cell_are_named_levels():
    above = header("Competency", "COMPETENCY LEVEL", "", "")
    assert levels_of(header("", "GENERAL AWARENESS", "APPLIED KNOWLEDGE", "EXPERT"), above) == {
        2: ("GENERAL AWARENESS", 1),
        3: ("APPLIED KNOWLEDGE", 2),
        4: ("EXPERT", 3),
    }


@pytest.mark.parametrize(
    "cells", [("Teamwork", "Integrity", "Openness"), ("Foundational", "Some long description of a cell", "Advanced")]
)
def test_header_levels_of_a_row_that_is_no_row_of_levels(cells):
    assert levels_of(header(*cells)) == {}


def test_table_key_ranks_level_names_by_the_numbers_beside_them():
    key = table_key(
        grid(["1", "Fundamental Awareness", "Knows."], ["2", "Novice", "Some."], ["3", "Intermediate", "More."]), VOCAB
    )
    assert key == {"fundamental awareness": 1.0, "novice": 2.0, "intermediate": 3.0}


def test_table_key_ranks_by_row_order_downward_when_the_names_fall():
    key = table_key(grid(["Expert", "Knows all."], ["Advanced", "Knows a lot."], ["Basic", "Knows little."]), VOCAB)
    assert key["expert"] > key["advanced"] > key["basic"]


def test_a_table_without_level_names_is_no_key():
    assert table_key(grid(["Teamwork", "Works."], ["Integrity", "Acts."]), VOCAB) == {}


def test_cell_nodes_and_cell_text_read_a_cell_in_order():
    cell = tree(grid([(para("a"), bullet("b", bullet("c")))])).children[0].children[0].children[0]
    assert [n.text for n in cell_nodes(cell)] == ["a", "b", "c"]
    assert cell_text(cell) == "a b c"


def test_a_table_titled_by_its_level_gives_that_levels_behaviours_grouped_by_column():
    """NICS: one table per level, "Level 1 – AA/AO (or equivalent)" over "Effective | Ineffective behaviours"."""
    table = grid(
        ["Level 1 – AA/AO (or equivalent)"],
        ["Effective behaviours", "Ineffective behaviours"],
        [(bullet("Understands how own work contributes."),), (bullet("Shows little interest in the aims."),)],
        header_row=True,
    )
    kind, labels, _ = read(table, OWNER)
    assert kind == "titled by its level"
    assert labels["Level 1 – AA/AO (or equivalent)"][0] is Role.STRUCTURE  # its cell carries the LEVEL label
    assert labels["Understands how own work contributes."] == (
        Role.CONTENT,
        "levels",
        "Effective behaviours",
        "Level 1 – AA/AO (or equivalent)",
        OWNER,
    )
    assert holds_levels(table, VOCAB)


def test_a_level_names_title_column_beside_the_level_labels_is_no_competency():
    """Stride: "Level | Title | Expectations": the titles name the levels' roles, not competencies."""
    table = grid(
        ["Level", "Title", "Expectations"],
        ["Level 0", "Junior Engineer", "Puts thoughts across clearly in writing."],
        ["Level 1", "Engineer", "Communicates clearly with teammates."],
        ["Level 2", "Senior Engineer", "Speaks with the audience in mind."],
        header_row=True,
    )
    kind, labels, competencies = read(table, OWNER)
    assert (kind, competencies) == ("levels as rows", [])
    assert labels["Communicates clearly with teammates."][:4] == (Role.CONTENT, "levels", None, "Level 1")
    assert labels["Engineer"][0] is Role.STRUCTURE


def test_a_table_titled_by_a_name_over_its_definition_and_grade_range_columns_is_that_competency():
    """Newcastle: "Client and Stakeholder Engagement" / its definition / "Outcome | HEW 1–4 | HEW 5–6"."""
    table = grid(
        ["Client and Stakeholder Engagement"],
        ["Builds and sustains relationships with students and partners."],
        ["Outcome", "HEW 1–4", "HEW 5–6"],
        ["Understanding client needs", "Asks questions to find out needs.", "Anticipates common needs."],
        header_row=True,
    )
    named = named_in_table(table, VOCAB)
    assert named is not None and cell_text(named) == "Client and Stakeholder Engagement"
    _, labels, _ = read(table)
    name = "Client and Stakeholder Engagement"  # the competency: the title cell
    assert labels["Builds and sustains relationships with students and partners."][0] is Role.DEFINITION
    assert labels["Anticipates common needs."] == (
        Role.CONTENT,
        "levels",
        "Understanding client needs",
        "HEW 5–6",
        name,
    )


def test_a_bold_title_over_the_text_that_explains_it_groups_that_text():
    """Griffith: a cell "**Builds high performing teams**" / "Develops working relationships that get results."."""
    table = grid(
        ["Level", "Capabilities and behaviours"],
        [
            "Level 1",
            (bold_line("Builds high performing teams"), para("Develops working relationships that get results.")),
        ],
        ["Level 2", (bold_line("Forms strategic partnerships"), para("Establishes partnerships with other bodies."))],
        header_row=True,
    )
    _, labels, _ = read(table, OWNER)
    assert labels["Builds high performing teams"][0] is Role.GROUP
    assert labels["Develops working relationships that get results."][:4] == (
        Role.CONTENT,
        "levels",
        "Builds high performing teams",
        "Level 1",
    )


def test_level_columns_beside_a_competency_column_and_a_description_column_are_a_competency_per_row():
    """SLIDA's spreadsheet: "Area | Competency | Description | Level III | Level II | Level I", a cluster's row,
    then a row per competency and rows with an empty name cell that go on with it."""
    table = grid(
        ["Area", "Competency", "Description", "Level II", "Level I"],
        ["DESIGN", "1. Design Competencies", "", "", ""],
        ["", "a. Think and plan strategically", "Sets the long-term direction.", "Formulates strategies.", "Plans."],
        ["", "", "", "Anticipates trends.", "Prepares own work plan."],
        ["", "b. Handle diversity", "Works with people of all backgrounds.", "Manages mixed teams.", "Respects all."],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert kind == "competencies as rows, levels as columns"
    assert competencies == ["a. Think and plan strategically", "b. Handle diversity"]
    assert labels["Sets the long-term direction."][0] is Role.DEFINITION
    strategic = "a. Think and plan strategically"
    assert labels["Prepares own work plan."] == (Role.CONTENT, "levels", None, "Level I", strategic)
    assert labels["1. Design Competencies"][0] is Role.STRUCTURE


def test_a_rating_forms_question_and_anchor_columns_are_fields_and_its_score_column_is_no_content():
    """A rating form: "Question | Anchors | Score", a question over lettered prompts, the anchors an interviewer
    listens for, and "0 1" marks to circle."""
    form = grid(
        ["Question", "Anchors", "Score"],
        [
            (
                para("Tell me about a time you kept records confidential."),
                para("Prompts"),
                bullet("What kind of information was it?", marker="a."),
                bullet("How did you keep it secure?", marker="b."),
            ),
            (bullet("Does not disclose the information"), bullet("Involves the manager when needed")),
            (para("0 1"), para("0 1")),
        ],
        header_row=True,
    )
    kind, labels, _ = read(form, OWNER)
    assert kind == "fields as columns"
    question = labels["Tell me about a time you kept records confidential."]
    assert question[:2] == (Role.CONTENT, "interview_questions")
    assert labels["What kind of information was it?"][0] is Role.STRUCTURE  # joined to its question
    assert labels["Prompts"][0] is Role.STRUCTURE
    assert labels["Does not disclose the information"][:2] == (Role.CONTENT, "indicators")
    assert labels["0 1"][0] is Role.STRUCTURE


def test_columns_left_to_fill_in_are_set_aside_before_the_layout_is_read():
    """A self-assessment form: "Area | Description | Current rating | Evidence", tick boxes to mark and an empty
    column for notes beside each area's definition: a dictionary of definitions."""
    boxes = "☐ 0 ☐ 1 ☐ 2 ☐ 3 ☐ 4"
    form = grid(
        ["Knowledge/Skills Area", "Description", "Current rating (0–4)", "Evidence"],
        ["Cataloguing and metadata", "Being able to create and manage metadata that describes resources.", boxes],
        ["Indexing and abstracting", "Being able to produce concise representations of what documents hold.", boxes],
        ["Digital preservation", "Being able to keep digital resources usable and authentic over time.", boxes],
        header_row=True,
    )
    kind, labels, competencies = read(form)
    assert (kind, competencies) == (
        "names beside definitions",
        ["Cataloguing and metadata", "Indexing and abstracting", "Digital preservation"],
    )
    assert labels[boxes][0] is Role.STRUCTURE


def test_a_header_naming_other_columns_is_no_dictionary_of_definitions():
    readings = grid(
        ["Title", "Author/Publisher, Year"],
        ["Clear Choices: A Field Guide", "Marian T. Holloway/Brightwater Press, 2006."],
        ["Deciding Under Pressure", "Kevin R. Osei/Public Service Institute, 2009."],
        ["The Second Opinion", "Dennis Achebe/Meridian Business Books, 2011."],
        header_row=True,
    )
    assert read(readings)[2] == []


def test_names_each_tagged_with_a_level_are_the_competency_at_that_level():
    """A job profile's skill table: "Business analysis" over the tag "Working", its description the behaviours
    the role needs at that level."""
    skills = grid(
        ["Skill", "Description"],
        [para("Business analysis Working"), (para("You can:"), bullet("investigate business problems"))],
        [para("User focus Practitioner"), (para("You can:"), bullet("plan user research"))],
        header_row=True,
    )
    kind, labels, competencies = read(skills)
    assert kind == "competencies as rows"
    assert labels["investigate business problems"][:4] == (Role.CONTENT, "levels", None, "Working")
    assert labels["plan user research"][:4] == (Role.CONTENT, "levels", None, "Practitioner")
    assert labels["You can:"][0] is Role.STRUCTURE


def test_a_long_header_cell_names_its_level_by_the_words_before_its_first_comma_or_bracket():
    table = grid(
        ["Team member (Grades A-C)", "Manager (Grades D & E)", "Senior manager, plus all manager behaviours"],
        ["Builds relationships.", "Settles conflict.", "Builds networks."],
        header_row=True,
    )
    assert [lv.label for lv in header_levels(table.children[0], VOCAB).values()] == [
        "Team member (Grades A-C)",
        "Manager (Grades D & E)",
        "Senior manager, plus all manager behaviours",
    ]


def test_a_header_of_level_names_from_several_scales_makes_level_columns_ordered_by_column():
    table = grid(
        ["Competency", "Entry-level", "Intermediate", "Advanced", "Senior", "Staff"],
        [
            "Technology",
            "Learns the stack.",
            "Works alone.",
            "Knows the full stack.",
            "Is the expert.",
            "Sets standards.",
        ],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert (kind, competencies) == ("levels as columns", ["Technology"])
    assert labels["Learns the stack."][1:] == ("levels", None, "Entry-level", "Technology")
    assert labels["Sets standards."][3] == "Staff"


def test_inside_a_competency_the_row_labels_of_level_columns_stay_groups():
    table = grid(
        ["Competency", "Basic", "Advanced"],
        ["Listening", "Hears others.", "Listens well."],
        header_row=True,
    )
    _, labels, competencies = read(table, owner=OWNER)
    assert competencies == []
    assert labels["Listens well."] == (Role.CONTENT, "levels", "Listening", "Advanced", OWNER)


def test_one_column_headed_by_a_field_holds_that_fields_items_and_a_rating_row_is_a_form():
    table = grid(
        ["Question", "Notes"],
        [(bullet("Tell us about a time you built trust.", marker="1."),), ""],
        [(bullet("Describe a conflict with a colleague.", marker="2."), para("Follow-up: What was the outcome?")), ""],
        [(bullet("Give an example of adapting your approach.", marker="3."),), ""],
        ["Rating: ☐ 1 ☐ 2 ☐ 3 ☐ 4 ☐ 5"],
        header_row=True,
    )
    kind, labels, _ = read(table, owner=OWNER)
    assert kind == "fields as columns"
    assert labels["Describe a conflict with a colleague."][:2] == (Role.CONTENT, "interview_questions")
    assert labels["Follow-up: What was the outcome?"][0] is Role.STRUCTURE  # joined to its question
    assert labels["Rating: ☐ 1 ☐ 2 ☐ 3 ☐ 4 ☐ 5"][0] is Role.STRUCTURE


def test_a_self_assessment_form_rates_statements_grouped_by_lettered_rows():
    """ACHE: "COMPETENCY | Novice | | Competent | | Expert", a "LEVEL 1 ... 5" row, circles to tick: the levels are
    the rating's, the statements the behaviours, "A. Relationship Management" their group."""
    table = grid(
        ["COMPETENCY", "Novice", "", "Competent", "", "Expert"],
        ["LEVEL", "1", "2", "3", "4", "5"],
        ["A. Relationship Management"],
        ["Build collaborative relationships with clinical leaders", "○", "○", "○", "○", "○"],
        ["Maintain trusting relationships with the governing board", "○", "○", "○", "○", "○"],
        ["B. Communication Skills"],
        ["Prepare and deliver business presentations", "○", "○", "○", "○", "○"],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert (kind, competencies) == ("rating form", [])
    assert labels["Maintain trusting relationships with the governing board"][:3] == (
        Role.CONTENT,
        "indicators",
        "Relationship Management",
    )
    assert labels["Prepare and deliver business presentations"][2] == "Communication Skills"
    assert labels["Novice"][0] is Role.STRUCTURE and labels["LEVEL"][0] is Role.STRUCTURE


def test_a_self_assessment_form_row_titled_core_competency_n_starts_that_competency():
    """A nursing self-assessment: "Core Competency 1: Assesses ..." over the indicators rated 3 / 2 / 1."""
    table = grid(
        ["Behavioural Indicators", "3", "2", "1", "Evidence/s"],
        ["KEY RESULT AREA 1: SAFE AND QUALITY NURSING CARE"],
        ["Core Competency 1: Assesses the health status of the client"],
        ["Takes a complete health history from the child and caregiver", "☐", "☐", "☐", ""],
        ["Performs a physical assessment suited to the age of the child", "☐", "☐", "☐", ""],
        ["Core Competency 2: Implements safe nursing interventions"],
        ["Gives medicines safely using the correct dose for the weight", "☐", "☐", "☐", ""],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert kind == "rating form"
    assert competencies == [
        "Core Competency 1: Assesses the health status of the client",
        "Core Competency 2: Implements safe nursing interventions",
    ]
    assert labels["Gives medicines safely using the correct dose for the weight"][:2] == (Role.CONTENT, "indicators")
    assert labels["Gives medicines safely using the correct dose for the weight"][4] == competencies[1]


def test_a_level_column_left_empty_is_kept_but_one_of_boxes_to_tick_is_a_form():
    empty = grid(["", "Level 1", "Level 2"], ["Listening", "Hears others.", ""], ["Speaking", "Speaks.", ""])
    kind, labels, _ = read(empty, owner=OWNER)
    assert kind == "levels as columns" and labels["Level 2"][0] is Role.STRUCTURE  # still a level's column
    assert labels["Hears others."][:4] == (Role.CONTENT, "levels", "Listening", "Level 1")
    ticked = grid(
        ["Statement", "Level 1", "Level 2"],
        ["Listens to others before answering them", "☐", "☐"],
        ["Speaks clearly to groups of any size", "☐", "☐"],
        header_row=True,
    )
    assert read(ticked)[0] == "rating form"


def test_a_card_table_titled_by_its_name_over_a_definition_row_names_its_competency():
    table = grid(
        ["STRATEGIC AWARENESS"],
        ["Definition", "The ability to step back and see the wider picture."],
        ["Indicators of effective performance", (bullet("Looks ahead."),)],
        ["Indicators of ineffective performance", (bullet("Ignores long-term needs."),)],
        header_row=True,
    )
    named = named_in_table(table, VOCAB)
    assert named is not None and cell_text(named) == "STRATEGIC AWARENESS"
    _, labels, _ = read(table)
    assert labels["Looks ahead."][1:3] == ("indicators", "Indicators of effective performance")
    assert labels["Ignores long-term needs."][1:3] == ("indicators", "Indicators of ineffective performance")


def test_a_level_cell_with_a_short_title_under_its_label_gives_the_level_both():
    table = grid(
        ["Level", "Indicators"],
        [(head("Level 1", para("Accepts the need for change")),), "Follows new procedures."],
        [(head("Level 2", para("Adjusts own approach")),), "Modifies own work methods."],
        header_row=True,
    )
    _, labels, _ = read(table, owner=OWNER)
    assert labels["Follows new procedures."][3] == "Level 1 Accepts the need for change"


def test_a_scale_the_document_explains_in_a_table_makes_its_names_levels_of_every_other_table():
    key = grid(
        ["Level", "Job title examples"],
        ["Tactical", "Purchasing Assistant"],
        ["Operational", "Buyer"],
        ["Managerial", "Contract Manager"],
        ["Advanced Professional", "Procurement Director"],
        header_row=True,
    )
    theme = grid(
        ["Sub-theme", "Tactical", "Operational", "Managerial", "Advanced Professional"],
        ["Contract formation", "Uses standard terms.", "Drafts contracts.", "Negotiates terms.", "Sets policy."],
        header_row=True,
    )
    assert header_levels(tree(theme).children[0].children[0], VOCAB) == {}  # names the vocabulary does not know
    vocab = document_scales(tree(key, theme), VOCAB)
    levels = header_levels(tree(theme).children[0].children[0], vocab)
    assert [lv.label for _, lv in sorted(levels.items())] == [
        "Tactical",
        "Operational",
        "Managerial",
        "Advanced Professional",
    ]
    assert document_scales(tree(theme), VOCAB) is VOCAB  # no key, no new scale


def test_a_scale_table_printed_highest_first_is_read_upward_as_the_names_the_vocabulary_knows_go():
    """CDS: "Level | Brief description" over "Senior Leadership", "Principal", "Lead", "Mid", "Associate"."""
    names = ["Senior Leadership", "Principal", "Lead", "Mid", "Associate"]
    key = grid(["Level", "Brief description"], *([n, "What the level covers."] for n in names), header_row=True)
    scale = document_scales(tree(key), VOCAB).level_scales[-1]
    assert sorted(scale, key=scale.__getitem__) == [n.casefold() for n in names[::-1]]


def test_a_table_captioned_as_by_level_names_a_scale_in_its_header_left_lowest():
    """SWECOM: "Table 12. Software testing activities by competency level" over "Skill | Technician | Entry Level
    Practitioner | Practitioner | Technical Leader"."""
    steps = ["Technician", "Entry Level Practitioner", "Practitioner", "Technical Leader"]
    matrix = grid(["Skill", *steps], ["Test Planning", "Assists.", "Helps.", "Develops.", "Leads."], header_row=True)
    vocab = document_scales(tree(para("Table 12. Software testing activities by competency level"), matrix), VOCAB)
    levels = header_levels(tree(matrix).children[0].children[0], vocab)
    ordered = [lv for _, lv in sorted(levels.items())]
    assert [lv.label for lv in ordered] == steps
    assert [lv.order for lv in ordered] == sorted({lv.order for lv in ordered})  # rising left to right
    # without the caption the same header says nothing about a scale
    assert document_scales(tree(para("Table 12. Software testing activities"), matrix), VOCAB) is VOCAB


def test_columns_written_for_practitioners_at_a_level_are_levels():
    """HKIHRM: "HR Competencies | For HR practitioners at professional level | For HR practitioners at strategic
    level" over a competency per row."""
    header = [
        "HR Competencies",
        "For HR practitioners at professional level",
        "For HR practitioners at strategic level",
    ]
    table = grid(header, ["Ethics", "Acts with integrity.", "Promotes an ethical culture."], header_row=True)
    levels = header_levels(tree(table).children[0].children[0], VOCAB)
    assert [lv.label for _, lv in sorted(levels.items())] == header[1:]
    kind, labels, competencies = read(table)
    assert (kind, competencies) == ("levels as columns", ["Ethics"])
    assert labels["Promotes an ethical culture."][3] == header[2]


def test_a_theme_row_across_the_level_columns_groups_the_rows_below_it():
    """NMDHB: "Does not meet | Consistently meets | Exceeds expectations" over "Theme: Cultural sensitivity" across
    the table, then rows of behaviours: the theme groups them, it names no competency."""
    table = grid(
        ["Does not meet expectations", "Consistently meets expectations", "Exceeds expectations"],
        [line("Theme", "Cultural sensitivity")],
        ["Brushes aside cultural needs.", "Finds out what people need.", "Invites cultural input."],
        [line("Theme", "Courtesy")],
        ["Brushes off concerns.", "Is courteous when busy.", "Is known for patience."],
        header_row=True,
    )
    for owner in (None, OWNER):
        kind, labels, competencies = read(table, owner)
        assert (kind, competencies) == ("levels as columns", [])
        assert labels["Finds out what people need."][2:4] == ("Cultural sensitivity", "Consistently meets expectations")
        assert labels["Is known for patience."][2:4] == ("Courtesy", "Exceeds expectations")


def test_a_ladder_another_tables_header_repeats_in_order_is_the_documents_scale():
    """Artsy: a tracks table lists "Intern", "Engineer 1", ..., "Principal Engineer" down its first column; each
    competency's table is headed "Knowledge leadership | Engineer 1 | Engineer 2 | Senior Engineer 1 | ...": the
    ladder's steps, not a level 1 twice."""
    ladder = ["Intern", "Engineer 1", "Engineer 2", "Senior Engineer 1", "Senior Engineer 2", "Staff Engineer"]
    tracks = grid(
        ["Individual Contributor", "Level code"], *([n, f"IC{i}"] for i, n in enumerate(ladder)), header_row=True
    )
    steps = ladder[1:]
    theme = grid(["Knowledge leadership", *steps], ["Code quality", "Tests.", "Reviews.", "Guides.", "Sets.", "Leads."])
    # "Engineer 1", "Senior Engineer 1" under each competency's heading: ladders of their own, so "Senior Engineer
    # 1" would be a level 1 too; the document's own column of steps comes first
    printed = ["Engineer 1", "Engineer 2", "Senior Engineer 1", "Senior Engineer 2"]
    stepped = document_ladders([(label, parent) for parent in (1, 2) for label in printed], VOCAB)
    assert header_levels(tree(theme).children[0].children[0], VOCAB) == {}
    vocab = document_scales(tree(tracks, theme), stepped)
    levels = [lv for _, lv in sorted(header_levels(tree(theme).children[0].children[0], vocab).items())]
    assert [lv.label for lv in levels] == steps
    assert [lv.order for lv in levels] == sorted({lv.order for lv in levels})  # rising left to right, no ties
    # the same header out of order is no ladder of that column's
    shuffled = grid(
        ["Knowledge leadership", *steps[::-1]], ["Code quality", "Leads.", "Sets.", "Guides.", "Reviews.", "Tests."]
    )
    assert document_scales(tree(tracks, shuffled), VOCAB) is VOCAB


def test_a_column_of_descriptions_beside_a_column_headed_as_levels_makes_the_rows_levels():
    """inDrive: "Craftsmanship level | Description | Employee level" over "C1 | Solves ... | Junior": the first
    column holds the levels; neither "Craftsmanship level" nor "Employee level" is a level of its own."""
    table = grid(
        ["Craftsmanship level", "Description", "Employee level"],
        ["C1", "Solves a task of fixed scope.", "Junior"],
        ["C2", "Implements scenarios of fixed scope.", "Middle"],
        ["C3", "Delivers business value.", "Senior"],
        header_row=True,
    )
    assert header_levels(tree(table).children[0].children[0], VOCAB) == {}
    kind, labels, _ = read(table, OWNER)
    assert kind == "levels as rows"
    assert labels["Solves a task of fixed scope."][3] == "C1"
    assert labels["Delivers business value."][3] == "C3"


def test_a_first_column_headed_outcome_names_a_competency_per_row_of_level_columns():
    """ASCE: "Outcome number and title | Level 1: Knowledge | Level 2: Comprehension" over "1. Mathematics | ..."."""
    table = grid(
        ["Outcome number and title", "Level 1: Knowledge", "Level 2: Comprehension"],
        ["1. Mathematics", "Recall basic facts.", "Explain key concepts."],
        ["2. Teamwork", "Define team roles.", "Explain how teams work."],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert (kind, competencies) == ("levels as columns", ["1. Mathematics", "2. Teamwork"])
    assert labels["Explain how teams work."][3:] == ("Level 2: Comprehension", "2. Teamwork")


def test_a_table_titled_by_a_numbered_entry_over_a_row_of_levels_names_that_competency():
    """AITSL: "Focus area 1.1 Physical, social and intellectual development and characteristics of students" across
    the table, then "Graduate | Proficient | Highly Accomplished | Lead", then one descriptor per stage."""
    title = "Focus area 1.1 Physical, social and intellectual development and characteristics of students"
    table = grid([title], ["Level 1", "Level 2", "Level 3"], ["Shows knowledge.", "Applies it.", "Leads others."])
    named = named_in_table(tree(table).children[0], VOCAB)
    assert named is not None and cell_text(named) == title
    # a long first row that is no numbered entry is no title
    plain = grid([title[16:]], ["Level 1", "Level 2", "Level 3"], ["Shows knowledge.", "Applies it.", "Leads others."])
    assert named_in_table(tree(plain).children[0], VOCAB) is None


def test_a_competency_row_beside_level_rows_holds_the_definition():
    """TREND: "Competency | Uses capillary blood glucose monitoring safely ..." over "Level 1 | ..." rows."""
    table = grid(
        ["Competency", "Uses capillary blood glucose monitoring safely and accurately."],
        ["Level 1", (bullet("Performs testing with the approved meter."),)],
        ["Level 2", (bullet("Agrees individual glucose targets with the person."),)],
    )
    kind, labels, _ = read(table, OWNER)
    assert kind == "levels as rows"
    assert labels["Uses capillary blood glucose monitoring safely and accurately."][0] is Role.DEFINITION
    assert labels["Agrees individual glucose targets with the person."][3] == "Level 2"


def test_competency_rows_under_long_column_headers_and_a_required_level_column_is_no_scale():
    """DOI IBC: "Competency | Definition | Required Proficiency Level – Administrative & Technical Positions"."""
    table = grid(
        ["Competency", "Definition", "Required Proficiency Level – Administrative & Technical Positions"],
        ["Accountability", "Holds self and others answerable for results.", "GS-05-06 – Level 3"],
        ["Customer Service", "Works with customers to meet their needs.", "GS-07-08 – Level 5"],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert (kind, competencies) == ("competencies as rows", ["Accountability", "Customer Service"])
    assert labels["GS-07-08 – Level 5"][:2] == (Role.CONTENT, "notes")
    assert labels["Holds self and others answerable for results."][0] is Role.DEFINITION


def test_a_behaviours_column_naming_a_level_in_brackets_makes_its_cells_that_levels_behaviours():
    """Adelaide position description: "Capability | Behaviours (Level 2: HEO 5 – 7)", each capability quoted at the
    one level the role needs."""
    table = grid(
        ["Capability", "Behaviours (Level 2: HEO 5 – 7)"],
        ["Achieving results", (bullet("Plans own workload."), bullet("Checks own work."))],
        ["Client focus", (bullet("Listens to clients."),)],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert (kind, competencies) == ("competencies as rows", ["Achieving results", "Client focus"])
    assert labels["Plans own workload."][:4] == (Role.CONTENT, "levels", None, "Level 2: HEO 5 – 7")
    assert labels["Listens to clients."][4] == "Client focus"


def test_a_behaviours_column_with_a_note_in_brackets_stays_indicators():
    table = grid(
        ["Competency", "Behaviours (examples)"],
        ["Achieving results", (bullet("Plans own workload."), bullet("Checks own work."))],
        ["Client focus", (bullet("Listens to clients."),)],
        header_row=True,
    )
    _, labels, _ = read(table)
    assert labels["Plans own workload."][:4] == (Role.CONTENT, "indicators", None, None)


def test_a_column_its_header_does_not_name_holding_behaviours_is_indicators():
    """WFP vacancy: "Capability Name | Description of the behaviour expected for the proficiency level", a header
    naming three fields, over one behaviour per row."""
    table = grid(
        ["Capability Name", "Description of the behaviour expected for the proficiency level"],
        ["Emergency Programming", "Supports the planning of emergency responses."],
        ["Policy Engagement", "Contributes to policy dialogue with national counterparts."],
        header_row=True,
    )
    _, labels, competencies = read(table)
    assert competencies == ["Emergency Programming", "Policy Engagement"]
    assert labels["Supports the planning of emergency responses."][:2] == (Role.CONTENT, "indicators")


def test_a_column_its_header_does_not_name_holding_plain_prose_is_notes():
    table = grid(
        ["Capability Name", "Description of the setting expected for the proficiency level"],
        ["Emergency Programming", "The office runs three emergency operations a year."],
        ["Policy Engagement", "The country team meets the ministry monthly."],
        header_row=True,
    )
    _, labels, _ = read(table)
    assert labels["The office runs three emergency operations a year."][:2] == (Role.CONTENT, "notes")


def test_grade_columns_running_from_one_family_into_the_next_are_levels_in_column_order():
    """Geoscience Australia: "Capability element | APS 1-2 | APS 3-4 | APS 5-6 | EL 1 | EL 2"."""
    grades = ["APS 1-2", "APS 3-4", "APS 5-6", "EL 1", "EL 2"]
    table = grid(
        ["Capability element", *grades],
        ["Uses resources wisely", *(f"Plans work as {g}." for g in grades)],
        header_row=True,
    )
    kind, labels, _ = read(table, owner=OWNER)
    assert kind == "levels as columns"
    assert [labels[f"Plans work as {g}."][3] for g in grades] == grades
    assert labels["Plans work as EL 1."][:2] == (Role.CONTENT, "levels")


def test_grade_columns_of_one_family_out_of_order_are_no_levels():
    grades = ["APS 5-6", "APS 1-2", "APS 3-4"]
    table = grid(["Element", *grades], ["Uses resources", *(f"Plans work as {g}." for g in grades)], header_row=True)
    kind, _, _ = read(table, owner=OWNER)
    assert kind != "levels as columns"


def test_a_header_whose_every_cell_names_competencies_is_a_list_of_clusters_not_rows_of_competencies():
    """Ajman: "Core Competencies | Leadership Competencies" over each cluster's note and numbered names."""
    table = grid(
        ["Core Competencies", "Leadership Competencies"],
        [
            (para("(apply to all employees)"), bullet("Teamwork and Cooperation")),
            (para("(apply to supervisors)"), bullet("Leading Change")),
        ],
        header_row=True,
    )
    kind, _, competencies = read(table)
    assert kind != "competencies as rows" and "(apply to all employees)" not in competencies


def test_a_form_s_numbered_lines_of_competencies_each_named_before_a_dash():
    """Louisville job description form: "  | Minimum Required Competencies | Competency Level/Rating:" over an
    example line, then lines numbered "1.", "2." whose cell reads "Microsoft Excel – builds budget workbooks"."""
    table = grid(
        ["", "Minimum Required Competencies", "Competency Level/Rating:"],
        ["", line("Example", "Excel, Word"), "4 – VERY GOOD"],
        ["1.", line("Grant administration", "prepares budgets and closes out awards", " –"), "4 = Very Good"],
        ["2.", line("Microsoft Excel", "builds budget workbooks with formulas", " –"), "3 = Good"],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert (kind, len(competencies)) == ("competencies as rows", 2)
    root = tree(table)
    out = read_table(root.children[0], VOCAB, None, None, None)
    assert [out.labels[c].name for c in out.competencies] == ["Grant administration", "Microsoft Excel"]
    assert labels["Microsoft Excel – builds budget workbooks with formulas"][0] is Role.DEFINITION
    assert labels["1."][0] is Role.STRUCTURE and labels["Example: Excel, Word"][0] is Role.STRUCTURE
    assert labels["3 = Good"][4].startswith("Microsoft Excel")


def test_a_first_column_of_bare_numbers_is_no_column_of_line_numbers():
    table = grid(
        ["", "Description"],
        ["1", "Applies the competency with guidance."],
        ["2", "Applies the competency independently."],
        header_row=True,
    )
    _, labels, _ = read(table, owner=OWNER)
    assert labels["1"][0] is not Role.STRUCTURE


def test_a_level_column_gives_each_row_s_capability_its_level_and_a_bold_group_line_is_no_name():
    """LGNSW position description: "Group and Capability | Level | Behavioural Indicators", the capability's group
    in bold over its name, the level the position needs, the behaviours at that level."""
    table = grid(
        ["Group and Capability", "Level", "Behavioural Indicators"],
        [(bold_line("Personal Attributes", para("Manage Self")),), "Intermediate", (bullet("Seeks feedback."),)],
        [(bold_line("Relationships", para("Communicate Effectively")),), "Adept", (bullet("Listens actively."),)],
        header_row=True,
    )
    root = tree(table)
    out = read_table(root.children[0], VOCAB, None, None, None)
    assert [out.labels[c].name for c in out.competencies] == ["Manage Self", "Communicate Effectively"]
    _, labels, _ = read(table)
    assert labels["Listens actively."][:4] == (Role.CONTENT, "levels", None, "Adept")
    assert labels["Adept"][0] is Role.STRUCTURE and labels["Relationships"][0] is Role.STRUCTURE


def test_a_row_label_naming_a_field_of_its_own_gives_its_items_that_field():
    """ACU's 70:20:10 table: "Learning approach | Suggested development activities", the "Education (10%) – formal
    learning" row holding courses."""
    table = grid(
        ["Learning approach", "Suggested development activities"],
        ["Experience (70%) – learning on the job", (bullet("Lead a change project."), bullet("Map the people."))],
        ["Education (10%) – formal learning", (bullet("Leading Change workshop (one day)"),)],
        header_row=True,
    )
    _, labels, _ = read(table, owner=OWNER)
    assert labels["Lead a change project."][:3] == (
        Role.CONTENT,
        "activities",
        "Experience (70%) – learning on the job",
    )
    assert labels["Leading Change workshop (one day)"][:2] == (Role.CONTENT, "courses")


def test_lettered_row_labels_of_a_level_table_name_competencies_even_inside_one():
    """Marshall rubrics: "The teacher: | Highly Effective | Effective | Improvement Necessary | Does Not Meet
    Standards" over "a. Knowledge", "b. Standards", then an "Overall rating" row, under a domain heading."""
    table = grid(
        ["The teacher:", "Highly Effective", "Effective", "Improvement Necessary", "Does Not Meet Standards"],
        ["a. Knowledge", "Has deep command.", "Knows the subject.", "Knows it partly.", "Has serious gaps."],
        ["b. Standards", "Has a detailed map.", "Knows the standards.", "Has a general idea.", "Is unaware."],
        ["Overall rating:", "", "", "", ""],
        header_row=True,
    )
    kind, labels, competencies = read(table, OWNER)
    assert (kind, competencies) == ("levels as columns", ["a. Knowledge", "b. Standards"])
    assert labels["Is unaware."][3:] == ("Does Not Meet Standards", "b. Standards")
    levels = header_levels(tree(table).children[0].children[0], VOCAB)
    ranked = sorted(levels.values(), key=lambda lv: lv.order)
    assert [lv.label for lv in ranked][0] == "Does Not Meet Standards"  # printed high to low, ranked low to high


KSF_TABLE_ROWS = (
    [
        (bold_line("Communication – definition", para("This dimension is about communicating the needs of others.")),),
        "",
        (bold_line("Why it is important:", para("Everything else we do rests on communication.")),),
    ],
    [
        (para("level 1"), para("Communicate with a limited range of people."), bullet("listens actively")),
        (
            para("level 2"),
            bold_line("Communicate with a range of people about a range of matters"),
            bullet("manages what people expect"),
        ),
        (para("level 3"), para("Develop communication on difficult matters."), bullet("adjusts to the audience")),
    ],
)
KSF_TABLE = grid(*KSF_TABLE_ROWS, header_row=True)


def test_level_labels_opening_cells_over_their_text_make_each_cell_a_level():
    """A PDF table whose cells hold the level's label as their first line and the level's text below it."""
    kind, labels, _ = read(grid(*KSF_TABLE_ROWS[1:]), OWNER)
    assert kind == "levels labelled inside their cells"
    assert labels["level 1"][0] is Role.STRUCTURE
    assert labels["listens actively"] == (Role.CONTENT, "levels", None, "level 1", OWNER)
    assert labels["adjusts to the audience"] == (Role.CONTENT, "levels", None, "level 3", OWNER)
    # a bold line long enough to be a statement is the level's headline behaviour, no theme's name
    assert labels["Communicate with a range of people about a range of matters"][:4] == (
        Role.CONTENT,
        "levels",
        None,
        "level 2",
    )


def test_rows_under_cells_opening_with_level_labels_go_on_with_the_level_of_their_column():
    """Queen's: "Level 1" over its summary in each header cell, then rows of behaviours in the same columns."""
    rows = [
        [(bold_line("Level 1"), para("Deals with people politely.")), (bold_line("Level 2"), para("Forms ties."))],
        ["Chooses the right way to communicate.", "Knows every member of the department."],
        ["Treats others with tact.", "Builds professional bonds."],
    ]
    kind, labels, _ = read(grid(*rows, header_row=True), OWNER)
    assert kind == "levels labelled inside their cells"
    assert labels["Deals with people politely."] == (Role.CONTENT, "levels", None, "Level 1", OWNER)  # no group
    assert labels["Chooses the right way to communicate."] == (Role.CONTENT, "levels", None, "Level 1", OWNER)
    assert labels["Builds professional bonds."] == (Role.CONTENT, "levels", None, "Level 2", OWNER)


def test_one_label_over_its_text_per_cell_is_no_scale_of_levels():
    kind, _, _ = read(grid([(para("level 1"), para("Talks with a few people."))], ["Notes", "None."]), OWNER)
    assert kind != "levels labelled inside their cells"


def test_a_title_cell_with_a_name_over_its_definition_names_the_table_s_competency():
    """ "Communication – definition" over its text in the first cell, "Why it is important:" over a note beside it,
    then a row of cells led by their level labels: one competency's table."""
    root = tree(KSF_TABLE)
    table = root.children[0]
    named = named_in_table(table, VOCAB)
    assert named is table.children[0].children[0]
    assert cell_title(named, VOCAB) == "Communication – definition"
    kind, labels, _ = read(KSF_TABLE)
    assert labels["This dimension is about communicating the needs of others."][0] is Role.DEFINITION
    assert labels["Everything else we do rests on communication."][:3] == (Role.NOTE, "notes", "Why it is important")
    assert labels["Why it is important:"][0] is Role.STRUCTURE
    assert labels["listens actively"][:4] == (Role.CONTENT, "levels", None, "level 1")


def test_a_title_cell_with_a_name_over_its_definition_label_names_the_table_s_competency():
    """ "Communication" over "Definition: Shares ..." in a header cell, then a row of job levels over their bullets:
    one competency's table; its definition is the label's text, without the label."""
    table = grid(
        [(bold_line("Communication"), line("Definition", "Shares information clearly and accurately."))],
        ["Frontline", "Supervisory", "Manager", "Executive"],
        [bullet("Speaks clearly."), bullet("Informs the group."), bullet("Explains plans."), bullet("Sets vision.")],
        header_row=True,
    )
    root = tree(table)
    named = named_in_table(root.children[0], VOCAB)
    assert named is root.children[0].children[0].children[0]
    assert cell_title(named, VOCAB) == "Communication"
    _, labels, _ = read(table)
    definition = next(n for n in root.walk() if n.text.startswith("Definition:"))
    assert labels[definition.text][0] is Role.DEFINITION
    assert read_table(root.children[0], VOCAB, None, None, None).labels[definition.id].text == (
        "Shares information clearly and accurately."
    )
    assert labels["Speaks clearly."][:4] == (Role.CONTENT, "levels", None, "Frontline")
    assert labels["Sets vision."][:4] == (Role.CONTENT, "levels", None, "Executive")


def test_bulleted_lists_under_behaviour_column_headers_name_no_competencies():
    """ "Effective behaviours | Ineffective behaviours" over two bulleted lists: the first column holds a list, not
    one competency's name per row."""
    table = grid(
        ["Effective behaviours", "Ineffective behaviours"],
        [(bullet("Breaks work into steps"), bullet("Plans for pressure points")), (bullet("Reacts to events"),)],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert competencies == []
    assert kind != "competencies as rows"
    assert labels["Breaks work into steps"][0] is Role.CONTENT


def test_a_first_column_of_elements_beside_field_columns_groups_each_row():
    """A unit of competence: "Element | Performance Criteria | Examples of Evidence", the element's cell merged down
    its rows; the criteria (numbered ".1", ".2") are indicators grouped by their element, the evidence notes."""
    table = grid(
        ["Element", "Performance Criteria", "Examples of Evidence"],
        [(bullet("Listens actively to stakeholders", marker="6.1"),), ".1 Listens attentively", "Meeting notes"],
        ["", ".2 Responds to concerns", "Issue log entries"],
        header_row=True,
    )
    kind, labels, _ = read(table, OWNER)
    assert kind == "fields as columns"
    assert labels["Listens actively to stakeholders"][0] is Role.GROUP
    group = "Listens actively to stakeholders"
    assert labels[".2 Responds to concerns"][:3] == (Role.CONTENT, "indicators", group)
    assert labels["Meeting notes"][:3] == (Role.CONTENT, "notes", "Examples of Evidence")
    # a first column of marks ("9 – 10") or of lists is no column of groups
    marks = grid(["Marks", "Indicators", "Notes"], ["9 – 10", "Strong, specific evidence.", "None."], header_row=True)
    assert read(marks, OWNER)[1]["9 – 10"][0] is not Role.GROUP


def test_a_row_across_the_level_columns_names_the_competency_of_the_rows_below():
    """DepEd: "Strand 2.1 Safety and security of learners" in one cell across the career stages' columns, then the
    row of its four stages; outside any competency each such row starts one."""
    table = grid(
        ["Level 1", "Level 2", "Level 3"],
        [(para("Strand 2.1 Safety and security of learners"),)],
        ["Knows the policies.", "Applies the policies.", "Leads on safety."],
        [(para("Strand 2.2 Fairness of the learning environment"),)],
        ["Knows fairness.", "Keeps fairness.", "Models fairness."],
        header_row=True,
    )
    root = tree(table)
    out = read_table(root.children[0], VOCAB, None, None, None)
    names = [out.labels[c].name for c in out.competencies]
    assert names == ["Safety and security of learners", "Fairness of the learning environment"]
    nodes = {n.text: n for n in root.walk() if n.text}
    applies = out.labels[nodes["Applies the policies."].id]
    assert (applies.level.label, applies.competency) == ("Level 2", out.competencies[0])
    assert out.labels[nodes["Models fairness."].id].competency == out.competencies[1]


def test_a_checklists_code_columns_are_no_items_and_its_one_statement_column_groups_nothing():
    checklist = grid(
        ["Competency / Skill", "Method", "Date Verified", "Preceptor Initials"],
        ["Completes the admission assessment with the patient.", "D", "", ""],
        ["Assesses pain with an age-appropriate scale.", "D/V", "", ""],
        header_row=True,
    )
    kind, labels, _ = read(checklist, OWNER)
    assert kind == "grouped columns"
    assert labels["Assesses pain with an age-appropriate scale."][:3] == (Role.CONTENT, "indicators", None)
    assert labels["D"][0] is Role.STRUCTURE and labels["D/V"][0] is Role.STRUCTURE


def test_grouped_columns_of_words_keep_their_headers_as_groups():
    columns = grid(
        ["Working with others", "Managing change"],
        ["Listens to others before deciding.", "Explains the reasons for a change."],
        header_row=True,
    )
    kind, labels, _ = read(columns, OWNER)
    assert kind == "grouped columns"
    assert labels["Explains the reasons for a change."][:3] == (Role.CONTENT, "indicators", "Managing change")


def test_grouped_columns_of_advice_are_activities_under_their_headers():
    """UniSA's 70:20:10 table: "Learning through experience (70%) | Learning through others (20%)" over what to
    do, in the imperative, under a competency's name (no section heading names the field)."""
    columns = grid(
        ["Learning through experience (70%)", "Learning through others (20%)"],
        ["Volunteer to test a new system before it is rolled out.", "Find a mentor who has led a similar change."],
        header_row=True,
    )
    kind, labels, _ = read(columns, OWNER)
    assert kind == "grouped columns"
    assert labels["Find a mentor who has led a similar change."][:3] == (
        Role.CONTENT,
        "activities",
        "Learning through others (20%)",
    )


def test_knowledge_skills_attitudes_columns_under_a_named_table_are_its_indicators():
    """QSEN: "INFORMATICS" across the table, "Definition: ..." across it, then "Knowledge | Skills | Attitudes" over
    statements in the imperative: the name, its definition, and its indicators grouped by column."""
    table = grid(
        ["INFORMATICS"],
        [line("Definition", "Draw on information and technology to communicate and support decisions.")],
        ["Knowledge", "Skills", "Attitudes"],
        ["Explain why information skills matter.", "Use the electronic health record.", "Value lifelong learning."],
        header_row=True,
    )
    root = tree(table)
    out = read_table(root.children[0], VOCAB, None, None, None, across=True)
    labels = {n.text: out.labels.get(n.id) for n in root.walk() if n.text}
    assert labels["Use the electronic health record."].field == "indicators"
    assert labels["Use the electronic health record."].group == "Skills"
    definition = next(t for t in labels if t.startswith("Definition"))
    assert labels[definition].role is Role.DEFINITION


def test_rows_each_headed_by_a_bold_line_over_lists_are_competencies():
    """WorldSkills: "Section | | Relative importance (%)" over "1 | Work organization and management (bold) over
    'The individual needs to know and understand:' and its bullets, 'The individual shall be able to:' and its
    bullets | 10"."""

    def section(name):
        return (
            bold_line(
                name,
                para("The individual needs to know and understand:"),
                bullet("health and safety legislation"),
                para("The individual shall be able to:"),
                bullet("follow health and safety standards"),
            ),
        )

    table = grid(
        ["Section", "", "Relative importance (%)"],
        ["1", section("Work organization and management"), "10"],
        ["2", section("Communication and interpersonal skills"), "15"],
        header_row=True,
    )
    root = tree(table)
    out = read_table(root.children[0], VOCAB, None, None, None)
    assert out.kind == "rows headed by a bold line"
    assert [out.labels[c].name for c in out.competencies] == [
        "Work organization and management",
        "Communication and interpersonal skills",
    ]
    labels = {n.text: out.labels.get(n.id) for n in root.walk() if n.text}
    assert (labels["follow health and safety standards"].field, labels["follow health and safety standards"].group) == (
        "indicators",
        "The individual shall be able to",
    )
    assert labels["10"].role is Role.STRUCTURE


def test_a_skill_beside_its_description_groups_it_where_the_descriptions_state_behaviours():
    """TGA's foundation skills: "SKILL | DESCRIPTION" over "Reading | Interprets complex technical information"."""
    table = grid(
        ["SKILL", "DESCRIPTION"],
        ["Reading", "Interprets complex technical information from several sources."],
        ["Writing", "Prepares clear and accurate reports for the audience."],
        header_row=True,
    )
    kind, labels, _ = read(table, OWNER)
    assert kind == "groups by row"
    assert labels["Prepares clear and accurate reports for the audience."][1:3] == ("indicators", "Writing")


def test_a_checklists_row_of_a_few_words_alone_groups_the_rows_below_it():
    checklist = grid(
        ["Competency / Skill", "Method", "Date Verified"],
        ["General", "", ""],
        ["Checks the rights of medication administration.", "D", ""],
        ["Parenteral", "", ""],
        ["Starts a peripheral IV and maintains the site.", "D/V", ""],
        header_row=True,
    )
    _, labels, _ = read(checklist, OWNER)
    assert labels["General"][:1] == (Role.GROUP,)
    assert labels["Checks the rights of medication administration."][:3] == (Role.CONTENT, "indicators", "General")
    assert labels["Starts a peripheral IV and maintains the site."][:3] == (Role.CONTENT, "indicators", "Parenteral")


def test_header_levels_read_grade_codes_before_role_titles():
    """A career matrix: "E0 / S-E1 Apprentice / Junior Software Engineer | S-E2 Software Engineer | ...": the
    code's number ranks the column, the label is kept whole."""
    assert levels_of(
        header("Competency", "E0 / S-E1 Apprentice Engineer", "S-E2 Software Engineer", "S-E3 Senior Engineer")
    ) == {
        2: ("E0 / S-E1 Apprentice Engineer", 1),
        3: ("S-E2 Software Engineer", 2),
        4: ("S-E3 Senior Engineer", 3),
    }
    assert levels_of(header("Competency", "Software Engineer", "Senior Engineer")) == {}


def test_a_name_column_whose_header_adds_a_note_in_brackets_names_competencies_tagged_with_levels():
    """IFAC's Table A: "Competence Area (Level of Proficiency) | Learning Outcomes", each area's level in brackets
    on the line under its name: each row a competency at that level, its outcomes the level's behaviours."""
    table = grid(
        ["Competence Area (Level of Proficiency)", "Learning Outcomes"],
        [(para("Taxation"), para("(Intermediate)")), (bullet("Explain the national tax rules."),)],
        [(para("Audit and assurance"), para("(Advanced)")), (bullet("Apply auditing standards."),)],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert (kind, competencies) == (
        "competencies as rows",
        ["Taxation (Intermediate)", "Audit and assurance (Advanced)"],
    )
    assert labels["Explain the national tax rules."][:4] == (Role.CONTENT, "levels", None, "Intermediate")
    assert labels["(Advanced)"][0] is Role.STRUCTURE


def test_header_levels_take_a_cell_numbered_like_the_known_levels_as_one():
    """Rating anchors "1 – Concern | 3 – Meets expectations | 5 – Exceptional": "Concern" is no level name the
    vocabulary knows, its number makes it the lowest anchor."""
    got = levels_of(header("1 – Concern", "3 – Meets expectations", "5 – Exceptional"))
    assert got == {1: ("1 – Concern", 1), 2: ("3 – Meets expectations", 3), 3: ("5 – Exceptional", 5)}


def test_a_column_its_header_does_not_name_holding_questions_is_the_interview_questions():
    """Tennessee: "Competency | Skilled Behaviors | Behaviorally Based Questions"."""
    table = grid(
        ["Competency", "Skilled Behaviors", "Behaviorally Based Questions"],
        ["Business Acumen", "Understands how organizations operate.", "Describe a time you used financial data."],
        ["Technical Learning", "Learns technical material quickly.", "What steps did you take to learn a new tool?"],
        header_row=True,
    )
    kind, labels, names = read(table)
    assert kind == "competencies as rows" and names == ["Business Acumen", "Technical Learning"]
    assert labels["Describe a time you used financial data."][:2] == (Role.CONTENT, "interview_questions")
    assert labels["What steps did you take to learn a new tool?"][:2] == (Role.CONTENT, "interview_questions")


def test_a_column_of_competencies_between_columns_of_indicators_names_a_competency_per_row():
    """Buckinghamshire: "Positive indicators | Personal competencies | Negative indicators", the middle cell a
    numbered name over its descriptor and example questions."""
    name_cell = [
        bullet("Motivations for working with children", marker="1.", ordered=True),
        para("Self-awareness and understanding of self."),
        bold_line("Example questions:"),
        bullet("What led you to want to work with children?"),
    ]
    table = grid(
        ["Positive indicators", "Personal competencies", "Negative indicators"],
        ["Knows own strengths realistically.", name_cell, "Driven by own needs."],
        header_row=True,
    )
    kind, labels, names = read(table)
    assert kind == "competencies as rows" and len(names) == 1
    assert labels["Motivations for working with children"][0] is Role.STRUCTURE  # the name
    assert labels["Self-awareness and understanding of self."][0] is Role.DEFINITION
    assert labels["What led you to want to work with children?"][:2] == (Role.CONTENT, "interview_questions")
    assert labels["Knows own strengths realistically."][:3] == (Role.CONTENT, "indicators", "Positive indicators")
    assert labels["Driven by own needs."][:3] == (Role.CONTENT, "indicators", "Negative indicators")


def test_a_review_forms_block_names_its_competency_beside_what_it_means_over_its_rating_row():
    """Trinity College Dublin: "Teamwork: | Co-operates with colleagues ..." over "Rating | 1 ☐ | 2 ☐ | 3 ☐"."""
    table = tree(
        grid(
            ["Teamwork:", "Co-operates with colleagues across the College to achieve objectives on time.", ""],
            ["Rating", "1 ☐", "2 ☐"],
            ["Comments", "", ""],
        )
    ).children[0]
    named = named_in_table(table, VOCAB)
    assert cell_text(named) == "Teamwork:"
    _, labels, _ = read(table)
    assert labels["Co-operates with colleagues across the College to achieve objectives on time."][0] is Role.DEFINITION
    # without a row to rate it, a labelled line beside its text names nothing
    plain = tree(grid(["Teamwork:", "Co-operates with colleagues across the College."], ["Notes", "None."])).children[0]
    assert named_in_table(plain, VOCAB) is None


def test_names_merged_down_beside_rows_of_statements_are_competencies_with_those_statements():
    """WFP: "Purpose" (rowspan 2) beside "Understand and communicate ...", "Be a force for positive change ..."."""

    def spanned(text):  # a row whose first cell is the one above, merged down: no cell of its own in column 1
        return Node(NodeKind.ROW, children=(Node(NodeKind.CELL, col=2, children=(para(text),)),))

    rows = grid(
        ["Purpose", "Understand and communicate the Strategic Objectives: Helps the team see the links."],
        ["People", "Look for ways to strengthen people's skills: Points out learning opportunities."],
    ).children
    table = Node(
        NodeKind.TABLE,
        children=(
            rows[0],
            spanned("Be a force for positive change: Suggests improvements to team processes."),
            rows[1],
            spanned("Create an inclusive culture: Encourages open communication in the team."),
        ),
    )
    kind, labels, names = read(table)
    assert kind == "competencies named in cells merged down" and names == ["Purpose", "People"]
    assert labels["Be a force for positive change: Suggests improvements to team processes."][:2] == (
        Role.CONTENT,
        "indicators",
    )
    assert labels["Create an inclusive culture: Encourages open communication in the team."][4] == "People"
    # a name beside every row is a two-column list, not this layout
    kind, _, _ = read(grid(["Purpose", "Helps the team see the links."], ["People", "Points out opportunities."]))
    assert kind != "competencies named in cells merged down"


def test_a_self_assessment_form_prints_the_numbers_to_circle_on_every_line_under_a_title_across_it():
    """InfoWorks: "Leading with Vision" across the table, "Competencies: | Poor | Fair | Good | Excel.", then
    numbered statements each beside "1 | 2 | 3 | 4": the statements are rated, the numbers left to circle."""
    table = grid(
        ["Leading with Vision"],
        ["", "Competencies:", "Poor", "Fair", "Good", "Excel."],
        ["1.", "Form a personal vision of excellence and act on it.", "1", "2", "3", "4"],
        ["2.", "Build an ambitious vision for the team.", "1", "2", "3", "4"],
        ["3.", "Examine assumptions when shaping the vision.", "1", "2", "3", "4"],
        header_row=True,
    )
    kind, labels, _ = read(table, OWNER)
    assert kind == "rating form"
    assert labels["Build an ambitious vision for the team."] == (Role.CONTENT, "indicators", None, None, OWNER)
    assert labels["Poor"][0] is Role.STRUCTURE and labels["1."][0] is Role.STRUCTURE
    # scores that vary from line to line are no numbers to circle
    scored = grid(
        ["Task", "Score"],
        ["Form a personal vision of excellence and act on it.", "3"],
        ["Build an ambitious vision for the team.", "1"],
        header_row=True,
    )
    assert read(scored, OWNER)[0] != "rating form"


def test_names_over_a_row_of_definitions_are_one_competency_per_column():
    """CSG: "Direction and Execution | Ethical and Inclusive | Influence" over a row defining each, then a row of
    bullets under each: a framework printed as a grid."""
    table = grid(
        ["Direction and Execution", "Ethical and Inclusive", "Influence"],
        [
            "Giving a clear picture of where we are going and how to get there.",
            "Creating an environment where everyone is treated fairly.",
            "Communicating with purpose and persuading others.",
        ],
        [(bullet("Work at pace."), bullet("Keep the focus on outcomes.")), "Treat people fairly.", "Be open."],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert kind == "competencies as columns"
    assert competencies == ["Direction and Execution", "Ethical and Inclusive", "Influence"]
    assert labels["Creating an environment where everyone is treated fairly."][0] is Role.DEFINITION
    assert labels["Keep the focus on outcomes."] == (Role.CONTENT, "indicators", None, None, "Direction and Execution")
    # names over lists with no row defining them are grouped columns, not competencies
    listed = grid(["Knowledge", "Skills"], ["Knows the law.", "Drafts letters."], header_row=True)
    assert read(listed)[0] != "competencies as columns"


def test_a_header_of_levels_sharing_their_last_word_names_the_levels_before_it():
    """BCCL: "Development Need Behavior | Effective Behavior | Role Model Behavior": the performance scale."""
    row = grid(["", "Development Need Behavior", "Effective Behavior", "Role Model Behavior"]).children[0]
    levels = header_levels(row, VOCAB)
    assert [(lv.label, lv.order) for lv in levels.values()] == [
        ("Development Need Behavior", 1.0),
        ("Effective Behavior", 2.0),
        ("Role Model Behavior", 3.0),
    ]
    # judging words over no scale are no levels ("Effective Behaviours | Ineffective Behaviours")
    assert (
        header_levels(grid(["Effective Behavior", "Ineffective Behavior", "Neutral Behavior"]).children[0], VOCAB) == {}
    )


def test_beside_a_column_of_levels_a_description_column_defines_and_a_group_column_groups():
    """NSW role description: "Capability group/sets | Capability name | Description | Level"."""
    table = grid(
        ["Capability group/sets", "Capability name", "Description", "Level"],
        ["Personal Attributes", "Act with Integrity", "Behave ethically and professionally.", "Intermediate"],
        ["", "Manage Self", "Show drive and motivation.", "Adept"],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert competencies == ["Act with Integrity", "Manage Self"]
    assert labels["Behave ethically and professionally."][0] is Role.DEFINITION
    assert labels["Personal Attributes"][0] is Role.STRUCTURE


def test_short_names_down_an_unheaded_first_column_are_competencies_their_cells_grouped_by_column():
    """IfATE's standard: "| Knowledge and Understanding (Know it) | Skills (Show it) | Behaviours (Live it)" over
    "Customer", "Business", ...: outside any competency each row is one."""
    table = grid(
        ["", "Knowledge and Understanding (Know it)", "Skills (Show it)", "Behaviours (Live it)"],
        ["Customer", "Understand the customer profile.", "Monitor customer enquiries.", "Champion excellent service."],
        ["Business", "Know the vision of the business.", "Set team objectives.", "Promote the brand."],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert (kind, competencies) == ("competencies named down an unheaded first column", ["Customer", "Business"])
    assert labels["Set team objectives."] == (Role.CONTENT, "indicators", "Skills (Show it)", None, "Business")
    # inside a competency the same table groups its items by theme instead
    assert read(table, OWNER)[2] == []


def test_a_competence_column_beside_field_columns_names_a_competency_per_row():
    """Maritime NZ (STCW): "Competence | Knowledge, understanding and proficiency | Methods for demonstrating
    competence | Criteria for evaluating competence": a header of column names, the second no definition."""
    table = grid(
        ["Competence", "Knowledge, understanding and proficiency", "Criteria for evaluating competence"],
        ["Plan and conduct a passage", "Selects the charts needed for a passage.", "The plan is safe."],
        ["Maintain a safe watch", "Explains the principles of watchkeeping.", "A proper lookout is kept."],
        header_row=True,
    )
    kind, _, competencies = read(table)
    assert (kind, competencies) == ("competencies as rows", ["Plan and conduct a passage", "Maintain a safe watch"])


def test_a_title_across_the_table_over_a_competency_header_is_the_tables_title():
    """Cincinnati Children's: "REQUIRED COMPETENCIES - NURSING" across the table, then "Competency | Definition"."""
    table = grid(
        ["REQUIRED COMPETENCIES - NURSING"],
        ["Competency", "Definition"],
        ["Accountability", "Owning one's actions and work."],
        ["Autonomy", "Carrying out work with little supervision."],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert (kind, competencies) == ("competencies as rows", ["Accountability", "Autonomy"])
    assert labels["Carrying out work with little supervision."][0] is Role.DEFINITION


def test_a_title_and_a_note_across_the_table_over_a_header_of_labels_with_their_questions():
    """CIAT's dictionary: "Corporate Competencies" and "Corporate: common competencies for all workers" across the
    table, then "COMPETENCIES | DEFINITION OF THE COMPETENCE: WHAT DOES IT MEAN? | BEHAVIORS: THIS COMPETENCE CAN
    BE SEEN THROUGH BEHAVIORS LIKE THESE..." (each header a label and the question it answers)."""
    table = grid(
        ["Corporate Competencies"],
        ["Corporate: Common competencies for all workers, whatever their role or grade."],
        [
            "COMPETENCIES",
            "DEFINITION OF THE COMPETENCE: WHAT DOES IT MEAN?",
            "BEHAVIORS: THIS COMPETENCE CAN BE SEEN THROUGH BEHAVIORS LIKE THESE...",
        ],
        ["Result focused", "Works to achieve results with efficacy and quality.", "Delivers results on time."],
        ["Teamwork", "Establishes collaborative relationships with others.", "Shares information freely."],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert (kind, competencies) == ("competencies as rows", ["Result focused", "Teamwork"])
    assert labels["Shares information freely."][1] == "indicators"


def test_names_down_a_blank_cornered_matrix_of_behaviours_outside_any_competency_are_competencies():
    def matrix(first: str, second: str):
        return tree(
            grid(
                ["", "Level 1", "Level 2"],
                [first, "Respects the decisions taken by the organisation.", "Defends its mission to others."],
                [second, "Listens to colleagues from other cultures.", "Adapts own style to the culture."],
                header_row=True,
            )
        ).children[0]

    table = matrix("Commitment to Principles", "Cross-cultural Awareness")
    outside = read_table(table, VOCAB, None, None, None, outside=True)
    assert [cell_text(n) for n in table.walk() if n.id in outside.competencies] == [
        "Commitment to Principles",
        "Cross-cultural Awareness",
    ]
    # under a competency's heading the names are its parts; a key's cells (titles, scopes) state no behaviour
    assert not read_table(table, VOCAB, None, None, None).competencies
    key = tree(
        grid(
            ["", "E1", "E2"],
            ["Title", "Associate Engineer", "Engineer"],
            ["Scope", "within task", "within epic"],
            header_row=True,
        )
    ).children[0]
    assert not read_table(key, VOCAB, None, None, None, outside=True).competencies


def test_a_line_in_capitals_over_a_cells_list_groups_it_however_it_reads():
    cell = (
        bold_line(
            "SHOWS LOYALTY TO, AND RESPECT FOR, THE VALUES OF THE ORGANISATION",
            bullet("Speaks of the organisation's principles with pride."),
            bullet("Presents a positive image of it to outsiders."),
        ),
    )
    _, labels, _ = read(grid(["Level 1"], [cell], header_row=True), owner=OWNER)
    assert labels["Speaks of the organisation's principles with pride."][2] == (
        "SHOWS LOYALTY TO, AND RESPECT FOR, THE VALUES OF THE ORGANISATION"
    )


def test_a_row_across_grouped_columns_names_the_group_of_the_rows_below_it():
    _, labels, _ = read(
        grid(
            ["Self", "Others"],
            ["Treats every customer with courtesy.", "Helps colleagues resolve customer issues."],
            ["Behaviours that may indicate a need for further development"],
            ["Becomes defensive when customers complain.", "Passes customers on to someone else."],
            header_row=True,
        ),
        owner=OWNER,
    )
    assert labels["Treats every customer with courtesy."][2] == "Self"
    assert labels["Passes customers on to someone else."][2] == (
        "Behaviours that may indicate a need for further development"
    )


def test_boxes_to_tick_in_a_table_of_no_known_layout_are_no_text():
    kind, labels, _ = read(
        grid(
            ["Rating", "Behaviors during the review period which support the rating"],
            [(para("☐ Meets"), para("☐ Exceeds"), para("☐ Does Not Meet")), ""],
            header_row=True,
        ),
        owner=OWNER,
    )
    assert labels["☐ Does Not Meet"][0] is Role.STRUCTURE


def test_a_row_naming_a_group_of_activities_in_a_form_of_one_column_to_fill():
    _, labels, _ = read(
        grid(
            ["Activity", "Agreed completion date", "Completed (initials)"],
            ["Learning on the job"],
            ["Hold a one-to-one conversation with each member of your team", "", ""],
            ["Lead a team briefing and invite questions from the team", "", ""],
            ["Learning from others"],
            ["Shadow your manager during a difficult conversation", "", ""],
            header_row=True,
        ),
        owner=OWNER,
        field="activities",
    )
    assert labels["Learning on the job"][0] is Role.GROUP
    assert labels["Shadow your manager during a difficult conversation"][1:3] == ("activities", "Learning from others")


def test_a_row_printed_across_the_form_names_its_rows_even_when_it_reads_as_a_verb_and_its_words_give_their_field():
    # "Courses" could be a verb: the row's one cell across the columns is the evidence, not its words
    _, labels, _ = read(
        grid(
            ["Activity", "Agreed completion date", "Completed (initials)"],
            ["Learning on the job"],
            ["Hold a one-to-one conversation with each member of your team", "", ""],
            ["Courses and e-learning"],
            ["Attend the Having Great Conversations workshop", "", ""],
            header_row=True,
        ),
        owner=OWNER,
        field="activities",
    )
    assert labels["Courses and e-learning"][0] is Role.GROUP
    assert labels["Attend the Having Great Conversations workshop"][1:3] == ("courses", "Courses and e-learning")
    assert labels["Hold a one-to-one conversation with each member of your team"][1] == "activities"


def test_a_row_naming_a_standard_alone_names_the_competency_of_the_criteria_rows_below_it():
    _, labels, competencies = read(
        grid(
            ["Standard", "Exceeds Standard", "Meets Standard", "Plan for Improvement"],
            ["1. Punctuality, Attendance, and Use of Time"],
            ["a. Starts work on time.", "Is always punctual.", "Is occasionally late.", "Is chronically late."],
            ["2. Communication"],
            ["a. Communicates clearly.", "Communicates tactfully.", "Communicates clearly.", "Is discourteous."],
            header_row=True,
        ),
    )
    assert competencies == ["1. Punctuality, Attendance, and Use of Time", "2. Communication"]
    assert labels["Is always punctual."][4] == "1. Punctuality, Attendance, and Use of Time"
    assert labels["Is discourteous."][3:] == ("Plan for Improvement", "2. Communication")


def test_rows_numbered_by_an_outline_code_name_competencies_one_step_above_their_statements():
    kind, labels, competencies = read(
        grid(
            ["Code", "Area of competence / Competency / Competency statement"],
            ["B", "Policy, Legislation and Regulations"],
            ["B.6", "Interpreting environmental regulations"],
            ["B.6.43", "Assess compliance with environmental regulations."],
            ["B.6.44", "Prepare compliance reports."],
            ["E", "Sampling and Analytical Work"],
            ["E.14", "Developing sampling programs"],
            ["E.14.98", "Develop site-specific work plans."],
            header_row=True,
        )
    )
    assert kind == "outline-coded rows"
    assert competencies == ["Interpreting environmental regulations", "Developing sampling programs"]
    assert labels["Prepare compliance reports."][:2] == (Role.CONTENT, "indicators")
    assert labels["Prepare compliance reports."][4] == "Interpreting environmental regulations"
    assert labels["Sampling and Analytical Work"][0] is Role.STRUCTURE  # an area above the competencies


def test_codes_that_skip_a_step_of_the_outline_give_no_hierarchy():
    rows = [["B.6", "Regulations"], ["B.6.1", "Assess."], ["C.7", "Sampling"], ["D.9.1", "Report."]]
    kind, _, _ = read(grid(["Code", "Statement"], *rows, header_row=True))
    assert kind != "outline-coded rows"  # "D.9.1" stands under no "D.9"


def test_a_title_over_a_definition_and_statements_with_boxes_to_tick_is_one_competencys_form():
    _, labels, _ = read(
        grid(
            ["Social justice"],
            ["Embracing the values of sustainability, equality, equity and justice, locally and globally."],
            ["Professional actions", "1", "2", "3", "4", "Evidence / examples"],
            ["I treat all learners fairly and challenge discrimination.", "☐", "☐", "☐", "☐", ""],
            ["I value the diversity of my learners and their communities.", "☐", "☐", "☐", "☐", ""],
            header_row=True,
        )
    )
    assert labels["Social justice"][0] is Role.STRUCTURE
    assert labels["Embracing the values of sustainability, equality, equity and justice, locally and globally."][0] is (
        Role.DEFINITION
    )
    assert labels["I value the diversity of my learners and their communities."][:2] == (Role.CONTENT, "indicators")


def test_a_checklists_captions_in_capitals_name_its_categories_and_the_skills_below_are_their_indicators():
    caption_in_cell = (
        Node(NodeKind.HEADING, "ASSESSMENT:", bold=True, children=(para("*Performs a focused triage assessment."),)),
    )
    kind, labels, competencies = read(
        grid(
            ["SKILLS / TASKS", "Can Do", "Need Review", "Validation Methods"],
            [caption_in_cell, "☐", "☐", "O, C"],
            ["Reassesses pain with the age-appropriate scale.", "☐", "☐", "O"],
            ["I. PROCEDURES & EQUIPMENT:"],
            ["A. Infusions"],
            ["1. Programs an infusion pump and checks the rate.", "☐", "☐", "D"],
            header_row=True,
        )
    )
    assert kind == "checklist categories"
    assert len(competencies) == 2
    assert labels["ASSESSMENT:"][0] is labels["I. PROCEDURES & EQUIPMENT:"][0] is Role.COMPETENCY
    assert labels["*Performs a focused triage assessment."][:2] == (Role.CONTENT, "indicators")
    assert labels["1. Programs an infusion pump and checks the rate."][2] == "Infusions"
    assert labels["O, C"][0] is Role.STRUCTURE


def test_one_caption_in_capitals_over_a_table_of_skills_is_no_checklist_of_categories():
    kind, _, _ = read(
        grid(["SKILLS", "Done"], ["ASSESSMENT:"], ["Performs a focused triage assessment.", "☐"], header_row=True)
    )
    assert kind != "checklist categories"


def test_a_header_of_names_printed_over_two_tables_adds_a_scale_only_where_the_vocabulary_reads_none():
    """IRM's "Support | Practitioner | Manager | Leader" over each standard's table (two names known, on different
    scales) is a scale of the document's own; "Dimension | Emerging | Developing | Proficient" over each table is one
    the vocabulary reads already, its first column a row label, no step."""

    def standard(header):
        return grid(header, ["Records.", "Runs.", "Designs.", "Sets."], header_row=True)

    irm = ["Support", "Practitioner", "Manager", "Leader"]
    vocab = document_scales(tree(standard(irm), standard(irm)), VOCAB)
    labels = [parse_level(n, vocab, header=True) for n in irm]
    assert is_scale(labels, vocab) and rank_levels(labels, vocab) == [1, 2, 3, 4]
    assert document_scales(tree(standard(irm)), VOCAB) is VOCAB  # printed once
    known = ["Dimension", "Emerging", "Developing", "Proficient"]
    assert document_scales(tree(standard(known), standard(known)), VOCAB) is VOCAB


def test_key_competencies_each_beside_its_list_of_enabling_competencies_are_rows_of_competencies():
    """NAPRA: "Key Competencies | Enabling Competencies", a lead-in "Pharmacists must be able to:" across the table,
    then each key competency, worded as a statement however long, beside its numbered list."""
    table = grid(
        ["Key Competencies", "Enabling Competencies"],
        ["Pharmacists must be able to:"],
        ["Practise within legal requirements", (bullet("Follow the legislation."), bullet("Apply privacy law."))],
        [
            "Manage actual and potential illegal, unethical or unprofessional actions or situations in practice",
            (bullet("Report such conduct."), bullet("Manage conflicts of interest.")),
        ],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert (kind, len(competencies)) == ("competencies as rows", 2)
    assert labels["Pharmacists must be able to:"][0] is Role.STRUCTURE


def test_columns_whose_headers_open_with_levels_of_one_scale_are_those_levels():
    """AACN's Essentials: "Competencies | Entry-Level Professional Nursing Education | Advanced-Level Nursing
    Education", each row's sub-competencies in the two columns."""
    entry, advanced = "Entry-Level Professional Nursing Education", "Advanced-Level Nursing Education"
    table = grid(
        ["Competencies", entry, advanced],
        ["Engage with the individual in a caring relationship.", "Show empathy.", "Cultivate caring relationships."],
        ["Communicate effectively with individuals.", "Respect preferences.", "Lead difficult conversations."],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert (kind, len(competencies)) == ("competencies as rows", 2)
    assert labels["Show empathy."][:2] == (Role.CONTENT, "levels")


def test_rows_each_opening_with_a_bold_name_over_its_definition_beside_a_list_are_competencies():
    """CB:PSB: "Knowledge and Skills | Performance Indicators", each row's first cell a bold name over the paragraph
    defining it, the second a lead-in over its bullets."""

    def row(name: str, definition: str) -> list:
        lead_in = para("Banking leaders can demonstrate that they:")
        return [
            head(name, para(definition), rank=1, style="bold"),
            (lead_in, bullet(f"Apply the {name.lower()} rules.")),
        ]

    table = grid(
        ["Knowledge and Skills", "Performance Indicators"],
        row("Risk and Control", "Understanding the main risks faced by the organisation and its customers."),
        row("Fair Treatment of Customers", "Placing the fair treatment of customers at the centre of the business."),
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert (kind, len(competencies)) == ("rows of a bold name over its definition", 2)
    assert labels["Understanding the main risks faced by the organisation and its customers."][0] is Role.DEFINITION
    assert labels["Apply the risk and control rules."][:2] == (Role.CONTENT, "indicators")


def test_a_header_cell_over_a_column_of_codes_and_the_column_of_their_text_names_by_the_text():
    """TECHNOCompétences: "Category | Competency | Competency Indicator", the last two each over a column of codes
    ("1.1.S", "1.1.1.S") and one of text, with no header cell of their own."""

    def row(*cells: tuple[int, str], header: bool = False) -> Node:
        return Node(
            NodeKind.ROW,
            header=header,
            children=tuple(Node(NodeKind.CELL, col=c, header=header, children=(para(t),)) for c, t in cells),
        )

    table = Node(
        NodeKind.TABLE,
        children=(
            row((1, "Category"), (2, "Competency"), (4, "Competency Indicator"), header=True),
            row((1, "PLANNING"), (2, "1.1.S"), (3, "Designing a new service"), (4, "1.1.1.S"), (5, "Tracking trends")),
            row((4, "1.1.2.S"), (5, "Pinpointing the service to be offered")),
            row((2, "1.2.S"), (3, "Carrying out a market study"), (4, "1.2.1.S"), (5, "Reviewing published sources")),
        ),
    )
    kind, labels, competencies = read(table)
    assert kind == "competencies as rows"
    assert competencies == ["Designing a new service", "Carrying out a market study"]
    assert labels["Pinpointing the service to be offered"][:2] == (Role.CONTENT, "indicators")
    assert all(labels[text][0] is Role.STRUCTURE for text in ("PLANNING", "1.1.S", "1.1.2.S"))


def test_two_names_each_beside_a_long_statement_of_what_its_holder_does_are_a_dictionary():
    """SHL's UCF: under "1. Leading and Deciding", a table of two rows, each a competency beside its definition; two
    terms beside short glosses are no dictionary."""
    table = grid(
        [
            "Deciding and Initiating Action",
            "Takes responsibility for actions, projects and people; shows initiative and works under own direction.",
        ],
        [
            "Leading and Supervising",
            "Gives others a clear sense of direction; motivates and empowers them; sets standards of behaviour.",
        ],
    )
    kind, _, competencies = read(table)
    assert (kind, competencies) == (
        "names beside definitions",
        ["Deciding and Initiating Action", "Leading and Supervising"],
    )
    glossary = grid(
        ["PDR", "The yearly review of a person's development."], ["KPI", "A measure of how well work goes."]
    )
    assert read(glossary)[0] != "names beside definitions"


def test_a_grid_of_cells_each_a_bold_name_over_its_definition_names_a_competency_per_cell():
    """Stanford's one-page grid: the clusters across the header, each cell a bold attribute over its definition."""

    def cell(name: str) -> Node:
        return head(name, para(f"Understands what {name.lower()} asks of a leader and acts on it."), style="bold")

    table = grid(
        ["Personal Attributes", "Interpersonal Attributes"],
        [cell("Self-Awareness"), cell("Communication")],
        [cell("Integrity"), cell("Collaboration")],
        header_row=True,
    )
    kind, labels, competencies = read(table)
    assert (kind, len(competencies)) == ("cells of a bold name over its definition", 4)
    assert all(labels[name][0] is Role.COMPETENCY for name in ("Self-Awareness", "Collaboration"))
    assert labels["Understands what integrity asks of a leader and acts on it."][0] is Role.DEFINITION
    # a form's fields one under another, numbered: no grid of names
    form = grid(
        [cell("6. Training Needs"), cell("7. Career Goals")], [cell("8. Learning Plan"), cell("9. Review Notes")]
    )
    assert read(form)[0] != "cells of a bold name over its definition"
    column = grid([cell("Self-Awareness")], [cell("Integrity")], [cell("Resilience")])
    assert read(column)[0] != "cells of a bold name over its definition"


def test_a_short_line_under_a_level_label_in_the_header_is_its_caption_not_a_behaviour():
    """Durham's behaviour tables: "Level 1" over "Grades 1-2/Core" in each header cell, the behaviours below."""
    header = [
        head(f"Level {n}", para(grades), style="bold") for n, grades in ((1, "Grades 1-2/Core"), (2, "Grades 3-4"))
    ]
    table = grid(header, ["Offers help to colleagues.", "Builds links with other teams."], header_row=True)
    kind, labels, _ = read(table, owner=OWNER)
    assert labels["Grades 1-2/Core"][0] is Role.STRUCTURE
    assert labels["Builds links with other teams."][:2] == (Role.CONTENT, "levels")


def test_columns_headed_by_the_stages_of_a_clinicians_training_are_levels():
    """The Medical Leadership Competency Framework: "Undergraduate | Postgraduate | Consultant/GP" over examples."""
    table = grid(
        ["Undergraduate", "Postgraduate", "Consultant/GP"],
        [
            "A student keeps a reflective log.",
            "A foundation doctor asks for feedback.",
            "A consultant adjusts her manner.",
        ],
        header_row=True,
    )
    assert holds_levels(table, VOCAB)
    assert levels_of(header("Undergraduate", "Postgraduate", "Consultant/GP")) == {
        1: ("Undergraduate", 0),
        2: ("Postgraduate", 1),
        3: ("Consultant/GP", 2),
    }
