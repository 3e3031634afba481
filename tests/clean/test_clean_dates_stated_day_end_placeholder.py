# ruff: noqa: E501  (Chinese test strings)
"""A date the page states in ``<meta>`` at the day's last second (``2026-07-20-23:59:59``: a
gazette's issue day, stored as a day's end, no moment) beside an order printed with no date
line but its signing day under the text (issue 14, stop 35: fresh16's gazette page of an
order, dated by its signing day): the printed day dates the page, as a reader sees it. Pages
of text written here in that shape.

- The stated day-end placeholder, the signing day printed before it: the signing day.
- Guard: a stated date with a real clock (``2026-07-20 10:32:00``) still dates the page over
  a signing day under the text, as it did.
"""

from __future__ import annotations

from tests.clean.news_page import paras, published


def _order(stamp: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>某某总局令（第12号） 某某产品质量监督抽查管理办法__2026年第20号公报_某某网</title>"
            f"<meta name='firstpublishedtime' content='{stamp}'><meta name='lanmu' content='2026年第20号'></head><body>"
            "<div class='nav'><a href='/'>首页</a> &gt; 公报 &gt; 2026年第20号</div><div class='tools'>字号：默认 大 超大 | 打印 |</div>"
            "<div class='pages_content'><p>某某总局令</p><p>第 12 号</p>"
            "<p>《某某产品质量监督抽查管理办法》已经2026年4月8日某某总局局务会议审议通过，现予公布，自2026年8月1日起施行。</p>"
            "<p style='text-align: right;'>局　长　 某某某　　<br>2026年4月21日　　</p><p>&nbsp;</p>"
            "<p align='center'><strong>某某产品质量监督<br>抽查管理办法</strong></p><p align='center'>第一章　总　则</p>"
            + paras(("第一条 为了加强产品质量监督抽查工作，规范监督抽查行为，根据有关法律、行政法规，制定本办法。",
                     "第二条 本办法所称监督抽查，是指市场监督管理部门对生产、销售的产品依法组织抽样、检验并处理的活动。",
                     "第三条 本办法自2026年8月1日起施行。"))
            + "</div><div class='foot'>主办单位：某某网 版权所有</div></body></html>")


def test_signing_day_dates_the_page_over_a_stated_day_end_placeholder() -> None:
    assert (published(_order("2026-07-20-23:59:59")) or "")[:10] == "2026-04-21"


def test_stated_date_with_a_real_clock_still_dates_the_page() -> None:
    assert (published(_order("2026-07-20 10:32:00")) or "")[:16] == "2026-07-20T10:32"
