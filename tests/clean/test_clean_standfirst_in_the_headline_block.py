# ruff: noqa: E501  (Chinese test strings)
"""A standfirst printed in the headline's block, apart from the block of the text, is not the
text's first paragraph, whether or not its classes say so (stop 34; a perturbation residual
of stop 33: a science site's essay under ``noclass``). Pages of our own text in the site's
shape: ``<div><div><h1>…</h1><div>author date</div><p>standfirst</p></div><div><div><img>
<p>caption</p></div><div><div>text…</div></div></div></div>``.

``lead_blocks``' last step (``_wrapped_lead``) takes the one paragraph of the block printed
before the chain of wrappers the body sits in — a page builder's lead field under its date
and topic lines. With the site's classes gone, the block before the text's was the page's
header: the headline, the author's line and the editors' standfirst under them, and the
standfirst became the text's first paragraph. The rules (stop 31) leave a standfirst apart
from the text's block out; a block holding the page's headline (``<h1>``, ``<h2>``) is that
header, and no lead is taken from it. On the opened and pool pages nothing changed.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

_TITLE = "城市地下管廊：让道路不再“拉链”"
_STANDFIRST = "城市的道路为什么总是挖了又填、填了又挖？地下综合管廊把水、电、气、通信管线收进同一条隧道，也许是这个问题的答案。"
_CAPTION = "城市道路下的管线越铺越多，维修一次就要开挖一次。综合管廊要做的，就是把这些管线收进同一条隧道，统一建设、统一维护。"
_TEXT = [
    "这十几年来，随着城市规模迅速扩大，地下管线的长度和种类成倍增加，各家单位各自开挖、各自维修，道路反复被破开。",
    "所谓综合管廊，就是在城市道路下建造一条隧道，把供水、排水、电力、燃气、通信等管线集中敷设，并留有检修通道。",
    "专家表示，管廊建设一次投入较大，但从全寿命周期看，可以减少反复开挖带来的交通拥堵和经济损失。",
]


def _page(header_heading: str = "h1") -> str:
    text = "".join(f"<div>{t}</div><div> </div>" for t in _TEXT)
    return (page_head(f"{_TITLE} | 某某科技评论")
            + "<div><ul><li><a href='/site/'>主题站</a></li><li>科技评论</li></ul></div>"
            f"<div><div><div><{header_heading}>{_TITLE}</{header_heading}><div><a href='/i/1/'>某某作者</a> <span>2013-01-25 16:18</span></div>"
            f"<p>{_STANDFIRST}</p></div>"
            f"<div><div><img src='/pic/1.jpg' width='260'><p>{_CAPTION}</p></div>"
            f"<div><div><div>{text}</div></div></div></div></div></div>"
            "<div><a href='/about/'>关于我们</a> 版权所有</div></body></html>")


def test_a_standfirst_under_the_headline_in_its_own_block_is_not_the_text() -> None:
    paragraphs = cleaned(_page()).paragraphs
    assert _STANDFIRST not in paragraphs
    assert _TEXT[0] in paragraphs[:2]


def test_a_standfirst_under_an_h2_headline_is_not_the_text_either() -> None:
    assert _STANDFIRST not in cleaned(_page("h2")).paragraphs
