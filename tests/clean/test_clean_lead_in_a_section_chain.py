"""A text's first paragraph in a ``<section>`` of its own, closed by a Chinese ellipsis
(issue 14, stop 28: an opened page under the ``sections`` perturbation, a WeChat editor's
layout without classes). The shape, with text written here: the headline and a source line
in bare ``<div>``s, two pictures, then the text's container holding the first paragraph in
one ``<section>`` and the second in a chain of two, an editor's line after it; the body
chosen is the second paragraph's chain, and the first beside it is its lead.

A lead had to close with a stop (``。！？``); a paragraph closed by a Chinese ellipsis
(``……``, two marks) is closed too.

The second shape (another opened page under the same perturbation): two pictures with their
captions in tables, then three paragraphs in chains of one, two and three ``<section>``s, an
empty chain of four and an ad's empty element; the body chosen is the third chain. A lead
was read only as a bare ``<p>`` or ``<div>``, so the search stopped at the second chain
(found by the single-wrapper rule) and the first paragraph was lost; a block in a chain of
lone wrappers (``<section><p>…</p></section>``) is now judged as the block it ends in.

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


ONE = ("山区小学的第一支合唱团昨天正式成立，四十多名孩子穿上统一的演出服站上新修的舞台，"
       "先后演唱了两首民歌和一首自己编的校园歌曲，台下的家长和村民听得入了迷，"
       "不少人拿出手机录下了孩子们的第一次登台，演出结束后掌声久久不息，"
       "几位老人说这是村里多年来最热闹的一个下午。")
TWO = ("合唱团由两名支教老师发起，每周二、周四下午排练，曲目既有民歌，也有孩子们自己编的校园歌曲，"
       "老师们还从城里借来了一架旧钢琴，周末义务为孩子们补课练声，孩子们的进步一天比一天明显，"
       "原本害羞的几个孩子如今也敢在全校面前独唱了，家长们对此十分感激。")
THREE = ("校长说，很多孩子以前从没上过音乐课，如今每天放学都舍不得走，家长们也常常在窗外驻足旁听。"
         "支教老师表示，明年春天想带孩子们到县城参加一次正式的比赛，也希望更多志愿者加入，"
         "让山里孩子的歌声被更多人听到，学校还计划把每年的这一天定为校园音乐日，"
         "邀请周边几所学校一起参加，共同举办一场属于山区孩子们自己的音乐会。（王明）")


def _chains(first: str) -> list[str]:
    """The body of the page of three paragraphs in chains, ``first`` the first one's markup."""
    captions = (("c", "孩子们在台上演唱"), ("d", "老师为孩子们伴奏"))
    pictures = "".join(f"<table><tr><td><img src='/{n}.jpg'></td></tr><tr><td>{c}</td></tr>"
                       "</table><br>" for n, c in captions)
    page = (page_head(TITLE) + "<div><a href='/'>首页</a></div>"
            "<div><div><div>" + TITLE + "</div>"
            "<div><div>2026年11月29日 16:40 来源：某某网</div></div>"
            "<div><div><div><img src='/a.jpg'></div><div><img src='/b.jpg'></div></div>"
            "<div>" + pictures + first
            + "<section><section><p>" + TWO + "</p></section></section>"
            "<section><section><section><p>" + THREE + "</p></section></section></section>"
            "<section><section><section><section><p>　　</p></section></section></section>"
            "</section><ad_last> </ad_last></div><div>【编辑：李华】</div><div> </div>"
            "</div></div></div></body></html>")
    return [p for p in cleaned(page).body.split("\n") if p]


def test_a_first_paragraph_in_a_section_of_its_own_beside_two_chains_opens_the_text():
    assert _chains(f"<section><p>{ONE}</p></section>") == [ONE, TWO, THREE]


def test_a_bare_first_paragraph_beside_the_chains_opens_the_text_too():
    assert _chains(f"<p>{ONE}</p>") == [ONE, TWO, THREE]
