"""Headlines after fresh13's score: a notice whose headline is two characters spaced apart.

A school's notice page prints its headline in a title-classed block as two characters set
apart by spaces (``<div class="tit">公  示</div>``), the ``<title>`` saying the same
(``<title>公 示</title>``), a date line under it and the notice's paragraphs after. Such a
line was never a headline (fewer than four characters: a fragment or a box's name), so the
page had none. Two or three characters spaced out in a heading or a title-classed block,
the whole ``<title>`` the same characters, is the page's headline.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head, paras

NOTICE = [
    "根据本区关于开展年度优秀党员评选工作的通知要求，经党员推荐、支部委员会审议，"
    "现将拟推荐的优秀共产党员名单予以公示。",
    "公示期为五个工作日。公示期间如有异议，请以书面形式向学校党支部反映，反映情况须实事求是。",
    "联系电话：01234567",
]


def page(heading: str, title: str) -> str:
    """A notice page: menu, breadcrumb, ``heading`` in a title-classed block, date line,
    the notice's paragraphs; ``title`` as the page's ``<title>``."""
    return (page_head(title) + "<div><a href='/'>首页</a> <a href='/news/'>新闻中心</a> "
            "<a href='/notice/'>通知公告</a></div><div class='neirong'>"
            f"<div class='tit'>{heading}</div><div class='futit'>发布日期:2023-05-31 "
            f"作者：某某学校</div><div class='rong'>{paras(NOTICE)}</div></div>"
            "<div>版权所有 某某学校</div></body></html>")


def test_two_characters_spaced_apart_under_the_same_title_are_the_headline() -> None:
    assert cleaned(page("公&nbsp;&nbsp;示", "公 示")).title == "公 示"


def test_three_spaced_characters_with_the_title_unspaced_are_the_headline() -> None:
    assert cleaned(page("通 知 书", "通知书")).title == "通 知 书"


def test_four_spaced_characters_with_the_title_unspaced_are_the_headline() -> None:
    # Stop 32 (i22h): a notice's kind of four characters spaced out (``招 聘 启 事``), the
    # <title> the same: up to seven such characters are a short headline (eight or more are
    # joined as a letter-spaced headline).
    assert cleaned(page("招 聘 启 事", "招聘启事")).title == "招 聘 启 事"


def test_spaced_characters_under_a_longer_title_are_not_taken() -> None:
    # Guard: the <title> names the story in full; the spaced line is only its kind.
    title = "关于推荐年度优秀共产党员的公示"
    assert cleaned(page("公 示", title)).title == title
