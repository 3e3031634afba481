# ruff: noqa: E501  (Chinese test strings)
"""Headline and date rules keyed to class words must hold when a template's class words say
the wrong thing (stop 21; ``classes-*`` perturbations of benchmarks/extraction_robust.py).
Each test is a page in a real template's shape with text written here.

1. a date line classed like a title (``<small class="title">2018-10-26 16:42</small>``, a
   ``td.title`` printing the site's address, the date and the source, a ``div.title``
   that opens with the date and its clock) is the date line — and never the headline;
   a title-classed headline that opens with a date (``2024年12月27日新闻发布会``) is still
   no date line;
2. a list of other articles classed with date words (``<ul class="date-list">`` whose
   entries are ``li.title`` with a ``span.time``) is no date line: neither the list read as
   one line (its first date) nor an entry's date class outweighs the page's own unmarked
   date line;
3. a headline in a box classed with masthead words (``<div class="header top">``) that
   holds only that line — no link, picture, form or list — right above the text is the
   story's heading box, not the masthead; a masthead holding the site's linked name and
   its menu stays chrome;
4. a school's notice: its date line, the school's name and the date only (no label, no
   clock), at the top of the text's block is read — in digits or in Chinese numerals
   (``二〇一七年一月九日``), which are numbers, not words; a title-classed box holding the
   headline over that line gives the headline alone; a bare day at the text's top
   (``（2023年4月12日）`` under a bulletin's title) dates the document, not the page;
5. a page whose ``<title>`` is only the paper's name, its headline a ``div.title`` over the
   date line, and under the text a column of recommended stories, each a ``div.tj-title``
   in a link: the first of the unmatched title-classed blocks is the headline, not the
   longest teaser; a title-classed breadcrumb (``通知公告 首页 >> 校园 >> 正文``) is never one;
6. a listing-classed block whose list holds the page's own facts and no link (a counter,
   the day alone, the office) dates the page by its day though no label names it.

Each test fails on the code before the change it names, but these guards, which keep a new
rule from going too far and pass on the code before this round too: the headline that opens
with a date, the time class on a related entry, the masthead with its linked name and menu,
the school's name and day in digits; and three that failed on an intermediate step of this
round (the paper's name over its today line, the bulletin's bare day, the breadcrumb).
"""

from __future__ import annotations

from pipelines.clean import clean_document
from pipelines.dates import is_date_line

FETCHED = "2026-12-01T08:00:00Z"
HEADLINE = "老城区雨污分流改造完成第一期"
PARAS = [
    "老城区雨污分流改造第一期工程日前完工，共铺设雨水管和污水管十二公里，涉及八条街道。",
    "过去一到雨季，这几条街道的低洼处就会积水，污水井还时常冒水，附近商户苦不堪言。",
    "施工单位采取分段围挡、夜间作业的办法，尽量减少对居民出行和沿街商铺经营的影响。",
    "第二期工程计划明年春天开工，将覆盖火车站以南的片区，预计年底前全部完成。",
]
RELATED = [("全市开展夏季防汛应急演练活动", "2018-09-15"), ("城东新建三所幼儿园秋季招生", "2018-10-23"),
           ("公交线路优化调整方案征求意见", "2018-10-28"), ("河道清淤工程进入收尾阶段", "2018-11-02")]


def body_html() -> str:
    return "".join(f"<p>{p}</p>" for p in PARAS)


def extract(page: str):
    return clean_document(page.encode("utf-8"), fetched_at=FETCHED)


# 1. a title-classed date line --------------------------------------------------------------


def test_a_date_line_classed_title_is_read_as_the_date():
    # A news site's story head: the headline in an h1, the date line under it in a small
    # classed "title" (the template names every line of its head so); no <meta> date.
    page = f"""<html><head><title>{HEADLINE}</title></head><body>
<div class="art-head"><h1>{HEADLINE}</h1>
<small class="title">    2018-10-26 16:42</small>
<span class="from">本报记者 王小川</span>
<p class="lead">导读：老城区八条街道的雨水管和污水管分开铺设完毕，雨季积水和污水井冒水的老问题有望解决，第二期工程明年开工。</p></div>
<div class="art-body">{body_html()}</div>
<div class="foot">本站声明：转载请注明出处</div></body></html>"""
    result = extract(page)
    assert result.published_at == "2018-10-26T16:42:00+08:00"
    assert result.title == HEADLINE


