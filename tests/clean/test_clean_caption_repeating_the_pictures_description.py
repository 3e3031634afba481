# ruff: noqa: E501  (Chinese test strings)
"""A picture's caption that repeats the picture's ``alt`` or ``title`` is the picture's line,
not the text's first paragraph, however the block is aligned or classed (stop 34; a
perturbation residual of stop 33: a portal's feature under ``noclass``). Pages of our own text
in the portal's shape.

The portal prints over a feature's text a block holding the picture and its caption, ``<div>
<img alt="…" title="…"><span>…</span></div>``, the caption's words the picture's description
again. With its classes in place the block is a photo box; with every class removed it was an
unclassed, uncentred block of text, and its caption became the text's first paragraph. A block
holding a picture whose ``alt`` or ``title`` its words repeat (eight Chinese characters or more,
the two within a fifth of each other's length) is now a picture block at the text's edges.
On the opened and pool pages no body changed (one pool page's headline was found where it had
none).
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs

_TITLE = "城市夜跑热度攀升 跑团数量一年翻番"
_CAPTION = "夜色中，数百名跑者沿江边步道出发，参加某市第三届城市夜跑活动"
_TEXT = [
    "几天前，某市第三届城市夜跑活动在江边步道举行，报名人数超过五千人，比上一届多出一倍。",
    "组织方介绍，今年全市登记在册的跑团已有一百二十多个，成员从学生到退休职工都有。",
    "体育部门提醒，夜跑时应选择照明充足的路段，穿着带反光条的服装，并结伴而行。",
]


def _paragraphs(picture: str) -> list[str]:
    text = "".join(f"<p>{t}</p>" for t in _TEXT)
    return story_paragraphs(_TITLE, f"<div>{picture}<br>{text}</div>")


def test_a_caption_repeating_the_pictures_alt_is_not_the_first_paragraph() -> None:
    picture = f"<div><img src='/pic/run.jpg' alt='{_CAPTION}' title='{_CAPTION}'><span>　　{_CAPTION}</span></div>"
    assert _paragraphs(picture)[0] == _TEXT[0]


def test_a_caption_repeating_only_the_pictures_title_is_not_the_first_paragraph_either() -> None:
    picture = f"<div><img src='/pic/run.jpg' title='{_CAPTION}'><span>{_CAPTION}</span></div>"
    assert _paragraphs(picture)[0] == _TEXT[0]


def test_a_paragraph_beside_a_picture_saying_something_else_stays_the_text() -> None:
    lead = "记者从某市体育局获悉，今年以来全市群众性跑步活动参与人数同比增长四成。"
    picture = f"<div><img src='/pic/run.jpg' alt='{_CAPTION}'><span>{lead}</span></div>"
    assert _paragraphs(picture)[0] == lead
