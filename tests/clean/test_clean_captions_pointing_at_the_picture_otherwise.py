# ruff: noqa: E501  (Chinese test strings)
"""A picture's caption over the text pointing at the picture otherwise (issue 14, stop 38,
i28c: the caption edge of the held-out misses, on pages of our own text).

Stop 31's rule 2: a paragraph that is only a caption is no body at either edge. A caption
over the text was known by its credit (``（某某 摄）``) or by pointing at the picture with
``图为``, ``上图：``, ``图：``, ``图片来源：``. Sites point otherwise too: ``图说：``,
``图片说明：``, ``图｜``, ``【图】``, ``图1 ``, the caption in brackets opening on 图为
(``（图为…。）``), or a triangle or arrow leading it (``▲…``, ``↑…``). Such a caption,
closing a sentence, was taken for the text's first one. Now it goes.

The same captions under the text, closing it, go too (up to three, under a text of two
sentences or more that is longer than they are).

Guards: running text opening with 图 as a word (``图书馆…``, ``图1显示…`` with no break) stays; a
photo story whose text is mostly captions keeps them.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import paras, story_paragraphs

_TEXT = ["八月初的一个清晨，村支书老吴站在水库的堤坝上，望着露出水面的大片河床，心里一阵发紧。",
         "往年这个时候，水库的水总能漫到半坡上的那棵老柳树，今年却连坝脚的石阶都露了出来。老吴说，他在村里干了二十多年，头一回见到这样的光景。",
         "秋收时，村里的稻谷产量和往年差不多。老吴说，这次多亏了及时调水，但往后不能再等到水库见底才想办法。"]
_SEEN = "村民在干涸的河床上查看水情。"


@pytest.mark.parametrize("caption", [f"图说：{_SEEN}", f"图片说明：{_SEEN}", f"图｜{_SEEN}", f"【图】{_SEEN}",
                                     f"图1 {_SEEN}", f"（图为{_SEEN}）", f"▲{_SEEN}", f"↑{_SEEN}", f"▲图为{_SEEN}"])
@pytest.mark.parametrize("markup", ["p", "img-br"])
def test_a_caption_pointing_otherwise_is_not_the_first_sentence(caption: str, markup: str) -> None:
    top = f"<p>{caption}</p>" if markup == "p" else f"<p><img src='a.jpg'><br>{caption}</p>"
    paragraphs = story_paragraphs("水库见底之后", "<div class='article'>" + top + paras(_TEXT) + "</div>")
    assert paragraphs[0] == _TEXT[0]


@pytest.mark.parametrize("first", ["图书馆里，几位老人正在翻看当年修水库时的老照片，回忆起那段艰苦的岁月。",
                                   "图1显示，近十年来水库的平均水位逐年下降，今年降到了最低点。"])
def test_running_text_opening_with_the_word_stays(first: str) -> None:
    paragraphs = story_paragraphs("水库见底之后", "<div class='article'>" + paras([first, *_TEXT]) + "</div>")
    assert paragraphs[0] == first


# Under the text: the same captions closing it (stop 31's rule 2, either edge). Captions known
# by their credit went before; one pointing at the picture stayed as the text's last line.
@pytest.mark.parametrize("caption", [f"图为{_SEEN}", f"▼{_SEEN}", f"图说：{_SEEN}", f"（图为{_SEEN}）",
                                     f"上图：{_SEEN}", f"【图】{_SEEN}"])
@pytest.mark.parametrize("markup", ["p", "img-p", "img-br"])
def test_a_caption_under_the_text_is_not_its_last_sentence(caption: str, markup: str) -> None:
    tail = {"p": f"<p>{caption}</p>", "img-p": f"<p><img src='a.jpg'></p><p>{caption}</p>",
            "img-br": f"<p><img src='a.jpg'><br>{caption}</p>"}[markup]
    paragraphs = story_paragraphs("水库见底之后", "<div class='article'>" + paras(_TEXT) + tail + "</div>")
    assert paragraphs[-1] == _TEXT[-1]


def test_a_photo_story_of_captions_keeps_them() -> None:
    captions = [f"图为{_SEEN}", "图为村民把抽上来的水引进稻田，干裂的田地重新有了水。"]
    paragraphs = story_paragraphs("水库见底之后", "<div class='article'>" + paras(["八月初，城郊水库见底。", *captions]) + "</div>")
    assert paragraphs[-1] == captions[-1]
