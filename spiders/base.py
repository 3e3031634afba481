"""``PresswatchSpider``: what every presswatch spider stands on.

A site spider subclasses it, keeps the real site's URLs and selectors in its code, and
implements ``parse`` (a listing page, yielding :class:`~spiders.entries.Entry` links) and
maybe ``parse_article``. The base class gives:

- its :class:`~crawler.sources.Source` (by spider name, or ``-a source=NAME``), so start
  URLs, window, page cap and selectors come from TOML;
- only-new: :meth:`is_known` (stored, sighted or permanently dropped URLs, read once per
  crawl from the database, plus what this crawl already scheduled);
- listing pagination with the stop rules (:meth:`follow_listing`): stop at the first page
  with nothing unseen, when items are older than ``window_days``, or at ``max_pages``;
- listing/feed requests marked conditional (ETag/Last-Modified, see
  ``crawler.middlewares.conditional``) and article requests with provenance in ``meta``;
- :meth:`make_item`: an :class:`~crawler.items.ArticleItem` from an article response;
- off-site links ignored (:meth:`on_site`), failures recorded as ``dropped`` rows.

Example::

    class SamrSpider(PresswatchSpider):
        name = "samr"

        def parse(self, response):
            page = self.decoded(response)
            entries = [
                Entry(url=a.attrib["href"], title=a.css("::text").get(),
                      published=li.css("span::text").get())
                for li in page.css("ul.list li") for a in li.css("a")[:1]
            ]
            next_url = page.css("a.next::attr(href)").get()
            yield from self.follow_listing(page, entries, next_url=next_url)
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urlsplit

import scrapy
from scrapy.http import HtmlResponse, Request, Response, TextResponse

from crawler.items import ArticleItem
from crawler.sources import Source, SourceConfigError, load_sources
from db import open_db
from db.articles import is_known_url
from db.crawl_state import catch_up_state, known_before, record_listing_pages
from pipelines.dates import BEIJING, parse_date_hint
from spiders.entries import Entry, fallback_entries, title_is_cut
from spiders.pagination import find_next_page

logger = logging.getLogger(__name__)

# request.meta keys set by the base class (read by middlewares, pipelines and extensions)
META_SOURCE = "presswatch_source"
META_LISTING = "presswatch_listing_url"
META_PAGE = "presswatch_page"
META_KIND = "presswatch_kind"  # "listing" | "article" | "part"
META_CONDITIONAL = "presswatch_conditional"
META_HINTS = "presswatch_hints"
META_START = "presswatch_start_url"  # the start URL a listing page was reached from


class PresswatchSpider(scrapy.Spider):
    """Base class of presswatch spiders; see the module docstring."""

    #: source registry name; defaults to the spider ``name`` (``-a source=NAME`` overrides)
    source_name: str | None = None
    #: regular expression an article URL of this site matches (TOML ``article_pattern``
    #: overrides): the fallback when the site's own selectors find no entry
    article_pattern: str | None = None
    #: extra host names whose links count as on-site (besides the start URLs' hosts)
    extra_hosts: tuple[str, ...] = ()

    def __init__(self, *args: Any, source: str | None = None, run_id: str | int | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if source:
            self.source_name = source
        self.source_name = self.source_name or self.name
        self.run_id = int(run_id) if run_id not in (None, "") else None
        self.source: Source | None = None
        self._scheduled: set[str] = set()
        self._db = None
        self._db_path: str | None = None
        self.now = datetime.now(UTC)
        #: the previous crawl of this source did not finish its walk (``db.crawl_state``)
        self.catch_up = False
        #: when the last completed walk ended: entries known by then settle a catch-up
        self.completed_at: str | None = None
        #: what each listing page showed (stored when the run ends, for ``status``)
        self.listing_log: list[dict[str, Any]] = []

    # ----- set-up -------------------------------------------------------------------------
    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> PresswatchSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.configure(crawler.settings)
        return spider

    def configure(self, settings: Any) -> None:
        """Load this spider's source definition and note the database path."""
        path = settings.get("PRESSWATCH_SOURCES_FILE")
        sources = load_sources(path if path and Path(path).is_file() else None)
        if self.source_name not in sources:
            raise SourceConfigError(
                path or "sources", self.source_name or "?",
                f"no such source (known sources: {', '.join(sources)})",
            )
        self.source = sources[self.source_name]
        self._db_path = settings.get("PRESSWATCH_DB")
        # "now" for the window: the clock, or PRESSWATCH_NOW for archived replicas (demo, tests)
        fixed = settings.get("PRESSWATCH_NOW")
        self.now = parse_date_hint(fixed) if fixed else None
        if fixed and self.now is None:
            raise SourceConfigError("settings", "PRESSWATCH_NOW",
                                    f"{fixed!r} is not a date such as 2025-01-12T00:00:00+08:00")
        self.now = self.now or datetime.now(UTC)
        hosts = {urlsplit(u).hostname or "" for u in self.source.start_urls}
        hosts.update(self.extra_hosts)
        hosts.update(self.source.option("allowed_hosts", []))
        # www.example.cn also admits its sister hosts (finance.example.cn): the same site
        hosts.update(h[4:] for h in list(hosts) if h.startswith("www."))
        self.site_hosts = {h.lower() for h in hosts if h}

    @property
    def window_start(self) -> datetime:
        """Items published before this are not followed (``window_days`` before now)."""
        days = self.source.window_days if self.source else 14
        return self.now - timedelta(days=days)

    # ----- only new ---------------------------------------------------------------------
    @property
    def db(self):
        """Read connection to the store, opened once per crawl."""
        if self._db is None and self._db_path:
            self._db = open_db(self._db_path)
        return self._db

    def is_known(self, url: str) -> bool:
        """True when ``url`` need not be fetched: already stored, sighted, permanently
        dropped, or already scheduled by this crawl."""
        url = urldefrag(url)[0]
        if url in self._scheduled:
            return True
        return self.db is not None and is_known_url(self.db, url)

    def on_site(self, url: str) -> bool:
        """True for http(s) links to this source's hosts (or their subdomains)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return False
        host = (parts.hostname or "").lower()
        if not self.site_hosts:
            return True
        return any(host == h or host.endswith("." + h) for h in self.site_hosts)

    def closed(self, reason: str) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    # ----- requests ---------------------------------------------------------------------
    async def start(self) -> AsyncIterator[Any]:
        """Request every start URL of the source as listing page 1 (after looking up
        whether this crawl catches up on an unfinished one)."""
        self.prepare_walk()
        for url in self.source.start_urls if self.source else ():
            yield self.listing_request(url, page=1)

    def prepare_walk(self) -> None:
        """Read the catch-up state and arrange for the listing log to be stored at the end."""
        if self.db is not None:
            self.catch_up, self.completed_at = catch_up_state(self.db, self.source_name,
                                                              self.run_id)
            if self.catch_up:
                logger.warning("%s: the previous crawl did not finish its walk; catching up "
                               "(no stop at known pages or 304 until entries known from the "
                               "walk completed at %s)", self.source_name,
                               self.completed_at or "never")
                self.crawler.stats.set_value("presswatch/catch_up", 1)
        try:
            from crawler.extensions import RunRecorder

            recorder = RunRecorder.of(self.crawler)
        except Exception:  # no engine (a spider driven by hand)
            recorder = None
        if recorder is not None:
            recorder.close_hooks.append(
                lambda status: record_listing_pages(recorder.db, recorder.run_id,
                                                    self.source_name, self.listing_log))

    def listing_request(self, url: str, *, page: int = 1, callback: Any = None,
                        **kwargs: Any) -> Request:
        """A conditional request for a listing/feed/sitemap page (``page`` counts from 1)."""
        meta = dict(kwargs.pop("meta", {}) or {})
        meta.update({META_SOURCE: self.source_name, META_PAGE: page, META_KIND: "listing",
                     META_CONDITIONAL: not self.catch_up})
        return Request(url, callback=callback or self.parse, errback=self.on_failure, meta=meta,
                       **kwargs)

    def article_request(self, url: str, *, listing_url: str | None = None,
                        title: str | None = None, published: Any = None,
                        callback: Any = None, meta: dict[str, Any] | None = None,
                        **kwargs: Any) -> Request:
        """A request for an article page carrying the listing's hints as provenance."""
        url = urldefrag(url)[0]
        self._scheduled.add(url)
        hint = parse_date_hint(published) if published else None
        request_meta = dict(meta or {})
        request_meta.update({
            META_SOURCE: self.source_name,
            META_KIND: "article",
            META_LISTING: listing_url,
            META_HINTS: {
                "title": title.strip() if isinstance(title, str) else None,
                "published": hint.astimezone(BEIJING).isoformat() if hint else None,
            },
        })
        # Known and already-scheduled URLs are skipped above; the duplicate filter would
        # only hide a redirect to a page fetched earlier in this crawl (no row for it).
        kwargs.setdefault("dont_filter", True)
        return Request(url, callback=callback or self.parse_article, errback=self.on_failure,
                       meta=request_meta, **kwargs)

    def follow_listing(self, response: Response, entries: Iterable[Entry], *,
                       next_url: str | None = None, callback: Any = None,
                       listing_callback: Any = None) -> Iterator[Request]:
        """Article requests for the unseen entries of one listing page, then the next page.

        Entries are taken in page order (newest first, as listings are). When the site
        spider found no next page, the general finder (``spiders.pagination``) looks for
        one however the page marks it. Pagination stops when this page had nothing unseen,
        when an entry is older than the window, or at the source's ``max_pages``. In
        catch-up (the previous crawl did not finish its walk, ``db.crawl_state``) a page
        with nothing unseen stops the walk only when one of its entries was already known
        from a completed walk. A title the listing cut short ("…") is not passed on as the
        article's title hint. ``callback`` handles the articles (default
        ``parse_article``), ``listing_callback`` the next page (default: this page's).
        """
        page = int(response.meta.get(META_PAGE, 1))
        fresh = seen = old = offsite = settled = 0
        for entry in entries:
            url = response.urljoin(entry.url.strip())
            if not self.on_site(url):
                offsite += 1
                continue
            published = parse_date_hint(entry.published) if entry.published else None
            if published is not None and published < self.window_start:
                old += 1
                continue
            if self.is_known(url):
                seen += 1
                if self.catch_up and self.db is not None and known_before(
                        self.db, urldefrag(url)[0], self.completed_at):
                    settled += 1
                continue
            fresh += 1
            title = None if title_is_cut(entry.title) else entry.title
            yield self.article_request(url, listing_url=response.url, title=title,
                                       published=published, callback=callback)
        self.crawler.stats.inc_value("presswatch/links_known", seen)
        self.crawler.stats.inc_value("presswatch/links_old", old)
        self.crawler.stats.inc_value("presswatch/links_offsite", offsite)
        if not next_url and isinstance(response, HtmlResponse):
            next_url = find_next_page(response, response.url, page)
            if next_url:
                self.crawler.stats.inc_value("presswatch/next_page_by_finder")
        self.listing_log.append({
            "url": response.url, "page": page, "entries": fresh + seen + old + offsite,
            "next_url": response.urljoin(next_url) if next_url else None,
            "start_url": response.meta.get(META_START) or response.url,
            "fallback": bool(response.meta.get("presswatch_fallback_entries")),
        })
        max_pages = self.source.max_pages if self.source else 1
        stop = None
        if old:
            stop = (f"items older than {self.source.window_days} days before "
                    f"{self.now:%Y-%m-%d}")
        elif fresh == 0 and not (self.catch_up and settled == 0 and seen):
            stop = "nothing unseen on this page"
        elif not next_url:
            stop = "no next page"
        elif page >= max_pages:
            stop = f"page cap {max_pages} reached"
        logger.info("%s listing page %d %s: %d new, %d known, %d old, %d off-site%s%s",
                    self.source_name, page, response.url, fresh, seen, old, offsite,
                    " (catch-up)" if self.catch_up else "",
                    f"; stop: {stop}" if stop else "")
        if stop is None:
            same = response.request.callback if response.request is not None else None
            yield self.listing_request(
                response.urljoin(next_url), page=page + 1,
                callback=listing_callback or same,
                meta={META_START: response.meta.get(META_START) or response.url})

    def listing_entries_or_fallback(self, page: TextResponse, entries: list[Entry], *,
                                    looked_for: str) -> list[Entry]:
        """``entries`` as the site's selectors found them; when there are none, the links
        matching the source's article URL pattern (:func:`fallback_entries`); when those
        are none too, the page is reported (``report_empty_listing``)."""
        if entries:
            return entries
        pattern = (self.source.option("article_pattern", None) if self.source else None) \
            or self.article_pattern
        if pattern:
            entries = fallback_entries(page, pattern)
            if entries:
                logger.warning("%s: %s: the site selectors (%s) found nothing; %d entries "
                               "taken from links matching %s", self.source_name, page.url,
                               looked_for, len(entries), pattern)
                self.crawler.stats.inc_value("presswatch/listing/fallback_entries")
                page.meta["presswatch_fallback_entries"] = True
                return entries
        from spiders.sitekit import report_empty_listing

        report_empty_listing(self, page.url, looked_for=looked_for, text=page.text)
        return []

    # ----- responses --------------------------------------------------------------------
    def decoded(self, response: Response) -> TextResponse:
        """The response as text with the right charset (GBK without a declaration, wrong
        declarations), ready for ``.css()`` / ``.xpath()``."""
        from pipelines.decode import decode_html

        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1") or None
        text, _encoding = decode_html(response.body, content_type)
        return HtmlResponse(url=response.url, body=text.encode("utf-8"), encoding="utf-8",
                            status=response.status, headers=response.headers,
                            request=response.request)

    def make_item(self, response: Response, *, body: bytes | None = None,
                  selectors: dict[str, Any] | None = None,
                  meta: dict[str, Any] | None = None, url: str | None = None) -> ArticleItem:
        """An :class:`ArticleItem` for an article response with full provenance.

        ``body`` replaces the response bytes (e.g. a combined multi-page transcript);
        ``selectors`` default to the source's article selectors.
        """
        request = response.request
        request_meta = response.meta if request is not None else {}
        redirects = list(request_meta.get("redirect_urls", []))
        original = url or (redirects[0] if redirects else response.url)
        hints = request_meta.get(META_HINTS) or {}
        headers = {
            key.decode("latin-1"): values[0].decode("latin-1", "replace")
            for key, values in response.headers.items() if values
        }
        if selectors is None and self.source is not None:
            selectors = {k: v for k, v in self.source.selectors.items()
                         if k in ("title", "body", "date", "author", "remove", "media")}
        provenance = {"spider": self.name, "listing_page": request_meta.get(META_PAGE)}
        provenance.update(meta or {})
        return ArticleItem(
            url=original,
            final_url=response.url,
            redirect_urls=redirects,
            source=self.source_name,
            listing_url=request_meta.get(META_LISTING),
            fetched_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
            http_status=response.status,
            headers=headers,
            body=response.body if body is None else body,
            content_type=headers.get("Content-Type"),
            selectors=selectors or {},
            title_hint=hints.get("title"),
            published_hint=hints.get("published"),
            meta={k: v for k, v in provenance.items() if v is not None},
        )

    def parse_article(self, response: Response, **kwargs: Any) -> Iterator[ArticleItem]:
        """Default article callback: the page as one item."""
        yield self.make_item(response)

    def on_failure(self, failure: Any) -> None:
        """Errback: record the failed page as a ``dropped`` row (see ``failures.py``)."""
        from crawler.middlewares.failures import record_failure

        record_failure(self.crawler, failure)
