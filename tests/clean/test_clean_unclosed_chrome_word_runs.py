"""A ``<nav>`` left unclosed around a short notice whose text Word cut into runs.

A template that never closes its ``<nav>`` (or ``<aside>``) puts the whole page inside it;
such a chrome block is kept when it holds most of the page's prose. A short supplementary
notice pasted from Word has its sentences cut into ``<font>`` runs (``一、``, ``3. ``,
``专用合同条款中``, ``21. ``…, the punctuation in runs of its own): no piece holds a
sentence's punctuation with its words, so the page had no prose at all, the unclosed block
held "none" of it, went as chrome, and the notice's text with it (an empty body). Without
prose pieces the page's Chinese text outside links is weighed instead.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, page_head

HEADLINE = "城西片区道路改造工程施工招标补充公告"
RUNS = [("一、", "宋体"), ("2. ", "Calibri"), ("投标文件递交截止时间调整为", "宋体"),
        ("2025", "Calibri"), ("年", "宋体"), ("6", "Calibri"), ("月", "宋体"),
        ("18", "Calibri"), ("日上午", "宋体"), ("9:30", "Calibri"), ("，", "Calibri"),
        ("开标地点不变", "宋体"), ("，", "Calibri"), ("其余内容按原招标文件执行", "宋体"),
        ("。", "Calibri")]
SECOND = [("二、", "宋体"), ("本补充公告为招标文件的组成部分", "宋体"), ("，", "Calibri"),
          ("与招标文件具有同等效力", "宋体"), ("，", "Calibri"), ("请各投标人注意查阅", "宋体"),
          ("。", "Calibri")]


def word_paragraph(runs: list[tuple[str, str]]) -> str:
    """A paragraph as Word's markup writes it: each run in its own ``<font>`` in a span."""
    inner = "".join(f"<font face='{face}'>{text}</font>" for text, face in runs)
    return f"<p class='MsoNormal'><span style='FONT-SIZE: 14pt'>{inner}</span></p>"


@pytest.mark.parametrize("tag", ["nav", "aside"])
def test_a_word_pasted_notice_inside_an_unclosed_chrome_tag_is_the_body(tag):
    menu = "".join(f"<li><a href='/col/{k}/'>{name}</a></li>"
                   for k, name in enumerate(["首页", "要闻", "政务公开", "办事服务", "互动交流"]))
    page = (page_head(HEADLINE) + f"<{tag}><ul>{menu}</ul>"
            f"<div><h1>{HEADLINE}</h1><div>发布日期：2025-06-10 10:29</div>"
            f"<div>{word_paragraph(RUNS)}{word_paragraph(SECOND)}</div></div></body></html>")
    body = cleaned(page).body
    assert body.startswith("一、2. 投标文件递交截止时间调整为2025年6月18日")
    assert body.endswith("请各投标人注意查阅。")
