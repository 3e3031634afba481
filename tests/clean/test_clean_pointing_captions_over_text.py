# ruff: noqa: E501  (Chinese test strings)
"""Pictures' captions that point at the picture, above the text (issue 14, stop 26, body start
edge): pages in the shapes of real ones, with text written here.

A report opens with its photos, each captioned by a line that points at it (``图为…``,
``上图：…``, ``图：…``) instead of ending with a credit in brackets (``（某某 摄）``, which was
read as a caption already). Such lines were kept as the text's first paragraphs: three of them
push the first sentence past the first hundred-odd characters. Now up to three leading
paragraphs of either kind are captions, when a paragraph of prose of neither kind follows and
the text under them is longer than they are. Captions under the headline printed twice in one
line (a line dropped later) are found too.

- Three photos at the top, each with a ``图为…`` caption, over the report.
- One photo with an ``上图：`` caption.
- A ``图为…`` caption under the headline printed twice in one line.
- Guards: a photo story made only of ``图为…`` paragraphs keeps them all; a first paragraph
  that opens with the word ``图书`` stays; a caption-like line under the text's first
  paragraph stays where it is.
"""

from __future__ import annotations

from tests.clean.news_page import block, cleaned, news_page, paras

TITLE = "老城区完成首批雨污分流改造"
TEXT = ["记者从市住建局获悉，老城区首批十二条街巷的雨污分流改造工程日前全部完工，惠及居民四千余户。",
        "改造前，这些街巷雨水和生活污水共用一条管道，每逢暴雨常出现污水漫溢，居民反映强烈。",
        "据介绍，第二批改造将于明年春季启动，涉及街巷二十条，计划在汛期前完成主体管网铺设。"]
CAPTIONS = ["图为施工人员在东门街铺设新的雨水管道，管径比原来扩大了一倍。",
            "图为改造完成后的南巷路面，沿街增设了二十余个雨水收集口。",
            "图为社区工作人员向居民介绍改造后化粪池的清掏安排。"]


def _body(blocks: str) -> str:
    """The body of the news page around the text block holding ``blocks``."""
    return cleaned(news_page(TITLE, block(blocks, cls="article"))).body


def test_three_pointing_captions_over_the_text_are_not_its_start():
    photos = "".join(f"<p><img src='/p{i}.jpg'></p><p>{c}</p>" for i, c in enumerate(CAPTIONS))
    body = _body(photos + paras(TEXT))
    assert body.startswith(TEXT[0])
    assert not any(c in body for c in CAPTIONS)


def test_an_upper_picture_caption_is_not_the_start():
    body = _body("<p><img src='/p.jpg'></p><p>上图：东门街改造后的雨水口</p>" + paras(TEXT))
    assert body.startswith(TEXT[0])


def test_a_caption_under_the_headline_printed_twice_is_not_the_start():
    body = _body(f"<p>{TITLE}{TITLE}</p><p><img src='/p.jpg'></p><p>{CAPTIONS[0]}</p>" + paras(TEXT))
    assert body.startswith(TEXT[0])


def test_a_photo_story_of_captions_only_keeps_them():
    body = _body("".join(f"<p><img src='/p{i}.jpg'></p><p>{c}</p>" for i, c in enumerate(CAPTIONS)))
    assert body.startswith(CAPTIONS[0])
    assert body.endswith(CAPTIONS[2])


def test_a_first_paragraph_opening_with_a_word_of_pictures_stays():
    first = "图书馆旁的三条街巷也纳入了首批改造，施工期间图书馆正常开放，读者可从西侧便门进出。"
    body = _body(paras([first, *TEXT]))
    assert body.startswith(first)


def test_a_caption_line_under_the_first_paragraph_stays_in_place():
    body = _body(paras([TEXT[0], CAPTIONS[0], *TEXT[1:]]))
    assert body.startswith(TEXT[0])
    assert CAPTIONS[0] in body
