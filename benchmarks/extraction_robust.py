"""Robustness of presswatch's extraction: the real-page corpus under markup perturbations.

    python benchmarks/extraction_robust.py --real DIR
        [--split tune|heldout|fresh|…|fresh8|opened] [--only NAME,...] [-v] [--json]

The opened splits' pages (``benchmarks/real/fill.py --split X --out DIR``) are changed in
ways that keep their labels true — the headline, date, first and last sentence and length a
reader sees stay the same — and scored with the same rules as ``benchmarks/extraction.py
--real`` (``benchmarks/real/scoring.py``), side by side with the unperturbed page. What it
measures is how much of the extractor's score leans on the markup it was tuned on (class
names, ``<meta>``, ``<title>``, where the date line sits, the date's format, the charset
declaration, quiet chrome) rather than on what a reader sees.

The perturbations (``--only`` picks some by name; ``bare`` combines the hardest four):

- ``roundtrip``: parsed and written back by lxml, nothing changed (the control: every other
  perturbation goes through the same serialisation).
- ``noclass`` / ``renamed``: every ``class`` and ``id`` removed / renamed to a meaningless
  token.
- ``nostated``: no ``<meta>``, JSON-LD, scripts, ``<link rel=canonical>`` or saved-from
  comment (the page states nothing outside its visible text).
- ``title-site-first`` / ``title-site-last`` / ``title-channel`` / ``notitle``: ``<title>``
  rewritten as ``站名_标题`` / ``标题_站名`` / a channel's name only, or removed (with
  ``nostated``, so ``og:title`` does not stand in).
- ``headings-plain``: every ``h1``…``h6`` becomes a ``<div>`` set bold and large (no
  heading tag left), with ``noclass``.
- ``logo-h1``: the site's name printed in an ``<h1>`` at the top of ``<body>``.
- ``wrapped``: the content of ``<body>`` wrapped in six more levels (``div``, ``table``).
- ``date-below-headline`` / ``date-in-byline`` / ``date-after-body``: the printed date
  line moved right under the headline / into a byline line under it / after the text's last
  block (with ``nostated``: otherwise ``<meta>`` answers).
- ``date-ymd-cn`` / ``date-dotted`` / ``date-slashed`` / ``date-seconds`` /
  ``date-fullwidth`` / ``date-cn-numerals``: every printed form of the labelled day rewritten
  as ``2024年6月13日 14:54``, ``2024.06.13 14:54``, ``2024/6/13 14:54``,
  ``2024-06-13 14:54:00``, full-width digits, ``二〇二四年六月十三日`` (with ``nostated``);
  ``date-yearless``: as ``06-13 14:54`` with the stated dates kept (the year is theirs;
  only on pages that state a date of that year somewhere else: ``<meta>``, JSON-LD, a
  script, another printed date).
- ``gbk-undeclared`` / ``gbk-meta-late``: the page in GBK (GB18030) bytes with no charset
  declared / with ``<meta charset=gbk>`` after 2 KB of head.
- ``noise`` / ``noise-stated-gone``: a navigation list, a related-links list and a readers'
  comment block full of other dates and short headline-like lines, and a copyright footer,
  printed at the top and bottom of ``<body>`` and right beside the article's container.
- ``paginated``: a pager (``上一页 1 2 3 下一页``, ``第1页 共3页``) after the text.
- ``sections``: a WeChat editor's layout — every block of the article's container wrapped
  in one to four ``<section>`` levels of its own (the first apart from the rest), with
  ``noclass``.
- ``furniture``: a credit line (``文｜本网记者 李明``) over the text's first block, a site's
  promotion lines (``【某某即时】：…``, ``有话要说投稿…``) under its last, and a column of six
  teasers (a linked headline over a summary cut off with ``...``, a ``更多`` link) beside
  the container.
- ``classes-date-title`` / ``classes-head-chrome`` / ``classes-body-info`` /
  ``classes-related-date`` / ``classes-all``: class words that say the wrong thing, as real
  templates use them (with ``nostated``): the date line classed ``title``; the headline in a
  ``<div class="header top">``; the article's container and its ancestors classed
  ``info source date``; ``noise`` with its lists classed ``date-list``, their entries
  ``title`` and their dates ``time``; all four at once.
- ``widget-classed``: the article's container and every wrapper up to ``<body>`` classed
  with a widget's word instead of their own class and id (``share-box``, ``comment_wrap``,
  ``page-footer``, ``caption``, ``nav``, ``ad``, ``tool``, ``info``…; the words rotate per
  page and per level): a block holding the text must not be thrown away for its class.
- ``unclosed-chrome``: a ``<nav>``, ``<aside>`` or ``<footer>`` with a menu opened at the
  top of ``<body>`` and never closed, so that it holds the whole page (the tag rotates
  per page): a block holding the text must not be thrown away for its tag.
- ``split-blocks``: the article's container's blocks (from the text's first to its last)
  dealt into three to five runs, each in its own chain of one to three bare ``<div>``
  levels, a picture block without text between runs, with ``noclass``: a text split into
  sibling blocks that share no class word must be gathered by its structure and text.
- ``layout-cell``: the article's container moved into the right ``<td>`` of a layout table
  beside a left ``<td>`` of twenty menu links, with ``noclass`` (an old government template).
- ``date-stamps``: dates that are not the page's printed right after the article's
  container with no class or id (with ``nostated``): a live clock's boxes showing a default
  day years before beside ``00:00``, a print bar's ``打印时间：`` stamp, and the previous
  and next items' links with their dates (``上一篇：<a>…</a> 2024-06-10``).
- ``bare``: ``noclass`` + ``nostated`` + ``notitle`` + ``noise``.

Saved and archived copies (the tools' shapes — element ids, comment lines, URL forms, date
formats — with markup and texts written here; the copy is made nine days to two years after
the labelled day, so its dates are never the page's):

- ``wayback``: as the Wayback Machine replays a capture: its scripts, inline ``__wm.init`` /
  ``__wm.wombat(url, "<14-digit timestamp>", …)`` and stylesheets at the top of ``<head>``
  (``End Wayback Rewrite JS Include``), its toolbar at the top of ``<body>`` between the
  ``BEGIN``/``END WAYBACK TOOLBAR INSERT`` comments (``#wm-ipp-base``, hidden until its script
  shows it: the page's address in a form, ``N captures``, the captures' span
  ``03 Jul 2020 - 12 Nov 2026``, month/day/year cells, ``About this capture``, ``COLLECTED
  BY``, ``TIMESTAMPS``, and ``#wm-ipp-print``: ``The Wayback Machine - https://web.archive.
  org/web/<timestamp>/<url>``), every ``href``/``src`` rewritten to ``/web/<timestamp>
  [im_|js_|cs_]/<absolute url>``, and after ``</html>`` the ``FILE ARCHIVED ON hh:mm:ss Mon
  d, yyyy AND RETRIEVED FROM THE INTERNET ARCHIVE ON …`` and ``playback timings`` comments.
- ``singlefile``: as SingleFile saves it: the DOM the page's scripts left (``rendered``,
  when Chromium is there) without the elements not displayed (``display: none`` as the
  browser computes it), then scripts removed (JSON-LD kept), stylesheets inlined as
  ``<style>``, pictures as ``data:`` URIs, links made absolute, and its comment first in
  ``<html>``: ``Page saved with SingleFile``, ``url: …``, ``saved date: Sat Jul 20 2024
  11:12:45 GMT+0800 (中国标准时间)``. The date counts only where the copy prints it (a date
  only a removed script held is gone for a reader too).
- ``rendered``: the page (as ``roundtrip`` writes it, UTF-8 declared) loaded from
  ``file://`` in headless Chromium (Playwright) with every other request refused, its
  scripts run, and its DOM written back (``page.content()``): what ``chromium --headless
  --dump-dom`` or a browser's "save as" of the live DOM keeps — scripts' ``document.write``
  output, a live clock's today, elements scripts built or emptied. Left out without
  Chromium, and on a page whose scripts took the text's first or last words away.
- ``cached``: as a search engine's cache serves it: ``<base href>`` and the header's styles
  in ``<head>``, and over the page (moved into a ``<div style="position:relative">``) the
  ``…google-cache-hdr`` header: ``This is Google's cache of <url>. It is a snapshot of the
  page as it appeared on 20 Jul 2024 03:12:45 GMT. The current page could have changed in
  the meantime.``, its version links and a find tip.
- ``wayback-nostated`` / ``cached-nostated``: the same copies of the page with ``nostated``
  first (no ``<meta>``, JSON-LD, scripts or canonical link of its own): the archive's dates
  stand beside the page's printed date alone, and on a page printing none they must give no
  date either.

Mobile instant copies (the formats' rules as their specifications state them; markup written
here):

- ``amp`` / ``mip``: the page as its AMP (Accelerated Mobile Pages) / MIP (Baidu's Mobile
  Instant Pages) copy: ``<html amp>`` / ``<html mip>``; in ``<head>`` a viewport line, a
  canonical link (the page's own, else its address), AMP's runtime script and
  ``amp-boilerplate`` styles / MIP's ``mip.css``, and the page's own style sheets as the
  one ``<style amp-custom>`` / ``<style mip-custom>``; no script but JSON-LD and JSON data
  (MIP's ``mip.js`` at the end of ``<body>``); ``<img>``, ``<video>``, ``<audio>``,
  ``<iframe>`` as ``<amp-img>``/``<mip-img>`` and so on (a lazy picture's ``data-src`` as
  its ``src``); no ``<frame>``, ``<object>``, ``<embed>`` or ``<base>``; no event handler;
  each inline ``style`` a class of the custom sheet (a block hidden inline stays hidden);
  links opening a new tab (MIP's ``data-type="mip"``); AMP's forms posting by
  ``action-xhr``, MIP's ``<mip-form>`` without ``<select>``. As for ``singlefile``, the date
  counts only where the copy prints it, and a page whose text only a script printed is
  left out.

- ``print``: the page's print version, as a site's ``打印本页`` link opens it: ``<body
  onload="window.print()">`` holding a bar of ``【打印本页】【关闭窗口】`` links (hidden by a
  ``media="print"`` sheet), a centred table of the headline's block, the date line's block
  and the text's block (each once, in page order), and a ``本文网址：`` line with the page's
  address; ``<head>`` as it was. Only where the headline (not a link's) and the text's block
  are found, and the text is not loose in ``<body>``; the date counts where the copy prints
  it.

A field counts only where the perturbed page still shows the answer to a reader: without
``<title>`` and ``<meta>`` the headline is scored only on pages that print it, and the date
only on pages that print the labelled day (``Y-M-D`` in some form) in their visible text;
a date move counts only on pages where a short date line was found. The table gives, per
perturbation, the share right per field and, beside it, the share on the same pages
unperturbed. No page text is printed or written: ``-v`` lists page ids and fields.

A held-out split (``HELD_OUT`` in ``benchmarks/real/scoring.py``; at present none: fresh20
was scored on 2026-12-04 and opened, as fresh11 … fresh19 were before it) is refused, and so is
``all``: a held-out split is scored once, on main, by the coordinator.
Every opened split (``OPENED``: ``tune``, ``heldout``, ``fresh``, ``fresh2``, ``fresh3``,
``fresh4``, ``fresh5``, ``fresh6``, ``fresh7``, ``fresh8``, ``fresh9``, ``fresh10``,
``fresh11``, ``fresh12``, ``fresh13``, ``fresh14``, ``fresh15``, ``fresh16``,
``fresh17``, ``fresh18``, ``fresh19``, ``fresh20``) may be perturbed.
"""

