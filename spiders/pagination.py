"""Finding a listing's next page however the site marks it (plain functions, no Scrapy).

Site spiders know where their own "next" link is; when that selector finds nothing (a
redesign, or markup nobody saw before), :func:`find_next_page` tries the forms seen on
real Chinese government and news sites, in this order:

1. ``<link rel="next">`` / ``<a rel="next">``;
2. a link whose text (or ``title``/``aria-label``) says next — 下一页, 下页, 后页, ›, », >,
   "next" — or whose class says so (``a.next``, ``li.next a``, ``.page-next``). Its URL is
   the ``href`` when it is a real one, else a path in its ``onclick``
   (``queryArticleByCondition(this,'/…/11040-2.html')``), ``tagname`` or ``data-*``
   attribute (``data-url``, ``data-href``, ``data-page``…);
3. a page template with the page number left open — ``'/…/11040-%1.html'`` in a
   ``jumpToPage(…)`` handler, ``data-url-template="/columns/3/page/{page}"`` — filled with
   the current page + 1, when the page tells its total and the next page is within it;
4. a TRS ``createPageHTML(total, current, "index", "html")`` call (``index_1.html`` …);
5. the URL of the current page counted on by one in its own numbering — ``-N.html``,
   ``page/N``, ``?page=N``, ``index_N.html`` — accepted only when the page links to it
   (page 1 has no number: its page 2 is recognised in the page's links).

Every candidate is made absolute against the page URL; a candidate equal to the page
itself, a ``javascript:`` or ``#`` link, or a link to a "上一页"/"首页"/"尾页" is never
taken.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector

#: link texts that mean "next page" (compared after removing spaces)
NEXT_TEXTS = frozenset({
    "下一页", "下页", "后页", "下一頁", "下一页>", "下一页>>", "下一页»", "下一页›", "›", "»",
    ">", ">>", "next", "nextpage", "next»", "next›", "next>", "older", "更多>>",
})
#: link texts that are never the next page, whatever their URL
NOT_NEXT_TEXTS = frozenset({"上一页", "上页", "前页", "首页", "尾页", "末页", "‹", "«", "<", "<<",
                            "prev", "previous", "first", "last"})
_NEXT_CLASS = re.compile(r"(?:^|[\s_-])(?:next|page-?next|nextpage|pagenext)(?:$|[\s_-])", re.I)
#: a quoted path or URL inside a script attribute such as onclick
_QUOTED_URL = re.compile(
    r"""['"]((?:https?:)?/[^'"\s]*|[\w./-]+\.(?:s?html?|jsp|php|aspx?)(?:\?[^'"\s]*)?)['"]"""
)
_DATA_URL_ATTRS = ("tagname", "data-url", "data-href", "data-link", "data-page-url",
                   "data-src", "href-data")
#: elements that may lead to another page
_CLICKABLE = ("//a|//button|//*[@onclick]|//*[@tagname]|//*[@data-url]|//*[@data-href]"
              "|//*[@data-link]|//*[@data-page-url]")
_TEMPLATE_MARKS = ("%1", "{page}", "{{page}}", "{n}", "{pageNo}", "{pagenum}", "[page]")
_TRS_PAGER = re.compile(
    r"createPageHTML\(\s*['\"]?(\d+)['\"]?\s*,\s*['\"]?(\d+)['\"]?\s*,\s*[\"']([^\"']+)[\"']"
    r"\s*,\s*[\"']([A-Za-z]+)[\"']"
)
_TOTAL_PAGES = (
    re.compile(r"共\s*(\d+)\s*页"),
    re.compile(r"/\s*(\d+)\s*页?\s*$"),
    re.compile(r"当前页[:：]\s*\d+\s*/\s*(\d+)"),
)


def _squash(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "").lower()


def _usable(url: str | None) -> bool:
    if not url:
        return False
    lowered = url.strip().lower()
    return not (lowered.startswith(("javascript:", "#", "mailto:", "about:"))
                or lowered in ("", "/"))


