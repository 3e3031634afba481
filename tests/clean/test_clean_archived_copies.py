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
   date line either;
2. a city portal's story whose text is printed twice: in the article's block, and again as
   one flat block straight under the page's outer level (the copy a read-aloud button reads
   out), the whole page moved into one ``<div style="position:relative">`` under a search
   engine's cache header (as a site's own page-wide wrapper holds it too). Under ``<body>``
   the copy is known for what it is — the page itself is taken only when no block of its
   own holds a third as much — but the wrapper holding all of the page was read as a block
   of text: the body was both copies. (The rule that read such a wrapper as ``<body>`` was
   withdrawn at stop 28; the real page's copy is hidden, and a hidden copy of the shown
   text is set aside since stop 29: ``test_clean_page_wide_wrappers.py``.) This page's
   copy is shown, straight under ``<body>``;
3. a university news site's reprint saved by SingleFile, which drops what the browser does
   not display (here a hidden second copy of the story): the line under the headline
   ``来源：新华网 2015-5-26`` and, after the text, the site's stamp ``[更新：2015-05-27
   11:26:21] [阅读： 人次]``. The update stamp, labelled and with its clock, won. An update
   stamp under its bare label (``更新：``, ``更新于``) is not the publication date, as
   ``更新时间：`` was not already;
4. copies stamped with when they were made, over a notice printing no date (or printing its
   own under the headline): a cache's Chinese header (``网页快照 2025-03-01 03:12``), a save
   tool's line (``本页面保存于 2025-03-01 11:12:45``), an archive's (``存档时间：2025年3月1日
   11:12``, ``archived 1 Mar 2025 03:12:45 UTC``, ``Saved from … on 2025-03-01 11:12``). The
   stamp dated the undated notice, and ``存档时间：`` (labelled, clocked) beat the notice's own
   ``来源：… 2024-10-12``. A line naming a snapshot, a save, an archive's copy or a capture is
   never the page's date line.
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


STORY = ["记者从市商务部门获悉，今年前三季度全市化妆品产业产值同比增长百分之八，产业规模继续位居全国前列。",
         "据介绍，全市现有化妆品生产企业一千八百余家，一批本土品牌通过自主研发打开了国内外市场。",
         "业内人士表示，企业要在原料创新和功效评价上持续投入，才能在激烈的市场竞争中站稳脚跟。",
         "下一步，该市将继续完善产业扶持政策，推动产业向高端化、品牌化方向发展。"]


def _story_page() -> str:
    page = ("<div class='top'><a href='/'>首页</a> <a href='/news/'>新闻中心</a> <a href='/gov/'>政务公开</a></div>"
            "<div class='main'><div class='crumb'>当前位置：首页 > 新闻中心 > 本地新闻</div>"
            f"<h1>{HEADLINE}</h1><div class='attr'>2023-12-05 来源：某市日报</div>"
            f"<div class='article'>{paras(STORY)}</div><div class='related'>相关新闻</div></div>"
            "<div class='foot'>某市人民政府 版权所有 主办单位：某市人民政府办公厅</div>"
            f"<div class='readout'>{HEADLINE}{''.join(STORY)}</div>")
    return page_head(HEADLINE) + page + "</body></html>"


def test_a_copy_of_the_text_straight_under_body_is_not_read_twice():
    found = cleaned(_story_page())
    assert [p for p in found.body.split("\n") if p] == STORY


def test_an_update_stamp_after_the_text_is_not_the_publication_date():
    page = (page_head(HEADLINE) + "<div class='nav'>首页 > 高教视点 > 内容</div>"
            f"<div class='article'><h2>{HEADLINE}</h2><div class='src'>来源：新华网 2015-5-26</div>"
            f"{paras(TEXT)}</div><div class='stamp'>（http://news.example.edu.cn） "
            "[更新：2015-05-27 11:26:21] [阅读： 人次]</div></body></html>")
    assert cleaned(page).published_at.startswith("2015-05-26")


STAMPS = ("<div>网页快照 2025-03-01 03:12</div>", "<div>本页面保存于 2025-03-01 11:12:45</div>",
          "<div>存档时间：2025年3月1日 11:12</div>", "<div>archived 1 Mar 2025 03:12:45 UTC</div>",
          "<div>Saved from http://www.example.gov.cn/a.html on 2025-03-01 11:12</div>")


def test_a_copys_own_stamp_never_dates_the_page():
    for stamp in STAMPS:
        assert cleaned(_notice(top=stamp)).published_at is None, stamp
        own = _notice(top=stamp).replace("</h1>", "</h1><div>来源：某县融媒体中心 2024-10-12</div>")
        assert cleaned(own).published_at.startswith("2024-10-12"), stamp
