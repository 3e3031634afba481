"""A video player's title line over a short report, the clip's source in brackets after it
(``某某 家属：…（来源：某某视频）``): a caption of the clip, not the text's first line
(fresh12's score showed it kept). A page of one's own text in the shape of the real markup:
the player's info bar (the title as a link, the source in a ``<span>``) inside the text's
block, above the paragraphs."""

from __future__ import annotations

from tests.clean.news_page import block, story_paragraphs

_TEXT = ["11月2日，某市一小区两名住户在楼顶晾晒被褥时被困，消防员用云梯将两人救下。",
         "据了解，两人被困近一个小时，救下时均无大碍，物业已对楼顶通道进行检修。",
         "经查，楼顶通道的门锁年久失修，关上后从里面无法打开，物业表示将尽快更换。"]
_BAR = ("<div class='video-info'><p><a class='video-title' href='/v/1.html'>两名住户被困楼顶"
        " 消防员：云梯施救很顺利</a><span class='video-from'>（来源：某某视频）</span></p></div>")


def test_a_video_title_with_its_source_in_brackets_over_the_text_is_dropped() -> None:
    paragraphs = story_paragraphs("两名住户被困楼顶 消防员云梯救下", block(_BAR, *_TEXT))
    assert paragraphs == _TEXT


def test_a_sentence_closing_with_a_bracketed_source_stays_text() -> None:
    first = "11月2日，两名住户在楼顶被困，消防员用云梯将两人救下。（来源：某某日报）"
    paragraphs = story_paragraphs("两名住户被困楼顶 消防员云梯救下", block(first, *_TEXT[1:]))
    assert paragraphs[0] == first
