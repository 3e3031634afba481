# ruff: noqa: E501  (Chinese test strings)
"""A 印发 notice printed with the rules it issues (stop 36, second round, after fresh18), on
pages of our own text in the shape of a law database's full-text page.

The database prints the notice in one block of ``<br>`` lines: the addressee, the sentence
issuing two sets of rules (``现将《某某细则》《某某办法》印发给你们``), the attachment list
(``附件：1.…``, ``2.…``), the issuer over the signing date, then ``附件2``, the second set's
title and its rules. A part opening with ``附件2`` right under a signature was read as an
annexed form and cut with the signature: the text ended after the notice's one sentence.
The label rules count a 印发 notice printed with what it issues as one body, its attachment
lines inside; an annexed form under a notice that issues nothing is still not the text.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

TITLE = "某某市民政局关于印发《某某市志愿服务登记工作细则》《某某市志愿服务培训工作细则》的通知"
NOTICE = [
    "各区民政局，各志愿服务组织：",
    "　　为规范我市志愿服务登记和培训工作，提高志愿服务专业化水平，现将《某某市志愿服务登记工作细则》《某某市志愿服务培训工作细则》印发给你们，请认真贯彻落实。",
    "　　附件：1.某某市志愿服务登记工作细则",
    "　　2.某某市志愿服务培训工作细则",
]
SIGNATURE = ["某某市民政局", "2024年11月2日"]
RULES = [
    "　　附件2",
    "某某市志愿服务培训工作细则",
    "　　为规范我市志愿服务培训工作，保障志愿者的合法权益，制定本细则。",
    "　　一、培训对象",
    "　　本细则所称志愿者，是指以自己的时间和技能自愿从事志愿服务的自然人。",
    "　　二、培训内容",
    "　　志愿服务组织开展培训的内容和时长应当满足志愿服务活动的需要。",
    "　　三、培训方式",
    "　　培训可以采取集中授课、网络学习和现场演练等方式进行，由志愿服务组织自行安排。",
]
FORM = [
    "　　附件2",
    "某某市志愿服务培训报名表",
    "姓名",
    "性别",
    "联系电话",
    "所在单位",
]


def _page(title: str, lines: list[str]) -> str:
    inner = "<br>\n".join(lines)
    return (page_head(title)
            + "<div class='nav'><a href='/'>首页</a> &gt; <a href='/fg/'>法规</a></div>"
            f"<h2>{title}</h2>"
            "<ul><li>制定机关：某某市民政局</li><li>公布日期：2024.11.02</li></ul>"
            f"<div class='fulltext'><p align='center'>{title}</p>{inner}<br></div>"
            "<div class='foot'>本数据库提供的电子文本正式引用时请与标准文本核对。</div></body></html>")


def test_rules_a_notice_issues_printed_under_its_signature_are_the_text() -> None:
    paragraphs = cleaned(_page(TITLE, NOTICE + SIGNATURE + RULES)).paragraphs
    assert paragraphs[0] == NOTICE[1].strip()
    assert paragraphs[-1] == RULES[-1].strip()


def test_a_form_annexed_under_an_issuing_notice_is_not_the_text() -> None:
    # Guard: the part under the signature holds no sentence (a form's fields), so it is an
    # annexed form, not the rules the notice issues.
    paragraphs = cleaned(_page(TITLE, NOTICE + SIGNATURE + FORM)).paragraphs
    assert paragraphs[-1] == NOTICE[1].strip()


def test_a_part_under_a_notice_that_issues_nothing_is_not_the_text() -> None:
    # Guard: the notice asks for reports in the attached form's shape and names no title it
    # issues, so the part after its signature is an annex.
    title = "某某市民政局关于报送志愿服务培训情况的通知"
    notice = [
        "各区民政局，各志愿服务组织：",
        "　　为了解我市志愿服务培训开展情况，请各单位于12月10日前报送本年度培训情况，报送内容参照附件。",
        "　　附件：1.某某市志愿服务登记工作细则",
        "　　2.某某市志愿服务培训工作细则",
    ]
    paragraphs = cleaned(_page(title, notice + SIGNATURE + RULES)).paragraphs
    assert paragraphs[-1] == notice[1].strip()
