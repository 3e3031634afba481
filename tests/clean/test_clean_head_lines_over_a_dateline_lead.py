# ruff: noqa: E501  (Chinese test strings)
"""Lines over a story's dateline lead at the text's top (stop 38, i28b: found in the
unlabelled pool, a portal's reprints opening with the headline printed again, a kicker or a
book's title line), on pages of our own text.

A kicker, a subtitle or the headline printed again over the story's first paragraph, which
opens with its dateline (``本报讯``, ``某某晚报讯``, ``新华社某地12月8日电``): a line of
plain words went as a caption, but one holding a book's title marks, digits, a dash or a
comma (``《某某》首发``, ``（十三五回眸）某某：…``) opened the text. The dateline opens the
story: one to three lines of at most 40 characters closing no sentence over a first paragraph
that opens with its dateline and closes a sentence go, when the text from it holds two
paragraphs or more and twice the characters above (``textedges._without_head_over_dateline``).
Guard: a line closing a sentence over the dateline paragraph stays (a lead of its own).
"""

from __future__ import annotations

from tests.clean.news_page import article_paragraphs

TITLE = "粤港澳近百位艺术家合演粤剧新作"
TEXT = [
    "本报讯记者某某，通讯员某某报道：12月8日晚，某某演出晚会在广州某某剧院举行。",
    "粤剧是世界非物质文化遗产的戏曲剧种，这套丛书计划出版五卷。",
    "当晚还举办了由近百位艺术家携手合演的首发演出晚会。",
]


def _paragraphs(lines: list[str]) -> list[str]:
    return article_paragraphs(TITLE, lines)


def test_a_book_title_line_over_the_dateline_goes() -> None:
    assert _paragraphs(["《粤剧表演艺术大全·唱念卷》首发", *TEXT]) == TEXT


def test_a_kicker_and_the_headline_again_over_an_agency_dateline_go() -> None:
    text = ["中新社广州12月8日电（记者某某）近百位艺术家8日晚在广州合演粤剧新作。", *TEXT[1:]]
    assert _paragraphs(["（文化观察）", "粤港澳艺术家合演粤剧新作：唱念做打，一台好戏", *text]) == text


def test_a_sentence_over_the_dateline_paragraph_stays() -> None:
    note = "粤剧是岭南文化的瑰宝，也是粤港澳三地共同的记忆。"
    assert _paragraphs([note, *TEXT])[0] == note
