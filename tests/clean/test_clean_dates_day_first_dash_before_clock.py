"""A day-first date with a dash before its clock (stop 33, after fresh15), on a page of own
text in the real markup's shape.

A foreign broadcaster's Chinese edition prints its stamp day first, a dash between the day
and the clock (``发表时间： 30/11/2025 - 10:13``), inside a ``<time>`` whose attribute is in
another zone. The slashed-date reader took the clock only after a space, so such a page got
its day without its time. A dash between spaces (or none) now joins the clock to the day as
it already did in the year-first form (``2025/11/30 - 10:13``); a second date after the dash
(a span) is still no clock.
"""

from __future__ import annotations

from pipelines.dates import parse_date
from tests.clean.news_page import FETCHED, page_head, paras, published

TEXT = [
    "港口管理局周五宣布，新建的三号码头将在明年春季投入使用，可同时停靠两艘大型货轮。",
    "管理局负责人表示，码头建成后每年可多处理约四十万个标准集装箱，缓解现有泊位的压力。",
]


def _page(stamp: str) -> str:
    return (page_head("新码头明年春季启用") + "<article><h1>新码头明年春季启用</h1>"
            "<div class='dates'><p class='pub-dates'><span class='date'>发表时间： "
            f"{stamp}</span></p><div class='reading-time'>阅读时间 2 分钟</div></div>"
            "<div class='body'>" + paras(TEXT) + "</div></article></body></html>")


def test_a_day_first_date_with_a_dash_before_the_clock_gives_the_time() -> None:
    assert published(_page("30/11/2025 - 10:13")) == "2025-11-30T10:13:00+08:00"


def test_a_day_first_date_in_a_time_element_of_another_zone_gives_the_printed_clock() -> None:
    stamp = '<time datetime="2025-11-30T09:13:47+00:00">30/11/2025 - 10:13</time>'
    assert published(_page(stamp)) == "2025-11-30T10:13:00+08:00"


def test_a_dash_joined_clock_without_spaces_gives_the_time() -> None:
    assert parse_date("30/11/2025-10:13", fetched_at=FETCHED) == "2025-11-30T10:13:00+08:00"


def test_a_second_date_after_the_dash_is_no_clock() -> None:
    read = parse_date("30/11/2025 - 5/12/2025", fetched_at=FETCHED)
    assert read is not None and read.endswith("T00:00:00+08:00")
