"""The item every spider yields: one fetched article page with its provenance.

Spiders do not parse article content; they hand the raw bytes and what the listing or feed
said about the page to the pipelines (``pipelines.ingest``), which decode, clean, judge
relevance, deduplicate and store. Keeping the raw bytes lets the store keep them too, so
pipelines can be re-run after a rule improves.
"""

from __future__ import annotations

import scrapy


class ArticleItem(scrapy.Item):
    """One article page, as fetched.

    Fields:
        url: canonical article URL as requested, with the real host (never a replica's).
        final_url: URL after redirects (equal to ``url`` when there were none).
        redirect_urls: URLs passed through on the way, oldest first.
        source: source name from the registry (``crawler/sources``).
        listing_url: the listing, feed or sitemap page the link was found on.
        fetched_at: fetch time, ISO 8601 UTC (``2025-01-10T08:47:15+00:00``).
        http_status: HTTP status of the final response.
        headers: response headers, ``{name: value}`` (first value of each).
        body: raw bytes of the page, or one combined HTML for multi-page transcripts.
        content_type: the ``Content-Type`` header (carries the declared charset).
        selectors: site selectors for ``pipelines.clean.clean_document`` (title, body, date,
            author, remove; CSS, or XPath when starting with ``/``); empty = general extractor.
        title_hint: title as given by the listing or feed, if any.
        published_hint: publication time as given by the listing or feed, if any.
        meta: free provenance (spider, pages combined, listing position, …).
    """

    url = scrapy.Field()
    final_url = scrapy.Field()
    redirect_urls = scrapy.Field()
    source = scrapy.Field()
    listing_url = scrapy.Field()
    fetched_at = scrapy.Field()
    http_status = scrapy.Field()
    headers = scrapy.Field()
    body = scrapy.Field()
    content_type = scrapy.Field()
    selectors = scrapy.Field()
    title_hint = scrapy.Field()
    published_hint = scrapy.Field()
    meta = scrapy.Field()
