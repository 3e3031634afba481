"""``spiders.listing.listing_entries``: entries of a listing page by CSS or XPath selectors."""

from __future__ import annotations

from parsel import Selector

from spiders.listing import listing_entries


def test_listing_entries_with_item_css_and_xpath_selectors():
    page = Selector(text="""<ul class="l">
        <li><a href="a1.html" title="标题一">标题一…</a><span>2025-01-10</span></li>
        <li><span>no link</span></li>
        <li><a href="/a2.html">标题二</a><span>[2025/01/09]</span></li></ul>""")
    entries = listing_entries(page, {"item": "ul.l li", "links": "a", "link_date": "span::text",
                                     "link_title": "a::attr(title)"})
    assert [(e.url, e.title, e.published) for e in entries] == [
        ("a1.html", "标题一", "2025-01-10"), ("/a2.html", "标题二", "[2025/01/09]")]
    entries = listing_entries(page, {"links": "//ul[@class='l']//a/@href"})
    assert [e.url for e in entries] == ["a1.html", "/a2.html"]
