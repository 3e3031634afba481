# ruff: noqa: E501  (Chinese test strings)
"""A daily report's long headline, and a heading the template leaves open (stop 29,
headline round; found on an opened page under the ``notitle``, ``title-channel`` and
``bare`` perturbations).

The shape: a health commission's daily figures are headlined by a day and a list of clauses
(``某市某日，新增…例 新增…例 无新增…``), 98 characters; the template ends the heading with a
stray ``</br>`` instead of ``</h2>``, so the parser leaves the heading open and it holds the
date line and the whole text after it. With nothing stated (no ``<title>``, or a channel's
name only), the heading was no candidate twice over: its lines ran past the length a
heading is read to, and 80 characters was the longest headline taken. A heading holding far
more than a headline now gives its first line (its own text up to its first block), and a
heading's line up to 150 characters counts when it holds no sentence's mark (``。``, ``！``,
``？``, ``；``): a lead paragraph set in a heading still does not.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = ("滨江市2026年11月29日，新增登记新能源汽车1520辆 新增公共充电桩3611个 新增换电站12座 "
            "无新增充电设施安全事故 无新增重大消费投诉事项 无新增停车收费争议案件")
TEXT = [
    "　　市交通运输局今早（30日）通报：2026年11月29日0—24时，全市新增登记新能源汽车1520辆，其中纯电动汽车1306辆，插电式混合动力汽车214辆。",
    "　　当日全市新增公共充电桩3611个，新增换电站12座，累计建成公共充电桩二十一万余个，城区平均服务半径缩短至九百米以内。",
    "　　当日全市未发生充电设施安全事故，未接到重大消费投诉，各区运行监测平台数据正常。",
]


def test_the_headline_is_longer_than_eighty_characters():
    assert 80 < len(HEADLINE) <= 150


@pytest.mark.parametrize("title", ["", "通知公告"], ids=["notitle", "channel-title"])
def test_a_heading_left_open_gives_its_first_line(title):
    page = (page_head(title) + "<div class='Article'><h2 id='ivs_title' class='Article-title'>"
            + HEADLINE + "</br><div class='date-se'>( 2026-11-30)</div><div class='Article_content'>"
            + paras(TEXT) + "</div></div></body></html>")
    assert cleaned(page).title == HEADLINE


def test_a_long_headline_of_clauses_in_a_closed_heading_is_kept():
    page = (page_head() + "<div class='main'><h1>" + HEADLINE + "</h1><div>2026-11-30 09:00</div>"
            "<div class='text'>" + paras(TEXT) + "</div></div></body></html>")
    assert cleaned(page).title == HEADLINE


def test_a_lead_paragraph_set_in_a_heading_is_no_headline():
    lead = ("全市新能源汽车保有量持续增长，充电设施建设同步提速，今年以来新增公共充电桩数量已超过去年全年，"
            "城区充电服务半径进一步缩短，市民充电更加便利，新能源汽车消费环境持续改善，相关投诉数量明显下降。")
    assert len(lead) > 80
    page = (page_head() + "<div class='main'><h1>滨江市新能源汽车充电设施建设提速</h1>"
            "<div>2026-11-30 09:00</div><h3>" + lead + "</h3><div class='text'>" + paras(TEXT)
            + "</div></div></body></html>")
    assert cleaned(page).title == "滨江市新能源汽车充电设施建设提速"
