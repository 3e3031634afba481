# ruff: noqa: E501  (Chinese test strings)
"""Pages once decoded as Latin-1 and saved again as UTF-8 (issue 14, stop 33, the kinds of
fresh14's new sources: a news library's re-encoded copies).

A fetching library that finds no charset in the response's header decodes the body as
ISO-8859-1 (a browser as Windows-1252), and a crawler that saves that text as UTF-8 writes
``ÖÐ¹ú`` for a GBK page's ``中国`` and ``ä¸­å›½`` for a UTF-8 page's. The bytes are valid
UTF-8, so the page was read as such: not one Chinese character, no headline, no text. Such
text is its first decoding's characters; encoded back to Latin-1 (Windows-1252's own
characters for 0x80–0x9F mapped back too) they are the page's bytes, read again as any page.

Guards: a Western page's accents stay as they are; a Chinese page quoting a few accented
names is read as it was.
"""

from __future__ import annotations

import pytest

from pipelines.clean import clean_document
from pipelines.decode import decode_html
from tests.clean.news_page import FETCHED, cleaned

_TITLE = "城东街道推行垃圾分类积分制"
_TEXT = ("本月初，城东街道在辖区十二个小区同步推行垃圾分类积分制度，居民投放一次分类正确的垃圾即可获得两个积分。",
         "积分可以在社区服务站兑换洗衣液、毛巾等日用品，也可以用来抵扣小区停车费。街道负责人介绍，参与居民已超过三千户。",
         "下一步，街道还将在各小区增设智能回收箱，并组织志愿者在早晚投放高峰时段进行现场指导。")


def _page(charset: str) -> str:
    return (f"<html><head><meta http-equiv='Content-Type' content='text/html; charset={charset}'>"
            f"<title>{_TITLE}_某某网</title></head><body><div class='nav'><a href='/'>首页</a></div>"
            f"<h1>{_TITLE}</h1><div class='info'>2010-05-25 10:15　来源：某某日报</div>"
            f"<div class='content'>{''.join(f'<p>{line}</p>' for line in _TEXT)}</div>"
            "<div class='foot'>版权所有 某某网</div></body></html>")


def _windows_1252(data: bytes) -> str:
    """``data`` decoded as a browser decodes Windows-1252 (its five unassigned bytes kept as
    the C1 characters of their values)."""
    return "".join(bytes([b]).decode("cp1252") if 0x80 <= b <= 0x9F
                   and b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b) for b in data)


@pytest.mark.parametrize("charset,first_decoding", [
    ("gb2312", lambda data: data.decode("latin-1")),
    ("utf-8", lambda data: data.decode("latin-1")),
    ("gb2312", _windows_1252),
    ("utf-8", _windows_1252),
], ids=["gbk-latin1", "utf8-latin1", "gbk-windows1252", "utf8-windows1252"])
def test_a_page_decoded_as_latin1_and_saved_as_utf8_is_read_as_its_own_bytes(charset, first_decoding) -> None:
    page = _page(charset)
    codec = "gb18030" if charset == "gb2312" else "utf-8"
    saved = first_decoding(page.encode(codec)).encode("utf-8")
    result = clean_document(saved, fetched_at=FETCHED)
    assert result.title == _TITLE
    assert [p for p in result.body.split("\n") if p] == list(_TEXT)


def test_a_western_pages_accents_stay() -> None:
    text = ("<html><head><meta charset='utf-8'><title>Élève à Paris</title></head><body><p>"
            + "Le café était très agréable, près de la rivière où l'élève étudiait. " * 20
            + "</p></body></html>")
    assert decode_html(text.encode("utf-8"))[0] == text


def test_a_chinese_page_quoting_accented_names_is_read_as_it_was() -> None:
    page = _page("utf-8").replace(_TEXT[1], _TEXT[1] + "（Café Élysée, Zoë, Renée, Chloé, Noël）" * 3)
    assert decode_html(page.encode("utf-8"))[0] == page
    assert cleaned(page).title == _TITLE
