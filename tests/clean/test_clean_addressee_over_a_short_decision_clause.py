# ruff: noqa: E501  (Chinese test strings)
"""A notice's addressee line over a short clause announcing its decision (stop 35, after
fresh16), on pages of our own text in the shape of a provincial government's disclosure page.

An appointment notice's text is two or three lines: ``经省政府研究决定：`` and the decisions
under it, each closed by a semicolon but the last. The addressee line above
(``各市、县（区）人民政府，省政府各部门：``) stayed as the text's first line, because the rule
that drops it wanted the line under it to be running text — a sentence, or an announcing
clause with a comma in it — and ``经省政府研究决定：`` has no comma. A clause that closes
with the words announcing a decision or what follows (``…研究决定：``, ``现通知如下：``)
opens a notice's text however short it is; the label rules start the body there
(docs/evaluation.md: the addressee line is not body).
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

ADDRESSEE = "各市、县（区）人民政府，省政府各部门："


def _page(lines: list[str]) -> str:
    inner = "".join(f"<p style='text-indent: 2em;'>{line}</p>" for line in lines)
    return (page_head("某省人民政府关于张某某等同志任职的通知")
            + "<div class='nav'><a href='/'>首页</a> &gt; <a href='/xxgk/'>政府信息公开</a></div>"
            "<table class='info'><tr><td>索 引 号：</td><td>000000000/2025-00001</td></tr>"
            "<tr><td>发文机关：</td><td>某省人民政府</td></tr>"
            "<tr><td>成文日期：</td><td>2025-02-27</td></tr></table>"
            "<div class='title'>某省人民政府关于张某某等同志任职的通知</div>"
            f"<div id='zoom'>{inner}</div>"
            "<div class='tools'>打印本页 关闭窗口</div></body></html>")


def test_an_addressee_over_a_short_decision_clause_is_not_the_text() -> None:
    text = ["经省政府研究决定：", "张某某任某某大学副校长（试用期一年）；", "李某某任某某学院副院长（试用期一年）。"]
    paragraphs = cleaned(_page([ADDRESSEE, *text, "2025年2月27日", "（此件主动公开）"])).paragraphs
    assert paragraphs == text


def test_an_addressee_over_a_short_clause_announcing_what_follows_is_not_the_text() -> None:
    text = ["现通知如下：", "一、自2025年3月1日起，各地按新的标准执行。", "二、执行中的问题请及时报告省财政厅。"]
    paragraphs = cleaned(_page([ADDRESSEE, *text])).paragraphs
    assert paragraphs == text

