"""Dates of stop 29: where a page's date is read when its date line is moved or printed
without its year, on pages of own text in the real markups' shapes.

1. A product's card beside the text (a car's, in an ``info``-classed box: ``<div
   class="car-info"><h3>车型</h3><ul><li>上市时间：2007年5月28日</li>…``) under a text whose
   date line is printed after it: the card's launch day, date-classed and labelled, beat the
   date line. A launch's label (``上市时间``, ``上映日期``, ``发售时间``) names the product's
   day, as an event's label names the event's, in a date-classed box too.
2. A page app's data script (a ``<script type="application/json">`` of over 20 KB: the
   story's fields among a feed's entries, ``"pubTime":"2024-08-03 12:40"``) under a date line
   printed without its year (``08-03 12:40``): scripts that long are not read for days (an
   inlined library states none), so the month-day took the fetch's year. The day the data
   writes whole at the printed clock gives its year; one at another clock does not (guard).
3. The days of the lists of other articles the date reading passes unread (a sidebar's
   entries ``<a>…</a> <span>2014/01/16</span>``, a related list's ``<a>…</a>(2019-12-10)``
   under the text) under a date line printed without its year (``01-20 10:53``): a list of
   links is skipped before its days are read, so the month-day took the year of a menu
   link's path or the fetch's. The one year in which those days lie within a month of the
   printed month-day is its year; days months away give none (guard).
4. Lines that beat a date line printed under the text: a masthead's clock with the weekday
   in brackets (``香港時間 : 2023 年 4 月 13 日 (週四) 20:45``, as ``日(六)`` in a weather
   box already counted against), a related item's label before another story's day
   (``关联稿件：<a>…</a> 2023-07-12``, as ``上一篇：`` is), and a speech's own dateline at the
   text's top (``（2019年2月16日，慕尼黑）``: when and where it was given; the page is
   published the day after). Each counts against now or is not the page's.
5. A page app's date line far below its headline in element count (``<h1>…</h1>`` then an
   author's box of an avatar, a badge and a name among the framework's empty comments, then
   ``<span>05-13 12:31</span>``, then the text): a month-day with its clock counted as the
   date line only within twelve elements of the headline, so the page had no date. Between
   the headline and the text's first block it is one now.
6. The day without its clock over the text and the same day with its clock under it
   (``发布日期：2020年9月9日`` in the info box, ``时间：2020-09-09 11:21:13`` after the last
   paragraph): the labelled line over the text won and the clock was lost (00:00). The
   chosen line's day takes the clock another line prints on the same day; an update's
   stamp on that day does not give its clock (guard).
"""

from __future__ import annotations

import json

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "老街口的修车铺换了新招牌，师傅还是那位师傅"
PARAS = [
    "街口那间修车铺开了快二十年，上周末终于换下了褪色的木招牌，换成了一块亮堂的灯箱。",
    "修车的周师傅说，招牌是女儿在网上订做的，字是他自己挑的，还是原来那几个字，只是大了些。",
    "老顾客们路过都要停下来看一眼，有人打趣说招牌换了，价钱可别跟着换，周师傅笑着摆摆手。",
    "铺子里的工具还是那几样，扳手、气泵、补胎胶，周师傅说只要街坊还用得着，他就一直干下去。",
]


def car_card(name: str, label: str, day: str) -> str:
    """A recommended model's card: its name, and its facts in a list, the launch day among
    them, in a box classed ``info``."""
    return (f"<div class='w-item'><div class='w-pic'><a href='/car/1.html'><img src='/c.jpg'>"
            f"</a></div><div class='car-info'><h3><a href='/car/1.html'>{name}</a>"
            "<span>(合资)</span></h3><ul><li>指导价(万)：<em>10.78~14.38万</em></li>"
            f"<li>级别： 紧凑型车</li><li>{label}：{day}</li><li>排量(L)：1.2~1.6</li></ul></div>"
            "</div>")


def gallery(count: int) -> str:
    """A picture gallery's strip of ``count`` thumbnails, each a linked picture and an empty
    caption box, as a gallery widget prints under a text."""
    return "<ul class='strip'>" + "".join(
        f"<li><a href='#p={n}'><img src='/g/{n}.jpg'></a><span></span></li>"
        for n in range(1, count + 1)) + "</ul>"


