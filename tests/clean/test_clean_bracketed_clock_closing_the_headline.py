"""A clock alone in brackets closing the headline's line is no part of the headline (stop
33, a residual of the ``notitle``/``title-channel`` perturbations), on a page of own text in
an instant-news page's shape.

An instant-news page prints the story's clock in brackets after the headline, in the
heading itself (``<h2 class="news_title">标题 <span>【17:52】</span></h2>``); stop 32 reads
it as the time of the page's day. Its ``<title>`` states the headline without it, so the
heading matched the title and was cut there; with no ``<title>`` (or one naming only the
channel) the heading's whole line, clock and all, was the headline. A clock alone in
brackets closing the line now ends the headline, as a bracketed date does. Guards: the
clock still gives the day its time; a bracketed number that is no clock (``（图）``,
``（第2期）``), and a clock inside the headline's words, stay.
"""

from __future__ import annotations

import pytest

from pipelines.headlinetext import headline_text
from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "城东区三座社区图书馆对外开放"
TEXT = [
    "城东区今年新建的三座社区图书馆本周起全部对外开放，居民凭身份证即可免费借阅图书。",
    "据区文化馆介绍，三座图书馆共有藏书四万余册，每天开放到晚上九点，周末也不休息。",
    "区文化馆还表示，今后将根据读者的意见，逐步延长三座图书馆在考试季的开放时间。",
]


def page(title: str, clock: str = "【17:52】") -> str:
    """An instant-news page: the breadcrumb with the day, the headline closing with
    ``clock`` in a span, the text."""
    return (page_head(title) + "<div class='path'><a href='/'>城东网</a> &gt; "
            "<a href='/now/'>即时新闻</a> &gt; 社会 <span style='float:right'>2024年10月30日"
            "</span></div><div class='news'><h2 id='newsti' class='news_title'>" + HEADLINE
            + f" <span class='conttime'>{clock}</span></h2><div class='text'>" + paras(TEXT)
            + "</div></div></body></html>")


@pytest.mark.parametrize("title", ["", "即时新闻"], ids=["no-title", "channel-title"])
@pytest.mark.parametrize("clock", ["【17:52】", "(17:52)", "［ 17：52 ］"])
def test_a_bracketed_clock_closing_the_headline_is_no_part_of_it(title: str, clock: str
                                                                    ) -> None:
    assert cleaned(page(title, clock)).title == HEADLINE


def test_the_clock_still_gives_the_day_its_time() -> None:
    assert cleaned(page("")).published_at == "2024-10-30T17:52:00+08:00"


@pytest.mark.parametrize("line", ["城东区三座社区图书馆对外开放（图）", "城东区读书节开幕（第2期）",
                                  "城东区图书馆17:30闭馆 读者可提前预约"])
def test_a_bracketed_mark_that_is_no_clock_stays(line: str) -> None:
    assert headline_text(line) == line