from __future__ import annotations

import argparse
import atexit
import base64
import copy
import hashlib
import importlib.util
import json
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urljoin

from lxml import etree, html

from pipelines.clean import clean_document

try:  # run as a script: benchmarks/real/ sits beside it
    from real.scoring import FIELDS, OPENED, load_labels, neutral_decode, score_page, squeeze
except ModuleNotFoundError:  # imported as benchmarks.extraction_robust (the tests)
    from benchmarks.real.scoring import (
        FIELDS,
        OPENED,
        load_labels,
        neutral_decode,
        score_page,
        squeeze,
    )

SITE = "华夏资讯网"
# Characters lxml refuses in a text or attribute (C0 controls but tab, newline, return).
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
CHANNEL = "通知公告"

# ---------------------------------------------------------------- page model and helpers


class Page:
    """One page of the corpus with its label, parsed once; perturbations work on copies."""

    def __init__(self, page_id: str, data: bytes, label: dict) -> None:
        self.id = page_id
        self.data = data
        self.label = label
        text = neutral_decode(data)
        self.root = _parse(text)
        spaced = _visible_text(self.root, squeezed=False)
        visible = squeeze(spaced)
        heads = {squeeze(label["headline"]), squeeze(label.get("headline_alt", ""))} - {""}
        self.headline_printed = any(h in visible for h in heads)
        self.day = label["published"][:10] if label.get("published") else None
        self.clock = label["published"][11:16] if "T" in (label.get("published") or "") else None
        self.day_printed = bool(self.day and _day_pattern(self.day).search(spaced))


def _parse(text: str) -> etree._Element:
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    return html.document_fromstring(text or "<html><body></body></html>")


def _visible_text(root: etree._Element, squeezed: bool = True) -> str:
    """The text a reader sees in ``<body>``: squeezed (the scoring's form), or with runs of
    whitespace kept as one space (so a date and its clock stay apart)."""
    tree = copy.deepcopy(root)
    etree.strip_elements(tree, "script", "style", "title", "noscript", etree.Comment,
                         with_tail=False)
    body = tree.find("body")
    text = " ".join((body if body is not None else tree).itertext())
    return squeeze(text) if squeezed else re.sub(r"\s+", " ", text)


def _day_pattern(day: str) -> re.Pattern[str]:
    """The labelled day printed as Y-M-D with any separator (``2024-06-13``,
    ``2024年6月13日``, ``2024/6/13``, ``2024.06.13``), optionally followed by a clock."""
    y, m, d = (int(x) for x in day.split("-"))
    return re.compile(
        rf"(?<!\d){y}\s*[-/.年]\s*0?{m}\s*[-/.月]\s*0?{d}(?!\d)\s*日?"
        r"(?:[\sT,]*(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?)?")


def _serialise(root: etree._Element, encoding: str = "utf-8", declare: bool = True) -> bytes:
    """The tree as bytes in ``encoding``, its charset declarations replaced by one (or
    none)."""
    for meta in root.iter("meta"):
        if meta.get("charset") is not None or "charset" in (meta.get("content") or "").lower():
            meta.getparent().remove(meta)
    head = root.find("head")
    if declare:
        if head is None:
            head = etree.Element("head")
            root.insert(0, head)
        meta = etree.Element("meta", charset=encoding)
        head.insert(0, meta)
    text = html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")
    return text.encode("gb18030" if encoding == "gbk" else encoding, "replace")


def _body(root: etree._Element) -> etree._Element:
    body = root.find("body")
    if body is None:
        body = etree.SubElement(root, "body")
    return body


def _find_text(root: etree._Element, needle: str, last: bool = False) -> etree._Element | None:
    """The deepest element of ``<body>`` whose squeezed text holds ``needle`` (the first
    such, or the last)."""
    body = _body(root)
    if not needle or needle not in squeeze("".join(body.itertext())):
        return None
    el = body
    while True:
        children = [c for c in el if isinstance(c.tag, str)
                    and needle in squeeze("".join(c.itertext()))]
        if not children:
            return el
        el = children[-1] if last else children[0]


_BLOCKS = {"p", "div", "td", "li", "table", "tr", "section", "article", "h1", "h2", "h3", "h4",
           "h5", "h6", "center", "blockquote", "dd", "dl", "ul", "ol", "pre", "form"}


def _block_of(el: etree._Element) -> etree._Element:
    while el.tag not in _BLOCKS and el.getparent() is not None \
            and el.getparent().tag != "body":
        el = el.getparent()
    return el


def _fitted(parent: etree._Element, new: etree._Element) -> etree._Element:
    """``new`` wrapped so that ``parent`` may hold it: inside a ``tr`` in a cell, inside a
    list in an item, inside a table in a row and cell."""
    if parent.tag == "tr":
        cell = etree.Element("td")
        cell.append(new)
        return cell
    if parent.tag in ("ul", "ol"):
        item = etree.Element("li")
        item.append(new)
        return item
    if parent.tag in ("table", "tbody"):
        row = etree.Element("tr")
        etree.SubElement(row, "td").append(new)
        return row
    return new


def _insert_after(anchor: etree._Element, new: etree._Element) -> None:
    """``new`` as the next sibling of ``anchor`` (wrapped to fit its parent)."""
    parent = anchor.getparent()
    if parent is None:
        return
    new = _fitted(parent, new)
    new.tail = anchor.tail
    anchor.tail = None
    parent.insert(parent.index(anchor) + 1, new)


def _insert_before(anchor: etree._Element, new: etree._Element) -> None:
    """``new`` as the previous sibling of ``anchor`` (wrapped to fit its parent)."""
    parent = anchor.getparent()
    if parent is not None:
        parent.insert(parent.index(anchor), _fitted(parent, new))


