# ruff: noqa: E501  (Chinese test strings)
"""The page's info line printed under a short notice's signature (stop 37, i27b: the
statements-after-the-signature class of fresh15–fresh18's scored misses, probed in other
markups), on pages of our own text.

A notice of a few lines, signed (the issuer over the signing date), then the page's
``发布日期：2026-11-21``. On so short a page the signing date stands among the first lines and
is read as the page's date line, so the issuer alone stayed over the info line and both were
kept as the text's last lines. An info line (a field's label and a date, no sentence) under
a notice's issuer or signing date is now the signature's tail and goes with it. Guard: a
contact line above the signature stays (stop 34's rule 2).
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page, paras

TITLE = "关于做好冬季校园安全工作的通知"
NOTICE = [
    "各区教育局，各直属学校：",
    "为做好今年冬季校园安全工作，请各校在十二月底前完成校舍安全排查，发现隐患及时整改。",
    "一、各校要加强值班值守，严格落实报告制度。",
    "二、各校要开展冬季消防演练，提高师生自救能力。",
]
SIGNATURE = ["某某市教育局", "2026年11月20日"]


def _paragraphs(lines: list[str], br: bool = False) -> list[str]:
    inner = "<br>".join(lines) if br else paras(lines)
    return cleaned(news_page(TITLE, "<div class='article'>" + inner + "</div>")).paragraphs


def test_a_publication_date_line_under_the_signature() -> None:
    assert _paragraphs([*NOTICE, *SIGNATURE, "发布日期：2026-11-21"])[-1] == NOTICE[-1]


def test_the_same_in_br_lines() -> None:
    assert _paragraphs([*NOTICE, *SIGNATURE, "发布时间：2026-11-21 09:30"], br=True)[-1] == NOTICE[-1]


def test_a_contact_line_above_the_signature_stays() -> None:
    contact = "联系电话：0000-12345678"
    assert _paragraphs([*NOTICE, contact, *SIGNATURE, "发布日期：2026-11-21"])[-1] == contact
