# ruff: noqa: E501  (Chinese test strings)
"""A headline of three Chinese characters (``义工联``) printed in a heading right over its date
line, the ``<title>`` naming it as its first part before the site's name and slogan
(``义工联_某某中学_建设学术性高中_培养创新型人才``; issue 14, stop 35: a school site's page
in the extractors' pool). Headlines of four characters or more the ``<title>`` states were
kept already; three were a fragment, and a part of the slogan was taken for the headline.
A page of text written here in that shape.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, paras


def _page(heading: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>义工联_某某中学_建设学术性高中_培养创新型人才</title></head><body>"
            "<div class='head'><h1>某某中学</h1><ul><li><h3>校园活动</h3></li><li><h3>学生刊物</h3></li></ul></div>"
            f"<div class='main'>{heading}<p class='info'>某某中学 2026-09-03</p><div class='text'>"
            + paras(("某某中学义工联秉承社会回报、责任承担和爱的传承三大宗旨，为同学们创造通过义工活动获取学时的机会。",
                     "义工联一般每个周末会在市图书馆、少年宫等社会福利性场所举行义工活动，寒暑假会适当增加活动次数。"))
            + "</div></div><div class='foot'>某某中学 版权所有</div></body></html>")


def test_three_character_headline_over_its_date_line_is_the_headline() -> None:
    assert cleaned(_page("<h3>义工联</h3>")).title == "义工联"
