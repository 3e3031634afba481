"""A "you may like" heading over the site's list under the text (issue 14, stop 30, where
the text ends): a page in the shape of a real entertainment-channel template, with text
written here.

The template prints under a short brief its promotions (``特别策划：…``, ``欢迎订阅…电子期刊``),
then ``您可能对这些感兴趣：`` over teasers, a comment count, a quiz's prize line and last
round's winners (masked phone numbers). When the block the text is read from holds all of
them (its wrappers classed with a widget's word, fresh11's ifeng-enrique under
``widget-classed``: a 125-character brief read as 363), everything down to the winners was
kept: the prize line closes a sentence, and more than six lines stand under it. The
heading is a recommended list's like ``猜你喜欢``: the text is cut there, and the promotions
left under the last sentence go as furniture.

- The brief with its promotions and the list in its block: the body is the brief.
- Guard: a sentence of the text that says what a reader may like (``您可能会喜欢这里的…``)
  stays.
"""

from __future__ import annotations

from tests.clean.news_page import block, story_paragraphs

TITLE = "歌手彩排耳麦滑落"
BRIEF = ("某某音乐节定于本周六晚在市体育场举行。昨日下午，歌手某某为音乐节彩排，"
         "演唱到一半时耳麦意外滑落，他笑着捡起后继续演唱。")
TAIL = ["特别策划：寻找城市的声音", "欢迎订阅某某娱乐《周末八卦》电子期刊", "您可能对这些感兴趣：",
        "《某某》老歌新唱受欢迎", "共有评论0条点击查看", "奖品：某某耳机3部，若干签名海报等你拿！",
        "参与方式：", "上期获奖用户", "139****2511（北京），", "136****9768（陕西），",
        "135****5144（福建），", "135****7225（广东），", "138****2213（江西），"]


def test_a_may_like_heading_under_a_brief_ends_the_text() -> None:
    assert story_paragraphs(TITLE, block(BRIEF, *TAIL)) == [BRIEF]


def test_a_sentence_saying_what_a_reader_may_like_stays() -> None:
    closing = "如果你喜欢安静，您可能会喜欢这里的清晨：江面上只有几条渔船，岸边的茶馆刚刚开门。"
    kept = story_paragraphs(TITLE, block(BRIEF, closing))
    assert kept[-1] == closing
