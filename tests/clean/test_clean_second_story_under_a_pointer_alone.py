# ruff: noqa: E501  (Chinese test strings)
"""A related story printed whole under a brief, its pointer alone on a line or bracketed
without a colon (stop 37, i27b: the second-story class of fresh15–fresh18's scored misses in
other markups), on pages of our own text.

Stop 36 cut a second story printed under ``相关新闻：<its headline>`` when the lines under
the pointer tell that story. The same story printed under a pointer with no colon
(``【相关阅读】<headline>``) or under a pointer alone on its line (``相关报道``, then the
headline on the next line, in ``<div>``s or ``<br>`` lines) was kept: the pointer was dropped
as boilerplate and named no headline. Now the bracketed pointer names the headline after it,
and a pointer alone on its line names the line under it when that line reads as a headline
(8–60 characters, no sentence closed). Guards: a pointer over a list of links under which the
article resumes keeps the article (stop 36's rule 3: the lines do not tell a linked story).
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page, paras

TITLE = "某某县新建的山区公路正式通车"
BRIEF = [
    "十一月二十日，某某县连接三个山区乡镇的公路正式通车，沿线群众出行时间缩短一半。",
    "据县交通局介绍，这条公路全长四十二公里，历时两年建成。",
    "通车当天，不少村民早早来到路边，观看第一批客车驶过。",
]
HEADLINE = "某某县山区学校迎来首批乘校车上学的孩子"
SECOND = [
    "公路通车后，某某县山区学校的孩子们第一次乘校车上学，不用再走两个小时的山路。",
    "校长介绍，首批校车共五辆，每天早晚各跑一趟，接送沿线村子的孩子上学放学。",
    "一名家长说，以前孩子天不亮就要出门，现在乘校车上学，路上安全多了。",
]


def _last(inner: str) -> str:
    return cleaned(news_page(TITLE, "<div class='article'>" + inner + "</div>")).paragraphs[-1]


def test_a_pointer_alone_in_a_div_over_the_headline_line() -> None:
    inner = (paras(BRIEF, tag="div") + "<div><b>相关报道</b></div><div>" + HEADLINE + "</div>"
             + paras(SECOND, tag="div"))
    assert _last(inner) == BRIEF[-1]


def test_a_bracketed_pointer_without_a_colon() -> None:
    assert _last(paras(BRIEF) + "<p>【相关阅读】" + HEADLINE + "</p>" + paras(SECOND)) == BRIEF[-1]


def test_a_pointer_alone_among_br_lines() -> None:
    lines = "<br><br>".join(BRIEF) + "<br><br><strong>相关新闻</strong><br>" + HEADLINE + "<br><br>" \
        + "<br><br>".join(SECOND)
    assert _last("<span>" + lines + "</span>") == BRIEF[-1]


def test_a_pointer_alone_over_links_under_which_the_article_resumes() -> None:
    resumed = [
        "县交通局表示，公路通车初期将实行限速管理，雨雪天气部分路段临时封闭。",
        "交通局同时提醒过往司机，山区弯道较多，请减速慢行、注意安全。",
    ]
    links = ["<div><a href='/a.html'>某某县今年新修农村公路一百公里</a></div>",
             "<div><a href='/b.html'>某某市明年将建成五座跨江大桥</a></div>"]
    inner = paras(BRIEF, tag="div") + "<div>相关报道</div>" + "".join(links) + paras(resumed, tag="div")
    assert _last(inner) == resumed[-1]
