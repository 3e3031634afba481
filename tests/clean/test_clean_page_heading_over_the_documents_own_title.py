"""The page's heading over its date line, not the document's own title printed again at the
text's top in other words (fresh19's scored headline miss, a procurement result notice; a
page of own text in another markup).

The ``<title>`` names only the office and the channel (``某某区政府采购中心-结果公告``), so
nothing stated matches either line: the page's heading (a title-classed table cell, the
project's number in brackets) over its date row, and the notice's own title (``<h3>`` in the
text's cell, the same project's words, another kind of notice, no number) opening the text.
The heading nearer the text won; the page's heading over its date line is the headline, and
the notice's own title stays out of the body (a near title, the number in brackets no word
of its wording). Guards: a ``<title>`` stating the notice's own wording keeps it; with no
date row under the page's heading the heading at the text's top still wins.
"""

from __future__ import annotations

from tests.clean.news_page import body_paragraphs, cleaned, page_head

HEADLINE = "城西区第二中学实验室通风设备采购项目（CX2026-H088）结果公告"
OWN_TITLE = "城西区第二中学实验室通风设备采购项目中标公告"
TEXT = [
    "一、项目编号：CX2026-H088",
    "二、项目名称：城西区第二中学实验室通风设备采购项目",
    "三、中标信息：供应商名称为城西某某环境设备有限公司，中标金额为十二万元。",
    "四、公告期限：自本公告发布之日起三个工作日。",
    "五、联系方式：城西区政府采购中心，联系人王老师。",
]


def page(title: str, dated: bool = True) -> str:
    """A table-laid page: a menu row, the heading's cell and its date row, the text's cell
    opening with the notice's own title, a footer."""
    date_row = "<tr><td class='info'>发布时间：2026年3月12日 点击：</td></tr>" if dated else ""
    return (page_head(title) + "<table class='menu'><tr><td><a href='/'>首页</a></td>"
            "<td><a href='/cg/'>采购公告</a></td><td><a href='/jg/'>结果公告</a></td></tr>"
            "</table><table class='main'><tr><td class='biaoti'>" + HEADLINE + "</td></tr>"
            + date_row + "<tr><td class='content'><h3 align='center'><font size='5'>"
            + OWN_TITLE + "</font></h3>" + "".join(f"<div>{t}</div>" for t in TEXT)
            + "</td></tr></table><table class='foot'><tr><td>版权所有：城西区政府采购中心"
            "</td></tr></table></body></html>")


def test_the_heading_over_the_date_line_is_the_headline() -> None:
    result = cleaned(page("城西区政府采购中心-结果公告"))
    assert result.title == HEADLINE


def test_the_notices_own_title_stays_out_of_the_body() -> None:
    lines = body_paragraphs(page("城西区政府采购中心-结果公告"))
    assert lines[0] == TEXT[0]
    assert OWN_TITLE not in lines


def test_a_title_stating_the_own_wording_keeps_it() -> None:
    assert cleaned(page(OWN_TITLE + "-城西区政府采购中心")).title == OWN_TITLE


def test_without_a_date_row_the_heading_at_the_text_stays() -> None:
    assert cleaned(page("城西区政府采购中心-结果公告", dated=False)).title == OWN_TITLE
