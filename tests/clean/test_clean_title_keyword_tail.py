"""A ``<title>`` joining the page's keywords to the headline by a bare dash gives the headline
without them (stop 27, headline round; found on the opened pages under the ``noclass``,
``renamed``, ``headings-plain`` and ``layout-cell`` perturbations).

The shape: a CMS writes its search-engine title as ``标题-关键词 关键词 关键词-频道-网站``. A
bare dash splits only a short last part, so the headline and the keywords were one part:
when the page prints its headline in an unmarked block, nothing printed matched the
``<title>``'s runs and the whole first part — keywords and all — was taken. Now a part whose
text after a bare dash is three spaced words or more without a mark is split there: the
keywords are a part of their own; of short parts after bare dashes (``标题-标签-网站-频道``) three
go, not two. Guard: a headline holding a dash and two spaced clauses
(``中国-东盟博览会开幕 两国签署合作协议``) stays whole.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "节日期间本市将暂停受理部分危险作业许可申请"
KEYWORDS = "危险作业 许可 安全生产 节日 受理"
TEXT = [
    "记者从市应急管理局获悉，节日期间本市将暂停受理动火、受限空间等部分危险作业的许可申请，节后恢复正常受理。",
    "市应急管理局有关负责人表示，暂停期间已经取得许可的作业，企业应当加强现场管理，落实专人监护。",
    "对于确需在节日期间开展的抢修作业，企业可以向所在区应急管理部门报备，并按要求做好安全防护。",
]


def page(title: str, printed: str) -> str:
    """A page whose headline is ``printed`` (an unmarked block or none) over a date line."""
    return (page_head(title) + "<div class='nav'><a href='/'>首页</a> <a href='/sh/'>本地</a></div>"
            + printed + "<div>2024-09-26 00:14:14 来源：某某网</div>"
            + "<div class='content'>" + paras(TEXT) + "</div>"
            "<div class='foot'>版权所有 某某网</div></body></html>")


@pytest.mark.parametrize("printed", [
    f"<div>{HEADLINE}</div>", f"<table><tr><td>{HEADLINE}</td></tr></table>",
    f"<p>{HEADLINE}</p>", "",
], ids=["div", "cell", "paragraph", "not-printed"])
@pytest.mark.parametrize("title", [
    f"{HEADLINE}-{KEYWORDS}-本地频道-某某网", f"{HEADLINE}-{KEYWORDS}",
], ids=["with-channel-and-site", "keywords-only"])
def test_keywords_joined_to_the_title_by_a_bare_dash_are_not_the_headline(title, printed):
    assert cleaned(page(title, printed)).title == HEADLINE


def test_a_headline_with_a_dash_and_two_spaced_clauses_stays_whole():
    whole = "中国-东盟博览会开幕 两国签署合作协议"
    assert cleaned(page(f"{whole}_某某网", f"<div>{whole}</div>")).title == whole


@pytest.mark.parametrize("printed", [f"<div>{HEADLINE}</div>", ""], ids=["div", "not-printed"])
def test_one_tag_word_before_a_site_and_a_channel_after_bare_dashes_is_not_the_headline(printed):
    """``标题-标签-网站-频道``: three short parts after bare dashes (a tag word, the site, the
    channel) all go, not only the last two."""
    assert cleaned(page(f"{HEADLINE}-安全-某某网-新闻中心", printed)).title == HEADLINE
