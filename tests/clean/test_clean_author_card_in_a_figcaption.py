"""An author's card in a ``<figcaption>`` printing the post's day and clock (stop 33, a
residual of every perturbation that removes the stated dates), on pages of own text in a
mobile portal's article shape.

A mobile portal prints over the text the source's card: its avatar, its name, and in a
``<figure><figcaption>`` a ``<time>`` holding the account's line, the day in a span of its
own and the clock after it (``<span>《某某日报》官方账号</span><span>2016.06.03</span>04:40``,
the style sheet setting them apart). Every ``<figcaption>`` was dropped before the date
pass as a picture's caption, and the day and clock, read together, made
``2016.06.0304:40``, which no date reader reads: with ``<meta>`` gone (``nostated`` and the
perturbations built on it) the page had no date. A figcaption holding a ``<time>`` is now an
author's card kept for the date pass, and a day of two-digit month and day glued to a
two-digit clock is read as the day and its clock. Guards: a picture's caption (no ``<time>``)
stays out of the text; a date in the text with other digits after it is not split.
"""

from __future__ import annotations

from pipelines.dates import ascii_dates
from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "城东区三座社区图书馆对外开放"
TEXT = [
    "城东区今年新建的三座社区图书馆本周起全部对外开放，居民凭身份证即可免费借阅图书。",
    "据区文化馆介绍，三座图书馆共有藏书四万余册，每天开放到晚上九点，周末也不休息。",
    "区文化馆还表示，今后将根据读者的意见，逐步延长三座图书馆在考试季的开放时间。",
]


def page(caption: str = "") -> str:
    """A mobile article: the headline, the source's card (avatar, name, account line, day
    and clock in a figcaption's ``<time>``), the text with a picture and ``caption``."""
    picture = (f"<figure><img src='/p1.jpg'><figcaption>{caption}</figcaption></figure>"
               if caption else "")
    return (page_head() + "<section class='art_title'><h1>" + HEADLINE + "</h1></section>"
            "<div class='weibo_info'><div class='media_focus'><em><img src='/avatar.jpg'></em>"
            "<figcaption class='weibo_detail'><figure><h2 class='weibo_user'>城东日报</h2>"
            "<time class='weibo_time'><span class='weibo_time_left'>《城东日报》官方账号</span>"
            "\n<span class='weibo_time_day'>2016.06.03</span>04:40\n</time></figure>"
            "</figcaption></div><a class='look_sub'>关注</a></div><section class='art_content'>"
            + paras(TEXT[:1]) + picture + paras(TEXT[1:]) + "</section></body></html>")


def test_an_author_card_in_a_figcaption_dates_the_page() -> None:
    assert cleaned(page()).published_at == "2016-06-03T04:40:00+08:00"


def test_a_pictures_caption_stays_out_of_the_text() -> None:
    result = cleaned(page("城东区第一社区图书馆的阅览室，2016年6月3日摄"))
    assert "阅览室" not in result.body
    assert result.published_at == "2016-06-03T04:40:00+08:00"


def test_a_day_glued_to_its_clock_reads_as_both() -> None:
    assert ascii_dates("2016.06.0304:40") == "2016.06.03 04:40"
    assert ascii_dates("2016-06-3004:40") == "2016-06-30 04:40"


def test_digits_that_are_no_clock_after_a_day_stay() -> None:
    assert ascii_dates("编号2016.06.0312345") == "编号2016.06.0312345"
    assert ascii_dates("2016.6.304:40") == "2016.6.304:40"
