"""Tables: one node each with rows, cells and a header row; layout tables read as flow; a table broken by a page
break joined again."""

from __future__ import annotations

from pipeline.model.tree import NodeKind
from pipeline.structure.pieces import to_pieces
from pipeline.structure.tables import cell_text, flatten_layout_tables, row_texts

from .helpers import DOC, blocks, build, document, paragraph, shape, table


def rows_of(node):
    return [[cell_text(cell) for cell in row.children] for row in node.children]


def tables(root):
    return [n for n in root.walk() if n.kind is NodeKind.TABLE]


def test_a_table_is_one_node_of_rows_of_cells():
    (node,) = tables(build(table([["Level", "Behaviour"], ["1", "Listens."]])))
    assert rows_of(node) == [["Level", "Behaviour"], ["1", "Listens."]]
    assert [cell.col for row in node.children for cell in row.children] == [1, 2, 1, 2]


def test_cell_text_and_row_texts_read_every_line_of_a_cell():
    cell = [paragraph("Teamwork", bold=True), paragraph("Works with others.")]
    (node,) = tables(build(table([[cell, "B"], ["c", "d"]])))
    assert cell_text(node.children[0].children[0]) == "Teamwork Works with others."
    assert row_texts(node.children[0]) == ("teamwork works with others.", "b")


def test_the_header_row_is_the_one_the_format_marks():
    (node,) = tables(build(table([["Level", "Behaviour"], ["1", "Listens."]], header_row=True)))
    assert [row.header for row in node.children] == [True, False]
    assert all(cell.header for cell in node.children[0].children)


def test_a_first_row_of_bold_cells_is_the_header_row():
    bold = [[paragraph("Level", bold=True)], [paragraph("Behaviour", bold=True)]]
    (node,) = tables(build(table([bold, ["1", "Listens."]])))
    assert [row.header for row in node.children] == [True, False]


def test_a_first_row_of_plain_cells_is_no_header_row():
    (node,) = tables(build(table([["Level", "Behaviour"], ["1", "Listens."]])))
    assert [row.header for row in node.children] == [False, False]


def test_a_one_column_table_is_layout_read_as_the_flow_of_the_document():
    root = build(table([[[paragraph("Teamwork", bold=True)]], ["Works well with others."]]), paragraph("After it."))
    assert shape(root) == [
        ("heading", "Teamwork", [("paragraph", "Works well with others."), ("paragraph", "After it.")])
    ]


def test_a_one_row_table_is_layout_too():
    assert shape(build(table([["Left text", "Right text"]]))) == [
        ("paragraph", "Left text"),
        ("paragraph", "Right text"),
    ]


def test_flatten_layout_tables_keeps_real_tables_and_drops_the_empty_cells_of_layout_ones():
    pieces = [
        p
        for b in blocks(table([["One", ""]], number=0), table([["a", "b"], ["c", ""]], number=1))
        for p in to_pieces(b, DOC)
    ]
    flat = flatten_layout_tables(pieces)
    assert [(p.text, p.cell is not None) for p in flat] == [
        ("One", False),
        ("a", True),
        ("b", True),
        ("c", True),
        ("", True),  # an empty cell of a real table still shapes it
    ]


def test_inside_a_cell_a_bold_short_line_heads_the_rest_of_the_cell():
    cell = [paragraph("Teamwork", bold=True), paragraph("Shares information.")]
    (node,) = tables(build(table([[cell, "x"], ["y", "z"]])))
    assert shape(node.children[0].children[0]) == [("heading", "Teamwork", [("paragraph", "Shares information.")])]


def test_a_bold_line_alone_in_its_cell_heads_nothing():
    (node,) = tables(build(table([[[paragraph("Teamwork", bold=True)], "x"], ["y", "z"]])))
    assert shape(node.children[0].children[0]) == [("paragraph", "Teamwork")]


# ------------------------------------------------------------------ continued tables
HEADER = ["Level", "Behaviour"]


