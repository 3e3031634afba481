# ruff: noqa: E501  (Chinese test strings)
"""A headline with its date in brackets on the same line (stop 30, headline round; found on
an opened page under the ``notitle``, ``title-channel``, ``nostated``, ``classes-*`` and
``bare`` perturbations).

The shape: ``<h2 class="Article-title">标题 <small>( 2026年11月30日 )</small></h2>``: the
heading's one line is the headline and the date the template prints after it, in brackets.
A date set off after the headline was cut when written with dashes (``标题 (2026-11-30)``)
or with 年月日 ending the line bare (``标题 2026年11月30日``), but not with 年月日 inside
brackets: with nothing stated, the headline came out with ``( 2026年11月30日 )`` glued on.
A date (and its clock) in brackets closing the line is now the headline's end; a date in the
headline's own words, or a bracketed number that is no date, stays.
"""

from __future__ import annotations

import pytest

from pipelines.headlinetext import headline_text
from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "滨江大学关于2026年元旦放假及调课安排的通知"
TEXT = [
    "各学院、各部门：根据国务院办公厅通知精神，结合学校实际，现将2026年元旦放假及调课安排通知如下。",
    "一、12月31日至1月2日放假调休，共3天。1月4日（星期日）上班上课，按星期五课表安排。",
    "二、放假期间，各单位要妥善安排值班和安全保卫工作，遇有重大突发事件，要按规定及时报告并妥善处置。",
]


@pytest.mark.parametrize("date", ["( 2026年11月30日 )", "（2026年11月30日）", "【2026年11月30日 10:05】",
                                  "(二〇二六年十一月三十日)"], ids=["spaced", "full-width", "clock", "numerals"])
def test_a_bracketed_date_after_the_headline_is_no_part_of_it(date):
    page = (page_head() + "<h3 class='page-title'><span>通知公告</span></h3><div class='Article'>"
            "<h2 id='ivs_title' class='Article-title'>" + HEADLINE + "\n <small class='Article-time'>"
            + date + "</small></h2><div class='Article_content'>" + paras(TEXT)
            + "</div></div></body></html>")
    assert cleaned(page).title == HEADLINE


def test_the_line_reads_as_the_headline_alone():
    assert headline_text(HEADLINE + " ( 2026年11月30日 )") == HEADLINE


@pytest.mark.parametrize("line", ["某某市2026年11月30日新闻发布会实录", "滨江大学第二届科技节开幕（2026年第11期）",
                                  "滨江市委全会召开（图）"])
def test_a_date_of_the_headline_s_own_words_stays(line):
    assert headline_text(line) == line
