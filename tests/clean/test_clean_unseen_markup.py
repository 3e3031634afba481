# ruff: noqa: E501  (Chinese test strings)
"""Headline and date classes found on pages nobody here labelled (the extractors' unlabelled
pool and the opened splits, stop 20): each a page in the real markup's shape with text
written here.

1. a ``<title>`` (and ``og:title``) that is only the site's name — in traditional script
   (``某某全球資訊網``), with a space inside, or after a separator left by an empty headline
   slot (``-某某新聞網``) — over a headline printed as a plain line alone in its block (an
   old table layout's cell, a plain ``<div>`` over the date line): the plain line;
2. plain lines that are no headline: a byline, a link, a dated line, a sentence;
3. a form's field label before the headline (``留言标题：…``, ``主题：…``);
4. a notice's event time near the text's top (``5.面试时间：2019年9月6日上午10:30``) is not
   its publication date, which a script writes after the ``发布时间：`` label;
5. without a title to match (found by ``benchmarks/extraction_robust.py``): a heading that
   also holds its date line and page tools over many indented source lines; a bold headline
   set letter-spaced; an ``<h1>`` in an ``<article>``'s own ``<header>``; and never a share
   box's heading, a download box's heading (also in traditional script), a comment counter
   or a disclosure table's field label;
6. where a page states its date outside the text: a ``<meta>`` whose ``content`` follows a
   no-break space (``name="PubDate" \xa0content="…"``), HTTrack's ``Mirrored from`` comment
   and a CMS's ``<meta name="Url">`` (the address's date segment);
7. a month-day with its clock alone under the headline (``<small>10-26 16:42</small>``) is
   the date line, and takes its year from the page's pictures filed under the same day
   before the years of a related list's items;
8. a date line printed under the text, inside a body block that goes on with a pager, page
   tools and links (more than ten blocks after the text), and one that opens with the
   portal's address (``http://www.example.com 2005年03月31日03:18 某某报``);
9. a disclosure table whose labels sit in the cells before the dates: ``发布日期`` beats the
   ``成文日期`` printed before it;
10. without a title to match: a template wrapping the whole page in ``<div id="header">``
    (its ``h1`` is no masthead's), the page's only ``h1`` far above the text, a centred
    large-font line over a short title-classed channel name, and never a page type's label
    (``信息详情``) or a scan prompt (``扫一扫在手机打开当前页``); a site's name printed with
    its address (``某某市人民政府门户网站 www.example.gov.cn``) is a site's name;
11. a story's heading block classed like a masthead (``div.header > div.h-title +
    div.h-info``, with the source and the dated clock) holds the headline; a site named
    ``今日…`` is no "today", and a masthead's weather box (``2014年12月13日(六) 16°C 天晴``)
    does not date the page;
12. a printed headline that runs on past the stated title with one more clause of it, set
    off by a space on the same line, is the headline (a sentence, tools or a byline after
    the stated title are still cut);
13. a document's own date (``生成日期``, ``成文日期`` in a disclosure table's cell) gives way
    to the page's ``发布日期`` line, also when that line is printed under the text.
"""

from __future__ import annotations

import pytest
from lxml import html

from pipelines.clean import clean_document
from pipelines.dates import parse_date
from pipelines.headlinetext import headline_text
from pipelines.pagefacts import organisation_like, read_facts, saved_from_url, site_like

FETCHED = "2026-12-01T08:00:00Z"
HEADLINE = "山区小学新建图书室正式开放"
HEADLINE_TW = "山區小學新建圖書室正式開放"
PARAS = [
    "山区一所小学新建的图书室昨天正式开放，两千多册新书整齐地摆上了书架，学生们排队进去挑选。",
    "这间图书室由旧教室改建而成，经费来自县教育部门和几家企业的捐助，前后花了三个多月。",
    "校长说，学校离县城有四十多公里，过去学生能读到的课外书很少，新图书室每天中午和放学后开放。",
    "图书室还准备了二十个座位，老师们会轮流值班，帮助低年级学生挑书、借书。",
    "学校计划下学期开设阅读课，每个班每周安排一节课到图书室读书。",
]


def body_html() -> str:
    return "".join(f"<p>{p}</p>" for p in PARAS)


