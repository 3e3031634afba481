"""A ``<title>`` of a column's name, the headline and the site's name after a bare dash (stop
30, headline round; found on an opened page under the ``print`` perturbation).

The shape: ``<title>第一观察｜标题-某某网</title>``, where the site's name is joined to the
headline by a bare dash, the column's name by a bar. The title split at the bar only, into
the column's name and ``标题-某某网``, and the second part, holding the site's name, was taken
for the site's: with no heading printing the headline (a print copy, a template printing it
as a plain line) the column's name was the headline. A site's name closing the last of
several parts after a bare dash is now a part of its own, as it is when the title has one
part (``标题-某某网``); the headline is the part between the names.
"""

from __future__ import annotations

import pytest

from pipelines.pagefacts import title_parts
from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "这场高规格会议为新时代乡村人才工作擘画蓝图"
TEXT = [
    "27日至28日，一场高规格的重磅会议——全省乡村人才工作会议在滨江召开。",
    "这是时隔多年后，省委召开的又一次乡村人才工作会议，对今后一个时期的工作作出全面部署。",
    "会议强调，要把培养本土人才和引进外来人才结合起来，让各类人才在乡村振兴中大显身手。",
]


def test_the_headline_between_a_column_and_the_site_is_read_off_the_title():
    page = (page_head(f"第一观察｜{HEADLINE}-滨江网") + "<div class='main'><div class='h-info'>"
            "<span class='h-time'>2026-11-29 03:50:04</span><span>来源：滨江日报</span></div>"
            "<div class='main-aticle'>" + paras(TEXT) + "</div></div></body></html>")
    assert cleaned(page).title == HEADLINE


@pytest.mark.parametrize("title, parts", [
    (f"第一观察｜{HEADLINE}-滨江网", ["第一观察", HEADLINE, "滨江网"]),
    ("滨江新区2026-2030年发展规划_规划计划", ["滨江新区2026-2030年发展规划", "规划计划"]),
], ids=["column-headline-site", "year-range-kept"])
def test_title_parts(title, parts):
    assert title_parts(title) == parts
