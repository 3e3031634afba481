# ruff: noqa: E501  (Chinese test strings)
"""A story's HTML5 ``<header>`` (its headline in ``<h1>``, the byline, the date) over its text,
with a box of other stories' links set between them (issue 14, stop 29; the ``bare``
perturbation of ``benchmarks/extraction_robust.py``: no ``<title>``, no class words, a
"hot news" box before the text's block). The header was known as the story's own only when
the text's block came right after it; with the box between, it was taken for the page's
masthead, and a heading inside the text became the headline — and a date of the box's list
the page's date. A box of two linked titles or more with at most 20 Chinese characters
outside its links, between the header and the text, is passed over. Guard: a masthead
``<header>`` printing the day, followed by a menu of short words, is still a masthead.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, paras

HEADLINE = "小游戏蹭热点走红，开发者靠广告收入能赚多少钱？"
TEXT = ["距离那场网络风波已经过去一个多月，一款以流行语命名的休闲游戏在上线不到半个月时冲进了应用商店免费榜的前三名。",
        "业内人士介绍，这类游戏的制作周期短、成本低，主要依靠短时间内的大量下载和广告展示获得收入。",
        "<h3>来得快去得也快的小游戏</h3>",
        "不过，这类游戏的热度往往只能维持几周，玩家新鲜感一过，下载量便迅速回落，开发者只能不断寻找下一个热点。"]
BOX = ("<div><h3>热点新闻</h3><ul>"
       "<li><a href='/n/1.html'>全省春季农业生产工作会议召开</a><span>2019-05-19</span></li>"
       "<li><a href='/n/2.html'>市场监管部门开展专项检查行动</a><span>[05-24]</span></li>"
       "<li><a href='/n/3.html'>国家统计局发布最新经济数据</a><span>2019-05-27</span></li></ul></div>")


def _page(between: str) -> str:
    text = "".join(line if line.startswith("<") else paras([line]) for line in TEXT)
    return ("<html><head><meta charset='utf-8'></head><body><div>"
            f"<header><h1>{HEADLINE}</h1><div><span>某记者</span><span> 某某杂志</span></div>"
            f"<div>2019.05.22</div></header>{between}<section>{text}</section>"
            "<div>相关推荐</div></div></body></html>")


def test_a_story_header_over_its_text_with_a_box_of_links_between_names_and_dates_the_story():
    found = cleaned(_page(BOX))
    assert found.title == HEADLINE
    assert found.published_at.startswith("2019-05-22")
    assert cleaned(_page("")).title == HEADLINE


def test_a_masthead_header_over_a_menu_is_no_story_header():
    menu = "<div>" + "".join(f"<a href='/{k}/'>{w}</a> " for k, w in enumerate(("首页", "要闻", "财经", "科技", "体育"))) + "</div>"
    page = ("<html><head><meta charset='utf-8'></head><body>"
            "<header><h1>城市生活周刊</h1><div>2019年05月22日 星期三</div></header>"
            f"{menu}<div><h2>{HEADLINE}</h2><div>2019-05-20 10:12</div>{paras(TEXT[:2])}</div></body></html>")
    assert cleaned(page).title == HEADLINE
