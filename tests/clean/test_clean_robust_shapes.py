# ruff: noqa: E501  (Chinese test strings)
"""Failure classes found by perturbing the real pages' markup (``benchmarks/extraction_robust.py``):
each a page in the real markup's shape with text written here.

1. dates in full-width digits and in Chinese numerals; a date line wrapped in many spans at
   the body's top;
2. the date line printed under the text (alone, or with its source), not above it — and a
   document's signing date under the text does not beat a labelled date line above it;
3. no ``<title>`` (or a one-part ``<title>`` that is only a channel's name): the printed
   headline is weighed by its kind and place (``h1`` over a closer related-links heading);
4. labels waiting for their value, rows of page tools and a byline ending with its date are
   never headlines.
"""

from __future__ import annotations

import pytest

from pipelines.clean import clean_document
from pipelines.dates import ascii_dates, parse_date
from pipelines.headlinetext import headline_text

FETCHED = "2026-12-01T08:00:00Z"
HEADLINE = "某县举办秋季农产品产销对接会"
PARAS = [
    "今年以来，某县把农产品销售作为促进农民增收的重要抓手，多次组织合作社走出去参加展销活动。",
    "县农业农村局提前走访了全县六十多家合作社，摸清了各类产品的规格、产量和上市时间。",
    "为方便采购商了解产品，会场按茶叶、水果、菌菇和粮油分设四个展区，并安排专人讲解。",
    "十月十二日，某县在县会展中心举办秋季农产品产销对接会，四十多家采购商与本地合作社现场洽谈。",
    "对接会上，县农业农村局介绍了今年茶叶、柑橘和食用菌的产量情况，并发布了十个重点产品的供货清单。",
    "现场签订采购意向协议二十三份，涉及金额约一千二百万元，部分订单将在下月起分批交付。",
    "县里表示，将继续搭建产销平台，帮助合作社稳定销路、提高收益。",
]


def body_html(paras: list[str] = PARAS) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def clean(page: str, **kwargs):
    kwargs.setdefault("fetched_at", FETCHED)
    return clean_document(page.encode("utf-8"), **kwargs)


# 1. date forms -------------------------------------------------------------------------------


@pytest.mark.parametrize(("printed", "iso"), [
    ("２０２４－１０－１２　０９：３０", "2024-10-12T09:30:00+08:00"),
    ("２０２４年１０月１２日", "2024-10-12T00:00:00+08:00"),
    ("二〇二四年十月十二日", "2024-10-12T00:00:00+08:00"),
    ("二○二四年十月二十一日", "2024-10-21T00:00:00+08:00"),
    ("一九九八年三月五日", "1998-03-05T00:00:00+08:00"),
])
def test_full_width_and_chinese_numeral_dates_are_read(printed, iso):
    assert parse_date(f"发布日期：{printed}") == iso


def test_chinese_numerals_that_are_no_date_stay_unread():
    assert ascii_dates("二〇二四年十三月五日") == "二〇二四年十三月五日"  # no 13th month
    assert parse_date("第十二届 三月") is None


@pytest.mark.parametrize("printed", ["２０２４－１０－１２", "二〇二四年十月十二日"])
def test_a_date_line_in_full_width_or_chinese_numerals_at_the_body_top_dates_the_page(printed):
    # A Word-made page: the date line is a centred line inside the text's container,
    # wrapped in Word's spans, after a few empty spans; nothing in <meta>.
    spans = "".join('<span lang="EN-US" style="FONT-SIZE: 9pt"><o:p></o:p></span>' for _ in range(8))
    page = f"""<html><head><title>{HEADLINE}</title></head><body><div class="detail">
<h2 class="title">{HEADLINE}</h2><div class="content"><p class="MsoNormal" align="center">{spans}
<span style="FONT-SIZE: 12pt"><center>发布时间：{printed}</center></span></p>{body_html()}</div></div></body></html>"""
    assert clean(page).published_at == "2024-10-12T00:00:00+08:00"


# 2. the date line under the text -------------------------------------------------------------


@pytest.mark.parametrize("line", ["2024-10-12 09:30:15", "2024-10-12 09:30 来源: 某某日报",
                                  "发布日期：2024年10月12日"])
def test_a_date_line_printed_under_the_text_dates_the_page(line):
    # A portal's column page (and many county sites): no date above the text, the date line
    # printed under the last paragraph, then the column's reprint note.
    note = '<p><font face="楷体">本文为某某网授权本站发布，转载请注明出处。本文仅为作者观点。</font></p>'
    page = f"""<html><head><title>{HEADLINE}_某某网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>
<div class="main"><h1>{HEADLINE}</h1><div id="text">{body_html()}<p>{line}</p>{note}</div></div>
<div class="footer">Copyright 2003-2025 某某网 版权所有</div></body></html>"""
    assert clean(page).published_at.startswith("2024-10-12")


