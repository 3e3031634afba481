# ruff: noqa: E501  (Chinese test strings)
"""A text written straight into a definition list's ``<dd>`` (stop 38, i28b: the unlabelled
pool's open class "text in ``<dl><dd>``"), on pages of our own text.

Some CMS templates lay an article out as a definition list: the headline in ``<dt>``, the
info line in one ``<dd>`` and the text in another — its lines split by ``<br>``, or one
``<dd>`` per paragraph. Paragraphs in ``<p>`` inside the ``<dd>`` were found; text written
in the ``<dd>`` itself was no block of text at all, and the body came out empty. The same held
for every block whose tag the body's candidates did not name: a ``<main>``, a page-wide
``<form>``, a ``<fieldset>``, ``<address>`` or ``<figure>``, a header cell, ``<nobr>`` runs, and
tags HTML does not name (a CMS's own ``<ucapcontent>``, a word processor's ``<o:p>``). Such a
block holding text of its own is now a block of text as a ``<div>`` or ``<td>`` is. Guards: a
``<dl>`` of link items beside the text stays out, and so does the info line's ``<dd>``.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

TITLE = "某某县教育局召开秋季开学工作部署会"
TEXT = [
    "八月二十四日上午，某某县教育局召开秋季开学工作部署会，全县各中小学校长参加会议。",
    "会议听取了各学校开学准备工作情况汇报，对校舍安全、食堂管理、校车运行等工作进行了逐项检查。",
    "会议强调，要进一步加强师德师风建设，持续提升课后服务质量，让每一个孩子都能享受公平而有质量的教育。",
    "会议要求，各校要在开学前完成一次全面安全隐患排查，发现问题立即整改，整改不到位的不得开学。",
]
LINKS = "".join(f"<dd><a href='/n/{i}.html'>某某县第{i}期教育工作简报发布</a></dd>" for i in range(1, 7))


def _page(text: str, cls: str = " class='article'") -> str:
    return (page_head(TITLE + "_某某县人民政府")
            + "<div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻中心</a></div>"
            + f"<dl{cls}><dt><h1>{TITLE}</h1></dt>"
            + "<dd class='info'>发布时间：2023-08-25 10:20 来源：县教育局</dd>"
            + text + "</dl>"
            + "<dl class='list'><dt>相关新闻</dt>" + LINKS + "</dl>"
            + "<div class='foot'>版权所有：某某县人民政府 地址：某某路1号</div></body></html>")


def _paragraphs(page: str) -> list[str]:
    return cleaned(page).paragraphs


def test_br_lines_in_one_dd() -> None:
    assert _paragraphs(_page("<dd class='content'>" + "<br>".join(TEXT) + "</dd>")) == TEXT


def test_one_dd_per_paragraph() -> None:
    assert _paragraphs(_page("".join(f"<dd>{t}</dd>" for t in TEXT))) == TEXT


def test_indented_br_lines_without_classes() -> None:
    text = "<dd>" + "<br/>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + t for t in TEXT) + "</dd>"
    assert _paragraphs(_page(text, cls="")) == TEXT


def test_paragraphs_in_a_dd_stay_found() -> None:
    assert _paragraphs(_page("<dd>" + "".join(f"<p>{t}</p>" for t in TEXT) + "</dd>")) == TEXT


def test_br_lines_in_a_cms_tag_or_a_form() -> None:
    lines = "<br>".join(TEXT)
    for block in (f"<ucapcontent>{lines}</ucapcontent>", f"<form>{lines}</form>",
                  f"<main>{lines}</main>", f"<o:p>{lines}</o:p>"):
        page = (page_head(TITLE) + f"<h1>{TITLE}</h1><div>2023-08-25 10:20</div><div>{block}</div>"
                + "<div class='foot'>版权所有：某某县人民政府</div></body></html>")
        assert _paragraphs(page) == TEXT, block[:12]
