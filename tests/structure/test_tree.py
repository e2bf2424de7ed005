"""The document tree built once from the blocks: headings nested by rank, lists by depth and under their caption,
tables as one node, label lines as label nodes, every node numbered in a pre-order walk."""

from __future__ import annotations

from pipeline.model.tree import Node, NodeKind
from pipeline.structure.tree import build_tree, number

from .helpers import DOC, VOCAB, blocks, build, document, find, footer, heading, item, numbered, paragraph, shape, table


def test_headings_nest_by_rank():
    root = build(
        heading("Framework", 1),
        heading("Teamwork", 2),
        paragraph("Works with others."),
        heading("Levels", 3),
        paragraph("Level text."),
        heading("Integrity", 2),
        paragraph("Acts honestly."),
    )
    assert shape(root) == [
        (
            "heading",
            "Framework",
            [
                (
                    "heading",
                    "Teamwork",
                    [("paragraph", "Works with others."), ("heading", "Levels", [("paragraph", "Level text.")])],
                ),
                ("heading", "Integrity", [("paragraph", "Acts honestly.")]),
            ],
        )
    ]


def test_a_heading_gets_the_rank_of_its_style_and_says_what_made_it_one():
    root = build(heading("Framework", 1), paragraph("Teamwork", bold=True), paragraph("Works with others."))
    framework, teamwork = find(root, "Framework"), find(root, "Teamwork")
    assert (framework.rank, framework.style) == (1, "h1")
    assert (teamwork.rank, teamwork.style, teamwork.bold) == (2, "bold", True)


def test_a_list_item_holds_the_deeper_items_right_after_it():
    root = build(
        item("Communicates"), item("Listens", depth=1), item("Asks", depth=2), item("Writes", depth=1), item("Leads")
    )
    assert shape(root) == [
        ("item", "Communicates", [("item", "Listens", [("item", "Asks")]), ("item", "Writes")]),
        ("item", "Leads"),
    ]


def test_a_list_after_a_paragraph_ending_with_a_colon_belongs_to_it():
    root = build(paragraph("The person can:"), item("Listen."), item("Speak."), paragraph("After the list."))
    assert shape(root) == [
        ("paragraph", "The person can:", [("item", "Listen."), ("item", "Speak.")]),
        ("paragraph", "After the list."),
    ]


def test_a_list_after_a_plain_paragraph_or_a_long_colon_paragraph_stands_on_its_own():
    long = " ".join(["word"] * 31) + ":"
    assert shape(build(paragraph("The person listens."), item("Listen."))) == [
        ("paragraph", "The person listens."),
        ("item", "Listen."),
    ]
    assert shape(build(paragraph(long), item("Listens well."))) == [("paragraph", long), ("item", "Listens well.")]


def test_a_caption_holds_a_table_right_after_it_but_not_one_after_its_list():
    grid = table([["a", "b"], ["c", "d"]])
    (caption,) = build(paragraph("Levels:"), grid).children
    assert [n.kind for n in caption.children] == [NodeKind.TABLE]
    root = build(paragraph("Levels:"), item("Listens."), grid)
    assert [n.kind for n in root.children] == [NodeKind.PARAGRAPH, NodeKind.TABLE]
    assert [n.kind for n in root.children[0].children] == [NodeKind.ITEM]


def test_a_labelled_line_is_a_label_node_with_term_and_body():
    root = build(paragraph("Definition: Works well with others."))
    (label,) = root.children
    assert (label.kind, label.term, label.body) == (NodeKind.LABEL, "Definition", "Works well with others.")


def test_a_labelled_item_keeps_its_label_apart():
    (node,) = build(item("Level 1 – Listens to others.")).children
    assert (node.kind, node.term, node.body) == (NodeKind.ITEM, "Level 1", "Listens to others.")


def test_a_plain_item_or_paragraph_has_no_term():
    root = build(paragraph("Works well with others."), item("Listens to others."))
    assert [(n.kind, n.term, n.body) for n in root.children] == [
        (NodeKind.PARAGRAPH, "", ""),
        (NodeKind.ITEM, "", ""),
    ]