def clean(page: str):
    return clean_document(page.encode("utf-8"), fetched_at=FETCHED)


# 1. a title that is only the site's name, over a plain headline line --------------------------


@pytest.mark.parametrize("name", ["某某全球資訊網", "某某新聞網", "某某電視台 新聞網", "某某官方網站"])
def test_a_site_name_in_traditional_script_is_a_site_name(name):
    assert site_like(name)


@pytest.mark.parametrize("name", ["某某縣教育委員會", "某某市政府辦公室", "某某大學"])
def test_a_public_bodys_name_in_traditional_script_is_an_organisations(name):
    assert organisation_like(name)


def test_a_separator_left_before_an_empty_headline_slot_is_cut():
    assert headline_text("-某某新聞網") == "某某新聞網"
    assert headline_text("| 某某新聞網") == "某某新聞網"


def test_a_plain_line_over_the_date_line_beats_a_traditional_site_name_title():
    # A radio station's news page: <title> only the site's name in traditional script, a
    # breadcrumb, then the headline in a div whose class says nothing, a picture, the date
    # line with its "報導", an ad script and the text.
    page = f"""<html><head><title>某某廣播公司全球資訊網</title></head><body>
<div class="gd3"><a href="/">官網首頁</a> &gt; <a href="/news">某某新聞網</a> &gt; 生活</div>
<div class="nsa3"><div class="bk"><a href="/list"><img src="/bc.jpg"></a></div>
<div class="tt26" style="margin: 7px 0 10px 0">{HEADLINE_TW}</div>
<div class="tt26-2"><img src="/post/a.jpg"></div>
<div class="tt27">2014/12/11 18:58 報導</div>
<div class="ma7"><script>var ad = 1;</script></div>
<div class="ma8">{body_html()}</div></div>
<div class="foot">某某廣播公司 版權所有</div></body></html>"""
    result = clean(page)
    assert result.title == HEADLINE
    assert result.published_at == "2014-12-11T18:58:00+08:00"


def test_a_plain_table_cell_beats_a_site_name_stated_after_an_empty_slot():
    # A TV news page in nested tables: og:title is "-某某新聞網" (the headline's slot empty),
    # <title> the station's name with a space, the breadcrumb in bold links, the headline
    # in a bare left-aligned cell, a like button, then the text and its date line.
    page = f"""<html><head><meta property="og:site_name" content="某某新聞網">
<meta property="og:title" content="-某某新聞網"><title>某某電視台 新聞網</title></head><body>
<table width="875"><tr><td valign="top" class="News_page_tittle">
<table width="100%"><tr><td align="left"><b class="Page"><a href="/">某某新聞網</a>&nbsp;/&nbsp;<a href="/more?kind=4">生活</a></b><br/></td></tr>
<tr><table width="100%" align="center"><td align="left">{HEADLINE_TW}</td><table>
</tr><tr><td valign="top"><div id="fb-root"></div><a class="like" href="#">讚</a></td></tr></table>
<table><tr><td><p class="Page">{body_html()}</p>
<p class="Page">(2014-12-12&nbsp;19:00)&nbsp;晚間新聞</p></td></tr></table>
</td></tr></table></body></html>"""
    result = clean(page)
    assert result.title == HEADLINE
    assert result.published_at == "2014-12-12T19:00:00+08:00"


def test_a_plain_line_beats_a_short_one_part_channel_title():
    # A portal's old entertainment page: <title> only the channel's name, the headline a
    # plain div over a dated source line.
    page = f"""<html><head><title>某某娱乐</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/ent/">娱乐</a></div>
<table><tr><td><div>{HEADLINE}</div><div>2005-05-17 22:11:42　来源: 某某论坛</div>
<div id="text">{body_html()}</div></td></tr></table></body></html>"""
    assert clean(page).title == HEADLINE


# 2. plain lines that are no headline ---------------------------------------------------------


