"""A transcript's turn that says again what an earlier turn said (stop 35, after fresh16), on
pages of our own text in the shape of a business paper's hearing record.

A court hearing's record prints each turn as a speaker's label (``[审判员 某某]：``) over
the words. The presiding judge says the same formula at several turns (``检察员，请发表对
该组证据的质证意见。``); the repeat rule dropped every copy after the first, so turns lost
their words and the record lost its last line. A short line closing a sentence under a
turn's label is that turn's words, even said before; a transcript printed twice over still
loses its second copy (a repeat right after a repeated turn is a repeat).
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page, paras

JUDGE = "[审判员 张某]："
ASK = "检察员，请发表对该组证据的质证意见。"
RECORD = [
    "某网讯 6月13日，某法院公开开庭审理某某案，以下为庭审实录：",
    JUDGE, "下面进行法庭调查，出示第一组证据。",
    JUDGE, ASK,
    "[检察员 李某]：", "对第一组证据的真实性没有异议，但其证明目的不能成立。",
    JUDGE, "出示第二组证据，辩护人请发表意见。",
    "[辩护人 王某]：", "该组证据的来源不合法，我们不予认可，请法庭依法排除。",
    JUDGE, ASK,
]


def test_a_formula_said_again_at_a_later_turn_stays_the_turns_words() -> None:
    paragraphs = cleaned(news_page("某某案再审庭审实录", paras(RECORD))).paragraphs
    assert paragraphs[-2:] == ["[审判员张某]：", ASK]
    assert paragraphs.count(ASK) == 2


def test_a_transcript_printed_twice_over_keeps_one_copy_of_its_words() -> None:
    turns = RECORD[1:7]
    page = news_page("某某案再审庭审实录", paras([RECORD[0], *turns, *turns]))
    paragraphs = cleaned(page).paragraphs
    assert paragraphs.count("对第一组证据的真实性没有异议，但其证明目的不能成立。") == 1
    assert paragraphs.count("下面进行法庭调查，出示第一组证据。") == 1
