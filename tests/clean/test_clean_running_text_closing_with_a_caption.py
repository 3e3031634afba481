# ruff: noqa: E501  (Chinese test strings)
"""A paragraph of running text closing with a picture's caption sentence is the text's
(issue 14, stop 31: the label rule "a paragraph of running text closing with a caption
sentence (…。图为…。) is body; a paragraph that is only a caption at either edge is not").
Pages of text written here in the shape of a discipline inspection site's feature: a byline
paragraph, a picture, then one or two paragraphs in the picture editors' style — a sentence
of running text about a local office's work, ``图为…`` naming what the picture shows, the
photographer's name and ``摄`` — over the feature's own paragraphs.

Such a paragraph was dropped as a caption line (the line rule for a photographer's credit at
a line's end, and the leading-caption rule), so the text began under it.

- One or two such paragraphs under the picture open the text; one inside the text stays.
- Guards: a paragraph that only points at the picture (``图为…。某某 摄``) and a one-sentence
  caption with no comma (``某某在某地检查。某某 摄``) still go.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import paras, story_paragraphs

_TITLE = "紧盯节日期间作风问题 持续纠治“四风”"
_CAPTIONS = ("某市纪委监委紧盯节日期间违规吃喝问题，采取明察暗访等方式，对酒店、商超等场所开展专项监督检查。图为该市纪检监察干部在一家超市了解情况。张某 摄",
             "某县纪委监委聚焦公车私用问题，深入一线开展监督检查，督促有关部门健全管理制度。图为近日，该县纪检监察干部在加油站查看台账。李某某 摄")
_TEXT = ("节日前夕，中央纪委国家监委公开通报多起违反中央八项规定精神典型问题，释放出越往后执纪越严的强烈信号。",
         "通报的问题涉及违规收送礼品礼金、违规吃喝、公车私用等方面，有的发生在基层，有的涉及领导干部。",
         "专家表示，节点就是考点，各级纪检监察机关要紧盯关键节点，坚决防止“四风”问题反弹回潮。")


def _shown(texts: list[str] | tuple[str, ...]) -> list[str]:
    """``texts`` as the cleaning prints them (the space between two Chinese words goes)."""
    return [text.replace(" 摄", "摄") for text in texts]


def _page(*first: str) -> str:
    return ("<div class='content'><p><span>某某网站 王某</span></p>"
            "<div><div class='image'><p><img src='/a.jpg'></p></div></div>"
            + paras(first) + paras(_TEXT) + "</div>")


@pytest.mark.parametrize("count", [1, 2])
def test_running_text_closing_with_a_caption_under_the_picture_opens_the_text(count: int) -> None:
    assert story_paragraphs(_TITLE, _page(*_CAPTIONS[:count])) == _shown([*_CAPTIONS[:count], *_TEXT])


def test_such_a_paragraph_inside_the_text_stays() -> None:
    page = "<div class='content'>" + paras([_TEXT[0], _CAPTIONS[0], *_TEXT[1:]]) + "</div>"
    assert story_paragraphs(_TITLE, page) == _shown([_TEXT[0], _CAPTIONS[0], *_TEXT[1:]])


@pytest.mark.parametrize("caption", ["图为该市纪检监察干部在一家超市了解情况。张某 摄",
                                     "该市纪检监察干部在一家超市检查。张某 摄"])
def test_a_paragraph_that_is_only_a_caption_still_goes(caption: str) -> None:
    assert story_paragraphs(_TITLE, _page(caption)) == list(_TEXT)
