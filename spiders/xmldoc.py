"""Feeds and sitemaps read with the same charset decision as pages.

lxml decoding XML bytes itself trusts the ``<?xml … encoding=?>`` declaration: a UTF-8 feed
that declares ``gbk`` gave no entries, a GBK feed declaring UTF-8 gave garbled titles.
:func:`parse_xml` decodes the bytes with :func:`pipelines.decode.decode_html` — BOM, the
HTTP header, the declaration, each used only when the bytes decode with it, then content
detection — and hands lxml the text with the declaration removed.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from pipelines.decode import decode_html

_DECLARATION = re.compile(r"""^\s*<\?xml[^>]*?\?>""", re.S)
_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']""")
_HEADER_CHARSET = re.compile(r"charset\s*=", re.I)


def content_type_of(response: Any) -> str | None:
    """A Scrapy response's ``Content-Type`` header as text (None when absent)."""
    value = response.headers.get(b"Content-Type")
    return value.decode("latin-1") if value else None


def decode_xml(body: bytes, content_type: str | None = None) -> str:
    """The text of an XML document, its encoding chosen as for pages.

    The XML declaration's encoding counts as a declared charset when the HTTP header gives
    none (and, like any declaration, only if the bytes decode with it).

    >>> decode_xml('<?xml version="1.0" encoding="gbk"?><rss>新闻</rss>'.encode("utf-8"))
    '<rss>新闻</rss>'
    """
    declared = _DECLARED.match(body[:200])
    if declared and not (content_type and _HEADER_CHARSET.search(content_type)):
        content_type = f"text/xml; charset={declared.group(1).decode('ascii')}"
    text, _ = decode_html(body, content_type)
    return _DECLARATION.sub("", text.lstrip("\ufeff"), count=1)


def parse_xml(body: bytes, parser: etree.XMLParser,
              content_type: str | None = None) -> etree._Element | None:
    """The root element of an XML document (None when nothing parses)."""
    text = decode_xml(body, content_type).lstrip()
    if not text:
        return None
    try:
        return etree.fromstring(text, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
