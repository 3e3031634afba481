# ruff: noqa: E501  (Chinese test strings)
"""The related documents' pointer under a policy interpretation, in other markups (stop 37,
i27b: fresh16's `相关文件` class, jx-financial, printed otherwise), on pages of our own text.

Stop 36 dropped ``相关文件：<a document's title>`` on one line. Three other ways of printing
it were kept as the text's last lines: the pointer alone on its line over numbered titles in
``<br>`` lines (``相关文件：``, ``1.某某措施``, ``2.某某通知``), the pointer bracketed with the
title after it (``【相关政策】《某某措施》``), and a pointer to the policy's full text
(``政策原文：某某措施``). A pointer alone on its line over nothing but short lines closing no
sentence to the text's end is a list of links; the bracketed and full-text pointers closing
no sentence are link lines. Guards: a bracketed label opening a paragraph of sentences stays,
and so do titles-like lines under such a pointer when the text resumes under them.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page, paras

TITLE = "《某某市支持小微企业发展若干措施》政策解读"
TEXT = [
    "为帮助小微企业渡过难关，市政府出台了若干支持措施，现就有关问题解读如下。",
    "一、哪些企业可以申请？",
    "答：在本市登记注册、依法纳税的小微企业均可申请。",
    "二、怎样申请？",
    "答：企业可在市政务服务网在线提交材料，审核通过后十个工作日内拨付资金。",
    "咨询电话：0000-87654321",
]


def _paragraphs(inner: str) -> list[str]:
    return cleaned(news_page(TITLE, "<div class='article'>" + inner + "</div>")).paragraphs


def test_a_pointer_alone_over_numbered_titles_in_br_lines() -> None:
    lines = [*TEXT, "相关文件：", "1.某某市人民政府关于支持小微企业发展的若干措施", "2.某某市财政局关于拨付扶持资金的通知"]
    assert _paragraphs("<br>".join(lines))[-1] == TEXT[-1]


def test_a_bracketed_pointer_with_the_title_after_it() -> None:
    inner = paras(TEXT) + "<p>【相关政策】《某某市人民政府关于支持小微企业发展的若干措施》</p>"
    assert _paragraphs(inner)[-1] == TEXT[-1]


def test_a_pointer_to_the_policy_full_text() -> None:
    inner = paras(TEXT) + "<p>政策原文：<a href='/p.html'>某某市人民政府关于支持小微企业发展的若干措施</a></p>"
    assert _paragraphs(inner)[-1] == TEXT[-1]


def test_a_bracketed_label_opening_sentences_stays() -> None:
    closing = "【相关政策】根据市政府的安排，扶持资金将分两批拨付，第一批在本月底前到位。"
    assert _paragraphs(paras([*TEXT, closing]))[-1] == closing


def test_titles_under_a_pointer_stay_when_the_text_resumes_under_them() -> None:
    resumed = "三、资金怎样使用？", "答：扶持资金应当用于企业的生产经营，不得挪作他用。"
    lines = [*TEXT[:-1], "相关文件：", "某某市人民政府关于支持小微企业发展的若干措施", *resumed]
    paragraphs = _paragraphs("<br>".join(lines))
    assert paragraphs[-1] == resumed[-1]
