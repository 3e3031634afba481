"""A gallery of works under an exhibition's report (stop 37, second round, i27e: fresh19's
eastday page ran past its text into the gallery's caption lines — each work's title over
its size, ``草书《某某》`` over ``96*180cm``), on a page of our own text in another markup
(``<div>`` lines under an ``<h3>`` heading; the real page has ``<p>`` lines in a table cell):
the text ends at its last line, the artist's short list lines kept, before the gallery's
heading. Guard: one size in the text's own lines changes nothing.
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs

_FIRST = "12月1日，“水墨江南——某某书画作品展”在市文化馆开幕，共展出作品六十余件。"
_TEXT = [
    _FIRST,
    "本次展览以江南山水为主题，作品既有传统笔墨的功力，也有作者多年写生的体会，吸引了众多书画爱好者前来观展。",
    "展览将持续至12月20日，市民可免费参观。",
    "作者简历：",
    "某某，1975年生，市书法家协会会员。",
    "2016年全市书画作品展一等奖",
    "2019年全省青年书画展优秀奖",
    "2021年“江南风”书画邀请展（特邀）",
]
_GALLERY = ["行书《江南春》", "68*136cm", "山水《秋山图》", "97×180cm", "隶书《陋室铭》", "45*70cm",
            "印章《闲云》", "尺寸：2.5cm*2.5cm"]


def _page(heading: str, lines: list[str]) -> str:
    return ("<div class='article'>" + "".join(f"<div>{t}</div>" for t in _TEXT)
            + f"<h3>{heading}</h3>" + "".join(f"<div>{t}</div>" for t in lines) + "</div>")


def test_the_works_captions_under_the_report_are_not_its_text() -> None:
    paragraphs = story_paragraphs("某某书画作品展在市文化馆开幕", _page("作品欣赏", _GALLERY))
    assert paragraphs[0] == _FIRST
    assert paragraphs[-1] == _TEXT[-1]


def test_one_size_in_the_text_changes_nothing() -> None:
    lines = ["其中最大的一幅作品《万里江山》", "200*500cm",
             "由作者历时两年完成，是本次展览的压轴之作。"]
    paragraphs = story_paragraphs("某某书画作品展在市文化馆开幕", _page("展品介绍", lines))
    assert paragraphs[-1] == lines[-1]
