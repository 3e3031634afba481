# ruff: noqa: E501  (Chinese test strings)
"""A site's lines printed under an article (stop 37, i27b: the end-of-body residuals of the
robustness run — guokr, tnl, woshipm under ``furniture``), on pages of our own text.

Under the article's last sentence some sites print where its pictures came from (``题图来自
某某，基于 CC0 协议``, ``文章图片：来自网络``), a call to tip the author (``给作者打赏，鼓励TA
抓紧创作！``), a membership pitch (``【加入某某会员】每天…``), an editors' correction note
(``更正说明：…``) or a comments widget's credit (``blog comments powered by Disqus``). They
were kept as the text's last lines: unperturbed the last sentence stayed within reach, but
with a few promotion lines above them it did not. None of them is the article's text.
Guard: a sentence of the article that names its pictures stays.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page, paras

TITLE = "一家街角书店的二十年"
TEXT = [
    "二十年前，老周在街角开了一家只有十平方米的书店，店里只卖他自己读过的书。",
    "如今书店扩到了三间门面，常客里有不少是当年来蹭书看的中学生。",
    "老周说，书店能开下去，靠的不是生意经，而是那些愿意坐下来读完一本书的人。",
]


def _paragraphs(*tail: str) -> list[str]:
    return cleaned(news_page(TITLE, "<div class='article'>" + paras(TEXT + list(tail)) + "</div>")).paragraphs


def test_a_picture_credit_and_a_tip_call_under_the_text() -> None:
    assert _paragraphs("题图来自 某某图库，基于 CC0 协议", "给作者打赏，鼓励TA抓紧创作！")[-1] == TEXT[-1]


def test_a_correction_note_and_a_picture_source_line() -> None:
    note = "更正说明：文章发布之初，第二自然段中对书店面积的表述有误，经读者指出后修改，特此说明。"
    assert _paragraphs(note, "文章图片：来自网络")[-1] == TEXT[-1]


def test_a_membership_pitch() -> None:
    pitch = "【加入某某网会员】每天精彩好文直送你的信箱，还可留言与作者讨论文章内容。立刻点击免费加入会员！"
    assert _paragraphs(pitch)[-1] == TEXT[-1]


def test_a_comments_widget_credit() -> None:
    assert _paragraphs("blog comments powered by Disqus")[-1] == TEXT[-1]


def test_a_sentence_naming_the_pictures_stays() -> None:
    closing = "文中配图均由老周本人拍摄，记录了书店二十年来的变化。"
    assert _paragraphs(closing)[-1] == closing
