"""A related story printed whole under a brief (stop 36, second round, after fresh18), on
pages of our own text in the shape of a portal's article element.

The portal prints a brief of three paragraphs, then, in the same element, a bold
``相关新闻：<the other story's headline>`` and that story's whole text (its paragraphs tell
what the headline says), then readers' comments. The boilerplate rules dropped the pointer
line, so nothing told the two stories apart and the text ran on into the second one. Stop
34's rule 1 ends the body before another story; stop 36's rule 3 keeps an article whose own
text resumes after a related-links pointer — its paragraphs do not tell the linked story.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page

BRIEF = [
    "当地时间11月2日，某某市长在社交媒体发文称，新建的跨江大桥将提前一个月通车。",
    "他在帖子中写道：“大桥通车后，两岸居民往来只需十分钟。”",
    "据此前报道，该桥于三年前动工，是当地近年来投资最大的交通工程。",
]
POINTER = "相关新闻：某某市长向渔民致歉，承认大桥施工影响捕鱼作业"
SECOND = [
    "某某市的跨江大桥动工以来，附近渔民多次反映施工噪音和围堰影响了捕鱼作业，收入明显下降。",
    "近日某某市长在接受当地电视台采访时，正式向渔民致歉，他承认大桥施工确实影响了捕鱼作业。",
    "市长表示，市政府将设立专项补偿资金，并在通车后帮助渔民恢复生产。",
    "不少渔民表示欢迎，但也有人认为补偿标准偏低，希望政府进一步听取意见。",
]
RESUMED = [
    "市交通局表示，通车初期大桥将实行限速管理，大型货车需按时段通行。",
    "交通局同时提醒市民，通车当天上午大桥两端将进行交通管制，请提前规划出行路线。",
]


def _page(lines: list[str], pointer: str = POINTER) -> str:
    brief = "<br><br>".join(BRIEF)
    rest = "<br><br>".join(lines)
    return news_page("某某市长：跨江大桥将提前通车",
                     f"<article class='article'><p>{brief}<br><br><strong>{pointer}</strong>"
                     f"<br><br>{rest}</p></article>"
                     "<div class='comments'><p>网友甲发表评论于 2026-11-30 10:00</p></div>")


def test_the_related_story_printed_under_a_brief_is_not_its_text() -> None:
    paragraphs = cleaned(_page(SECOND)).paragraphs
    assert paragraphs[0] == BRIEF[0]
    assert paragraphs[-1] == BRIEF[-1]


def test_the_article_resuming_after_a_related_pointer_is_kept() -> None:
    # Guard (rule 3): the lines under the pointer go on with the brief's own story and do
    # not tell the linked one.
    paragraphs = cleaned(_page(RESUMED)).paragraphs
    assert paragraphs[-1] == RESUMED[-1]


def test_a_pointer_naming_a_headline_the_text_above_tells_is_not_a_cut() -> None:
    # Guard: the headline's words are the brief's own (a pointer to an earlier report of the
    # same story), so the lines under it are no other story.
    pointer = "相关新闻：某某市长在社交媒体发文称跨江大桥将提前一个月通车"
    paragraphs = cleaned(_page(RESUMED + SECOND[1:2], pointer)).paragraphs
    assert paragraphs[-1] == SECOND[1]


PLAYER = ["被阅读次数 41692", "10 Sec", "Morning Markets with Some Host: Today's Clip"]


def _page_with_player(lines: list[str]) -> str:
    player = "".join(f"<div><div>{line}</div></div>" for line in lines)
    brief = "".join(f"<p>{line}</p>" for line in BRIEF)
    return news_page("某某市长：跨江大桥将提前通车",
                     f"<article class='article'>{player}{brief}</article>")


def test_a_view_counter_and_a_players_lines_over_the_brief_are_not_its_text() -> None:
    # The same portal's page, as its length still missed: a view counter, a video player's
    # skip button and its clip's English title over the brief's first sentence.
    paragraphs = cleaned(_page_with_player(PLAYER)).paragraphs
    assert paragraphs[0] == BRIEF[0]


def test_an_english_sentence_over_the_brief_stays() -> None:
    # Guard: a line closing an English sentence is text, not a player's label.
    quote = "The bridge will open a month early."
    paragraphs = cleaned(_page_with_player([quote])).paragraphs
    assert paragraphs[0] == quote
