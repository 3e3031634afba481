"""A picture's caption over the text whose credit names the picture first, in brackets
(``（图翻摄自网络）``, ``（图片来源：某某图库）``, a caption wholly in brackets closing
with ``图片来源：某某网站``) or after the caption's last stop without brackets
(``图片来源：某某``, ``某某摄``) — issue 14, stop 30: five opened pages of five sites kept
such a caption as the text's first paragraph (one of them, an entertainment brief, too long
for its length because of it); the label rules leave captions at the edges out. Pages of
text written here in the shape of a news site's report with a picture on top:

- Each caption shape over the text's first sentence goes.
- Guards: a first paragraph that closes with ``图为…。`` (a report's lead, which the labels
  keep), and a first sentence that ends in ``拍摄`` without a stop, stay.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import block, story_paragraphs

_TITLE = "老街改造完工 百年骑楼重新开放"
_FIRST = "经过一年多的修缮，位于城区的百年骑楼老街昨日重新向市民开放，吸引了大批游客前来参观。"
_TEXT = ("据介绍，此次改造保留了老街原有的建筑风貌，对沿街六十多栋骑楼进行了加固和外立面修复。",
         "改造后的老街引入了非遗展示、特色小吃等业态，预计每年可接待游客一百万人次以上。",
         "不少老居民表示，看到老街焕然一新，既熟悉又亲切，希望老街的烟火气能一直延续下去。")


@pytest.mark.parametrize("caption", [
    "修缮后的骑楼老街。（图翻摄自网络）",
    "游客在老街拍照留念（图片来源：某某图库）",
    "（修缮后的骑楼外立面，保留了原有的装饰。图片来源：某某市文旅局网站）",
    "修缮后的骑楼老街吸引了不少游客。图片来源：某某图片社",
    "游客在修缮一新的骑楼下拍照留念。张某某摄",
])
def test_caption_with_its_credit_over_the_text_is_not_the_text(caption: str) -> None:
    body = block(caption, _FIRST, *_TEXT, cls="article")
    assert story_paragraphs(_TITLE, body)[0] == _FIRST


def test_lead_closing_by_pointing_at_the_picture_stays() -> None:
    lead = "昨日，百年骑楼老街重新向市民开放，不少市民一早就赶来参观。图为游客在老街参观。"
    body = block(lead, _FIRST, *_TEXT, cls="article")
    assert story_paragraphs(_TITLE, body)[0] == lead


def test_first_paragraph_ending_in_filming_stays() -> None:
    first = "昨天上午，一支来自外地的摄制组走进老街。他们要在这里完成纪录片最后一集的拍摄"
    body = block(first, _FIRST, *_TEXT, cls="article")
    assert story_paragraphs(_TITLE, body)[0] == first
