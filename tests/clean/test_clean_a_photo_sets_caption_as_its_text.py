# ruff: noqa: E501  (Chinese test strings)
"""A photo set whose only text is a picture's caption (issue 14, stop 35 second round,
fresh17's sinacn page): pages in the shape of the real one, with text written here.

A mobile news site's photo-set page prints its headline, its date and one paragraph under
the pictures: running text closing with the photographer's credit (``…进行了图文直播。 本报
记者 某某 摄``). The boilerplate rules drop such a line as a caption — right under a story,
where the story is the text — and nothing was left: an empty body for a page with a headline
and a caption. When every line was dropped and some were captions of running text, the
captions' prose is the text; their credits are not, nor lines beside them closing no sentence
(a channel's slogans, a widget's links, which a perturbed page keeps).

Guards: a caption over a story's text is still dropped (the story is the text); a page
whose only line is the site's statement (dropped, no credit of a picture) stays without text.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page, story_paragraphs

TITLE = "组图：大学生网上直播学做传统糕点"
CAPTION = "昨天，某市大学生、网络红人“糕点妹妹”在一家老字号点心铺学做传统糕点，她在个人博客上对学习过程进行了图文直播。"
STORY = ["昨天下午，某市一家老字号点心铺迎来了一位特别的学徒，她是本地一所大学的学生。",
         "点心铺的老师傅说，年轻人愿意学手艺是好事，传统糕点的做法需要有人传下去。"]


def _photo_set(lines: list[str]) -> str:
    """The photo set's text block: pictures, then ``lines``."""
    return ("<section class='art_pic_card art_content'>"
            "<div class='pic'><img src='1.jpg'/></div><div class='pic'><img src='2.jpg'/></div>"
            + "".join(f"<p class='art_p'>{line}</p>" for line in lines) + "</section>")


def test_a_photo_sets_one_caption_is_its_text_without_the_credit() -> None:
    body = story_paragraphs(TITLE, _photo_set([f"{CAPTION} 本报记者 某某某 摄"]))
    assert body == [CAPTION]


def test_a_caption_credited_in_brackets_is_the_text_too() -> None:
    body = story_paragraphs(TITLE, _photo_set([f"{CAPTION}（某某 摄）"]))
    assert body == [CAPTION]


def test_a_caption_over_a_story_is_still_dropped() -> None:
    body = story_paragraphs(TITLE, _photo_set([f"{CAPTION} 本报记者 某某某 摄", *STORY]))
    assert body == STORY


def test_a_page_with_only_a_site_statement_still_has_no_text() -> None:
    page = news_page(TITLE, _photo_set(["本网站所刊载的图文，版权归本站所有。如需转载，请联系本站编辑部。"]))
    assert cleaned(page).body == ""


def test_a_caption_beside_lines_closing_no_sentence_is_the_text_without_them() -> None:
    slogans = ["【某某即时】：最有料的影音频道", "加入某某资讯粉丝团"]
    body = story_paragraphs(TITLE, _photo_set([f"{CAPTION} 本报记者 某某某 摄", *slogans]))
    assert body == [CAPTION]