def test_an_item_keeps_its_marker_and_numbering():
    (node,) = build(numbered("Listens.", 3)).children
    assert (node.marker, node.ordered) == ("3.", True)


def test_a_heading_with_a_colon_over_one_short_line_is_a_label_and_its_value():
    (node,) = build(heading("Competency Type:", 2), paragraph("Foundational")).children
    assert (node.kind, node.text, node.term, node.body) == (
        NodeKind.LABEL,
        "Competency Type: Foundational",
        "Competency Type",
        "Foundational",
    )
    assert [s.block for s in node.spans] == [0, 1]


def test_a_colon_heading_over_more_or_longer_content_stays_a_heading():
    long = "A value that runs on for more than twelve words in a single line of text"
    for content in ([paragraph("Foundational"), paragraph("Other")], [paragraph(long)]):
        (node,) = build(heading("Competency Type:", 2), *content).children
        assert node.kind is NodeKind.HEADING


def test_a_heading_without_a_colon_over_one_line_stays_a_heading():
    (node,) = build(heading("Competency Type", 2), paragraph("Foundational")).children
    assert node.kind is NodeKind.HEADING


def test_nodes_are_numbered_in_a_pre_order_walk():
    root = build(heading("Teamwork"), paragraph("Text."), item("One."), heading("Integrity"), paragraph("More."))
    assert [n.id for n in root.walk()] == list(range(6))
    assert [n.text for n in root.walk()][1:] == ["Teamwork", "Text.", "One.", "Integrity", "More."]


def test_number_renumbers_any_tree():
    tree = Node(
        NodeKind.DOCUMENT,
        children=(
            Node(NodeKind.HEADING, "A", id=7, children=(Node(NodeKind.PARAGRAPH, "b", id=7),)),
            Node(NodeKind.PARAGRAPH, "c", id=7),
        ),
    )
    assert [(n.text, n.id) for n in number(tree).walk()] == [("", 0), ("A", 1), ("b", 2), ("c", 3)]


def test_the_tree_reports_furniture_and_repeated_header_rows_as_dropped():
    header = ["Level", "Behaviour"]
    doc = document(
        paragraph("Teamwork", bold=True),
        footer("Page 1 of 2"),
        table([header, ["1", "Listens."]], number=0, header_row=True, page=1),
        table([header, ["2", "Speaks."]], number=1, header_row=True, page=2),
    )
    assert [d.reason for d in doc.dropped] == ["running page footer"] + ["table header row repeated on a new page"] * 2


def test_each_node_keeps_the_provenance_of_its_text():
    root = build_tree(blocks(paragraph("Intro.", page=1, locator="p1"), item("Listens.", page=2)), DOC, VOCAB).root
    assert [(n.text, n.page, n.spans[0].locator) for n in root.children] == [("Intro.", 1, "p1"), ("Listens.", 2, "")]


def test_an_empty_document_is_an_empty_root():
    root = build()
    assert (root.kind, root.children) == (NodeKind.DOCUMENT, ())


def test_a_short_plain_line_right_over_a_list_captions_it_up_to_another_list():
    """ "Positive indicators" set as a plain paragraph over its bullets holds them; the next numbered entry after
    the bullets is an item of another list, not one of the caption's."""
    root = build(
        heading("Framework", 1),
        numbered("Analysis: Identifies the critical facts.", 1),
        paragraph("Anchors"),
        item("Gathers information."),
        item("Evaluates information."),
        numbered("Communicating: Communicates clearly.", 2),
        paragraph("Works with others and shares information widely."),
        item("A list after a sentence is not captioned by it."),
    )
    assert shape(root) == [
        (
            "heading",
            "Framework",
            [
                ("item", "Analysis: Identifies the critical facts."),
                ("paragraph", "Anchors", [("item", "Gathers information."), ("item", "Evaluates information.")]),
                ("item", "Communicating: Communicates clearly."),
                ("paragraph", "Works with others and shares information widely."),
                ("item", "A list after a sentence is not captioned by it."),
            ],
        )
    ]


