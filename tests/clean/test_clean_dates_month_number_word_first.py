# ruff: noqa: E501  (Chinese test strings)
"""A blog engine's date in a Chinese locale, month first as a word (issue 14, stop 33, the
kinds of fresh14's new sources: WordPress-style personal essays; fresh14's china30s page
printed ``五月 22nd, 2011``).

WordPress's default date format ``F j, Y`` prints the month's name first; in the Chinese
locale the name is the month's number and ``月``: ``5月 22, 2011``. The month in Chinese
numerals was read as a month word (``五月 22, 2011``), the month in digits was not, and the
line read as May 22nd of the fetch's year. A month's number with ``月``, not glued to a
digit, a year or a dash before it, is a month word too: the day and year after it (or the
day before it and the year after) make the date.

Guards: ``2011年5月22日`` and a yearless ``5月22日`` read as before; ``1-5月 22个城市`` is no
date of May 22nd.
"""

from __future__ import annotations

import pytest

from pipelines.dates import parse_date
from tests.clean.news_page import FETCHED, cleaned

_ESSAY = ("三十岁那年春天，我辞掉了做了七年的工作，背着一只旧背包去了西南。",
          "在大理的一家客栈里，我遇见一位退休的中学老师，她每年都会独自出门旅行两个月。",
          "一年以后我回到城市，重新找了一份工作，但我终于知道自己想要过什么样的日子。")


@pytest.mark.parametrize("line,day", [
    ("5月 22, 2011", "2011-05-22T00:00:00+08:00"),
    ("12月 3, 2010 9:30 下午", "2010-12-03T21:30:00+08:00"),
    ("发表于 05月 22, 2011", "2011-05-22T00:00:00+08:00"),
    ("22 5月 2011", "2011-05-22T00:00:00+08:00"),
], ids=["month-day-year", "with-clock", "labelled-zero-padded", "day-first"])
def test_a_month_number_printed_as_a_month_word_dates_the_line(line: str, day: str) -> None:
    assert parse_date(line, fetched_at=FETCHED) == day


def test_a_wordpress_post_in_the_chinese_locale_is_dated_by_its_entry_date() -> None:
    page = ("<html><head><meta charset='utf-8'><title>三十岁的间隔年 | 三十而立</title></head><body>"
            "<div id='header'><h1 id='site-title'><a href='/' rel='home'>三十而立</a></h1></div>"
            "<div id='content'><div class='post hentry'><h2 class='entry-title'>三十岁的间隔年</h2>"
            "<div class='entry-meta'><span class='meta-prep'>发表于</span> <a href='/p/321' rel='bookmark'>"
            "<span class='entry-date'>5月 22, 2011</span></a> <span class='meta-sep'>由</span> "
            "<span class='author vcard'><a href='/author/admin/'>阿木</a></span></div>"
            "<div class='entry-content'>" + "".join(f"<p>{line}</p>" for line in _ESSAY) + "</div></div></div>"
            "<div id='footer'>自豪地采用 WordPress</div></body></html>")
    assert cleaned(page).published_at == "2011-05-22T00:00:00+08:00"


@pytest.mark.parametrize("line,day", [
    ("2011年5月22日", "2011-05-22T00:00:00+08:00"),
    ("5月22日", "2026-05-22T00:00:00+08:00"),
], ids=["full-day", "yearless"])
def test_days_printed_otherwise_read_as_before(line: str, day: str) -> None:
    assert parse_date(line, fetched_at=FETCHED) == day


def test_a_month_range_before_a_count_is_no_day() -> None:
    assert parse_date("1-5月 22个城市完成目标，2011年以来首次", fetched_at=FETCHED) != "2011-05-22T00:00:00+08:00"
