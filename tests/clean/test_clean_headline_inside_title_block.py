# ruff: noqa: E501  (Chinese test strings)
"""A headline's heading inside a title-classed block that holds the breadcrumb too, and a
notice whose text repeats the end of its headline (stop 29, headline round; found on opened
pages under the ``notitle``, ``title-channel`` and ``bare`` perturbations).

The shapes: a ministry's page heads the article with ``<div class="insidepage-title">``
holding the breadcrumb (``新聞與公告 > 區域動態``) and, in a box classed for sharing, ``<h2
class="title">标题</h2>``: the box's class set the heading aside and the block's lines joined
(``新聞與公告 區域動態 标题``) were taken. A block's lines now give way to the one line a heading
inside it prints. A procurement notice prints ``<h2>某某学校空调采购中标（成交）结果公告</h2>``
and its text opens with ``中标（成交）结果公告`` centred in bold, nearer the text: the heading
above, ending with that line, names the notice whole.
"""

from __future__ import annotations

import pytest

from pipelines.textnorm import to_simplified
from tests.clean.news_page import cleaned, page_head, paras

TEXT = [
    "　　本部今日發布區域動態，說明近日周邊海空域相關情形，並持續嚴密監控各項狀況。",
    "　　國軍運用聯合情監偵手段掌握周邊動態，並依應變規定派遣任務機艦妥處。",
]


@pytest.mark.parametrize("title", ["", "通知公告"], ids=["notitle", "channel-title"])
def test_a_heading_inside_a_title_block_gives_the_headline(title):
    headline = "周邊海空域動態即時說明"
    page = (page_head(title) + "<div class='insidepage-title'><div class='breadcrumb'>"
            "<div class='first'>新聞與公告</div><a href='news/list'>區域動態</a></div>"
            "<div class='breadcrumb-en-box breadcrumb-share'><h2 class='title'>" + headline + "</h2></div></div>"
            "<div id='main-content'><div class='pageinfo'><span>區域動態</span><span>115.03.19</span></div>"
            "<div class='maintext'>" + paras(TEXT) + "</div></div></body></html>")
    assert cleaned(page).title == to_simplified(headline)


NOTICE = [
    "　　一、项目编号：LHCG2026-0117。项目名称：滨江科技实验中学空调采购。",
    "　　二、中标（成交）信息：供应商名称滨江暖通设备有限公司，中标金额人民币六十六万八千元。",
    "　　三、公告期限：自本公告发布之日起一个工作日。",
]


def test_a_heading_ending_with_the_texts_first_line_names_the_notice():
    headline = "滨江科技实验中学空调采购中标（成交）结果公告"
    summary = "".join(f"<tr><td>字段{i}</td><td>内容{i}</td></tr>" for i in range(30))
    page = (page_head() + "<div class='vF_detail_header'><h2 class='tc'>" + headline + "</h2>"
            "<p class='tc'>2026年11月27日 20:20 来源：滨江政府采购网</p></div>"
            "<div class='table' style='display: none;'><table>" + summary + "</table></div>"
            "<div class='vF_detail_content'><p style='text-align:center'><strong>中标（成交）结果公告</strong></p>"
            + paras(NOTICE) + "</div></body></html>")
    assert cleaned(page).title == headline


def test_a_title_block_of_a_heading_and_its_subtitle_stays_whole():
    page = (page_head("“绿色出行”改善城市人居环境") + "<div class='detail-art'><div class='totalTitle'><p class='introtitle' id='PreTitle'></p>"
            "<h2 id='Title' class='art-title'>“绿色出行”改善城市人居环境</h2>"
            "<p class='subtitle' id='SubTitle'>去年新增公共自行车4.66万辆</p></div>"
            "<div>2026-11-30</div><div class='maintext'>" + paras(NOTICE) + "</div></div></body></html>")
    assert cleaned(page).title == "“绿色出行”改善城市人居环境 去年新增公共自行车4.66万辆"