def test_the_next_numbered_entry_after_a_colon_caption_and_its_deeper_list_is_no_item_of_the_caption():
    """DOL: "1. Interpersonal Skills: ..." / "Key Behaviors:" over bullets one level deeper / "2. Integrity: ..."."""
    root = build(
        heading("Framework", 1),
        numbered("Interpersonal Skills: Working with people from many backgrounds.", 1),
        paragraph("Key Behaviors:"),
        item("Demonstrating empathy", depth=1),
        item("Shows interest in other people.", depth=2),
        numbered("Integrity: Behaving ethically at work.", 2),
        paragraph("Key Behaviors:"),
        item("Acting fairly", depth=1),
    )
    (framework,) = shape(root)
    assert [(kind, text) for kind, text, *_ in framework[2]] == [
        ("item", "Interpersonal Skills: Working with people from many backgrounds."),
        ("paragraph", "Key Behaviors:"),
        ("item", "Integrity: Behaving ethically at work."),
        ("paragraph", "Key Behaviors:"),
    ]


def test_a_numbered_entry_counting_on_after_headings_the_one_before_opened_closes_them():
    """AUBMC: "1. Achievement Orientation: ..." over bold "Level 1: ..." ... "Level 4: ..." lines set as headings,
    then "2. Client Focus: ...": the next entry of the list, beside the first, not under its "Level 4"."""
    root = build(
        heading("Core Competencies:", 1),
        numbered("Achievement Orientation: Owning assigned work.", 1),
        heading("Level 1: Follow basic instructions", 2),
        item("Observes the work rules."),
        heading("Level 2: Complete routine tasks", 2),
        item("Carries out routine tasks."),
        numbered("Client Focus: Meeting the needs of clients.", 2),
        heading("Level 1: Respond to client requests", 2),
        item("Greets clients promptly."),
    )
    (top,) = shape(root)
    assert [(kind, text) for kind, text, *_ in top[2]] == [
        ("item", "Achievement Orientation: Owning assigned work."),
        ("heading", "Level 1: Follow basic instructions"),
        ("heading", "Level 2: Complete routine tasks"),
        ("item", "Client Focus: Meeting the needs of clients."),
        ("heading", "Level 1: Respond to client requests"),
    ]


def test_numbering_running_on_through_sections_closes_no_heading_of_a_section_after_the_items():
    """Te Arawhiti: "5. Each competency area below ..." ends "Purpose"; "Core competency areas" > "New Zealand
    history" > "6. Knowledge of the history ...": the paragraphs are numbered through the document."""
    root = build(
        heading("Framework", 1),
        heading("Purpose", 3),
        numbered("Each competency area below has a short description.", 5),
        heading("Core competency areas", 2),
        heading("New Zealand history", 3),
        numbered("Knowledge of the history of New Zealand.", 6),
    )
    (top,) = shape(root)
    core = next(part for part in top[2] if part[1] == "Core competency areas")
    assert core[2][0][:2] == ("heading", "New Zealand history")
    assert core[2][0][2] == [("item", "Knowledge of the history of New Zealand.")]


def test_a_bold_numbered_entry_after_a_captions_bullets_is_no_item_of_the_caption():
    """EJTA: "... serve the public by:" over bullets, then "1. The competence to reflect ..." in bold over its own
    numbered list: an entry beside the caption, not one more of its bullets."""
    root = build(
        heading("Preamble", 1),
        paragraph("Journalists should serve the public by:"),
        item("offering insight into conditions,"),
        item("applying accepted ethical standards."),
        numbered("The competence to reflect on the role of journalism", 1, bold=True),
        numbered("have a commitment to a democratic society", 1, depth=1),
    )
    (top,) = shape(root)
    assert [(kind, text) for kind, text, *_ in top[2]] == [
        ("paragraph", "Journalists should serve the public by:"),
        ("item", "The competence to reflect on the role of journalism"),
    ]


def test_the_next_numbered_entry_after_a_captions_bullets_as_deep_as_they_are_is_no_item_of_the_caption():
    """Eugene: "1. Vision and Planning", its text and bullets, "Plans include forecasting of:" over bullets, one
    more bullet, then "2. Ethics": the next entry, not one more bullet of the caption's list."""
    root = build(
        heading("Supervisor Competencies", 1),
        numbered("Vision and Planning", 1),
        paragraph("Sees the value of a picture of the future."),
        item("Sets and communicates clear goals."),
        paragraph("Plans include forecasting of:"),
        item("Work plan direction", depth=1),
        item("Identifies and assigns resources to plans."),
        numbered("Ethics", 2),
        paragraph("Knows the ethical practices of the position."),
    )
    (top,) = shape(root)
    assert ("item", "Ethics") in [(kind, text) for kind, text, *_ in top[2]]


