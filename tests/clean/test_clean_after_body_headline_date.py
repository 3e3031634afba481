# ruff: noqa: E501  (Chinese test strings)
"""Headline and date of pages that print a box's heading or the date line AFTER the text
(the fresh6 misses, tuned after its score). Each page is a real template's shape with text
written here:

1. a provincial weather service's column page: the ``<title>`` is only the column's name
   (``综合消息``), the item's own heading is a ``<p>`` with a class no title word names
   (``content-topic``) over its source-and-date line, and under the text come the
   previous/next links and a readers' comment box headed ``<p class="bigTitle">最新评论</p>``.
   A title-classed heading matching nothing the page states and printed after the text is
   a box's heading, never the headline: the item's own heading printed before the text is;
   the item's heading classed with a title word still wins (guard);
2. a party portal's story: under the ``<h1>`` a tools bar (``title_bottom``: the site's name,
   share, print) and, after the text, the same bar's mobile copy holding the story's info
   line (``发布时间：2021年05月18日 16:20  来源：… 编辑：…``). Its class word (``bottom``) set
   the bar aside like a page footer and no date was found; an info line naming the
   publication time and the source, with no link to another item, is the page's own fact
   whatever the block's class says; a list of other stories in such a block still never
   dates the page (guard).

Each test fails on the code before its change, except the guards named in it.
"""

from __future__ import annotations

from pipelines.clean import clean_document

FETCHED = "2026-12-01T08:00:00Z"


def extract(page: str):
    return clean_document(page.encode("utf-8"), fetched_at=FETCHED)


FORECAST = [
    "十九日白天到二十日早晨，本省北部市县多云间阴天，局部有小雨，早晚有轻雾。",
    "二十一日起冷空气南下，全省转为阴雨天气，气温下降四到六摄氏度，体感寒凉。",
    "二十二日到二十四日，中部和东部市县有中雨局部大雨，雷雨时伴有短时大风。",
    "气象台提醒，早晚有雾时能见度较低，请出行的市民注意交通安全，及时添衣保暖。",
]


def weather_page(topic_class: str = "content-topic") -> str:
    """A weather service's column page: the title names only the column."""
    paras = "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{p}</p>" for p in FORECAST)
    comments = """
<div class="artical-command">
<p class="ltitle">用户评论：</p>
<p><textarea id="comment"></textarea></p>
<p class="ac-bom"><input id="anonymous" type="checkbox"><label for="anonymous">匿名</label><button class="common-btn">发表评论</button></p>
<p class="bigTitle">最新评论</p>
<div class="userFeedback"><ul>暂无评论，快来评论吧</ul></div>
</div>"""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>综合消息</title></head>
<body>
<div class="header"><div class="logo"><a href="/">省天气网</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/yb/">预报</a></li><li><a href="/zx/">资讯</a></li><li><a href="/hd/">互动</a></li></ul></div>
<div class="commonPage"><div class="comContent">
<div style="height:30px;border-bottom:1px solid #c4c4c4">
<span class="uni-title">资讯</span>
<span class="channel">&gt;<a href="/zx/zhxx/list.shtml">综合消息</a></span>
</div>
<div class="artContent"><div class="left-content-main">
<p class="{topic_class}">19-20日北部多云有雾 21-24日阴雨转凉</p>
<p class="type-time"><span class="content-type">省天气网 | </span><span class="content-time">2021-03-19</span></p>
<div class="content-text">{paras}</div>
<p class="content-keywords"><span class="keywords">文章关键字:</span></p>
<div class="article-turn">
<span class="article-previous">&lt;&lt;上一篇:<span><a title="台风生成 沿海有风雨" href="/zx/zhxx/1.shtml">台风生成 沿海有风雨</a></span></span>
<p><span class="article-next">下一篇:<span><a title="本周大部天晴 早晚寒凉" href="/zx/zhxx/2.shtml">本周大部天晴 早晚寒凉</a>&gt;&gt;</span></span></p>
</div>
{comments}
</div></div></div>
<div class="rightSide"><div class="secTitle"><span class="blue-title-left">应急响应</span><a href="/yj/">更多&gt;&gt;</a></div>
<ul><li><a href="/yj/1.shtml">省气象局结束暴雨四级应急响应</a></li></ul></div>
</div>
<div class="footer">版权所有 省气象局</div>
</body></html>"""


def test_comment_box_heading_after_the_text_is_never_the_headline_of_a_column_titled_page():
    result = extract(weather_page())
    assert result.title == "19-20日北部多云有雾 21-24日阴雨转凉"
    assert result.body.startswith("十九日白天到二十日早晨")


def test_a_title_classed_heading_before_the_text_is_still_read():
    """Guard: the item's heading classed with a title word (``content-title``), matching
    nothing stated either, printed before the text, beats the box's heading after it."""
    result = extract(weather_page("content-title"))
    assert result.title == "19-20日北部多云有雾 21-24日阴雨转凉"


