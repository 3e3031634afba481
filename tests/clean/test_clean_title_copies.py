# ruff: noqa: E501  (Chinese test strings)
"""Failure classes of the fifth held-out split (``fresh3``), scored once and then opened:
each a page in the real markup's shape with text written here.

1. ``og:title`` copying a ``<title>`` of several parts (``标题 | 频道 | 即时新闻 | 某某新闻网``,
   ``标题 - 某某电子报``), in the same order or another: it states only the headline part;
2. a ``<title>`` whose parts are joined by a box-drawing bar (``标题│某某新闻网``);
3. a CMS ``ColumnName`` that repeats the stated headline is no channel name;
4. a notice closing with its contact lines (``联系电话：``, ``地址：``) is text, not a footer
   (the page came out empty);
5. a font-size switch printed as lines of its own (``小 中 大`` / ``字级大小：``), Word's form
   markers and an info line of labelled fields (``发稿时间：… 最新更新：…``) do not open the text;
6. clock times written ``01:06 pm``, ``HKT 22:40`` or ``(16:31)``, and a ``<time>`` whose
   ``datetime`` gives only the day while its text prints the clock;
7. the day in the page's own URL (also written month first, ``/11-22-2014/``) over a weak
   printed date that contradicts it (a masthead's "today" line);
8. a headline set letter-spaced (``一 名 休 班 警 …``) in ``<title>`` and ``og:title``;
9. a comment box's counters, login labels and disclaimer, and a paywall's notice, under the
   text;
10. what a notice prints after its signature — a print colophon (``…印发``, ``共印28份``)
    and annexed forms (``附表1``) — and an attachment list opening ``附：``;
11. a notice whose fields include an address and a phone (``地址：``, ``电话：``) is text, not a
    footer: a footer has a mark beyond contact labels.
"""

from __future__ import annotations

import pytest

from pipelines.clean import clean_document
from pipelines.dates import parse_date

FETCHED = "2026-12-01T08:00:00Z"
HEADLINE = "港区夜市摊商联合举办冬季义卖活动"
PARAS = [
    "港区夜市的四十多家摊商昨天联合举办冬季义卖活动，所得款项将全部捐给区内的两家育幼院。",
    "主办单位表示，今年的义卖品以手工饼干、围巾和旧书为主，多数由摊商和附近居民自行准备。",
    "活动从傍晚六点开始，不少家长带着孩子到场，一边逛夜市一边挑选义卖品，现场十分热闹。",
    "一位参与活动的摊商说，夜市平时受到居民很多照顾，希望借这个机会回馈地方。",
    "主办单位预计，今年的义卖所得将比去年增加两成，明年还会继续办下去。",
]


def body_html() -> str:
    return "".join(f"<p>{p}</p>" for p in PARAS)


def clean(page: str):
    return clean_document(page.encode("utf-8"), fetched_at=FETCHED)


@pytest.mark.parametrize("title", [
    f"{HEADLINE} | 地方 | 即时新闻 | 某某新闻网",
    f"{HEADLINE} | 即时新闻 | 20141212 | 某某日报",
    f"{HEADLINE} - 某某电子报",
    f"{HEADLINE} - 新某壳 newsdesk",
])
def test_an_og_title_copying_a_title_of_several_parts_states_only_its_headline_part(title):
    # A logo <h1> with the site's name, the story's title in a classed block, and og:title
    # the same as <title>, site and channel parts and all.
    page = (f'<html><head><title>{title}</title>'
            f'<meta property="og:title" content="{title}"></head><body>'
            '<div class="header"><h1>某某电子报</h1><h2>优质丰富的新闻媒体</h2></div>'
            f'<div id="story_head"><div><h1>{HEADLINE}</h1></div>'
            '<div class="story_date">2014/12/12 13:47</div></div>'
            f'<div id="wrap"><div id="main"><div id="story">{body_html()}</div></div></div>'
            '<div class="footer">某某电子报 版权所有</div></body></html>')
    assert clean(page).title == HEADLINE


