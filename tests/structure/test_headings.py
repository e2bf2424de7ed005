"""Which pieces are headings (by format or by shape), and how each heading style ranks in its document."""

from __future__ import annotations

import pytest

from pipeline.structure.headings import (
    HeadingStyle,
    cell_heading,
    heading_shaped,
    heading_styles,
    recurring_sections,
    style_ranks,
)
from pipeline.structure.pieces import to_pieces

from .helpers import DOC, blocks, build, heading, item, paragraph, shape, table


def styles(*parts):
    ps = [p for block in blocks(*parts) for p in to_pieces(block, DOC)]
    return {p.text: (s.describe() if s else None) for p, s in zip(ps, heading_styles(ps), strict=True)}


BODY = "This is a long paragraph of body text, well over forty characters long."


def test_a_heading_the_format_marks_keeps_its_level():
    assert styles(heading("Teamwork", level=2))["Teamwork"] == "h2"


def test_a_format_heading_of_more_than_thirty_words_is_a_paragraph():
    long = " ".join(["word"] * 31)
    assert styles(heading(long))[long] is None


@pytest.mark.parametrize(
    "block, style",
    [
        (paragraph("Working Together", bold=True), "bold"),
        (paragraph("WORKING TOGETHER"), "caps"),
        (paragraph("2. Scope of work"), "numbered (depth 1)"),
        (paragraph("1.3 Scope of work"), "numbered (depth 2)"),
        (paragraph("3.0 Scope of work"), "numbered (depth 1)"),  # "3.0" numbers a top section
        (paragraph("B. Scope of work"), "numbered (depth 1)"),
        (paragraph("IV. Scope of work"), "numbered (depth 1)"),  # the numbering is no capitals
    ],
)
def test_a_short_line_that_looks_like_a_heading_is_one(block, style):
    assert styles(block)[block.text] == style


def test_a_line_set_larger_than_the_body_is_a_heading():
    found = styles(paragraph("Working Together", size=16), paragraph(BODY, size=12), paragraph("Plain", size=12))
    assert found["Working Together"] == "16pt"
    assert found["Plain"] is None


@pytest.mark.parametrize(
    "block",
    [
        paragraph("A bold sentence that ends with a full stop.", bold=True),
        paragraph("Bold, then a comma,", bold=True),
        paragraph("Listening; speaking; writing", bold=True),  # terms joined by separators
        paragraph("Two sentences. Both bold", bold=True),
        paragraph("lower-case start", bold=True),
        paragraph("2. A numbered line\nwrapped over two lines"),  # numbering alone needs a one-line heading
        item("Bold Item", bold=True),  # a list item is never a heading
    ],
)
def test_lines_that_are_not_heading_shaped_are_no_headings(block):
    assert styles(block, paragraph("Plain text.", bold=True))[block.text.replace("\n", " ")] is None


def test_a_table_cell_is_never_a_heading_of_the_document():
    assert styles(*table([["Teamwork", "Integrity"], ["a", "b"]]), paragraph("x", bold=True))["Teamwork"] is None


@pytest.mark.parametrize(
    "text, shaped",
    [
        ("Teamwork", True),
        ("Working with others", True),
        ("Section A.", True),  # an initial's full stop
        ("And so on etc.", True),
        ("What is this competency about?", True),
        ("Why is this competency so important to the organisation and to you?", False),  # a long question
        ("A sentence that ends with a full stop.", False),
        ("lower case start", False),
        (" ".join(["Word"] * 15), False),
        ("", False),
    ],
)
def test_heading_shaped(text, shaped):
    assert heading_shaped(text) is shaped


def test_in_a_plain_text_a_short_line_after_a_gap_heads_what_follows():
    found = styles(paragraph("Teamwork", gap_before=True), paragraph("Works well with others in every team."))
    assert found["Teamwork"] == "short line"


@pytest.mark.parametrize(
    "line, after",
    [
        (paragraph("Teamwork"), "Works well with others in every team."),  # no gap before it
        (paragraph("Teamwork", gap_before=True), "works well with others in every team."),  # it goes on
        (paragraph("Follows through to make sure that", gap_before=True), "It is done."),  # cut off mid-phrase
        (paragraph("The person can:", gap_before=True), "Listen."),  # a caption
        (paragraph("Definition: Teamwork", gap_before=True), "Listen."),  # a label and its content
    ],
)
def test_in_a_plain_text_other_short_lines_are_no_headings(line, after):
    assert styles(line, paragraph(after))[line.text] is None