def _detach(el: etree._Element) -> None:
    """Remove ``el`` keeping its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    previous = el.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)
    el.tail = None


def _headline_el(page: Page, root: etree._Element) -> etree._Element | None:
    for text in (page.label["headline"], page.label.get("headline_alt")):
        if text:
            el = _find_text(root, squeeze(text))
            if el is not None and len(squeeze("".join(el.itertext()))) <= len(squeeze(text)) + 40:
                return el
    return None


def _container(page: Page, root: etree._Element) -> etree._Element | None:
    """The lowest element holding both anchors of the body."""
    first = _find_text(root, squeeze(page.label["start"]))
    last = _find_text(root, squeeze(page.label["end"]), last=True)
    if first is None or last is None:
        return None
    ancestors = [first, *first.iterancestors()]
    chain = {last, *last.iterancestors()}
    return next((el for el in ancestors if el in chain), None)


def _date_line(page: Page, root: etree._Element) -> etree._Element | None:
    """The short element printing the labelled day (the one nearest the headline)."""
    if not page.day:
        return None
    pattern = _day_pattern(page.day)
    found = []
    for el in _body(root).iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "title"):
            continue
        text = re.sub(r"\s+", " ", "".join(el.itertext())).strip()
        if len(text) <= 80 and pattern.search(text) and \
                not any(pattern.search(re.sub(r"\s+", " ", "".join(c.itertext())))
                        for c in el if isinstance(c.tag, str)):
            found.append(el)
    if not found:
        return None
    head = _headline_el(page, root)
    if head is None:
        return found[0]
    order = {el: i for i, el in enumerate(root.iter())}
    return min(found, key=lambda el: abs(order[el] - order.get(head, 0)))


# ---------------------------------------------------------------- perturbations
# Each takes (page, root copy) and returns the page's bytes, or None when it does not apply.


def _strip_stated(root: etree._Element) -> None:
    for el in list(root.iter("meta", "script", "link", etree.Comment)):
        if el.tag == "link" and (el.get("rel") or "").lower() != "canonical":
            continue
        _detach(el)


def _noclass(root: etree._Element) -> None:
    for el in root.iter():
        if isinstance(el.tag, str):
            el.attrib.pop("class", None)
            el.attrib.pop("id", None)


def _renamed(root: etree._Element) -> None:
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("class", "id"):
            value = el.get(attr)
            if value is not None:
                names = [f"k{hashlib.sha1(v.encode()).hexdigest()[:6]}" for v in value.split()]
                el.set(attr, " ".join(names) or "k0")


def _set_title(root: etree._Element, text: str | None) -> None:
    for el in list(root.iter("title")):
        _detach(el)
    if text is None:
        return
    head = root.find("head")
    if head is None:
        head = etree.Element("head")
        root.insert(0, head)
    title = etree.SubElement(head, "title")
    title.text = text


def _noise_blocks(page: Page, where: str) -> list[etree._Element]:
    """Chrome full of other dates and short headline-like lines: a nav list, related links,
    readers' comments with their dates, a copyright footer."""
    base = date.fromisoformat(page.day) if page.day else date(2024, 6, 13)
    other = [date.fromordinal(base.toordinal() + k) for k in (-41, -3, 2, 5, -400)]
    heads = ["国务院常务会议部署稳就业工作", "全省春季农业生产工作会议召开",
             "市场监管部门开展专项检查行动", "国家统计局发布最新经济数据",
             "关于开展安全生产大检查的通知"]
    blocks = []
    nav = etree.Element("div")
    h = etree.SubElement(nav, "h3")
    h.text = "热点新闻" if where == "top" else "相关新闻"
    ul = etree.SubElement(nav, "ul")
    for i, (title, day) in enumerate(zip(heads, other, strict=False)):
        li = etree.SubElement(ul, "li")
        a = etree.SubElement(li, "a", href=f"/news/{day:%Y%m}/t{day:%Y%m%d}_{i}.html")
        a.text = title
        span = etree.SubElement(li, "span")
        span.text = f"{day:%Y-%m-%d}" if i % 2 else f"[{day:%m-%d}]"
    blocks.append(nav)
    if where == "top":
        stamp = etree.Element("div")
        stamp.text = f"{other[2]:%Y年%m月%d日} 欢迎访问{SITE}"
        blocks.insert(0, stamp)
        menu = etree.Element("p")
        for word in ("首页", "要闻", "政务公开", "办事服务", "互动交流"):
            a = etree.SubElement(menu, "a", href="/")
            a.text = word
            a.tail = " | "
        blocks.insert(0, menu)
    else:
        comments = etree.Element("div")
        h = etree.SubElement(comments, "h4")
        h.text = "网友评论"
        for k, day in enumerate(other[2:4]):
            p = etree.SubElement(comments, "p")
            p.text = f"网友{k + 1} {day:%Y-%m-%d} 1{k}:2{k}:05"
            q = etree.SubElement(comments, "p")
            q.text = "说得很好，希望继续关注后续进展。"
        blocks.append(comments)
        strong = etree.Element("p")
        b = etree.SubElement(strong, "strong")
        b.text = "扫码关注我们的公众号"
        blocks.append(strong)
        footer = etree.Element("div")
        footer.text = (f"Copyright © 2003-{base.year + 1} {SITE} 版权所有 主办单位：华夏资讯中心 "
                       "京ICP备12345678号 地址：北京市某某路1号")
        blocks.append(footer)
    return blocks


def _add_noise(page: Page, root: etree._Element) -> None:
    body = _body(root)
    for block in reversed(_noise_blocks(page, "top")):
        block.tail = None
        body.insert(0, block)
    for block in _noise_blocks(page, "bottom"):
        body.append(block)
    box = _container(page, root)
    if box is not None and box is not body and box.getparent() is not None:
        side = _noise_blocks(page, "bottom")[1]  # related links beside the text
        _insert_after(box, side)
        lead = _noise_blocks(page, "top")[-1]
        _insert_before(box, lead)


def _paginate(page: Page, root: etree._Element) -> bool:
    last = _find_text(root, squeeze(page.label["end"]), last=True)
    if last is None:
        return False
    pager = etree.Element("p")
    for word in ("上一页", "1", "2", "3", "下一页", "尾页"):
        a = etree.SubElement(pager, "a", href=f"?page={word}")
        a.text = word
        a.tail = " "
    count = etree.Element("div")
    count.text = "第1页 共3页"
    block = _block_of(last)
    _insert_after(block, count)
    _insert_after(block, pager)
    return True


def _wrap(root: etree._Element) -> None:
    body = _body(root)
    inner = etree.Element("div")
    inner.text, body.text = body.text, None
    for child in list(body):
        inner.append(child)
    outer = etree.SubElement(body, "div")
    table = etree.SubElement(outer, "table")
    td = etree.SubElement(etree.SubElement(etree.SubElement(table, "tbody"), "tr"), "td")
    d1 = etree.SubElement(td, "div")
    d2 = etree.SubElement(etree.SubElement(d1, "div"), "div")
    d2.append(inner)


_CN_DIGITS = "〇一二三四五六七八九"


def _cn_number(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n] if n else "〇"
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def _formatter(kind: str) -> Callable[[int, int, int, str | None], str]:
    def fmt(y: int, m: int, d: int, clock: str | None) -> str:
        if kind == "ymd-cn":
            return f"{y}年{m}月{d}日" + (f" {clock}" if clock else "")
        if kind == "dotted":
            return f"{y}.{m:02d}.{d:02d}" + (f" {clock}" if clock else "")
        if kind == "slashed":
            return f"{y}/{m}/{d}" + (f" {clock}" if clock else "")
        if kind == "seconds":
            return f"{y}-{m:02d}-{d:02d}" + (f" {clock}:00" if clock else "")
        if kind == "fullwidth":
            text = f"{y}-{m:02d}-{d:02d}" + (f" {clock}" if clock else "")
            return text.translate(str.maketrans("0123456789-: ", "０１２３４５６７８９－：　"))
        if kind == "cn-numerals":
            return "".join(_CN_DIGITS[int(c)] for c in str(y)) + \
                f"年{_cn_number(m)}月{_cn_number(d)}日"
        if kind == "yearless":
            return f"{m:02d}-{d:02d}" + (f" {clock}" if clock else "")
        raise ValueError(kind)
    return fmt


def _reformat_dates(page: Page, root: etree._Element, kind: str) -> bool:
    """Every printed form of the labelled day rewritten in ``kind``; True when one was."""
    if not page.day_printed:
        return False
    pattern = _day_pattern(page.day)
    y, m, d = (int(x) for x in page.day.split("-"))
    fmt = _formatter(kind)
    changed = False

    def repl(match: re.Match[str]) -> str:
        nonlocal changed
        changed = True
        clock = f"{int(match.group(1)):02d}:{match.group(2)}" if match.group(1) else None
        return fmt(y, m, d, clock)

    def rewrite(text: str) -> str | None:
        """``text`` with the day rewritten, None when it holds no printed form of it. A
        control character the parser kept in a text node (lxml refuses to write one back)
        is dropped from the rewritten text."""
        new = pattern.sub(repl, text)
        return None if new == text else _NOT_XML.sub("", new)

    for el in _body(root).iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        if el.text and (new := rewrite(el.text)) is not None:
            el.text = new
        if el.tail and el is not _body(root) and (new := rewrite(el.tail)) is not None:
            el.tail = new
    return changed


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _move_date(page: Page, root: etree._Element, where: str) -> bool:
    line = _date_line(page, root)
    if line is None:
        return False
    text = re.sub(r"\s+", " ", "".join(line.itertext())).strip()
    if where == "after-body":
        last = _find_text(root, squeeze(page.label["end"]), last=True)
        if last is None or last is line or line in last.iterancestors():
            return False
        _detach(line)
        new = etree.Element("p")
        new.text = text
        _insert_after(_block_of(last), new)
        return True
    head = _headline_el(page, root)
    if head is None or head is line or line in head.iterancestors() \
            or head in line.iterancestors():
        return False
    _detach(line)
    new = etree.Element("p" if head.tag not in ("span", "font", "b", "strong", "a") else "span")
    new.text = text if where == "below-headline" else f"作者：李明 编辑：王芳 {text} 来源：本网"
    _insert_after(head, new)
    return True


def _headings_plain(root: etree._Element) -> None:
    for el in root.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        el.tag = "div"
        el.set("style", "font-weight:bold;font-size:22px")


def _logo_h1(root: etree._Element) -> None:
    h1 = etree.Element("h1")
    a = etree.SubElement(h1, "a", href="/")
    a.text = SITE
    _body(root).insert(0, h1)


def _sections(page: Page, root: etree._Element) -> bool:
    """A WeChat editor's layout: every block of the body's container wrapped in a chain of
    one to four ``<section>`` elements of its own, the first apart from the rest."""
    box = _container(page, root)
    if box is None:
        return False
    blocks = [c for c in box if isinstance(c.tag, str) and c.tag in ("p", "div", "section")]
    if len(blocks) < 2:
        return False
    for k, block in enumerate(blocks):
        outer = inner = etree.Element("section")
        for _ in range(k % 4):
            inner = etree.SubElement(inner, "section")
        block.addprevious(outer)
        inner.append(block)  # its tail text moves with it
    return True


