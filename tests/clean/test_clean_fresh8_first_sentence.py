# ruff: noqa: E501  (Chinese test strings)
"""Body edges of fresh8's first-sentence misses, tuned after its score (issue 14): pages in
the real markup's shapes, with text written here.

- A standfirst of bullet lines (``●…``, no stop) above a story's first paragraph, written
  with ``<br />`` lines, one of them in a centred caption ``<span>`` under a picture and one
  split by a stock-quote widget (its ``相关公司股票走势`` heading and a list of quote links).
- A budget document's contents list (``目 录`` over ``第一部分 …`` and ``一、…`` lines, one
  ``<p>`` each) above its text, whose parts and sections are printed again as the text's
  headings — with and without the ``目录`` line.
- Guards: a text that is a bulleted list keeps its first bullet line; a card of bulleted
  fields (``◎年代 2005``) above a synopsis stays; bullets that are
  whole sentences stay; a report whose first section heading stands directly over its
  prose keeps the heading; a part heading and a section heading over prose, printed once,
  stay.
"""

from __future__ import annotations

from tests.clean.news_page import body_paragraphs, story_paragraphs
from tests.clean.news_page import news_page as _page

_STORY = ("　　年初至今，这家制药企业的股价一路下行，从上市时的高位回落到不足三分之一，投资者对其前景的看法也随之分化。上周五晚间，公司披露半年报，营业收入和净利润双双下滑。<br /><br />"
          "　　<strong>毛利率明显下降</strong><br /><br />"
          "　　半年报显示，公司上半年实现营业收入8.12亿元，同比下降11%；实现归属于上市公司股东的净利润2.05亿元，同比下降36.4%。<br /><br />"
          "　　公司在报告中解释，原料采购成本下降的速度慢于产品售价下调的速度，是毛利率下降的主要原因。业内人士认为，同行陆续获得海外认证，竞争只会更加激烈。（来源：某某晚报）")


def _standfirst_page(story: str = _STORY) -> str:
    body = ("<div class='text clear' id='contentText'>"
            "<div align='center'><table align='center'><tbody><tr><td><div align='center'>"
            "<img src='/img/1.jpg' alt='●曾经的明星药企交出惨淡半年报' width='400' height='300'></div>"
            "</td></tr></tbody></table></div>"
            "<div align='center'><span style='font-size: 12px;'>●曾经的明星药企交出惨淡半年报，市值一年缩水过半</span></div>"
            "<br />　　●公司根据市场情况和经营需要，下调了主要产品的售价\n"
            "<div class='muLink'><div class='stockTrends'><div class='line'></div><h3>相关公司股票走势</h3>"
            "<a id='related_stock_img' href='' target='blank'><img style='display:none' src=''/></a>"
            "<ul id='related_stock' class='menuTab'><li><a href='/q/000001/'>某某制药</a></li>"
            "<li><a href='/q/000002/'>某某生物</a></li></ul><div class='line'></div></div></div>\n"
            "，营业收入随之下滑<br /><br />　　●在竞争加剧的背景下，降价或许是公司唯一的选择<br /><br />"
            + story +
            "<div class='editer' style='text-align:right'>(责任编辑：某某)</div></div>")
    return _page("明星药企半年报业绩下滑 市值一年缩水过半", body)


def test_bulleted_standfirst_with_a_quote_widget_is_not_the_first_paragraph() -> None:
    paragraphs = body_paragraphs(_standfirst_page())
    assert paragraphs[0].startswith("年初至今，这家制药企业的股价一路下行")
    assert not any(p.startswith(("●", "，营业收入")) or p == "相关公司股票走势" for p in paragraphs)
    assert "毛利率明显下降" in paragraphs
    assert paragraphs[-1].endswith("竞争只会更加激烈。（来源：某某晚报）")


