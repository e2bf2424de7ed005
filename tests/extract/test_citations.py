"""Reading-list citations parsed into title, authors, publisher, year and description."""

from __future__ import annotations

import pytest

from pipeline.extract.citations import from_table_row, parse_apa, parse_citation, split_authors, title_only


def parts(citation):
    return (citation.title, citation.authors, citation.publisher, citation.year, citation.description)


def test_prose_citation_with_publisher_and_year_in_brackets():
    cite = parse_citation("The Speed of Trust by Stephen Covey (Free Press, 2006). What trust changes at work.")
    assert parts(cite) == ("The Speed of Trust", ["Stephen Covey"], "Free Press", 2006, "What trust changes at work.")
    assert (
        cite.text == "The Speed of Trust by Stephen Covey (Free Press, 2006)."
    )  # the citation without its description


def test_prose_citation_without_brackets():
    cite = parse_citation("The Speed of Trust by Stephen Covey, Free Press, 2006. A book about trust.")
    assert parts(cite) == ("The Speed of Trust", ["Stephen Covey"], "Free Press", 2006, "A book about trust.")


def test_dash_citation():
    cite = parse_citation("The Speed of Trust – Stephen Covey, Free Press, 2006")
    assert parts(cite) == ("The Speed of Trust", ["Stephen Covey"], "Free Press", 2006, None)


def test_title_then_authors_then_year():
    cite = parse_citation("Steering Through Uncertainty, Helen Okafor and Tom Westbrook (2013)")
    assert parts(cite) == ("Steering Through Uncertainty", ["Helen Okafor", "Tom Westbrook"], None, 2013, None)


@pytest.mark.parametrize(
    "text, title, authors, publisher",
    [
        (
            "Crucial Conversations: Tools for Talking When Stakes Are High, Kerry Patterson, Joseph Grenny and Al"
            " Switzler (McGraw-Hill, 2002)",
            "Crucial Conversations: Tools for Talking When Stakes Are High",
            ["Kerry Patterson", "Joseph Grenny", "Al Switzler"],
            "McGraw-Hill",
        ),
        (
            "“The Discipline of Teams,” Jon R. Katzenbach and Douglas K. Smith (Harvard Business Review, 1993)",
            "The Discipline of Teams",
            ["Jon R. Katzenbach", "Douglas K. Smith"],
            "Harvard Business Review",
        ),
    ],
)
def test_title_then_authors_then_publisher_and_year_in_brackets(text, title, authors, publisher):
    """A school's reading list: "Title: Subtitle, Author (Publisher, Year)", an article's title in quotes."""
    cite = parse_citation(text)
    assert cite is not None
    assert (cite.title, cite.authors, cite.publisher) == (title, authors, publisher)


def test_apa_with_place_medium_and_description():
    text = (
        "Covey, S. R. (1989). The 7 habits of highly effective people. New York: Free Press. Print. "
        "A classic on personal effectiveness."
    )
    cite = parse_citation(text)
    assert parts(cite) == (
        "The 7 habits of highly effective people",
        ["Covey, S. R."],
        "Free Press",  # the place and the medium are no part of the publisher
        1989,
        "A classic on personal effectiveness.",
    )


def test_apa_title_of_several_short_sentences_keeps_them_all():
    cite = parse_apa("Brown, B. (2018). Dare to lead: Brave work. Tough conversations. Whole hearts. Random House.")
    assert (cite.title, cite.publisher) == (
        "Dare to lead: Brave work. Tough conversations. Whole hearts",
        "Random House",
    )


def test_apa_journal_article_gives_the_journal_as_publisher():
    cite = parse_apa(
        "Gratton, Lynda, & Erickson, Tamara J. (2007). Eight ways to build collaborative teams. "
        "Harvard Business Review, 85(11), 100-109."
    )
    assert parts(cite)[:4] == (
        "Eight ways to build collaborative teams",
        ["Gratton, Lynda", "Erickson, Tamara J."],  # surname first: one person each
        "Harvard Business Review",
        2007,
    )


