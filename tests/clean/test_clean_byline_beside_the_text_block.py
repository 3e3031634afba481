# ruff: noqa: E501  (Chinese test strings)
"""A byline or an editor's line printed right after the text's block, outside it (issue 14,
stop 28: an opened page's ``editors`` was lost when block choice took the text's own inner
block instead of a wrapper holding the breadcrumb, the headline, the text and the line).

The shape of such a template (a TRS-style article cell: the headline, a date and source line,
then a ``<div class="TRS_Editor">`` of the text's paragraphs and a ``<p>责任编辑：…</p>`` as
its next sibling, a pager and the site's statement further down), with text written here.
The body is the text's block alone; the line after it still gives the page's editors (or
reporters), as it did when it was read inside a wider block.

Guards: a sentence printed after the block is no byline (no names read from it); a byline
line further down, after other lines, is not the text's; the body is the same with or
without the line.

Such lines, once read, showed three faults of the byline reader, each a class of its own
(real lines of the opened splits and the pool): a source field on the line
(``编辑：某某 来源：某某网``) was read as two more names, a tag or download line opening with
``文`` (``文章标签 …``, ``文件下载：``) as a credit to ``文``, and the page's tools in
brackets (``[打印] [进入论坛]``) as names. Now the source names the media, ``文`` is a role
only with no Chinese character after it, and a bracketed item naming no role is dropped.
"""

from __future__ import annotations

from pipelines.metadata import read_byline
from tests.clean.news_page import cleaned, page_head, paras

TITLE = "城西老街改造工程完工 沿街商铺陆续开门"
TEXT = ["11月28日，历时八个月的城西老街改造工程完工，沿街四十多家商铺陆续恢复营业。",
        "据介绍，改造保留了老街原有的青石板路面和骑楼立面，同时更换了地下管网，新增了两处口袋公园。",
        "附近居民表示，施工期间出行虽有不便，但看到老街焕然一新，觉得等待是值得的。"]


def _page(after: str, *, later: str = "") -> str:
    """The article cell: headline, date line, the text's block and ``after`` as its sibling
    (``later`` further down the cell, after the pager)."""
    return (page_head(TITLE + "_某某新闻网")
            + "<table><tr><td><p>当前位置：<a href='/'>首页</a> &gt; <a href='/news/'>新闻聚焦</a></p>"
            "<div class='f24'><h1>" + TITLE + "</h1></div>"
            "<div class='f12'>2026-11-29 08:15 作者： 来源：某某日报</div>"
            "<table><tr><td><div style='font-size:14px'>"
            "<div class='TRS_Editor'>" + paras(TEXT) + "</div>" + after + "</div></td></tr>"
            "<tr><td><div class='page'><p>上一篇 下一篇</p></div>" + later + "</td></tr></table>"
            "</td></tr></table>"
            "<div class='foot'><p>本网声明：凡本网注明来源的作品，转载请注明出处。</p></div>"
            "</body></html>")


def test_an_editors_line_after_the_text_block_gives_the_editors():
    result = cleaned(_page("<p>责任编辑：王晓明</p>"))
    assert result.editors == ["王晓明"]
    assert result.body.split("\n\n") == TEXT


def test_a_reporters_credit_after_the_text_block_gives_the_authors():
    result = cleaned(_page("<p>（记者 李明 通讯员 赵小川）</p>"))
    assert result.authors == ["李明", "赵小川"]
    assert result.body.split("\n\n") == TEXT


def test_a_sentence_after_the_text_block_gives_no_names():
    result = cleaned(_page("<p>编辑部将继续关注老街商铺的经营情况。</p>"))
    assert result.authors == [] and result.editors == []


def test_a_byline_further_down_after_other_lines_is_not_the_texts():
    result = cleaned(_page("", later="<p>责任编辑：王晓明</p>"))
    assert result.editors == []


def test_the_body_is_the_same_with_or_without_the_line():
    with_line = cleaned(_page("<p>责任编辑：王晓明</p>")).body
    assert with_line == cleaned(_page("")).body


def test_a_source_field_on_the_line_names_the_media_not_two_more_people():
    result = cleaned(_page("<p>编辑： 王晓明 来源： 某某日报</p>"))
    assert result.editors == ["王晓明"]
    meta = read_byline("作者：李明 来源：某某网")
    assert meta is not None and meta.authors == ["李明"] and meta.media == "某某网"


def test_a_tag_line_or_a_download_line_after_the_text_gives_no_names():
    for line in ("文章标签 老街 改造 商铺", "文件下载："):
        result = cleaned(_page(f"<p>{line}</p>"))
        assert result.authors == [] and result.editors == [], line
        assert read_byline(line) is None, line
    assert read_byline("文 李明").authors == ["李明"]


def test_the_pages_tools_in_brackets_on_the_line_are_no_names():
    result = cleaned(_page("<p>稿源： 某某网 编辑： 王晓明 [打印] [进入论坛]</p>"))
    assert result.editors == ["王晓明"]
    assert read_byline("【责任编辑：王晓明】").editors == ["王晓明"]
