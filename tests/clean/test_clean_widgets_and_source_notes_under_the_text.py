# ruff: noqa: E501  (Chinese test strings)
"""Widgets printed as lines and a reprint's source notes under the text (issue 14, stop 32,
where the text ends): a page of text written here, with each trailer in the shape real
templates print it right after the last paragraph, inside the text's block.

None of these is a sentence of the article (the label rules end the body before source
notes, bylines and the page's furniture), and a page that keeps one reads a longer text
whose last line is the widget's: on a short report that is the length, on any page the
text's end. Probed on the opened pages (each trailer inserted after the block holding the
labelled last sentence, every third page), the output kept a player's lines, a mood poll,
a tip jar or a like call on about nine pages in ten. Each is now a line the boilerplate
rules drop:

- a video player's fallback line and its clock (``您的浏览器不支持该视频播放…``,
  ``00:00 / 01:32``);
- a mood poll's question and its counts (``您看完此新闻的心情是：`` over ``开心 0``);
- a tip jar (``赞赏``, ``已有3人赞赏``) and a row of reaction counters (``点赞12收藏``);
- the original's address alone (``原文链接：http://…``), the account the text came from
  (``本文来自微信公众号“某某”…``), the author's affiliation in brackets
  (``（作者单位：某某大学某某学院）``), a call to like it naming 在看;
- the site's statement about its own content and its complaint box as sentences;
- a video's title line with no sentence in it (``视频：某市暴雨致多处道路积水``);
- an advertisement's label alone (``广告``) over its slot's lines, when none of them closes a
  sentence: the text ends above the label.

Guards: a sentence of the text about a browser, a text line with ``重点在看``, a line of a
survey's figures, a sentence about a video (``视频显示，…。``) and a ``广告`` line with a
sentence under it stay.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import story_paragraphs

_TITLE = "全市新建改造公交站台三百余座"
_TEXT = [
    "市交通运输局昨日发布消息，今年全市将新建和改造公交站台三百余座，进一步方便市民出行。",
    "据介绍，新建站台将统一加装遮阳棚和电子站牌，市民可以实时查询车辆到站信息，减少候车时间。",
    "改造工程将优先安排在学校、医院和大型社区周边，预计今年十月底前全部完工并投入使用。",
]

_TRAILERS = {
    "video fallback": "<p>您的浏览器不支持该视频播放，请升级浏览器后观看。</p>",
    "player clock": "<div class='player'><span>00:00</span> / <span>01:32</span></div>",
    "mood poll": "<div><p>您看完此新闻的心情是：</p><p>开心 0</p><p>感动 0</p><p>愤怒 0</p><p>难过 0</p></div>",
    "tip jar": "<div><p>赞赏</p><p>已有3人赞赏</p></div>",
    "reaction counters": "<div><span>点赞</span><span>12</span><span>收藏</span></div>",
    "original address": "<p>原文链接：http://www.example.com/news/2023/0512/a1.html</p>",
    "account source": "<p>本文来自微信公众号“某某观察”，作者：某某，经授权发布。</p>",
    "affiliation": "<p>（作者单位：某某大学公共管理学院）</p>",
    "like call": "<p>觉得内容不错，就请分享、点赞、点在看吧！</p>",
    "site statement": "<p>本网站所有内容，凡注明“来源：某某网”的文字、图片和音视频资料，版权均属某某网所有。</p>",
    "complaint box": "<p>如您发现本网有违法和不良信息，欢迎举报。</p>",
    "video title": "<p>视频：某市暴雨致多处道路积水 交警冒雨疏导交通</p>",
    "advertisement": "<div><p>广告</p><p>某某品牌夏季新品 全场5折起，详询400-000-0000</p></div>",
}


def _page(*after: str) -> list[str]:
    """The body of the report's page with ``after`` under its paragraphs, in its block."""
    text = "".join(f"<p>{t}</p>" for t in _TEXT)
    return story_paragraphs(_TITLE, f"<div class='article-content'>{text}{''.join(after)}</div>")


@pytest.mark.parametrize("name", sorted(_TRAILERS))
def test_a_widget_or_source_note_under_the_text_is_not_its_last_line(name: str) -> None:
    assert _page(_TRAILERS[name]) == _TEXT


def test_a_sentence_of_the_text_about_a_browser_stays() -> None:
    line = "工作人员提醒，如果您的浏览器不支持电子站牌的查询页面，可以拨打公交热线咨询。"
    assert _page(f"<p>{line}</p>")[-1] == line


def test_a_text_line_about_what_to_watch_and_a_line_of_figures_stay() -> None:
    watch = "业内人士认为，站台改造的重点在看细节，遮阳棚、座椅和照明都直接影响候车体验。"
    figures = "满意 86"
    paragraphs = _page(f"<p>{watch}</p>", f"<p>{figures}</p>")
    assert paragraphs[-2:] == [watch, figures]


def test_a_sentence_of_the_text_about_a_video_stays() -> None:
    line = "视频显示，公交车进站后，乘客在新站台有序排队上车。"
    assert _page(f"<p>{line}</p>")[-1] == line


def test_an_advertisements_label_with_a_sentence_under_it_stays() -> None:
    lines = ["广告", "据了解，站台上的广告位将于下月起向社会公开招租。"]
    assert _page(*(f"<p>{line}</p>" for line in lines))[-2:] == lines