@pytest.mark.parametrize("line", [
    '<div>本报记者 王小明 李小红</div>',
    '<div><a href="/other.html">县里召开秋季农业生产工作会议</a></div>',
    '<div>县教育局 2024年10月12日</div>',
    '<div>学校计划下学期开设阅读课，每周一节。</div>',
])
def test_a_byline_a_link_a_dated_line_or_a_sentence_is_no_plain_headline(line):
    # With the <title> only the site's name, the headline is the h4 further up (a weaker
    # mark than the plain line's closeness to the text); the plain line must not win.
    page = f"""<html><head><title>某某教育网</title></head><body>
<h4>{HEADLINE}</h4><div>　</div><div>　</div><div>　</div><div>　</div><div>　</div>
<div>　</div><div>　</div><div>　</div><div>　</div><div>　</div><div>　</div><div>　</div>
<div>　</div><div>　</div>{line}<div class="txt">{body_html()}</div></body></html>"""
    assert clean(page).title == HEADLINE


@pytest.mark.parametrize(("line", "expected"), [
    ("留言标题：山区小学新建图书室正式开放", HEADLINE),
    ("主题：山区小学新建图书室正式开放", HEADLINE),
    ("留言标题：图书室", None),  # the value alone is too short to be a headline
])
def test_a_field_label_before_a_headline_is_not_part_of_it(line, expected):
    # A public body's letters page prints the letter's subject as "留言标题：…" in a plain
    # cell over the text; a forum prints "主题：…".
    assert headline_text(line) == expected


# 4. an event's time is not the publication date ---------------------------------------------


NOTICE = [
    "因业务发展需要，某某通信公司县分公司现面向社会公开招聘营业员三名，有关事项公告如下。",
    "1.招聘条件：年满十八周岁，高中以上学历，身体健康，能吃苦耐劳。",
    "2.报名方式：请将个人简历交到分公司营业厅，或发送到招聘邮箱。",
    "{line}",
    "4.联系人：张先生。",
]


@pytest.mark.parametrize("line", ["3.面试时间：2019年9月6日上午10:30", "3.报名截止日期：2019-09-06 17:00",
                                  "（三）活动时间：2019年9月6日 10:30"])
def test_an_event_time_in_a_notice_does_not_date_the_page(line):
    # A county office's notice: the toolbar's "发布时间：" is followed by a script that
    # writes the date, a URL with the day; the notice's third item names the interview's
    # (or the deadline's, the event's) date and clock.
    paras = "".join(f"<p>{p.format(line=line)}</p>" for p in NOTICE)
    page = f"""<html><head><title>某某招聘启事</title></head><body>
<div class="title"><h1>某某招聘启事</h1><div class="toolbar">发布时间：
<script type="text/javascript">var pubdata='2019年09月03日'; if (pubdata != '') {{ document.write(pubdata); }}</script>
</div></div><div class="view TRS_UEDITOR">{paras}</div></body></html>"""
    result = clean_document(page.encode("utf-8"), fetched_at=FETCHED,
                            url="http://www.example.gov.cn/gzdt/201909/t20190903_123.html")
    assert result.published_at[:10] == "2019-09-03"


# 5. no title to match -------------------------------------------------------------------------


def test_a_heading_holding_its_date_line_and_page_tools_gives_its_first_line():
    # A city portal: the h2 holds the headline, then a <small> with the date and source,
    # then the font-size tools, all indented over many source lines (past 300 characters).
    pad = "\n" + " " * 60
    tools = "".join(f'{pad}<a href="#" id="s{k}">{size}</a>' for k, size in enumerate("大中小"))
    page = f"""<html><head></head><body><div class="contain"><div class="Article">
<h2 id="ivs_title" class="Article-title">{HEADLINE}{pad}<small class="Article-time">2023-08-19{pad}
<span>来源：某某日报</span>{pad}</small>{pad}<div class="zihao">{pad}<div class="through">{pad}
<span>字号：</span>{pad}</div>{pad}<div class="controls">{tools}{pad}</div>{pad}</div>{pad}</h2>
<div id="ivs_content">{body_html()}</div></div></div></body></html>"""
    assert len(page[page.find("<h2"):page.find("</h2>")]) > 600
    result = clean(page)
    assert result.title == HEADLINE
    assert result.published_at[:10] == "2023-08-19"


