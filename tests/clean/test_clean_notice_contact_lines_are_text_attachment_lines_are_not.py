# ruff: noqa: E501  (Chinese test strings)
"""Where a notice's text ends (stop 34's label rule, docs/evaluation.md "Label doubts decided
(stop 34)"): the contact lines a notice prints above its signature are its own text — the
body ends at the last of them —, its attachment lines are not, above or under the signature,
and neither are the signature and its date. Pages of our own text in the shape of a
provincial bureau's notice page (the tests of
``test_clean_notice_trailer_before_a_broken_signature`` use the same page).

Eleven opened labels end on such contact lines (fresh2 … fresh15: a recruitment notice, a
call for applications, tenders, a comment letter); fresh15's jx-amr catering notice and
tune's mh-wsjkw-sh-gov left them out and were relabelled. The extractor already ended these
bodies this way; these tests hold the rule in every order the opened notices print it.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned
from tests.clean.test_clean_notice_trailer_before_a_broken_signature import MEASURES, _page

SIGNATURE = ["某省城市管理局", "2025年11月20日"]


def _ends(trailer: list[str]) -> list[str]:
    return cleaned(_page(MEASURES + trailer)).paragraphs


def test_contact_lines_over_an_attachment_line_and_the_signature_close_the_text() -> None:
    paragraphs = _ends(["联系人：李某某", "联系电话：0000-12345678", "电子邮箱：abc@example.gov.cn",
                        "附件：培训平台二维码", *SIGNATURE])
    assert paragraphs[-3:] == ["联系人：李某某", "联系电话：0000-12345678", "电子邮箱：abc@example.gov.cn"]
    assert "附件：培训平台二维码" not in paragraphs
    assert not any(p in SIGNATURE for p in paragraphs)


def test_an_attachment_line_between_the_text_and_its_contact_lines_is_not_the_text() -> None:
    paragraphs = _ends(["附件：培训平台二维码", "联系人：李某某", "联系电话：0000-12345678", *SIGNATURE])
    assert paragraphs[-3:] == [MEASURES[-1], "联系人：李某某", "联系电话：0000-12345678"]


def test_a_numbered_contact_list_closes_the_text_and_the_attachment_list_under_it_does_not() -> None:
    paragraphs = _ends(["四、联系方式", "1.联系人：李某某", "2.联系电话：0000-12345678",
                        "3.联系地址：某市某路100号。", "附件：1.申报书", "2.汇总表", *SIGNATURE])
    assert paragraphs[-1] == "3.联系地址：某市某路100号。"
    assert "2.汇总表" not in paragraphs


def test_phone_fax_and_address_lines_over_the_signature_close_the_text() -> None:
    paragraphs = _ends(["联系人：李某某 王某某", "电话：0000-12345678", "传真：0000-12345679",
                        "地址：某市某区某路100号", *SIGNATURE])
    assert paragraphs[-1] == "地址：某市某区某路100号"


def test_an_attachment_list_under_the_signature_is_not_the_text() -> None:
    paragraphs = _ends(["联系人：李某某", "联系电话：0000-12345678", *SIGNATURE, "附件：1.申报书", "2.汇总表"])
    assert paragraphs[-1] == "联系电话：0000-12345678"


# A county office's notices (pool pages of the shape, stop 34): the attachment printed as a
# link named after the file (某某名单.xls), or as 附：某某名单, between the text's last
# lines and the signature or under it — kept as the text's last lines before.
_FILE_LINK = ("<a style='font-size:16px; color:#0066cc;' href='javascript:;' "
              "title='某县2019年公开招聘人员名单（第一批）.xls'>某县2019年公开招聘人员名单（第一批）.xls</a>")
_CONTACTS = ["咨询电话：0000-12345678（某县招聘工作领导小组办公室）", "监督电话：0000-87654321（某县监察委）"]


def test_a_file_name_link_between_contact_lines_and_the_signature_is_not_the_text() -> None:
    paragraphs = _ends([*_CONTACTS, _FILE_LINK, "某县招聘工作领导小组办公室", "2019年8月22日"])
    assert paragraphs[-2:] == _CONTACTS


def test_an_attached_list_line_over_the_signature_is_not_the_text() -> None:
    paragraphs = _ends(["附：某县2020年资格复审合格人员名单", "某县公开招聘工作领导小组办公室",
                        _FILE_LINK, "2020年10月28日"])
    assert paragraphs[-1] == MEASURES[-1]


def test_an_attachment_line_under_a_signature_whose_issuer_names_a_year_takes_it_along() -> None:
    contact = "联系电话：0000-12345678，0000-12345679。"
    paragraphs = _ends([contact, "某县2020年事业单位公开招聘领导小组办公室", "2020年10月16日",
                        "附件：某县2020年进入资格复审人员名单"])
    assert paragraphs[-1] == contact


def test_a_file_name_under_the_signing_date_takes_the_date_along() -> None:
    paragraphs = _ends(["联系人：李某某", "联系电话：0000-12345678", "电子邮箱：abc@example.gov.cn",
                        "2020年2月18日", "附件.zip"])
    assert paragraphs[-1] == "电子邮箱：abc@example.gov.cn"


def test_contact_lines_under_an_attachment_line_stay_the_text() -> None:
    paragraphs = _ends(["附件：培训平台二维码", "联系人：李某某", "联系电话：0000-12345678", *SIGNATURE])
    assert paragraphs[-2:] == ["联系人：李某某", "联系电话：0000-12345678"]
