"""A text's first paragraph in a ``<section>`` of its own, closed by a Chinese ellipsis
(issue 14, stop 28: an opened page under the ``sections`` perturbation, a WeChat editor's
layout without classes). The shape, with text written here: the headline and a source line
in bare ``<div>``s, two pictures, then the text's container holding the first paragraph in
one ``<section>`` and the second in a chain of two, an editor's line after it; the body
chosen is the second paragraph's chain, and the first beside it is its lead.

A lead had to close with a stop (``。！？``); a paragraph closed by a Chinese ellipsis
(``……``, two marks) is closed too.

Guards: a teaser cut off with one ``…`` above the text is no lead; a lead closed by a stop
stays.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

TITLE = "山区小学迎来第一支合唱团"
LEAD = ("山区小学的第一支合唱团昨天正式成立，四十多名孩子穿上统一的演出服站上新修的舞台。"
        "他们时而放声高歌，时而轻声吟唱，台下的家长们听得入了迷……")
TEXT = ("合唱团由两名支教老师发起，每周二、周四下午排练，曲目既有民歌，也有孩子们自己编的校园歌曲。"
        "校长说，很多孩子以前从没上过音乐课，如今每天放学都舍不得走，家长们也常常在窗外驻足旁听。（王明）")


def _paragraphs(first: str) -> list[str]:
    """The body of the page whose first paragraph is ``first`` in a ``<section>``."""
    page = (page_head(TITLE) + "<div><a href='/'>首页</a></div>"
            "<div><div><div>" + TITLE + "</div>"
            "<div><div>2026年11月29日 16:40 来源：某某网</div></div>"
            "<div><div><div><img src='/a.jpg'></div><div><img src='/b.jpg'></div></div>"
            "<div><section><p>" + first + "</p></section>"
            "<section><section><p>" + TEXT + "</p></section></section></div>"
            "<div>【编辑：李华】</div><div> </div></div></div></div></body></html>")
    return [p for p in cleaned(page).body.split("\n") if p]


def test_a_first_paragraph_closed_by_a_chinese_ellipsis_opens_the_text():
    assert _paragraphs(LEAD) == [LEAD, TEXT]


def test_a_teaser_cut_off_with_one_mark_is_no_lead_and_a_closed_lead_stays():
    assert _paragraphs(LEAD[:30] + "…") == [TEXT]
    closed = LEAD[:-2] + "。"
    assert _paragraphs(closed) == [closed, TEXT]