def test_a_title_classed_cell_with_the_address_date_and_source_is_the_date_line():
    # An old portal's table layout: the cell under the headline, classed "title", prints the
    # channel's address, the date with its clock and the source paper.
    page = f"""<html><head><title>{HEADLINE}_城市频道</title></head><body>
<table width="760"><tr><td class="biaoti" align="center"><b>{HEADLINE}</b></td></tr>
<tr><td height="20" align="center" class="title">CITY.EXAMPLE.COM  2003年11月12日16:36　  东城晚报</td></tr>
<tr><td class="content">{body_html()}</td></tr></table></body></html>"""
    assert extract(page).published_at == "2003-11-12T16:36:00+08:00"


def test_a_title_classed_block_that_opens_with_the_date_and_clock_is_the_date_line():
    # A TV news site: div.title under the h1 opens with the date and clock, then the desk
    # and the place, then a view counter.
    page = f"""<html><head><title>{HEADLINE} - 电视新闻</title></head><body>
<div class="newsbox"><h1>{HEADLINE}</h1>
<div class="title">
  2014/11/11 12:07 综合报导    地区：东城区报导 <br>
  <div class="fontlarge">点阅 : <span></span></div></div>
<div class="newstext">{body_html()}</div></div></body></html>"""
    assert extract(page).published_at == "2014-11-11T12:07:00+08:00"


def test_a_title_classed_date_line_with_its_label_and_a_tool_link_is_never_the_headline():
    # A blog's post: the headline is a linked h2; a div classed "title" under the text holds
    # a bookmark link and "发表于" with the date. The date line is no headline.
    page = f"""<html><head><title>东城随笔</title></head><body>
<div class="post"><h2><a href="/p/1.html">{HEADLINE}</a></h2>
<div class="postbody">{body_html()}</div>
<div class="title">[<a href="javascript:void(0)">点击此处收藏本文</a>]  发表于2005年09月07日 11:57 AM</div></div>
</body></html>"""
    result = extract(page)
    assert result.title == HEADLINE
    assert result.published_at == "2005-09-07T11:57:00+08:00"


def test_a_headline_that_opens_with_a_date_is_no_date_line():
    assert not is_date_line("2024年12月27日新闻发布会")
    assert not is_date_line("国新办2024年12月27日举行发布会")
    assert is_date_line("发布时间：2024-06-13 来源：新华社")
    assert is_date_line("二〇二三年五月十二日")


def test_a_title_classed_headline_that_opens_with_a_date_stays_the_headline():
    headline = "2018年10月26日全市防汛工作会议召开"
    page = f"""<html><head><title>{headline}</title></head><body>
<div class="news-title">{headline}</div>
<div class="news-info">发布时间：2018-10-27 09:30 来源：市政府办公室</div>
<div class="news-text">{body_html()}</div></body></html>"""
    result = extract(page)
    assert result.title == headline
    assert result.published_at == "2018-10-27T09:30:00+08:00"


# 2. a date-classed list of other articles --------------------------------------------------


def related_list(entry_class: str, date_class: str, list_class: str = "date-list") -> str:
    items = "".join(f'<li class="{entry_class}"><a href="/n/{k}.html">{t}</a><span class="{date_class}">{d}</span></li>'
                    for k, (t, d) in enumerate(RELATED))
    return f'<div><h3>热点新闻</h3><ul class="{list_class}">{items}</ul></div>'


