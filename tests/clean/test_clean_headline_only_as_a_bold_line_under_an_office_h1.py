# ruff: noqa: E501  (Chinese test strings)
"""A headline printed only as a centred bold line at the top of the text block, the
office's name in the page's ``<h1>`` and nothing stated to match (issue 14, stop 38,
i28d: headline variants on pages of our own text — seven markups of the bold line, four
``<title>``s, four blocks for the column's or the office's name, with and without a date
line).

With a ``<title>`` of the column's name alone or none at all, the ``<h1>`` printing the
office's name (``某某市住房和城乡建设局``) was taken as the headline: nothing stated could
be matched, and the line printed nearest before the text was weighed among the office's
name and the bold line alike. A public body's name alone is the site's; the bold line is
the story's headline.

Guards: an ``<h1>`` printing the headline keeps it though the office's name stands bold
under the text; a page whose only heading is the office's name still reads it.
"""

from __future__ import annotations

import pytest

from pipelines.clean import clean_document
from tests.clean.news_page import FETCHED

_HEADLINE = "我市启动冬季供暖设施安全检查"
_TEXT = ["为确保群众温暖过冬，市住建局近日启动冬季供暖设施安全检查，重点检查锅炉房、换热站和老旧管网。",
         "检查将持续到十二月中旬，发现的问题将限期整改，整改情况向社会公开。"]
_OFFICE = "某某市住房和城乡建设局"


def _page(title: str, h1: str, top: str, after: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/gz/'>工作动态</a></div>"
            f"{h1}<div class='content'>{top}" + "".join(f"<p>{x}</p>" for x in _TEXT) + after
            + f"</div><div class='foot'>版权所有 {_OFFICE}</div></body></html>")


@pytest.mark.parametrize("bold", [
    f"<p align='center'><b>{_HEADLINE}</b></p>",
    f"<p style='text-align:center'><strong>{_HEADLINE}</strong></p>",
    f"<div align='center'><font size='4'><b>{_HEADLINE}</b></font></div>",
    f"<center><b>{_HEADLINE}</b></center>",
    f"<strong>{_HEADLINE}</strong><br>",
])
@pytest.mark.parametrize("title", ["", "工作动态"])
def test_the_bold_line_is_the_headline_not_the_offices_h1(bold: str, title: str) -> None:
    result = clean_document(_page(title, f"<h1>{_OFFICE}</h1>", bold).encode(), fetched_at=FETCHED)
    assert result.title == _HEADLINE
    assert result.paragraphs[0] == _TEXT[0]


def test_an_h1_headline_stays_with_the_office_bold_under_the_text() -> None:
    page = _page("", f"<h1>{_HEADLINE}</h1>", "", f"<p align='right'><b>{_OFFICE}</b></p>")
    assert clean_document(page.encode(), fetched_at=FETCHED).title == _HEADLINE


def test_the_offices_name_alone_is_still_read() -> None:
    page = _page("", f"<h1>{_OFFICE}</h1>", "")
    assert clean_document(page.encode(), fetched_at=FETCHED).title == _OFFICE