def test_text_that_is_a_bulleted_list_keeps_its_first_bullet_line() -> None:
    items = ("<div class='content'>"
             "<p>●全市重点项目集中开工，总投资约310亿元</p>"
             "<p>●新一批公共服务事项实现网上办理，群众少跑腿</p>"
             "<p>昨天上午，全市第四季度重点项目集中开工活动举行，共有42个项目开工，总投资约310亿元，涵盖先进制造、城市更新和民生保障等领域。</p>"
             "<p>●冬季供暖准备工作全面就绪，本月15日起供暖</p>"
             "<p>记者从市城管委获悉，全市供热单位已完成管网检修和燃料储备，本月15日起将按时供暖，热线电话全天有人值守。</p></div>")
    paragraphs = story_paragraphs("本周要闻", items)
    assert paragraphs[0] == "●全市重点项目集中开工，总投资约310亿元"


def test_bullets_that_are_whole_sentences_stay() -> None:
    items = ("<div class='content'>"
             "<p>●全市第四季度重点项目集中开工，共有42个项目，总投资约310亿元。</p>"
             "<p>●新一批128项公共服务事项实现网上办理，群众办事平均少跑两次。</p>"
             "<p>会议指出，各区各部门要抓住年底前的有利时机，加快项目建设进度，确保全年目标任务圆满完成，为明年开好局打下基础。</p></div>")
    paragraphs = story_paragraphs("市政府常务会议召开", items)
    assert paragraphs[0].startswith("●全市第四季度重点项目集中开工")


def _budget_page(contents: str, text: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>某某市场监督管理局2020年部门预算</title></head><body>"
            "<div class='bt-position'><span>当前位置：</span><a href='/'>首页</a> &gt; <a href='/col/1/'>财政预决算</a></div>"
            "<div class='artile_zw'><div class='xxgk'>成文日期: 2020-02-14</div>"
            "<p class='sp_title con-title'>某某市场监督管理局2020年部门预算</p>"
            "<div id='zoom' style='text-align:left;font-size:16px;'>" + contents + text + "</div></div>"
            "<div class='foot'>主办单位：某某人民政府办公厅 版权所有</div></body></html>")


_LEFT = "<p style='text-align: left; text-indent: 2em;'>"
_CONTENTS = (_LEFT + "<b>第一部分 某某市场监督管理局概况</b></p>"
             + _LEFT + "　　　　一、部门主要职责</p>"
             + _LEFT + "<span>　　　　</span>二、部门基本情况</p>"
             + _LEFT + "<b>第二部分 某某市场监督管理局2020年部门预算情况说明</b></p>"
             + _LEFT + "<span>　　　　</span>一、2020年部门预算收支情况说明</p>"
             + _LEFT + "<span>　　　　</span>二、2020年“三公”经费预算情况说明</p>"
             + _LEFT + "<strong>第三部分 名词解释</strong></p>"
             + _LEFT + "<br/></p>")
_TEXT = ("<p style='text-align: center;'><strong>第一部分 某某市场监督管理局概况</strong></p><p><strong><br/></strong></p>"
         + _LEFT + "<strong>一、部门主要职责</strong></p>"
         + _LEFT + "市场监督管理局为市政府工作部门，负责市场综合监督管理，负责市场主体统一登记注册，负责监督管理市场秩序，完成市委、市政府交办的其他任务。</p>"
         + _LEFT + "<strong>二、部门基本情况</strong></p>"
         + _LEFT + "2020年本部门共有预算单位5个，包括局本级和4个二级预算单位，编制人数小计312人，实有人数小计298人。</p>"
         + "<p style='text-align: center;'><strong>第二部分 某某市场监督管理局2020年部门预算情况说明</strong></p>"
         + _LEFT + "<strong>一、2020年部门预算收支情况说明</strong></p>"
         + _LEFT + "2020年本部门收入预算总额为21480.5万元，支出预算总额为21480.5万元。</p>"
         + _LEFT + "<strong>二、2020年“三公”经费预算情况说明</strong></p>"
         + _LEFT + "2020年“三公”经费预算数为86.2万元，比上年减少4.1万元，主要是压减了公务接待支出。</p>"
         + "<p style='text-align: center;'><strong>第三部分 名词解释</strong></p>"
         + _LEFT + "基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。</p>")


