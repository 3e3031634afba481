# ruff: noqa: E501  (Chinese test strings)
"""Headline and date evidence that holds on markup nobody here has seen (stop 22).

The fresh5 fixes leaned on class words and heading tags; these tests give the same page
shapes with those cues gone (the robustness perturbations ``noclass``, ``headings-plain``,
``title-channel``, ``logo-h1``, ``sections``). Each page is a real template's shape with
text written here:

1. a university office's notice whose live clock's boxes carry no class or id
   (``<div>2010.09.09</div><div>00:00</div>``, the template's defaults a script overwrites):
   the notice's signature date under the text still dates it; a news date line split into
   spans (``<span>2017-05-19</span> <span>00:00</span>``) is still read (guard);
2. a news aggregator's story cell: a date line lying loose under a headline set in a plain
   bold ``div`` (no heading tag; 20 Chinese characters and more, so it read as the first
   paragraph and ended the search) dates the page, also beside a cell of other stories
   with their dates; with an ``<h2>`` it did before (guard);
3. the same cell when the body chosen is the whole row around it (chrome in cells beside
   the story's): the line is read in the blocks holding the headline inside the body;
4. a body-only copy of a policy library's disclosure page (its info table and the table's
   mobile copy, a list of label and value spans, then the document): its ``标题：`` field
   names it also when its ``<title>`` is only the channel's name (``通知公告``), under a
   logo's ``<h1>`` (a link to the home page), and when the card and the text are wrapped
   in sections (a field's line ``公文种类：命令（令）`` or a field's value is no headline);
   a headline ``<h1>`` or a ``<title>`` naming the page still wins (guards);
5. a district government's news page dated by its signature: a print bar's ``打印时间：``,
   a ``当前时间：`` box, a visitor counter's ``访问时间：`` and the previous/next items'
   dates (``上一篇：<a>…</a> 2023-05-30``, also with the date in a span of its own) never
   date it; a date line printed before a stamp in the same line is still read (guard);
6. a water office's notice whose ``<title>`` is only the channel's or the office's name: the
   heading printing that same name (the channel's box, the masthead's ``<h1>``) gives way
   to the headline printed nearer the text, however marked; with nothing else printed the
   name stays (guard); a headline broken over two lines of its centred bold block
   (``<b>关于…河道<br>安全检查的通知</b>``) is one line, and a document number or a date
   under it in that block is no part of it;
7. a broadcaster's story saved without its head: the headline is a definition list's term
   (``<dt>``) over the date line's ``<dd>``, no heading tag or class.

Each test fails on the code before its change, except the guards named in it.
"""

from __future__ import annotations

import re

from pipelines.clean import clean_document
from tests.clean.test_clean_loose_dates import PARAS
from tests.clean.test_clean_loose_dates import notice_page as loose_notice_page

FETCHED = "2026-12-01T08:00:00Z"


def extract(page: str, encoding: str = "utf-8"):
    return clean_document(page.encode(encoding), fetched_at=FETCHED)


def notice_page(clock: str) -> str:
    """The fresh5 round's university notice (its signature date under the text, a live
    clock's boxes after the page) with every class and id taken away."""
    return re.sub(r"\s(?:class|id)=(?:'[^']*'|\"[^\"]*\"|[^\s>]+)", "", loose_notice_page(clock))


def test_live_clock_boxes_without_class_or_id_never_beat_the_signature_date():
    clock = ('<div style="margin-left:-356px">2010.09.09</div>\n'
             '<!-- clock --><div style="margin-left:-353px">00:00</div>')
    assert extract(notice_page(clock), "gb18030").published_at == "2017-05-19T00:00:00+08:00"
    clock_first = '<div>00:00:00</div><div>2010-09-09</div>'
    assert extract(notice_page(clock_first)).published_at == "2017-05-19T00:00:00+08:00"