def test_an_og_title_with_the_titles_parts_in_another_order_states_the_headline():
    page = (f'<html><head><title>某某时报 | {HEADLINE} | 编辑部 | 某某新闻</title>'
            f'<meta property="og:title" content="{HEADLINE} | 编辑部 | 某某新闻 | 某某时报">'
            f'</head><body><div class="content">{body_html()}</div></body></html>')
    assert clean(page).title == HEADLINE


def test_a_title_whose_parts_are_joined_by_a_box_drawing_bar_is_cut_at_it():
    page = (f'<html><head><title>{HEADLINE}│某某新闻网  EXAMPLE.COM</title></head><body>'
            f'<div class="top"><div class="title"><h1>{HEADLINE}</h1><div class="date">'
            '<h2>2014/10/25 19:55:00</h2></div></div></div>'
            f'<div id="wrap"><div class="content">{body_html()}</div>'
            '<div class="share"><h6>某某新闻</h6></div></div></body></html>')
    assert clean(page).title == HEADLINE


def test_a_column_name_repeating_the_stated_headline_is_no_channel_name():
    # A CMS filling ColumnName with the article's title: the headline is not thrown out as
    # the name of a channel.
    page = (f'<html><head><meta name="ColumnName" content="{HEADLINE}">'
            f'<meta name="ColumnType" content="工作动态"><meta name="ArticleTitle" content="{HEADLINE}">'
            '<meta name="PubDate" content="2023-06-11 16:20:01"></head><body>'
            f'<div class="article"><h3 class="tit">{HEADLINE}</h3><div class="info">发布日期：2023-06-11</div>'
            f'<div class="view">{body_html()}</div></div></body></html>')
    assert clean(page).title == HEADLINE


# 4. a notice closing with its contact lines ---------------------------------------------------


def test_a_notice_closing_with_its_contact_phone_and_address_is_not_taken_for_a_footer():
    notice = [
        "各有关单位：",
        "今年的课题申报工作即将开始，现将有关事项通知如下。",
        "一、各单位要认真组织本单位人员学习申报公告，了解申报条件和范围。",
        "二、各单位要按规定做好申报材料的审核和汇总工作，材料须真实准确。",
        "三、申报材料请于三月三日前报送，逾期不予受理。",
        "联系人：王某某、李某某",
        "联系电话：0000-1234567",
        "地址：某市某某大道100号办公楼1605室",
    ]
    page = ('<html><head><title>某某规划办</title></head><body>'
            '<div class="nav bold"><a href="/">首页</a><a href="/a">通知公告</a><a href="/b">联系我们</a></div>'
            '<div class="content"><div class="more-tag">当前位置：<a href="/">首页</a> --> 正文</div>'
            '<div class="article-title"><h2>关于做好本年度课题申报工作的通知</h2>'
            '<div class="article-info">【时间：2018年01月05日 09:05】</div></div>'
            '<div class="article-content">' + "".join(f"<p>{line}</p>" for line in notice)
            + '</div></div><div class="footer">版权所有：某某规划办 地址：某市某某大道100号 '
            'ICP备00000000号</div></body></html>')
    result = clean(page)
    # The addressee line is no body (fresh6 post-score round, as the label rules); the text
    # starts at its first sentence.
    assert result.paragraphs[0] == notice[1]
    assert result.paragraphs[-1] == notice[-1]
    assert "版权所有" not in "".join(result.paragraphs)


# 5. page tools and info lines at the text's top ----------------------------------------------


@pytest.mark.parametrize("tools", [
    '<div class="size"><a href="#">小</a><a href="#">中</a><a href="#">大</a></div><span>字级大小：</span>',
    '<p>小 中 大</p><p>字級大小：</p>',
    '<div class="tools"><span>字級：</span></div>',
    '<p align="center">窗体顶端</p>',
])
def test_a_font_size_switch_or_a_form_marker_printed_as_lines_does_not_open_the_text(tools):
    page = ('<html><head><title>某某电台新闻网</title></head><body>'
            f'<div class="tt26">{HEADLINE}</div><div class="tt27">2014/12/11 18:58 报导</div>'
            f'<div class="ma7">{tools}{body_html()}</div></body></html>')
    result = clean(page)
    assert result.paragraphs[0] == PARAS[0]


