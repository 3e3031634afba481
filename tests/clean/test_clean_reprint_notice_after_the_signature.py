"""A reprint notice naming where the text was first printed, under an essay's date
signature (issue 14, stop 32, fresh14's end misses after its score): ``《某刊》首发，转载请
注明出处。(www.example.org)``.

The label rules end the body before the site's notes; the boilerplate rules dropped a line
OPENING with ``转载请`` but not one where a short clause (``《某刊》首发``, ``本站原创``) comes
first and a site mark closes it, so fresh14's essay page ended on that notice. The line
is now dropped when one short clause without a sentence's end comes before ``，转载请注明``
(or 标明, 保留, 联系).

Guard: a sentence of the text that speaks of reprints (``…转载请注明出处的规定…。`` in a
longer sentence with its own clauses) stays.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import story_paragraphs

_TITLE = "一部纪录片的夜晚"
_TEXT = [
    "今夜看完这部纪录片，久久不能入睡，片中那些平常的面孔一直在眼前浮现。",
    "拍摄者用了两年时间走访当事人的亲友，没有旁白，只让画面和声音自己说话。",
    "记录的力量就在这里：它让被遗忘的人重新回到我们中间，也让观看的人无法回避。",
    "2010年 5月25日",
]


def _page(*after: str) -> list[str]:
    """The essay's paragraphs with ``after`` under them, in the text's block."""
    text = "".join(f"<p>{t}</p>" for t in [*_TEXT, *after])
    return story_paragraphs(_TITLE, f"<div class='entry-content'>{text}</div>")


@pytest.mark.parametrize("notice", [
    "《某某》首发，转载请注明出处。(www.example.org)",
    "本站原创，转载请注明出处！",
    "【某某网独家】，转载请保留本文链接。",
])
def test_a_reprint_notice_after_a_short_clause_is_not_the_texts_last_line(notice: str) -> None:
    paragraphs = _page(notice)
    assert notice not in paragraphs
    assert paragraphs[:3] == _TEXT[:3]


def test_a_sentence_about_reprints_stays() -> None:
    line = "座谈会上，几位作者谈到网络转载的乱象，有人说，转载请注明出处本是常识，如今却常被忽视。"
    assert _page(line)[-1] == line
