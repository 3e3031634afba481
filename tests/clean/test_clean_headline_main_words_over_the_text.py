"""The headline's main words printed again over the text, without the kicker, column or
writer's name the headline opens with (``<h1>某某：山区小学有了"管乐队"</h1>`` over a line
``山区小学有了“管乐队”``), are not body (issue 14, stop 37: found on an unlabelled page of the
extractor pool — a 2004 portal report whose headline ``<teaser> <main words>`` had its main
words, closing with a quotation, printed again over the text and kept as its first line;
docs/cleaning.md).

A line equal to the whole headline goes with the repeats, the headline broken over lines with
``_drop_title_lines``, a short line over the text with the rules of the text's top; a line
of the headline's main words closing with a quotation mark was read as a quotation and kept.
Now ``paragraphs._drop_title_tail`` drops a first line that closes no sentence and equals the
headline's part after a space, colon, bar or dash, when two lines or more follow. Pages in
three markups and four separators, text written here.

Guards: the headline's opening words alone stay (the labels keep an event's name over its
agenda); a line over a one-paragraph text stays; a line closing a sentence stays.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, news_page, paras

TEXT = ["开学第一周，山区小学的操场上第一次响起了管乐声。",
        "这支管乐队由二十四名学生组成，乐器来自县里一家企业的捐赠，指导老师每周从城里赶来上两次课。",
        "校长说，孩子们练得很认真，打算年底在全县的文艺汇演上演出。"]
MAIN = "山区小学有了“管乐队”"
MAIN_IN_TITLE = '山区小学有了"管乐队"'


def _first(title: str, body: str) -> str:
    return cleaned(news_page(title, body)).body.split("\n\n")[0]


OPENINGS = ['简单道理说"乐器" ', "林小雨：", "校园新闻丨", "新学期新气象——"]


@pytest.mark.parametrize("opening", OPENINGS)
def test_the_main_words_over_paragraphs_go(opening):
    body = "<div class='content'>" + paras([MAIN, *TEXT]) + "</div>"
    assert _first(opening + MAIN_IN_TITLE, body) == TEXT[0]


def test_the_main_words_in_a_cell_over_the_text_go():
    body = "<table><tr><td>" + MAIN + "</td></tr><tr><td>" + paras(TEXT) + "</td></tr></table>"
    assert _first("校园新闻丨" + MAIN_IN_TITLE, body) == TEXT[0]


def test_the_main_words_over_br_lines_go():
    body = "<div class='text'>" + "<br>".join([MAIN, *TEXT]) + "</div>"
    assert _first("林小雨：" + MAIN_IN_TITLE, body) == TEXT[0]


def test_the_headlines_opening_words_stay():
    body = "<div class='content'>" + paras([MAIN, *TEXT]) + "</div>"
    assert _first(MAIN_IN_TITLE + "：二十四个孩子的新乐器", body) == MAIN


def test_a_line_over_a_one_paragraph_text_stays():
    body = "<div class='content'>" + paras([MAIN, TEXT[0]]) + "</div>"
    assert _first("林小雨：" + MAIN_IN_TITLE, body) == MAIN


def test_a_line_closing_a_sentence_stays():
    line = "山区小学有了“管乐队”。"
    body = "<div class='content'>" + paras([line, *TEXT]) + "</div>"
    assert _first("林小雨：" + MAIN_IN_TITLE, body) == line
