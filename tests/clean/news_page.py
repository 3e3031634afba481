"""Pages of one's own text in the common shapes of the real ones, and the readings the
tests of tests/clean make of them: a news page (a navigation bar, the headline in
``<h1>``, a date line under it, the story's blocks, a site footer), a text block, a run of
paragraphs, and the cleaning of a page with the fetch time fixed. Shared by the tests of
body edges, headlines and dates found on the opened splits (fresh6 to fresh9) and the
rounds' probes, so each test file writes only what its page has of its own."""

from __future__ import annotations

from collections.abc import Iterable

from pipelines.clean import clean_document
from pipelines.cleanresult import CleanResult

# The fetch time of every page here: no date a test reads lies on or after it.
FETCHED = "2026-12-02T08:00:00Z"


def news_page(title: str, body: str) -> str:
    """The page around ``body`` (its blocks' markup), headed by ``title``."""
    return ("<html><head><meta charset='utf-8'><title>" + title + "</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a></div>"
            "<h1>" + title + "</h1><div>2026-11-30 09:12</div>"
            + body + "<div class='foot'>关于我们 联系我们 版权所有</div></body></html>")


def page_head(title: str = "") -> str:
    """A page's opening up to ``<body>``: a UTF-8 ``<meta>``, and the ``<title>`` when
    ``title`` is given (a page without one is how a headline test asks for the in-page
    headline alone)."""
    tag = f"<title>{title}</title>" if title else ""
    return f'<html><head><meta charset="utf-8">{tag}</head><body>'


def paras(texts: Iterable[str], attrs: str = "", tag: str = "p") -> str:
    """``texts`` one block each (``<p>…</p>``, ``attrs`` written into each opening tag)."""
    opening = f"<{tag} {attrs}>" if attrs else f"<{tag}>"
    return "".join(f"{opening}{text}</{tag}>" for text in texts)


def block(*lines: str, cls: str = "content") -> str:
    """A text block ``<div class=cls>`` of ``lines``: a plain line becomes a ``<p>``, a line
    of markup (opening with ``<``) stays as written."""
    inner = "".join(line if line.startswith("<") else f"<p>{line}</p>" for line in lines)
    return f"<div class='{cls}'>{inner}</div>"


def cleaned(page: str) -> CleanResult:
    """The cleaning of ``page`` saved as UTF-8 bytes, fetched at :data:`FETCHED`."""
    return clean_document(page.encode("utf-8"), fetched_at=FETCHED)


def published(page: str) -> str | None:
    """The date :func:`cleaned` reads off ``page`` (None when it finds none)."""
    return cleaned(page).published_at


def body_paragraphs(html: str) -> list[str]:
    """The body's paragraphs of ``html`` (a str, as a crawl hands it over), blank lines
    left out."""
    return [p for p in clean_document(html, fetched_at=FETCHED).body.split("\n") if p]


def story_paragraphs(title: str, body: str) -> list[str]:
    """The body's paragraphs of the :func:`news_page` of ``title`` around ``body``."""
    return body_paragraphs(news_page(title, body))


def article_paragraphs(title: str, lines: Iterable[str]) -> list[str]:
    """The cleaned paragraphs of the :func:`news_page` of ``title`` whose text block is
    ``<div class='article'>`` holding ``lines`` as ``<p>`` paragraphs."""
    return cleaned(news_page(title, "<div class='article'>" + paras(lines) + "</div>")).paragraphs