def test_apa_edition_is_no_part_of_the_title():
    assert (
        parse_apa("Kotter, J. P. (2007). Leading change (2nd ed.). Harvard Business Press.").title == "Leading change"
    )


def test_apa_refuses_a_title_in_front_of_the_year():
    assert parse_apa("Steering Through Uncertain Times Together, Helen Okafor (2013). Why change stalls.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Works with others to achieve goals.",
        "Teamwork (2019) is important",
        "Leading Teams by Jane Doe",  # no year
        "Dare to lead: Brave work. Tough conversations. Random House.",
    ],
)
def test_text_that_is_no_citation(text):
    assert parse_citation(text) is None


def test_a_quoted_title_followed_by_a_comma_loses_its_quotes():
    cite = parse_citation('"Leading Change", by John Kotter (Harvard Business Press, 1996).')
    assert cite.title == "Leading Change"


def test_title_only_keeps_a_title_an_author_and_a_year_where_printed():
    cite = title_only("Leading Teams by Jane Doe.")
    assert parts(cite) == ("Leading Teams", ["Jane Doe"], None, None, None)
    assert title_only("Team Handbook 2015").year == 2015


def test_table_row_with_year_and_publisher_columns():
    cite = from_table_row("Fish Tales", "Stephen Lundin", "2002", "Hyperion")
    assert parts(cite) == ("Fish Tales", ["Stephen Lundin"], "Hyperion", 2002, None)
    assert cite.text == "Fish Tales | Stephen Lundin | 2002 | Hyperion"


def test_table_row_year_in_brackets_after_the_author():
    cite = from_table_row("Fish Tales", "Stephen Lundin (2002)")
    assert (cite.authors, cite.year, cite.publisher) == (["Stephen Lundin"], 2002, None)


@pytest.mark.parametrize(
    "text, inverted, authors",
    [
        ("Smith, J. A., & Lee, C.", False, ["Smith, J. A.", "Lee, C."]),
        ("Gratton, Lynda", True, ["Gratton, Lynda"]),
        ("Gratton, Lynda", False, ["Gratton", "Lynda"]),  # not known to be surname first: two names
        ("A. Smith et al.", False, ["A. Smith"]),
        ("J. Doe (Ed.)", False, ["J. Doe"]),
        ("A. Smith; B. Jones", False, ["A. Smith", "B. Jones"]),
        ("Liz Wiseman with Greg McKeown", False, ["Liz Wiseman", "Greg McKeown"]),  # a co-author "with"
        (None, False, []),
    ],
)
def test_split_authors(text, inverted, authors):
    assert split_authors(text, inverted=inverted) == authors


