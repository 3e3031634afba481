# ruff: noqa: E501  (Chinese test strings)
"""Saved and archived copies of a page (stop 28, the ``wayback``/``singlefile``/``rendered``/
``cached`` perturbations of ``benchmarks/extraction_robust.py``): what a save tool or an
archive adds around a page — its toolbar, its capture or save dates, its rewritten links —
never gives the page's date, headline or text. Each page is written here in the shape the
tools give it:

1. a county notice replayed by a web archive: the archive's toolbar at the top of ``<body>``
   (hidden until its script shows it) prints the span of its captures, ``13 Oct 2024 - 02 Nov
   2026``, and the notice prints no date of its own. The first capture's day was taken for
   the publication date. A span between two full days (each with its year, in digits or
   with a month's name) is a period, never the moment a page was published. The same notice
   with its canonical link rewritten to ``/web/<14-digit timestamp>/<address>`` took the
   capture span's day over the address's: it now takes the address's. An event's period
   printed in the text (``2024年10月13日—2024年11月2日``, ``2024-10-13 至 2024-11-02``) is no
   date line either.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "某县开展秋季农产品产销对接活动签约金额逾千万元"
TEXT = ["十月十二日，某县在县会展中心举办秋季农产品产销对接活动，四十多家采购商与本地合作社现场洽谈，签订意向协议二十三份。",
        "县农业农村局负责人介绍，今年全县秋粮丰收，蔬菜水果产量稳中有增，对接活动为合作社打开了新的销路。",
        "下一步，该县将继续搭建产销平台，帮助合作社稳定销路、提高收益，推动农业增效农民增收。"]
STAMP = "20250301031245"
ADDRESS = "http://www.example.gov.cn/xxgk/2024-10/12/content_1.html"
TOOLBAR = ("<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id='wm-ipp-base' style='display:none'><div id='wm-ipp'>"
           f"<form><input id='wmtbURL' value='{ADDRESS}'></form>"
           f"<div><a href='/web/{STAMP}*/{ADDRESS}'>12 captures</a><div>13 Oct 2024 - 02 Nov 2026</div></div>"
           "<table><tr><td>FEB</td><td>MAR</td><td>APR</td></tr><tr><td></td><td>01</td><td></td></tr>"
           "<tr><td>2024</td><td>2025</td><td>2026</td></tr></table>"
           "<div>About this capture</div><div>COLLECTED BY</div><div>TIMESTAMPS</div></div></div>"
           f"<div id='wm-ipp-print'>The Wayback Machine - https://web.archive.org/web/{STAMP}/{ADDRESS}</div>"
           "<!-- END WAYBACK TOOLBAR INSERT -->")


def _notice(head: str = "", top: str = "", extra: str = "") -> str:
    return (page_head(HEADLINE).replace("</head>", head + "</head>") + top
            + f"<div class='nav'><a href='/web/{STAMP}/http://www.example.gov.cn/'>首页</a></div>"
            f"<h1>{HEADLINE}</h1><div class='content'>{paras(TEXT)}{extra}</div>"
            "<div class='foot'>主办：某县人民政府办公室</div></body></html>")


def test_an_archive_toolbars_capture_span_never_dates_the_page():
    found = cleaned(_notice(top=TOOLBAR))
    assert found.published_at is None
    assert found.title == HEADLINE and found.body.split("\n")[0] == TEXT[0]


def test_an_archived_copys_rewritten_canonical_link_gives_the_day_of_its_address():
    canonical = f"<link rel='canonical' href='https://web.archive.org/web/{STAMP}/{ADDRESS}'>"
    assert cleaned(_notice(head=canonical, top=TOOLBAR)).published_at.startswith("2024-10-12")


def test_an_events_period_between_two_full_days_is_no_date_line():
    period = "<p>活动时间：2024年10月13日—2024年11月2日</p>"
    assert cleaned(_notice(extra=period)).published_at is None
    assert cleaned(_notice(top="<div>展期 2024-10-13 至 2024-11-02</div>")).published_at is None
