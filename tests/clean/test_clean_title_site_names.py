# ruff: noqa: E501  (Chinese test strings)
"""A site's name is taken off the ``<title>`` and ``og:title`` however the site joins it
(stop 26, headline round).

Two shapes, found on the extractors' pool and in probes of the separators sites use:

1. The ``<title>`` joins the site's name to the headline with a mark that
   :func:`pipelines.pagefacts.title_parts` did not split: a middle dot (``标题 · 某某新闻网``),
   a doubled dash (``标题——某某日报``), a tilde, a slash, a double colon, only a space
   (``标题 某某新闻网``), a dash inside the first of several parts (``标题-某某新闻网_某某网``)
   or the name first (``某某新闻网 · 标题``). When the page prints its headline in an
   unmarked block (a plain ``<div>``, a table cell, a styled line), the whole ``<title>``
   won, the site's name with it. A name is peeled only when it ends like a site's (``…网``,
   ``…日报``): the marks join a headline's own parts as often (guards: ``——`` before a
   subtitle, a middle dot inside a person's name).
2. The ``<title>`` is the template's with an empty headline slot (`` - 某某日报网页``) and
   ``og:title`` is the headline with that name (``标题- 某某日报网页``): the stated headline
   kept the name. Now a stated title whose parts after the first name the site — as the
   ``<title>`` of an empty headline slot, ``og:site_name`` or a part named like a site has
   it — states its first part.
"""

from __future__ import annotations

import pytest

from pipelines.clean import clean_document

HEADLINE = "全市首批社区食堂正式开门迎客"
PARAS = "".join(f"<p>{p}</p>" for p in [
    "本报讯 昨天上午，全市首批十二家社区食堂同时开门营业，附近的老人和上班族排队就餐，菜价比周边餐馆低两成左右。",
    "市民政局有关负责人介绍，社区食堂由街道提供场地，引入专业餐饮企业运营，六十岁以上老人凭卡就餐还可享受补贴。",
    "不少老人表示，以前一个人在家做饭麻烦，现在走几步路就能吃上热乎饭菜，子女上班也更放心了。",
    "据了解，今年全市计划建成社区食堂五十家，明年起将逐步覆盖所有街道，并探索送餐上门服务。",
])


def page(title: str, printed: str, head: str = "") -> str:
    """A page whose ``<title>`` is ``title`` and whose headline is printed as ``printed`` (an
    unmarked block), over a date line and the text."""
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/bd/'>本地</a></div>"
            f"{printed}<div>发布时间：2024-06-13 14:54</div>"
            f"<div class='content'>{PARAS}</div>"
            "<div class='foot'>版权所有 某某新闻网</div></body></html>")


def extract(html: str):
    return clean_document(html.encode("utf-8"), fetched_at="2026-12-01T08:00:00Z")


@pytest.mark.parametrize("title", [
    f"{HEADLINE} · 某某新闻网",
    f"{HEADLINE}·某某新闻网",
    f"{HEADLINE}——某某日报",
    f"{HEADLINE} ~ 某某新闻网",
    f"{HEADLINE}/某某新闻网",
    f"{HEADLINE} ::某某新闻网",
    f"{HEADLINE} 某某新闻网",
    f"{HEADLINE}-某某新闻网_某某网",
    f"某某新闻网 · {HEADLINE}",
], ids=["dot", "dot-solid", "doubled-dash", "tilde", "slash", "double-colon", "space",
        "dash-in-first-part", "name-first"])
@pytest.mark.parametrize("printed", [
    f"<div>{HEADLINE}</div>",
    f"<table><tr><td>{HEADLINE}</td></tr></table>",
    f"<div style='font-size:22px'>{HEADLINE}</div>",
], ids=["div", "cell", "styled"])
def test_a_site_name_joined_by_a_loose_mark_is_not_part_of_the_headline(title, printed):
    assert extract(page(title, printed)).title == HEADLINE


def test_a_subtitle_after_a_doubled_dash_stays_with_the_headline():
    whole = f"{HEADLINE}——来自城西街道的观察"
    assert extract(page(whole, f"<div>{whole}</div>")).title == whole


def test_a_middle_dot_inside_a_name_splits_nothing():
    whole = "市民热议约翰·史密斯来华讲学"
    assert extract(page(whole, f"<div>{whole}</div>")).title == whole


def test_og_title_with_the_name_of_an_empty_title_slot_states_the_headline():
    head = f"<meta property='og:title' content='{HEADLINE}- 某某日报网页'>"
    printed = (f"<table><tr><td>{HEADLINE} (本地) <span class='newstime'><br>2024-06-13 "
               "(14:54)</span></td></tr></table>")
    assert extract(page(" - 某某日报网页", printed, head)).title == HEADLINE


def test_og_title_with_the_stated_site_name_states_the_headline():
    head = (f"<meta property='og:title' content='{HEADLINE} | 某某新闻'>"
            "<meta property='og:site_name' content='某某新闻'>")
    assert extract(page("某某新闻", "", head)).title == HEADLINE
