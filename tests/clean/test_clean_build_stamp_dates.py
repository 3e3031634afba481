"""Dates of stop 30: a CMS's build stamp stated as the page's date, on pages of own text in
the real markups' shapes.

A government CMS writes, in ``<head>``, ``<meta name="PubDate" content="2023-08-16
10:33:59">`` and beside it ``<meta name="others" content="页面生成时间 2023-08-16
10:33:59">``: the "publication date" is the moment the page FILE was generated, rewritten
whenever the site is rebuilt — months or years after the notice was published (on 14 of the
17 opened pages of that shape it is a later day). Its print version (the headline, the date
line's box without its label, the text) prints the notice's day alone over the headline
(``<div>2023-05-11</div>``): that line, unlabelled, disagreed with the stated date, and the
build stamp won. A date ``<meta>`` that repeats the page's own build stamp is no stated
publication date (a printed line need not agree with it); it still dates a page whose only
printed day is the signing date under its text (a CMS that builds the file once, on
publishing), and a date ``<meta>`` of another moment keeps its weight (guards).
"""

from __future__ import annotations

from tests.clean.news_page import paras, published

HEADLINE = "城南区2025年群众文化活动情况通报"
PARAS = [
    "今年以来，城南区各街道共举办群众文化活动三百余场，参与群众超过十二万人次，比上年有所增加。",
    "其中，社区合唱、广场舞展演和读书分享会最受欢迎，不少活动由居民自发组织、自己报名参加。",
    "下一步，区文化馆将继续为各街道培训文艺骨干，并在年底前完成三处社区文化活动室的改造。",
]


def head(pub: str, built: str | None) -> str:
    """A government CMS's ``<head>``: its site and column metas, the headline's, the
    ``PubDate`` and (``built``) the stamp of when the page file was generated."""
    stamp = f'<meta name="others" content="页面生成时间 {built}">' if built else ""
    return ('<html><head><meta charset="utf-8"><meta name="SiteName" content="城南区人民政府">'
            '<meta name="ColumnName" content="通知公告">'
            f'<meta name="ArticleTitle" content="{HEADLINE}"><meta name="PubDate" content="{pub}">'
            f'<meta name="ContentSource" content="城南区文化馆">{stamp}'
            f"<title>{HEADLINE}</title></head>")


def print_version(pub: str, built: str | None, day: str) -> str:
    """The page's print version: a print and close bar, then in a centred table the date
    line's box without its label (the day alone), the headline and the text."""
    return (head(pub, built) + '<body onload="window.print()"><div class="noprint">'
            "<a href='javascript:window.print()'>【打印本页】</a> "
            "<a href='javascript:window.close()'>【关闭窗口】</a></div>"
            "<table width='700' align='center'><tr><td><div>"
            f"<div class='display-block'>{day}</div><h1 class='article-title'>{HEADLINE}</h1>"
            "<div class='article-content'>" + paras(PARAS)
            + "</div></div></td></tr></table></body></html>")


def signed_notice(pub: str, built: str | None) -> str:
    """The notice itself with no date line over its text: only the office and the signing
    day under the last paragraph."""
    return (head(pub, built) + "<body><div class='nav'><a href='/'>首页</a> "
            "<a href='/tzgg/'>通知公告</a></div><div class='article'>"
            f"<h1>{HEADLINE}</h1><div class='content'>" + paras(PARAS)
            + "<p style='text-align:right'>城南区文化馆</p>"
            "<p style='text-align:right'>2025 年 12 月 8 日</p></div></div>"
            "<div class='foot'>主办单位：城南区人民政府 版权所有</div></body></html>")


def test_a_printed_day_beats_a_date_meta_that_repeats_the_page_build_stamp() -> None:
    page = print_version("2026-03-16 10:33:59", "2026-03-16 10:33:59", "2025-12-11")
    assert (published(page) or "")[:10] == "2025-12-11"


def test_the_build_stamp_still_dates_a_page_printing_only_its_signing_day_guard() -> None:
    page = signed_notice("2025-12-11 18:59:41", "2025-12-11 18:59:41")
    assert (published(page) or "")[:16] == "2025-12-11T18:59"


def test_a_date_meta_of_another_moment_than_the_build_stamp_keeps_its_weight_guard() -> None:
    page = print_version("2026-03-16 10:33:59", "2026-03-17 08:00:00", "2025-12-11")
    assert (published(page) or "")[:10] == "2026-03-16"
