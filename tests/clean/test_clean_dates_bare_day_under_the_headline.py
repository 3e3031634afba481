# ruff: noqa: E501  (Chinese test strings)
"""A full date printed alone right under the headline (issue 14, stop 35; the label rules:
"the date printed in parentheses under a headline is the page's date"), on pages of text
written here:

- Printed as the first line of the text's block (``（2026年11月20日）``, ``[2026-11-20]``,
  ``二〇二六年十一月二十日``) and nothing else dating the page: that day, not none.
- Printed in its own line between the headline and the text (``2026.11.20``) while a
  ``<meta>`` states another day (a later edit, the CMS's stamp): the printed day, which the
  reader is told.
- Guards: a dateline opening the text's first sentence (``2026年11月20日，…``) is an event's
  day, not the page's; a signing day under the text still gives way to a stated date.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import paras, published

_HEADLINE = "某市出台老旧小区加装电梯补贴办法"
_TEXT = ("记者昨日从某市住房和城乡建设局获悉，该市出台老旧小区加装电梯补贴办法，每部电梯最高可获补贴二十万元。",
         "办法明确，申请补贴的小区须取得本单元三分之二以上业主同意，并由业主委员会统一提出申请。")


def _page(between: str, first: str = "", meta: str = "", after: str = "") -> str:
    head = f"<meta name='PubDate' content='{meta}'>" if meta else ""
    return (f"<html><head><meta charset='utf-8'><title>{_HEADLINE}_某某网</title>{head}</head><body>"
            "<div class='nav'><a href='/'>首页</a></div>"
            f"<h1>{_HEADLINE}</h1>{between}<div class='content'>{first}" + paras(_TEXT) + f"{after}</div>"
            "<div class='foot'>关于我们 版权所有</div></body></html>")


@pytest.mark.parametrize("line", ["（2026年11月20日）", "[2026-11-20]", "二〇二六年十一月二十日"])
def test_bare_day_opening_the_text_dates_a_page_dated_nowhere_else(line: str) -> None:
    assert (published(_page("", first=f"<p>{line}</p>")) or "")[:10] == "2026-11-20"


@pytest.mark.parametrize("line", ["2026.11.20", "（2026年11月20日）", "2026年11月20日 星期五"])
def test_day_printed_under_the_headline_outweighs_another_stated_day(line: str) -> None:
    assert (published(_page(f"<p>{line}</p>", meta="2026-11-21 08:00")) or "")[:10] == "2026-11-20"


def test_dateline_opening_the_first_sentence_is_no_page_date() -> None:
    page = _page("", first="<p>2026年11月18日，某市住房和城乡建设局召开新闻发布会，介绍老旧小区加装电梯补贴办法。</p>")
    assert published(page) is None


def test_signing_day_under_the_text_still_gives_way_to_a_stated_date() -> None:
    page = _page("", meta="2026-11-21 08:00", after="<p>某市住房和城乡建设局</p><p>2026年11月18日</p>")
    assert (published(page) or "")[:16] == "2026-11-21T08:00"
