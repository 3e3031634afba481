# ruff: noqa: E501  (Chinese test strings)
"""A headline printed only as the breadcrumb's last item (stop 25, a class of the round's
brief, probed with pages of own text): a district office's news page whose ``<title>`` is the
site's name, with no heading and no title class over the text; the trail above it ends on the
story, in plain text (``当前位置：首页 > 新闻中心 > 标题``). No headline came back; now the
trail's last item is the headline when nothing else names the story, it is not a link, and it
is no site's or channel's name (six Chinese characters or more).

Guards (pass before and after): a trail ending on a link (a channel) gives no headline; a page
printing its headline in ``<h1>`` keeps it.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, paras

HEADLINE = "区卫健局开展夏季食品安全进社区宣传活动"

PARAS = paras([
    "为提高居民食品安全意识，区卫健局近日组织工作人员走进辖区多个社区，开展夏季食品安全宣传活动。",
    "工作人员通过发放宣传资料、现场讲解等方式，向居民介绍食物中毒的预防知识和家庭食品储存注意事项。",
    "活动共发放宣传资料八百余份，解答居民咨询六十余人次，进一步增强了群众的自我保护意识和能力。",
])


def office_page(trail: str, head: str = "") -> str:
    return f"""<html><head><meta charset="utf-8"><title>某某区人民政府</title></head><body>
<div class="top"><a href="/"><img src="/logo.png" alt="某某区人民政府"></a></div>
<div class="menu"><a href="/">首页</a> <a href="/xwzx/">新闻中心</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>
<div class="weizhi">{trail}</div>
<div class="show">{head}<div class="laiyuan">发布时间：2026-06-13 来源：区卫健局</div>
<div class="txt">{PARAS}</div></div>
<div class="foot">主办：某某区人民政府办公室</div></body></html>"""


def test_the_breadcrumbs_last_item_in_plain_text_is_the_headline():
    trail = f"当前位置：<a href='/'>首页</a> &gt; <a href='/xwzx/'>新闻中心</a> &gt; {HEADLINE}"
    result = cleaned(office_page(trail))
    assert result.title == HEADLINE
    assert result.published_at == "2026-06-13T00:00:00+08:00"


def test_a_trail_ending_on_a_channels_link_gives_no_headline_guard():
    trail = "当前位置：<a href='/'>首页</a> &gt; <a href='/xwzx/'>新闻中心</a> &gt; <a href='/xwzx/bmdt/'>部门动态</a>"
    result = cleaned(office_page(trail))
    assert result.title not in ("部门动态", "新闻中心")


def test_a_headline_in_h1_beats_the_trail_guard():
    trail = "当前位置：<a href='/'>首页</a> &gt; <a href='/xwzx/'>新闻中心</a> &gt; 正文"
    result = cleaned(office_page(trail, head=f"<h1>{HEADLINE}</h1>"))
    assert result.title == HEADLINE