def news_page(date_line: str) -> str:
    return (
        "<html><head><title>市图书馆新馆开放 首日读者四千人_某某网</title></head><body>"
        "<div><a href=/>首页</a> | <a href=/news/>新闻</a></div>"
        "<div><h1>市图书馆新馆开放 首日读者四千人</h1>"
        f"<div>{date_line}</div>"
        f"<div>{''.join(f'<p>{p}</p>' for p in PARAS)}</div></div>"
        "<div>Copyright 2003-2018 某某网</div></body></html>")


def test_date_line_split_into_spans_with_a_midnight_clock_is_still_read():
    # Guard (passes before and after): spans of one date line are no live clock's boxes.
    result = extract(news_page("<span>2017-05-19</span> <span>00:00</span> 来源：某某日报"))
    assert result.published_at == "2017-05-19T00:00:00+08:00"

HEADLINE = "市图书馆新馆昨日开放迎客 首日读者逾四千人次 借阅证办理排长队(图)"


def aggregator_page(heading: str = "h2", side: bool = False) -> str:
    """A news aggregator's story cell: the centred headline, then the date line lying loose
    in the cell, the text, a list of related stories; ``side`` adds a cell of other
    stories with their dates beside the story's, in the same row."""
    related = "".join(
        f'<br>\u3000・<A href="http://www.example.org/news/messages/{n}.html">{t}(图)</A>'
        for n, t in ((2184, "市图书馆去年借阅量创下新高 电子书占三成"),
                     (2155, "区文化馆举办少儿书法比赛 三百多名学生参加"),
                     (2144, "老城区新增三处社区阅览室 方便居民就近读书")))
    others = "".join(
        f'<li><a href="/news/{n}.html">{t}</a>{d}</li>'
        for n, t, d in ((31, "全市中小学秋季开学工作会议召开", "[11-23]"),
                        (32, "市区新增公共自行车站点二十个", "2012-11-18"),
                        (33, "气象部门发布寒潮蓝色预警信号", "[11-26]")))
    cell = f"<td width=185 valign=top><b>热点新闻</b><ul>{others}</ul></td>" if side else ""
    talk = ("<td><h4>网友评论</h4><p>网友1 2012-11-28 10:20:05</p><p>新馆环境很好，周末带孩子去看了看。</p>"
            "<p>网友2 2012-12-01 11:21:05</p><p>希望以后能延长晚上的开放时间。</p></td>") if side else ""
    return (
        f"<html><head><title>{HEADLINE} - 某某新闻网</title></head><body>"
        "<table width=978 align=center><tr><td>首页 | 新闻 | 论坛 | 博客</td></tr></table>"
        f"<table width=978 align=center cellpadding=10><tr bgcolor='#E6E6DD'>{cell}<td width=793 valign=top>\n"
        f" <center><{heading} style='font-size:22px'>{HEADLINE}</{heading}></center>\n"
        "新闻来源: 某某台 于November 21, 2012 15:48:24 "
        "<span style=\"FONT-SIZE: 12px\"><font color=ff0000><b>敬请注意:</b>新闻取自各大媒体,观点内容不代表本网立场!</font> </span>"
        f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>据介绍，新馆于2010年9月开工建设。{PARAS[2]}</p>"
        "<p>\u3000\u3000网编：某某</p>"
        f"<table width=100%><tr><td width=50% valign=top><b>\u3000相关新闻:</b>{related}<br></td></tr></table>"
        f"</td>{talk}</tr></table><br>Copyright (C) 2003-2018 example.org All rights Reserved.</body></html>")


def test_loose_date_line_under_a_headline_not_marked_as_a_heading_dates_the_page():
    # Guard: with the headline in an <h2> this passed before too.
    assert extract(aggregator_page("h2")).published_at == "2012-11-21T15:48:24+08:00"
    result = extract(aggregator_page("div"))
    assert result.title == HEADLINE.replace("(图)", "（图）")
    assert result.published_at == "2012-11-21T15:48:24+08:00"