_TEASERS = [
    ("国务院常务会议部署稳就业工作",
     "会议指出，要坚持把稳就业放在更加突出的位置，进一步加大对重点群体的帮扶力度，"),
    ("全省春季农业生产工作会议召开",
     "会议要求各地抓紧抓实春耕备耕各项工作，确保粮食播种面积稳定，农资供应充足，"),
    ("市场监管部门开展专项检查行动",
     "本次专项检查重点针对食品、药品和特种设备等领域，将持续到年底，对发现的问题"),
    ("国家统计局发布最新经济数据",
     "数据显示，上月规模以上工业增加值同比增长，社会消费品零售总额继续保持增长势头，"),
    ("关于开展安全生产大检查的通知",
     "各单位要高度重视安全生产工作，认真组织开展自查自纠，对排查出的隐患要建立台账，"),
    ("城市更新项目有序推进",
     "今年以来，全市城市更新项目按计划推进，老旧小区改造已开工一百余个，涉及居民"),
]
_PROMOTIONS = ["【华夏即时】：最有料的影音频道", "【华夏论坛】：最新评论每日总览",
               "有话要说投稿「华夏论坛」", "加入华夏资讯粉丝团"]


def _furniture(page: Page, root: etree._Element) -> bool:
    """What sites print around a story: a credit line over its first paragraph, promotion
    lines under its last, and a column of teasers of other stories (a linked headline over a
    summary cut off with "...", then a "更多" link) beside its container."""
    box = _container(page, root)
    first = _find_text(root, squeeze(page.label["start"]))
    last = _find_text(root, squeeze(page.label["end"]), last=True)
    if box is None or first is None or last is None or box.getparent() is None:
        return False
    credit = etree.Element("p")
    credit.text = "文｜本网记者 李明"
    _insert_before(_block_of(first), credit)
    anchor = _block_of(last)
    for text in reversed(_PROMOTIONS):
        line = etree.Element("p")
        line.text = text
        _insert_after(anchor, line)
    column = etree.Element("div")
    ul = etree.SubElement(column, "ul")
    for k, (title, summary) in enumerate(_TEASERS):
        li = etree.SubElement(ul, "li")
        a = etree.SubElement(li, "a", href=f"/news/{k}.html")
        a.text = title
        etree.SubElement(li, "br").tail = None
        span = etree.SubElement(li, "span")
        span.text = summary + "..."
        more = etree.SubElement(li, "a", href=f"/news/{k}.html")
        more.text = "更多"
    _insert_after(box, column)
    return True


def _add_class(el: etree._Element, words: str) -> None:
    el.set("class", f"{el.get('class', '')} {words}".strip())


def _misleading_classes(page: Page, root: etree._Element, kind: str) -> bool:
    """Class words that say the wrong thing about a block, as real templates use them: the
    date line classed ``title`` (``tit1``, ``news_bt1``: a CMS numbers the lines under its
    title), the headline inside a ``header``/``top``-classed box, the article's container
    and its ancestors classed ``info source date``, related links classed ``date``/``time``
    with ``title``-classed entries. True when the page had what ``kind`` changes."""
    if kind == "date-title":
        line = _date_line(page, root)
        head = _headline_el(page, root)
        if line is None or (head is not None and (head is line or line in head.iterancestors()
                                                  or head in line.iterancestors())):
            return False
        line.set("class", "title")
        return True
    if kind == "head-chrome":
        head = _headline_el(page, root)
        if head is None or head.getparent() is None or head.tag in ("title", "body"):
            return False
        box = etree.Element("div", {"class": "header top"})
        head.addprevious(box)
        box.append(head)  # its tail text moves with it
        return True
    if kind == "body-info":
        box = _container(page, root)
        if box is None:
            return False
        for el in (box, *box.iterancestors()):
            if el.tag in ("body", "html"):
                break
            _add_class(el, "info source date")
        return True
    if kind == "related-date":
        _add_noise(page, root)
        for ul in _body(root).iter("ul"):
            if ul.get("class") is None:
                ul.set("class", "date-list")
                for li in ul:
                    li.set("class", "title")
                    for span in li.iter("span"):
                        span.set("class", "time")
        return True
    return any([_misleading_classes(page, root, k) for k in
                ("date-title", "head-chrome", "body-info", "related-date")])


# Widget words of templates (what class-keyed rules look for), in the shapes templates write
# them: a word alone, with a suffix, after a prefix.
_WIDGET_WORDS = ("caption", "share", "comment", "related", "footer", "nav", "hidden", "ad",
                 "tool", "info", "side", "print", "editor", "bottom", "statement", "tags")
_WIDGET_SHAPES = ("{}", "{}-box", "{}_wrap", "page-{}", "m-{}-con")


