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
   its publication date, which a script writes after the ``发布时间：`` label.
"""

from __future__ import annotations

import pytest

from pipelines.clean import clean_document
from pipelines.headline import headline_text
from pipelines.pagefacts import organisation_like, site_like

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