def test_loose_date_line_under_a_plain_headline_beats_the_dates_of_other_stories_beside_it():
    # Guard: with the headline in an <h2> this passed before too.
    result = extract(aggregator_page("h2", side=True))
    assert result.published_at == "2012-11-21T15:48:24+08:00"
    assert extract(aggregator_page("div", side=True)).published_at == "2012-11-21T15:48:24+08:00"


def test_loose_date_line_is_read_in_the_headlines_cell_when_the_body_is_the_whole_row():
    # Chrome added beside the story's cell (a list of hot stories, readers' comments in
    # cells of the same row) can make the body chosen the row: the date line lies loose in
    # the cell holding the headline, below the body's own level.
    from lxml import html

    from pipelines.pagedate import page_date

    root = html.document_fromstring(aggregator_page("div", side=True))
    head = next(el for el in root.iter("div") if (el.text or "").startswith("市图书馆新馆昨日"))
    row = next(head.iterancestors("tr"))
    assert page_date(root, row, FETCHED, anchor=head)[1] == "2012-11-21T15:48:24+08:00"


# 4. a body-only copy of a disclosure page, its title field the only name ------------------
NAME = "关于调整城市道路占用挖掘管理办法的决定"


def copy_page(head: str = "", top: str = "", wrap: bool = False) -> str:
    """A policy library's page saved without its head: an info table and its mobile copy (a
    list of label and value spans), then the document. ``wrap`` puts the card and the
    document each in a chain of ``<section>`` elements (a page builder's layout)."""
    fields = (("标<span>&nbsp;&nbsp;</span>题：", NAME), ("发文机关：", "某某委"),
              ("发文字号：", "某某委员会令 第17号"), ("主题分类：", "城乡建设\\市政"),
              ("公文种类：", "命令（令）"), ("成文日期：", "2021年03月27日"))
    rows = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in fields)
    items = "".join(f"<li><span>{k}</span><span>{v}</span></li>" for k, v in fields)
    blocks = ["<p>《关于调整城市道路占用挖掘管理办法的决定》已经委务会议审议通过，现予公布，自公布之日起施行。</p>",
              "<p>主任：某某某</p>", "<p>2021年3月27日</p>",
              "<p>为进一步规范城市道路占用挖掘管理，提高审批效率，决定对有关办法作如下调整：取消两项证明材料，审批时限由二十个工作日压缩为十个工作日。</p>",
              "<p>一、申请占用城市道路的单位，应当在施工前提交占用方案，写明占用的位置、面积、期限和交通组织措施。</p>",
              "<p>二、挖掘城市道路的，应当在规定期限内恢复原状，并接受市政管理部门的验收；逾期未恢复的，由管理部门代为恢复。</p>",
              "<p>三、因抢修地下管线需要紧急挖掘的，可以先行施工，同时通知管理部门，并在二十四小时内补办批准手续。</p>"]
    card = f"<div><table><tbody>{rows}</tbody></table><ul>{items}</ul></div>"
    text = f"<div>{''.join(blocks)}</div>"
    if wrap:
        card, text = f"<section>{card}</section>", f"<section><section>{text}</section></section>"
    return f"{head}<body>{top}<div>首页 &gt; 政策 &gt; 部门文件</div><div>{card}{text}</div></body></html>"


def test_title_field_names_the_copy_whose_title_is_only_its_channel():
    result = extract(copy_page("<html><head><title>通知公告</title></head>"))
    assert result.title == NAME
    assert result.published_at == "2021-03-27T00:00:00+08:00"


def test_title_field_names_the_copy_under_a_logo_h1():
    logo = '<h1><a href="/"><img src="/logo.png">某某委员会</a></h1>'
    assert extract(copy_page(top=logo)).title == NAME
    assert extract(copy_page(top='<h1><a href="http://www.example.gov.cn/">某某委员会</a></h1>')).title == NAME


