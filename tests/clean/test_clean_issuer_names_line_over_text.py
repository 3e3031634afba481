"""Headlines of stop 31 (before fresh13): the authors' or the issuers' names over the text.

A health paper's page laid out in tables prints, in plain cells over the text, the headline
and then the authors under their institution (``某某医院 张某 李某``), with no ``<title>``, no
stated headline and no classes left (the ``bare`` perturbation of such a page). The names'
line is a plain line nearer the text, so it was taken for the headline. A line of names set
apart by spaces, one of them a public body's or a firm's (``…医院``, ``…有限公司``) and the
others such names or persons' names of two or three characters, is a credit, not a headline;
the nearest line still heads the story when it ends like a body's name (``…培训班举办``) or
sets a body's name beside a clause (guards).
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head, paras

TEXT = [
    "不少人在工作压力大的时候会出现失眠、焦虑等情况，医生提醒，长期的压力还可能引起一些少见的心理问题。",
    "专家建议，遇到压力时要学会倾诉，适当运动，必要时及时到正规医院的心理门诊寻求帮助。",
]


def page(headline: str, credit: str) -> str:
    """A table-laid page without ``<title>`` or classes: a menu row, the headline's cell,
    the credit's cell, then the text's cell."""
    return (page_head() + "<table><tr><td><a href='/'>首页</a> <a href='/health/'>健康</a>"
            "</td></tr></table><table><tr><td>2025-07-18</td></tr>"
            f"<tr><td>{headline}</td></tr><tr><td>{credit}</td></tr>"
            f"<tr><td>{paras(TEXT)}</td></tr></table></body></html>")


def test_institution_and_authors_line_is_no_headline() -> None:
    assert cleaned(page("压力过大也会带来心理问题", "城南区第一人民医院 王明 陈丽")).title \
        == "压力过大也会带来心理问题"


def test_two_firms_line_is_no_headline() -> None:
    credit = "城南区资产经营公司 城南工程咨询有限公司"
    assert cleaned(page("压力过大也会带来心理问题", credit)).title == "压力过大也会带来心理问题"


def test_nearest_line_ending_like_a_bodys_name_is_still_a_headline() -> None:
    headline = "全区卫生系统心理健康专题培训班举办"
    assert cleaned(page("压力过大也会带来心理问题", headline)).title == headline


def test_nearest_line_of_a_body_and_a_clause_is_still_a_headline() -> None:
    headline = "城南区第一人民医院 开设心理门诊夜间号"
    assert cleaned(page("压力过大也会带来心理问题", headline)).title == headline
