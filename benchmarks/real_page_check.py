"""Run a site spider's listing parse, or a source's article selectors, on a saved real page.

How the pbc/csrc fixes were checked against real pages without committing them (their text
is third-party): fetch the page's repository, save the page to a scratch folder, then

    python benchmarks/real_page_check.py listing pbc /tmp/pboc-index-p1.html \\
        http://www.pbc.gov.cn/goutongjiaoliu/113456/113469/index.html
    python benchmarks/real_page_check.py article pbc /tmp/pboc-2025-09-q3.html

``listing`` prints the entries the spider takes and the next page it finds (page number
with ``--page``); ``article`` prints the title, date and body length the source's TOML
selectors give. Sources in docs/sources.md name the repositories and commits.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import os
from pathlib import Path


def check_listing(source: str, path: Path, url: str, page: int) -> None:
    from scrapy.http import HtmlResponse, Request
    from scrapy.utils.test import get_crawler

    from crawler.sources import load_sources
    from spiders.base import META_PAGE

    spider_name = load_sources(None)[source].spider
    module = importlib.import_module(f"spiders.{spider_name}")
    cls = next(v for v in vars(module).values()
               if isinstance(v, type) and getattr(v, "name", None) == spider_name)
    crawler = get_crawler(cls, {"PRESSWATCH_DB": ""})
    spider = cls.from_crawler(crawler, source=source)
    crawler.spider = spider
    # every entry counts, however old the saved page is
    spider.source = dataclasses.replace(spider.source, window_days=36_500)
    response = HtmlResponse(url=url, body=path.read_bytes(),
                            request=Request(url, meta={META_PAGE: page}))
    requests = list(spider.parse(response))
    articles = [r for r in requests if r.meta.get("presswatch_kind") == "article"]
    listings = [r.url for r in requests if r.meta.get("presswatch_kind") == "listing"]
    print(f"{len(articles)} entries; next page: {listings or 'none'}")
    for request in articles[:5]:
        hints = request.meta["presswatch_hints"]
        print(f"  {request.url}  {hints['published']}  {hints['title']}")


def check_article(source: str, path: Path) -> None:
    from crawler.sources import load_sources
    from pipelines.extract import extract
    from pipelines.htmlparse import parse_html

    selectors = {k: v for k, v in load_sources(None)[source].selectors.items()
                 if k in ("title", "body", "date", "author", "remove")}
    root = parse_html(path.read_bytes().decode("utf-8", "replace"))
    result = extract(root, selectors=selectors)
    print(f"title: {result.title}\ndate: {result.published_at}\nmethod: {result.method}\n"
          f"body: {len(''.join(result.paragraphs))} chars")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=("listing", "article"))
    parser.add_argument("source")
    parser.add_argument("file", type=Path)
    parser.add_argument("url", nargs="?", default="http://example.invalid/")
    parser.add_argument("--page", type=int, default=1)
    args = parser.parse_args()
    os.environ.setdefault("PRESSWATCH_SOURCES_FILE", os.devnull)
    if args.kind == "listing":
        check_listing(args.source, args.file, args.url, args.page)
    else:
        check_article(args.source, args.file)


if __name__ == "__main__":
    main()
