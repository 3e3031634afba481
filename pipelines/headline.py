"""The article's headline.

The headline is the heading (``<h1>``…``<h6>`` or a ``title``-classed block) that best
matches the page's ``<title>``/``og:title`` and sits with the body rather than in the
masthead, so a site name in ``<h1>`` loses to the real headline; navigation labels
(``阅读下一篇``) and info lines (``来源：… 作者：…``) are never headlines, and such info glued
to a headline is cut off. Used by :mod:`pipelines.extract`.
"""

from __future__ import annotations

import re

from lxml import etree

from pipelines.pagefacts import PageFacts, read_facts, title_parts
from pipelines.treetext import HAN, HEADINGS, classes_of, collapse_spaces, in_chrome, short_text

TITLE_HINT = re.compile(r"title|biaoti|headline|heading|tit\d*\b|bt\d*\b", re.I)
# Navigation labels and list headings: never a headline (also when the next article's title
# follows the label: "阅读下一篇：…").
_NAV_LABEL = re.compile(
    r"^\s*[\[【(（]?\s*(?:阅读|查看)?(?:上一篇|下一篇|上一条|下一条|上篇|下篇|相关阅读|相关新闻|相关链接"
    r"|相关文章|相关报道|延伸阅读|推荐阅读|热点推荐|热门推荐|热门文章|猜你喜欢|当前位置|您的位置|你的位置"
    r"|您现在的位置|所在位置)"
    # Short generic labels only when they are the whole text or followed by a separator.
    r"|^\s*(?:更多|返回|首页|打印|关闭|分享|位置)\s*(?:$|[:：>»+]|本页|窗口|顶部|列表|到)"
)
# Info labels: where they start, the headline has ended ("标题 来源：新华社 作者：…").
INFO_START = re.compile(
    r"(?:来源|稿源|作者|发布时间|发布日期|发表时间|更新时间|时间|日期|责任编辑|编辑|浏览次数|浏览|"
    r"点击数|点击|阅读数|字号)\s*[:：]|(?<=\S)\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)"
)


def headline_text(text: str) -> str | None:
    """``text`` as a headline, with info glued after it cut off; None for a navigation label,
    an info line or a fragment."""
    text = collapse_spaces(text)
    if _NAV_LABEL.match(text):
        return None
    match = INFO_START.search(text)
    if match:
        text = text[: match.start()].rstrip(" |丨:：-—_")
    if len(text) < 4 or len(HAN.findall(text)) < 4:
        return None
    return text


def headline(
    root: etree._Element,
    body: etree._Element | None,
    facts: PageFacts | None = None,
    *,
    skip: set[etree._Element] | frozenset = frozenset(),
) -> tuple[etree._Element | None, str | None]:
    """(element, text) of the headline: the heading (or title-classed block) that best
    matches the page's ``<title>``/``og:title`` and sits with the body, not in the masthead;
    else ``og:title`` or the ``<title>`` part that is not the site's name."""
    facts = facts or read_facts(root)
    candidates: list[tuple[etree._Element | None, str]] = []
    seen: set[str] = set()
    for el in root.iter("h1", "h2", "h3", "h4", "h5", "h6", "div", "p", "span", "td", "strong",
                        "b", "font"):
        if el in skip or (el.tag not in HEADINGS and not TITLE_HINT.search(classes_of(el))):
            continue
        raw = short_text(el, 300)
        text = headline_text(raw) if raw else None
        if text and len(text) <= 80 and text not in seen:
            seen.add(text)
            candidates.append((el, text))
    meta_title = headline_text(facts.meta_title) if facts.meta_title else None
    if meta_title and meta_title not in seen:
        # A headline the CMS states in <meta> but prints in an unmarked block.
        candidates.append((None, meta_title))
    best = best_title(root, candidates, body=body, facts=facts)
    if best:
        return best
    sites = facts.site_names | _masthead_names(root)
    for part in title_parts(facts.page_title):
        text = headline_text(part)
        if text and text not in sites and not _site_like(text):
            return None, text
    return _closest_before(root, body, [(el, t) for el, t in candidates
                                        if el is not None and t not in sites])