def test_contents_list_of_a_budget_is_not_the_first_paragraph() -> None:
    head = "<p style='text-align: center;'><span><strong>目&nbsp;&nbsp; 录</strong></span><br/></p>"
    paragraphs = body_paragraphs(_budget_page(head + _CONTENTS, _TEXT))
    first = next(p for p in paragraphs if p.endswith("。"))
    assert first.startswith("市场监督管理局为市政府工作部门")
    assert not any(p.replace(" ", "") == "目录" for p in paragraphs)
    assert paragraphs.index(first) <= 2  # only the text's own first headings above it
    assert any(p.endswith("二、部门基本情况") for p in paragraphs[paragraphs.index(first):])
    assert paragraphs[-1].startswith("基本支出：")


def test_contents_list_without_its_heading_line_is_known_by_its_repeats() -> None:
    paragraphs = body_paragraphs(_budget_page(_CONTENTS, _TEXT))
    first = next(p for p in paragraphs if p.endswith("。"))
    assert paragraphs.index(first) <= 2
    assert not any("名词解释" in p for p in paragraphs[:paragraphs.index(first)])


def test_report_whose_first_section_heading_stands_over_its_prose_keeps_it() -> None:
    text = (_LEFT + "<strong>一、基本情况</strong></p>"
            + _LEFT + "今年以来，全市市场监管系统围绕优化营商环境，推进登记注册便利化改革，新登记市场主体4.2万户，同比增长12%。</p>"
            + _LEFT + "<strong>二、主要做法</strong></p>"
            + _LEFT + "一是压缩开办时间，企业开办全流程一日办结；二是推行告知承诺，减少审批材料三分之一。</p>"
            + _LEFT + "<strong>三、下一步工作</strong></p>"
            + _LEFT + "下一步，全市将继续深化改革，推动更多事项网上办、掌上办。</p>")
    paragraphs = body_paragraphs(_budget_page("", text))
    assert paragraphs[0] == "一、基本情况"
    assert paragraphs[1].startswith("今年以来")


def test_part_and_section_headings_printed_once_over_prose_stay() -> None:
    text = ("<p style='text-align: center;'><strong>第一部分 某某市场监督管理局概况</strong></p>"
            + _LEFT + "<strong>一、部门主要职责</strong></p>"
            + _LEFT + "<strong>（一）市场综合监督管理</strong></p>"
            + _LEFT + "市场监督管理局为市政府工作部门，负责市场综合监督管理，负责市场主体统一登记注册，完成市委、市政府交办的其他任务。</p>"
            + _LEFT + "<strong>二、部门基本情况</strong></p>"
            + _LEFT + "2020年本部门共有预算单位5个，编制人数小计312人，实有人数小计298人。</p>")
    paragraphs = body_paragraphs(_budget_page("", text))
    assert paragraphs[0].replace(" ", "") == "第一部分某某市场监督管理局概况"
    assert paragraphs[1] == "一、部门主要职责"


def test_card_of_bulleted_fields_above_a_synopsis_stays() -> None:
    card = ("<div class='content'>"
            "<p>◎译名 山那边的村庄</p><p>◎年代 2005</p><p>◎国家 中国</p><p>◎类别 剧情</p>"
            "<p>◎片长 112 Min</p><p>◎导演 某某</p><p>◎简介</p>"
            "<p>影片讲述了抗战时期一个山村的普通百姓，如何在艰难岁月里保护伤员、传递情报，最终迎来胜利的故事。</p>"
            "<p>影片在当地实景拍摄，群众演员多为村民，质朴的表演赢得了观众的好评。</p></div>")
    paragraphs = story_paragraphs("山那边的村庄", card)
    assert paragraphs[0].replace(" ", "") == "◎译名山那边的村庄"
