# ruff: noqa: E501  (Chinese test strings)
"""Notes over a text that a picture's labels hide from the rules for the text's top (issue 14,
stop 31: where the text starts). Found by a probe putting typical notes right above the first
paragraph of every opened page (/tmp/i21a/headprobe.py): on pages whose text opens under two
pictures' labels (``某某与某某``, ``某某剧照``, lines the caption-edge rule drops), a run of
dash-led highlight lines, a paginated story's page index or a video's title line stayed, and
the labels with them. The rules for the text's top looked only at its first lines, and the
caption-edge rule kept every line over the first sentence when one of them was no caption.
Pages of text written here in that shape: the labels, the note, the text.

- Over the first sentence, lines the top rules recognise (a video's or picture's caption, a
  credit line, a page index) go with the pictures' labels; a run of highlight lines under
  the labels goes once the labels are gone.
- An abstract under a kicker, a title and a byline line (none of them a sentence) goes, as
  one among the first three paragraphs did.
- Guards: a line over the first sentence that is none of these (a clause, no stop) keeps
  every line there, as before;
  an abstract-like field under a sentence further down (a lecture notice's ``内容简介：``)
  stays.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import paras, story_paragraphs

_TITLE = "老剧新看：那些年我们追过的战争剧"
_LABELS = ["某某与某某", "某某剧照"]
_TEXT = ["提起这部剧，大多数观众都看过，甚至不止看过一遍，剧中两位主角给观众留下了深刻的印象。",
         "虽然已经播出多年，但剧中的许多情节至今仍被观众津津乐道，不少台词也成了流行语。",
         "近日，剧中两位主演再度合作，消息一出便引发网友热议，许多人表示期待两人再续经典。"]
_NOTES = {
    "page-index": ["第1页：经典重温第2页：演员近况第3页：网友热议"],
    "video": ["两位主演再度合作引热议（来源：某某视频）"],
    "highlights": ["——经典老剧多年后仍被观众津津乐道。", "——两位主演再度合作，引发网友热议。"],
}


def _page(*lines: str) -> str:
    return "<div class='content'>" + paras([*_LABELS, *lines, *_TEXT]) + "</div>"


@pytest.mark.parametrize("note", list(_NOTES))
def test_a_note_under_pictures_labels_goes_with_them(note: str) -> None:
    assert story_paragraphs(_TITLE, _page(*_NOTES[note])) == _TEXT


def test_an_abstract_under_a_kicker_a_title_and_a_byline_goes() -> None:
    page = "<div class='content'>" + paras(
        ["经典重温……那些年的战争剧为何经久不衰", "老剧新看", "某某网 张某",
         "【摘要】经典战争剧多年后仍被观众津津乐道，两位主演再度合作引发热议。", *_TEXT]) + "</div>"
    assert story_paragraphs(_TITLE, page)[-3:] == _TEXT
    assert not any(p.startswith("【摘要】") for p in story_paragraphs(_TITLE, page))


def test_a_line_that_is_no_note_keeps_the_lines_over_the_first_sentence() -> None:
    line = "经典重温，两代观众的共同记忆"
    assert story_paragraphs(_TITLE, _page(line)) == [*_LABELS, line, *_TEXT]


def test_an_abstract_like_field_under_a_sentence_further_down_stays() -> None:
    lines = ["某某讲坛第十三期讲座", "欢迎参加！", "题目：《漫话文物与历史》", "某某中学教师 某某",
             "内容简介：本次讲座从几件馆藏文物说起，介绍文物与文字的关系，欢迎师生参加。", "地点：科学馆308"]
    assert "内容简介：本次讲座从几件馆藏文物说起，介绍文物与文字的关系，欢迎师生参加。" in \
        story_paragraphs("某某讲坛第十三期讲座", "<div class='content'>" + paras(lines) + "</div>")
