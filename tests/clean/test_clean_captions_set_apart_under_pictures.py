# ruff: noqa: E501  (Chinese test strings)
"""Pictures' captions set in a centred block of their own under a picture-only block
(issue 14, stop 33, the kinds of fresh14's new sources: a 2010 magazine's feature saved by
a browser prints four photos over its text, each ``<div style="text-align: center">`` of an
``<img>`` followed by a centred ``<div>`` of its caption — and a caption there is a full
sentence, ``…都是生活小物。看到它们，你会更爱惜自己的生活吗？``).

A picture and its caption in one block went as the picture's lines (``edge_pictures``), but
a caption in a block of its own beside the picture's was read as text: written as sentences,
no wording tells it from a first paragraph. The markup does: a centred block of a sentence
or two right under a picture with no words, where the text beside is not centred. Such
blocks at the text's top or bottom are the pictures' lines too, however worded, in
``<div>``, ``<p align=center>`` or ``<center>``.

Each block may sit in wrappers holding nothing else (an editor's ``<section>`` levels).

Guards: a text centred throughout (a picture, then centred paragraphs: an account's post, a
poem) keeps its first paragraph; an uncentred paragraph under a picture is text; a centred
caption between two paragraphs of the text stays where it is.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import block, story_paragraphs

_TITLE = "青年设计师的三百件作品亮相美术馆"
_CAPTIONS = ("展厅入口处的长椅用回收木料制成，扶手里还藏着设计师的手稿。",
             "一盏用旧报纸折成的台灯前，不少小观众驻足良久。看到它们，你会更爱惜身边的小物件吗？",
             "青年设计师在展厅里向观众介绍自己的作品，身后是一面挂满草图的墙。")
_TEXT = ("这是本市美术馆今年规模最大的一次设计展，展出的三百多件作品全部来自本地的青年设计师，其中不少是第一次公开展出。",
         "策展人介绍，这次展览不设围栏，几乎所有展品都允许触摸，目的是让设计回到日常生活中去。",
         "一位带着孩子来看展的母亲说，孩子在一盏台灯前站了很久，回家后也想自己动手试一试。",
         "展览将持续到明年一月，每周六下午还会有设计师在现场和观众面对面交流。")


def _pictures(centred: str, captions: tuple[str, ...] = _CAPTIONS) -> list[str]:
    """Each caption in a centred block of ``centred`` markup under its picture's block."""
    tag = centred.split()[0]
    return [line for k, caption in enumerate(captions)
            for line in (f"<{centred}><img src='/u/{k}.jpg'/></{tag}>",
                         f"<{centred}>{caption}</{tag}>")]


@pytest.mark.parametrize("centred", [
    "div style='text-align: center;'",
    "p align='center'",
    "center",
], ids=["div-styled", "p-aligned", "center-tag"])
def test_captions_in_blocks_of_their_own_under_the_pictures_are_not_text(centred: str) -> None:
    body = block(*_pictures(centred), "<div>&nbsp;</div>",
                 *(f"<div>　　{line}</div>" for line in _TEXT))
    assert story_paragraphs(_TITLE, body) == list(_TEXT)


def test_captions_under_pictures_after_the_last_paragraph_are_not_text() -> None:
    body = block(*_TEXT, *_pictures("p align='center'", _CAPTIONS[:2]))
    assert story_paragraphs(_TITLE, body) == list(_TEXT)


def test_a_text_centred_throughout_keeps_its_first_paragraph() -> None:
    body = block("<p align='center'><img src='/u/0.jpg'/></p>",
                 *(f"<p align='center'>{line}</p>" for line in _TEXT))
    assert story_paragraphs(_TITLE, body)[0] == _TEXT[0]


def test_an_uncentred_paragraph_under_a_picture_is_text() -> None:
    body = block("<p align='center'><img src='/u/0.jpg'/></p>", *_TEXT)
    assert story_paragraphs(_TITLE, body)[0] == _TEXT[0]


def test_a_centred_caption_between_paragraphs_stays_in_place() -> None:
    body = block(*_TEXT[:2], *_pictures("p align='center'", _CAPTIONS[:1]), *_TEXT[2:])
    assert story_paragraphs(_TITLE, body) == [*_TEXT[:2], _CAPTIONS[0], *_TEXT[2:]]


def test_captions_under_pictures_each_wrapped_by_an_editor_are_not_text() -> None:
    # A WeChat-style editor wraps every block in ``<section>`` levels of its own: a
    # caption's neighbours are its wrappers' neighbours.
    wrapped = [f"<section><section>{line}</section></section>"
               for line in _pictures("div style='text-align: center;'")]
    body = block(*wrapped, *(f"<section><p>{line}</p></section>" for line in _TEXT))
    assert story_paragraphs(_TITLE, body) == list(_TEXT)
