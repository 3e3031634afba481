"""An update's stamp beside the page's date line, and a saved copy's capture or build stamp
(stop 32, before fresh14), on pages of own text in the real markups' shapes.

A probe adding such stamps (own text) to the opened pages' date lines found:

1. ``( 2020年09月29日 更新时间：2020-10-02 18:06 )`` closing the headline's block: the heading's
   info part was cut at its first label, the update's, so the stamp was read as the date
   line and won with its clock; a line printing the page's day before its update's stamp
   was counted down as an update stamp as a whole (a ``<meta>`` date then won). The line is
   read without the stamp (its label and its date): the day before it is the page's.
2. A saved copy's capture stamp (``本页面抓取时间：2025-03-01 08:00:00``) over the page, and a
   page file's build stamp at its foot (``页面生成时间：…``), dated the page (105 and 60
   probe pages of 595). A date after such a label is never the page's, as after
   ``打印时间：``.

A page whose only date is its update's stamp is still dated by it (guard).
"""

from __future__ import annotations

from tests.clean.news_page import page_head, paras, published

HEADLINE = "城东区三座社区图书馆对外开放"
TEXT = [
    "城东区今年新建的三座社区图书馆本周起全部对外开放，居民凭身份证即可免费借阅图书。",
    "据区文化馆介绍，三座图书馆共有藏书四万余册，每天开放到晚上九点，周末也不休息。",
    "区文化馆还表示，今后将根据读者的意见，逐步延长三座图书馆在考试季的开放时间。",
]


def page(info: str, *, heading: str = "", top: str = "", foot: str = "", head: str = "") -> str:
    """A news page: ``top`` over the menu, the headline (``heading`` markup, or a plain
    ``<h1>``), ``info`` under it, the text, ``foot`` at the end."""
    opening = page_head().replace("</head>", head + "</head>")
    return (opening + top + "<div class='menu'><a href='/'>首页</a> <a href='/n/'>新闻</a></div>"
            "<div class='main'>" + (heading or f"<h1>{HEADLINE}</h1>") + info
            + "<div class='content'>" + paras(TEXT) + "</div></div>" + foot + "</body></html>")


def test_an_update_stamp_in_the_headline_box_does_not_date_the_page() -> None:
    heading = (f"<h2 class='article-title'>{HEADLINE} <small class='article-time'>"
               "( 2020年09月29日 更新时间：2020-10-02 18:06 )</small></h2>")
    assert published(page("", heading=heading)) == "2020-09-29T00:00:00+08:00"


def test_the_day_before_an_update_stamp_beats_a_stated_later_day() -> None:
    field = ("<dl class='info'><dd><label>生成日期：</label>"
             "<div>2023-05-11 更新时间：2023-05-14 18:06</div></dd></dl>")
    when = published(page(field, head="<meta name='PubDate' content='2023-08-16 10:33'>"))
    assert when is not None and when.startswith("2023-05-11")


def test_a_saved_copys_capture_stamp_over_the_page_does_not_date_it() -> None:
    top = "<div>本页面抓取时间：2025-03-01 08:00:00 原网址：http://www.example.cn/a.html</div>"
    assert published(page("<div>2024-10-30</div>", top=top)) == "2024-10-30T00:00:00+08:00"


def test_a_page_files_build_stamp_at_its_foot_does_not_date_it() -> None:
    foot = "<div>页面生成时间：2024-11-01 09:41:07</div>"
    assert published(page("<div>2024-10-30</div>", foot=foot)) == "2024-10-30T00:00:00+08:00"


def test_an_update_stamp_alone_still_dates_the_page() -> None:
    when = published(page("<div class='info'>更新时间：2024-05-14 18:06</div>"))
    assert when == "2024-05-14T18:06:00+08:00"
