"""Dates of stop 28: a date line printed without its year (``09-23 20:46``), as the
``date-yearless`` perturbation and the real templates that print this year's days so show
it, on pages of own text in the real markups' shapes.

1. A ``<time>`` whose ``datetime`` stamp holds the day (at midnight, or the local clock
   marked UTC) over a printed month-day and its clock (``<time datetime="2014/09/23 00:00">
   09-23 20:46</time>``): the printed line has no year, so the stamp was read alone and the
   clock was lost (00:00, or eight hours late). A month-day the stamp agrees with is the
   stamp's day at the printed clock.
2. The clock printed before the month-day (``19:05 02-28``, a Hong Kong template's order,
   as ``19:05 2020/02/28`` before it): a full day read the clock before it, a month-day did
   not, and the page's time was lost (00:00).
3. The JSON-LD that Chinese sites write for Baidu's search (a Cambrian context: ``title``,
   ``images``, ``pubDate``; no ``@type``, no ``datePublished``): its ``pubDate`` was not read,
   so a yearless date line took the year of a related list or the fetch. It is the page's
   stated date, as ``datePublished`` is.
4. Where else a page keeps its own day out of sight: a script's ``data-`` stamp on an empty
   element beside the printed line (``<span class="smart-date" data-origindate="2017-03-01
   14:27:02 +0800"></span><span>03-01 14:27</span>``), and the page's own address passed on
   in a share link's query (``…/share?url=http%253A//…/2014/07/28/….shtml``) or kept in
   a share box's ``title``/``data-url``. They were not read (a link's query is cut off), so
   the month-day took the year of a sidebar's links or the fetch. The day they write on the
   printed month-day (and clock) gives its year; one on another day does not (guards).
5. A month-day printed without year or clock right under the headline (``<header><h1>…</h1>
   <div>作者 媒体</div><div>05-22</div>``, ``<div>• 02-08 • 本刊记者 某某</div>``): only a
   month-day with its clock was read as a date line, so the page had none (or a related
   story's). A month-day of two digits each, alone or beside a byline, within twelve
   elements of the headline is the date line now; a score (``3-1``) is not (guard). Its
   year: the page's other full dates within a month of it (a related story's
   ``2019.05.29``, across a new year too) before the years the article's text names
   (``2013年5月``, an earlier event's).
6. A report's dateline lying loose at the top of a text written with ``<br>`` (``某某網
   2014.10.24 王明/台中報導<br><br>…``; the ``nostated`` perturbation of a Taiwanese news
   page): a loose line at the text's top needed a label or a clock, so a masthead's today
   line won. A line under 40 characters closing with the report word after a full day is
   the page's date line; a sentence citing another report's day is not (guard).
7. An update's stamp left where the date line was (``（2/21 22:08 更新）`` over the text, the
   date line printed elsewhere: the ``date-below-headline`` perturbation of a Taiwanese
   agency's page): the stamp, nearer the headline, beat the date line. A line opening with
   an update's stamp counts against, as a masthead's today line does; the stamp printed
   after the date line in one line leaves the line the page's (guard).
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import page_head, paras, published

HEADLINE = "河堤步道延长到三公里，晨练的人多了起来"
PARAS = [
    "沿河的步道上个月完成了第二期工程，新修的一段从老码头一直通到湿地公园的北门，全长三公里。",
    "附近小区的居民说，以前晨跑只能在马路边上绕圈，现在可以一路沿着河边跑，空气也好了不少。",
    "步道两旁种了两排香樟，每隔五百米设了一处休息点，放着长椅和直饮水机，夜间还有照明。",
    "管理部门提醒市民，步道禁止电动车通行，遛狗需要牵绳，雨天部分石板路面较滑，要注意安全。",
]


def dated_page(date_line: str, head: str = "") -> str:
    """A story page: the headline, ``date_line`` under it in a byline box, the text;
    ``head`` written into the page's ``<head>``."""
    return (page_head(HEADLINE + "_城南新闻网").replace("</head>", head + "</head>")
            + "<div class='nav'><a href='/'>首页</a> <a href='/city/'>城市</a></div>"
            "<div class='art'><h1>" + HEADLINE + "</h1><div class='byline'>" + date_line
            + "<span class='au'>记者 周明</span></div><div class='txt'>" + paras(PARAS)
            + "</div></div><div class='foot'>关于我们 版权所有</div></body></html>")


