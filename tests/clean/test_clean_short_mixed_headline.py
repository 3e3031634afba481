"""A short headline of three Chinese characters with letters or digits (stop 30, headline
round; found on an opened page under the ``notitle``, ``title-channel`` and ``bare``
perturbations).

The shape: a blog's post headed ``<h1>什么是4G？</h1>`` right over its date line, the text
opening with the same question. A headline needs four Chinese characters (fewer is a box's
name or a fragment: ``正文``, ``English``), so with nothing stated the h1 was no candidate
and the text's first line was the headline; and a pick of six characters or fewer was taken
for a box's name and gave way to a line printed nearer the text. In the page's ``<h1>``, over
a date line within its next three elements, three Chinese characters with a word of letters
or digits (``什么是4G？``, ``iPhone发布会``) are a whole headline; a bare three-character name
(a logo's ``某某网``) still is not.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, page_head, paras

TEXT = [
    "什么是5G？ 它是新一代移动通信技术",
    "即使你对手机技术不太了解，你仍然有可能听过5G的说法。随着各地陆续建成基站，你将在接下来的时间里看到更多关于5G的消息。",
    "作为手机的新一代技术，5G标志着更快的速度和更低的延迟，下载一部高清电影只需要几秒钟。",
]


def _page(h1: str, title: str = "") -> str:
    return (page_head(title) + "<div class='single'><h1>" + h1 + "</h1><div class='meta'>"
            "<span>2026-02-17 21:14</span><span>推荐: <a href='/author/admin'>小李</a></span>"
            "<span>浏览: 1,867 views</span></div><div class='entry'><p class='summary'>"
            "<strong>摘要</strong>: "
            + TEXT[0] + "</p></div><div class='content'><p>" + TEXT[0] + "<strong> </strong></p>"
            + paras(TEXT[1:]) + "</div></div></body></html>")


@pytest.mark.parametrize("title", ["", "通知公告"], ids=["notitle", "channel-title"])
def test_a_short_mixed_headline_in_h1_over_its_date_line_is_the_headline(title):
    assert cleaned(_page("什么是5G？", title)).title == "什么是5G？"


def test_a_three_character_name_in_h1_is_still_no_headline():
    assert cleaned(_page("滨江网")).title != "滨江网"