def test_no_field_of_the_info_table_is_the_headline_when_the_blocks_are_wrapped_in_sections():
    # Guard (before and after): unwrapped, the title field names it.
    assert extract(copy_page()).title == NAME
    assert extract(copy_page(wrap=True)).title == NAME


def test_a_headline_h1_or_a_real_title_still_beats_the_title_field():
    # Guards (before and after): a heading that prints a headline, a <title> that names the
    # page, a title that is a channel's name over a printed headline.
    h1 = "<h1>城市道路占用挖掘审批时限减半</h1>"
    assert extract(copy_page(top=h1)).title == "城市道路占用挖掘审批时限减半"
    titled = extract(copy_page("<html><head><title>城市道路管理新规公布</title></head>"))
    assert titled.title == "城市道路管理新规公布"


# 5. clocks' stamps and neighbouring items' dates -----------------------------------------
WORK = "".join(f"<p>{t}</p>" for t in [
    "为做好今年防汛工作，区水务局近日组织对辖区河道、泵站和排水管网开展全面检查，共排查隐患点十二处。",
    "检查发现的问题已全部建立台账，明确整改责任人和完成时限，确保汛期前整改到位。",
    "区水务局要求各街道加强值守，遇强降雨天气及时发布预警信息，做好人员转移准备。"])


def district_page(top: str = "", after: str = "") -> str:
    """A district government's news page: the headline, the text signed and dated at its
    foot, then ``after`` (a print bar, previous/next links) and the footer."""
    return (
        "<html><head><title>区水务局开展汛前河道安全检查_某某区人民政府</title></head><body>"
        "<div><a href='/'>首页</a> &gt; <a href='/xw/'>政务动态</a></div>"
        f"<div><h2>区水务局开展汛前河道安全检查</h2>{top}"
        f"<div>{WORK}<p>某某区水务局</p><p>2023年5月12日</p></div></div>{after}"
        "<div>版权所有：某某区人民政府 网站标识码1234567890</div></body></html>")


SIGNED = "2023-05-12T00:00:00+08:00"


def test_print_visit_or_current_time_stamps_never_date_the_page():
    bar = ("<div>【<a href='javascript:window.print()'>打印本页</a>】【<a href='javascript:window.close()'>"
           "关闭窗口</a>】 打印时间：2024-06-13 10:20</div>")
    assert extract(district_page(after=bar)).published_at == SIGNED
    assert extract(district_page(top="<div>当前时间：2024-06-13 10:20:11</div>")).published_at == SIGNED
    visits = "<div>您是第1234位访问者 访问时间：2024-06-13 10:20</div>"
    assert extract(district_page(after=visits)).published_at == SIGNED


def test_previous_and_next_items_dates_never_date_the_page():
    pair = ("<div>上一篇：<a href='/xw/1.html'>区应急管理局部署汛期安全生产工作</a> 2023-05-30</div>"
            "<div>下一篇：<a href='/xw/2.html'>区卫健委开展夏季食品安全专项检查</a> 2023-06-02</div>")
    assert extract(district_page(after=pair)).published_at == SIGNED
    entry = ("<ul><li>上一篇：<a href='/xw/1.html'>区应急管理局部署汛期安全生产工作</a>"
             "<span>2023-05-30</span></li></ul>")
    assert extract(district_page(after=entry)).published_at == SIGNED


def test_a_date_line_printed_before_a_stamp_in_the_same_line_is_still_read():
    # Guards (before and after): the page's own line, then the print bar's stamp.
    line = "<div>发布时间：2023-05-15 09:30 打印时间：2024-06-13 10:20 【关闭】</div>"
    assert extract(district_page(top=line)).published_at == "2023-05-15T09:30:00+08:00"
    assert extract(district_page()).published_at == SIGNED


# 6. a <title> that names only the channel or the office -----------------------------------
NOTICE = "关于开展2023年汛前河道安全检查的通知"


