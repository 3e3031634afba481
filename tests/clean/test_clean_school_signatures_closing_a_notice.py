"""A school's or an office's signature closing a notice (stop 35), on pages of our own text in
the shape of a school site's notice page.

The signature rule (an issuer's name alone on a line over a signing date, both under the
text) knew organs' names and full dates. School sites sign otherwise: an office's short
form (``校党办``), a team (``某某学长团``), a museum (``某某校史博物馆``), a group named
with its year (``某中学2013年…工作领导小组``), a name with a second one in brackets
(``某某处（某某总公司）``), a date to the month (``2020年4月``) or in Chinese numerals with
a digit zero (``二0一二年四月二十七日``); a school's party branch (``某某一中党总支``).
Those signatures stayed as the text's last lines; the label rules leave signatures out. So
did a signing date right under a notice's contact lines, its issuer not printed.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, news_page, paras

TEXT = [
    "为丰富学生的课余生活，学校定于本周五下午在体育馆举办校园歌手大赛，欢迎同学们报名参加。",
    "报名截止日期为11月20日，请各班班长将名单交到团委办公室。",
]


@pytest.mark.parametrize("signature", [
    ["校党办", "2011年5月30日"],
    ["荣誉体系历史科组", "二0一二年四月二十七日"],
    ["某某中学2013年高三优秀毕业生推荐工作领导小组", "2012年11月15日"],
    ["某某中学社会教育服务中心", "某某中学学长团", "2016年12月1日"],
    ["某某大学总务处（后勤集团总公司）", "2021年12月2日"],
    ["某市就业工作领导小组办公室", "某市人力资源社会保障局", "2020年4月"],
    ["某某大学档案文博管理中心", "某某大学校史博物馆", "2020年9月29日"],
])
def test_a_schools_signature_under_the_text_is_not_the_text(signature: list[str]) -> None:
    page = news_page("关于举办校园歌手大赛的通知", paras(TEXT + signature))
    assert cleaned(page).paragraphs == TEXT


def test_a_closing_line_naming_no_organ_over_the_date_stays() -> None:
    # A sentence's last words alone on a line over a date are no issuer's name.
    lines = [*TEXT, "欢迎各位老师同学届时观看", "2025年11月"]
    paragraphs = cleaned(news_page("关于举办校园歌手大赛的通知", paras(lines))).paragraphs
    assert "欢迎各位老师同学届时观看" in paragraphs


def test_a_signing_date_under_the_contact_lines_with_no_issuer_is_not_the_text() -> None:
    # A university office's notice prints its contact lines, then the date alone: the
    # signature's date, its issuer left unprinted.
    contact = ["联系人：彭老师", "联系电话：0000-22199595", "邮箱：abc@example.edu.cn"]
    page = news_page("关于举办校园歌手大赛的通知", paras([*TEXT, *contact, "2023年1月17日"]))
    assert cleaned(page).paragraphs == [*TEXT, *contact]


def test_a_party_branchs_signature_under_a_longer_text_is_not_the_text() -> None:
    text = [*TEXT, *(f"第{n}项活动由各年级组织，请班主任做好安全教育。" for n in "一二三四五")]
    signature = ["某某一中党总支", "2020年12月7日"]
    page = news_page("关于举办校园歌手大赛的通知", paras(text + signature))
    assert cleaned(page).paragraphs == text
