"""Lines over a reporter's byline at the text's top — a deck, a column tag, a dateline with
the headline printed again — go when the byline was read into the page's fields (issue 14,
stop 37: found on unlabelled pages of the extractor pool, e.g. a 2005 portal report whose
deck ``<speaker>说，<claim>`` with no stop stood over ``本报记者 <names> 发自北京`` and was
kept as the text's first line; docs/cleaning.md).

``textedges._without_head_over_byline`` drops a headline block (up to five lines closing no
sentence) over a byline left in the text. A byline that the byline reader takes
(``本报记者 某某``) leaves the text earlier, in ``paragraphs.clean_paragraphs``, so the lines
over it were kept as the text's opening. Now ``clean_paragraphs`` remembers where such a
byline stood under lines closing no sentence and drops them under the same conditions
(``textedges.head_over_byline``, ``textedges.text_under_byline``). Pages in four markups,
text written here.

Guards: a line closing a sentence over the byline stays (a lead a site prints over its
credit); head lines over a text of one paragraph stay; the byline's names are still read.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page, paras

TITLE = "山区小学的第一支管乐队"
TEXT = ["开学第一周，山区小学的操场上第一次响起了管乐声。",
        "这支管乐队由二十四名学生组成，乐器来自县里一家企业的捐赠，指导老师每周从城里赶来上两次课。",
        "校长说，孩子们练得很认真，打算年底在全县的文艺汇演上演出。"]
DECK = "校长说，孩子们练得很认真，年底要在全县汇演上亮相"
TAG = "【新学期新气象】"
BYLINE = "本报记者 林小雨 周青"


def _cleaned(body: str):
    return cleaned(news_page(TITLE, body))


def test_a_deck_over_a_byline_in_paragraphs_goes():
    result = _cleaned("<div class='content'>" + paras([DECK, BYLINE, *TEXT]) + "</div>")
    assert result.body.split("\n\n") == TEXT
    assert result.authors == ["林小雨", "周青"]


def test_a_column_tag_over_a_byline_in_paragraphs_goes():
    result = _cleaned("<div class='content'>" + paras([TAG, BYLINE, *TEXT]) + "</div>")
    assert result.body.split("\n\n") == TEXT


def test_a_deck_over_a_byline_in_table_rows_goes():
    rows = "".join(f"<tr><td>{line}</td></tr>" for line in [DECK, BYLINE, *TEXT])
    assert _cleaned("<table>" + rows + "</table>").body.split("\n\n") == TEXT


def test_a_column_tag_over_a_byline_in_br_lines_goes():
    body = "<div class='text'>" + "<br>".join([TAG, BYLINE, *TEXT]) + "</div>"
    assert _cleaned(body).body.split("\n\n")[0] == TEXT[0]


def test_a_dateline_with_the_headline_over_a_byline_goes():
    dateline = "新华社某地11月29日电 题：" + TITLE
    body = "<div class='content'>" + paras([dateline, BYLINE, *TEXT]) + "</div>"
    assert _cleaned(body).body.split("\n\n") == TEXT


def test_a_sentence_over_the_byline_stays():
    lead = "这支管乐队是全县山区学校里的第一支。"
    body = "<div class='content'>" + paras([lead, BYLINE, *TEXT]) + "</div>"
    result = _cleaned(body)
    assert result.body.split("\n\n") == [lead, *TEXT]
    assert result.authors == ["林小雨", "周青"]


def test_head_lines_over_a_one_paragraph_text_stay():
    body = "<div class='content'>" + paras([DECK, BYLINE, TEXT[0]]) + "</div>"
    assert _cleaned(body).body.split("\n\n")[0] == DECK