def test_shape_headings_need_an_unformatted_document():
    found = styles(paragraph("Teamwork", gap_before=True), paragraph("Works with others."), paragraph("X", bold=True))
    assert found["Teamwork"] is None


def test_in_a_plain_text_set_in_from_the_margin_a_line_at_the_margin_is_a_heading():
    found = styles(
        paragraph("Teamwork, and more"),
        paragraph("Works well with others in every team he joins here.", indent=3),
        paragraph("Integrity"),
        paragraph("Shares information with the team as a matter of course.", indent=3),
        paragraph("Openness"),
        paragraph("Listens to colleagues and responds to what they have said.", indent=3),
    )
    assert found["Teamwork, and more"] == "short line"  # whatever its punctuation
    assert found["Integrity"] == "short line"
    assert found["Works well with others in every team he joins here."] is None


def cell_piece(block):
    (first,) = blocks(block)
    return to_pieces(first, DOC)[0]


def test_a_bold_short_line_in_a_cell_heads_its_cell():
    assert cell_heading(cell_piece(table([[[paragraph("Teamwork", bold=True)]]])[0]))


@pytest.mark.parametrize(
    "block",
    [paragraph("Teamwork"), paragraph("Works with others in a team.", bold=True), item("Teamwork", bold=True)],
)
def test_a_plain_line_a_bold_sentence_or_a_bold_item_heads_no_cell(block):
    assert not cell_heading(cell_piece(table([[[block]]])[0]))


# ------------------------------------------------------------------ ranks
def style(**kw) -> HeadingStyle:
    base = {"level": None, "size": None, "bold": False, "caps": False, "numbering": 0, "shape": False}
    return HeadingStyle(**{**base, **kw})


def ranks(*pairs):
    found = style_ranks([s for s, _ in pairs], [t for _, t in pairs])
    return [found[s] for s, _ in pairs]


def test_larger_type_ranks_first():
    assert ranks((style(size=12, bold=True), "a"), (style(size=18), "b")) == [2, 1]


def test_the_formats_own_level_ranks_next():
    assert ranks((style(level=2), "a"), (style(level=1), "b")) == [2, 1]


def test_a_style_with_distinct_texts_ranks_above_one_repeating_the_same_texts():
    bold, caps = style(bold=True), style(caps=True)
    pairs = [(bold, "Definition"), (caps, "TEAMWORK"), (bold, "Definition"), (caps, "INTEGRITY")]
    assert ranks(*pairs) == [2, 1, 2, 1]


def test_emphasis_ranks_bold_capitals_then_bold_then_capitals_then_plain():
    pairs = [(style(), "a"), (style(caps=True), "b"), (style(bold=True), "c"), (style(bold=True, caps=True), "d")]
    assert ranks(*pairs) == [4, 3, 2, 1]


def test_a_numbered_line_ranks_above_a_line_that_is_a_heading_by_shape_only():
    assert ranks((style(shape=True), "a"), (style(numbering=1), "b")) == [2, 1]


def test_shallower_numbering_ranks_first():
    assert ranks((style(numbering=2), "a"), (style(numbering=1), "b")) == [2, 1]


def test_a_heading_holds_everything_up_to_the_next_heading_of_its_rank_or_above():
    root = build(
        paragraph("FRAMEWORK", bold=True),
        paragraph("Teamwork", bold=True),
        paragraph("Works with others."),
        paragraph("INTEGRITY", bold=True),
        paragraph("Acts honestly."),
    )
    assert shape(root) == [
        ("heading", "FRAMEWORK", [("heading", "Teamwork", [("paragraph", "Works with others.")])]),
        ("heading", "INTEGRITY", [("paragraph", "Acts honestly.")]),
    ]


def test_in_a_plain_text_a_short_line_right_under_a_shape_heading_and_over_prose_is_a_heading_too():
    """Babson's "Personal Characteristics" (a cluster) then "Analytical Thinking" (the entry), then its text."""
    found = styles(
        paragraph("Personal Characteristics", gap_before=True),
        paragraph("Analytical Thinking"),
        paragraph("Breaks problems and issues down into their parts and weighs each possible solution."),
    )
    assert found["Personal Characteristics"] == "short line"
    assert found["Analytical Thinking"] == "short line"
    # over a short line, or over a list, it stays a line of its own
    found = styles(paragraph("Personal Characteristics", gap_before=True), paragraph("Teamwork"), paragraph("Works."))
    assert found["Teamwork"] is None


