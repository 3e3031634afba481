"""A box of other stories' linked headlines printed between two sections of an interview,
the interview's own section heads and paragraphs going on under it (issue 14, stop 36: the
label rule "a related-links box inside an article is not its end", docs/evaluation.md
"Label doubts decided (stop 36)", rule 3): pages in the common shape, with text written here.

The page that decided the rule prints the list as a bare ``<ul>`` of five links in the same
run of blocks as the paragraphs, between one ``<h2>`` section and the next; the body runs to
the interview's last paragraph. The box is left out of the text or kept inside it (its lines
are counted like an ad line inside: the length is approximate); what the rule fixes is where
the text ENDS.

- A bare ``<ul>`` of linked headlines between two ``<h2>`` sections: the text ends at the
  last section's last paragraph.
- The same under a ``延伸閱讀`` heading line (traditional script, as printed).
- Guard: the same list under the interview's last paragraph, nothing of the interview after
  it, is not body (the text ends above it).
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs

_TITLE = "老街裁缝铺的第三代传人：手艺要跟着时代改"
_OPENING = [
    "在城东老街的尽头，有一间开了六十多年的裁缝铺。店主今年四十二岁，是这门手艺的第三代传人。",
    "她说，小时候放学就趴在柜台上看祖父量尺寸、画粉线，那时候只觉得布料的声音很好听。",
]
_FIRST = ("从学徒到接手", [
    "二十岁那年，她跟着父亲正式学艺，头三年只做锁边和钉扣，一件完整的衣服都不让碰。",
    "父亲常说，针脚密不密，客人穿上一个月就知道，手艺人骗不了人。",
])
_SECOND = ("改变与坚持", [
    "接手铺子以后，她开始接受网上预约，也给年轻人改旧衣服，生意比以前好了不少。",
    "不过量体、打版和手工锁眼这几道工序，她仍然坚持自己做，不交给机器。",
])
_THIRD = ("下一代", [
    "她的女儿今年上初中，周末也会来店里帮忙，已经能独立缝好一条裙子的下摆。",
    "问她会不会让女儿接班，她笑着说，只要孩子愿意，这门手艺就不会断在自己手里。",
])
_LINKS = [("/news/2026/0701.html", "老城区改造中的手工作坊"),
          ("/news/2026/0702.html", "非遗技艺进校园试点启动"),
          ("/news/2026/0703.html", "年轻人为何爱上修旧衣"),
          ("/news/2026/0704.html", "社区集市里的老手艺人"),
          ("/news/2026/0705.html", "传统服饰展览开幕")]


def _section(section: tuple[str, list[str]]) -> str:
    head, texts = section
    return f"<h2>{head}</h2>" + "".join(f"<p>{t}</p>" for t in texts)


def _box(heading: str = "") -> str:
    items = "".join(f"<li><a href='{href}'>{text}</a></li>" for href, text in _LINKS)
    return (f"<p>{heading}</p>" if heading else "") + f"<ul>{items}</ul>"


def _page(inner: str) -> list[str]:
    opening = "".join(f"<p>{t}</p>" for t in _OPENING)
    return story_paragraphs(_TITLE, f"<div class='story-body'>{opening}{inner}</div>")


def test_a_bare_link_list_between_two_sections_is_not_the_end() -> None:
    paragraphs = _page(_section(_FIRST) + _box() + _section(_SECOND) + _section(_THIRD))
    assert paragraphs[0] == _OPENING[0]
    assert paragraphs[-1] == _THIRD[1][-1]
    assert _SECOND[1][0] in paragraphs


def test_a_headed_link_box_between_two_sections_is_not_the_end() -> None:
    paragraphs = _page(_section(_FIRST) + _section(_SECOND) + _box("延伸閱讀")
                       + _section(_THIRD))
    assert paragraphs[-1] == _THIRD[1][-1]
    assert _THIRD[1][0] in paragraphs


def test_the_same_list_after_the_last_section_is_not_body() -> None:
    paragraphs = _page(_section(_FIRST) + _section(_SECOND) + _section(_THIRD)
                       + _box("延伸閱讀"))
    assert paragraphs[-1] == _THIRD[1][-1]
    assert not any(text in paragraphs for _, text in _LINKS)