VISIT = [
    "五月十八日下午，市委主要负责同志来到城西革命纪念馆，参观主题展览，缅怀革命先辈的光辉业绩。",
    "在纪念馆展厅，负责同志仔细察看历史照片和文物，不时询问有关细节，听取讲解员的介绍。",
    "负责同志强调，要用好红色资源，讲好革命故事，把革命传统和优良作风一代代传下去。",
    "负责同志指出，要坚持以人民为中心，切实为群众办实事、解难题，以实际行动迎接新的挑战。",
    "市委、市政府有关部门负责同志陪同参观。",
]


def visit_page(*, related_in_bar: bool = False) -> str:
    """A party portal's story: its info line printed only in a bar under the text."""
    paras = "".join(f"<p>　　{p}</p>" for p in VISIT)
    related = ("<ul><li><a href='/2021/05/17/a1.shtml'>市委召开全体会议部署下一阶段重点工作</a>"
               "<span>发布时间：2021年05月17日 09:10</span></li>"
               "<li><a href='/2021/05/16/a2.shtml'>全市召开基层党建工作推进会议</a>"
               "<span>发布时间：2021年05月16日 10:30</span></li></ul>") if related_in_bar else ""
    line = "" if related_in_bar else (
        '<i class="time">发布时间：2021年05月18日 16:20      来源：市委宣传部      编辑：文明</i>')
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>
    市委负责同志参观城西革命纪念馆_党员之家网
</title></head>
<body>
<div class="top"><a href="/">党员之家网</a> <a href="/login/">登录</a></div>
<div class="col_w900">
<div class="title">
<h1 class="big_title">市委负责同志参观城西革命纪念馆</h1>
<h2 class="small_title"></h2>
<div class="title_bottom">
<i><a href="/" target="_blank">党员之家网</a></i>
<span class="fenxiang"><a href="#" class="share">分享</a></span>
<a href="javascript:void(0);" class="dayin" onclick="doPrint();">打印</a>
</div>
</div>
<div id="font_area" class="font_area_mid"><div class="con"><div class="word">
<p style="text-align: center;"><strong>市委负责同志参观城西革命纪念馆时强调</strong></p>
{paras}
</div></div></div>
<div class="vspace"></div>
<div class="title_bottom title_mobile_bottom">
{line}{related}
<span class="fenxiang"><a href="#" class="share">分享</a></span>
<a href="javascript:void(0);" class="dayin" onclick="doPrint();">打印</a>
<div class="clear"></div>
</div>
</div>
<div class="footer">党员之家网 版权所有</div>
</body></html>"""


def test_info_line_in_a_bottom_classed_bar_after_the_text_dates_the_page():
    result = extract(visit_page())
    assert result.title == "市委负责同志参观城西革命纪念馆"
    assert result.published_at == "2021-05-18T16:20:00+08:00"


def test_dates_of_other_stories_in_a_bottom_classed_bar_still_never_date_the_page():
    """Guard: a list of other stories (links beside their dates) in the same bar."""
    result = extract(visit_page(related_in_bar=True))
    assert result.published_at is None


def portal_page(title: str) -> str:
    """A city portal's story saved without class words: the headline in a plain ``<p>``
    under the breadcrumb, the date line under it."""
    paras = "".join(f"<p>　　{p}</p>" for p in VISIT[:4])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body>
<div><div><img src="/images/logo.jpg"></div>
<div><a href="/tougao/">我要投稿</a>   新闻热线：021-00000000</div></div>
<div><div>
<div>当前位置 | <a href="/">首页</a> &gt;&gt; 城西纪念馆迎来参观高峰 讲解员增至二十人</div>
<p>城西纪念馆迎来参观高峰 讲解员增至二十人</p>
<p><span>2021/5/18 16:20:05</span>    <span>来源：<a href="/paper/">城西时报</a></span>  <span>选稿：文明</span> </p>
<div>{paras}</div>
</div></div>
</body></html>"""


def test_title_with_channel_and_site_after_bare_hyphens_names_the_plain_headline():
    """``标题-频道-网站`` with bare hyphens: the channel's part is no part of the headline,
    and the headline printed in a plain block is found."""
    result = extract(portal_page("城西纪念馆迎来参观高峰 讲解员增至二十人-区域频道-城西网"))
    assert result.title == "城西纪念馆迎来参观高峰 讲解员增至二十人"


def test_title_with_a_hyphen_inside_the_headline_keeps_it_whole():
    """Guard: a short run before a hyphen (``浦东新区城西-城东…``) is no headline of its own."""
    from pipelines.pagefacts import title_parts

    assert title_parts("浦东新区城西-城东快线今起开通-城西网") == ["浦东新区城西-城东快线今起开通", "城西网"]