def test_a_less_deep_numbered_entry_that_does_not_count_on_from_an_overview_list_leaves_it():
    """Kent: "The nine areas are:" over "1." .. "3." one level deeper, then "2. Delivering excellent service"."""
    root = build(
        heading("Framework", 1),
        paragraph("The nine areas are:"),
        numbered("Managing self", 1, depth=1),
        numbered("Delivering excellent service", 2, depth=1),
        numbered("Finding solutions", 3, depth=1),
        numbered("Delivering excellent service", 2),
        paragraph("Providing the best possible service to customers."),
    )
    (top,) = shape(root)
    assert [(kind, text) for kind, text, *_ in top[2]][-3:-1] == [
        ("paragraph", "The nine areas are:"),
        ("item", "Delivering excellent service"),
    ]


def test_a_second_run_in_head_set_like_the_first_closes_the_sub_headings_opened_under_the_first():
    """A PDF naming each competency by a bold run into its description ("Achieves Results Builds ..."), each followed
    by its own sub-headings: the second name would otherwise fall inside the first one's last sub-heading."""
    first = "Shapes Strategic Thinking"
    second = "Achieves Results"
    root = build(
        heading("Framework", 1, size=16.0),
        paragraph(f"{first} Inspires a sense of purpose and direction for the agency.", lead=first, size=10.0),
        heading("What this looks like", 2, size=11.5),
        item("Sets a clear direction."),
        heading("Formal learning", 3, size=10.5),
        item("Complete an executive program."),
        paragraph(f"{second} Builds organisational capability and delivers on commitments.", lead=second, size=10.0),
        heading("What this looks like", 2, size=11.5),
        item("Turns strategy into plans."),
    )
    framework = root.children[0]
    runs = [c for c in framework.children if c.lead]
    assert [c.lead for c in runs] == [first, second]  # both directly under the framework's heading
    assert [c.text for c in framework.children if c.kind is NodeKind.HEADING] == [
        "What this looks like",
        "What this looks like",
    ]


def test_a_bold_lead_in_with_a_colon_or_inside_a_list_closes_no_sub_heading():
    root = build(
        heading("Teamwork", 1),
        paragraph("Note: Works with others toward shared goals in every team.", lead="Note:"),
        heading("Behaviours", 2),
        item("Shares information."),
        paragraph("Tip: Ask a colleague for feedback after every meeting you run.", lead="Tip:"),
    )
    behaviours = find(root, "Behaviours")
    assert any(c.text.startswith("Tip:") for c in behaviours.children)


def test_a_line_trailing_off_over_a_list_captions_it():
    """BASW: "I…" over "recognise what the social worker does ...": a sentence the items finish."""
    root = build(
        heading("Professionalism"), paragraph("I…"), item("recognise what social workers do"), item("seek advice")
    )
    (caption,) = [n for n in root.walk() if n.text == "I…"]
    assert [c.text for c in caption.children] == ["recognise what social workers do", "seek advice"]


def test_coded_lines_of_a_cell_are_not_joined_as_one_sentence():
    """S2A's standards: "P1 set out ...", "P2 involve ...", each a line of its own in the cell, in lower case after
    their codes; the codes keep them apart."""
    root = build(
        *table(
            [
                ["Overview", "This standard is about giving direction to the paid staff and volunteers."],
                [
                    "Performance criteria",
                    [
                        paragraph("P1 set out and communicate the purpose of the team to all its"),
                        paragraph("members"),
                        paragraph("P2 involve team members in planning how the team will work"),
                    ],
                ],
            ]
        )
    )
    texts = [n.text for n in root.walk() if n.kind is NodeKind.PARAGRAPH]
    assert "set out and communicate the purpose of the team to all its members" in texts
    assert "involve team members in planning how the team will work" in texts