def link_target(node: Selector) -> str | None:
    """The URL a link leads to: its ``href``, else a path in ``onclick``, ``tagname`` or a
    ``data-*`` attribute (how script-driven pagers carry it)."""
    attrib = node.attrib
    href = attrib.get("href")
    if _usable(href):
        return href.strip()
    for name in _DATA_URL_ATTRS:
        value = attrib.get(name)
        if _usable(value) and ("/" in value or "." in value) and not value.startswith("["):
            return value.strip()
    for name, value in attrib.items():
        if name.startswith("on") and value:
            match = _QUOTED_URL.search(value)
            if match and _usable(match.group(1)):
                return match.group(1)
    return None


def _text_of(node: Selector) -> str:
    text = " ".join(node.xpath(".//text()").getall())
    if not text.strip():
        text = node.attrib.get("title") or node.attrib.get("aria-label") or ""
        alt = node.xpath(".//img/@alt").get()
        text = text or alt or ""
    return text


def _same_page(candidate: str, page_url: str) -> bool:
    return urlsplit(candidate)._replace(fragment="") == urlsplit(page_url)._replace(fragment="")


def _accept(candidate: str | None, page_url: str) -> str | None:
    if not _usable(candidate):
        return None
    absolute = urljoin(page_url, candidate.strip())
    if urlsplit(absolute).scheme not in ("http", "https") or _same_page(absolute, page_url):
        return None
    return absolute


def next_by_rel(page: Selector, page_url: str) -> str | None:
    """``<link rel="next">`` or ``<a rel="next">``."""
    for node in page.xpath("//link[@rel]|//a[@rel]"):
        if "next" in (node.attrib.get("rel") or "").lower().split():
            found = _accept(link_target(node), page_url)
            if found:
                return found
    return None


def next_by_text(page: Selector, page_url: str) -> str | None:
    """A link (or clickable element) whose text, title or class says "next"."""
    by_class = None
    for node in page.xpath(_CLICKABLE):
        text = _squash(_text_of(node))
        if text in NOT_NEXT_TEXTS:
            continue
        classes = node.attrib.get("class", "") + " " + (node.xpath("../@class").get() or "")
        if text in NEXT_TEXTS or text.startswith("下一页"):
            found = _accept(link_target(node), page_url)
            if found:
                return found
        elif by_class is None and _NEXT_CLASS.search(classes) and not text.isdigit():
            by_class = _accept(link_target(node), page_url)
    return by_class


def total_pages(page: Selector) -> int | None:
    """The page count a pager states ("共12页", "当前页: 1 /408"), if any."""
    text = " ".join(" ".join(page.xpath("//body//text()").getall()).split())
    for pattern in _TOTAL_PAGES:
        for match in pattern.finditer(text):
            return int(match.group(1))
    return None


def next_by_template(page: Selector, page_url: str, current: int) -> str | None:
    """A URL template with the page number open (``'/…/11040-%1.html'``), filled with
    ``current + 1`` while that is within the total the page states (or its arguments)."""
    total = total_pages(page)
    for node in page.xpath("//*[@*]"):
        for name, value in node.attrib.items():
            if not value or not any(mark in value for mark in _TEMPLATE_MARKS):
                continue
            if not (name.startswith(("on", "data-")) or name in ("href", "tagname")):
                continue
            for mark in _TEMPLATE_MARKS:
                if mark not in value:
                    continue
                quoted = r"""['"]([^'"]*""" + re.escape(mark) + r"""[^'"]*)['"]"""
                for raw in re.findall(quoted, value) or [value]:
                    limit = total
                    if name.startswith("on"):  # jumpToPage(event,this,'408','1','/…-%1.html')
                        numbers = [int(n) for n in re.findall(r"['\"](\d+)['\"]", value)]
                        if numbers and limit is None:
                            limit = max(numbers)
                    if limit is not None and current + 1 > limit:
                        return None
                    found = _accept(raw.replace(mark, str(current + 1)), page_url)
                    if found:
                        return found
    return None


def trs_pager(text: str) -> tuple[int, int, str, str] | None:
    """``(total, current, stem, ext)`` of a TRS ``createPageHTML(…)`` call, or None.

    >>> trs_pager('createPageHTML(3, 0, "index", "html");')
    (3, 0, 'index', 'html')
    """
    match = _TRS_PAGER.search(text or "")
    if not match:
        return None
    return int(match.group(1)), int(match.group(2)), match.group(3), match.group(4)


