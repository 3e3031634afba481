# ruff: noqa: E501  (Chinese test strings)
"""Failure classes of the fifth held-out split (``fresh3``), scored once and then opened:
each a page in the real markup's shape with text written here.

1. ``og:title`` copying a ``<title>`` of several parts (``标题 | 频道 | 即时新闻 | 某某新闻网``,
   ``标题 - 某某电子报``), in the same order or another: it states only the headline part;
2. a ``<title>`` whose parts are joined by a box-drawing bar (``标题│某某新闻网``);
3. a CMS ``ColumnName`` that repeats the stated headline is no channel name.
"""

from __future__ import annotations

import pytest

from pipelines.clean import clean_document

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
