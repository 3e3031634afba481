"""A second story after a reprinted story's source credit (stop 35, after fresh16), on pages
of our own text in the shape of a portal's entertainment feature.

A feature page printed a reprinted story whose last sentence carried its source glued after
it (``…“这是客观事实。”据上海《青年报》``), then the next story: a few heading lines and a
paragraph opening with its own dateline lead-in (``本报讯（记者某某）…``). Everything was
kept as one text. Stop 34's label rule: a second story after the text is not body — the
text ends at the credit, which is no sentence of the story either.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page, paras

FIRST = [
    "“要想走进总决赛的舞台，他必须做好三件事。”某节目的舞美师昨天这样评价选手小林。",
    "小林今年二十岁，来自某音乐学院作曲系，海选时自弹自唱了原创歌曲，评委给了全票。",
    "将来会以什么身份出道？“男歌手。”小林没有丝毫的迟疑，“这是客观事实。”据上海《某某报》",
]
SECOND = [
    "小林现在时。",
    "朋友多了 理解多了",
    "本报讯（记者 王某）某唱区六十强选手昨天中午在电视台的会议室集中，进行首次音乐排练。",
    "小林说，他会在周末的晋级赛中演唱一首老歌，把最好的一面展现给观众。",
]


def test_the_story_after_a_source_credit_and_a_dateline_lead_in_is_not_the_text() -> None:
    paragraphs = cleaned(news_page("选秀调查：小林的将来时", paras(FIRST + SECOND))).paragraphs
    assert paragraphs[-1] == "将来会以什么身份出道？“男歌手。”小林没有丝毫的迟疑，“这是客观事实。”"
    assert not any("本报讯" in p for p in paragraphs)


def test_a_source_credit_closing_the_text_with_no_story_after_it_stays() -> None:
    more = ["小林说，他会在周末的晋级赛中演唱一首老歌，把最好的一面展现给观众。"]
    paragraphs = cleaned(news_page("选秀调查：小林的将来时", paras(FIRST + more))).paragraphs
    assert paragraphs[-2:] == [FIRST[-1], more[0]]


def test_a_sites_promotion_lines_under_the_credit_are_looked_past() -> None:
    # Stop 36, the robustness run (sohu-music under ``furniture``): the site's promotion
    # lines printed under the credit pushed the next story's lead-in past the five heading
    # lines looked at, so the second story was kept.
    promotions = ["【某某即时】：最有料的影音频道", "【某某论坛】：最新评论每日总览",
                  "有话要说投稿「某某论坛」", "加入某某资讯粉丝团"]
    page = news_page("选秀调查：小林的将来时", paras(FIRST + promotions + SECOND))
    paragraphs = cleaned(page).paragraphs
    assert paragraphs[-1] == "将来会以什么身份出道？“男歌手。”小林没有丝毫的迟疑，“这是客观事实。”"
    assert not any("本报讯" in p for p in paragraphs)