@pytest.mark.parametrize(
    "text, title, authors, publisher, year",
    [
        (
            "Rumelt, Richard P. Good Strategy Bad Strategy: The Difference and Why It Matters. Crown Business, 2011.",
            "Good Strategy Bad Strategy: The Difference and Why It Matters",
            ["Richard P. Rumelt"],
            "Crown Business",
            2011,
        ),
        (
            "Kaplan, Robert S., and David P. Norton. The Balanced Scorecard. Harvard Business School Press, 1996.",
            "The Balanced Scorecard",
            ["Robert S. Kaplan", "David P. Norton"],
            "Harvard Business School Press",
            1996,
        ),
        (
            "Bryson, John M. Strategic Planning for Public Organizations. 5th ed., Wiley, 2018.",
            "Strategic Planning for Public Organizations",
            ["John M. Bryson"],
            "Wiley",
            2018,
        ),
        (
            # Chicago style: the place of publication before the publisher, which is not part of its name
            "Lencioni, Patrick. The Five Dysfunctions of a Team: A Leadership Fable. San Francisco: Jossey-Bass, 2002.",
            "The Five Dysfunctions of a Team: A Leadership Fable",
            ["Patrick Lencioni"],
            "Jossey-Bass",
            2002,
        ),
        (
            # a city named like a word, with its state, before the colon: the place, not the publisher
            "Lawrence-Lightfoot, Sara. Respect: An Exploration. Reading, MA: Perseus Books, 1999.",
            "Respect: An Exploration",
            ["Sara Lawrence-Lightfoot"],
            "Perseus Books",
            1999,
        ),
        (
            # a one-word title before the book's imprint; the author's middle initial ends the name
            "Carter, Stephen L. Integrity. New York: BasicBooks, 1996.",
            "Integrity",
            ["Stephen L. Carter"],
            "BasicBooks",
            1996,
        ),
        (
            # three authors, the first surname first
            "Stone, Douglas, Bruce Patton and Sheila Heen. Difficult Conversations. New York: Viking, 1999.",
            "Difficult Conversations",
            ["Douglas Stone", "Bruce Patton", "Sheila Heen"],
            "Viking",
            1999,
        ),
        (
            # Chicago: the edition, then the place, before the publisher
            "Bridges, William. Managing Transitions: Making the Most of Change. 4th ed. Boston: Da Capo Lifelong "
            "Books, 2016.",
            "Managing Transitions: Making the Most of Change",
            ["William Bridges"],
            "Da Capo Lifelong Books",
            2016,
        ),
        (
            # Chicago: a journal, its volume and issue
            "Kotter, John P. “Leading Change: Why Transformation Efforts Fail.” Harvard Business Review 73, no. 2 "
            "(1995): 59–67.",
            "Leading Change: Why Transformation Efforts Fail",
            ["John P. Kotter"],
            "Harvard Business Review",
            1995,
        ),
        (
            "Porter, Michael E. “What Is Strategy?” Harvard Business Review, vol. 74, no. 6, 1996, pp. 61-78.",
            "What Is Strategy?",
            ["Michael E. Porter"],
            "Harvard Business Review",
            1996,
        ),
    ],
)
def test_mla_citations_give_title_authors_publisher_and_year(text, title, authors, publisher, year):
    cite = parse_citation(text)
    assert cite is not None
    assert (cite.title, cite.authors, cite.publisher, cite.year) == (title, authors, publisher, year)


def test_a_sentence_after_a_name_is_no_mla_citation():
    assert parse_citation("Smith, John. Not a citation at all here.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Goleman D. What makes a leader? Harv Bus Rev. 1998;76(6):93-102.",
            ("What makes a leader?", ["Goleman D"], "Harv Bus Rev", 1998, None),
        ),
        (
            "Dickson G, Tholl B. Bringing leadership to life in health: LEADS in a caring environment. 2nd ed. "
            "Cham: Springer; 2020.",
            (
                "Bringing leadership to life in health: LEADS in a caring environment",
                ["Dickson G", "Tholl B"],
                "Springer",
                2020,
                None,
            ),
        ),
        (
            "Berwick DM, Nolan TW, Whittington J. The triple aim: care, health, and cost. Health Aff (Millwood). "
            "2008;27(3):759-69.",
            (
                "The triple aim: care, health, and cost",
                ["Berwick DM", "Nolan TW", "Whittington J"],
                "Health Aff (Millwood)",
                2008,
                None,
            ),
        ),
    ],
)
def test_vancouver_citations_give_journal_or_publisher_and_year(text, expected):
    """Medicine's reading lists (Nova Scotia Health's LEADS pages): surnames and initials without full stops."""
    assert parts(parse_citation(text)) == expected


def test_a_harvard_citation_without_a_full_stop_after_the_year():
    """FMLM's reading list: "Kline, N. (1999) Time to Think: ... London: Ward Lock."."""
    cite = parse_citation("Kline, N. (1999) Time to Think: Listening to Ignite the Human Mind. London: Ward Lock.")
    assert parts(cite) == ("Time to Think: Listening to Ignite the Human Mind", ["Kline, N."], "Ward Lock", 1999, None)


def test_an_edition_before_the_imprint_is_no_publisher():
    """Harvard: "Belbin, R.M. (2010) Team roles at work. 2nd edn. Oxford: Butterworth-Heinemann." """
    cited = parse_citation("Belbin, R.M. (2010) Team roles at work. 2nd edn. Oxford: Butterworth-Heinemann.")
    assert cited is not None
    assert (cited.title, cited.publisher, cited.year) == ("Team roles at work", "Butterworth-Heinemann", 2010)