def test_a_bold_letter_spaced_headline_without_a_title_is_the_headline():
    # A Hong Kong broadcaster's old page: no <title> text to match, the headline bold and
    # letter-spaced in a plain div, the text letter-spaced too.
    spaced = " ".join(HEADLINE_TW)
    page = f"""<html><head><title></title></head><body><table><tr><td>
<div style="height:25px"><strong><font color="#713828">{spaced}</font></strong></div>
<font size="3">{body_html()}</font></td></tr></table></body></html>"""
    assert clean(page).title == HEADLINE


def test_an_h1_in_an_articles_own_header_is_not_the_mastheads():
    page = f"""<html><head></head><body><header class="site"><a href="/">某某时报</a></header>
<div class="wrapper"><article><header><h1>{HEADLINE}</h1><time>2014-11-16 04:10</time></header>
<div class="article-body">{body_html()}</div></article>
<aside><ul><li><h3><a href="/a.html">另一家报纸推出新的手机阅读服务</a></h3></li></ul></aside>
</div></body></html>"""
    assert clean(page).title == HEADLINE


@pytest.mark.parametrize("line", ["微信分享“扫一扫”", "下載專區", "附件下载", f"《{HEADLINE}》已有1件评论",
                                  "成文日期", "索引号"])
def test_box_headings_comment_counters_and_field_labels_are_never_the_headline(line):
    assert headline_text(line) is None
    # The headline a bold line far above the text; the box heading an h3 next to it.
    page = f"""<html><head></head><body><div class="wrap">
<p><b>{HEADLINE}</b></p>{"<div>　</div>" * 30}<h3>{line}</h3>
<div class="txt">{body_html()}</div></div></body></html>"""
    assert clean(page).title == HEADLINE


# 6. dates stated outside the text ------------------------------------------------------------


def _dated_page(head: str = "", top: str = "") -> str:
    # A notice whose printed date line has no year ("发布时间：10-22"): the year is the
    # page's to state.
    return f"""{top}<html><head><title>{HEADLINE}</title>{head}</head><body>
<h1>{HEADLINE}</h1><div>发布时间：10-22</div><div class="txt">{body_html()}</div></body></html>"""


def test_a_meta_content_after_a_no_break_space_is_read():
    page = _dated_page('<meta name="PubDate" \xa0content="2020-10-22 15:19:20">')
    facts = read_facts(html.document_fromstring(page))
    assert facts.metas["pubdate"] == "2020-10-22 15:19:20"
    assert clean(page).published_at[:10] == "2020-10-22"


def test_an_httrack_mirrors_address_dates_the_page():
    top = ("<!DOCTYPE html>\n<!-- Mirrored from www.example.gov.cn/ywdt/bmdt/2018-10-22/9998.html "
           "by HTTrack Website Copier/3.x [XR&CO'2014], Mon, 23 Jul 2018 10:33:12 GMT -->\n")
    page = _dated_page(top=top)
    assert saved_from_url(page) == "http://www.example.gov.cn/ywdt/bmdt/2018-10-22/9998.html"
    assert clean(page).published_at[:10] == "2018-10-22"


def test_a_cms_url_meta_dates_the_page():
    page = _dated_page('<meta name="Url" content="http://www.example.gov.cn/10462/2019/10/22/abc.shtml">')
    assert clean(page).published_at[:10] == "2019-10-22"


# 7. a month-day under the headline ----------------------------------------------------------


def test_a_month_day_under_the_headline_takes_the_year_of_its_same_day_pictures():
    # A lottery site's news page: source and a bare "10-26 16:42" in <small>s under the h4
    # headline; pictures filed under /2018/10/26/; a box of programme episodes dated 2020 below.
    episodes = "".join(f'<li><a href="/v/{d}.html">《幸福时刻》{d}期</a></li>'
                       for d in ("20201117", "20201103", "20201027"))
    page = f"""<html><head><title>某某彩票网</title></head><body>
<div class="sj"><h4>{HEADLINE}</h4><small>来源：<span>某某彩票网</span></small>
<small class="sj-zh">\xa0\xa0\xa0\xa010-26 16:42</small>
<div class="txt">{body_html()}<p><img src="/upload/image/2018/10/26/308936_500x500.png"></p></div></div>
<div class="box"><h3>精彩视频</h3><ul class="video">{episodes}</ul></div></body></html>"""
    assert clean(page).published_at == "2018-10-26T16:42:00+08:00"