def test_in_a_plain_text_a_shape_heading_set_further_in_ranks_below_one_nearer_the_margin():
    """A text browser's dump of a page: "Relationship Management" (h2) at the margin, "  Proficiency indicators"
    (h3) two spaces in, "   Awareness" (a term) three in, each over text set further in."""
    body = "Builds working relationships across the whole campus and keeps them."
    aware = "Understands why trust matters in the work of the team."
    root = build(
        paragraph("Relationship Management", gap_before=True),
        paragraph(body, indent=3),
        paragraph("Proficiency indicators", indent=2, gap_before=True),
        paragraph("Awareness", indent=3, gap_before=True),
        paragraph(aware, indent=10),
        paragraph("Application", indent=3, gap_before=True),
        paragraph("Builds working relationships with leaders without prompting.", indent=10),
    )
    assert shape(root) == [
        (
            "heading",
            "Relationship Management",
            [
                ("paragraph", body),
                (
                    "heading",
                    "Proficiency indicators",
                    [
                        (
                            "heading",
                            "Awareness",
                            [("paragraph", "Understands why trust matters in the work of the team.")],
                        ),
                        (
                            "heading",
                            "Application",
                            [("paragraph", "Builds working relationships with leaders without prompting.")],
                        ),
                    ],
                ),
            ],
        )
    ]


def test_in_a_plain_text_an_indented_numbered_line_is_no_section_heading():
    """A scale's key set in from the margin ("    0  Ineffective - does not show ...") is no numbered section."""
    found = styles(
        paragraph("0 Ineffective - does not show the behaviours expected", indent=4.0, gap_before=True),
        paragraph("The levels are cumulative and build on one another."),
    )
    assert found["0 Ineffective - does not show the behaviours expected"] is None
    found = styles(paragraph("2. Managing Resources", gap_before=True), paragraph("Uses resources well and wisely."))
    assert found["2. Managing Resources"] is not None


def test_a_plain_text_with_one_underlined_title_still_has_headings_by_shape():
    found = styles(
        heading("Core Competencies for Front-Line Staff"),
        paragraph("This framework describes the competencies expected of supervisors here."),
        paragraph("Organisational Change Leadership", gap_before=True),
        paragraph("Identifies recurring problems and evaluates the rules that apply to them."),
    )
    assert found["Organisational Change Leadership"] == "short line"


def test_a_bold_line_numbered_by_its_entry_kind_is_a_heading_however_long_its_name():
    """ECSA: "Outcome 5: Communicate clearly with others in the course of his or her engineering activities" in
    bold, fifteen words: the outcome's heading, as "Outcome 1: ..." in fewer words is; in plain type, or ending a
    sentence, it stays a paragraph."""
    title = "Outcome 5: Communicate clearly with others in the course of his or her engineering activities"
    assert styles(paragraph(title, bold=True), paragraph(BODY))[title] == "bold"
    assert styles(paragraph(title), paragraph(BODY))[title] is None
    sentence = title + " as the work requires."
    assert styles(paragraph(sentence, bold=True), paragraph(BODY))[sentence] is None


def test_a_heading_recurring_under_each_name_set_alike_is_a_section_of_the_name_above():
    # names and their "Why is it important?" all in one style (a Word document without heading levels)
    root = build(
        heading("Assembly Skills"),
        paragraph(BODY),
        heading("Working Together"),
        paragraph("Working Together means building relationships within and across teams."),
        heading("Why is it important?"),
        paragraph(BODY),
        heading("Delivering Services"),
        paragraph("Delivering Services means providing a high standard of service."),
        heading("Why is it important?"),
        paragraph(BODY),
    )
    outline = shape(root)
    assert [entry[1] for entry in outline] == ["Assembly Skills", "Working Together", "Delivering Services"]
    assert [child[1] for child in outline[1][2]] == [
        "Working Together means building relationships within and across teams.",
        "Why is it important?",
    ]


def test_an_areas_heading_right_over_a_name_keeps_the_names_sections_recurring():
    """IFoA, as text: "Business Skills" (an area), "Communication" over "Key Skills" and "Specific Skills", then
    "Stakeholder Management" over the same two, then the next area: the two are sections of each name."""
    texts = [
        "Business Skills",
        "Communication",
        "Key Skills",
        "Specific Skills",
        "Stakeholder Management",
        "Key Skills",
        "Specific Skills",
        "Technical Skills",
        "Technical Provisions",
        "Key Skills",
        "Specific Skills",
    ]
    pieces = [p for block in blocks(*[heading(t) for t in texts]) for p in to_pieces(block, DOC)]
    found = recurring_sections(heading_styles(pieces), [p.text for p in pieces])
    assert [t for t, s in zip(texts, found, strict=True) if s is not None and s.recurring] == [
        "Key Skills",
        "Specific Skills",
    ] * 3