# 1. a datetime stamp over a printed month-day and its clock ------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ('<time datetime="2014/09/23 00:00">09-23 20:46</time>', "2014-09-23T20:46:00+08:00"),
    ('<time datetime="2014/12/12/">12-12 13:47</time>', "2014-12-12T13:47:00+08:00"),
    ('<time datetime="2020-08-08T12:46:00Z">08-08 12:46</time>', "2020-08-08T12:46:00+08:00"),
], ids=["midnight-stamp", "day-only-stamp", "local-clock-marked-utc"])
def test_a_stamp_over_a_yearless_line_keeps_the_printed_local_clock(line, expected):
    assert published(dated_page(line)) == expected


def test_a_stamp_over_another_printed_day_is_still_the_stamp():
    page = dated_page('<time datetime="2014-09-23T20:46:00+08:00">09-24 08:00</time>')
    assert published(page) == "2014-09-23T20:46:00+08:00"


# 2. the clock before the month-day ---------------------------------------------------

CANONICAL = "<link rel='canonical' href='https://news.example.com/2020/02/28/a1203.html'>"


@pytest.mark.parametrize("day", ["02-28", "2020/02/28"], ids=["yearless-day", "full-day"])
def test_a_clock_printed_before_the_day_is_its_time(day):
    page = dated_page(f"<span class='time'>城市 19:05 {day}</span>", head=CANONICAL)
    assert published(page) == "2020-02-28T19:05:00+08:00"


# 3. the Cambrian JSON-LD's pubDate ---------------------------------------------------

CAMBRIAN = ('<script type="application/ld+json">{"@context": "https://ziyuan.baidu.com/'
            'contexts/cambrian.jsonld", "@id": "https://news.example.com/n-90231.html", '
            '"title": "' + HEADLINE + '", "images": [], "description": "", '
            '"pubDate": "2016-09-01T15:59:59"}</script>')


@pytest.mark.parametrize(("line", "expected"), [
    ("<span class='time'>09-01 15:59</span>", "2016-09-01T15:59:00+08:00"),
    ("", "2016-09-01T15:59:59+08:00"),
], ids=["gives-a-yearless-line-its-year", "dates-a-page-that-prints-none"])
def test_a_cambrian_pub_date_is_the_pages_stated_date(line, expected):
    assert published(dated_page(line, head=CAMBRIAN)) == expected


# 4. the day a page keeps out of sight --------------------------------------------------

SIDEBAR = ("<div class='side'><a href='/img/2009/banner.html'>专题</a>"
           "<a href='/img/2009/ad.html'>广告</a></div>")


def test_a_data_stamp_beside_a_yearless_line_gives_its_year():
    line = ("<span class='date smart-date' data-origindate='2017-03-01 14:27:02 +0800'></span>"
            "<span class='date'>03-01 14:27</span>")
    assert published(dated_page(line + SIDEBAR)) == "2017-03-01T14:27:00+08:00"


def test_a_data_stamp_at_another_clock_gives_no_year():
    line = ("<span class='date smart-date' data-origindate='2017-03-01 07:37:58 +0800'></span>"
            "<span class='date'>03-01 14:27</span>")
    assert published(dated_page(line + SIDEBAR)) == "2009-03-01T14:27:00+08:00"


@pytest.mark.parametrize("share", [
    "<div class='share'><a href='http://share.example.com/share?title=x&amp;url=http"
    "%253A//news.example.com/system/2014/07/28/011466032.shtml'>分享到微博</a></div>",
    "<div class='poster-code' title='http://news.example.com/system/2014/07/28/"
    "011466032.shtml'></div>",
], ids=["a-share-links-query", "a-share-boxs-title"])
def test_the_pages_address_in_a_share_box_gives_a_yearless_line_its_year(share):
    line = "<span class='time'>发布时间：07-28 14:54</span>"
    assert published(dated_page(line + SIDEBAR + share)) == "2014-07-28T14:54:00+08:00"


# 5. a month-day without year or clock under the headline -------------------------------

