"""What the nodes of a competency's scope look like, read from a node and its neighbours alone."""

from __future__ import annotations

from pipeline.extract import scope_shapes as shapes

from .helpers import VOCAB, bullet, head, para, tree


def test_a_form_line_mostly_blanks_is_left_to_fill_and_a_sentence_is_not():
    assert shapes.blank_form_line("Comments: ____________________")
    assert not shapes.blank_form_line("Scores the work of the team against its plan.")
    assert shapes.left_to_fill("1 2 3 4 5")
    assert not shapes.left_to_fill("Meets the standard")


def test_a_short_sentence_pointing_below_is_a_lead_in():
    assert shapes.is_lead_in(para("The behaviours below show this competency at work:"))
    assert not shapes.is_lead_in(para("Builds trust with colleagues and partners."))


def test_the_definition_runs_on_over_paragraphs_that_carry_on_and_stops_at_text_about_it():
    nodes = tree(
        para("The ability to plan work, set priorities and"),
        para("manage time so that deadlines are met."),
        para("This competency is about planning, not about doing."),
    ).children
    assert shapes.definition_start(nodes[0])
    assert [n.text for n in shapes.definition_run(nodes, 0)] == [nodes[0].text, nodes[1].text]
    assert not shapes.definition_start(para("What would you do?"))


def test_numbered_key_statements_need_two_of_one_kind_each_over_content_of_its_own():
    nodes = tree(
        para("Key capability 1. Plans the work"),
        bullet("Sets goals with the team."),
        para("Key capability 2. Reviews the work"),
        bullet("Checks progress each month."),
    ).children
    names = shapes.numbered_key_statements(nodes, VOCAB)
    assert sorted(names.values()) == ["Plans the work", "Reviews the work"]
    assert shapes.numbered_key_statements(nodes[:3], VOCAB) == {}  # the second has nothing under it


def test_a_question_is_followed_up_by_a_probe_or_another_question_but_not_by_a_statement():
    assert shapes.is_follow_up(para("Probe: what did you learn?"))
    assert shapes.is_follow_up(para("How did the others respond?"))
    assert not shapes.is_follow_up(para("Gives clear direction to the team."))


def test_a_heading_over_short_names_names_parts_and_over_statements_does_not():
    assert shapes.named_parts(head("Elements", bullet("Attending"), bullet("Clarifying"), bullet("Paraphrasing")))
    assert not shapes.named_parts(head("Behaviours", bullet("Listens to others."), bullet("Asks questions.")))


def test_a_numbered_statement_over_its_own_list_is_a_key_statement_but_one_list_set_in_by_mistake_is_not():
    over = bullet("1. Establish relationships", bullet("Communicate clearly."), bullet("Listen well."), ordered=True)
    assert shapes.numbered_over_list(over, "indicators")
    set_in = bullet(
        "b)",
        bullet("c) Listen.", ordered=True, marker="c)"),
        bullet("d) Act.", ordered=True, marker="d)"),
        ordered=True,
        marker="b)",
    )
    assert not shapes.numbered_over_list(set_in, "indicators")
    assert not shapes.numbered_over_list(over, "activities")


def test_a_list_mostly_of_questions_is_interview_questions():
    questions = tree(bullet("What did you do?"), bullet("How did it end?"), bullet("Describe the team.")).children
    assert shapes.list_field(questions) == "interview_questions"
    assert shapes.list_field(tree(bullet("Plans ahead."), bullet("Checks work.")).children) == "indicators"


def test_a_sentence_left_open_between_lists_of_two_kinds_leads_into_the_second():
    nodes = tree(
        bullet("Attending a workshop", marker="1.", ordered=True),
        para("The work is guided by values such as"),
        bullet("Trust. Doing what was agreed"),
    ).children
    assert shapes.lead_in_between_lists(nodes, 1)
    closed = tree(nodes[0], para("The work is guided by values."), nodes[2]).children
    assert not shapes.lead_in_between_lists(closed, 1)
    same_kind = tree(bullet("Attending a workshop"), nodes[1], nodes[2]).children
    assert not shapes.lead_in_between_lists(same_kind, 1)


def test_a_key_words_section_holding_statements_holds_indicators():
    stated = head(
        "Key Skills",
        para("Able to communicate effectively with stakeholders, taking account of their knowledge."),
        para("Able to give analysis and advice clearly and concisely to every audience."),
    )
    assert shapes.sentences_for_words(stated, "key_words")
    assert not shapes.sentences_for_words(stated, "indicators")
    assert not shapes.sentences_for_words(head("Key Skills", bullet("Listening"), bullet("Negotiation")), "key_words")