def _closest_before(
    root: etree._Element,
    body: etree._Element | None,
    candidates: list[tuple[etree._Element, str]],
) -> tuple[etree._Element | None, str | None]:
    """Without any title to match: the heading or title-classed block printed closest
    before the body (within 60 elements), not in the masthead."""
    if body is None:
        return None, None
    order = {el: i for i, el in enumerate(root.iter())}
    start = order.get(body, 0)
    before = [(start - order[el], el, text) for el, text in candidates
              if el in order and 0 < start - order[el] <= 60 and not in_chrome(el)]
    if not before:
        return None, None
    _, el, text = min(before, key=lambda item: item[0])
    return el, text


def _site_like(text: str) -> bool:
    """A short name ending like a site's (``…网``, ``…政府``, ``…门户网站``)."""
    return len(text) <= 14 and bool(re.search(r"(?:网|网站|门户|政府|官网|频道|首页|平台)$", text))


def _masthead_names(root: etree._Element) -> set[str]:
    names = set()
    for el in root.iter("h1", "h2", "a", "div", "span"):
        if (el.tag in ("h1", "h2") and in_chrome(el)) or "logo" in classes_of(el).lower():
            text = short_text(el, 60)
            if text and text.strip():
                names.add(collapse_spaces(text))
    return names


def _near(el: etree._Element, body: etree._Element) -> bool:
    """True when ``el`` sits in the body's parent or grandparent (the article block)."""
    ancestors = set(el.iterancestors())
    block = body.getparent()
    for _ in range(2):
        if block is None or block.tag in ("body", "html"):
            return False
        if block in ancestors:
            return True
        block = block.getparent()
    return False


def best_title(
    root: etree._Element,
    candidates: list[tuple[etree._Element | None, str]] | list[str],
    *,
    body: etree._Element | None = None,
    facts: PageFacts | None = None,
) -> tuple[etree._Element | None, str] | None:
    """The candidate that best matches the page's titles, near the body, not in the masthead.

    The site name is the last part of ``<title>`` ("标题_频道_网站"), ``og:site_name`` and
    often the masthead's ``<h1>``: such a candidate counts little.
    """
    facts = facts or read_facts(root)
    pairs = [(None, c) if isinstance(c, str) else c for c in candidates]
    meta_title = facts.meta_title
    page_title = facts.page_title
    parts = title_parts(page_title)
    sites = facts.site_names
    best, best_score = None, 0.0
    for el, cand in pairs:
        score = 0.0
        # A block printing the headline and then a subtitle or links ("标题 副题 在线荐稿"):
        # the part the page's titles state is the headline.
        for stated in (meta_title, parts[0] if parts else ""):
            if (len(stated) >= 6 and cand.startswith(stated) and cand != stated
                    and not page_title.startswith(cand)):
                cand = stated
                break
        if cand in sites:
            score = 0.0
        elif meta_title and cand == meta_title:
            score = 3.5
        elif page_title and (cand == page_title or (parts and cand == parts[0])):
            score = 3.0
        elif page_title and cand in page_title:
            score = 2.0
        elif any(t and t.startswith(cand[: max(4, len(cand) // 2)])
                 for t in (page_title, meta_title)):
            score = 1.0
        if el is not None:
            if body is not None and _near(el, body):
                score += 1.5
            if in_chrome(el):
                score -= 2.0
            if el.tag in HEADINGS:
                score += 0.2
        if cand in sites or (_site_like(cand) and score < 3.0):
            score = min(score, 0.5)
        score += len(cand) / 1000  # the fuller of two equally good headlines
        if score > best_score:
            best, best_score = (el, cand), score
    return best if best_score >= 1.0 else None