def date_after_text_page(card: str) -> str:
    """A story page whose date line is printed after the text, a picture gallery and a
    card column after it in the same container."""
    return (page_head(HEADLINE + "_城南新闻网")
            + "<div class='nav'><a href='/'>首页</a> <a href='/auto/'>汽车</a></div>"
            "<div class='art'><h1>" + HEADLINE + "</h1><div class='txt'>" + paras(PARAS)
            + "<p>2018-10-12 17:44:55 来源: 城南新闻网</p>" + gallery(40)
            + "<div class='w-top'><h2>热门车型推荐</h2>" + card + "</div></div></div>"
            "<div class='foot'>关于我们 版权所有</div></body></html>")


# 1. a product card's launch day ------------------------------------------------------------

def test_a_product_cards_launch_day_is_not_the_pages_date():
    page = date_after_text_page(car_card("卡丽娜", "上市时间", "2007年5月28日"))
    assert cleaned(page).published_at == "2018-10-12T17:44:55+08:00"


def test_a_films_release_day_is_not_the_pages_date():
    page = date_after_text_page(car_card("长河落日", "上映日期", "2009年7月3日"))
    assert cleaned(page).published_at == "2018-10-12T17:44:55+08:00"


# 2. a page app's data script over 20 KB -----------------------------------------------------

def app_page(stamp: str, author: str = "") -> str:
    """A page app's story page: the date line ``08-03 12:40`` under the headline (after the
    ``author`` box), and the app's data script (the story's fields, ``pubTime`` = ``stamp``,
    among 150 feed entries of the weeks before: well over 20 KB)."""
    feed = [{"contId": 28000000 + n, "name": f"第{n}条快讯的标题文字",
             "pubTime": f"2024-07-{n % 28 + 1:02d} 09:{n % 60:02d}", "summary": "一段摘要文字" * 12}
            for n in range(150)]
    data = {"props": {"pageProps": {"detailData": {"contentDetail": {
        "name": HEADLINE, "author": "记者 周明", "pubTime": stamp}}, "feed": feed}}}
    return (page_head(HEADLINE + "_城南新闻网")
            + "<div class='nav'><a href='/'>首页</a> <a href='/city/'>城市</a></div>"
            "<div class='hd'><h1>" + HEADLINE + "</h1>" + author
            + "<div class='ctrl'><span>08-03 12:40</span>"
            "<span>北京</span></div></div><div class='txt'>" + paras(PARAS) + "</div>"
            "<div class='foot'>关于我们 版权所有</div>"
            '<script id="__NEXT_DATA__" type="application/json">'
            + json.dumps(data, ensure_ascii=False) + "</script></body></html>")


def test_a_page_apps_data_gives_a_yearless_line_its_year():
    page = app_page("2024-08-03 12:40")
    assert len(page) > 25_000
    assert cleaned(page).published_at == "2024-08-03T12:40:00+08:00"


def test_a_page_apps_day_at_another_clock_gives_no_year():
    published = cleaned(app_page("2024-08-03 18:05")).published_at
    assert published and published[4:] == "-08-03T12:40:00+08:00" and published[:4] != "2024"


# 3. the days of the lists passed unread -----------------------------------------------------

def listed_page(date_line: str, side: str, under: str = "") -> str:
    """A story page: ``date_line`` under the headline, a sidebar ``side`` beside the text,
    ``under`` after the text's block."""
    return (page_head(HEADLINE + "_城南新闻网")
            + "<div class='nav'><a href='/'>首页</a> <a href='/city/'>城市</a></div>"
            "<div class='main'><div class='art'><h1>" + HEADLINE + "</h1><div class='src'>"
            + date_line + " 来源：城南新闻网</div><div class='txt'>" + paras(PARAS) + "</div>"
            + under + "</div><div class='col'>" + side + "</div></div>"
            "<div class='foot'>关于我们 版权所有</div></body></html>")


def entries(days: list[str], dated: str = "<span class='gray'>{}</span>") -> str:
    """A list of other stories: a linked headline and its day (``dated``) each."""
    heads = ["城西菜市场改造完成重新开张", "公交两条线路下周起调整走向",
             "社区图书室延长周末开放时间", "老旧小区加装电梯工程过半", "河道清淤工程进入收尾阶段"]
    return "<ul>" + "".join(
        f"<li><a href='/news/{n}.html'>{heads[n % len(heads)]}</a> " + dated.format(day) + "</li>"
        for n, day in enumerate(days)) + "</ul>"


def test_a_sidebars_days_give_a_yearless_line_its_year():
    side = "<h3>本地要闻</h3>" + entries(["2014/01/16", "2014/01/16", "2014/01/15", "2014/01/12"])
    page = listed_page("01-20 10:53", side)
    assert cleaned(page).published_at == "2014-01-20T10:53:00+08:00"