def test_a_table_going_on_after_a_page_break_is_joined_and_its_repeated_header_dropped():
    doc = document(
        table([HEADER, ["1", "Listens."]], number=0, header_row=True, page=1),
        table([HEADER, ["2", "Speaks."]], number=1, header_row=True, page=2),
    )
    (node,) = tables(doc.root)
    assert rows_of(node) == [HEADER, ["1", "Listens."], ["2", "Speaks."]]
    assert [(d.text, d.reason) for d in doc.dropped] == [
        ("Level", "table header row repeated on a new page"),
        ("Behaviour", "table header row repeated on a new page"),
    ]


def test_a_table_on_the_next_page_without_a_header_goes_on_the_one_before():
    root = build(
        table([HEADER, ["1", "Listens."]], number=0, page=1),
        table([["2", "Speaks."], ["3", "Leads."]], number=1, page=2),
    )
    (node,) = tables(root)
    assert rows_of(node) == [HEADER, ["1", "Listens."], ["2", "Speaks."], ["3", "Leads."]]


def test_a_single_row_left_over_after_a_page_break_still_joins_its_table():
    root = build(
        table([HEADER, ["1", "Keeps to policy and"]], number=0, page=1),
        table([["", "guidelines at all times."]], number=1, page=2),
    )
    (node,) = tables(root)
    assert rows_of(node) == [HEADER, ["1", "Keeps to policy and guidelines at all times."]]


def test_a_single_row_left_at_the_foot_of_a_page_heads_the_table_continued_on_the_next():
    """PAHRODF: "Competency | Learning and Development Management" alone at the foot of a page, the rest of that
    competency's table on the next: one table, not a layout row flattened into the text."""
    root = build(
        table([["Competency", "Learning and Development Management"]], number=0, page=1),
        table(
            [["Definition", "The ability to identify learning needs."], ["Basic", "Gathers requests."]],
            number=1,
            page=2,
        ),
    )
    (node,) = tables(root)
    assert rows_of(node)[0] == ["Competency", "Learning and Development Management"]
    # a row alone on its page with nothing of a table as wide beside it stays a layout row
    alone = build(table([["Name:", "Date:"]], number=0, page=1), paragraph("The form starts here."))
    assert tables(alone) == []


def test_a_new_table_with_a_header_of_its_own_is_no_continuation():
    root = build(
        table([HEADER, ["1", "Listens."]], number=0, header_row=True, page=1),
        table([["Course", "Provider"], ["Writing", "Acme"]], number=1, header_row=True, page=2),
    )
    assert len(tables(root)) == 2


def test_two_tables_on_one_page_are_two_tables():
    root = build(table([["A", "B"], ["1", "x"]], number=0, page=1), table([["C", "D"], ["2", "y"]], number=1, page=1))
    assert len(tables(root)) == 2


def test_tables_of_different_widths_are_two_tables():
    root = build(
        table([["A", "B"], ["1", "x"]], number=0, page=1), table([["C", "D", "E"], ["2", "y", "z"]], number=1, page=2)
    )
    assert len(tables(root)) == 2


def test_a_row_broken_by_the_page_break_is_one_row_again():
    root = build(
        table([HEADER, ["1", "Keeps to policy and"]], number=0, page=1),
        table([["", "guidelines at all times."], ["2", "Speaks."]], number=1, page=2),
    )
    (node,) = tables(root)
    assert rows_of(node) == [HEADER, ["1", "Keeps to policy and guidelines at all times."], ["2", "Speaks."]]
    broken = node.children[1].children[1].children
    assert len(broken) == 1 and [s.page for s in broken[0].spans] == [1, 2]


def test_a_broken_row_whose_next_part_starts_a_sentence_keeps_two_paragraphs():
    root = build(
        table([HEADER, ["1", "Keeps to policy."]], number=0, page=1),
        table([["", "Speaks up."], ["2", "Speaks."]], number=1, page=2),
    )
    (node,) = tables(root)
    assert [n.text for n in node.children[1].children[1].children] == ["Keeps to policy.", "Speaks up."]


PD_HEADER = ["Capability", "Level", "Behavioural Indicators"]


