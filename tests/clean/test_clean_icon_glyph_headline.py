# ruff: noqa: E501  (Chinese test strings)
"""An icon font's glyph printed beside the headline is not part of it (stop 28, headline
round; found on an opened page under the ``notitle`` perturbation and on a pool page).

The shape: a template draws an icon before or after a heading's words with an icon font —
a private-use character in a span (``<h3><span class="icon iconfont">\\ue602</span>标题</h3>``,
a saved page's ``标题\\ue004``). The character is a picture, not a word: it was kept at the
headline's edge (the headline then matched no printed or stated copy of itself). Private-use
characters at a headline line's edges are dropped; inside a line (a misdecoded character the
mojibake repair may still read) they stay.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "市中院召开执行工作新闻发布会"
TEXT = [
    "　　今天上午，市中级人民法院召开新闻发布会，通报全市法院今年以来执行工作的主要措施和取得的成效。",
    "　　截至目前，全市法院共结案四千五百余件，执行到位金额同比增长三成，各项核心指标明显提升。",
    "　　发布会上，法院负责人还回答了记者关于失信被执行人惩戒等方面的提问。",
]
ICON = "\ue602"


@pytest.mark.parametrize("heading", [
    f"<h3><span class='icon iconfont'>{ICON}</span>{HEADLINE}</h3>",
    f"<h1>{HEADLINE}{chr(0xE004)}</h1>",
], ids=["icon-before", "icon-after"])
def test_an_icon_glyph_at_the_headline_edge_is_dropped(heading):
    page = (page_head() + "<div class='main'>" + heading
            + "<div>2018-09-26 09:00:00</div><div class='text'>" + paras(TEXT)
            + "</div></div></body></html>")
    assert cleaned(page).title == HEADLINE
