# ruff: noqa: E501  (Chinese test strings)
"""A site's unheaded disclaimer under a short text on a page without classes (issue 14, stop
36; the robustness benchmark's ``bare`` perturbation): a page in the shape of a real one, with
text written here.

A financial site closes every page with its footer: a line of links, a block of two
paragraphs — who supplies the quotes, then a disclaimer naming the site twice and declining
all responsibility (``本网站的内容概不构成任何投资意见……本公司概不负责。``) — and a copyright line.
With classes and ids gone and lines set straight in ``<body>``, the page itself ranks first
among the candidates; it then gives way to the best block of its own holding a third of its
score, and that choice skipped footers but not a site's statement: the disclaimer's block
(268 characters) was taken over a report of three short paragraphs (176), and the body was
the disclaimer. A statement is now skipped there as it is everywhere else in the choice.
Guard: the same report with the disclaimer's block under it inside a wrapper, no line in
``<body>``, is the text too (it was before).
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

TITLE = "监管部门向三家机构发出监管函 剑指违规投资"
REPORT = ["监管部门近日向三家机构发出监管函，剑指违规投资行为。",
          "三家机构分别为某某财产保险、某某人寿保险和某某资产管理公司。",
          "其中，某某财产保险存在的问题包括投资执行控制不严、未按规定开展内部审计等；某某资产管理公司则存在超限额投资关联方产品等问题。"]
CREDITS = "行情资料由某某数据有限公司提供。外汇及黄金报价由某某通讯社提供。"
DISCLAIMER = ("本网站的内容概不构成任何投资意见，本网站内容亦并非就任何个别投资者的特定投资目标、财务状况及个别需要而编制。"
              "投资者不应只按本网站内容进行投资，在作出任何投资决定前，应考虑产品的特点、本身的投资目标及可承受的风险程度，"
              "并适当地寻求独立的专业意见。本网站及其资讯供应商竭力提供准确可靠的资料，但并不保证资料绝对无误，"
              "资料如有错漏而令阁下蒙受损失，本公司概不负责。")
FOOTER = ("<div><p><a href='#top'>回上</a></p><p><a href='/about'>网站简介</a> | <a href='/terms'>服务条款</a> | "
          "<a href='/disclaimer'>免责声明</a></p>"
          f"<div><p>{CREDITS}</p><p>{DISCLAIMER}</p></div>"
          "<p>某某财经新闻有限公司版权所有，不得转载。<br>Copyright © 2018 Some Company Limited.</p></div>")


def _page(inner: str) -> str:
    return (page_head(TITLE) + "<div><a href='/'>首页</a> <a href='/news/'>即时新闻</a></div>"
            + inner + "</body></html>")


def _report() -> str:
    return f"<div><h1>{TITLE}</h1><div>2018-06-29 15:23</div><div>" + "".join(f"<p>{p}</p>" for p in REPORT) + "</div></div>"


def test_the_disclaimers_block_is_not_taken_when_the_page_ranks_first() -> None:
    body = cleaned(_page("<p>扫码关注我们的公众号</p>" + _report() + FOOTER + "<p>更多资讯请下载客户端</p>")).body
    assert body.startswith(REPORT[0])
    assert body.rstrip().endswith(REPORT[-1])


def test_the_report_over_the_footer_in_a_wrapper_is_the_text() -> None:
    body = cleaned(_page(_report() + FOOTER)).body
    assert body.startswith(REPORT[0])
