# ruff: noqa: E501  (Chinese test strings)
"""An editor's summary box labelled for the article (``本文导读：``, ``文章摘要：``) over an
interview's text (issue 14, after fresh11's score: a weekly's interview started at its
summary box), pages of text written here in the shape of a portal's entertainment page:

- The box's paragraph (the label, then three sentences summing the interview up), a
  photographer's credit and the magazine's writer line, then the text: the text starts at
  its first sentence, as it does under the bare labels (``导读：``, ``摘要：``).
- Guard: a paragraph that says 本文 in running text (``本文作者认为…``) stays.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import block, story_paragraphs

_FIRST = "“一首好歌最要紧的是能打动人。”这是他在节目录制间隙对我们说的第一句话。"
_TEXT = ("去年年底，他宣布不再担任另一档选秀节目的评委，不少人以为他要从此淡出荧屏。",
         "其实那时，他已经和制作团队一起策划新的节目，筹备了整整一年。",
         "谈到原创音乐的前景，他说自己一直很乐观，因为好听的歌总会有人愿意听。")


@pytest.mark.parametrize("label", ["本文导读：", "文章摘要：", "【本文导读】"])
def test_summary_box_labelled_for_the_article_is_not_the_text(label: str) -> None:
    box = (f"{label}今年他五十岁，告别讲台，迎来新的工作。年初他担任一档原创音乐节目的导师，叫好又叫座。"
           "节目开播前，他接受本刊专访，谈音乐，谈生活。")
    body = block(box, "本刊独家专访图片摄影/某某某", "某某周刊某某", _FIRST, *_TEXT, cls="endText")
    assert story_paragraphs("他坐镇原创音乐节目：音乐很大 而我很小", body)[0] == _FIRST


def test_sentence_naming_the_article_in_running_text_stays() -> None:
    first = "本文作者认为，原创音乐的出路在于让更多的人听到好歌，而不在于节目的排名。"
    body = block(first, *_TEXT, cls="endText")
    assert story_paragraphs("原创音乐的出路在哪里", body)[0] == first