@pytest.mark.parametrize("info", [
    "发稿时间：2014/12/12 12:13 最新更新：2014/12/12 12:13",
    "发布日期：2018-07-18 10:39:41 来源：县统计局 发布者：管理员 浏览次数：",
])
def test_an_info_line_of_labelled_fields_after_the_publication_time_does_not_open_the_text(info):
    page = ('<html><head><title>某县主要经济指标完成情况</title></head><body>'
            '<div class="main"><h1>某县主要经济指标完成情况</h1>'
            f'<div class="text"><p>{info}</p>{body_html()}<p>编辑：王某某</p></div></div></body></html>')
    result = clean(page)
    assert result.paragraphs[0] == PARAS[0]
    assert result.paragraphs[-1] == PARAS[-1]


def test_a_dated_line_ending_the_text_with_one_label_is_kept_as_text():
    # Only a line of two or more labelled fields is furniture; a sentence that starts with a
    # date is text.
    line = "日期：2018年7月18日，县统计局将发布上半年数据。"
    page = ('<html><head><title>某县主要经济指标完成情况</title></head><body>'
            '<div class="main"><h1>某县主要经济指标完成情况</h1>'
            f'<div class="text">{body_html()}<p>{line}</p></div></div></body></html>')
    assert clean(page).paragraphs[-1] == line


# 6. clock times ------------------------------------------------------------------------------


@pytest.mark.parametrize(("printed", "iso"), [
    ("2014.12.13 01:06 pm", "2014-12-13T13:06:00+08:00"),
    ("2014.12.13 12:06 a.m.", "2014-12-13T00:06:00+08:00"),
    ("2014.12.13 11:06 AM", "2014-12-13T11:06:00+08:00"),
    ("2014年12月13日 下午1:06", "2014-12-13T13:06:00+08:00"),
    ("2014-12-25 HKT 22:40", "2014-12-25T22:40:00+08:00"),
    ("2014-12-17 (16:31)", "2014-12-17T16:31:00+08:00"),
])
def test_a_twelve_hour_clock_a_zone_abbreviation_or_a_bracketed_clock_keeps_the_time(printed, iso):
    assert parse_date(printed) == iso


@pytest.mark.parametrize("stamp", ["2014/12/12/", "2014/12/12 00:00"])
def test_a_time_element_stating_only_the_day_gives_way_to_its_printed_clock(stamp):
    page = (f'<html><head><title>{HEADLINE} | 即时新闻 | 某某日报</title></head><body>'
            f'<h1>{HEADLINE}</h1><div class="gggs"><time datetime="{stamp}">2014年12月12日13:47</time></div>'
            f'<div class="articulum">{body_html()}</div></body></html>')
    assert clean(page).published_at == "2014-12-12T13:47:00+08:00"


def test_a_time_element_with_its_clock_is_read_from_its_attribute():
    page = (f'<html><head><title>{HEADLINE}</title></head><body>'
            f'<h1>{HEADLINE}</h1><div class="gggs"><time datetime="2014-12-12T09:05:00+08:00">12月12日</time></div>'
            f'<div class="articulum">{body_html()}</div></body></html>')
    assert clean(page).published_at == "2014-12-12T09:05:00+08:00"


# 7. the day in the page's own URL -------------------------------------------------------------


def test_a_mastheads_today_line_gives_way_to_the_day_in_the_pages_own_url():
    # The masthead prints the day the page was saved; the story's day is only in its URL
    # (and glued into the first line of the text, which is no date line of its own).
    page = ('<html><head><title>某某电影节开幕 - 某某网</title>'
            '<meta property="og:url" content="http://news.example.tw/news/2014/10/24/52850.html">'
            '</head><body><table><tr><td><div class="nav"><a href="/">首页</a></div></td>'
            '<td width="120px"><div class="main_rh_rt">2014<span>年</span>12<span>月</span>13<span>日</span></div></td>'
            '</tr></table><div class="menu"><ul>'
            + "".join(f'<li><a href="/news_list.php?oid={n}"><span>栏目{n}</span></a></li>' for n in range(60))
            + '</ul></div><div class="cont_main_tit">某某电影节开幕</div>'
            '<div class="news_ctxt_area_word">某某网2014.10.24 记者某某/某地报导<br><br>'
            + "<br><br>".join(PARAS) + '</div></body></html>')
    assert clean(page).published_at[:10] == "2014-10-24"