def trs_page_name(stem: str, ext: str, index: int) -> str:
    """File name of page ``index`` (0-based) in a TRS series: ``stem.ext``, ``stem_1.ext``…"""
    return f"{stem}.{ext}" if index == 0 else f"{stem}_{index}.{ext}"


def next_by_trs(page: Selector, page_url: str) -> str | None:
    """The next file of a TRS ``createPageHTML(total, current, stem, ext)`` listing."""
    for script in page.xpath("//script/text()").getall():
        pager = trs_pager(script)
        if pager is None:
            continue
        total, current, stem, ext = pager
        if current + 1 >= total:
            return None
        return _accept(trs_page_name(stem, ext, current + 1), page_url)
    return None


def numbered_successors(page_url: str, current: int) -> list[str]:
    """Where page ``current + 1`` would be under the common numbering schemes."""
    nxt = current + 1
    parts = urlsplit(page_url)
    path, query = parts.path, parts.query
    out: list[str] = []

    def with_path(new_path: str) -> str:
        return urlunsplit(parts._replace(path=new_path, fragment=""))

    pairs = parse_qsl(query, keep_blank_values=True)
    for key in ("page", "p", "pageNo", "pageno", "pn", "pageIndex", "cur_page", "pagenum"):
        if any(k == key for k, _ in pairs):
            new = [(k, str(nxt) if k == key else v) for k, v in pairs]
            out.append(urlunsplit(parts._replace(query=urlencode(new), fragment="")))
    match = re.search(r"/page/(\d+)/?$", path)
    if match:
        out.append(with_path(path[: match.start(1)] + str(int(match.group(1)) + 1)
                             + ("/" if path.endswith("/") else "")))
    else:
        base = path if path.endswith("/") else path + "/"
        if not re.search(r"\.\w+$", path):
            out.append(with_path(base + f"page/{nxt}"))
            out.append(with_path(base + f"page/{nxt}/"))
    match = re.search(r"([-_])(\d+)(\.\w+)$", path)
    if match:
        out.append(with_path(path[: match.start(2)] + str(int(match.group(2)) + 1)
                             + match.group(3)))
    match = re.search(r"/(index|list|default)(\.\w+)$", path)
    if match:  # page 1 of a TRS series: index.html -> index_1.html
        out.append(with_path(path[: match.end(1)] + f"_{current}" + match.group(2)))
        out.append(with_path(path[: match.end(1)] + f"_{nxt}" + match.group(2)))
    if query == "" and not out:
        out.append(urlunsplit(parts._replace(query=urlencode({"page": nxt}), fragment="")))
    else:
        out.append(urlunsplit(parts._replace(
            query=urlencode([*[(k, v) for k, v in pairs if k != "page"], ("page", nxt)]),
            fragment="")))
    return out


def next_by_number(page: Selector, page_url: str, current: int) -> str | None:
    """The current URL counted on by one, when the page links to that URL (a "2" link)."""
    linked: set[str] = set()
    for node in page.xpath(_CLICKABLE):
        if _squash(_text_of(node)) in NOT_NEXT_TEXTS:
            continue
        target = link_target(node)
        if _usable(target):
            linked.add(urljoin(page_url, target.strip()).split("#")[0])
    for candidate in numbered_successors(page_url, current):
        if candidate in linked or candidate.rstrip("/") in {u.rstrip("/") for u in linked}:
            return candidate
    return None


def find_next_page(page: Selector | str, page_url: str, current: int = 1) -> str | None:
    """The absolute URL of the page after ``page_url`` (page number ``current``), or None.

    ``page`` is the listing as a :class:`parsel.Selector` (Scrapy responses are accepted
    too) or as HTML text. See the module docstring for the forms tried and their order.
    """
    if isinstance(page, str):
        page = Selector(text=page)
    elif not isinstance(page, Selector):
        page = Selector(text=page.text)  # a Scrapy TextResponse
    for finder in (
        lambda: next_by_rel(page, page_url),
        lambda: next_by_text(page, page_url),
        lambda: next_by_template(page, page_url, current),
        lambda: next_by_trs(page, page_url),
        lambda: next_by_number(page, page_url, current),
    ):
        found = finder()
        if found:
            return found
    return None
