# ruff: noqa: E501  (Chinese test strings)
"""A second story under a related-story pointer whose headline shares words with the brief
above it (stop 38, i28f: fresh20's ``【相关阅读】`` miss, as a class, on pages of our own text).

A pointer's lines were taken for the story it names when most of the headline's pairs of
Chinese characters are found under it and many more than above it. A headline that shares
a few words with the brief (both about travellers abroad) failed the margin though the
story under it repeats its words throughout. Now the lines below also tell the story when
the headline's pairs recur there at least eight times, five times as densely as above. The
pointer alone in a ``<div>``, bracketed before the headline, among ``<br>`` lines or with a
colon: each markup the same. Guard: an article resuming under a link that talks of the
same things as the text above keeps its text.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page, paras

TITLE = "国庆假期出境游客人数同比增长三成"
BRIEF = [
    "国庆假期，某某市出境游客人数同比增长三成，东南亚线路最受欢迎。",
    "旅行社负责人介绍，今年假期的团队游报名早在九月初就已结束，部分热门线路一位难求。",
    "不少市民选择自由行，提前两个月预订机票和酒店，在当地的住宿和餐饮支出明显增加。",
    "记者在机场看到，假期第一天，国际出发大厅排起长队，值机柜台前挤满了拖着行李的旅客。",
    "机场方面表示，假期前三天国际航班起降架次比去年同期多出两成，高峰时段加开了安检通道。",
    "业内人士提醒，节后机票价格回落，市民要警惕低价机票的退改规定，三大航线仍有优惠。",
]
HEADLINE = "出境游客警惕三大消费陷阱"
SECOND = [
    "出境游客在境外购物时，常会遇到三大消费陷阱，稍不注意就会蒙受损失。",
    "第一个陷阱是低价团，游客被带进指定商店，被迫高价购物。",
    "第二个陷阱是免税店里的假货，游客回国后才发现买到的商品并非正品。",
    "第三个陷阱是汇率，一些商店以不合理的汇率结算，出境游客多付了钱。",
    "专家提醒，出境游客遇到消费陷阱时应保留票据，及时向有关部门投诉。",
]


def _last(inner: str) -> str:
    return cleaned(news_page(TITLE, "<div class='article'>" + inner + "</div>")).paragraphs[-1]


def test_a_bracketed_pointer_alone_over_the_headline_line() -> None:
    inner = paras(BRIEF) + "<p>【相关阅读】</p><p><strong>" + HEADLINE + "</strong></p>" + paras(SECOND)
    assert _last(inner) == BRIEF[-1]


def test_a_pointer_alone_in_a_div() -> None:
    inner = (paras(BRIEF, tag="div") + "<div><b>延伸阅读</b></div><div>" + HEADLINE + "</div>"
             + paras(SECOND, tag="div"))
    assert _last(inner) == BRIEF[-1]


def test_a_bracketed_pointer_before_the_headline_in_one_line() -> None:
    assert _last(paras(BRIEF) + "<p>【相关阅读】" + HEADLINE + "</p>" + paras(SECOND)) == BRIEF[-1]


def test_a_pointer_with_a_colon_among_br_lines() -> None:
    lines = "<br><br>".join(BRIEF) + "<br><br>相关新闻：" + HEADLINE + "<br><br>" \
        + "<br><br>".join(SECOND)
    assert _last("<span>" + lines + "</span>") == BRIEF[-1]


def test_an_article_resuming_under_a_link_on_its_own_topic_keeps_its_text() -> None:
    resumed = [
        "据统计，假期前三天出境游客中，自由行游客占比超过六成，消费陷阱投诉比去年减少。",
        "旅游部门表示，出境游客遇到消费纠纷，可拨打热线咨询，部门将协助游客维权。",
    ]
    link = "<div><a href='/a.html'>" + HEADLINE + "</a></div>"
    told_above = ["出境游客要警惕消费陷阱，三大提醒请记牢：看清价格、保留票据、理性消费。",
                  "出境游客遇到陷阱不要慌，消费前先比价，购物后保留票据。"]
    inner = paras([*BRIEF, *told_above], tag="div") + "<div>相关报道</div>" + link \
        + paras(resumed, tag="div")
    assert _last(inner) == resumed[-1]
