"""Two columns side by side in a text export are read column by column; other text is left as it is."""

from __future__ import annotations

from pipeline import read as readers
from pipeline.model.blocks import Kind
from pipeline.read.text_columns import join_label_column, split_columns, split_label_column

from ..conftest import ROOT

WHO = ROOT / "tests/corpus/blind/g/docs/who-global-competency-model.txt"

TWO_COLUMNS = [
    "EFFECTIVE BEHAVIOURS                    INEFFECTIVE BEHAVIOURS",
    "",
    "1. Speaks and writes clearly,           1. Does not pass useful information on",
    "   adjusting style and content to the      to others",
    "   needs of the audience",
    "",
    "2. Presents information and opinions    2. Does little to encourage open",
    "   in a structured and credible way        communication",
    "",
    "3. Keeps others informed of the key",
    "   and relevant issues",
]


def test_two_columns_are_read_one_after_the_other_each_line_keeping_its_number():
    out, origin = split_columns(TWO_COLUMNS)
    text = [line.strip() for line in out if line.strip()]
    assert text == [
        "EFFECTIVE BEHAVIOURS",
        "1. Speaks and writes clearly,",
        "adjusting style and content to the",
        "needs of the audience",
        "2. Presents information and opinions",
        "in a structured and credible way",
        "3. Keeps others informed of the key",  # the left column's list goes on below the right column
        "and relevant issues",
        "INEFFECTIVE BEHAVIOURS",
        "1. Does not pass useful information on",
        "to others",
        "2. Does little to encourage open",
        "communication",
    ]
    where = {line.strip(): origin[k] for k, line in enumerate(out) if line.strip()}
    assert (where["EFFECTIVE BEHAVIOURS"], where["INEFFECTIVE BEHAVIOURS"], where["to others"]) == (1, 1, 4)
    assert where["3. Keeps others informed of the key"] == 10


def test_labels_beside_their_text_and_a_footer_with_a_page_number_stay_rows():
    table = [
        "Level 1          Follows instructions and asks for help when needed.",
        "Level 2          Works without supervision on routine tasks and checks.",
        "Level 3          Plans own work and helps others with theirs as needed.",
        "Level 4          Sets the direction for the team and its priorities.",
        "WHO Global Competency Model                                             Page 2",
    ]
    assert split_columns(table) == (table, [1, 2, 3, 4, 5])


def test_a_text_export_in_two_columns_gives_both_lists_whole():
    blocks = readers.read(WHO, "txt").blocks
    items = [b.text.replace("\n", " ") for b in blocks if b.kind is Kind.LIST_ITEM]
    assert "Speaks and writes clearly, adjusting style and content to the needs of the audience" in items
    assert "Does not pass useful information on to others" in items
    assert "Stays productive under pressure" in items  # alone between blank lines, yet the list's next item


LABELS_BESIDE_BULLETS = [
    "BEHAVIORS BY LEADERSHIP LEVEL",
    "",
    "  Leader            • Explains the reasons behind a suggestion.",
    "                    • Listens to objections.",
    "",
    "  Multi-Team        • Builds coalitions across departments to move shared",
    "  Leader              priorities forward.",
    "",
    "  Branch            • Persuades community leaders.",
    "  Executive         • Negotiates agreements with partners.",
    "",
    "VALUABLE TIPS",
]


def test_labels_beside_bullets_are_read_as_each_label_over_its_bullets_a_wrapped_label_whole():
    """A two-column table exported as text: the level down the left, its bullets beside it; rows are separated by
    blank lines, so "Multi-Team" / "Leader" and "Branch" / "Executive" are one label each."""
    out, origin = split_label_column(LABELS_BESIDE_BULLETS)
    text = [line.strip() for line in out if line.strip()]
    assert text == [
        "BEHAVIORS BY LEADERSHIP LEVEL",
        "Leader",
        "• Explains the reasons behind a suggestion.",
        "• Listens to objections.",
        "Multi-Team Leader",
        "• Builds coalitions across departments to move shared",
        "priorities forward.",
        "Branch Executive",
        "• Persuades community leaders.",
        "• Negotiates agreements with partners.",
        "VALUABLE TIPS",
    ]
    where = {line.strip(): origin[k] for k, line in enumerate(out) if line.strip()}
    assert (where["Multi-Team Leader"], where["priorities forward."], where["VALUABLE TIPS"]) == (6, 7, 12)


def test_without_blank_lines_each_label_beside_a_bullet_starts_a_row():
    rows = [
        "  Basic        • Follows the procedure.",
        "  Advanced     • Improves the procedure.",
        "               • Teaches it to others.",
    ]
    text = [line.strip() for line in split_label_column(rows)[0] if line.strip()]
    assert text == [
        "Basic",
        "• Follows the procedure.",
        "Advanced",
        "• Improves the procedure.",
        "• Teaches it to others.",
    ]


def test_one_label_beside_a_bullet_or_prose_beside_bullets_is_left_alone():
    one = ["  Note         • Read this first.", "Then the text goes on as a paragraph of prose."]
    assert split_label_column(one) == (one, [1, 2])
    prose = [
        "  This is a sentence.   • A bullet.",
        "  Another sentence.     • Another bullet.",
    ]
    assert split_label_column(prose) == (prose, [1, 2])


LABELS_BESIDE_TEXT = [
    "Level 1   After about a year in post at the start of a career (Assistant",
    "          Statistician or equivalent).",
    "Level 2   After a few years' experience, with some project or team",
    "          management responsibility.",
    "Level 3   As a main grade statistician, giving expert advice.",
    "SCS       Senior Civil Service: heads of profession.",
    "",
    "1. Data collection and management",
]


def test_labels_beside_their_wrapped_text_become_labelled_lines_their_wrapped_lines_kept():
    out, origin = join_label_column(LABELS_BESIDE_TEXT)
    assert out[0] == "Level 1: After about a year in post at the start of a career (Assistant"
    assert out[1] == LABELS_BESIDE_TEXT[1]
    assert out[5] == "SCS: Senior Civil Service: heads of profession."
    assert out[7] == "1. Data collection and management"  # after the run, left alone
    assert origin == list(range(1, 9))


def test_a_table_of_short_cells_with_no_wrapped_text_or_two_labels_is_left_alone():
    table = ["Name      Grade", "Alice     7", "Bob       6"]
    assert join_label_column(table) == (table, [1, 2, 3])
    two = LABELS_BESIDE_TEXT[:4]
    assert join_label_column(two) == (two, [1, 2, 3, 4])