def _widget_classed(page: Page, root: etree._Element) -> bool:
    """The article's container and every ancestor up to ``<body>`` classed (and the
    container's id set) with a widget's word instead of their own class and id
    (``share-box``, ``comment_wrap``, ``page-footer``…): words a template may give the
    block that holds the text. The words rotate per page and per level, so every word is
    put on containers and on wrappers across the corpus. A reader sees the same page."""
    box = _container(page, root)
    body = _body(root)
    if box is None or box is body:
        return False
    start = int(hashlib.sha1(page.id.encode()).hexdigest()[:6], 16)
    chain = [box, *(el for el in box.iterancestors() if el is not body and el.tag != "html")]
    if body in chain or not any(el is body for el in box.iterancestors()):
        return False
    for level, el in enumerate(chain):
        word = _WIDGET_WORDS[(start + level) % len(_WIDGET_WORDS)]
        shape = _WIDGET_SHAPES[(start // 7 + level) % len(_WIDGET_SHAPES)]
        el.attrib.pop("id", None)
        el.set("class", shape.format(word))
    box.set("id", _WIDGET_WORDS[(start + 3) % len(_WIDGET_WORDS)])
    return True


_CHROME_TAGS = ("nav", "aside", "footer")


def _date_stamps(page: Page, root: etree._Element) -> bool:
    """Dates that are not the page's, printed right after the article's container with no
    class or id: a live clock's boxes showing the template's default (a day years before,
    beside ``00:00``), a print bar's ``打印时间：`` stamp, and the previous and next items'
    links with their dates (three days before, two after). Only on dated pages."""
    box = _container(page, root)
    if box is None or page.day is None or box.getparent() is None:
        return False
    base = date.fromisoformat(page.day)
    default = date.fromordinal(base.toordinal() - 2000)
    before, after = (date.fromordinal(base.toordinal() + k) for k in (-3, 2))
    blocks = []
    for text in (f"{default:%Y.%m.%d}", "00:00",
                 f"【打印本页】【关闭窗口】 打印时间：{after:%Y-%m-%d} 10:20"):
        block = etree.Element("div")
        block.text = text
        blocks.append(block)
    for label, title, day in (("上一篇：", "全省春季农业生产工作会议召开", before),
                              ("下一篇：", "市场监管部门开展专项检查行动", after)):
        block = etree.Element("div")
        block.text = label
        a = etree.SubElement(block, "a", href=f"/news/{day:%Y%m}/t{day:%Y%m%d}_1.html")
        a.text = title
        a.tail = f" {day:%Y-%m-%d}"
        blocks.append(block)
    for block in reversed(blocks):
        _insert_after(box, block)
    return True


def _unclosed_chrome(page: Page, root: etree._Element) -> bool:
    """A ``<nav>``, ``<aside>`` or ``<footer>`` (by page) opened at the top of ``<body>`` with
    a menu in it and never closed: the parser puts the whole page, the article included,
    inside it. A reader sees a menu over the same page."""
    body = _body(root)
    if _container(page, root) is None:
        return False
    tag = _CHROME_TAGS[int(hashlib.sha1(page.id.encode()).hexdigest()[:6], 16) % 3]
    chrome = etree.Element(tag)
    ul = etree.SubElement(chrome, "ul")
    for word in ("首页", "要闻", "政务公开", "办事服务", "互动交流"):
        etree.SubElement(etree.SubElement(ul, "li"), "a", href="/").text = word
    inner = etree.SubElement(chrome, "div")
    inner.text, body.text = body.text, None
    for child in list(body):
        inner.append(child)
    body.append(chrome)
    return True


def _text_blocks(box: etree._Element) -> list[etree._Element]:
    """The container's child blocks, descending through single wrappers that hold them all
    (a container whose one child holds the paragraphs)."""
    while True:
        kids = [c for c in box if isinstance(c.tag, str)]
        if len(kids) == 1 and kids[0].tag in ("div", "section", "article", "span", "font") \
                and not (box.text or "").strip() and not (kids[0].tail or "").strip():
            box = kids[0]
            continue
        return kids


def _split_blocks(page: Page, root: etree._Element) -> bool:
    """The text split into sibling blocks that share nothing (with ``noclass``): the article's
    container's blocks, from the one holding the text's first words to the one holding its
    last, dealt into three to five runs, each run wrapped in its own chain of one
    to three bare ``<div>`` levels (the depth varies), a picture block without text between
    runs, as a page builder or a hand-edited notice writes a text's parts. A reader sees the
    same text."""
    box = _container(page, root)
    if box is None:
        return False
    blocks = [c for c in _text_blocks(box) if c.tag not in ("script", "style")]
    first, last = squeeze(page.label["start"]), squeeze(page.label["end"])
    holds = [squeeze("".join(c.itertext())) for c in blocks]
    # Only the blocks from the one holding the text's first words to the one holding its
    # last: a headline or an info line inside the container stays where it is.
    begin = next((k for k, text in enumerate(holds) if first in text), None)
    end = next((k for k in range(len(holds) - 1, -1, -1) if last in holds[k]), None)
    if begin is None or end is None:
        return False
    blocks = blocks[begin:end + 1]
    if len(blocks) < 3 or any((c.tail or "").strip() for c in blocks[:-1]):
        return False
    runs = min(5, max(3, len(blocks) // 3))
    size = -(-len(blocks) // runs)
    for k in range(0, len(blocks), size):
        run_blocks = blocks[k:k + size]
        outer = inner = etree.Element("div")
        for _ in range((k // size) % 3):
            inner = etree.SubElement(inner, "div")
        run_blocks[0].addprevious(outer)
        for block in run_blocks:
            inner.append(block)  # its tail text moves with it
        if k:
            picture = etree.Element("div", style="text-align:center")
            etree.SubElement(picture, "img", src=f"/images/p{k}.jpg")
            outer.addprevious(picture)
    return True


_MENU = ("首页", "机构概况", "政务公开", "政策文件", "通知公告", "新闻发布", "工作动态", "人事信息",
         "办事服务", "互动交流", "专题专栏", "统计数据", "规划计划", "财政信息", "政府采购",
         "建议提案", "领导信箱", "在线访谈", "网站地图", "联系我们")


def _layout_cell(page: Page, root: etree._Element) -> bool:
    """An old government template (with ``noclass``): the article's container moved into
    the right ``<td>`` of a layout table whose left ``<td>`` is a column of twenty menu links
    (with a line of contact text under them), the headline and the rest of the page where
    they were. A reader sees a menu beside the same text."""
    box = _container(page, root)
    body = _body(root)
    if box is None or box is body or box.getparent() is None:
        return False
    table = etree.Element("table", width="100%")
    row = etree.SubElement(etree.SubElement(table, "tbody"), "tr")
    menu = etree.SubElement(row, "td", width="200", valign="top")
    for k, word in enumerate(_MENU):
        line = etree.SubElement(menu, "div")
        etree.SubElement(line, "a", href=f"/col/{k}/").text = word
    etree.SubElement(menu, "div").text = "办公时间：周一至周五"
    cell = etree.SubElement(row, "td", valign="top")
    box.addprevious(table)
    table.tail, box.tail = box.tail, None
    cell.append(box)
    return True


# ---------------------------------------------------------------- saved and archived copies
# How real pages reach a reader or a check after a save tool or an archive touched them. The
# shapes (element ids, comment lines, URL forms, date formats) are the tools'; the markup and
# the texts are written here.

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_RETRIEVED = datetime(2026, 12, 3, 6, 40, 12)
_STATED_URL = (re.compile(rb"<!--\s*saved from url=\(\d+\)\s*(https?://[^\s>]+?)\s*-->", re.I),
               re.compile(rb"<link[^>]+rel=[\"']?canonical[\"']?[^>]+href=[\"']?(https?://[^\s\"'>]+)",
                          re.I),
               re.compile(rb"<meta[^>]+property=[\"']?og:url[\"']?[^>]+content=[\"']?"
                          rb"(https?://[^\s\"'>]+)", re.I))


def _digest(page: Page) -> int:
    return int(hashlib.sha1(page.id.encode()).hexdigest()[:8], 16)


def _page_url(page: Page) -> str:
    """The page's address as the page states it (a browser's saved-from comment, the canonical
    link, ``og:url``), else an address on a made-up host whose path says no date."""
    for pattern in _STATED_URL:
        match = pattern.search(page.data[:65536])
        if match:
            return match.group(1).decode("ascii", "replace")
    return f"http://www.example.com.cn/content/{_digest(page) % 900000 + 100000}.html"


def _captured(page: Page) -> datetime:
    """When the copy was made: nine days to two years after the labelled day (the day the
    page was published), at a clock of its own; a page with no label is taken as of
    2024-06-13."""
    base = date.fromisoformat(page.day) if page.day else date(2024, 6, 13)
    k = _digest(page)
    day = date.fromordinal(base.toordinal() + 9 + k % 720)
    return datetime(day.year, day.month, day.day, (k >> 4) % 24, (k >> 9) % 60, (k >> 15) % 60)


def _js_date(when: datetime) -> str:
    """``when`` as a browser's ``Date.prototype.toString`` prints it in China time
    (``Sat Jul 20 2024 11:12:45 GMT+0800 (中国标准时间)``)."""
    return (f"{_WEEKDAYS[when.weekday()]} {_MONTHS[when.month - 1]} {when.day:02d} {when.year} "
            f"{when:%H:%M:%S} GMT+0800 (中国标准时间)")


def _wb_stamp(when: datetime) -> str:
    return f"{when:%H:%M:%S} {_MONTHS[when.month - 1]} {when.day}, {when.year}"


def _archived_link(value: str, base: str, ts: str, kind: str) -> str | None:
    """A link as the Wayback Machine's replay writes it: ``/web/<14 digits><kind>/<URL>`` (a
    link written relative on the page) or the same on the archive's host (an absolute one)."""
    value = _NOT_XML.sub("", value).strip()
    if not value or value.startswith(("#", "javascript:", "mailto:", "data:", "tel:")):
        return None
    absolute = urljoin(base, value)
    if not absolute.startswith(("http://", "https://")):
        return None
    host = "https://web.archive.org" if value.startswith(("http://", "https://", "//")) else ""
    return f"{host}/web/{ts}{kind}/{absolute}"


def _wayback(page: Page, root: etree._Element) -> bytes:
    """The page as the Wayback Machine replays it (see the module's docstring)."""
    url = _page_url(page)
    when = _captured(page)
    ts = f"{when:%Y%m%d%H%M%S}"
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("href", "src", "action", "background"):
            value = el.get(attr)
            if value is None:
                continue
            kind = {"img": "im_", "script": "js_", "iframe": "if_", "frame": "fw_"}.get(el.tag, "")
            if el.tag == "link" and "stylesheet" in (el.get("rel") or "").lower():
                kind = "cs_"
            new = _archived_link(value, url, ts, kind)
            if new is not None:
                el.set(attr, new)
    data = _serialise(root).decode("utf-8")
    static = "https://web-static.archive.org/_static"
    head = (
        f'<script src="{static}/js/athena.js" type="text/javascript"></script>\n'
        '<script type="text/javascript">window.addEventListener("DOMContentLoaded",function()'
        '{var v=archive_analytics.values;v.service="wb";v.server_ms=212;'
        'archive_analytics.send_pageview({});});</script>\n'
        f'<script type="text/javascript" src="{static}/js/bundle-playback.js?v=pw28" '
        'charset="utf-8"></script>\n'
        f'<script type="text/javascript" src="{static}/js/wombat.js?v=pw28" charset="utf-8">'
        '</script>\n<script type="text/javascript">\n  __wm.init("https://web.archive.org/web");\n'
        f'  __wm.wombat("{url}","{ts}","https://web.archive.org/","web","{static}/",\n'
        f'              "{int(when.timestamp())}");\n</script>\n'
        f'<link rel="stylesheet" type="text/css" href="{static}/css/banner-styles.css?v=pw28" />\n'
        f'<link rel="stylesheet" type="text/css" href="{static}/css/iconochive.css?v=pw28" />\n'
        "<!-- End Wayback Rewrite JS Include -->\n")
    first = date.fromordinal(when.toordinal() - 3 - _digest(page) % 40)
    last = date(2026, 11, 2 + _digest(page) % 20)
    captures = 2 + _digest(page) % 60
    prev_month, next_month = _MONTHS[when.month - 2], _MONTHS[when.month % 12]
    toolbar = (
        "<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n<script>__wm.rw(0);</script>\n"
        '<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">\n'
        '<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">\n'
        '<div id="donato"><iframe id="donato-if" src="https://archive.org/includes/donate.php'
        '?as_page=1&amp;platform=wb" scrolling="no" frameborder="0"></iframe></div>\n'
        '<div id="wm-ipp-inside">\n'
        '<div id="wm-logo"><a href="/web/" title="Wayback Machine home page">'
        f'<img src="{static}/images/toolbar/wayback-toolbar-logo-200.png" '
        'alt="Wayback Machine" width="100" height="39"></a></div>\n'
        '<div class="c"><form target="_top" method="get" action="/web/submit" name="wmtb" '
        f'id="wmtb"><input type="text" name="url" id="wmtbURL" value="{url}">'
        f'<input type="hidden" name="type" value="replay"><input type="hidden" name="date" '
        f'value="{ts}"><input type="submit" value="Go"></form>\n'
        '<div id="wm-nav-captures">'
        f'<a class="t" href="/web/{ts}*/{url}" title="See a list of every capture for this URL">'
        f"{captures} captures</a>\n<div class=\"r\" title=\"Timespan for captures of this URL\">"
        f"{first.day:02d} {_MONTHS[first.month - 1]} {first.year} - "
        f"{last.day:02d} {_MONTHS[last.month - 1]} {last.year}</div></div>\n"
        '<table class="n"><tbody>\n'
        f'<tr class="m"><td class="b"><a href="/web/{ts}/{url}">{prev_month}</a></td>'
        f'<td class="c" id="displayMonthEl">{_MONTHS[when.month - 1].upper()}</td>'
        f'<td class="f"><a href="/web/{ts}/{url}">{next_month}</a></td></tr>\n'
        f'<tr class="d"><td class="b"></td><td class="c" id="displayDayEl">{when.day:02d}</td>'
        '<td class="f"></td></tr>\n'
        f'<tr class="y"><td class="b">{when.year - 1}</td><td class="c" id="displayYearEl">'
        f'{when.year}</td><td class="f">{when.year + 1}</td></tr>\n</tbody></table></div>\n'
        '<div id="wm-btns"><a href="#close" title="Close the toolbar">close</a> '
        '<a href="#expand">Help</a></div>\n'
        '<div id="wm-capinfo"><div id="wm-capinfo-notice">About this capture</div>\n'
        '<div id="wm-capinfo-collected-by">COLLECTED BY<div>Organization: '
        '<a href="/details/webwidecrawl">Internet Archive</a></div><div>Collection: '
        '<a href="/details/wide00012">Wide Crawl Number 12</a></div></div>\n'
        '<div id="wm-capinfo-timestamps">TIMESTAMPS</div></div>\n'
        "</div></div></div>\n"
        f'<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/{ts}/{url}'
        "</div>\n<script type=\"text/javascript\">__wm.rw(1);</script>\n"
        "<!-- END WAYBACK TOOLBAR INSERT -->\n")
    data = re.sub(r"(<head\b[^>]*>)", lambda m: m.group(1) + head, data, count=1)
    data = re.sub(r"(<body\b[^>]*>)", lambda m: m.group(1) + toolbar, data, count=1)
    data += (
        f"\n<!--\n     FILE ARCHIVED ON {_wb_stamp(when)} AND RETRIEVED FROM THE\n"
        f"     INTERNET ARCHIVE ON {_wb_stamp(_RETRIEVED)}.\n"
        "     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.\n\n"
        "     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.\n"
        "     SECTION 108(a)(3)).\n-->\n<!--\nplayback timings (ms):\n  captures_list: 0.71\n"
        "  exclusion.robots: 0.12\n  esindex: 0.01\n  CDXLines.iter: 14.2 (3)\n"
        "  load_resource: 96.4\n  PetaboxLoader3.resolve: 61.9\n-->")
    return data.encode("utf-8")


def _data_uri(page: Page, k: int) -> str:
    """A picture inlined as SingleFile writes it: a ``data:`` URI of some kilobytes."""
    seed = hashlib.sha1(f"{page.id}/{k}".encode()).digest()
    blob = (seed * 200)[: 3000 + seed[0] * 8]
    return "data:image/jpeg;base64," + base64.b64encode(b"\xff\xd8\xff\xe0" + blob).decode()


_INLINED_CSS = ("body{margin:0;font:14px/1.8 \"Microsoft YaHei\",SimSun,sans-serif;color:#333}"
                "a{color:#06c;text-decoration:none}img{max-width:100%;border:0}"
                ".hd,.ft{width:1000px;margin:0 auto}ul,li{list-style:none;margin:0;padding:0}")


def _singlefile(page: Page, root: etree._Element) -> bytes:
    """The page as SingleFile saves it (see the module's docstring)."""
    url = _page_url(page)
    when = _captured(page)
    # SingleFile saves the DOM its page's scripts left, without what is not displayed
    dom = _rendered_dom(page, root, hidden_out=True)
    if dom is not None:
        root = _parse(dom)
    for el in list(root.iter("script")):
        if "ld+json" not in (el.get("type") or "").lower():
            _detach(el)
    for k, el in enumerate(list(root.iter("link", "img", "a", "iframe"))):
        if el.tag == "link" and "stylesheet" in (el.get("rel") or "").lower():
            style = etree.Element("style")
            style.text = _INLINED_CSS
            style.tail = el.tail
            el.getparent().replace(el, style)
        elif el.tag == "img":
            el.set("src", _data_uri(page, k % 7))
            el.attrib.pop("srcset", None)
        elif el.get("href") and not el.get("href").startswith(("#", "javascript:", "data:")):
            el.set("href", urljoin(url, _NOT_XML.sub("", el.get("href")).strip()))
    head = root.find("head")
    if head is not None:
        etree.SubElement(head, "meta", name="referrer", content="no-referrer")
        etree.SubElement(head, "style").text = (
            'img[src="data:,"],source[src="data:,"]{display:none!important}')
    data = _serialise(root).decode("utf-8")
    comment = (f"<!--\n Page saved with SingleFile \n url: {url} \n saved date: "
               f"{_js_date(when)}\n-->")
    data = re.sub(r"(<html\b[^>]*>)", lambda m: m.group(1) + comment, data, count=1)
    return data.encode("utf-8")


_CACHE_HDR = "pw28cache__google-cache-hdr"


def _cached(page: Page, root: etree._Element) -> bytes:
    """The page as a search engine's cache serves it (see the module's docstring)."""
    url = _page_url(page)
    when = _captured(page)
    head = root.find("head")
    if head is None:
        head = etree.Element("head")
        root.insert(0, head)
    base = etree.Element("base", href=url)
    style = etree.Element("style")
    style.text = (f"#{_CACHE_HDR}{{background:#f5f5f5;font:13px arial,sans-serif;"
                  f"border-bottom:1px solid #cecece;padding:16px 28px 24px 28px}}"
                  f"#{_CACHE_HDR} *{{display:inline;font:inherit}}"
                  f"#{_CACHE_HDR} div{{display:block;margin-top:4px}}")
    head.insert(0, style)
    head.insert(0, base)
    header = html.fragment_fromstring(
        f'<div id="{_CACHE_HDR}" style="direction:ltr"><div><span>This is Google\'s cache of '
        f'<a href="{url}">{url}</a>.</span>&nbsp;<span>It is a snapshot of the page as it '
        f"appeared on {when.day} {_MONTHS[when.month - 1]} {when.year} {when:%H:%M:%S} GMT."
        "</span>&nbsp;<span>The current page could have changed in the meantime.</span> "
        '<a href="#learn">Learn more</a>.</div><div><span><a href="#full">Full version</a>'
        '</span><span><a href="#text">Text-only version</a></span><span>'
        '<a href="#source">View source</a></span></div><div><span>Tip: To quickly find your '
        "search term on this page, press <b>Ctrl+F</b> or <b>⌘-F</b> (Mac) and use the find "
        "bar.</span></div></div>")
    body = _body(root)
    holder = etree.Element("div", style="position:relative")
    holder.text, body.text = body.text, None
    for child in list(body):
        holder.append(child)
    body.append(header)
    body.append(holder)
    return _serialise(root)


class _Renderer:
    """One headless Chromium (driven by Playwright) that loads pages from ``file://`` with
    every other request refused: no address but the machine's own is ever asked for."""

    ARGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-quic", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1")

    def __init__(self) -> None:
        self._playwright = None
        self._browser = None
        self._folder: Path | None = None
        self._count = 0
        self._tab = None

    def available(self) -> bool:
        """True when Chromium and Playwright are both installed."""
        return _CHROMIUM is not None and importlib.util.find_spec("playwright") is not None

    def dom(self, data: bytes, hidden_out: bool = False) -> str | None:
        """The page's DOM after its scripts ran offline (``<!DOCTYPE …>`` and
        ``document.documentElement.outerHTML``), or None when it could not be loaded.
        ``hidden_out``: the elements of ``<body>`` the browser does not display
        (``display: none``, as computed) removed first, as SingleFile removes them."""
        if self._browser is None:
            from playwright.sync_api import sync_playwright

            self._playwright = sync_playwright().start()
            self._browser = self._playwright.chromium.launch(executable_path=_CHROMIUM,
                                                             args=list(self.ARGS))
            self._folder = Path(tempfile.mkdtemp(prefix="presswatch-rendered-"))
            atexit.register(self.close)
            context = self._browser.new_context(java_script_enabled=True, offline=True)
            context.route("**/*", lambda route: route.continue_()
                          if route.request.url.startswith("file:") else route.abort())
            self._tab = context.new_page()
        self._count += 1
        path = self._folder / f"page{self._count}.html"
        path.write_bytes(data)
        try:
            self._tab.goto(path.as_uri(), wait_until="load", timeout=20_000)
            self._tab.wait_for_timeout(100)  # timers set on load (a clock, a writer) run once
            if hidden_out:
                self._tab.evaluate(_HIDDEN_OUT)
            return self._tab.content()
        except Exception:  # a page that never loads is left out, as a page a tool failed on
            return None
        finally:
            path.unlink(missing_ok=True)

    def close(self) -> None:
        """Stop the browser and Playwright (its event loop with them); the next page starts
        them again."""
        if self._browser is not None:
            self._browser.close()
            self._playwright.stop()
            self._browser = self._playwright = self._tab = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


_HIDDEN_OUT = """() => {
    const kept = new Set(["NOSCRIPT", "META", "LINK", "STYLE", "TITLE", "TEMPLATE", "SOURCE",
                          "OBJECT", "SCRIPT", "HEAD"]);  // never displayed, kept as they are
    for (const el of [...document.body.querySelectorAll("*")]) {
        if (el.isConnected && !kept.has(el.tagName) && !el.closest("object")
                && getComputedStyle(el).display === "none") el.remove();
    }
}"""
_CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
_RENDERER = _Renderer()


_DOMS: dict[tuple[str, bool], str | None] = {}
# --rendered-cache DIR: rendered DOMs kept between runs, keyed by the bytes rendered
_RENDERED_CACHE: list[Path] = []


def _rendered_dom(page: Page, root: etree._Element, hidden_out: bool = False) -> str | None:
    """The page's DOM after its scripts ran offline in Chromium (once per page and run;
    ``hidden_out``: without the elements not displayed), or None without Chromium, or when
    the scripts took the text's first or last words away."""
    if not _RENDERER.available():
        return None
    if (page.id, hidden_out) not in _DOMS:
        data = _serialise(root)
        folder = _RENDERED_CACHE[0] if _RENDERED_CACHE else None
        key = hashlib.sha1(data + (_HIDDEN_OUT.encode() if hidden_out else b"")).hexdigest()
        kept = Path(folder) / f"{key}.html" if folder else None
        if kept is not None and kept.is_file():
            dom = kept.read_text("utf-8") or None
        else:
            dom = _RENDERER.dom(data, hidden_out)
            if kept is not None:
                kept.parent.mkdir(parents=True, exist_ok=True)
                kept.write_text(dom or "", "utf-8")
        try:
            visible = _visible_text(_parse(dom)) if dom else ""
        except etree.ParserError:  # scripts left an empty document
            visible = ""
        if squeeze(page.label["start"]) not in visible or \
                squeeze(page.label["end"]) not in visible:
            dom = None
        _DOMS[page.id, hidden_out] = dom
    return _DOMS[page.id, hidden_out]


def _rendered(page: Page, root: etree._Element) -> bytes | None:
    """The page as Chromium's DOM after its scripts ran offline (see the module's
    docstring)."""
    dom = _rendered_dom(page, root)
    return None if dom is None else dom.encode("utf-8")


# The mobile instant page formats: AMP and MIP (Baidu's Mobile Instant Pages). What their
# specifications require in <head>, the tags each puts in place of the plain ones, and the
# plain ones each forbids (written here; the boilerplate keeps the required rules only).
_AMP_BOILERPLATE = ("body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
                    "animation:-amp-start 8s steps(1,end) 0s 1 normal both}"
                    "@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
                    "@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}")
_AMP_NOSCRIPT = "body{-webkit-animation:none;animation:none}"
_AMP_RUNTIME = "https://cdn.ampproject.org/v0.js"
_MIP_CSS = "https://c.mipcdn.com/static/v2/mip.css"
_MIP_RUNTIME = "https://c.mipcdn.com/static/v2/mip.js"
_INSTANT_TAGS = ("img", "video", "audio", "iframe")
_INSTANT_FORBIDDEN = ("frame", "frameset", "object", "applet", "embed", "base")
_DATA_SCRIPTS = ("application/ld+json", "application/json")


def _instant(kind: str) -> Perturb:
    """The page as its ``kind`` (``amp`` or ``mip``) copy (see the module's docstring)."""
    def run(page: Page, root: etree._Element) -> bytes | None:
        url = _page_url(page)
        head = root.find("head")
        if head is None:
            head = etree.Element("head")
            root.insert(0, head)
        sheets = []
        for el in list(root.iter("script", "style", "link", *_INSTANT_FORBIDDEN)):
            if el.tag == "script" and (el.get("type") or "").strip().lower() in _DATA_SCRIPTS:
                continue
            if el.tag == "link" and "stylesheet" not in (el.get("rel") or "").lower():
                continue
            if el.tag == "style" and el.text:
                sheets.append(el.text)
            _detach(el)
        for el in root.iter("iframe"):  # a frame's content is never shown: the formats
            el.text = None  # leave their frame elements empty (a placeholder at most)
            for child in list(el):
                el.remove(child)
        inline: dict[str, str] = {}
        extensions = set()
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            for name in [a for a in el.attrib if a.lower().startswith("on")]:
                del el.attrib[name]  # no handlers: the formats run no page script
            style = el.attrib.pop("style", None)
            if style and style.strip():  # no inline style: a class of the custom sheet
                cls = inline.setdefault(style, f"{kind}-inline-"
                                        f"{hashlib.sha1(style.encode()).hexdigest()[:8]}")
                el.set("class", f"{el.get('class', '')} {cls}".strip())
            if el.tag in _INSTANT_TAGS:
                if el.tag == "img":
                    lazy = el.get("data-original") or el.get("data-src")
                    if lazy and not (el.get("src") or "").strip():
                        el.set("src", lazy)
                    el.set("layout", "responsive" if el.get("width") and el.get("height")
                           else "fixed-height")
                    el.set("height", el.get("height") or "300")
                elif kind == "amp":
                    extensions.add(f"amp-{el.tag}")
                el.tag = f"{kind}-{el.tag}"
            elif el.tag == "a":
                href = el.get("href") or ""
                if href.strip().lower().startswith("javascript:"):
                    del el.attrib["href"]
                el.set("target", "_blank")
                if kind == "mip" and el.get("href"):
                    el.set("data-type", "mip")
            elif el.tag == "form":
                if kind == "amp":
                    el.set("action-xhr", el.attrib.pop("action", "") or url)
                    extensions.add("amp-form")
                else:
                    el.tag = "mip-form"
        if kind == "mip":
            for el in list(root.iter("select")):
                _detach(el)  # MIP allows no <select>
        # <head>: the format's required lines, the page's own sheets as the one custom sheet
        viewport = etree.Element("meta", name="viewport",
                                 content="width=device-width,minimum-scale=1,initial-scale=1")
        required: list[etree._Element] = [viewport]
        if not any((el.get("rel") or "").lower() == "canonical" for el in head.iter("link")):
            required.append(etree.Element("link", rel="canonical", href=url))
        if kind == "amp":
            required.append(etree.Element("script", src=_AMP_RUNTIME, attrib={"async": ""}))
            required += [etree.Element("script", src=f"https://cdn.ampproject.org/v0/{ext}-0.1.js",
                                       attrib={"async": "", "custom-element": ext})
                         for ext in sorted(extensions)]
            boiler = etree.Element("style", attrib={"amp-boilerplate": ""})
            boiler.text = _AMP_BOILERPLATE
            noscript = etree.Element("noscript")
            etree.SubElement(noscript, "style", attrib={"amp-boilerplate": ""}).text = \
                _AMP_NOSCRIPT
            required += [boiler, noscript]
        else:
            required.append(etree.Element("link", rel="stylesheet", type="text/css",
                                          href=_MIP_CSS))
        custom = etree.Element("style", attrib={f"{kind}-custom": ""})
        # A page's sheet may hold a control character (a stray ``\x00``/``\x0b``) that a
        # browser skips and lxml refuses in a text: dropped, nothing a reader sees changes.
        custom.text = _XML_UNSAFE.sub("", "\n".join([*sheets, *(f".{cls}{{{style}}}"
                                                    for style, cls in inline.items())]))
        required.append(custom)
        for k, el in enumerate(required):
            head.insert(k, el)
        root.set(kind, "")
        if kind == "mip":
            etree.SubElement(_body(root), "script", src=_MIP_RUNTIME)
        data = _serialise(root)
        visible = _visible_text(_parse(data.decode("utf-8")))
        if squeeze(page.label["start"]) not in visible or \
                squeeze(page.label["end"]) not in visible:
            return None  # the text was a script's: the format's copy would print it itself
        return data
    return run


def _print_copy(page: Page, root: etree._Element) -> bytes | None:
    """The page's print version (see the module's docstring), or None where the headline or
    the text's block is not found."""
    headline = _headline_el(page, root)
    box = _container(page, root)
    if headline is None or box is None or next(headline.iterancestors("a", "li"), None) \
            is not None or headline.tag in ("a", "li"):
        return None  # the headline found first is a link's (a list of the day's stories)
    headline = _block_of(headline)
    line = _date_line(page, root)
    kept: list[etree._Element] = []
    for el in (headline, None if line is None else _block_of(line), box):
        if el is None or any(el is k or k in el.iterancestors() for k in kept):
            continue
        kept = [k for k in kept if el not in k.iterancestors()]
        kept.append(el)
    body = _body(root)
    if any(el is body for el in kept):
        return None  # the text lies loose in <body>: the print version is the page itself
    order = {el: i for i, el in enumerate(root.iter())}
    pieces = [copy.deepcopy(el) for el in sorted(kept, key=lambda el: order[el])]
    for child in list(body):
        body.remove(child)
    body.text = None
    body.set("onload", "window.print()")
    bar = html.fragment_fromstring(
        "<div class='noprint'><a href='javascript:window.print()'>【打印本页】</a> "
        "<a href='javascript:window.close()'>【关闭窗口】</a></div>")
    sheet = etree.Element("style", media="print")
    sheet.text = ".noprint{display:none}"
    head = root.find("head")
    if head is not None:
        head.append(sheet)
    table = etree.SubElement(etree.SubElement(etree.SubElement(etree.Element(
        "table", width="700", align="center"), "tr"), "td"), "div")
    for piece in pieces:
        piece.tail = None
        table.append(piece)
    body.append(bar)
    body.append(table.getparent().getparent().getparent())
    etree.SubElement(body, "div").text = f"本文网址：{_page_url(page)}"
    return _serialise(root)


# Each: (name, function(page, root) -> bytes | None, which fields it is scored on and when).
Perturb = Callable[[Page, etree._Element], bytes | None]


def _make() -> dict[str, Perturb]:
    def simple(*steps: Callable[[etree._Element], None]) -> Perturb:
        def run(page: Page, root: etree._Element) -> bytes:
            for step in steps:
                step(root)
            return _serialise(root)
        return run

    def title(kind: str) -> Perturb:
        def run(page: Page, root: etree._Element) -> bytes:
            headline = page.label["headline"]
            _strip_stated(root)
            _set_title(root, {"site-first": f"{SITE}_{headline}", "site-last":
                              f"{headline}_{SITE}", "channel": CHANNEL, "none": None}[kind])
            return _serialise(root)
        return run

    def dates(kind: str) -> Perturb:
        def run(page: Page, root: etree._Element) -> bytes | None:
            if kind != "yearless":
                _strip_stated(root)
            if not _reformat_dates(page, root, kind):
                return None
            data = _serialise(root)
            if kind == "yearless" and not re.search(
                    rf"(?<!\d){page.day[:4]}\s*[-/.年]\s*\d".encode(), data):
                return None  # the year is stated nowhere else: a reader could not tell it
            return data
        return run

    def move(where: str) -> Perturb:
        def run(page: Page, root: etree._Element) -> bytes | None:
            _strip_stated(root)
            return _serialise(root) if _move_date(page, root, where) else None
        return run

    def noise(stated: bool) -> Perturb:
        def run(page: Page, root: etree._Element) -> bytes:
            if not stated:
                _strip_stated(root)
            _add_noise(page, root)
            return _serialise(root)
        return run

    def gbk(late: bool) -> Perturb:
        def run(page: Page, root: etree._Element) -> bytes:
            data = _serialise(root, "gbk", declare=late)
            if late:
                meta = b'<meta charset="gbk">'
                data = data.replace(meta, b"", 1)
                pad = b"<!-- " + b"x" * 2048 + b" -->"
                data = re.sub(rb"(<head[^>]*>)", lambda m: m.group(1) + pad + meta, data,
                              count=1)
            return data
        return run

    def paginated(page: Page, root: etree._Element) -> bytes | None:
        return _serialise(root) if _paginate(page, root) else None

    def sections(page: Page, root: etree._Element) -> bytes | None:
        _noclass(root)
        return _serialise(root) if _sections(page, root) else None

    def furniture(page: Page, root: etree._Element) -> bytes | None:
        return _serialise(root) if _furniture(page, root) else None

    def misleading(kind: str) -> Perturb:
        def run(page: Page, root: etree._Element) -> bytes | None:
            _strip_stated(root)
            return _serialise(root) if _misleading_classes(page, root, kind) else None
        return run

    def widget_classed(page: Page, root: etree._Element) -> bytes | None:
        return _serialise(root) if _widget_classed(page, root) else None

    def date_stamps(page: Page, root: etree._Element) -> bytes | None:
        _strip_stated(root)
        return _serialise(root) if _date_stamps(page, root) else None

    def unclosed_chrome(page: Page, root: etree._Element) -> bytes | None:
        return _serialise(root) if _unclosed_chrome(page, root) else None

    def split_blocks(page: Page, root: etree._Element) -> bytes | None:
        _noclass(root)
        return _serialise(root) if _split_blocks(page, root) else None

    def layout_cell(page: Page, root: etree._Element) -> bytes | None:
        _noclass(root)
        return _serialise(root) if _layout_cell(page, root) else None

    def stated_gone(copy_of: Perturb) -> Perturb:
        def run(page: Page, root: etree._Element) -> bytes | None:
            _strip_stated(root)
            return copy_of(page, root)
        return run

    def bare(page: Page, root: etree._Element) -> bytes:
        _noclass(root)
        _strip_stated(root)
        _set_title(root, None)
        _add_noise(page, root)
        return _serialise(root)

    return {
        "roundtrip": simple(),
        "noclass": simple(_noclass),
        "renamed": simple(_renamed),
        "nostated": simple(_strip_stated),
        "title-site-first": title("site-first"),
        "title-site-last": title("site-last"),
        "title-channel": title("channel"),
        "notitle": title("none"),
        "headings-plain": simple(_noclass, _headings_plain),
        "logo-h1": simple(_logo_h1),
        "wrapped": simple(_wrap),
        "date-below-headline": move("below-headline"),
        "date-in-byline": move("byline"),
        "date-after-body": move("after-body"),
        **{f"date-{k}": dates(k) for k in ("ymd-cn", "dotted", "slashed", "seconds",
                                             "fullwidth", "cn-numerals", "yearless")},
        "gbk-undeclared": gbk(False),
        "gbk-meta-late": gbk(True),
        "noise": noise(True),
        "noise-stated-gone": noise(False),
        "paginated": paginated,
        "sections": sections,
        "furniture": furniture,
        **{f"classes-{k}": misleading(k) for k in ("date-title", "head-chrome", "body-info",
                                                  "related-date", "all")},
        "widget-classed": widget_classed,
        "unclosed-chrome": unclosed_chrome,
        "split-blocks": split_blocks,
        "layout-cell": layout_cell,
        "date-stamps": date_stamps,
        "bare": bare,
        "wayback": _wayback,
        "singlefile": _singlefile,
        "rendered": _rendered,
        "cached": _cached,
        "wayback-nostated": stated_gone(_wayback),
        "cached-nostated": stated_gone(_cached),
        "amp": _instant("amp"),
        "mip": _instant("mip"),
        "print": _print_copy,
    }


PERTURBATIONS = _make()
# Perturbations that take away <title> and <meta>: the headline counts only where printed.
_NO_STATED_TITLE = {"title-channel", "notitle", "bare"}
_NO_STATED_DATE = {"nostated", "wayback-nostated", "cached-nostated", "title-site-first",
                   "title-site-last", "title-channel", "notitle", "noise-stated-gone", "bare",
                   "date-stamps",
                   *(n for n in PERTURBATIONS if n.startswith("classes-"))}
_DATE_ONLY = {n for n in PERTURBATIONS if n.startswith("date-")}
# Copies without the page's scripts (or, ``print``, its date line's neighbours): the date
# counts only where the copy prints it.
_SCRIPTS_GONE = {"singlefile", "amp", "mip", "print"}


def _applicable(name: str, page: Page) -> set[str]:
    """The fields a perturbed page is scored on (the answer is still on the page)."""
    fields = set(FIELDS)
    if name in _NO_STATED_TITLE and not page.headline_printed:
        fields.discard("headline")
    if name in _NO_STATED_DATE and not page.day_printed:
        fields -= {"day", "time"}
    if name in _DATE_ONLY:
        fields &= {"day", "time"}
    if name == "date-cn-numerals":
        fields.discard("time")  # printed without its clock, as notices print such dates
    return fields


def run(name: str, pages: list[Page], dump: Path | None = None) -> dict:
    """Scores of one perturbation: per field [right perturbed, right unperturbed, counted],
    the per-page misses and the CPU seconds spent extracting."""
    perturb = PERTURBATIONS[name]
    table = {f: [0, 0, 0] for f in FIELDS}
    misses: dict[str, list[str]] = {}
    spent = 0.0
    for page in pages:
        data = perturb(page, copy.deepcopy(page.root))
        if data is None:
            continue
        if dump is not None:
            (dump / name).mkdir(parents=True, exist_ok=True)
            (dump / name / f"{page.id}.html").write_bytes(data)
        start = time.thread_time()
        result = clean_document(data)
        spent += time.thread_time() - start
        verdict = score_page(page.label, result.title, result.published_at, result.body)
        base = page.base
        fields = _applicable(name, page)
        if name in _SCRIPTS_GONE and page.day and not _day_pattern(page.day).search(
                _visible_text(_parse(data.decode("utf-8")), squeezed=False)):
            fields -= {"day", "time"}  # stated only in a script the copy no longer holds
        for field in fields:
            if verdict[field] is None:
                continue
            table[field][0] += bool(verdict[field])
            table[field][1] += bool(base[field])
            table[field][2] += 1
            if base[field] and not verdict[field]:
                misses.setdefault(page.id, []).append(field)
    return {"fields": table, "misses": misses, "cpu_s": spent}


def _cell(right: int, base: int, count: int) -> str:
    if not count:
        return "—"
    flag = "" if right >= base else " ▼"
    return f"{right / count:.2f} ({base / count:.2f}){flag}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path, required=True, metavar="DIR",
                        help="folder filled by benchmarks/real/fill.py")
    parser.add_argument("--split", default="opened", help=f"{', '.join(OPENED)} or opened "
                        "(all of them); the held-out split is refused")
    parser.add_argument("--only", default="", help="comma-separated perturbation names")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list the pages and fields each perturbation broke")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--dump", type=Path, metavar="OUT",
                        help="also write each perturbed page to OUT/<perturbation>/<id>.html "
                        "(local only, for reading a miss; never commit it)")
    parser.add_argument("--rendered-cache", type=Path, metavar="DIR",
                        help="keep the DOMs of rendered/singlefile in DIR between runs "
                        "(the same page bytes give the same DOM)")
    args = parser.parse_args()
    if args.rendered_cache is not None:
        _RENDERED_CACHE[:] = [args.rendered_cache]
    splits = OPENED if args.split == "opened" else (args.split,)
    if any(s not in OPENED for s in splits):
        print(f"--split {args.split}: only the opened splits ({', '.join(OPENED)}) are "
              "perturbed here; the held-out split is scored once, on main, by the coordinator")
        return 2
    names = [n.strip() for n in args.only.split(",") if n.strip()] or list(PERTURBATIONS)
    unknown = [n for n in names if n not in PERTURBATIONS]
    if unknown:
        print(f"unknown perturbation(s): {', '.join(unknown)}; known: "
              f"{', '.join(PERTURBATIONS)}")
        return 2
    if not args.real.is_dir():
        print(f"no real-page folder at {args.real}: fill it with benchmarks/real/fill.py")
        return 0
    pages = []
    for split in splits:
        for page_id, label in sorted(load_labels(split).items()):
            path = args.real / f"{page_id}.html"
            if path.is_file():
                pages.append(Page(page_id, path.read_bytes(), label))
    if not pages:
        print(f"no pages of {args.split} in {args.real}")
        return 0
    clean_document(pages[0].data)  # warm-up
    for page in pages:
        result = clean_document(page.data)
        page.base = score_page(page.label, result.title, result.published_at, result.body)
    results = {name: run(name, pages, args.dump) for name in names}
    if args.json:
        print(json.dumps({"pages": len(pages), "splits": list(splits), "results": results},
                         ensure_ascii=False, indent=1))
        return 0
    print(f"{len(pages)} pages ({', '.join(splits)}); share right perturbed (unperturbed, "
          "same pages); ▼ = lower")
    print("| perturbation | pages | " + " | ".join(FIELDS) + " | CPU ms/page |")
    print("|---" * (len(FIELDS) + 3) + "|")
    for name, res in results.items():
        counted = max(c for _, _, c in res["fields"].values())
        cells = " | ".join(_cell(*res["fields"][f]) for f in FIELDS)
        print(f"| {name} | {counted} | {cells} | {1000 * res['cpu_s'] / max(counted, 1):.1f} |")
    if args.verbose:
        for name, res in results.items():
            for page_id, fields in sorted(res["misses"].items()):
                print(f"{name}: {page_id}: {', '.join(fields)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
