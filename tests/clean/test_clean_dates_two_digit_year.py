"""A date printed with a two-digit year (stop 32, after fresh14), on a page of own text in the
real markup's shape.

Some templates print the year with two digits (``发布时间：15-03-31``, ``20-09-15 09时32分``).
Only a stamp line with its clock (``16-05-17 09:22``) was read so far, so most such pages went
undated or took a day from elsewhere (a probe
writing the opened pages' date lines with two-digit years lost 78 of 574 days). The day is now
read when it is zero-padded with one separator throughout and either has its clock after it or
stands where only a date stands (the text's start, after a label); a number run elsewhere in a
line (``编号 12-10-30``) stays no date. The year is of this century; one after the fetch's is
no date (as the older reader of ``16-05-17 09:22`` stamps decided).
"""

from __future__ import annotations

from pipelines.dates import parse_date
from tests.clean.news_page import page_head, paras, published

TEXT = [
    "城西区今年新修的两条绿道本周起对市民开放，沿线设有十二处休息点和两座公共卫生间。",
    "据区园林局介绍，两条绿道全长十一公里，连通三座公园，夜间照明到晚上十点为止。",
]


def _page(date_line: str) -> str:
    return (page_head() + "<div class='end'><h1>城西区两条绿道对市民开放</h1>"
            f"<div class='info'><span class='time'>{date_line}</span>"
            "<span class='views'>浏览次数：<script>document.write(12)</script></span></div>"
            "<div class='content'>" + paras(TEXT) + "</div></div></body></html>")


def test_a_labelled_two_digit_year_day_dates_the_page() -> None:
    assert published(_page("发布时间：15-03-31")) == "2015-03-31T00:00:00+08:00"


def test_a_two_digit_year_day_with_its_clock_dates_the_page() -> None:
    assert published(_page("20-09-15 09时32分")) == "2020-09-15T09:32:00+08:00"


def test_a_two_digit_year_after_the_fetchs_is_no_date() -> None:
    assert parse_date("98/07/05 09:20", fetched_at="2026-12-02T00:00:00Z") is None


def test_a_number_run_inside_a_line_is_no_two_digit_year_day() -> None:
    assert parse_date("编号 12-10-30 起", fetched_at="2026-12-02T00:00:00Z") is None