def test_a_date_classed_list_of_other_articles_is_no_date_line():
    # The page prints its own date plainly under the headline; above it, a list of other
    # stories whose <ul> is classed "date-list" (its entries' dates in spans).
    page = f"""<html><head><title>{HEADLINE}</title></head><body>
{related_list("item", "d")}
<div class="main"><h1>{HEADLINE}</h1><p class="sub">城市晚报  2018-10-26 16:42</p>
<div class="txt">{body_html()}</div></div></body></html>"""
    assert extract(page).published_at == "2018-10-26T16:42:00+08:00"


def test_a_time_class_on_a_related_entry_does_not_outweigh_the_page_date_line():
    # A page whose date line is printed under its text, with a list of other stories above
    # it: the entries classed "title", their dates "time". A date class names the entry's
    # date, not the page's.
    page = f"""<html><head><title>{HEADLINE}</title></head><body>
{related_list("title", "time", "list")}
<div class="main"><h1>{HEADLINE}</h1>
<div class="txt">{body_html()}</div><div>东城新闻网 2018-10-26</div></div></body></html>"""
    assert extract(page).published_at == "2018-10-26T00:00:00+08:00"


# 3. a headline in a chrome-classed box -----------------------------------------------------


def test_a_headline_alone_in_a_header_classed_box_above_the_text_is_the_headline():
    # A county portal's story: the headline in a div classed "header top" (the template's
    # word for the top of the story), the date line and text under it; <title> names the
    # channel only.
    page = f"""<html><head><title>通知公告</title></head><body>
<div class="site"><a href="/"><img src="/logo.png" alt="东城区人民政府"></a>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/zw/">政务公开</a></li></ul></div>
<div class="wrap"><div class="header top"><h2>{HEADLINE}</h2></div>
<p>发布时间：2018-10-26 16:42</p>
<div class="con">{body_html()}</div></div></body></html>"""
    assert extract(page).title == HEADLINE


def test_a_masthead_with_the_site_name_and_its_menu_stays_chrome():
    # The same page with the site's name in an h1 inside the masthead box, with its linked
    # logo and menu: the story's h3 is the headline.
    page = f"""<html><head><title>通知公告</title></head><body>
<div class="header top"><h1><a href="/">东城区人民政府</a></h1>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/zw/">政务公开</a></li></ul></div>
<div class="wrap"><h3>{HEADLINE}</h3>
<p>发布时间：2018-10-26 16:42</p>
<div class="con">{body_html()}</div></div></body></html>"""
    assert extract(page).title == HEADLINE


def test_a_masthead_box_with_the_paper_name_and_its_today_line_stays_chrome():
    # An e-paper: the paper's name in an h1 over its "today" line in a box classed
    # "paper-top", then the page's sections (links without addresses) and the story, whose
    # headline is an h1 between a kicker h3 and a subtitle h2. Two lines are a masthead.
    page = f"""<html><head><title>东城日报</title></head><body>
<div class="paper-top"><h1>东城日报</h1><div class="paper-date">2018年10月26日 星期五</div></div>
<div class="paper-nav"><a>第01版：要闻</a><a>第02版：城建</a></div>
<div class="article"><h3>城市更新</h3><h1>{HEADLINE}</h1><h2>八条街道告别雨天积水</h2>
<div class="byline">本报记者 王小川</div><div class="text">{body_html()}</div></div>
</body></html>"""
    assert extract(page).title == HEADLINE


# 4. a date line with neither label nor clock at the top of the text ------------------------


def school_notice(date_line: str) -> str:
    # A school site's notice: the headline and a line with the school's name and the day in
    # a box classed "title2" at the top of the detail block; the text is Word's markup.
    return f"""<html><head><meta charset="utf-8"><title>东城中学</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">校园新闻</a></div>
<div class="newsDetail"><div class="title2"><h3>{HEADLINE}</h3>
<span> 东城中学\u3000{date_line}\u3000</span></div>
<p> </p>{"".join(f'<p class="MsoNormal"><span style="FONT-SIZE: 12pt">{p}</span></p>' for p in PARAS)}
</div><div class="foot">东城中学 版权所有</div></body></html>"""