EARLIER = "这条步道最早的规划可以追溯到2013年5月，当时只修了一公里，后来因为征地问题停了好几年。"


def related(*entries: tuple[str, str]) -> str:
    """Related stories after the text: a linked headline and its day each."""
    items = "".join(f"<li><a href='/n/{k}.html'>{title}</a><span>{day}</span></li>"
                    for k, (title, day) in enumerate(entries))
    return f"<div class='rel'><h3>相关阅读</h3><ul>{items}</ul></div>"


def header_page(date_box: str, text: list[str], after: str = "", head: str = "") -> str:
    """An app-built story page: the headline, a byline and ``date_box`` in a ``<header>``
    over the text's ``<section>``, ``after`` under it."""
    return (page_head(HEADLINE + "_城南新闻网").replace("</head>", head + "</head>")
            + "<div class='top'><a href='/'>首页</a> <a href='/city/'>城市</a></div>"
            "<div class='page'><div class='a9'><header><h1>" + HEADLINE + "</h1>"
            "<div><span>周明</span><span> 城南周刊</span></div>" + date_box + "</header>"
            "<section>" + paras(text) + "</section></div>" + after + "</div>"
            "<div class='foot'>关于我们 版权所有</div></body></html>")


RELATED = related(("老城区停车难，新建立体车库能解决多少问题", "2019.05.29"),
                  ("夜市回来了：一条街道的烟火气是怎样找回的", "2018.12.20"))


def test_a_bare_month_day_in_the_headlines_box_is_the_date_line():
    page = header_page("<div>05-22</div>", [*PARAS, EARLIER], after=RELATED)
    assert published(page) == "2019-05-22T00:00:00+08:00"


def test_a_bare_month_day_beside_a_byline_takes_the_year_of_a_hidden_stamp():
    page = dated_page("<div class='about'> •  02-08•  本刊记者 周明</div>"
                      "<!--property <date>2007-02-08 20:36:22.0</date>-->")
    assert published(page) == "2007-02-08T00:00:00+08:00"


def test_a_related_story_of_the_new_year_gives_a_december_day_its_year():
    page = header_page("<div>12-28</div>", PARAS, after=related(
        ("老城区停车难，新建立体车库能解决多少问题", "2020.01.03")))
    assert published(page) == "2019-12-28T00:00:00+08:00"


def test_a_score_under_the_headline_is_no_date_line():
    page = header_page("<div>3-1</div>", PARAS, after=RELATED)
    assert published(page) is None


# 6. a report's dateline at the text's top ------------------------------------------------

MASTHEAD = "<div class='top'><span>2014 年 12 月 13 日</span> <a href='/'>首页</a></div>"


def br_page(first_line: str) -> str:
    """A news page whose text is one block of lines broken by ``<br>``, ``first_line`` first,
    under a masthead printing the day it was saved."""
    lines = "<br><br>".join([first_line, *PARAS])
    return (page_head(HEADLINE) + MASTHEAD + "<div class='main'><div class='tit'><h2>"
            + HEADLINE + "</h2></div><div class='word'>" + lines + "</div></div>"
            "<div class='foot'>關於我們 版權所有</div></body></html>")


def test_a_reports_dateline_at_the_texts_top_is_the_date_line():
    page = br_page("城南新聞網2014.10.24 王明/台中報導")
    assert published(page) == "2014-10-24T00:00:00+08:00"


def test_a_sentence_citing_a_reports_day_is_no_date_line():
    page = br_page("據本網2014.10.24報導，步道的第二期工程曾因雨季延後一個月。")
    assert published(page) == "2014-12-13T00:00:00+08:00"


# 7. an update's stamp ------------------------------------------------------------------

@pytest.mark.parametrize("lines", [
    "<div class='updatetime'>（2/21 22:08 更新）</div><div>2023/2/21 21:20</div>",
    "<div class='updatetime'>2023/2/21 21:20 （2/21 22:08 更新）</div>",
], ids=["the-stamp-over-the-date-line", "the-stamp-after-the-date-line"])
def test_an_update_stamp_is_not_the_published_time(lines):
    assert published(dated_page(lines)) == "2023-02-21T21:20:00+08:00"