def test_a_signing_date_under_the_text_does_not_beat_the_labelled_date_line_above_it():
    # A notice: published 10-15 (labelled line above the text), signed 10-12 (its last line).
    page = f"""<html><head><title>{HEADLINE}</title></head><body><div class="main">
<h1>{HEADLINE}</h1><div class="line">发布时间：2024-10-15</div>
<div class="article">{body_html()}<p>某县农业农村局</p><p>2024年10月12日</p></div></div></body></html>"""
    assert clean(page).published_at.startswith("2024-10-15")


def test_a_publication_date_line_beats_the_disclosure_tables_generation_date():
    # A ministry's notice: the disclosure table above the headline gives 生成日期 (the
    # record's), the line under the text 发布日期 (the page's); nothing in <meta>.
    table = ('<table><tr><td>信息索引：</td><td>360A-2024-0008</td></tr>'
             '<tr><td>生成日期：</td><td>2024-10-08</td></tr><tr><td>发文机构：</td><td>某某部办公厅</td></tr></table>')
    page = f"""<html><head><title>{HEADLINE}</title></head><body>{table}
<h1>{HEADLINE}</h1><div class="content">{body_html()}</div>
<div>发布日期：2024-10-12 来源：某某部</div></body></html>"""
    assert clean(page).published_at.startswith("2024-10-12")


def test_a_readers_comment_date_under_the_text_is_not_the_pages_date():
    page = f"""<html><head><title>{HEADLINE}</title></head><body><div class="main">
<h1>{HEADLINE}</h1><div class="line">2024-10-12 09:30</div>
<div class="article">{body_html()}<div><p>网友：张三</p><p>2024-11-02 10:11:12</p></div></div></div></body></html>"""
    assert clean(page).published_at == "2024-10-12T09:30:00+08:00"


# 3. headline with no title to match ------------------------------------------------------------


RELATED = ('<div class="con_2"><h2><a href="/a.html">全县秋粮收购工作有序推进 烘干设备全部投入使用</a></h2>'
           '<p>全县秋粮收购工作有序推进。</p></div>')


@pytest.mark.parametrize("title", ["", "<title>通知公告</title>", "<title>工作动态</title>"])
def test_without_a_title_to_match_the_pages_h1_beats_a_closer_heading(title):
    # A template with no (or only a channel's) <title>: the headline's h1, then the share
    # bar, a box with an earlier story's (longer) linked heading and a picture's heading,
    # then the text.
    page = f"""<html><head>{title}</head><body>
<div class="top"><a href="/">首页</a> <a href="/tzgg/">通知公告</a></div>
<div class="box"><h1>{HEADLINE}</h1><div class="share"><a href="#">微信</a> <a href="#">微博</a></div>
{RELATED}<h4>活动现场</h4>
<div class="txt">{body_html()}</div></div></body></html>"""
    assert clean(page).title == HEADLINE


def test_a_one_part_title_that_is_the_headline_is_still_taken():
    # The <title> is the headline itself (not a channel's short name): it matches the
    # printed heading and wins, as before.
    page = f"""<html><head><title>{HEADLINE}</title></head><body><h2>工作动态</h2>
<div><div class="t">{HEADLINE}</div><div class="txt">{body_html()}</div></div></body></html>"""
    assert clean(page).title == HEADLINE


# 4. never a headline ---------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["内容概述：", "关联稿件：", "评论 邮件 纠错",
                                  "页面功能 【我来说两句】【推荐】【打印】【关闭】",
                                  "张某某 报道 2012年08月02日"])
def test_labels_tool_rows_and_dated_bylines_are_never_the_headline(line):
    # Lines a template sets as headings (a disclosure table's field label, a related-items
    # label, a tool bar, a byline in an h6) that stood in when nothing else was found.
    assert headline_text(line) is None
    page = f"""<html><head></head><body><div class="wrap">
<div class="t"><b>{HEADLINE}</b></div><h3>{line}</h3>
<div class="txt">{body_html()}</div></div></body></html>"""
    assert clean(page).title == HEADLINE


@pytest.mark.parametrize("label", ["热点新闻", "最新文章", "图片新闻", "往期回顾", "推荐阅读"])
def test_a_boxs_heading_above_an_unmarked_headline_is_not_the_headline(label):
    # An old forum page (<title> "显示"): a box of other stories with an h3 heading sits
    # above the post, whose title is a bold centred line that opens the text.
    page = f"""<html><head><title>显示</title></head><body>
<div><h3>{label}</h3><ul><li><a href="/a.html">另一篇文章</a></li></ul></div>
<div><p align="center"><font size="4"><strong>{HEADLINE}</strong></font></p>{body_html()}</div></body></html>"""
    assert clean(page).title == HEADLINE


def test_a_masthead_welcome_line_with_todays_date_does_not_date_the_page():
    page = f"""<html><head><title>{HEADLINE}</title></head><body>
<div>2024年10月15日 欢迎访问某某网</div><h1>{HEADLINE}</h1>
<div>某某网 (2024-10-12 09:30)</div><div class="content">{body_html()}</div></body></html>"""
    assert clean(page).published_at == "2024-10-12T09:30:00+08:00"