# 8. a date line under the text ----------------------------------------------------------------


@pytest.mark.parametrize("line", ["2005-04-05 06:40更新 来源：转载文章",
                                  "http://ent.example.com.cn 2005年04月05日06:40 某某娱乐信报",
                                  "http://www.example.com.cn/ 2005-04-05 06:40:00"])
def test_a_date_line_under_the_text_before_a_pager_and_tools_dates_the_page(line):
    # An old portal: no <meta>, the text in a cell that goes on after the date line with a
    # pager, print/mail tools and a row of partner links, one block each.
    tools = "".join(f'<div>【<a href="/t{k}">{word}</a>】</div>' for k, word in
                    enumerate(["打印本页", "关闭窗口", "推荐给朋友", "发表评论", "返回顶部",
                               "合作伙伴", "联系我们", "网站地图", "广告服务", "意见反馈"]))
    page = f"""<html><head><title>{HEADLINE}</title></head><body><table><tr><td width="580">
<b>{HEADLINE}</b>{body_html()}{body_html()}<p>{line}</p>
<div>第1页/共1页 &lt;&lt; <a href="?p=0">上一页</a> | <a href="?p=2">下一页</a> &gt;&gt;</div>
{tools}</td></tr></table></body></html>"""
    assert clean(page).published_at[:16] == "2005-04-05T06:40"


# 9. a disclosure table's labels in their own cells ---------------------------------------------


def test_a_disclosure_tables_publication_date_cell_beats_its_writing_date_cell():
    # A provincial government's notice: no <title> to match, a table of fields whose labels
    # are cells of their own; the writing date comes first, the publication date a row later.
    rows = [("索  引  号：", "11220000013544357T/2022-00011"), ("发文机关：", "某某省人民政府"),
            ("成文日期：", "2022年01月27日"), ("标      题：", HEADLINE),
            ("发文字号：", "某政发〔2022〕3号"), ("发布日期：", "2022年01月28日")]
    table = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows)
    page = f"""<html><head></head><body><div><table>{table}</table></div>
<div><p align="center"><b>{HEADLINE}</b></p>{body_html()}</div></body></html>"""
    assert clean(page).published_at[:10] == "2022-01-28"


# 10. no title to match, continued -------------------------------------------------------------


def test_an_h1_in_a_template_wrapping_the_whole_page_in_a_header_block_is_the_headline():
    # A portal's old template: <div id="header"> holds the whole page, the article too.
    page = f"""<html><head></head><body><div id="header"><div id="main"><div id="middle">
<div id="articles" class="articles"><strong><h1>{HEADLINE}</h1></strong>
<div class="pcont">{body_html()}</div></div>
<div class="side"><h3>某某新闻网 最新新闻</h3><h5>其他新闻</h5></div></div></div></div></body></html>"""
    assert clean(page).title == HEADLINE


def test_the_pages_only_h1_far_above_the_text_is_the_headline():
    # A regional portal: the article's header, then a long block of hidden mobile links and
    # forms (over 150 elements) before the text.
    filler = "".join(f'<li><a href="/m{k}.html">栏目{k}</a><span>说明</span></li>' for k in range(80))
    page = f"""<html><head></head><body><article><div class="hd"><h1>{HEADLINE}</h1></div>
<div class="m"><ul>{filler}</ul></div>
<div class="x"><div class="y"><div class="z"><div class="bd" id="info_content">{body_html()}</div></div></div></div>
</article></body></html>"""
    assert clean(page).title == HEADLINE


def test_a_centred_large_line_beats_a_short_title_classed_channel_name():
    page = f"""<html><head></head><body><div class="lmtitle">社会服务</div>
<div class="dqwz"><a href="/">首页</a> &gt; <a href="/shfw/">社会服务</a></div>
<div class="xiangqing"><div style="text-align: center;font-family:微软雅黑;font-size: 28px">{HEADLINE}</div>
<p style="text-align:center">发布时间：2024-05-30</p><div class="txt">{body_html()}</div></div></body></html>"""
    assert clean(page).title == HEADLINE


