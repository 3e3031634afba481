# ruff: noqa: E501  (Chinese test strings)
"""A byline line that names its medium first, set apart by a space, before the reporters
(``某某网某某频道 记者 某某 某某``, ``某某日报 记者 某某``) is a byline, not the text's first
line (issue 14, stop 37: found on an unlabelled page of the extractor pool — a 2005 portal
interview whose credit line ``<site's channel> 记者 <two names>`` stood over the text and
was kept as its opening; docs/cleaning.md).

The byline reader took a line only when a role opened it; a medium's name before the role
made the whole line a sentence: kept as the text's first line when a short line (a label
such as ``人物简介：``) stood between it and the text, and its names never read. Now a
medium's name (ending 网, 报, 社, 台, 频道, 客户端, 杂志 or 新闻), a space and a reporter's
role read as the medium and the byline. Pages in three markups, text written here.

Guards: a sentence after the medium (``某某网 记者提问时表示…``, ``某某日报记者某某从…获悉``)
is no byline and a text opening so keeps its first line; the line's names are the page's
authors.
"""

from __future__ import annotations

from pipelines.metadata import read_byline
from tests.clean.news_page import cleaned, news_page, paras

TITLE = "山区小学的第一支管乐队"
TEXT = ["开学第一周，山区小学的操场上第一次响起了管乐声。",
        "这支管乐队由二十四名学生组成，乐器来自县里一家企业的捐赠，指导老师每周从城里赶来上两次课。",
        "校长说，孩子们练得很认真，打算年底在全县的文艺汇演上演出。"]
BYLINE = "某某网江南频道 记者 林小雨 周青"


LABEL = "人物简介："


def _cleaned(body: str):
    return cleaned(news_page(TITLE, body))


def _paragraphs(body: str) -> list[str]:
    return _cleaned(body).body.split("\n\n")


def test_a_medium_then_reporters_over_a_label_line_is_a_byline_in_paragraphs():
    body = "<div class='content'>" + paras([BYLINE, LABEL, *TEXT]) + "</div>"
    assert _paragraphs(body) == [LABEL, *TEXT]
    assert _cleaned(body).authors == ["林小雨", "周青"]


def test_a_medium_then_reporters_in_a_font_cell_is_a_byline():
    body = ("<table><tr><td><font>" + paras([BYLINE, LABEL]) + "</font>"
            + paras(TEXT) + "</td></tr></table>")
    assert _paragraphs(body) == [LABEL, *TEXT]


def test_a_medium_then_reporters_over_br_lines_is_a_byline():
    body = "<div class='text'>" + "<br>".join([BYLINE, LABEL, *TEXT]) + "</div>"
    assert BYLINE.replace(" ", "") not in _cleaned(body).body.replace(" ", "")
    assert _cleaned(body).authors == ["林小雨", "周青"]


def test_a_medium_then_reporters_over_the_text_gives_the_authors():
    body = "<div class='content'>" + paras([BYLINE, *TEXT]) + "</div>"
    assert _paragraphs(body) == TEXT
    assert _cleaned(body).authors == ["林小雨", "周青"]


def test_the_line_names_the_medium_and_the_reporters():
    meta = read_byline("某某日报 记者 王青")
    assert meta is not None and meta.media == "某某日报" and meta.authors == ["王青"]
    meta = read_byline(BYLINE)
    assert meta is not None and meta.media == "某某网江南频道" and meta.authors == ["林小雨", "周青"]


def test_a_sentence_after_a_medium_is_no_byline():
    assert read_byline("某某日报记者王青从县里获悉") is None
    assert read_byline("某某网 记者提问时表示欢迎") is None
    first = "某某日报记者王青从县教育局获悉，山区小学的管乐队将在年底参加汇演。"
    assert _paragraphs("<div class='content'>" + paras([first, *TEXT]) + "</div>")[0] == first
