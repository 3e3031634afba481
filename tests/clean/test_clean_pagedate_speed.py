"""``pipelines.pagedate``'s speed steps give the same answers as the plain reads they replace:
a parent's stamp verdict kept per page, the ``datetime`` holders reached through their
attributes, a leaf's own text read without gathering tails."""

from __future__ import annotations

from pipelines.htmlparse import parse_html
from pipelines.pagedate import (
    _DATETIME_HOLDERS,
    _TEXT_NODES,
    _not_this_page,
    _own_texts_from_end,
    page_date,
)

_PAGE = """<html><head><title>示例单位召开年度工作会议</title></head><body>
<div class="top">打印时间：<span>2024-03-02 09:00</span></div>
<ul class="pager"><li>上一篇：<a href="/a.html">示例单位举办培训班</a><span>2023-05-30</span></li>
<li>下一篇：<a href="/b.html">示例单位开展检查</a> <span>2023-06-02</span></li></ul>
<h1>示例单位召开年度工作会议</h1>
<div class="info"><span>发布时间：2024-03-01 10:20</span>
<time datetime="2024-03-01T10:20">3月1日</time>
<!-- 来源 --><span>来源：示例单位办公室</span></div>
<div id="text"><p>会议总结了过去一年的工作，部署了今年的重点任务，要求各部门抓好落实。</p>
<p><span>第一</span>条<em>说明</em>尾部文字<!-- 注 -->注后文字</p><p>2024年3月1日</p>
<div datetime="2024-03-01">示例单位</div></div>
<p>上一篇：<span>2024-02-01</span> 本页 <span>2024-02-02</span></p>
</body></html>"""


def test_kept_stamp_verdicts_equal_fresh_reads_for_every_text_holder():
    root = parse_html(_PAGE)
    stamps: dict = {}
    holders = [node.getparent() for node in _TEXT_NODES(root)]
    verdicts = [_not_this_page(el, "2024-03-01", stamps) for el in holders]
    assert verdicts == [_not_this_page(el, "2024-03-01") for el in holders]
    assert any(verdicts) and not all(verdicts)  # the pager's and print bar's lines, the rest
    # A second read of a parent already judged gives the kept verdict, read again the same.
    assert [_not_this_page(el, "2024-03-01", stamps) for el in holders] == verdicts


def test_datetime_holders_are_the_elements_with_the_attribute_in_document_order():
    root = parse_html(_PAGE)
    assert _DATETIME_HOLDERS(root) == root.xpath("//*[@datetime]")
    assert [el.tag for el in _DATETIME_HOLDERS(root)] == ["time", "div"]


def test_own_texts_from_end_gather_a_blocks_text_and_its_childrens_tails():
    root = parse_html(_PAGE)
    body = root.find(".//body")
    expected = []
    for el in body.iter("p", "div", "span", "font", "td", "center", "strong", "b", "em", "small"):
        own = (el.text or "") + "".join(child.tail or "" for child in el)
        if el is not body and own.strip():
            expected.append((el, own))
    assert list(_own_texts_from_end(body)) == expected[::-1]
    assert any("条" in own and "尾部文字" in own and "注后文字" in own for _, own in expected)


def test_body_count_with_comments_keeps_the_page_date():
    root = parse_html(_PAGE)
    body = root.find(".//div[@id='text']")
    assert len(set(body.iter())) == sum(1 for _ in body.iter())  # comments counted once
    text, iso = page_date(root, body, "2025-01-01T00:00:00Z",
                          anchor=root.find(".//h1"))
    assert iso == "2024-03-01T10:20:00+08:00"
    assert "2024-03-01" in text or "3月1日" in text