@pytest.mark.parametrize("line", ["信息详情", "文章正文", "扫一扫在手机打开当前页"])
def test_a_page_types_label_or_a_scan_prompt_is_never_the_headline(line):
    assert headline_text(line) is None


def test_a_site_name_with_its_address_beside_it_is_a_site_name():
    assert site_like("某某市人民政府门户网站 www.example.gov.cn")
    assert site_like("http://www.example.com 某某新闻网")
    assert not site_like(HEADLINE)


# 11. a story's header classed like a masthead; today's names and weather ------------------------


def test_a_storys_heading_block_classed_header_holds_the_headline():
    # A news agency's template: the story's title and info line in div.header, a logo in
    # div.logo above them, no <title> to match.
    page = f"""<html><head></head><body class="streamline-page">
<div class="logo"><a href="/"><img src="/logo.png" alt="某某网"></a></div>
<div class="header"><div class="h-p3"><div class="h-news">
<div class="h-title">{HEADLINE}</div>
<div class="h-info"><span class="h-time">2020-02-19 20:29:58</span> <span>来源： 某某杂志</span></div>
</div></div></div>
<div class="main"><div class="part"><div id="p-detail">{body_html()}</div></div></div></body></html>"""
    assert clean(page).title == HEADLINE


@pytest.mark.parametrize("name", ["今日新聞網", "今日头条", "昨日重现"])
def test_a_name_beginning_with_today_or_yesterday_is_no_date(name):
    assert parse_date(f"NOWnews.com {name}", fetched_at=FETCHED) is None
    assert parse_date(f"{name[:2]} 10:30", fetched_at=FETCHED) is not None


def test_a_site_named_today_and_a_weather_box_do_not_date_the_page():
    # A Taiwan news page without <meta>: the masthead's weather box, the headline, the
    # date line, and at the foot the source line naming the site "今日新聞網".
    page = f"""<html><head><title>{HEADLINE_TW}</title></head><body>
<div class="weather">2014年12月13日(六) 16°C 57% 天晴</div>
<h1>{HEADLINE_TW}</h1><div>2014年 12月 05日 19:21</div>
<div class="content">{body_html()}</div>
<div class="source">NOWnews.com 今日新聞網</div></body></html>"""
    assert clean(page).published_at == "2014-12-05T19:21:00+08:00"


# 12. a headline running on past the stated title --------------------------------------------------


@pytest.mark.parametrize(("extra", "kept"), [
    ("　年终比去年多1.8天 奖金太低拟离职", True),
    (" 年过五十的她带领学校民乐团的孩子们，一路前行", False),
    (" 在线荐稿 记者博客 联系记者", False),
])
def test_a_headline_running_on_with_one_more_clause_keeps_it(extra, kept):
    # A TV station's page: <title> and og:title state the first clauses; the page prints
    # the headline with one more clause on its line (or a standfirst, or tools after it).
    stated = "年终平均1.38月 科技业最高30个月　三成企业加码办"
    page = f"""<html><head><title>{stated} - 某某新闻</title>
<meta property="og:title" content="{stated} - 某某新闻"></head><body>
<div class="title"><h1>{stated}{extra}</h1></div><div class="date">2014-12-12 10:20</div>
<div class="content">{body_html()}</div></body></html>"""
    title = clean(page).title
    assert title.replace("　", " ") == (stated + extra if kept else stated).replace("　", " ")


# 13. the document's date and the page's -------------------------------------------------------


def test_a_publication_line_under_the_text_beats_the_disclosure_tables_generation_date():
    # A ministry's disclosure page without <meta>: the table's 生成日期 in the cell after
    # its label above the text, the 发布日期 line under it.
    page = f"""<html><head><title>{HEADLINE}</title></head><body>
<table class="xxgk"><tr><td>发文机构：</td><td>某某部办公厅</td><td>生成日期：</td><td>2024-06-04</td></tr>
<tr><td>标　　题：</td><td colspan="3">{HEADLINE}</td></tr></table>
<h1>{HEADLINE}</h1><div class="TRS_Editor">{body_html()}{body_html()}
<p>发布日期：2024-06-13 来源：某某部 下载 收藏</p></div></body></html>"""
    assert clean(page).published_at[:10] == "2024-06-13"
