"""A topic site's ``<title>`` naming a channel of its menu and the topic (``栏目-2026某某行动``)
whose words the text does not share, printed nowhere (stop 38, i28e: fresh20's score showed
such a ``<title>`` taken over the page's own line, which no heading tag or title class
marked). The rule of test_clean_channel_and_topic_title.py held only when the topic's words
were the text's too. Pages of one's own text: the line over the date line set as a plain
``<div>`` classed for its font, a bold ``<p>``, a table cell, a ``<font>``; the topic before
the channel or after it, joined by a hyphen, an underscore or a bar."""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, page_head

_HEADLINE = "东街“最强搭档”节日在岗 “新手爸爸”默默值守护平安"
_TEXT = ["假日里游客和车辆猛增，路口的压力也随之上升，两位民警从早到晚守在岗位上。",
         "师傅已经干了二十多年，徒弟才工作三年，两人每个节日都没能和家人团聚过。",
         "“只要大家出行顺利，我们就觉得值得。”年轻的民警一边指挥车辆一边笑着说。"]
_MENU = ["首页", "基层快讯", "活动通告", "书香时光", "文明视窗"]


def _page(title: str, headline: str) -> str:
    menu = "".join(f"<p class='nav'><a href='/c{i}/'>{name}</a></p>"
                   for i, name in enumerate(_MENU))
    return (page_head(title) + "<div class='menu'>" + menu + "</div>"
            "<div class='crumb'>当前位置：<a href='/'>专题首页</a> >> 稿件</div>"
            + headline + "<div class='pix12 fc'>2026年10月8日 16:57</div>"
            "<div class='pix14'>" + "".join(f"<p>{p}</p>" for p in _TEXT) + "</div>"
            "<div class='src'>选稿:某某 来源:某某网</div>"
            "<div id='footer'>版权声明 | 网站简介</div></body></html>")


_MARKUPS = [
    f"<div class='fc pix16b'>{_HEADLINE}</div>",
    f"<p><strong>{_HEADLINE}</strong></p>",
    f"<table><tr><td class='big'>{_HEADLINE}</td></tr></table>",
    f"<div align='center'><font size='4'><b>{_HEADLINE}</b></font></div>",
]
_TITLES = ["基层快讯-2026市区睦邻行动", "基层快讯_2026市区睦邻行动", "基层快讯 | 2026市区睦邻行动",
           "2026市区睦邻行动-基层快讯"]


@pytest.mark.parametrize("headline", _MARKUPS)
@pytest.mark.parametrize("title", _TITLES)
def test_a_channel_and_topic_title_foreign_to_the_text_gives_way(title: str,
                                                                headline: str) -> None:
    assert cleaned(_page(title, headline)).title == _HEADLINE


@pytest.mark.parametrize("headline", _MARKUPS[:2])
def test_a_title_naming_no_menu_channel_is_kept_as_stated(headline: str) -> None:
    title = "节日里的东街路口-2026市区睦邻行动"
    assert cleaned(_page(title, headline)).title == title
