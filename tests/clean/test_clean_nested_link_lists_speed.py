"""Speed steps of the stop-25 round that keep every answer: a link list's "two links or more"
test stops at the second link (a sidebar nested in many wrappers was walked whole once per
wrapper), and the body's first paragraph and its top and end blocks are found by counting
Chinese characters with ``han_count`` instead of a list of matches (the same count)."""

from __future__ import annotations

from lxml import etree

from pipelines.articlebody import _two_links, best_body
from pipelines.clean import clean_document
from pipelines.headline import _article_start, _first_text
from pipelines.htmlparse import parse_html
from pipelines.pagedate import _body_end, _body_top
from pipelines.treetext import HAN
from tests.clean.news_page import news_page

_PARAS = [
    "区政府今天召开专题会议，研究部署今冬明春道路养护和积雪清扫工作，要求各街道提前备好物资。",
    "会议指出，去年冬季全区共出动清扫车辆四千余台次，主干道积雪在降雪停止后六小时内基本清除。",
    "会议要求，各部门要细化分工，加强值守，遇到较大降雪时第一时间启动预案，确保群众出行安全。",
]


def _sidebar(links: int, wrappers: int) -> str:
    """A list of ``links`` related stories nested in ``wrappers`` plain ``<div>``s."""
    items = "".join(f"<li><a href='/n{i}.html'>相关报道第{i}条</a></li>" for i in range(links))
    side = f"<ul>{items}</ul>"
    for _ in range(wrappers):
        side = f"<div>{side}</div>"
    return side


def _page(wrappers: int = 30) -> str:
    body = "<div class='text'>" + "".join(f"<p>{p}</p>" for p in _PARAS) + "</div>"
    return news_page("区政府部署冬季道路养护工作", body + _sidebar(200, wrappers))


def test_two_links_answers_as_counting_every_link_on_every_element():
    root = parse_html(_page() + "<p><a href='/x'>一</a></p><div><a>甲</a><a>乙</a></div>")
    for el in root.iter(etree.Element):
        assert _two_links(el) == (sum(1 for _ in el.iter("a")) >= 2), el.tag


def test_a_related_list_nested_in_thirty_wrappers_is_still_a_link_list_not_the_body():
    root = parse_html(_page())
    body, link_lists = best_body(root)
    assert body is not None and body.get("class") == "text"
    assert any(el.tag == "ul" for el in link_lists)
    result = clean_document(_page().encode("utf-8"), fetched_at="2026-12-01T08:00:00Z")
    assert result.paragraphs == _PARAS


def test_the_same_page_gives_the_same_result_however_deep_its_sidebar_is_nested():
    shallow = clean_document(_page(1).encode("utf-8"), fetched_at="2026-12-01T08:00:00Z")
    deep = clean_document(_page(60).encode("utf-8"), fetched_at="2026-12-01T08:00:00Z")
    assert (deep.title, deep.published_at, deep.paragraphs) == \
        (shallow.title, shallow.published_at, shallow.paragraphs)


def _own(el: etree._Element) -> str:
    return (el.text or "") + "".join(child.tail or "" for child in el)


def test_article_start_is_the_first_block_with_twenty_chinese_characters_of_its_own():
    root = parse_html(news_page("标题", "<div id='b'><p>Road works: 12 streets</p><p><b>提示</b>"
                                "短句</p>" + "".join(f"<p>{p}</p>" for p in _PARAS) + "</div>"))
    body = root.find(".//div[@id='b']")
    start = _article_start(body)
    assert start.text == _PARAS[0]
    # The plain reading of the same rule: a list of matches counted.
    plain = next(el for el in body.iter() if len(HAN.findall(_own(el))) >= 20)
    assert start is plain
    assert _first_text(body) is next(
        el for el in body.iter() if el.text and len(HAN.findall(el.text)) >= 2)


def test_a_body_without_chinese_text_starts_at_itself():
    root = parse_html("<html><body><div id='b'>" + "<p>line 1 of a table of numbers</p>" * 50
                      + "</div></body></html>")
    body = root.find(".//div[@id='b']")
    assert _article_start(body) is body
    assert _first_text(body) is None


def test_date_lines_at_the_body_top_and_end_are_the_blocks_found_before():
    date_top = "<p><span>发布时间：</span><span>2026-11-30</span></p>"
    date_end = "<p>区城市管理委员会</p><p>2026年11月30日</p>"
    root = parse_html(news_page("标题", "<div id='b'>" + date_top
                                + "".join(f"<p>{p}</p>" for p in _PARAS) + date_end + "</div>"))
    body = root.find(".//div[@id='b']")
    top, end = _body_top(body), _body_end(body)
    texts_top = {_own(el) for el in top}
    assert "2026-11-30" in {el.text for el in top}
    assert _PARAS[0] in texts_top  # the first blocks are the top, up to the first paragraph
    assert {el.text for el in end} >= {"区城市管理委员会", "2026年11月30日", _PARAS[2]}