def channel_page(title: str, head: str) -> str:
    """A water office's notice: its ``<title>`` ``title``, a menu column beside the text's
    cell, ``head`` over the date line and the text."""
    return (
        f"<html><head><title>{title}</title></head><body>"
        "<div><img src=/logo.png> 某某区水务局</div>"
        "<div><a href='/'>首页</a> <a href='/tzgg/'>通知公告</a> <a href='/zwgk/'>政务公开</a></div>"
        "<table width=980><tr><td width=200><ul><li><a href=/a>机构概况</a></li>"
        "<li><a href=/b>通知公告</a></li><li><a href=/c>政策法规</a></li></ul></td>"
        f"<td>{head}<div>发布日期：2023-05-12</div><div>{WORK}</div></td></tr></table>"
        "<div>版权所有：某某区水务局</div></body></html>")


def test_channel_heading_matching_a_channel_only_title_gives_way_to_the_printed_headline():
    page = channel_page("通知公告", f"<h2>通知公告</h2><div align=center>{NOTICE}</div>")
    assert extract(page).title == NOTICE


def test_office_heading_matching_an_office_only_title_gives_way_to_the_printed_headline():
    page = channel_page("某某区水务局", f"<h1>某某区水务局</h1><h2>通知公告</h2><h3>{NOTICE}</h3>")
    assert extract(page).title == NOTICE


def test_name_only_title_and_no_other_printed_line_keeps_the_name():
    # Guards (before and after): a channel's title over a headline printed in a heading;
    # nothing printed but the channel's box: the name stays the answer.
    assert extract(channel_page("通知公告", f"<h3>{NOTICE}</h3>")).title == NOTICE
    assert extract(channel_page("通知公告", "<h2>通知公告</h2>")).title == "通知公告"


# 7. a headline printed as a definition list's term over its date line --------------------
def term_page(title: str = "") -> str:
    """A broadcaster's story page: ``<dl><dt>headline</dt><dd>date | source | editor</dd></dl>``
    over the text (no heading tag, no class); ``title`` is its ``<title>``, none by default
    (a saved copy without its head)."""
    head = f"<html><head><title>{title}</title></head>" if title else "<html>"
    return (
        f"{head}<body><div><a href='/'>首页</a> <a href='/world/'>国际</a></div><div><dl>"
        "<dt>多国航空公司宣布恢复经停航线 旅客出行更便利</dt>"
        "<dd>2017-02-23 10:54:46&nbsp;&nbsp;|&nbsp;&nbsp;来源：某某在线&nbsp;&nbsp;|&nbsp;&nbsp;编辑：某某</dd>"
        f"</dl><div>{WORK}</div></div></body></html>")


def test_definition_term_over_the_date_line_is_the_headline_of_a_page_without_title():
    result = extract(term_page())
    assert result.title == "多国航空公司宣布恢复经停航线 旅客出行更便利"
    assert result.published_at == "2017-02-23T10:54:46+08:00"
    # Guard (before and after): a <title> naming the story.
    titled = extract(term_page("多国航空公司宣布恢复经停航线 旅客出行更便利_某某在线"))
    assert titled.title == "多国航空公司宣布恢复经停航线 旅客出行更便利"


def test_headline_broken_over_two_lines_of_its_centred_bold_block_is_one_headline():
    broken = "<div align=center><b>关于开展2023年汛前河道<br>安全检查的通知</b></div>"
    assert extract(channel_page("通知公告", broken)).title == NOTICE
    # Guards (before and after): a document number or a date under the headline in the
    # same block is no part of it.
    numbered = f"<div align=center><b>{NOTICE}<br>某水〔2023〕12号</b></div>"
    assert extract(channel_page("通知公告", numbered)).title == NOTICE
    dated = f"<div align=center><b>{NOTICE}<br>2023年5月12日</b></div>"
    assert extract(channel_page("通知公告", dated)).title == NOTICE