def test_a_related_lists_days_under_the_text_give_a_yearless_day_its_year():
    under = ("<div class='xg'><h4>相关新闻</h4>"
             + entries(["2019-12-10", "2019-10-28", "2019-05-24"], dated="({})") + "</div>")
    page = listed_page("12-20", "<p>广告位招租</p>", under)
    assert cleaned(page).published_at == "2019-12-20T00:00:00+08:00"


def test_list_days_months_away_give_no_year():
    side = "<h3>本地要闻</h3>" + entries(["2014/06/16", "2014/06/12", "2014/05/30"])
    published = cleaned(listed_page("01-20 10:53", side)).published_at
    assert published and published[:4] != "2014"


# 4. lines that beat a date line printed under the text ----------------------------------

def under_text_page(date_line: str, top: str = "", over_text: str = "", beside: str = "") -> str:
    """A story page whose date line ``date_line`` is printed under the text; ``top`` in the
    masthead, ``over_text`` at the text's top, ``beside`` between the headline and the text."""
    return (page_head(HEADLINE + "_城南新闻网") + "<div class='top'>" + top + "</div>"
            + "<div class='nav'><a href='/'>首页</a> <a href='/city/'>城市</a></div>"
            "<div class='art'><h1>" + HEADLINE + "</h1>" + beside + "<div class='txt'>"
            + over_text + paras(PARAS) + "<p>" + date_line + "</p></div></div>"
            "<div class='foot'>关于我们 版权所有</div></body></html>")


def test_a_mastheads_clock_with_a_bracketed_weekday_is_not_the_pages_date():
    clock = "<span>香港時間 : 2023 年 4 月 13 日 (週四) 20:45</span>"
    page = under_text_page("2023/03/31", top=clock)
    assert cleaned(page).published_at == "2023-03-31T00:00:00+08:00"


def test_a_related_items_day_is_not_the_pages_date():
    beside = ("<div class='gl'>关联稿件：<a href='/news/7.html'>图文解读：城南区去年经济运行"
              "情况</a> 2023-07-12</div>")
    page = under_text_page("2023-05-11", beside=beside)
    assert cleaned(page).published_at == "2023-05-11T00:00:00+08:00"


def test_a_speechs_dateline_at_the_texts_top_is_not_the_pages_date():
    page = under_text_page("2019-02-17", over_text="<p>（2019年2月16日，河滨市）</p>")
    assert cleaned(page).published_at == "2019-02-17T00:00:00+08:00"


# 5. a page app's date line far below its headline in element count ------------------------

AUTHOR_BOX = ("<div class='wrap'><div class='space'><div class='item'><a href='/user/4772'>"
              "<div class='auth'><i class='v'></i><span class='badge'><span class='avatar'>"
              "<img src='/u/612.jpg'></span></span></div></a></div><div class='item'>"
              "<a class='name' href='/user/4772'><span>城南观察<!-- --><i class='ico'></i>"
              "</span><span>城南观察官方号</span></a></div></div></div>")


def test_a_date_line_past_an_authors_box_under_the_headline_is_read():
    page = app_page("2024-08-03 12:40", author=AUTHOR_BOX)
    assert cleaned(page).published_at == "2024-08-03T12:40:00+08:00"


# 6. the same day's clock printed in another line -------------------------------------------

def two_lines_page(under: str) -> str:
    """A notice page: ``发布日期：2020年9月9日`` in the info box over the text, ``under``
    after its last paragraph."""
    return (page_head(HEADLINE + "_城南区政府网")
            + "<div class='nav'><a href='/'>首页</a> <a href='/gk/'>政务公开</a></div>"
            "<div class='art'><h1>" + HEADLINE + "</h1><div class='info'><span>发布日期：2020年"
            " 9月 9 日</span><span>来源：城南区政府网</span></div><div class='txt'>" + paras(PARAS)
            + "<p>" + under + "</p></div></div><div class='foot'>关于我们 版权所有</div>"
            "</body></html>")


def test_the_same_days_clock_under_the_text_is_the_pages_time():
    page = two_lines_page("时间 : 2020-09-09 11:21:13")
    assert cleaned(page).published_at == "2020-09-09T11:21:13+08:00"


def test_an_update_stamp_on_the_same_day_gives_no_clock():
    page = two_lines_page("更新时间 : 2020-09-09 18:05")
    assert cleaned(page).published_at == "2020-09-09T00:00:00+08:00"