def test_a_page_dated_only_by_a_month_first_url_segment_takes_that_day():
    page = (f'<html><head><title>某某时报 | {HEADLINE}</title>'
            "<meta property='og:url' content='http://www.example.hk/article/11-22-2014/19750/'/>"
            f'</head><body><h1>{HEADLINE}</h1><div class="content">{body_html()}</div></body></html>')
    assert clean(page).published_at[:10] == "2014-11-22"


def test_a_labelled_date_line_is_kept_against_the_urls_day():
    # Only a weak line gives way: a labelled date line with its time is the page's date even
    # where the URL carries another day (a story moved or re-filed).
    page = ('<html><head><title>某某电影节开幕 - 某某网</title>'
            '<meta property="og:url" content="http://news.example.tw/news/2014/10/24/52850.html">'
            '</head><body><h1>某某电影节开幕</h1><div class="info">发布时间：2014-10-25 09:30</div>'
            f'<div class="content">{body_html()}</div></body></html>')
    assert clean(page).published_at == "2014-10-25T09:30:00+08:00"


# 8. a letter-spaced headline -----------------------------------------------------------------


def test_a_letter_spaced_title_is_the_headline_with_its_spaces_taken_out():
    spaced = " ".join(HEADLINE)
    page = (f'<html><head><meta property="og:title" content=" {spaced} " />'
            f'<title> {spaced} </title></head><body><table><tr><td class="title">'
            '<font size="1">2014-12-25 HKT 22:40</font></td></tr>'
            f'<tr><td>{"<br>".join(" ".join(p) for p in PARAS)}</td></tr></table></body></html>')
    result = clean(page)
    assert result.title == HEADLINE
    assert result.published_at == "2014-12-25T22:40:00+08:00"


def test_a_row_of_page_tools_spaced_out_is_still_no_headline():
    from pipelines.headlinetext import headline_text
    assert headline_text("评论 邮件 纠错 打印") is None
    assert headline_text("小 中 大") is None


# 9. a comment box and a paywall notice under the text ---------------------------------------


def test_a_comment_boxs_counters_login_labels_and_disclaimer_do_not_end_the_text():
    box = ('<div class="tie-area"><div class="tie-titlebar"><span>0 人参与</span></div>'
           '<p>0人跟贴 | 0人参与</p><p>网友跟贴 0人跟贴 | 0人参与 | 手机发跟贴 | 注册</p>'
           '<p>跟贴热词：</p><p>账号</p><p>密码</p>'
           '<p>网友评论仅供其表达个人看法，并不表明本网立场。</p></div>')
    page = (f'<html><head><title>{HEADLINE}_某某财经</title></head><body><h1>{HEADLINE}</h1>'
            f'<div class="post_body"><div id="endText">{body_html()}</div>{box}</div></body></html>')
    assert clean(page).paragraphs[-1] == PARAS[-1]


def test_a_paywalls_notice_does_not_end_the_text():
    wall = ('<div class="pay"><p>本文共计1561字 订阅后继续阅读</p><p>登录后获取已订阅的阅读权限</p></div>')
    page = (f'<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>'
            f'<div id="Main_Content_Val">{body_html()}{wall}</div></body></html>')
    assert clean(page).paragraphs[-1] == PARAS[-1]


# 10. a notice's annex after its signature ----------------------------------------------------


def notice_page(title: str, lines: list[str], after: str = "") -> str:
    """A government notice: its title as the headline, its lines as paragraphs, then
    ``after`` (an annexed table) in the same text block."""
    return (f'<html><head><title>{title}</title></head><body><h1>{title}</h1>'
            '<div class="TRS_Editor">' + "".join(f"<p>{line}</p>" for line in lines)
            + after + '</div></body></html>')


