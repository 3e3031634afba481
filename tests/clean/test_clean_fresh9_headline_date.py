# ruff: noqa: E501  (Chinese test strings)
"""Headlines and dates of the classes fresh9 missed at its score (2026-12-02), each a real
template's shape with text written here:

1. a heading written as paragraphs (``<h2 class="tit"><p>标题</p><p>副题</p></h2>``): the
   HTML parser closes the heading at the first ``<p>``, leaving it empty, its lines after it
   as sibling paragraphs. The heading was no candidate and ``<meta name="ArticleTitle">``,
   which leaves out the headline's kicker (``专题片``), won. The paragraphs right after an
   empty heading are its lines;
2. ``og:title`` states the ``<title>`` less its last part (``标题 副题 - 报 - 版`` of ``… -
   期号``): it was kept whole, site and channel parts too. A stated title whose parts are
   some of the ``<title>``'s states its longest part; and the ``<h1>`` printing that part's
   leading clauses (the rest a deck after a space) is the headline;
3. ``<time datetime="…T12:46:00Z">…12:46</time>``: the CMS wrote the local clock and marked
   it UTC; the printed clock, the same wall time, is read as the local one (a stamp whose
   clock differs from the printed one is still converted);
4. a saved page's masthead clock ``<span><script>…new Date()…document.write(…)</script>
   2024年11月12日</span>``: the script's output the saving browser left is the day the page
   was saved, never its date;
5. that page's date line, ``• 2007-02-08 • 本刊记者 某某某`` at the text's top: a bare day
   beside a reporter's byline was read as more than a date line.

Each test fails on the code before its change, but the guard that a stamp over another clock
is still converted.
"""

from __future__ import annotations

from pipelines.clean import clean_document
from tests.clean.news_page import FETCHED, cleaned, paras

PARAS = [
    "本集节目通过多个典型案例，讲述各地纪检监察机关紧盯节日前后的违规吃喝问题，持续释放越往后越严的信号。",
    "片中多名干部谈到，作风建设没有休止符，必须把经常性监督落到日常，防止问题反弹回潮。",
    "节目还介绍了基层群众反映问题的渠道，以及查处问题后整改落实情况的回访做法。",
]


def test_a_heading_written_as_paragraphs_is_the_headline_kicker_and_all():
    page = ("<html><head><meta charset='utf-8'>"
            "<meta name='ArticleTitle' content='《守正笃行》第二集聚焦整治节日歪风'>"
            "<title>专题片《守正笃行》第二集聚焦整治节日歪风常抓不懈——要闻——某某网站</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/yw/'>要闻</a></div>"
            "<div class='article'><h2 class='tit'><p>专题片《守正笃行》第二集聚焦整治节日歪风</p>"
            "<p>常抓不懈</p></h2><h3 class='daty'>发布时间：2024-01-08 06:00</h3>"
            f"<div class='content'>{paras(PARAS)}</div></div>"
            "<div class='foot'>版权所有 某某网站</div></body></html>")
    result = cleaned(page)
    assert result.title.startswith("专题片《守正笃行》第二集聚焦整治节日歪风")


def test_og_title_of_some_title_parts_gives_way_to_the_h1_printing_its_lead():
    stated = "海滨步道下月封闭维修 市民改道 预计工期半年 - 晨讯 - 港闻 - 要闻"
    page = ("<html><head><meta charset='utf-8'>"
            f"<title>{stated} - D240105</title>"
            f"<meta property='og:title' content='{stated}'/></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/hk/'>港闻</a></div>"
            "<div class='story'><h1>海滨步道下月封闭维修 市民改道</h1><div class='date'>2024-01-05</div>"
            f"{paras(PARAS)}</div><div class='foot'>版权所有</div></body></html>")
    result = cleaned(page)
    assert result.title == "海滨步道下月封闭维修 市民改道"


def utc_marked(stamp: str, printed: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>区议会否决拨款申请 - 某某新闻</title></head><body>"
            "<div class='nav'><a href='/'>首页</a></div>"
            "<h1>区议会否决拨款申请</h1>"
            f"<span class='date'><time class='op-published' dateTime='{stamp}'>{printed}</time></span>"
            f"<div class='content'>{paras(PARAS)}</div><div class='foot'>版权所有</div>"
            "</body></html>").encode()


def test_a_utc_stamp_over_the_same_printed_clock_is_the_local_time():
    result = clean_document(utc_marked("2020-08-08T12:46:00Z", "2020-08-08 12:46"),
                            fetched_at=FETCHED)
    assert result.published_at == "2020-08-08T12:46:00+08:00"


def test_a_utc_stamp_over_another_printed_clock_is_still_converted():
    result = clean_document(utc_marked("2020-08-08T04:46:00Z", "2020-08-08 12:46"),
                            fetched_at=FETCHED)
    assert result.published_at == "2020-08-08T12:46:00+08:00"


def test_a_saved_script_clock_is_not_the_page_date():
    page = ("<html><head><meta charset='utf-8'><title>整形医生谈面部修复手术 - 某某周刊</title></head><body>"
            "<div class='top'><a href='/en/'>English</a> <span id='time' class='fr'>"
            "<script type='text/javascript'>calendar = new Date(); var y = calendar.getFullYear();"
            "document.write(y + '年' + (calendar.getMonth() + 1) + '月' + calendar.getDate() + '日');"
            "</script>2024年11月12日</span></div>"
            "<div id='title'>整形医生谈面部修复手术</div>"
            f"<div class='content'>{paras(PARAS)}</div><div class='foot'>版权所有</div>"
            "</body></html>").encode()
    result = clean_document(page, fetched_at=FETCHED)
    assert not (result.published_at or "").startswith("2024-11-12")


def test_a_bare_day_beside_a_reporters_byline_dates_the_page():
    """5. ``• 2007-02-08 • 本刊记者 某某某`` at the text's top: a bare day with no label or
    clock, beside a byline (a reporter's title and name), is the page's date line."""
    page = ("<html><head><meta charset='utf-8'><title>整形医生谈面部修复手术 - 某某周刊</title></head><body>"
            "<div class='nav'><a href='/'>首页</a></div>"
            "<div class='leftwarp'><div id='where'><a href='/'>首页</a>- <a href='/rw/'>人物</a></div>"
            "<div id='title'>整形医生谈面部修复手术</div>"
            "<div id='about'> •  2009-03-05 •  本刊记者 林晓东</div>"
            f"{paras(PARAS)}</div><div class='foot'>版权所有</div></body></html>").encode()
    result = clean_document(page, fetched_at=FETCHED)
    assert (result.published_at or "").startswith("2009-03-05")
