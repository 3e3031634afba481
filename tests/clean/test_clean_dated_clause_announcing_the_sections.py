# ruff: noqa: E501  (Chinese test strings)
"""A report's first line opening with a period of months and closing with a colon that
announces its numbered sections (issue 14, stop 35, where the text starts; fresh16's
mofcom-foreign-investment-2018-full-year-official-remarks): pages in the shape of a
ministry's data release, with text written here.

``2025年1-10月全市工业生产的主要特点有：`` over ``一、…`` was dropped twice over: the
cleaning read it as a dateline (``2025年1-10`` parsed as a day, ``月全市…特点有`` taken for a
media name), and the caption-edge rule took it for an info line over the first heading (a
date and a colon). The labels start such a text at that line (it is the text's lead: the
sections under it are what it announces). Now a dateline's leftover words never open with a
date's unit (``月``, the remnant of a span) nor close the line before a colon, and an info
line's colon closes a field's label, not a clause of eight Chinese characters or more.

Guards: a dateline (``某某日报 2025年11月3日``) is still moved out of the text; a page's info
line with an empty field (``发布时间：2025-11-03 来源：``) over the text still goes.
"""

from __future__ import annotations

from pipelines.metadata import read_dateline
from tests.clean.news_page import FETCHED, cleaned, page_head

TITLE = "市统计局负责人解读2025年1-10月全市工业经济运行情况"
LEAD = "2025年1-10月全市工业生产的主要特点有："
SECTIONS = ["一、工业生产保持平稳增长",
            "1-10月，全市规模以上工业增加值同比增长6.3%，增速比前三季度加快0.2个百分点。",
            "二、高技术制造业较快增长",
            "1-10月，全市高技术制造业增加值同比增长11.5%，占规模以上工业的比重为16.8%。"]


def _release(over: str = "") -> str:
    return (page_head(TITLE) + "<div class='nav'><a href='/'>首页</a> <a href='/sj/'>数据发布</a></div>"
            f"<h1>{TITLE}</h1><p class='info'>文章来源： 文章类型： 内容分类：</p>"
            f"<div id='zoom' class='artCon'>{over}<p style='text-indent: 2em;'>{LEAD}</p>"
            + "".join(f"<p style='text-indent: 2em;'>{p}</p>" for p in SECTIONS)
            + "</div><div class='footer'>版权所有：某某市统计局 网站标识码1234567890</div></body></html>")


def test_a_first_line_opening_with_a_span_of_months_and_announcing_the_sections_opens_the_text() -> None:
    body = cleaned(_release()).body
    assert body.startswith(LEAD)
    assert body.rstrip().endswith(SECTIONS[-1])


def test_a_line_opening_with_a_span_of_months_is_no_dateline() -> None:
    assert read_dateline(LEAD, fetched_at=FETCHED) is None
    assert read_dateline("2025年1-10月全市工业生产情况", fetched_at=FETCHED) is None


def test_a_dateline_and_an_info_line_with_an_empty_field_still_go() -> None:
    meta = read_dateline("某某日报 2025年11月3日", fetched_at=FETCHED)
    assert meta is not None and meta.media == "某某日报"
    assert meta.published_at is not None and meta.published_at.startswith("2025-11-03")
    body = cleaned(_release("<p>发布时间：2025-11-03 来源：</p>")).body
    assert "发布时间" not in body
    assert SECTIONS[1] in body