def test_a_notices_colophon_and_annexed_forms_after_its_signature_are_not_the_text():
    lines = [
        "某县人社〔2017〕32号",
        "各乡（镇）人民政府：",
        "为做好今年的创业贷款贴息工作，现将有关事项通知如下。",
        "一、各乡（镇）要做好调查摸底，及时推荐符合条件的创业人员。",
        "二、各乡（镇）要加大政策宣传力度，鼓励更多城乡劳动者自主创业。",
        "三、各乡（镇）推荐时要严把任务关，贴息不得突破目标任务。",
        "附：1、某县2017年创业贷款放贷目标任务分解表",
        "2、某县创业贷款申请表",
        "某县人力资源和社会保障局某县财政局",
        "某县农村信用合作联社某县妇女联合会",
        "某县委员会邮政储蓄银行某县支行",
        "2017年5月10日",
        "某县人力资源网 2017年5月10日印发",
        "共印28份",
        "附表1",
    ]
    table = "".join(f"<tr><td>{town}</td><td>{amount}</td></tr>"
                    for town, amount in [("某某镇", 800), ("某某乡", 160), ("某某村", 280)])
    page = notice_page("关于做好2017年创业贷款贴息工作的通知", lines,
                       f'<table><tr><td>单位</td><td>分解任务金额（万元）</td></tr>{table}</table>')
    assert clean(page).paragraphs[-1] == "三、各乡（镇）推荐时要严把任务关，贴息不得突破目标任务。"


def test_a_signature_followed_by_more_text_keeps_that_text():
    # Only a colophon or an annexed form's heading opens an annex: a signed letter followed by
    # a postscript paragraph keeps it.
    lines = [
        "各有关单位：",
        "现将今年的工作安排通知如下，请认真组织实施，确保各项任务按时完成。",
        "某县人力资源和社会保障局",
        "2017年5月10日",
        "请各单位于五月底前将落实情况报送县人社局，联系人王某某。",
    ]
    page = notice_page("关于做好今年工作的通知", lines)
    assert clean(page).paragraphs[-1] == lines[-1]


# 11. a procurement notice listing an address and a phone among its fields --------------------


def test_a_notice_whose_fields_include_an_address_and_a_phone_is_not_taken_for_a_footer():
    fields = [
        "某某局视频会议系统扩容项目采用询价方式进行采购。现就本次采购的结果公告如下：",
        "一、项目名称：某某局视频会议系统扩容项目",
        "二、项目预算金额：￥905000.00元",
        "三、采购方式：邀请询价",
        "四、成交供应商：",
        "名称：某某信息科技有限公司",
        "地址：某市某区某路1号808房",
        "五、成交信息",
    ]
    after = [
        "六、采购公告日期：于2020年9月4日在本局网站发布采购公告。",
        "七、询价信息",
        "1.询价日期：2020年9月4日",
        "2.询价地点：某市某路298号办公楼216会议室",
        "3.询价小组由采购人代表和有关方面的专家共五人组成，询价过程由本局纪检部门全程监督。",
        "4.询价小组按照询价文件规定的评审方法和标准，对各供应商的报价文件进行了认真评审。",
        "八、联系方式",
        "采购人：某某局，联系人：王某某，电话：000-12345678",
        "各有关当事人对成交结果有异议的，可在公告发布之日起七个工作日内提出质疑，逾期将依法不予受理。",
    ]
    cells = ("<tr><td><p>序号</p></td><td><p>成交标的内容</p></td><td><p>成交金额</p></td></tr>"
             "<tr><td><p>1</p></td><td><p>窗体顶端</p><p>中心平台扩容包括硬件、软件和驻场服务</p></td>"
             "<td><p>￥887950.00元</p></td></tr>")
    page = ('<html><head><title>某某局视频会议系统扩容项目询价采购公告</title></head><body>'
            '<div class="detailCon"><h1>某某局视频会议系统扩容项目询价采购公告</h1>'
            '<div class="info">发布时间：2020-09-09 11:21:13</div><div class="zw">'
            + "".join(f"<p>{line}</p>" for line in fields) + f"<table>{cells}</table>"
            + "".join(f"<p>{line}</p>" for line in after) + '</div></div>'
            '<div class="footer"><a href="/lx">联系我们</a><a href="/map">网站地图</a>'
            '主办：某某局 地址：某市某路298号 电话：000-12345678 ICP备00000000号</div></body></html>')
    result = clean(page)
    assert result.paragraphs[0] == fields[0]
    assert result.paragraphs[-1] == after[-1]
