"""A clock printed at the headline without its day, the day printed elsewhere (stop 33,
perturbation residuals), on pages of own text in the real markups' shapes.

Hong Kong portals print the info line under the headline as the channel's name, the clock
and the day in spans of their own (``<span>社會</span><span>17:30</span><span>2020/08/09
</span>``), a mobile portal as the source's account and the clock (``《某某日报》官方账号
04:40``) beside the day. With the day's span printed apart from the clock (after the text,
as the ``date-after-body`` perturbation moves it), the page read the day at midnight: the
clock alone is no date line, and only a date line's own clock, another printed line of the
same day, a stated date or a clock closing the headline gave a clockless day its time. Now
a short line right under the headline, before the text, that prints one clock and no other
number (the channel's or the source's name beside it at most) gives the chosen day its
clock too.

Guards: a video's duration in the text's first block gives no clock; a date line printing
its own clock keeps it; a clock line with a label of an event (``时间：19:30``) gives none.
"""

from __future__ import annotations

from tests.clean.news_page import page_head, paras, published

HEADLINE = "城东区三座社区图书馆对外开放"
TEXT = [
    "城东区今年新建的三座社区图书馆本周起全部对外开放，居民凭身份证即可免费借阅图书。",
    "据区文化馆介绍，三座图书馆共有藏书四万余册，每天开放到晚上九点，周末也不休息。",
    "区文化馆还表示，今后将根据读者的意见，逐步延长三座图书馆在考试季的开放时间。",
]
FOOT = "<div class='foot'>关于我们 联系我们 版权所有</div></body></html>"


def page(info: str, after: str, *, first: str = "") -> str:
    """The headline, ``info`` under it, the text (``first`` markup before its paragraphs)
    and ``after`` printed after its last paragraph."""
    return (page_head() + "<div class='menu'><a href='/'>首页</a> <a href='/news/'>社会</a>"
            "</div><div class='main'><h1>" + HEADLINE + "</h1>" + info
            + "<div class='content'>" + first + paras(TEXT) + after + "</div></div>" + FOOT)


def test_a_channel_and_a_clock_under_the_headline_give_the_day_after_the_text_its_time(
) -> None:
    info = "<div class='info'><span>社會</span> <span>17:30</span></div>"
    assert published(page(info, "<p>2020/08/09</p>")) == "2020-08-09T17:30:00+08:00"


def test_a_sources_account_and_a_clock_under_the_headline_give_the_day_its_time() -> None:
    info = "<div><span>《城东日报》官方账号</span><span>04:40</span></div>"
    assert published(page(info, "<p>2016-06-03</p>")) == "2016-06-03T04:40:00+08:00"


def test_a_video_duration_in_the_texts_first_block_gives_no_clock() -> None:
    player = "<div class='video'><img src='/v.jpg'><span>03:25</span></div>"
    when = published(page("<div class='info'>社會</div>", "<p>2020/08/09</p>", first=player))
    assert when == "2020-08-09T00:00:00+08:00"


def test_a_date_line_printing_its_own_clock_keeps_it() -> None:
    info = "<div class='info'><span>社會</span> <span>17:30</span></div>"
    when = published(page(info, "<p>2020/08/09 18:05</p>"))
    assert when == "2020-08-09T18:05:00+08:00"


def test_an_events_time_under_the_headline_gives_no_clock() -> None:
    when = published(page("<div>时间：19:30</div>", "<p>2020/08/09</p>"))
    assert when == "2020-08-09T00:00:00+08:00"
