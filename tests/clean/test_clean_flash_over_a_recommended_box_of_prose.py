# ruff: noqa: E501  (Chinese test strings)
"""A one-sentence flash over a box of the site's recommended teasers in prose (issue 14,
stop 38, i28d: the class i28c's probes left open — a flash followed by a box of prose pulls
the box into the body — on pages of our own text).

The heading of a site's recommended list (热点推荐, 推荐阅读, 相关推荐 …) ends the text
(textedges._without_recommended), but most of these headings are dropped line by line by
the boilerplate rules before the edges are trimmed, and the teasers under them, sentences
of prose, were read on as the flash's text. Now such a heading dropped under a sentence
ends the text where it stands, as a paywall's notice does.

Guards: a text whose own section is headed 热门景点推荐 (a heading naming what it
recommends, not the site's list) goes on; a flash under no heading keeps its sentence.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import story_paragraphs

_TITLE = "城西新建公交首末站下月启用"
_FLASH = "记者从市公交集团获悉，城西新建的公交首末站将于下月一日启用，届时五条线路的起点将迁至该站。"
_TEASERS = ["某地今年春耕生产进展顺利，农业部门组织技术人员深入田间地头开展指导服务，帮助农民解决实际困难。",
            "近日，某区图书馆推出夜间借阅服务，读者可在晚上十点前凭证件借还图书，首周接待读者三千余人次。"]


def _box(heading: str, teasers: list[str]) -> str:
    return f"<div class='more'>{heading}" + "".join(f"<p>{t}</p>" for t in teasers) + "</div>"


@pytest.mark.parametrize("heading", ["<h3>热点推荐</h3>", "<div class='tit'>热点推荐</div>",
                                     "<p>推荐阅读</p>", "<h4>相关推荐</h4>", "<div>精彩推荐</div>"])
@pytest.mark.parametrize("count", [1, 2])
@pytest.mark.parametrize("where", ["inside", "sibling"])
def test_a_recommended_box_under_a_flash_is_not_its_text(heading: str, count: int, where: str) -> None:
    box = _box(heading, _TEASERS[:count])
    if where == "inside":
        page = f"<div class='content'><p>{_FLASH}</p>{box}</div>"
    else:
        page = f"<div class='content'><p>{_FLASH}</p></div>{box}"
    assert story_paragraphs(_TITLE, page) == [_FLASH]


def test_a_section_naming_what_it_recommends_goes_on() -> None:
    text = ["今年国庆假期，全市各景区共接待游客一百二十万人次，比去年同期增长一成以上。",
            "热门景点推荐",
            "城南古镇保留了大量明清建筑，夜游项目今年首次开放，吸引了不少外地游客。"]
    page = "<div class='content'>" + "".join(f"<p>{t}</p>" for t in text) + "</div>"
    assert story_paragraphs(_TITLE, page) == text


def test_a_flash_alone_keeps_its_sentence() -> None:
    assert story_paragraphs(_TITLE, f"<div class='content'><p>{_FLASH}</p></div>") == [_FLASH]
