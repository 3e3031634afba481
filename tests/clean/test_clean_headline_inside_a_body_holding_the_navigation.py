# ruff: noqa: E501  (Chinese test strings)
"""A page whose blocks all sit in one wrapper (or straight in ``<body>``): the block chosen as
the text holds the site's navigation links, then the headline, then the text (issue 14, stop
35: a flat page, a body-only copy, a template's one ``<div class=main>``). When nothing names
the story — no ``<title>``, or one naming only the office — the first line in it that is no
link's and could be a headline opens the story: the headline, whatever its tag (``<h1>``,
``<h2>``, a centred bold line), not nothing and not the office's name. Pages of text written
here in those shapes.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned

_HEADLINE = "关于开展全市行道树补植工作的通知"
_NAV = "<div class='nav'><a href='/'>首页</a> &gt; <a href='/tz/'>通知公告</a></div>"
_TEXT = ("<p>为了规范城市绿地养护工作，提高行道树修剪和补植质量，现就开展全市行道树补植工作通知如下，请各单位认真组织实施。</p>"
         "<p>各区要在十二月底前完成补植任务，执行中有何问题，请及时反馈我局。</p>")
_HEADINGS = {
    "h1 over its date line": f"<h1>{_HEADLINE}</h1><p>发布时间：2026-11-20</p>",
    "h2 over the document number": f"<h2>{_HEADLINE}</h2><p>某园〔2026〕12号</p><p>各区园林绿化局：</p>",
    "centred bold line": f"<p align='center'><strong>{_HEADLINE}</strong></p><p>各区园林绿化局：</p>",
}


def _page(title: str, heading: str, wrapped: bool) -> str:
    inner = _NAV + heading + _TEXT + "<p>某市园林绿化局</p><p>2026年11月20日</p>"
    if wrapped:
        inner = f"<div class='top'>某市园林绿化局</div><div class='main'>{inner}</div><div class='foot'>版权所有</div>"
    head = f"<title>{title}</title>" if title else ""
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{inner}</body></html>"


@pytest.mark.parametrize("wrapped", [True, False])
@pytest.mark.parametrize("title", ["", "某市园林绿化局"])
@pytest.mark.parametrize("heading", sorted(_HEADINGS))
def test_headline_under_the_navigation_in_the_text_block_is_the_headline(heading: str, title: str, wrapped: bool) -> None:
    assert cleaned(_page(title, _HEADINGS[heading], wrapped)).title == _HEADLINE

