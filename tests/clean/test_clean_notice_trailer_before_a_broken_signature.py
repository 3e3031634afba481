# ruff: noqa: E501  (Chinese test strings)
"""A notice's trailer after its last sentence (stop 33, after fresh15), on a page of own text
in the shape of a provincial bureau's notice page.

A notice closed its measures with a numbered item naming the QR code of its attachment
(``（四）积极参与。请……扫描附件中二维码的方式进入直播间……。``), then its contact lines
(``联 系 人：…``, ``联系电话：…``), its attachment line, its signature with the issuing
group's name broken over two lines (the first ending mid-name in ``的``) and the signing
date. Two things went wrong: the line rule for QR codes (a share box's ``扫描二维码…``)
dropped the numbered measure, so the text lost its last sentence; and the signature's
broken first line was no issuer's name, so it stayed as the text's last line.

Now a numbered item of a notice (``（四）``, ``四、``) that closes a sentence is no share
box's line, and a line of a name's characters ending on a connective (的, 之, 与, 和, 及,
暨) right over an issuer's line is that issuer's first line. The contact lines over a
signature stay: the labels of the earlier splits end such notices on them, and stop 34's
label rule makes them the text (fresh15's label, which left them out, was relabelled;
``test_clean_notice_contact_lines_are_text_attachment_lines_are_not``).
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

MEASURES = [
    "为做好冬季供暖期间的燃气安全工作，现就组织燃气经营单位从业人员参加安全培训有关事项通知如下。",
    "（一）高度重视。各地要把从业人员培训作为冬季燃气安全的基础工作，周密安排，确保落到实处。",
    "（二）积极参与。请各地通知辖区燃气经营单位于12月10日前，通过扫描附件中二维码的方式进入培训平台，在线学习和答题。省局将对学习和答题情况进行通报。",
]
TRAILER = [
    "联 系 人：李某某",
    "联系电话：0000-12345678",
    "<br/>",
    "附件：冬季燃气安全培训平台二维码",
    "省城市管理局冬季燃气安全工作的",
    "专项整治领导小组",
    "2025年11月20日",
    "<br/>",
    "附件",
    "冬季燃气安全培训平台二维码",
]


def _page(lines: list[str]) -> str:
    style = "style='text-align: left; text-indent: 2em;'"
    inner = "".join(f"<p {style}>{line}</p>" for line in lines)
    return (page_head("关于组织燃气经营单位从业人员参加安全培训的通知_某省城市管理局")
            + "<div class='nav'><a href='/'>首页</a> <a href='/tzgg/'>通知公告</a></div>"
            "<div class='article'><p class='con-title'>关于组织燃气经营单位从业人员参加安全培训的通知</p>"
            "<div class='info'>发布日期：2025-11-20 来源：省城市管理局</div>"
            f"<div id='zoom'>{inner}<p><img src='/pic/qr.png'/></p></div></div>"
            "<div class='foot'>主办单位：某省城市管理局 版权所有</div></body></html>")


def test_a_numbered_measure_naming_a_qr_code_stays_the_text() -> None:
    paragraphs = cleaned(_page(MEASURES)).paragraphs
    assert paragraphs[-1] == MEASURES[-1]


def test_a_broken_signature_under_contact_and_attachment_lines_is_not_the_text() -> None:
    paragraphs = cleaned(_page(MEASURES + TRAILER)).paragraphs
    assert paragraphs[-2:] == ["联系人：李某某", "联系电话：0000-12345678"]  # spaces folded


def test_a_signature_whose_name_is_broken_over_two_lines_is_not_the_text() -> None:
    paragraphs = cleaned(_page(MEASURES + TRAILER[4:7])).paragraphs
    assert paragraphs[-1] == MEASURES[-1]


def test_a_share_line_naming_a_qr_code_is_still_not_the_text() -> None:
    share = "扫描下方二维码，关注省城市管理局微信公众号。"
    paragraphs = cleaned(_page([*MEASURES, share])).paragraphs
    assert paragraphs[-1] == MEASURES[-1]


def test_contact_lines_closing_a_notice_without_a_signature_stay() -> None:
    contact = ["联系人：李某某", "联系电话：0000-12345678"]
    paragraphs = cleaned(_page(MEASURES + contact)).paragraphs
    assert paragraphs[-1] == contact[-1]