def test_a_document_number_after_the_title_on_its_line_is_not_the_headlines():
    # A regulator's disclosure page without classes: "标题(某金罚决字〔2024〕36号)" in one
    # centred cell above the table.
    page = f"""<html><head><title>某某监管局</title></head><body>
<div align="center"><b>{HEADLINE}(某金罚决字〔2024〕36号)</b></div>
<div>{body_html()}</div></body></html>"""
    assert clean(page).title == HEADLINE


@pytest.mark.parametrize("line", ["国务院：一季度 经济 运行 稳中向好", "县 召开 春耕 生产 动员会 部署 农业 生产 工作",
                                  "某某 新闻 发布会 举行"])
def test_headlines_with_spaces_or_a_colon_inside_stay_headlines(line):
    assert headline_text(line) == line


# 2b. a date printed without its year ----------------------------------------------------------


def _yearless_page(head: str = "", first: str = "", pictures: str = "") -> str:
    return f"""<html><head><title>{HEADLINE}_某某网</title>{head}</head><body>
<h1>{HEADLINE}</h1><div class="info">发布时间：10-12 09:30 来源：某某日报</div>
<div class="content">{first}{body_html()}{pictures}</div></body></html>"""


def test_a_yearless_date_takes_the_year_of_the_pages_own_picture_paths():
    # An old portal: the date line has no year, nothing is stated in <meta>; the article's
    # pictures sit under /2015/10/12/ on the image server.
    pictures = '<p><img src="http://img.example.invalid/news/2015/10/12/20151012093001.jpg"></p>'
    assert clean(_yearless_page(pictures=pictures)).published_at == "2015-10-12T09:30:00+08:00"


def test_a_yearless_date_takes_the_year_the_article_gives_its_month_over_a_stated_update():
    # A provincial portal: "发布日期：10-12", a <meta> update time on another day of another
    # year, and the text opening "2023年10月，…".
    head = '<meta name="PubDate" content="2024-04-15 14:53:51">'
    first = "<p>2023年10月，某县组织专家团队走进乡镇，开展农产品质量安全宣传和技术指导活动。</p>"
    assert clean(_yearless_page(head=head, first=first)).published_at == "2023-10-12T09:30:00+08:00"


def test_a_hidden_release_time_field_dates_the_page():
    # A news app's page: the release time only in a hidden form field (no meta, no line).
    page = f"""<html><head><title>{HEADLINE}</title></head><body>
<input type="hidden" id="hidReleaseTime" value="2024-03-12 15:35:47">
<h1>{HEADLINE}</h1><div class="content">{body_html()}</div></body></html>"""
    assert clean(page).published_at == "2024-03-12T15:35:47+08:00"


# 5. cost guards with the same answers ----------------------------------------------------------


@pytest.mark.parametrize("spelling", ["display:none", "DISPLAY: none", "display : NONE", "Display:None"])
def test_hidden_blocks_found_from_the_markup_are_those_found_from_the_tree(spelling):
    # Word's markup: thousands of inline styles, a few of them hiding a block. Looking for
    # the page's spellings of display:none in its text finds the same blocks.
    from pipelines.htmlparse import parse_html
    from pipelines.setaside import hidden_blocks

    spans = "".join(f'<span style="FONT-SIZE: 12pt; mso-border-alt: none; BORDER: none">{k}</span>' for k in range(300))
    markup = f"""<html><body><div class="ng-hide">某某</div><div style="{spelling}">隐藏的标题副本</div>
<p style="margin:0">{spans}</p><span style="color:red;{spelling};">另一处</span>{body_html()}</body></html>"""
    root = parse_html(markup)
    from_tree = hidden_blocks(root)
    assert len(from_tree) == 3
    assert hidden_blocks(root, markup) == from_tree


def test_a_page_long_table_of_numbered_rows_is_read_for_its_date_at_its_top():
    # A notice whose text is a 5,000-row table of numbered entries and no running text: the
    # date line above it is found, and the rows below are not all parsed for dates.
    rows = "".join(f"<tr><td>{k}</td><td>某某{k % 97}号</td><td>{k % 12 + 1}</td></tr>" for k in range(5000))
    page = f"""<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>
<div class="info">发布日期：2024-10-12</div><table>{rows}</table></body></html>"""
    assert clean(page).published_at.startswith("2024-10-12")


def test_a_body_holding_a_thousand_unclosed_font_tags_keeps_its_text():
    # An old county page: every line of the notice opens a <font> that is never closed, so
    # the text's last paragraphs sit 1,500 levels deep inside the body's container.
    fonts = "".join(f'<font size="3">{p}<br>' for p in PARAS) + '<font size="2">' * 1500 + "会议最后强调，各项任务务必在年底前全部完成。"
    page = f"""<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>
<div class="content"><p>{PARAS[0]}</p>{fonts}</div></body></html>"""
    result = clean(page)
    assert result.paragraphs and result.paragraphs[-1] == "会议最后强调，各项任务务必在年底前全部完成。"
