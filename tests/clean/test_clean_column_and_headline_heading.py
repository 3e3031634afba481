# ruff: noqa: E501  (Chinese test strings)
"""A heading printing a column's name and the headline set apart by a bar (stop 30, headline
round; found on an opened page under the ``title-site-first`` and ``title-site-last``
perturbations).

The shape: ``<h1>某某往事 | 标题</h1>`` under a ``<title>`` stating the headline alone
(``某某网_标题``). The heading matched nothing stated (it neither is nor opens with the
stated headline), so it scored nothing, and a bold sub-heading inside the text printing the
headline's first words won. A heading of two parts set apart by a bar now gives the stated
part when that part reads as a headline and the other as a name. Guards (each failed on a
first version that split the heading as a ``<title>`` is split, caught by the dump diff on
opened pages): a column's name stated as the ``<title>``'s first part, a kicker stated alone
in ``og:title``, and a headline's own dash keep the heading whole.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, paras

HEADLINE = "从学徒到大师 滨江画家的山水缘"
TEXT = [
    "“提到他，很多人就会想到他画的山水，其实他会画的东西很多。”在滨江画院系列讲座中，主讲人为这位画家如是“正名”。",
    "<p><strong>从学徒到大师</strong></p>",
    "他原名李纯，1904年出生在滨江城外的一个小村庄。因为家里穷，幼年只读了半年私塾就回家务农。",
    "后来他拜当地一位画师为师，从临摹开始，一画就是二十年，终于自成一家。",
]


@pytest.mark.parametrize("bar", [" | ", "丨"], ids=["bar", "gun-bar"])
@pytest.mark.parametrize("title", ["滨江资讯网_" + HEADLINE, HEADLINE + "_滨江资讯网"], ids=["site-first", "site-last"])
def test_the_stated_part_of_a_column_and_headline_heading_is_the_headline(title, bar):
    # ``丨`` (a character a CMS's editor types as the bar, stop 34: a video page's
    # ``跟着某某看世界丨标题`` under the title perturbations) sets the parts apart as ``|`` does.
    body = "".join(t if t.startswith("<") else paras([t]) for t in TEXT)
    page = ("<html><head><meta charset='utf-8'><title>" + title + "</title></head><body>"
            "<div class='nav'><a href='/'>首页</a></div><h1 id='main_title'>滨江往事" + bar + HEADLINE + "</h1>"
            "<div id='page-tools'><span class='time-source'>2026年09月30日 16:31 来源：滨江艺术网</span></div>"
            "<div id='artibody'>" + body + "</div></body></html>")
    assert cleaned(page).title == HEADLINE


@pytest.mark.parametrize("heading, title, meta", [
    ("区委书记这一周 | 奋马扬鞭争春色，全力以赴向未来", "区委书记这一周 | 奋马扬鞭争春色，全力以赴向未来", ""),
    ("网上购物骗案｜「代收党」出没！注意！", "网上购物骗案｜「代收党」出没！注意！", "网上购物骗案"),
    ("理解包容困境青少年-以关心陪伴开拓自信人生", "理解包容困境青少年-以关心陪伴开拓自信人生", ""),
], ids=["column-stated-first", "kicker-stated", "dash-no-bar"])
def test_a_heading_whose_stated_part_is_a_name_or_set_off_by_a_dash_stays_whole(heading, title, meta):
    stated = f"<meta property='og:title' content='{meta}'>" if meta else ""
    page = ("<html><head><meta charset='utf-8'><title>" + title + "</title>" + stated + "</head><body>"
            "<div class='nav'><a href='/'>首页</a></div><div class='article'><h1>" + heading + "</h1>"
            "<div class='info'>2026年09月30日 16:31 来源：滨江日报</div><div class='content'>"
            + paras(TEXT[:1] + TEXT[2:]) + "</div></div></body></html>")
    assert cleaned(page).title == heading
