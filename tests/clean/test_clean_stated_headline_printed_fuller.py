# ruff: noqa: E501  (Chinese test strings)
"""A headline stated shorter in ``<meta>`` than the page prints it (stop 30, headline round;
found on an opened page under the ``print``, ``headings-plain`` and ``layout-cell``
perturbations).

The shape: ``og:title`` states ``《某片》第三集聚焦…``, the ``<title>`` ``纪录片《某片》第三集聚焦…
又一句————要闻——某某网`` and the page prints ``纪录片《某片》第三集聚焦…`` as a plain line (no
heading, no class: a print copy, a template's bare ``<p>``). Unmarked, the printed line was
no candidate and the shorter ``<meta>`` statement was the headline. A block whose whole text
prints the stated headline with more words, the whole line found in the ``<title>`` too, is
now the headline as printed; a line adding a column's name set apart by a bar (``某栏目 |
标题``) is not, unless ``<meta>`` states only that name (``og:title`` ``某某骗案`` of a page
printing and titled ``某某骗案｜标题``; found under the ``noise`` perturbation).
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, paras

SHORT = "《滨江故事》第三集聚焦老城更新"
FULL = "纪录片" + SHORT
TEXT = [
    "纪录片《滨江故事》第三集《老城新生》今晚播出，讲述老城区改造中居民、设计师和基层干部的故事。",
    "片中，一条有百年历史的老街在保留原有风貌的基础上完成了管网改造，沿街商铺陆续重新开张。",
    "摄制组历时一年，跟拍了二十多户居民，记录下他们从担心搬迁到参与改造的变化。",
]


def _page(printed: str, title: str, top: str = "") -> str:
    return ("<html><head><meta charset='utf-8'><title>" + title + "</title>"
            "<meta property='og:title' content='" + SHORT + "'></head><body>"
            "<div class='noprint'><a href='javascript:window.print()'>【打印本页】</a></div>"
            + top + "<table width='700' align='center'><tr><td><div><p>" + printed + "</p>"
            "<div><em>来源：滨江网</em> <em>发布时间：2026-11-29 06:00</em></div>"
            "<div class='content'>" + paras(TEXT) + "</div></div></td></tr></table></body></html>")


def test_the_line_printing_more_of_the_title_s_words_is_the_headline():
    page = _page(FULL, FULL + "老街重焕生机————要闻——滨江网")
    assert cleaned(page).title == FULL


def test_a_column_s_name_before_the_stated_headline_is_no_part_of_it():
    page = _page("", "滨江往事 | " + SHORT + "_滨江网",
                 top="<div class='top'><div><p>滨江往事 | " + SHORT + "</p></div></div>")
    assert cleaned(page).title == SHORT


KICKER = "短信骗案"
KICKED = KICKER + "｜收个短信就中招？认准号码识别真假运营商"


def test_a_stated_kicker_gives_way_to_the_printed_line_of_the_whole_title():
    page = ("<html><head><meta charset='utf-8'><title>" + KICKED + "</title>"
            "<meta property='og:title' content='" + KICKER + "'></head><body>"
            "<div class='top'><div class='el'><div><h2 class='el-heading'>" + KICKED + "</h2></div></div></div>"
            "<div class='noise'><ul><li><a href='/a/1'>滨江市公交线路调整</a></li><li><a href='/a/2'>滨江天气</a></li></ul></div>"
            "<div class='main'><div class='post'><div><span>2026-11-30</span></div><div class='content'>"
            + paras(TEXT) + "</div></div></div></body></html>")
    assert cleaned(page).title == KICKED
