# ruff: noqa: E501  (Chinese test strings)
"""A notice dated only under its signature, the site's footer printing its own update
stamp (issue 14, stop 38, i28d: date variants on pages of our own text — six signature
markups, five ways to write the day, three breadcrumbs, later days inside the text, a
related list).

The footer's ``网站更新时间：2026-12-01`` is on every page of the site: it dates no page.
It was weighed as a printed date line (counted down as an update's label) and, the
signing date under the text counted down too, won. Now the site's stamp (网站/本站/站点
… 更新/维护/统计) is no candidate at all, and the signature dates the notice.

Guard: a page's own update label (``更新时间：…`` in its info line) is still read as it
was.
"""

from __future__ import annotations

import pytest

from pipelines.clean import clean_document
from tests.clean.news_page import FETCHED

_HEADLINE = "关于开展冬季供暖设施安全检查的通知"
_TEXT = ["各区住建局、各供热企业：",
         "为确保群众温暖过冬，市住建局决定开展冬季供暖设施安全检查，检查自2026年11月25日开始，至2026年12月15日结束。",
         "发现的问题将限期整改，整改情况向社会公开。"]
_SIGNATURE = "<p align='right'>某某市住房和城乡建设局</p><p align='right'>2026年11月20日</p>"
_RELATED = ("<div class='related'><h3>相关文章</h3><ul><li><a href='/a/1.html'>关于做好燃气安全工作的通知</a> 2026-10-08</li>"
            "<li><a href='/a/2.html'>关于开展物业服务检查的通知</a> 2026-09-12</li></ul></div>")


def _page(title: str, after: str, stamp: str, info: str = "") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a></div><h1>{_HEADLINE}</h1>{info}"
            "<div class='content'>" + "".join(f"<p>{x}</p>" for x in _TEXT) + _SIGNATURE + "</div>"
            + after + f"<div class='foot'>版权所有 某某市住房和城乡建设局</div><div class='foot2'>{stamp}</div></body></html>").encode()


@pytest.mark.parametrize("stamp", ["网站更新时间：2026-12-01", "本站最后更新：2026年12月1日", "站点维护日期：2026-12-01"])
@pytest.mark.parametrize("after", ["", _RELATED])
@pytest.mark.parametrize("title", [f"{_HEADLINE}_通知公告", "通知公告", ""])
def test_the_signature_dates_the_notice_not_the_sites_stamp(stamp: str, after: str, title: str) -> None:
    result = clean_document(_page(title, after, stamp), fetched_at=FETCHED)
    assert (result.published_at or "")[:10] == "2026-11-20"


def test_a_pages_own_info_line_is_still_read() -> None:
    page = _page(_HEADLINE, "", "", info="<div class='info'>发布时间：2026-11-21 来源：市住建局</div>")
    assert (clean_document(page, fetched_at=FETCHED).published_at or "")[:10] == "2026-11-21"
