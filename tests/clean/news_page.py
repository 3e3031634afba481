"""A news page of one's own text in the common shape of the real ones: a navigation bar,
the headline in ``<h1>``, a date line under it, the story's blocks, a site footer. Shared by
the tests of body edges found on the fresh6 and fresh7 splits."""

from __future__ import annotations


def news_page(title: str, body: str) -> str:
    """The page around ``body`` (its blocks' markup), headed by ``title``."""
    return ("<html><head><meta charset='utf-8'><title>" + title + "</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a></div>"
            "<h1>" + title + "</h1><div>2026-11-30 09:12</div>"
            + body + "<div class='foot'>关于我们 联系我们 版权所有</div></body></html>")
