# ruff: noqa: E501  (Chinese test strings)
"""An editor's signature in brackets closing the text, and what a page prints under it
(stop 38, i28f: fresh20's last-sentence miss of a magazine article, as a class, on pages of
our own text).

A technical article closed its last paragraph with ``（责编/某某）``; under it the page
printed the references, the authors' affiliations and a conference's promotion line, all
kept as the text's end. The label rules end the body before the editor's credit. Now an
editor's bracketed signature (责编, 责任编辑, 值班编辑, 编辑; a slash, a colon or a space)
after a paragraph's last sentence, or on a line of its own (even in a block its class sets
aside, ``<p class="editor">``), closes the text when more of the
text stands above it than below and no other signature follows. Guards: a digest whose
items are each signed keeps every item; a signature over a longer text keeps that text.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page, paras

TITLE = "开源分布式图计算框架的设计与实践"
TEXT = [
    "图计算在推荐、风控和知识图谱中应用越来越广，单机内存已难以容纳上亿条边的图。",
    "我们设计的框架把图按顶点切分到多台机器，每台机器只保存本地顶点及其邻边。",
    "计算以超步为单位推进，每个超步内各机器并行更新顶点，再交换边界上的消息。",
    "为减少通信，框架先在本地合并发往同一顶点的消息，再批量发送，网络流量下降了六成。",
    "容错方面，框架定期把顶点状态写入检查点，某台机器出错时只需回滚到最近的检查点。",
    "调度器根据各机器的负载动态迁移顶点，避免少数热点顶点拖慢整个超步的进度。",
    "在十亿条边的社交网络图上，框架用六十台机器完成一次网页排序计算只需四分钟。",
    "与同类系统相比，框架在相同规模的集群上快一倍，内存占用也少了三分之一。",
    "框架提供了简单的编程接口，用户只需写出单个顶点的更新函数，其余由系统完成。",
    "目前框架已在多家公司的推荐和风控业务中上线，每天处理的图数据超过百亿条边。",
    "未来我们希望更多开发者加入社区，一起把这个框架做得更好用。",
]
TAIL = [
    "参考文献",
    "[1] A. Author, B. Author. Scalable Graph Processing on Clusters. In Proceedings of a Systems Conference, 2014.",
    "[2] C. Author. Message Combining for Vertex-Centric Computation. Tech Report, 2013.",
    "作者简介",
    "某某 某某大学计算机系",
    "某某 某某研究院",
    "11月5-7日，某某国际会议中心，第九届某某技术大会，20场分论坛，150+位讲师，报名通道已开启！",
]


def _body(inner: str) -> str:
    return cleaned(news_page(TITLE, "<div class='article'>" + inner + "</div>")).body


def _ends_text(body: str) -> bool:
    return TEXT[-1] in body and "参考文献" not in body and "报名通道" not in body \
        and "某某研究院" not in body


def test_a_signature_closing_the_last_paragraph() -> None:
    inner = paras([*TEXT[:-1], TEXT[-1] + "（责编/某某）", *TAIL])
    assert _ends_text(_body(inner))


def test_a_signature_worded_otherwise_with_a_colon() -> None:
    inner = paras([*TEXT[:-1], TEXT[-1] + "(责任编辑：某某)", *TAIL], tag="div")
    assert _ends_text(_body(inner))


def test_a_signature_on_a_line_of_its_own() -> None:
    inner = paras(TEXT) + "<p>（编辑 某某）</p>" + paras(TAIL)
    assert _ends_text(_body(inner))


def test_a_signature_among_br_lines() -> None:
    lines = "<br>".join([*TEXT, "（责编：某某）", *TAIL])
    assert _ends_text(_body("<div>" + lines + "</div>"))


def test_a_digest_signing_each_item_keeps_every_item() -> None:
    items = [*(p + "（编辑/某某）" for p in TEXT[:4]), *TEXT[4:]]
    body = _body(paras(items))
    assert TEXT[-1] in body


def test_a_signature_over_a_longer_text_keeps_the_text() -> None:
    inner = paras([TEXT[0] + "（责编/某某）", *TEXT[1:]])
    assert TEXT[-1] in _body(inner)


def test_a_signature_in_a_block_classed_as_the_editors() -> None:
    for attrs in ("class='editor'", "class='zeren'", "id='editor'"):
        body = _body(paras(TEXT) + f"<p {attrs}>（责任编辑：某某）</p>" + paras(TAIL))
        assert _ends_text(body) and "某某）" not in body


def test_an_inline_signature_classed_as_the_editors_adds_no_line() -> None:
    credit = "<div class='ar_writer'><span>【作者：某某研究院】</span> <span class='editor'>(编辑：abc)</span></div>"
    body = _body(paras(TEXT) + credit)
    assert TEXT[-1] in body and "abc" not in body
