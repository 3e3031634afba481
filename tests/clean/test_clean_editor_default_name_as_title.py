# ruff: noqa: E501  (Chinese test strings)
"""A ``<title>`` left as the editor's default name for a new document (issue 14, stop 33,
the kinds of fresh14's new sources: notices exported by a word processor and pages made in
a page editor, saved as they were).

A page made from ``新建 Microsoft Word 文档.doc`` or in a page editor's new page keeps its
default name as its ``<title>`` (``新建 Microsoft Word 文档``, ``新建网页 1``, ``Untitled
Document``, ``New Page 1``). Short ones (``无标题文档``) already read as naming no story; a
longer one was returned as the headline, over the notice's own centred bold headline. Such
a default name now names no story, as a channel's or an office's name does: the headline
printed over the text is the page's.

Guard: a headline opening with the same word (``新建成的…``) is the headline.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned

_HEADLINE = "关于做好冬季道路除雪防滑工作的通知"
_TEXT = ("为切实做好今冬明春道路除雪防滑工作，保障道路安全畅通，现就有关事项通知如下。",
         "各区县要提前备足融雪剂和除雪机械，落实24小时值班制度，遇有降雪天气时确保主干道路两小时内恢复通行。")


def _export(page_title: str, headline: str = _HEADLINE) -> str:
    """A notice exported by a word processor: centred bold headline, number, addressee,
    text, issuer and date."""
    runs = "".join(f"<p class=MsoNormal style='text-indent:32pt'><span>{line}</span></p>" for line in _TEXT)
    return (f"<html><head><meta charset='utf-8'><meta name=Generator content='Microsoft Word 11'>"
            f"<title>{page_title}</title></head><body><div class=Section1>"
            f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt'>{headline}</span></b></p>"
            "<p class=MsoNormal align=center style='text-align:center'><span>某交通〔2012〕58号</span></p>"
            f"<p class=MsoNormal><span>各区县交通运输局：</span></p>{runs}"
            "<p class=MsoNormal align=right>某某市交通运输局</p><p class=MsoNormal align=right>2012年11月28日</p>"
            "</div></body></html>")


@pytest.mark.parametrize("page_title", ["新建 Microsoft Word 文档", "新建 Microsoft Word 文档 (2)", "新建网页 1",
                                        "Untitled Document", "New Page 1", "Document1"])
def test_an_editors_default_name_is_not_the_headline(page_title: str) -> None:
    assert cleaned(_export(page_title)).title == _HEADLINE


def test_a_headline_opening_with_the_same_word_is_the_headline() -> None:
    headline = "新建成的城东公园今起向市民开放"
    assert cleaned(_export(headline, headline)).title == headline
