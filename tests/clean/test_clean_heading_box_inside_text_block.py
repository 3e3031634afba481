# ruff: noqa: E501  (Chinese test strings)
"""A headline's box classed like a masthead inside the text's own block (stop 30, headline
round; found on an opened page under the ``classes-head-chrome`` and ``classes-all``
perturbations).

The shape: a picture post's block ``<div class="image_content">`` holds the headline in a box
classed ``header top`` and the text right under it; the ``<title>`` names only the account
(``某某发布``). A chrome-classed box holding one short line is the story's heading box when
the text follows it closely, but "the text" was looked for only as the text's block or a
block around it, and here the box is inside that block: the headline was taken for the
masthead and the account's name won. Inside the text's block, the text's first paragraph
(or a block holding it) following the box closely counts the same.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

HEADLINE = "如果可以，在滨江古镇见一面吧！"
TEXT = ("滨江古镇，位于滨江市东部，曾因“日出万匹绸”而成为远近闻名的巨镇，是明清时期江南名镇之一。"
        "如今，古镇保留了大量传统民居和石板街巷，每逢周末都吸引众多游客前来。")


def test_a_header_classed_box_over_the_text_inside_its_block_holds_the_headline():
    page = (page_head("滨江发布") + "<div class='profile'><div class='nickname'>滨江发布</div></div>"
            "<div id='js_content'><div class='image_content'><div class='header top'>"
            "<h1 class='rich_media_title'>" + HEADLINE + "</h1> </div><p class='share_notice'>"
            "<a href='' class='poi_link'>滨江古镇</a>" + TEXT + "</p><p>2026-11-29 08:00</p></div></div>"
            "</body></html>")
    assert cleaned(page).title == HEADLINE
