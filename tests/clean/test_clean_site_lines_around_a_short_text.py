# ruff: noqa: E501  (Chinese test strings)
"""The site's own lines around a short text (issue 14, stop 38, i28d: briefs, flashes and
one-paragraph notices of our own text in six markups and five containers, where a site's
line weighs as much as the text).

A brief of one or two sentences held its start and end under every furniture line the
boilerplate rules knew, but four of the site's sentences worded otherwise were read as
its first or last sentence: its copyright statement opening with 凡/本文/本网 and ending
on reprints (凡本网注明…的作品，版权均属于某某网，转载请注明出处。), its welcome (欢迎访问某某网！),
its app's promotion written as a sentence (下载某某客户端，随时随地看新闻。) and its column's
note (本栏目每天为您播报…，欢迎关注。).

Guards: the text's own sentences on copyright, an app or a welcome stay.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import story_paragraphs

_TITLE = "市第一人民医院开设夜间门诊"
_BRIEF = ["市第一人民医院自十二月一日起开设夜间门诊，每天十八时至二十一时接诊。",
          "夜间门诊设内科、外科和儿科，市民可通过医院公众号预约。"]
_SITE_LINES = ["凡本网注明“来源：某某网”的所有作品，版权均属于某某网，转载请注明出处。",
               "本文版权归某某网所有，转载须注明来源。",
               "欢迎访问某某网！", "欢迎光临本站！",
               "下载某某客户端，随时随地看新闻。",
               "本栏目每天为您播报本地最新民生资讯，欢迎关注。"]
_MARKUPS = {
    "p": lambda xs: "".join(f"<p>{x}</p>" for x in xs),
    "br": lambda xs: "<br>".join(xs),
    "div": lambda xs: "".join(f"<div>{x}</div>" for x in xs),
}


@pytest.mark.parametrize("line", _SITE_LINES)
@pytest.mark.parametrize("where", ["over", "under"])
@pytest.mark.parametrize("markup", sorted(_MARKUPS))
@pytest.mark.parametrize("size", [1, 2])
def test_a_sites_line_is_not_a_briefs_sentence(line: str, where: str, markup: str, size: int) -> None:
    brief = _BRIEF[:size]
    lines = [line, *brief] if where == "over" else [*brief, line]
    page = f"<div class='content'>{_MARKUPS[markup](lines)}</div>"
    assert story_paragraphs(_TITLE, page) == brief


@pytest.mark.parametrize("sentence", [
    "法院认定，该作品版权归原告所有，被告未经许可转载属于侵权。",
    "市民可下载医院客户端，在线预约夜间门诊。",
    "医院负责人说，欢迎来到夜间门诊的市民提出意见和建议。",
])
def test_the_texts_own_sentences_stay(sentence: str) -> None:
    text = [_BRIEF[0], sentence]
    page = "<div class='content'>" + "".join(f"<p>{x}</p>" for x in text) + "</div>"
    assert story_paragraphs(_TITLE, page) == text