@pytest.mark.parametrize(
    "texts",
    [
        ["Why it matters", "Teamwork", "Why it matters", "Integrity"],  # the recurring text comes first
        ["Teamwork", "Notes", "Notes", "Integrity", "Notes"],  # twice under one name
        ["Teamwork", "Notes", "Notes"],  # one name only
        # a flat layout: names and sections all set alike, the sections varying from entry to entry
        [
            "Process Design",
            "Observable Behaviors",
            "Proficiency Levels",
            "Project Delivery",
            "Description",
            "Observable Behaviors",
            "Behaviors by Level",
        ],
    ],
    ids=["opens the style", "twice under one", "a single other", "flat sections that vary"],
)
def test_a_recurring_heading_out_of_step_with_the_names_keeps_its_style(texts):
    pieces = [p for block in blocks(*[heading(t) for t in texts]) for p in to_pieces(block, DOC)]
    found = recurring_sections(heading_styles(pieces), [p.text for p in pieces])
    assert not any(s is not None and s.recurring for s in found)


def test_a_recurring_style_ranks_right_below_its_own_above_less_prominent_styles():
    bold = HeadingStyle(1, None, True, False, 0, False)
    plain = HeadingStyle(2, None, False, False, 0, False)
    recurring = HeadingStyle(1, None, True, False, 0, False, recurring=True)
    styles_ = [bold, recurring, plain, bold, recurring, plain]
    ranks = style_ranks(styles_, ["A", "Why", "x", "B", "Why", "y"])
    assert ranks[bold] < ranks[recurring] < ranks[plain]


def test_a_bold_line_numbered_by_its_kind_with_a_full_stop_is_a_heading():
    title = "Standard 1. Mission, Vision, and Core Values"
    assert styles(paragraph(title, bold=True), paragraph(BODY))[title] == "bold"


def test_an_unnumbered_heading_beside_numbered_ones_of_its_level_ranks_with_them():
    """Canada.ca: "On this page" (h2) beside "5.1 Cyber Security Analyst" and "5.2 ..." (h2): siblings, not the
    numbered sections nested under the one without a number."""
    root = build(
        heading("Protect and Defend", 1),
        heading("On this page", 2),
        heading("5.1 Cyber Security Analyst", 2),
        paragraph("Monitors and responds to cyber threats."),
        heading("5.2 Cyber Incident Responder", 2),
        paragraph("Responds to incidents."),
    )
    (title,) = root.children
    assert [c.text for c in title.children] == [
        "On this page",
        "5.1 Cyber Security Analyst",
        "5.2 Cyber Incident Responder",
    ]


def test_an_acronym_with_its_number_is_not_set_in_capitals():
    root = build(
        heading("Communicates with influence", 3),
        heading("APS 3", 4, bold=True),
        item("Expresses facts clearly."),
        heading("APS 4", 4, bold=True),
        item("Adjusts messages to the audience."),
        heading("EL 1", 4, bold=True),
        item("Negotiates with senior stakeholders."),
    )
    # all three are h4 headings, one rank: siblings under the name
    assert [c.text for c in root.children[0].children] == ["APS 3", "APS 4", "EL 1"]


def test_a_line_giving_its_entrys_kind_and_a_short_name_is_a_heading_set_as_bold_as_its_label():
    """VUW's interview guide: "Competency: Customer Focus", the label alone in bold, over "Definition: ...": the
    entry's title, ranked with the bold section headings after it; a kind word over a sentence is a glossary's
    line."""
    title = "Competency: Customer Focus"
    found = styles(paragraph(title, lead="Competency:", size=9.5), paragraph(BODY, size=9.5))
    assert found[title] == "9.5pt bold"
    gloss = "Competency: the combination of knowledge, skills and behaviours needed"
    assert styles(paragraph(gloss, lead="Competency:"), paragraph(BODY))[gloss] is None


def test_a_contents_line_giving_an_entrys_kind_name_and_page_is_no_heading():
    line = "Competency: Team Contributions 18"
    assert styles(paragraph(line, lead="Competency:"), paragraph(BODY))[line] is None
