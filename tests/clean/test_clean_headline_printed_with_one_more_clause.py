# ruff: noqa: E501  (Chinese test strings)
"""A headline of two clauses set off by a space (``某市出台…补贴办法 每部最高补贴二十万元``),
printed whole, read whole (issue 14, stop 35; fresh16's pd page prints such a headline, its
``<title>`` whole), on pages of text written here:

- The ``<title>`` states only the first clause (cut short) and the page prints both in a bold
  or large line that is no heading (``<p align=center><strong>``, ``<td><b>``, ``<font
  size=5>``): the line as printed, as it already was under an ``<h1>``.
- Nothing states the headline (no ``<title>``, or one naming only the site) and the ``<h1>``
  prints the two clauses in two runs (``<h1><span>…</span> <span>…</span></h1>``): the whole
  heading, not its first run.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, paras

_HEADLINE = "某市出台老旧小区加装电梯补贴办法 每部最高补贴二十万元"
_FIRST = "某市出台老旧小区加装电梯补贴办法"
_TEXT = paras(("记者昨日从某市住房和城乡建设局获悉，该市出台老旧小区加装电梯补贴办法，每部电梯最高可获补贴二十万元。",
               "办法明确，申请补贴的小区须取得本单元三分之二以上业主同意，并由业主委员会统一提出申请。",
               "据介绍，今年全市计划完成加装电梯三百部，目前已有四十多个小区提交了申请材料。"))
_INFO = "<div class='info'>2026-11-20 09:12 来源：某某日报</div>"


def _page(title: str, heading: str) -> str:
    head = f"<title>{title}</title>" if title else ""
    return (f"<html><head><meta charset='utf-8'>{head}</head><body><div class='nav'><a href='/'>首页</a> <a href='/sh/'>社会</a></div>"
            f"{heading}{_INFO}<div class='content'>{_TEXT}</div><div class='foot'>关于我们 版权所有</div></body></html>")


@pytest.mark.parametrize("heading", [
    f"<p align='center'><strong>{_HEADLINE}</strong></p>",
    f"<div><font size='5'><b>{_HEADLINE}</b></font></div>",
])
def test_bold_line_printing_the_stated_clause_and_one_more_is_the_headline(heading: str) -> None:
    assert cleaned(_page(f"{_FIRST}_某某网", heading)).title == _HEADLINE


@pytest.mark.parametrize("title", ["", "某某网"])
def test_heading_of_two_runs_is_one_headline_when_nothing_states_it(title: str) -> None:
    heading = f"<h1><span>{_FIRST}</span> <span>每部最高补贴二十万元</span></h1>"
    assert cleaned(_page(title, heading)).title == _HEADLINE