def test_a_row_whose_name_lands_on_the_next_page_is_one_row_again():
    # the group and the level on the first page, the name and the rest of a cut sentence on the next
    root = build(
        table(
            [PD_HEADER, [[paragraph("Workforce Leadership", bold=True)], "Intermediate", "Sets clear goals and gives"]],
            number=0,
            page=1,
        ),
        table(
            [["Manage and Develop People", "", "feedback to the team."], ["Manage Self", "Adept", "Stays calm."]],
            number=1,
            page=2,
        ),
    )
    (node,) = tables(root)
    assert rows_of(node)[1:] == [
        [
            "Workforce Leadership Manage and Develop People",
            "Intermediate",
            "Sets clear goals and gives feedback to the team.",
        ],
        ["Manage Self", "Adept", "Stays calm."],
    ]
    (group,) = node.children[1].children[0].children
    assert group.kind is NodeKind.HEADING and [c.text for c in group.children] == ["Manage and Develop People"]


def test_a_new_row_in_lower_case_after_a_page_break_stays_a_row_of_its_own():
    root = build(
        table([PD_HEADER, ["Manage Self", "Adept", "keeps calm under pressure"]], number=0, page=1),
        table(
            [["Plan and Prioritise", "Adept", "plans the team's work"], ["Manage Change", "Adept", "adapts plans"]],
            number=1,
            page=2,
        ),
    )
    (node,) = tables(root)
    assert [row[0] for row in rows_of(node)] == ["Capability", "Manage Self", "Plan and Prioritise", "Manage Change"]


def test_a_published_spreadsheets_column_letters_and_row_numbers_are_dropped_with_a_reason():
    rows = [["", "A", "B", "C"], ["1", "", "Technical Skill", "Impact"], ["2", "Engineer I", "Writes code.", "Ships."]]
    tree = document(table(rows, header_row=True))
    (node,) = tables(tree.root)
    assert rows_of(node) == [["", "Technical Skill", "Impact"], ["Engineer I", "Writes code.", "Ships."]]
    assert {d.reason for d in tree.dropped} == {"spreadsheet row and column labels"}
    assert [d.text for d in tree.dropped] == ["A", "B", "C", "1", "2"]


def test_a_table_whose_first_row_counts_letters_but_whose_rows_are_not_numbered_is_kept():
    rows = [["A", "B", "C"], ["Listens.", "Leads.", "Coaches."], ["Hears.", "Guides.", "Mentors."]]
    (node,) = tables(build(table(rows)))
    assert rows_of(node) == rows


def test_a_name_left_alone_at_the_foot_of_the_page_joins_the_rest_of_its_row():
    def name(text: str, description: str | None = None):
        cell = [paragraph(text, bold=True)]
        return cell + [paragraph(description)] if description else cell

    header = ["Competency", "Effective Behaviours"]
    root = build(
        table(
            [
                header,
                [name("Teamwork", "Works cooperatively with colleagues."), "Shares the workload willingly."],
                [name("Resilience"), "Remains composed in tense situations."],
            ],
            number=0,
            header_row=True,
            page=1,
        ),
        table(
            [
                header,
                ["Stays calm when faced with pressure.", "Thinks clearly under pressure."],
                [name("Judgement", "Assesses situations quickly."), "Gathers the facts before acting."],
            ],
            number=1,
            header_row=True,
            page=2,
        ),
    )
    (node,) = tables(root)
    assert [cell_text(r.children[0]) for r in node.children] == [
        "Competency",
        "Teamwork Works cooperatively with colleagues.",
        "Resilience Stays calm when faced with pressure.",
        "Judgement Assesses situations quickly.",
    ]


def test_a_bullet_cut_at_the_foot_of_a_page_goes_on_in_the_same_row():
    """Durham's level tables: "Offers help to colleagues when" at the foot of the page, "own workload allows" as a
    plain line atop the cell on the next, then more bullets: one row, the bullet whole again."""
    from .helpers import item

    root = build(
        table(
            [
                ["Level 1", "Level 2"],
                [[item("Shares ideas."), item("Offers help to colleagues when")], [item("Adapts to change.")]],
            ],
            number=0,
            page=1,
            header_row=True,
        ),
        table(
            [[[paragraph("own workload allows"), item("Accepts requests.")], [item("Supports the team.")]]],
            number=1,
            page=2,
        ),
    )
    (node,) = tables(root)
    assert rows_of(node)[1] == [
        "Shares ideas. Offers help to colleagues when own workload allows Accepts requests.",
        "Adapts to change. Supports the team.",
    ]
