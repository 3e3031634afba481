# ruff: noqa: E501  (Chinese test strings)
"""Labels worded otherwise than the ones seen (issue 14, stop 38, i28c): a labelled summary
over the text and a background box closing it, on pages of our own text.

The labelled-summary rule (stop 31's rule 1 and the older rules: a summary under its label
is not the body, however it is set) and the background-box rule (stop 34's rule 1: a
glossary box closing the article is body) were written for the labels the splits held:
``摘要``, ``提要``, ``导读``, ``核心提示`` over a summary; ``链接``, ``名词解释``, ``小知识``
over a box. Other sites word them otherwise — People's Daily's ``核心阅读``, ``核心提要``,
``新闻提要``, ``精彩导读``, ``本期导读``, ``重点提示``, ``核心要点``, ``本文看点``,
``划重点``; a box under ``背景``, ``新闻背景``, ``知识点``, ``小贴士``, ``释义``, ``词条``,
``百科``. The summary was kept as the text's first paragraph (label and all); the box's term
and explanation were cut as an author's profile and the text ended on the box's label line.

Guards: a bare ``提示：`` or ``要点：`` opening a paragraph is no summary's label; an
author's profile under the text (no box label over the name) still goes.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import paras, story_paragraphs

_TEXT = [
    "八月初的一个清晨，村支书老吴站在水库的堤坝上，望着露出水面的大片河床，心里一阵发紧。",
    "往年这个时候，水库的水总能漫到半坡上的那棵老柳树，今年却连坝脚的石阶都露了出来。老吴说，他在村里干了二十多年，头一回见到这样的光景。",
    "为了保住即将抽穗的稻子，村里连夜开会，决定先把有限的水留给地势最高的几块田，再想办法从别处调水。第二天一早，县水利局的技术员就赶到了村里。",
    "技术员们沿着河道走了大半天，最后选定下游一处水深的河湾，架起了抽水机。机器轰鸣了整整九天，清水顺着渠道一点点流进了干裂的稻田。",
    "秋收时，村里的稻谷产量和往年差不多。老吴说，这次多亏了及时调水，但往后不能再等到水库见底才想办法。",
]
_SUMMARY = "今年夏天城郊水库水位降到十年来最低，县里调来抽水机从下游引水，保住了两千多亩稻田；专家提醒小型水库调度办法要跟着变。"
_TITLE = "水库见底之后 一个村庄的九天"


@pytest.mark.parametrize("label", ["核心阅读", "核心提要", "新闻提要", "精彩导读", "本期导读",
                                   "重点提示", "核心要点", "本文看点", "划重点"])
@pytest.mark.parametrize("shape", ["inline", "bold-br", "alone"])
def test_a_summary_under_a_label_worded_otherwise_is_not_the_text(label: str, shape: str) -> None:
    box = {"inline": f"<p>{label}：{_SUMMARY}</p>",
           "bold-br": f"<p><b>{label}</b><br>{_SUMMARY}</p>",
           "alone": f"<p><strong>【{label}】</strong></p><p>{_SUMMARY}</p>"}[shape]
    paragraphs = story_paragraphs(_TITLE, "<div class='article'>" + box + paras(_TEXT) + "</div>")
    assert paragraphs[0] == _TEXT[0]
    assert paragraphs[-1] == _TEXT[-1]


@pytest.mark.parametrize("label", ["提示", "要点"])
def test_a_bare_hint_or_point_opening_a_paragraph_stays(label: str) -> None:
    first = f"{label}：{_SUMMARY}"
    paragraphs = story_paragraphs(_TITLE, "<div class='article'>" + paras([first, *_TEXT]) + "</div>")
    assert paragraphs[0] == first


_TERM = "咸潮"
_EXPLAINED = ["咸潮是指海水随潮汐涨落沿河口上溯，使河水含盐量升高的现象，多发生在枯水季节。",
              "咸潮上溯会影响沿河水厂取水，严重时可能造成城市供水紧张，需要提前调度上游水库补水。"]


@pytest.mark.parametrize("label_html", ["<h4>背景</h4>", "<p>【新闻背景】</p>", "<p>【知识点】</p>",
                                        "<h4>科普小知识</h4>", "<p>【小贴士】</p>", "<h4>释义</h4>",
                                        "<p>【词条】</p>", "<h4>百科</h4>"])
def test_a_box_under_a_label_worded_otherwise_closes_the_text(label_html: str) -> None:
    page = "<div class='article'>" + paras(_TEXT) + label_html + paras([_TERM, *_EXPLAINED]) + "</div>"
    paragraphs = story_paragraphs(_TITLE, page)
    assert paragraphs[-1] == _EXPLAINED[-1]
    assert _TERM in paragraphs


def test_a_profile_under_the_text_still_goes() -> None:
    profile = ["某某水利研究室", "某某水利研究室成立于二〇一〇年，长期从事农村小型水利工程的调查研究。"]
    paragraphs = story_paragraphs(_TITLE, "<div class='article'>" + paras(_TEXT + profile) + "</div>")
    assert paragraphs[-1] == _TEXT[-1]


# The label set apart by markup alone, no colon or bracket after it (<strong>摘要</strong>…, a
# <span> of its own, maybe a space): the paragraph opens with the label's words.
@pytest.mark.parametrize("label", ["摘要", "导读", "核心提示", "内容提要", "核心阅读", "编者按"])
@pytest.mark.parametrize("markup", ["<strong>{}</strong>", "<span class='label'>{}</span>", "<b>{}</b> "])
def test_a_summary_whose_label_markup_alone_sets_apart_is_not_the_text(label: str, markup: str) -> None:
    box = "<p>" + markup.format(label) + _SUMMARY + "</p>"
    paragraphs = story_paragraphs(_TITLE, "<div class='article'>" + box + paras(_TEXT) + "</div>")
    assert paragraphs[0] == _TEXT[0]


@pytest.mark.parametrize("first", ["导语是一篇新闻的开头，好的导语能让读者一眼看到新闻最重要的事实。",
                                   "简介里写着，这座水库建于上世纪七十年代，曾是全县最大的水利工程。"])
def test_a_text_opening_with_such_a_word_stays(first: str) -> None:
    paragraphs = story_paragraphs(_TITLE, "<div class='article'>" + paras([first, *_TEXT]) + "</div>")
    assert paragraphs[0] == first
