# ruff: noqa: E501  (Chinese test strings)
"""Pages saved by a browser as a single-file web archive (MHTML) (issue 14, stop 33, the
kinds of fresh14's new sources: browser saves of 2010–2011, when Internet Explorer's
"Web Archive, single file (*.mht)" was how a page was kept whole).

An archive is a MIME message: its headers, the page's HTML in a quoted-printable (IE) or
base64 part, then its pictures. Read as a page it gave no headline and no text (``=3D`` for
every ``=``, no markup). The page is now taken out of its part, with the part's charset and
the address it was saved from (``Content-Location``): a page printing no date is dated by
that address as by a crawled page's.

Guards: a page whose text speaks of ``Content-Type: multipart/related`` is read as a page;
plain text opening with a ``名称：`` line is read as text.
"""

from __future__ import annotations

import base64
import quopri

from pipelines.clean import clean_document
from tests.clean.news_page import FETCHED

_TITLE = "城东街道推行垃圾分类积分制"
_TEXT = ("本月初，城东街道在辖区十二个小区同步推行垃圾分类积分制度，居民投放一次分类正确的垃圾即可获得两个积分。",
         "积分可以在社区服务站兑换洗衣液、毛巾等日用品，也可以用来抵扣小区停车费。街道负责人介绍，参与居民已超过三千户。",
         "下一步，街道还将在各小区增设智能回收箱，并组织志愿者在早晚投放高峰时段进行现场指导。")
_BOUNDARY = "----=_NextPart_000_0000_01CAFC0A.1A2B3C40"


def _page(charset: str, info: str = "2010-05-25 10:15　来源：某某日报") -> str:
    return (f"<HTML><HEAD><META http-equiv=Content-Type content='text/html; charset={charset}'>"
            f"<TITLE>{_TITLE}_新闻中心_某某网</TITLE></HEAD><BODY>"
            "<TABLE width=950><TR><TD><A href='/'>首页</A> | <A href='/news/'>新闻</A></TD></TR></TABLE>"
            f"<TABLE width=950><TR><TD align=middle><FONT style='FONT-SIZE: 22px'><B>{_TITLE}</B></FONT></TD></TR>"
            f"<TR><TD align=middle>{info}</TD></TR><TR><TD class=content>"
            + "".join(f"<P>　　{line}</P>" for line in _TEXT)
            + "</TD></TR></TABLE><TABLE width=950><TR><TD>版权所有 某某网</TD></TR></TABLE></BODY></HTML>")


def _archive(headers: str, part_headers: str, payload: str) -> bytes:
    return (headers + "\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n"
            f"--{_BOUNDARY}\r\n{part_headers}\r\n\r\n{payload}\r\n\r\n"
            f"--{_BOUNDARY}\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
            "Content-Location: http://www.example.cn/news/a.jpg\r\n\r\n/9j/4AAQSkZJRgABAQEASABIAAD/2wBD\r\n\r\n"
            f"--{_BOUNDARY}--\r\n").encode("ascii")


def _body(data: bytes) -> list[str]:
    return [p for p in clean_document(data, fetched_at=FETCHED).body.split("\n") if p]


def test_an_internet_explorer_archive_gives_its_page() -> None:
    page = quopri.encodestring(_page("gb2312").encode("gb18030")).decode("ascii")
    data = _archive(
        "From: <Saved by Windows Internet Explorer 8>\r\nSubject: =?gb2312?B?"
        + base64.b64encode(_TITLE.encode("gb18030")).decode() + "?=\r\n"
        "Date: Tue, 25 May 2010 10:20:11 +0800\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
        f'\ttype="text/html";\r\n\tboundary="{_BOUNDARY}"\r\nX-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5931',
        'Content-Type: text/html;\r\n\tcharset="gb2312"\r\nContent-Transfer-Encoding: quoted-printable\r\n'
        "Content-Location: http://www.example.cn/news/2010/0525/123.html",
        page.replace("\n", "\r\n"))
    result = clean_document(data, fetched_at=FETCHED)
    assert result.title == _TITLE
    assert result.published_at == "2010-05-25T10:15:00+08:00"
    assert _body(data) == list(_TEXT)


def test_a_chrome_archive_of_a_page_printing_no_date_is_dated_by_its_address() -> None:
    page = _page("utf-8", info="来源：某某日报").encode("utf-8")
    data = _archive(
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.example.cn/news/2011/0611/88.html\r\n"
        "Subject: =?utf-8?Q?=E5=9F=8E=E4=B8=9C?=\r\nDate: Sat, 11 Jun 2011 09:00:00 +0800\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{_BOUNDARY}"',
        "Content-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: http://www.example.cn/news/2011/0611/88.html",
        base64.encodebytes(page).decode("ascii").replace("\n", "\r\n"))
    result = clean_document(data, fetched_at=FETCHED)
    assert result.title == _TITLE
    assert (result.published_at or "")[:10] == "2011-06-11"
    assert _body(data) == list(_TEXT)


def test_a_page_speaking_of_a_multipart_type_is_read_as_a_page() -> None:
    page = _page("utf-8").replace(_TEXT[2], _TEXT[2] + "Content-Type: multipart/related")
    assert clean_document(page.encode("utf-8"), fetched_at=FETCHED).title == _TITLE


def test_plain_text_opening_with_a_field_line_is_read_as_text() -> None:
    text = "名称：城东街道垃圾分类积分制度说明\n" + "\n".join(_TEXT)
    assert _body(text.encode("utf-8"))[-1] == _TEXT[-1]
