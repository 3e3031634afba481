"""A list of other stories' linked headlines printed inside the text, with the text going
on under it (issue 14, round of stop 31: text cut too early): pages in the common shape,
with text written here.

A probe inserting our own trailers right ABOVE the last labelled paragraph of every opened
page (docs/cleaning.md "Where the text ends (i21e)") lost that paragraph on hundreds of
pages under a ``相关阅读：`` list of bare linked headlines: the text's next paragraph was
read as the last item's excerpt, the items as the related stories under the text, and
everything from the list down went (``blocktext.excerpt_tail``). Items of one list share
their shape: a last item printed flat over a sentence where no item above it holds one is
the text going on. (Items that each hold an excerpt are not told apart so: the site's own
sentence under the last one, 转载请注明出处。, is no text.)

- A 相关阅读 list of bare headlines printed above the text's last paragraph: the paragraph
  stays.
- Guards: the same items under the text's last sentence, each over its excerpt, still go
  (tests/clean/test_clean_related_excerpts.py holds the other shapes).
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs

_TITLE = "城郊湿地公园完成生态修复"
_STORY = [
    "历时两年的生态修复工程完成后，城郊湿地公园本周重新向市民开放。修复后的湿地面积比原来扩大了三分之一。",
    "园林部门介绍，工程清理了淤积的河道，种植了芦苇、菖蒲等本地水生植物，并为候鸟修建了三处栖息岛。",
    "据统计，今年秋季已有四十多种候鸟在湿地停留，其中包括两种国家二级保护鸟类。",
]
_LAST = "园方提醒，观鸟时请保持安静，不要投喂野生鸟类，也不要进入栖息岛周边的保护区域。"
_HEADS = [("/news/2026/1101.html", "全市新建口袋公园二十个"),
          ("/news/2026/1102.html", "城区河道完成清淤整治"),
          ("/news/2026/1103.html", "秋季候鸟迁徙进入高峰期")]
_EXCERPTS = ["今年全市新建口袋公园二十个，大多利用街角闲置地块改造而成。",
             "城区十二条河道的清淤整治工程日前全部完工，水质明显好转。"]


def _page(between: str) -> list[str]:
    """The story's page with ``between`` printed above its last paragraph."""
    text = "".join(f"<p>{t}</p>" for t in _STORY) + between + f"<p>{_LAST}</p>"
    return story_paragraphs(_TITLE, f"<div class='article'>{text}</div>")


def test_a_related_list_of_bare_headlines_above_the_last_paragraph_keeps_it() -> None:
    links = "".join(f"<p><a href='{href}'>{head}</a></p>" for href, head in _HEADS)
    paragraphs = _page(f"<p>相关阅读：</p>{links}")
    assert paragraphs[-1] == _LAST
    assert _STORY[-1] in paragraphs


def test_the_same_items_under_the_last_sentence_still_go() -> None:
    items = "".join(f"<p><a href='{href}'>{head}</a></p><p>{text}</p>"
                    for (href, head), text in zip(_HEADS, _EXCERPTS, strict=False))
    text = "".join(f"<p>{t}</p>" for t in [*_STORY, _LAST])
    paragraphs = story_paragraphs(_TITLE, f"<div class='article'>{text}{items}</div>")
    assert paragraphs[-1] == _LAST
