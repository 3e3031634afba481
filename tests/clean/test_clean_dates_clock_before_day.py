"""A clock printed before its day after a label (stop 32, before fresh14), on a page of own
text in the real markup's shape.

Some templates print the clock first (``时间：08:03 2024-10-25 来源：某某日报``,
``【时间：09:05 2018-01-05】``). A clock before the day was read only when no colon stood
before it — meant to keep the end of a longer clock (``10:12:09:05``) out, it also kept out
the label's own colon, so such pages were dated at midnight (a probe writing the opened pages'
date lines clock first lost 55 of 401 clocks). A colon after a digit still bars it.
"""

from __future__ import annotations

from pipelines.dates import parse_date
from tests.clean.news_page import page_head, paras, published

TEXT = [
    "城东区今年新建的三座社区图书馆本周起全部对外开放，居民凭身份证即可免费借阅图书。",
    "据区文化馆介绍，三座图书馆共有藏书四万余册，每天开放到晚上九点，周末也不休息。",
]


def test_a_clock_after_the_labels_colon_before_the_day_dates_the_page() -> None:
    page = (page_head() + "<div class='end'><h1>城东区三座社区图书馆对外开放</h1>"
            "<div class='time'>时间：08:03 2024-10-25 来源：城东日报 作者：</div>"
            "<div class='content'>" + paras(TEXT) + "</div></div></body></html>")
    assert published(page) == "2024-10-25T08:03:00+08:00"


def test_the_end_of_a_longer_clock_is_no_clock_before_the_day() -> None:
    assert parse_date("10:12:09:05 2018-01-05") == "2018-01-05T00:00:00+08:00"
