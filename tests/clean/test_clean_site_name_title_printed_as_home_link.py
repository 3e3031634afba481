# ruff: noqa: E501  (Chinese test strings)
"""A one-part ``<title>`` that the page prints only as its logo's link home is the site's
name, however it reads (stop 38, robustness: ``headings-plain`` on the opened splits).

A law database's template titles every page with the database's name alone (``某某省政策法
规数据库``), prints that name as the logo's link to the site's home page
(``<a href="http://fg.example.cn">…</a>``) and the document's name in a heading. Where the
heading is a block set bold and large by its style (no heading tag, no class: a template
without them, or a copy that lost them), nothing matched, the name was no office's or
channel's (ten characters, no ``…局``), and the ``<title>`` — the site's name — was the
headline; the date of the line under the real headline went with it. A headline is never
the whole text of a link home: such a ``<title>`` is now read as a name only, and the
headline is the line printed before the text (a heading, a bold line or a block set large by
its style). Guards: a ``<title>`` printed also outside a link home (the headline printed in
a heading, the same words in the logo) and a ``<title>`` printed as a link to the page
itself stay the headline.
"""

from __future__ import annotations

import pytest

from pipelines.clean import clean_document

SITE = "江北省政策法规信息库"
HEADLINE = "江北省人民政府办公厅关于进一步规范农村集体资产管理的通知"
PARAS = "".join(f"<p>{p}</p>" for p in [
    "为进一步规范农村集体资产管理，维护农村集体经济组织及其成员的合法权益，经省人民政府同意，现就有关事项通知如下。",
    "一、各地要在今年年底前完成农村集体资产清产核资工作，建立健全资产台账，做到账实相符、账证相符。",
    "二、农村集体资产的发包、出租、出让等事项，应当依法经集体经济组织成员大会或者成员代表大会讨论决定，并在本集体范围内公开。",
    "三、各级农业农村部门要加强对农村集体资产管理的指导和监督，发现问题及时纠正，情节严重的依法追究责任。",
    "本通知自印发之日起施行。",
])


def page(heading: str, *, logo_href: str = "http://fg.example.cn", title: str = SITE,
         extra: str = "") -> str:
    """The database's page: its name as the logo's link, a menu, the document's heading
    (``heading``), its info list with the date and the text."""
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div><div><a href='{logo_href}'>{SITE}</a></div></div>"
            "<div><ul><li><a href='/china/'>首页</a></li><li><a href='/dfxfg/'>地方性法规</a></li>"
            "<li><a href='/dfzfgz/'>地方政府规章</a></li><li><a href='/gfxwj/'>规范性文件</a></li></ul></div>"
            f"{extra}<div><div>{heading}</div>"
            "<div><ul><li><strong>制定机关：</strong><a href='/org?id=3'>江北省人民政府办公厅</a></li>"
            "<li><strong>公布日期：</strong>2021.11.02</li><li><strong>时效性：</strong>现行有效</li></ul></div>"
            f"<div>{PARAS}</div></div>"
            "<div>版权所有 江北省政策法规信息库 联系电话：0571-12345678</div></body></html>")


def extract(html: str):
    return clean_document(html.encode("utf-8"), fetched_at="2026-12-01T08:00:00Z")


@pytest.mark.parametrize("heading", [
    f"<div style='font-weight:bold;font-size:22px'>{HEADLINE}"
    "<audio controls style='display:none;'> </audio></div>",
    f"<div style='font-size:18pt;text-align:center'>{HEADLINE}</div>",
    f"<p align='center'><b>{HEADLINE}</b></p>",
])
@pytest.mark.parametrize("logo_href", ["http://fg.example.cn", "/", "index.html"])
def test_site_name_title_printed_as_the_logo_link_home(heading, logo_href):
    result = extract(page(heading, logo_href=logo_href))
    assert result.title == HEADLINE
    assert result.published_at.startswith("2021-11-02")
    assert result.body.startswith("为进一步规范农村集体资产管理")


def test_title_printed_outside_a_link_home_stays_the_headline():
    # The <title> is the headline, printed as the heading; a link home with the same words
    # elsewhere (a breadcrumb's last item linked to the front page) makes it no site's name.
    result = extract(page(f"<div style='font-weight:bold;font-size:22px'>{HEADLINE}</div>",
                          title=HEADLINE,
                          extra=f"<div><a href='/'>{HEADLINE}</a></div>"))
    assert result.title == HEADLINE


def test_title_linked_to_the_page_itself_stays_the_headline():
    # A <title> printed only as a link to the page's own address (a post's title linked to
    # itself) is no name of the site.
    other = "江北省开展农村集体资产清产核资工作"
    html = (f"<html><head><meta charset='utf-8'><title>{other}</title></head><body>"
            f"<div><a href='/art/2021/11/2/art_12_345.html'>{other}</a></div>"
            f"<div>2021-11-02</div><div>{PARAS}</div></body></html>")
    assert extract(html).title == other
