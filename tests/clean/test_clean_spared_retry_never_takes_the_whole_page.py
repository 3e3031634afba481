# ruff: noqa: E501  (Chinese test strings)
"""A notice that is a table of fields, on a page whose menu panels each carry a paragraph
or two of prose, classed as widgets (``nav-panel``), and whose top menu is a ``<p>`` set
straight in ``<body>`` (issue 14, stop 35: an opened regulator's page under the ``noise``
and ``classes-*`` perturbations; the page here is in the shape of that template, the text
written here).

The table holds little text, so the blocks of prose set aside for their class words are
spared back and the body is chosen again. The ``<p>`` straight in ``<body>`` makes the page
itself a candidate: it gathers the panels' prose, scattered over the page with no block
holding a third of it, and outweighed the table — the body was the whole page, menus
first. A retry that ends at ``<body>`` (or ``<html>``) finds no text of its own: the table
stays the body.

- The menu set as a ``<p>`` straight in ``<body>``: the table is the body, no menu line.
- Guard: the same page with the menu in a ``<div>`` (the retry never reached ``<body>``
  before either): the table.
"""

from __future__ import annotations

from benchmarks.real.scoring import squeeze
from tests.clean.news_page import cleaned, page_head

TITLE = "河务局行政处罚信息公开表"
INTRO = ("<p>本栏目发布本局依法公开的各类政务信息，内容涵盖机构职能、法规文件和工作动态，方便公众查询。</p>"
         "<p>公众可以通过本栏目提出意见建议，工作人员将在五个工作日内予以答复并反馈办理结果。</p>")
LINKS = "".join(f'<li><a href="/l/{i}.html">河务工作动态第{i}期</a></li>' for i in range(6))
PANELS = "".join(
    f'<div class="item"><a href="/c/{k}/">栏目{k}</a><div class="nav-panel"><div class="list">'
    f'<ul>{LINKS}</ul></div><div class="intro"><div class="sub-title">{INTRO}</div></div></div></div>'
    for k in range(6))
ROWS = "".join(
    f"<tr><td>{i}</td><td>某某建材有限公司第{i}分公司</td><td>河罚字〔2025〕{i}号</td>"
    f"<td>擅自占用河道堆放砂石</td><td>罚款{i}万元</td></tr>" for i in range(1, 4))
TABLE = ("<table><tr><td>序号</td><td>当事人名称</td><td>处罚决定书文号</td><td>违法行为</td>"
         f"<td>处罚内容</td></tr>{ROWS}</table>")
MENU = '<a href="/">首页</a> | <a href="/yw/">要闻</a> | <a href="/gk/">政务公开</a> | <a href="/hd/">互动交流</a>'


def _page(menu_tag: str) -> str:
    return (page_head(TITLE) + f"<{menu_tag}>{MENU}</{menu_tag}>"
            f"<div class='main'><div class='header'><div class='nav'>{PANELS}</div></div>"
            f"<div class='page'><div class='content'><div class='box'><h1>{TITLE}</h1>"
            f"<p>发布时间：2025-06-03</p>{TABLE}</div></div></div></div></body></html>")


def _assert_table_is_the_body(menu_tag: str) -> None:
    result = cleaned(_page(menu_tag))
    body = squeeze(result.body)
    assert result.title == TITLE
    assert body.startswith(squeeze("序号｜当事人名称")), body[:60]
    assert body.endswith(squeeze("罚款3万元")), body[-60:]
    assert "首页" not in body and "本栏目发布" not in body


def test_menu_paragraph_straight_in_body_does_not_make_the_page_the_text() -> None:
    _assert_table_is_the_body("p")


def test_menu_in_a_div_keeps_the_table_as_the_body() -> None:
    _assert_table_is_the_body("div")