def test_a_school_name_and_day_at_the_text_top_is_the_date_line():
    result = extract(school_notice("2017-01-09"))
    assert result.published_at == "2017-01-09T00:00:00+08:00"


def test_a_day_in_chinese_numerals_at_the_text_top_is_the_date_line():
    result = extract(school_notice("二〇一七年一月九日"))
    assert result.published_at == "2017-01-09T00:00:00+08:00"
    assert result.title == HEADLINE


def test_a_bare_day_at_the_top_of_a_bulletin_dates_the_document_not_the_page():
    # A city's statistics bulletin: its own date in brackets under its title at the top of
    # the text; the page's publication date printed under the text.
    page = f"""<html><head><meta charset="utf-8"><title>东城市统计公报</title></head><body>
<div class="article"><h2>{HEADLINE}</h2>
<div class="content"><p style="text-align:center">东城市统计局</p>
<p style="text-align:center">（ 2023年4月12日）</p>{body_html()}</div>
<p>2023-04-18</p></div></body></html>"""
    assert extract(page).published_at == "2023-04-18T00:00:00+08:00"


# 5. teasers' title blocks under a site-name-only <title> ------------------------------------

TEASERS = ["城东新建三所幼儿园秋季招生", "公交线路优化调整方案公开征求市民意见建议汇总发布",
           "河道清淤工程进入收尾阶段，沿岸步道将于年底前全线贯通并向市民开放"]


def test_a_long_teaser_under_the_text_is_not_the_headline_of_a_site_named_page():
    # A newspaper app's story page: <title> names the paper only; div.title is the headline,
    # div.time its source and date; after the text, recommended stories as linked blocks.
    teasers = "".join(f'<a href="/show.php?id={k}" class="tj"><div class="tj-info">'
                      f'<div class="tj-title">{t}</div><div class="tj-time">东城晚报 2018-10-2{k}</div>'
                      '</div></a>' for k, t in enumerate(TEASERS))
    page = f"""<html><head><title>东城晚报</title></head><body>
<div class="main"><div class="title" style="font-size: 20px">{HEADLINE}</div>
<div class="time"><span>东城晚报</span> <span>2018-10-26 16:42</span></div>
<div class="content">{body_html()}</div>
<div class="tj-box"><div class="tj-head">相关推荐</div>{teasers}</div></div></body></html>"""
    result = extract(page)
    assert result.title == HEADLINE
    assert result.published_at == "2018-10-26T16:42:00+08:00"


def test_a_title_classed_breadcrumb_is_never_the_headline():
    # The school's notice with no <title> at all and its breadcrumb in a title-classed box
    # (longer than the headline) above the detail block.
    page = school_notice("2017-01-09").replace(
        "<title>东城中学</title>", "").replace(
        '<div class="newsDetail">',
        '<div class="main"><div class="title1"><span>通知公告</span> <a href="/">首页</a> &gt;&gt; '
        '<a href="/news/">校园新闻</a> &gt;&gt; <a href="/news/tz/">通知公告</a> &gt;&gt; 正文</div>'
        '<div class="newsDetail">').replace('<div class="foot">', '</div><div class="foot">')
    assert extract(page).title == HEADLINE


# 6. a facts list's date with no label -------------------------------------------------------


def test_a_facts_lists_date_without_a_label_dates_the_page():
    # A county site's story: under the text, a listing-classed footer whose list holds the
    # page's own facts and no link — a view counter, the day alone (no label), the office.
    page = f"""<html><head><title>东城区政府</title></head><body>
<div class="group page-content"><h3>{HEADLINE}</h3><div class="area-essay">{body_html()}</div></div>
<div class="group page-footer"><div class="list-text detail"><ul>
<li><span>浏览次数</span> <span>369</span></li><li>2018-10-26</li><li>东城区住房和城乡建设局</li>
</ul></div></div></body></html>"""
    assert extract(page).published_at == "2018-10-26T00:00:00+08:00"
