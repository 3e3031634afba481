# ruff: noqa: E501  (Chinese test strings)
"""Another story printed under the page's own, under its headline and with its own dateline
lead-in (stop 37, i27b: the second-story class of fresh15–fresh18's scored misses, printed
without a pointer or a source credit), on pages of our own text.

A paper's page prints its story, then another story's headline and that story, opening with
its own dateline (``本报讯（记者某某）…``, ``新华社某地11月21日电``). With no related pointer
above it and no source credit closing the first story, nothing cut it, in ``<p>``s, under a
bold or ``<h3>`` headline, or in ``<br>`` lines. Now one or two headline lines (8 to 40
characters, no sentence closed) right over a paragraph opening with a dateline, under two
sentences of text or more, start another story (stop 34's label rule 1). Guards: a dateline
paragraph right under a sentence (an editor's note over the story it introduces) and one
under a short section head stay.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page, paras

TITLE = "某某县新建的山区公路正式通车"
OWN = [
    "本报讯（记者 张某）十一月二十日，某某县连接三个山区乡镇的公路正式通车，沿线群众出行时间缩短一半。",
    "据县交通局介绍，这条公路全长四十二公里，历时两年建成，总投资三亿元。",
    "通车当天，不少村民早早来到路边，观看第一批客车驶过。",
]
HEADLINE = "某某县山区学校迎来首批校车"
OTHER = [
    "本报讯（记者 李某）十一月二十一日，某某县山区学校的孩子们第一次乘校车上学。",
    "校长介绍，首批校车共五辆，每天早晚各跑一趟，接送沿线村子的孩子。",
    "一名家长说，以前孩子天不亮就要出门，现在安全多了。",
]


def _paragraphs(inner: str) -> list[str]:
    return cleaned(news_page(TITLE, "<div class='article'>" + inner + "</div>")).paragraphs


def test_the_other_headline_in_a_paragraph() -> None:
    assert _paragraphs(paras([*OWN, HEADLINE, *OTHER]))[-1] == OWN[-1]


def test_the_other_headline_bold_or_in_h3() -> None:
    assert _paragraphs(paras(OWN) + f"<p><strong>{HEADLINE}</strong></p>" + paras(OTHER))[-1] == OWN[-1]
    assert _paragraphs(paras(OWN) + f"<h3>{HEADLINE}</h3>" + paras(OTHER))[-1] == OWN[-1]


def test_br_lines_and_an_agency_dateline() -> None:
    other = ["新华社某某11月21日电 某某县山区学校的孩子们第一次乘校车上学。", *OTHER[1:]]
    assert _paragraphs("<br>".join([*OWN, HEADLINE, *other]))[-1] == OWN[-1]


def test_a_dateline_paragraph_under_a_sentence_stays() -> None:
    note = ["编者按：山区的路通了，山里的孩子上学也方便了。", "生命可贵，安全第一，这是所有家长的心愿。"]
    assert _paragraphs(paras([*note, *OTHER]))[-1] == OTHER[-1]


def test_a_dateline_paragraph_under_a_short_section_head_stays() -> None:
    assert _paragraphs(paras([*OWN, "相关消息", *OTHER]))[-1] == OTHER[-1]
